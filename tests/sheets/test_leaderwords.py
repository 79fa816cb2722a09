"""The words for a leader who acts for now and one who led before are one vocabulary: a leader
cell, a heading's leader line and a column header read every one of them alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.leaderwords import ACTING, FORMER
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("word", sorted(ACTING))
def test_an_acting_mark_in_a_leader_cell_is_left_out(tmp_path: Path, word: str) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr", "Navn", "Afdeling", "Leder"), (1, "Jens Holm", "Drift", None),
        (2, "Ida Bæk", "Drift", f"Jens Holm ({word})"),
        (3, "Ole Dam", "Drift", f"Jens Holm ({word})")]}), today=TODAY)
    assert [e.leader for e in listing.employees] == ["", "Jens Holm", "Jens Holm"]


@pytest.mark.parametrize("word", sorted(ACTING))
def test_an_acting_mark_after_a_headings_leader(tmp_path: Path, word: str) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr", "Navn"), ("Team Nord",), (f"Leder: Jens Holm ({word})",),
        (1, "Jens Holm"), (2, "Ida Bæk"), (3, "Ole Dam")]}), today=TODAY)
    assert [e.leader for e in listing.employees] == ["", "Jens Holm", "Jens Holm"]


def test_the_one_an_acting_leader_stands_in_for_is_not_a_second_leader(tmp_path: Path) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr", "Navn", "Afdeling", "Leder"), (1, "Anne Thygesen", "Drift", None),
        (2, "Camilla Juul", "Drift", None),
        (3, "Ole Dam", "Drift", "Anne Thygesen (vikarierende for Camilla Juul)")]}), today=TODAY)
    assert listing.employees[2].leader == "Anne Thygesen"


@pytest.mark.parametrize("word", sorted(FORMER))
def test_who_led_before_is_history_in_a_leader_cell(tmp_path: Path, word: str) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr", "Navn", "Afdeling", "Leder"), (1, "Anne Thygesen", "Drift", None),
        (2, "Camilla Juul", "Drift", None),
        (3, "Ole Dam", "Drift", f"Anne Thygesen ({word}. Camilla Juul)")]}), today=TODAY)
    assert listing.employees[2].leader == "Anne Thygesen"
