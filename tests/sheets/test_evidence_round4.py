"""Issue 20, fourth round: rules checked on shapes they were not made from.

- A CPR number is a token of its own: ten digits inside a longer token of letters and digits (a
  directory object ID, a hash) are an identifier, and the list is read; every true CPR shape
  (dashed, undashed, in text, after a word) is still found.
- Numbers written with a thousands separator in a text file (``10.234``, ``10,234``,
  ``10 234``) are read without it when the whole column is written so, the leader-number column
  alike, and `mus check` says so; a column of decimals keeps them.
- A yes/no column whose header names a state of not working here (``suspended``, ``Disabled``,
  ``Konto spærret``) means no form for the rows that say yes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.cpr import has_cpr, mask_cpr
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 5)


def read_csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Any:
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    return read_employee_list(path, today=TODAY)


def read_xlsx(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


# --- CPR: a token of its own --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "0bee2de0-2172-443d-95ce-0401134831c7",  # Entra object ID: ten digits, then c7
    "ca7bca36-1c1b-4da6-846a-ab1403718812",  # a GUID's last group, letters before the digits
    "ab140371-8812-4da6-846a-9ef83cc52620",  # dashed digits across a GUID's groups
    "9f2c1403718812e07a55d1b3c0aa9e12",  # an MD5 hash
    "sha1:a3f1403718812e",  # letters and digits around them
    "S1403718812X",  # a serial number
])
def test_digits_inside_an_identifier_are_no_cpr(text: str) -> None:
    assert not has_cpr(text)
    assert mask_cpr(text) == text


@pytest.mark.parametrize("text", [
    "1403718812", "140371-8812", "140371 8812", "Karen Bøgh Ravn (140371-8812)",
    "CPR1403718812", "cpr:1403718812", "id-1403718812", "Født 140371-8812, se mappe",
])
def test_every_true_cpr_shape_is_still_found(text: str) -> None:
    assert has_cpr(text)
    assert "8812" not in mask_cpr(text)


def test_an_id_column_of_guids_does_not_refuse_the_list(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "ObjectId,DisplayName,EmployeeId,Department,Mail\n"
        "118c23dd-f6db-44ac-872c-0401134831c7,Kirsten Holm,7002,Drift,kho@x.dk\n"
        "5d1e0c2a-1b2b-4c3c-9d4d-ab1403718812,Kåre Friis,7003,Drift,kfr@x.dk\n"
        "0bee2de0-2172-443d-95ce-51b075b64e01,Ida Wøldike,7004,Drift,iwo@x.dk\n"))
    assert [e.number for e in listing.employees] == ["7002", "7003", "7004"]


def test_a_true_cpr_beside_a_guid_is_still_kept_out(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "ObjectId,DisplayName,EmployeeId,Notes\n"
        "118c23dd-f6db-44ac-872c-0401134831c7,Kirsten Holm,7002,\n"
        "0bee2de0-2172-443d-95ce-51b075b64e01,Ida Wøldike,7004,cpr 140371-8812\n"))
    said = [w for w in listing.warnings if w.kind == "cpr-cell"]
    assert [(w.row, w.column) for w in said] == [(3, "Notes")]
    assert "140371-XXXX" in said[0].what
    assert all("8812" not in v for e in listing.employees for v in e.columns.values())
    assert [e.number for e in listing.employees] == ["7002", "7004"]


# --- Thousands separators -----------------------------------------------------------------

def test_danish_thousands_points_in_number_and_leader_number(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "Lønnr;Navn;Afdeling;Leder lønnr\n10.201;Nanna Dahl;Direktion;\n"
        "10.202;Søren Quist;Produktion;10.201\n10.203;Bodil Løv;Produktion;10.202\n"),
        "cp1252")
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("10201", ""), ("10202", "Nanna Dahl"), ("10203", "Søren Quist")]
    assert any(n.kind == "thousands" and "Lønnr" in n.what for n in listing.notes)


def test_english_thousands_commas_with_small_numbers_beside(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        'Employee No,Name,Manager No\n998,Ann Hay,\n"1,002",Bo Lee,998\n'
        '"12,345",Cy Orr,"1,002"\n'))
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("998", ""), ("1002", "Ann Hay"), ("12345", "Bo Lee")]


def test_space_as_thousands_separator_in_a_tab_file(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "Anst.nr\tNamn\tAvdelning\n10 234\tAnna Berg\tIT\n10\u00a0235\tOlle Ek\tIT\n"))
    assert [e.number for e in listing.employees] == ["10234", "10235"]


def test_a_column_only_partly_grouped_is_left_as_written(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "Lønnr;Navn;Afdeling\n10.201;Nanna Dahl;IT\n10202;Søren Quist;IT\n"))
    assert [e.number for e in listing.employees] == ["10.201", "10202"]
    assert not any(n.kind == "thousands" for n in listing.notes)


# --- Negative booleans --------------------------------------------------------------------

@pytest.mark.parametrize(("header", "yes", "no"), [
    ("suspended", "True", "False"),  # Google Workspace (GAM)
    ("Disabled", "TRUE", "FALSE"),  # an LDAP or Okta export
    ("Konto spærret", "Ja", "Nej"),  # a Danish IT list
    ("Arkiveret", "x", ""),  # a mark in an archive column
    ("isBlocked", "1", "0"),
])
def test_yes_in_a_not_working_here_column_means_no_form(tmp_path: Path, header: str,
                                                        yes: str, no: str) -> None:
    listing = read_xlsx(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", header),
        ("901", "Aksel Mølgaard", "Ledelse", no), ("902", "Tove Jørgensen", "IT", no),
        ("903", "Dorthe Østergaard", "IT", yes), ("904", "Maja Laursen", "IT", no)])
    assert [e.number for e in listing.employees] == ["901", "902", "904"]
    assert [a.number for a in listing.leavers] == ["903"]


def test_a_negated_header_or_words_in_the_column_are_no_flag(tmp_path: Path) -> None:
    listing = read_xlsx(tmp_path, [
        ("Medarbejdernr.", "Navn", "Ikke spærret", "Lukket"),
        ("901", "Aksel Mølgaard", "Ja", "Kontoret i Vejle"), ("902", "Tove Jørgensen", "Nej",
                                                               "Ja")])
    assert [e.number for e in listing.employees] == ["901", "902"]


# --- A kind-of-employment column under a header mus does not know ---------------------------

def _staff(kinds: Sequence[str]) -> list[tuple[str, ...]]:
    names = ["Karen Nyholm", "Freja Lund", "Mikkel Overgaard", "Gry Schøler", "Nanna Bæk",
             "Ole Dam", "Pia Vest", "Rune Holt", "Sara Kirk", "Tim Berg"]
    return [(str(501 + i), names[i], "IT", kind) for i, kind in enumerate(kinds)]


@pytest.mark.parametrize(("header", "kinds", "out"), [
    # a Danish municipality's staff categories: trainees and flex jobs are employees
    ("Personalegruppe", ["Fastansat"] * 6 + ["Elev", "Fleksjob", "Praktikant (ulønnet)",
                                             "Honorarlønnet"], ["509", "510"]),
    # Entra / Graph: members and a guest account
    ("userType", ["Member"] * 8 + ["Guest", "Member"], ["509"]),
    # a Norwegian list: hired-in staff
    ("Kategori", ["Fast ansatt"] * 7 + ["Innleid", "Vikar", "Fast ansatt"], ["508"]),
    # an English list: volunteers
    ("Group", ["Employee"] * 8 + ["Volunteer", "Employee"], ["509"]),
])
def test_a_kind_column_is_known_by_its_cells(tmp_path: Path, header: str, kinds: list[str],
                                             out: list[str]) -> None:
    listing = read_xlsx(tmp_path, [("Medarbejdernr.", "Navn", "Afdeling", header),
                                   *_staff(kinds)])
    assert [a.number for a in listing.leavers] == out
    assert len(listing.employees) == 10 - len(out)
    assert any(n.kind == "kind-by-content" for n in listing.notes)


def test_a_column_of_job_titles_is_no_kind_column(tmp_path: Path) -> None:
    listing = read_xlsx(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Titel"),
        *_staff(["Sygeplejerske"] * 6 + ["Overlæge", "Sekretær", "Portør", "Konsulent"])])
    assert len(listing.employees) == 10
    assert not listing.leavers


def test_status_sentences_read_by_their_words(tmp_path: Path) -> None:
    listing = read_xlsx(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Ansættelsesstatus"),
        *_staff(["Ansat"] * 5 + ["Opsagt – fratræder 31-01-2027", "Fritstillet",
                                 "Fratrådt 30-09-2026", "Barselsorlov", "Ansat"])])
    assert [a.number for a in listing.leavers] == ["507", "508"]
    assert [a.number for a in listing.on_leave] == ["509"]
    assert "506" in [e.number for e in listing.employees]


# --- A legend whose meaning follows its look in the same sentence ------------------------------

def _marked_book(path: Path, legend_sheet: str | None, legend: str, look: Any) -> Path:
    """A list of five (struck or filled: rows 3 and 5 of the list), the legend on the list's
    sheet above the header, or on a notes sheet before it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    if legend_sheet:
        ws.title = legend_sheet
        ws.append(["Noter"])
        ws.append([legend])
        ws = wb.create_sheet("Personale")
    else:
        ws.append([legend])
    ws.append(["Lønnr.", "Navn", "Afdeling"])
    for i, name in enumerate(["Ida Holm", "Bo Bach", "Åse Dam", "Ole Krog", "Mie Lund"]):
        ws.append([31 + i, name, "IT"])
        if i in (1, 3):
            for cell in ws[ws.max_row]:
                setattr(cell, *look)
    wb.save(path)
    return path


@pytest.mark.parametrize(("sheet", "legend", "look"), [
    (None, "Gennemstregede har sagt op og er stoppet.", ("font", "strike")),
    ("Noter", "Rows struck through: no longer with us, as they have left", ("font", "strike")),
    ("Forklaring", "Rækker i rødt er gået på pension og er pensioneret", ("fill", "red")),
])
def test_a_look_and_its_meaning_across_clauses(tmp_path: Path, sheet: str | None, legend: str,
                                               look: tuple[str, str]) -> None:
    from openpyxl.styles import Font, PatternFill

    style = Font(strike=True) if look[1] == "strike" else PatternFill("solid",
                                                                        fgColor="FFFF0000")
    path = _marked_book(tmp_path / "e.xlsx", sheet, legend, (look[0], style))
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["32", "34"]
    assert len(listing.employees) == 3


def test_a_meaning_in_the_next_sentence_is_not_the_looks(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    path = _marked_book(tmp_path / "e.xlsx", None, "Gennemstregede er nye. Fratrådte er slettet",
                        ("font", Font(strike=True)))
    listing = read_employee_list(path, today=TODAY)
    assert not listing.leavers
    assert len(listing.employees) == 5


def test_danish_words_for_employee_and_contingent_worker(tmp_path: Path) -> None:
    listing = read_xlsx(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Medarbejdertype"),
        *_staff(["Medarbejder"] * 8 + ["Kontingent arbejdstager", "Medarbejder"])])
    assert [a.number for a in listing.leavers] == ["509"]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]
