"""Forms filled in LibreOffice Writer itself, the ways a person fills them, saved as .docx and
read back: every typed value comes back exactly (line breaks included), or a problem names its
field; nothing lands under another field; two ticks are never a silent answer.

Writer is driven over UNO by tests/lo/fill_with_writer.py (one soffice start for the module).
Each form's plan cycles through the ways of filling each kind of field, so that together the
forms fill every kind in every way: Danish and English, employee's and leader's forms, a scale of
checkboxes, last year's goals.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.agreement import make_agreement
from pipeline.collect.extract import extract_file
from pipeline.collect.response import field_label
from pipeline.followup import make_followup
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.forms.personalise import FormMaker
from pipeline.formspec import Field, FieldKind, FormSpec
from pipeline.model import FormKind, Goal, PreviousGoal, PreviousGoalStatus, Response
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.props import read_custom_props
from pipeline.ooxml.read_controls import iter_controls
from pipeline.sheets import read_employees, read_question_set
from pipeline.texts import FOLLOWUP_STATUSES, STATUSES, form_text
from pipeline.workspace import DEFAULTS
from tests.conftest import WriterFill
from tests.helpers import questions_xlsx

REPORTED = object()  # the value cannot be read: a problem must name the field


@dataclass(frozen=True)
class Step:
    how: str
    typed: str = ""
    expected: object = None


def text_steps(lang: str) -> list[Step | None]:
    one, two = ("Én linje", "Første linje\nAnden linje") if lang == "da" else (
        "One line", "First line\nSecond line")
    return [Step("dialog", one, one), Step("dialog", two, two),
            Step("over", f"{one} hen over", f"{one} hen over"), Step("over", two, two),
            Step("after", f"{one} efter", f"{one} efter"), None]


def scale_steps(items: Sequence[str]) -> list[Step | None]:
    label = items[3].split(" – ", 1)[-1]
    return [Step("pick", items[3], 4), Step("type", "3", 3), Step("type", items[1], 2),
            Step("type", label.lower(), 4), Step("type", "7", REPORTED), None,
            Step("pick", items[0], 1), Step("type", items[4].replace(" – ", " - "), 5)]


def yes_no_steps(lang: str) -> list[Step | None]:
    yes, no = form_text(lang, "yes"), form_text(lang, "no")
    return [Step("pick", yes, True), Step("type", no.lower(), False), Step("pick", no, False),
            Step("type", yes, True), None]


def choice_steps(items: Sequence[str], statuses: Sequence[str] | None) -> list[Step | None]:
    # A goal's status (last year's, or a follow-up's) is kept in the workbook's (Danish) words.
    shown = (lambda i: statuses[i]) if statuses else (lambda i: items[i])
    return [Step("pick", items[1], shown(1)), Step("type", items[0].lower(), shown(0)),
            Step("type", "Noget helt andet", REPORTED), None]


DATE_STEPS: list[Step | None] = [
    Step("pick", "2027-03-14", dt.date(2027, 3, 14)),
    Step("type", "14-03-2027", dt.date(2027, 3, 14)),
    Step("type", "2027-04-01", dt.date(2027, 4, 1)),
    Step("type", "1.5.2027", dt.date(2027, 5, 1)),
    Step("type", "14. marts 2027", dt.date(2027, 3, 14)),
    Step("type", "snart", REPORTED),
    None,
]


@dataclass
class Plan:
    """What Writer is to do in one form, and what reading it back must give."""

    source: Path
    target: Path
    spec: FormSpec
    fill: dict[str, dict[str, str]]
    expected: dict[str, object]  # field key (q:N2 for a checkbox group) → value
    private: set[str]

    def for_driver(self) -> dict[str, object]:
        return {"source": str(self.source), "target": str(self.target),
                "fields": [[f.key, f.code] for f in self.spec.fields], "fill": self.fill}


def items_by_tag(path: Path) -> dict[str, list[str]]:
    with SafeZip(path) as package:
        return {c.tag.removeprefix("mus:"): [d for d, _ in c.items]
                for c in iter_controls(package.xml("word/document.xml")) if c.kind == "dropdown"}


def make_plan(source: Path, target: Path, offset: int) -> Plan:
    """Every field filled one of the ways its kind allows, cycling from ``offset``."""
    with SafeZip(source) as package:
        spec = FormSpec.from_props(read_custom_props(package))
    assert spec is not None
    items = items_by_tag(source)
    turns: dict[str, Iterator[int]] = {}

    def next_step(kind: str, steps: list[Step | None]) -> Step | None:
        """The next way in this kind's cycle (each field has steps of its own items)."""
        turn = next(turns.setdefault(kind, itertools.count(offset)))
        return steps[turn % len(steps)]

    plan = Plan(source, target, spec, {}, {}, set())
    groups: dict[str, list[Field]] = {}
    for f in spec.fields:
        if f.kind is FieldKind.CHECK:
            groups.setdefault(f.parts[1], []).append(f)
            continue
        kind = f.kind
        if kind in (FieldKind.TEXT, FieldKind.LINE):
            step = next_step("text", text_steps(spec.language))
        elif kind in (FieldKind.SCALE, FieldKind.RATING):
            step = next_step(kind.value, scale_steps(items[f.key]))
        elif kind is FieldKind.YESNO:
            step = next_step("yesno", yes_no_steps(spec.language))
        elif kind is FieldKind.CHOICE:
            statuses = (FOLLOWUP_STATUSES if spec.kind is FormKind.FOLLOWUP else STATUSES) \
                if f.parts[0] == "prev" else None
            step = next_step("choice", choice_steps(items[f.key], statuses))
        else:
            step = next_step("date", DATE_STEPS)
        if f.private:
            plan.private.add(f.key)
            step = Step("dialog" if kind is FieldKind.TEXT else "type", "Privat: aldrig læst")
        if step is not None:
            plan.fill[f.key] = {"how": step.how, "value": step.typed}
        plan.expected[f.key] = step.expected if step else None
    for n, (qid, steps) in enumerate(groups.items(), start=offset):
        ticked: tuple[int, ...] = ((), (4,), (1,), (2, 5), (5,))[n % 5]
        for f in steps:
            if int(f.parts[2]) in ticked:
                plan.fill[f.key] = {"how": "tick"}
        if f.private:
            plan.private.add(f"q:{qid}")
        plan.expected[f"q:{qid}"] = (REPORTED if len(ticked) > 1 else
                                     ticked[0] if ticked else None)
    return plan


def read_back(response: Response) -> dict[str, object]:
    """The response by field key again (goals by number: only goals with something in them)."""
    got: dict[str, object] = {f"q:{qid}": v for qid, v in response.answers.items()}
    for cid, rating in response.competences.items():
        got[f"c:{cid}:now"], got[f"c:{cid}:wanted"] = rating.now, rating.wanted
    got.update(response.extra)  # an agreement's and a follow-up's own fields
    return got


def check(plan: Plan) -> None:
    result = extract_file(plan.target)
    response = result.response
    assert response is not None, result.problems
    assert response.employee_id == plan.spec.employee_id and response.kind is plan.spec.kind
    assert response.read_by == "controls"
    reported = {p.params.get("field") for p in response.problems}
    assert {p.code for p in response.problems} <= {"unreadable-value", "several-ticked"}, \
        response.problems
    got = read_back(response)
    goals: dict[int, dict[str, object]] = {}
    previous: dict[int, dict[str, object]] = {}
    for key, expected in plan.expected.items():
        parts = key.split(":")
        if key in plan.private:
            assert parts[1] not in response.answers, f"{key} is private and was read"
            continue
        value = None if expected is REPORTED else expected
        if expected is REPORTED:
            assert field_label(key) in reported, f"{key}: no problem reported"
        else:
            assert field_label(key) not in reported, f"{key}: reported, but it reads"
        if parts[0] == "goal":
            goals.setdefault(int(parts[1]), {})[parts[2]] = value
        elif parts[0] == "prev":
            previous.setdefault(int(parts[1]), {})[parts[2]] = value
        else:
            assert got[key] == value, f"{key}: typed {plan.fill.get(key)}, read {got[key]!r}"
    expected_goals = tuple(
        g for g in (Goal(p.get("goal"), p.get("activities"), p.get("criterion"),  # type: ignore[arg-type]
                         p.get("deadline"), p.get("responsible"), p.get("followup"),  # type: ignore[arg-type]
                         p.get("agreed"), p.get("employee_comment"),  # type: ignore[arg-type]
                         p.get("leader_comment"))  # type: ignore[arg-type]
                    for _, p in sorted(goals.items())) if not g.is_empty())
    assert response.goals == expected_goals
    assert response.previous_goals == tuple(
        PreviousGoalStatus(plan.spec.previous_goals[n - 1], p.get("status"),  # type: ignore[arg-type]
                           p.get("comment"), p.get("next"))  # type: ignore[arg-type]
        for n, p in sorted(previous.items()))


LAST_YEAR = [PreviousGoal("Blive bedre til Excel", "Kursus", dt.date(2026, 6, 1)),
             PreviousGoal("Mentor for ny kollega"), PreviousGoal("Lære Python")]


@pytest.fixture(scope="module")
def filled(writer: WriterFill, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    """Seven forms, each filled in Writer in a plan of its own, all in one soffice run."""
    made = tmp_path_factory.mktemp("blank")
    out = tmp_path_factory.mktemp("filled")
    sources: dict[str, Path] = {}
    # Danish and English employees with last year's goals; a leader's form.
    question_set = read_question_set(DEFAULTS / "input" / "questions.xlsx")
    staff = {e.number: e for e in read_employees(DEFAULTS / "input" / "employees.xlsx")}
    maker = FormMaker(question_set, None, "2027", "2026-12-01T00:00:00+00:00")
    for name, number, kind, previous in (
            ("da", "1007", FormKind.EMPLOYEE, LAST_YEAR), ("en", "00042", FormKind.EMPLOYEE,
                                                           LAST_YEAR),
            ("leader", "1003", FormKind.LEADER, ()), ("da-plain", "1002", FormKind.EMPLOYEE,
                                                      ())):
        sources[name] = made / f"{name}.docx"
        sources[name].write_bytes(maker.make(staff[number], kind, previous).data)
    # A scale drawn as checkboxes.
    questions = questions_xlsx(made / "questions.xlsx", settings=[
        ("Sæson", "2027"), ("Skala som", "afkrydsning")])
    boxes = generate(GenerateOptions(DEFAULTS / "input" / "employees.xlsx", questions,
                                     made / "boxes", jobs=1, only=("1007",)))
    sources["checkboxes"] = boxes.out / "1007_Jens_Hansen.docx"
    # The agreement (no proposals: every field as a person finds it) and a follow-up form.
    sources["agreement"] = made / "agreement.docx"
    sources["agreement"].write_bytes(make_agreement(maker, question_set, staff["1002"], None,
                                                    None))
    sources["followup"] = made / "followup.docx"
    sources["followup"].write_bytes(make_followup(maker, staff["1003"], [
        Goal("Blive bedre til Excel", "Kursus", None, dt.date(2027, 9, 1), None,
             dt.date(2027, 5, 1), agreed=True), Goal("Mentor for ny kollega", agreed=True)]))
    plans = {name: make_plan(source, out / f"{name}.docx", offset)
             for offset, (name, source) in enumerate(sources.items())}
    report = writer([plan.for_driver() for plan in plans.values()])
    assert len(report) == len(plans)
    return plans


def test_writer_really_filled_and_saved(filled: dict[str, Plan]) -> None:
    with SafeZip(filled["da"].target) as package:
        assert b"LibreOffice" in package.read("docProps/app.xml")
        controls = list(iter_controls(package.xml("word/document.xml")))
    assert controls and not any(c.tag for c in controls)  # tags gone: read by evidence


@pytest.mark.parametrize("name", ["da", "en", "leader", "da-plain", "checkboxes", "agreement",
                                  "followup"])
def test_every_typed_value_comes_back_or_is_reported(filled: dict[str, Plan], name: str) -> None:
    check(filled[name])


def test_the_plans_cover_every_way(filled: dict[str, Plan]) -> None:
    """Together the forms fill every kind of field in every way (so a plan change cannot quietly
    drop one)."""
    done = {(plan.spec.fields[[f.key for f in plan.spec.fields].index(key)].kind.control,
             step["how"]) for plan in filled.values() for key, step in plan.fill.items()}
    assert done >= {("rich", "dialog"), ("rich", "over"), ("rich", "after"),
                    ("dropdown", "pick"), ("dropdown", "type"), ("date", "pick"),
                    ("date", "type"), ("checkbox", "tick")}
    reported = sum(1 for plan in filled.values() for v in plan.expected.values()
                   if v is REPORTED)
    assert reported >= 5
