"""Values in pairs of a type and its value (`Custom Field 1 - Type` | `Custom Field 1 - Value`):
the value column is read under its type where the type is one thing on every row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)


def test_a_value_column_is_read_under_its_type(tmp_path: Path) -> None:
    rows = [("Lønnr.", "Navn", "Afdeling", "Felt 1 - Type", "Felt 1 - Value",
             "Relation - Label", "Relation - Value"),
            ("101", "Lise Holm", "Ledelse", "Mobil", "20 30 40 50", "", ""),
            ("102", "Bo Dam", "Drift", "Mobil", "20 30 40 51", "Nærmeste leder", "Lise Holm"),
            ("103", "Eva Ry", "Drift", "Mobil", "20 30 40 52", "Nærmeste leder", "Bo Dam")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("101", ""), ("102", "Lise Holm"), ("103", "Bo Dam")]
    [note] = [n for n in listing.notes if n.kind == "typed-pairs"]
    assert note.what.endswith('"Relation - Value" as "Nærmeste leder".')  # ("Mobil": no field)


def test_a_type_that_changes_from_row_to_row_is_left_alone(tmp_path: Path) -> None:
    """Phone numbers of several kinds under one pair: no field of its own."""
    rows = [("Lønnr.", "Navn", "Afdeling", "Phone 1 - Type", "Phone 1 - Value"),
            (1, "Lise Holm", "Ledelse", "Mobile", "20 30 40 50"),
            (2, "Bo Dam", "Drift", "Work", "70 10 20 30")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert "typed-pairs" not in {n.kind for n in listing.notes}


def test_the_number_only_in_a_pair_and_contacts_of_other_firms(tmp_path: Path) -> None:
    """A foundation's Google contacts without an "Initials" column: the employee number stands
    only in a typed pair, so the header row is found through it; contacts of another
    organisation, without a number, are not employed here (exports41)."""
    head = ("Name", "Group Membership", "E-mail 1 - Value", "Organization 1 - Name",
            "Organization 1 - Department", "Relation 1 - Type", "Relation 1 - Value",
            "Custom Field 1 - Type", "Custom Field 1 - Value")
    staff = [(f"Person {c}son", "* myContacts ::: Ansatte", f"{c.lower()}@g.dk", "Grøn Fonden",
              "Fundraising", "Manager" if i else "", "Person Ason" if i else "",
              "Medarbejdernr", str(80 + i)) for i, c in enumerate("ABCDEF")]
    rows = [head, *staff, ("Lone Revsbech", "* myContacts", "lr@dahl.dk", "Revision Dahl & Co",
                           "", "", "", "", "")]
    listing = read_employee_list(write_xlsx(tmp_path / "c.xlsx", {"Kontakter": rows}),
                                 today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees][:2] == [("80", ""),
                                                                     ("81", "Person Ason")]
    assert [a.name for a in listing.leavers] == ["Lone Revsbech"]
