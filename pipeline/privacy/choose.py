"""What `mus erase` is asked to erase, made into a plan: one person or several by number,
everyone the employee list says left before a day, a whole season, or what has passed its time
under the settings. Also what the employee list says that HR should know first: someone erased
who is still on it, or who is the leader of people on it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputFileError, MusError
from pipeline.model import QuestionSet
from pipeline.places import season_problem
from pipeline.privacy.erase import Plan, Selection, due_selection, plan_erase, stock
from pipeline.privacy.retention import Due
from pipeline.sheets import EmployeeList, read_employee_list, read_question_set
from pipeline.terminal import one_line
from pipeline.workspace import Workspace


@dataclass(frozen=True)
class EraseOptions:
    employees: tuple[str, ...] = ()  # --employee
    left_before: dt.date | None = None
    seasons: tuple[str, ...] = ()
    due: bool = False
    returned: tuple[Path, ...] = ()  # returned folders besides returned/
    employee_list: Path | None = None  # default: the working folder's
    questions: Path | None = None
    today: dt.date | None = None


@dataclass
class Prepared:
    plan: Plan
    names: dict[str, str] = field(default_factory=dict)  # employee number → name, to show


def prepare(ws: Workspace, options: EraseOptions,
            progress: Callable[[int, int], None] | None = None) -> Prepared:
    today = options.today or dt.date.today()
    asked = [bool(options.employees), options.left_before is not None, bool(options.seasons),
             options.due]
    if sum(asked) != 1:
        raise InputFileError("Say what to erase, one thing at a time: --employee NUMBER, "
                             "--left-before DATE, --season SEASON or --due.")
    question_set = optional_question_set(options.questions or ws.questions, options.due)
    listing = optional_listing(options.employee_list or ws.employees,
                               options.left_before is not None)
    notes: list[str] = []
    if options.left_before is not None:
        selection, notes = _left_before(listing, options.left_before, today)
    elif options.seasons:
        for season in options.seasons:
            problem = season_problem(season)
            if problem:
                raise InputFileError(f'--season "{one_line(season)}" is no season: {problem}. '
                                     "Give it as the forms' folder names it, e.g. 2027.")
        selection = Selection("season", seasons=frozenset(options.seasons))
    else:
        selection = Selection("request", employees=frozenset(options.employees))
    inventory = stock(ws, options.returned, question_set, progress)
    found: list[Due] = []
    if options.due:
        assert question_set is not None
        selection, found, undated = due_selection(inventory, question_set, today)
        if undated:
            notes.append(f"When season(s) {', '.join(undated)} began is not known (their "
                         "manifests are gone), so nothing of theirs is taken as due. Erase them "
                         "with --season SEASON when their time has come.")
    plan = plan_erase(ws, selection, inventory)
    plan.due = found
    plan.warnings = [*notes, *_list_warnings(listing, selection.employees), *plan.warnings]
    names = {number: name for number, (name, _) in inventory.people.items() if name}
    if listing is not None:
        names.update({e.number: e.name for e in listing.employees})
        names.update({a.number: a.name for a in listing.leavers})
    return Prepared(plan, names)


def optional_question_set(path: Path, needed: bool) -> QuestionSet | None:
    """The question set, to read forms whose fields are gone (and for --due, its settings)."""
    if not path.exists() and not needed:
        return None
    try:
        return read_question_set(path)
    except MusError:
        if needed:
            raise
        return None


def optional_listing(path: Path, needed: bool) -> EmployeeList | None:
    if not path.exists() and not needed:
        return None
    try:
        return read_employee_list(path)
    except MusError:
        if needed:
            raise
        return None


def _left_before(listing: EmployeeList | None, day: dt.date,
                 today: dt.date) -> tuple[Selection, list[str]]:
    assert listing is not None
    if day > today:
        raise InputFileError(f"--left-before {day:%d-%m-%Y} is after today: people who have not "
                             "left yet are not erased this way. Give a day in the past.")
    chosen = [a for a in listing.leavers if a.ended is not None and a.ended < day]
    undated = [a for a in listing.leavers if a.ended is None]
    notes = []
    if undated:
        shown = ", ".join(one_line(a.number) for a in undated[:10])
        more = f" and {len(undated) - 10} more" if len(undated) > 10 else ""
        notes.append(f"{len(undated)} employee(s) the list says have left have no end date "
                     f"({shown}{more}), so mus cannot tell whether they left before "
                     f"{day:%d-%m-%Y}. Erase them with --employee NUMBER when their time has "
                     "come.")
    notes.append("People no longer on the employee list at all cannot be found by their end "
                 "date: erase them with --employee NUMBER, or let --due erase whole seasons.")
    return (Selection("left-before", employees=frozenset(a.number for a in chosen)), notes)


def _list_warnings(listing: EmployeeList | None, erased: frozenset[str]) -> list[str]:
    if listing is None or not erased:
        return []
    out = []
    still = [e for e in listing.employees if e.number in erased]
    if still:
        out.append(f"Employee(s) {', '.join(one_line(e.number) for e in still)} are still on "
                   f"the employee list ({listing.file}). mus does not change your spreadsheets: "
                   "remove their rows there (or mark them as left), or they get a form next "
                   "season.")
    led = Counter(e.leader_number for e in listing.employees
                  if e.leader_number in erased and e.number not in erased)
    for leader, count in sorted(led.items()):
        out.append(f"Employee {one_line(leader)} is the leader of {count} employee(s) on the "
                   "list. Their forms and rows name them as the leader and are kept: they are "
                   "those employees' own records.")
    return out


def selection_text(selection: Selection, names: dict[str, str]) -> str:
    if selection.why == "season":
        return f"season {', '.join(sorted(selection.seasons))}"
    if selection.why == "retention":
        return "what has passed its time under the settings"
    people = sorted(selection.employees)
    shown = ", ".join(f"{n} ({one_line(names[n])})" if n in names else n for n in people[:10])
    more = f" and {len(people) - 10} more" if len(people) > 10 else ""
    if selection.why == "left-before" and not people:
        return "anyone: nobody on the employee list left before that day (by its end dates)"
    return f"employee(s) {shown}{more}"
