"""``mus agreement``: after the conversation, what employee and leader agree, in a document of
the same kind as the forms (form kind ``agreement``), pre-filled with the proposals.

Per employee: conclusions, the agreed development goals (the employee's and the leader's
proposals filled in, editable, and always a free slot more), the competences (the proposals shown
beside empty agreed levels: nothing is agreed until someone chooses), other agreements, and a
name-and-date line for each party. ``mus ingest`` reads returned agreements that were filled in
(formspec.agreement_filled): their goals replace the proposals and show as agreed; next season's
--previous carries them. An agreement sent back untouched is reported, not taken as agreed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.atomic import clean_stale, write_atomic
from pipeline.collect.ingest import collect
from pipeline.errors import OutputError
from pipeline.forms.layout import HEAD_FILL, PAGE_WIDTH, Builder, Fragment
from pipeline.forms.names import form_file_name, unique_names
from pipeline.forms.personalise import FormMaker
from pipeline.forms.prose import Numbered, reply_to
from pipeline.formspec import Field, FieldKind
from pipeline.inputs import read_inputs, season_of
from pipeline.model import Employee, FormKind, Goal, QuestionSet, Response
from pipeline.ooxml.fill import FillValue, fill_by_tag
from pipeline.ooxml.tables import Cell, Row
from pipeline.ooxml.xml import tostring
from pipeline.places import inside

SUFFIX = {"da": "aftale", "en": "agreement"}


@dataclass(frozen=True)
class AgreementOptions:
    returned: Path
    employees: Path
    questions: Path
    out: Path | None = None  # None: <output_root>/agreements/<season>
    output_root: Path = Path("output")
    templates: Path | None = None
    season: str | None = None
    only: tuple[str, ...] = ()
    force: bool = False
    lang: str = "da"
    include_hidden: bool = False  # rows the employee list hides are employees too
    include_leavers: bool = False  # those the list says have left get one too
    skip_on_leave: bool = False  # those on leave get none


@dataclass
class AgreementResult:
    out: Path
    season: str
    files: list[Path] = field(default_factory=list)
    with_proposals: int = 0


def write_agreements(options: AgreementOptions,
                     progress: Callable[[int, int], None] | None = None) -> AgreementResult:
    staff, question_set = read_inputs(options.employees, options.questions,
                                      options.include_hidden,
                                      include_leavers=options.include_leavers,
                                      skip_on_leave=options.skip_on_leave)
    season = season_of(question_set, options.season)
    got = collect(options.returned, options.employees, options.questions, season,
                  include_hidden=options.include_hidden,
                  include_leavers=options.include_leavers, skip_on_leave=options.skip_on_leave)
    forms: dict[tuple[str, FormKind], Response] = {(r.employee_id, r.kind): r
                                                   for r in got.responses}
    if options.only:
        staff = [e for e in staff if e.number in set(options.only)]
    out = options.out or inside(options.output_root / "agreements" / season,
                                options.output_root)
    maker = FormMaker(question_set, options.templates, season,
                      dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(), options.lang)
    names = unique_names([form_file_name(e.number, e.name,
                                         SUFFIX.get(maker.language(e), "aftale"))
                          for e in staff])
    existing = [n for n in names if (out / n).exists()]
    if existing and not options.force:
        raise OutputError(
            f"{len(existing)} agreement document(s) already exist in {out}, e.g. {existing[0]}. "
            "They may be in use, so nothing was written. To make them again, add --force."
        )
    result = AgreementResult(out, season)
    clean_stale(out)
    for done, (employee, name) in enumerate(zip(staff, names, strict=True), start=1):
        own = forms.get((employee.number, FormKind.EMPLOYEE))
        lead = forms.get((employee.number, FormKind.LEADER))
        data = make_agreement(maker, question_set, employee, own, lead)
        write_atomic(out / name, data)
        result.files.append(out / name)
        result.with_proposals += bool(own or lead)
        if progress:
            progress(done, len(staff))
    return result


def make_agreement(maker: FormMaker, question_set: QuestionSet, employee: Employee,
                   own: Response | None, lead: Response | None) -> bytes:
    """One agreement document, the proposals from the returned forms filled in."""
    lang = maker.language(employee)
    b = maker.builder(lang)
    settings = question_set.settings
    proposals: list[tuple[str, Goal]] = [("from_employee", g) for g in
                                         (own.goals if own else ())]
    proposals += [("from_leader", g) for g in (lead.goals if lead else ())]
    rows = max(settings.goal_rows, len(proposals) + 1)  # always room for one more
    body: list[str] = [maker.opening(b, employee, FormKind.AGREEMENT),
                       maker.who_sees(b, FormKind.AGREEMENT, Numbered({}, True))]
    fields: list[Field] = []

    def add(fragment: Fragment) -> None:
        body.append(fragment.xml)
        fields.extend(fragment.fields)

    # Where a goal came from, under its heading; whether it is agreed is its own field, which
    # reads "proposal" until someone chooses (nothing is agreed by default).
    add(b.goal_tables(rows, heading=b.text("agreed_goals"),
                      intro=b.text("agreement_goals_intro" if proposals
                                   else "agreement_goals_intro_none"),
                      notes={n: b.text(source) for n, (source, _) in
                             enumerate(proposals, start=1)}, agreement=True))
    if question_set.competences:
        notes = _competence_notes(b, question_set, own, lead)
        add(b.competence_table(question_set.competences, FormKind.AGREEMENT, settings.scale,
                               notes=notes, intro_key=None if notes else
                               "agreement_competences_intro_none"))
    add(_text_section(b, b.text("conclusions"), Field("agr:conclusions", FieldKind.TEXT)))
    add(_closing(b, reply_to(settings.reply_to, lang)))
    form = maker.package(employee, FormKind.AGREEMENT, body, fields)
    return fill_by_tag(form.data, _prefill(proposals))


def _text_section(b: Builder, heading: str, text_field: Field) -> Fragment:
    table = b.table([PAGE_WIDTH], [Row([Cell(b.answer(text_field))], min_height=1400)])
    return Fragment(tostring(b.para(heading, "Heading1"), table) + b.spacer(), (text_field,))


def signature_block(b: Builder, prefix: str, held_label: str, intro: str, closing: str,
                    before: Sequence[Row] = (), before_fields: Sequence[Field] = ()) -> Fragment:
    """What signing means, the date the talk (or follow-up) was held, a name-and-date line for
    each party and where the document goes, as one table kept whole on one page (with
    ``before``: rows that stay with it), the last thing in the document: the closing line is
    never parted from the signatures. (A table, because Writer keeps a table's rows together
    but not a table with the paragraph after it.)"""
    held = Field(f"{prefix}:held", FieldKind.DATE)
    fields: list[Field] = [*before_fields, held]
    widths = [2600, PAGE_WIDTH - 2600 - 2400, 2400]
    head = [b.para(b.text("confirm"), "MUSQuestion", keep_next=True),
            b.para(intro, "MUSHelp", keep_next=True)]
    rows = [*before, Row([Cell(head, span=3, fill=HEAD_FILL)]),
            Row([Cell([b.para(held_label, "MUSLabel", keep_next=True)]),
                 Cell(b.answer(held, keep_next=True), span=2)])]
    for who in ("employee", "leader"):
        name = Field(f"{prefix}:{who}_name", FieldKind.LINE)
        date = Field(f"{prefix}:{who}_date", FieldKind.DATE)
        rows.append(Row([Cell([b.para(b.text(f"confirm_{who}"), "MUSLabel", keep_next=True)]),
                         Cell(b.answer(name, keep_next=True)),
                         Cell(b.answer(date, keep_next=True))], min_height=800))
        fields += [name, date]
    rows.append(Row([Cell([b.para(closing, "MUSIntro")], span=3)]))
    return Fragment(tostring(b.table(widths, rows)), tuple(fields))


def _closing(b: Builder, to: str) -> Fragment:
    """Other agreements, then the signatures and where the document goes, on one page: the
    last page is never a lone sentence."""
    other = Field("agr:other", FieldKind.TEXT)
    box = Row([Cell(b.answer(other, keep_next=True), span=3)], min_height=1200)
    signatures = signature_block(b, "agr", b.text("held"), b.text("confirm_intro"),
                                 b.text("closing_agreement", to=to), [box], [other])
    return Fragment(tostring(b.para(b.text("other_agreements"), "Heading1")) + signatures.xml,
                    signatures.fields)


def _competence_notes(b: Builder, question_set: QuestionSet, own: Response | None,
                      lead: Response | None) -> dict[str, str]:
    def show(response: Response | None, cid: str) -> str:
        rating = response.competences.get(cid) if response else None
        if rating is None or (rating.now is None and rating.wanted is None):
            return "–"
        return f"{rating.now if rating.now is not None else '?'} → " \
               f"{rating.wanted if rating.wanted is not None else '?'}"

    notes: dict[str, str] = {}
    for comp in question_set.competences:
        employee, leader = show(own, comp.id), show(lead, comp.id)
        if (employee, leader) != ("–", "–"):
            notes[comp.id] = b.text("proposals", employee=employee, leader=leader)
    return notes


def _prefill(proposals: Sequence[tuple[str, Goal]]) -> dict[str, FillValue]:
    """The proposed goals in the goal slots, to edit. Competence levels are not filled in: a
    proposal left standing would read back as an agreed level."""
    values: dict[str, FillValue] = {}
    for n, (_, goal) in enumerate(proposals, start=1):
        for part, value in (("goal", goal.goal), ("activities", goal.activities),
                            ("criterion", goal.criterion), ("deadline", goal.deadline),
                            ("responsible", goal.responsible), ("followup", goal.follow_up)):
            if value is not None:
                values[f"mus:goal:{n}:{part}"] = value
    return values
