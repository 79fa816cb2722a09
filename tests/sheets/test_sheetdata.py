"""Reading a worksheet as Excel shows it: the same values openpyxl reads, plus what openpyxl's
fast mode cannot see (hidden rows, merged cells, formulas with no saved result, number formats),
and a sheet formatted to its last row read as fast as its data."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.sheetdata import zero_padded
from pipeline.sheets.table import Sheet, open_workbook_sheets
from tests.helpers import write_xlsx

VALUES = [
    ("text", "  spaced  ", "Ærø Å", 7, -3, 2.5, 1e-7, 12345678901234),
    (True, False, dt.datetime(2027, 3, 15), dt.datetime(2027, 3, 15, 9, 30), dt.date(1999, 12, 31),
     "=not a formula", "'quoted", "#N/A"),
]


def _sheet(path: Path) -> Sheet:
    return next(iter(open_workbook_sheets(path, "employee list").values()))


@pytest.mark.parametrize("epoch", ["1900", "1904"])
def test_the_same_values_openpyxl_reads(tmp_path: Path, epoch: str) -> None:
    wb = openpyxl.Workbook()
    if epoch == "1904":
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    assert ws is not None
    for row in VALUES:
        ws.append(list(row))
    ws["A3"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold")])
    ws["C2"].number_format = "dd-mm-yyyy"
    ws["D2"].number_format = "dd-mm-yyyy hh:mm"
    ws["E2"].number_format = "yyyy-mm-dd"
    path = tmp_path / "v.xlsx"
    wb.save(path)
    theirs = openpyxl.load_workbook(path, read_only=True, data_only=True)
    expected = [tuple(v for v in row) for row in theirs.worksheets[0].iter_rows(values_only=True)]
    got = [values for _, values in _sheet(path).rows]
    assert [tuple(r) + (None,) * (len(expected[0]) - len(r)) for r in got] == expected


def test_shared_strings_as_excel_writes_them(tmp_path: Path,
                                             libreoffice: Callable[..., list[Path]]) -> None:
    """A workbook saved by a spreadsheet program: shared strings, cached formula results,
    styles of its own; the values are the ones openpyxl reads, the formulas' results read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Medarbejdernr.", "Initialer", "Navn", "E-mail", "MUS-dato", "Løn"])
    ws.append([1001, "ith", "Ida Thomsen", '=B2&"@x.dk"', dt.date(2027, 3, 15), 3.5])
    ws.append([1002, "bba", "Bo Bach", '=B3&"@x.dk"', dt.date(2027, 3, 16), "=F2*2"])
    ws["E2"].number_format = ws["E3"].number_format = "dd.mm.yyyy"
    source = tmp_path / "made-by-a-program.xlsx"
    wb.save(source)
    [saved] = libreoffice([source], tmp_path / "calc", "xlsx:Calc MS Excel 2007 XML")
    with zipfile.ZipFile(saved) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    theirs = openpyxl.load_workbook(saved, read_only=True, data_only=True)
    expected = [r for r in theirs.worksheets[0].iter_rows(values_only=True)]
    assert [values for _, values in _sheet(saved).rows] == expected
    staff = read_employee_list(saved).employees
    assert [(e.email, e.meeting_date) for e in staff] == [
        ("ith@x.dk", dt.date(2027, 3, 15)), ("bba@x.dk", dt.date(2027, 3, 16))]


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (418, "00000", "00418"), (418.0, "000000", "000418"), (418, '"MA-"0000', "MA-0418"),
    (418, "00000;@", "00418"), (418, "0", None), (418, "General", None), (4.5, "00000", None),
    (418, "#,##0", None), (418, "0.00", None)])
def test_zero_padding_number_formats(value: float, fmt: str, shown: str | None) -> None:
    assert zero_padded(value, fmt) == shown


def test_numbers_keep_the_zeros_their_format_shows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Lønnr.", "Navn"])
    ws.append([418, "Mette Kjær"])
    ws["A2"].number_format = "00000"
    path = tmp_path / "e.xlsx"
    wb.save(path)
    assert read_employee_list(path).employees[0].number == "00418"


def test_merged_cells_show_their_value_in_every_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [("Nr.", "Navn", "Afdeling"), (1, "A", "IT"), (2, "B", None), (3, "C", None),
                (4, "D", "Løn")]:
        ws.append(list(row))
    ws.merge_cells("C2:C4")
    path = tmp_path / "e.xlsx"
    wb.save(path)
    assert [e.department for e in read_employee_list(path).employees] == ["IT", "IT", "IT",
                                                                           "Løn"]


def test_hidden_rows_and_the_filter(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [("Nr.", "Navn", "Status"), (1, "A", "Aktiv"), (2, "B", "Fratrådt"),
                (3, "C", "Aktiv"), (4, "D", "Orlov")]:
        ws.append(list(row))
    ws.auto_filter.ref = "A1:C4"
    ws.auto_filter.add_filter_column(2, ["Aktiv"])
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True  # below the filter's range: hidden by hand
    path = tmp_path / "e.xlsx"
    wb.save(path)
    listing = read_employee_list(path)
    assert [e.number for e in listing.employees] == ["1", "3"]
    assert [(s.row, s.describe()) for s in listing.skipped] == [
        (3, "hidden by the sheet's filter"), (5, "a hidden row")]
    assert [e.number for e in read_employee_list(path, include_hidden=True).employees] == [
        "1", "3", "4"]  # 2 has left (Fratrådt)
    assert [e.number for e in read_employee_list(path, include_hidden=True,
                                                 include_leavers=True).employees] == [
        "1", "2", "3", "4"]


def test_rows_hidden_by_default(tmp_path: Path) -> None:
    """``zeroHeight``: every row is hidden unless it says it is shown."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [("Nr.", "Navn"), (1, "A"), (2, "B")]})
    _rewrite_sheet(path, lambda xml: xml.replace(
        b'<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>',
        b'<sheetFormatPr baseColWidth="8" defaultRowHeight="15" zeroHeight="1"/>').replace(
        b'<row r="1">', b'<row r="1" hidden="0">').replace(
        b'<row r="2">', b'<row r="2" ht="15" customHeight="1">'))
    listing = read_employee_list(path)
    assert [e.number for e in listing.employees] == ["1"]
    assert [s.row for s in listing.skipped] == [3]


def _rewrite_sheet(path: Path, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_a_sheet_formatted_to_its_last_row(tmp_path: Path) -> None:
    """Borders down to the sheet's last row, which its dimension claims: every row is in the
    file and none holds a value. (The test stops at 100,000 rows; a million read the same way,
    at the cost of parsing them: see the README's Speed.)"""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [("Nr.", "Navn"), (1, "A"), (2, "B")]})
    empty = b"".join(b'<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/><c r="B%d" s="1"/>'
                     b"</row>" % (r, r, r) for r in range(4, 100_001))
    _rewrite_sheet(path, lambda xml: xml.replace(b"</sheetData>", empty + b"</sheetData>")
                   .replace(b'<dimension ref="A1:B3"/>', b'<dimension ref="A1:XFD1048576"/>'))
    listing = read_employee_list(path)
    assert [(e.number, e.name) for e in listing.employees] == [("1", "A"), ("2", "B")]
    assert listing.skipped == () and [w.kind for w in listing.warnings] == ["no-department"]


def test_a_formula_without_a_saved_result_is_reported(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Afdeling", "Note"), (1, "Ida", "=\"I\"&\"T\"", "=1+1")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path)
    assert str(caught.value).endswith(
        f'{path}, sheet "Ark1", row 2, column "Afdeling": Cell C2 holds a formula whose result '
        "was not saved with the file, so its value is unknown. Open the file in Excel (or "
        "LibreOffice Calc), let it calculate, save it and run the command again.")
    assert len(caught.value.issues) == 1  # the Note column is no field: a warning only


def test_an_error_cell_is_reported(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Nærmeste leder"), (1, "Ida", "#N/A")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path)
    assert ('row 2, column "Nærmeste leder": Cell C2 shows the error #N/A. Correct the formula '
            "or the value in that cell.") in str(caught.value)
    # in an address column (a lookup that found none) it is no address, warned (stop 45)
    path = write_xlsx(tmp_path / "f.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Leders e-mail"), (1, "Ida", "#N/A")]})
    listing = read_employee_list(path)
    assert listing.employees[0].leader_email == ""
    assert any("Cell C2 shows the error #N/A" in w.what for w in listing.warnings)


def test_a_damaged_workbook_is_a_plain_message(tmp_path: Path) -> None:
    """Seeded damage to every part of a small list: read, or refused in plain words; never an
    unexpected error."""
    import random

    from pipeline.errors import MusError

    source = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "MUS-dato"), (1, "Ida Thomsen", dt.date(2027, 3, 1)),
        ("00042", "Bo Bach", "15-03-2027")]})
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    rng = random.Random(11)
    for n in range(120):
        damaged = dict(parts)
        name = rng.choice(sorted(damaged))
        data = bytearray(damaged[name])
        how = n % 4
        if how == 0 and data:
            del data[rng.randrange(len(data)):]
        elif how == 1 and data:
            for _ in range(3):
                data[rng.randrange(len(data))] = rng.choice(b'<>"=/ 0a9')
        elif how == 2:
            del damaged[name]
        else:
            data = bytearray(data.replace(b'r="', b'r="x', 1).replace(b"<v>", b"<v>-", 1))
        if how != 2:
            damaged[name] = bytes(data)
        path = tmp_path / f"d{n}.xlsx"
        with zipfile.ZipFile(path, "w") as target:
            for part, blob in damaged.items():
                target.writestr(part, blob)
        try:
            read_employee_list(path)
        except MusError as err:
            assert "Traceback" not in str(err) and str(path) in str(err)


def test_a_cell_with_its_old_value_struck_through_reads_as_the_new(tmp_path: Path) -> None:
    """"~~Helle Laursen~~ Trine Holm": the crossed-out run is gone; a cell struck through as a
    whole keeps its text (its look is the row's, for the legend to say)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Nr.", "Navn", "Leder"])
    ws.append([1, "Helle Laursen", None])
    ws.append([2, "Trine Holm", "Helle Laursen"])
    struck = InlineFont(strike=True)
    ws.append([3, "Ida Sand", CellRichText(TextBlock(struck, "Helle Laursen"), " Trine Holm")])
    ws.append([4, "Bo Lind", CellRichText("Trine ", TextBlock(struck, "Holm"), "Hansen")])
    ws.append([5, CellRichText(TextBlock(struck, "Jens Krog")), "Trine Holm"])
    path = tmp_path / "e.xlsx"
    wb.save(path)
    rows = dict(open_workbook_sheets(path, "employee list")["Sheet"].rows)
    assert rows[4][2] == "Trine Holm"
    assert rows[5][2] == "Trine Hansen"
    assert rows[6][1] == "Jens Krog"
