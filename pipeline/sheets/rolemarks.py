"""A list with no leader column, grouped under headings ("Team Rosen"), where each group's
leader is marked after their name: "Thøger Frølund (leder)", "Aksel Skov (teamleder)". The
one marked leads the others of their group; the mark is left out of the name. Who leads the
marked leaders is said only where the list shows it: a first group of one person, unmarked,
above all the others (the director, the forstander). Two marked in one group is refused:
whose employees are whose cannot be told."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import leads

_MARKED = re.compile(r"^(?P<name>.*?\S)\s*(?:\((?P<role>[^()]{2,30})\)|[-–]\s+(?P<dash>\S{2,30}))"
                     r"\s*$")


def _role(name: str) -> tuple[str, str] | None:
    """The name without its mark, and the mark, where the mark says they lead."""
    match = _MARKED.match(name)
    if match is None:
        return None
    role = match.group("role") or match.group("dash") or ""
    return (match.group("name"), role) if len(role.split()) <= 2 and (
        leads(role) or role.casefold().endswith(_CREW_HEADS)) else None


# a crew's head marked by their name: "(lagerformand)", "– værkfører"
_CREW_HEADS = ("formand", "værkfører", "sjakbajs")


def _groups(drafts: Sequence[Draft], headed: set[int]) -> list[list[int]]:
    """Runs of drafts (by position) under the same heading."""
    out: list[list[int]] = []
    last = None
    for i, d in enumerate(drafts):
        if d.row not in headed:
            last = None
            continue
        key = d.fields.get("department", "")
        if not out or key != last:
            out.append([])
        out[-1].append(i)
        last = key
    return out


def read_role_marks(drafts: Sequence[Draft], headed: set[int], findings: Findings,
                    column: str | None) -> None:
    """Each group's marked leader leads the rest of the group (drafts' ``given`` set)."""
    groups = _groups(drafts, headed)
    marks = {i: r for g in groups for i in g if (r := _role(drafts[i].name)) is not None}
    if not marks:
        return
    for group in groups:
        marked = [i for i in group if i in marks]
        if len(marked) > 1:
            rows = [drafts[i].row for i in marked]
            unit = drafts[group[0]].fields.get("department", "")
            findings.error("marked-leaders", f'{rows_text(rows).capitalize()} are all marked as '
                           f'leader of "{unit}", so mus cannot tell whose employees the others '
                           "in the group are.", "Add a leader column (Leder) that names each "
                           "employee's own leader, or mark one leader per group.", rows[0],
                           column)
            return
    top = groups[0] if groups and len(groups[0]) == 1 and groups[0][0] not in marks else None
    led: list[int] = []
    for group in groups:
        marked = [i for i in group if i in marks]
        if not marked:
            continue
        leader = drafts[marked[0]]
        for i in group:
            if i != marked[0]:
                drafts[i].given = Given(number=leader.number)
                led.append(drafts[i].row)
        if top is not None:
            drafts[marked[0]].given = Given(number=drafts[top[0]].number)
            led.append(leader.row)
    unmarked = [drafts[i].row for group in groups if len(group) > 1 and group is not top
                and not any(i in marks for i in group) for i in group]
    if unmarked:
        findings.warn("marked-leaders-none", f"{rows_text(unmarked).capitalize()} are in groups "
                      "where no one is marked as leader, so they have no leader.", "Mark the "
                      'leader of each group ("(leder)" after the name), or add a leader '
                      "column (Leder) that names each employee's own leader.", unmarked[0],
                      column, unmarked)
    for i, (name, _) in marks.items():
        drafts[i].name = name
    said = ", ".join(f'"{drafts[i].name} ({r})"' for i, (_, r) in list(marks.items())[:3])
    above = (f"; the marked leaders' own leader is {drafts[top[0]].name}, alone in the first "
             "group" if top is not None else "; who leads the marked leaders is not in the "
             "list, so they have no leader")
    findings.note("marked-leaders", f"The list has no leader column: in each group, the one "
                  f"marked as leader ({said}) leads the others of the group ({rows_text(led)})"
                  f"{above}. The mark is left out of the name.", led[0] if led else None,
                  column, led)
