"""Each known system's export, one small file each: recognised as that system's, and read with
the right number, name, department, leader and leader's e-mail for every row (leavers left
out), or refused with what to export instead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import MusError
from pipeline.sheets import read_employee_list
from pipeline.sheets.systems import SYSTEMS, recognise
from pipeline.workspace import Workspace
from tests.sheets.exports import Shape
from tests.sheets.system_exports import SYSTEM_SHAPES

TODAY = dt.date(2026, 11, 27)
IDS = [shape.name for shape, _ in SYSTEM_SHAPES]


def test_every_known_system_has_an_export_here() -> None:
    assert sorted(name for _, name in SYSTEM_SHAPES) == sorted(s.name for s in SYSTEMS)


@pytest.mark.parametrize(("shape", "system"), SYSTEM_SHAPES, ids=IDS)
def test_a_systems_export_is_read_right(tmp_path: Path, shape: Shape, system: str) -> None:
    path = shape.make(tmp_path / shape.name)
    if shape.refused:
        with pytest.raises(MusError) as caught:
            read_employee_list(path, today=TODAY)
        for fragment in shape.refused:
            assert fragment in str(caught.value)
        return
    listing = read_employee_list(path, today=TODAY)
    assert listing.layout.system == system
    assert [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees] == list(shape.rows)


@pytest.mark.parametrize(("shape", "system"), SYSTEM_SHAPES, ids=IDS)
def test_check_names_the_system(ws: Workspace, shape: Shape, system: str) -> None:
    if shape.refused:
        return
    path = shape.make(ws.root / shape.name)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check", "--employees",
                                       str(path)])
    assert result.exit_code == 0, result.output
    assert f", an export of {system}), headers in row" in result.output


def test_a_list_of_ones_own_is_no_system() -> None:
    assert recognise(["Medarbejdernr.", "Navn", "Afdeling", "Leder", "E-mail"]) is None


def test_a_hibob_export_without_a_display_name_takes_first_and_last_name(tmp_path: Path) -> None:
    """HiBob's first and last name give way to its Display name; an export without one is
    still read, by them, not refused for want of a name."""
    path = tmp_path / "bob.csv"
    path.write_text("Employee ID,First name,Last name,Email,Department,Reports to,"
                    "Lifecycle status\r\nE001,Rasmus,Wøldike,rw@n.dk,Management,,Employed\r\n"
                    "E002,Birgitte,Krog,bk@n.dk,Engineering,Rasmus Wøldike,Employed\r\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert listing.layout.system == "HiBob"
    assert [(e.number, e.name, e.leader) for e in listing.employees] == [
        ("E001", "Rasmus Wøldike", ""), ("E002", "Birgitte Krog", "Rasmus Wøldike")]


def test_a_personio_export_without_a_personnel_number_takes_its_id(tmp_path: Path) -> None:
    """Personio's own "ID" gives way to its "Personnel number"; an export without one is read
    by the ID (unique, and the only number it has), not refused for want of a number."""
    path = tmp_path / "personio.csv"
    path.write_text("\ufeffID;First name;Last name;Email;Employment type;Supervisor\r\n"
                    "3001;Mikkel;Dahl;md@g.dk;Fastansat;\r\n"
                    "3002;Astrid;Nørgaard;an@g.dk;Fastansat;Mikkel Dahl\r\n", encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert listing.layout.system == "Personio"
    assert [(e.number, e.name, e.leader) for e in listing.employees] == [
        ("3001", "Mikkel Dahl", ""), ("3002", "Astrid Nørgaard", "Mikkel Dahl")]
