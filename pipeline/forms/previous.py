"""Last season's goals, from last season's overview workbook (HR's edits included)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.model import PreviousGoal
from pipeline.overview.labels import SHEETS, aliases, value
from pipeline.sheets.headers import Column, find_header_row, normalise_header, value_at
from pipeline.sheets.table import open_workbook_sheets
from pipeline.sheets.values import cell_text, parse_date

_COLUMNS = tuple(Column(key, aliases(key)) for key in
                 ("number", "goal", "activities", "deadline", "source", "hr_status"))
_AGREED = {normalise_header(value(lang, "agreed")) for lang in ("da", "en")}
_EMPLOYEE = {normalise_header(value(lang, "proposed_employee")) for lang in ("da", "en")}


def read_previous_goals(path: Path) -> dict[str, list[PreviousGoal]]:
    """Each employee's goals to look back on: the agreed ones where there are any, else the
    employee's own proposals. Goals HR has marked dropped (Droppet) are left out."""
    sheets = open_workbook_sheets(path, "previous overview workbook")
    wanted = {normalise_header(SHEETS[lang]["goals"]) for lang in SHEETS}
    sheet = next((s for name, s in sheets.items() if normalise_header(name) in wanted), None)
    if sheet is None:
        raise InputFileError(
            f'{path} has no sheet "Udviklingsmål". Give last season\'s overview workbook '
            "(MUS-oversigt-<season>.xlsx) as --previous."
        )
    header = find_header_row(sheet, _COLUMNS, ["number", "goal"])
    if header is None or "number" not in header.found or "goal" not in header.found:
        raise InputFileError(
            f'The sheet "{sheet.name}" in {path} has no columns "Medarbejdernr." and "Mål". '
            "Give last season's overview workbook as --previous, with those columns kept."
        )
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
        if normalise_header(cell_text(value_at(row, found.get("hr_status")))) in (
                "droppet", "dropped"):
            continue
        try:
            deadline = parse_date(value_at(row, found.get("deadline")))
        except ValueError:
            deadline = None
        item = PreviousGoal(goal, cell_text(value_at(row, found.get("activities"))), deadline)
        source = normalise_header(cell_text(value_at(row, found.get("source"))))
        if source in _AGREED:
            agreed[emp].append(item)
        elif source in _EMPLOYEE or not source:
            own[emp].append(item)
    return {emp: agreed.get(emp) or own.get(emp, []) for emp in set(agreed) | set(own)}
