"""Which sheet holds the employees, which row their headers, and which column is which field.

The header row may be on any sheet (an org-unit sheet may come first), under title rows, and
under a merged group header (``Leder`` over ``Navn`` and ``E-mail``). Where several columns
could be one field, the specific header wins (``EmployeeId`` over ``Id``); a column of directory
GUIDs is never the employee number; columns that hold CPR numbers are dropped here, before any
value is read; two columns that disagree about a field that decides who gets what are refused
with both named, never chosen between quietly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.columns import FIELDS, IDENTIFIERS, LABELS, NAME, NUMBER
from pipeline.sheets.cpr import is_cpr_column, is_cpr_header
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import (
    Column,
    HeaderRow,
    accepted,
    candidates,
    find_header_row,
    match_columns,
    value_at,
)
from pipeline.sheets.names import is_guid
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

# Fields where two disagreeing columns would put a value on the wrong person or send mail to the
# wrong address: refused. For the others the left-most column is used and a warning says so.
DECIDING = ("number", "name", "name_reversed", "first", "last", "email", "leader",
            "leader_number", "leader_email", "meeting_date")
_CPR_SAMPLE = 500
Rows = Sequence[tuple[int, tuple[Any, ...]]]


@dataclass(frozen=True)
class ColumnUse:
    index: int  # from 0
    header: str

    @property
    def letter(self) -> str:
        return get_column_letter(self.index + 1)


@dataclass(frozen=True)
class ListLayout:
    """What was understood about the sheet's columns."""

    header_row: int
    headers: tuple[str, ...]
    fields: Mapping[str, ColumnUse]
    identifiers: Mapping[str, ColumnUse]
    withheld: tuple[ColumnUse, ...]  # CPR numbers: never read
    kept: tuple[ColumnUse, ...]  # every other column with a header, kept for texts and filters

    def index(self, key: str) -> int | None:
        use = self.fields.get(key)
        return use.index if use else None


def header_score(cells: Sequence[Any]) -> int:
    """How much a row looks like an employee list's header row (to find a text file's
    separator): the employee number counts most."""
    found = match_columns([cell_text(c) for c in cells], FIELDS)
    return len(found) + (10 if "number" in found else 0)


def _has_name(found: Mapping[str, int]) -> bool:
    return any(k in found for k in ("name", "name_reversed", "first"))


def choose_sheet(sheets: Mapping[str, Sheet]) -> tuple[Sheet | None, HeaderRow | None,
                                                         list[Sheet]]:
    """The first sheet (shown tabs before hidden ones) whose header row names the employee
    number and name; the other sheets that look like employee lists too; or, when none does,
    the best attempt (to say what is missing)."""
    ordered = sorted(sheets.values(), key=lambda s: not s.visible)
    chosen: tuple[Sheet, HeaderRow] | None = None
    also: list[Sheet] = []
    best: tuple[Sheet, HeaderRow] | None = None
    for sheet in ordered:
        header = find_header_row(sheet, FIELDS, ["number"])
        if header is None:
            continue
        if "number" in header.found and _has_name(header.found):
            if chosen is None:
                chosen = (sheet, header)
            elif sheet.visible:
                also.append(sheet)
        elif best is None or len(header.found) > len(best[1].found):
            best = (sheet, header)
    if chosen:
        return chosen[0], chosen[1], also
    if best:
        return best[0], best[1], []
    first = ordered[0] if ordered else None
    return first, None, []


def group_headers(sheet: Sheet, header: HeaderRow) -> tuple[str, ...]:
    """Headers under a merged group header read together with it (``Leder`` + ``Navn`` →
    ``Leder Navn``) where that names a field; otherwise as written."""
    above = next((values for number, values in sheet.rows if number == header.row - 1), None)
    if above is None or not sheet.merged:
        return header.headers
    named = list(header.headers)
    for index, text in enumerate(header.headers):
        block = sheet.merged_range(header.row - 1, index + 1)
        group = cell_text(value_at(above, index))
        if not text or not group or block is None or block.min_col == block.max_col:
            continue
        combined = f"{group} {text}"
        if any(column.matches(combined) for column in FIELDS):
            named[index] = combined
    return tuple(named)


def _column_values(rows: Rows, index: int, limit: int | None = None) -> list[Any]:
    out = []
    for _, values in rows:
        value = value_at(values, index)
        if value is not None and cell_text(value):
            out.append(value)
            if limit and len(out) >= limit:
                break
    return out


def _differs(rows: Rows, a: int, b: int) -> int | None:
    """The first row where two columns hold different text."""
    for number, values in rows:
        if cell_text(value_at(values, a)).casefold() != cell_text(value_at(values, b)).casefold():
            return number
    return None


def _choose(key: str, options: list[tuple[int, int]], rows: Rows, headers: Sequence[str],
            sheet: Sheet, header_row: int, findings: Findings) -> int | None:
    """One column for one field among those whose header could be it, or None after saying
    why none can be used."""
    label = LABELS[key]
    if key == "number":
        guids = [i for _, i in options if (vals := _column_values(rows, i, 200))
                 and all(is_guid(cell_text(v)) for v in vals)]
        options = [(t, i) for t, i in options if i not in guids]
        if not options:
            findings.error(
                "guid", f'The column "{headers[guids[0]]}" holds directory object IDs (GUIDs), '
                "not employee numbers.", "Add the employee number to the export (for example "
                f"the EmployeeId attribute), under one of these headers: {accepted(NUMBER)}.",
                header_row, headers[guids[0]])
            return None
    tiers = sorted({t for t, _ in options})
    with_data = {i for _, i in options if _column_values(rows, i, 1)}
    tier = next((t for t in tiers if any(i in with_data for u, i in options if u == t)),
                tiers[0])
    chosen = [i for t, i in options if t == tier and (i in with_data or not with_data)]
    if tier > tiers[0] and key == "number":
        empty = next(i for t, i in options if t == tiers[0])
        findings.warn("empty-column", f'The column "{headers[empty]}" is empty, so the '
                      f'{label} was taken from "{headers[chosen[0]]}".',
                      "Check that this is the number your organisation uses.", header_row,
                      headers[chosen[0]])
    first = chosen[0]
    for other in chosen[1:]:
        row = _differs(rows, first, other)
        if row is None:
            continue
        a, b = get_column_letter(first + 1), get_column_letter(other + 1)
        block = sheet.merged_range(header_row, first + 1)
        if block is not None and (header_row, other + 1) in block:
            what = (f'The header "{headers[first]}" in {block.ref} is merged over columns {a} '
                    f"and {b}, which hold different values (first in row {row}).")
            todo = "Unmerge the header and give each column its own header."
        else:
            what = (f'Two columns could be the {label}: "{headers[first]}" (column {a}) and '
                    f'"{headers[other]}" (column {b}), and they differ (first in row {row}).')
            todo = "Rename or delete the column mus should not use."
        if key in DECIDING:
            findings.error("two-columns", what, todo, header_row, headers[first])
            return None
        findings.warn("two-columns", what + f' Column {a} was used.', todo, header_row,
                      headers[first])
        break
    return first


def _uses(found: Mapping[str, list[tuple[int, int]]], columns: Sequence[Column],
          headers: Sequence[str], pick: Callable[[str, list[tuple[int, int]]], int | None]
          ) -> dict[str, ColumnUse]:
    uses = {}
    for column in columns:
        options = found.get(column.key)
        if options:
            index = pick(column.key, options)
            if index is not None:
                uses[column.key] = ColumnUse(index, headers[index])
    return uses


def map_columns(sheet: Sheet, header: HeaderRow, rows: Rows,
                findings: Findings) -> ListLayout | None:
    """The columns of the list, or None after reporting why the list cannot be read."""
    headers = group_headers(sheet, header)
    width = max([len(headers), *(len(v) for _, v in rows[:1000])])
    withheld = [ColumnUse(i, headers[i] if i < len(headers) else "") for i in range(width)
                if (i < len(headers) and is_cpr_header(headers[i]))
                or is_cpr_column(_column_values(rows, i, _CPR_SAMPLE))]
    hidden = {use.index for use in withheld}
    visible = [h if i not in hidden else "" for i, h in enumerate(headers)]
    found = candidates(visible, FIELDS)
    fields = _uses(found, FIELDS, headers, lambda key, options: _choose(
        key, options, rows, headers, sheet, header.row, findings))
    if "number" not in fields:
        number_cpr = [u for u in withheld if NUMBER.matches(u.header)]
        if number_cpr:
            findings.error(
                "cpr-number", f'The column "{number_cpr[0].header}" holds CPR numbers, not '
                "employee numbers. CPR numbers are never used by mus.",
                f"Add a column with the employee number, under one of these headers: "
                f"{accepted(NUMBER)}.", header.row, number_cpr[0].header)
        elif not findings.errors:
            findings.error("no-number", "No column with the employee number was found.",
                           f"Give the column one of these headers: {accepted(NUMBER)}.",
                           header.row)
        return None
    if not any(k in fields for k in ("name", "name_reversed", "first")):
        findings.error("no-name", "No column with the employee's name was found.",
                       f"Give the column one of these headers: {accepted(NAME)} (or "
                       '"Fornavn" and "Efternavn").', header.row)
        return None
    identifiers = _uses(candidates(visible, IDENTIFIERS), IDENTIFIERS, headers,
                        lambda key, options: options[0][1])
    kept = tuple(ColumnUse(i, h) for i, h in enumerate(headers) if h and i not in hidden)
    return ListLayout(header.row, headers, fields, identifiers, tuple(withheld), kept)
