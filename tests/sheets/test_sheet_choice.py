"""Which sheet is the employee list: the table of people (most rows with a number and a name,
each number once), not a cover, a change log or a lookup that happens to come first; `mus
check` says which sheet was read and why the others were not."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
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


def test_a_smaller_sheet_with_people_the_list_lacks_is_read_with_it(tmp_path: Path) -> None:
    """New starters on their own sheet of the same columns are more of the list: never dropped
    quietly, nor with a warning only (both sheets are read, in the workbook's order)."""
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Nye": [("Lønnr.", "Navn", "Afdeling", "Mail"), *_staff(2, first=90)],
        "Alle": [("Lønnr.", "Navn", "Afdeling", "Mail"), *_staff(8)],
    })
    listing = read_employee_list(path, today=TODAY)
    assert listing.sheet == "Alle" and listing.sheets == ("Nye", "Alle")
    assert len(listing.employees) == 10
    assert [e.sheet for e in listing.employees[:3]] == ["Nye", "Nye", "Alle"]


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


def test_sheets_of_other_columns_holding_most_of_the_staff_are_read_with_it(
        tmp_path: Path) -> None:
    """A care home's workbook: the management on a sheet of its own (with Afdeling and Leder
    columns), each unit's staff on a sheet of its own columns, under a title that names the
    unit's leader: every sheet is read, each unit's staff led by the leader its title names
    (found, with her address, on the management's sheet)."""
    units = {f"Afsnit {name}": [(f"Afsnit {name} – afsnitsleder: Leder {name} "
                                  f"(l{name[0].lower()}@x.dk)",), (),
                                 ("Lønnr.", "Navn", "Stilling", "Timer/uge"),
                                 *[(500 + 10 * k + i, f"Person{k}{i} Holm", "SSA", 32)
                                   for i in range(4)]]
             for k, name in enumerate(("Bøgen", "Egen"))}
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Ledelse": [("Lønnr.", "Navn", "Stilling", "Afdeling", "Mail", "Leder"),
                    (100, "Aisha Yusuf", "Plejecenterleder", "Ledelse", "ay@x.dk", None),
                    (101, "Leder Bøgen", "Afsnitsleder", "Afsnit Bøgen", "lb@x.dk",
                     "Aisha Yusuf"),
                    (102, "Leder Egen", "Afsnitsleder", "Afsnit Egen", "le@x.dk",
                     "Aisha Yusuf")],
        **units})
    listing = read_employee_list(path, today=TODAY)
    staff = {e.number: e for e in listing.employees}
    assert len(staff) == 11
    assert (staff["500"].department, staff["500"].leader, staff["500"].leader_email,
            staff["500"].leader_number, staff["500"].sheet) == (
        "Afsnit Bøgen", "Leder Bøgen", "lb@x.dk", "101", "Afsnit Bøgen")
    assert (staff["513"].department, staff["513"].leader_number) == ("Afsnit Egen", "102")
    assert staff["101"].leader_number == "100"
    assert any(n.kind == "heading-leaders" and n.sheet == "Afsnit Egen" and "row 1" in n.what
               for n in listing.notes)
    assert [w.what for w in listing.warnings] == []


def test_a_sheet_named_for_a_kind_of_the_employed_is_part_of_the_staff(tmp_path: Path) -> None:
    """A builder's "Funktionærer" and "Timelønnede": the hourly workers are employed, not
    leavers like "Fratrådte", so their sheet of other columns is read with the list; their
    "Opgave" holds the units the salaried staff's "Afdeling" gives, so it is their
    department, and their foreman is found on the salaried sheet (exports45)."""
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Funktionærer": [("Lønnr", "Navn", "Afdeling", "Nærmeste leder", "E-mail"),
                         (194, "Line Sand", "Kontor", None, "ls@x.dk"),
                         (699, "Signe Bro", "Aarhus Ø", "Line Sand", "sb@x.dk"),
                         (700, "Bo Eng", "Skejby", "Line Sand", "be@x.dk")],
        "Timelønnede": [("Lønnr", "Navn", "Fag", "Opgave", "Formand", "Sjakbajs"),
                        (300, "Svend Bak", "Tømrer", "Aarhus Ø", "Signe Bro", "Svend Bak"),
                        (301, "Svend Dal", "Tømrer", "Aarhus Ø", "Bo Eng", "Svend Bak"),
                        (400, "Ole Ravn", "Murer", "Skejby", "Bo Eng", "Ole Ravn"),
                        (401, "Ole Krog", "Murer", "Skejby", "Signe Bro", "Ole Ravn")]})
    listing = read_employee_list(path, today=TODAY)
    hourly = [e for e in listing.employees if e.sheet == "Timelønnede"]
    assert [(e.number, e.department, e.leader, e.leader_email) for e in hourly] == [
        ("300", "Aarhus Ø", "Signe Bro", "sb@x.dk"), ("301", "Aarhus Ø", "Bo Eng", "be@x.dk"),
        ("400", "Skejby", "Bo Eng", "be@x.dk"), ("401", "Skejby", "Signe Bro", "sb@x.dk")]
    assert any('the values of "Opgave" are the departments the other sheets give' in n.what
               for n in listing.notes)


def test_a_sheet_of_a_unit_without_a_department_column_gives_its_name(tmp_path: Path) -> None:
    """One sheet per department, the leader in a column, no department column: each sheet's
    name is the department of its rows, said; a name Excel gave ("Ark3") names none."""
    head = ("Medarb.nr", "Navn", "Stilling", "Leder", "Leder e-mail")
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Ledelse": [("Afdeling: Ledelse",), (), head, (301, "Inger Holm", "Direktør", None, None)],
        "Produktion": [("Afdeling: Produktion",), (), head,
                       (303, "Birk Jensen", "Chef", "Inger Holm", "ih@x.dk"),
                       (304, "Ane Lund", "Smed", "Birk Jensen", "bj@x.dk")],
        "Ark3": [head, (305, "Per Dam", "Smed", "Birk Jensen", "bj@x.dk"),
                 (306, "Eva Dam", "Smed", "Birk Jensen", "bj@x.dk")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("301", "Ledelse"), ("303", "Produktion"), ("304", "Produktion"), ("305", ""),
        ("306", "")]
    assert any(n.kind == "sheet-department" and '"Produktion"' in n.what
               for n in listing.notes)
    assert [(w.kind, w.sheet) for w in listing.warnings] == [("no-department", "Ark3")]


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
