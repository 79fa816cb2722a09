"""Which of several sheets that head an employee number and a name is the employee list.

A workbook often carries more than the list: a cover with a count per department, a change
log that names employees by number, a lookup of leaders. The list is the table of people: the
one with the most rows that hold a number and a name, each number once. The first sheet (shown
tabs first) is kept unless another has more people and heads at least as many of the list's
fields; a sheet with as many people as half the list's, or with a number the list lacks, is
named in a warning (it may hold people who should get a form too); any other is only said in
`mus check`, with why it was not taken. A sheet like the list with the same columns and other
people (the staff split over "Nord" and "Syd") is half of the list: the list is refused, naming
the sheets, rather than half of it read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.sheets.headers import HeaderRow
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_NAMES = ("name", "name_reversed", "first", "last")


@dataclass(frozen=True)
class Candidate:
    sheet: Sheet
    header: HeaderRow
    people: int  # rows under the header with a number and a name
    seen: frozenset[str]  # the distinct numbers among them

    @property
    def numbers(self) -> int:
        return len(self.seen)

    @property
    def fields(self) -> int:
        return len(self.header.found)

    def describe(self) -> str:
        text = f"{self.numbers} {'person' if self.numbers == 1 else 'people'} with a number " \
               "and a name"
        if self.people > self.numbers:
            text += f" (numbers repeated: {self.people} rows)"
        return text


def candidate(sheet: Sheet, header: HeaderRow) -> Candidate:
    number = header.found["number"]
    names = [header.found[k] for k in _NAMES if k in header.found]
    people = 0
    seen: set[str] = set()
    for row, values in sheet.rows:
        if row <= header.row or number >= len(values):
            continue
        text = cell_text(values[number])
        if text and any(i < len(values) and cell_text(values[i]) for i in names):
            people += 1
            seen.add(text)
    return Candidate(sheet, header, people, frozenset(seen))


def pick(found: Sequence[Candidate]) -> tuple[Candidate, list[Candidate], list[Candidate]]:
    """The list; the other sheets like it (warned of); the ones passed over (said)."""
    chosen = found[0]
    for other in found[1:]:
        if other.numbers > chosen.numbers and other.fields >= chosen.fields:
            chosen = other
    also: list[Candidate] = []
    passed: list[Candidate] = []
    for other in found:
        if other is chosen:
            continue
        if other.sheet.visible and (2 * other.numbers >= chosen.numbers
                                    or not other.seen <= chosen.seen):
            also.append(other)
        else:
            passed.append(other)
    return chosen, also, passed


def choice_note(chosen: Candidate, passed: Sequence[Candidate],
                without: Sequence[str]) -> str:
    """Why the list was read from its sheet, for `mus check` ("" with nothing else to choose)."""
    if not passed and not without:
        return ""
    reasons = [f'"{c.sheet.name}" has {c.describe()}' for c in passed]
    if without:
        names = [f'"{n}"' for n in without]
        named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        reasons.append(f"{named} {'has' if len(without) == 1 else 'have'} no column of "
                       "employee numbers and names")
    return (f'The list was read from the sheet "{chosen.sheet.name}", the table with '
            f"{chosen.describe()}; " + "; ".join(reasons) + ".")


def row_texts(values: Sequence[object]) -> tuple[str, ...]:
    """A row's cells as text, casefolded, without the empty ones at its end (to compare rows)."""
    texts = [cell_text(v).casefold() for v in values]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def _at(texts: tuple[str, ...], where: Sequence[int]) -> tuple[str, ...]:
    return tuple(texts[i] if i < len(texts) else "" for i in where)


def _side_by_side(sheet: Sheet, header_row: int, other: Sheet
                  ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[int]] | None:
    """The list's rows and ``other``'s, each cut to the list's columns in the list's order
    (``other`` may order them otherwise and have columns of its own), and which of the list's
    columns those are; None where ``other`` lacks one of the list's columns."""
    header = next((row_texts(v) for n, v in sheet.rows if n == header_row), ())
    named = [(i, t) for i, t in enumerate(header) if t]
    if len(named) < 2 or len({t for _, t in named}) < len(named):
        return None
    found = next(((n, row_texts(v)) for n, v in other.rows[:20]
                  if {t for _, t in named} <= set(row_texts(v))), None)
    if found is None:
        return None
    start, theirs_header = found
    where = [theirs_header.index(t) for _, t in named]
    ours = [_at(row_texts(v), [i for i, _ in named]) for n, v in sheet.rows if n > header_row]
    theirs = [t for t in (_at(row_texts(v), where) for n, v in other.rows if n > start)
              if sum(1 for c in t if c) >= 2]  # rows of people, not notes
    return ours, theirs, [i for i, _ in named]


def others_listed(sheet: Sheet, header_row: int, other: Sheet) -> int:
    """How many people ``other`` lists under the list's columns (in any order, with columns of
    its own beside them: an "Orlov" sheet's "Orlov til") who are mostly not on the list (0 when
    it lacks one of the list's columns, or it copies the list)."""
    both = _side_by_side(sheet, header_row, other)
    if both is None:
        return 0
    ours, theirs = set(both[0]), both[1]
    return len(theirs) if 2 * sum(1 for t in theirs if t in ours) < len(theirs) else 0


@dataclass(frozen=True)
class Versions:
    """How another sheet of the list's columns compares with the list, person by person (by
    the employee number)."""

    shared: int  # people on both
    differ: int  # of those, the ones the other sheet gives otherwise
    only_ours: int  # people only on the list
    only_theirs: int  # people only on the other sheet

    def gives_otherwise(self) -> int:
        """How many shared people the other sheet gives otherwise, where it holds mostly the
        list's people (another version of it); 0 where it does not, or agrees."""
        theirs = self.shared + self.only_theirs
        return self.differ if self.shared >= max(2, 0.5 * theirs) else 0

    def people_apart(self) -> tuple[int, int] | None:
        """How many people only the list holds, and how many only the other sheet, where the
        two are versions of one list (three in four of the people shared); None where not."""
        most = max(self.shared + self.only_ours, self.shared + self.only_theirs)
        if self.shared < 2 or self.shared < 0.75 * most:
            return None
        return self.only_ours, self.only_theirs


def versions(sheet: Sheet, header_row: int, other: Sheet, number: int) -> Versions | None:
    """``other`` compared with the list by the number in column ``number``; None where it
    lacks one of the list's columns."""
    both = _side_by_side(sheet, header_row, other)
    if both is None or number not in both[2]:
        return None
    at = both[2].index(number)
    ours = {row[at]: row for row in both[0] if row[at]}
    theirs = {row[at]: row for row in both[1] if row[at]}
    shared = [n for n in theirs if n in ours]
    return Versions(len(shared), sum(ours[n] != theirs[n] for n in shared),
                    len(ours.keys() - theirs.keys()), len(theirs.keys() - ours.keys()))
