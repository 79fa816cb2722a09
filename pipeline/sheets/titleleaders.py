"""A list with no leader column whose job titles show who leads each unit: in every department
one person's title says they lead it ("Klinikleder", "Teamleder"), the others' do not. That
one leads the others of the department. Who leads the unit leaders is said only where the list
shows it: one person left outside every led unit (the director or chief, alone in
"Administrationen"). Read only where the pattern holds in every unit of two or more people and
in at least two units; otherwise the titles are left as titles (a list may have no leaders)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.evidence import NO, YES
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import leads, top_unit
from pipeline.sheets.names import normal_name
from pipeline.sheets.unitpaths import path_separator, units_above

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ColumnUse


def unit_heads(units: Sequence[str], titles: Sequence[str]) -> dict[str, int] | None:
    """For each unit of two or more people, the position of the one whose title leads; None
    unless every such unit has exactly one, and there are two such units or more."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        if unit:
            members[normal_name(unit)].append(i)
    heads: dict[str, int] = {}
    for unit, group in members.items():
        if len(group) < 2:
            continue
        marked = [i for i in group if titles[i] and leads(titles[i])]
        if len(marked) != 1:
            return None
        heads[unit] = marked[0]
    return heads if len(heads) >= 2 else None


def read_title_leaders(drafts: Sequence[Draft], findings: Findings, title_header: str,
                       unit_header: str) -> None:
    """Each unit's head by title leads the rest of the unit (drafts' ``given`` set)."""
    units = [d.fields.get("department", "") for d in drafts]
    titles = [d.fields.get("job_title", "") for d in drafts]
    if not any(units) or not any(titles) or not all(units):
        return
    heads = unit_heads(units, titles)
    if heads is None:
        return
    led: list[int] = []
    for i, d in enumerate(drafts):
        head = heads.get(normal_name(units[i]))
        if head is not None and head != i:
            d.given = Given(number=drafts[head].number)
            led.append(d.row)
    outside = [i for i, u in enumerate(units) if normal_name(u) not in heads]
    top = outside[0] if len(outside) == 1 else None
    if top is None and not outside:
        # every unit has its head; one unit the top management ("Direktion"): its head is
        # the other heads' leader
        tops = [h for u, h in heads.items() if top_unit(u)]
        top = tops[0] if len(tops) == 1 else None
    if top is not None:
        for head in heads.values():
            if head != top:
                drafts[head].given = Given(number=drafts[top].number)
                led.append(drafts[head].row)
    said = ", ".join(list(dict.fromkeys(f'"{titles[h]}"' for h in heads.values()))[:3])
    above = (f"; the unit leaders' own leader is {drafts[top].name} ({titles[top] or 'no title'}"
             f", row {drafts[top].row}), " + ("the only one outside those units" if outside
                                              else f'the head of "{units[top]}"')
             if top is not None
             else "; who leads the unit leaders the list does not show, so they have no leader")
    led.sort()
    findings.warn("title-leaders", f'The list has no leader column: in each "{unit_header}", '
                  f'the one whose "{title_header}" says they lead ({said}) is taken as the '
                  f"leader of the others ({rows_text(led)}){above}.", "If that is wrong, add a "
                  "leader column (Leder) that names each employee's own leader.",
                  led[0] if led else None, title_header, led)


def read_flag_leaders(drafts: Sequence[Draft], kept: Sequence[ColumnUse],
                      findings: Findings) -> None:
    """A yes/no column headed as a leader ("Enhedsleder", "Leder (J/N)") that marks one person
    in each unit: where a row names no leader, its unit's marked person is its leader (a
    leader column may be filled only on the marked rows, "Rapporterer til" their own leader).
    Said in `mus check`; a unit with two marked and rows to lead refuses the list, as who leads
    whom cannot be told."""
    flag = next((u for u in kept if _flags(drafts, u)), None)
    if flag is None:
        return
    units = [normal_name(d.fields.get("department", "")) for d in drafts]
    if not all(units):
        return
    marked: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(drafts):
        if _text(d, flag.index).casefold() in YES:
            marked[units[i]].append(i)
    separator = path_separator(units)
    unled = [i for i, d in enumerate(drafts) if not d.given.said and (
        separator is not None or i not in marked[units[i]])]
    led: list[int] = []
    for i in unled:
        heads = marked.get(units[i], [])
        if separator is not None and (not heads or i in heads):
            # units as paths ("Kommune/Sundhed og Omsorg/Sygeplejen"): a unit's marked
            # person, and a unit nobody is marked in, is led by the one marked in the
            # nearest unit up the path
            heads = _marked_above(units[i], separator, marked)
        if len(heads) == 1:
            drafts[i].given = Given(number=drafts[heads[0]].number)
            led.append(drafts[i].row)
        elif len(heads) > 1:
            rows = [drafts[h].row for h in heads]
            findings.error("flag-leaders", f'The column "{flag.header}" marks {len(heads)} '
                           f'leaders in "{drafts[i].fields["department"]}" ({rows_text(rows)}), '
                           "and no column says which of them leads each employee there, so "
                           "whose employee each one is cannot be told.", "Add a column "
                           '"Nærmeste leder" with each employee\'s leader, and run the command '
                           "again.", drafts[i].row, flag.header)
            return
    if led:
        findings.note("flag-leaders", f'The column "{flag.header}" marks one leader in each '
                      "unit: the rows that name no leader are led by their unit's marked "
                      f"person ({rows_text(led)})" + (
                          ", a unit's marked person (and a unit nobody is marked in) by the "
                          "one marked in the nearest unit up its path." if separator else "."),
                      led[0], flag.header, led)


def _marked_above(unit: str, separator: str, marked: dict[str, list[int]]) -> list[int]:
    """Those marked in the nearest unit up the path that anyone is marked in."""
    for bare, spaced in units_above(unit, separator):
        for joined in (bare, spaced, f"{separator.strip()}{bare}"):  # (or rooted: "/A/B")
            if heads := marked.get(joined):
                return heads
    return []


def _text(draft: Draft, index: int) -> str:
    return draft.texts[index] if index < len(draft.texts) else ""


def _flags(drafts: Sequence[Draft], use: ColumnUse) -> bool:
    """A yes/no column under a header that says a leader, two yeses or more."""
    header = re.sub(r"\s*\([^()]*\)\s*$", "", use.header)
    if not header or not leads(header):
        return False
    yes = 0
    for draft in drafts:  # (a column of anything else ends at its first other value)
        text = _text(draft, use.index).casefold()
        if text in YES:
            yes += 1
        elif text and text not in NO:
            return False
    return yes >= 2
