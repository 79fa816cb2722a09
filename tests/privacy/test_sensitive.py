"""Sensitive questions (Følsom): no field to write in by default (the form says to bring it up
in the talk), or, where the question set asks for one, a field whose card says plainly who gets
the form, that the answer is read into no overview, and not to write health details. Nothing
written at a sensitive question, in its field or beside it, and not even its wording, ever
reaches a workbook. And the leader's form says where the leader's ratings go."""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.model import Sensitivity, Visibility
from pipeline.ooxml.fill import fill_by_tag
from pipeline.sheets import read_question_set
from pipeline.sheets.questions import parse_sensitivity
from pipeline.workspace import DEFAULTS, Workspace, init_workspace
from tests.collect import mutations as m
from tests.collect.test_accounting import card, para
from tests.forms.test_paper import visible_texts
from tests.helpers import questions_xlsx, strip_controls
from tests.privacy.planted import contents, found

SECRET = "Zqsensitive"  # written at the sensitive questions
WORDING_FIELD = "Hvordan har dit helbred det for tiden"
WORDING_TALK = "Er der forhold i dit arbejdsliv"  # the sample's N6


def with_field(qid: str = "S1", visibility: str = "", required: str = "nej",
               sensitive: str = "ja, med felt") -> tuple[str, ...]:
    from pipeline import samples

    return samples._q(qid, "Her og nu", f"{WORDING_FIELD}?", "", "tekst", "", "begge", "",
                      required, visibility, en="How is your health these days?",
                      leader="Hvordan har medarbejderens helbred det?",
                      leader_en="How is the employee's health?", sensitive=sensitive)


def sensitive_set(path: Path) -> Path:
    from pipeline import samples

    return questions_xlsx(path, questions=[*samples.QUESTIONS, with_field()])


@pytest.mark.parametrize(("text", "expected"), [
    ("", Sensitivity.NO), ("nej", Sensitivity.NO), ("Ja", Sensitivity.TALK),
    ("yes", Sensitivity.TALK), ("ja, med felt", Sensitivity.FIELD),
    ("Ja (med felt)", Sensitivity.FIELD), ("yes, with a field", Sensitivity.FIELD),
    ("måske", None), ("nej, med felt", None)])
def test_foelsom_values(text: str, expected: Sensitivity | None) -> None:
    assert parse_sensitivity(text) is expected


def test_a_sensitive_question_is_never_read_and_cannot_be_required(tmp_path: Path) -> None:
    questions = read_question_set(sensitive_set(tmp_path / "q.xlsx"))
    s1 = questions.question("S1")
    n6 = questions.question("N6")
    assert s1 is not None and s1.sensitive is Sensitivity.FIELD
    assert s1.visibility is Visibility.PRIVATE  # Synlighed empty: never read
    assert n6 is not None and n6.sensitive is Sensitivity.TALK
    from pipeline import samples

    for row, what in ((with_field(visibility="alle"), 'but its Synlighed says "alle"'),
                      (with_field(required="ja"), "nobody should have to answer"),
                      (with_field(sensitive="måske"), 'Write nej, ja (no field')):
        path = questions_xlsx(tmp_path / "bad.xlsx", questions=[*samples.QUESTIONS, row])
        with pytest.raises(SpreadsheetError, match=r"(?s)" + what.replace("(", r"\(")):
            read_question_set(path)


def test_a_question_set_without_foelsom_keeps_its_version(tmp_path: Path) -> None:
    from pipeline import samples

    plain = [row[:18] for row in samples.QUESTIONS if row[0] != "N6"]
    headers = samples.QUESTION_HEADERS[:18]
    from tests.helpers import write_xlsx

    before = write_xlsx(tmp_path / "a.xlsx", {"Spørgsmål": [headers, *plain]})
    after = write_xlsx(tmp_path / "b.xlsx", {"Spørgsmål": [
        (*headers, "Følsom"), *((*row, "nej") for row in plain)]})
    assert read_question_set(before).version == read_question_set(after).version


def test_the_forms_say_what_happens_to_a_sensitive_answer(tmp_path: Path) -> None:
    made = generate(GenerateOptions(DEFAULTS / "input" / "employees.xlsx",
                                    sensitive_set(tmp_path / "q.xlsx"), tmp_path / "forms",
                                    jobs=1, only=("1007",)))
    employee = "\n".join(visible_texts(made.out / "1007_Jens_Hansen.docx"))
    leader = "\n".join(visible_texts(made.out / "1007_Jens_Hansen_leder.docx"))
    assert ("Her er ikke noget felt at skrive i, fordi spørgsmålet er følsomt. Tag det op i "
            "samtalen, hvis du vil.") in employee
    assert "er følsomt og har intet felt at skrive i: tag det op i samtalen" in employee
    assert ("Følsomt spørgsmål: skemaet sendes til mus@eksempel.dk, og den, der modtager det, "
            "kan læse alt, hvad du skriver her. Svaret læses ikke ind i nogen oversigt. Skriv "
            "ikke oplysninger om dit helbred her; tag dem op i samtalen.") in employee
    assert "Skriv ikke oplysninger om medarbejderens helbred her" in leader
    with zipfile.ZipFile(made.out / "1007_Jens_Hansen.docx") as z:
        document = z.read("word/document.xml").decode("utf-8")
    assert 'w:val="mus:q:S1"' in document and 'w:val="mus:q:N6"' not in document
    # the leader's form is honest about where the leader's ratings go, and about access
    assert ("Dine vurderinger af medarbejderens kompetencer og dine forslag til udviklingsmål "
            "sættes ind i aftaledokumentet, som medarbejderen ser og skriver under på") in leader
    assert ("Medarbejderen kan bede om at se alt, hvad der er skrevet om ham eller hende, også "
            "dette skema.") in leader


def test_nothing_written_at_a_sensitive_question_reaches_a_workbook(tmp_path: Path) -> None:
    root = tmp_path / "work"
    init_workspace(root)
    ws = Workspace(root)
    sensitive_set(ws.questions)
    with contextlib.chdir(root):
        assert CliRunner().invoke(main, ["generate"]).exit_code == 0
    made = ws.forms_dir / "2027"
    for name, tag in (("1007_Jens_Hansen.docx", "mus:q:S1"),
                      ("1007_Jens_Hansen_leder.docx", "mus:q:S1")):
        data = fill_by_tag((made / name).read_bytes(), {tag: f"Diagnose {SECRET}",
                                                        "mus:q:T1": "Et almindeligt svar"})
        # and beside the question with no field (the employee's), and beside the one with one
        def beside(root: Any, employee: bool = "leder" not in name) -> None:
            if employee:
                card(root, "N6").addnext(para(f"Helbred {SECRET}"))
            card(root, "S1").addnext(para(f"Mere {SECRET}"))
        data = m.edit_document(data, beside)
        (ws.returned_dir / name).write_bytes(data)
        (ws.returned_dir / f"kopi-{name}").write_bytes(strip_controls(data))  # fields gone
    with contextlib.chdir(root):
        result = CliRunner().invoke(main, ["ingest", "returned", "--per-leader"])
        assert result.exit_code == 0, result.output
        extracted = CliRunner().invoke(main, ["extract", "--json",
                                              "returned/1007_Jens_Hansen.docx"])
    assert SECRET not in extracted.output and "Et almindeligt svar" in extracted.output
    books = sorted(ws.output_dir.rglob("*.xlsx"))
    assert len(books) > 1
    for path in books:
        text = b"\n".join(data for _, data in contents(path)).decode("utf-8", "replace")
        for never in (SECRET, WORDING_FIELD, WORDING_TALK):
            assert never not in text, (path.name, never)
    assert found(ws.output_dir, "Et almindeligt svar")  # the rest is read as ever


def test_the_english_forms_say_the_same(tmp_path: Path) -> None:
    from pipeline.forms.prose import Numbered, who_sees
    from pipeline.model import FormKind

    made = generate(GenerateOptions(DEFAULTS / "input" / "employees.xlsx",
                                    sensitive_set(tmp_path / "q.xlsx"), tmp_path / "forms",
                                    jobs=1, only=("00042",)))
    own = "\n".join(visible_texts(made.out / "00042_Aisha_Ahmed.docx"))
    assert ("There is no field to write in, because the question is sensitive. Bring it up in "
            "the review if you wish.") in own
    assert "is sensitive and has no field to write in: bring it up in the review" in own
    assert "Do not write about your health here; bring it up in the review." in own
    lead = " ".join(who_sees(FormKind.LEADER, "en", Numbered({}, True), "hr@x.dk", None))
    assert ("Your ratings of the employee's competences and your proposed development goals "
            "are filled into the agreement document, which the employee sees and signs") in lead
    assert ("The employee may ask to see everything written about them, this form included."
            in lead)
