"""Lists laid out in a shape mus does not read, refused with what the shape is and what to do
(rather than "no column with the name was found", which sends HR looking for the wrong thing):

- two tables side by side on one sheet (``Aktive`` in A–E, ``Fratrådte`` in H–K), each with its
  own number and name columns, an empty column between them: which is the list, or what the
  other says of the people in it, is not for mus to guess;
- a list that runs sideways, one person per column, the headers down column A;
- a text file whose columns are set apart by spaces to a fixed width, not by a separator."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.columns import field_role
from pipeline.sheets.cpr import mask_cpr
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_SAMPLE = 2000
_NAMES = ("name", "name_reversed", "first", "last")


def blocks(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[Any]]]) -> list[range]:
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


def header_blocks(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[Any]]]
                  ) -> list[tuple[range, dict[str, int]]]:
    """Each block of the sheet with the fields its headers name: the one reading of a header
    split by empty columns that the refusal of side-by-side lists and the leaders' key beside a
    list (sidekey.py) both decide by."""
    return [(block, match_fields([h if i in block else "" for i, h in enumerate(headers)]))
            for block in blocks(headers, rows)]


def holds_people(fields: Collection[str]) -> bool:
    """A block with a number and a name column: a list of people of its own."""
    return "number" in fields and any(k in fields for k in _NAMES)


def _describe(headers: Sequence[str], block: range) -> str:
    said = ", ".join(f'"{headers[i]}"' for i in block if headers[i])
    return f"columns {get_column_letter(block[0] + 1)}–{get_column_letter(block[-1] + 1)} ({said})"


def refuse_side_tables(header: HeaderRow, rows: Sequence[tuple[int, Sequence[Any]]],
                       findings: Findings) -> None:
    headers = header.headers
    parts = header_blocks(headers, rows)
    if len(parts) < 2:
        return
    lists = [block for block, fields in parts if holds_people(fields)]
    if len(lists) < 2:
        return
    tables = " and ".join(_describe(headers, b) for b in lists)
    findings.error("side-tables", f"The sheet holds {len(lists)} tables of people side by "
                   f"side, in {tables}, and mus reads one table per sheet: which of them is the "
                   "employee list, and what the other says of the people in it, cannot be told.",
                   "Move each table that is not the list to a sheet of its own (named for what "
                   'it holds, for example "Fratrådte"), or put everyone who should get a form '
                   "in one table, and run the command again.", header.row)


def refuse_two_line_records(header: HeaderRow, rows: Sequence[tuple[int, Sequence[Any]]],
                            findings: Findings) -> None:
    """A printed report saved to Excel, each employee on two lines: a line with the number
    and a line without one under it ("" | "Nærmeste leder: Karen Lykke" | "karen@…"), on
    nearly every employee. mus reads one row per employee, so the second lines would each be
    a row without a number: refused once, saying why."""
    col = header.found.get("number")
    sample = rows[:_SAMPLE]
    if col is None or sum(1 for _, v in sample if value_at(v, col) in (None, "")) < 4:
        return  # (most lists: a number on every row, looked at once)
    lines = [(n, cell_text(value_at(v, col)), next((t for t in map(cell_text, v) if t), ""))
             for n, v in sample]
    lines = [(n, number, first) for n, number, first in lines if first]
    numbered = [i for i, (_, number, _) in enumerate(lines) if number]
    if len(numbered) < 4:
        return
    followed = [i for i in numbered if i + 1 < len(lines) and not lines[i + 1][1]]
    bare = len(lines) - len(numbered)
    if len(followed) < 0.8 * len(numbered) or len(followed) < 0.8 * bare:
        return
    pairs = [(lines[i][0], lines[i + 1][0]) for i in followed[:2]]
    second = mask_cpr(lines[followed[0] + 1][2][:40])
    findings.error("two-line-records", "Each employee takes two lines (rows "
                   + ", rows ".join(f"{a} and {b}" for a, b in pairs) + " …): a line with the "
                   f'number and one without it under it ("{second}"), as a printed report is '
                   "laid out. mus reads one row per employee, so it cannot tell which lines "
                   "belong together.", "Export the "
                   "list with one row per employee (the leader and other details in columns of "
                   "their own), or move each second line's values up beside the employee, and "
                   "run the command again.", pairs[0][1], header.headers[col])


_SIDEWAYS_ROWS = 60
_FIXED = re.compile(r"\S(?: \S+)* {2,}\S")  # words, then two or more spaces, then more
_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")  # "------- ------------ -----"


def refuse_sideways(sheet: Sheet, header: HeaderRow | None, findings: Findings) -> None:
    """The headers down one of the first columns ("Lønnr.", "Navn", "Stilling" in A3:A8) and
    a person in each column to the right: the list runs sideways."""
    if header is not None and holds_people(header.found):
        return
    rows = sheet.rows[:_SIDEWAYS_ROWS]
    for col in range(3):
        labels = [(n, cell_text(value_at(v, col))) for n, v in rows]
        found = {}
        for n, text in labels:
            role = field_role(text) if text else None
            if role is not None and role[0] not in found:
                found[role[0]] = (n, text)
        widths = [sum(1 for x in v[col + 1:] if x not in (None, "")) for n, v in rows
                  if any(n == r for r, _ in found.values())]
        if (holds_people(found) and len(found) >= 3
                and widths and min(widths) >= 2):
            first, last = min(n for n, _ in found.values()), max(n for n, _ in found.values())
            said = ", ".join(f'"{t}"' for _, t in sorted(found.values())[:4])
            findings.error("sideways", f"The list runs sideways: its headers are down column "
                           f"{get_column_letter(col + 1)} (rows {first}–{last}: {said} …) and "
                           "each person is a column, but mus reads one person per row under "
                           "one header row.", "Turn the list in Excel (copy it, then Paste "
                           "Special > Transpose on a new sheet) so the headers are one row and "
                           "each person a row under them, save, and run the command again.",
                           first)
            return


def refuse_fixed_width(sheet: Sheet, header: HeaderRow | None, findings: Findings) -> None:
    """A text file whose lines are one cell each, with columns set apart by runs of spaces and
    a line of dashes under the headers: fixed width, no separator."""
    if not sheet.encoding or (header is not None and len(
            [h for h in header.headers if h]) > 1):
        return
    # as written, spaces and all (cell_text() would close them up)
    lines = [str(value_at(v, 0)) for _, v in sheet.rows[:40]
             if sum(x not in (None, "") for x in v) == 1 and value_at(v, 0) not in (None, "")]
    if not any(_RULE.match(t) for t in lines):
        return
    spaced = [t for t in lines if len(_FIXED.findall(t)) >= 2 and not _RULE.match(t)]
    if len(spaced) >= 3:
        findings.error("fixed-width", "The columns of this text file are set apart by spaces "
                       "to a fixed width, not by a separator (a semicolon, a comma or a tab), so "
                       "mus cannot tell where one column ends and the next begins.", "Open the "
                       "file in Excel with Data > From Text/CSV and choose fixed width (or export "
                       "it from the system as CSV or Excel), save it as .xlsx, and run the "
                       "command again.")
