"""Columns found by what they hold, beyond their headers: the IDs that tell the people on the list
apart, and the leader column.

A column of short values, one different value on every row (``id``, ``sys_id``, ``uid``,
``username``), is an ID some other column may give a leader by. A column whose cells, for
nearly every row that has one, name another person on the list (by number, name, e-mail,
initials, user name, directory ID, "Name (ID)" or "Name ID", or the last step of a management
line) is the leader column, whatever its header (``Butikschef``, ``Ledelseslinje``, ``Reporting
Manager``); a header that names another relation (a coach, a mentor, a deputy) is never it, nor
a column where people name each other in turn, nor one that leaves nobody at the top. `mus
check` says how it was recognised.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pipeline.sheets.columns import LABELS, LEADER_FIELDS
from pipeline.sheets.evidence import is_no_value
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import value_at
from pipeline.sheets.headerwords import (
    EMAIL,
    INITIALS,
    JOB,
    LEADER,
    NAME,
    NUMBER,
    SELF,
    USER,
    concepts,
    header_words,
    says,
)
from pipeline.sheets.leaders import Directory, Given, Who
from pipeline.sheets.names import turn_around
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ColumnUse, ListLayout

Rows = Sequence[tuple[int, tuple[Any, ...]]]
_SAMPLE = 2000
# What a leader column's header may say beside words mus does not know, and an ID column's.
_MAY_SAY = frozenset({LEADER, NUMBER, NAME, EMAIL, SELF, USER, INITIALS})
_ID_SAYS = frozenset({NUMBER, NAME, SELF, USER, INITIALS})


def _texts(rows: Rows, index: int) -> list[str]:
    return [cell_text(value_at(values, index)) for _, values in rows]


def other_ids(rows: Rows, kept: Sequence[ColumnUse], used: set[int]) -> tuple[ColumnUse, ...]:
    """Columns that give every row its own short value: IDs a leader may be given by."""
    found = []
    sample = rows[:_SAMPLE]
    for use in kept:
        if use.index in used or not (_may_say(use.header, _ID_SAYS) or _position_id(use.header)):
            continue  # a phone number or a date is no one's ID, however unique
        texts = [t for t in _texts(sample, use.index) if t]
        if len(texts) < 2 or len(texts) < 0.8 * len(sample):
            continue
        if len(set(texts)) < 0.98 * len(texts):
            continue
        if sum(" " not in t and len(t) <= 64 for t in texts) < 0.95 * len(texts):
            continue
        found.append(use)
    return tuple(found)


def _position_id(header: str) -> bool:
    """"Stillingsnr.", "Position ID": a position's own number, which a list of positions gives
    each position's leader by ("Leders stillingsnr.")."""
    found, _ = concepts(header_words(header))
    return set(found) == {JOB, NUMBER}


def _who(layout: ListLayout, row: int, texts: Sequence[str]) -> Who | None:
    def text(key: str, where: Mapping[str, ColumnUse]) -> str:
        use = where.get(key)
        return texts[use.index] if use and use.index < len(texts) else ""

    fields, ids = layout.fields, layout.identifiers
    number = text("number", fields)
    name = text("name", fields) or text("name_reversed", fields)
    if "," in name:
        with contextlib.suppress(ValueError):
            name = turn_around(name)[0]
    if not name:
        name = " ".join(p for p in (text("first", fields), text("last", fields)) if p)
    if not number and not name:
        return None
    return Who(row, number, name, text("email", fields), text("upn", ids), text("initials", ids),
               text("dn", ids), text("object_id", ids),
               tuple(texts[u.index] for u in layout.aliases if u.index < len(texts)),
               tuple(texts[u.index] for u in layout.others if u.index < len(texts)))


def _may_say(header: str, allowed: frozenset[str]) -> bool:
    found, _ = concepts(header_words(header))
    return set(found) <= allowed


def find_leader_column(layout: ListLayout, rows: Rows, findings: Findings) -> ListLayout:
    """The layout with a leader column found by its cells, where no header names one."""
    if any(key in layout.fields for key in LEADER_FIELDS):
        return layout
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values(),
                              *layout.aliases, *layout.others)}
    options = [u for u in layout.kept if u.index not in used and _may_say(u.header, _MAY_SAY)]
    if not options:
        return layout
    people: list[Who] = []
    texts_of: list[tuple[str, ...]] = []
    for row, values in rows:
        texts = tuple(map(cell_text, values))
        who = _who(layout, row, texts)
        if who is not None and who.number:
            people.append(who)
            texts_of.append(texts)
    directory = Directory(people)
    best: tuple[float, ColumnUse, int, int] | None = None
    for use in options:
        share, found, filled = _names_people(directory, people, texts_of, use.index,
                                             says(use.header, LEADER))
        if share >= 0.8 and (best is None or share > best[0]):
            best = (share, use, found, filled)
    if best is None:
        return layout
    _, use, found, filled = best
    findings.note("leader-by-content", f'The column "{use.header}" (column {use.letter}) is '
                  f"read as the leader: {found} of its {filled} filled cells name someone else "
                  "on the list.", layout.header_row, use.header)
    fields = dict(layout.fields)
    fields["leader"] = use
    ordered = {key: fields[key] for key in LABELS if key in fields}
    return dataclasses.replace(layout, fields=ordered)


def _names_people(directory: Directory, people: Sequence[Who],
                  texts_of: Sequence[tuple[str, ...]], index: int,
                  headed: bool) -> tuple[float, int, int]:
    """(share, how many, of how many) of the column's filled cells that name another person
    on the list; 0 when people name each other in turn or nobody is at the top, and, unless
    the header speaks of a leader, when the column does not show a hierarchy (one person named
    by everyone, as a "created by" column does)."""
    filled = found = top = 0
    edges: set[tuple[str, str]] = set()
    for position, texts in enumerate(texts_of):
        text = texts[index] if index < len(texts) else ""
        if not text or is_no_value(text):
            top += 1
            continue
        filled += 1
        leader = directory.resolve(Given(text), position)
        if leader.is_self:
            top += 1
        elif leader.found:
            found += 1
            edges.add((people[position].number, leader.number))
    if found < 2 or not top or any((b, a) in edges for a, b in edges):
        return 0.0, found, filled
    leaders = {b for _, b in edges}
    if not headed and (len(leaders) < 2 or not any(a in leaders for a, _ in edges)):
        return 0.0, found, filled
    return found / filled, found, filled
