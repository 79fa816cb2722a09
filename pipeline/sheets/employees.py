"""The employee list: one row per employee, as HR and payroll systems and directories export it.

Read right or refused, never misread: every mistake is listed at once with file, sheet, row and
column; what mus is unsure about but can go on with is a warning. What was understood (which
column is which field, what was skipped and why) is kept for `mus check` and the manifest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import InputFileError, SheetIssue, raise_if_issues
from pipeline.model import Employee
from pipeline.sheets.columns import FIELDS, LABELS, NUMBER
from pipeline.sheets.cpr import looks_like_cpr
from pipeline.sheets.dates import AmbiguousDate, read_date, slash_order
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import accepted, value_at
from pipeline.sheets.leaders import Directory, Given, Who
from pipeline.sheets.listchecks import check_list, report_leaders
from pipeline.sheets.mapping import ListLayout, choose_sheet, header_score, map_columns
from pipeline.sheets.names import ascii_holes, garbled, is_guid, turn_around
from pipeline.sheets.rows import Skipped, skipped
from pipeline.sheets.table import error_cell, open_workbook_sheets, unsaved_formula
from pipeline.sheets.values import cell_text

COLUMNS = FIELDS  # the fields an employee list may have (question filters look them up)
LANGUAGES = {"da": "da", "dansk": "da", "danish": "da", "dk": "da", "en": "en", "engelsk": "en",
             "english": "en", "": ""}
_CHECKED_TEXT = ("name", "first", "last", "leader", "department", "job_title")
_TEXT_FIELDS = ("email", "department", "job_title", "leader", "leader_number", "leader_email",
                "first", "last")


@dataclass(frozen=True)
class EmployeeList:
    """Everyone on the list, and what was understood to read them."""

    file: Path
    sheet: str
    layout: ListLayout
    employees: tuple[Employee, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[SheetIssue, ...] = ()  # every one (shown capped by kind)
    encoding: str = ""
    other_sheets: tuple[str, ...] = ()  # other sheets that look like employee lists
    include_hidden: bool = False


@dataclass
class _Draft:
    row: int
    number: str
    name: str
    first_name: str
    values: tuple[Any, ...]
    texts: tuple[str, ...]
    given: Given
    meeting: dt.date | None = None
    language: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def read_employees(path: Path, include_hidden: bool = False) -> list[Employee]:
    """Every employee on the list, or a SpreadsheetError that lists every mistake at once."""
    return list(read_employee_list(path, include_hidden).employees)


def read_employee_list(path: Path, include_hidden: bool = False,
                       today: dt.date | None = None) -> EmployeeList:
    path = Path(path)
    sheets = open_workbook_sheets(path, "employee list", header_score)
    sheet, header, also = choose_sheet(sheets)
    if sheet is None:
        raise InputFileError(f"The employee list {path} has no sheets.")
    findings = Findings(path, sheet.name or None)
    if header is None:
        findings.error("no-number", "No column with the employee number was found.",
                       f"Give the column one of these headers: {accepted(NUMBER)}.")
        raise_if_issues(findings.issues())
    assert header is not None
    rows = [(n, v) for n, v in sheet.rows if n > header.row]
    layout = map_columns(sheet, header, rows, findings)
    if layout is None:
        raise_if_issues(findings.issues())
    assert layout is not None
    reader = _RowReader(layout, findings, rows)
    drafts: list[_Draft] = []
    skips: list[Skipped] = []
    withheld = {u.index for u in layout.withheld}
    number_col = layout.fields["number"].index
    name_col = layout.index("name") if "name" in layout.fields else layout.index("name_reversed")
    check_cells = bool(sheet.unsaved_formulas or sheet.error_cells)
    for number, values in rows:
        texts = tuple(map(cell_text, values))
        skip = skipped(sheet, number, texts, number_col, name_col, withheld, include_hidden)
        if skip is not None:
            skips.append(skip)
            continue
        if check_cells:
            reader.check_cells(sheet.unsaved_formulas, sheet.error_cells, number)
        draft = reader.read(number, values, texts)
        if draft is not None:
            drafts.append(draft)
    if not drafts and not findings.errors:
        findings.error("empty", "The employee list has no employees under the header row.",
                       "Add one row per employee below the headers.", header.row)
    check_list(drafts, layout, findings, today or dt.date.today())
    raise_if_issues(findings.issues())
    employees = _with_leaders(drafts, layout, findings)
    for other in also:
        findings.warn("other-sheet", f'The sheet "{other.name}" also looks like an employee '
                      f'list; only "{sheet.name}" was read.', "Move everyone who should get a "
                      "form into one sheet, or delete the other sheet if it is not needed.")
    return EmployeeList(path, sheet.name, layout, tuple(employees), tuple(skips),
                        tuple(findings.warnings), sheet.encoding,
                        tuple(s.name for s in also), include_hidden)


class _RowReader:
    """Turns one row into a draft employee, reporting what is wrong with it."""

    def __init__(self, layout: ListLayout, findings: Findings,
                 rows: Sequence[tuple[int, tuple[Any, ...]]]) -> None:
        self.layout = layout
        self.findings = findings
        self.seen: dict[str, int] = {}
        self.columns = {key: use.index for key, use in layout.fields.items()}
        self.text_fields = [(key, self.columns.get(key)) for key in _TEXT_FIELDS]
        meeting = layout.index("meeting_date")
        self.order = None
        if meeting is not None and any("/" in cell_text(value_at(v, meeting)) for _, v in rows):
            self.order = slash_order(c for _, v in rows for c in v if isinstance(c, str))

    def header(self, key: str) -> str | None:
        use = self.layout.fields.get(key)
        return use.header if use else None

    def text(self, texts: tuple[str, ...], key: str) -> str:
        index = self.columns.get(key)
        return texts[index] if index is not None and index < len(texts) else ""

    def check_cells(self, unsaved: Any, errors: Any, row: int) -> None:
        deciding = {u.index for u in self.layout.fields.values()}
        for use in self.layout.kept:
            cell = (row, use.index + 1)
            where = unsaved.get(cell)
            shown = errors.get(cell)
            if where is None and shown is None:
                continue
            report = self.findings.error if use.index in deciding else self.findings.warn
            if where is not None:
                report("formula", *unsaved_formula(where), row, use.header)
            else:
                report("error-cell", *error_cell(f"{use.letter}{row}", shown), row, use.header)

    def read(self, row: int, values: tuple[Any, ...], texts: tuple[str, ...]) -> _Draft | None:
        f = self.findings
        number = self.text(texts, "number")
        if not number:
            f.error("no-number", "This row has no employee number.",
                    "Fill in the employee number, or delete the row if it is not an employee.",
                    row, self.header("number"))
            return None
        if looks_like_cpr(value_at(values, self.layout.index("number"))) or is_guid(number):
            what = "a CPR number" if not is_guid(number) else "a directory object ID (GUID)"
            f.error("number-kind", f"The employee number in this row is {what}, not an "
                    "employee number.", "Write the employee number in this column.", row,
                    self.header("number"))
            return None
        name, first_name = self._name(row, texts)
        if number in self.seen:
            for here, there in ((row, self.seen[number]), (self.seen[number], row)):
                f.error("duplicate", f"The employee number {number} is also used in row "
                        f"{there}.", "Every employee number may appear only once: correct or "
                        "delete one of the rows.", here, self.header("number"))
            return None
        self.seen[number] = row
        if not name:
            f.error("no-name", f"Employee {number} has no name.", "Fill in the name.", row,
                    self.header("name") or self.header("name_reversed") or self.header("first"))
        width = len(texts)
        fields = {key: texts[i] if i is not None and i < width else ""
                  for key, i in self.text_fields}
        for key in _CHECKED_TEXT:
            self._check_text(row, number, key, name if key == "name" else fields[key])
        draft = _Draft(row, number, name, first_name, values, texts,
                       Given(fields["leader"], fields["leader_number"], fields["leader_email"]),
                       fields=fields)
        draft.meeting = self._meeting(row, number, values)
        draft.language = self._language(row, number, texts)
        return draft

    def _name(self, row: int, texts: tuple[str, ...]) -> tuple[str, str]:
        first = self.text(texts, "first")
        key = "name" if "name" in self.layout.fields else "name_reversed"
        written = self.text(texts, key)
        if not written:
            return " ".join(p for p in (first, self.text(texts, "last")) if p), first
        try:
            name, given = turn_around(written)
        except ValueError:
            self.findings.error("commas", f'The name "{written}" has more than one comma, so it '
                                "cannot be told which part is the first name.",
                                'Write it as "Efternavn, Fornavn" or "Fornavn Efternavn".', row,
                                self.header(key))
            return written, first
        return name, first or given

    def _check_text(self, row: int, number: str, key: str, text: str) -> None:
        if "?" not in text and "Ã" not in text and "Â" not in text:
            return
        column = self.header(key if key != "name" or "name" in self.layout.fields else
                             "name_reversed")
        if garbled(text):
            self.findings.error(
                "garbled", f'The {LABELS[key]} "{text}" of employee {number} is garbled: the '
                "file went through the wrong text encoding on its way here.", "Export the list "
                "again in UTF-8 (or open the original in Excel and save it as .xlsx).", row,
                column)
        elif ascii_holes(text):
            self.findings.error(
                "ascii", f'The {LABELS[key]} "{text}" of employee {number} has "?" where a letter '
                "should be: the list was exported as plain ASCII, which cannot hold æ, ø, å.",
                "Export it again in UTF-8 (PowerShell: Export-Csv -Encoding UTF8).", row, column)

    def _meeting(self, row: int, number: str, values: tuple[Any, ...]) -> dt.date | None:
        raw = value_at(values, self.layout.index("meeting_date"))
        try:
            return read_date(raw, self.order)
        except AmbiguousDate:
            self.findings.error(
                "ambiguous-date", f'The meeting date "{cell_text(raw)}" of employee {number} '
                "could be day/month or month/day, and the file does not show which.",
                "Write it as 15-03-2027 (day-month-year) or 2027-03-15.", row,
                self.header("meeting_date"))
        except ValueError:
            self.findings.error(
                "date", f'The meeting date "{cell_text(raw)}" of employee {number} is not a '
                "date.", "Write it as a date, for example 15-03-2027.", row,
                self.header("meeting_date"))
        return None

    def _language(self, row: int, number: str, texts: tuple[str, ...]) -> str:
        text = self.text(texts, "language")
        language = LANGUAGES.get(text.lower())
        if language is None:
            self.findings.error("language", f'The language "{text}" of employee {number} is not '
                                "known.", 'Write "da" (Danish) or "en" (English), or leave it '
                                "empty.", row, self.header("language"))
            return ""
        return language


def _who(draft: _Draft, layout: ListLayout) -> Who:
    def ident(key: str) -> str:
        use = layout.identifiers.get(key)
        return draft.texts[use.index] if use and use.index < len(draft.texts) else ""

    return Who(draft.row, draft.number, draft.name, draft.fields["email"], ident("upn"),
               ident("initials"), ident("dn"), ident("object_id"))


def _with_leaders(drafts: Sequence[_Draft], layout: ListLayout,
                  findings: Findings) -> list[Employee]:
    directory = Directory([_who(d, layout) for d in drafts])
    leaders = [directory.resolve(d.given, i) if (d.given.text or d.given.number or
                                                   d.given.email) else None
               for i, d in enumerate(drafts)]
    report_leaders(drafts, leaders, layout, findings)
    kept = [(use.index, use.header) for use in layout.kept]
    employees = []
    for draft, leader in zip(drafts, leaders, strict=True):
        texts = draft.texts
        columns: dict[str, str] = {}
        for index, header in kept:
            if header not in columns:
                columns[header] = texts[index] if index < len(texts) else ""
        employee = Employee(
            number=draft.number, name=draft.name, email=draft.fields["email"],
            department=draft.fields["department"], job_title=draft.fields["job_title"],
            leader=leader.name if leader else "", leader_email=leader.email if leader else "",
            meeting_date=draft.meeting, language=draft.language, columns=columns,
            row=draft.row, first_name=draft.first_name,
            leader_number=leader.number if leader else "")
        employees.append(employee)
    return employees

