"""The season at a glance: counts, answers per department and leader, the competence gaps and
the follow-ups that are due. Used by the front sheet and by the Afdelinger and Ledere sheets."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from pipeline.cycle import NOT_AGREED
from pipeline.model import Employee, FormKind, QuestionType
from pipeline.overview.frames import (
    Columns,
    GoalRow,
    Kind,
    Rule,
    SheetData,
    View,
    answer_header,
    goal_rows,
)
from pipeline.overview.labels import column, value
from pipeline.teams import leader_key

DUE_WITHIN = dt.timedelta(days=30)


@dataclass(frozen=True)
class Counts:
    staff: int
    answered: int
    troubled: int  # employees whose form came with a problem
    problem_files: int
    leader_forms: int | None  # None: the question set has no leader's form
    agreements: int

    @property
    def missing(self) -> int:
        return self.staff - self.answered

    @property
    def rate(self) -> float | None:
        return self.answered / self.staff if self.staff else None


def counts(view: View) -> Counts:
    return Counts(len(view.staff), sum(1 for e in view.staff if view.answered(e)),
                  sum(1 for e in view.staff if view.answered(e) and e.number in view.troubled),
                  len(view.problems), len(view.leader_forms) if view.has_leader_forms else None,
                  len(view.agreements))


@dataclass(frozen=True)
class Group:
    """The employees of one department or one leader."""

    name: str
    members: tuple[Employee, ...]
    answered: int

    @property
    def missing(self) -> int:
        return len(self.members) - self.answered

    @property
    def rate(self) -> float | None:
        return self.answered / len(self.members) if self.members else None


def groups(view: View, key: str) -> list[Group]:
    """Departments (key "department") or leaders ("leader"), by name. A leader is who they are
    (teams.leader_key), never a name two leaders may share; each is shown by their label."""
    empty = value(view.lang, "no_department" if key == "department" else "no_leader")
    members: dict[str, list[Employee]] = defaultdict(list)
    names: dict[str, str] = {}
    for e in view.staff:
        group = e.department if key == "department" else leader_key(e)
        members[group].append(e)
        if group not in names:
            names[group] = (e.department if key == "department" else
                            view.leader_of(e) if group else "") or empty
    found = [Group(names[group], tuple(team), sum(1 for e in team if view.answered(e)))
             for group, team in members.items()]
    return sorted(found, key=lambda g: (g.name.casefold(), g.name))


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def group_sheet(view: View, key: str) -> SheetData:
    """Afdelinger or Ledere: a row per group with its answers counted, the average of each scale
    question and the average level now of each competence."""
    lang = view.lang
    c = partial(column, lang)
    scale_qs = [q for q in view.asked(FormKind.EMPLOYEE) if q.type is QuestionType.SCALE]
    competences = view.collected.question_set.competences
    names = [c(key)]
    if key == "leader":
        names.append(c("departments"))
    names += [c(k) for k in ("employees", "returned", "missing", "rate")]
    question_cols = [(q, answer_header(q, lang)) for q in scale_qs]
    comp_cols = [(comp.id, f"{comp.id} {comp.name_for(lang)} ({c('now').lower()})")
                 for comp in competences]
    names += [h for _, h in question_cols] + [h for _, h in comp_cols]
    rows = Columns(names)
    for group in groups(view, key):
        got = [view.employee_forms[e.number] for e in group.members if view.answered(e)]
        row: dict[str, object] = {c(key): group.name, c("employees"): len(group.members),
                                  c("returned"): group.answered, c("missing"): group.missing,
                                  c("rate"): group.rate}
        if key == "leader":
            row[c("departments")] = ", ".join(sorted({e.department for e in group.members
                                                      if e.department}, key=str.casefold))
        for q, header in question_cols:
            row[header] = _mean([v for r in got if isinstance(v := r.answers.get(q.id), int)
                                 and not isinstance(v, bool)])
        for cid, header in comp_cols:
            row[header] = _mean([rating.now for r in got
                                 if (rating := r.competences.get(cid)) and rating.now is not None])
        rows.add(row)
    kinds: dict[str, Kind] = {c(k): "int" for k in ("employees", "returned", "missing")}
    kinds[c("rate")] = "percent"
    rules: dict[str, Rule] = {c("rate"): "rate"}
    comments = {}
    for q, header in question_cols:
        kinds[header] = "decimal"
        comments[header] = q.text_for(lang)
    for _, header in comp_cols:
        kinds[header] = "decimal"
        rules[header] = "level"
    if key == "leader":
        kinds[c("departments")] = "wrap"
    return SheetData(rows.frame(), kinds, rules, comments)


@dataclass(frozen=True)
class Gap:
    competence: str  # "K1 Faglig viden"
    now: float
    wanted: float | None
    gap: float | None
    ratings: int


def gaps(view: View) -> list[Gap]:
    """Each competence with the employees' average level now and wanted, biggest gap first."""
    out = []
    for comp in view.collected.question_set.competences:
        now, wanted, diff = [], [], []
        for r in view.employee_forms.values():
            rating = r.competences.get(comp.id)
            if rating is None:
                continue
            if rating.now is not None:
                now.append(rating.now)
            if rating.wanted is not None:
                wanted.append(rating.wanted)
            if rating.now is not None and rating.wanted is not None:
                diff.append(rating.wanted - rating.now)
        average = _mean(now)
        if average is not None:
            out.append(Gap(f"{comp.id} {comp.name_for(view.lang)}", average, _mean(wanted),
                           _mean(diff), len(now)))
    out.sort(key=lambda g: (-(g.gap if g.gap is not None else -99), g.competence))
    return out


def follow_ups(view: View) -> list[GoalRow]:
    """Goals whose follow-up is overdue or due within a month and has not been held, soonest
    first (a goal the agreement marks not agreed is not followed up)."""
    until = view.today + DUE_WITHIN
    due = [row for row in goal_rows(view)
           if row.goal.follow_up is not None and row.goal.follow_up <= until
           and not row.followed_up and row.source != NOT_AGREED]
    due.sort(key=lambda row: (row.goal.follow_up or until, row.employee.name.casefold()))
    return due


def due_until(view: View) -> dt.date:
    return view.today + DUE_WITHIN
