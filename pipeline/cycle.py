"""What the returned documents say about the MUS cycle, employee by employee: was the talk held,
which goals were agreed, not agreed or only proposed, and how each agreed goal's latest
follow-up went. Read from the Responses alone (the agreement documents and the follow-up
forms), never guessed: a goal counts as agreed only where the agreement marks it so, and a
signature only where a name was written.

Used by the workbook's goal and coverage sheets, ``mus status --coverage``, ``mus followup``
and the MED report, so that all of them count alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from pipeline.model import Goal, Response

# A goal's state, as the workbook names it (overview/labels.py VALUES).
AGREED, NOT_AGREED, PROPOSED = "agreed", "not_agreed", "proposed"
PROPOSED_EMPLOYEE, PROPOSED_LEADER = "proposed_employee", "proposed_leader"


def signed(agreement: Response, who: str, prefix: str = "agr") -> bool:
    """Whether ``who`` ("employee" or "leader") wrote their name under the document."""
    name = agreement.extra.get(f"{prefix}:{who}_name")
    return isinstance(name, str) and bool(name.strip())


def signed_by_both(document: Response, prefix: str = "agr") -> bool:
    return signed(document, "employee", prefix) and signed(document, "leader", prefix)


def held_on(document: Response, prefix: str = "agr") -> dt.date | None:
    """When the talk (or follow-up) was held: its own date, else the latest date under a
    signature."""
    held = document.extra.get(f"{prefix}:held")
    if isinstance(held, dt.date):
        return held
    dates = [d for who in ("employee", "leader")
             if isinstance(d := document.extra.get(f"{prefix}:{who}_date"), dt.date)]
    return max(dates, default=None)


def talk_held(agreement: Response | None) -> bool:
    """The agreement says the talk took place: the date it was held, or a signature (which
    says exactly that)."""
    if agreement is None:
        return False
    return (isinstance(agreement.extra.get("agr:held"), dt.date)
            or signed(agreement, "employee") or signed(agreement, "leader"))


def goal_state(goal: Goal) -> str:
    """An agreement's goal: agreed only where marked Yes; No is never agreed; unmarked is a
    proposal still."""
    if goal.agreed is True:
        return AGREED
    if goal.agreed is False:
        return NOT_AGREED
    return PROPOSED


@dataclass(frozen=True)
class Plan:
    """An employee's development plan as the agreement document has it."""

    written: int  # goals written down
    agreed: int  # of them, marked agreed
    not_agreed: int  # marked not agreed
    signed_by_both: bool

    @property
    def is_written(self) -> bool:
        return self.written > 0

    @property
    def is_agreed(self) -> bool:
        """Concrete, written goals agreed by both: at least one written goal marked agreed, and
        both names under the document."""
        return self.agreed > 0 and self.signed_by_both


def plan_of(agreement: Response | None) -> Plan:
    if agreement is None:
        return Plan(0, 0, 0, False)
    goals = [g for g in agreement.goals if g.written]
    return Plan(len(goals), sum(1 for g in goals if goal_state(g) == AGREED),
                sum(1 for g in goals if goal_state(g) == NOT_AGREED), signed_by_both(agreement))


@dataclass(frozen=True)
class FollowUpStatus:
    """The latest follow-up of one goal."""

    status: str | None  # in the workbook's Danish words (texts.FOLLOWUP_STATUSES)
    happened: str | None
    next_step: str | None
    date: dt.date | None  # when the follow-up was held (else when its form was saved)
    file: str


def followup_date(response: Response) -> dt.date | None:
    held = held_on(response, "fu")
    if held is not None:
        return held
    return response.saved.date() if response.saved is not None else None


def goal_key(text: str) -> str:
    """A goal's identity between documents: its text, spaces and case aside."""
    return " ".join(text.casefold().split())


def followed_up(response: Response) -> Iterator[tuple[str, FollowUpStatus]]:
    """(goal key, status) for each goal a follow-up form says something about."""
    when = followup_date(response)
    for item in response.previous_goals:
        if item.goal and (item.status or item.comment or item.next_step):
            yield goal_key(item.goal), FollowUpStatus(item.status, item.comment,
                                                      item.next_step, when, response.file)


def latest_followups(followups: Iterable[Response]) -> dict[str, FollowUpStatus]:
    """Each goal's latest follow-up (by goal key), of one employee's follow-up forms."""
    latest: dict[str, FollowUpStatus] = {}
    for response in followups:
        for key, status in followed_up(response):
            before = latest.get(key)
            if before is None or (status.date or dt.date.min) >= (before.date or dt.date.min):
                latest[key] = status
    return latest


def agreed_goals(agreement: Response | None) -> list[Goal]:
    """The written goals an agreement marks agreed (the only ones followed up)."""
    if agreement is None:
        return []
    return [g for g in agreement.goals if g.written and goal_state(g) == AGREED]


def due_goals(agreement: Response | None, followups: Sequence[Response],
              until: dt.date) -> tuple[list[Goal], list[Goal]]:
    """(due, done): the agreed goals whose follow-up date is on or before ``until`` and that no
    follow-up has answered yet, and those already followed up."""
    latest = latest_followups(followups)
    due: list[Goal] = []
    done: list[Goal] = []
    for goal in agreed_goals(agreement):
        if goal.follow_up is None or goal.follow_up > until:
            continue
        assert goal.goal is not None
        (done if goal_key(goal.goal) in latest else due).append(goal)
    return due, done
