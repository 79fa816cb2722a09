"""A record-type file whose units are rows of their own under the list's header (an access
system's ENH rows beside its MED rows): read as a sheet of units beside the list, never as
people; its cards ("Gæstekort 1") are no people either."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

HEAD = ("Type", "Nr", "Navn", "Enhed", "Overordnet enhed", "Leder-nr", "E-mail")


def test_unit_rows_give_names_leaders_and_the_units_above(tmp_path: Path) -> None:
    rows = [HEAD, ("ENH", "E01", "Direktion", None, None, 582, None),
            ("ENH", "E02", "Produktion", None, "E01", 228, None),
            ("ENH", "E05", "Kvalitet", None, "E01", 668, None),
            ("MED", 582, "Dorthe Thomsen", "E01", None, None, "dot@x.dk"),
            ("MED", 228, "Bo Holm", "E02", None, None, "boh@x.dk"),
            ("MED", 229, "Eva Dam", "E02", None, None, "evd@x.dk"),
            ("MED", 668, "Ane Lund", "E05", None, None, "anl@x.dk"),
            ("MED", 137, "Pia Andersen", "E05", None, None, "pia@x.dk"),
            ("KORT", "K001", "Gæstekort 1", None, None, None, None),
            ("KORT", "K002", "Gæstekort 2", None, None, None, None)]
    listing = read_employee_list(write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 6))
    assert [(e.number, e.department, e.leader_number) for e in listing.employees] == [
        ("582", "Direktion", ""), ("228", "Produktion", "582"), ("229", "Produktion", "228"),
        ("668", "Kvalitet", "582"), ("137", "Kvalitet", "668")]
    [units] = [n for n in listing.notes if n.kind == "unit-records"]
    assert units.rows == (2, 3, 4)
    assert {(s.row, s.reason) for s in listing.skipped} == {(10, "account"), (11, "account")}
