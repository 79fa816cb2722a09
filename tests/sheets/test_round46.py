"""Stop 46 of #20: rules found by fresh held-out exports, each by the rule behind its example."""

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


def read_csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Any:
    path = tmp_path / "l.csv"
    path.write_bytes(text.encode(encoding))
    return read_employee_list(path, today=TODAY)


def rows_of(listing: Any) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees]


def test_a_unit_named_as_a_thing_is_a_unit_not_a_thing(tmp_path: Path) -> None:
    """A thing's name ("Ressource", "Terminal") says no person in the job title's column only:
    an airport's unit "Terminal", in a unit column that also holds the volunteers' group,
    keeps its people (the volunteers are still no employees)."""
    staff = [(30 + i, f"Person {c}sen", "Terminal", "Mads Kragh") for i, c in enumerate("ABCD")]
    listing = read(tmp_path, {"Medlemmer": [
        ("Medlemsnr", "Navn", "Afdeling", "Nærmeste leder"),
        (20, "Hans Friis", "Direktion", None), (21, "Mads Kragh", "Terminal", "Hans Friis"),
        *staff, (91, "Allan Petersen", "Frivillige", None), (92, "Eva Bach", "Frivillige", None)]})
    assert [e.number for e in listing.employees] == ["20", "21", "30", "31", "32", "33"]
    assert listing.employees[-1].department == "Terminal"
    assert {a.number for a in listing.leavers} == {"91", "92"}


def test_a_name_column_of_initials_is_refused(tmp_path: Path) -> None:
    """Moment's staff list names everyone by initials ("IBAE", "TCH") beside a number: forms
    would be addressed to initials, so the list is refused, saying what to add. Names in
    capitals, and a few initials among names, are still names."""
    people = ["IBAE", "TCH", "CNOE", "LMOE", "NPE", "SRA", "LLU", "PTH"]
    rows = [("Medarbejder", "Medarbejdernr", "Afdeling", "Leder"),
            *((who, 100 + i, "Revision", "IBAE" if i else None) for i, who in enumerate(people))]
    with pytest.raises(SpreadsheetError, match='"Medarbejder" holds initials, not names'):
        read(tmp_path, {"Medarbejdere": rows})
    named = ["Inge Bæk", "Tor Christensen", "CNOE", "Lone Møller", "Nina Pedersen", "Søren Ravn",
             "Lars Lund", "Peter Thomsen"]
    rows = [("Medarbejder", "Medarbejdernr", "Afdeling", "Leder"),
            *((who, 100 + i, "Revision", "Inge Bæk" if i else None)
              for i, who in enumerate(named))]
    assert len(read(tmp_path, {"Medarbejdere": rows}).employees) == 8
