"""The same unit names at several sites: a restaurant group's ``Restaurant`` beside ``Område``
(``Køkken``, ``Sal`` at each restaurant), a chain's shop beside its departments. Where a
column no header names crosses the department column (each site holds several of its values,
and several of them are found at several sites) and each such unit has other leaders at each
site, every unit is the site's: "Brasserie Havnen Køkken", and "Café Åen Café" for a unit
found at one site only (named as the others are), and a row with a site and no unit has the
site (the head office). Said in `mus check`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.columns import field_role
from pipeline.sheets.findings import Findings
from pipeline.sheets.leaders import Given

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ListLayout

_MOST_SITES = 60
_GLANCE = 300


def leader_key(given: Given) -> str:
    """How a row gives its leader, as one key: the name, else the number, else the address."""
    return (given.text or given.number or given.email).casefold()


def person_keys(draft: Draft) -> set[str]:
    """What a leader column may give a row's own person by: their name, number, address."""
    return {draft.name.casefold(), draft.number.casefold(),
            draft.fields["email"].casefold()} - {""}


def units_at_sites(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    unit = layout.fields.get("department")
    if unit is None or len(drafts) < 6 or layout.unit_levels:
        return
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    candidates = [u for u in layout.kept if u.index not in used and field_role(
        u.header) is None]
    if not candidates:
        return
    with_unit = [d for d in drafts if d.fields["department"]]
    leading: set[int] | None = None
    for other in candidates:
        seen = {d.texts[other.index] for d in drafts[:_GLANCE] if other.index < len(d.texts)}
        if len(seen - {""}) < 2 or len(seen) > _MOST_SITES + 1:
            continue  # (a glance at the first rows: one value, or too many for places)
        site_of = {id(d): d.texts[other.index] if other.index < len(d.texts) else ""
                   for d in drafts}
        if sum(bool(site_of[id(d)]) for d in with_unit) < 0.9 * len(with_unit):
            continue
        sites = {s for s in site_of.values() if s}
        if not 2 <= len(sites) <= _MOST_SITES or any(any(c.isdigit() for c in s) for s in sites):
            continue
        units_of: dict[str, set[str]] = defaultdict(set)
        sites_of: dict[str, set[str]] = defaultdict(set)
        for d in with_unit:
            if site := site_of[id(d)]:
                units_of[site].add(d.fields["department"])
                sites_of[d.fields["department"]].add(site)
        shared = [u for u, where in sites_of.items() if len(where) >= 2]
        if len(shared) < 2 or sum(len(u) >= 2 for u in units_of.values()) < 2:
            continue
        if leading is None:  # who leads (their own leader is the level above's, shared)
            named = {leader_key(d.given) for d in drafts if d.given.said}
            leading = {id(d) for d in drafts if named & person_keys(d)}
        leaders: dict[tuple[str, str], set[str]] = defaultdict(set)
        for d in with_unit:
            if (site := site_of[id(d)]) and d.given.said and id(d) not in leading:
                leaders[(site, d.fields["department"])].add(leader_key(d.given))
        # each shared unit led by others at each of its sites, each leader at that site
        # themselves: the sites' own units (not a column of profiles, roles or kinds)
        where = {key: site_of[id(d)] for d in drafts for key in (
            d.name.casefold(), d.number.casefold(), d.fields["email"].casefold()) if key}
        if not all(len({frozenset(leaders[(s, u)]) for s in sites_of[u]}) == len(sites_of[u])
                   and all(leaders[(s, u)] and all(where.get(who) == s
                                                   for who in leaders[(s, u)])
                           for s in sites_of[u]) for u in shared):
            continue
        # (a unit at one place only whose people lead the place's others is the place's
        # leadership: "Ledelse" keeps its name)
        lead_at: dict[str, set[str]] = defaultdict(set)
        for d in drafts:
            if site_of[id(d)] and d.given.said:
                lead_at[site_of[id(d)]].add(leader_key(d.given))
        members: dict[tuple[str, str], list[Draft]] = defaultdict(list)
        for d in with_unit:
            members[(site_of[id(d)], d.fields["department"])].append(d)
        leadership = {key for key, people in members.items() if key[1] not in shared and 2 * sum(
            bool(lead_at[key[0]] & {d.name.casefold(), d.number.casefold()}) for d in people)
            > len(people)}
        for d in drafts:
            site, own = site_of[id(d)], d.fields["department"]
            if (site, own) in leadership:
                continue
            if site and own and not own.casefold().startswith(site.casefold()):
                # (every unit at a place, also one found at one place only: "Café Åen Café"
                # beside "Brasserie Havnen Køkken", named alike)
                d.fields["department"] = f"{site} {own}"
            elif site and not own:
                d.fields["department"] = site
        findings.note("units-at-sites", f'The units in "{unit.header}" '
                      f'{", ".join(sorted(shared)[:3])} are found at several of the places in '
                      f'"{other.header}", led by others at each, so each one\'s department is '
                      f'the place\'s unit ("{sorted(sites)[0]} {sorted(shared)[0]}").', None,
                      other.header)
        return
