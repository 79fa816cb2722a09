"""Leaders read from the leader column in ways the column shows: a management line from the
top down (the last step leads), the units a few people lead ("Leder für": each one's leader is
who leads their unit), levels of leader columns past a leader naming themselves, and a column
of leaders' positions that no column explains (refused)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.errors import raise_if_issues
from pipeline.sheets.columns import field_role
from pipeline.sheets.findings import Findings, and_list, rows_text
from pipeline.sheets.headerwords import JOB, LEADER, concepts, header_words
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import line_steps
from pipeline.sheets.names import normal_name
from pipeline.sheets.values import has_digit

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ListLayout


# A header that says its cells are a management line from the top down ("Ledelseskæde
# (øverst → nærmest)", "Ledelseslinje", "Management chain")
_CHAIN = frozenset({"kæde", "ledelseskæde", "lederkæde", "chain", "hierarki", "hierarchy",
                    "nærmest"})  # (not "Line manager"; "Ledelseslinje" of arrows: leaders.py)


# units apart in one cell: a comma or a semicolon ("og" and "/" are in units' own names:
# "Børn og Unge", "Plejecenter Ågården/Tofthøj"), or else a slash with spaces ("Pleje Nord /
# Pleje Syd") where every part is a unit of the list
_UNIT_LISTS = (re.compile(r"\s*[;,]\s*"), re.compile(r"\s*[;,]\s*|\s+/\s+"))
# the leaders as a group ("afdelingslederne", "Lederne", "the managers"): who leads them is
# the leader of each one who leads a unit
_THE_LEADERS = re.compile(r"(?:leder(?:e|ne)|ledergruppen?|chef(?:er|erne)|managers|leaders)$")


def _led(text: str, units: dict[str, str]) -> list[str] | None:
    """The units a cell names (normalised), "" for the leaders as a group, or None where some
    part is neither."""
    for splitter in _UNIT_LISTS:
        parts = [normal_name(p) for p in splitter.split(text) if p.strip()]
        found = [p if p in units else "" if _THE_LEADERS.search(p) and len(p.split()) <= 2
                 else None for p in parts]
        if parts and None not in found:
            return [p for p in found if p is not None]
    return None


def leaders_of_units(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """A leader column filled on a few rows only, each cell one or more of the list's own
    units ("Leder for": "Hjemmepleje Nord, Hjemmepleje Syd"): the units each of those people
    leads, not their leader. Each employee's leader is then the one who leads their unit (a
    leader who leads their own unit has the leader of none), said; a unit two people lead
    leaves the column as it was (its checks say what is wrong)."""
    use, unit = layout.fields.get("leader"), layout.fields.get("department")
    if use is None or unit is None or not drafts:
        return
    filled = [d for d in drafts if d.given.text]
    if not filled or 2 * len(filled) > len(drafts) or any(d.given.number for d in drafts):
        return
    units = {normal_name(d.fields["department"]): d.fields["department"] for d in drafts
             if d.fields["department"]}
    leads: dict[str, Draft] = {}
    for d in filled:
        parts = _led(d.given.text, units)
        if not parts:
            return
        for part in parts:
            if leads.setdefault(part, d) is not d:
                return  # one unit (or the leaders), two leaders: not read so
    if len({id(d) for k, d in leads.items() if k}) < 2:
        return
    top = leads.get("")  # who leads the leaders ("Ledelse; afdelingslederne")
    for d in drafts:
        leader = leads.get(normal_name(d.fields["department"]))
        if (leader is None or leader is d) and top is not None and any(
                v is d for v in leads.values()):
            leader = top  # a leader of a unit of their own, under the one who leads the leaders
        d.given = Given(number=leader.number) if leader is not None and leader is not d else Given()
    findings.note("leaders-of-units", f'The column "{use.header}" names the units each of '
                  f"{len(filled)} people leads ({rows_text([d.row for d in filled])}), not "
                  "their leaders: each employee's leader is the one who leads their unit"
                  + (f"; row {top.row} names the leaders as a group, so the one there leads "
                     "each one who leads a unit of their own." if top is not None else "."),
                  filled[0].row, use.header)


def levels_left(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """Leader columns of levels from the top down, left to right ("Direktør" | "Område" |
    "Områdedirektør" | "Afdeling" | "Afdelingsleder" | "Team" | "Teamleder"), each leader
    naming themselves in their own level's column: the leader column read is the finest;
    where it names the row's own person or no one, the next level up (left) that names
    someone else leads; where the department is empty, the finest unit column left of it
    that is filled gives the unit. Said."""
    use = layout.fields.get("leader")
    unit = layout.fields.get("department")
    if use is None or len(drafts) < 6:
        return
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    left = [u for u in layout.kept if u.index < use.index and u.index not in used]
    if len(left) < 2:
        return  # (most lists: no two columns left of the leader's but the list's own fields)
    names = {normal_name(d.name) for d in drafts}
    sample = drafts[:300]

    def names_people(index: int) -> bool:
        texts = [d.texts[index] for d in sample if index < len(d.texts) and d.texts[index]]
        return len(texts) >= 0.5 * len(sample) and sum(
            normal_name(t) in names for t in texts) >= 0.9 * len(texts)

    levels = [u for u in sorted(left, key=lambda u: -u.index) if names_people(u.index)]
    if len(levels) < 2:
        return  # (one column above: parentunits.py and the leader above read it)
    read: list[int] = []
    led_by = _led_by(drafts)
    for d in drafts:
        own = normal_name(d.name)
        if d.given.text and normal_name(d.given.text) != own:
            continue
        above = next((d.texts[u.index] for u in levels if u.index < len(d.texts)
                      and d.texts[u.index] and normal_name(d.texts[u.index]) != own
                      and not _under(normal_name(d.texts[u.index]), own, led_by)), "")
        d.given = dataclasses.replace(d.given, text=above, email="", number="")
        if above:
            read.append(d.row)
    units: list[int] = []
    if unit is not None:
        coarser = [u for u in sorted(layout.kept, key=lambda u: -u.index)
                   if u.index < unit.index and u.index not in used and (
                       field_role(u.header) or ("", 0))[0] == "department"
                   and not names_people(u.index)]
        for d in drafts:
            if not d.fields["department"] and (found := next(
                    (d.texts[u.index] for u in coarser if u.index < len(d.texts)
                     and d.texts[u.index]), "")):
                d.fields["department"] = found
                units.append(d.row)
    if read:
        said = and_list([f'"{u.header}"' for u in levels])
        findings.note("leader-levels-left", f'In {rows_text(read)} the column "{use.header}" '
                      "names the row's own person (a leader at that level) or nobody, so the "
                      f"leader is the next level up in {said} that names someone else.",
                      read[0], use.header, read)
    if units and unit is not None:
        findings.note("unit-levels-left", f'In {rows_text(units)} the column "{unit.header}" is '
                      "empty, so the department is the nearest level above that is filled.",
                      units[0], unit.header, units)


def _led_by(drafts: Sequence[Draft]) -> dict[str, str]:
    """Each person's leader by the leader column, by normal names (where it names another)."""
    led_by: dict[str, str] = {}
    for d in drafts:
        own, given = normal_name(d.name), normal_name(d.given.text)
        if given and given != own:
            led_by.setdefault(own, given)
    return led_by


def _under(person: str, row: str, led_by: dict[str, str]) -> bool:
    """Whether the leader column puts ``person`` under the row's own person: then a column
    naming them beside the row is no level above it (an "HR-partner" or "Lønkonsulent" the same
    on every row, led like anyone else, is no leader of the head of all)."""
    seen = {person}
    while (person := led_by.get(person, "")) and person not in seen:
        if person == row:
            return True
        seen.add(person)
    return False


def levels_past_self(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """Leader columns of levels, each filled on every row, a leader's own name in their own
    level's column ("Kontorchef" | "Vicedirektør" | "Direktør", the head of an office naming
    herself under "Kontorchef"): where the leader column names the row's own person, or no
    one, the next column right of it whose cells name people on the list gives the leader (the
    first that is not the person), said."""
    use = layout.fields.get("leader")
    if use is None or not drafts:
        return
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    names = {d.name for d in drafts}  # (as written: a column of levels copies them)
    levels = []
    sample = drafts[:300]  # (whether a column names people: its first rows tell)
    for other in sorted(layout.kept, key=lambda u: u.index):
        if other.index <= use.index or other.index in used or (
                field_role(other.header) or ("", 0))[0] == "leader":
            continue  # (a second column headed as the leader: parentunits.py reads it)
        texts = [d.texts[other.index] for d in sample if other.index < len(d.texts)
                 and d.texts[other.index]]
        if len(texts) >= 0.8 * len(sample) and sum(t in names for t in texts) >= 0.9 * len(
                texts):
            levels.append(other)
    if not levels:
        return
    selfish = [d for d in drafts if d.given.text and normal_name(d.given.text) == normal_name(
        d.name)]
    if not selfish:
        return
    # (the levels above an office's: a deputy director's row, its "Kontorchef" empty, is led
    # by the next level too)
    selfish += [d for d in drafts if not d.given.said]
    read: list[int] = []
    for d in selfish:
        own = normal_name(d.name)
        above = next((d.texts[u.index] for u in levels if u.index < len(d.texts)
                      and d.texts[u.index] and normal_name(d.texts[u.index]) != own), "")
        if above or d.given.said:
            d.given = dataclasses.replace(d.given, text=above, email="", number="")
            read.append(d.row)
    read.sort()
    said = and_list([f'"{u.header}"' for u in levels])
    findings.note("leader-levels-self", f'In {rows_text(read)} the column "{use.header}" names '
                  f"the row's own person (a leader at that level) or nobody, so the leader is "
                  f"the next level in {said} that names someone else.", read[0], use.header,
                  read)


def _id_paths(drafts: Sequence[Draft], initials: int | None) -> bool:
    """A leader column of paths of IDs joined by bare slashes, whatever its header
    ("ESI/NKO/OKR" under "Ledelseslinje"): most filled cells are paths, some of three steps or
    more, and nearly every step is someone's initials or employee number on the list."""
    ids = {d.number.casefold() for d in drafts} | ({
        d.texts[initials].casefold() for d in drafts if initials < len(d.texts)
        and d.texts[initials]} if initials is not None else set()) | {
        d.fields["email"].casefold() for d in drafts if d.fields["email"]}  # ("vij@… / hel@…")
    cells = [d.given.text for d in drafts if d.given.text]
    paths = [[p.strip() for p in t.split("/")] for t in cells if "/" in t]
    if not cells or len(paths) * 10 < len(cells) * 6 or not any(len(p) >= 3 for p in paths):
        return False
    steps = [s.casefold() for p in paths for s in p]
    return sum(s in ids for s in steps) * 10 >= len(steps) * 9


def chain_leaders(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """A leader column headed as a management line ("Kirsten Møller / Mehmet Yılmaz" under
    "Ledelseskæde (øverst → nærmest)"): each cell's last step is the nearest leader, said (a
    cell of two leaders under any other header is refused as two people, listleaders.py)."""
    use = layout.fields.get("leader")
    if use is None:
        return
    initials = layout.identifiers.get("initials")
    if not _CHAIN & set(re.findall(r"[^\W\d_]+", use.header.casefold())) and not _id_paths(
            drafts, initials.index if initials is not None else None):
        return
    read: list[int] = []
    ending: list[int] = []  # rows whose line ends with their own person
    for draft in drafts:
        steps = line_steps(draft.given.text)
        if len(steps) < 2:  # "OTH/ALI/HBR": initials joined by a bare slash
            steps = [s.strip() for s in draft.given.text.split("/") if s.strip()]
        own = {normal_name(draft.name), draft.number.casefold(),
               draft.fields["email"].casefold()} - {""} | (
            {draft.texts[initials.index].casefold()} if initials is not None
            and initials.index < len(draft.texts) and draft.texts[initials.index] else set())
        ends_own = len(steps) >= 2 and normal_name(steps[-1]) in own
        if ends_own:
            steps = steps[:-1]  # the line down to the person themselves
            ending.append(draft.row)
        if ends_own or len(steps) >= 2:
            draft.given = dataclasses.replace(draft.given, text=steps[-1])
            read.append(draft.row)
    if read:
        down = (" (where a line ends with the row's own person, as in "
                f"{rows_text(ending)}, the one before them)") if ending else ""
        findings.note("leader-chain", f'The column "{use.header}" gives each one\'s line of '
                      "leaders from the top down: the last in each cell is the nearest leader"
                      f"{down} ({rows_text(read)}).", read[0], use.header, read)


def refuse_leader_positions(drafts: Sequence[Draft], layout: ListLayout,
                             findings: Findings) -> None:
    """A column headed as the leader's position ("Overordnet stilling", "Reports to
    position") that gives codes ("S-45701") where no column holds each person's own position:
    the list says who leads whom, in a way mus cannot read, so it is refused rather than the
    leaders guessed from the job titles."""
    for use in layout.kept:
        if concepts(header_words(use.header))[0] != [LEADER, JOB]:
            continue
        texts = [t for t in (d.texts[use.index] if use.index < len(d.texts) else ""
                             for d in drafts) if t]
        if len(texts) < max(2, 0.5 * len(drafts)) or sum(map(has_digit, texts)) < 0.9 * len(
                texts):
            continue
        codes = {t.casefold() for t in texts}
        held = {t.casefold() for d in drafts for i, t in enumerate(d.texts) if i != use.index}
        if len(codes & held) * 2 >= len(codes):
            continue  # another column holds the positions: each person's own
        findings.error("leader-positions", f'The column "{use.header}" gives each employee\'s '
                       f'leader as a position ("{texts[0]}"), and no column says which position '
                       "each person holds, so mus cannot tell who leads whom.", "Add a leader "
                       'column ("Nærmeste leder") that names each employee\'s leader, or a '
                       'column of each person\'s own position number ("Stillingsnr."), and run '
                       "the command again.", column=use.header)
        raise_if_issues(findings.issues())
