"""A small table beside the list, past an empty column, with its own headers (the leaders and
their addresses): none of its columns is the list's, and it gives a leader the list names
without an address their address."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

STAFF = [(32, "Bodil Damgaard", "Tegnestue", "bodil.damgaard@a.dk", "Claus Ravnsholt"),
         (33, "Emil Bæk", "Tegnestue", "emil.baek@a.dk", "Bodil Damgaard"),
         (34, "Dorthe Åkjær", "Tegnestue", "dorthe.aakjaer@a.dk", "Bodil Damgaard"),
         (37, "Bent Mørch", "Landskab", "bent.moerch@a.dk", "Claus Ravnsholt"),
         (38, "Trine Bæk", "Landskab", "trine.baek@a.dk", "Bent Mørch"),
         (39, "Solvej Høj", "Landskab", "solvej.hoej@a.dk", "Bent Mørch")]
KEY = [("Claus Ravnsholt", "claus@a.dk"), ("Bodil Damgaard", "bodil.damgaard@a.dk"),
       ("Bent Mørch", "bent.moerch@a.dk")]


def test_a_table_of_leaders_and_addresses_beside_the_list(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Afdeling", "Mail", "Leder", None, None, "Ledere", "Mail")]
    for i, person in enumerate(STAFF):
        rows.append((*person, None, None, *(KEY[i] if i < len(KEY) else ())))
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"MUS 2026": rows}),
                                 today=dt.date(2026, 12, 6))
    assert [(e.number, e.email, e.leader, e.leader_email) for e in listing.employees] == [
        ("32", "bodil.damgaard@a.dk", "Claus Ravnsholt", "claus@a.dk"),
        ("33", "emil.baek@a.dk", "Bodil Damgaard", "bodil.damgaard@a.dk"),
        ("34", "dorthe.aakjaer@a.dk", "Bodil Damgaard", "bodil.damgaard@a.dk"),
        ("37", "bent.moerch@a.dk", "Claus Ravnsholt", "claus@a.dk"),
        ("38", "trine.baek@a.dk", "Bent Mørch", "bent.moerch@a.dk"),
        ("39", "solvej.hoej@a.dk", "Bent Mørch", "bent.moerch@a.dk")]
    assert "side-key" in {n.kind for n in listing.notes}
    assert "Ledere" not in next(iter(listing.employees)).columns


def test_columns_past_an_empty_column_filled_on_the_lists_rows_are_the_lists(
        tmp_path: Path) -> None:
    """An empty column inside the list is no edge: 'Leder' after it is still its column."""
    rows = [("Nr.", "Navn", "Afdeling", None, "Leder")]
    rows += [(p[0], p[1], p[2], None, p[4]) for p in STAFF]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 6))
    assert [e.leader for e in listing.employees][1:3] == ["Bodil Damgaard", "Bodil Damgaard"]
