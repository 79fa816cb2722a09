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
            (310, "Ib Lund", "Torvet", "Sal", floor_b),
            (311, "Ole Vin", "Torvet", "Vinbar", "Tina Møller")]


def _read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Medarbejdere": rows}),
                              today=dt.date(2026, 12, 7))


def test_the_same_units_at_several_restaurants_are_each_restaurants(tmp_path: Path) -> None:
    listing = _read(tmp_path, _rows("Rasmus Vest", "Amina Yusuf"))
    assert {e.number: e.department for e in listing.employees} == {
        "301": "Hovedkontor", "302": "Havnen Køkken", "303": "Havnen Sal",
        "304": "Torvet Køkken", "305": "Torvet Sal", "307": "Havnen Køkken",
        "308": "Havnen Sal", "309": "Torvet Køkken", "310": "Torvet Sal",
        "311": "Torvet Vinbar"}  # (a unit at one place only is named as the others are)
    [note] = [n for n in listing.notes if n.kind == "units-at-sites"]
    assert '"Område" Køkken, Sal are found at several of the places in "Restaurant"' in \
        note.what


def test_a_unit_one_leader_leads_at_two_places_stays_one(tmp_path: Path) -> None:
    """The kitchens at both places under one head chef: the places are no units' own."""
    listing = _read(tmp_path, _rows("Tina Ærenlund", "Tina Knudsen"))
    assert {e.number: e.department for e in listing.employees}["309"] == "Køkken"
    assert not [n for n in listing.notes if n.kind == "units-at-sites"]


def test_a_column_of_profiles_that_crosses_the_units_is_no_place(tmp_path: Path) -> None:
    """Veeva's "security_profile__v": the heads of the departments are "business_admin__v",
    their staff "document_user__v", so each department has other leaders under each profile;
    but a head's leader (the CEO) is no business admin: the profiles are no places."""
    head = ("id", "employee_number__c", "Navn", "department__c", "manager__v",
            "security_profile__v")
    rows = [head, ("1017489", "1", "Mikkel Holm", "Ledelse", None, "vault_owner__v"),
            ("1017525", "2", "Thomas Bæk", "QA", "1017489", "business_admin__v"),
            ("1017570", "3", "Eva Dam", "RA", "1017489", "business_admin__v"),
            ("1017601", "4", "Ib Lund", "QA", "1017525", "document_user__v"),
            ("1017602", "5", "Ole Krog", "RA", "1017570", "document_user__v"),
            ("1017603", "6", "Sif Lind", "QA", "1017525", "document_user__v"),
            ("1017604", "7", "Bo Ravn", "RA", "1017570", "document_user__v")]
    listing = _read(tmp_path, rows)
    assert {e.department for e in listing.employees} == {"Ledelse", "QA", "RA"}
    assert not [n for n in listing.notes if n.kind == "units-at-sites"]


def test_a_places_own_leadership_keeps_its_name(tmp_path: Path) -> None:
    rows = [*_rows("Rasmus Vest", "Amina Yusuf")[:1],
            (300, "Lis Top", "Hovedkontor", None, None),
            (301, "Tina Møller", "Torvet", "Ledelse", "Lis Top"),
            *[r for r in _rows("Rasmus Vest", "Amina Yusuf")[2:] if r[0] != 311]]
    got = {e.number: e.department for e in _read(tmp_path, rows).employees}
    assert got["301"] == "Ledelse" and got["309"] == "Torvet Køkken"
