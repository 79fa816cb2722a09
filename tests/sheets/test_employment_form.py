"""A column that says what kind of employment someone has (``Ansættelsesform``, ``Worker type``,
``Ansettelsesform``) decides who gets a form: people who are not employed here (external
consultants, agency temps, contingent workers) get none and are listed; interns, students and
apprentices are employees; a kind mus does not know is said with its rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.statuswords import outside
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)
NAMES = ["Ida Holm", "Bo Bach", "Åse Dam", "Ole Krog", "Mie Lund", "Jon Sand"]


def read(tmp_path: Path, header: str, kinds: Sequence[str]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", header),
        *((i + 1, NAMES[i], "IT", kind) for i, kind in enumerate(kinds))]}), today=TODAY)


def test_external_consultants_and_agency_temps_get_no_form(tmp_path: Path) -> None:
    listing = read(tmp_path, "Ansættelsesform", [
        "Fastansat", "Ekstern konsulent", "Elev", "Vikar (bureau)", "Studentermedhjælper",
        "Fastansat"])
    assert [e.number for e in listing.employees] == ["1", "3", "5", "6"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("2", 'Ansættelsesform "Ekstern konsulent": not employed here'),
        ("4", 'Ansættelsesform "Vikar (bureau)": not employed here')]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_contingent_workers_in_english(tmp_path: Path) -> None:
    listing = read(tmp_path, "Worker Type", [
        "Employee", "Employee", "Contingent Worker", "Employee", "Contractor", "Intern"])
    assert [a.number for a in listing.leavers] == ["3", "5"]


def test_a_status_that_says_temp_through_an_agency_is_not_employed_here(tmp_path: Path) -> None:
    """A regional payroll extract's Ansættelsesstatus mixes status and kind: "Vikar - bureau"
    is an agency's temp, though a "Vikar" alone is ours."""
    listing = read(tmp_path, "Ansættelsesstatus", [
        "Aktiv", "Vikar - bureau", "Vikar", "Aktiv", "Orlov", "Fratrådt"])
    assert [e.number for e in listing.employees] == ["1", "3", "4", "5"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("2", 'Ansættelsesstatus "Vikar - bureau": not employed here'),
        ("6", 'Ansættelsesstatus "Fratrådt"')]


def test_a_craftsmans_kinds_with_subcontractors(tmp_path: Path) -> None:
    """Ordrestyring.dk's Type: journeymen, labourers and apprentices are employed (together on
    most rows, none alone), a subcontractor (Underentreprenør) is not."""
    listing = read(tmp_path, "Type", [
        "Svend", "Arbejdsmand", "Lærling", "Underentreprenør", "Svend", "Arbejdsmand"])
    assert [a.number for a in listing.leavers] == ["4"]
    assert len(listing.employees) == 5


def test_a_temp_from_a_firm_whose_name_reads_as_a_kind(tmp_path: Path) -> None:
    """"Vikar (JobVikar ApS)": a firm's legal form names it, though "JobVikar" reads as a
    temp's kind; "Vikar (timelønnet)" is ours."""
    listing = read(tmp_path, "Ansættelsesform", [
        "Fastansat", "Vikar (JobVikar ApS)", "Vikar (timelønnet)", "Fastansat", "Fastansat",
        "Vikar (Adecco A/S)"])
    assert [a.number for a in listing.leavers] == ["2", "6"]


def test_sap_groups_and_statuses_with_their_codes(tmp_path: Path) -> None:
    """SAP HCM writes each value after its code: Medarb.gruppe "8 Ekstern" is not employed
    here; Beskæftigelsesstatus "1 Inaktiv" is someone away for a while (on leave), "0 Udtrådt"
    has left."""
    listing = read(tmp_path, "Medarb.gruppe", [
        "1 Funktionær", "2 Timelønnet", "8 Ekstern", "1 Funktionær", "1 Funktionær",
        "2 Timelønnet"])
    assert [a.number for a in listing.leavers] == ["3"]
    states = read(tmp_path, "Beskæftigelsesstatus", [
        "3 Aktiv", "1 Inaktiv", "0 Udtrådt", "3 Aktiv", "3 Aktiv", "3 Aktiv"])
    assert [a.number for a in states.leavers] == ["3"]
    assert [e.number for e in states.employees if e.on_leave] == ["2"]


def test_contractors_in_danish_dynamics(tmp_path: Path) -> None:
    """Dynamics 365 Human Resources in Danish: Arbejdertype "Kontrahent" (Contractor)."""
    listing = read(tmp_path, "Arbejdertype", [
        "Medarbejder", "Medarbejder", "Kontrahent", "Medarbejder", "Kontrahent", "Medarbejder"])
    assert [a.number for a in listing.leavers] == ["3", "5"]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_hired_in_staff_in_norwegian_and_an_unknown_kind(tmp_path: Path) -> None:
    listing = read(tmp_path, "Ansettelsesform", [
        "Fast", "Innleid", "Fast", "Midlertidig", "Fast", "Sesong"])
    assert [a.number for a in listing.leavers] == ["2"]
    assert [w.what for w in listing.warnings if w.kind == "status-unknown"] == [
        'The Ansettelsesform "Sesong" (row 7) is not a status mus knows, so they are taken as '
        "employed and get a form."]


def test_a_type_column_of_anything_else_decides_nothing(tmp_path: Path) -> None:
    listing = read(tmp_path, "Type", ["A", "Ekstern", "B", "A", "B", "A"])
    assert len(listing.employees) == 6


def test_german_workers_of_an_outside_firm_get_no_form(tmp_path: Path) -> None:
    """Papershift, Personio: "Aushilfe (Fremdfirma)", "Leiharbeiter", "Extern" are people an
    outside firm employs; an Aushilfe of our own is an employee."""
    listing = read(tmp_path, "Status", [
        "Festangestellt", "Aushilfe (Fremdfirma)", "Aushilfe", "Leiharbeiter", "Extern",
        "Festangestellt"])
    assert [e.number for e in listing.employees] == ["1", "3", "6"]
    assert [a.number for a in listing.leavers] == ["2", "4", "5"]


def test_a_fee_earner_is_not_employed(tmp_path: Path) -> None:
    """Zenegy's "Honorarmodtager (B-indkomst)": paid a fee, not a salary."""
    listing = read(tmp_path, "Medarbejdertype", [
        "Direktør", "Funktionær", "Honorarmodtager (B-indkomst)", "Timelønnet", "B-indkomst",
        "Funktionær"])
    assert [a.number for a in listing.leavers] == ["3", "5"]


def test_a_faroese_list(tmp_path: Path) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "fo.xlsx", {"Starvsfólk": [
        ("Starvsfólkanr.", "Navn", "Deild", "Leiðari", "Teldupostur", "Støða"),
        (301, "Bárður Olsen", "Leiðsla", None, "barol@havn.fo", "Í starvi"),
        (302, "Sjúrður Petersen", "Havnarverk", "Bárður Olsen", "sjupe@havn.fo", "Í starvi"),
        (305, "Elin Djurhuus", "Havnarverk", "Sjúrður Petersen", "eldj@havn.fo",
         "Farin úr starvi"),
        (312, "Rúni Joensen", "Havnarverk", "Sjúrður Petersen", "ruj@havn.fo",
         "Barsilsfarloyvi")]}), today=TODAY)
    assert [(e.number, e.department, e.leader_email, e.on_leave) for e in listing.employees] == [
        ("301", "Leiðsla", "", False), ("302", "Havnarverk", "barol@havn.fo", False),
        ("312", "Havnarverk", "sjupe@havn.fo", True)]
    assert [a.number for a in listing.leavers] == ["305"]


@pytest.mark.parametrize(("kind", "away"), [
    ("Key account manager", False), ("Account manager", False), ("Service account", True),
    ("Shared account", True), ("Funktionskonto", True), ("Leverandører", True),
    ("Personale", False), ("Eksterne", True), ("Test", True), ("System", True),
    ("Klienter;Samarbejdspartnere", True), ("Kunde hos reklamebureau", False)])
def test_an_account_is_no_one_and_an_account_manager_is_someone(kind: str, away: bool) -> None:
    """"account" alone is a job title's word (a key account manager sells); only a kind of
    account (service, shared) is an account no one holds."""
    assert outside(kind) is away


def test_a_job_title_that_says_no_employee_even_beside_a_number(tmp_path: Path) -> None:
    """TimeCare's Personalekategori "Vikar - bureau" (the B-numbers), a faculty's "Professor
    emeritus (ulønnet)": no employees whatever their number; a consultancy's "Senior
    Consultant" and an "Ekstern lektor" are."""
    path = write_xlsx(tmp_path / "t.xlsx", {"Ark1": [
        ("Personalenr", "Navn", "Afdeling", "Personalekategori"),
        ("1113", "Susanne Bach", "Akut", "Akutsygeplejerske"),
        ("B1148", "Lise Petersen", "Akut", "Vikar - bureau"),
        ("639678", "Jūratė Kazlauskienė", "Kemi", "Professor emeritus (ulønnet)"),
        ("1114", "Bo Dam", "Akut", "Senior Consultant"),
        ("1115", "Eva Ry", "Kemi", "Ekstern lektor")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1113", "1114", "1115"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("B1148", 'Personalekategori "Vikar - bureau": not employed here'),
        ("639678", 'Personalekategori "Professor emeritus (ulønnet)": not employed here')]
