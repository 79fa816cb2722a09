"""One employee number on two rows: one person in two positions, or two people.

A person with two positions (the same number and the same name twice) gets one form when the
list shows which position is theirs for the MUS: a column that marks the main position
(Oracle's ``Primary Flag`` Y/N, ``Hovedansættelse`` ja/nej) decides, and so does a column of
each position's share (``Andel %``: 60 beside 40, the larger is theirs); where both rows give the
same department and leader, it does not matter, and the first is used. A position that has
ended (an end date in the past) is no second person at all. Where the rows differ in who leads
them and nothing says which holds, the list is refused with both rows, as for two people with
one number: which leader holds the conversation is not in the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.sheets.cpr import mask_cpr
from pipeline.sheets.employment import Absent
from pipeline.sheets.evidence import NO, YES
from pipeline.sheets.findings import Findings
from pipeline.sheets.names import normal_name
from pipeline.sheets.rows import Skipped

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft, DraftReader
    from pipeline.sheets.mapping import ColumnUse, ListLayout

_MAIN = re.compile(r"prim|hoved|main|principal", re.IGNORECASE)
# What a cell says of a position: the main one, or one beside it.
_IS_MAIN = frozenset({"primary", "primær", "primært", "hoved", "hovedansættelse", "main",
                      "principal", "primary assignment"})
_NOT_MAIN = frozenset({"secondary", "sekundær", "sekundært", "bi", "bibeskæftigelse",
                       "additional", "ekstra", "secondary assignment", "biansættelse"})
# What must agree for two rows of one person to make one form: who holds the conversation.
_SAME = ("leader", "leader_number", "leader_email", "email")


@dataclass(frozen=True)
class Choice:
    keep: int  # 0: the first row, 1: the second
    why: str
    doubt: str = ""  # what the rows still disagree about, said as a warning


def _main_marks(layout: ListLayout) -> list[ColumnUse]:
    used = {u.index for u in layout.fields.values()}
    return [u for u in layout.kept if u.index not in used]


def _main(mark: str, header: str) -> bool | None:
    """Whether a cell says its position is the main one: "Primary"/"Secondary" anywhere,
    yes/no (or empty) under a header that speaks of the main position; None if it says
    neither."""
    if mark in _IS_MAIN:
        return True
    if mark in _NOT_MAIN:
        return False
    if _MAIN.search(header):
        return True if mark in YES else False if mark in NO or not mark else None
    return None


# A column of each position's share: "Andel %", "Share", "Brøk", "Timer", "FTE"
_SHARE = re.compile(r"andel|share|procent|percent|pct|%|fordeling|allocation|brøk|timer|hours|"
                    r"\bfte\b|beskæftigelsesgrad", re.IGNORECASE)


def _share(text: str) -> float | None:
    """A share as a number ("60", "60 %", "0,6", "37,5"), or None."""
    cleaned = text.replace("%", "").replace(",", ".").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def _text(texts: Sequence[str], index: int) -> str:
    return texts[index] if index < len(texts) else ""


def one_person(first: Draft, second: Draft, layout: ListLayout) -> Choice | None:
    """Which of two rows with one number to use, and why; None when it cannot be told."""
    if normal_name(first.name) != normal_name(second.name):
        return None
    for use in _main_marks(layout):
        marks = [_main(_text(d.texts, use.index).casefold(), use.header) for d in (first, second)]
        if None not in marks and marks[0] != marks[1]:
            keep = marks.index(True)
            other = (first, second)[1 - keep]
            return Choice(keep, f'"{use.header}" says row {other.row} is not the main '
                          f'position ("{_text(other.texts, use.index)}")')
    for use in _main_marks(layout):
        if not _SHARE.search(use.header):
            continue
        mine, theirs = (_share(_text(d.texts, use.index)) for d in (first, second))
        if mine is not None and theirs is not None and mine != theirs:
            keep = 0 if mine > theirs else 1
            other = (first, second)[1 - keep]
            return Choice(keep, f'"{use.header}" gives row {other.row} the smaller share '
                          f'("{_text(other.texts, use.index)}")')
    if all(first.fields.get(k, "").casefold() == second.fields.get(k, "").casefold()
           for k in _SAME):
        here, there = first.fields.get("department", ""), second.fields.get("department", "")
        if here.casefold() == there.casefold():
            return Choice(0, "both rows give the same department and leader")
        return Choice(0, "both rows give the same leader", f'the department is taken from row '
                      f'{first.row} ("{here}"); row {second.row} says "{there}"')
    return None


def second_position(drafts: list[Draft], at: int, draft: Draft, layout: ListLayout,
                     reader: DraftReader, skips: list[Skipped]) -> None:
    """The same number again: one person in two positions (one form, said), or refused."""
    first = drafts[at]
    choice = one_person(first, draft, layout)
    if choice is None:
        reader.duplicate(draft.number, (draft.row, first.row))
        return
    kept, other = (first, draft) if choice.keep == 0 else (draft, first)
    drafts[at] = kept
    skips.append(Skipped(other.row, "position", mask_cpr(f"{other.number} {other.name}"[:40])))
    what = (f"Employee {kept.number} ({kept.name}) is on rows {min(first.row, draft.row)} and "
            f"{max(first.row, draft.row)}: one person in two positions, one form, from row "
            f"{kept.row} ({choice.why})")
    rows = [first.row, draft.row]
    if choice.doubt:
        reader.findings.warn("position", f"{what}; {choice.doubt}.", "If the conversation "
                             "belongs to the other department, delete or correct that row.",
                             kept.row, reader.header("number"), rows)
    else:
        reader.findings.note("position", f"{what}.", kept.row, reader.header("number"), rows)


def ended_positions(leavers: list[Absent], numbered: Mapping[str, int],
                     skips: list[Skipped], findings: Findings) -> list[Absent]:
    """A row that has ended under the number of someone still employed is a position that
    ended, not a leaver."""
    ended = [a for a in leavers if a.number in numbered]
    for absent in ended:
        skips.append(Skipped(absent.row, "ended", mask_cpr(f"{absent.number} {absent.name}"[:40])))
        findings.note("ended-position", f"Row {absent.row} of employee {absent.number} "
                      f"({absent.name}) has ended ({absent.reason}), but another row of theirs "
                      "has not: that position ended, they have not left.", absent.row)
    return [a for a in leavers if a.number not in numbered]


def other_affiliations(drafts: list[Draft], layout: ListLayout, skips: list[Skipped],
                       findings: Findings, number_header: str | None) -> None:
    """One person on rows of their own numbers (OS2sofd's and PURE's affiliations: the same
    name and e-mail, each affiliation numbered): where a column marks one row as the main one
    (``Primær`` Ja/Nej) and the others not, the person gets one form, from the main row; the
    others are listed as second positions. Without such a mark the rows stay as they are (the
    address given for two numbers is said as before). Changes ``drafts`` in place."""
    marks = [u for u in _main_marks(layout) if _MAIN.search(u.header)]  # "Primær", "Primary"
    if not marks or "email" not in layout.fields:
        return
    groups: dict[tuple[str, str], list[int]] = {}
    for i, draft in enumerate(drafts):
        email = draft.fields.get("email", "").casefold()
        if email:
            groups.setdefault((normal_name(draft.name), email), []).append(i)
    dropped: set[int] = set()
    for (_, _), members in groups.items():
        if len(members) < 2 or len({drafts[i].number for i in members}) < len(members):
            continue
        for use in marks:
            said = [_main(_text(drafts[i].texts, use.index).casefold(), use.header)
                    for i in members]
            if said.count(True) == 1 and said.count(False) == len(members) - 1:
                main = drafts[members[said.index(True)]]
                others = [drafts[i] for i, m in zip(members, said, strict=True) if not m]
                for other in others:
                    skips.append(Skipped(other.row, "position",
                                         mask_cpr(f"{other.number} {other.name}"[:40])))
                dropped.update(i for i, m in zip(members, said, strict=True) if not m)
                rows = sorted(d.row for d in (main, *others))
                findings.note("position", f"{main.name} is on rows "
                              f"{', '.join(map(str, rows))} under the numbers "
                              f"{', '.join(d.number for d in (main, *others))}: one person with "
                              f'more than one position, one form, from row {main.row} ("'
                              f'{use.header}" says it is the main one).', main.row,
                              number_header, rows)
                break
    if dropped:
        drafts[:] = [d for i, d in enumerate(drafts) if i not in dropped]
