"""A list of positions: each row a position with its own number, its holder (or nobody), and the
leader given as the number of the leader's position. The leader is the holder of that
position; a position nobody holds gets no form; a job code shared by many is no one's ID."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("headers", [
    ("Stillingsnr.", "Afdeling", "Medarbejdernr.", "Medarbejder", "Leders stillingsnr."),
    ("Position ID", "Department", "Employee ID", "Name", "Manager Position ID"),
    ("Stillingsnummer", "Avdeling", "Ansattnr", "Navn", "Leders stillingsnummer"),
])
def test_leaders_given_by_their_position_number(tmp_path: Path,
                                                headers: tuple[str, ...]) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", {"Stillinger": [
        headers,
        ("P-10", "Direktion", 501, "Signe Juul", None),
        ("P-21", "Teknik", 502, "Jørgen Rød", "P-10"),
        ("P-22", "Teknik", 503, "Tove Krog", "P-21"),
        ("P-23", "Teknik", None, "Ubesat", "P-21"),
        ("P-24", "Teknik", 504, "Rasmus Dal", "P-21"),
        ("P-31", "Økonomi", 505, "Nanna Eng", "P-10"),
        ("P-32", "Økonomi", 506, "Bo Sand", "P-31")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("501", ""), ("502", "Signe Juul"), ("503", "Jørgen Rød"), ("504", "Jørgen Rød"),
        ("505", "Signe Juul"), ("506", "Nanna Eng")]
    assert [e.leader_number for e in listing.employees] == ["", "501", "502", "502", "501",
                                                           "505"]


def test_a_job_code_many_share_is_no_ones_id(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", {"Ark1": [
        ("Jobkode", "Lønnr.", "Navn", "Leder"),
        ("J1", 1, "Signe Juul", None), ("J2", 2, "Jørgen Rød", "J1"),
        ("J2", 3, "Tove Krog", "J1"), ("J3", 4, "Rasmus Dal", "J1")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.leader for e in listing.employees][1:] == ["J1", "J1", "J1"]
    assert [e.leader_number for e in listing.employees] == ["", "", "", ""]
    assert any("J1" in w.what for w in listing.warnings)


def test_a_position_two_people_share_as_leader_is_refused(tmp_path: Path) -> None:
    """Jobdeling: two holders of one position number, the staff's leader given as that number:
    which of them holds each talk is not in the list."""
    path = write_xlsx(tmp_path / "p.xlsx", {"Stillinger": [
        ("Stillingsnr.", "Tjenestenr.", "Navn", "Overordnet stillingsnr."),
        ("S7100", 40101, "Bodil Kragh", None), ("S7107", 40108, "Gry Lund", "S7100"),
        ("S7107", 40190, "Malene Tøttrup", "S7100"), *(
            (f"S71{n}", 40100 + n, f"Person Nummer{n}", "S7107") for n in range(10, 16))]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert 'The leader "S7107" (rows 5, 6, 7, 8, 9 and 10) fits several people in the list ' \
        "(employees 40108 and 40190)" in str(caught.value)
