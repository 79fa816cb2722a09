"""A column headed as the name that holds user names or initials (Active Directory's Name/CN,
a portal's login) beside first and last name: the person's name is first and last name, and
the handles only find leaders. A name column of real names stays the name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def _read(path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    listing = read_employee_list(path, today=TODAY)
    return ([(e.number, e.name, e.leader) for e in listing.employees],
            [n.what for n in listing.notes if n.kind == "alias-name"])


def test_ad_names_that_are_initials_and_a_manager_dn(tmp_path: Path) -> None:
    path = tmp_path / "ad.csv"
    path.write_text(
        "Name,GivenName,Surname,EmployeeID,Manager\n"
        "mkj,Mette,Kjær,11,\n"
        "aho,Anders,Holm,12,\"CN=mkj,OU=Users,DC=corp,DC=local\"\n"
        "lbe,Lise,Bech,13,\"CN=mkj,OU=Users,DC=corp,DC=local\"\n"
        "pso,Peter,Sørensen,14,\"CN=aho,OU=Users,DC=corp,DC=local\"\n", encoding="utf-8")
    people, notes = _read(path)
    assert people == [("11", "Mette Kjær", ""), ("12", "Anders Holm", "Mette Kjær"),
                      ("13", "Lise Bech", "Mette Kjær"), ("14", "Peter Sørensen", "Anders Holm")]
    assert notes == ['The name is first and last name; "Name" (column A) holds user names or '
                     'initials ("mkj"), used only to find leaders.']


def test_a_portal_login_in_the_name_column_english(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "portal.xlsx", {"Users": [
        ("Employee ID", "Name", "First name", "Last name", "Manager"),
        (501, "ann.smith", "Ann", "Smith", ""),
        (502, "bob.jones", "Bob", "Jones", "ann.smith"),
        (503, "cat.brown", "Cat", "Brown", "ann.smith")]})
    people, _ = _read(path)
    assert people == [("501", "Ann Smith", ""), ("502", "Bob Jones", "Ann Smith"),
                      ("503", "Cat Brown", "Ann Smith")]
    listing = read_employee_list(path, today=TODAY)  # a login with a dot: said as not a name
    assert any("ann.smith" in n.what for n in (*listing.notes, *listing.warnings))


def test_a_name_column_of_names_stays_the_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "navne.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Fornavn", "Efternavn"),
        (1, "Anna Marie Holm", "Anna", "Holm"),      # the full name, middle name and all
        (2, "Lund, Bo", "Bo", "Lund"),
        (3, "Carl", "Carl", "Berg"),                 # a short name that is the first name
        (4, "Dorte Friis", "Dorte", "Friis")]})
    people, notes = _read(path)
    assert [p[1] for p in people] == ["Anna Marie Holm", "Bo Lund", "Carl", "Dorte Friis"]
    assert notes == []


def test_initials_in_capitals_beside_fornavn_and_efternavn(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "initialer.xlsx", {"Medarbejdere": [
        ("Lønnr.", "Navn", "Fornavn", "Efternavn", "Leder"),
        (7001, "MFO", "Mia", "Fogh", ""),
        (7002, "NBE", "Niels", "Bech", "MFO"),
        (7003, "OKR", "Ole", "Krog", "MFO"),
        (7004, "PSA", "Pia", "Sand", "NBE")]})
    people, _ = _read(path)
    assert people == [("7001", "Mia Fogh", ""), ("7002", "Niels Bech", "Mia Fogh"),
                      ("7003", "Ole Krog", "Mia Fogh"), ("7004", "Pia Sand", "Niels Bech")]


@pytest.mark.parametrize("group", [
    ("Personaleansvarlig", "Navn", "Mail"),        # a group mus reads: the leader's columns
    ("Kontaktperson", "Navn", "Mail"),             # a group mus does not know
    ("", "Name", "Email"),                         # no group at all
])
def test_a_name_column_that_names_other_people_is_not_the_name(tmp_path: Path,
                                                               group: tuple[str, str, str]
                                                               ) -> None:
    """First and last name beside a "Navn" that holds, on most rows, someone else (a leader
    under a group header): the name is first and last name, never the other person's."""
    top, name, mail = group
    path = write_xlsx(tmp_path / "g.xlsx", {"Løn": [
        ("Medarbejder", None, None, top or None, None),
        ("Lønnr.", "Fornavn", "Efternavn", name, mail),
        ("901", "Mikkel", "Bøgh Ravn", None, "mbr@h.dk"),
        ("902", "Asger", "Sørensen", "Mikkel Bøgh Ravn", "as@h.dk"),
        ("903", "Jønne", "Fog", "Asger Sørensen", "jf@h.dk"),
        ("904", "Åse", "Holm", "Asger Sørensen", "ah@h.dk"),
        ("905", "Niels", "Fog", "Asger Sørensen", "nf@h.dk")]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.name for e in listing.employees] == [
        "Mikkel Bøgh Ravn", "Asger Sørensen", "Jønne Fog", "Åse Holm", "Niels Fog"]
