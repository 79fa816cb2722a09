"""Rows whose values stand a column off their headers (a colleague's edit moved them one cell
to the right) refuse the list with the rows, never read with a department as the leader and a
name as the address; a list whose columns are so by design is no shift."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

HEAD = ("Nr.", "Navn", "Afdeling", "Leder", "E-mail", "Bemærkning")
ROWS = [(501, "Astrid Hvid", "Direktion", None, "ah@kyst.dk", None),
        (502, "Maja Rød", "Tømrer", "Astrid Hvid", "mr@kyst.dk", None),
        (503, "Trine Bæk", "Tømrer", "Maja Rød", "tb@kyst.dk", None),
        (504, "Niels Bæk", "Tømrer", "Maja Rød", "nb@kyst.dk", None)]
SHIFTED = [(511, "Bent Dam", None, "Kontor", "Astrid Hvid", "bd@kyst.dk"),
           (512, "Tove Quist", None, "Kontor", "Bent Dam", "tq@kyst.dk")]


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 12, 5))


def test_rows_moved_one_cell_to_the_right_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [HEAD, *ROWS, *SHIFTED])
    said = str(caught.value)
    assert 'sheet "Ark1", row 6: In rows 6 and 7 the values stand one column to the right of ' \
        "their headers (the leader in column E and the e-mail in column F)" in said
    assert "one cell to the left" in said


def test_one_row_moved_is_refused_when_both_its_leader_and_address_show_it(
        tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="In row 6 the values stand one column"):
        read(tmp_path, [HEAD, *ROWS, SHIFTED[0]])


def test_a_leader_column_of_initials_beside_the_leaders_names_is_no_shift(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Initialer", "Afdeling", "Leder", "Leders navn"),
        (501, "Astrid Hvid", "AH", "Direktion", None, None),
        (502, "Maja Rød", "MR", "Tømrer", "AH", "Astrid Hvid"),
        (503, "Trine Bæk", "TB", "Tømrer", "MR", "Maja Rød"),
        (504, "Niels Bæk", "NB", "Tømrer", "MR", "Maja Rød")])
    assert [e.leader for e in listing.employees] == ["", "Astrid Hvid", "Maja Rød", "Maja Rød"]


def test_a_remark_that_holds_an_address_is_no_shift(tmp_path: Path) -> None:
    rows = [HEAD, *ROWS[:3], (504, "Niels Bæk", "Tømrer", "Maja Rød", "mangler",
                              "privat: nb@gmail.com")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["501", "502", "503", "504"]
