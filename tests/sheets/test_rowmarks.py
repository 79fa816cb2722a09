"""Rows set apart by a fill colour, strike-through or font colour: where a legend on the sheet
(a cell in the same colour that says what it means) explains the mark, it is acted on (left: no
form; leave: listed as on leave); where nothing explains it, `mus check` warns with the rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list

TODAY = dt.date(2026, 11, 27)
RED, YELLOW, ORANGE, GREY = "FFFF8080", "FFFFFF00", "FFFFC000", "FFD9D9D9"
HEADER = ("Medarbejdernr.", "Navn", "Afdeling", "E-mail")
PEOPLE = [(1, "Ida Holm", "IT", "ih@x.dk"), (2, "Bo Bach", "IT", "bb@x.dk"),
          (3, "Åse Dam", "IT", "ad@x.dk"), (4, "Ole Krog", "IT", "ok@x.dk"),
          (5, "Mie Lund", "IT", "ml@x.dk"), (6, "Jon Sand", "IT", "js@x.dk"),
          (7, "Pia Due", "IT", "pd@x.dk"), (8, "Kim Ravn", "IT", "kr@x.dk")]


def sheet(path: Path, rows: Sequence[Sequence[Any]],
          styles: dict[int, dict[str, Any]]) -> Path:
    """Rows (the first is row 1), and the style of whole rows (by row number): fill, font."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for number, row in enumerate(rows, start=1):
        ws.append(list(row))
        for cell in ws[number]:
            if cell.value is not None and number in styles:
                for attr, value in styles[number].items():
                    setattr(cell, attr, value)
    wb.save(path)
    return path


def fill(rgb: str) -> dict[str, Any]:
    return {"fill": PatternFill("solid", fgColor=rgb)}


def test_a_colour_legend_above_the_list(tmp_path: Path) -> None:
    rows = [("Farvekoder:", "Fratrådt", "Barsel/orlov"), (), HEADER, *PEOPLE]
    path = sheet(tmp_path / "e.xlsx", rows, {5: fill(RED), 8: fill(YELLOW), 10: fill(RED)})
    # the legend's own cells carry the colours ("Farvekoder:" has none)
    listing = read_employee_list(_legend_cells(path, {"B1": RED, "C1": YELLOW}), today=TODAY)
    assert [a.number for a in listing.leavers] == ["2", "7"]
    assert [(e.number, e.on_leave) for e in listing.employees if e.on_leave] == [("5", True)]
    assert listing.leavers[0].reason == 'filled FF8080 (red), as "Fratrådt" in the legend (row 1)'


def _legend_cells(path: Path, cells: dict[str, str]) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for ref, rgb in cells.items():
        ws[ref].fill = PatternFill("solid", fgColor=rgb)
    wb.save(path)
    return path


def test_an_english_legend_below_the_list(tmp_path: Path) -> None:
    rows = [("Employee ID", "Name", "Department", "Email"), *PEOPLE, (),
            ("Terminated",), ("On leave",)]
    path = sheet(tmp_path / "e.xlsx", rows, {3: fill(ORANGE), 11: fill(ORANGE),
                                             6: fill(GREY), 12: fill(GREY)})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["2"]
    assert [e.number for e in listing.employees if e.on_leave] == ["5"]


def test_struck_through_rows_with_a_legend_and_a_font_colour_with_one(tmp_path: Path) -> None:
    struck = {"font": Font(strike=True)}
    blue = {"font": Font(color="FF0070C0")}
    rows = [HEADER, *PEOPLE, (), ("Gennemstreget = fratrådt",), ("Blå skrift = på orlov",)]
    path = sheet(tmp_path / "e.xlsx", rows, {4: struck, 11: struck, 7: blue, 12: blue})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["3"]
    assert [e.number for e in listing.employees if e.on_leave] == ["6"]


def test_marked_rows_without_a_legend_are_said(tmp_path: Path) -> None:
    path = sheet(tmp_path / "e.xlsx", [HEADER, *PEOPLE], {3: fill(ORANGE), 8: fill(ORANGE)})
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 8
    [warning] = [w for w in listing.warnings if w.kind == "row-mark"]
    assert warning.rows == (3, 8)
    assert warning.what == ("Rows 3 and 8 are filled FFC000 (orange), unlike the rest of the "
                            "list, and nothing on the sheet says what that means, so mus reads "
                            "nothing from it (they are read by their cells alone).")


def test_a_legend_whose_text_is_a_formula_never_calculated_refuses(tmp_path: Path) -> None:
    """A program wrote the legend "= ansat efter 1/6 – ingen MUS" as a formula with no saved
    result: the yellow cell's meaning cannot be read, so the yellow rows are not guessed."""
    from openpyxl import load_workbook

    path = sheet(tmp_path / "e.xlsx", [(), (), HEADER, *PEOPLE],
                 {5: fill(YELLOW), 9: fill(YELLOW)})
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["A1"].fill = PatternFill("solid", fgColor=YELLOW)
    ws["B1"] = "= ansat efter 1/6-2026 – ingen MUS i år"  # openpyxl keeps it as a formula
    wb.save(path)
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert "Rows 5 and 9 (employees 2, 6) are filled" in str(caught.value)
    assert "cell B1 beside a cell of that look holds a formula whose result was not saved" in str(
        caught.value)


def test_a_legend_that_is_no_status_is_said_and_they_get_their_form(tmp_path: Path) -> None:
    rows = [("Gul = ny medarbejder",), HEADER, *PEOPLE]
    path = sheet(tmp_path / "e.xlsx", rows, {1: fill(YELLOW), 4: fill(YELLOW)})
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 8
    assert [n.what for n in listing.notes if n.kind == "row-mark"] == [
        'Row 4 is filled FFFF00 (yellow), as "Gul = ny medarbejder" in the legend (row 1), '
        "which mus does not act on: they get a form as everyone else."]


def test_banded_rows_and_a_coloured_header_are_no_marks(tmp_path: Path) -> None:
    bands = {n: fill(GREY) for n in range(3, 10, 2)}
    path = sheet(tmp_path / "e.xlsx", [HEADER, *PEOPLE], {1: fill(ORANGE), **bands})
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 8
    assert not [w for w in listing.warnings if w.kind == "row-mark"]
    assert not [n for n in listing.notes if n.kind == "row-mark"]


def test_a_legend_of_coloured_cells_beside_their_words(tmp_path: Path) -> None:
    """"[red] Fratrådt  [yellow] Orlov": the coloured cells are empty, the words beside them."""
    rows = [(None, "Fratrådt", None, "Orlov"), HEADER, *PEOPLE]
    path = sheet(tmp_path / "e.xlsx", rows, {4: fill(RED), 7: fill(YELLOW)})
    listing = read_employee_list(_legend_cells(path, {"A1": RED, "C1": YELLOW}), today=TODAY)
    assert [a.number for a in listing.leavers] == ["2"]  # rows 4 and 7
    assert [e.number for e in listing.employees if e.on_leave] == ["5"]


def test_a_legend_in_words_for_struck_through_rows(tmp_path: Path) -> None:
    struck = {"font": Font(strike=True)}
    rows = [("Gennemstregede medarbejdere er fratrådt",), HEADER, *PEOPLE]
    path = sheet(tmp_path / "e.xlsx", rows, {5: struck, 9: struck})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["3", "7"]
    assert listing.leavers[0].reason == ('struck through, as "Gennemstregede medarbejdere er '
                                         'fratrådt" says (row 1)')


def test_an_english_legend_in_words_for_two_colours(tmp_path: Path) -> None:
    rows = [("Employee ID", "Name", "Department", "Email"), *PEOPLE, (),
            ("Rows in red have left; rows in yellow are on leave.",)]
    path = sheet(tmp_path / "e.xlsx", rows, {2: fill("FFFF0000"), 7: fill("FFFFFF00")})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["1"]
    assert [e.number for e in listing.employees if e.on_leave] == ["6"]


def test_a_coloured_name_cell_and_a_legend_on_another_sheet(tmp_path: Path) -> None:
    """Only the name is coloured; the sheet "Forklaring" says green is leave (Norwegian too)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ansatte"
    for row in [("Ansattnr", "Navn", "Avdeling", "E-post"), *PEOPLE]:
        ws.append(list(row))
    ws["B4"].fill = PatternFill("solid", fgColor="FF92D050")
    ws["B6"].font = Font(strike=True)
    notes = wb.create_sheet("Forklaring")
    notes.append(["Grønn: permisjon"])
    notes.append(["Gjennomstreket = sluttet"])
    wb.save(tmp_path / "e.xlsx")
    listing = read_employee_list(tmp_path / "e.xlsx", today=TODAY)
    assert [e.number for e in listing.employees if e.on_leave] == ["3"]
    assert [a.number for a in listing.leavers] == ["5"]


def test_a_legend_table_of_coloured_colour_names_and_meanings(tmp_path: Path) -> None:
    """Sheet "Farver": "Rød" on red beside "Fratrådt", "Grøn" on green beside "Orlov"."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in [HEADER, *PEOPLE]:
        ws.append(list(row))
    for ref in ("A3", "B3", "C3", "D3"):
        ws[ref].fill = PatternFill("solid", fgColor="FFFFC7CE")
    ws["B8"].fill = PatternFill("solid", fgColor="FFC6EFCE")
    legend = wb.create_sheet("Farver")
    for row in [("Farve", "Betydning"), ("Rød", "Fratrådt"), ("Grøn", "Orlov")]:
        legend.append(list(row))
    legend["A2"].fill = PatternFill("solid", fgColor="FFFFC7CE")
    legend["A3"].fill = PatternFill("solid", fgColor="FFC6EFCE")
    wb.save(tmp_path / "e.xlsx")
    listing = read_employee_list(tmp_path / "e.xlsx", today=TODAY)
    assert [a.number for a in listing.leavers] == ["2"]
    assert [e.number for e in listing.employees if e.on_leave] == ["7"]


def test_a_legend_beside_the_list_past_an_empty_column(tmp_path: Path) -> None:
    """Columns G–H beside the list's rows: "Forklaring", then [red] Fratrådt, [yellow] Orlov
    (empty coloured cells with the words beside them), and one in words beside the header."""
    for n, (cells, words) in enumerate([
            ({"G3": RED, "G4": YELLOW}, {"G2": "Forklaring", "H3": "Fratrådt", "H4": "Orlov"}),
            ({"H3": RED, "H4": YELLOW}, {"G3": "Left", "G4": "On leave"}),  # words first
            ({}, {"F1": "Rød = fratrådt, gul = orlov"})]):     # in words, beside the header
        path = sheet(tmp_path / f"e{n}.xlsx", [HEADER, *PEOPLE], {4: fill(RED), 7: fill(YELLOW)})
        path = _legend_cells(path, cells)
        from openpyxl import load_workbook

        wb = load_workbook(path)
        ws = wb.active
        assert ws is not None
        for ref, text in words.items():
            ws[ref] = text
        wb.save(path)
        listing = read_employee_list(path, today=TODAY)
        assert [a.number for a in listing.leavers] == ["3"], words  # row 4
        assert [e.number for e in listing.employees if e.on_leave] == ["6"], words  # row 7
        assert not [w for w in listing.warnings if w.kind == "row-mark"], words


def test_a_legend_in_brackets_in_a_header(tmp_path: Path) -> None:
    """"Navn (gul = orlov, rød = fratrådt)": the header is "Navn", the brackets a legend."""
    for n, header in enumerate(["Navn (gul = orlov, rød = fratrådt)",
                                "Name (yellow = on leave, red = left)"]):
        rows = [(HEADER[0], header, *HEADER[2:]), *PEOPLE]
        path = sheet(tmp_path / f"h{n}.xlsx", rows, {4: fill(RED), 7: fill(YELLOW)})
        listing = read_employee_list(path, today=TODAY)
        assert [a.number for a in listing.leavers] == ["3"], header
        assert [e.number for e in listing.employees if e.on_leave] == ["6"], header


def test_a_bureau_temp_without_a_number_by_job_title(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Stilling"), (1, "Ida Holm", "Sygeplejerske"),
            (None, "Astrid Jør", "Sygeplejerske (vikar, bureau)"), (2, "Bo Bach", "SSA")]
    listing = read_employee_list(sheet(tmp_path / "b.xlsx", rows, {}), today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert [a.name for a in listing.leavers] == ["Astrid Jør"]


def test_a_grey_row_of_technical_field_names_is_no_mark(tmp_path: Path) -> None:
    """SAP writes its field names (PERNR, ENAME …) under the headers in grey italics: the
    headers again, no person, so no look of anyone to ask about."""
    rows = [("Personalenummer", "Navn", "Organisatorisk enhed", "E-mail"),
            ("PERNR", "ENAME", "ORGTX", "USRID_LONG"), *PEOPLE]
    path = sheet(tmp_path / "e.xlsx", rows,
                 {2: {"font": Font(color="FF808080", italic=True)}})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == [str(p[0]) for p in PEOPLE]
    assert [s.row for s in listing.skipped] == [2]
    assert not [w for w in listing.warnings if w.kind == "row-mark"]


def test_a_title_that_explains_two_looks_set_apart_by_a_dash(tmp_path: Path) -> None:
    """"Personale 2026/27 (gennemstregede er stoppet – røde er på orlov)": the struck-through
    rows have left, the red rows are on leave."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Personale Sundby Skole 2026/27 (gennemstregede er stoppet – røde er på orlov)"])
    ws.append([])
    ws.append(["Lønnr", "Navn", "Afdeling"])
    for n, name in enumerate(["Aksel Sønderby", "Ulla Pedersen", "Tove Krøyer", "Mikkel Holm",
                              "Pernille Lund", "Maja Åkjær", "Bo Hjorth"], start=1):
        ws.append([2210 + n, name, "Indskoling"])
    for cell in ws[6]:
        cell.font = Font(strike=True)
    for cell in ws[8]:
        cell.font = Font(color="FFFF0000")
    path = tmp_path / "skole.xlsx"
    wb.save(path)
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [a.number for a in listing.leavers] == ["2213"]
    assert [(e.number, e.on_leave) for e in listing.employees if e.on_leave] == [("2215", True)]


def test_a_legends_meaning_goes_on_after_a_dash_in_the_same_sentence(tmp_path: Path) -> None:
    """"Overstregede navne: har sagt op og fratræder inden MUS-perioden – skal ikke have
    skema": the whole sentence is what the look means (no form), not its first clause."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Løbenr.", "Navn", "Team"])
    for n, name in enumerate(["Mads Frølund", "Jønne Fog", "Bent Bæk", "Mads Sønderby",
                              "Camilla Lund", "Lærke Vestergaard"], start=31):
        ws.append([n, name, "Support"])
    for cell in ws[5]:
        cell.font = Font(strike=True)
    ws.append([])
    ws.append(["Overstregede navne: har sagt op og fratræder inden MUS-perioden – skal ikke "
               "have skema."])
    path = tmp_path / "team.xlsx"
    wb.save(path)
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [a.number for a in listing.leavers] == ["34"]


def test_rows_in_italics_with_a_legend_that_names_them(tmp_path: Path) -> None:
    """Leavers set in italic type, with a legend row over the list ("Kursiv = fratrådt",
    itself in italics): those rows are leavers; italic rows no legend explains are said."""
    italic = {"font": Font(italic=True)}
    rows = [("Kursiv = fratrådt (slettes efter lønkørsel)",), (), HEADER, *PEOPLE]
    path = sheet(tmp_path / "e.xlsx", rows, {1: italic, 5: italic, 9: italic})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["2", "6"]
    path = sheet(tmp_path / "f.xlsx", [HEADER, *PEOPLE], {3: italic, 8: italic})
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 8
    assert [w.rows for w in listing.warnings if w.kind == "row-mark"] == [(3, 8)]
