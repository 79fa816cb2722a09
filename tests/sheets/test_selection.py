"""A column in which HR marks who is to have MUS this season: a no there refuses the list with
the rows (what the no means is HR's to settle); a column of talks already held is no matter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

PEOPLE = [(41, "Nanna Schøler", "Direktion", None), (42, "Helle Høj", "Tegnestue", "Nanna Schøler"),
          (43, "Emil Bjørn", "Tegnestue", "Helle Høj"), (44, "Lise Sand", "Tegnestue", "Helle Høj")]


def read(tmp_path: Path, header: str, marks: list[str | None]) -> Any:
    rows = [("Nr.", "Navn", "Afdeling", "Leder", header),
            *((*p, m) for p, m in zip(PEOPLE, marks, strict=True))]
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 12, 5))


@pytest.mark.parametrize("header", ["MUS i år?", "Skal have MUS", "MUS (ja/nej)", "MUS 2026",
                                    "MUS 2026/2027"])
def test_a_no_in_a_column_of_who_is_to_have_mus_refuses(tmp_path: Path, header: str) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, header, ["Ja", "Ja", "Nej – startet 1/11", "ja"])
    assert f'row 4, column "{header}": The column "{header}" (column E) says no for row 4' \
        in str(caught.value)
    assert "startet" not in str(caught.value)


@pytest.mark.parametrize(("header", "marks"), [
    ("MUS 2025 holdt", ["x", None, "x", "Nej"]),  # last season's talks
    ("MUS 2025", ["Ja", "Ja", "Nej", "Ja"]),  # a year gone by: last season's
    ("MUS afholdt", ["Ja", "Nej", None, "Nej"]),  # this season's, already held or not
    ("MUS i år?", ["Ja", "Ja", "Ja", None]),  # all yes
    ("MUS-samtale", ["marts", "april", "Nej", None]),  # not a column of yes and no
])
def test_columns_that_do_not_say_who_gets_a_form_change_nothing(
        tmp_path: Path, header: str, marks: list[str | None]) -> None:
    listing = read(tmp_path, header, marks)
    assert len(listing.employees) == 4
