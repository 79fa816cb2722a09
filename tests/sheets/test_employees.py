from __future__ import annotations

import datetime as dt
from pathlib import Path

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
        (1002, "Bo", "", "IT", "", "", "", "i morgen", ""),
        (1001, "Carl", "", "IT", "", "", "", "", "tysk"),
    ])
    with pytest.raises(SpreadsheetError) as caught:
        read_employees(path)
    text = str(caught.value)
    assert 'row 3, column "MUS-dato": The meeting date "i morgen" of employee 1002 is not a date.' \
        in text
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
    assert '"EmployeeNumber", "ID", "Nr.", "Initialer", "Initials".' in str(caught.value)


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
