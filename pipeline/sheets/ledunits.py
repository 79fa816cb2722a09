"""A finer unit column than the department whose every unit one leader leads: that unit is
the department.

A list often has a department (``Afdeling``) and a team under it (``Team``, ``Gruppe``), and a
team under a weaker header stays detail where nothing says otherwise. But the MUS is the
nearest leader's talk, and a unit is the people one leader leads: where the leader column gives
every member of each team one leader (the team leader, who is themselves led from the
department), while the department's members have several, the team is the unit each talk
belongs to, and so the department. A team name found under several departments ("Gruppe 1" in
"Distrikt Nord" and "Distrikt Syd") is named with its department ("Distrikt Nord Gruppe 1");
a row without a team keeps its department. Said in `mus check`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.columns import field_role
from pipeline.sheets.findings import Findings

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ListLayout

_SHARE = 0.8  # of the finer units that must each have one leader
_WORD = re.compile(r"[^\W\d_]+")
_LEADS = ("leder", "leader", "lead", "chef")


def _leaders_of(members: Sequence[Draft]) -> set[str]:
    """Who leads a unit's members: the leaders its members name, less those named by the
    unit's own members that are members themselves (a team leader is led from above)."""
    named = {(d.given.text or d.given.number or d.given.email).casefold()
             for d in members if d.given.said}
    own = {id(d) for d in members if named & {d.name.casefold(), d.number.casefold(),
                                              d.fields["email"].casefold()} - {""}}
    return {(d.given.text or d.given.number or d.given.email).casefold()
            for d in members if d.given.said and id(d) not in own}


def units_of_leaders(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    unit = layout.fields.get("department")
    if unit is None or len(drafts) < 6 or not any(d.given.said for d in drafts):
        return
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    leader = layout.fields.get("leader")
    # (a unit the leader column's header names: "Gruppe" beside "Gruppeleder / leder")
    led = [w for w in _WORD.findall(leader.header.casefold()) if w.endswith(_LEADS)] if (
        leader is not None) else []
    finer = [u for u in layout.kept if u.index not in used and u.header and (
        ((role := field_role(u.header)) is not None and role[0] == "department") or any(
            w.startswith(u.header.strip().casefold()) and len(w) > len(u.header.strip()) + 3
            for w in led))]
    for other in finer:
        value = {id(d): d.texts[other.index].strip() if other.index < len(d.texts) else ""
                 for d in drafts}
        if sum(bool(v) for v in value.values()) < 0.3 * len(drafts):
            continue
        teams: dict[tuple[str, str], list[Draft]] = defaultdict(list)
        departments: dict[str, list[Draft]] = defaultdict(list)
        for d in drafts:
            if value[id(d)]:
                teams[(d.fields["department"], value[id(d)])].append(d)
            departments[d.fields["department"]].append(d)
        if len(teams) < 2:
            continue
        one = sum(len(_leaders_of(m)) == 1 for m in teams.values())
        split = [dep for dep in {k[0] for k in teams} if len(_leaders_of(departments[dep])) >= 2]
        if one < _SHARE * len(teams) or not split:
            continue
        under: dict[str, set[str]] = defaultdict(set)
        for dep, team in teams:
            under[team].add(dep)
        for d in drafts:
            team = value[id(d)]
            if team and team.casefold() != d.fields["department"].casefold():
                d.fields["department"] = (f'{d.fields["department"]} {team}'
                                          if len(under[team]) > 1 and d.fields["department"]
                                          else team)
        findings.note("units-of-leaders", f'Each unit in "{other.header}" has one leader, '
                      f'while the units in "{unit.header}" have several, so the department is '
                      f'the "{other.header}" where it is filled (named with the '
                      f'"{unit.header}" where the same name is found under several), else the '
                      f'"{unit.header}".', None, other.header)
        return
