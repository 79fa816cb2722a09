"""`mus erase --employee`: an employee planted in every kind of data across two seasons is
erased, and their marker is found nowhere in the working folder (file names, workbooks and Word
files unzipped, e-mail files taken apart), while every workbook still opens and validates and
everyone else's data is where it was."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.collect.extract import extract_file
from pipeline.collect.mailfile import extract_any
from pipeline.privacy.deletions import LOG
from pipeline.samples import write_employees
from pipeline.workspace import Workspace
from tests.privacy.planted import ADDRESS, MARK, NAME, NUMBER, found, rows
from tests.validation import assert_valid_ooxml


def erase(ws: Workspace, *args: str, answer: str | None = None) -> tuple[int, str]:
    with contextlib.chdir(ws.root):
        result = CliRunner().invoke(main, ["erase", *args], input=answer)
    return result.exit_code, result.output


def workbooks(ws: Workspace) -> list[Path]:
    return sorted(ws.output_dir.rglob("*.xlsx"))


def test_the_plan_is_shown_and_nothing_goes_without_a_yes(planted: Workspace) -> None:
    before = found(planted.root, MARK)
    code, output = erase(planted, "--employee", NUMBER, answer="n\n")
    assert code == 1 and "Aborted" in output
    assert f"To erase employee(s) {NUMBER} ({NAME}):" in output
    assert "Delete returned/2026/mette-leder.docx (returned form, leader's form, season 2026" \
        in output
    assert "Write returned/Fwd_ skemaer.msg again without 1 of its forms" in output
    assert "Make output/MUS-oversigt-2027.xlsx again without" in output
    assert "HR mailbox" in output  # what mus cannot reach is said
    assert "still on the employee list" in output
    assert found(planted.root, MARK) == before  # nothing was touched
    assert not (planted.root / LOG).exists()
    code, output = erase(planted, "--employee", NUMBER, "--dry-run")
    assert code == 0 and "Nothing was deleted (--dry-run)." in output
    assert found(planted.root, MARK) == before


def test_an_erased_employee_is_found_nowhere(planted: Workspace) -> None:
    write_employees(planted.employees, rows(without=[NUMBER]))  # HR took her off the list
    assert len(found(planted.root, MARK)) > 20
    code, output = erase(planted, "--employee", NUMBER, "--yes")
    assert code == 0, output
    assert found(planted.root, MARK) == []
    assert found(planted.root, "QZ-") == []
    assert found(planted.root, ADDRESS) == []
    for path in workbooks(planted):
        assert_valid_ooxml(path)
        openpyxl.load_workbook(path).close()
    # everyone else's data is where it was: the forms, the other form in the forwarded e-mail
    # (now an .eml that keeps who sent it), the workbooks' rows, the logs' lines
    assert (planted.returned_dir / "1004.docx").exists()
    [mail] = list(planted.returned_dir.glob("Fwd_ skemaer*"))
    assert mail.suffix == ".eml"
    [kept] = extract_any(mail, mail.name)
    assert kept.response is not None and kept.response.employee_id == "1005"
    assert kept.response.returned_by == ("pia@eksempel.dk", "hkj@eksempel.dk")
    assert kept.response.answers["T1"] == "Lærkes svar"
    book = openpyxl.load_workbook(planted.output_dir / "MUS-oversigt-2027.xlsx", read_only=True)
    numbers = [r[0] for r in book["Medarbejdere"].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert "1004" in numbers and NUMBER not in numbers and len(numbers) == 24
    assert "Overblik" in openpyxl.load_workbook(
        planted.output_dir / "MUS-oversigt-2027.xlsx", read_only=True).sheetnames
    sent = (planted.output_dir / "mail" / "mail-log.jsonl").read_text(encoding="utf-8")
    assert sent.count('"employee_id": "1004"') == 4 and NUMBER not in sent
    collected = (planted.returned_dir / "mus-collect-log.jsonl").read_text(encoding="utf-8")
    assert '"file": "1004.docx"' in collected and '"event": "read"' in collected
    manifest = json.loads((planted.forms_dir / "2027" / "manifest.json").read_text("utf-8"))
    assert {e["employee_id"] for e in manifest["forms"]} == {
        str(r[0]) for r in rows(without=[NUMBER])}
    assert not (planted.forms_dir / "2026" / f"{NUMBER}_Mette_Qzmarker.docx").exists()
    assert extract_file(planted.forms_dir / "2026" / "1004_Søren_Østergaard.docx").response
    # the deletion log says what, when and why: with her number, never her name or content
    log = (planted.root / LOG).read_text(encoding="utf-8")
    lines = [json.loads(line) for line in log.splitlines()]
    assert {line["why"] for line in lines} == {"request"}
    assert {line["employee"] for line in lines} == {NUMBER}
    assert {"returned", "mail", "made", "draft", "send-log", "collect-log", "manifest",
            "workbook"} <= {line["what"] for line in lines}
    assert {"2026", "2027"} <= {line["season"] for line in lines}
    assert MARK.casefold() not in log.casefold() and "Mette" not in log


def test_a_second_erase_finds_nothing(planted: Workspace) -> None:
    write_employees(planted.employees, rows(without=[NUMBER]))
    assert erase(planted, "--employee", NUMBER, "--yes")[0] == 0
    code, output = erase(planted, "--employee", NUMBER, "--yes")
    assert code == 0
    assert f"Nothing to erase: mus found nothing of employee(s) {NUMBER}" in output


def test_a_workbook_the_folder_cannot_make_again_is_written_from_its_cells(
        planted: Workspace) -> None:
    """Season 2026's list has changed since its workbook was made (a newcomer): it is not made
    again from today's list, but written again from its own cells, without her rows, with a
    note, its sheets that count everyone left out."""
    newcomer = (2001, "Ny Medarbejder", "ny@eksempel.dk", *rows()[0][3:])
    write_employees(planted.employees, [*rows(without=[NUMBER]), newcomer])
    code, output = erase(planted, "--employee", NUMBER, "--yes")
    assert code == 0, output
    assert "MUS-oversigt-2026.xlsx could not be made again as it was (the employee list has " \
        "changed since it was made)" in output
    assert found(planted.root, MARK) == []
    path = planted.output_dir / "MUS-oversigt-2026.xlsx"
    assert_valid_ooxml(path)
    book = openpyxl.load_workbook(path)
    assert "Overblik" not in book.sheetnames and "Afdelinger" not in book.sheetnames
    numbers = [r[0] for r in book["Medarbejdere"].iter_rows(min_row=2, values_only=True)]
    assert "1004" in numbers and NUMBER not in numbers and "2001" not in numbers
    answers = {r[0]: r for r in book["Svar"].iter_rows(min_row=2, values_only=True)}
    assert "Sørens svar 2026" in answers["1004"]
    about = {r[0]: r[1] for r in book["Om"].iter_rows(min_row=2, values_only=True)}
    assert "mus erase tog rækkerne om 1 medarbejder(e) ud" in about["Rettet"]
    # HR's own column keeps its drop-down, the header notes stay
    [status] = book["Udviklingsmål"].data_validations.dataValidation
    assert status.type == "list" and "Gennemført" in str(status.formula1)
    assert book["Svar"]["B1"].comment is not None or any(
        c.comment is not None for c in book["Svar"][1])
    book.close()


@pytest.mark.parametrize("args", [(), ("--employee", "1", "--season", "2027")])
def test_one_thing_at_a_time(planted: Workspace, args: tuple[str, ...]) -> None:
    code, output = erase(planted, *args)
    assert code == 1
    assert "Say what to erase, one thing at a time" in output


def test_everyone_who_left_before_a_day(planted: Workspace) -> None:
    """The list's end-date column decides; a leaver with no end date is named, not guessed."""
    import datetime as dt

    from tests.helpers import write_xlsx

    headers = ("Medarbejdernr.", "Navn", "E-mail", "Afdeling", "Stilling", "Leder",
               "Leders e-mail", "MUS-dato", "Sprog", "Arbejdssted", "Status",
               "Fratrædelsesdato")
    listed = []
    for row in rows():
        status, ended = "Aktiv", None
        if str(row[0]) == NUMBER:
            ended = dt.date(2026, 10, 31)
        elif str(row[0]) == "1004":
            status = "Fratrådt"
        listed.append((*row, status, ended))
    write_xlsx(planted.employees, {"Medarbejdere": [headers, *listed]})
    code, output = erase(planted, "--left-before", "01-11-2026", "--dry-run")
    assert code == 0, output
    assert f"To erase employee(s) {NUMBER} ({NAME}):" in output
    assert "1 employee(s) the list says have left have no end date (1004)" in output
    assert "Nothing was deleted (--dry-run)." in output
    code, output = erase(planted, "--left-before", "31-10-2026", "--dry-run")
    assert "Nothing to erase: mus found nothing of anyone: nobody on the employee list left " \
        "before that day" in output
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    code, output = erase(planted, "--left-before", f"{tomorrow:%d-%m-%Y}")
    assert code == 1 and "is after today" in output


def test_files_mus_cannot_read_are_named(planted: Workspace) -> None:
    (planted.returned_dir / "scannet.pdf").write_bytes(b"%PDF-1.4 ...")
    (planted.returned_dir / "ødelagt.docx").write_bytes(b"PK\x03\x04 not a zip")
    code, output = erase(planted, "--employee", NUMBER, "--dry-run")
    assert code == 0
    assert "2 file(s) could hold a form, but mus cannot read them" in output
    assert "returned/scannet.pdf" in output and "returned/ødelagt.docx" in output


def test_a_returned_folder_outside_the_working_folder(planted: Workspace,
                                                      tmp_path: Path) -> None:
    """Forms kept outside the working folder are out of reach unless given with --returned;
    a workbook made from such a folder says where it was."""
    elsewhere = tmp_path / "fællesdrev" / "MUS-svar"
    elsewhere.mkdir(parents=True)
    source = planted.forms_dir / "2027" / f"{NUMBER}_Mette_Qzmarker.docx"
    (elsewhere / "mette.docx").write_bytes(source.read_bytes())
    with contextlib.chdir(planted.root):
        result = CliRunner().invoke(main, ["ingest", str(elsewhere), "--out",
                                           "output/andet/MUS-oversigt-2027.xlsx"])
    assert result.exit_code == 0, result.output
    code, output = erase(planted, "--employee", NUMBER, "--dry-run")
    assert f"An overview workbook was made from forms in {elsewhere}, outside the working " \
        "folder" in output
    assert "mette.docx" not in output
    code, output = erase(planted, "--employee", NUMBER, "--returned", str(elsewhere), "--yes")
    assert code == 0, output
    assert not (elsewhere / "mette.docx").exists()
    assert found(planted.root, MARK) == [] or found(planted.root, MARK) == [
        "input/employees.xlsx: employees.xlsx/xl/worksheets/sheet1.xml"]


def test_run_from_elsewhere_with_dir(planted: Workspace, tmp_path: Path) -> None:
    """Paths the workbooks recorded from inside the folder are found from the folder, wherever
    mus is run from: the workbooks are made again, not written from their cells."""
    write_employees(planted.employees, rows(without=[NUMBER]))
    elsewhere = tmp_path / "andet"
    elsewhere.mkdir()
    with contextlib.chdir(elsewhere):
        result = CliRunner().invoke(main, ["--dir", str(planted.root), "erase", "--employee",
                                           NUMBER, "--yes"])
    assert result.exit_code == 0, result.output
    assert "could not be made again" not in result.output
    assert result.output.count("was made again without the erased rows") == 4
    assert found(planted.root, MARK) == []
