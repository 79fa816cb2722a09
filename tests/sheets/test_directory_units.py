"""An Active Directory export without an EmployeeID column but with EmployeeNumber takes the
number from there; with no department column, the first OU of each user's distinguished name
is their department (where the OUs tell people apart)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list

HEAD = '"DistinguishedName","Enabled","GivenName","Name","Surname","{number}","mail","Manager"\n'
BOSS = "CN=Birgitte Hvid,OU=Direktion,OU=Medarbejdere,DC=h,DC=local"
ROWS = [
    f'"{BOSS}","True","Birgitte","Birgitte Hvid","Hvid","7101","bh@h.dk",""',
    '"CN=Hanne Schøler,OU=Havn,OU=Medarbejdere,DC=h,DC=local","True","Hanne","Hanne Schøler",'
    f'"Schøler","7102","hs@h.dk","{BOSS}"',
    '"CN=Ida Dahl\\, jr.,OU=Havn,OU=Medarbejdere,DC=h,DC=local","True","Ida","Ida Dahl",'
    f'"Dahl","7103","id@h.dk","{BOSS}"']


def _read(tmp_path: Path, number: str = "EmployeeNumber", ou: bool = True) -> Any:
    rows = ROWS if ou else [r.replace("OU=Havn,", "").replace("OU=Direktion,", "")
                            for r in ROWS]
    path = tmp_path / "users.csv"
    path.write_text(HEAD.format(number=number) + "\n".join(rows) + "\n", encoding="utf-8")
    return read_employee_list(path, today=dt.date(2026, 12, 5))


def test_employee_number_and_units_from_the_directory(tmp_path: Path) -> None:
    listing = _read(tmp_path)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("7101", "Direktion", ""), ("7102", "Havn", "Birgitte Hvid"),
        ("7103", "Havn", "Birgitte Hvid")]
    notes = [n.what for n in listing.notes if n.kind == "dn-department"]
    assert notes and notes[0].endswith("gives Direktion.")
    assert not [w for w in listing.warnings if w.kind == "no-department"]


def test_one_ou_for_everyone_is_no_department(tmp_path: Path) -> None:
    listing = _read(tmp_path, number="EmployeeID", ou=False)
    assert {e.department for e in listing.employees} == {""}
    assert [w.kind for w in listing.warnings] == ["no-department"]
