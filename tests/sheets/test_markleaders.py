"""Leaders as columns with a cross in the column of each employee's leader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

HEAD = ("Nr.", "Navn", "Afdeling", "Mail", "Leder: Nanna Kragh", "Leder: Birgitte Frølund")
ROWS = [(31, "Nanna Kragh", "Direktion", "nk@f.dk", None, None),
        (32, "Birgitte Frølund", "Redaktion", "bf@f.dk", "x", None),
        (33, "Camilla Aagaard", "Redaktion", "ca@f.dk", None, "x"),
        (34, "Helle Rødgaard", "Redaktion", "hr@f.dk", None, "X")]


def test_the_crossed_leader_column_gives_the_leader(tmp_path: Path) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Oversigt": [HEAD, *ROWS]}),
                                 today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("31", "", ""), ("32", "Nanna Kragh", "nk@f.dk"), ("33", "Birgitte Frølund", "bf@f.dk"),
        ("34", "Birgitte Frølund", "bf@f.dk")]
    assert "leader-marks" in {n.kind for n in listing.notes}


def test_a_row_crossed_for_two_leaders_refuses(tmp_path: Path) -> None:
    rows = [*ROWS[:3], (34, "Helle Rødgaard", "Redaktion", "hr@f.dk", "x", "x")]
    with pytest.raises(SpreadsheetError, match=r"Row 5 is crossed in two of the leaders' "
                                               r"columns"):
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Oversigt": [HEAD, *rows]}),
                           today=dt.date(2026, 12, 6))
