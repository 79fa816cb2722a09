"""One person on rows of their own numbers (OS2sofd's and PURE's affiliations): the row a
column marks as the main one gives the form; the others are second positions, listed. A
university's staff kinds (TAP, VIP, DVIP, Ph.d.) are employed; Emeritus and Gæst are not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)
HEAD = ("Medarbejdernummer", "Navn", "E-mail", "Enhed", "Primær", "Stopdato", "Leder")


def read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [HEAD, *rows]}),
                              today=TODAY)


def test_the_main_affiliation_gives_the_one_form(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("100", "Maja Dalsgaard", "md@r.dk", "Vej og Park", "Ja", None, None),
        ("491656", "Helle Vinther", "hv@r.dk", "Byggesag", "Ja", None, "Maja Dalsgaard"),
        ("827667", "Helle Vinther", "hv@r.dk", "Vej og Park", "Nej", None, "Maja Dalsgaard"),
        ("753083", "Freja Bundgaard", "fb@r.dk", "Vej og Park", "Ja", None, "Maja Dalsgaard"),
        ("241183", "Line Skov", "ls@r.dk", "Trafik", "Ja", "2026-08-10", "Maja Dalsgaard")])
    assert [(e.number, e.department) for e in listing.employees] == [
        ("100", "Vej og Park"), ("491656", "Byggesag"), ("753083", "Vej og Park")]
    assert [a.number for a in listing.leavers] == ["241183"]  # Stopdato gone by
    [note] = [n for n in listing.notes if n.kind == "position"]
    assert note.what == ("Helle Vinther is on rows 3, 4 under the numbers 491656, 827667: one "
                         "person with more than one position, one form, from row 3 (\"Primær\" "
                         "says it is the main one).")
    assert not [w for w in listing.warnings if w.kind == "same-person"]


def test_without_a_main_mark_the_rows_stay_and_the_address_is_said(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("491656", "Helle Vinther", "hv@r.dk", "Byggesag", None, None, None),
        ("827667", "Helle Vinther", "hv@r.dk", "Vej og Park", None, None, None)])
    assert len(listing.employees) == 2
    assert [w.kind for w in listing.warnings if w.kind == "same-person"] == ["same-person"]


def test_a_universitys_staff_kinds(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "u.xlsx", {"Persons": [
        ("Navn", "Medarbejder-ID", "Ansættelsestype", "Organisatorisk enhed"),
        ("Agnieszka Kowalska", 717267, "TAP", "Sekretariatet"),
        ("Bo Holm", 717268, "VIP", "Biologi"), ("Ida Lund", 717269, "Ph.d.", "Biologi"),
        ("Ole Berg", 717270, "DVIP", "Biologi"), ("Eva Ry", 717271, "VIP", "Biologi"),
        ("Astrid Juul", None, "Emeritus", "Biologi"), ("Jon Sand", None, "Gæst", "Biologi")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["717267", "717268", "717269", "717270",
                                                     "717271"]
    assert [a.name for a in listing.leavers] == ["Astrid Juul", "Jon Sand"]
