"""A list whose only employee number is written in the name cell, as Unit4's resource column
shows it: "Tove Rødgaard (10201)". Where no column is headed as the number and one column holds
a name and a code in brackets on (nearly) every row, each code different, the code becomes a
column of its own (headed after the column, "Ressource (nr.)") and the cell keeps the name:
read as any list with a number column, said in `mus check`."""

from __future__ import annotations

import re
from typing import Any

from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
_NAME_CODE = re.compile(r"^\s*([^\W\d_][^()]*?[^\W\d_])\s*\(\s*([A-Za-z]{0,3}\d{2,10})\s*\)\s*$")
_SAMPLE = 2000


def split_name_codes(rows: Rows, header: HeaderRow, findings: Findings
                     ) -> tuple[Rows, HeaderRow]:
    if "number" in header.found or not rows:
        return rows, header
    width = len(header.headers)
    for index in range(width):
        texts = [cell_text(value_at(v, index)) for _, v in rows[:_SAMPLE]]
        filled = [t for t in texts if t]
        found = [m for m in map(_NAME_CODE.match, filled) if m]
        codes = [m.group(2) for m in found]
        if len(filled) < 2 or len(found) < 0.9 * len(filled) or len(set(codes)) < len(codes):
            continue
        name = header.headers[index]
        headers = (*header.headers, f"{name} (nr.)")
        out: Rows = []
        for n, values in rows:
            cells = list(values) + [None] * (width - len(values))
            match = _NAME_CODE.match(cell_text(value_at(values, index)))
            if match:
                cells[index] = match.group(1)
            cells.append(match.group(2) if match else None)
            out.append((n, tuple(cells)))
        findings.note("name-code", f'The column "{name}" holds each employee\'s name with their '
                      "number in brackets after it, and no column is headed as the number: the "
                      "number is read from the brackets and the name without them.", header.row,
                      name)
        return out, HeaderRow(header.row, headers, match_fields(headers))
    return rows, header
