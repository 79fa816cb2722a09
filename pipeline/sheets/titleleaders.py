"""A list with no leader column whose job titles show who leads each unit: in every department
one person's title says they lead it ("Klinikleder", "Teamleder"), the others' do not. That
one leads the others of the department. Who leads the unit leaders is said only where the list
shows it: one person left outside every led unit (the director or chief, alone in
"Administrationen"). Read only where the pattern holds in every unit of two or more people and
in at least two units; otherwise the titles are left as titles (a list may have no leaders)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import leads
from pipeline.sheets.names import normal_name

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft


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
    if top is not None:
        for head in heads.values():
            drafts[head].given = Given(number=drafts[top].number)
            led.append(drafts[head].row)
    said = ", ".join(list(dict.fromkeys(f'"{titles[h]}"' for h in heads.values()))[:3])
    above = (f"; the unit leaders' own leader is {drafts[top].name} ({titles[top] or 'no title'}"
             f", row {drafts[top].row}), the only one outside those units" if top is not None
             else "; who leads the unit leaders the list does not show, so they have no leader")
    led.sort()
    findings.warn("title-leaders", f'The list has no leader column: in each "{unit_header}", '
                  f'the one whose "{title_header}" says they lead ({said}) is taken as the '
                  f"leader of the others ({rows_text(led)}){above}.", "If that is wrong, add a "
                  "leader column (Leder) that names each employee's own leader.",
                  led[0] if led else None, title_header, led)
