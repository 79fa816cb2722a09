"""Ditto marks: a hand-kept list writes `-"-`, `〃` or `do.` for "the same as above". Read as
they stand, `-"-` would be a department (or a leader) of its own; so each is the value above it
in its column, said in `mus check`. A mark with nothing above it is left as written (and the
checks of its field say what is wrong)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
# The words only with their full stop or between dashes ("-do-"), and not in capitals: "DO"
# and "SDA" may be initials.
_DITTO = re.compile(r'^\s*(?:-\s*(?:["”“″〃]|[dD]o\.?|[dD]to\.?)\s*-|["”“″〃„]{1,2}|\'\'|'
                    r"[dD]o\.|[dD]to\.|[dD]itto|[sS]da\.|[sS]om\s+ovenfor|[aA]s\s+above)\s*$")


def is_ditto(value: Any) -> bool:
    return isinstance(value, str) and bool(_DITTO.match(value))


def _any_ditto(rows: Rows) -> bool:
    """Whether any cell is a ditto mark: one look a cell, a regex only for short texts."""
    match = _DITTO.match
    for _, values in rows:
        for value in values:
            if type(value) is str and len(value) <= 14 and match(value):
                return True
    return False


def fill_ditto(rows: Rows, headers: Sequence[str], findings: Findings) -> Rows:
    """The rows with each ditto mark replaced by the value above it in its column."""
    if not _any_ditto(rows):
        return rows
    above: dict[int, Any] = {}
    filled: dict[int, list[int]] = {}
    out: Rows = []
    for number, values in rows:
        new = list(values)
        for index, value in enumerate(values):
            if is_ditto(value) and index in above:
                new[index] = above[index]
                filled.setdefault(index, []).append(number)
            elif cell_text(value):
                above[index] = value
        out.append((number, tuple(new)))
    for index, where in filled.items():
        header = headers[index] if index < len(headers) and headers[index] else \
            f"column {get_column_letter(index + 1)}"
        findings.note("ditto", f'The marks "as above" (-"-, 〃, do.) in "{header}" '
                      f"({rows_text(where)}) are read as the value above them.", where[0],
                      header, where)
    return out
