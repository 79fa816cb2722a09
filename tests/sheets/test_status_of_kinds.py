"""A column headed as the status that holds kinds of employment (Full-Time, Part-Time,
Contractor), with the real statuses in another column (Active, Inactive): both decide. Before,
the kinds column won as "the status", the contractor got a form and the leaver too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.statuswords import status_state
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def _who(path: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    listing = read_employee_list(path, today=TODAY)
    return ([e.number for e in listing.employees], [a.number for a in listing.leavers],
            [n.what for n in listing.notes if n.kind == "kind-by-content"],
            [w.kind for w in listing.warnings])


def test_bamboohr_employment_status_of_kinds_beside_status(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bamboo.xlsx", {"Report": [
        ("Employee #", "First Name", "Last Name", "Employment Status", "Status"),
        (1, "Ann", "Ray", "Full-Time", "Active"),
        (2, "Bob", "Lee", "Part-Time", "Active"),
        (3, "Cat", "Fox", "Full-Time", "Inactive"),
        (4, "Dan", "Orr", "Contractor", "Active"),
        (5, "Eve", "Moe", "Part-Time", "Active")]})
    employed, gone, notes, warnings = _who(path)
    assert employed == ["1", "2", "5"]
    assert gone == ["3", "4"]
    assert notes == ['The column "Employment Status" holds kinds of employment, not statuses, '
                     'so it is read as the kind (those not employed here get no form), and '
                     '"Status" as the status.']
    assert "two-columns" not in warnings


def test_danish_ansaettelsesstatus_of_kinds_beside_status(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dk.xlsx", {"Medarbejdere": [
        ("Medarbejdernr.", "Navn", "Ansættelsesstatus", "Status"),
        (11, "Anna Holm", "Fuldtid", "Aktiv"),
        (12, "Bo Lund", "Deltid", "Fratrådt"),
        (13, "Carl Berg", "Ekstern konsulent", "Aktiv"),
        (14, "Dorte Friis", "Fuldtid", "Aktiv")]})
    employed, gone, notes, _ = _who(path)
    assert employed == ["11", "14"]
    assert gone == ["12", "13"]
    assert len(notes) == 1 and '"Status" as the status' in notes[0]


def test_kinds_with_no_status_column_beside_still_keep_externals_out(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kinds.xlsx", {"Staff": [
        ("Employee ID", "Name", "Status"),
        (21, "Ann Ray", "Permanent"), (22, "Bob Lee", "Temporary"),
        (23, "Cat Fox", "Contractor"), (24, "Dan Orr", "Permanent")]})
    employed, gone, notes, _ = _who(path)
    assert employed == ["21", "22", "24"]
    assert gone == ["23"]
    assert len(notes) == 1 and "read as the kind" in notes[0]


def test_a_status_column_with_leavers_stays_the_status(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "status.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Status"),
        (31, "Anna Holm", "Aktiv"), (32, "Bo Lund", "Fratrådt"),
        (33, "Carl Berg", "Aktiv"), (34, "Dorte Friis", "Aktiv")]})
    employed, gone, notes, _ = _who(path)
    assert employed == ["31", "33", "34"]
    assert gone == ["32"]
    assert notes == []


def test_a_temp_through_an_agency_is_not_ours_a_temp_alone_is(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vikarer.xlsx", {"Personale": [
        ("Medarbejdernr.", "Navn", "Ansættelsesform"),
        (41, "Anna Holm", "Månedslønnet"), (42, "Bo Lund", "Vikar"),
        (43, "Carl Berg", "Vikar via Randstad"), (44, "Dorte Friis", "Månedslønnet"),
        (45, "Eva Dahl", "Vikar fra Adecco"), (46, "Finn Juul", "Timelønnet vikar")]})
    employed, gone, _, _ = _who(path)
    assert employed == ["41", "42", "44", "46"]
    assert gone == ["43", "45"]


def test_english_temps_from_an_agency_in_a_worker_type_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "temps.xlsx", {"Workers": [
        ("Employee ID", "Name", "Worker Type"),
        (51, "Ann Ray", "Employee"), (52, "Bob Lee", "Temp from Manpower"),
        (53, "Cat Fox", "Employee"), (54, "Dan Orr", "Temp")]})
    employed, gone, _, _ = _who(path)
    assert employed == ["51", "53", "54"]
    assert gone == ["52"]


def test_a_suspended_account_in_a_directory_has_left_in_hr_a_suspension_is_leave(
        tmp_path: Path) -> None:
    google = tmp_path / "google.csv"
    google.write_text(
        "First Name [Required],Last Name [Required],Email Address [Required],"
        "Status [READ ONLY],Org Unit Path [Required],Employee ID\n"
        "Rikke,Skov,rikke@skole.dk,Active,/Ansatte,1\n"
        "Bent,Hvid,bent@skole.dk,Suspended,/Ansatte,2\n"
        "Maja,Juul,maja@skole.dk,Active,/Ansatte,3\n", encoding="utf-8")
    employed, gone, _, _ = _who(google)
    assert (employed, gone) == (["1", "3"], ["2"])
    listing = read_employee_list(google, today=TODAY)
    assert listing.leavers[0].reason == ('Status [READ ONLY] "Suspended": an account suspended '
                                         "in Google Workspace")
    hr = write_xlsx(tmp_path / "hr.xlsx", {"Staff": [
        ("Employee ID", "Name", "Status"),
        (1, "Ann Ray", "Active"), (2, "Bob Lee", "Suspended"), (3, "Cat Fox", "Terminated"),
        (4, "Dan Orr", "Active")]})
    listing = read_employee_list(hr, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2", "4"]  # Bob: on leave, a form
    assert [a.number for a in listing.on_leave] == ["2"]
    assert [a.number for a in listing.leavers] == ["3"]


@pytest.mark.parametrize(("text", "state"), [
    ("Tilbage fra barsel 1.12.2026", "employed"), ("Back from leave", "employed"),
    ("Retur fra orlov", "employed"), ("Orlov, tilbage 1/3", "leave"), ("Barsel", "leave"),
    ("Afsked", "left")])
def test_back_from_leave_is_no_leave(text: str, state: str) -> None:
    """Someone back from leave is working again; "back on 1/3" says they are away till then."""
    assert status_state(text) == state
