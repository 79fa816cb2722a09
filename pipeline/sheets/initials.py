"""Leaders' initials explained beside the list: a hand-kept list gives each leader as `JB` and
writes under it (or above it) who that is: `JB = Jørgen Bæk, joergen.baek@…`, or keeps a small
sheet of its leaders (`Initialer | Navn | Mail`). Where the list has no column of initials to
find them by, such a line or row is the key: the leader given as `JB` is read as the name (and
address) it gives, said in `mus check`. Only keys for initials the leader column uses are
read; initials given two meanings are not."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pipeline.sheets.draft import Draft
from pipeline.sheets.evidence import name_and_address
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.names import normal_name
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, valid_email

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


_SMALL = 200  # another sheet of at most this many rows may be a key of leaders' initials


def _small_rows(sheets: Iterable[Sheet]) -> Iterable[tuple[Sheet, list[str]]]:
    """Each row's filled texts of the other sheets small enough to be keys, with its sheet."""
    for sheet in sheets:
        if len(sheet.rows) <= _SMALL:
            for _, values in sheet.rows:
                yield sheet, [t for t in map(cell_text, values) if t]


def _key_rows(sheets: Iterable[Sheet], given: set[str], holders: dict[str, str]
              ) -> dict[str, tuple[str, str, str, str]]:
    """Initials → (name, address, sheet, number) from rows of other small sheets where one
    cell is initials the leader column uses and another a full name ("FMØ | Freja Mørch |
    freja…"); where the row's words are no one's name on the list but it holds one employee
    number of the list (a supervisor table's "DIR01 | Fabrikschef Direktion | 40040"), that
    number: the post's holder. Initials that two rows give differently are left out.
    ``holders``: the list's employee numbers → their names (normalised)."""
    found: dict[str, tuple[str, str, str, str]] = {}
    twice: set[str] = set()
    for sheet, texts in _small_rows(sheets):
        keys = [t for t in texts if t in given]
        names = [t for t in texts if len(t.split()) >= 2 and "@" not in t and not any(
            c.isdigit() for c in t) and all(w[:1].isupper() for w in t.split())]
        if len(keys) != 1 or not names:
            continue
        address = next((t for t in texts if valid_email(t)), "")
        numbers = [t for t in texts if t in holders]
        number = numbers[0] if len(numbers) == 1 and normal_name(
            names[0]) not in holders.values() else ""
        key = keys[0]
        if key in found and found[key][:1] + found[key][3:] != (names[0], number):
            twice.add(key)
        found.setdefault(key, (names[0], address, sheet.name, number))
    return {k: v for k, v in found.items() if k not in twice}


def read_initials_key(drafts: Sequence[Draft], rows: Iterable[tuple[int, Sequence[Any]]],
                      header_row: int, findings: Findings, others: Sequence[Sheet] = (),
                      known: Callable[[], set[str]] = set) -> set[str]:
    """Give each leader written as initials the name and address a key gives them (never
    initials that name someone on the list: ``known()``, casefolded); returns the names of
    the other sheets read as keys."""
    given = {d.given.text for d in drafts if d.given.text and not d.given.number}
    # a leader-number column of codes no one on the list has ("SupervisorID": SUP01), a key
    # of its own on another sheet ("Supervisors": SUP01 | Søren Nielsen | … | EMP0002)
    numbers = {d.number for d in drafts}
    coded = {d.given.number for d in drafts if d.given.number and not d.given.text
             and d.given.number not in numbers}
    # a leader given by a post no one on the list has as a name ("Inspektør Nord"), which a
    # small sheet pairs with a person on the list ("Funktioner": Inspektør Nord | Lene Kragh)
    names = {normal_name(d.name) for d in drafts} if others else set()
    posts = {g for g in given if not _LINE.match(f"{g} = x") and normal_name(g) not in names
             and not any(c.isdigit() for c in g) and "@" not in g} if others else set()
    given = {g for g in given | coded if _LINE.match(f"{g} = x")}
    if posts and others and (held := _posts_held(others, posts, names)):
        sheets = list(dict.fromkeys(s for _, _, s in held.values()))
        _read_key(drafts, {k: (n, a, "") for k, (n, a, _) in held.items()}, findings,
                  f"the sheet{'s' if len(sheets) > 1 else ''} " + ", ".join(
                      f'"{s}"' for s in sheets), "by their post")
    if given:
        ids = known()
        given = {g for g in given if g.casefold() not in ids}
    if not given:
        return set()
    skip = {d.row for d in drafts} | {header_row}
    key = {k: v for k, v in _key_lines(rows, skip).items() if k in given}
    if not key:
        holders = {d.number: normal_name(d.name) for d in drafts}
        on_sheets = _key_rows(others, given, holders)
        sheets = list(dict.fromkeys(s for _, _, s, _ in on_sheets.values()))
        if on_sheets:
            _read_key(drafts, {k: (n, a, h) for k, (n, a, _, h) in on_sheets.items()},
                      findings, f"the sheet{'s' if len(sheets) > 1 else ''} "
                      + ", ".join(f'"{s}"' for s in sheets))
        return set(sheets)
    lines = sorted(row for _, _, row in key.values())
    _read_key(drafts, {k: (n, a, "") for k, (n, a, _) in key.items()}, findings,
              f"the lines in {rows_text(lines)}")
    return set()


def _posts_held(sheets: Iterable[Sheet], posts: set[str], names: set[str]
                ) -> dict[str, tuple[str, str, str]]:
    """Post → (name, address, sheet) from rows of other small sheets where one cell is a post
    the leader column gives and another the full name of someone on the list ("Inspektør
    Nord | Lene Kragh | lkr@…"); a post two rows give differently is left out."""
    found: dict[str, tuple[str, str, str]] = {}
    twice: set[str] = set()
    for sheet, texts in _small_rows(sheets):
        keys = [t for t in texts if t in posts]
        people = [t for t in texts if t not in posts and normal_name(t) in names]
        if len(keys) != 1 or len(people) != 1:
            continue
        address = next((t for t in texts if valid_email(t)), "")
        if keys[0] in found and found[keys[0]][0] != people[0]:
            twice.add(keys[0])
        found.setdefault(keys[0], (people[0], address, sheet.name))
    return {k: v for k, v in found.items() if k not in twice}


def _read_key(drafts: Sequence[Draft], key: dict[str, tuple[str, str, str]],
              findings: Findings, where: str, how: str = "by initials") -> None:
    used: list[int] = []
    for d in drafts:
        found = key.get(d.given.text) or key.get(d.given.number)
        if found is not None:
            name, address, number = found
            d.given = dataclasses.replace(d.given, text="", number=number) if number else (
                dataclasses.replace(d.given, text=name, email=d.given.email or address,
                                    number="" if d.given.number in key else d.given.number))
            used.append(d.row)
    findings.note("initials-key", f"The leaders given {how} ({', '.join(sorted(key))}) "
                  f"are read as {where} name them ({rows_text(used)}).", used[0], None, used)
