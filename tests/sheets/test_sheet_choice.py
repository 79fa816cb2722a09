"""Which sheet is the employee list: the table of people (most rows with a number and a name,
each number once), not a cover, a change log or a lookup that happens to come first; `mus
check` says which sheet was read and why the others were not."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import questions_xlsx, write_xlsx

TODAY = dt.date(2026, 11, 27)


def _staff(n: int, first: int = 1) -> list[tuple[object, ...]]:
    return [(first + i, f"Person {chr(65 + i)}son", "Sales" if i % 2 else "Support",
             f"p{first + i}@acme.com") for i in range(n)]


def test_an_audit_log_before_the_list_is_passed_over_english(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "people.xlsx", {
        "Summary": [("Department", "Headcount", "Manager"), ("Sales", 3, "Person Bson")],
        "Audit log": [("Date", "Employee ID", "Name", "Change"),
                      (dt.datetime(2026, 11, 2), 2, "Person Bson", "New manager"),
                      (dt.datetime(2026, 11, 9), 2, "Person Bson", "Moved to Sales")],
        "Employees": [("Employee ID", "Name", "Department", "Email"), *_staff(6)],
    })
    listing = read_employee_list(path, today=TODAY)
    assert listing.sheet == "Employees"
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4", "5", "6"]
    assert listing.employees[0].department == "Support"
    assert listing.warnings == ()  # the log names nobody the list lacks
    [note] = [n.what for n in listing.notes if n.kind == "sheet-choice"]
    assert note == ('The list was read from the sheet "Employees", the table with 6 people '
                    'with a number and a name; "Audit log" has 1 person with a number and a '
                    'name (numbers repeated: 2 rows); "Summary" has no column of employee '
                    "numbers and names.")


def test_a_lookup_of_leaders_before_the_list_is_passed_over_danish(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", {
        "Ledere": [("Medarbejdernr.", "Navn", "Afdeling"), (1, "Person Ason", "Support"),
                   (2, "Person Bson", "Sales")],
        "Medarbejdere": [("Medarbejdernr.", "Navn", "Afdeling", "E-mail"), *_staff(8)],
    })
    listing = read_employee_list(path, today=TODAY)
    assert listing.sheet == "Medarbejdere"
    assert len(listing.employees) == 8 and listing.warnings == ()
    assert any('"Ledere" has 2 people' in n.what for n in listing.notes)


def test_a_smaller_sheet_with_people_the_list_lacks_refuses_the_list(tmp_path: Path) -> None:
    """New starters on their own sheet of the same columns are more of the list: never dropped
    quietly, nor with a warning only (the list is refused, naming both sheets)."""
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Nye": [("Lønnr.", "Navn", "Afdeling", "Mail"), *_staff(2, first=90)],
        "Alle": [("Lønnr.", "Navn", "Afdeling", "Mail"), *_staff(8)],
    })
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert 'split over the sheets "Alle" and "Nye"' in str(caught.value)


def test_a_smaller_sheet_of_other_columns_with_people_the_list_lacks_is_warned_of(
        tmp_path: Path) -> None:
    """Three new starters on a sheet of their own shape are not on the list: never dropped
    quietly."""
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Nye": [("Lønnr.", "Navn", "Startdato"), *[(90 + i, f"Ny {i}sen", "01-12-2026")
                                                    for i in range(2)]],
        "Alle": [("Lønnr.", "Navn", "Afdeling", "Mail"), *_staff(8)],
    })
    listing = read_employee_list(path, today=TODAY)
    assert listing.sheet == "Alle"
    assert [w.what for w in listing.warnings] == [
        'The sheet "Nye" also looks like an employee list; only "Alle" was read.']


def test_sheets_of_other_columns_holding_most_of_the_staff_refuse_the_list(
        tmp_path: Path) -> None:
    """A care home's workbook: the management on a sheet of its own (with Afdeling and Leder
    columns, so it is the one read), each unit's staff on a sheet of its own columns. Reading
    the first sheet would leave most people without a form, warned only."""
    units = {f"Afsnit {name}": [(f"{name} – afsnitsleder: Leder {name}",), (),
                                 ("Lønnr.", "Navn", "Stilling", "Timer/uge"),
                                 *[(500 + 10 * k + i, f"Person{k}{i} Holm", "SSA", 32)
                                   for i in range(4)]]
             for k, name in enumerate(("Bøgen", "Egen"))}
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Ledelse": [("Lønnr.", "Navn", "Stilling", "Afdeling", "Mail", "Leder"),
                    (100, "Aisha Yusuf", "Plejecenterleder", "Ledelse", "ay@x.dk", None),
                    (101, "Leder Bøgen", "Afsnitsleder", "Bøgen", "lb@x.dk", "Aisha Yusuf"),
                    (102, "Leder Egen", "Afsnitsleder", "Egen", "le@x.dk", "Aisha Yusuf")],
        **units})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert ('sheet "Ledelse", row 1: The sheets "Afsnit Bøgen" and "Afsnit Egen" list 8 people '
            'who are not on the sheet "Ledelse" that was read as the list (employees 500, 501, '
            "502, 503, 510 and 511 …), so they would get no form") in str(caught.value)


def test_a_sheet_named_for_a_kind_of_the_employed_is_part_of_the_staff(tmp_path: Path) -> None:
    """A builder's "Funktionærer" and "Timelønnede": the hourly workers are employed, not
    leavers like "Fratrådte", so their sheet of other columns refuses the list (exports45)."""
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Funktionærer": [("Lønnr", "Navn", "Afdeling", "Nærmeste leder"),
                         (194, "Line Sand", "Kontor", None), (699, "Signe Bro", "Kontor",
                                                               "Line Sand")],
        "Timelønnede": [("Lønnr", "Navn", "Fag", "Byggeplads", "Formand"),
                        *[(300 + i, f"Svend {i}sen", "Tømrer", "Aarhus Ø", "Signe Bro")
                          for i in range(5)]]})
    with pytest.raises(SpreadsheetError, match='The sheet "Timelønnede" list 5 people'):
        read_employee_list(path, today=TODAY)


def test_the_first_sheet_stays_when_the_bigger_one_heads_fewer_fields(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Aktive": [("Medarbejdernr.", "Navn", "Afdeling", "E-mail"), *_staff(3)],
        "Fratrådte": [("Medarbejdernr.", "Navn"), *[(50 + i, f"Ex {i}son") for i in range(6)]],
    })
    listing = read_employee_list(path, today=TODAY)
    assert listing.sheet == "Aktive"
    assert [w.what for w in listing.warnings] == [
        'The sheet "Fratrådte" also looks like an employee list; only "Aktive" was read.']


def test_mus_check_says_which_sheet_was_read_and_why(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "input" / "employees.xlsx", {
        "Forside": [("Afdeling", "Antal"), ("Salg", 4)],
        "Log": [("Dato", "Medarb.nr.", "Navn", "Ændring"), ("1/11", 3, "Person Cson", "Ny")],
        "Medarbejdere": [("Medarb.nr.", "Navn", "Afdeling", "E-mail", "Leder"),
                         *((*row, "Person Ason" if row[0] != 1 else "") for row in _staff(5))],
    })
    questions_xlsx(tmp_path / "input" / "questions.xlsx")
    runner = CliRunner()
    result = runner.invoke(main, ["--dir", str(tmp_path), "check"])
    assert 'The list was read from the sheet "Medarbejdere"' in result.output
    as_json = runner.invoke(main, ["--dir", str(tmp_path), "check", "--json"])
    data = json.loads(as_json.output)
    assert data["employee_list"]["sheet"] == "Medarbejdere"
    assert any("Medarbejdere" in n["message"] for n in data["employee_list"]["notes"])
