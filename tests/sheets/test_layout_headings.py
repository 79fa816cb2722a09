"""A heading row's whole text is the department of the rows under it: "Team Øst" is the team
Øst, not "Øst"; a label before a colon ("Sektion: Drift") or the field's own word ("Afdeling
Økonomi") is left out; a heading that happens to start like a note word ("Observation…",
"Listeafdeling") is still a heading, so the rows under it never keep the heading before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import merged_xlsx, write_xlsx

TODAY = dt.date(2026, 11, 27)



def _departments(path: Path) -> list[tuple[str, str]]:
    return [(e.number, e.department) for e in read_employee_list(path, today=TODAY).employees]


def test_english_team_headings_merged_across_the_row_keep_their_whole_name(
        tmp_path: Path) -> None:
    path = merged_xlsx(tmp_path / "staff.xlsx", [
        ("Staff list, home care",), ("Employee #", "Name", "Job title", "Email"),
        ("Team North",), (7, "Ann Ray", "Nurse", "ar@c.uk"), (8, "Bo Lee", "Carer", "bl@c.uk"),
        ("Team South",), (9, "Cy Fox", "Nurse", "cf@c.uk"),
    ], ["A1:D1", "A3:D3", "A6:D6"])
    assert _departments(path) == [("7", "Team North"), ("8", "Team North"),
                                  ("9", "Team South")]


def test_danish_area_headings_in_the_first_column_keep_their_whole_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Stilling"), ("Område Syd",), (41, "Ida Holm", "Pædagog"),
        ("Område Nord",), (42, "Jan Berg", "Pædagog"), (43, "Eva Krog", "Leder")]})
    assert _departments(path) == [("41", "Område Syd"), ("42", "Område Nord"),
                                  ("43", "Område Nord")]


def test_a_label_before_a_colon_or_the_fields_own_word_is_left_out(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn"), ("Sektion: Drift",), (1, "Ida Thomsen"),
        ("Department - Sales",), (2, "Bo Bach"), ("Afdeling Økonomi",), (3, "Kim Lau")]})
    assert _departments(path) == [("1", "Drift"), ("2", "Sales"), ("3", "Økonomi")]


def test_a_heading_that_starts_like_a_note_word_is_still_a_heading(tmp_path: Path) -> None:
    """"Obstetrics" starts with "obs", "Listeafdeling" with "list", "Sideløbende…" with
    "side": whole words decide, so the second group does not keep the first's department."""
    path = merged_xlsx(tmp_path / "rota.xlsx", [
        ("Pay no.", "Name", "Grade"),
        ("Emergency Ward E1",), (55120, "Sofie Lund", "Nurse"),
        ("Obstetrics Ward O2",), (55211, "Søren Aa", "Porter"), (55245, "Emil Møller", "Nurse"),
        ("Listeafdeling",), (55300, "Ulla Bak", "Nurse"),
    ], ["A2:C2", "A4:C4", "A7:C7"])
    assert _departments(path) == [("55120", "Emergency Ward E1"),
                                  ("55211", "Obstetrics Ward O2"),
                                  ("55245", "Obstetrics Ward O2"),
                                  ("55300", "Listeafdeling")]


def test_a_real_note_under_the_list_is_still_a_note(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn"), ("Team Øst",), (1, "Ida Thomsen"),
        ("Obs: Ida starter 1/3",)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [("1", "Team Øst")]
    assert [(s.row, s.reason) for s in listing.skipped] == [(2, "heading"), (4, "note")]


def test_a_two_row_header_of_headers_merged_down_and_groups_across(tmp_path: Path) -> None:
    """"Lønnr." and "Navn" merged down over both header rows; "Ansættelse" over "Fra"/"Til"
    and "Nærmeste leder" over "Navn"/"E-mail": the second row is the header, read with the
    groups above it, so "Til" is the end of employment and the leader has an address."""
    rows = [("Lønnr.", "Navn", "Afdeling", "Ansættelse", None, "Nærmeste leder", None),
            (None, None, None, "Fra", "Til", "Navn", "E-mail"),
            (1, "Lærke Løvgreen", "Ledelse", dt.datetime(2008, 6, 24), None, None, None),
            (2, "Rikke Sønderby", "Akut", dt.datetime(2015, 7, 27), None, "Lærke Løvgreen",
             "ll@rn.dk"),
            (3, "Helle Nørgaard", "Akut", dt.datetime(2017, 8, 5), dt.datetime(2026, 11, 15),
             "Rikke Sønderby", "rs@rn.dk")]
    path = merged_xlsx(tmp_path / "e.xlsx", rows, ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"])
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert listing.layout.header_row == 2
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1", "", ""), ("2", "Lærke Løvgreen", "ll@rn.dk")]
    assert [a.number for a in listing.leavers] == ["3"]


DAYCARE = [("Lønnr", "Navn", "Stilling", "Leder"),
           ("Børnehuset Mælkebøtten – leder: Kåre Lauritsen",),
           (5530, "Kåre Lauritsen", "Leder", "Bodil Sønderby"),
           (5532, "Ole Bæk", "Pædagog", "Kåre Lauritsen"),
           (5535, "Vibeke Ulstrup", "Pædagog", "Vibeke Holm"),
           (5536, "Vibeke Holm", "Souschef", "Kåre Lauritsen"),
           ("Børnehuset Skovly – leder: Maja Bruun",),
           (5547, "Maja Bruun", "Leder", "Bodil Sønderby"),
           (5550, "Bo Bang", "Pædagog", "Maja Bruun"),
           ("Område",), (5500, "Bodil Sønderby", "Områdeleder", None)]


def test_a_heading_that_names_a_leader_beside_a_leader_column(tmp_path: Path) -> None:
    """The heading's unit is the department of the rows under it; the column gives each
    one's leader, who may lead a team within the unit."""
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": DAYCARE}),
                                 today=TODAY)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("5530", "Børnehuset Mælkebøtten", "Bodil Sønderby"),
        ("5532", "Børnehuset Mælkebøtten", "Kåre Lauritsen"),
        ("5535", "Børnehuset Mælkebøtten", "Vibeke Holm"),
        ("5536", "Børnehuset Mælkebøtten", "Kåre Lauritsen"),
        ("5547", "Børnehuset Skovly", "Bodil Sønderby"),
        ("5550", "Børnehuset Skovly", "Maja Bruun"),
        ("5500", "Område", "")]


def test_a_leader_column_naming_someone_gone_under_a_leaders_heading_refuses(
        tmp_path: Path) -> None:
    rows = [*DAYCARE[:3], (5532, "Ole Bæk", "Pædagog", "Hanne Dal"),
            (5533, "Emil Hvid", "Pædagog", "Hanne Dal"), *DAYCARE[5:]]
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert 'Rows 4 and 5 name "Hanne Dal" as leader, who is not on the list, but the heading ' \
        "in row 2 names Kåre Lauritsen as the leader of the rows under it" in str(caught.value)
