"""The demo plays believable people: each answer fits its question and comes in the form's
language, the leader writes about the employee, goals fit the job."""

from __future__ import annotations

from pathlib import Path

from pipeline.collect.ingest import collect
from pipeline.demo import play_employees
from pipeline.demo_bank import BY_FAMILY, EMPLOYEE, GOALS, LEADER, SKILLS, family
from pipeline.forms.generate import GenerateResult
from pipeline.model import FormKind
from pipeline.sheets import read_employees
from pipeline.workspace import DEFAULTS

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"


def test_every_answer_fits_its_question(sample_forms: GenerateResult, tmp_path: Path) -> None:
    staff = {e.number: e for e in read_employees(EMPLOYEES)}
    play_employees(sample_forms, tmp_path / "returned",
                   jobs={n: e.job_title for n, e in staff.items()})
    got = collect(tmp_path / "returned", EMPLOYEES, QUESTIONS, jobs=1)
    texts = 0
    for r in got.responses:
        person = staff[r.employee_id]
        # the form's language: a leader's form is the leader's (here: not on the list, Danish)
        english = person.language == "en" and r.kind is not FormKind.LEADER
        job = family(person.job_title)
        first = person.name.split(" ")[0]
        for qid, answer in r.answers.items():
            if not isinstance(answer, str) or qid in ("N3", "F3"):
                continue
            if r.kind is FormKind.LEADER and qid in LEADER:
                bank = LEADER[qid]
            else:
                bank = EMPLOYEE.get(qid, ()) + BY_FAMILY.get(qid, {}).get(job, ())
            fits = {(en if english else da).format(first=first) for _, da, en in bank}
            if qid == "F2" and r.kind is FormKind.EMPLOYEE:
                fits = {pair[english] for pair in SKILLS[job]}
            if qid == "N4" and "\n" in answer:
                continue  # the bulleted list
            assert answer in fits, (r.employee_id, r.kind, qid, answer)
            texts += 1
        goals = {g[english][0] for g in GOALS[job]}
        assert r.goals and all(g.goal in goals for g in r.goals), (r.employee_id, r.goals)
    assert texts > 150


def test_the_people_differ(sample_forms: GenerateResult, tmp_path: Path) -> None:
    play_employees(sample_forms, tmp_path / "returned")
    got = collect(tmp_path / "returned", EMPLOYEES, QUESTIONS, jobs=1)
    wellbeing = [r.answers.get("N1") for r in got.responses if r.kind is FormKind.EMPLOYEE]
    assert len({w for w in wellbeing if w is not None}) >= 3  # not everyone thrives alike
    first_answers = {r.answers.get("T1") for r in got.responses if r.kind is FormKind.EMPLOYEE}
    assert len(first_answers) >= 4


def test_nobody_wishes_to_be_worse_in_a_year(sample_forms: GenerateResult,
                                              tmp_path: Path) -> None:
    play_employees(sample_forms, tmp_path / "returned")
    got = collect(tmp_path / "returned", EMPLOYEES, QUESTIONS, jobs=1)
    pairs = [(rating.now, rating.wanted) for r in got.responses
             for rating in r.competences.values()
             if rating.now is not None and rating.wanted is not None]
    assert len(pairs) > 100 and all(wanted >= now for now, wanted in pairs)
