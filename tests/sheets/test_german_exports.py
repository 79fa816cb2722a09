"""German HR exports read like the Danish, Nordic and English ones: German headers (names,
department, leader, e-mail, status, entry and exit dates), German status words (Aktiv,
Ausgetreten, Elternzeit …) and Excel's German subtotal rows ("… Anzahl", "Gesamtergebnis")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import MusError
from pipeline.sheets import read_employee_list
from pipeline.sheets.headerwords import inferred_role
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 5)


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "mitarbeiter.xlsx", {"Mitarbeiter": rows}),
                              today=TODAY)


def people(listing: Any) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees]


@pytest.mark.parametrize(("header", "key"), [
    ("Personalnummer", "number"), ("Personal-Nr.", "number"), ("Mitarbeiter-ID", "number"),
    ("Nachname", "last"), ("Familienname", "last"), ("Vorname", "first"),
    ("Name, Vorname", "name_reversed"), ("Name des Mitarbeiters", "name"),
    ("Organisationseinheit", "department"), ("Abteilung", "department"),
    ("Bereich", "department"), ("Vorgesetzter", "leader"), ("Vorgesetzte:r", "leader"),
    ("Führungskraft", "leader"), ("Abteilungsleiter", "leader"),
    ("E-Mail Vorgesetzter", "leader_email"),
    ("Personalnummer des Vorgesetzten", "leader_number"), ("E-Mail", "email"),
    ("Stellenbezeichnung", "job_title"), ("Tätigkeit", "job_title"),
    ("Status", "status"), ("Beschäftigungsstatus", "status"),
    ("Austrittsdatum", "end_date"), ("Austritt", "end_date"),
])
def test_german_headers_name_the_fields(header: str, key: str) -> None:
    role = inferred_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", ["Kostenstelle", "Geburtsdatum", "Eintrittsdatum",
                                    "Standort", "Telefonnummer", "Anzahl Mitarbeiter"])
def test_german_headers_of_other_things_name_no_field(header: str) -> None:
    assert inferred_role(header) is None


def test_sap_list_with_german_subtotals_status_and_exit_date(tmp_path: Path) -> None:
    """SAP: Nachname and Vorname, Vorgesetzter "Nachname, Vorname", Excel's subtotal rows."""
    listing = read(tmp_path, [
        ("Personalnummer", "Nachname", "Vorname", "Organisationseinheit", "Vorgesetzter",
         "E-Mail", "Status", "Austrittsdatum"),
        (50001201, "Nørgaard", "Dorthe", "Geschäftsführung", None, "dn@k.de", "Aktiv", None),
        ("=SUBTOTAL(3,A2:A2)", None, None, "Geschäftsführung Anzahl"),
        (50001202, "Holm", "Rasmus", "Vertrieb", "Nørgaard, Dorthe", "rh@k.de", "Aktiv", None),
        (50001203, "Pedersen", "Jana", "Vertrieb", "Holm, Rasmus", "jp@k.de", "Ausgetreten",
         dt.datetime(2026, 10, 31)),
        (50001204, "Friis", "Emil", "Vertrieb", "Holm, Rasmus", "ef@k.de", "Elternzeit", None),
        ("=SUBTOTAL(3,A4:A6)", None, None, "Vertrieb Anzahl"),
        ("=SUBTOTAL(3,A2:A7)", None, None, "Gesamtergebnis"),
    ])
    assert people(listing) == [
        ("50001201", "Dorthe Nørgaard", "Geschäftsführung", "", ""),
        ("50001202", "Rasmus Holm", "Vertrieb", "Dorthe Nørgaard", "dn@k.de"),
        ("50001204", "Emil Friis", "Vertrieb", "Rasmus Holm", "rh@k.de")]
    assert [a.number for a in listing.leavers] == ["50001203"]
    assert [e.on_leave for e in listing.employees] == [False, False, True]
    assert {s.reason for s in listing.skipped} >= {"subtotal", "total"}


def test_personio_in_german(tmp_path: Path) -> None:
    """Personio with German labels: Vorgesetzte:r as a name, Beurlaubt, Inaktiv."""
    listing = read(tmp_path, [
        ("ID", "Vorname", "Nachname", "E-Mail", "Abteilung", "Position", "Vorgesetzte:r",
         "Status", "Eintrittsdatum"),
        (11, "Anna", "Berg", "ab@firma.de", "Marketing", "Leiterin", None, "Aktiv",
         dt.datetime(2019, 1, 1)),
        (12, "Jonas", "Keller", "jk@firma.de", "Marketing", "Referent", "Anna Berg",
         "Beurlaubt", dt.datetime(2020, 3, 1)),
        (13, "Lena", "Vogt", "lv@firma.de", "Marketing", "Referentin", "Anna Berg", "Inaktiv",
         dt.datetime(2021, 5, 1)),
        (14, "Paul", "Roth", "pr@firma.de", "Marketing", "Werkstudent", "Anna Berg", "Aktiv",
         dt.datetime(2025, 9, 1)),
    ])
    assert people(listing) == [
        ("11", "Anna Berg", "Marketing", "", ""),
        ("12", "Jonas Keller", "Marketing", "Anna Berg", "ab@firma.de"),
        ("14", "Paul Roth", "Marketing", "Anna Berg", "ab@firma.de")]
    assert [a.number for a in listing.leavers] == ["13"]
    assert [e.on_leave for e in listing.employees] == [False, True, False]


def test_datev_list_with_exit_dates_and_a_total(tmp_path: Path) -> None:
    """DATEV Lohn: Personalnummer, Name, Vorname, Abteilung, Austritt; "Summe" at the end."""
    listing = read(tmp_path, [
        ("Personalnummer", "Name", "Vorname", "Abteilung", "Tätigkeit", "E-Mail", "Eintritt",
         "Austritt"),
        ("00101", "Schulz", "Maria", "Lager", "Lageristin", "ms@b.de",
         dt.datetime(2015, 4, 1), None),
        ("00102", "Wagner", "Tim", "Lager", "Fahrer", "tw@b.de", dt.datetime(2018, 1, 1),
         dt.datetime(2026, 6, 30)),
        ("00103", "Becker", "Ute", "Büro", "Buchhalterin", "ub@b.de", dt.datetime(2010, 8, 1),
         dt.datetime(2027, 3, 31)),
        ("Summe", 3),
    ])
    assert [(e.number, e.name, e.department) for e in listing.employees] == [
        ("00101", "Maria Schulz", "Lager"), ("00103", "Ute Becker", "Büro")]
    assert [a.number for a in listing.leavers] == ["00102"]


def test_a_german_status_mus_does_not_know_is_said(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Personalnummer", "Vorname", "Nachname", "Abteilung", "Status"),
        (1, "Eva", "Lang", "IT", "Aktiv"), (2, "Max", "Kurz", "IT", "Abgeordnet"),
        (3, "Ida", "Hahn", "IT", "Aktiv")])
    assert [e.number for e in listing.employees] == ["1", "2", "3"]
    assert any("Abgeordnet" in str(w) for w in listing.warnings)


def test_german_list_without_a_name_is_refused_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(MusError) as caught:
        read(tmp_path, [("Personalnummer", "Kostenstelle", "Abteilung"),
                        (1, "4711", "IT"), (2, "4712", "HR")])
    assert "name" in str(caught.value)


def test_a_name_of_user_names_beside_the_first_name_is_no_family_name(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Personalnummer", "Name", "Vorname", "Abteilung"),
        (1, "mschulz", "Maria", "Lager"), (2, "twagner", "Tim", "Lager"),
        (3, "ubecker", "Ute", "Büro")])
    assert "last" not in listing.layout.fields
    assert not any(n.kind == "family-name" for n in listing.notes)
