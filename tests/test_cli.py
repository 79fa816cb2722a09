"""The command line: exit codes and the exact messages a user sees, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import Workspace
from tests.conftest import FIXTURES
from tests.helpers import employees_xlsx, question, questions_xlsx, write_xlsx


def run(ws: Workspace, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), *args], catch_exceptions=False)


def test_check_on_the_sample_folder(ws: Workspace) -> None:
    result = run(ws, "check")
    assert result.exit_code == 0
    # (the sample meetings are in February 2027: from then on they are warned about, on stderr)
    assert result.stdout == (
        f'Employee list: {ws.employees} (sheet "Medarbejdere"), headers in row 3:\n'
        '  employee number  column A "Medarbejdernr."\n'
        '  name             column B "Navn"\n'
        '  e-mail           column C "E-mail"\n'
        '  department       column D "Afdeling"\n'
        '  job title        column E "Stilling"\n'
        '  leader           column F "Leder"\n'
        '  leader\'s e-mail  column G "Leders e-mail"\n'
        '  meeting date     column H "MUS-dato"\n'
        '  language         column I "Sprog"\n'
        '  also kept, for texts and filters: "Arbejdssted"\n'
        "25 employees, 4 leaders (0 of them found in the list), 4 departments.\n"
        "Rows under the header: 25 employees.\n"
        "First rows:\n"
        "  row  number  name              department  leader      leader's e-mail\n"
        "  4    1001    Anne Sørensen     Økonomi     Hanne Kjær  hkj@eksempel.dk\n"
        "  5    1002    Jens Hansen       Økonomi     Hanne Kjær  hkj@eksempel.dk\n"
        "  6    1003    Mette Nielsen     Økonomi     Hanne Kjær  hkj@eksempel.dk\n"
        "  7    1004    Søren Østergaard  Økonomi     Hanne Kjær  hkj@eksempel.dk\n"
        "  8    1005    Lærke Bjørn/Holm  Økonomi     Hanne Kjær  hkj@eksempel.dk\n"
        "Question set: 17 questions in 3 phases, 8 competences (version "
        f"{result.output.split('version ')[1].split(')')[0]}).\n"
        "Sensitive questions (Følsom): N6 (no field: raised in the talk).\n"
        "No mistakes found.\n")


def test_duplicate_employee_number_names_both_rows(ws: Workspace) -> None:
    employees_xlsx(ws.employees, rows=[(7, "A", "", "IT", "", "", "", "", ""),
                                       (7, "B", "", "IT", "", "", "", "", "")])
    result = run(ws, "check")
    assert result.exit_code == 1
    path = ws.employees
    assert result.output == (
        "Error: There are 2 mistakes in the spreadsheets. Nothing was written. Correct them and "
        "run the command again:\n"
        f'  - {path}, sheet "Medarbejdere", row 3, column "Medarbejdernr.": The employee number 7 '
        "is also used in row 2. Every employee number may appear only once: correct or delete one "
        "of the rows.\n"
        f'  - {path}, sheet "Medarbejdere", row 2, column "Medarbejdernr.": The employee number 7 '
        "is also used in row 3. Every employee number may appear only once: correct or delete one "
        "of the rows.\n")


def test_missing_column(ws: Workspace) -> None:
    write_xlsx(ws.employees, {"Ark1": [("Navn", "Afdeling"), ("Anne", "IT")]})
    result = run(ws, "check")
    assert result.exit_code == 1
    assert (f'  - {ws.employees}, sheet "Ark1", row 1: No column with the employee number was '
            'found. Give the column one of these headers: "Tjenestenummer", "Tjenestenr.", '
            '"Lønnummer", "Lønnr.", "Personalenummer", "Personalenr.", "Personnel number", '
            '"EmployeeId", "Employee ID", "Medarbejdernr.", "Medarbejdernummer", "Medarbejder ID", '
            '"Medarbejder-ID", "MA-nr.", "Medarb.nr.", "Mnr.", "Løbenr.", "Employee number", '
            '"Employee no.", "EmployeeNumber", "ID", "Nr.", "Initialer", "Initials", "Init.".\n'
            ) in result.output


def test_no_employees(ws: Workspace) -> None:
    employees_xlsx(ws.employees, rows=[])
    result = run(ws, "check")
    assert result.exit_code == 1
    assert (f'{ws.employees}, sheet "Medarbejdere", row 1: The employee list has no employees '
            "under the header row. Add one row per employee below the headers.") in result.output


def test_question_mistakes_and_employee_mistakes_together(ws: Workspace) -> None:
    employees_xlsx(ws.employees, rows=[(7, "A", "", "IT", "", "", "", "", ""),
                                       (7, "B", "", "IT", "", "", "", "", "")])
    questions_xlsx(ws.questions, questions=[question("A", "x", "ukendt"),
                                            question("B", "y", "valg")])
    result = run(ws, "generate")
    assert result.exit_code == 1
    assert "There are 4 mistakes in the spreadsheets. Nothing was written." in result.output
    assert (f'{ws.questions}, sheet "Spørgsmål", row 2, column "Type": The type "ukendt" of '
            "question A is not known. Use one of: tekst, skala, ja/nej, valg, dato (or text, "
            "scale, yesno, choice, date).") in result.output
    assert (f'{ws.questions}, sheet "Spørgsmål", row 3, column "Valgmuligheder": Question B is a '
            "choice but has no options.") in result.output
    assert not (ws.output_dir / "forms").exists()


def test_duplicate_question_id(ws: Workspace) -> None:
    questions_xlsx(ws.questions, questions=[question("A", "x"), question("A", "y")])
    result = run(ws, "check")
    assert result.exit_code == 1
    assert ('row 3, column "ID": The question ID "A" is also used in row 2. Every question needs '
            "its own ID: change one of them.") in result.output


def test_csv_saved_as_xlsx(ws: Workspace) -> None:
    ws.employees.write_text("Medarbejdernr.;Navn\n1;A\n", encoding="utf-8")
    result = run(ws, "check")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: The employee list {ws.employees} is not an Excel workbook: it holds plain text "
        "(probably CSV saved with an .xlsx name). Open it in Excel and save it as an Excel "
        "Workbook (.xlsx), or rename it to end in .csv.\n")


def test_password_protected_workbook(ws: Workspace) -> None:
    shutil.copyfile(FIXTURES / "password-protected.xlsx", ws.questions)
    result = run(ws, "check")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: The question set {ws.questions} is protected with a password, so it cannot be "
        "read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt "
        "with Password, empty the field), save it and run the command again.\n")


def test_missing_file(ws: Workspace) -> None:
    result = run(ws, "check", "--employees", str(ws.root / "nope.xlsx"))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: The employee list {ws.root / 'nope.xlsx'} does not exist. Check the path, or "
        "run `mus init` to make a working folder with sample files.\n")


def test_debug_shows_the_traceback(ws: Workspace) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "--debug", "check", "--employees",
                                       "nope.xlsx"])
    assert result.exit_code == 1
    assert "Traceback" in result.output and "InputFileError" in result.output


def test_init_never_replaces(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path / "w")])
    assert result.exit_code == 0
    assert (tmp_path / "w" / "input" / "employees.xlsx").exists()
    (tmp_path / "w" / "input" / "employees.xlsx").write_bytes(b"mine")
    again = CliRunner().invoke(main, ["init", str(tmp_path / "w")])
    assert "(every file was already there; nothing was replaced)" in again.output
    assert (tmp_path / "w" / "input" / "employees.xlsx").read_bytes() == b"mine"


def test_generate_then_refuse_to_overwrite(ws: Workspace) -> None:
    first = run(ws, "generate", "--jobs", "1")
    assert first.exit_code == 0
    assert first.output.startswith(
        "Wrote 25 employee form(s) and 25 leader's form(s) for season 2027 to "
        f"{ws.output_dir / 'forms' / '2027'}\n")
    second = run(ws, "generate")
    assert second.exit_code == 1
    assert second.output.startswith(
        f"Error: 50 form(s) already exist in {ws.output_dir / 'forms' / '2027'}: "
        "1001_Anne_Sørensen.docx, 1001_Anne_Sørensen_leder.docx, 1002_Jens_Hansen.docx, "
        "1002_Jens_Hansen_leder.docx, 1003_Mette_Nielsen.docx and 45 more. They may have been "
        "sent out already, so nothing was written. To make them again, add --force; to make "
        "forms for new employees only, use --only with their numbers.\n")


def test_extract_json(sample_forms: GenerateResult, ws: Workspace, tmp_path: Path) -> None:
    form = tmp_path / "a.docx"
    form.write_bytes(fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                                 {"mus:q:N1": "4 – I høj grad", "mus:q:T1": "a\nb",
                                  "mus:c:K2:wanted": "3 – Øvet",
                                  "mus:goal:2:goal": "Lære SQL"}))
    junk = tmp_path / "b.pdf"
    junk.write_bytes(b"%PDF")
    result = run(ws, "extract", "--json", str(form), str(junk))
    assert result.exit_code == 0
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["employee_id"] == "1007" and first["kind"] == "employee"
    assert first["answers"]["N1"] == 4 and first["answers"]["T1"] == "a\nb"
    assert first["answers"]["N2"] is None
    assert first["competences"]["K2"] == {"now": None, "wanted": 3}
    assert first["goals"] == [{"goal": "Lære SQL", "activities": None, "criterion": None,
                               "deadline": None, "responsible": None, "follow_up": None}]
    assert first["read_by"] == "controls" and first["problems"] == []
    assert second["employee_id"] is None
    assert second["problems"] == ["This is a PDF; answers cannot be read from a PDF. Ask the "
                                  "employee for the filled-in Word file (.docx)."]


def test_ingest_strict_and_summary(sample_forms: GenerateResult, ws: Workspace,
                                   tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen.docx", folder / "a.docx")
    (folder / "x.pdf").write_bytes(b"%PDF")
    result = run(ws, "ingest", str(folder), "--jobs", "1", "--lang", "en")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        "Read 1 form(s) from 2 file(s): 1 of 25 employees have answered, 24 still missing, "
        "1 problem(s).")
    assert ("  x.pdf: This is a PDF; answers cannot be read from a PDF. Ask the employee for "
            "the filled-in Word file (.docx).") in result.output
    assert (ws.output_dir / "MUS-oversigt-2027.xlsx").exists()
    strict = run(ws, "ingest", str(folder), "--jobs", "1", "--strict")
    assert strict.exit_code == 1


def test_status(sample_forms: GenerateResult, ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen.docx", folder / "a.docx")
    result = run(ws, "status", str(folder))
    assert result.exit_code == 0
    assert result.output.startswith("Season 2027: 1 of 25 employees have answered; 24 missing.")
    assert "Hanne Kjær: 1/6 answered" in result.output
    assert "  missing: 1002 Jens Hansen" in result.output


@pytest.mark.parametrize("folder", ["does-not-exist"])
def test_ingest_missing_folder(ws: Workspace, folder: str) -> None:
    result = run(ws, "ingest", str(ws.root / folder))
    assert result.exit_code == 1
    assert result.output == (f"Error: The folder {ws.root / folder} does not exist. Give the "
                             "folder where the returned forms are collected.\n")


def test_an_unexpected_error_is_a_message_not_a_traceback(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("pipeline.stages.check.read_all_inputs", broken)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.startswith("Error: mus stopped on an unexpected problem "
                                    "(ZeroDivisionError).")
