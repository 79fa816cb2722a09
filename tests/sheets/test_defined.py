"""A column the workbook itself defines as the leader, in a line on a cover sheet or above the
list ("Kontaktperson = … (nærmeste leder for kirkefunktionærer)")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)
STAFF = [("Lønnr", "Navn", "Stilling", "Sogn/Pastorat", "Kontaktperson", "Kontaktpersons mail"),
         ("1867814", "Jønke Aagaard", "Graver", "Kystby Sogn", "Charlotte Fog", "mr@k.dk"),
         ("1750019", "Søren Bisgaard", "Organist", "Kystby Sogn", "Charlotte Fog", "mr@k.dk"),
         ("1080262", "Thi Lan Nguyen", "Graver", "Ørby Sogn", "Aqqaluk Kleist", "mr@o.dk")]


def test_a_cover_sheet_that_says_the_contact_is_the_leader(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Vejledning": [("Ansatte i Kystby Provsti",), (None,),
                       ("Kontaktperson = menighedsrådets kontaktperson (nærmeste leder for "
                        "kirkefunktionærer).",)],
        "Ansatte": STAFF})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department, e.leader, e.leader_email) for e in listing.employees] == [
        ("1867814", "Kystby Sogn", "Charlotte Fog", "mr@k.dk"),
        ("1750019", "Kystby Sogn", "Charlotte Fog", "mr@k.dk"),
        ("1080262", "Ørby Sogn", "Aqqaluk Kleist", "mr@o.dk")]
    assert any(n.kind == "leader-defined" for n in listing.notes)
    assert not any(w.kind == "leader-column-other" for w in listing.warnings)


def test_without_such_a_line_the_contact_is_no_leader(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Vejledning": [("Kontaktperson = den, man ringer til ved sygdom.",)], "Ansatte": STAFF})
    listing = read_employee_list(path, today=TODAY)
    assert {e.leader for e in listing.employees} == {""}
