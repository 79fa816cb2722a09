"""Leaders given by initials, with a key beside the list ("JB = Jørgen Bæk, jb@…"): read as
the name and address the key gives, said; a key the leader column does not use, or one that
gives initials two meanings, changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

STAFF = [("Nr.", "Navn", "Fag", "Leder"), (1, "Jørgen Bæk", "Ledelse", None),
         (2, "Lise Frølund", "Strygere", "JB"), (3, "Bent Tøttrup", "Strygere", "JB"),
         (4, "Åse Bæk", "Rytmisk", "JB"), (5, "Trine Kragh", "Rytmisk", "ÅB")]


def read(tmp_path: Path, below: Sequence[Sequence[Any]]) -> Any:
    rows = [*STAFF, (), *below]
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 12, 5))


def test_a_key_under_the_list_gives_the_leaders_initials_their_names(tmp_path: Path) -> None:
    listing = read(tmp_path, [("Ledere:",), ("JB = Jørgen Bæk, jb@musikskole.dk",),
                              ("ÅB: Åse Bæk",), ("XY = Nogen Andre",)])
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Jørgen Bæk", "jb@musikskole.dk"), ("Jørgen Bæk", "jb@musikskole.dk"),
        ("Jørgen Bæk", "jb@musikskole.dk"), ("Åse Bæk", "")]
    [note] = [n for n in listing.notes if n.kind == "initials-key"]
    assert note.what.startswith("The leaders given by initials (JB, ÅB) are read as the lines "
                                "in rows 9 and 10 name them")


def test_a_key_that_gives_initials_two_meanings_is_not_read(tmp_path: Path) -> None:
    listing = read(tmp_path, [("JB = Jørgen Bæk",), ("JB = Jens Brun",)])
    assert {e.leader for e in listing.employees} == {"", "JB", "ÅB"}


def test_a_sheet_of_the_leaders_initials_names_and_addresses(tmp_path: Path) -> None:
    """The leaders are not on the list; a small sheet gives each one's initials, name and
    address: the leader given as "FMØ" is that person, said, and the sheet is no second list."""
    staff = [("Lønnr", "Navn", "Stue", "Leder"), (903, "Mikkel Quist", "Skovbrynet", "FMØ"),
             (904, "Hanne Møller", "Skovbrynet", "FMØ"), (912, "Sofie Sand", "Mælkebøtten", "NQU")]
    leaders = [("Initialer", "Navn", "Mail", "Funktion"),
               ("FMØ", "Freja Mørch", "freja.moerch@tonder.dk", "Pædagogisk leder"),
               ("NQU", "Niels Quist", "niels.quist@tonder.dk", "Pædagogisk leder")]
    path = write_xlsx(tmp_path / "d.xlsx", {"Medarbejdere": staff, "Ledere": leaders})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("Freja Mørch", "freja.moerch@tonder.dk"), ("Freja Mørch", "freja.moerch@tonder.dk"),
        ("Niels Quist", "niels.quist@tonder.dk")]
    [note] = [n for n in listing.notes if n.kind == "initials-key"]
    assert 'read as the sheet "Ledere" name them' in note.what
    assert not [w for w in listing.warnings if w.kind == "other-sheet"]
