"""Whatever the language of the form, the answers belong to the same question IDs and mean the
same: an English form filled as Word does reads back like a Danish one, by its controls and, when
they are gone, by the numbered cards' hidden IDs."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from pipeline.collect.extract import extract_file
from pipeline.collect.ingest import collect
from pipeline.forms.generate import GenerateResult
from pipeline.model import FormKind, QuestionSet, Rating
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import DEFAULTS
from tests.helpers import strip_controls

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
ENGLISH = {"mus:q:T1": "A good year.", "mus:q:T2": "4 – To a large extent",
           "mus:q:T3": "Yes", "mus:q:N1": "5 – Very well", "mus:q:F3": "Mentoring",
           "mus:q:F4": dt.date(2027, 6, 1),
           "mus:c:K1:now": "2 – Basic", "mus:c:K1:wanted": "4 – Experienced",
           "mus:goal:1:goal": "Learn SQL"}
DANISH = {"mus:q:T1": "A good year.", "mus:q:T2": "4 – I høj grad", "mus:q:T3": "Ja",
          "mus:q:N1": "5 – Rigtig godt", "mus:q:F3": "Mentorordning",
          "mus:q:F4": dt.date(2027, 6, 1), "mus:c:K1:now": "2 – Let øvet",
          "mus:c:K1:wanted": "4 – Erfaren", "mus:goal:1:goal": "Learn SQL"}
MEANT = {"T1": "A good year.", "T2": 4, "T3": True, "N1": 5, "F3": "Mentorordning",
         "F4": dt.date(2027, 6, 1)}


def test_english_and_danish_answers_mean_the_same(sample_forms: GenerateResult,
                                                  tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    aisha = (sample_forms.out / "00042_Aisha_Ahmed.docx").read_bytes()
    anne = (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes()
    (folder / "aisha.docx").write_bytes(fill_by_tag(aisha, ENGLISH))
    (folder / "anne.docx").write_bytes(fill_by_tag(anne, DANISH))
    got = collect(folder, EMPLOYEES, QUESTIONS, jobs=1)
    by_employee = {r.employee_id: r for r in got.responses}
    for number in ("00042", "1001"):
        r = by_employee[number]
        assert {qid: r.answers[qid] for qid in MEANT} == MEANT, number
        assert r.competences["K1"] == Rating(2, 4)
        assert [g.goal for g in r.goals] == ["Learn SQL"]
    assert got.problems == ()


def test_an_english_form_without_its_controls_is_read_by_its_ids(
        sample_forms: GenerateResult, question_set: QuestionSet, tmp_path: Path) -> None:
    filled = fill_by_tag((sample_forms.out / "00042_Aisha_Ahmed.docx").read_bytes(), ENGLISH)
    path = tmp_path / "copied.docx"
    path.write_bytes(strip_controls(filled))
    r = extract_file(path, question_set=question_set).response
    assert r is not None and (r.employee_id, r.kind, r.read_by) == ("00042", FormKind.EMPLOYEE,
                                                                    "layout")
    answers = question_set.canonical_answers(r.answers)
    assert {qid: answers[qid] for qid in MEANT} == MEANT
    assert r.competences["K1"] == Rating(2, 4)


def test_the_leaders_wording_reads_back_to_the_same_id(sample_forms: GenerateResult,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "leader.docx"
    shutil.copyfile(sample_forms.out / "1007_Jens_Hansen_leder.docx", path)
    path.write_bytes(fill_by_tag(path.read_bytes(), {"mus:q:T2": "3 – I nogen grad",
                                                     "mus:q:F2": "Power BI"}))
    r = extract_file(path).response
    assert r is not None and r.kind is FormKind.LEADER
    assert (r.answers["T2"], r.answers["F2"]) == (3, "Power BI")
