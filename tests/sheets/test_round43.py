"""Lists as fresh exports brought them (stop 43): a group's companies that each number their
staff from their own start."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 7)


def read(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "l.xlsx", sheets), today=TODAY)


def mistakes(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> list[str]:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, sheets)
    return [str(i) for i in caught.value.issues]


GROUP = [("Selskab", "Medarb.nr", "Navn", "Afdeling", "Leder"),
         ("Nord A/S", 1, "Karen Holm", "Direktion", None),
         ("Nord A/S", 2, "Jens Bak", "Salg", "Karen Holm"),
         ("Nord A/S", 3, "Ida Lund", "Salg", "Jens Bak"),
         ("Nord A/S", 4, "Ole Rask", "Lager", "Karen Holm"),
         ("Nord Service ApS", 1, "Mette Kjær", "Service", "Karen Holm"),
         ("Nord Service ApS", 2, "Sofie Dam", "Service", "Mette Kjær"),
         ("Nord Service ApS", 5, "Peter Krog", "Service", "Mette Kjær")]


def test_numbers_that_start_again_per_company_are_one_mistake_that_says_so(
        tmp_path: Path) -> None:
    found = mistakes(tmp_path, {"Koncern": GROUP})
    assert len(found) == 1
    assert ('The employee numbers start again for each "Selskab" ("Nord A/S" and "Nord '
            'Service ApS"): 2 number(s) are each used by more than one person') in found[0]
    assert "rows 2, 3, 6 and 7" in found[0]
    assert "delete" not in found[0]  # no one is to be deleted: they are all employees


def test_two_people_with_one_number_in_one_company_are_each_named(tmp_path: Path) -> None:
    rows = [*GROUP[:5], ("Nord A/S", 2, "Mette Kjær", "Service", "Karen Holm")]
    found = mistakes(tmp_path, {"Koncern": rows})
    assert len(found) == 2
    assert all("The employee number 2 is also used in row" in f for f in found)
    assert all("correct or delete one of the rows" in f for f in found)
