"""A flag headed "Inactive" ("Inaktiv", "IsInactive") says who has gone: its yes is a leaver.
It had been read as "in" + "active", an "Active" flag, so a Priority ERP export's one "Y" (an
inactive employee) got a form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx


@pytest.mark.parametrize(("header", "yes", "no"), [
    ("Inactive", "Y", None), ("Inaktiv", "Ja", "Nej"), ("IsInactive", "TRUE", "FALSE"),
    ("Active", "N", "Y"), ("Aktiv", "Nej", "Ja")])
def test_who_has_gone_by_an_active_or_inactive_flag(tmp_path: Path, header: str, yes: str,
                                                    no: str | None) -> None:
    """(header, the value of one who has gone, the value of one who has not)"""
    gone, kept = yes, no
    rows = [("Emp. No.", "Employee Name", "Department", "Direct Manager", header),
            ("00036", "Kåre Kjær", "Management", None, kept),
            ("00043", "Pernille Dahl", "Produktion", "Kåre Kjær", kept),
            ("00149", "Birgitte Østergaard", "Indkøb", "Pernille Dahl", gone),
            ("00150", "Sofie Holm", "Indkøb", "Pernille Dahl", kept)]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Employees": rows}),
                                 today=dt.date(2026, 12, 7))
    assert [e.number for e in listing.employees] == ["00036", "00043", "00150"]
    assert [a.number for a in listing.leavers] == ["00149"]
