"""Reading the inputs, a stage of its own: both spreadsheets read together (every mistake in
either reported in one go, and what only the two together can tell: a question filtered on a
column the list lacks, a meeting before the reply deadline), and the season they are for.

Every stage that needs the spreadsheets (check, generate, mail, collect, ingest, agreement,
follow-up) reads them here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.errors import InputFileError, SheetIssue, SpreadsheetError, raise_if_issues
from pipeline.forms.filters import filter_issues
from pipeline.model import Employee, Question, QuestionSet
from pipeline.places import season_problem
from pipeline.sheets import EmployeeList, read_employee_list, read_question_set
from pipeline.sheets.cpr import REFUSAL as CPR_REFUSAL
from pipeline.sheets.cpr import is_cpr_header
from pipeline.sheets.findings import Notice
from pipeline.sheets.headers import normalise_header
from pipeline.terminal import one_line


@dataclass(frozen=True)
class Inputs:
    staff: list[Employee]
    question_set: QuestionSet
    listing: EmployeeList
    warnings: list[SheetIssue]  # the employee list's, then those of both together (all)


def _cpr_filters(questions: tuple[Question, ...], listing: EmployeeList,
                 source: Path) -> tuple[list[SheetIssue], list[Question]]:
    """Filters on a CPR column are refused; the questions without them are checked as usual."""
    withheld = {normalise_header(u.header) for u in listing.layout.withheld}
    issues, rest = [], []
    for q in questions:
        cpr = [c for c in q.applies_to if is_cpr_header(c.column)
               or normalise_header(c.column) in withheld]
        for condition in cpr:
            issues.append(SheetIssue(
                source, f'Question {q.id} is filtered on "{condition.column}", which holds CPR '
                f"numbers. {CPR_REFUSAL}", "Filter on another column, such as Afdeling or "
                "Stilling.", "Spørgsmål", q.row, "Gælder for"))
        rest.append(replace(q, applies_to=tuple(c for c in q.applies_to if c not in cpr)))
    return issues, rest


def _meeting_warnings(listing: EmployeeList, question_set: QuestionSet,
                      today: dt.date) -> list[SheetIssue]:
    """Meetings before the reply deadline (one already past has been warned about)."""
    deadline = question_set.settings.deadline
    if deadline is None:
        return []
    column = listing.layout.fields.get("meeting_date")
    return [Notice(
        listing.file, f"The meeting date {e.meeting_date:%d-%m-%Y} of employee {e.number} is "
        f"before the reply deadline {deadline:%d-%m-%Y}, so the form would come back after the "
        "meeting.", "Move the meeting, or set an earlier Svarfrist in the question set.",
        e.sheet or listing.sheet or None, e.row, column.header if column else None,
        "before-deadline")
        for e in listing.employees
        if e.meeting_date is not None and today <= e.meeting_date < deadline]


def _season_issues(question_set: QuestionSet, source: Path) -> list[SheetIssue]:
    """A season names folders (``output/forms/<season>/``): one that would lead elsewhere
    (``../../x``) or that no system allows as a name is a mistake."""
    season = question_set.settings.season
    problem = season_problem(season) if season else None
    if problem is None:
        return []
    return [SheetIssue(source, f'The season (Sæson) "{one_line(season)}" cannot name a '
                       f"folder: {problem}.", "Write it as plain text, for example 2027 or "
                       "2026-27.", "Indstillinger")]


def _without_leaders(listing: EmployeeList) -> list[SheetIssue]:
    """A list in which no employee's leader is found is refused for a season: its forms would
    name no leader and no leader would get a form. Every such list HR brought in the held-out
    sets (a phone list, a payroll report, a directory's users) was one to correct first."""
    todo = ('Add a column "Nærmeste leder" with each employee\'s leader (a name, an employee '
            "number or an e-mail; the top leader's cell empty), or, if the list has the "
            'leaders, give their column the header "Nærmeste leder"; then run the command again.')
    return [SheetIssue(n.file, (f'The leaders are given only by their CPR number (the column '
                                f'"{n.column}"), which mus never reads, so no employee\'s leader '
                                "was found and the forms would name no leader."
                                if n.column else
                                "No employee's leader was found in the list: no column names "
                                "them, so the forms would name no leader and no leader would "
                                "get a form or a workbook about anyone."), todo, n.sheet, n.row,
                       n.column or None) for n in listing.notes
            if isinstance(n, Notice) and n.kind == "no-leaders"]


def read_all_inputs(employees: Path, questions: Path, include_hidden: bool = False,
                    today: dt.date | None = None, *, include_leavers: bool = False,
                    skip_on_leave: bool = False) -> Inputs:
    """Both spreadsheets, or a SpreadsheetError with the mistakes of both. Leavers are not
    among the staff (unless ``include_leavers``), nor those on leave with ``skip_on_leave``."""
    issues: list[SheetIssue] = []
    listing = None
    question_set = None
    try:
        listing = read_employee_list(employees, include_hidden, today,
                                     include_leavers=include_leavers,
                                     skip_on_leave=skip_on_leave)
    except SpreadsheetError as err:
        issues += err.issues
    if listing is not None:
        issues += _without_leaders(listing)
    try:
        question_set = read_question_set(questions)
    except SpreadsheetError as err:
        issues += err.issues
    if question_set is not None:
        issues += _season_issues(question_set, questions)
    if question_set is not None and listing is not None:
        cpr, checked = _cpr_filters(question_set.questions, listing, questions)
        issues += cpr
        issues += filter_issues(checked, listing.employees, questions)
    raise_if_issues(issues)
    assert question_set is not None and listing is not None
    warnings = [*listing.warnings,
                *_meeting_warnings(listing, question_set, today or dt.date.today())]
    return Inputs(list(listing.employees), question_set, listing, warnings)


def read_inputs(employees: Path, questions: Path, include_hidden: bool = False, *,
                include_leavers: bool = False, skip_on_leave: bool = False
                ) -> tuple[list[Employee], QuestionSet]:
    """Both spreadsheets, with the mistakes of both reported in one go: (staff, question set)."""
    inputs = read_all_inputs(employees, questions, include_hidden,
                             include_leavers=include_leavers, skip_on_leave=skip_on_leave)
    return inputs.staff, inputs.question_set


def season_of(question_set: QuestionSet, override: str | None) -> str:
    """The season: ``--season``, else the question set's, else this year. It names folders
    (``output/forms/<season>/``), so one that would lead elsewhere is refused."""
    season = override or question_set.settings.season or str(dt.date.today().year)
    problem = season_problem(season)
    if problem:
        where = ("--season" if override else
                 f"the setting Sæson in {question_set.source or 'the question set'}")
        raise InputFileError(
            f'The season "{one_line(season)}" ({where}) cannot name a folder: {problem}. '
            "Write the season as plain text, for example 2027 or 2026-27; nothing was "
            "written.")
    return season
