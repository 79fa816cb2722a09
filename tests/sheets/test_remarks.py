"""A free remark column ("Bemærkning", "Kommentar", "Notes") is read for one thing: a short
remark that says the person is on leave marks them on leave (their form is made as for anyone);
one that says they left is a warning, never acted on; a remark about leave that is over or to
come says nothing. The remark's own words never appear in what mus says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(("header", "leave", "over", "left"), [
    ("Bemærkning", "Barsel fra 1/10-2026", "Tilbage fra barsel 1/9", "Fratrådt 31/10"),
    ("Kommentar", "på barsel til marts", "har været på orlov", "Ophørt"),
    ("Notes", "On parental leave", "Back from leave in May", "Terminated?"),
])
def test_a_remark_that_says_leave(tmp_path: Path, header: str, leave: str, over: str,
                                  left: str) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Afdeling", header),
        (1, "Signe Juul", "Ledelse", None), (2, "Bo Lind", "Pleje", leave),
        (3, "Eva Ry", "Pleje", over), (4, "Jon Ask", "Pleje", left),
        (5, "Ida Holm", "Pleje", "ny 1/11")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1", False), ("2", True), ("3", False), ("4", False), ("5", False)]
    [(_, _, _, reason)] = [(a.row, a.number, a.name, a.reason) for a in listing.on_leave]
    assert reason == f"{header} speaks of leave"
    [warning] = [w for w in listing.warnings if w.kind == "remark-left"]
    assert warning.what.startswith(f"The {header} in row 5 says the person has left")
    said = " ".join(n.what for n in (*listing.notes, *listing.warnings))
    assert leave not in said and left not in said
