"""A second copy of the list under it: a title ("MUS 2025 – gammel liste, ikke slettet"), the
headers again, and mostly the same people. Read as more of the list, its rows would add last
season's people and overwrite this season's departments; so a copy that says it is older (its
title's year is older than the list's, or it says "gammel", "tidligere", "old") is left out and
said, and any other copy refuses the list, naming where it starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.sheets.dates import years_in
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.sheetchoice import row_texts
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
_OLD = frozenset({"gammel", "gamle", "gammelt", "tidligere", "forrige", "old", "older",
                  "previous", "arkiv", "archive", "sidste"})
_TITLE_ABOVE = 3  # a copy's title stands at most this many rows above its headers


def _title(rows: Sequence[tuple[int, Sequence[Any]]]) -> tuple[int, str] | None:
    """The last row of one text among ``rows`` (a title), with its row number."""
    for number, values in reversed(rows):
        texts = [t for t in map(cell_text, values) if t]
        if len(texts) == 1:
            return number, texts[0]
    return None


def drop_old_copy(sheet: Sheet, header: HeaderRow, rows: Rows, findings: Findings) -> Rows:
    """The list's rows without an older copy of it under them; an undated copy refused."""
    number = header.found.get("number")
    heads = row_texts(header.headers)
    if number is None or len([h for h in heads if h]) < 2:
        return rows
    first = heads[0]

    def repeats(values: Sequence[Any]) -> bool:  # the first cell first: one look a row
        return (bool(values) and cell_text(values[0]).casefold() == first
                and row_texts(values) == heads)

    again = next((i for i, (_, v) in enumerate(rows) if repeats(v)), None)
    if again is None:
        return rows
    end = next((i for i in range(again + 1, len(rows)) if repeats(rows[i][1])), len(rows))
    above = {cell_text(value_at(v, number)) for _, v in rows[:again]} - {""}
    copied = [cell_text(value_at(v, number)) for _, v in rows[again + 1:end]]
    copied = [c for c in copied if c]
    if len(copied) < 2 or sum(c in above for c in copied) < 0.5 * len(copied):
        return rows  # the headers repeated over more of the list (a printout's pages)
    start = rows[again][0]
    near = [(n, v) for n, v in rows[:again] if n >= start - _TITLE_ABOVE]
    title = _title(near)
    top = _title([(n, v) for n, v in sheet.rows if n < header.row])
    start_row = title[0] if title else start
    words = set(re.findall(r"[^\W\d_]+", title[1].casefold())) if title else set()
    older = bool(words & _OLD) or bool(
        title and top and years_in(title[1]) and years_in(top[1])
        and max(years_in(title[1])) < max(years_in(top[1])))
    last = rows[end - 1][0]
    if older:
        findings.note("old-copy", f"Rows {start_row}–{last} are an older copy of the list (the "
                      f'headers again in row {start}, under "{title[1] if title else ""}"), '
                      "so they are not read.", start_row)
        return [r for r in rows if not start_row <= r[0] <= last]
    findings.error("list-copy", f"From row {start} the headers come again over a second copy "
                   f"of the list ({sum(c in above for c in copied)} of its {len(copied)} "
                   "employee numbers are also above), so mus cannot tell which copy is the "
                   "list.", "Delete the copy that is not the list (or move it to a sheet of "
                   "its own), and run the command again.", start)
    return rows
