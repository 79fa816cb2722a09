"""Rows a sheet hides are left out, but whether hiding meant "no form" or only "not now on my
screen" is a guess: a hidden row that would be an employee who has not left is a warning that
names the rows and the way back (--include-hidden); hidden leavers are no news."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.sheets import read_employee_list

TODAY = dt.date(2026, 11, 27)


def _book(path: Path, rows: list[tuple[object, ...]], hide: Callable[[Worksheet], None]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(list(row))
    hide(ws)
    wb.save(path)
    return path


def _hidden_warnings(path: Path, include_hidden: bool = False) -> list[str]:
    listing = read_employee_list(path, include_hidden=include_hidden, today=TODAY)
    return [w.what for w in listing.warnings if w.kind == "hidden-employees"]


DANISH = [("Medarbejdernr.", "Navn", "Afdeling", "Leder", "Status"),
          (101, "Anna Holm", "Salg", "", "Aktiv"),
          (102, "Bo Lund", "Salg", "Anna Holm", "Aktiv"),
          (103, "Carl Berg", "Lager", "Anna Holm", "Aktiv"),
          (104, "Dorte Friis", "Lager", "Anna Holm", "Aktiv"),
          (105, "Eva Dahl", "Lager", "Anna Holm", "Fratrådt")]


def test_a_filter_left_on_to_look_at_one_department_is_a_warning(tmp_path: Path) -> None:
    def only_salg(ws: Worksheet) -> None:
        ws.auto_filter.ref = "A1:E6"
        ws.auto_filter.add_filter_column(2, ["Salg"])
        for r in (4, 5, 6):
            ws.row_dimensions[r].hidden = True

    path = _book(tmp_path / "filter.xlsx", DANISH, only_salg)
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["101", "102"]
    # row 6 is a leaver: hidden or not, no form; rows 4 and 5 are the guess worth a word
    assert _hidden_warnings(path) == [
        "2 row(s) hidden by the sheet's filter (rows 4 and 5) look like employees who have "
        "not left; they get no form and no mail."]
    assert _hidden_warnings(path, include_hidden=True) == []
    shown = read_employee_list(path, include_hidden=True, today=TODAY)
    assert [e.number for e in shown.employees] == ["101", "102", "103", "104"]


def test_a_filter_that_hides_only_leavers_says_nothing_more(tmp_path: Path) -> None:
    rows = [("Employee ID", "Name", "Department", "Manager", "Employment Status"),
            (1, "Ann Smith", "Sales", "", "Active"),
            (2, "Bob Jones", "Sales", "Ann Smith", "Terminated"),
            (3, "Cat Brown", "Sales", "Ann Smith", "Active"),
            (4, "Dan Green", "Sales", "Ann Smith", "Terminated")]

    def active_only(ws: Worksheet) -> None:
        ws.auto_filter.ref = "A1:E5"
        ws.auto_filter.add_filter_column(4, ["Active"])
        for r in (3, 5):
            ws.row_dimensions[r].hidden = True

    path = _book(tmp_path / "active.xlsx", rows, active_only)
    assert [e.number for e in read_employee_list(path, today=TODAY).employees] == ["1", "3"]
    assert _hidden_warnings(path) == []


def test_rows_hidden_by_hand_and_a_collapsed_outline_are_warned_of(tmp_path: Path) -> None:
    rows = [("Lønnr.", "Fulde navn", "Enhed", "Nærmeste leder"),
            (7001, "Mia Fogh", "Kantine", ""),
            (7002, "Niels Bech", "Kantine", "Mia Fogh"),
            (7003, "Ole Krog", "Kantine", "Mia Fogh"),
            (7004, "Pia Sand", "Rengøring", "Mia Fogh")]

    def by_hand(ws: Worksheet) -> None:
        ws.row_dimensions[3].hidden = True
        ws.row_dimensions.group(4, 5, outline_level=1, hidden=True)

    path = _book(tmp_path / "hand.xlsx", rows, by_hand)
    assert [e.number for e in read_employee_list(path, today=TODAY).employees] == ["7001"]
    assert _hidden_warnings(path) == [
        "3 row(s) hidden in the sheet (rows 3, 4 and 5) look like employees who have not left; "
        "they get no form and no mail."]


def test_hidden_rows_that_are_no_employees_are_no_news(tmp_path: Path) -> None:
    rows = [("Medarbejdernr.", "Navn", "Afdeling"),
            (1, "Anna Holm", "Salg"), (2, "Bo Lund", "Salg"),
            ("Salg I alt", None, None), (None, None, None), ("Noter: opdateret i går", None, None)]

    def hide_tail(ws: Worksheet) -> None:
        for r in (4, 5, 6):
            ws.row_dimensions[r].hidden = True

    path = _book(tmp_path / "tail.xlsx", rows, hide_tail)
    assert [e.number for e in read_employee_list(path, today=TODAY).employees] == ["1", "2"]
    assert _hidden_warnings(path) == []
