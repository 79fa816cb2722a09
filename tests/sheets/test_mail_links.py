"""Names that link to a mail address (a name clicked to write to them): where the list has no
column of addresses, the leader's and the employee's addresses are read from the links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from pipeline.sheets import read_employee_list


def _linked(path: Path, with_email_column: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    head = ["Nr.", "Navn", "Arbejdssted", "Leder"] + (["E-mail"] if with_email_column else [])
    ws.append(head)
    people = [("0700", "Michael Lund", "Sekretariat", None, "mili@n.dk"),
              ("0701", "Mads Dahl", "Hovedbiblioteket", "Michael Lund", "mada@n.dk"),
              ("0702", "Ole Holm", "Filial Nord", "Michael Lund", "olho@n.dk")]
    addresses = {name: address for _, name, _, _, address in people}
    for r, (number, name, place, leader, address) in enumerate(people, start=2):
        ws.append([number, name, place, leader] + ([address] if with_email_column else []))
        ws.cell(r, 2).hyperlink = f"mailto:{address}"
        if leader:
            ws.cell(r, 4).hyperlink = f"mailto:{addresses[leader]}?subject=MUS"
    wb.save(path)
    return path


def test_addresses_in_the_links_of_names(tmp_path: Path) -> None:
    listing = read_employee_list(_linked(tmp_path / "e.xlsx"), today=dt.date(2026, 12, 6))
    assert [(e.number, e.email, e.leader, e.leader_email) for e in listing.employees] == [
        ("0700", "mili@n.dk", "", ""), ("0701", "mada@n.dk", "Michael Lund", "mili@n.dk"),
        ("0702", "olho@n.dk", "Michael Lund", "mili@n.dk")]
    [note] = [n for n in listing.notes if n.kind == "mail-links"]
    assert note.rows == (2, 3, 4)
