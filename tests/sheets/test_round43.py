"""Lists as fresh exports brought them (stop 43): a group's companies that each number their
staff from their own start, title and unit in one cell, a chief who leads where the nearest
leader is empty, a change list's marks with their days, a contract column of kinds and
statuses, retirement days, a custom field of type e-mail, leader columns for two periods,
status codes on a sheet named for them, and a remark of a move to another employer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 7)


def read(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "l.xlsx", sheets), today=TODAY)


def mistakes(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> list[str]:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, sheets)
    return [str(i) for i in caught.value.issues]


GROUP = [("Selskab", "Medarb.nr", "Navn", "Afdeling", "Leder"),
         ("Nord A/S", 1, "Karen Holm", "Direktion", None),
         ("Nord A/S", 2, "Jens Bak", "Salg", "Karen Holm"),
         ("Nord A/S", 3, "Ida Lund", "Salg", "Jens Bak"),
         ("Nord A/S", 4, "Ole Rask", "Lager", "Karen Holm"),
         ("Nord Service ApS", 1, "Mette Kjær", "Service", "Karen Holm"),
         ("Nord Service ApS", 2, "Sofie Dam", "Service", "Mette Kjær"),
         ("Nord Service ApS", 5, "Peter Krog", "Service", "Mette Kjær")]


def test_numbers_that_start_again_per_company_are_one_mistake_that_says_so(
        tmp_path: Path) -> None:
    found = mistakes(tmp_path, {"Koncern": GROUP})
    assert len(found) == 1
    assert ('The employee numbers start again for each "Selskab" ("Nord A/S" and "Nord '
            'Service ApS"): 2 number(s) are each used by more than one person') in found[0]
    assert "rows 2, 3, 6 and 7" in found[0]
    assert "delete" not in found[0]  # no one is to be deleted: they are all employees


def test_two_people_with_one_number_in_one_company_are_each_named(tmp_path: Path) -> None:
    rows = [*GROUP[:5], ("Nord A/S", 2, "Mette Kjær", "Service", "Karen Holm")]
    found = mistakes(tmp_path, {"Koncern": rows})
    assert len(found) == 2
    assert all("The employee number 2 is also used in row" in f for f in found)
    assert all("correct or delete one of the rows" in f for f in found)


def kinds(listing: Any) -> list[str]:
    return [n.kind for n in (*listing.notes, *listing.warnings)]


PAIRED = [("Lønnr", "Navn", "Stilling og afsnit", "Nærmeste leder"),
          (1, "Emil Holm", "Ledende oversygeplejerske – Afdelingsledelsen", None),
          (2, "Signe Bak", "Afdelingssygeplejerske – Afsnit P1 (lukket)", "Emil Holm"),
          (3, "Søs Lund", "Psykolog – Afsnit P1 (lukket)", "Signe Bak"),
          (4, "Mads Rask", "Sygeplejerske – Afsnit P3", "Signe Bak"),
          (5, "Tina Dam", "Direktør", "Emil Holm")]


@pytest.mark.parametrize("header", ["Stilling og afsnit", "Stilling/afdeling",
                                    "Job title and department"])
def test_a_column_of_title_and_unit_in_one_cell_is_read_as_both(
        tmp_path: Path, header: str) -> None:
    listing = read(tmp_path, {"Ark1": [(*PAIRED[0][:2], header, PAIRED[0][3]), *PAIRED[1:]]})
    got = {e.number: e for e in listing.employees}
    assert [got[n].department for n in "12345"] == [
        "Afdelingsledelsen", "Afsnit P1 (lukket)", "Afsnit P1 (lukket)", "Afsnit P3", ""]
    assert got["3"].job_title == "Psykolog"
    assert got["5"].job_title == "Direktør"  # one part only: the first the header names
    said = next(n for n in listing.notes if n.kind == "paired-cells")
    assert "row 6" in said.what and "does not split" in said.what


def test_the_unit_first_is_read_in_the_headers_order(tmp_path: Path) -> None:
    rows = [("Lønnr", "Navn", "Afdeling, stilling", "Nærmeste leder"),
            (1, "Emil Holm", "Direktion, Direktør", None),
            (2, "Signe Bak", "Økonomi, Controller", "Emil Holm"),
            (3, "Søs Lund", "Økonomi, Bogholder", "Signe Bak")]
    got = {e.number: e for e in read(tmp_path, {"Ark1": rows}).employees}
    assert (got["2"].department, got["2"].job_title) == ("Økonomi", "Controller")


def test_cells_that_do_not_split_leave_the_column_as_it_was(tmp_path: Path) -> None:
    rows = [("Lønnr", "Navn", "Stilling og afsnit", "Nærmeste leder"),
            (1, "Emil Holm", "Overlæge i Afsnit P1", None),
            (2, "Signe Bak", "Sygeplejerske på P1", "Emil Holm"),
            (3, "Søs Lund", "Psykolog P3", "Signe Bak"),
            (4, "Mads Rask", "Sekretær – P3", "Signe Bak")]
    listing = read(tmp_path, {"Ark1": rows})
    assert "paired-cells" not in kinds(listing)
    assert all(e.department == "" for e in listing.employees)


def test_a_list_with_its_own_unit_column_keeps_it(tmp_path: Path) -> None:
    rows = [("Lønnr", "Navn", "Afdeling", "Stilling og afsnit", "Nærmeste leder"),
            (1, "Emil Holm", "Psykiatri", "Overlæge – Afsnit P1", None),
            (2, "Signe Bak", "Psykiatri", "Sygeplejerske – Afsnit P1", "Emil Holm"),
            (3, "Søs Lund", "Psykiatri", "Psykolog – Afsnit P3", "Signe Bak")]
    listing = read(tmp_path, {"Ark1": rows})
    assert "paired-cells" not in kinds(listing)
    assert {e.department for e in listing.employees} == {"Psykiatri"}


CHEF = [("Nr.", "Navn", "Afdeling", "E-mail", "Chef", "Chefens e-mail", "Nærmeste leder",
         "Nærmeste leders e-mail"),
        (1, "Karen Holm", "Direktion", "kho@by.dk", None, None, None, None),
        (2, "Anders Dahl", "Økonomi", "ada@by.dk", "Karen Holm", "kho@by.dk", None, None),
        (3, "Ingrid Kjær", "Økonomi", "ikj@by.dk", "Anders Dahl", "ada@by.dk", None, None),
        (4, "Lars Bak", "Økonomi", "lba@by.dk", "Anders Dahl", "ada@by.dk", None, None),
        (5, "Pia Lund", "Økonomi", "plu@by.dk", "Anders Dahl", "ada@by.dk", "Lars Bak",
         "lba@by.dk"),
        (6, "Ole Rask", "Økonomi", "ora@by.dk", "Anders Dahl", "ada@by.dk", "Lars Bak",
         "lba@by.dk")]


def test_the_chief_leads_where_the_nearest_leader_is_empty(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Oversigt": CHEF})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got == {"1": ("", ""), "2": ("Karen Holm", "kho@by.dk"),
                   "3": ("Anders Dahl", "ada@by.dk"), "4": ("Anders Dahl", "ada@by.dk"),
                   "5": ("Lars Bak", "lba@by.dk"), "6": ("Lars Bak", "lba@by.dk")}
    assert "leader-levels" in kinds(listing)


def test_the_leaders_leader_is_no_level_to_fall_back_on(tmp_path: Path) -> None:
    """"Leders leder" names, on each row, the leader of the row's leader: what it names on
    the leader's own row is one level higher still, so it is no unit's chief."""
    rows = [("Nr.", "Navn", "Afdeling", "Nærmeste leder", "Leders leder"),
            (1, "Karen Holm", "Direktion", None, None),
            (2, "Anders Dahl", "Økonomi", "Karen Holm", None),
            (3, "Lars Bak", "Økonomi", "Anders Dahl", "Karen Holm"),
            (4, "Pia Lund", "Økonomi", "Lars Bak", "Anders Dahl"),
            (5, "Ole Rask", "Økonomi", None, "Anders Dahl")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got["5"] == "" and got["4"] == "Lars Bak"
    assert "leader-levels" not in kinds(listing)


def marked(marks: dict[int, tuple[str, str]], head: tuple[str, str] = ("Markering", "Pr. dato")
           ) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [(*head, "Nr.", "Navn", "Afdeling", "Nærmeste leder"),
                                   (None, None, 100, "Karen Holm", "Drift", None)]
    names = ["Jens Bak", "Ida Lund", "Ole Rask", "Eva Dam", "Bo Krog", "Pia Hald", "Lis Ry",
             "Kim Mørk", "Tom Lee", "Ane Friis", "Sten Bo", "Mia Bech", "Finn Ho", "Ulla Brix"]
    for i, name in enumerate(names, start=101):
        mark, day = marks.get(i, (None, None))
        rows.append((mark, day, i, name, "Drift", "Karen Holm"))
    return rows


def test_a_change_mark_is_read_with_the_day_beside_it(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Ark1": marked({
        101: ("UDGÅR", "26.08.2026"), 102: ("UDGÅR", "10.05.2027"), 103: ("NY", "30.09.2026"),
        104: ("NY", "01.02.2027")})})
    numbers = [e.number for e in listing.employees]
    assert "101" not in numbers and "104" not in numbers  # left; not begun
    assert {"102", "103"} <= set(numbers)  # leaving on a day to come; new since a day passed
    assert "status-day" in kinds(listing)
    assert not any(w.kind == "unread-dates" for w in listing.warnings)


def test_a_status_day_with_its_own_header(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Ark1": marked({101: ("Fratrådt", "2026-10-31"),
                                              102: ("Fratrådt", "2027-01-31")},
                                             ("Status", "Statusdato"))})
    numbers = [e.number for e in listing.employees]
    assert "101" not in numbers and "102" in numbers


def test_a_day_column_filled_where_there_is_no_status_is_no_status_day(tmp_path: Path) -> None:
    rows = marked({101: ("Fratrådt", "31.10.2026")}, ("Status", "Dato"))
    rows[3] = (None, "01.01.2020", *rows[3][2:])  # a day on a row without a status
    listing = read(tmp_path, {"Ark1": rows})
    assert "status-day" not in kinds(listing)
    assert "101" not in [e.number for e in listing.employees]


def test_a_contract_column_of_kinds_and_statuses_is_the_status(tmp_path: Path) -> None:
    rows: list[tuple[Any, ...]] = [("Vagtnr.", "Navn", "Afdeling", "Kontrakt", "Leder"),
                                   ("V300", "Karen Holm", "Ledelse", "Fast", None)]
    kinds_of = ["Fast", "Timelønnet", "Tilkald", "Fast", "Fratrådt", "Fast – orlov", "Tilkald",
                "Fast", "Timelønnet", "Fast"]
    names = ["Jens Bak", "Ida Lund", "Ole Rask", "Eva Dam", "Bo Krog", "Pia Hald", "Lis Ry",
             "Kim Mørk", "Tom Lee", "Ane Friis"]
    for i, (kind, name) in enumerate(zip(kinds_of, names, strict=True), start=301):
        rows.append((f"V{i}", name, "Vagt", kind, "Karen Holm"))
    listing = read(tmp_path, {"Ark1": rows})
    numbers = [e.number for e in listing.employees]
    assert "V305" not in numbers and {"V303", "V307", "V306"} <= set(numbers)
    assert [e.number for e in listing.on_leave] == ["V306"]


@pytest.mark.parametrize("header", ["Overgår til pension pr.", "Pensioneres pr.",
                                    "Udtræder pr.", "Går på pension"])
def test_a_retirement_day_is_an_end_date(tmp_path: Path, header: str) -> None:
    rows = [("Lønnr.", "Navn", "Afd.", "Nærmeste leder", header),
            (4000, "Trine Holm", "Direktion", None, None),
            (4001, "Björn Bak", "Kvalitet", "Trine Holm", "20.03.2026"),
            (4002, "Lærke Lund", "Kvalitet", "Trine Holm", "18.01.2027"),
            (4003, "Ole Rask", "Kvalitet", "Trine Holm", None)]
    assert [e.number for e in read(tmp_path, {"Ark1": rows}).employees] == [
        "4000", "4002", "4003"]


def test_a_field_of_type_email_beside_the_name_is_the_address(tmp_path: Path) -> None:
    rows = [("Employee #", "Display name", "Team", "Reports to", "Reports to (email)"),
            ("E01", "Maja Kjær", "Leadership", None, None),
            ("E02", "Sofie Holm", "Product", "Maja Kjær", "majak@pixel.dk"),
            ("E03", "Jonas Bak", "Product", "Sofie Holm", "sofieh@pixel.dk")]
    got = {e.number: (e.leader, e.leader_email) for e in read(tmp_path, {"A": rows}).employees}
    assert got["E03"] == ("Sofie Holm", "sofieh@pixel.dk")


PERIODS = [("Nr.", "Navn", "Enhed", "Leder (til og med 31.12.2026)",
            "Leder-mail (til og med 31.12.2026)", "Leder (fra 01.01.2027)",
            "Leder-mail (fra 01.01.2027)"),
           (1, "Frede Bøgh", "Direktion", None, None, None, None),
           (2, "Per Holm", "Jura", "Frede Bøgh", "fb@s.dk", "Frede Bøgh", "fb@s.dk"),
           (3, "Ane Lund", "Jura", "Frede Bøgh", "fb@s.dk", "Per Holm", "ph@s.dk"),
           (4, "Ib Rask", "Jura", "Per Holm", "ph@s.dk", "Per Holm", "ph@s.dk")]


@pytest.mark.parametrize(("today", "leader"), [(dt.date(2026, 12, 7), "Frede Bøgh"),
                                               (dt.date(2027, 1, 4), "Per Holm")])
def test_two_leader_columns_for_two_periods_the_one_of_today(
        tmp_path: Path, today: dt.date, leader: str) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "l.xlsx", {"A": PERIODS}), today=today)
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["3"] == (leader, {"Frede Bøgh": "fb@s.dk", "Per Holm": "ph@s.dk"}[leader])
    assert "new-values" in kinds(listing)


def test_status_codes_explained_on_a_sheet_named_for_them(tmp_path: Path) -> None:
    rows = [("Tjenestenummer", "Navn", "Afdeling", "Status", "Nærmeste leder"),
            ("10697", "Ole Krogh", "Visitation", 1, None),
            ("57088", "Marie Kjær", "Vest", 1, "Ole Krogh"),
            ("10739", "Dorthe Jensen", "Vest", 3, "Marie Kjær"),
            ("91212", "Kim Aagaard", "Vest", 8, "Marie Kjær"),
            ("96869", "Åse Friis", "Vest", 0, "Marie Kjær")]
    legend = [("Kode", "Betydning"), (0, "Ansat, ikke i løn"), (1, "Ansat i løn"),
              (3, "Midlertidigt ude af løn (orlov)"), (8, "Fratrådt"), (9, "Pensioneret")]
    listing = read(tmp_path, {"Ansatte": rows, "Statuskoder": legend})
    assert [e.number for e in listing.employees] == ["10697", "57088", "10739", "96869"]
    assert [e.number for e in listing.on_leave] == ["10739"]
    assert "code-legend" in kinds(listing)


def test_the_number_of_someones_initials_is_the_number_where_no_other_is(
        tmp_path: Path) -> None:
    rows = [("Init.nr.", "Navn", "Faggruppe", "Nærmeste leder"),
            ("G001", "Anne Holm", "Rektorat", None), ("G002", "Fatima Bak", "Natur", "Anne Holm"),
            ("G003", "Ole Lund", "Natur", "Fatima Bak")]
    assert [e.number for e in read(tmp_path, {"A": rows}).employees] == ["G001", "G002", "G003"]


def test_a_remark_of_a_move_to_another_public_employer_on_a_day_passed(tmp_path: Path) -> None:
    rows = [("Medarbejdernr", "Navn", "Enhed", "Nærmeste leder", "Bemærkning"),
            ("1000", "Peter Lund", "Direktion", None, None),
            ("1001", "Jens Vinther", "Trafik", "Peter Lund", None),
            ("1043", "Ida Holm", "Trafik", "Jens Vinther",
             "Overgået til Fjordby Kommune 01.09.2026"),
            ("1044", "Eva Dam", "Trafik", "Jens Vinther", "Overgår til Region Syd 01.03.2027"),
            ("1045", "Bo Ry", "Trafik", "Jens Vinther", None)]
    listing = read(tmp_path, {"A": rows})
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("1043", "Bemærkning: moved to another employer 01-09-2026")]


def test_a_state_on_every_row_beside_the_day_it_began_is_no_change_mark(
        tmp_path: Path) -> None:
    rows: list[tuple[Any, ...]] = [("Nr", "Navn", "Afdeling", "Leder nr", "Status", "Statusdato")]
    codes = ["A", "A", "F", "A", "O", "A", "A"]
    for i, code in enumerate(codes, start=1):
        rows.append((4400000 + i, f"Person {chr(64 + i)} Holm", "Psyk", 4400001 if i > 1 else None,
                     code, f"0{i}.01.2020"))
    rows += [(None,), ("Status: A = aktiv, O = orlov, F = fratrådt",)]
    listing = read(tmp_path, {"A": rows})
    assert "status-day" not in kinds(listing)
    assert [a.number for a in listing.leavers] == ["4400003"]
    assert [e.number for e in listing.on_leave] == ["4400005"]


TEAMS = [("Nr", "Navn", "Afdeling", "Team", "Nærmeste leder"),
         (1, "Niels Møller", "IT", None, None),
         (2, "Hans Krog", "Drift", "Servicedesk", "Niels Møller"),
         (3, "Jens Bak", "Drift", "Servicedesk", "Hans Krog"),
         (4, "Ida Lund", "Drift", "Servicedesk", "Hans Krog"),
         (5, "Eva Dam", "Drift", "Netværk", "Niels Møller"),
         (6, "Bo Ry", "Drift", "Netværk", "Eva Dam"),
         (7, "Ane Friis", "Drift", "Netværk", "Eva Dam"),
         (8, "Kim Hald", "Drift", None, "Niels Møller")]


def test_the_team_each_leader_leads_is_the_department(tmp_path: Path) -> None:
    listing = read(tmp_path, {"A": TEAMS})
    got = {e.number: e.department for e in listing.employees}
    assert got == {"1": "IT", "2": "Servicedesk", "3": "Servicedesk", "4": "Servicedesk",
                   "5": "Netværk", "6": "Netværk", "7": "Netværk", "8": "Drift"}
    assert "units-of-leaders" in kinds(listing)


def test_a_group_name_under_two_districts_is_named_with_its_district(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Distrikt", "Gruppe", "Gruppeleder / leder"),
            (1, "Lis Holm", "Ledelse", None, None),
            (2, "Per Krog", "Distrikt Nord", "Gruppe 1", "Lis Holm"),
            (3, "Ib Bak", "Distrikt Nord", "Gruppe 1", "Per Krog"),
            (4, "Mia Lund", "Distrikt Nord", "Gruppe 2", "Lis Holm"),
            (5, "Bo Dam", "Distrikt Nord", "Gruppe 2", "Mia Lund"),
            (6, "Eva Ry", "Distrikt Syd", "Gruppe 1", "Lis Holm"),
            (7, "Ole Vig", "Distrikt Syd", "Gruppe 1", "Eva Ry")]
    got = {e.number: e.department for e in read(tmp_path, {"A": rows}).employees}
    assert (got["3"], got["5"], got["7"]) == ("Distrikt Nord Gruppe 1", "Gruppe 2",
                                              "Distrikt Syd Gruppe 1")


def test_teams_led_by_several_leaders_stay_detail(tmp_path: Path) -> None:
    """Shift teams across the department: each team's people have different leaders."""
    rows = [*TEAMS[:2], (2, "Hans Krog", "Drift", "Dag", "Niels Møller"),
            (3, "Jens Bak", "Drift", "Dag", "Hans Krog"),
            (4, "Ida Lund", "Drift", "Nat", "Hans Krog"),
            (5, "Eva Dam", "Drift", "Dag", "Niels Møller"), (6, "Bo Ry", "Drift", "Nat", "Eva Dam"),
            (7, "Ane Friis", "Drift", "Dag", "Eva Dam")]
    listing = read(tmp_path, {"A": rows})
    assert {e.department for e in listing.employees} == {"IT", "Drift"}
    assert "units-of-leaders" not in kinds(listing)


def test_remarks_of_a_notice_whose_last_day_has_passed(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Leder", "Kommentar"),
            (40, "Inger Holm", "Ledelse", None, None),
            (41, "Jens Bak", "Scene", "Inger Holm", "Har sagt op – sidste dag 05.11.2026"),
            (42, "Ida Lund", "Scene", "Inger Holm", "Stoppede 07/07"),
            (43, "Ole Rask", "Scene", "Inger Holm", "Har sagt op – sidste dag 31.01.2027"),
            (44, "Eva Dam", "Scene", "Inger Holm", "Nøglekort mangler")]
    listing = read(tmp_path, {"A": rows})
    assert [a.number for a in listing.leavers] == ["41", "42"]
    assert [e.number for e in listing.employees] == ["40", "43", "44"]


def test_a_shops_sections_its_one_manager_leads_stay_the_shop(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Hovedenhed", "Sektion", "Nærmeste leder"),
            (1, "Priya Raman", "Hovedkontor", "Ledelse", None),
            (2, "Sidsel Bach", "Butik Aalborg", "Salg", "Priya Raman"),
            (3, "Ib Holm", "Butik Aalborg", "Salg", "Sidsel Bach"),
            (4, "Ane Lund", "Butik Aalborg", "Lager", "Sidsel Bach"),
            (5, "Lene Mik", "Butik Aarhus", "Salg", "Priya Raman"),
            (6, "Bo Dam", "Butik Aarhus", "Salg", "Lene Mik"),
            (7, "Eva Ry", "Butik Aarhus", "Lager", "Lene Mik")]
    got = {e.number: e.department for e in read(tmp_path, {"A": rows}).employees}
    assert (got["3"], got["4"], got["7"]) == ("Butik Aalborg", "Butik Aalborg", "Butik Aarhus")


def test_a_departments_own_leadership_keeps_the_department(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Afsnit", "Nærmeste leder"),
            (1, "Ole Dir", "Direktion", None, None),
            (2, "Ida Chef", "Medicinsk Afdeling", "Afdelingsledelse", "Ole Dir"),
            (3, "Pia Leder", "Medicinsk Afdeling", "Afsnit M1", "Ida Chef"),
            (4, "Bo Syg", "Medicinsk Afdeling", "Afsnit M1", "Pia Leder"),
            (5, "Kim Leder", "Medicinsk Afdeling", "Afsnit M2", "Ida Chef"),
            (6, "Eva Syg", "Medicinsk Afdeling", "Afsnit M2", "Kim Leder")]
    got = {e.number: e.department for e in read(tmp_path, {"A": rows}).employees}
    assert (got["2"], got["4"], got["6"]) == ("Medicinsk Afdeling", "Afsnit M1", "Afsnit M2")


def test_a_column_of_team_codes_is_no_unit_of_its_own(tmp_path: Path) -> None:
    rows = [(*TEAMS[0][:3], "Team", TEAMS[0][4]),
            *[(n, name, dep, {"Servicedesk": "DRI-1", "Netværk": "DRI-2"}.get(team or ""),
               leader) for n, name, dep, team, leader in TEAMS[1:]]]
    got = {e.number: e.department for e in read(tmp_path, {"A": rows}).employees}
    assert set(got.values()) == {"IT", "Drift"}


def test_a_coarser_column_beside_the_department_is_no_team(tmp_path: Path) -> None:
    """"Forvaltning" beside "Afdeling": the directors' "Direktionen" holds several of them, but
    each of them spans several departments: a coarser level."""
    rows = [("Forvaltning", "Afdeling", "Nr", "Navn", "Nærmeste leder"),
            ("Direktion", "Direktionen", 1, "Signe Top", None),
            ("Social", "Direktionen", 2, "Mads Soc", "Signe Top"),
            ("Børn", "Direktionen", 3, "Lan Børn", "Signe Top"),
            ("Social", "Ældre", 4, "Ib Ældre", "Mads Soc"),
            ("Social", "Ældre", 5, "Bo A", "Ib Ældre"),
            ("Social", "Handicap", 6, "Eva H", "Mads Soc"),
            ("Social", "Handicap", 7, "Ole B", "Eva H"),
            ("Børn", "Skole", 8, "Pia S", "Lan Børn"), ("Børn", "Skole", 9, "Kim C", "Pia S"),
            ("Børn", "PPR", 10, "Ane P", "Lan Børn"), ("Børn", "PPR", 11, "Tom D", "Ane P")]
    got = {e.number: e.department for e in read(tmp_path, {"A": rows}).employees}
    assert (got["5"], got["9"], got["2"]) == ("Ældre", "Skole", "Direktionen")


def test_a_batch_account_under_a_key_of_its_own_but_no_person_at_bot(tmp_path: Path) -> None:
    rows = [("User Name", "Full Name", "Email", "Department", "Manager"),
            ("KAAGAA1", "Kåre Aagaard", "ka@p.dk", "QA", None),
            ("PPOULS2", "Piotr Poulsen", "pp@p.dk", "QA", "Kåre Aagaard"),
            ("SVC_TW_BATCH", "TrackWise Batch", "tw-batch@p.dk", "IT", None),
            ("bot@p.dk", "Bodil Thomsen", "bot@p.dk", "IT", "Kåre Aagaard")]
    numbers = [e.number for e in read(tmp_path, {"A": rows}).employees]
    assert "SVC_TW_BATCH" not in numbers and "bot@p.dk" in numbers
