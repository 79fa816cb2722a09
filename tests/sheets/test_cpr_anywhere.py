"""CPR numbers anywhere in the list, not only in a CPR column: inside a name, in a note column,
in a note or heading row. None of them ever reaches anything mus writes or prints: forms, their
file names, the manifest, the mail drafts, the workbooks, `mus check` and its JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.demo import Respondent
from pipeline.errors import SpreadsheetError
from pipeline.inputs import read_all_inputs
from pipeline.sheets import read_employee_list
from pipeline.workspace import Workspace
from tests.helpers import questions_xlsx, write_xlsx
from tests.sheets.test_season import _texts

PLANTED = ("1403718812", "140371-8812", "140371 8812", "0202754321", "020275-4321",
           "2412851234", "241285-1234")


def run(ws: Workspace, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), *args], catch_exceptions=False)


def _everything(ws: Workspace, results: list[Result]) -> list[tuple[str, bytes]]:
    found = [(f"output {i}", r.output.encode()) for i, r in enumerate(results)]
    for path in ws.root.rglob("*"):
        if path.is_file() and path != ws.employees:
            found.append((str(path), str(path.relative_to(ws.root)).encode()))
            found += [(str(path), blob) for blob in _texts(path)]
    return found


def _assert_no_cpr(ws: Workspace, results: list[Result]) -> None:
    for where, blob in _everything(ws, results):
        for cpr in PLANTED:
            assert cpr.encode() not in blob, f"{cpr} in {where}"


def test_cpr_in_a_note_column_and_in_skipped_rows(ws: Workspace) -> None:
    write_xlsx(ws.employees, {"Medarbejdere": [
        ("Medarbejdernr.", "Navn", "E-mail", "Leder", "Bemærkning", "MUS-dato"),
        ("Afdeling: Økonomi (ansvarlig 020275-4321)",),
        (1001, "Karen Bøgh Ravn", "kr@x.dk", None, None, dt.date(2027, 3, 1)),
        (1002, "Mikkel Juhl", "mj@x.dk", "Karen Bøgh Ravn", "Barsel, CPR 1403718812",
         dt.date(2027, 3, 2)),
        (1003, "Bo Bach", "bb@x.dk", "Karen Bøgh Ravn", "ny CPR 140371 8812",
         dt.date(2027, 3, 3)),
        ("NB: Åse Holm 241285-1234 starter 1/12",),
    ]})
    wb = load_workbook(ws.employees)
    sheet = wb.active
    assert sheet is not None
    sheet.merge_cells("A2:F2")
    wb.save(ws.employees)
    results = [run(ws, "check"), run(ws, "check", "--json")]
    assert results[0].exit_code == 0, results[0].output
    assert ('row 4, column "Bemærkning": The column "Bemærkning" holds a CPR number '
            "(140371-XXXX) in this row; that cell is left out of everything mus writes. Remove "
            "the CPR number from the cell") in results[0].stderr
    assert "Skipped rows 2 and 6: a note." in results[0].output
    assert '"text": "a note (\\"NB: Åse Holm 241285-XXXX starter 1/12\\")"' in results[1].output
    results.append(run(ws, "generate", "--jobs", "1"))
    assert results[-1].exit_code == 0, results[-1].output
    results.append(run(ws, "mail"))
    returned = ws.returned_dir
    returned.mkdir(exist_ok=True)
    for form in (ws.output_dir / "forms" / "2027").glob("*.docx"):
        (returned / form.name).write_bytes(Respondent(seed=3).fill(form.read_bytes()))
    results.append(run(ws, "ingest", str(returned), "--per-leader"))
    assert results[-1].exit_code == 0, results[-1].output
    written = {p.suffix for p in ws.output_dir.rglob("*") if p.is_file()}
    assert written >= {".docx", ".json", ".eml", ".xlsx"}
    _assert_no_cpr(ws, results)


def test_cpr_inside_a_name_refuses_the_row_with_the_number_masked(ws: Workspace) -> None:
    """The finding: "Karen Bøgh Ravn (140371-8812)" put the CPR number into the forms, their
    file names, the manifest and `mus check --json`."""
    write_xlsx(ws.employees, {"Medarbejdere": [
        ("Medarbejdernr.", "Navn", "E-mail"), (1001, "Karen Bøgh Ravn (140371-8812)", "kr@x.dk"),
        (1002, "Mikkel Juhl", "mj@x.dk")]})
    results = [run(ws, "check"), run(ws, "check", "--json"), run(ws, "generate", "--jobs", "1"),
               run(ws, "mail")]
    assert [r.exit_code for r in results] == [1, 1, 1, 1]
    assert (f'{ws.employees}, sheet "Medarbejdere", row 2, column "Navn": The name in this row '
            "holds a CPR number (140371-XXXX). Remove the CPR number from the cell (keep CPR "
            'numbers in a column of their own, headed "CPR-nr.", which mus leaves out) and run '
            "the command again.") in results[0].output
    assert not list(ws.output_dir.rglob("*.docx"))
    _assert_no_cpr(ws, results)


def test_a_cpr_number_as_the_employee_number_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn"), (101901234, "Ida Thomsen"), (1002, "Bo Bach")]})
    try:
        read_employee_list(path)
    except SpreadsheetError as err:
        assert ('row 2, column "Medarbejdernr.": The employee number in this row holds a CPR '
                "number (010190-XXXX).") in str(err)
        assert "101901234" not in str(err)
    else:
        raise AssertionError("a CPR number was taken as an employee number")


def test_a_personnr_column_of_short_codes_is_the_employee_number(tmp_path: Path) -> None:
    """Fujitsu Prisme's "Personnr" is the person's number in the system; a personnummer is most
    often the CPR number, so only a column that holds no CPR number at all, only short codes,
    each once, is read as the employee number, warned. One CPR number in it withholds it."""
    rows = [("Personnr", "Navn", "Organisation", "Nærmeste leder"),
            ("6200", "Nikolaj Skov", "Direktion", None),
            ("6201", "Maja Hansen", "Station Fjordby", "Nikolaj Skov"),
            ("F6301", "Ib Frivillig", "Station Fjordby", "Maja Hansen")]
    listing = read_employee_list(write_xlsx(tmp_path / "p.xlsx", {"Udtræk": rows}),
                                 today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("6200", ""), ("6201", "Nikolaj Skov"), ("F6301", "Maja Hansen")]
    assert any(w.what.startswith('The column "Personnr" (column A) is headed as a personnummer')
               for w in listing.warnings)
    with_cpr = [*rows[:3], ("140371-8812", "Ib Frivillig", "Station Fjordby", "Maja Hansen")]
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "c.xlsx", {"Udtræk": with_cpr}),
                           today=dt.date(2026, 12, 6))
    assert "No column with the employee number was found" in str(caught.value)
    assert "8812" not in str(caught.value)


def test_leaders_given_only_by_cpr_number_are_refused_saying_so(tmp_path: Path) -> None:
    """A payroll extract's "Leders CPR-nr": mus never reads a CPR number, not even to find a
    leader, so the list is refused saying why, and no CPR number is in the message."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Løn": [
        ("Lønnr", "CPR-nr", "Navn", "Afdeling", "Leders CPR-nr"),
        (1612, "110492-3306", "Henrik Holm", "Administration", None),
        (8281, "030101-7489", "Rasmus Krogh", "Rengøring", "110492-3306"),
        (3340, "011199-0858", "Eva Larsen", "Rengøring", "110492-3306")]})
    with pytest.raises(SpreadsheetError) as raised:
        read_all_inputs(path, questions_xlsx(tmp_path / "q.xlsx"), today=dt.date(2026, 12, 6))
    text = str(raised.value)
    assert 'given only by their CPR number (the column "Leders CPR-nr")' in text
    assert "110492" not in text and "3306" not in text
