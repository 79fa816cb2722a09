"""Last season's competence levels, from last season's overview workbook."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.overview.labels import SHEETS, aliases
from pipeline.sheets.headers import Column, find_header_row, normalise_header, value_at
from pipeline.sheets.table import open_workbook_sheets
from pipeline.sheets.values import cell_text

_COLUMNS = tuple(Column(key, aliases(key)) for key in ("number", "competence_id", "now"))


def read_previous_levels(path: Path) -> dict[tuple[str, str], int]:
    """(employee number, competence ID) → the level the employee gave last season."""
    sheets = open_workbook_sheets(path, "previous overview workbook")
    wanted = {normalise_header(SHEETS[lang]["competences"]) for lang in SHEETS}
    sheet = next((s for name, s in sheets.items() if normalise_header(name) in wanted), None)
    if sheet is None:
        raise InputFileError(
            f'{path} has no sheet "Kompetencer". Give last season\'s overview workbook '
            "(MUS-oversigt-<season>.xlsx) as --previous."
        )
    header = find_header_row(sheet, _COLUMNS, ["number", "competence_id", "now"])
    if header is None or len(header.found) < 3:
        raise InputFileError(
            f'The sheet "{sheet.name}" in {path} lacks the columns "Medarbejdernr.", '
            '"Kompetence-ID" or "Nu". Give last season\'s overview workbook as --previous.'
        )
    levels = {}
    for number, row in sheet.rows:
        if number <= header.row:
            continue
        emp = cell_text(value_at(row, header.found["number"]))
        cid = cell_text(value_at(row, header.found["competence_id"]))
        now = value_at(row, header.found["now"])
        if emp and cid and isinstance(now, (int, float)) and not isinstance(now, bool):
            levels[(emp, cid)] = int(now)
    return levels
