"""Employee lists shaped like the exports of Danish payroll and HR systems and directories, made
small in the test: their headers, encodings, separators, title and total rows, filters, number
formats, merged cells and the many ways they name a leader.

Each shape says what a correct reading gives (number, name, department, leader, leader's
e-mail for every row) or what the refusal must say (the file, the row, what to change).
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

Row = tuple[str, str, str, str, str]  # number, name, department, leader, leader's e-mail


@dataclass(frozen=True)
class Shape:
    name: str
    make: Callable[[Path], Path]
    rows: Sequence[Row] = ()  # every employee, in order, when the list is read
    refused: Sequence[str] = ()  # what the refusal says, when it is refused
    warns: Sequence[str] = ()  # warnings that must be given
    mapping: Sequence[str] = field(default_factory=tuple)  # lines `mus check` must show
    meetings: Sequence[dt.date | None] = ()  # every employee's meeting date, where it matters


def csv_bytes(lines: Sequence[Sequence[str]], sep: str = ";", quote: bool = False,
              head: Sequence[str] = ()) -> str:
    def cell(text: str) -> str:
        if quote or sep in text or '"' in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\r\n".join([*head, *(sep.join(cell(c) for c in row) for row in lines)]) + "\r\n"


def write_text(path: Path, text: str, encoding: str, bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


def workbook(path: Path, build: Callable[[Workbook], None]) -> Path:
    wb = Workbook()
    build(wb)
    wb.save(path)
    return path


def put(ws: Worksheet, rows: Sequence[Sequence[Any]], first: int = 1) -> None:
    for r, row in enumerate(rows, start=first):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)


# --- payroll systems ---------------------------------------------------------------------------

def sd_lon_csv(path: Path) -> Path:
    """SD Løn: Windows-1252, `;`, a title line with commas, Tjenestenummer with zeros, a CPR
    column, names last name first, a department code beside its name, leader by number."""
    rows = [
        ("Tjenestenummer", "CPR-nummer", "Navn", "Stamafdeling", "Afdelingsnavn",
         "Stillingsbetegnelse", "Leders tjenestenummer", "Arbejdsmail", "MUS-dato"),
        ("00418", "010190-1234", "Kjær, Mette", "4711", "Løn og Personale", "Lønkonsulent",
         "00401", "mkj@kommune.dk", "15.03.2027"),
        ("00401", "020275-4321", "Østergaard, Jens", "4711", "Løn og Personale", "Leder",
         "", "jos@kommune.dk", "2027-03-16"),
        ("00422", "150688-2468", "Bøgh, Søren", "4712", "Økonomi", "Controller", "00401",
         "sbo@kommune.dk", "17-03-2027"),
    ]
    text = csv_bytes(rows, head=["SD Løn, udtræk af medarbejdere, kørt 27.11.2026"])
    return write_text(path.with_suffix(".csv"), text, "cp1252")


def sd_lon_xlsx(path: Path) -> Path:
    """SD Løn saved as a workbook: Tjenestenummer as numbers shown through 00000, a leaver
    hidden by hand, a total row."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Tjenestenummer", "Navn", "Afdeling", "Nærmeste leder", "E-mail"),
                 (418, "Mette Kjær", "Løn", "Jens Østergaard", "mkj@kommune.dk"),
                 (401, "Jens Østergaard", "Løn", "", "jos@kommune.dk"),
                 (399, "Fratrådt Person", "Løn", "Jens Østergaard", "fp@kommune.dk"),
                 ("I alt", 3)])
        for r in range(2, 5):
            ws.cell(r, 1).number_format = "00000"
        ws.row_dimensions[4].hidden = True
    return workbook(path.with_suffix(".xlsx"), build)


def kmd_opus(path: Path) -> Path:
    """KMD Opus: two title rows, Org. enhed, leaders as names who are on the list themselves
    (their mail goes to their own row's address), a CPR-nr. column."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Medarbejderoversigt – Aarhus Kommune",), ("Udskrevet 27-11-2026",), (),
                 ("Medarbejdernr.", "Navn", "CPR-nr.", "Org. enhed", "Stilling",
                  "Nærmeste leder", "Arbejdsmail"),
                 ("5001", "Anne Sørensen", "0101901234", "Borgerservice", "Sagsbehandler",
                  "Ali Hassan", "ans@aarhus.dk"),
                 ("5002", "Ali Hassan", "0202801234", "Borgerservice", "Teamleder", "",
                  "aha@aarhus.dk"),
                 ("5003", "Birgitte Friis", "0303851234", "Borgerservice", "Sagsbehandler",
                  "Ali Hassan", "bfr@aarhus.dk")])
    return workbook(path.with_suffix(".xlsx"), build)


def danlon(path: Path) -> Path:
    """Danløn: UTF-8 with BOM, `;`, a CPR-nr. column; Danløn holds no leader, so HR added the
    column `Nærmeste leder` (a list without any leader is refused)."""
    rows = [("Medarbejdernr.", "Navn", "CPR-nr.", "Afdeling", "E-mail", "Nærmeste leder"),
            ("12", "Lærke Holm", "1212121212", "Butik", "lh@firma.dk", ""),
            ("13", "Frederik Møller", "1312851234", "Lager", "fm@firma.dk", "Lærke Holm")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows), "utf-8", codecs.BOM_UTF8)


def lessor(path: Path) -> Path:
    """Lessor: Lønnr., first and last name apart, the leader given by Lønnr."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Lønnr.", "Fornavn", "Efternavn", "Afdeling", "Leder", "E-mail"),
                 (101, "Karen", "Johansen", "HR", 100, "kj@firma.dk"),
                 (100, "Pia", "Lund", "HR", None, "pl@firma.dk")])
    return workbook(path.with_suffix(".xlsx"), build)


def zenegy(path: Path) -> Path:
    """Zenegy: comma-separated UTF-8, Medarbejder ID, the leader given by e-mail."""
    rows = [("Medarbejder ID", "Fornavn", "Efternavn", "Email", "Afdeling", "Jobtitel", "Leder"),
            ("Z-7", "Mads", "Kristensen", "mk@firma.dk", "IT", "Udvikler", "sj@firma.dk"),
            ("Z-8", "Sofie", "Jørgensen", "sj@firma.dk", "IT", "IT-chef", "")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


# --- HR systems --------------------------------------------------------------------------------

def emply(path: Path) -> Path:
    """Emply: MA-nr., Fulde navn, Afdeling/enhed, Arbejdsmail, leader by name (on the list)."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("MA-nr.", "Fulde navn", "Afdeling/enhed", "Stilling", "Nærmeste leder",
                  "Arbejdsmail"),
                 ("E1", "Camilla Rasmussen", "Salg", "Sælger", "Peter Larsen", "cr@firma.dk"),
                 ("E2", "Peter Larsen", "Salg", "Salgschef", "", "pl@firma.dk")])
    return workbook(path.with_suffix(".xlsx"), build)


def personio(path: Path) -> Path:
    """Personio: its own ID beside the Personnel number (which is the one HR means), US dates
    that show their order, the supervisor by name."""
    rows = [("ID", "First name", "Last name", "Email", "Department", "Position", "Supervisor",
             "Personnel number", "Hire date", "Meeting date"),
            ("88123", "Emma", "Andersen", "ea@firma.dk", "Marketing", "Specialist",
             "Niels Christiansen", "P-1017", "03/25/2019", "11/03/2027"),
            ("88124", "Niels", "Christiansen", "nc@firma.dk", "Marketing", "Head", "",
             "P-1013", "01/15/2015", "11/04/2027")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def hibob(path: Path) -> Path:
    """HiBob: Employee ID, Display name, Reports to by name."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        ws.title = "People"
        put(ws, [("Employee ID", "Display name", "Email", "Department", "Job title",
                  "Reports to"),
                 ("H-1", "Ida Thomsen", "it@firma.dk", "Tech", "Engineer", "Rasmus Poulsen"),
                 ("H-2", "Rasmus Poulsen", "rp@firma.dk", "Tech", "CTO", "")])
    return workbook(path.with_suffix(".xlsx"), build)


# --- directories -------------------------------------------------------------------------------

_AD_HEADERS = ("Name", "GivenName", "Surname", "SamAccountName", "EmployeeID", "Department",
               "Title", "EmailAddress", "Manager", "DistinguishedName", "ObjectGUID")
_AD_ROWS = (
    ("Østergaard, Jens", "Jens", "Østergaard", "JØS", "2001", "Teknik og Miljø", "Chef", "jos@k.dk",
     "", "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk", "5f8a2c1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"),
    ("Kjær, Mette", "Mette", "Kjær", "MKJ", "2002", "Teknik og Miljø", "Ingeniør", "mkj@k.dk",
     "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk", "CN=Kjær\\, Mette,OU=Ansatte,DC=k,DC=dk",
     "6a9b3d2f-4c5e-4f70-9bac-1d2e3f4a5b6c"),
)


def ad_utf8(path: Path) -> Path:
    """PowerShell `Export-Csv -Encoding UTF8` of Get-ADUser: the #TYPE line, quoted headers,
    the manager as a distinguished name with an escaped comma."""
    text = csv_bytes([_AD_HEADERS, *_AD_ROWS], ",", quote=True,
                     head=["#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser"])
    return write_text(path.with_suffix(".csv"), text, "utf-8", codecs.BOM_UTF8)


def ad_unicode(path: Path) -> Path:
    """`Export-Csv -Encoding Unicode`: UTF-16 LE with BOM; one manager not in the export."""
    extra = ("Bach, Thomas", "Thomas", "Bach", "TBA", "2003", "Teknik og Miljø", "Tekniker",
             "tba@k.dk", "CN=Holm\\, Julie,OU=Ledere,DC=k,DC=dk",
             "CN=Bach\\, Thomas,OU=Ansatte,DC=k,DC=dk", "7b0c4e3a-5d6f-4a81-8cbd-2e3f4a5b6c7d")
    text = csv_bytes([_AD_HEADERS, *_AD_ROWS, extra], ",", quote=True,
                     head=["#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser"])
    return write_text(path.with_suffix(".csv"), text, "utf-16-le", codecs.BOM_UTF16_LE)


def ad_ascii(path: Path) -> Path:
    """Windows PowerShell 5.1's default `Export-Csv` encoding is ASCII: Ø became ?."""
    rows = [("Name", "SamAccountName", "EmployeeID", "Department", "EmailAddress"),
            ("Jens ?stergaard", "JOS", "2001", "Teknik", "jos@k.dk"),
            ("Mette Kj?r", "MKJ", "2002", "Teknik", "mkj@k.dk")]
    text = csv_bytes(rows, ",", quote=True, head=["#TYPE Selected.Microsoft.ActiveDirectory."
                                                  "Management.ADUser"])
    return write_text(path.with_suffix(".csv"), text, "ascii")


_GRAPH_HEADERS = ("DisplayName", "Mail", "UserPrincipalName", "EmployeeId", "Id", "Department",
                  "JobTitle", "Manager")


def graph_upn(path: Path) -> Path:
    """Entra ID via Graph (`Get-MgUser`, PowerShell 7: UTF-8, no BOM, no #TYPE line): a GUID
    `Id` beside EmployeeId, the manager as a UPN."""
    rows = [_GRAPH_HEADERS,
            ("Line Mortensen", "line.mortensen@kommune.dk", "lmo@kommune.onmicrosoft.com", "3001",
             "11111111-2222-4333-8444-555555555555", "HR", "HR-konsulent",
             "pia.lund@kommune.dk"),
            ("Pia Lund", "pia.lund@kommune.dk", "pia.lund@kommune.dk", "3000",
             "22222222-3333-4444-8555-666666666666", "HR", "HR-chef", "")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


def graph_guid_manager(path: Path) -> Path:
    """Graph with the object ID first (where a bare ID used to be taken for the number) and the
    manager as the manager's object ID."""
    rows = [("Id", "DisplayName", "Mail", "EmployeeId", "Department", "Manager"),
            ("33333333-4444-4555-8666-777777777777", "Ahmad Rahimi", "ar@kommune.dk", "3101",
             "Borgerservice", "44444444-5555-4666-8777-888888888888"),
            ("44444444-5555-4666-8777-888888888888", "Julie Holm", "jh@kommune.dk", "3100",
             "Borgerservice", "")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


def graph_only_guid(path: Path) -> Path:
    """Graph without EmployeeId: the only ID is the object GUID, which is no employee number."""
    rows = [("DisplayName", "Mail", "Id", "Department"),
            ("Oliver Skov", "os@kommune.dk", "55555555-6666-4777-8888-999999999999", "IT")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


# --- HR's own lists ----------------------------------------------------------------------------

def own_org_sheet_first(path: Path) -> Path:
    """An org-unit sheet first; the employees on the second, under title rows, with a filter
    that hides a leaver, a count row and borders formatted down to row 3000."""
    def build(wb: Workbook) -> None:
        units = wb.active
        assert units is not None
        units.title = "Enheder"
        put(units, [("Enhed", "Leder"), ("IT", "Morten Dahl"), ("Økonomi", "Hanne Kjær")])
        ws = wb.create_sheet("Medarbejdere")
        put(ws, [("MUS 2027 – medarbejderliste",), (),
                 ("Medarbejdernr.", "Navn", "Afdeling", "Leder", "Leders e-mail", "Status"),
                 (1001, "Anne Sørensen", "Økonomi", "Hanne Kjær", "hkj@x.dk", "Aktiv"),
                 (1002, "Gammel Medarbejder", "Økonomi", "Hanne Kjær", "hkj@x.dk", "Fratrådt"),
                 (1003, "Mads Kristensen", "IT", "Morten Dahl", "mda@x.dk", "Aktiv"),
                 ("Antal: 3",)])
        ws.auto_filter.ref = "A3:F6"
        ws.auto_filter.add_filter_column(5, ["Aktiv"])
        ws.row_dimensions[5].hidden = True
        thin = Side(style="thin")
        for r in range(8, 3001):
            ws.cell(r, 1).border = Border(bottom=thin)
    return workbook(path.with_suffix(".xlsx"), build)


def own_merged(path: Path) -> Path:
    """Merged cells as people make them: a group header "Leder" over name and e-mail, and the
    department merged down the rows of its team."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Medarbejder", None, "Afdeling", "Leder", None),
                 ("Nr.", "Navn", None, "Navn", "E-mail"),
                 ("0042", "Ida Thomsen", "IT", "Morten Dahl", "mda@x.dk"),
                 ("0043", "Niels Christiansen", None, "Morten Dahl", "mda@x.dk"),
                 ("0044", "Karen Johansen", None, "Morten Dahl", "mda@x.dk")])
        ws.merge_cells("A1:B1")
        ws.merge_cells("D1:E1")
        ws.merge_cells("C1:C2")
        ws.merge_cells("C3:C5")
    return workbook(path.with_suffix(".xlsx"), build)


def own_merged_header_refused(path: Path) -> Path:
    """A header merged over two columns that both hold values: which is the e-mail?"""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Nr.", "Navn", "E-mail", None),
                 ("1", "Ida Thomsen", "it@x.dk", "ida.thomsen@privat.dk")])
        ws.merge_cells("C1:D1")
    return workbook(path.with_suffix(".xlsx"), build)


def own_efternavn_fornavn(path: Path) -> Path:
    """"Efternavn, Fornavn" as the header and the values; leader by initials, who are on the
    list in an Initialer column."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Medarbejdernr.", "Initialer", "Efternavn, Fornavn", "Afdeling", "Leder",
                  "E-mail"),
                 ("7", "MKS", "Kjær Sørensen, Mette", "Jura", "JØS", "mks@x.dk"),
                 ("8", "JØS", "Østergaard, Jens", "Jura", "", "jos@x.dk")])
    return workbook(path.with_suffix(".xlsx"), build)


def own_ambiguous_dates(path: Path) -> Path:
    """Slash dates that could be either order, and nothing in the file to tell."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Medarbejdernr.", "Navn", "MUS-dato"),
                 ("1", "Ida Thomsen", "11/03/2027"),
                 ("2", "Mads Kristensen", "12/03/2027")])
    return workbook(path.with_suffix(".xlsx"), build)


def own_unsaved_formula(path: Path) -> Path:
    """E-mail addresses made by a formula in a file a program wrote: no value was saved."""
    def build(wb: Workbook) -> None:
        ws = wb.active
        assert ws is not None
        put(ws, [("Medarbejdernr.", "Initialer", "Navn", "E-mail"),
                 ("1", "ith", "Ida Thomsen", '=B2&"@x.dk"')])
    return workbook(path.with_suffix(".xlsx"), build)


def mixed_encoding(path: Path) -> Path:
    """A UTF-8 file with one line pasted in from a Windows-1252 file."""
    data = ("Medarbejdernr.;Navn;Afdeling\r\n1;Søren Bøgh;Løn\r\n").encode() + \
        "2;Mette Kjær Sørensen;Løn\r\n".encode("cp1252")
    path = path.with_suffix(".csv")
    path.write_bytes(data)
    return path


def garbled_utf8(path: Path) -> Path:
    """A file that was converted twice: valid UTF-8, holding "KjÃ¦r"."""
    text = "Medarbejdernr.;Navn;Afdeling\r\n1;Mette KjÃ¦r SÃ¸rensen;Løn\r\n"
    return write_text(path.with_suffix(".csv"), text, "utf-8")


def excel_unicode_text(path: Path) -> Path:
    """Excel's "Unicode-tekst" (.txt): UTF-16 LE with BOM, tab-separated."""
    rows = [("Medarbejdernr.", "Navn", "Afdeling", "Leder", "Leders e-mail"),
            ("00031", "Søren Østergaard", "Løn og Økonomi", "Hanne Kjær", "hkj@x.dk")]
    return write_text(path.with_suffix(".txt"), csv_bytes(rows, "\t"), "utf-16-le",
                      codecs.BOM_UTF16_LE)


def utf16_be(path: Path) -> Path:
    rows = [("Medarbejdernr.", "Navn", "Afdeling"), ("5", "Åse Ærø", "Ø-afdelingen")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ";"), "utf-16-be",
                      codecs.BOM_UTF16_BE)
