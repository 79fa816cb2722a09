"""Leaders' initials explained beside the list: a hand-kept list gives each leader as `JB` and
writes under it (or above it) who that is: `JB = Jørgen Bæk, joergen.baek@…`. Where the list
has no column of initials to find them by, such a line is the key: the leader given as `JB` is
read as the name (and address) the line gives, said in `mus check`. Only lines whose initials
the leader column uses are read; a line that gives one set of initials two meanings is not."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.sheets.draft import Draft
from pipeline.sheets.evidence import name_and_address
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.values import cell_text

_LINE = re.compile(r"^\s*([A-ZÆØÅ]{1,5}\d{0,2})\s*(?:=|:|–|—|-)\s*(\S.*?)\s*$")


def _key_lines(rows: Iterable[tuple[int, Sequence[Any]]], skip: set[int]
               ) -> dict[str, tuple[str, str, int]]:
    """Initials → (name, address, row) for every "JB = Jørgen Bæk, jb@…" line outside the
    list; initials given twice over with different names are left out."""
    found: dict[str, tuple[str, str, int]] = {}
    twice: set[str] = set()
    for row, values in rows:
        if row in skip:
            continue
        for text in (t for t in map(cell_text, values) if t):
            match = _LINE.match(text)
            if not match:
                continue
            key, rest = match.group(1), match.group(2)
            name, address = name_and_address(rest)
            name = name or rest
            if not any(c.isalpha() for c in name) or "=" in name:
                continue
            if key in found and found[key][0] != name:
                twice.add(key)
            found.setdefault(key, (name, address, row))
    return {k: v for k, v in found.items() if k not in twice}


def read_initials_key(drafts: Sequence[Draft], rows: Iterable[tuple[int, Sequence[Any]]],
                      header_row: int, findings: Findings) -> None:
    """Give each leader written as initials the name and address a key line gives them."""
    given = {d.given.text for d in drafts if d.given.text and not d.given.number}
    if not given or not any(_LINE.match(f"{g} = x") for g in given):
        return
    skip = {d.row for d in drafts} | {header_row}
    key = {k: v for k, v in _key_lines(rows, skip).items() if k in given}
    if not key:
        return
    used: list[int] = []
    for d in drafts:
        found = key.get(d.given.text)
        if found is not None:
            name, address, _ = found
            d.given = dataclasses.replace(d.given, text=name, email=d.given.email or address)
            used.append(d.row)
    lines = sorted(row for _, _, row in key.values())
    findings.note("initials-key", f"The leaders given by initials ({', '.join(sorted(key))}) "
                  f"are read as the lines in {rows_text(lines)} name them ({rows_text(used)}).",
                  used[0], None, used)
