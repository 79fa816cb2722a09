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
    empty_required,
    goal_rows,
)
from pipeline.overview.labels import column, text, value
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
    incomplete: int = 0  # forms back with a required question left unanswered
    leader_forms_expected: int = 0

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
                  len(view.agreements),
                  sum(1 for e in view.staff
                      if empty_required(view, view.employee_forms.get(e.number))),
                  sum(1 for e in view.staff if view.leader_form_state(e) is not None))


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
    """The average to one decimal, as the workbook shows it (and colours it)."""
    return round(sum(values) / len(values), 1) if values else None


def group_sheet(view: View, key: str) -> SheetData:
    """Afdelinger or Ledere: a row per group with its answers counted, the average of each scale
    question and the average level now of each competence, each with n beside it: how many
    answers the average is of. A low average of a scale question is coloured (the scale reads
    higher = better); competence levels are self-assessments and stay neutral."""
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
    for _, header in (*question_cols, *comp_cols):
        names += [header, n_header(header)]
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
            levels = [v for r in got if isinstance(v := r.answers.get(q.id), int)
                      and not isinstance(v, bool)]
            row[header], row[n_header(header)] = _mean(levels), len(levels)
        for cid, header in comp_cols:
            levels = [rating.now for r in got
                      if (rating := r.competences.get(cid)) and rating.now is not None]
            row[header], row[n_header(header)] = _mean(levels), len(levels)
        rows.add(row)
    kinds: dict[str, Kind] = {c(k): "int" for k in ("employees", "returned", "missing")}
    kinds[c("rate")] = "percent"
    rules: dict[str, Rule] = {c("rate"): "rate"}
    comments = {}
    for q, header in question_cols:
        kinds[header] = "decimal"
        rules[header] = "average"
        comments[header] = q.text_for(lang)
    for _, header in (*question_cols, *comp_cols):
        kinds[header] = "decimal"
        kinds[n_header(header)] = "int"
        comments[n_header(header)] = text(lang, "n_note", column=header)
    if key == "leader":
        kinds[c("departments")] = "wrap"
    return SheetData(rows.frame(), kinds, rules, comments)


def n_header(header: str) -> str:
    """The column beside an average that says how many answers it is of: "n (N1)"."""
    return f"n ({header.split(' ', 1)[0]})"


@dataclass(frozen=True)
class Gap:
    """A competence's average level now and wanted (to one decimal, as shown), and the gap
    between them, all three over the same ``n`` employees: those who rated both. So the gap is
    wanted − now on every row, as the reader can check."""

    competence: str  # "K1 Faglig viden"
    now: float
    wanted: float
    n: int

    @property
    def gap(self) -> float:
        return round(self.wanted - self.now, 1)


def gaps(view: View) -> list[Gap]:
    """Each competence with the employees' average level now and wanted, biggest gap first."""
    out = []
    for comp in view.collected.question_set.competences:
        pairs = [(rating.now, rating.wanted) for r in view.employee_forms.values()
                 if (rating := r.competences.get(comp.id)) is not None
                 and rating.now is not None and rating.wanted is not None]
        if pairs:
            out.append(Gap(f"{comp.id} {comp.name_for(view.lang)}",
                           round(sum(p[0] for p in pairs) / len(pairs), 1),
                           round(sum(p[1] for p in pairs) / len(pairs), 1), len(pairs)))
    out.sort(key=lambda g: (-g.gap, g.competence))
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
