"""Two columns that could be one field are told apart by what they hold, and the choice is said;
a hidden column never beats a shown one; headers are read in any shape (``Tj.nr.``,
``Ressourcenr.``, ``ou``, ``Org Level 1 Description``, ``Butikschef``); the columns are refused
only when the evidence is even."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 5)


def read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


def columns(listing: Any) -> dict[str, str]:
    return {key: use.header for key, use in listing.layout.fields.items()}


def test_a_hidden_column_never_beats_a_shown_one(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in [("Medarbejdernr.", "Navn", "Afdeling (gammel)", "Afdeling (ny)"),
                (501, "Nanna Sørensen", "Sygeplejen", "Pleje"),
                (502, "Ole Løkke", "Sekretariatet", "Administration")]:
        ws.append(list(row))
    ws.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "e.xlsx")
    listing = read_employee_list(tmp_path / "e.xlsx", today=TODAY)
    assert [e.department for e in listing.employees] == ["Pleje", "Administration"]
    assert [n.what for n in listing.notes if n.kind != "no-leaders"] == [
        'The hidden column "Afdeling (gammel)" (column C) could also be the department; the '
        'shown column "Afdeling (ny)" (column D) is used.']


def test_the_current_department_beats_the_old_one(tmp_path: Path) -> None:
    listing = read(tmp_path, [("Nr.", "Navn", "Gammel afdeling", "Afdeling"),
                              (1, "Ida Holm", "Sygeplejen", "Pleje")])
    assert listing.employees[0].department == "Pleje"


def test_the_employee_number_is_the_column_that_runs_in_order(tmp_path: Path) -> None:
    """Factorial: its own internal ``ID`` and the company's ``Identifier``, both unique."""
    listing = read(tmp_path, [
        ("ID", "Full name", "Identifier"), (289222, "Emil Løkke", "KK-001"),
        (282376, "Mikkel Lund", "KK-002"), (288336, "Søren Holm", "KK-003"),
        (297233, "Dorthe Vestergaard", "KK-004"), (281033, "Tina Kjærgaard", "KK-005")])
    assert [e.number for e in listing.employees] == ["KK-001", "KK-002", "KK-003", "KK-004",
                                                     "KK-005"]
    assert listing.warnings[0].what == (
        'Two columns could be the employee number: "Identifier" (column C) and "ID" (column A), '
        "and they differ (first in row 2). Column C is used: its numbers run in order down the "
        "list.")


def test_the_employee_number_beats_initials(tmp_path: Path) -> None:
    listing = read(tmp_path, [("Tj.nr.", "Medarbejder", "Initialer", "Nærmeste leder (initialer)"),
                              (40213, "Signe Due", "SDU", None),
                              (40220, "Rasmus Østergaard", "RØS", "SDU")])
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("40213", ""), ("40220", "Signe Due")]


def test_numbers_as_even_as_can_be_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [("ID", "Navn", "Identifier"), (1, "Ida Holm", 11),
                        (2, "Bo Bach", 12), (3, "Åse Lund", 13)])
    assert ('Two columns could be the employee number: "ID" (column A) and "Identifier" '
            "(column C), and they differ (first in row 2).") in str(caught.value)


def test_the_work_address_beats_a_private_one_whatever_the_headers(tmp_path: Path) -> None:
    """Business Central: ``Firmamail`` and a private ``E-mail``; the leader's mail goes to
    the work address on the leader's row."""
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Firmamail", "E-mail", "Chefnr."),
        ("M001", "Torben Brandt", "tbr@jm.dk", "torben53@hotmail.com", None),
        ("M002", "Christian Nielsen", "cni@jm.dk", "christian17@gmail.com", "M001"),
        ("M003", "Bjørn Dalgaard", "bda@jm.dk", "bjoern70@hotmail.com", "M002")])
    assert [(e.email, e.leader_email) for e in listing.employees] == [
        ("tbr@jm.dk", ""), ("cni@jm.dk", "tbr@jm.dk"), ("bda@jm.dk", "cni@jm.dk")]
    assert "Column C is used: it holds work addresses, not private ones" in str(
        listing.warnings[0])


def test_the_legal_name_before_the_preferred_one_which_still_finds_leaders(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Employee ID", "Legal name", "Preferred name", "Manager"),
        ("GL001", "Julie Vang Aagaard", "Julie Aagaard", None),
        ("GL002", "Signe Munk Løkke", "Signe Løkke", "Julie Aagaard")])
    assert [(e.name, e.leader) for e in listing.employees] == [
        ("Julie Vang Aagaard", ""), ("Signe Munk Løkke", "Julie Vang Aagaard")]
    assert columns(listing)["name"] == "Legal name"


def test_a_user_name_is_no_name(tmp_path: Path) -> None:
    """ServiceNow: ``user_name`` beside ``name``; Planday: e-mail addresses in ``Brugernavn``
    beside first and last name."""
    listing = read(tmp_path, [("employee_number", "user_name", "name", "manager"),
                              ("20411", "lars.loekke", "Lars Løkke", None),
                              ("20412", "astrid.thomsen", "Astrid Skov Thomsen", "Lars Løkke")])
    assert [(e.name, e.leader) for e in listing.employees] == [
        ("Lars Løkke", ""), ("Astrid Skov Thomsen", "Lars Løkke")]
    planday = read(tmp_path, [("Fornavn", "Efternavn", "Brugernavn", "Lønnummer"),
                              ("Åse", "Petersen", "aase.petersen@cafe.dk", 301),
                              ("Gitte", "Dahl", "gitte.dahl@cafe.dk", 302)])
    assert [(e.name, e.email) for e in planday.employees] == [
        ("Åse Petersen", "aase.petersen@cafe.dk"), ("Gitte Dahl", "gitte.dahl@cafe.dk")]


def test_a_name_column_of_logins_is_no_name_when_first_and_last_are_there(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [("Nr.", "Navn", "Fornavn", "Efternavn"),
                              (1, "ida.holm", "Ida", "Holm"), (2, "bo.bach", "Bo", "Bach")])
    assert [e.name for e in listing.employees] == ["Ida Holm", "Bo Bach"]
    assert "holds user names" in listing.warnings[0].what


@pytest.mark.parametrize(("headers", "field", "header"), [
    (("ou", "departmentNumber"), "department", "ou"),
    (("departmentNumber", "ou"), "department", "ou"),
    (("Org Level 1 Description", "Job Title"), "department", "Org Level 1 Description"),
    (("Global dimension 1-kode", "Stilling"), "department", "Global dimension 1-kode"),
    (("Stillingsnr.", "Stilling"), "job_title", "Stilling"),
    (("Position ID", "Position"), "job_title", "Position"),
    (("Butik", "Butiksleder"), "department", "Butik"),
    (("Butik", "Butiksleder"), "leader", "Butiksleder"),
])
def test_headers_in_any_shape(tmp_path: Path, headers: tuple[str, str], field: str,
                              header: str) -> None:
    values = {"ou": "Drift", "departmentNumber": 20, "Org Level 1 Description": "Production",
              "Job Title": "Operator", "Global dimension 1-kode": "SALG", "Stilling": "Sælger",
              "Stillingsnr.": "ST-0411", "Position ID": "P-77", "Position": "Sælger",
              "Butik": "Aalborg", "Butiksleder": None}
    listing = read(tmp_path, [("Nr.", "Navn", *headers),
                              (1, "Ida Holm", *(values[h] for h in headers))])
    assert columns(listing)[field] == header


def test_a_resource_number_is_the_employee_number(tmp_path: Path) -> None:
    """Unit4: ``Ressourcenr.`` and the leader as ``Leder (ressourcenr.)``."""
    listing = read(tmp_path, [("Ressourcenr.", "Navn", "Org.enhed", "Leder (ressourcenr.)"),
                              (12001, "Camilla Nielsen", "1000 Direktion", None),
                              (12002, "Bjørn Kjær", "4120 Vej og Park", 12001)])
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("12001", "1000 Direktion", ""), ("12002", "4120 Vej og Park", "Camilla Nielsen")]


def test_full_names_beat_a_display_name_of_first_names_whatever_the_headers(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [("Nr.", "Display Name", "Full Name", "Afdeling"),
                              (11, "Jens", "Jens Madsen", "Drift"),
                              (12, "Mille", "Mille Møller", "Drift")])
    assert [e.name for e in listing.employees] == ["Jens Madsen", "Mille Møller"]
    assert "Column C is used: it holds full names." in listing.warnings[0].what
