"""mus generate: one form per employee, safe names, manifest, no overwriting, same output
whether one process or two made it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest

from pipeline.errors import OutputError, SpreadsheetError, TemplateError
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.formspec import FormSpec
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.props import read_custom_props
from pipeline.ooxml.read_controls import iter_controls
from pipeline.ooxml.text import block_text
from pipeline.workspace import Workspace
from tests.helpers import employees_xlsx, question, questions_xlsx


def spec_of(path: Path) -> FormSpec:
    with SafeZip(path) as package:
        spec = FormSpec.from_props(read_custom_props(package))
    assert spec is not None
    return spec


def body_text(path: Path) -> str:
    """Every paragraph's text, in tables too."""
    with SafeZip(path) as package:
        return block_text(package.xml("word/document.xml"))


def test_forms_for_every_employee_and_leader(sample_forms: GenerateResult) -> None:
    files = sorted(p.name for p in sample_forms.out.glob("*.docx"))
    assert len(files) == 50  # 25 employees, and a leader's form each (leader questions exist)
    assert "1007_Jens_Hansen.docx" in files and "1002_Jens_Hansen.docx" in files
    assert "1005_Lærke_Bjørn-Holm.docx" in files
    # Aisha's form is English (her Sprog column says en); her leader's form about her is
    # Morten Dahl's to read, who is not on the list: in the default language, Danish.
    assert "00042_Aisha_Ahmed.docx" in files and "00042_Aisha_Ahmed_leder.docx" in files
    manifest = json.loads((sample_forms.out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["season"] == "2027"
    assert manifest["question_set_version"] == sample_forms.question_set_version
    assert {(f["employee_id"], f["kind"]) for f in manifest["forms"]} >= {
        ("1007", "employee"), ("1007", "leader")}


def test_form_identity_and_fields_live_inside_the_file(sample_forms: GenerateResult) -> None:
    path = sample_forms.out / "1007_Jens_Hansen.docx"
    spec = spec_of(path)
    assert (spec.employee_id, spec.season, spec.kind.value) == ("1007", "2027", "employee")
    assert spec.question_set_version == sample_forms.question_set_version
    assert spec.language == "da"
    with SafeZip(path) as package:
        tags = [c.tag for c in iter_controls(package.xml("word/document.xml"))]
    assert tags == [f.tag for f in spec.fields]
    assert "mus:q:N2" in tags and "mus:c:K4:now" in tags and "mus:c:K4:wanted" in tags
    assert "mus:goal:1:deadline" in tags and "mus:goal:2:followup" in tags
    assert "mus:q:L1" not in tags  # a leader question
    with SafeZip(sample_forms.out / "1007_Jens_Hansen_leder.docx") as package:
        leader_tags = [c.tag for c in iter_controls(package.xml("word/document.xml"))]
    assert "mus:q:L1" in leader_tags and "mus:q:N1" not in leader_tags
    assert "mus:q:T2" in leader_tags  # asked of both


def test_only_matching_questions(sample_forms: GenerateResult) -> None:
    it = {f.key for f in spec_of(sample_forms.out / "1007_Jens_Hansen.docx").fields}
    finance = {f.key for f in spec_of(sample_forms.out / "1001_Anne_Sørensen.docx").fields}
    assert "q:N5" in it and "q:N5" not in finance  # Gælder for: Afdeling=IT,Borgerservice


def test_header_block_and_language(sample_forms: GenerateResult) -> None:
    text = body_text(sample_forms.out / "1007_Jens_Hansen.docx")
    assert "MUS 2027: din forberedelse" in text
    assert "Kære Jens" in text and "7. februar 2027" in text and "07-02-2027" not in text
    document = docx.Document(str(sample_forms.out / "1007_Jens_Hansen.docx"))
    cells = [c.text for c in document.tables[0]._cells]
    assert cells[:4] == ["Navn", "Jens Hansen", "Medarbejdernr.", "1007"]
    header = document.sections[0].header.paragraphs[0].text
    assert header == "FORTROLIGT"
    english = body_text(sample_forms.out / "00042_Aisha_Ahmed.docx")
    assert "Dear Aisha" in english and "Development review 2027: your preparation" in english
    with zipfile.ZipFile(sample_forms.out / "00042_Aisha_Ahmed.docx") as z:
        assert b'w:val="en-GB"' in z.read("word/styles.xml")
    leader = body_text(sample_forms.out / "00042_Aisha_Ahmed_leder.docx")
    assert "Kære Morten" in leader and "Dear" not in leader
    assert "MUS 2027: lederens forberedelse" in leader
    assert spec_of(sample_forms.out / "00042_Aisha_Ahmed_leder.docx").language == "da"


def test_the_leaders_form_is_in_the_leaders_language(ws: Workspace) -> None:
    """The leader's own row decides: an English-speaking leader on the list gets English
    forms about Danish employees, a Danish leader Danish ones about English employees."""
    headers = ("Medarbejdernr.", "Navn", "E-mail", "Afdeling", "Stilling", "Leder",
               "Leders e-mail", "MUS-dato", "Sprog")
    employees_xlsx(ws.employees, headers=headers, rows=[
        (1, "Morten Dahl", "mda@x.dk", "IT", "Leder", "", "", "", "da"),
        (2, "Sarah Smith", "ssm@x.dk", "IT", "Leder", "", "", "", "en"),
        (3, "Aisha Ahmed", "aah@x.dk", "IT", "IT-elev", "Morten Dahl", "", "", "en"),
        (4, "Jens Hansen", "jha@x.dk", "IT", "Udvikler", "Sarah Smith", "", "", "da"),
        (5, "Lone Bak", "lba@x.dk", "IT", "Udvikler", "Ukendt Leder", "", "", "en")])
    result = generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir, jobs=1,
                                      lang="da"))
    forms = {(e.employee_id, e.kind): e for e in result.entries}
    assert forms[("3", "employee")].language == "en"
    aisha = forms[("3", "leader")]  # Morten Dahl, Danish
    assert (aisha.file, aisha.language) == ("3_Aisha_Ahmed_leder.docx", "da")
    assert "Kære Morten" in body_text(result.out / aisha.file)
    jens = forms[("4", "leader")]  # Sarah Smith, English
    assert (jens.file, jens.language) == ("4_Jens_Hansen_leader.docx", "en")
    assert "Dear Sarah" in body_text(result.out / jens.file)
    assert spec_of(result.out / jens.file).language == "en"
    lone = forms[("5", "leader")]  # a leader not on the list: the default language
    assert (lone.file, lone.language) == ("5_Lone_Bak_leder.docx", "da")


def test_spreadsheet_text_is_never_template_code(ws: Workspace) -> None:
    questions_xlsx(ws.questions, questions=[
        question("Z1", "Er {{ 7*7 }} < 50 & \"sandt\"?", help_text="<b>ikke fed</b>")])
    employees_xlsx(ws.employees, rows=[(1, "Bo {{ navn }} <&>", "", "IT", "", "", "", "", "")])
    result = generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir, jobs=1))
    text = body_text(result.out / result.entries[0].file)
    assert "Er {{ 7*7 }} < 50 & \"sandt\"?" in text
    assert "Kære Bo" in text
    assert "Bo {{ navn }} <&>" in text and "<b>ikke fed</b>" in text


def test_never_overwrites_without_force(ws: Workspace) -> None:
    options = GenerateOptions(ws.employees, ws.questions, ws.output_dir / "f", jobs=1)
    first = generate(options)
    stamp = (first.out / "1001_Anne_Sørensen.docx").read_bytes()
    with pytest.raises(OutputError, match=r"50 form\(s\) already exist .* add --force"):
        generate(options)
    assert (first.out / "1001_Anne_Sørensen.docx").read_bytes() == stamp
    again = generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir / "f",
                                     force=True, jobs=1, only=("1001",)))
    assert [e.employee_id for e in again.entries] == ["1001", "1001"]
    manifest = json.loads((first.out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["forms"]) == 50  # merged, not replaced


def test_unknown_only_number(ws: Workspace) -> None:
    with pytest.raises(OutputError, match="not on the employee list: 9999"):
        generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir, only=("9999",)))


def test_filter_on_a_column_the_list_lacks(ws: Workspace) -> None:
    questions_xlsx(ws.questions, questions=[question("Z1", "x", applies="Lokation=Aarhus")])
    with pytest.raises(SpreadsheetError, match='filtered on the column "Lokation"'):
        generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir))


def test_template_with_unknown_field(ws: Workspace) -> None:
    (ws.templates_dir / "intro.da.j2").write_text("Hej {{ kaelenavn }}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"intro\.da\.j2 uses a field that does not exist"):
        generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir,
                                 templates=ws.templates_dir, jobs=1))
    assert not (ws.output_dir / "forms").exists()


def test_same_output_from_one_or_two_processes(ws: Workspace) -> None:
    one = generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir / "one", jobs=1))
    two = generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir / "two", jobs=2))
    names = sorted(p.name for p in one.out.glob("*.docx"))
    assert names == sorted(p.name for p in two.out.glob("*.docx"))
    for name in names:
        a, b = zipfile.ZipFile(one.out / name), zipfile.ZipFile(two.out / name)
        for part in a.namelist():
            if part in ("docProps/core.xml", "docProps/custom.xml"):
                continue  # they hold the generation time
            assert a.read(part) == b.read(part), (name, part)
