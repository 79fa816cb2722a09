"""The same unit names at several places: a restaurant group's "Restaurant" beside "Område"
(Køkken and Sal at each). Each such unit, led by others at each place, is the place's unit;
one unit that spans two buildings under one leader stays one unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

HEAD = ("Lønnr", "Navn", "Restaurant", "Område", "Leder")


def _rows(kitchen_b: str, floor_b: str) -> list[tuple[Any, ...]]:
    return [HEAD, (301, "Tina Møller", "Hovedkontor", None, None),
            (302, "Tina Ærenlund", "Havnen", "Køkken", "Tina Møller"),
            (303, "Tina Knudsen", "Havnen", "Sal", "Tina Møller"),
            (304, "Rasmus Vest", "Torvet", "Køkken", "Tina Møller"),
            (305, "Amina Yusuf", "Torvet", "Sal", "Tina Møller"),
            (307, "Darius Kaz", "Havnen", "Køkken", "Tina Ærenlund"),
            (308, "Ole Bak", "Havnen", "Sal", "Tina Knudsen"),
            (309, "Eva Dam", "Torvet", "Køkken", kitchen_b),
            (310, "Ib Lund", "Torvet", "Sal", floor_b)]


def _read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Medarbejdere": rows}),
                              today=dt.date(2026, 12, 7))


def test_the_same_units_at_several_restaurants_are_each_restaurants(tmp_path: Path) -> None:
    listing = _read(tmp_path, _rows("Rasmus Vest", "Amina Yusuf"))
    assert {e.number: e.department for e in listing.employees} == {
        "301": "Hovedkontor", "302": "Havnen – Køkken", "303": "Havnen – Sal",
        "304": "Torvet – Køkken", "305": "Torvet – Sal", "307": "Havnen – Køkken",
        "308": "Havnen – Sal", "309": "Torvet – Køkken", "310": "Torvet – Sal"}
    [note] = [n for n in listing.notes if n.kind == "units-at-sites"]
    assert '"Område" are found at several of the places in "Restaurant"' in note.what


def test_a_unit_one_leader_leads_at_two_places_stays_one(tmp_path: Path) -> None:
    """The kitchens at both places under one head chef: the places are no units' own."""
    listing = _read(tmp_path, _rows("Tina Ærenlund", "Tina Knudsen"))
    assert {e.number: e.department for e in listing.employees}["309"] == "Køkken"
    assert not [n for n in listing.notes if n.kind == "units-at-sites"]
