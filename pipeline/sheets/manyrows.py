"""A list of several rows per person: a payroll's pay-type list (one row per pay type), a
training report (one per course), a teacher's task overview (one per task). Each person's rows
give the same number, name, unit and leader and differ only in what the rows are of (the pay
type, the course). Read as one row per person, the first, said; rows of one number that give
the person otherwise are left to the list's checks (refused as a number used twice).
"""

from __future__ import annotations

from typing import Any

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]

# The fields that say who a person is and where they belong: the same on each of their rows
_PERSON = ("number", "name", "name_reversed", "first", "last", "email", "department",
           "leader", "leader_email", "leader_number", "job_title", "status", "end_date")


def merge_person_rows(rows: Rows, header: HeaderRow, findings: Findings) -> Rows:
    """``rows`` with each person's later rows left out, where at least three people have
    several rows, every one of them alike in the person's fields and differing in another."""
    number = header.found.get("number")
    if number is None:
        return rows
    raw = [value_at(v, number) for _, v in rows]
    if len(set(raw)) > len(raw) - 3:
        return rows  # (most lists: each number once, seen without reading a cell)
    person = [header.found[k] for k in _PERSON if k in header.found]
    groups: dict[str, list[tuple[int, tuple[Any, ...]]]] = {}
    for n, values in rows:
        key = cell_text(value_at(values, number))
        if key:
            groups.setdefault(key, []).append((n, values))
    several = [g for g in groups.values() if len(g) > 1]
    if len(several) < 3:
        return rows
    width = len(header.headers)
    for group in several:
        first = group[0][1]
        shown = [tuple(cell_text(value_at(v, i)) for i in person) for _, v in group]
        if len(set(shown)) != 1:
            return rows  # one number, people given otherwise: no rows of one person
        if all(tuple(cell_text(value_at(v, i)) for i in range(width))
               == tuple(cell_text(value_at(first, i)) for i in range(width)) for _, v in group):
            return rows  # the same row twice: a copy, for the list's checks to name
    later = sorted(n for g in several for n, _ in g[1:])
    others = [h for i, h in enumerate(header.headers) if h and i not in person]
    findings.note("rows-per-person", f"{len(several)} people have several rows each, alike in "
                  "who they are and differing in other columns"
                  + (f' ({", ".join(others[:3])})' if others else "") + ": each is read once, "
                  f"from their first row; {rows_text(later)} are more rows of them.",
                  later[0], None, later)
    gone = set(later)
    return [(n, v) for n, v in rows if n not in gone]
