"""Every kind of document mus writes for one employee, made from the sample data: the employee's
form, the leader's, an English one (and the leader's about that employee, in the leader's
language), one with the scale as checkboxes, one with last year's goals (agreed, and only
proposed), the agreement (with proposals from returned forms) and a follow-up form. Shared by the
validation and the rendering tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from pipeline.agreement import make_agreement
from pipeline.followup import make_followup
from pipeline.forms.personalise import FormMaker
from pipeline.model import (
    Employee,
    FormKind,
    Goal,
    PreviousGoal,
    QuestionSet,
    Rating,
    Response,
)
from pipeline.sheets import read_employees, read_question_set
from pipeline.workspace import DEFAULTS

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
GENERATED = "2026-12-01T08:00:00+00:00"
KINDS = ("employee", "leader", "agreement", "english", "english-leader", "checkboxes",
         "previous", "previous-proposed", "leader-of-english", "followup")


def sample() -> tuple[list[Employee], QuestionSet]:
    return read_employees(EMPLOYEES), read_question_set(QUESTIONS)


def _response(employee: Employee, kind: FormKind, goals: tuple[Goal, ...],
              ratings: dict[str, Rating]) -> Response:
    return Response(file=f"{employee.number}-{kind.value}.docx", employee_id=employee.number,
                    season="2027", kind=kind, answers={}, competences=ratings, goals=goals,
                    previous_goals=(), read_by="controls")


def make_every_kind(out: Path) -> dict[str, Path]:
    """One file per kind in ``out``, by kind."""
    staff, questions = sample()
    by_number = {e.number: e for e in staff}
    jens, aisha = by_number["1007"], by_number["00042"]
    out.mkdir(parents=True, exist_ok=True)
    maker = FormMaker(questions, None, "2027", GENERATED)
    boxes = QuestionSet(questions.questions, questions.competences,
                        replace(questions.settings, scale_as_checkboxes=True),
                        questions.version + "-k")
    box_maker = FormMaker(boxes, None, "2027", GENERATED)
    previous = (
        PreviousGoal("Blive fortrolig med det nye sagssystem", "Kursus og sidemandsoplæring",
                     dt.date(2026, 9, 1)),
        PreviousGoal("Styrke formidlingen til borgerne", "Kursus i klarsprog",
                     dt.date(2026, 12, 1)),
    )
    own = _response(jens, FormKind.EMPLOYEE, (
        Goal("Lære PowerShell", "Kursus", "Kan automatisere brugeroprettelse",
             dt.date(2027, 9, 1), "Jens", dt.date(2027, 6, 1)),
        Goal("Certificering i netværk", "E-læring"),
        Goal("Mentor for IT-elev"),
    ), {"K1": Rating(3, 4), "K8": Rating(4, 5)})
    lead = _response(jens, FormKind.LEADER, (Goal("Overtage driften af backup"),),
                     {"K1": Rating(3, 4), "K4": Rating(2, 3)})
    made = {
        "employee": maker.make(jens, FormKind.EMPLOYEE).data,
        "leader": maker.make(jens, FormKind.LEADER).data,
        "english": maker.make(aisha, FormKind.EMPLOYEE).data,
        # Aisha writes English; her leader (not on the list) reads the default, Danish
        "leader-of-english": maker.make(aisha, FormKind.LEADER).data,
        # a leader whose own row on the list says English
        "english-leader": FormMaker(questions, None, "2027", GENERATED,
                                    languages={"9001": "en"}).make(
            replace(aisha, leader_number="9001"), FormKind.LEADER).data,
        "checkboxes": box_maker.make(jens, FormKind.EMPLOYEE).data,
        "previous": maker.make(jens, FormKind.EMPLOYEE, previous).data,
        # last season's proposals, which no agreement made goals
        "previous-proposed": maker.make(jens, FormKind.EMPLOYEE, tuple(
            replace(goal, agreed=False) for goal in previous)).data,
        "agreement": make_agreement(maker, questions, jens, own, lead),
        "followup": make_followup(maker, jens, [
            Goal("Lære PowerShell", "Kursus", "Kan automatisere brugeroprettelse",
                 dt.date(2027, 9, 1), "Jens", dt.date(2027, 6, 1), agreed=True),
            Goal("Overtage driften af backup", "Sidemandsoplæring", None, None, None,
                 dt.date(2027, 6, 1), agreed=True)]),
    }
    paths = {}
    for kind, data in made.items():
        paths[kind] = out / f"{kind}.docx"
        paths[kind].write_bytes(data)
    return paths
