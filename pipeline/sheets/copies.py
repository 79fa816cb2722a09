"""A second copy of the list under it: a title ("MUS 2025 – gammel liste, ikke slettet"), the
headers again, and mostly the same people. Read as more of the list, its rows would add last
season's people and overwrite this season's departments; so a copy that says it is older (its
title's year is older than the list's, or it says "gammel", "tidligere", "old") is left out and
said, and any other copy refuses the list, naming where it starts. Headers again over other
people are more of the list under a printout's page, the list's title again or their
department's heading; under any other title of their own ("Nyansatte pr. 1. januar 2027",
"Vikarer") they are a table whose title mus cannot read, and the list is refused."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.sheets.dates import years_in
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.rows import is_note
from pipeline.sheets.sheetchoice import row_texts
from pipeline.sheets.statuswords import EMPLOYED, LEAVE, LEFT, outside, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
_OLD = frozenset({"gammel", "gamle", "gammelt", "tidligere", "forrige", "old", "older",
                  "previous", "arkiv", "archive", "sidste"})
# A printout's page: "Side 2", "Page 2 of 3", "(fortsat)", "- continued"
_PAGE = re.compile(r"[-(\[–—\s]*(?:(?:side|page|s\.|p\.)\s*\d+(?:\s*(?:af|of|/)\s*\d+)?"
                   r"|forts(?:at|\.)?|continued|cont\.)[)\]\s.]*")
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
    start = rows[again][0]
    near = [(n, v) for n, v in rows[:again] if n >= start - _TITLE_ABOVE]
    title = _title(near)
    top = _title([(n, v) for n, v in sheet.rows if n < header.row])
    if len(copied) < 2 or sum(c in above for c in copied) < 0.5 * len(copied):
        # the headers repeated over more of the list (a printout's pages, a department's
        # heading), unless a title of its own says what else these people are
        _refuse_other_table(header, rows[again + 1:end], title, top, start, findings)
        return rows
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


def _refuse_other_table(header: HeaderRow, block: Rows, title: tuple[int, str] | None,
                        top: tuple[int, str] | None, start: int, findings: Findings) -> None:
    """Other people under the headers again and a title of their own that is neither their
    department, nor the list's title again, nor a page's ("Side 2", "(fortsat)"): a table of
    its own ("Nyansatte pr. 1. januar 2027 (ikke med i MUS i år)", "Vikarer") whose title
    says something mus cannot read, so the list is refused rather than the title ignored."""
    department = header.found.get("department")
    if title is None or department is None:
        return  # no title, or the title is what gives the rows their department
    said = " ".join(title[1].casefold().split())
    units = {" ".join(cell_text(value_at(v, department)).casefold().split()) for _, v in block}
    if not any(units) or any(u and u in said for u in units):
        return  # "Afdeling: SFO" over SFO's people (or over rows without one): a heading
    if (top and said.startswith(" ".join(top[1].casefold().split()))) or _PAGE.fullmatch(said):
        return  # the list's own title again, or a printout's page
    if status_state(title[1]) in (LEFT, LEAVE) and not is_note(title[1]):
        return  # "Fratrådt i 2026", "Orlov": a heading the rows are read under (walk.py)
    if status_state(title[1]) == EMPLOYED and not outside(title[1]):
        return  # "Elever og studerende (ansat)", "Timelønnede": more of the staff
    people = sum(1 for _, v in block if cell_text(value_at(v, header.found["number"])))
    findings.error("list-second-table", f"From row {start} the headers come again, under "
                   f"the title in row {title[0]}, over {people} people who are not above it: "
                   "a table of its own, and mus cannot tell from its title whether they "
                   "should get a form.", "If they should, move their rows up into the list "
                   "and delete the title and the second header row; if not, delete them or "
                   "move them to a sheet of their own; then run the command again.", title[0])
