"""A leader written by first name only, or as a number beside a name, as HR lists do: a first
name that fits one person finds them (said), one that fits several refuses the list; a number
that finds nobody is not shown as part of the leader's name."""

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


def leaders(listing: Any) -> list[tuple[str, str, str]]:
    return [(e.number, e.leader, e.leader_email) for e in listing.employees]


# First names: the expected result first, then the list (English, Danish, Swedish shapes).
def test_a_first_name_that_fits_one_person_finds_them_with_a_warning(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Employee ID", "Full name", "Email", "Team", "Manager"),
        ("E1", "Oliver Brandt", "ob@x.co.uk", "Board", None),
        ("E2", "Sarah Quinn", "sq@x.co.uk", "Sales", "Oliver"),
        ("E3", "Tom Reed", "tr@x.co.uk", "Sales", "Sarah"),
        ("E4", "Amy Lowe", "al@x.co.uk", "Sales", "Sarah")])
    assert leaders(listing) == [("E1", "", ""), ("E2", "Oliver Brandt", "ob@x.co.uk"),
                                ("E3", "Sarah Quinn", "sq@x.co.uk"),
                                ("E4", "Sarah Quinn", "sq@x.co.uk")]
    said = [w.what for w in listing.warnings if w.kind == "leader-loose"]
    assert 'The leader "Sarah" (rows 4 and 5) is taken to be Sarah Quinn (employee E2), the ' \
        "only one on the list whose name it fits." in said


def test_a_first_name_two_people_share_refuses_naming_both(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [
            ("Anst.nr", "Namn", "Avdelning", "Chef"),
            (1, "Karin Berg", "Ledning", None), (2, "Anna Lind", "Kassa", "Karin"),
            (3, "Anna Sjö", "Lager", "Karin"), (4, "Per Ek", "Kassa", "Anna"),
            (5, "Eva Holm", "Lager", "Anna")])
    said = str(caught.value)
    assert 'The leader "Anna" (rows 5 and 6) fits several people in the list (employees 2 ' \
        "and 3)" in said


def test_initials_and_user_names_still_win_over_first_names(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Lønnr.", "Navn", "Initialer", "Afdeling", "Nærmeste leder"),
        ("10", "Bo Hald", "BO", "Direktion", None), ("11", "Bo Krag", "BK", "Drift", "BO"),
        ("12", "Ulla Bo Sand", "US", "Drift", "BK")])
    assert leaders(listing)[1:] == [("11", "Bo Hald", ""), ("12", "Bo Krag", "")]
    assert not [w for w in listing.warnings if w.kind in ("leader-loose", "leader-missing")]


def test_a_word_that_is_nobodys_first_name_is_still_missing(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Afdeling", "Leder"),
        ("1", "Hanne Vig", "Direktion", None), ("2", "Lars Dam", "Drift", "Hanne"),
        ("3", "Pia Bro", "Drift", "Hanne Vig")])
    assert leaders(listing)[1:] == [("2", "Hanne Vig", ""), ("3", "Hanne Vig", "")]


@pytest.mark.parametrize("unit", ["Afsnit Rosen", "Afdelingsledelsen", "Drift", "Driften",
                                  "Bestyrelsen", "Salgsledelsen"])
def test_a_leader_cell_that_names_a_unit_refuses(tmp_path: Path, unit: str) -> None:
    """"Afsnit Rosen", a department of the list (or its definite form), a management body: no
    person, so who holds the talks is not in the list, and a form sent to a body's mailbox
    would reach several people: refused with the rows."""
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [
            ("Nr.", "Navn", "Afdeling", "Leder", "Leders mail"),
            ("1", "Hanne Vig", "Direktion", None, None),
            ("2", "Lars Dam", "Drift", unit, "drift@x.dk"),
            ("3", "Pia Bro", "Drift", unit, "drift@x.dk"),
            ("4", "Ole Ry", "Drift", "Hanne Vig", None)])
    assert f'row 3, column "Leder": The leader "{unit}" (rows 3 and 4) names a unit' \
        in str(caught.value)


@pytest.mark.parametrize("body", ["Bestyrelsen", "Direktionen"])
def test_leaders_led_by_a_body_have_no_leader_said(tmp_path: Path, body: str) -> None:
    """The top of the organisation: the director's (and the heads') leader is the board, which
    is nobody on the list; they are leaders themselves, so this is no one's talk left out."""
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Afdeling", "Leder"),
        ("1", "Hanne Vig", "Direktion", body), ("2", "Lars Dam", "Drift", "Hanne Vig"),
        ("3", "Pia Bro", "Drift", "Lars Dam")])
    assert leaders(listing) == [("1", "", ""), ("2", "Hanne Vig", ""), ("3", "Lars Dam", "")]
    [warning] = [w for w in listing.warnings if w.kind == "leader-unit"]
    assert warning.rows == (2,) and f'"{body}"' in warning.what
    # a director whom the list gives as nobody's leader is still the top, by her title
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Stilling", "Leder"), ("1", "Hanne Vig", "Administrerende direktør", body),
        ("2", "Lars Dam", "Afdelingsleder", None), ("3", "Pia Bro", "CEO", body)])
    assert [w.rows for w in listing.warnings if w.kind == "leader-unit"] == [(2, 4)]


# A number beside the name, the number nobody's: the name is the leader's name.
@pytest.mark.parametrize(("written", "shown"), [
    ("9001 - Ib Lund Mikkelsen", "Ib Lund Mikkelsen"),
    ("Ib Lund Mikkelsen (9001)", "Ib Lund Mikkelsen"),
    ("K-77 – Ruth Ahl", "Ruth Ahl"),
    ("Ruth Ahl - 4410", "Ruth Ahl"),
])
def test_a_leader_outside_the_list_written_with_a_number(tmp_path: Path, written: str,
                                                         shown: str) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"),
        ("1021", "Peter Holm", "Direktion", written),
        ("1022", "Vera Quist", "Trafik", "1021 - Peter Holm"),
        ("1023", "Ulla Dahl", "Trafik", "Vera Quist (1022)")])
    assert leaders(listing) == [("1021", shown, ""), ("1022", "Peter Holm", ""),
                                ("1023", "Vera Quist", "")]
    said = [w.what for w in listing.warnings if w.kind == "leader-missing"]
    assert said == [f'The leader "{written}" (row 2) is not in the list (nobody has that number '
                    f'or name); the forms show "{shown}", the name without the number, and the '
                    "leader's mail goes to nobody."]


def test_a_number_beside_a_name_when_no_leader_is_on_the_list(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Employee ID", "Name", "Department", "Reports to"),
        ("A7", "Nina Roe", "Ops", "880 - Carl Dunn"), ("A8", "Olaf Pik", "Ops", "880 - Carl Dunn"),
        ("A9", "Lisa Fern", "Ops", "Carl Dunn")])
    assert [e.leader for e in listing.employees] == ["Carl Dunn"] * 3
    assert [w.rows for w in listing.warnings if w.kind == "leader-missing"] == [(2, 3)]


# Last names: one person of that name is found (said); several refuse the list.
@pytest.mark.parametrize(("headers", "leader"), [
    (("Lønnummer", "Navn", "Afsnit", "Leder"), "Tøttrup"),
    (("Employee ID", "Full name", "Team", "Manager"), "Brandt"),
    (("Ansattnr", "Navn", "Avdeling", "Leder"), "Haugen"),
])
def test_a_last_name_that_fits_one_person_finds_them_with_a_warning(
        tmp_path: Path, headers: tuple[str, ...], leader: str) -> None:
    listing = read(tmp_path, [
        headers,
        (1, f"Nanna {leader}", "Ledelse", None),
        (2, "Karin Holm", "K1", leader), (3, "Peter Aagaard", "K1", "Holm"),
        (4, "Mette Juul", "K1", "Holm")])
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", ""), ("2", f"Nanna {leader}"), ("3", "Karin Holm"), ("4", "Karin Holm")]
    assert {w.what.split(" is taken")[0] for w in listing.warnings
            if w.kind == "leader-loose"} == {f'The leader "{leader}" (row 3)',
                                             'The leader "Holm" (rows 4 and 5)'}


def test_a_last_name_that_fits_two_people_refuses_the_list(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as refused:
        read(tmp_path, [
            ("Lønnummer", "Navn", "Afsnit", "Leder"),
            (1, "Nanna Tøttrup", "Ledelse", None),
            (2, "Karin Holm", "K1", "Tøttrup"), (3, "Peter Aagaard", "K1", "Holm"),
            (4, "Jens Holm", "Dagafsnit", "Tøttrup"), (5, "Trine Krog", "Dagafsnit", "Holm")])
    [issue] = refused.value.issues
    assert issue.what.startswith('The leader "Holm" (rows 4 and 6) fits several people')
    assert "employees 2 and 4" in issue.what


def test_a_word_that_is_one_persons_first_name_and_anothers_last_is_not_guessed(
        tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as refused:
        read(tmp_path, [
            ("Lønnr.", "Navn", "Leder"),
            (1, "Bo Lund", None), (2, "Ane Bo", "Bo Lund"), (3, "Eva Ry", "Bo")])
    assert 'The leader "Bo" (row 4) fits several people' in refused.value.issues[0].what


@pytest.mark.parametrize("vacant", ["N.N. (vakant)", "Ubesat", "Vacant", "Stilling ikke besat"])
def test_a_leaders_post_not_filled_is_no_leader_and_said(tmp_path: Path, vacant: str) -> None:
    listing = read(tmp_path, [
        ("Lønnr.", "Navn", "Afdeling", "Leder"),
        (1, "Signe Juul", "Direktion", None), (2, "Bo Lind", "Teknik", "Signe Juul"),
        (3, "Eva Ry", "Skole", vacant), (4, "Jon Ask", "Skole", vacant)])
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", ""), ("2", "Signe Juul"), ("3", ""), ("4", "")]
    [warning] = [w for w in listing.warnings if w.kind == "leader-vacant"]
    assert warning.what.startswith(f'The leader "{vacant}" (rows 4 and 5) is a post not filled')


@pytest.mark.parametrize(("written", "fits", "other"), [
    ("Mette S.", "Mette Skov", "Mette Sørensen"), ("Karsten L", "Karsten Lund", "Karsten Lind"),
    ("Rikke B.", "Rikke Bøgh Ravn", "Rikke Bak")])
def test_a_first_name_and_the_surnames_initial(tmp_path: Path, written: str, fits: str,
                                               other: str) -> None:
    rows = [("Nr", "Navn", "Leder"), (1, fits, None), (2, "Ida Holm", written),
            (3, "Bo Dal", written)]
    listing = read(tmp_path, rows)
    assert [e.leader for e in listing.employees] == ["", fits, fits]
    assert [w.kind for w in listing.warnings if w.kind == "leader-loose"] == ["leader-loose"]
    with pytest.raises(SpreadsheetError) as refused:
        read(tmp_path, [*rows, (4, other, None)])
    assert f'The leader "{written}" (rows 3 and 4) fits several people' in str(refused.value)


def test_a_leader_written_by_an_everyday_first_name(tmp_path: Path) -> None:
    """"Lotte Ibsen" for Charlotte Ibsen, "Bo Kastrup" for Bodil, "Kris Munk" for Kristoffer:
    the last name and a first name that begins or ends with the one given, one person only
    (said); two who fit refuse the list."""
    head = ("Nr", "Navn", "Stue", "Mail", "Leder")
    listing = read(tmp_path, [
        head, (1, "Charlotte Ibsen", "Ledelse", "ci@s.dk", None),
        (2, "Bodil Kastrup", "Spirerne", "bk@s.dk", "Lotte Ibsen"),
        (3, "Kristoffer Munk", "Troldene", "km@s.dk", "Lotte Ibsen"),
        (4, "Freja Skov", "Spirerne", "fs@s.dk", "Bo Kastrup"),
        (5, "Ulla Kjær", "Troldene", "uk@s.dk", "Kris Munk")])
    assert leaders(listing)[1:] == [("2", "Charlotte Ibsen", "ci@s.dk"),
                                    ("3", "Charlotte Ibsen", "ci@s.dk"),
                                    ("4", "Bodil Kastrup", "bk@s.dk"),
                                    ("5", "Kristoffer Munk", "km@s.dk")]
    assert len([w for w in listing.warnings if w.kind == "leader-loose"]) == 3
    with pytest.raises(SpreadsheetError, match="fits several people"):
        read(tmp_path, [head, (1, "Charlotte Ibsen", "Ledelse", "ci@s.dk", None),
                        (2, "Lotte-Marie Ibsen", "Ledelse", "li@s.dk", None),
                        (3, "Bodil Kastrup", "Spirerne", "bk@s.dk", "Lotte Ibsen")])


def test_a_phone_number_after_the_leaders_name_is_no_part_of_it(tmp_path: Path) -> None:
    """A hand-kept list's 'Leder (navn, mobil)': "Henrik Bæk, 2145 1111" is Henrik Bæk, found
    with his address; the number in the cell is not read as a name or an ID."""
    listing = read(tmp_path, [
        ("Nr", "Navn", "Mail", "Afdeling", "Leder (navn, mobil)"),
        (11, "Henrik Bæk", "hb@ab.dk", "Kontoret", None),
        (12, "Jesper Thygesen", "jt@ab.dk", "Afd. 4", "Henrik Bæk, 2145 1111"),
        (13, "Poul Løvgreen", "pl@ab.dk", "Afd. 4", "Jesper Thygesen tlf. 22461112"),
        (14, "Tove Laursen", "tl@ab.dk", "Afd. 4", "Jesper Thygesen (+45 23 47 11 12)")])
    assert leaders(listing) == [("11", "", ""), ("12", "Henrik Bæk", "hb@ab.dk"),
                                ("13", "Jesper Thygesen", "jt@ab.dk"),
                                ("14", "Jesper Thygesen", "jt@ab.dk")]


def test_a_leader_named_by_the_nickname_their_own_row_gives_is_found(tmp_path: Path) -> None:
    """'Anne-Marie (Mie) Sønderby' on her row is 'Mie Sønderby' in her team's leader cells; a
    nickname two people could be called is not settled by it."""
    listing = read(tmp_path, [
        ("Medarbejdernr", "Navn", "Mail", "Distrikt", "Leder"),
        (2101, "Gry Skov", "gs@hj.dk", "Nord", None),
        (2102, "Anne-Marie (Mie) Sønderby", "ams@hj.dk", "Nord", "Gry Skov"),
        (2103, "Åse Krog", "ak@hj.dk", "Nord", "Mie Sønderby"),
        (2104, "Birthe Krog (Bitten)", "bk@hj.dk", "Nord", "Anne-Marie Sønderby"),
        (2105, "Ove Bæk", "ob@hj.dk", "Nord", "Bitten Krog")])
    assert leaders(listing)[2:] == [("2103", "Anne-Marie (Mie) Sønderby", "ams@hj.dk"),
                                    ("2104", "Anne-Marie (Mie) Sønderby", "ams@hj.dk"),
                                    ("2105", "Birthe Krog (Bitten)", "bk@hj.dk")]
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [
            ("Medarbejdernr", "Navn", "Mail", "Distrikt", "Leder"),
            (2101, "Gry Skov", "gs@hj.dk", "Nord", None),
            (2102, "Anne-Marie (Mie) Sønderby", "ams@hj.dk", "Nord", "Gry Skov"),
            (2103, "Mie Sønderby", "ms@hj.dk", "Nord", "Gry Skov"),
            (2104, "Åse Krog", "ak@hj.dk", "Nord", "Mie Sønderby")])
    assert "2102" in str(caught.value) and "2103" in str(caught.value)


@pytest.mark.parametrize(("first", "last"), [("Leder fornavn", "Leder efternavn"),
                                             ("Manager First Name", "Manager Last Name"),
                                             ("Leders fornavn", "Leders efternavn")])
def test_a_leader_given_by_first_and_last_name_in_two_columns(tmp_path: Path, first: str,
                                                              last: str) -> None:
    """KMD Opus's 'Leder fornavn' beside 'Leder efternavn': one leader, the two put together
    (they were refused as two leader columns that differ)."""
    listing = read(tmp_path, [
        ("Medarbejdernummer", "Fornavn", "Efternavn", "Enhed", first, last, "Leder e-mail"),
        ("00104211", "Kåre", "Krøyer", "Teknik", None, None, None),
        ("00104224", "Henrik", "Kjær", "Vej og Park", "Kåre", "Krøyer", "kk@v.dk"),
        ("00104237", "Mikkel", "Lykke", "Vej og Park", "Henrik", "Kjær", "hk@v.dk"),
        ("00104250", "Lone", "Kjær", "Vej og Park", "Henrik", "Kjær", "hk@v.dk")])
    assert leaders(listing) == [("00104211", "", ""), ("00104224", "Kåre Krøyer", "kk@v.dk"),
                                ("00104237", "Henrik Kjær", "hk@v.dk"),
                                ("00104250", "Henrik Kjær", "hk@v.dk")]


def test_a_leader_spelled_without_danish_letters_is_found(tmp_path: Path) -> None:
    """"Soeren Moeller", "Aase Kjaer", "Bjorn Dahl": the name as a keyboard without æ, ø and å
    writes it finds the one person it spells (said); two it spells are never guessed."""
    listing = read(tmp_path, [
        ("Nr", "Navn", "Afdeling", "Leder"), (501, "Bjørn Dahl", "Ledelse", None),
        (502, "Søren Møller", "Drift", "Bjorn Dahl"), (503, "Åse Kjær", "Service", "Bjoern Dahl"),
        (504, "Ida Holm", "Drift", "Soeren Moeller"), (505, "Bo Lund", "Service", "Aase Kjaer")])
    assert leaders(listing)[1:] == [("502", "Bjørn Dahl", ""), ("503", "Bjørn Dahl", ""),
                                    ("504", "Søren Møller", ""), ("505", "Åse Kjær", "")]
    assert {w.kind for w in listing.warnings} == {"leader-loose"}
    with pytest.raises(SpreadsheetError, match="fits several people"):
        read(tmp_path, [
            ("Nr", "Navn", "Afdeling", "Leder"), (501, "Søren Møller", "Ledelse", None),
            (502, "Soren Moller", "Ledelse", None), (503, "Åse Kjær", "Drift", "Soeren Moeller"),
            (504, "Ida Holm", "Drift", "Åse Kjær")])


def test_a_leader_email_column_of_names_with_their_addresses(tmp_path: Path) -> None:
    """ "Nærmeste leder (mail)" holding "Name (address)": the leader and their address; the
    top's cell a role with a pointer elsewhere, no address: the role, never an address."""
    listing = read(tmp_path, [
        ("Medarbejdernr", "Medarbejder", "Institution", "Nærmeste leder (mail)"),
        ("89257", "Jens Peter Højer", "Ledelse", "Direktør for Børn og Unge (se intranet)"),
        ("84402", "Jens Andersen", "Mælkebøtten", "Jens Peter Højer (jph@e.dk)"),
        ("88077", "Hans Aagaard", "Mælkebøtten", "Jens Andersen (jand@e.dk)"),
        ("83247", "Jens Møller", "Mælkebøtten", "Jens Andersen (jand@e.dk)")])
    assert leaders(listing) == [
        ("89257", "Direktør for Børn og Unge", ""), ("84402", "Jens Peter Højer", "jph@e.dk"),
        ("88077", "Jens Andersen", "jand@e.dk"), ("83247", "Jens Andersen", "jand@e.dk")]


def test_a_leaders_address_with_a_dash_is_one_address(tmp_path: Path) -> None:
    """ "torben.bach-nielsen@…" is an address, not the name "torben.bach" and the address
    "nielsen@…" (Workplace's Manager column; exports43)."""
    listing = read(tmp_path, [
        ("Full Name", "Email", "Employee ID", "Manager"),
        ("Torben Bach-Nielsen", "torben.bach-nielsen@v.dk", "1148", ""),
        ("Ebbe Skovgaard", "ebbe.skovgaard@v.dk", "1169", "torben.bach-nielsen@v.dk"),
        ("Kåre Holm", "kaare.holm@v.dk", "1178", "torben.bach-nielsen@v.dk")])
    assert leaders(listing) == [("1148", "", ""),
                                ("1169", "Torben Bach-Nielsen", "torben.bach-nielsen@v.dk"),
                                ("1178", "Torben Bach-Nielsen", "torben.bach-nielsen@v.dk")]


@pytest.mark.parametrize("covered", ["Vakant – varetages af Eva Ry",
                                     "Ubesat (varetages midlertidigt af Eva Ry)",
                                     "Vacant, covered by Eva Ry"])
def test_a_post_not_filled_but_covered_is_led_by_who_covers_it(tmp_path: Path,
                                                                covered: str) -> None:
    listing = read(tmp_path, [
        ("Lønnr.", "Navn", "Afdeling", "Leder"),
        (1, "Signe Juul", "Direktion", None), (2, "Eva Ry", "Skole", "Signe Juul"),
        (3, "Bo Lind", "Skole", covered), (4, "Jon Ask", "Skole", covered)])
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", ""), ("2", "Signe Juul"), ("3", "Eva Ry"), ("4", "Eva Ry")]
    [note] = [n for n in listing.notes if n.kind == "leader-covering"]
    assert note.rows == (4, 5) and "covered by" in note.what
