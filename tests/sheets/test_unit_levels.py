"""Unit levels side by side (an org chart flattened into columns): the department is the
deepest level given, as above within its block; with no leader column, each unit's first
person leads it only where a column shows it (a role or title no member has), otherwise
nobody gets a leader and that is warned of."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from pipeline.sheets.employees import EmployeeList
from tests.helpers import merged_xlsx, write_xlsx

TODAY = dt.date(2026, 11, 27)


def _people(listing: EmployeeList) -> list[tuple[str, str, str, str]]:
    return [(e.number, e.department, e.leader, e.leader_email) for e in listing.employees]



def test_english_levels_filled_where_they_start_with_a_role_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "org.xlsx", {"Org chart": [
        ("Division", "Department", "Team", "Employee ID", "Name", "Role", "Email"),
        ("Operations", None, None, 1, "Ann Ray", "Head", "ar@o.com"),
        (None, "Logistics", None, 2, "Bo Lee", "Head", "bl@o.com"),
        (None, None, "Inbound", 3, "Cy Fox", "Head", "cf@o.com"),
        (None, None, None, 4, "Di Orr", "Member", "do@o.com"),
        (None, None, None, 5, "Ed Pym", "Member", "ep@o.com"),
        (None, None, "Outbound", 6, "Fi Gale", "Head", "fg@o.com"),
        (None, None, None, 7, "Gus Hart", "Member", "gh@o.com"),
        (None, "Facilities", None, 8, "Hal Ives", "Head", "hi@o.com"),
        (None, None, None, 9, "Ivy Jay", "Member", "ij@o.com")]})
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing) == [
        ("1", "Operations", "", ""), ("2", "Logistics", "Ann Ray", "ar@o.com"),
        ("3", "Inbound", "Bo Lee", "bl@o.com"), ("4", "Inbound", "Cy Fox", "cf@o.com"),
        ("5", "Inbound", "Cy Fox", "cf@o.com"), ("6", "Outbound", "Bo Lee", "bl@o.com"),
        ("7", "Outbound", "Fi Gale", "fg@o.com"), ("8", "Facilities", "Ann Ray", "ar@o.com"),
        ("9", "Facilities", "Hal Ives", "hi@o.com")]
    kinds = [n.kind for n in listing.notes]
    assert "unit-levels" in kinds and "unit-leaders" in kinds
    assert any('as the column "Role" shows' in n.what for n in listing.notes)


def test_danish_merged_levels_without_anything_that_shows_leaders(tmp_path: Path) -> None:
    """Direktion / Center / Afdeling merged down their rows, titles that members share: the
    departments are read, nobody gets a leader, and that is warned of."""
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Direktion", "Center", "Afdeling", "Lønnr.", "Navn", "Stilling"),
        ("Teknik og Miljø", None, None, 500, "Lis Sand", "Direktør"),
        (None, "Center for Vej", None, 501, "Ib Holt", "Ingeniør"),
        (None, None, "Drift", 502, "Ane Bro", "Ingeniør"),
        (None, None, None, 503, "Gry Mos", "Tekniker"),
        (None, "Center for Miljø", "Natur", 504, "Per Ask", "Biolog"),
        (None, None, None, 505, "Rut Bech", "Biolog")],
        ["A2:A7", "B3:B5", "C4:C5", "B6:B7", "C6:C7"])
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing) == [
        ("500", "Teknik og Miljø", "", ""), ("501", "Center for Vej", "", ""),
        ("502", "Drift", "", ""), ("503", "Drift", "", ""), ("504", "Natur", "", ""),
        ("505", "Natur", "", "")]
    [warning] = [w for w in listing.warnings if w.kind == "unit-leaders"]
    assert "nobody has a leader" in warning.what


def test_levels_with_a_leader_column_take_the_leaders_from_it(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Område", "Enhed", "Medarbejdernr.", "Navn", "Leder"),
        ("Skoler", None, 1, "Kaj Bo", None),
        (None, "Vestskolen", 2, "Lene Ur", "Kaj Bo"),
        (None, None, 3, "Mads Py", "Lene Ur"),
        (None, "Østskolen", 4, "Nina Qi", "Kaj Bo"),
        (None, None, 5, "Otto Ro", "Nina Qi")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("1", "Skoler", ""), ("2", "Vestskolen", "Kaj Bo"), ("3", "Vestskolen", "Lene Ur"),
        ("4", "Østskolen", "Kaj Bo"), ("5", "Østskolen", "Nina Qi")]
    assert "unit-leaders" not in [n.kind for n in (*listing.notes, *listing.warnings)]


def test_a_full_department_column_with_a_team_beside_it_is_no_hierarchy(
        tmp_path: Path) -> None:
    """An ordinary list with the department on every row and a team for some: the department
    is the department column, as before."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", "Team"),
        (1, "Ida Holm", "Hjemmeplejen", "Øst"), (2, "Jan Berg", "Hjemmeplejen", None),
        (3, "Eva Krog", "Hjemmeplejen", "Vest"), (4, "Ole Dam", "Sygeplejen", None)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.department for e in listing.employees] == [
        "Hjemmeplejen", "Hjemmeplejen", "Hjemmeplejen", "Sygeplejen"]
    assert "unit-levels" not in [n.kind for n in listing.notes]


def test_merged_levels_with_a_role_column_give_each_unit_its_leader(tmp_path: Path) -> None:
    """Forvaltning / Område / Enhed merged down their rows (so every row shows all levels it
    belongs to) and a "Rolle" column: each unit's first person leads it, as with blanks."""
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Forvaltning", "Område", "Enhed", "Lønnr.", "Navn", "Rolle"),
        ("Social og Sundhed", None, None, 600, "Peter Thy", "Direktør"),
        (None, "Ældre", None, 601, "Trine Høj", "Områdechef"),
        (None, None, "Hjemmeplejen", 602, "Dorthe Hvid", "Leder"),
        (None, None, None, 603, "Torben Dahl", "Medarbejder"),
        (None, None, "Egebo", 604, "Rikke Skov", "Leder"),
        (None, None, None, 605, "Jens Møl", "Medarbejder")],
        ["A2:A7", "B3:B7", "C4:C5", "C6:C7"])
    listing = read_employee_list(path, today=TODAY)
    assert [(n, d, lead) for n, d, lead, _ in _people(listing)] == [
        ("600", "Social og Sundhed", ""), ("601", "Ældre", "Peter Thy"),
        ("602", "Hjemmeplejen", "Trine Høj"), ("603", "Hjemmeplejen", "Dorthe Hvid"),
        ("604", "Egebo", "Trine Høj"), ("605", "Egebo", "Rikke Skov")]
