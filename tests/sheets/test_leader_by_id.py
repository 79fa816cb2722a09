"""A leader given by an ID as well as a name, or by a user name written as an address: the ID
finds the person by whatever column of the list holds it, and a name and an ID that find two
different people refuse the list (never one of them taken)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 11, 27))


def refused(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> str:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, rows)
    return str(caught.value)


def leaders(listing: Any) -> list[tuple[str, str, str]]:
    return [(e.number, e.leader, e.leader_email) for e in listing.employees]


def test_a_leader_given_by_a_user_principal_name_kept_as_the_user_name(tmp_path: Path) -> None:
    # the user name column holds addresses that are not the people's mail
    listing = read(tmp_path, [
        ("Lønnr.", "Navn", "Brugernavn", "E-mail", "Afdeling", "Nærmeste leder (brugernavn)"),
        (1, "Asger Lykke", "as2350@randers.dk", "asger.lykke@randers.dk", "Direktion", None),
        (2, "Trine Brix", "tr6984@randers.dk", "trine.brix@randers.dk", "Sekretariat",
         "as2350@randers.dk"),
        (3, "Bjørn Madsen", "bj4389@randers.dk", "bjoern.madsen@randers.dk", "Sekretariat",
         "TR6984@randers.dk")])
    assert leaders(listing) == [("1", "", ""), ("2", "Asger Lykke", "asger.lykke@randers.dk"),
                                ("3", "Trine Brix", "trine.brix@randers.dk")]
    assert not [w for w in listing.warnings if w.kind == "leader-missing"]


HEAD = ("Tjenestenr", "Navn", "Afdeling", "Leder (tjenestenr)")


def test_a_name_with_its_number_under_a_leader_number_header_is_read(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        HEAD, (61100, "Mads Hjorth", "Børn og Unge", None),
        (61103, "Freja Lund", "PPR", "Mads Hjorth (61100)"),
        (61106, "Ulla Krøyer", "PPR", "Freja Lund (61103)"),
        (61109, "Anne Lund", "PPR", "Freja Lund (61103)")])
    assert [(n, name) for n, name, _ in leaders(listing)] == [
        ("61100", ""), ("61103", "Mads Hjorth"), ("61106", "Freja Lund"), ("61109", "Freja Lund")]
    assert [e.leader_number for e in listing.employees] == ["", "61100", "61103", "61103"]


def test_a_name_and_a_number_that_find_two_people_refuse_the_list(tmp_path: Path) -> None:
    said = refused(tmp_path, [
        HEAD, (61100, "Mads Hjorth", "Børn og Unge", None),
        (61112, "Poul Holm", "PPR", "Mads Hjorth (61100)"),
        (61124, "Ulla Sønderby", "Sundhedsplejen", "Mads Hjorth (61100)"),
        (61127, "Søren Lykke", "Sundhedsplejen", "Ulla Sønderby (61112)"),
        (61130, "Bent Løvgreen", "Sundhedsplejen", "Ulla Sønderby (61124)")])
    assert 'row 5, column "Leder (tjenestenr)": The leader "Ulla Sønderby (61112)" (row 5) is ' \
        "given by a name and a number (or ID) that find two different people in the list " \
        "(employees 61112 and 61124)" in said
    assert "Correct the name or the number" in said
    assert "(61124)" not in said.split("61112 and 61124")[1]  # the row that agrees is fine


def test_a_leader_column_and_a_leader_number_column_that_disagree_refuse(tmp_path: Path) -> None:
    said = refused(tmp_path, [
        ("Lønnr", "Navn", "Afdeling", "Leder", "Leders lønnr"),
        (10, "Hanne Kjær", "Direktion", None, None),
        (11, "Ole Dam", "Drift", "Hanne Kjær", 10),
        (12, "Eva Bro", "Drift", "Ole Dam", 10)])
    assert 'The leader "Ole Dam" (row 4) is given by a name and a number (or ID) that find ' \
        "two different people in the list (employees 10 and 11)" in said


def test_a_name_with_the_initials_it_is_known_by_still_finds_one_person(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Lønnr", "Navn", "Initialer", "Afdeling", "Leder"),
        (10, "Hanne Kjær", "HKJ", "Direktion", None),
        (11, "Ole Dam", "OD", "Drift", "Hanne Kjær (HKJ)"),
        (12, "Eva Bro", "EB", "Drift", "Ole Dam (OD)")])
    assert [name for _, name, _ in leaders(listing)] == ["", "Hanne Kjær", "Ole Dam"]


@pytest.mark.parametrize("cell", ["Poul Brøndum – peb@brondum.dk", "Poul Brøndum, peb@brondum.dk",
                                  "Poul Brøndum (peb@brondum.dk)", "peb@brondum.dk (Poul Brøndum)",
                                  "Poul Brøndum <peb@brondum.dk>"])
def test_a_leader_cell_of_a_name_and_an_address_gives_both(tmp_path: Path, cell: str) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Afdeling", "Leder", "Egen mail"),
        (11, "Mikkel Grønbæk", "Direktion", cell, "mgr@fonden.dk"),
        (12, "Thøger Fog", "Projekter", "Mikkel Grønbæk – mgr@fonden.dk", "tfo@fonden.dk")])
    assert leaders(listing) == [("11", "Poul Brøndum", "peb@brondum.dk"),
                                ("12", "Mikkel Grønbæk", "mgr@fonden.dk")]


ALIAS = ("ID", "Name", "Team", "Email", "Manager")


def test_an_address_nobody_has_finds_the_one_person_whose_name_it_spells(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ALIAS, ("E1", "Jakob Vinther", "Ledelse", "jv@pixel.dk", None),
        ("E2", "Søren Juul", "Udvikling", "sj@pixel.dk", "jakob@pixel.dk"),
        ("E3", "Gry Thygesen", "Udvikling", "gt@pixel.dk", "soeren.juul@pixel.dk"),
        ("E4", "Ida Kjær", "Udvikling", "ik@pixel.dk", "jakob@andet.dk")])
    assert leaders(listing)[:3] == [("E1", "", ""), ("E2", "Jakob Vinther", "jv@pixel.dk"),
                                    ("E3", "Søren Juul", "sj@pixel.dk")]
    assert leaders(listing)[3][1] != "Jakob Vinther"  # another domain's address is nobody here
    loose = [w.what for w in listing.warnings if w.kind == "leader-loose"]
    assert any('"jakob@pixel.dk"' in w and "Jakob Vinther (employee E1)" in w for w in loose)


def test_an_address_that_spells_a_name_two_people_have_refuses(tmp_path: Path) -> None:
    said = refused(tmp_path, [
        ALIAS, ("E1", "Jakob Vinther", "Ledelse", "jv@pixel.dk", None),
        ("E2", "Lene Holm", "Udvikling", "lh@pixel.dk", "jv@pixel.dk"),
        ("E3", "Lene Bach", "Support", "lb@pixel.dk", "jv@pixel.dk"),
        ("E4", "Gry Thygesen", "Udvikling", "gt@pixel.dk", "lene@pixel.dk")])
    assert 'The leader "lene@pixel.dk" (row 5) is no address on the list, and the name it ' \
        "spells fits several people in it (employees E2 and E3)" in said


def test_a_number_and_a_name_under_a_leader_number_header_is_read(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Tjenestenr.", "Medarbejder", "Organisationsenhed", "Leder (tjenestenr. - navn)"),
        (61001, "Høj, Rikke", "Teknik og Miljø", None),
        (61002, "Overgaard, Kirsten", "Vej og Park", "61001 - Rikke Høj"),
        (61003, "Holm, Kirsten", "Vej og Park", "61002 - Kirsten Overgaard")])
    assert [name for _, name, _ in leaders(listing)] == ["", "Rikke Høj", "Kirsten Overgaard"]


@pytest.mark.parametrize("cell", ["Jørgen Sand → Sofie Krog pr. 1/8", "Sofie Krog fra 1.1.2027",
                                  "Sofie Krog (fra 15. december)",
                                  "Sofie Krog, før Jørgen Sand 1/8"])
def test_a_change_of_leader_written_with_a_date_is_refused(tmp_path: Path, cell: str) -> None:
    said = refused(tmp_path, [
        ("Nr.", "Navn", "Afdeling", "Leder"), (70, "Jørgen Sand", "Klinik", None),
        (71, "Sofie Krog", "Klinik", "Jørgen Sand"), (76, "Ida Holm", "Klinik", cell),
        (77, "Eva Bro", "Klinik", cell)])
    assert f'row 4, column "Leder": The leader "{cell}" (rows 4 and 5) is written with a date' \
        in said


@pytest.mark.parametrize("cell", ["Sofie Krog (fra 1/11)", "Sofie Krog fra 1.11.2026",
                                  "Sofie Krog (fra 1. november)", "Sofie Krog pr. 1/8"])
def test_one_leader_with_the_day_they_lead_from_that_has_come_is_read(tmp_path: Path,
                                                                    cell: str) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Afdeling", "Leder"), (70, "Jørgen Sand", "Klinik", None),
        (71, "Sofie Krog", "Klinik", "Jørgen Sand"), (76, "Ida Holm", "Klinik", cell)])
    assert [name for _, name, _ in leaders(listing)] == ["", "Jørgen Sand", "Sofie Krog"]
    [note] = [n for n in listing.notes if n.kind == "leader-since"]
    assert note.what == f'The leader "{cell}" (row 4) is read as "Sofie Krog": the day beside ' \
        "the name has come."


def test_a_leader_key_that_joins_a_code_and_a_number_of_their_row(tmp_path: Path) -> None:
    """SD Løn's 'Leder (inst.-tjnr.)': "FM21-00416" is the row of number 00416 whose
    institution code is FM21; a joined key whose parts do not meet on one row finds nobody."""
    path = write_xlsx(tmp_path / "sd.xlsx", {"Personale": [
        ("Inst.kode", "Tjenestenr", "Navn", "E-mail", "Leder (inst.-tjnr.)"),
        ("FM01", "00412", "Ejnar Lund", "ejlu@f.dk", None),
        ("FM21", "00416", "Jørgen Fog", "jofo@f.dk", "FM01-00412"),
        ("FM21", "00417", "Jette Dahl", "jeda@f.dk", "FM21-00416"),
        ("FM21", "00422", "Rikke Friis", "rifr@f.dk", "FM21/00416"),
        ("FM21", "00425", "Maja Kragh", "makr@f.dk", "FM22-00416")]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("00412", "", ""), ("00416", "Ejnar Lund", "ejlu@f.dk"),
        ("00417", "Jørgen Fog", "jofo@f.dk"), ("00422", "Jørgen Fog", "jofo@f.dk"),
        ("00425", "", "")]
    assert "leader-joined-key" in {n.kind for n in listing.notes}


def test_leaders_given_only_as_positions_nobody_holds_are_refused(tmp_path: Path) -> None:
    """"Overordnet stilling" of position codes, and no column of each person's own position:
    the list says who leads whom in a way mus cannot read; the job titles are not guessed
    from instead."""
    rows = [("Medarbejdernr", "Navn", "Afdeling", "Stilling", "Overordnet stilling"),
            (30156, "João Silva", "Borgerservice og Ydelse", "Chef for Borgerservice", None),
            (30858, "Tina Holm", "Borgerservice", "Afdelingsleder", "S-45701"),
            (31844, "Sofie Mortensen", "Borgerservice", "Medarbejder", "S-42164"),
            (39314, "Marianne Nielsen", "Borgerservice", "Medarbejder", "S-42164"),
            (37694, "Hans Søndergaard", "Opkrævning", "Afdelingsleder", "S-45701"),
            (31954, "Gry Bøgh", "Opkrævning", "Medarbejder", "S-41180")]
    with pytest.raises(SpreadsheetError, match=r'The column "Overordnet stilling" gives each '
                       r"employee's leader as a position \(\"S-45701\"\)"):
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 12, 6))


def test_a_leader_by_address_outside_the_organisation_gets_no_form(tmp_path: Path) -> None:
    """Expensify: the director's reports go to the outside accountant ("Submits To"). An
    address at a domain nobody on the list has, where the other leaders are on the list, is
    no leader here: no leader's form or mail leaves the organisation, warned. One on the
    list's own domain is a leader not on the list, as before."""
    head = ("Email", "First Name", "Last Name", "Role", "Submits To", "Approves To",
            "Employee ID")
    rows = [head, ("anna@sky.dk", "Anna", "Kjær", "admin", "mette@revision-fyn.dk", None, 10),
            ("ole@sky.dk", "Ole", "Thomsen", "admin", "anna@sky.dk", "anna@sky.dk", 13),
            ("aase@sky.dk", "Åse", "Pedersen", "user", "ole@sky.dk", None, 33),
            ("emil@sky.dk", "Emil", "Iversen", "user", "ole@sky.dk", None, 16),
            ("ida@sky.dk", "Ida", "Holm", "user", "anna@sky.dk", None, 17)]
    listing = read(tmp_path, rows)
    assert leaders(listing) == [("10", "", ""), ("13", "Anna Kjær", "anna@sky.dk"),
                                ("33", "Ole Thomsen", "ole@sky.dk"),
                                ("16", "Ole Thomsen", "ole@sky.dk"),
                                ("17", "Anna Kjær", "anna@sky.dk")]
    [warning] = [w for w in listing.warnings if w.kind == "leader-external"]
    assert '"mette@revision-fyn.dk" (row 2)' in warning.what
    rows[1] = (*rows[1][:4], "bo@sky.dk", *rows[1][5:])
    listing = read(tmp_path, rows)
    assert leaders(listing)[0] == ("10", "bo@sky.dk", "bo@sky.dk")
    assert not [w for w in listing.warnings if w.kind == "leader-external"]
