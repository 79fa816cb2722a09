"""Several rows per person (a pay-type list, a training report): read once per person where
every row of theirs gives them alike; rows of one number that give people otherwise, or one
row twice, are left for the list's checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

HEAD = ("Medarbejdernr", "Navn", "Afdeling", "Nærmeste leder", "Lønart", "Beløb")


def read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "l.xlsx", {"Ark1": [HEAD, *rows]}),
                              today=dt.date(2026, 12, 6))


PEOPLE = [(501, "Lars Holm", "Direktion", None), (504, "Bo Lind", "Produktion", "Lars Holm"),
          (506, "Eva Nowak", "Produktion", "Bo Lind"), (507, "Ida Dam", "Produktion", "Bo Lind")]


def test_a_pay_type_list_is_read_once_per_person(tmp_path: Path) -> None:
    rows = [(*p, kind, 100 * k) for p in PEOPLE for k, kind in enumerate(("0010", "0400"))]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["501", "504", "506", "507"]
    assert [e.row for e in listing.employees] == [2, 4, 6, 8]
    [said] = [n for n in listing.notes if n.kind == "rows-per-person"]
    assert said.rows == (3, 5, 7, 9) and "(Lønart, Beløb)" in said.what


def test_rows_of_one_number_that_differ_in_the_persons_fields_are_positions(
        tmp_path: Path) -> None:
    """Her second row gives another unit: no mere row of a pay type, so the rows are left to
    the reading of second positions (one form, from the first row, the difference said)."""
    rows = [(*p, kind, 1) for p in PEOPLE for kind in ("0010", "0400")]
    rows[7] = (507, "Ida Dam", "Lager", "Bo Lind", "0400", 1)  # another unit on her 2nd row
    listing = read(tmp_path, rows)
    assert not [n for n in listing.notes if n.kind == "rows-per-person"]
    assert [e.number for e in listing.employees] == ["501", "504", "506", "507"]
    assert any(n.kind == "position" and 'row 9 says "Lager"' in n.what
               for n in (*listing.notes, *listing.warnings))
