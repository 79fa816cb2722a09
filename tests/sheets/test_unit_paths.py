"""Units written as paths through the organisation (Google Workspace's Org Unit Path, a
breadcrumb, a directory path): the department is the path's last part, or as much of its end
as tells two units apart; a department that merely holds a slash stays as written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.unitpaths import path_separator, short_units
from tests.helpers import write_xlsx


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 11, 27))


def departments(listing: Any) -> list[str]:
    return [e.department for e in listing.employees]


def test_an_org_unit_path_is_the_department_when_the_department_column_is_empty(
        tmp_path: Path) -> None:
    path = tmp_path / "users.csv"
    path.write_text(
        "First Name [Required],Last Name [Required],Email Address [Required],"
        "Org Unit Path [Required],Employee ID,Manager Email,Department\n"
        "Rikke,Skov,rs@skole.dk,/Ansatte/Ledelse,301,,\n"
        "Bent,Hvid,bh@skole.dk,/Ansatte/Indskoling,302,rs@skole.dk,\n"
        "Ida,Lund,il@skole.dk,/Ansatte/Indskoling,303,rs@skole.dk,\n"
        "Ole,Ravn,or@skole.dk,/Ansatte/Udskoling,304,rs@skole.dk,\n"
        "Pia,Holm,ph@skole.dk,/,305,rs@skole.dk,\n", encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert departments(listing) == ["Ledelse", "Indskoling", "Indskoling", "Udskoling", ""]
    assert any(n.kind == "unit-path" and "Org Unit Path" in n.what for n in listing.notes)
    assert not [w for w in listing.warnings if w.kind == "no-department"]


def test_a_breadcrumb_keeps_as_much_of_its_end_as_tells_two_units_apart(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Organisatorisk placering"),
        (1, "Ane Bak", "Kommune > Skole A > Sekretariat"),
        (2, "Bo Lind", "Kommune > Skole B > Sekretariat"),
        (3, "Eva Ry", "Kommune > Skole B > Sekretariat"),
        (4, "Jon Ask", "Kommune > Skole B > SFO")])
    assert departments(listing) == ["Skole A > Sekretariat", "Skole B > Sekretariat",
                                    "Skole B > Sekretariat", "SFO"]


@pytest.mark.parametrize("values", [
    ("Salg/Marketing", "Økonomi", "HR", "Økonomi"),          # one department with a slash
    ("Børn/Unge", "Ældre/Handicap", "Kultur/Fritid", "Børn/Unge"),  # no shared root: names
    ("Team 1/2", "Team 3/4", "Team 1/2", "Team 3/4"),
])
def test_a_department_with_a_slash_is_not_a_path(tmp_path: Path,
                                                 values: tuple[str, ...]) -> None:
    listing = read(tmp_path, [("Nr.", "Navn", "Afdeling"),
                              *[(i, n, v) for i, (n, v) in enumerate(
                                  zip(("Ane Bak", "Bo Lind", "Eva Ry", "Jon Ask"), values,
                                      strict=True), 1)]])
    assert departments(listing) == list(values)
    assert not [n for n in listing.notes if n.kind == "unit-path"]


@pytest.mark.parametrize(("texts", "expected"), [
    (["Koncern\\Økonomi\\Løn", "Koncern\\HR"], ["Løn", "HR"]),
    (["Region » Hospital » Ortopædi", "Region » Hospital » Ortopædi » O2"], ["Ortopædi", "O2"]),
    # a unit and a deeper one of the same name stay apart
    (["K > A > X", "K > X", "K > A"], ["A > X", "K > X", "A"]),
])
def test_paths_of_other_separators(texts: list[str], expected: list[str]) -> None:
    separator = path_separator(texts)
    assert separator is not None
    short = short_units(texts, separator)
    assert [short[t] for t in texts] == expected
