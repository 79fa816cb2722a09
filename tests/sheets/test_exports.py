"""Done when: every kind of export is read with the right number, name, department, leader and
leader's e-mail for every row, or refused with the file, the row and what to change; and
`mus check` shows the column mapping of each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import MusError
from pipeline.sheets import read_employee_list
from pipeline.workspace import Workspace
from tests.sheets import exports as x

TODAY = dt.date(2026, 11, 27)

SHAPES = [
    x.Shape("sd-lon-csv", x.sd_lon_csv, [
        ("00418", "Mette Kjær", "Løn og Personale", "Jens Østergaard", "jos@kommune.dk"),
        ("00401", "Jens Østergaard", "Løn og Personale", "", ""),
        ("00422", "Søren Bøgh", "Økonomi", "Jens Østergaard", "jos@kommune.dk")],
        mapping=['employee number           column A "Tjenestenummer"',
                 'department                column E "Afdelingsnavn"',
                 'column B "CPR-nummer" holds CPR numbers: never read, never written'],
        meetings=[dt.date(2027, 3, 15), dt.date(2027, 3, 16), dt.date(2027, 3, 17)]),
    x.Shape("sd-lon-xlsx", x.sd_lon_xlsx, [
        ("00418", "Mette Kjær", "Løn", "Jens Østergaard", "jos@kommune.dk"),
        ("00401", "Jens Østergaard", "Løn", "", "")],
        mapping=["Skipped row 4: a hidden row.", 'Skipped row 5: a total row ("I alt").'],
        # nothing on the list says the hidden person left: hidden only for a view? said
        warns=["1 row(s) hidden in the sheet (row 4) look like employees who have not left"]),
    x.Shape("kmd-opus", x.kmd_opus, [
        ("5001", "Anne Sørensen", "Borgerservice", "Ali Hassan", "aha@aarhus.dk"),
        ("5002", "Ali Hassan", "Borgerservice", "", ""),
        ("5003", "Birgitte Friis", "Borgerservice", "Ali Hassan", "aha@aarhus.dk")],
        mapping=['department       column D "Org. enhed"', "headers in row 4"]),
    x.Shape("danlon", x.danlon, [
        ("12", "Lærke Holm", "Butik", "", ""),
        ("13", "Frederik Møller", "Lager", "Lærke Holm", "lh@firma.dk")],
        mapping=['column C "CPR-nr." holds CPR numbers']),
    x.Shape("lessor", x.lessor, [
        ("101", "Karen Johansen", "HR", "Pia Lund", "pl@firma.dk"),
        ("100", "Pia Lund", "HR", "", "")],
        mapping=['employee number  column A "Lønnr."']),
    x.Shape("zenegy", x.zenegy, [
        ("Z-7", "Mads Kristensen", "IT", "Sofie Jørgensen", "sj@firma.dk"),
        ("Z-8", "Sofie Jørgensen", "IT", "", "")],
        mapping=['employee number  column A "Medarbejder ID"',
                 "2 employees, 1 leader (1 of them found in the list), 1 department."]),
    x.Shape("emply", x.emply, [
        ("E1", "Camilla Rasmussen", "Salg", "Peter Larsen", "pl@firma.dk"),
        ("E2", "Peter Larsen", "Salg", "", "")],
        mapping=['department       column C "Afdeling/enhed"', 'e-mail           column F '
                 '"Arbejdsmail"']),
    x.Shape("personio", x.personio, [
        ("P-1017", "Emma Andersen", "Marketing", "Niels Christiansen", "nc@firma.dk"),
        ("P-1013", "Niels Christiansen", "Marketing", "", "")],
        mapping=['employee number  column H "Personnel number"'],
        meetings=[dt.date(2027, 11, 3), dt.date(2027, 11, 4)]),  # the hire dates show M/D/Y
    x.Shape("hibob", x.hibob, [
        ("H-1", "Ida Thomsen", "Tech", "Rasmus Poulsen", "rp@firma.dk"),
        ("H-2", "Rasmus Poulsen", "Tech", "", "")],
        mapping=['name             column B "Display name"', 'leader           column F '
                 '"Reports to"']),
    x.Shape("ad-export-csv-utf8", x.ad_utf8, [
        ("2001", "Jens Østergaard", "Teknik og Miljø", "", ""),
        ("2002", "Mette Kjær", "Teknik og Miljø", "Jens Østergaard", "jos@k.dk")],
        mapping=['employee number     column E "EmployeeID"',
                 'distinguished name  column J "DistinguishedName"', "headers in row 2"]),
    x.Shape("ad-export-csv-unicode", x.ad_unicode, [
        ("2001", "Jens Østergaard", "Teknik og Miljø", "", ""),
        ("2002", "Mette Kjær", "Teknik og Miljø", "Jens Østergaard", "jos@k.dk"),
        ("2003", "Thomas Bach", "Teknik og Miljø", "Julie Holm", "")],
        warns=['The leader "CN=Holm\\, Julie,OU=Ledere,DC=k,DC=dk" (row 5) is not in the list: '
               'no row has that distinguished name. The forms show "Julie Holm".'],
        mapping=["read as UTF-16 LE"]),
    x.Shape("ad-export-csv-ascii", x.ad_ascii, refused=[
        'row 3, column "Name": The name "Jens ?stergaard" of employee 2001 has "?" where a '
        "letter should be", "Export it again in UTF-8 (PowerShell: Export-Csv -Encoding UTF8).",
        'row 4, column "Name": The name "Mette Kj?r"']),
    x.Shape("entra-graph-upn", x.graph_upn, [
        ("3001", "Line Mortensen", "HR", "Pia Lund", "pia.lund@kommune.dk"),
        ("3000", "Pia Lund", "HR", "", "")],
        mapping=['employee number      column D "EmployeeId"',
                 'directory object ID  column E "Id"']),
    x.Shape("entra-graph-guid-manager", x.graph_guid_manager, [
        ("3101", "Ahmad Rahimi", "Borgerservice", "Julie Holm", "jh@kommune.dk"),
        ("3100", "Julie Holm", "Borgerservice", "", "")],
        mapping=['employee number      column D "EmployeeId"',
                 'directory object ID  column A "Id"']),
    x.Shape("entra-graph-only-guid", x.graph_only_guid, refused=[
        'row 1, column "Id": The column "Id" holds directory object IDs (GUIDs), not employee '
        "numbers. Add the employee number to the export (for example the EmployeeId "
        "attribute)"]),
    x.Shape("own-org-sheet-first", x.own_org_sheet_first, [
        ("1001", "Anne Sørensen", "Økonomi", "Hanne Kjær", "hkj@x.dk"),
        ("1003", "Mads Kristensen", "IT", "Morten Dahl", "mda@x.dk")],
        mapping=['sheet "Medarbejdere"', "Skipped row 5: hidden by the sheet's filter.",
                 'Skipped row 7: a total row ("Antal: 3").']),
    x.Shape("own-merged-cells", x.own_merged, [
        ("0042", "Ida Thomsen", "IT", "Morten Dahl", "mda@x.dk"),
        ("0043", "Niels Christiansen", "IT", "Morten Dahl", "mda@x.dk"),
        ("0044", "Karen Johansen", "IT", "Morten Dahl", "mda@x.dk")],
        mapping=['leader           column D "Leder Navn"',
                 'leader\'s e-mail  column E "Leder E-mail"']),
    x.Shape("own-merged-header-two-values", x.own_merged_header_refused, refused=[
        'row 1, column "E-mail": The header "E-mail" in C1:D1 is merged over columns C and D, '
        "which hold different values (first in row 2). Unmerge the header and give each column "
        "its own header."]),
    x.Shape("own-efternavn-fornavn", x.own_efternavn_fornavn, [
        ("7", "Mette Kjær Sørensen", "Jura", "Jens Østergaard", "jos@x.dk"),
        ("8", "Jens Østergaard", "Jura", "", "")]),
    x.Shape("own-ambiguous-dates", x.own_ambiguous_dates, refused=[
        'row 2, column "MUS-dato": The meeting date "11/03/2027" of employee 1 could be '
        "day/month or month/day, and the file does not show which. Write it as 15-03-2027 "
        "(day-month-year) or 2027-03-15.", 'row 3, column "MUS-dato"']),
    x.Shape("own-unsaved-formula", x.own_unsaved_formula, refused=[
        'row 2, column "E-mail": Cell D2 holds a formula whose result was not saved with the '
        "file, so its value is unknown. Open the file in Excel (or LibreOffice Calc), let it "
        "calculate, save it and run the command again."]),
    x.Shape("csv-mixed-encodings", x.mixed_encoding, refused=[
        "cannot be read as text, line 3: line 2 is UTF-8 but line 3 is in another encoding "
        "(probably Windows-1252): the file mixes two encodings. Nothing was read."]),
    x.Shape("csv-converted-twice", x.garbled_utf8, refused=[
        'row 2, column "Navn": The name "Mette KjÃ¦r SÃ¸rensen" of employee 1 is garbled']),
    x.Shape("excel-unicode-text", x.excel_unicode_text, [
        ("00031", "Søren Østergaard", "Løn og Økonomi", "Hanne Kjær", "hkj@x.dk")],
        mapping=["read as UTF-16 LE"]),
    x.Shape("csv-utf16-be", x.utf16_be, [("5", "Åse Ærø", "Ø-afdelingen", "", "")],
            mapping=["read as UTF-16 BE"]),
]


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_export_is_read_right_or_refused(tmp_path: Path, shape: x.Shape) -> None:
    path = shape.make(tmp_path / shape.name)
    if shape.refused:
        with pytest.raises(MusError) as caught:
            read_employee_list(path, today=TODAY)
        message = str(caught.value)
        assert str(path) in message
        for fragment in shape.refused:
            assert fragment in message
        return
    listing = read_employee_list(path, today=TODAY)
    got = [(e.number, e.name, e.department, e.leader, e.leader_email)
           for e in listing.employees]
    assert got == list(shape.rows)
    if shape.meetings:
        assert [e.meeting_date for e in listing.employees] == list(shape.meetings)
    warnings = [str(w) for w in listing.warnings]
    for expected in shape.warns:
        assert any(expected in w for w in warnings), warnings
    if not shape.warns:
        assert warnings == []


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_check_shows_the_mapping_of_each_export(ws: Workspace, shape: x.Shape) -> None:
    path = shape.make(ws.root / shape.name)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check", "--employees",
                                       str(path)])
    if shape.refused:
        assert result.exit_code == 1
        assert result.output.startswith("Error: ")
        for fragment in shape.refused:
            assert fragment in result.output
        return
    assert result.exit_code == 0, result.output
    sheet = "read as " if path.suffix in (".csv", ".txt") else 'sheet "'
    assert result.output.startswith(f"Employee list: {path} ({sheet}")
    assert f"{len(shape.rows)} employee" in result.output
    shown = " ".join(result.output.split())  # the label column's width varies with the labels
    for line in shape.mapping:
        assert " ".join(line.split()) in shown
    assert "No mistakes found" in result.output
