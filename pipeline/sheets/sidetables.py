"""Two tables side by side on one sheet (``Aktive`` in A–E, ``Fratrådte`` in H–K), each with
its own number and name columns, an empty column between them: mus reads one table per sheet,
and which of them is the list, or what the other says of the people in it, is not for mus to
guess. Refused, naming both tables by their columns and headers, with what to do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.listheaders import match_fields

_SAMPLE = 2000
_NAMES = ("name", "name_reversed", "first", "last")


def _blocks(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[Any]]]) -> list[range]:
    """Runs of headed columns between columns empty in the header and in every row."""
    sample = rows[:_SAMPLE]
    empty = [not headers[i] and all(value_at(v, i) in (None, "") for _, v in sample)
             for i in range(len(headers))]
    blocks: list[range] = []
    start = None
    for i, gap in enumerate([*empty, True]):
        if not gap and start is None:
            start = i
        elif gap and start is not None:
            blocks.append(range(start, i))
            start = None
    return blocks


def _describe(headers: Sequence[str], block: range) -> str:
    said = ", ".join(f'"{headers[i]}"' for i in block if headers[i])
    return f"columns {get_column_letter(block[0] + 1)}–{get_column_letter(block[-1] + 1)} ({said})"


def refuse_side_tables(header: HeaderRow, rows: Sequence[tuple[int, Sequence[Any]]],
                       findings: Findings) -> None:
    headers = header.headers
    blocks = _blocks(headers, rows)
    if len(blocks) < 2:
        return
    lists = []
    for block in blocks:
        found = match_fields([h if i in block else "" for i, h in enumerate(headers)])
        if "number" in found and any(k in found for k in _NAMES):
            lists.append(block)
    if len(lists) < 2:
        return
    tables = " and ".join(_describe(headers, b) for b in lists)
    findings.error("side-tables", f"The sheet holds {len(lists)} tables of people side by "
                   f"side, in {tables}, and mus reads one table per sheet: which of them is the "
                   "employee list, and what the other says of the people in it, cannot be told.",
                   "Move each table that is not the list to a sheet of its own (named for what "
                   'it holds, for example "Fratrådte"), or put everyone who should get a form '
                   "in one table, and run the command again.", header.row)
