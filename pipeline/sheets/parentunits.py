"""A leader column that gives each row its unit's leader, and a column of the unit above.

Organisation systems (OS2mo, FK Organisation, many intranets) export, for every person, the
leader *of their unit* ("Leder af enheden") rather than their own leader: a unit's leader then
names themselves. Where the list also gives each unit the unit above it ("Overordnet enhed"),
the unit leader's own leader is the leader of the unit above, as the organisation chart has it.

Read so only where the rows show it: every row of a unit names the same leader, at least two
people name themselves, and a column that is no field of its own gives each unit one unit above
(another unit of the list for at least half of them). The unit at the top, whose unit above is
not in the list, keeps no leader, as before. Where a second leader column is filled in on
those rows only ("Egen leder" beside the unit's "Leder"), it gives their own leader. Each leader
found this way is said in `mus check`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.sheets.columns import field_role
from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import normalise_header
from pipeline.sheets.leaders import Given, names_level_above
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.names import normal_name


def _unit(text: str) -> str:
    return " ".join(text.casefold().split())


def _names_self(draft: Draft, given: Given) -> bool:
    own_email = draft.fields.get("email", "").casefold()
    first, own = given.text[:1], draft.name[:1]  # (a quick look before the careful one;
    # a decomposed "Å" starts with "A")
    return bool((given.text and (first.casefold() == own.casefold() or not first.isascii()
                                 or not own.isascii())
                 and normal_name(given.text) == normal_name(draft.name))
                or (given.number and given.number == draft.number)
                or (given.email and own_email and given.email.casefold() == own_email))


def _parent_column(drafts: Sequence[Draft], layout: ListLayout,
                   units: set[str]) -> tuple[int, str, dict[str, str]] | None:
    """The column that gives each unit one unit above it, mostly units of the list."""
    used = {u.index for u in layout.fields.values()}
    department = layout.index("department")
    for use in layout.kept:
        if use.index in used:
            continue
        above: dict[str, str] = {}
        for d in drafts:
            unit = _unit(d.fields.get("department", ""))
            value = _unit(d.texts[use.index]) if use.index < len(d.texts) else ""
            if value == unit or above.setdefault(unit, value) != value:
                break
        else:
            inside = sum(1 for v in above.values() if v in units)
            if inside >= 2 and inside * 2 >= len(above) and use.index != department:
                return use.index, use.header, above
    return None


def _levels(drafts: Sequence[Draft], index: int) -> list[tuple[str, str, str]]:
    """(person, unit leader, the column ``index``) for names_level_above; a row led by the
    level above itself (its unit leader given as that level's) claims nothing."""
    out = []
    for d in drafts:
        nearest = normal_name(d.given.text)
        above = normal_name(d.texts[index]) if index < len(d.texts) else ""
        out.append((normal_name(d.name), "" if nearest == above else nearest, above))
    return out


def _own_leader(drafts: list[Draft], layout: ListLayout, selves: Sequence[int],
                findings: Findings) -> bool:
    """A second leader column filled in only on the rows that name themselves ("Egen leder"
    beside the unit's "Leder"): those people's own leader."""
    used = {u.index for u in layout.fields.values()}
    rows = set(selves)
    for use in layout.kept:
        if use.index in used or (field_role(use.header) or ("", 0))[0] != "leader":
            continue
        filled = {i for i, d in enumerate(drafts)
                  if use.index < len(d.texts) and d.texts[use.index]}
        if not filled or not (filled <= rows or names_level_above(_levels(drafts, use.index))):
            continue
        changed = []
        addresses: dict[str, set[str]] = defaultdict(set)  # the address the list gives a
        for d in drafts:  # leader beside their name, on the rows they lead
            if d.given.text and d.given.email:
                addresses[normal_name(d.given.text)].add(d.given.email)
        mail = layout.fields.get("leader_email")
        # "Områdechef mail" beside "Områdechef": the address column of this leader column
        paired = mail is not None and normalise_header(use.header) in normalise_header(
            mail.header)
        for i in sorted(filled & rows):
            d = drafts[i]
            text = d.texts[use.index]
            known = addresses.get(normal_name(text), set())
            given = Given(text=text, email=d.given.email if paired and d.given.email else
                          next(iter(known)) if len(known) == 1 else "")
            if not _names_self(d, given):
                d.given = given
                changed.append(d.row)
        if changed:
            findings.note("own-leader-column", "The leader column names the leader of each "
                          "row's unit, so a unit's leader names themselves; their own leader "
                          f'is in the column "{use.header}" ({rows_text(changed)}).',
                          changed[0], use.header, changed)
        return True
    return False


def lead_from_parent_units(drafts: list[Draft], layout: ListLayout,
                           findings: Findings) -> None:
    """Give each unit leader who names themselves their own leader (in place): from a column
    of their own leader, or as the leader of the unit above."""
    if len(drafts) < 3:
        return
    selves = [i for i, d in enumerate(drafts) if d.given.said and _names_self(d, d.given)]
    if not selves or _own_leader(drafts, layout, selves, findings):
        return
    if layout.index("department") is None or len(selves) < 2:
        return
    leader_of: dict[str, Given] = {}
    for d in drafts:
        unit = _unit(d.fields.get("department", ""))
        if not unit or not d.given.said or leader_of.setdefault(unit, d.given) != d.given:
            return  # a unit whose rows name different leaders: a leader column of its own
    found = _parent_column(drafts, layout, set(leader_of))
    if found is None:
        return
    _, header, above = found
    changed: dict[str, list[int]] = defaultdict(list)
    for i in selves:
        d = drafts[i]
        unit, seen = _unit(d.fields["department"]), set()
        given = d.given
        while _names_self(d, given):
            seen.add(unit)
            unit = above.get(unit, "")
            if unit not in leader_of or unit in seen:
                break
            given = leader_of[unit]
        else:
            drafts[i].given = given
            changed[given.text or given.number or given.email].append(d.row)
    if changed:
        said = "; ".join(f"{who} ({rows_text(rows)})" for who, rows in changed.items())
        findings.note("parent-unit-leader", "The leader column names the leader of each "
                      "row's unit, so a unit's leader names themselves: their own leader is "
                      f'the leader of the unit above, in the column "{header}": {said}.',
                      min(r for rows in changed.values() for r in rows), header,
                      sorted(r for rows in changed.values() for r in rows))
