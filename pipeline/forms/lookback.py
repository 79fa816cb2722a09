"""What ``mus generate --previous`` carried onto the forms: how many of last season's goals,
agreed or only proposed, and who on this year's list had none (new, or no goal last year)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.model import Employee, PreviousGoal


@dataclass(frozen=True)
class Carried:
    goals: int  # goals put on this season's forms
    agreed: int  # of which agreed in last season's meeting; the rest only proposed
    employees: int  # forms with last season's goals on them
    without: tuple[Employee, ...]  # employees on this run's forms with no goal from last season
    elsewhere: int  # employees with goals last season who are not on this list

    @property
    def proposed(self) -> int:
        return self.goals - self.agreed


def carried(staff: Sequence[Employee], previous: Mapping[str, Sequence[PreviousGoal]],
            everyone: Sequence[Employee] = ()) -> Carried:
    """``staff``: those forms are made for; ``everyone``: the whole list (``staff`` when not
    given), to tell who from last season is no longer on it."""
    on_list = {e.number for e in (everyone or staff)}
    goals = [g for e in staff for g in previous.get(e.number, ())]
    return Carried(len(goals), sum(1 for g in goals if g.agreed),
                   sum(1 for e in staff if previous.get(e.number)),
                   tuple(e for e in staff if not previous.get(e.number)),
                   sum(1 for number, found in previous.items()
                       if found and number not in on_list))
