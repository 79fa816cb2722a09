from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import InputFileError, SpreadsheetError
from pipeline.sheets import read_employees
from pipeline.workspace import DEFAULTS
from tests.helpers import employees_xlsx, write_xlsx


def test_sample_list_reads_with_title_rows_and_numbers() -> None:
    staff = read_employees(DEFAULTS / "input" / "employees.xlsx")
    assert len(staff) == 25
    assert len({e.department for e in staff}) == 4
    first = staff[0]
    assert first.number == "1001" and first.name == "Anne Sørensen"
    assert first.row == 4  # a title row and a blank row above the header
    assert first.meeting_date == dt.date(2027, 2, 1)
    assert first.columns["Arbejdssted"] == "Rådhuset"
    assert staff[-1].number == "00042"  # stored as text: leading zeros kept
    assert staff[-1].language == "en"


def test_headers_in_any_order_case_and_spacing(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Whatever": [
        ("Liste over ansatte",),
        (),
        ("  nærmeste LEDER ", "fornavn", "Efternavn", "employee id", "AFDELING", "Løn-trin"),
        ("Pia Lund", " Ida ", "Thomsen ", 1007.0, "IT", "L3"),
        (None, None, None, None, None, None),
    ]})
    [emp] = read_employees(path)
    assert emp.number == "1007"
    assert emp.name == "Ida Thomsen"
    assert emp.leader == "Pia Lund" and emp.department == "IT"
    assert emp.columns["Løn-trin"] == "L3"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [";", ","])
def test_csv_in_excel_encodings(tmp_path: Path, encoding: str, sep: str) -> None:
    text = sep.join(["Medarbejdernr.", "Navn", "Afdeling", "MUS-dato"]) + "\n"
    text += sep.join(["00042", "Søren Østergaard", "Løn og Økonomi", "15-03-2027"]) + "\n\n"
    path = tmp_path / "e.csv"
    path.write_bytes(text.encode(encoding))
    [emp] = read_employees(path)
    assert emp.number == "00042"
    assert emp.name == "Søren Østergaard"
    assert emp.department == "Løn og Økonomi"
    assert emp.meeting_date == dt.date(2027, 3, 15)


def test_every_mistake_at_once_with_rows_as_excel_shows_them(tmp_path: Path) -> None:
    path = employees_xlsx(tmp_path / "e.xlsx", rows=[
        (1001, "Anne", "", "IT", "", "", "", "", ""),
        (1002, "Bo", "", "IT", "", "", "", "31-02-2027", ""),
        (1001, "Carl", "", "IT", "", "", "", "", "tysk"),
    ])
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    text = str(caught.value)
    assert 'row 3, column "MUS-dato": The meeting date "31-02-2027" of employee 1002 is not a ' \
        "date." in text
    assert 'row 4, column "Medarbejdernr.": The employee number 1001 is also used in row 2.' \
        in text
    assert 'row 2, column "Medarbejdernr.": The employee number 1001 is also used in row 4.' \
        in text
    assert 'The language "tysk" of employee 1001 is not known.' not in text  # the duplicate row
    assert len(caught.value.issues) == 3


def test_missing_number_column_names_accepted_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [("Navn", "Afdeling"), ("Anne", "IT")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    assert "No column with the employee number was found." in str(caught.value)
    assert '"Tjenestenummer", "Tjenestenr.", "Lønnummer"' in str(caught.value)
    assert '"EmployeeNumber", "ID", "Nr.", "Initialer", "Initials", "Init.".' in str(caught.value)


def test_no_employees(tmp_path: Path) -> None:
    path = employees_xlsx(tmp_path / "e.xlsx", rows=[])
    with pytest.raises(SpreadsheetError, match="has no employees under the header row"):
        read_employees(path)


def test_csv_text_saved_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    path.write_text("Medarbejdernr.;Navn\n1;Anne\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"probably CSV saved with an \.xlsx name"):
        read_employees(path)


def test_password_protected_workbook() -> None:
    with pytest.raises(InputFileError, match="protected with a password"):
        read_employees(Path(__file__).parent.parent / "fixtures" / "password-protected.xlsx")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        read_employees(tmp_path / "nope.xlsx")


def test_rows_that_are_no_employees_are_skipped_and_listed(tmp_path: Path) -> None:
    from pipeline.sheets import read_employee_list

    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling"),
        ("Afdeling: Økonomi",),
        (1, "Ida Thomsen", "Økonomi"),
        ("I alt", None, 1),
        ("Total",),
        ("Antal medarbejdere: 1",),
        ("Sum: 1",),
    ]})
    listing = read_employee_list(path)
    assert [e.number for e in listing.employees] == ["1"]
    assert [(s.row, s.describe()) for s in listing.skipped] == [
        (2, 'a heading ("Afdeling: Økonomi")'),
        (4, 'a total row ("I alt")'), (5, 'a total row ("Total")'),
        (6, 'a total row ("Antal medarbejdere: 1")'), (7, 'a total row ("Sum: 1")')]


def test_a_row_with_only_a_name_is_an_employee_without_a_number(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn"), (1, "Ida Thomsen"), (None, "Bo Bach")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    assert 'row 3, column "Medarbejdernr.": This row has no employee number.' in str(caught.value)


def test_the_same_person_twice_is_a_warning_with_both_rows(tmp_path: Path) -> None:
    from pipeline.sheets import read_employee_list

    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail", "Afdeling"), (1, "Ida Thomsen", "it@x.dk", "IT"),
        (2, "Bo Bach", "bb@x.dk", "IT"), (7, "Ida Thomsen", "IT@x.dk", "IT")]})
    listing = read_employee_list(path)
    assert len(listing.employees) == 3
    [warning] = listing.warnings
    assert warning.what == ('The e-mail address "it@x.dk" is given for 2 employee numbers '
                            "(1, 7; rows 2 and 4).")


def test_a_second_sheet_that_looks_like_a_list_is_named(tmp_path: Path) -> None:
    from pipeline.sheets import read_employee_list

    path = write_xlsx(tmp_path / "e.xlsx", {
        "Aktive": [("Medarbejdernr.", "Navn", "Afdeling"), (1, "Ida Thomsen", "IT")],
        "Fratrådte": [("Medarbejdernr.", "Navn"), (2, "Bo Bach")]})
    listing = read_employee_list(path)
    assert [e.number for e in listing.employees] == ["1"]
    assert [w.what for w in listing.warnings] == [
        'The sheet "Fratrådte" also looks like an employee list; only "Aktive" was read.']


def test_two_columns_that_disagree_about_the_email_are_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail", "Mail"), (1, "Ida", "a@x.dk", "a@x.dk"),
        (2, "Bo", "b@x.dk", "bo@privat.dk")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    assert ('row 1, column "E-mail": Two columns could be the e-mail: "E-mail" (column C) and '
            '"Mail" (column D), and they differ (first in row 3). Rename or delete the column '
            "mus should not use.") in str(caught.value)


def test_two_department_columns_take_the_first_with_a_warning(tmp_path: Path) -> None:
    from pipeline.sheets import read_employee_list

    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", "Enhed"), (1, "Ida", "Teknik", "Vej og Park")]})
    listing = read_employee_list(path)
    assert listing.employees[0].department == "Teknik"
    assert listing.warnings[0].what.endswith("Column C was used.")


def test_a_merged_header_over_a_spacer_column_keeps_the_data(tmp_path: Path) -> None:
    """The finding: a header merged over two columns, the addresses in the second; every
    e-mail was lost and no mistake reported."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in [("Nr.", "Navn", "E-mail", None), (1, "Ida", None, "it@x.dk"),
                (2, "Bo", None, "bb@x.dk")]:
        ws.append(list(row))
    ws.merge_cells("C1:D1")
    path = tmp_path / "e.xlsx"
    wb.save(path)
    assert [e.email for e in read_employees(path)] == ["it@x.dk", "bb@x.dk"]


@pytest.mark.parametrize(("text", "date"), [
    ("15-03-2027", dt.date(2027, 3, 15)), ("15.03.2027", dt.date(2027, 3, 15)),
    ("2027-03-15", dt.date(2027, 3, 15)), ("15.3.27", dt.date(2027, 3, 15)),
    ("15/03/2027", dt.date(2027, 3, 15)), ("03/15/2027", dt.date(2027, 3, 15)),
    ("05/05/2027", dt.date(2027, 5, 5)), ("15. marts 2027", dt.date(2027, 3, 15)),
    ("15 March 2027", dt.date(2027, 3, 15)), ("2027-03-15 09:30", dt.date(2027, 3, 15)),
    ("2027-03-15T09:30:00", dt.date(2027, 3, 15))])
def test_dates_as_lists_write_them(text: str, date: dt.date) -> None:
    from pipeline.sheets.dates import read_date

    assert read_date(text) == date


def test_slash_dates_read_in_the_order_the_file_shows() -> None:
    from pipeline.sheets.dates import DMY, MDY, AmbiguousDate, read_date, slash_order

    assert slash_order(["11/03/2027", "25/03/2027"]) == DMY
    assert slash_order(["11/03/2027", "03/25/2019"]) == MDY
    assert slash_order(["11/03/2027", "25/03/2027", "03/25/2019"]) is None
    assert read_date("11/03/2027", MDY) == dt.date(2027, 11, 3)
    assert read_date("11/03/2027", DMY) == dt.date(2027, 3, 11)
    with pytest.raises(AmbiguousDate):
        read_date("11/03/2027")
    with pytest.raises(ValueError):
        read_date(46419)  # a date typed into a number cell is shown as a number


@pytest.mark.parametrize(("entries", "expected"), [
    ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
     "is a LibreOffice spreadsheet (.ods), not an Excel workbook. Open it in LibreOffice Calc, "
     "save it as Excel 2007-365 (.xlsx) and run the command again."),
    ({"[Content_Types].xml": "<x/>", "xl/workbook.bin": "\x00"},
     "is an Excel Binary Workbook (.xlsb). Open it in Excel, save it as an Excel Workbook "
     "(.xlsx) and run the command again."),
    ({"word/document.xml": "<x/>"},
     "could not be opened as an Excel workbook (it may be damaged or only partly copied)."),
])
def test_other_files_with_an_xlsx_name(tmp_path: Path, entries: dict[str, str],
                                       expected: str) -> None:
    import zipfile

    path = tmp_path / "e.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    with pytest.raises(InputFileError) as caught:
        read_employees(path)
    assert str(caught.value).startswith(f"The employee list {path} {expected}")


def test_a_list_without_any_known_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [("Hvem", "Hvor"), ("Ida", "IT")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    assert str(caught.value).splitlines()[1].startswith(
        f'  - {path}, sheet "Ark1": No column with the employee number was found. Give the '
        'column one of these headers: "Tjenestenummer"')


def test_one_person_in_two_positions_gets_one_form_from_the_main_one(tmp_path: Path) -> None:
    """Oracle HCM: a second assignment of the same person, marked by Primary Flag N."""
    from pipeline.sheets import read_employee_list

    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Person Number", "Display Name", "Primary Flag", "Department", "Manager Name"),
        ("300102", "Søs Krogh", "Y", "Warehouse", None),
        ("300106", "Bodil Sørensen", "N", "Transport", "Rasmus Poulsen"),
        ("300106", "Bodil Sørensen", "Y", "Warehouse", "Søs Krogh"),
        ("300108", "Rasmus Poulsen", "Y", "Transport", None)]})
    listing = read_employee_list(path)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("300102", "Warehouse", ""), ("300106", "Warehouse", "Søs Krogh"),
        ("300108", "Transport", "")]
    assert [(s.row, s.reason) for s in listing.skipped] == [(3, "position")]
    assert [n.what for n in listing.notes] == [
        "Employee 300106 (Bodil Sørensen) is on rows 3 and 4: one person in two positions, one "
        'form, from row 4 ("Primary Flag" says row 3 is not the main position ("N")).']


def test_two_positions_under_one_leader_are_one_form(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Tjenestenummer", "Navn", "Afdeling", "Nærmeste leder", "Stilling"),
        (1, "Ida Holm", "Dagtilbud Øst", None, "Leder"),
        (2, "Bo Bach", "Dagtilbud Øst", "Ida Holm", "Pædagog"),
        (2, "Bo Bach", "Dagtilbud Øst", "Ida Holm", "Køkken")]})
    listing = read_employee_list_at(path)
    assert [(e.number, e.job_title) for e in listing.employees] == [("1", "Leder"),
                                                                     ("2", "Pædagog")]


def test_two_positions_under_two_leaders_are_refused_with_both_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Tjenestenummer", "Navn", "Afdeling", "Nærmeste leder"),
        (1, "Ida Holm", "Dagtilbud Øst", None), (3, "Eva Lund", "SFO Bakken", None),
        (2, "Bo Bach", "Dagtilbud Øst", "Ida Holm"), (2, "Bo Bach", "SFO Bakken", "Eva Lund")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    assert 'row 5, column "Tjenestenummer": The employee number 2 is also used in row 4.' in str(
        caught.value)
    assert 'row 4, column "Tjenestenummer": The employee number 2 is also used in row 5.' in str(
        caught.value)


def test_an_ended_position_is_no_leaver(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Tjenestenummer", "Navn", "Afdeling", "Ansat til"),
        (2, "Bo Bach", "SFO Bakken", dt.date(2026, 6, 30)),
        (2, "Bo Bach", "Dagtilbud Øst", None)]})
    listing = read_employee_list_at(path)
    assert [(e.number, e.department) for e in listing.employees] == [("2", "Dagtilbud Øst")]
    assert listing.leavers == ()
    assert [(s.row, s.reason) for s in listing.skipped] == [(2, "ended")]


def read_employee_list_at(path: Path) -> Any:
    from pipeline.sheets import read_employee_list

    return read_employee_list(path, today=dt.date(2026, 12, 5))


def test_a_primary_position_said_in_words(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Tjenestenummer", "Navn", "Afdeling", "Ansættelsestype", "Nærmeste leder"),
        (1, "Ida Holm", "Dagtilbud Øst", "Primær", None),
        (3, "Eva Lund", "SFO Bakken", "Primær", None),
        (2, "Bo Bach", "SFO Bakken", "Sekundær", "Eva Lund"),
        (2, "Bo Bach", "Dagtilbud Øst", "Primær", "Ida Holm")]})
    listing = read_employee_list_at(path)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("1", "Dagtilbud Øst", ""), ("3", "SFO Bakken", ""), ("2", "Dagtilbud Øst", "Ida Holm")]


def test_two_positions_under_one_leader_in_two_departments_are_one_form_and_said(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Tjenestenummer", "Navn", "Afdeling", "Nærmeste leder"),
        (1, "Ida Holm", "Dagtilbud Øst", None), (2, "Bo Bach", "Dagtilbud Øst", "Ida Holm"),
        (2, "Bo Bach", "SFO Bakken", "Ida Holm")]})
    listing = read_employee_list_at(path)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("1", "Dagtilbud Øst", ""), ("2", "Dagtilbud Øst", "Ida Holm")]
    assert [w.what for w in listing.warnings] == [
        "Employee 2 (Bo Bach) is on rows 3 and 4: one person in two positions, one form, from "
        'row 3 (both rows give the same leader); the department is taken from row 3 ("Dagtilbud '
        'Øst"); row 4 says "SFO Bakken".']
