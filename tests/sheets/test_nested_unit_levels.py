"""Unit columns that nest (each value of a finer column under one value of a coarser one): the
finest filled is the department, whatever the language, however many levels, side by side or
not; a column with one value for everyone is never the department while another varies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.unitlevels import nested_levels
from tests.helpers import write_xlsx


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 12, 5))


def departments(listing: Any) -> list[str]:
    return [e.department for e in listing.employees]


def test_four_levels_not_side_by_side_give_the_finest_filled(tmp_path: Path) -> None:
    """Område / Hospital / Center / Afsnit with the number between them; the centre's chief
    has no Afsnit and belongs to her centre."""
    head = ("Område", "Hospital", "Center", "ID", "Afsnit", "Navn", "Leder")
    rows = [head, ("Vest", "Gødstrup", "Kræftcentret", 1, None, "Jørgen Krøyer", None)]
    for number, (unit, name) in enumerate([("K1", "Kirsten Krog"), ("K1", "Jens Brøndum"),
                                           ("Amb K", "Tove Holm"), ("Amb K", "Maja Lund")], 2):
        rows.append(("Vest", "Gødstrup", "Kræftcentret", number, unit, name, "Jørgen Krøyer"))
    listing = read(tmp_path, rows)
    assert departments(listing) == ["Kræftcentret", "K1", "K1", "Amb K", "Amb K"]
    assert not [w for w in listing.warnings if w.kind == "two-columns"]
    assert any("unit levels" in n.what and '"Afsnit"' in n.what for n in listing.notes)


@pytest.mark.parametrize("heads", [
    ("Division", "Department", "Team"),
    ("Avdeling", "Seksjon", "Team"),
    ("Bereich", "Abteilung", "Team"),
    ("Forvaltning", "Afdeling", "Afsnit"),
])
def test_three_levels_in_any_language_give_the_finest_plainly_headed(
        tmp_path: Path, heads: tuple[str, str, str]) -> None:
    """A finer level under a weaker header ("Team" under "Department") is detail, kept for
    texts and filters: the department is the finest column headed as one."""
    top, middle, low = heads
    listing = read(tmp_path, [
        ("Nr", "Navn", top, middle, low),
        (1, "Ane Bak", "Drift", "Vej", "Vej Nord"), (2, "Bo Lind", "Drift", "Vej", "Vej Syd"),
        (3, "Eva Ry", "Drift", "Park", "Park A"), (4, "Jon Ask", "Stab", "Løn", "Løn 1"),
        (5, "Kim Dal", "Stab", "Løn", "Løn 1")])
    assert departments(listing) == ["Vej", "Vej", "Park", "Løn", "Løn"]


def test_a_constant_column_is_not_the_department_when_another_varies(tmp_path: Path) -> None:
    """The company's name on every row left of the departments."""
    listing = read(tmp_path, [
        ("Enhed", "Medarbejdernr.", "Navn", "Afdeling"),
        ("Koncern A/S", 1, "Ane Bak", "Salg"), ("Koncern A/S", 2, "Bo Lind", "Salg"),
        ("Koncern A/S", 3, "Eva Ry", "IT")])
    assert departments(listing) == ["Salg", "Salg", "IT"]


def test_a_constant_column_that_is_the_only_unit_column_stays_the_department(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling"),
        (1, "Ane Bak", "Økonomi"), (2, "Bo Lind", "Økonomi"), (3, "Eva Ry", "Økonomi")])
    assert departments(listing) == ["Økonomi"] * 3


def test_unit_columns_that_cross_are_no_levels(tmp_path: Path) -> None:
    """Afdeling and Team cross (one team in two departments): not a chain; said as before."""
    listing = read(tmp_path, [
        ("Nr", "Navn", "Afdeling", "Team"),
        (1, "Ane Bak", "Salg", "Nord"), (2, "Bo Lind", "Salg", "Syd"),
        (3, "Eva Ry", "Drift", "Nord"), (4, "Jon Ask", "Drift", "Syd")])
    assert not any("unit levels" in n.what for n in listing.notes)
    assert departments(listing) == ["Salg", "Salg", "Drift", "Drift"]


def test_nested_levels_by_the_cells() -> None:
    top = ["A", "A", "A", "B"]
    middle = ["A1", "A1", "A2", "B1"]
    low = ["A1x", "A1y", "A2x", "B1x"]
    assert nested_levels({4: low, 0: top, 2: middle}) == [0, 2, 4]
    # a level of as many values as the finest: no single finest column
    assert nested_levels({0: middle, 1: ["m", "m", "n", "o"]}) is None
    # codes only at the finest: the name beside them decides, not their depth
    assert nested_levels({0: top, 1: ["11", "12", "13", "21"]}) is None
    # one column alone is no levels
    assert nested_levels({0: low}) is None
    # a finer value under two coarser ones does not nest
    assert nested_levels({0: ["A", "B", "A", "B"], 1: ["x", "x", "y", "z"]}) is None


@pytest.mark.parametrize(("top", "low"), [("Afdeling", "Underafdeling"),
                                          ("Department", "Sub-department"),
                                          ("Enhed", "Underenhed")])
def test_a_sub_level_of_the_department_is_the_department(tmp_path: Path, top: str,
                                                         low: str) -> None:
    """"Underafdeling" under "Afdeling" is headed as plainly (the department's own finer
    level): the finest filled, the directors without one in their Afdeling."""
    listing = read(tmp_path, [
        ("Nr", "Navn", top, low), (1, "Ane Bak", "Produktion", None),
        (2, "Bo Lind", "Produktion", "Linje 1"), (3, "Eva Ry", "Produktion", "Linje 2"),
        (4, "Jon Ask", "Salg", None), (5, "Kim Dal", "Salg", "DACH"),
        (6, "Lis Holm", "Salg", "Nordics"), (7, "Ole Bo", "Salg", "DACH")])
    assert departments(listing) == ["Produktion", "Linje 1", "Linje 2", "Salg", "DACH",
                                    "Nordics", "DACH"]
