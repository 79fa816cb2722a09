"""Rows of units among the rows of people: a record-type file (an access-control system's
export) that writes its units as rows of their own under the same header ("ENH;E05;Kvalitet;
;E01;668": a unit's code where a person's number stands, its name, the unit above and its
leader's number), beside the people who belong to them ("MED;137;Pia Andersen;E05").

A row whose number is a value of the list's department column (the unit others belong to) is
such a unit, not a person: it is taken out of the rows and read as a sheet of units beside the
list (unitleaders.py), which gives each unit's name, leader and the unit above.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]


def unit_records(sheet: Sheet, header: HeaderRow, rows: Rows,
                 findings: Findings) -> tuple[Rows, Sheet | None]:
    """The rows without the units' own rows, and those rows as a sheet of units under the
    list's header; (rows, None) where there are fewer than two."""
    number, unit = header.found.get("number"), header.found.get("department")
    if number is None or unit is None:
        return rows, None
    empty = [(n, v) for n, v in rows if value_at(v, unit) in (None, "")]
    if len(empty) < 2:
        return rows, None  # (most lists: a unit on every row, looked at once)
    shown: dict[Any, str] = {}  # each unit's cell as written, read once
    for _, values in rows:
        value = value_at(values, unit)
        if value not in (None, "") and value not in shown:
            shown[value] = cell_text(value).casefold()
    units = set(shown.values()) - {""}
    if len(units) < 2:
        return rows, None
    records = [(n, v) for n, v in empty if cell_text(value_at(v, number)).casefold() in units]
    if len({cell_text(value_at(v, number)).casefold() for _, v in records}) < 2:
        return rows, None
    taken = {n for n, _ in records}
    header_values = next((v for n, v in sheet.rows if n == header.row), header.headers)
    part = dataclasses.replace(sheet, name=f"{sheet.name} (units)",
                               rows=((header.row, tuple(header_values)), *records))
    head = header.headers[unit]
    findings.note("unit-records", f"{rows_text(sorted(taken)).capitalize()} describe units, "
                  f'not people: their number is a value of "{head}" on the others\' rows, so '
                  "they are read as the units' names, leaders and the units above them.",
                  min(taken), head, sorted(taken))
    return [(n, v) for n, v in rows if n not in taken], part
