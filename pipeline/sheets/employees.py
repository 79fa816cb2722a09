"""The employee list: one row per employee, columns found by their Danish or English header."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputFileError, SheetIssue, raise_if_issues
from pipeline.model import Employee
from pipeline.sheets.headers import Column, accepted, find_header_row, match_columns, value_at
from pipeline.sheets.table import Sheet, open_workbook_sheets
from pipeline.sheets.values import cell_text, parse_date

NUMBER = Column(
    "number",
    ("Medarbejdernr.", "Medarbejdernummer", "Løbenr.", "ID", "Employee ID", "Employee number",
     "Medarb.nr.", "Lønnr."),
)
NAME = Column("name", ("Navn", "Name", "Fulde navn", "Full name"))
FIRST = Column("first", ("Fornavn", "First name"))
LAST = Column("last", ("Efternavn", "Last name", "Surname"))
EMAIL = Column("email", ("E-mail", "Email", "Mail", "E-mailadresse", "Email address"))
DEPARTMENT = Column("department", ("Afdeling", "Department", "Enhed"))
JOB_TITLE = Column("job_title", ("Stilling", "Job title", "Jobtitel", "Stillingsbetegnelse"))
LEADER = Column("leader", ("Leder", "Nærmeste leder", "Manager", "Leader"))
LEADER_EMAIL = Column(
    "leader_email", ("Leders e-mail", "Leder e-mail", "Manager e-mail", "Manager's e-mail",
                     "Leader e-mail", "Leders mail"),
)
MEETING = Column("meeting_date", ("MUS-dato", "Mødedato", "Meeting date", "MUS date"))
LANGUAGE = Column("language", ("Sprog", "Language"))

COLUMNS = (NUMBER, NAME, FIRST, LAST, EMAIL, DEPARTMENT, JOB_TITLE, LEADER, LEADER_EMAIL,
           MEETING, LANGUAGE)
# The fields of Employee that are plain text, by column key.
TEXT_FIELDS = ("email", "department", "job_title", "leader", "leader_email")

_LANGUAGES = {"da": "da", "dansk": "da", "danish": "da", "dk": "da", "en": "en", "engelsk": "en",
              "english": "en", "": ""}


def read_employees(path: Path) -> list[Employee]:
    """Every employee on the list, or a SpreadsheetError that lists every mistake at once."""
    sheets = open_workbook_sheets(Path(path), "employee list")
    sheet = next(iter(sheets.values()), None)
    if sheet is None:
        raise InputFileError(f"The employee list {path} has no sheets.")
    employees, issues = parse_employees(sheet)
    raise_if_issues(issues)
    return employees


def parse_employees(sheet: Sheet) -> tuple[list[Employee], list[SheetIssue]]:
    issues: list[SheetIssue] = []

    def issue(what: str, todo: str, row: int | None = None, column: str | None = None) -> None:
        issues.append(SheetIssue(sheet.file, what, todo, sheet.name, row, column))

    header = find_header_row(sheet, COLUMNS, ["number"])
    if header is None or "number" not in header.found:
        issue("No column with the employee number was found.",
              f"Give the column one of these headers: {accepted(NUMBER)}.",
              header.row if header else None)
        return [], issues
    if "name" not in header.found and "first" not in header.found:
        issue("No column with the employee's name was found.",
              f"Give the column one of these headers: {accepted(NAME)} (or {accepted(FIRST)} "
              f"and {accepted(LAST)}).", header.row)
        return [], issues
    found = match_columns(header.headers, COLUMNS)

    employees: list[Employee] = []
    first_row: dict[str, int] = {}
    for number, values in sheet.rows:
        if number <= header.row:
            continue

        def text(key: str, values: tuple[object, ...] = values) -> str:
            return cell_text(value_at(values, found.get(key)))

        emp_no = text("number")
        if "name" in found:
            name = text("name")
        else:
            name = " ".join(p for p in (text("first"), text("last")) if p)
        if not emp_no:
            issue("This row has no employee number.",
                  "Fill in the employee number, or delete the row if it is not an employee.",
                  number, header.header_of("number"))
            continue
        if not name:
            issue(f"Employee {emp_no} has no name.", "Fill in the name.", number,
                  header.headers[found["name"] if "name" in found else found["first"]])
        if emp_no in first_row:
            issue(f"The employee number {emp_no} is also used in row {first_row[emp_no]}.",
                  "Every employee number may appear only once: correct or delete one of the rows.",
                  number, header.header_of("number"))
            issue(f"The employee number {emp_no} is also used in row {number}.",
                  "Every employee number may appear only once: correct or delete one of the rows.",
                  first_row[emp_no], header.header_of("number"))
            continue
        first_row[emp_no] = number
        meeting = None
        if "meeting_date" in found:
            try:
                meeting = parse_date(value_at(values, found["meeting_date"]))
            except ValueError:
                issue(f'The meeting date "{text("meeting_date")}" of employee {emp_no} is not a '
                      "date.", "Write it as a date, for example 15-03-2027.", number,
                      header.header_of("meeting_date"))
        language = _LANGUAGES.get(text("language").lower())
        if language is None:
            issue(f'The language "{text("language")}" of employee {emp_no} is not known.',
                  'Write "da" (Danish) or "en" (English), or leave it empty.', number,
                  header.header_of("language"))
            language = ""
        columns = {h: cell_text(value_at(values, i)) for i, h in enumerate(header.headers) if h}
        fields = {key: text(key) for key in TEXT_FIELDS}
        employees.append(Employee(number=emp_no, name=name, meeting_date=meeting,
                                  language=language, columns=columns, row=number, **fields))
    if not employees and not issues:
        issue("The employee list has no employees under the header row.",
              "Add one row per employee below the headers.", header.row)
    return employees, issues
