"""The employee list through a whole season: CPR numbers in no file mus writes, leaders found in
the list on the forms and in the mail, the greeting by first name, warnings that reach HR, and
the same summary in `mus check --json` and the manifest."""

from __future__ import annotations

import datetime as dt
import email
import io
import json
import zipfile
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.demo import Respondent
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.text import block_text
from pipeline.workspace import Workspace
from tests.helpers import question, questions_xlsx, write_xlsx

CPR = ("0101901234", "010190-1234", "2412851234", "241285-1234", "1505721234")
HEADERS = ("Tjenestenummer", "CPR-nr.", "Nøgle", "Efternavn, Fornavn", "Afdeling", "Leder",
           "Arbejdsmail", "MUS-dato")
ROWS = [
    ("00401", "010190-1234", 2412851234, "Østergaard, Jens", "Jura", "", "jos@k.dk",
     dt.date(2027, 3, 1)),
    ("00418", "241285-1234", 1505721234, "Kjær Sørensen, Mette", "Jura", "00401", "mks@k.dk",
     dt.date(2027, 3, 2)),
]


def run(ws: Workspace, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), *args], catch_exceptions=False)


@pytest.fixture
def cpr_ws(ws: Workspace) -> Workspace:
    write_xlsx(ws.employees, {"Medarbejdere": [HEADERS, *ROWS]})
    return ws


def _texts(path: Path) -> Iterator[bytes]:
    """Every byte a file holds, with zips opened and e-mails decoded, attachments included."""
    data = path.read_bytes()
    yield from _unpack(data)


def _unpack(data: bytes) -> Iterator[bytes]:
    yield data
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                yield from _unpack(archive.read(name))
    elif b"MIME-Version" in data[:2000]:
        message = email.message_from_bytes(data, policy=policy.default)
        for part in message.walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                yield from _unpack(payload)


def test_no_cpr_number_in_anything_mus_writes(cpr_ws: Workspace) -> None:
    ws = cpr_ws
    assert run(ws, "generate", "--jobs", "1").exit_code == 0
    assert run(ws, "mail").exit_code == 0
    returned = ws.returned_dir
    returned.mkdir(exist_ok=True)
    for form in (ws.output_dir / "forms" / "2027").glob("*.docx"):
        (returned / form.name).write_bytes(Respondent(seed=1).fill(form.read_bytes()))
    result = run(ws, "ingest", str(returned), "--per-leader")
    assert result.exit_code == 0, result.output
    check = run(ws, "check", "--json")
    written = [p for p in ws.output_dir.rglob("*") if p.is_file()]
    assert {p.suffix for p in written} >= {".docx", ".json", ".eml", ".xlsx"}
    for path in written:
        for blob in _texts(path):
            for cpr in CPR:
                assert cpr.encode() not in blob, f"{cpr} in {path}"
    for cpr in CPR:
        assert cpr not in check.output
    summary = json.loads(check.output)["employee_list"]
    assert summary["withheld_columns"] == [
        {"column": "B", "header": "CPR-nr.", "reason": "CPR numbers"},
        {"column": "C", "header": "Nøgle", "reason": "CPR numbers"}]


def test_a_text_that_asks_for_the_cpr_number_is_refused(cpr_ws: Workspace) -> None:
    ws = cpr_ws
    (ws.root / "templates" / "intro.da.j2").write_text(
        'Kære {{ fornavn }} ({{ kolonne["CPR-nr."] }})', encoding="utf-8")
    result = run(ws, "generate", "--jobs", "1")
    assert result.exit_code == 1
    assert result.output == (
        'Error: The template intro.da.j2 asks for a CPR number ("CPR-nr."). mus never reads or '
        "writes CPR numbers: they stay in the employee list and never reach a form, a mail, the "
        "manifest or a workbook. Remove it from the template.\n")
    assert not list((ws.output_dir / "forms").glob("**/*.docx"))


def test_a_mail_text_that_asks_for_the_cpr_number_is_refused(cpr_ws: Workspace) -> None:
    ws = cpr_ws
    assert run(ws, "generate", "--jobs", "1").exit_code == 0
    (ws.root / "templates" / "mail.da.j2").write_text(
        "{% block subject %}MUS{% endblock %}{% block body %}{{ cpr }}{% endblock %}",
        encoding="utf-8")
    result = run(ws, "mail")
    assert result.exit_code == 1
    assert result.output.startswith('Error: The template mail.da.j2 asks for a CPR number '
                                    '("cpr").')
    assert not (ws.output_dir / "mail").exists()


def test_a_filter_on_the_cpr_column_is_refused(cpr_ws: Workspace) -> None:
    ws = cpr_ws
    questions_xlsx(ws.questions, questions=[question("A", "x", applies="CPR-nr.=010190-1234"),
                                            question("B", "y", applies="Nøgle!=1")])
    result = run(ws, "check")
    assert result.exit_code == 1
    assert (f'{ws.questions}, sheet "Spørgsmål", row 2, column "Gælder for": Question A is '
            'filtered on "CPR-nr.", which holds CPR numbers. mus never reads or writes CPR '
            "numbers") in result.output
    assert 'Question B is filtered on "Nøgle", which holds CPR numbers.' in result.output
    assert "010190-1234" not in result.output and "2412851234" not in result.output


def test_forms_and_mail_use_the_leader_found_in_the_list(cpr_ws: Workspace) -> None:
    ws = cpr_ws
    result = run(ws, "generate", "--jobs", "1")
    assert result.exit_code == 0
    forms = ws.output_dir / "forms" / "2027"
    with SafeZip(forms / "00418_Mette_Kjær_Sørensen.docx") as package:
        text = block_text(package.xml("word/document.xml"))
    assert "Jens Østergaard" in text and "00401" not in text
    assert "Kære Mette\n" in text  # the given name, from "Kjær Sørensen, Mette"
    manifest = json.loads((forms / "manifest.json").read_text(encoding="utf-8"))
    entry = next(f for f in manifest["forms"] if f["employee_id"] == "00418"
                 and f["kind"] == "leader")
    assert (entry["leader"], entry["leader_email"]) == ("Jens Østergaard", "jos@k.dk")
    dry = run(ws, "mail", "--dry-run")
    assert "Would send to jos@k.dk: " in dry.output
    assert "[00418_Mette_Kjær_Sørensen_leder.docx]" in dry.output


def test_warnings_reach_hr_on_stderr_and_in_json(ws: Workspace) -> None:
    today = dt.date.today()
    past, soon, deadline = (today - dt.timedelta(days=300), today + dt.timedelta(days=30),
                            today + dt.timedelta(days=60))
    rows = [("Medarbejdernr.", "Navn", "E-mail", "Leder", "MUS-dato", "Afdeling"),
            (1, "Ida Thomsen", "ida@x", "JØS", past, "IT"), (2, "Bo Bach", "ida@x", "", soon, "IT")]
    write_xlsx(ws.employees, {"Ark1": rows})
    questions_xlsx(ws.questions, settings=[("Sæson", "2027"), ("Svarfrist", deadline)])
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0
    assert result.stdout.endswith("No mistakes found.\n")
    where = f'{ws.employees}, sheet "Ark1"'
    assert result.stderr == (
        "6 warning(s): mus can go on, but check these:\n"
        f'  - {where}, row 2, column "E-mail": The e-mail address "ida@x" of employee 1 is not '
        "a valid address, so their form cannot be mailed. Correct the address.\n"
        f'  - {where}, row 3, column "E-mail": The e-mail address "ida@x" of employee 2 is not '
        "a valid address, so their form cannot be mailed. Correct the address.\n"
        f'  - {where}, row 2, column "E-mail": The e-mail address "ida@x" is given for 2 '
        "employee numbers (1, 2; rows 2 and 3). If it is one person listed twice, delete the "
        "extra row; if a mailbox is shared, nothing to do.\n"
        f'  - {where}, row 2, column "MUS-dato": The meeting date {past:%d-%m-%Y} of employee 1 '
        "is in the past. Correct the date, or leave it empty.\n"
        f'  - {where}, row 2, column "Leder": The leader "JØS" (row 2) is not in the list: no '
        'row has those initials or that user name. The forms show "JØS". Add the leader\'s own '
        "row to the list, or give the leader's name (and e-mail, in a \"Leders e-mail\" "
        "column).\n"
        f'  - {where}, row 3, column "MUS-dato": The meeting date {soon:%d-%m-%Y} of employee 2 '
        f"is before the reply deadline {deadline:%d-%m-%Y}, so the form would come back after "
        "the meeting. Move the meeting, or set an earlier Svarfrist in the question set.\n")
    data = json.loads(CliRunner().invoke(main, ["--dir", str(ws.root), "check",
                                                "--json"]).stdout)
    assert [w["message"][:30] for w in data["employee_list"]["warnings"]] == [
        'The e-mail address "ida@x" of ', 'The e-mail address "ida@x" of ',
        'The e-mail address "ida@x" is ', f"The meeting date {past:%d-%m-%Y} of",
        'The leader "JØS" (row 2) is no', f"The meeting date {soon:%d-%m-%Y} of"]
    generate = CliRunner().invoke(main, ["--dir", str(ws.root), "generate", "--jobs", "1"])
    assert generate.exit_code == 0
    assert generate.stderr.startswith("6 warning(s): mus can go on, but check these:\n")
    assert "Wrote 2 employee form(s)" in generate.stdout


def test_check_json(ws: Workspace) -> None:
    rows = [("Liste",), ("Medarbejdernr.", "Navn", "Afdeling", "Status"),
            (1, "Ida Thomsen", "IT", ""), (2, "Bo Bach", "IT", "Fratrådt"), ("I alt: 2",)]
    path = write_xlsx(ws.employees, {"Ark1": rows})
    result = run(ws, "check", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["ok"] is True and data["mistakes"] == []
    listing = data["employee_list"]
    assert {k: listing[k] for k in ("file", "sheet", "header_row", "employees", "departments",
                                    "leaders", "leaders_found_in_list")} == {
        "file": str(path), "sheet": "Ark1", "header_row": 2, "employees": 1, "departments": 1,
        "leaders": 0, "leaders_found_in_list": 0}
    assert listing["columns"] == {
        "number": {"column": "A", "header": "Medarbejdernr."},
        "name": {"column": "B", "header": "Navn"},
        "department": {"column": "C", "header": "Afdeling"},
        "status": {"column": "D", "header": "Status"}}
    assert listing["skipped_rows"] == [{"row": 5, "reason": "total",
                                        "text": 'a total row ("I alt: 2")'}]
    assert listing["first_rows"][0] == {"row": 3, "number": "1", "name": "Ida Thomsen",
                                        "department": "IT", "leader": "", "leader_email": ""}
    assert data["question_set"]["questions"] == 17


def test_check_json_with_mistakes(ws: Workspace) -> None:
    write_xlsx(ws.employees, {"Ark1": [("Medarbejdernr.", "Navn"), (1, ""), (1, "B")]})
    result = run(ws, "check", "--json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["ok"] is False
    assert [(m["row"], m["column"], m["message"]) for m in data["mistakes"]] == [
        (2, "Navn", "Employee 1 has no name."),
        (3, "Medarbejdernr.", "The employee number 1 is also used in row 2."),
        (2, "Medarbejdernr.", "The employee number 1 is also used in row 3.")]


def test_include_hidden(ws: Workspace) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    for row in [("Medarbejdernr.", "Navn", "E-mail", "Afdeling", "Leder"),
                (1, "Ida Thomsen", "it@x.dk", "IT", None),
                (2, "Bo Bach", "bb@x.dk", "IT", "Ida Thomsen")]:
        sheet.append(list(row))
    sheet.row_dimensions[3].hidden = True
    wb.save(ws.employees)
    result = run(ws, "check")
    assert "Skipped row 3: a hidden row.\n" in result.output
    assert "  (To give hidden rows a form too, show them in Excel, or add --include-hidden.)\n" \
        in result.output
    assert "1 employee, 0 leaders" in result.output
    assert "2 employees, 1 leader" in run(ws, "check", "--include-hidden").output
    assert run(ws, "generate", "--include-hidden", "--jobs", "1").output.startswith(
        "Wrote 2 employee form(s)")
    assert "Would send to" in run(ws, "mail", "--include-hidden", "--dry-run").output
    assert "Not mailed: 2 Bo Bach" in run(ws, "mail", "--dry-run").output


def test_the_manifest_keeps_the_summary(cpr_ws: Workspace) -> None:
    ws = cpr_ws
    assert run(ws, "generate", "--jobs", "1").exit_code == 0
    manifest = json.loads((ws.output_dir / "forms" / "2027" / "manifest.json").read_text(
        encoding="utf-8"))
    summary = manifest["employee_list"]
    assert summary["columns"]["number"] == {"column": "A", "header": "Tjenestenummer"}
    assert summary["columns"]["name_reversed"] == {"column": "D",
                                                   "header": "Efternavn, Fornavn"}
    assert summary["employees"] == 2 and summary["leaders_found_in_list"] == 1
    assert "first_rows" not in summary  # names are in the forms list already
    assert list(manifest) == ["season", "question_set_version", "generated", "employee_list",
                              "forms"]


def test_many_warnings_are_counted_on_screen_and_all_in_json(ws: Workspace) -> None:
    rows = [("Medarbejdernr.", "Navn", "E-mail", "Leder", "Afdeling"),
            (1, "Pia Lund", "pl@x.dk", "", "IT")]
    rows += [(n, f"Ansat{n} Holm", f"p{n}@x", "Pia Lund" if n % 2 else "XYZ", "IT")
             for n in range(2, 30)]
    write_xlsx(ws.employees, {"Ark1": rows})
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == "29 warning(s): mus can go on, but check these:"
    assert sum("is not a valid address" in line for line in lines) == 10
    assert (f'  - {ws.employees}, sheet "Ark1": The same on 18 more row(s). Run `mus check '
            "--json` to see every one.") in lines
    assert lines[-1].endswith(
        'The leader "XYZ" (rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21 and 4 more) is not in the '
        "list: no row has those initials or that user name. The forms show \"XYZ\". Add the "
        "leader's own row to the list, or give the leader's name (and e-mail, in a \"Leders "
        'e-mail" column).')
    data = json.loads(run(ws, "check", "--json").output)
    warnings = data["employee_list"]["warnings"]
    assert len(warnings) == 29
    assert warnings[-1]["rows"] == list(range(3, 30, 2))


def test_a_list_without_any_leader_is_refused_for_the_season(ws: Workspace) -> None:
    """A phone list with numbers, names and units but no leader anywhere: `mus check` and
    `mus generate` refuse it with what to add, and nothing is written."""
    write_xlsx(ws.employees, {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail", "Afdeling", "Telefon"),
        (1, "Ida Thomsen", "it@x.dk", "IT", "20 30 40 50"),
        (2, "Bo Bach", "bb@x.dk", "IT", "20 30 40 51"),
        (3, "Åse Holm", "ah@x.dk", "Løn", "20 30 40 52")]})
    for command in (("check",), ("generate", "--jobs", "1")):
        result = run(ws, *command)
        assert result.exit_code == 1, result.output
        assert "row 1: No employee's leader was found in the list" in result.output
        assert 'Add a column "Nærmeste leder"' in result.output
    assert not (ws.output_dir / "forms").exists()
