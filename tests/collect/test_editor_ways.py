"""What editors leave in a filled form, built at XML level (the fast twin of
test_writer_filled.py, which drives LibreOffice itself)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from pipeline.collect.extract import extract_file
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.ooxml.fill import fill, fill_by_tag
from pipeline.ooxml.read_controls import Control
from pipeline.ooxml.xml import el, run
from pipeline.problems import sentence
from pipeline.report import extraction_dict
from pipeline.workspace import Workspace
from tests.helpers import libreoffice_like, questions_xlsx, strip_controls


def typed_into(values: dict[str, str]) -> object:
    """Text typed into a drop-down or date instead of picking: the placeholder flag stays."""
    def decide(control: Control) -> None:
        text = values.get(control.tag)
        if text is None:
            return
        for child in list(control.content):
            control.content.remove(child)
        control.content.append(run(text))
    return decide


def test_typed_into_drop_downs_and_dates(sample_forms: GenerateResult, tmp_path: Path) -> None:
    blank = (sample_forms.out / "1007_Jens_Hansen.docx").read_bytes()
    chosen = tmp_path / "chosen.docx"  # an item typed in small letters is that item
    chosen.write_bytes(libreoffice_like(fill(blank, typed_into({"mus:q:F3": "mentorordning"}))))
    assert extract_file(chosen).response.answers["F3"] == "Mentorordning"  # type: ignore[union-attr]
    data = fill(blank, typed_into({
        "mus:q:N1": "4", "mus:q:N2": "2 - I lav grad", "mus:q:T3": "ja",
        "mus:q:F4": "14.3.2027", "mus:c:K1:now": "7", "mus:q:F3": "Noget helt andet"}))
    path = tmp_path / "f.docx"
    path.write_bytes(libreoffice_like(data))
    result = extract_file(path)
    r = result.response
    assert r is not None
    assert (r.answers["N1"], r.answers["N2"], r.answers["T3"]) == (4, 2, True)
    assert r.answers["F4"] == dt.date(2027, 3, 14)
    assert r.competences["K1"].now is None and r.answers["F3"] is None
    assert [sentence(p) for p in r.problems] == [
        "The answer to F3 is not one of the choices, so it was not taken. Check that answer in "
        "the file (`mus extract --json` shows what was written there).",
        "The answer to c:K1:now is not one of 1–5, so it was not taken. Check that answer in "
        "the file (`mus extract --json` shows what was written there)."]
    assert extraction_dict(result)["unreadable"] == {"q:F3": "Noget helt andet",
                                                     "c:K1:now": "7"}
    assert sentence(r.problems[1], "da").startswith("Svaret på c:K1:now er ikke et af 1–5")


def test_two_lines_saved_as_two_text_elements(sample_forms: GenerateResult,
                                              tmp_path: Path) -> None:
    """LibreOffice saves the lines typed in the input-field dialog as two w:t in one run."""
    def two_texts(control: Control) -> None:
        if control.tag == "mus:q:T1":
            for child in list(control.content):
                control.content.remove(child)
            r = el("w:r", None, el("w:t", text="Første linje"), el("w:t", text="Anden linje"))
            control.content.append(el("w:p", None, r))
    path = tmp_path / "f.docx"
    path.write_bytes(libreoffice_like(fill(
        (sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(), two_texts)))
    r = extract_file(path).response
    assert r is not None and r.answers["T1"] == "Første linje\nAnden linje"


def test_checkbox_scale_wrapped_by_libreoffice(ws: Workspace, tmp_path: Path) -> None:
    questions_xlsx(ws.questions, settings=[("Sæson", "2027"), ("Skala som", "afkrydsning")])
    forms = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "f", jobs=1,
                                     only=("1007",)))
    data = fill_by_tag((forms.out / "1007_Jens_Hansen.docx").read_bytes(), {
        "mus:q:N1:1": True, "mus:q:N2:1": True, "mus:q:N2:5": True, "mus:q:N5:3": True})
    path = tmp_path / "f.docx"
    path.write_bytes(libreoffice_like(data))
    with_wrappers = path.read_bytes()
    assert with_wrappers.count(b"w14:checkbox") == data.count(b"w14:checkbox")
    r = extract_file(path).response
    assert r is not None
    assert (r.answers["N1"], r.answers["N2"], r.answers["N5"], r.answers["T2"]) == (
        1, None, 3, None)
    assert [(p.code, dict(p.params)) for p in r.problems] == [
        ("several-ticked", {"field": "N2", "steps": "1, 5"})]
    assert sentence(r.problems[0]).startswith("Several boxes are ticked for N2 (1, 5)")


def test_english_goals_and_last_year_found_by_number(tmp_path: Path, question_set: object,
                                                     ws: Workspace) -> None:
    from pipeline.forms.personalise import FormMaker
    from pipeline.model import FormKind, Goal, PreviousGoal
    from pipeline.sheets import read_employees, read_question_set

    staff = [e for e in read_employees(ws.employees) if e.language == "en"] or [
        read_employees(ws.employees)[0]]
    maker = FormMaker(read_question_set(ws.questions), None, "2027", "2026-12-01T00:00:00+00:00",
                      default_lang="en")
    employee = staff[0]
    form = maker.make(employee, FormKind.EMPLOYEE, [PreviousGoal("Learn Excel")])
    filled = fill_by_tag(form.data, {"mus:goal:2:goal": "Learn SQL",
                                     "mus:goal:2:deadline": dt.date(2027, 9, 30),
                                     "mus:prev:1:comment": "Half way"})
    path = tmp_path / "copied.docx"
    path.write_bytes(strip_controls(filled))  # typed over: every control gone
    r = extract_file(path, question_set=question_set).response  # type: ignore[arg-type]
    assert r is not None and r.read_by == "layout"
    assert r.goals == (Goal("Learn SQL", deadline=dt.date(2027, 9, 30)),)
    assert [(g.goal, g.comment) for g in r.previous_goals] == [("Learn Excel", "Half way")]


def test_doc_and_rtf_messages_fit_the_editor(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    (tmp_path / "word.doc").write_bytes(ole)
    (tmp_path / "lo.doc").write_bytes(ole + b"Caolan80" + b"\0" * 100)
    (tmp_path / "form.rtf").write_bytes(b"{\\rtf1\\ansi hello}")
    (tmp_path / "renamed.docx").write_bytes(b"{\\rtf1\\ansi hello}")
    codes = {name: [p.code for p in extract_file(tmp_path / name).problems]
             for name in ("word.doc", "lo.doc", "form.rtf", "renamed.docx")}
    assert codes == {"word.doc": ["old-word"], "lo.doc": ["old-word-libreoffice"],
                     "form.rtf": ["rtf"], "renamed.docx": ["rtf"]}
    [lo] = extract_file(tmp_path / "lo.doc").problems
    assert "In LibreOffice: File → Save As → Word 2007–365 (.docx)" in sentence(lo).replace(
        "Open it in LibreOffice:", "In LibreOffice:")


def test_a_form_saved_with_a_doc_name_is_read(sample_forms: GenerateResult,
                                              tmp_path: Path) -> None:
    path = tmp_path / "svar.doc"
    path.write_bytes((sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes())
    r = extract_file(path).response
    assert r is not None and r.employee_id == "1001"


def test_typed_under_a_flag_is_read_whoever_saved_it(sample_forms: GenerateResult,
                                                     tmp_path: Path) -> None:
    """Opened in LibreOffice, typed into, then saved again by Word: the flag stays with the
    text; what the person sees is the answer."""
    data = fill((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                typed_into({"mus:q:N1": "4"}))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.read("word/document.xml").count(b"showingPlcHdr") > 10  # flags kept
    path = tmp_path / "f.docx"
    path.write_bytes(data)
    r = extract_file(path).response
    assert r is not None and r.answers["N1"] == 4 and r.answers["N2"] is None
