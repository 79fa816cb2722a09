"""A department column of codes explained in a line on the sheet: "Afdelinger: 10 = Direktion,
20 = Rådgivning, 30 = Revision" over the header (or under the list), the column "Afd." holding
10, 20, 30. Each code is read as the unit's name, said in `mus check`; a column of codes no
line explains stays as it is."""

from __future__ import annotations

import re

from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.headerwords import DEPT, DIVISION, mentions
from pipeline.sheets.legend import entries
from pipeline.sheets.newvalues import Rows
from pipeline.sheets.statuswords import status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, lone_texts

_CODE = re.compile(r"^(?:\d{1,4}|[A-ZÆØÅ]{1,4}\d{0,3})$")
_KEY = r"\d{1,4}|[A-ZÆØÅ]{1,4}\d{0,3}"
_UNITS = frozenset({DEPT, DIVISION})


def unit_code_names(rows: Rows, header: HeaderRow, sheet: Sheet, findings: Findings) -> Rows:
    """The rows with each department code a legend line on the sheet explains written as the
    unit's name; or as they were."""
    index = header.found.get("department")
    if index is None:
        return rows
    codes = {cell_text(value_at(v, index)) for _, v in rows[:2000]} - {""}
    if len(codes) < 2 or not all(_CODE.match(c) for c in codes):
        return rows
    # (a line under the list is among its rows, one text alone on it: read too)
    listed = {n for n, v in rows if sum(1 for c in v if c is not None and c != "") > 1}
    for number, text in lone_texts(sheet.rows, listed):
        if "=" not in text and ":" not in text:
            continue
        meanings = {k.casefold(): m for k, m in entries(text, _KEY).items()}
        if not {c.casefold() for c in codes} <= set(meanings):
            continue
        label = text.split(":", 1)[0] if ":" in text else ""
        if not (label and mentions(label, _UNITS)) and any(
                status_state(m) is not None for m in meanings.values()):
            continue  # "10=Aktiv 20=Orlov": a legend of statuses, not of units
        findings.note("unit-legend", f'The column "{header.headers[index]}" holds unit codes; '
                      f"each is read as the unit the line in row {number} names "
                      f'({", ".join(f"{c} = {meanings[c.casefold()]}" for c in sorted(codes))}).',
                      number, header.headers[index])
        out: Rows = []
        for n, v in rows:
            cells = list(v)
            code = cell_text(value_at(v, index)).casefold()
            if code in meanings and index < len(cells):
                cells[index] = meanings[code]
            out.append((n, tuple(cells)))
        return out
    return rows
