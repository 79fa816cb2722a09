"""A leader written in a way that fits several people on the list refuses the list, naming the
rows and what to write instead, unless another column (the leader's number or e-mail) says who
it is: leader's forms and per-leader workbooks are never sent to a guessed person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


def refusal(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> str:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, rows)
    return str(caught.value)


def test_a_name_two_leaders_share(tmp_path: Path) -> None:
    said = refusal(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Nærmeste leder"),
        (10, "Ida Wøldike", "Direktion", None), (11, "Jens Hansen", "Drift", "Ida Wøldike"),
        (12, "Jens Hansen", "Drift", "Ida Wøldike"), (13, "Anne Due", "Drift", "Jens Hansen"),
        (14, "Bo Bach", "Drift", "Jens Hansen")])
    assert ('row 5, column "Nærmeste leder": The leader "Jens Hansen" (rows 5 and 6) fits '
            "several people in the list (employees 11 and 12), so mus cannot tell whose "
            "employees these are") in said
    assert "Give the leader by employee number or e-mail instead" in said


def test_initials_two_people_share(tmp_path: Path) -> None:
    said = refusal(tmp_path, [
        ("Nr.", "Navn", "Initialer", "Afdeling", "Leder"),
        ("A1", "Jens Hansen", "JH", "Lager", None), ("A2", "Julie Holm", "JH", "Lager", None),
        ("A3", "Ole Krog", "OK", "Lager", "JH")])
    assert 'The leader "JH" (row 4) fits several people in the list (employees A1 and A2)' \
        in said


def test_last_name_first_that_fits_two(tmp_path: Path) -> None:
    said = refusal(tmp_path, [
        ("Employee ID", "Name", "Department", "Manager"),
        ("7", "Hansen, Jens", "Ops", None), ("8", "Hansen, Jens", "Ops", None),
        ("9", "Lund, Mia", "Ops", "Hansen, Jens"), ("10", "Dam, Per", "Ops", "Hansen, Jens")])
    assert 'The leader "Hansen, Jens" (rows 4 and 5) fits several people' in said


def test_a_leaders_email_column_settles_it(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "E-mail", "Afdeling", "Leder", "Leders e-mail"),
        (11, "Jens Hansen", "jh1@p.dk", "Drift", None, None),
        (12, "Jens Hansen", "jh2@p.dk", "Drift", None, None),
        (13, "Anne Due", "ad@p.dk", "Drift", "Jens Hansen", "jh2@p.dk"),
        (14, "Bo Bach", "bb@p.dk", "Drift", "Jens Hansen", "jh1@p.dk")])
    assert [(e.number, e.leader_number) for e in listing.employees][2:] == [
        ("13", "12"), ("14", "11")]


def test_a_leaders_number_column_settles_it(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder", "Leders medarbejdernr."),
        (11, "Jens Hansen", "Drift", None, None), (12, "Jens Hansen", "Drift", None, None),
        (13, "Anne Due", "Drift", "Jens Hansen", 12)])
    assert listing.employees[2].leader_number == "12"
    assert not [w for w in listing.warnings if w.kind.startswith("leader")]


def test_a_name_its_own_bearer_gives_finds_the_other(tmp_path: Path) -> None:
    """The second Jens Hansen's leader is "Jens Hansen": not himself, so the first."""
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"),
        (11, "Jens Hansen", "Drift", None), (12, "Jens Hansen", "Drift", "Jens Hansen")])
    assert listing.employees[1].leader_number == "11"


def test_a_leader_by_initial_and_last_name_is_found_when_only_one_fits(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"),
        (1, "Karsten Lund", "Direktion", None), (2, "Mette Hansen", "Salg", "K. Lund"),
        (3, "Jytte Kjær", "Salg", "M Hansen")])
    assert [(e.number, e.leader_number) for e in listing.employees] == [
        ("1", ""), ("2", "1"), ("3", "2")]
    assert next(w.what for w in listing.warnings if w.kind == "leader-loose") == (
        'The leader "K. Lund" (row 3) is taken to be Karsten Lund (employee 1), the only one on '
        "the list whose name it fits.")


def test_an_initial_and_last_name_that_fit_two_people(tmp_path: Path) -> None:
    said = refusal(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"),
        (1, "Karsten Lund", "Direktion", None), (2, "Mette Hansen", "Salg", "K. Lund"),
        (3, "Morten Hansen", "Lager", "K. Lund"), (4, "Bo Dam", "Salg", "M. Hansen")])
    assert 'The leader "M. Hansen" (row 5) fits several people in the list (employees 2 and 3)' \
        in said


@pytest.mark.parametrize("written", ["Afdelingssygeplejerske M. Holm", "Leder: M. Holm"])
def test_an_initial_and_last_name_after_other_words_that_fit_two_people(
        tmp_path: Path, written: str) -> None:
    """Words before the name the list gives as nobody's title: the name they end in still fits
    two people, both leading a unit that is not the employee's, so the cell is refused, never
    read as either."""
    said = refusal(tmp_path, [
        ("Lønnr", "Navn", "Afsnit", "Stilling", "Leder"),
        (1, "Rikke Thygesen", "Medicin", "Oversygeplejerske", None),
        (2, "Marianne Holm", "Afsnit 12", "Afdelingsleder", "Rikke Thygesen"),
        (3, "Tove Ærenlund", "Afsnit 13", "Sygeplejerske", written),
        (4, "Mette Holm", "Afsnit 14", "Afdelingsleder", "Rikke Thygesen")])
    assert f'The leader "{written}" (row 4) fits several people in the list (employees 2 and 4)' \
        in said


def test_a_name_that_fits_several_is_the_one_who_leads_the_employees_unit(
        tmp_path: Path) -> None:
    """A bakery chain's list gives leaders by first name: of the three called Mette, one leads
    the bakeries (her title names both), one a shop, one leads nobody. Each employee's Mette is
    the one who leads their unit, said."""
    listing = read_employee_list(write_xlsx(tmp_path / "b.xlsx", {"Ark1": [
        ("Nr", "Navn", "Afdeling", "Stilling", "Leder", "Mail"),
        ("1", "Aisha Abdi", "Hovedkontor", "Direktør", None, "aa@b.dk"),
        ("3", "Mette Clausen", "Bageriet Nord", "Bagerichef, Bageriet Nord og Syd", "Aisha",
         "mc@b.dk"),
        ("5", "Mette Kristensen", "Butik Torvet", "Butikschef", "Aisha", "mk@b.dk"),
        ("74", "Mette Nielsen", "Butik Torvet", "Ekspedient", "Mette", "mn@b.dk"),
        ("50", "Allan Lind", "Bageriet Nord", "Bager", "Mette", "al@b.dk"),
        ("51", "Bo Dam", "Bageriet Syd", "Bager", "Mette", "bd@b.dk")]}),
        today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees][3:] == [
        ("74", "Mette Kristensen", "mk@b.dk"), ("50", "Mette Clausen", "mc@b.dk"),
        ("51", "Mette Clausen", "mc@b.dk")]
    assert any("as the one of that name who leads the employee's unit" in n.what
               for n in listing.notes)


@pytest.mark.parametrize("written", [
    "Mette Fog; Niels Schøler", "Mette Fog / Niels Schøler", "Mette Fog\nNiels Schøler",
    "Mette Fog (MUS holdes af Niels Schøler)",
    "Mette Fog (personaleleder) / Niels Schøler (faglig leder)"])
def test_two_leaders_in_one_cell_are_refused(tmp_path: Path, written: str) -> None:
    said = refusal(tmp_path, [
        ("Employee ID", "Display name", "Department", "Reports to"),
        (1509, "Mette Fog", "Marketing", None), (1510, "Niels Schøler", "Marketing", "Mette Fog"),
        (1511, "Tove Aagaard", "Marketing", written)])
    shown = " ".join(written.split())
    assert f'The leader "{shown}" (row 4) names several people on the list (employees 1509 ' \
        "and 1510)" in said


@pytest.mark.parametrize("written", ["Niels Schøler (tidl. Mette Fog)",
                                     "Niels Schøler (vik. for Mette Fog)",
                                     "Niels Schøler, afløser for Mette Fog",
                                     "Direktion / Mette Fog / Niels Schøler"])
def test_a_former_leader_or_a_management_line_is_one_leader(tmp_path: Path,
                                                            written: str) -> None:
    listing = read(tmp_path, [
        ("Employee ID", "Display name", "Department", "Reports to"),
        (1509, "Mette Fog", "Marketing", None), (1510, "Niels Schøler", "Marketing", "Mette Fog"),
        (1511, "Tove Aagaard", "Marketing", written)])
    assert listing.employees[2].leader == "Niels Schøler"


def test_last_name_and_initial_in_english(tmp_path: Path) -> None:
    said = refusal(tmp_path, [
        ("Employee ID", "Name", "Department", "Manager"),
        ("7", "Jane Smith", "Ops", None), ("8", "John Smith", "Ops", None),
        ("9", "Mia Lund", "Ops", "Smith, J.")])
    assert 'The leader "Smith, J." (row 4) fits several people' in said


@pytest.mark.parametrize("initials", ["Initialer", "Initials", "Forkortelse"])
def test_initials_two_people_share_are_not_settled_by_an_address(tmp_path: Path,
                                                                 initials: str) -> None:
    """"MK" is Mette Kjær and Morten Krog by the initials column; that Mette's address starts
    with mk@ is a guess, not a leader: refused. The leader's e-mail column would settle it."""
    head = ("Nr", initials, "Navn", "E-mail", "Leder")
    rows = [head, (11, "HMØ", "Helle Mølgaard", "hmoe@r.dk", None),
            (12, "MK", "Mette Kjær", "mk@r.dk", "HMØ"),
            (13, "MK", "Morten Krog", "mkr@r.dk", "HMØ"),
            (14, "TÅK", "Tove Åkjær", "taak@r.dk", "MK")]
    said = refusal(tmp_path, rows)
    assert 'The leader "MK" (row 5) fits several people in the list (employees 12 and 13)' in said
    settled = [(*r, "Leders e-mail" if i == 0 else ("mk@r.dk" if r[4] == "MK" else None))
               for i, r in enumerate(rows)]
    listing = read(tmp_path, settled)
    assert [e.leader for e in listing.employees][-1] == "Mette Kjær"
