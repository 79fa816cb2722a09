"""Dataverse (Power Apps, Dynamics 365) user exports: a lookup's shown value is headed
"field@OData.Community.Display.V1.FormattedValue" and is what the lookup's ID points to (the
business unit's name, not its ID); "isdisabled" True is a user who has gone."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.headerwords import inferred_role

_SHOWN = "@OData.Community.Display.V1.FormattedValue"


@pytest.mark.parametrize(("header", "key"), [
    (f"businessunitid{_SHOWN}", "department"), (f"_businessunitid_value{_SHOWN}", "department"),
    ("isdisabled", "end_date"), ("IsDisabled", "end_date")])
def test_dataverse_headers(header: str, key: str) -> None:
    role = inferred_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", [f"parentsystemuserid{_SHOWN}", f"accessmode{_SHOWN}"])
def test_a_shown_value_of_something_else_is_no_name(header: str) -> None:
    """The manager's shown name is not the employee's name."""
    assert inferred_role(header) is None


def test_a_systemuser_export(tmp_path: Path) -> None:
    guid = {"1": "71dfe43c-1afd-3e32-8d01-8bb493f89b41",
            "2": "bce89dc0-c5d8-27c4-4169-315a1aad76ae",
            "3": "8bacf456-fc2f-81c7-2814-0ae4dc814764",
            "4": "350955e0-b8d7-da15-7c4b-42abb484b60c"}
    head = ("systemuserid", "employeeid", "fullname", "internalemailaddress",
            f"businessunitid{_SHOWN}", "title", "parentsystemuserid",
            f"parentsystemuserid{_SHOWN}", "isdisabled")
    rows = [head,
            (guid["1"], "70001", "Lene Kjær", "lk@r.dk", "Region IT", "Direktør", None, None,
             "False"),
            (guid["2"], "70002", "Anne Friis", "af@r.dk", "Region IT – Drift", "Chef", guid["1"],
             "Lene Kjær", "False"),
            (guid["3"], "70003", "Bo Holm", "bh@r.dk", "Region IT – Drift", "Tekniker",
             guid["2"], "Anne Friis", "False"),
            (guid["4"], "70004", "Ida Dam", "id@r.dk", "Region IT – Drift", "Tekniker",
             guid["2"], "Anne Friis", "True")]
    path = tmp_path / "systemuser.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    listing = read_employee_list(path, today=dt.date(2026, 12, 7))
    assert [(e.number, e.department, e.leader, e.leader_email) for e in listing.employees] == [
        ("70001", "Region IT", "", ""), ("70002", "Region IT – Drift", "Lene Kjær", "lk@r.dk"),
        ("70003", "Region IT – Drift", "Anne Friis", "af@r.dk")]
    assert [a.number for a in listing.leavers] == ["70004"]
