"""Responses → one pandas frame per detail sheet, in the workbook's language and for one audience.

``scope`` decides what may be seen: "hr" gets answers with visibility alle; "leader" (a leader's
own workbook) gets alle and leder; "team" (the workbook of the employees with no leader) gets
alle only, for there is no leader to see the rest. Private answers are never read at all. The
development plan always goes to HR: it is the agreement that is followed up.

Each frame comes with what its columns hold (``kinds``) and which of them carry a colour rule
(``rules``), so that the writer never guesses from the values. Frames hold plain Python values
(``dtype=object``): a level is an int, a date a date, a missing answer None.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import Literal

import pandas as pd

from pipeline.collect.senders import shown_senders
from pipeline.cycle import (
    AGREED,
    PROPOSED_EMPLOYEE,
    PROPOSED_LEADER,
    FollowUpStatus,
    goal_key,
    goal_state,
    latest_followups,
)
from pipeline.forms.filters import form_numbers
from pipeline.model import (
    Collected,
    Employee,
    FormKind,
    Goal,
    Problem,
    Question,
    QuestionType,
    Response,
    Sensitivity,
    Value,
    Visibility,
    expects_leader_form,
)
from pipeline.overview.labels import HR_STATUSES, column, text, value
from pipeline.problems import reason, todo
from pipeline.teams import leader_key, leader_labels

MAX_TEXT = 32_000  # Excel's limit is 32,767 characters a cell
# Problems that leave a form's state "received": about another copy, or what the form promised.
INFORMATIVE = frozenset({"duplicate", "duplicate-differs", "promise-visibility",
                         "promise-leader"})

SHORT = 45

# What a column holds; the writer picks number format, width and wrapping by it.
Kind = Literal["id", "text", "wrap", "int", "level", "decimal", "percent", "date", "datetime",
               "plain"]  # plain: any value, left-aligned and wrapped (the Om sheet)
# Colour rules, only where a value is a warning, on fixed steps (never relative to the data):
#   average: the average of a scale question (higher is better) in the lower part of the scale;
#   rate: a low response rate, once the reply deadline has passed;
#   status: Problem always, Mangler once the reply deadline has passed;
#   overdue: a follow-up date before today.
# Self-assessments (the competence levels, their gap and change) are never coloured: a student
# helper who rates himself 1 is new, not a warning.
Rule = Literal["average", "rate", "status", "overdue"]


@dataclass
class SheetData:
    frame: pd.DataFrame
    kinds: dict[str, Kind] = field(default_factory=dict)  # column → kind (default "text")
    rules: dict[str, Rule] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)  # column → note on its header
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # column → drop-down
    notes: dict[tuple[int, str], str] = field(default_factory=dict)  # (row, column) → note

    def kind(self, name: str) -> Kind:
        return self.kinds.get(name, "text")


class Columns:
    """Rows gathered column by column: a frame of 500,000 rows without 500,000 dicts alive."""

    def __init__(self, columns: Sequence[str] = ()) -> None:
        self.data: dict[str, list[object]] = {c: [] for c in columns}
        self.count = 0

    def add(self, row: Mapping[str, object]) -> None:
        for key in row:
            if key not in self.data:
                self.data[key] = [None] * self.count
        for key, values in self.data.items():
            values.append(row.get(key))
        self.count += 1

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.data, columns=list(self.data), dtype=object)


def short(text: str) -> str:
    """A question cut to a column header, at a word (the full text is on the header's note
    and on the question sheet)."""
    if len(text) <= SHORT:
        return text
    cut = text[:SHORT].rsplit(" ", 1)[0] if " " in text[:SHORT] else text[:SHORT - 1]
    return cut.rstrip(" ,;:–-") + "…"


def visible(question: Question, scope: str) -> bool:
    if question.visibility is Visibility.PRIVATE or question.sensitive is not Sensitivity.NO:
        return False
    return question.visibility is Visibility.ALL or scope == "leader"


@dataclass(frozen=True)
class View:
    """What one workbook shows: whose forms, which questions, seen from when."""

    collected: Collected
    lang: str
    scope: str  # "hr", "leader" or "team" (no leader)
    staff: tuple[Employee, ...]  # sorted by department, leader, name
    employee_forms: Mapping[str, Response]
    leader_forms: Mapping[str, Response]
    agreements: Mapping[str, Response]
    problems: tuple[Problem, ...]
    troubled: frozenset[str]  # employees whose own form came with a problem
    today: dt.date
    previous_levels: Mapping[tuple[str, str], int] | None = None
    # each employee's leader as shown, by number: "Jens Hansen (1002)" where two share a name
    leader_labels: Mapping[str, str] = field(default_factory=dict)
    # each employee's follow-up forms (several a year: one per follow-up)
    followups: Mapping[str, tuple[Response, ...]] = field(default_factory=dict)

    def leader_of(self, e: Employee) -> str:
        return self.leader_labels.get(e.number, e.leader)

    @cached_property
    def deadline(self) -> dt.date | None:
        """When forms should be back: the reply deadline (Svarfrist); where the question set
        has none, the first meeting date."""
        deadline = self.collected.question_set.settings.deadline
        if deadline is not None:
            return deadline
        return min((e.meeting_date for e in self.staff if e.meeting_date), default=None)

    @cached_property
    def late(self) -> bool:
        """Whether the deadline has passed: only then is a missing form a warning."""
        return self.deadline is not None and self.today > self.deadline

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.collected.question_set.questions

    @cached_property
    def has_leader_forms(self) -> bool:
        return any(q.audience.includes(FormKind.LEADER) for q in self.questions)

    @cached_property
    def required(self) -> tuple[str, ...]:
        """The IDs of the required questions of the employee's form."""
        return tuple(q.id for q in self.questions
                     if q.required and q.audience.includes(FormKind.EMPLOYEE))

    @cached_property
    def names_leaders(self) -> bool:
        return any(e.leader for e in self.collected.staff)

    def leader_form_state(self, e: Employee) -> str | None:
        """"received", "missing", or None where no leader's form was made (no leader)."""
        if e.number in self.leader_forms:
            return "received"
        return "missing" if expects_leader_form(e, self.names_leaders) else None

    def asked(self, kind: FormKind) -> list[Question]:
        """The questions of one form kind that this workbook may show."""
        return [q for q in self.questions if q.audience.includes(kind) and
                visible(q, self.scope)]

    def answered(self, e: Employee) -> bool:
        return e.number in self.employee_forms

    def any_form(self, e: Employee) -> bool:
        n = e.number
        return n in self.employee_forms or n in self.leader_forms or n in self.agreements


def make_view(collected: Collected, lang: str, scope: str = "hr",
              staff: Sequence[Employee] | None = None,
              previous_levels: Mapping[tuple[str, str], int] | None = None,
              today: dt.date | None = None,
              labels: Mapping[str, str] | None = None) -> View:
    """``labels``: each employee's leader as shown (teams.leader_labels of the whole list,
    made here when not given)."""
    people = list(collected.staff if staff is None else staff)
    labels = leader_labels(collected.staff) if labels is None else labels
    numbers = {e.number for e in people}
    by_kind: dict[FormKind, dict[str, Response]] = defaultdict(dict)
    followups: dict[str, list[Response]] = defaultdict(list)
    promised = list(keep_promises(collected, scope))
    for response, _ in promised:
        if response.employee_id in numbers:
            if response.kind is FormKind.FOLLOWUP:
                followups[response.employee_id].append(response)
            else:
                by_kind[response.kind][response.employee_id] = response
    problems = tuple(p for p in (*collected.problems, *cut_answers(collected.responses),
                                 *(p for _, found in promised for p in found))
                     if scope == "hr" or p.employee_id in numbers)
    # a problem makes an employee's status "Problem" only when it is about their own form (not
    # about their leader's form or an agreement sent back untouched)
    own_files = {(r.employee_id, r.file) for r in by_kind[FormKind.EMPLOYEE].values()}
    troubled = frozenset(p.employee_id for p in problems
                         if p.code not in INFORMATIVE and (p.employee_id, p.file) in own_files)
    people.sort(key=lambda e: (e.department.casefold(), labels.get(e.number, e.leader)
                               .casefold(), e.name.casefold(), e.number))
    return View(collected, lang, scope, tuple(people), by_kind[FormKind.EMPLOYEE],
                by_kind[FormKind.LEADER], by_kind[FormKind.AGREEMENT], problems, troubled,
                today or dt.date.today(), previous_levels, labels,
                {number: tuple(forms) for number, forms in followups.items()})


def keep_promises(collected: Collected, scope: str
                  ) -> Iterator[tuple[Response, list[Problem]]]:
    """Each response as this workbook may show it: a form keeps the promises it was made with.
    An answer it promised only the leader's own workbook stays out of HR's, though the question
    set now says otherwise (a narrower setting applies at once: ``View.asked``); and where the
    employee's leader is no longer the one the form was made for, the answers meant for the
    leader alone go to no leader's workbook. Each case is reported, by question ID."""
    visibility = {q.id: q.visibility for q in collected.question_set.questions}
    leaders = {e.number: e for e in collected.staff}
    for r in collected.responses:
        found: list[Problem] = []
        withheld: set[str] = set()
        if r.kind is not FormKind.AGREEMENT:
            widened = sorted(q for q in r.leader_only if visibility.get(q) is Visibility.ALL)
            if widened:
                found.append(Problem(r.file, "promise-visibility", {"fields": ", ".join(widened)},
                                     r.employee_id))
                if scope == "hr":
                    withheld.update(widened)
            employee = leaders.get(r.employee_id)
            now = leader_key(employee) if employee is not None else ""
            if r.form_leader and now and r.form_leader != now:
                meant = sorted(q for q in r.answers if q in r.leader_only
                               or visibility.get(q) is Visibility.LEADER)
                if meant:
                    found.append(Problem(r.file, "promise-leader",
                                         {"fields": ", ".join(meant),
                                          "before": _leader_shown(r.form_leader, leaders),
                                          "now": employee.leader if employee else ""},
                                         r.employee_id))
                    if scope != "hr":
                        withheld.update(meant)
        if withheld:
            r = replace(r, answers={q: v for q, v in r.answers.items() if q not in withheld})
        yield r, found


def _leader_shown(key: str, staff: Mapping[str, Employee]) -> str:
    """A leader key (teams.leader_key) as a person reads it."""
    kind, _, rest = key.partition(":")
    if kind == "n":
        listed = staff.get(rest)
        return f"{listed.name} ({rest})" if listed is not None else rest
    return rest.split("|", 1)[-1] if kind == "e" else rest


def cut_answers(responses: Sequence[Response]) -> Iterator[Problem]:
    """A problem for every answer longer than a workbook cell holds: the workbook shows its
    start, `mus extract --json` all of it."""
    for r in responses:
        texts: list[tuple[str, object]] = [*r.answers.items(), *r.extra.items()]
        texts += [(f"goal:{n}:{part}", getattr(g, part)) for n, g in enumerate(r.goals, 1)
                  for part in ("goal", "activities", "criterion", "responsible")]
        for key, content in texts:
            if isinstance(content, str) and len(content) > MAX_TEXT:
                yield Problem(r.file, "answer-cut", {"field": key, "length": str(len(content)),
                                                     "shown": str(MAX_TEXT)}, r.employee_id)


def status_of(view: View, e: Employee) -> str:
    if e.number not in view.employee_forms:
        return "on_leave" if e.on_leave else "missing"
    return "problem" if e.number in view.troubled else "received"


def overview_sheet(view: View) -> SheetData:
    """Medarbejdere: everyone on the list with the state of their forms."""
    lang = view.lang
    c = partial(column, lang)
    keys = ["number", "name", "department", "job_title", "leader", "status", "meeting", "file",
            "saved", "unanswered", "read_by"]
    mailed = any(r.returned_by for r in view.employee_forms.values())
    if mailed:  # who sent each form back, and when: only where forms came by e-mail
        keys += ["returned_by", "returned_at"]
    if view.has_leader_forms:
        keys.append("leader_form")
    if view.agreements:
        keys.append("agreement")
    rows = Columns([c(k) for k in keys])
    for e in view.staff:
        r = view.employee_forms.get(e.number)
        unanswered = unanswered_required(view, e, r)
        row: dict[str, object] = {
            c("number"): e.number, c("name"): e.name, c("department"): e.department,
            c("job_title"): e.job_title, c("leader"): view.leader_of(e),
            c("status"): value(lang, status_of(view, e)), c("meeting"): e.meeting_date,
            c("file"): r.file if r else None, c("saved"): _naive(r.saved) if r else None,
            c("unanswered"): ", ".join(unanswered) or None,
            c("read_by"): value(lang, r.read_by) if r else None}
        if mailed:
            row[c("returned_by")] = (shown_senders(r.returned_by) or None) if r else None
            row[c("returned_at")] = _naive(r.returned_at) if r else None
        if view.has_leader_forms:
            state = view.leader_form_state(e)
            row[c("leader_form")] = value(lang, state) if state else None
        if view.agreements:
            row[c("agreement")] = value(
                lang, "received" if e.number in view.agreements else "missing")
        rows.add(row)
    # An agreement not back is no warning here: it comes after the conversation.
    return SheetData(rows.frame(), {c("number"): "id", c("meeting"): "date",
                                    c("saved"): "datetime", c("returned_at"): "datetime"},
                     {c("status"): "status", c("leader_form"): "status"},
                     {c("unanswered"): text(lang, "unanswered_note")})


def empty_required(view: View, r: Response | None) -> list[str]:
    """The IDs of the required questions a returned form left empty."""
    if r is None:
        return []
    answers = r.answers
    return [qid for qid in view.required if qid in answers and answers[qid] is None]


def unanswered_required(view: View, e: Employee, r: Response | None) -> list[str]:
    """The required questions ``e``'s returned form left empty, as the employee saw them: the
    number on their form, the ID beside it ("10 (N5)")."""
    empty = empty_required(view, r)
    if not empty:
        return []
    qs = view.collected.question_set
    numbers = form_numbers(qs.questions, qs.phases, FormKind.EMPLOYEE, e)
    return [f"{numbers[qid]} ({qid})" if qid in numbers else qid for qid in empty]


def answer_header(q: Question, lang: str, leader: bool = False) -> str:
    tag = f" ({value(lang, 'leader_form')})" if leader else ""
    kind = FormKind.LEADER if leader else FormKind.EMPLOYEE
    return f"{q.id}{tag} {short(q.text_for(lang, kind))}"


def _answer(q: Question, v: Value, lang: str) -> Value:
    """An answer as the workbook shows it: yes/no in its words, a chosen option in its
    language (answers are kept in the question set's own words)."""
    if isinstance(v, bool):
        return value(lang, "yes" if v else "no")
    if isinstance(v, str) and q.type is QuestionType.CHOICE:
        return q.option_for(v, lang)
    return v


_ANSWER_KINDS: dict[QuestionType, Kind] = {QuestionType.TEXT: "wrap",
                                           QuestionType.SCALE: "level",
                                           QuestionType.DATE: "date"}


def _answer_kind(q: Question) -> Kind:
    return _ANSWER_KINDS.get(q.type, "text")


def answers_sheet(view: View) -> SheetData:
    """Svar: a row per employee with any form back, a column per question they may see."""
    lang = view.lang
    c = partial(column, lang)
    own = [(q, answer_header(q, lang)) for q in view.asked(FormKind.EMPLOYEE)]
    lead = [(q, answer_header(q, lang, leader=True)) for q in view.asked(FormKind.LEADER)]
    agreement_cols = [(key, f"{value(lang, 'agreement')}: {value(lang, label)}") for key, label
                      in (("agr:conclusions", "conclusions"), ("agr:other", "other"))]
    with_previous = any(r.previous_goals for r in view.employee_forms.values())
    names = [c(k) for k in ("number", "name", "department", "leader")]
    names += [h for _, h in own] + [h for _, h in lead]
    if view.agreements:
        names += [h for _, h in agreement_cols]
    if with_previous:
        names.append(c("previous_status"))
    rows = Columns(names)
    notes: dict[tuple[int, str], str] = {}
    for e in view.staff:
        if not view.any_form(e):
            continue
        r, lr = view.employee_forms.get(e.number), view.leader_forms.get(e.number)
        row: dict[str, object] = {c("number"): e.number, c("name"): e.name,
                                  c("department"): e.department, c("leader"): view.leader_of(e)}
        for form, asked in ((r, own), (lr, lead)):
            for q, header in asked:
                shown = _answer(q, form.answers.get(q.id), lang) if form else None
                if form is not None and q.id in form.beside:  # more was written beside it
                    notes[(rows.count, header)] = value(lang, "beside_note")
                    if q.type is QuestionType.TEXT:
                        mark = value(lang, "beside_mark")
                        shown = f"{shown}\n{mark}" if shown else mark
                row[header] = shown
        agreement = view.agreements.get(e.number)
        if agreement is not None:
            for key, header in agreement_cols:
                row[header] = agreement.extra.get(key)
        if r is not None and r.previous_goals:
            row[c("previous_status")] = "\n".join(
                f"{g.goal}: {g.status or '–'}" + (f" ({g.comment})" if g.comment else "")
                for g in r.previous_goals)
        rows.add(row)
    kinds: dict[str, Kind] = {c("number"): "id"}
    comments = {}
    for q, header in own:
        kinds[header] = _answer_kind(q)
        comments[header] = q.text_for(lang)
    for q, header in lead:
        kinds[header] = _answer_kind(q)
        comments[header] = q.text_for(lang, FormKind.LEADER)
    for _, header in agreement_cols:
        kinds[header] = "wrap"
    kinds[c("previous_status")] = "wrap"
    return SheetData(rows.frame(), kinds, comments=comments, notes=notes)


@dataclass(frozen=True, slots=True)
class GoalRow:
    employee: Employee
    # a VALUES key: agreed, not_agreed, proposed (in an agreement, neither chosen),
    # proposed_employee, proposed_leader (from the preparation forms)
    source: str
    goal: Goal
    latest: FollowUpStatus | None = None  # the goal's latest follow-up, where it has had one

    @property
    def followed_up(self) -> bool:
        return self.latest is not None


def goal_rows(view: View) -> Iterator[GoalRow]:
    """Every goal in the order of the goal sheet: an agreement's goals (each agreed, not
    agreed or still proposed) replace that employee's proposals."""
    for e in view.staff:
        agreement = view.agreements.get(e.number)
        if agreement is not None:
            latest = latest_followups(view.followups.get(e.number, ()))
            for g in agreement.goals:
                state = goal_state(g)
                done = latest.get(goal_key(g.goal)) if g.goal and state == AGREED else None
                yield GoalRow(e, state, g, done)
            continue
        own, lead = view.employee_forms.get(e.number), view.leader_forms.get(e.number)
        for source, goals in ((PROPOSED_EMPLOYEE, own.goals if own else ()),
                              (PROPOSED_LEADER, lead.goals if lead else ())):
            for g in goals:
                yield GoalRow(e, source, g)


def goals_sheet(view: View) -> SheetData:
    lang = view.lang
    c = partial(column, lang)
    keys = ["number", "name", "department", "leader", "source", "goal", "activities",
            "criterion", "deadline", "responsible", "follow_up", "overdue"]
    if view.agreements:
        keys += ["employee_comment", "leader_comment"]
    keys += ["latest_status", "latest_date", "latest_next", "hr_status"]
    rows = Columns([c(k) for k in keys])
    for item in goal_rows(view):
        e, g, latest = item.employee, item.goal, item.latest
        overdue = (g.follow_up is not None and g.follow_up < view.today and latest is None
                   and item.source != "not_agreed")
        row: dict[str, object] = {
            c("number"): e.number, c("name"): e.name, c("department"): e.department,
            c("leader"): view.leader_of(e), c("source"): value(lang, item.source),
            c("goal"): g.goal,
            c("activities"): g.activities, c("criterion"): g.criterion,
            c("deadline"): g.deadline, c("responsible"): g.responsible,
            c("follow_up"): g.follow_up,
            c("overdue"): value(lang, "yes") if overdue else None,
            c("latest_status"): _status(latest.status, lang) if latest else None,
            c("latest_date"): latest.date if latest else None,
            c("latest_next"): latest.next_step if latest else None}
        if view.agreements:
            row[c("employee_comment")] = g.employee_comment
            row[c("leader_comment")] = g.leader_comment
        rows.add(row)
    return SheetData(
        rows.frame(),
        {c("number"): "id", c("goal"): "wrap", c("activities"): "wrap", c("criterion"): "wrap",
         c("deadline"): "date", c("follow_up"): "date", c("employee_comment"): "wrap",
         c("leader_comment"): "wrap", c("latest_date"): "date", c("latest_next"): "wrap"},
        {c("follow_up"): "overdue"},
        choices={c("hr_status"): HR_STATUSES.get(lang, HR_STATUSES["da"])})


def _status(status: str | None, lang: str) -> str | None:
    """A follow-up's status (kept in Danish) in the workbook's language."""
    if status is None or lang == "da":
        return status
    statuses = HR_STATUSES["da"]
    return HR_STATUSES["en"][statuses.index(status)] if status in statuses else status


def competences_sheet(view: View) -> SheetData:
    """Kompetencer, long: a row per employee and competence (next season reads it back)."""
    lang = view.lang
    c = partial(column, lang)
    keys = ["number", "name", "department", "leader", "competence_id", "competence", "group",
            "now", "wanted", "gap"]
    if view.has_leader_forms:
        keys += ["leader_now", "leader_wanted"]
    if view.agreements:
        keys += ["agreed_now", "agreed_wanted"]
    if view.previous_levels is not None:
        keys.append("change")
    rows = Columns([c(k) for k in keys])
    competences = view.collected.question_set.competences
    for e in view.staff:
        r, lr = view.employee_forms.get(e.number), view.leader_forms.get(e.number)
        agreement = view.agreements.get(e.number)
        if r is None and lr is None and agreement is None:
            continue
        for comp in competences:
            own = r.competences.get(comp.id) if r else None
            lead = lr.competences.get(comp.id) if lr else None
            agreed = agreement.competences.get(comp.id) if agreement else None
            now = own.now if own else None
            wanted = own.wanted if own else None
            row: dict[str, object] = {
                c("number"): e.number, c("name"): e.name, c("department"): e.department,
                c("leader"): view.leader_of(e), c("competence_id"): comp.id,
                c("competence"): comp.name_for(lang), c("group"): comp.group_for(lang) or None,
                c("now"): now, c("wanted"): wanted,
                c("gap"): wanted - now if now is not None and wanted is not None else None}
            if view.has_leader_forms:
                row[c("leader_now")] = lead.now if lead else None
                row[c("leader_wanted")] = lead.wanted if lead else None
            if view.agreements:
                row[c("agreed_now")] = agreed.now if agreed else None
                row[c("agreed_wanted")] = agreed.wanted if agreed else None
            if view.previous_levels is not None:
                before = view.previous_levels.get((e.number, comp.id))
                row[c("change")] = now - before if now is not None and before is not None \
                    else None
            rows.add(row)
    kinds: dict[str, Kind] = {c(k): "level" for k in ("now", "wanted", "gap", "leader_now",
                                                      "leader_wanted", "agreed_now",
                                                      "agreed_wanted", "change")}
    kinds[c("number")] = "id"
    # No colours: levels are assessments, not warnings (Rule above).
    return SheetData(rows.frame(), kinds)


def problems_sheet(view: View) -> SheetData:
    lang = view.lang
    c = partial(column, lang)
    rows = Columns([c(k) for k in ("file", "number", "problem", "todo")])
    for p in view.problems:
        rows.add({c("file"): p.file, c("number"): p.employee_id or None,
                  c("problem"): reason(p, lang), c("todo"): todo(p, lang)})
    return SheetData(rows.frame(), {c("number"): "id", c("problem"): "wrap",
                                    c("todo"): "wrap"})


def questions_sheet(view: View) -> SheetData:
    """Spørgsmål: every question with its full text, and where its answers are shown."""
    lang = view.lang
    c = partial(column, lang)
    rows = Columns([c(k) for k in ("id", "phase", "question", "type", "audience", "visibility",
                                   "required")])
    for q in view.questions:
        sensitive = q.sensitive is not Sensitivity.NO  # (not even its wording: it may tell)
        rows.add({c("id"): q.id, c("phase"): q.phase_for(lang),
                  c("question"): value(lang, "sensitive_text") if sensitive
                  else q.text_for(lang),
                  c("type"): value(lang, q.type.value),
                  c("audience"): value(lang, f"aud_{q.audience.value}"),
                  c("visibility"): value(lang, "vis_sensitive" if sensitive
                                         else f"vis_{q.visibility.value}"),
                  c("required"): value(lang, "yes" if q.required else "no")})
    return SheetData(rows.frame(), {c("question"): "wrap", c("visibility"): "wrap"})


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    """Excel has no time zones: local time, without one."""
    if moment is None:
        return None
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
