"""``mus followup``: during the year, a short follow-up form (form kind ``followup``) for each
employee with agreed goals whose follow-up date has come.

The agreed goals come from the agreements returned (``mus agreement``, filled in the meeting):
only goals marked agreed are followed up, only those whose follow-up date falls on or before
``--due-before`` (default four weeks ahead), and not those a returned follow-up form has already
answered. Per goal: its status, what has happened and the next step; at the end the date of the
follow-up and both names. The forms go to ``output/followups/<season>/<due date>/`` with a
manifest, so that ``mus mail --followup`` sends each to the employee and the leader, and
``mus ingest`` reads them back like the other kinds: the workbook shows each goal's latest
status and date, and next season's ``--previous`` starts from it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.agreement import signature_block
from pipeline.atomic import clean_stale, ensure_folder, write_atomic
from pipeline.collect.ingest import collect
from pipeline.cycle import due_goals
from pipeline.errors import OutputError
from pipeline.forms.layout import HEAD_FILL, PAGE_WIDTH, Builder, Fragment
from pipeline.forms.manifest import Entry, Manifest, write_manifest
from pipeline.forms.names import form_file_name, unique_names
from pipeline.forms.personalise import FormMaker
from pipeline.forms.prose import Numbered, long_date, reply_to
from pipeline.formspec import Field, FieldKind
from pipeline.inputs import season_of
from pipeline.model import Employee, FormKind, Goal, PreviousGoal, Response
from pipeline.ooxml.tables import Cell, Row
from pipeline.ooxml.xml import paragraph, rpr, run, tostring
from pipeline.places import inside

SUFFIX = {"da": "opfølgning", "en": "follow-up"}
WINDOW = dt.timedelta(weeks=4)


@dataclass(frozen=True)
class FollowupOptions:
    returned: Path
    employees: Path
    questions: Path
    due_before: dt.date | None = None  # None: four weeks from today
    out: Path | None = None  # None: <output_root>/followups/<season>/<due date>
    output_root: Path = Path("output")
    templates: Path | None = None
    season: str | None = None
    only: tuple[str, ...] = ()
    force: bool = False
    lang: str = "da"
    include_hidden: bool = False
    today: dt.date | None = None
    include_leavers: bool = False  # those the list says have left get one too
    skip_on_leave: bool = False  # those on leave get none


@dataclass
class FollowupResult:
    out: Path
    season: str
    due_before: dt.date
    files: list[Path] = field(default_factory=list)
    goals: int = 0  # goals on the forms
    done: int = 0  # agreed goals in the window already followed up (no form for them)
    agreements: int = 0  # agreements read
    manifest: Path | None = None


def followup_folder(output_root: Path, season: str) -> Path:
    return inside(output_root / "followups" / season, output_root)


def latest_round(output_root: Path, season: str) -> Path | None:
    """The newest follow-up round's folder (named by its due date), if any."""
    folder = followup_folder(output_root, season)
    rounds = sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    return rounds[-1] if rounds else None


def write_followups(options: FollowupOptions,
                    progress: Callable[[int, int], None] | None = None) -> FollowupResult:
    got = collect(options.returned, options.employees, options.questions, options.season,
                  include_hidden=options.include_hidden,
                  include_leavers=options.include_leavers, skip_on_leave=options.skip_on_leave)
    season = season_of(got.question_set, got.season)
    today = options.today or dt.date.today()
    until = options.due_before or today + WINDOW
    agreements = {r.employee_id: r for r in got.responses if r.kind is FormKind.AGREEMENT}
    followups: dict[str, list[Response]] = defaultdict(list)
    for r in got.responses:
        if r.kind is FormKind.FOLLOWUP:
            followups[r.employee_id].append(r)
    staff = [e for e in got.staff if not options.only or e.number in set(options.only)]
    out = options.out or inside(followup_folder(options.output_root, season) /
                                until.isoformat(), options.output_root)
    result = FollowupResult(out, season, until, agreements=len(agreements))
    plans: list[tuple[Employee, list[Goal]]] = []
    for employee in staff:
        due, done = due_goals(agreements.get(employee.number),
                              followups.get(employee.number, ()), until)
        result.done += len(done)
        if due:
            plans.append((employee, due))
    # To the microsecond: it tells one round of follow-ups from the next (collect/choose.py)
    generated = dt.datetime.now(dt.UTC).isoformat()
    maker = FormMaker(got.question_set, options.templates, season, generated, options.lang)
    names = unique_names([form_file_name(e.number, e.name,
                                         SUFFIX.get(maker.language(e), "opfølgning"))
                          for e, _ in plans])
    existing = [n for n in names if (out / n).exists()]
    if existing and not options.force:
        raise OutputError(
            f"{len(existing)} follow-up form(s) already exist in {out}, e.g. {existing[0]}. "
            "They may have been sent already, so nothing was written. To make them again, add "
            "--force.")
    ensure_folder(out)
    clean_stale(out)
    entries = []
    for done_count, ((employee, goals), name) in enumerate(zip(plans, names, strict=True),
                                                           start=1):
        data = make_followup(maker, employee, goals)
        write_atomic(out / name, data)
        result.files.append(out / name)
        result.goals += len(goals)
        entries.append(Entry(employee.number, employee.name, FormKind.FOLLOWUP.value, name,
                             maker.language(employee), employee.email, employee.department,
                             employee.leader, employee.leader_email))
        if progress:
            progress(done_count, len(plans))
    result.manifest = write_manifest(out, Manifest(season, got.question_set.version, generated,
                                                   tuple(entries)))
    return result


def make_followup(maker: FormMaker, employee: Employee, goals: Sequence[Goal]) -> bytes:
    """One follow-up form: the goals due, each with its status, what has happened and the next
    step, then the follow-up's date and both names."""
    lang = maker.language(employee)
    b = maker.builder(lang, FormKind.FOLLOWUP)
    settings = maker.question_set.settings
    shown = [PreviousGoal(g.goal or "", g.activities or "", g.deadline, follow_up=g.follow_up)
             for g in goals]
    body = [maker.opening(b, employee, FormKind.FOLLOWUP),
            maker.who_sees(b, FormKind.FOLLOWUP, Numbered({}, True))]
    tables = goal_tables(b, shown)
    signatures = signature_block(b, "fu", b.text("followup_held"),
                                 b.text("followup_confirm_intro"),
                                 b.text("closing_followup",
                                        to=reply_to(settings.reply_to, lang)))
    body += [tables.xml, signatures.xml]
    form = maker.package(employee, FormKind.FOLLOWUP, body, tables.fields + signatures.fields,
                         tuple(g.goal for g in shown))
    return form.data


def goal_tables(b: Builder, goals: Sequence[PreviousGoal]) -> Fragment:
    """A table per goal: its text and what was agreed about it in the heading, then status
    (a choice), what has happened and the next step; each kept whole on one page."""
    xml = [tostring(b.para(b.text("followup_goals"), "Heading1"),
                    b.para(b.text("followup_intro"), "MUSIntro", keep_next=True))]
    fields: list[Field] = []
    statuses = b.text("followup_statuses").split(";")
    label_w = 2600
    for n, goal in enumerate(goals, start=1):
        head = [paragraph(run(f"{b.text('previous_n', n=n)}: ", rpr(bold=True)), run(goal.goal),
                          style=b.style("MUSQuestion"))]
        if goal.activities:
            head.append(b.para(b.text("followup_details", activities=goal.activities),
                               "MUSHelp"))
        dates = [b.text(key, date=long_date(day, b.lang)) for key, day in
                 (("followup_deadline", goal.deadline), ("followup_date", goal.follow_up))
                 if day is not None]
        if dates:
            head.append(b.para(" · ".join(dates), "MUSHelp"))
        status = Field(f"prev:{n}:status", FieldKind.CHOICE)
        happened = Field(f"prev:{n}:comment", FieldKind.TEXT)
        step = Field(f"prev:{n}:next", FieldKind.TEXT)
        rows = [Row([Cell(head, span=2, fill=HEAD_FILL)]),
                Row([Cell([b.para(b.text("status"), "MUSLabel", keep_next=True),
                           b.options_key(statuses)]),
                     Cell(b.answer(status, statuses, keep_next=True))]),
                Row([Cell([b.para(b.text("happened"), "MUSLabel", keep_next=True)]),
                     Cell(b.answer(happened, keep_next=True))], min_height=800),
                Row([Cell([b.para(b.text("next_step"), "MUSLabel")]), Cell(b.answer(step))],
                    min_height=800)]
        xml.append(tostring(b.table([label_w, PAGE_WIDTH - label_w], rows)))
        xml.append(b.spacer())
        fields += [status, happened, step]
    return Fragment("".join(xml), tuple(fields))
