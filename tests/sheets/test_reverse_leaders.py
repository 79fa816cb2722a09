"""Leaders given the other way round: Float's "Manages" lists, on each leader's row, the people
they lead. Each one named there has that leader; nobody named twice, nobody unknown, or the
column is left as it was (and refused as several people in one leader cell)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list

HEAD = ("Name", "Email", "Role", "Department", "Manages", "Account type")
ROWS = [("Fatima Rasmussen", "fra@t.dk", "Direktør", "Direktion",
         "Maja Dalgaard, Kasper Bech-Sørensen", "Manager"),
        ("Maja Dalgaard", "mda@t.dk", "Afdelingsleder", "Arkitektur",
         "Bodil Lund, Camilla Poulsen, Aisha Skovgård", "Manager"),
        ("Bodil Lund", "blu@t.dk", "Konstruktør", "Arkitektur", None, "Member"),
        ("Camilla Poulsen", "cpo@t.dk", "Arkitekt", "Arkitektur", None, "Member"),
        ("Aisha Skovgård", "ask@t.dk", "Arkitekt", "Arkitektur", None, "Member"),
        ("Kasper Bech-Sørensen", "kbe@t.dk", "Afdelingsleder", "Landskab",
         "Ole Holm; ib@t.dk", "Manager"),
        ("Ole Holm", "oho@t.dk", "Landskabsarkitekt", "Landskab", None, "Member"),
        ("Ib Krog", "ib@t.dk", "Landskabsarkitekt", "Landskab", None, "Member")]


def read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    path = tmp_path / "float.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([HEAD, *rows])
    return read_employee_list(path, today=dt.date(2026, 12, 7))


def test_each_one_a_leader_manages_has_that_leader(tmp_path: Path) -> None:
    listing = read(tmp_path, ROWS)
    assert [(e.name, e.leader, e.leader_email) for e in listing.employees] == [
        ("Fatima Rasmussen", "", ""), ("Maja Dalgaard", "Fatima Rasmussen", "fra@t.dk"),
        ("Bodil Lund", "Maja Dalgaard", "mda@t.dk"),
        ("Camilla Poulsen", "Maja Dalgaard", "mda@t.dk"),
        ("Aisha Skovgård", "Maja Dalgaard", "mda@t.dk"),
        ("Kasper Bech-Sørensen", "Fatima Rasmussen", "fra@t.dk"),
        ("Ole Holm", "Kasper Bech-Sørensen", "kbe@t.dk"),
        ("Ib Krog", "Kasper Bech-Sørensen", "kbe@t.dk")]
    [note] = [n for n in listing.notes if n.kind == "people-led"]
    assert '"Manages" lists the people each of 3 people leads (rows 2, 3 and 7)' in note.what


@pytest.mark.parametrize("change", ["twice", "unknown"])
def test_a_list_that_is_no_clean_reverse_stays_refused(tmp_path: Path, change: str) -> None:
    """Someone named under two leaders, or a name nobody on the list has: whose employee
    each one is cannot be told, so nothing is turned round."""
    rows = list(ROWS)
    extra = "Bodil Lund" if change == "twice" else "Else Ukendt"
    rows[5] = (*rows[5][:4], f"Ole Holm, Ib Krog, {extra}", rows[5][5])
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, rows)
    assert "names several people" in str(caught.value) or "not in the list" in str(
        caught.value)
