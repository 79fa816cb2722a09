"""Last season's overview workbook read back: the goals to look back on (for the forms) and the
competence levels (for the change since last season). HR's edits are kept: columns are found by
their names, in either language, wherever they stand."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.model import PreviousGoal
from pipeline.overview.labels import SHEETS, aliases, value
from pipeline.sheets.headers import Column, HeaderRow, find_header_row, normalise_header, value_at
from pipeline.sheets.table import Sheet, open_workbook_sheets
from pipeline.sheets.values import cell_text, parse_date

# "Kilde"/"Source": the agreement status's name in workbooks made before goals could be not
# agreed (then every agreement goal was "Aftalt").
_OLD_NAMES = {"source": ("Kilde", "Source")}
_GOAL_COLUMNS = tuple(Column(key, (*aliases(key), *_OLD_NAMES.get(key, ()))) for key in
                      ("number", "goal", "activities", "deadline", "source", "hr_status",
                       "follow_up", "latest_status", "latest_date"))
_DROPPED = ("droppet", "dropped")
_LEVEL_COLUMNS = tuple(Column(key, aliases(key)) for key in ("number", "competence_id", "now"))
_AGREED = {normalise_header(value(lang, "agreed")) for lang in ("da", "en")}
_EMPLOYEE = {normalise_header(value(lang, "proposed_employee")) for lang in ("da", "en")}


def _sheets(path: Path) -> dict[str, Sheet]:
    """The workbook's sheets by their normalised names."""
    sheets = open_workbook_sheets(path, "previous overview workbook")
    return {normalise_header(name): sheet for name, sheet in sheets.items()}


def _sheet(sheets: dict[str, Sheet], sheet_key: str) -> Sheet | None:
    """The sheet (by its Danish or English name), or None."""
    for lang in SHEETS:
        found = sheets.get(normalise_header(SHEETS[lang][sheet_key]))
        if found is not None:
            return found
    return None


def _missing_sheet(path: Path, sheet_key: str) -> InputFileError:
    return InputFileError(
        f'{path} has no sheet "{SHEETS["da"][sheet_key]}". Give last season\'s overview '
        "workbook (MUS-oversigt-<season>.xlsx) as --previous."
    )


def _header(path: Path, sheet: Sheet, columns: tuple[Column, ...],
            required: list[str]) -> HeaderRow:
    """The sheet's header row, or a plain error naming the columns it lacks."""
    header = find_header_row(sheet, columns, required)
    if header is None or any(key not in header.found for key in required):
        names = " and ".join(f'"{c.headers[0]}"' for c in columns if c.key in required)
        raise InputFileError(
            f'The sheet "{sheet.name}" in {path} lacks the columns {names}. Give last season\'s '
            "overview workbook as --previous, with those columns kept."
        )
    return header


def read_previous_goals(path: Path) -> dict[str, list[PreviousGoal]]:
    """Each employee's goals to look back on: the agreed ones where there are any, else the
    employee's own proposals, marked as never agreed (no agreement came back). A goal marked not
    agreed, or left a proposal in the agreement, is neither. Each carries its latest
    follow-up's status and date. Goals HR has marked dropped (Droppet), or whose latest
    follow-up dropped them, are left out; where HR has set a status, it is the one shown."""
    sheet = _sheet(_sheets(path), "goals")
    if sheet is None:
        raise _missing_sheet(path, "goals")
    header = _header(path, sheet, _GOAL_COLUMNS, ["number", "goal"])
    found = header.found
    agreed: dict[str, list[PreviousGoal]] = defaultdict(list)
    own: dict[str, list[PreviousGoal]] = defaultdict(list)
    for number, row in sheet.rows:
        if number <= header.row:
            continue
        emp = cell_text(value_at(row, found["number"]))
        goal = cell_text(value_at(row, found["goal"]))
        if not emp or not goal:
            continue
        hr_status = cell_text(value_at(row, found.get("hr_status")))
        latest = cell_text(value_at(row, found.get("latest_status")))
        status = hr_status or latest
        if normalise_header(status) in _DROPPED:
            continue
        activities = cell_text(value_at(row, found.get("activities")))
        deadline = _date(value_at(row, found.get("deadline")))
        status_date = (_date(value_at(row, found.get("latest_date"))) if latest and not hr_status
                       else None)
        follow_up = _date(value_at(row, found.get("follow_up")))
        source = normalise_header(cell_text(value_at(row, found.get("source"))))
        if source in _AGREED:
            agreed[emp].append(PreviousGoal(goal, activities, deadline, status, status_date,
                                            follow_up))
        elif source in _EMPLOYEE or not source:
            own[emp].append(PreviousGoal(goal, activities, deadline, status, status_date,
                                         follow_up, agreed=False))
    return {emp: agreed.get(emp) or own.get(emp, []) for emp in set(agreed) | set(own)}


def _date(value: object) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError:
        return None


def read_previous_levels(path: Path) -> dict[tuple[str, str], int]:
    """(employee number, competence ID) → the level the employee gave last season. An overview
    workbook without a competence sheet (its question set had no competences) gives none."""
    sheets = _sheets(path)
    sheet = _sheet(sheets, "competences")
    levels: dict[tuple[str, str], int] = {}
    if sheet is None:
        if _sheet(sheets, "goals") is None:
            raise _missing_sheet(path, "competences")
        return levels
    header = _header(path, sheet, _LEVEL_COLUMNS, ["number", "competence_id", "now"])
    for number, row in sheet.rows:
        if number <= header.row:
            continue
        emp = cell_text(value_at(row, header.found["number"]))
        cid = cell_text(value_at(row, header.found["competence_id"]))
        now = value_at(row, header.found["now"])
        if emp and cid and isinstance(now, (int, float)) and not isinstance(now, bool):
            levels[(emp, cid)] = int(now)
    return levels
