"""Sections of a list whose heading (or a note over them) says their people are not employed
here: an agency's temps under "Vikarer fra vikarbureau (StaffPlus) – ikke ansat", with the
agency's own numbering, or under a heading "Eksterne konsulenter"; and statuses and kinds
found by the held-out sets of round 39 ("Archived", "Stringer")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)
HEAD = ("Nr.", "Navn", "Afdeling", "Titel", "Leder")


def read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Personale": rows}), today=TODAY)


def _staff() -> list[tuple[Any, ...]]:
    return [("702", "Trine Lauridsen", "Direktion", "Hoteldirektør", None),
            ("707", "Mohammad Al-Sayed", "Housekeeping", "Housekeeping Manager",
             "Trine Lauridsen"),
            ("747", "Pia Madsen", "Housekeeping", "Housekeeper", "Mohammad Al-Sayed"),
            ("757", "Nanna Frandsen", "Housekeeping", "Stuepige", "Mohammad Al-Sayed"),
            ("779", "Ole Holm", "Housekeeping", "Stuepige", "Mohammad Al-Sayed")]


def test_an_agencys_temps_under_a_note_with_their_own_numbering(tmp_path: Path) -> None:
    rows = [HEAD, ("FASTANSATTE",), *_staff(), (None,),
            ("VIKARER FRA VIKARBUREAU (StaffPlus) – ikke ansat hos os, medtages ikke i MUS",),
            ("V-44", "Pia Brøndum", "Housekeeping", "Vikar", "Mohammad Al-Sayed"),
            ("V-68", "Maria García", "Housekeeping", "Vikar", "Mohammad Al-Sayed")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["702", "707", "747", "757", "779"]
    assert [a.name for a in listing.leavers] == ["Pia Brøndum", "Maria García"]


def test_a_note_of_outsiders_leaves_our_own_numbers_after_it_alone(tmp_path: Path) -> None:
    """Rows numbered as the staff above are ours, whatever a note over them says."""
    rows = [HEAD, *_staff()[:3],
            ("Eksterne konsulenter er ikke ansat og står ikke på listen",),
            *_staff()[3:]]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["702", "707", "747", "757", "779"]


def test_a_heading_of_outsiders_over_numbered_rows(tmp_path: Path) -> None:
    rows = [HEAD, ("Fastansatte",), *_staff(), ("Eksterne konsulenter",),
            ("881", "Jens Rådgiver", "Housekeeping", "Konsulent", "Mohammad Al-Sayed"),
            ("882", "Kim Rådgiver", "Housekeeping", "Konsulent", "Mohammad Al-Sayed")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["702", "707", "747", "757", "779"]
    assert {a.number for a in listing.leavers} == {"881", "882"}
    assert all("not employed here" in a.reason for a in listing.leavers)


def test_archived_and_resigned_people_and_stringers(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Afdeling", "Leder", "Status", "Tilknytning"),
            ("1", "Ole Johansen", "Ledelse", None, "Active", "Fast"),
            ("2", "Bo Sørensen", "Nyheder", "Ole Johansen", "Archived", "Fast"),
            ("3", "Eva Holm", "Nyheder", "Ole Johansen", "Active", "Stringer"),
            ("4", "Ida Dam", "Nyheder", "Ole Johansen", "Active", "Fast"),
            ("5", "Lea Bak", "Nyheder", "Ole Johansen", "Active", "Tidsbegrænset"),
            ("6", "Finn Ruth", "Sport", "Ole Johansen", "Active", "Fast"),
            ("7", "Aase Lind", "Sport", "Ole Johansen", "Resigned", "Fast")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "4", "5", "6"]
    assert {a.number for a in listing.leavers} == {"2", "3", "7"}


def test_a_foreman_given_by_title_and_surname(tmp_path: Path) -> None:
    """"Formand: Friis" under a crew list's "Fag" (the trade is the job title): the foreman
    Tove Friis, not the apprentice Mads Friis-Hansen nor a Friis who is no foreman."""
    rows = [("Medarb.nr.", "Navn", "Sjak", "Fag", "Formand / leder", "Mail"),
            ("13", "Anne Bach", "Kontor", "Direktør", None, "aba@hb.dk"),
            ("19", "Tove Friis", "Sjak 1", "Formand", "Anne Bach", "tf@hb.dk"),
            ("20", "Ole Friis", "Sjak 2", "Tømrer", "Formand: Kjær", None),
            ("21", "Birgitte Kjær", "Sjak 2", "Formand", "Anne Bach", "bk@hb.dk"),
            ("30", "Mads Friis-Hansen", "Sjak 1", "Lærling", "Formand: Friis", None),
            ("31", "Maja Holm", "Sjak 1", "Murer", "Formand: Friis", None),
            ("32", "Ida Lund", "Sjak 2", "Murer", "Formand: Kjær", None)]
    listing = read(tmp_path, rows)
    assert {e.number: (e.leader, e.leader_email) for e in listing.employees} == {
        "13": ("", ""), "19": ("Anne Bach", "aba@hb.dk"), "20": ("Birgitte Kjær", "bk@hb.dk"),
        "21": ("Anne Bach", "aba@hb.dk"), "30": ("Tove Friis", "tf@hb.dk"),
        "31": ("Tove Friis", "tf@hb.dk"), "32": ("Birgitte Kjær", "bk@hb.dk")}


def test_an_active_column_of_true_and_false_letters(tmp_path: Path) -> None:
    """LabWare's ACTIVE: T or F, true or false; F is no form."""
    rows = [("EMPLOYEE_NO", "FULL_NAME", "DEPARTMENT", "SUPERVISOR", "ACTIVE"),
            ("40032", "Frederik Sørensen", "QC Ledelse", None, "T"),
            ("40974", "Maja Kirkegaard", "QC Kemi", "Frederik Sørensen", "T"),
            ("40911", "Åse Ågesen", "QC Kemi", "Frederik Sørensen", "F"),
            ("40975", "Ida Bach", "QC Kemi", "Frederik Sørensen", "T")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["40032", "40974", "40975"]
    assert [a.number for a in listing.leavers] == ["40911"]


def test_a_shared_account_written_as_a_name_last_name_first(tmp_path: Path) -> None:
    """Elite 3E's "Konto, Fælles" among the timekeepers: an account, not a person."""
    rows = [("Nr", "Navn", "Afdeling", "Leder"), ("1", "Holm, Anne", "Ledelse", None),
            ("2", "Lund, Bo", "Procedure", "Anne Holm"),
            ("9002", "Konto, Fælles", "Sekretariat", None)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert [s.reason for s in listing.skipped if s.row == 4] == ["account"]


@pytest.mark.parametrize("name", ["Reception Aarhus", "Omstillingen Vest", "Kundeservice Syd"])
def test_a_front_desks_login_is_no_person(tmp_path: Path, name: str) -> None:
    """An intranet directory's "Reception Aarhus" beside the people: a shared login."""
    rows = [("Nr", "Navn", "Afdeling", "Leder"), ("1", "Anne Holm", "Ledelse", None),
            ("2", "Bo Lund", "Kommunikation", "Anne Holm"),
            ("3", name, "Kommunikation", None)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert [s.reason for s in listing.skipped if s.row == 4] == ["account"]
    # the same words as a job title or a unit are a person's: a hotel's head of reception
    rows = [("Nr", "Navn", "Afdeling", "Stilling", "Leder"),
            ("1", "Tove Larsen", "Direktion", "Hoteldirektør", None),
            ("2", "Lars Frederiksen", "Reception", "Leder, Reception", "Tove Larsen"),
            ("3", "Eva Holm", "Kundeservice", "Kundeservice", "Tove Larsen")]
    assert [e.number for e in read(tmp_path, rows).employees] == ["1", "2", "3"]


def test_resigned_with_a_last_day_to_come_is_still_employed(tmp_path: Path) -> None:
    rows = [("Employee ID", "Name", "Department", "Manager", "Status", "Date of Exit"),
            ("1", "Helle Nielsen", "Ledelse", None, "Active", None),
            ("2", "Mikkel Møller", "Salg", "Helle Nielsen", "Resigned", "31-01-2027"),
            ("3", "Ida Holm", "Salg", "Helle Nielsen", "Resigned", "30-09-2026")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert [a.number for a in listing.leavers] == ["3"]


def test_a_kind_column_whose_rarer_values_say_outsiders(tmp_path: Path) -> None:
    """Visma Severa's "License type": "Full user" on most rows says nothing of employment;
    "Subcontractor" on a few says they are not employed here, numbered or not."""
    rows = [("Code", "Name", "Business unit", "Supervisor", "License type")]
    rows += [(str(1000 + n), f"Person Nummer{n}", "Rådgivning", "Søs Holm" if n else None,
              "Full user") for n in range(8)]
    rows[1] = ("1000", "Søs Holm", "Rådgivning", None, "Full user")
    rows += [("EXT-01", "Karina Schmidt", "Rådgivning", "Søs Holm", "Subcontractor"),
             ("EXT-02", "Emil Søndergaard", "Rådgivning", "Søs Holm", "Subcontractor")]
    listing = read(tmp_path, rows)
    assert len(listing.employees) == 8
    assert [a.number for a in listing.leavers] == ["EXT-01", "EXT-02"]


def test_user_names_are_the_id_where_no_column_is_the_number(tmp_path: Path) -> None:
    """An intranet's phone list: no employee number, each one's "Brugernavn" instead
    (warned); function mailboxes (by their title), a scanner's login and a meeting room are
    no people."""
    rows = [("Brugernavn", "Navn", "Titel", "Afdeling", "E-mail", "Nærmeste leder"),
            ("VK88001", "Ingrid Haugen", "Chef", "Myndighed", "ih@vk.dk", None),
            ("VK88047", "Anne Aagaard", "Sagsbehandler", "Myndighed", "aa@vk.dk",
             "Ingrid Haugen"),
            ("VK88048", "Bo Lund", "Sagsbehandler", "Myndighed", "bl@vk.dk", "Ingrid Haugen"),
            ("VKFP0040", "Hjælpemiddeldepotet", "Funktionspostkasse", "Hjælpemidler",
             "hm@vk.dk", None),
            ("svc-scan-sos", "Scanner Social og Sundhed", "Servicekonto", "Sekretariat",
             "scan@vk.dk", None),
            # a person who works at the service desk: no account by the title
            ("VK88050", "Bodil Dahl Krog", "Servicedesk", "Myndighed", "bk@vk.dk",
             "Ingrid Haugen")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["VK88001", "VK88047", "VK88048",
                                                    "VK88050"]
    assert {s.row: s.reason for s in listing.skipped} == {5: "account", 6: "account"}
    [warned] = [w for w in listing.warnings if w.kind == "number-user-name"]
    assert warned.column == "Brugernavn"


def test_hired_in_through_another_firm_and_wallboards_are_no_staff(tmp_path: Path) -> None:
    """"Lejet (Jobpartner)" under "Ansættelse"; a seafarer "Ansat via" a manning agent, where
    every numbered row is the shipping company's; a contact centre's "Wallboard Privat"."""
    rows = [("Medarb.nr", "Navn", "Afdeling", "Leder", "Ansættelse", "Ansat via")]
    rows += [(str(2500 + n), f"Person Nummer{n}", "M/S Anholt", "Ingrid Haugen" if n else None,
              "Fastansat", "Rederiet Kattegat A/S") for n in range(6)]
    rows[1] = ("2500", "Ingrid Haugen", "M/S Anholt", None, "Fastansat", "Rederiet Kattegat A/S")
    rows += [(None, "Sara Lindqvist", "M/S Anholt", "Ingrid Haugen", "Lejet (Jobpartner)",
              "Rederiet Kattegat A/S"),
             (None, "Arnel Bautista", "M/S Anholt", "Ingrid Haugen", "Fastansat",
              "Manning agent – Manila Crew Inc."),
             (None, "Wallboard Privat", None, None, None, None)]
    listing = read(tmp_path, rows)
    assert len(listing.employees) == 6
    assert {a.name for a in listing.leavers} == {"Sara Lindqvist", "Arnel Bautista"}
    assert [s.reason for s in listing.skipped if s.row == 10] == ["account"]


@pytest.mark.parametrize("rows", [
    # user names that repeat are no one's own
    [("Brugernavn", "Navn", "Afdeling", "Nærmeste leder"),
     ("vk1", "Ingrid Haugen", "Myndighed", None),
     ("vk2", "Anne Aagaard", "Myndighed", "Ingrid Haugen"),
     ("vk2", "Bo Lund", "Myndighed", "Ingrid Haugen")],
    # itslearning: "SyncKey" (the payroll number, a header mus does not know) beside
    # "Username": which is the ID cannot be told
    [("SyncKey", "Username", "Navn", "Nærmeste leder"),
     ("2007", "ehus", "Emil Hussain", None), ("2087", "jand", "Jonas Andersen", "Emil Hussain"),
     ("2069", "jber", "Jørgen Bertelsen", "Emil Hussain")],
], ids=["repeat", "beside-codes"])
def test_user_names_that_are_no_id_leave_the_list_refused(
        tmp_path: Path, rows: list[tuple[Any, ...]]) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, rows)
    assert "No column with the employee number was found" in str(caught.value)


def test_a_trade_is_no_unit_where_crews_group_people_as_their_foremen_do(tmp_path: Path) -> None:
    """"Fagområde" (the trade: Murer, Tømrer, and Formand on the foremen's rows) is the job
    title; "Sjak", each crew under one foreman, is the unit."""
    rows = [("Lønnr.", "Navn", "Sjak", "Fagområde", "Formand"),
            ("500", "Anne Bach", "Kontor", "Direktør", None),
            ("501", "Steen Olsen", "Sjak 2 - Tømrer", "Formand", "Anne Bach"),
            ("502", "Jan Kristensen", "Sjak 2 - Tømrer", "Tømrer", "Steen Olsen"),
            ("503", "Ib Holm", "Sjak 2 - Tømrer", "Tømrer", "Steen Olsen"),
            ("504", "Agnieszka Nowak", "Sjak 3 - Murer", "Formand", "Anne Bach"),
            ("505", "Oliver Krogh", "Sjak 3 - Murer", "Murer", "Agnieszka Nowak"),
            ("506", "Line Lund", "Sjak 3 - Murer", "Murer", "Agnieszka Nowak")]
    listing = read(tmp_path, rows)
    assert [e.department for e in listing.employees][1:4] == ["Sjak 2 - Tømrer"] * 3


def test_flags_that_say_external_or_dummy_and_guests_with_a_dash(tmp_path: Path) -> None:
    """One Identity's "IsExternal" and "IsDummyPerson" (1 is no staff); a university's
    "Ansættelse" of "Gæst – ansat ved andet universitet"; a PhD student's "Hovedvejleder"
    beside "Personaleleder" guides the project, the personnel leader holds the talk."""
    rows = [("Medarbejdernr.", "Navn", "Sektion", "Ansættelse", "Hovedvejleder",
             "Personaleleder", "IsExternal", "IsDummyPerson"),
            ("12010", "Lars Ærenlund", "Ledelse", "Fastansat", None, None, 0, 0),
            ("12012", "Dorthe Frølund", "Sprog", "Fastansat", None, "Lars Ærenlund", 0, 0),
            ("12013", "Leyla Lindqvist", "Sprog", "Fastansat", None, "Dorthe Frølund", 0, 0),
            ("12042", "Anne Kristensen", "Sprog", "Tidsbegrænset", "Leyla Lindqvist",
             "Dorthe Frølund", 0, 0),
            ("12043", "Bo Lund", "Sprog", "Fastansat", None, "Dorthe Frølund", 0, 0),
            ("EXT885", "Kristian Knudsen", "Sprog", "Fastansat", None, "Dorthe Frølund", 1, 0),
            ("TEST1", "Test Bruger", "Sprog", "Fastansat", None, None, 0, 1),
            (None, "Tove Brøndum", "Sprog", "Gæst – ansat ved andet universitet", None, None,
             0, 0)]
    listing = read(tmp_path, rows)
    assert {e.number: e.leader for e in listing.employees} == {
        "12010": "", "12012": "Lars Ærenlund", "12013": "Dorthe Frølund",
        "12042": "Dorthe Frølund", "12043": "Dorthe Frølund"}
    assert {a.name for a in listing.leavers} == {"Kristian Knudsen", "Tove Brøndum"}
    # (a test user, its every word an account's, is no person even before its flag says so)
    assert [s.reason for s in listing.skipped] == ["account"]


def test_masked_names_are_refused_and_a_leader_called_self_is_none(tmp_path: Path) -> None:
    """"*** skjult ***" on most rows: a list made anonymous, refused; "selv" in the director's
    leader cell: she leads herself, no leader."""
    masked = [("Nr", "Navn", "Afdeling", "Leder"), ("1", "*** skjult ***", "A", None),
              ("2", "*** skjult ***", "A", "*** skjult ***"),
              ("3", "*** skjult ***", "A", "*** skjult ***"), ("4", "Ole Dam", "A", None)]
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, masked)
    assert "placeholders" in str(caught.value)
    rows = [("Nr", "Navn", "Afdeling", "Leder"), ("71", "Anne Holm", "Ledelse", "selv"),
            ("72", "Bo Lund", "Økonomi", "Anne Holm"), ("73", "Eva Dam", "Økonomi", "Bo Lund")]
    assert [e.leader for e in read(tmp_path, rows).employees] == ["", "Anne Holm", "Bo Lund"]
