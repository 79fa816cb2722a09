"""A leader column that names each row's unit leader (a unit's leader names themselves), beside
a column of the unit above: the unit leader's own leader is the leader of the unit above."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)
HEAD = ("Navn", "Tjenestenummer", "Enhed", "Overordnet enhed", "Leder af enheden",
        "Leders e-mail")


def _rows() -> list[tuple[object, ...]]:
    return [HEAD,
            ("Hamza Öztürk", 1, "Teknik og Miljø", "Nordfjord Kommune", "Hamza Öztürk", "ho@n.dk"),
            ("Susanne Holm", 2, "Teknik og Miljø", "Nordfjord Kommune", "Hamza Öztürk", "ho@n.dk"),
            ("Niels Thomsen", 3, "Vej og Park", "Teknik og Miljø", "Niels Thomsen", "nt@n.dk"),
            ("Peter Krog", 4, "Vej og Park", "Teknik og Miljø", "Niels Thomsen", "nt@n.dk"),
            ("Piotr Nowak", 5, "Grønne områder", "Vej og Park", "Piotr Nowak", "pn@n.dk"),
            ("Bo Jensen", 6, "Grønne områder", "Vej og Park", "Piotr Nowak", "pn@n.dk"),
            ("Ane Kjær", 7, "Byggeri", "Teknik og Miljø", "Ane Kjær", "ak@n.dk"),
            ("Tina Lund", 8, "Byggeri", "Teknik og Miljø", "Ane Kjær", "ak@n.dk")]


def test_a_unit_leader_is_led_by_the_leader_of_the_unit_above(tmp_path: Path) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "os2mo.xlsx", {"Ark1": _rows()}),
                                 today=TODAY)
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got == {"1": ("", ""), "2": ("Hamza Öztürk", "ho@n.dk"),
                   "3": ("Hamza Öztürk", "ho@n.dk"), "4": ("Niels Thomsen", "nt@n.dk"),
                   "5": ("Niels Thomsen", "nt@n.dk"), "6": ("Piotr Nowak", "pn@n.dk"),
                   "7": ("Hamza Öztürk", "ho@n.dk"), "8": ("Ane Kjær", "ak@n.dk")}
    [note] = [n for n in listing.notes if n.kind == "parent-unit-leader"]
    assert '"Overordnet enhed"' in note.what and note.rows == (4, 6, 8)


def test_without_a_column_of_units_above_a_self_named_leader_has_none(tmp_path: Path) -> None:
    rows = [tuple(v for i, v in enumerate(r) if i != 3) for r in _rows()]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert {e.number: e.leader for e in listing.employees}["3"] == ""
    assert "parent-unit-leader" not in {n.kind for n in listing.notes}


def test_a_column_that_varies_inside_a_unit_is_no_unit_above(tmp_path: Path) -> None:
    """A "Lokation" that differs between two people of one unit says nothing of the tree."""
    rows = _rows()
    rows[4] = (*rows[4][:3], "Byggeri", *rows[4][4:])
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert {e.number: e.leader for e in listing.employees}["3"] == ""


def test_a_column_of_own_leaders_filled_only_for_the_unit_leaders(tmp_path: Path) -> None:
    """A grouped report: the unit, its leader and the leader's address on the group's first
    row; the unit leader's own leader in "Egen leder", filled in on their rows only, with the
    address the list gives that leader on the rows they lead (exports43)."""
    rows = [("Afdeling", "Leder", "Leder e-mail", "Nr.", "Navn", "Egen leder"),
            ("Ledelse", "Jakob Rask", "jr@v.dk", 1816, "Jakob Rask", None),
            (None, None, None, 2085, "Fatima Amin", None),
            (None, None, None, 1954, "Piotr Nowak", None),
            ("Terminal Esbjerg", "Mikkel Bøgh", "mb@v.dk", 1820, "Mikkel Bøgh", "Jakob Rask"),
            (None, None, None, 1889, "Anders Holm", None),
            (None, None, None, 2036, "Anders Olsen", None),
            ("Terminal Kolding", "Karen Juul", "kj@v.dk", 1824, "Karen Juul", "Jakob Rask"),
            (None, None, None, 1866, "Anne Pedersen", None),
            (None, None, None, 2053, "Bjørg Bach", None)]
    listing = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Rapport": rows}),
                                 today=TODAY)
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["1816"] == ("Ledelse", "", "")
    assert got["1820"] == ("Terminal Esbjerg", "Jakob Rask", "jr@v.dk")
    assert got["1824"] == ("Terminal Kolding", "Jakob Rask", "jr@v.dk")
    assert got["2053"] == ("Terminal Kolding", "Karen Juul", "kj@v.dk")
    assert [n.rows for n in listing.notes if n.kind == "own-leader-column"] == [(5, 8)]


def test_a_unit_leader_column_beside_the_level_above(tmp_path: Path) -> None:
    """ "Enhedsleder" names each unit's leader (themselves on their own row), "Områdechef" the
    leader above on every row: the unit leaders are led by the area chief, the rest by their
    unit's leader, said; before, the two columns refused the list (exports44)."""
    rows = [("Medarbejdernr", "Navn", "Enhed", "Enhedsleder", "Enhedsleders e-mail",
             "Områdechef"),
            (1, "Niels Holm", "Områdeledelse", "Niels Holm", "nh@h.dk", "Niels Holm"),
            (2, "Ebbe Dam", "Områdeledelse", "Niels Holm", "nh@h.dk", "Niels Holm"),
            (3, "Frida Krog", "Solgården", "Frida Krog", "fk@h.dk", "Niels Holm"),
            (4, "Freja Bach", "Solgården", "Frida Krog", "fk@h.dk", "Niels Holm"),
            (5, "Ole Ravn", "Hjemmeplejen", "Ole Ravn", "or@h.dk", "Niels Holm"),
            (6, "Ida Lund", "Hjemmeplejen", "Ole Ravn", "or@h.dk", "Niels Holm")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ældre": rows}), today=TODAY)
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1", "", ""), ("2", "Niels Holm", "nh@h.dk"), ("3", "Niels Holm", "nh@h.dk"),
        ("4", "Frida Krog", "fk@h.dk"), ("5", "Niels Holm", "nh@h.dk"),
        ("6", "Ole Ravn", "or@h.dk")]
    kinds = {n.kind for n in listing.notes}
    assert {"leader-levels", "own-leader-column"} <= kinds


def test_two_leader_columns_that_are_no_levels_still_refuse(tmp_path: Path) -> None:
    """The same columns where "Områdechef" is not the level above the unit leader on every
    row: which one leads cannot be told, so the list is refused as before."""
    rows = [("Medarbejdernr", "Navn", "Enhed", "Enhedsleder", "Områdechef"),
            (1, "Niels Holm", "Områdeledelse", "Niels Holm", "Niels Holm"),
            (3, "Frida Krog", "Solgården", "Frida Krog", "Niels Holm"),
            (4, "Freja Bach", "Solgården", "Frida Krog", "Ole Ravn"),
            (5, "Ole Ravn", "Hjemmeplejen", "Ole Ravn", "Niels Holm"),
            (6, "Ida Lund", "Hjemmeplejen", "Ole Ravn", "Frida Krog")]
    with pytest.raises(SpreadsheetError, match="Two columns could be the leader"):
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


def test_levels_of_leaders_where_the_name_stands_in_two_columns(tmp_path: Path) -> None:
    """Tamigo's shops: first and last name apart, "Afdelingsleder" the shop's manager on every
    row of the shop (her own too), "Områdechef" above, empty at the head office (exports35)."""
    rows = [("Medarbejdernr", "Fornavn", "Efternavn", "Afdeling", "Afdelingsleder",
             "Områdechef"),
            (2001, "Flemming", "Kjær", "Hovedkontor", "Flemming Kjær", None),
            (2176, "Kim", "Dahl", "Hovedkontor", "Flemming Kjær", None),
            (2301, "Sara", "Holm", "Butik Vejle", "Sara Holm", "Kim Dahl"),
            (2302, "Ida", "Lund", "Butik Vejle", "Sara Holm", "Kim Dahl"),
            (2401, "Ole", "Ravn", "Butik Kolding", "Ole Ravn", "Kim Dahl"),
            (2402, "Eva", "Bak", "Butik Kolding", "Ole Ravn", "Kim Dahl")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("2001", ""), ("2176", "Flemming Kjær"), ("2301", "Kim Dahl"), ("2302", "Sara Holm"),
        ("2401", "Kim Dahl"), ("2402", "Ole Ravn")]
