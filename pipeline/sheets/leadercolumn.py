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
from pipeline.sheets.evidence import is_no_value, judge
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import normalise_header, value_at
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


def other_ids(rows: Rows, kept: Sequence[ColumnUse], used: set[int],
              leader: int | None = None) -> tuple[ColumnUse, ...]:
    """Columns that give every row its own short value: IDs a leader may be given by (by
    their header, by each being a link, or by holding most of the values the leader column
    gives, ``leader``: Mattermost's "@freja.k")."""
    found = []
    sample = rows[:_SAMPLE]
    given = {t.casefold() for t in _texts(sample, leader) if t} if leader is not None else set()
    for use in kept:
        if use.index in used:
            continue
        said = _may_say(use.header, _ID_SAYS) or _position_id(use.header)
        holds = _leaders_in(sample, use.index, given)
        if not said and not _linked(sample, use.index) and not holds:
            continue  # a phone number or a date is no one's ID, however unique (each one's
            # own link, an intranet profile's, is: a leader may be given by theirs)
        texts = [t for t in _texts(sample, use.index) if t]
        if len(texts) < 2 or len(texts) < 0.8 * len(sample):
            continue
        if holds and _each_once(texts, given):
            # a role's code ("SUP-APP-CPH") that the leader column gives, each one held by
            # one person, though the staff's own ("ATCO") are shared
            found.append(use)
            continue
        # (a position two people share, "jobdeling", is one position: its number may repeat)
        if len(set(texts)) < (0.8 if _position_id(use.header) else 0.98) * len(texts):
            continue
        if sum(" " not in t and len(t) <= 64 for t in texts) < 0.95 * len(texts):
            continue
        found.append(use)
    return tuple(found)


def _leaders_in(sample: Rows, index: int, given: set[str]) -> bool:
    """Whether the leader column's values (``given``, two or more) are, most of them, this
    column's."""
    if len(given) < 2:
        return False
    own = {t.casefold() for t in _texts(sample, index) if t}
    return len(given & own) >= 0.8 * len(given)


def _each_once(texts: Sequence[str], given: set[str]) -> bool:
    """Whether every value the leader column gives that this column holds is on one row."""
    counts: dict[str, int] = {}
    for text in texts:
        if (key := text.casefold()) in given:
            counts[key] = counts.get(key, 0) + 1
    return bool(counts) and all(n == 1 for n in counts.values())


def _linked(sample: Rows, index: int) -> bool:
    """Whether a column's first filled cell is a web link ("https://intra…/people/…"), and
    then all of them are: each one's own profile."""
    first = next((t for t in (cell_text(value_at(v, index)) for _, v in sample) if t), "")
    if not first.startswith(("https://", "http://")):
        return False
    return all(t.startswith(("https://", "http://")) for t in _texts(sample, index) if t)


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
    """The layout with a leader column found by its cells, where no header names one.

    A column that names other people on the list, but is not taken for the leader, is said:
    one whose header names another relation (``Kontaktperson``, ``Mentor``) as a warning, the
    list going on without leaders; one whose header could be a leader's but whose cells name
    people on only some rows as a mistake, naming the rows that name no one (a leader column
    with a unit's name on some rows would otherwise leave those employees without a leader,
    or the whole list without leaders, without a word)."""
    if any(key in layout.fields for key in LEADER_FIELDS):
        return layout
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values(),
                              *layout.aliases, *layout.others)}
    free = [u for u in layout.kept if u.index not in used]
    options = [u for u in free if _may_say(u.header, _MAY_SAY)]
    if not free:
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
    partly: tuple[float, ColumnUse, _Named] | None = None
    able: list[ColumnUse] = []  # every column that could be the leader by its cells
    for use in free:
        option = use in options
        # another relation's column is only looked at on a sample: it is said, never used
        named = _names_people(directory, people, texts_of if option else texts_of[:_SAMPLE],
                              use.index, option and says(use.header, LEADER))
        if option and named.share >= 0.8:
            able.append(use)
            if best is None or named.share > best[0]:
                best = (named.share, use, named.found, named.filled)
        elif named.share >= 0.5 and (partly is None or named.share > partly[0]):
            partly = (named.share, use, named)
    if _disagree(able, texts_of, findings, layout):
        return layout
    if best is None:
        if partly is not None:
            _say_not_taken(partly[1], partly[2], partly[1] in options, layout, findings)
        return layout
    _, use, found, filled = best
    findings.note("leader-by-content", f'The column "{use.header}" (column {use.letter}) is '
                  f"read as the leader: {found} of its {filled} filled cells name someone else "
                  "on the list.", layout.header_row, use.header)
    fields = dict(layout.fields)
    fields["leader"] = use
    stem = normalise_header(use.header)
    mail = next((u for u in free if u is not use and normalise_header(u.header).startswith(stem)
                 and EMAIL in concepts(header_words(u.header))[0]
                 and judge("leader_email", [value_at(v, u.index) for _, v in rows]).ok), None)
    if mail is not None and "leader_email" not in fields:
        # "People Lead e-mail" beside "People Lead": that leader's address
        fields["leader_email"] = mail
    ordered = {key: fields[key] for key in LABELS if key in fields}
    return dataclasses.replace(layout, fields=ordered)


def _disagree(able: Sequence[ColumnUse], texts_of: Sequence[tuple[str, ...]],
              findings: Findings, layout: ListLayout) -> bool:
    """Two columns that could each be the leader (both headed as a leader's, both naming
    people on the list: "Forslag A – Leder", "Forslag B – Leder") and that name different
    leaders on many rows: which holds cannot be told, so the list is refused, never read from
    the left-most."""
    headed = [u for u in able if says(u.header, LEADER)]
    for i, one in enumerate(headed):
        for other in headed[i + 1:]:
            both = [(t[one.index] if one.index < len(t) else "",
                     t[other.index] if other.index < len(t) else "") for t in texts_of]
            both = [(a, b) for a, b in both if a or b]
            differ = sum(1 for a, b in both if " ".join(a.casefold().split()) != " ".join(
                b.casefold().split()))
            if both and differ >= max(2, len(both) // 5):
                findings.error(
                    "leader-columns-disagree", f'The columns "{one.header}" (column '
                    f'{one.letter}) and "{other.header}" (column {other.letter}) could each be '
                    f"the leader, and they name different leaders on {differ} of {len(both)} "
                    "rows, so mus cannot tell which holds.", "Delete the column that does not "
                    'hold (or head the one that does "Nærmeste leder") and run the command '
                    "again.", layout.header_row, one.header)
                return True
    return False


def _say_not_taken(use: ColumnUse, named: _Named, option: bool, layout: ListLayout,
                   findings: Findings) -> None:
    where = f'The column "{use.header}" (column {use.letter})'
    if not option:
        findings.warn(
            "leader-column-other", f"The list has no leader column. {where} names someone "
            f"else on the list in {named.found} of its {named.filled} filled cells, but its "
            "header names another relation than the leader, so no one on the list is given a "
            "leader and no leader gets a form about their staff.",
            'If that column gives the employees\' leaders, head it "Leder" and run again; if '
            "it does not, nothing needs doing.", layout.header_row, use.header)
        return
    findings.error(
        "leader-column-partly", f"{where} looks like the leader column: {named.found} of its "
        f"{named.filled} filled cells name someone else on the list, but those on "
        f"{rows_text(named.missed)} name no one on it, so mus cannot tell who their leader "
        "is.",
        'If the column gives the leaders, write each of those rows\' leader as a name, '
        "employee number or e-mail from the list (or leave the cell empty where there is no "
        'leader) and head the column "Leder"; if it is not the leader, head it with what it '
        'is (for example "Mentor").', named.missed[0] if named.missed else layout.header_row,
        use.header)


@dataclasses.dataclass(frozen=True)
class _Named:
    """How a column's filled cells name other people on the list."""

    share: float  # of the filled cells that name someone else (0 where no hierarchy shows)
    found: int
    filled: int
    missed: tuple[int, ...] = ()  # the rows whose cell names no one on the list


def _names_people(directory: Directory, people: Sequence[Who],
                  texts_of: Sequence[tuple[str, ...]], index: int, headed: bool) -> _Named:
    """How many of the column's filled cells name another person on the list; share 0 when
    people name each other in turn or nobody is at the top, and, unless the header speaks of
    a leader, when the column does not show a hierarchy (one person named by everyone, as a
    "created by" column does)."""
    filled = found = top = 0
    edges: set[tuple[str, str]] = set()
    missed: list[int] = []
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
        else:
            missed.append(people[position].row)
    if found < 2 or not top or any((b, a) in edges for a, b in edges):
        return _Named(0.0, found, filled)
    leaders = {b for _, b in edges}
    if not headed and (len(leaders) < 2 or not any(a in leaders for a, _ in edges)):
        return _Named(0.0, found, filled)
    return _Named(found / filled, found, filled, tuple(missed))
