"""Who leads whom: each leader known by who they are, never by the name a form shows.

Two leaders may share a name (the sample list has two "Jens Hansen"). A leader is therefore
their own employee number where the list has their row; else the leader's e-mail address, with
the name as written beside it (a shared address such as ``ledere@`` never merges two leaders:
at worst one leader's team is split over two, never two teams in one); else, where the list
gives nothing but a name, that name as written (``PIA LUND`` is not taken for ``Pia Lund``:
when in doubt, two workbooks rather than one). Such a name that fits several people on the list
names nobody for sure: the team is *ambiguous*, and gets no workbook of its own (its
leader-only answers could go to the wrong person).

Every place that groups by leader (the Ledere sheet, the front sheet's tables, the leaders' own
workbooks and their file names, ``mus status``) uses these teams; where two leaders share a name
each is shown with their number (or e-mail) beside it: "Jens Hansen (1002)".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.model import Employee


def _normal(name: str) -> str:
    return " ".join(name.casefold().split())


def leader_key(employee: Employee) -> str:
    """The identity of ``employee``'s leader: "n:<number>", "e:<e-mail>|<name>" or "t:<name>"
    (the name as the forms show it); "" where the row names no leader."""
    if employee.leader_number:
        return f"n:{employee.leader_number}"
    if employee.leader_email:
        return f"e:{employee.leader_email.strip().casefold()}|{employee.leader}"
    if employee.leader.strip():
        return f"t:{employee.leader}"
    return ""


@dataclass(frozen=True)
class Team:
    """One leader and the employees whose leader they are (``key`` "" : no leader)."""

    key: str
    name: str  # the leader's name, as the forms show it
    number: str  # the leader's own employee number, where the list has their row
    email: str
    members: tuple[Employee, ...]
    label: str  # the name, with the number or e-mail beside it where another leader shares it
    ambiguous: bool = False  # a name alone that fits several people on the list

    @property
    def identity(self) -> str:
        """What tells this leader from another of the same name: number, else e-mail."""
        return self.number or self.email


def teams(staff: Sequence[Employee]) -> list[Team]:
    """Every leader's team, by label, after the employees without a leader (key "")."""
    members: dict[str, list[Employee]] = defaultdict(list)
    for e in staff:
        members[leader_key(e)].append(e)
    everyone = Counter(_normal(e.name) for e in staff)
    drafts: list[tuple[str, str, str, str, tuple[Employee, ...], bool]] = []
    for key, team in members.items():
        first = team[0]  # every row of a team gives its leader alike (by number: their own row)
        name = first.leader
        ambiguous = key.startswith("t:") and everyone[_normal(name)] > 1
        drafts.append((key, name, first.leader_number, first.leader_email, tuple(team),
                       ambiguous))
    shared = Counter(_normal(name) for key, name, *_ in drafts if key)
    out = []
    for key, name, number, email, people, ambiguous in drafts:
        label = name
        if key and shared[_normal(name)] > 1 and (number or email):
            label = f"{name} ({number or email})"
        out.append(Team(key, name, number, email, people, label, ambiguous))
    out.sort(key=lambda t: (t.key != "", t.label.casefold(), t.label, t.key))
    return out


def leader_labels(staff: Sequence[Employee]) -> Mapping[str, str]:
    """Each employee's leader as the workbook shows them, by employee number."""
    return {e.number: team.label for team in teams(staff) for e in team.members}
