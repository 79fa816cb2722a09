"""Ditto marks in a hand-kept list (-"-, 〃, do.) are the value above them, said in `mus check`;
never a department or a leader of their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.ditto import is_ditto
from tests.helpers import write_xlsx


@pytest.mark.parametrize("mark", ['-"-', "〃", '"', "do.", "Do.", "dto.", "som ovenfor", "-do-",
                                  " - \" - ", "- dto -"])
def test_a_ditto_mark_is_the_value_above(tmp_path: Path, mark: str) -> None:
    rows = [("Nr.", "Navn", "Afdeling", "Leder"),
            (1, "Henrik Kløve", "Køkkenet", None), (2, "Tove Sørensen", mark, "Henrik Kløve"),
            (3, "Karen Frølund", mark, mark), (4, "Tove Bæk", "Rengøring", None),
            (5, "Helle Holm", mark, "Tove Bæk")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 5))
    assert [(e.department, e.leader) for e in listing.employees] == [
        ("Køkkenet", ""), ("Køkkenet", "Henrik Kløve"), ("Køkkenet", "Henrik Kløve"),
        ("Rengøring", ""), ("Rengøring", "Tove Bæk")]
    notes = {n.column: n.rows for n in listing.notes if n.kind == "ditto"}
    assert notes == {"Afdeling": (3, 4, 6), "Leder": (4,)}


@pytest.mark.parametrize("text", ["Dorthe", "Dok", "Salg", "-", "Sda-gruppen", "Køkkenet", "DO",
                                  "SDA", "DTO", "do"])
def test_words_that_only_look_alike_are_no_ditto(text: str) -> None:
    assert not is_ditto(text)
