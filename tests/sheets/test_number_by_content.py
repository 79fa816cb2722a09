"""Where no header names the employee number, a column headed as the employee (``Medarbejder``,
``Employee``, ``Ansatt``) that holds one code with digits per row, all different, is the number,
said in `mus check`; a column of names or of repeated codes is not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def test_an_erp_register_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "medarbejdere.csv"
    path.write_text("\ufeffMedarbejder;Navn;Afdeling;Email;Init;Leder;Mobil\n"
                    "M1001;Asger Quist;Direktion;aq@v.dk;AQU;;+45 80367128\n"
                    "M1002;Tove Lund;Salg;tl@v.dk;TLU;AQU;+45 28479301\n"
                    "M1003;Ib Bøgh;Salg;ib@v.dk;IBØ;TLU;+45 47257065\n", encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.name, e.leader) for e in listing.employees] == [
        ("M1001", "Asger Quist", ""), ("M1002", "Tove Lund", "Asger Quist"),
        ("M1003", "Ib Bøgh", "Tove Lund")]
    assert any(w.kind == "header-content" and '"Medarbejder"' in w.what
               for w in listing.warnings)


@pytest.mark.parametrize("header", ["Employee", "Ansatt", "Worker"])
def test_other_words_for_the_employee(tmp_path: Path, header: str) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        (header, "Full name", "Department"), ("E-17", "Ann Hay", "IT"),
        ("E-18", "Tom Kerr", "IT"), ("E-23", "Liv Rand", "HR")]})
    assert [e.number for e in read_employee_list(path, today=TODAY).employees] == [
        "E-17", "E-18", "E-23"]


def test_codes_that_repeat_are_no_number(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejder", "Navn"), ("G1", "Ann Hay"), ("G1", "Tom Kerr"), ("G2", "Liv Rand")]})
    with pytest.raises(SpreadsheetError, match="No column with the employee number"):
        read_employee_list(path, today=TODAY)


def test_a_company_identifier_of_lettered_codes_is_the_number(tmp_path: Path) -> None:
    for header in ("Company identifier", "Company ID"):
        path = write_xlsx(tmp_path / "c.xlsx", {"People": [
            ("Full name", "Email", header, "Team", "Phone number"),
            ("Tove Dam", "td@g.dk", "GB-001", "Management", "+4587580001"),
            ("Åse Tøt", "at@g.dk", "GB-002", "Platform", "+4587580002"),
            ("Gry Skov", "gs@g.dk", "GB-003", "Platform", "+4587580003")]})
        listing = read_employee_list(path)
        assert [e.number for e in listing.employees] == ["GB-001", "GB-002", "GB-003"], header
        assert any(w.kind == "header-content" for w in listing.warnings)


def test_a_phone_number_is_never_the_employee_number(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", {"People": [
        ("Full name", "Email", "Phone number"), ("Tove Dam", "td@g.dk", "+4587580001"),
        ("Åse Tøt", "at@g.dk", "+4587580002"), ("Gry Skov", "gs@g.dk", "+4587580003")]})
    with pytest.raises(SpreadsheetError):  # a phone list: no number, no leaders
        read_employee_list(path)
    # (with no number column, in a list that names the leaders, each one's own address is
    # their ID, warned)
    led = write_xlsx(tmp_path / "m.xlsx", {"People": [
        ("Full name", "Email", "Phone number", "Manager"),
        ("Tove Dam", "td@g.dk", "+4587580001", None),
        ("Åse Tøt", "at@g.dk", "+4587580002", "Tove Dam"),
        ("Gry Skov", "gs@g.dk", "+4587580003", "Tove Dam")]})
    listing = read_employee_list(led, today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("td@g.dk", ""), ("at@g.dk", "Tove Dam"), ("gs@g.dk", "Tove Dam")]
    assert [w.kind for w in listing.warnings if w.kind == "number-email"] == ["number-email"]
    phones_only = write_xlsx(tmp_path / "q.xlsx", {"People": [
        ("Full name", "Phone number"), ("Tove Dam", "+4587580001"),
        ("Åse Tøt", "+4587580002"), ("Gry Skov", "+4587580003")]})
    with pytest.raises(SpreadsheetError):
        read_employee_list(phones_only)


def test_the_employees_own_column_of_numbers_comes_before_their_initials(
        tmp_path: Path) -> None:
    """Uniconta: "Medarbejder" holds the numbers, "Initialer" the initials, which a header alone
    would take for the number (only if none other is there). The numbers are the number, and the
    initials still find the leaders."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Medarbejder": [
        ("Medarbejder", "Navn", "Initialer", "Afdeling", "Leder"),
        ("1", "Fatima Al-Sayed", "FALS", "400 - Butikker", "RFOG"),
        ("2", "Ib Kirkegaard", "IKIR", "400 - Butikker", "RFOG"),
        ("9", "Rune Fogh", "RFOG", "400 - Butikker", None)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", "Rune Fogh"), ("2", "Rune Fogh"), ("9", "")]
