"""A small sheet beside the list that gives the addresses of people on it (a school's
"Ledelse": initials, name, title, mail), where the list has none: used when each of its rows
names one person on the list, by full name and by any ID it gives; never where it contradicts
the list or itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

STAFF = [("Lønnr.", "Initialer", "Navn", "Team", "Ledelse (init.)"),
         (1001, "RALOE", "Rasmus Løvgreen", "Rektorat", None),
         (1002, "JESOE", "Jens Sønderby", "Naturvidenskab", "RALOE"),
         (1003, "LAEBE", "Lærke Bech", "Naturvidenskab", "JESOE"),
         (1004, "VIMOE", "Vibeke Mølgaard", "Naturvidenskab", "JESOE")]


def read(tmp_path: Path, leaders: Sequence[Sequence[Any]], staff: Sequence[Sequence[Any]] = STAFF
         ) -> Any:
    path = write_xlsx(tmp_path / "g.xlsx", {"Ansatte": staff, "Ledelse": leaders})
    return read_employee_list(path, today=dt.date(2026, 12, 5))


def leader_emails(listing: Any) -> list[str]:
    return [e.leader_email for e in listing.employees]


def test_the_leaders_sheet_gives_the_leaders_addresses(tmp_path: Path) -> None:
    listing = read(tmp_path, [("Initialer", "Navn", "Titel", "Mail"),
                              ("RALOE", "Rasmus Løvgreen", "Rektor", "raloe@fredgym.dk"),
                              ("JESOE", "Jens Sønderby", "Uddannelsesleder", "jesoe@fredgym.dk")])
    assert leader_emails(listing) == ["", "raloe@fredgym.dk", "jesoe@fredgym.dk",
                                      "jesoe@fredgym.dk"]
    assert [e.email for e in listing.employees][:2] == ["raloe@fredgym.dk", "jesoe@fredgym.dk"]
    [note] = [n for n in listing.notes if n.kind == "sheet-emails"]
    assert note.what.startswith("The list has no e-mail address for 2 of its people (rows 2 "
                                'and 3); the sheet "Ledelse" gives theirs')
    assert not [w for w in listing.warnings if w.kind == "other-sheet"]


def test_a_sheet_whose_initials_and_name_are_two_people_is_not_used(tmp_path: Path) -> None:
    listing = read(tmp_path, [("Initialer", "Navn", "Mail"),
                              ("RALOE", "Rasmus Løvgreen", "raloe@fredgym.dk"),
                              ("LAEBE", "Jens Sønderby", "jesoe@fredgym.dk")])
    assert leader_emails(listing) == ["", "", "", ""]
    assert not [n for n in listing.notes if n.kind == "sheet-emails"]


def test_a_sheet_that_gives_someone_another_address_than_the_list_is_not_used(
        tmp_path: Path) -> None:
    staff = [(*STAFF[0], "E-mail"), *((*r, None) for r in STAFF[1:3]),
             (*STAFF[3], "lb@fredgym.dk"), (*STAFF[4], None)]
    listing = read(tmp_path, [("Navn", "Mail"), ("Jens Sønderby", "jesoe@fredgym.dk"),
                              ("Lærke Bech", "laerke.bech@privat.dk")], staff)
    assert leader_emails(listing) == ["", "", "", ""]


def test_a_name_two_people_on_the_list_share_gets_no_address(tmp_path: Path) -> None:
    staff = [*STAFF, (1005, "JESO2", "Jens Sønderby", "Sprog", "RALOE")]
    listing = read(tmp_path, [("Navn", "Mail"), ("Rasmus Løvgreen", "raloe@fredgym.dk"),
                              ("Jens Sønderby", "jesoe@fredgym.dk")], staff)
    assert [e.email for e in listing.employees] == ["raloe@fredgym.dk", "", "", "", ""]


def test_private_addresses_on_another_sheet_are_never_taken(tmp_path: Path) -> None:
    listing = read(tmp_path, [("Navn", "Privat mail"), ("Rasmus Løvgreen", "rasmus@gmail.com"),
                              ("Jens Sønderby", "jens.s@hotmail.dk")])
    assert [e.email for e in listing.employees] == ["", "", "", ""]
