"""A column of short codes that a legend on the sheet explains is read through the legend: a
code for leaving means no form, one for leave is leave; a code the legend does not know, or a
column of codes with no legend, is left alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)
STAFF = [(1, "Hanne Hvid", "Ledelse", None), (2, "Mette Krog", "Medicin", "B"),
         (3, "Emil Lund", "Medicin", None), (4, "Åse Ravn", "Medicin", "F"),
         (5, "Ida Bech", "Kirurgi", "O"), (6, "Poul Lund", "Kirurgi", None)]


def _read(tmp_path: Path, header: str, after: Sequence[Sequence[Any]] = ()) -> Any:
    rows = [("Nr", "Navn", "Afsnit", header), *STAFF, (), *after]
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


@pytest.mark.parametrize(("header", "after"), [
    ("Kode", [("Forklaring til kode:",), ("B = barsel",), ("O = orlov",),
              ("F = fratræder/fratrådt – skal ikke have MUS",)]),
    ("Kode", [("Koder: B = barsel, O = orlov, F = fratrådt",)]),
    ("Kode", [(None, None, None, None, "B", "barsel"), (None, None, None, None, "O", "orlov"),
              (None, None, None, None, "F", "fratrådt")]),
    ("Kode", [("B", "barsel"), ("O", "orlov"), ("F", "fratrådt")]),  # under the list's own
    ("Kode (B=barsel, O=orlov, F=fratrådt)", []),
    ("St.", [("Forklaring:", "B = barsel, O = orlov, F = fratrådt")]),  # label in the number column
    ("Fravær", [("(B) Barsel",), ("(O) Orlov",), ("(F) Fratrådt",)]),
    ("Fraværskode", [("B = barselsorlov",), ("O = ulønnet orlov",), ("F = fratrådt",)]),
])
def test_codes_read_through_their_legend(tmp_path: Path, header: str,
                                         after: Sequence[Sequence[Any]]) -> None:
    listing = _read(tmp_path, header, after)
    assert [e.number for e in listing.employees] == ["1", "2", "3", "5", "6"]
    assert [a.number for a in listing.leavers] == ["4"]
    assert [a.number for a in listing.on_leave] == ["2", "5"]
    [note] = [n for n in listing.notes if n.kind == "code-legend"]
    assert "b = barsel" in note.what.casefold() and "f = fratr" in note.what.casefold()


def test_a_code_the_legend_does_not_know_leaves_the_column_alone(tmp_path: Path) -> None:
    listing = _read(tmp_path, "Kode", [("B = barsel",), ("O = orlov",)])  # F unexplained
    assert len(listing.employees) == 6 and not listing.leavers
    assert not [n for n in listing.notes if n.kind == "code-legend"]


def test_short_codes_without_a_legend_are_no_status(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Køn"), (1, "Hanne Hvid", "K"), (2, "Mads Krog", "M"),
            (3, "Emil Lund", "M"), (), ("K = kvinde, M = mand",)]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=TODAY)
    assert len(listing.employees) == 3 and not listing.leavers and not listing.on_leave


def test_codes_explained_on_a_sheet_of_their_own(tmp_path: Path) -> None:
    """A school's admin export: "Statuskode" 1, 2, 3, 8, 9 on the list, and a sheet "Koder"
    under the same header, each code beside its meaning. 8 (Fratrådt) has left, 2 and 3 are
    leave, 9 (Ekstern vikar) no employee; a code the sheet does not explain leaves the column
    unread, refused as codes mus does not know."""
    head = ("Medarbejdernr", "Navn", "Afdeling", "Statuskode", "Leder")
    rows = [head, ("1212", "Lone Bæk", "Ledelsen", 1, None),
            ("1030", "Ayşe Kjær", "Naturvidenskab", 1, "Lone Bæk"),
            ("1242", "Ann Høj", "Naturvidenskab", 2, "Ayşe Kjær"),
            ("1058", "Ole Friis", "Naturvidenskab", 3, "Ayşe Kjær"),
            ("1087", "Eva Dam", "Naturvidenskab", 8, "Ayşe Kjær"),
            (None, "Malene Hassan", "Naturvidenskab", 9, "Ayşe Kjær")]
    key = [("Statuskode", "Betydning"), (1, "Aktiv"), (2, "Orlov"), (3, "Barsel"),
           (8, "Fratrådt"), (9, "Ekstern vikar")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Data": rows,
                                                                  "Koder": key}),
                                 today=dt.date(2026, 12, 7))
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1212", False), ("1030", False), ("1242", True), ("1058", True)]
    assert {a.name for a in listing.leavers} == {"Eva Dam", "Malene Hassan"}
    [note] = [n for n in listing.notes if n.kind == "code-legend"]
    assert 'the sheet "Koder" explains' in note.what
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "f.xlsx", {"Data": rows, "Koder": key[:-1]}),
                           today=dt.date(2026, 12, 7))
    assert "holds codes mus does not know" in str(caught.value)
