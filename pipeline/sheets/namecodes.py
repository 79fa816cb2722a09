"""A list whose only employee number is written in the name cell, as Unit4's resource column
shows it, "Tove Rødgaard (10201)", or a payroll report before the name, "1043 Sofía García".
Where no column is headed as the number and one column holds a name and a code on (nearly)
every row, each code different, the code becomes a column of its own (headed after the column,
"Ressource (nr.)") and the cell keeps the name: read as any list with a number column, said in
`mus check`."""

from __future__ import annotations

import re
from typing import Any

from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.names import aside
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
_CODE = re.compile(r"^[A-Za-z]{0,3}\d{2,10}$")  # what Unit4 and its like put in the brackets
_NAME = re.compile(r"^[^\W\d_](?:.*[^\W\d_])?$", re.DOTALL)  # begins and ends with a letter
_SAMPLE = 2000


def _name_code(text: str) -> tuple[str, str] | None:
    """"Tove Rødgaard (10201)" → ("Tove Rødgaard", "10201"); "1043 Sofía García" (a payroll
    report's number before the name) → ("Sofía García", "1043"); None for any other text."""
    found = aside(text)
    if found and _NAME.match(found[0]) and _CODE.match(found[1]):
        return found
    before = _CODE_FIRST.match(text)
    if before and _NAME.match(before.group(2)) and " " in before.group(2):
        return before.group(2), before.group(1)
    return None


# The number, then the whole name: "1043 Sofía García", "1043 - Sofía García"
_CODE_FIRST = re.compile(r"^([A-Za-z]{0,3}\d{2,10})\s*(?:[-–:]\s*)?\s(\S.*)$", re.DOTALL)


def split_name_codes(rows: Rows, header: HeaderRow, findings: Findings
                     ) -> tuple[Rows, HeaderRow]:
    if "number" in header.found or not rows:
        return rows, header
    width = len(header.headers)
    for index in range(width):
        texts = [cell_text(value_at(v, index)) for _, v in rows[:_SAMPLE]]
        filled = [t for t in texts if t]
        found = [m for m in map(_name_code, filled) if m]
        codes = [code for _, code in found]
        if len(filled) < 2 or len(found) < 0.9 * len(filled) or len(set(codes)) < len(codes):
            continue
        name = header.headers[index]
        headers = (*header.headers, f"{name} (nr.)")
        out: Rows = []
        for n, values in rows:
            cells = list(values) + [None] * (width - len(values))
            match = _name_code(cell_text(value_at(values, index)))
            if match:
                cells[index] = match[0]
            cells.append(match[1] if match else None)
            out.append((n, tuple(cells)))
        findings.note("name-code", f'The column "{name}" holds each employee\'s name with their '
                      "number beside it, and no column is headed as the number: the number is "
                      "read from the cell and the name without it.", header.row, name)
        return out, HeaderRow(header.row, headers, match_fields(headers))
    return rows, header
