"""Leaders given the other way round: a column on the leaders' rows that lists the people each
one leads (Float's ``Manages``: "Maja Dalgaard, Kasper Bech-Sørensen, …", a chart tool's
``Direct reports``). Each person named there has the row's person as their leader: the column
is written over as each row's leader, by name, before anything else reads it (a grouped
column's fill-down would otherwise give one leader's list to the rows under them)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.names import normal_name
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ListLayout

Rows = list[tuple[int, tuple[Any, ...]]]
_LIST = re.compile(r"\s*(?:[,;\n]|\bog\b|\band\b|&)\s*", re.IGNORECASE)


def _name(values: tuple[Any, ...], layout: ListLayout) -> str:
    for key in ("name", "name_reversed"):
        index = layout.index(key)
        if index is not None and (text := cell_text(value_at(values, index))):
            return text
    return " ".join(t for key in ("first", "middle", "last")
                    if (i := layout.index(key)) is not None
                    and (t := cell_text(value_at(values, i))))


def people_led(rows: Rows, layout: ListLayout, findings: Findings) -> Rows:
    """A leader column, without leader-number or leader's e-mail columns, filled on at most
    half the rows, most cells a list of several people, every part the name or address of
    someone else on the list and nobody named twice: the people each row's person leads, not
    their leader. Each one named gets that person as their leader, whoever is named nowhere
    none (the top), said. Anything else leaves the column as it was (its checks say what is
    wrong)."""
    use = layout.fields.get("leader")
    if use is None or not rows or "leader_number" in layout.fields or \
            "leader_email" in layout.fields:
        return rows
    index, email = use.index, layout.index("email")
    texts = [cell_text(value_at(v, index)) for _, v in rows]
    filled = [i for i, t in enumerate(texts) if t]
    if len(filled) < 2 or 2 * len(filled) > len(rows) or sum(
            len(_LIST.split(texts[i])) > 1 for i in filled) * 2 < len(filled):
        return rows
    names = [_name(v, layout) for _, v in rows]
    people: dict[str, int | None] = {}  # a name or address → its one row (None: several)
    for i, (_, values) in enumerate(rows):
        address = cell_text(value_at(values, email)).casefold() if email is not None else ""
        for key in {normal_name(names[i]), address} - {""}:
            people[key] = None if key in people and people[key] != i else i
    led_by: dict[int, int] = {}
    for i in filled:
        for part in (p for p in _LIST.split(texts[i]) if p.strip()):
            person = people.get(part.casefold() if "@" in part else normal_name(part))
            if person is None or person == i or led_by.setdefault(person, i) != i:
                return rows  # nobody's, ambiguous, the row itself, or led by two: not so
    findings.note("people-led", f'The column "{use.header}" lists the people each of '
                  f"{len(filled)} people leads ({rows_text([rows[i][0] for i in filled])}), "
                  "not their leaders: each one named there has that row's person as their "
                  "leader, and whoever is named nowhere has no leader.", rows[filled[0]][0],
                  use.header)
    out: Rows = []
    for i, (number, values) in enumerate(rows):
        cells = list(values) + [None] * (index + 1 - len(values))
        cells[index] = names[led_by[i]] if i in led_by else None
        out.append((number, tuple(cells)))
    return out
