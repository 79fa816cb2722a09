"""Responses → pandas frames, one per sheet, in the workbook's language and for one audience.

``scope`` decides what may be seen: "hr" gets answers with visibility alle; "leader" (a leader's
own workbook) gets alle and leder. Private answers are never read at all. The development plan
always goes to HR: it is the agreement that is followed up.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

import pandas as pd

from pipeline.collect.ingest import Collected
from pipeline.model import (
    Employee,
    FormKind,
    Goal,
    Question,
    QuestionType,
    Response,
    Value,
    Visibility,
)
from pipeline.overview.labels import column, value
from pipeline.problems import reason, todo

SHORT = 45


@dataclass
class Frames:
    overview: pd.DataFrame
    answers: pd.DataFrame
    goals: pd.DataFrame
    competences: pd.DataFrame
    competence_summary: pd.DataFrame
    departments: pd.DataFrame
    problems: pd.DataFrame
    text_columns: dict[str, set[str]] = field(default_factory=dict)  # sheet → wrapped columns


class Columns:
    """Rows gathered column by column: a frame of 500,000 rows without 500,000 dicts alive."""

    def __init__(self) -> None:
        self.data: dict[str, list[object]] = {}
        self.count = 0

    def add(self, row: Mapping[str, object]) -> None:
        for key in row:
            if key not in self.data:
                self.data[key] = [None] * self.count
        for key, values in self.data.items():
            values.append(row.get(key))
        self.count += 1

    def frame(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        if columns is not None:
            return pd.DataFrame({c: self.data.get(c, [None] * self.count) for c in columns},
                                columns=list(columns))
        return pd.DataFrame(self.data)


def short(text: str) -> str:
    return text if len(text) <= SHORT else text[:SHORT - 1].rstrip() + "…"


def visible(question: Question, scope: str) -> bool:
    if question.visibility is Visibility.PRIVATE:
        return False
    return question.visibility is Visibility.ALL or scope == "leader"


def _display(v: Value, lang: str) -> Value:
    if isinstance(v, bool):
        return value(lang, "yes" if v else "no")
    return v


def build_frames(collected: Collected, lang: str, scope: str = "hr",
                 staff: Sequence[Employee] | None = None,
                 previous_levels: Mapping[tuple[str, str], int] | None = None,
                 today: dt.date | None = None) -> Frames:
    c = partial(column, lang)
    today = today or dt.date.today()
    staff = list(collected.staff if staff is None else staff)
    numbers = {e.number for e in staff}
    by_kind: dict[FormKind, dict[str, Response]] = defaultdict(dict)
    for response in collected.responses:
        if response.employee_id in numbers:
            by_kind[response.kind][response.employee_id] = response
    employee_forms = by_kind[FormKind.EMPLOYEE]
    leader_forms = by_kind[FormKind.LEADER]
    agreements = by_kind[FormKind.AGREEMENT]
    questions = collected.question_set.questions
    has_leader = any(q.audience.includes(FormKind.LEADER) for q in questions)
    problems = [p for p in collected.problems if scope == "hr" or p.employee_id in numbers]
    troubled = {p.employee_id for p in problems if p.code != "duplicate" and p.employee_id}
    staff.sort(key=lambda e: (e.department.casefold(), e.leader.casefold(), e.name.casefold(),
                              e.number))

    # Oversigt
    rows = []
    for e in staff:
        r: Response | None = employee_forms.get(e.number)
        status = ("problem" if e.number in troubled else "received") if r else "missing"
        unanswered = [q.id for q in questions if q.required and q.audience.includes(
            FormKind.EMPLOYEE) and r is not None and q.id in r.answers and r.answers[q.id] is None]
        row: dict[str, object] = {
               c("number"): e.number, c("name"): e.name, c("department"): e.department,
               c("job_title"): e.job_title, c("leader"): e.leader,
               c("status"): value(lang, status), c("file"): r.file if r else None,
               c("saved"): _naive(r.saved) if r else None,
               c("unanswered"): ", ".join(unanswered) or None,
               c("read_by"): value(lang, r.read_by) if r else None}
        if has_leader:
            lr = leader_forms.get(e.number)
            row[c("leader_form")] = value(lang, "received" if lr else "missing")
        if agreements:
            row[c("agreement")] = value(lang, "received" if e.number in agreements
                                        else "missing")
        rows.append(row)
    overview = pd.DataFrame(rows)

    # Svar
    emp_qs = [q for q in questions if q.audience.includes(FormKind.EMPLOYEE) and visible(q, scope)]
    lead_qs = [q for q in questions if q.audience.includes(FormKind.LEADER) and visible(q, scope)]
    leader_tag = value(lang, "leader_form")
    answer_rows = Columns()
    text_cols = set()
    for e in staff:
        r, lr = employee_forms.get(e.number), leader_forms.get(e.number)
        if r is None and lr is None and e.number not in agreements:
            continue
        row = {c("number"): e.number, c("name"): e.name, c("department"): e.department,
               c("leader"): e.leader}
        for q in emp_qs:
            header = f"{q.id} {short(q.text)}"
            row[header] = _display(r.answers.get(q.id), lang) if r else None
            if q.type is QuestionType.TEXT:
                text_cols.add(header)
        for q in lead_qs:
            header = f"{q.id} ({leader_tag}) {short(q.text)}"
            row[header] = _display(lr.answers.get(q.id), lang) if lr else None
            if q.type is QuestionType.TEXT:
                text_cols.add(header)
        agreement = agreements.get(e.number)
        if agreement is not None:
            for key, label in (("agr:conclusions", "conclusions"), ("agr:other", "other")):
                header = f"{value(lang, 'agreement')}: {value(lang, label)}"
                row[header] = agreement.extra.get(key)
                text_cols.add(header)
        if r is not None and r.previous_goals:
            row[c("previous_status")] = "\n".join(
                f"{g.goal}: {g.status or '–'}" + (f" ({g.comment})" if g.comment else "")
                for g in r.previous_goals)
            text_cols.add(c("previous_status"))
        answer_rows.add(row)
    answers = answer_rows.frame()

    # Udviklingsmål: agreed goals replace the proposals for that employee.
    goal_rows = Columns()
    for e in staff:
        sources: list[tuple[str, Sequence[Goal]]]
        if e.number in agreements:
            sources = [("agreed", agreements[e.number].goals)]
        else:
            sources = [("proposed_employee", employee_forms[e.number].goals
                        if e.number in employee_forms else ()),
                       ("proposed_leader", leader_forms[e.number].goals
                        if e.number in leader_forms else ())]
        for source, goals in sources:
            for g in goals:
                overdue = g.follow_up is not None and g.follow_up < today
                goal_rows.add({
                    c("number"): e.number, c("name"): e.name, c("department"): e.department,
                    c("leader"): e.leader, c("source"): value(lang, source), c("goal"): g.goal,
                    c("activities"): g.activities, c("criterion"): g.criterion,
                    c("deadline"): g.deadline, c("responsible"): g.responsible,
                    c("follow_up"): g.follow_up,
                    c("overdue"): value(lang, "yes") if overdue else None,
                    c("hr_status"): None})
    goal_columns = [c(k) for k in ("number", "name", "department", "leader", "source", "goal",
                                   "activities", "criterion", "deadline", "responsible",
                                   "follow_up", "overdue", "hr_status")]
    goals_frame = goal_rows.frame(goal_columns)

    # Kompetencer (long: employee × competence)
    comp_rows = Columns()
    for e in staff:
        r, lr = employee_forms.get(e.number), leader_forms.get(e.number)
        if r is None and lr is None:
            continue
        for comp in collected.question_set.competences:
            own = r.competences.get(comp.id) if r else None
            lead = lr.competences.get(comp.id) if lr else None
            now = own.now if own else None
            wanted = own.wanted if own else None
            row = {c("number"): e.number, c("name"): e.name, c("department"): e.department,
                   c("leader"): e.leader, c("competence_id"): comp.id,
                   c("competence"): comp.name, c("group"): comp.group or None,
                   c("now"): now, c("wanted"): wanted,
                   c("gap"): wanted - now if now is not None and wanted is not None else None}
            if has_leader:
                row[c("leader_now")] = lead.now if lead else None
                row[c("leader_wanted")] = lead.wanted if lead else None
            if previous_levels is not None:
                before = previous_levels.get((e.number, comp.id))
                row[c("change")] = now - before if now is not None and before is not None \
                    else None
            comp_rows.add(row)
    competences = comp_rows.frame()
    summary = _competence_summary(competences, lang, collected)

    # Afdelinger
    departments = _departments(staff, employee_forms, emp_qs, lang)

    problem_frame = pd.DataFrame(
        [{c("file"): p.file, c("number"): p.employee_id or None,
          c("problem"): reason(p, lang), c("todo"): todo(p, lang)} for p in problems],
        columns=[c("file"), c("number"), c("problem"), c("todo")])
    return Frames(overview, answers, goals_frame, competences, summary, departments,
                  problem_frame, {
                      "answers": text_cols,
                      "goals": {c("goal"), c("activities"), c("criterion")},
                      "problems": {c("problem"), c("todo")},
                  })


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    """Excel has no time zones: local time, without one."""
    if moment is None:
        return None
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _competence_summary(competences: pd.DataFrame, lang: str,
                        collected: Collected) -> pd.DataFrame:
    """Average level now, per department and per leader (rows) and competence (columns)."""
    c = partial(column, lang)
    comps = collected.question_set.competences
    ids = [comp.id for comp in comps]
    names = {comp.id: f"{comp.id} {short(comp.name)}" for comp in comps}
    if competences.empty or not ids:
        return pd.DataFrame(columns=[c("kind"), c("name"), *names.values()])
    frames = []
    for key, label in (("department", value(lang, "department")),
                       ("leader", value(lang, "leader"))):
        pivot = competences.pivot_table(index=c(key), columns=c("competence_id"),
                                        values=c("now"), aggfunc="mean")
        pivot = pivot.reindex(columns=ids).rename(columns=names)
        pivot.insert(0, c("name"), pivot.index)
        pivot.insert(0, c("kind"), label)
        frames.append(pivot.reset_index(drop=True))
    every = competences.groupby(c("competence_id"))[c("now")].mean().reindex(ids)
    total = {c("kind"): value(lang, "all"), c("name"): value(lang, "all")}
    total.update({names[i]: every[i] for i in ids})
    frames.append(pd.DataFrame([total]))
    out = pd.concat(frames, ignore_index=True)
    return out.astype(object).where(out.notna(), None)


def _departments(staff: Sequence[Employee], employee_forms: Mapping[str, Response],
                 questions: Sequence[Question], lang: str) -> pd.DataFrame:
    c = partial(column, lang)
    scale_qs = [q for q in questions if q.type is QuestionType.SCALE]
    rows = []
    for key, label in (("department", value(lang, "department")),
                       ("leader", value(lang, "leader"))):
        groups: dict[str, list[Employee]] = defaultdict(list)
        for e in staff:
            groups[getattr(e, key) or "–"].append(e)
        for name in sorted(groups, key=str.casefold):
            members = groups[name]
            got = [employee_forms[e.number] for e in members if e.number in employee_forms]
            row: dict[str, object] = {c("kind"): label, c("name"): name,
                                      c("employees"): len(members), c("returned"): len(got),
                                      c("missing"): len(members) - len(got),
                                      c("rate"): len(got) / len(members) if members else None}
            for q in scale_qs:
                values = [r.answers.get(q.id) for r in got]
                numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
                row[f"{q.id} {short(q.text)}"] = (round(sum(numbers) / len(numbers), 2)
                                                   if numbers else None)
            rows.append(row)
    return pd.DataFrame(rows)
