"""Generate → fill the controls as Word does → read back: every field kind, exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline import samples
from pipeline.collect.extract import extract_file
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.model import FormKind, Goal, PreviousGoal, Rating
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import Workspace
from tests.helpers import questions_xlsx, strip_controls

ANSWERS = {
    "mus:q:T1": "Første linje\nAnden linje\n\nEt nyt afsnit efter en tom linje",
    "mus:q:N3": ["Punkt et", "Punkt to"],
    "mus:q:T2": "4 – I høj grad",
    "mus:q:T3": "Nej",
    "mus:q:F3": "Mentorordning",
    "mus:q:F1": '=HYPERLINK("http://x","klik") & <b>"citat"</b>',
    "mus:q:N6": "Privat: skal aldrig læses",
    "mus:q:F4": dt.date(2027, 5, 17),
    "mus:c:K1:now": "2 – Let øvet",
    "mus:c:K1:wanted": "4 – Erfaren",
    "mus:c:K8:wanted": "5 – Ekspert",
    "mus:goal:1:goal": "Lære SQL",
    "mus:goal:1:activities": ["Kursus", "Sidemandsoplæring hos Mads"],
    "mus:goal:1:criterion": "Kan skrive egne rapporter",
    "mus:goal:1:deadline": dt.date(2027, 9, 30),
    "mus:goal:1:responsible": "Jens selv",
    "mus:goal:1:followup": dt.date(2027, 6, 1),
    "mus:goal:2:goal": "Mentorordning",
}
EXPECTED_ANSWERS = {
    "T1": "Første linje\nAnden linje\n\nEt nyt afsnit efter en tom linje",
    "N3": "• Punkt et\n• Punkt to",
    "T2": 4,
    "T3": False,
    "F3": "Mentorordning",
    "F1": '=HYPERLINK("http://x","klik") & <b>"citat"</b>',
    "F4": dt.date(2027, 5, 17),
}
EXPECTED_GOALS = (
    Goal("Lære SQL", "• Kursus\n• Sidemandsoplæring hos Mads", "Kan skrive egne rapporter",
         dt.date(2027, 9, 30), "Jens selv", dt.date(2027, 6, 1)),
    Goal("Mentorordning"),
)


def fill(sample_forms: GenerateResult, name: str, tmp: Path, values: dict[str, object],
         **kw: object) -> Path:
    data = fill_by_tag((sample_forms.out / name).read_bytes(), values, **kw)  # type: ignore[arg-type]
    path = tmp / name
    path.write_bytes(data)
    return path


def check(response_answers: dict[str, object]) -> None:
    for qid, value in EXPECTED_ANSWERS.items():
        assert response_answers[qid] == value, qid
    assert "N6" not in response_answers  # private: never read
    assert response_answers["N1"] is None and response_answers["F5"] is None


def test_every_field_kind_reads_back(sample_forms: GenerateResult, tmp_path: Path) -> None:
    path = fill(sample_forms, "1007_Jens_Hansen.docx", tmp_path, ANSWERS)
    result = extract_file(path)
    r = result.response
    assert r is not None
    assert (r.employee_id, r.season, r.kind, r.read_by) == ("1007", "2027", FormKind.EMPLOYEE,
                                                            "controls")
    check(dict(r.answers))
    assert r.competences["K1"] == Rating(2, 4)
    assert r.competences["K8"] == Rating(None, 5)
    assert r.competences["K2"] == Rating(None, None)
    assert r.goals == EXPECTED_GOALS
    assert r.problems == ()


def test_blank_form_gives_all_nulls(sample_forms: GenerateResult) -> None:
    r = extract_file(sample_forms.out / "1001_Anne_Sørensen.docx").response
    assert r is not None
    assert r.answers and all(v is None for v in r.answers.values())
    assert all(rating == Rating() for rating in r.competences.values())
    assert r.goals == () and r.problems == ()


def test_leader_form(sample_forms: GenerateResult, tmp_path: Path) -> None:
    path = fill(sample_forms, "1007_Jens_Hansen_leder.docx", tmp_path,
                {"mus:q:L1": "2 – I lav grad", "mus:q:L2": "Overtage driften af X",
                 "mus:c:K3:now": "5 – Ekspert"})
    r = extract_file(path).response
    assert r is not None and r.kind is FormKind.LEADER
    assert r.answers["L1"] == 2 and r.answers["L2"] == "Overtage driften af X"
    assert r.competences["K3"].now == 5


def test_renamed_file_keeps_its_identity(sample_forms: GenerateResult, tmp_path: Path) -> None:
    data = fill_by_tag((sample_forms.out / "1002_Jens_Hansen.docx").read_bytes(),
                       {"mus:q:N1": "5 – I meget høj grad"})
    path = tmp_path / "Dokument1 (2).docx"
    path.write_bytes(data)
    r = extract_file(path).response
    assert r is not None and r.employee_id == "1002" and r.answers["N1"] == 5


def test_controls_gone_read_by_layout(sample_forms: GenerateResult, question_set: object,
                                      tmp_path: Path) -> None:
    filled = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(), ANSWERS)
    path = tmp_path / "kopieret.docx"
    path.write_bytes(strip_controls(filled))
    r = extract_file(path, question_set=question_set).response  # type: ignore[arg-type]
    assert r is not None
    assert (r.employee_id, r.season, r.kind, r.read_by) == ("1007", "2027", FormKind.EMPLOYEE,
                                                            "layout")
    check(dict(r.answers))
    assert r.competences["K1"] == Rating(2, 4)
    assert r.goals == EXPECTED_GOALS
    assert [p.code for p in r.problems] == ["layout"]
    without = extract_file(path).response
    assert without is not None and [p.code for p in without.problems] == ["layout-no-questions"]


def test_previous_goals_status(ws: Workspace, tmp_path: Path) -> None:
    from pipeline.collect.extract import extract_file as read
    from pipeline.forms.personalise import FormMaker
    from pipeline.sheets import read_employees, read_question_set

    staff = read_employees(ws.employees)
    maker = FormMaker(read_question_set(ws.questions), None, "2027", "2026-12-01T00:00:00+00:00")
    form = maker.make(staff[0], FormKind.EMPLOYEE, [
        PreviousGoal("Blive bedre til Excel", "Kursus", dt.date(2026, 6, 1)),
        PreviousGoal("Mentor for ny kollega")])
    path = tmp_path / "f.docx"
    path.write_bytes(fill_by_tag(form.data, {"mus:prev:1:status": "Delvist nået",
                                             "mus:prev:2:comment": "Aldrig startet"}))
    r = read(path).response
    assert r is not None
    assert [(g.goal, g.status, g.comment) for g in r.previous_goals] == [
        ("Blive bedre til Excel", "Delvist nået", None),
        ("Mentor for ny kollega", None, "Aldrig startet")]


def test_scale_as_checkboxes_and_six_steps(ws: Workspace, tmp_path: Path) -> None:
    # The sample's own scale texts (N1, N5 …) have five steps: left out for six.
    questions_xlsx(ws.questions, questions=[row[:16] for row in samples.QUESTIONS], settings=[
        ("Sæson", "2027"), ("Skala", "1-6"), ("Skala som", "afkrydsning"),
        ("Skalatekster", "Slet ikke; Lidt; Noget; En del; Meget; I høj grad"),
        ("Kompetencetekster", "a; b; c; d; e; f")])
    result = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "f", jobs=1))
    form = result.out / "1007_Jens_Hansen.docx"
    path = tmp_path / "filled.docx"
    path.write_bytes(fill_by_tag(form.read_bytes(), {"mus:q:N1:6": True, "mus:q:N2:2": True,
                                                     "mus:q:N5:1": True, "mus:q:N5:3": True,
                                                     "mus:c:K1:now": "6 – f"}))
    r = extract_file(path).response
    assert r is not None
    assert r.answers["N1"] == 6 and r.answers["N2"] == 2 and r.answers["T2"] is None
    assert r.answers["N5"] is None  # two boxes ticked: reported, never read as one
    assert [p.code for p in r.problems] == ["several-ticked"]
    assert r.competences["K1"].now == 6


def test_a_table_pasted_into_an_answer(sample_forms: GenerateResult, tmp_path: Path) -> None:
    """What Word does when a table is pasted into a text answer: a w:tbl inside the control."""
    from pipeline.ooxml.fill import fill
    from pipeline.ooxml.ns import qn
    from pipeline.ooxml.read_controls import Control
    from pipeline.ooxml.xml import el, paragraph, run

    def paste(control: Control) -> str | None:
        if control.tag != "mus:q:T1":
            return None
        cells = [["Kursus", "Pris"], ["Excel", "4.500 kr."]]
        table = el("w:tbl", None, el("w:tblPr"), el("w:tblGrid"), *(
            el("w:tr", None, *(el("w:tc", None, paragraph(run(c))) for c in row))
            for row in cells))
        content = control.content
        for child in list(content):
            content.remove(child)
        content.append(paragraph(run("Kurser jeg ønsker:")))
        content.append(table)
        content.append(paragraph(run("Tak.")))
        flag = control.props.find(qn("w:showingPlcHdr"))
        if flag is not None:
            control.props.remove(flag)
        return None

    path = tmp_path / "tabel.docx"
    path.write_bytes(fill((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(), paste))
    r = extract_file(path).response
    assert r is not None
    assert r.answers["T1"] == "Kurser jeg ønsker:\nKursus\tPris\nExcel\t4.500 kr.\nTak."
