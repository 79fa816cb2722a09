"""``mus generate``: read the spreadsheets, build the forms once, write one per employee.

Work is split into chunks over a process pool (spawn-safe: workers get plain data and build their
own FormMaker once). Files are named and ordered up front, so the output is the same whether one
process or several did the work.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.atomic import clean_stale, ensure_folder, write_atomic
from pipeline.errors import InputFileError, OutputError, SheetIssue
from pipeline.forms.coverage import question_set_warnings
from pipeline.forms.lookback import Carried, carried
from pipeline.forms.manifest import MANIFEST, Entry, Manifest, read_manifest, write_manifest
from pipeline.forms.names import form_file_name, unique_names
from pipeline.forms.personalise import FormMaker
from pipeline.forms.season_dates import old_dates
from pipeline.inputs import read_all_inputs, season_of
from pipeline.inputs import read_inputs as read_inputs  # where it was read from before
from pipeline.model import Employee, FormKind, PreviousGoal, QuestionSet, expects_leader_form
from pipeline.overview.previous import read_previous_goals
from pipeline.places import inside
from pipeline.signing import ensure_key
from pipeline.workers import map_chunks

LEADER_SUFFIX = {"da": "leder", "en": "leader"}
CHUNK = 100


@dataclass(frozen=True)
class GenerateOptions:
    employees: Path
    questions: Path
    out: Path | None = None  # None: <output_root>/forms/<season>
    output_root: Path = Path("output")
    templates: Path | None = None
    season: str | None = None
    previous: Path | None = None
    only: tuple[str, ...] = ()
    force: bool = False
    lang: str = "da"
    jobs: int = 0  # 0: one per core
    include_hidden: bool = False  # give rows the employee list hides a form too
    key: Path | None = None  # the working folder's signing key (made when missing); None: none
    include_leavers: bool = False  # give those the list says have left a form too
    skip_on_leave: bool = False  # no form for those the list says are on leave


@dataclass(frozen=True)
class Task:
    employee: Employee
    kind: FormKind
    file: str
    previous: tuple[PreviousGoal, ...] = ()


@dataclass
class GenerateResult:
    out: Path
    season: str
    question_set_version: str
    entries: list[Entry] = field(default_factory=list)
    manifest: Path | None = None
    unfinished: int = 0  # forms an interrupted run had left, made again
    no_leader: list[Employee] = field(default_factory=list)  # no leader, so no leader's form
    warnings: list[str] = field(default_factory=list)  # what the forms show that HR should know
    sheet_warnings: list[SheetIssue] = field(default_factory=list)  # the spreadsheets'
    left_out: int = 0  # on the list, but no form: they have left (or are on leave, if asked)
    carried: Carried | None = None  # with --previous: last season's goals on the forms


def plan(staff: Sequence[Employee], maker: FormMaker,
         previous: dict[str, list[PreviousGoal]], names_leaders: bool = False) -> list[Task]:
    """The forms to make. ``names_leaders``: the whole list (not only ``staff``) names leaders,
    so an employee without one gets no leader's form. A leader's form is named in its own
    language (``_leder``, ``_leader``), which is the leader's."""
    leader_forms = maker.has_leader_form()
    tasks: list[tuple[Employee, FormKind, str]] = []
    for emp in staff:
        tasks.append((emp, FormKind.EMPLOYEE, form_file_name(emp.number, emp.name)))
        if leader_forms and expects_leader_form(emp, names_leaders):
            suffix = LEADER_SUFFIX.get(maker.language(emp, FormKind.LEADER), "leder")
            tasks.append((emp, FormKind.LEADER, form_file_name(emp.number, emp.name, suffix)))
    names = unique_names([t[2] for t in tasks])
    return [Task(emp, kind, name, tuple(previous.get(emp.number, ())) if kind is
                 FormKind.EMPLOYEE else ())
            for (emp, kind, _), name in zip(tasks, names, strict=True)]


def generate(options: GenerateOptions,
             progress: Callable[[int, int], None] | None = None) -> GenerateResult:
    """Write the forms and the manifest; ``progress(done, total)`` is called as forms are made."""
    from pipeline.sheets.summary import list_summary

    inputs = read_all_inputs(options.employees, options.questions, options.include_hidden,
                             include_leavers=options.include_leavers,
                             skip_on_leave=options.skip_on_leave)
    staff, question_set = inputs.staff, inputs.question_set
    names_leaders = any(e.leader for e in staff)
    season = season_of(question_set, options.season)
    out = options.out or inside(options.output_root / "forms" / season, options.output_root)
    if options.only:
        known = {e.number for e in staff}
        unknown = [n for n in options.only if n not in known]
        if unknown:
            raise OutputError(
                f"--only names employee numbers that are not on the employee list: "
                f"{', '.join(unknown)}. Check the numbers; nothing was written."
            )
        staff = [e for e in staff if e.number in set(options.only)]
    previous = read_previous_goals(options.previous) if options.previous else {}
    generated = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    signing = ensure_key(options.key) if options.key is not None else None
    languages = {e.number: e.language for e in inputs.staff if e.language}
    maker = FormMaker(question_set, options.templates, season, generated, options.lang,
                      signing, languages)
    tasks = plan(staff, maker, previous, names_leaders)
    # One form of each language and kind first, in memory: a broken template or text fails
    # here, before any file is written.
    tried = set()
    for task in tasks:
        key = (maker.language(task.employee, task.kind), task.kind)
        if key not in tried:
            tried.add(key)
            maker.make(task.employee, task.kind, task.previous)
    existing = [t.file for t in tasks if (out / t.file).exists()]
    # Forms are finished only once the manifest lists them (it is written last, and `mus mail`
    # sends from it): forms it does not list were left by a run that was interrupted.
    finished = _finished_files(out)
    listed = [file for file in existing if file in finished]
    if listed and not options.force:
        shown = ", ".join(listed[:5]) + (f" and {len(listed) - 5} more" if len(listed) > 5
                                         else "")
        raise OutputError(
            f"{len(listed)} form(s) already exist in {out}: {shown}. They may have been "
            "sent out already, so nothing was written. To make them again, add --force; to make "
            "forms for new employees only, use --only with their numbers."
        )
    ensure_folder(out)
    clean_stale(out)
    jobs = options.jobs or os.cpu_count() or 1
    chunks = [tasks[i:i + CHUNK] for i in range(0, len(tasks), CHUNK)]
    entries: list[Entry] = []
    if progress:
        progress(0, len(tasks))
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            entries += _write_chunk(maker, chunk, out)
            if progress:
                progress(len(entries), len(tasks))
    else:
        for done in map_chunks(_worker_chunk, [(chunk, out) for chunk in chunks], jobs,
                               _init_worker, (question_set, options.templates, season, generated,
                                              options.lang, signing, languages)):
            entries += done
            if progress:
                progress(len(entries), len(tasks))
    result = GenerateResult(out, season, question_set.version, entries,
                            unfinished=0 if options.force else len(existing) - len(listed),
                            warnings=question_set_warnings(
                                question_set, staff,
                                "en" if any(maker.language(t.employee, t.kind) == "en"
                                            for t in tasks) else "da"),
                            sheet_warnings=inputs.warnings,
                            no_leader=[e for e in staff if maker.has_leader_form()
                                       and not expects_leader_form(e, names_leaders)],
                            left_out=len(inputs.listing.leavers) + (
                                len(inputs.listing.on_leave) if options.skip_on_leave else 0))
    if options.previous:
        result.carried = carried(staff, previous, inputs.staff)
    dates = old_dates(season, question_set.settings.deadline, staff)
    if dates:
        result.warnings.insert(0, dates)
    result.manifest = write_manifest(out, Manifest(season, question_set.version, generated,
                                                   tuple(entries),
                                                   list_summary(inputs.listing, sample=False)))
    return result


def _finished_files(out: Path) -> set[str]:
    """The forms the manifest in ``out`` lists (none when there is no manifest)."""
    if not (out / MANIFEST).exists():
        return set()
    try:
        return {entry.file for entry in read_manifest(out).forms}
    except InputFileError:  # a damaged manifest proves nothing: count every form as finished
        return {path.name for path in out.iterdir()}


def _write_chunk(maker: FormMaker, chunk: Sequence[Task], out: Path) -> list[Entry]:
    entries = []
    for task in chunk:
        form = maker.make(task.employee, task.kind, task.previous)
        write_atomic(out / task.file, form.data)
        emp = task.employee
        entries.append(Entry(emp.number, emp.name, task.kind.value, task.file,
                             maker.language(emp, task.kind), emp.email, emp.department, emp.leader,
                             emp.leader_email))
    return entries


_MAKER: FormMaker | None = None


def _init_worker(question_set: QuestionSet, templates: Path | None, season: str, generated: str,
                 lang: str, key: bytes | None = None,
                 languages: dict[str, str] | None = None) -> None:
    global _MAKER
    _MAKER = FormMaker(question_set, templates, season, generated, lang, key, languages)


def _worker_chunk(work: tuple[Sequence[Task], Path]) -> list[Entry]:
    assert _MAKER is not None
    return _write_chunk(_MAKER, *work)
