"""Coverage: how far the MUS cycle HR answers for has come, per department, per leader and in
total, counted the way the chosen rules (the setting ``Regelsæt``) require.

Per employee on the list: their form returned, the talk held, a written plan (at least one goal
written in the agreement), an agreed plan (at least one written goal marked agreed, and both
names under the agreement), their follow-up (every agreed goal whose follow-up date has passed,
followed up), and whether they are covered:

- ``stat`` (the state): concrete, written development goals agreed by both;
- ``kommune`` and ``region``: every employee has had a talk and has a plan;
- ``privat``: what ``Dækningskrav`` says: ``samtale`` (the talk was held), ``plan`` (the
  default, as kommune) or ``aftalt`` (as stat).

People on leave are counted apart: on the list, never missing, and not in the coverage rate.
Everything is read from the returned documents (cycle.py); nothing is assumed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.cycle import (
    AGREED,
    Plan,
    goal_key,
    goal_state,
    latest_followups,
    plan_of,
    talk_held,
)
from pipeline.model import Collected, Employee, FormKind, Requirement, Response, Rules, RuleSet
from pipeline.teams import leader_key, leader_labels


def on_leave(employee: Employee) -> bool:
    """Whether the employee is on leave (orlov, barsel): counted apart, never as missing. The
    employee list says so once it has a status for it (an ``on_leave`` field of Employee);
    until then nobody is."""
    return bool(getattr(employee, "on_leave", False))


@dataclass(frozen=True)
class Person:
    """One employee's part in the cycle."""

    employee: Employee
    leave: bool
    returned: bool  # their own form came back
    held: bool
    plan: Plan
    followup_due: bool  # agreed goals whose follow-up date has passed (or followed up early)
    followed_up: bool  # … every one of them followed up
    covered: bool
    lacking: str  # what keeps them from being covered (a LACKING key); "" when covered


# What keeps someone from being covered, from the first step missing.
LACKING = {
    "da": {"talk": "ingen samtale registreret (ingen aftale med dato eller underskrift)",
           "plan": "ingen skriftlige udviklingsmål i aftalen",
           "agreed": "intet mål markeret aftalt",
           "signed": "aftalen er ikke underskrevet af begge"},
    "en": {"talk": "no talk recorded (no agreement with a date or a signature)",
           "plan": "no written development goals in the agreement",
           "agreed": "no goal marked agreed",
           "signed": "the agreement is not signed by both"},
}

# What counts as covered, in words.
RULES_TEXT = {
    "da": {Requirement.TALK: "samtalen er holdt (aftalen har datoen eller en underskrift)",
           Requirement.PLAN: "samtalen er holdt, og aftalen har mindst ét skriftligt "
                             "udviklingsmål",
           Requirement.AGREED: "samtalen er holdt, og mindst ét skriftligt udviklingsmål er "
                               "markeret aftalt, og begge har skrevet under"},
    "en": {Requirement.TALK: "the talk was held (the agreement has its date or a signature)",
           Requirement.PLAN: "the talk was held and the agreement has at least one written "
                             "development goal",
           Requirement.AGREED: "the talk was held, at least one written development goal is "
                               "marked agreed, and both have signed"},
}
TOTAL = {"da": "I alt", "en": "Total"}
RULE_SET_TEXT = {"da": {RuleSet.STATE: "stat", RuleSet.MUNICIPAL: "kommune",
                        RuleSet.REGIONAL: "region", RuleSet.PRIVATE: "privat"},
                 "en": {RuleSet.STATE: "state", RuleSet.MUNICIPAL: "municipality",
                        RuleSet.REGIONAL: "region", RuleSet.PRIVATE: "private"}}


def rules_sentence(rules: Rules, lang: str) -> str:
    name = RULE_SET_TEXT.get(lang, RULE_SET_TEXT["da"])[rules.rule_set]
    what = RULES_TEXT.get(lang, RULES_TEXT["da"])[rules.requirement]
    if lang == "en":
        default = "" if rules.given else " (the default; set Regelsæt in the question set)"
        return f"Rule set: {name}{default}. Covered: {what}. People on leave are counted " \
               "apart, not in the rate."
    default = "" if rules.given else " (standard; sæt Regelsæt i spørgsmålssættet)"
    return f"Regelsæt: {name}{default}. Dækket: {what}. Medarbejdere på orlov tælles for sig " \
           "og ikke med i dækningen."


def _lacking(held: bool, plan: Plan, requirement: Requirement) -> str:
    if not held:
        return "talk"
    if requirement is Requirement.TALK:
        return ""
    if not plan.is_written:
        return "plan"
    if requirement is Requirement.PLAN:
        return ""
    if not plan.agreed:
        return "agreed"
    return "" if plan.signed_by_both else "signed"


def person(employee: Employee, responses: Sequence[Response], rules: Rules,
           today: dt.date) -> Person:
    by_kind = {r.kind: r for r in responses if r.kind is not FormKind.FOLLOWUP}
    agreement = by_kind.get(FormKind.AGREEMENT)
    followups = [r for r in responses if r.kind is FormKind.FOLLOWUP]
    held = talk_held(agreement)
    plan = plan_of(agreement)
    latest = latest_followups(followups)
    agreed = [g for g in (agreement.goals if agreement else ()) if g.written
              and goal_state(g) == AGREED]
    keys = [goal_key(g.goal or "") for g in agreed
            if (g.follow_up is not None and g.follow_up <= today)
            or goal_key(g.goal or "") in latest]
    lacking = "" if on_leave(employee) else _lacking(held, plan, rules.requirement)
    return Person(employee, on_leave(employee), FormKind.EMPLOYEE in by_kind, held, plan,
                  bool(keys), bool(keys) and all(k in latest for k in keys),
                  not on_leave(employee) and not lacking, lacking)


@dataclass(frozen=True)
class Tally:
    """The counts of one group (a department, a leader's team, everyone)."""

    name: str
    employees: int = 0
    leave: int = 0
    returned: int = 0
    held: int = 0
    written: int = 0
    agreed: int = 0
    followup_due: int = 0
    followed_up: int = 0
    covered: int = 0

    @property
    def counted(self) -> int:
        """The employees the rate is over: everyone on the list but those on leave."""
        return self.employees - self.leave

    @property
    def rate(self) -> float | None:
        return self.covered / self.counted if self.counted else None

    @property
    def followup_rate(self) -> float | None:
        return self.followed_up / self.followup_due if self.followup_due else None

    def add(self, p: Person) -> Tally:
        at_work = not p.leave
        return Tally(self.name, self.employees + 1, self.leave + p.leave,
                     self.returned + (at_work and p.returned), self.held + (at_work and p.held),
                     self.written + (at_work and p.plan.is_written),
                     self.agreed + (at_work and p.plan.is_agreed),
                     self.followup_due + (at_work and p.followup_due),
                     self.followed_up + (at_work and p.followed_up), self.covered + p.covered)


def tally(name: str, people: Iterable[Person]) -> Tally:
    total = Tally(name)
    for p in people:
        total = total.add(p)
    return total


@dataclass(frozen=True)
class Coverage:
    rules: Rules
    people: tuple[Person, ...]
    departments: tuple[Tally, ...]
    leaders: tuple[tuple[Tally, tuple[Person, ...]], ...]  # each team and its members
    total: Tally

    def uncovered(self, members: Iterable[Person]) -> list[Person]:
        """Those of ``members`` who are not covered (people on leave are not missing)."""
        return [p for p in members if not p.covered and not p.leave]


def coverage(collected: Collected, today: dt.date | None = None,
             staff: Sequence[Employee] | None = None, lang: str = "da") -> Coverage:
    """The coverage of ``staff`` (default: everyone on the list)."""
    today = today or dt.date.today()
    rules = collected.question_set.settings.rules
    people_of = list(collected.staff if staff is None else staff)
    responses: dict[str, list[Response]] = defaultdict(list)
    for r in collected.responses:
        responses[r.employee_id].append(r)
    people = tuple(person(e, responses[e.number], rules, today) for e in people_of)
    no_department = "(ingen afdeling)" if lang == "da" else "(no department)"
    departments: dict[str, list[Person]] = defaultdict(list)
    for p in people:
        departments[p.employee.department or no_department].append(p)
    labels = leader_labels(collected.staff)
    no_leader = "(ingen leder)" if lang == "da" else "(no leader)"
    teams: dict[str, list[Person]] = defaultdict(list)
    names: dict[str, str] = {}
    for p in people:
        key = leader_key(p.employee)
        teams[key].append(p)
        names.setdefault(key, labels.get(p.employee.number, p.employee.leader) if key
                         else no_leader)
    return Coverage(
        rules, people,
        tuple(tally(name, members) for name, members in
              sorted(departments.items(), key=lambda item: item[0].casefold())),
        tuple((tally(names[key], members), tuple(members)) for key, members in
              sorted(teams.items(), key=lambda item: (not item[0], names[item[0]].casefold()))),
        tally(TOTAL.get(lang, TOTAL["da"]), people))
