"""A finer unit column than the department whose every unit one leader leads: that unit is
the department (and, once a list's teams show so, every team of it).

A list often has a department (``Afdeling``) and a team under it (``Team``, ``Gruppe``), and a
team under a weaker header stays detail where nothing says otherwise. But the MUS is the
nearest leader's talk, and a unit is the people one leader leads: where the leader column gives
every member of each team one leader (the team leader, who is themselves led from the
department), and two teams of a department or more each have a leader of their own, the
team is the unit each talk belongs to, and so the department. A team name found under several
departments ("Gruppe 1" in "Distrikt Nord" and "Distrikt Syd") is named with its department
("Distrikt Nord Gruppe 1"); a row without a team keeps its department, and so does a team
whose people lead the department's other teams (its "Afdelingsledelse"); a department whose
teams one leader leads ("Salg" and "Lager" under a shop's manager) stays one, unless the
column is headed as a unit ("Team") and its teams, each in one department, are the list's
units elsewhere: then they are that department's units too ("Stab": "Økonomi", "HR"). Said in
`mus check`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.columns import field_role
from pipeline.sheets.findings import Findings
from pipeline.sheets.unitsites import leader_key, person_keys

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ListLayout

_SHARE = 0.8  # of the finer units that must each have one leader
_WORD = re.compile(r"[^\W\d_]+")
_LEADS = ("leder", "leader", "lead", "chef")
_CODE = re.compile(r"^(?=\S*\d)[A-ZÆØÅ0-9]+(?:[-_./][A-ZÆØÅ0-9]+)*$")  # "PRI-1", "T12"


def _leaders_of(members: Sequence[Draft]) -> set[str]:
    """Who leads a unit's members: the leaders its members name, less those named by the
    unit's own members that are members themselves (a team leader is led from above)."""
    named = _named(members)
    return _named(d for d in members if not person_keys(d) & named)


def _named(members: Iterable[Draft]) -> set[str]:
    return {leader_key(d.given) for d in members if d.given.said}


def _departments_of(teams: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Each team → the departments it is found under."""
    found: dict[str, set[str]] = defaultdict(set)
    for dep, team in teams:
        found[team].add(dep)
    return found


def units_of_leaders(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    unit = layout.fields.get("department")
    if unit is None or len(drafts) < 6 or layout.unit_levels or not any(
            d.given.said for d in drafts):
        return  # (unit levels that nest already give the finest as the department)
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    leader = layout.fields.get("leader")
    # (a unit the leader column's header names: "Gruppe" beside "Gruppeleder / leder")
    words = [w for w in _WORD.findall(leader.header.casefold()) if w.endswith(_LEADS)] if (
        leader is not None) else []
    # (where the department is one and the same on every row, "Dagtilbud Øst", it tells no
    # units: a column of any header may then give the units its leaders lead, "Institution")
    single = len({d.fields["department"] for d in drafts}) == 1
    finer = [u for u in layout.kept if u.index not in used and u.header and (
        ((role := field_role(u.header)) is not None and role[0] == "department") or any(
            w.startswith(u.header.strip().casefold()) and len(w) > len(u.header.strip()) + 3
            for w in words) or (single and role is None))]
    for other in finer:
        value = {id(d): d.texts[other.index].strip() if other.index < len(d.texts) else ""
                 for d in drafts}
        filled = [v for v in value.values() if v]
        if len(filled) < 0.3 * len(drafts) or sum(any(c.isalpha() for c in v) and not _CODE.match(
                v) for v in filled) < 0.9 * len(filled):
            continue  # (a column of codes, "10", "PRI-1", names no unit of its own)
        teams: dict[tuple[str, str], list[Draft]] = defaultdict(list)
        for d in drafts:
            if value[id(d)]:
                teams[(d.fields["department"], value[id(d)])].append(d)
        per_department: dict[str, int] = defaultdict(int)
        per_team: dict[str, int] = defaultdict(int)
        for dep, team in teams:
            per_department[dep] += 1
            per_team[team] += 1
        if all(n == 1 for n in (*per_department.values(), *per_team.values())):
            continue  # one value for each department and back: its code ("DK-OPS-VIND"
            # beside "Drift Vind"), the same unit
        if len(teams) < 2 or sum(n >= 2 for n in per_team.values()) / len(per_team) > sum(
                n >= 2 for n in per_department.values()) / len(per_department):
            continue  # (the departments hold several of them less often than they span
            # several departments: a coarser level, or the same one)
        led = {key: _leaders_of(members) for key, members in teams.items()}
        one = sum(len(who) == 1 for who in led.values())
        # a department with a team that has a leader of its own, who leads none of the
        # department's others (a shop whose "Salg" and "Lager" its one manager leads stays
        # the shop)
        by_department: dict[str, list[Draft]] = defaultdict(list)
        for d in drafts:
            by_department[d.fields["department"]].append(d)
        split = {dep for (dep, team), who in led.items() if len(who) == 1 and not who & (
            _leaders_of([d for d in by_department[dep] if value[id(d)] != team]))}
        if one < _SHARE * len(teams) or not any(per_department[dep] >= 2 for dep in split):
            continue  # (no department holds two teams each led by a leader of its own: a
            # department of one team is not split by it alone; Deel's "Team" of payroll
            # countries, "DK Payroll" in every department, each led by the department's leader)
        if (field_role(other.header) or ("", 0))[0] == "department" and all(
                len(deps) == 1 for deps in _departments_of(teams).values()):
            # the teams are units of the list (some each with a leader of its own), each in
            # one department: a department whose teams one leader leads ("Stab": "Økonomi",
            # "HR" under its chief) has them as its units too
            split |= {dep for dep, _ in teams}
        under: dict[str, set[str]] = defaultdict(set)
        for dep, team in teams:
            under[team].add(dep)
        leading = {dep: _named(by_department[dep]) for dep in split}
        for (dep, team), members in teams.items():
            if dep not in split or team.casefold() == dep.casefold():
                continue
            if 2 * sum(person_keys(d) & leading[dep] != set() for d in members) > len(members):
                continue  # the department's own leadership ("Afdelingsledelse"): its leaders
            for d in members:
                d.fields["department"] = f"{dep} {team}" if len(under[team]) > 1 and dep \
                    else team
        findings.note("units-of-leaders", f'In {len(split)} of the "{unit.header}", the '
                      f'"{other.header}" are the units people belong to (teams with a leader '
                      "of their own, and the other teams of the list beside them), so there "
                      f'the department is the "{other.header}" (named with the '
                      f'"{unit.header}" where the same name is found under several; the '
                      f'"{unit.header}" for its own leadership and rows without one).', None,
                      other.header)
        return
