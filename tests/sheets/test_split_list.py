"""The staff split over sheets of the same columns is read from all of them, never half read
with a warning (each employee's leader looked up on every sheet); a sheet of leavers, a change
log or a copy of the list is not more of the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx


def read(tmp_path: Path, sheets: Mapping[str, Sequence[Sequence[Any]]], **options: Any) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", sheets), today=dt.date(2026, 11, 27),
                              **options)


DA = ("Lønnr", "Navn", "Afdeling", "Leder")


def test_two_regions_on_two_sheets_are_read_as_one_list(tmp_path: Path) -> None:
    listing = read(tmp_path, {
        "Nord": [DA, (1, "Aksel Eng", "Ledelse", None),
                 (2, "Signe Krog", "Hjørring", "Aksel Eng"),
                 (3, "Maja Holm", "Hjørring", "Signe Krog")],
        "Syd": [DA, (4, "Freja Skov", "Aalborg", "Aksel Eng"),
                (5, "Lise Bo", "Aalborg", "Freja Skov")]})
    assert [(e.number, e.department, e.leader_number, e.sheet, e.row)
            for e in listing.employees] == [
        ("1", "Ledelse", "", "Nord", 2), ("2", "Hjørring", "1", "Nord", 3),
        ("3", "Hjørring", "2", "Nord", 4), ("4", "Aalborg", "1", "Syd", 2),
        ("5", "Aalborg", "4", "Syd", 3)]
    assert listing.sheets == ("Nord", "Syd") and listing.other_sheets == ()
    [said] = [n for n in listing.notes if n.kind == "sheets-read"]
    assert ('"Nord" (3 employees, headers in row 1) and "Syd" (2 employees, headers in row 1)'
            in said.what) and said.sheet is None
    assert listing.warnings == ()


def test_three_offices_with_a_title_row_over_one_of_them(tmp_path: Path) -> None:
    head = ("Employee ID", "Name", "Email", "Department", "Manager")
    listing = read(tmp_path, {
        "London": [head, ("L1", "Amy Lowe", "al@x.com", "Sales", None),
                   ("L2", "Tom Reed", "tr@x.com", "Sales", "Amy Lowe"),
                   ("L3", "Ann Bell", "ab@x.com", "Ops", "Amy Lowe")],
        "Paris": [("Staff, Paris office",), head,
                  ("P1", "Luc Roy", "lr@x.com", "Sales", "Amy Lowe"),
                  ("P2", "Eva Roy", "er@x.com", "Sales", "Luc Roy")],
        "Oslo": [head, ("O1", "Per Vik", "pv@x.com", "Ops", "Amy Lowe"),
                 ("O2", "Kari Lie", "kl@x.com", "Ops", "Per Vik")]})
    assert [(e.number, e.sheet, e.leader_email) for e in listing.employees] == [
        ("L1", "London", ""), ("L2", "London", "al@x.com"), ("L3", "London", "al@x.com"),
        ("P1", "Paris", "al@x.com"), ("P2", "Paris", "lr@x.com"),
        ("O1", "Oslo", "al@x.com"), ("O2", "Oslo", "pv@x.com")]
    assert [e.row for e in listing.employees if e.sheet == "Paris"] == [3, 4]


def test_one_number_on_two_sheets_given_otherwise_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, {
            "Nord": [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
                     (3, "Maja Holm", "Salg", "Signe Krog")],
            "Syd": [DA, (4, "Freja Skov", "Aalborg", "Aksel Eng"),
                    (2, "Lise Bo", "Aalborg", "Freja Skov")]})
    said = str(caught.value)
    assert ('sheet "Syd", row 3: The employee number 2 is on the sheet "Nord" (row 3) and in '
            "this row too, given otherwise") in said


def test_a_sheet_of_leavers_with_the_same_columns_is_not_more_of_the_list(tmp_path: Path) -> None:
    listing = read(tmp_path, {
        "Ansatte": [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
                    (3, "Maja Holm", "Salg", "Signe Krog")],
        "Fratrådte": [DA, (7, "Bo Dam", "Salg", "Signe Krog"),
                      (8, "Ulla Ry", "Salg", "Signe Krog")]})
    assert [e.number for e in listing.employees] == ["1", "2", "3"]


def test_a_copy_of_the_list_and_a_change_log_are_not_more_of_the_list(tmp_path: Path) -> None:
    rows = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
            (3, "Maja Holm", "Salg", "Signe Krog")]
    listing = read(tmp_path, {
        "Ark1": rows, "Ark1 (2)": rows,
        "Ændringer": [("Dato", "Lønnr", "Navn", "Ændring"), ("01-10-2026", 4, "Per Lund", "Ny")]})
    assert [e.number for e in listing.employees] == ["1", "2", "3"]


def test_a_guide_sheet_with_one_example_row_is_not_more_of_the_list(tmp_path: Path) -> None:
    listing = read(tmp_path, {
        "Vejledning": [("Udfyld fanen 'Data'. Eksempel:",), DA, (9999, "Jens Jensen", "Eksempel",
                                                                "Hanne Hansen"),
                       (), ("Spørgsmål: kontakt HR på lokal 2210.",)],
        "Data": [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
                 (3, "Maja Holm", "Salg", "Signe Krog")]})
    assert [e.number for e in listing.employees] == ["1", "2", "3"]


def test_a_sheet_per_person_is_read_however_few_each_holds(tmp_path: Path) -> None:
    """Sheets named after the people on them, one row each: more of the list, not one
    template's example row."""
    people = [(7702, "Mads Bæk", None), (7703, "Hanne Åkjær", "Mads Bæk"),
              (7704, "Søren Lund", "Mads Bæk")]
    listing = read(tmp_path, {name: [DA, (number, name, "Hjemmeplejen", leader)]
                              for number, name, leader in people})
    assert [(e.number, e.sheet, e.leader_number) for e in listing.employees] == [
        ("7702", "Mads Bæk", ""), ("7703", "Hanne Åkjær", "7702"), ("7704", "Søren Lund", "7702")]


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_no_part_of_the_list(tmp_path: Path, state: str) -> None:
    """Last year's list kept as a hidden sheet: the shown sheet is the list, the hidden one is
    never read and never "more of the list"; `mus check` says so."""
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "e.xlsx", {
        "MUS 2025": [DA, (1, "Aksel Eng", "Ledelse", None), (7, "Gammel Person", "Salg",
                                                              "Aksel Eng"),
                     (8, "Anden Gammel", "Salg", "Aksel Eng")],
        "MUS 2026": [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg",
                                                              "Aksel Eng"),
                     (3, "Maja Holm", "Salg", "Signe Krog")]})
    wb = load_workbook(path)
    wb["MUS 2025"].sheet_state = state
    wb.active = 1
    wb.save(path)
    listing = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert listing.sheet == "MUS 2026" and listing.other_sheets == ()
    assert [e.number for e in listing.employees] == ["1", "2", "3"]
    assert any('The hidden sheet "MUS 2025" also looks like an employee list but is hidden'
               in n.what for n in listing.notes)
    # shown again, it is last year's by its name: history, not more of the list
    wb["MUS 2025"].sheet_state = "visible"
    wb.save(path)
    shown = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert [e.number for e in shown.employees] == ["1", "2", "3"]
    assert any('"MUS 2025" is older and was not read' in n.what for n in shown.notes)
    # named otherwise, it is more of the list: read, the director on both sheets read once
    wb["MUS 2025"].title = "Salg"
    wb.save(path)
    both = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert [(e.number, e.sheet) for e in both.employees] == [
        ("1", "Salg"), ("7", "Salg"), ("8", "Salg"), ("2", "MUS 2026"), ("3", "MUS 2026")]
    assert any('Employee 1 (Aksel Eng) is also on the sheet "Salg" (row 2), given alike: read '
               "once, from there." in n.what and n.sheet == "MUS 2026" for n in both.notes)


def test_two_tables_side_by_side_are_refused_naming_both(tmp_path: Path) -> None:
    """Staff in A–D and who left in G–I, an empty column between: one table per sheet."""
    rows: list[tuple[Any, ...]] = [("Personale 2026/27",), (),
                                   (*DA, None, None, "Nr", "Navn", "Fratrådt den")]
    staff = [(1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
             (3, "Maja Holm", "Salg", "Aksel Eng")]
    gone = [(9, "Ole Dam", dt.datetime(2026, 6, 30))]
    for i, person in enumerate(staff):
        rows.append((*person, None, None, *(gone[i] if i < len(gone) else ())))
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, {"Personale": rows})
    said = str(caught.value)
    assert 'sheet "Personale", row 3: The sheet holds 2 tables of people side by side, in ' \
        'columns A–D ("Lønnr", "Navn", "Afdeling", "Leder") and columns G–I ("Nr", "Navn", ' \
        '"Fratrådt den")' in said


def test_an_empty_column_inside_one_list_is_no_second_table(tmp_path: Path) -> None:
    rows = [("Lønnr", "Navn", None, "Leders nr.", "Leder"),
            (1, "Aksel Eng", None, None, None), (2, "Signe Krog", None, 1, "Aksel Eng")]
    assert [e.leader for e in read(tmp_path, {"Ark1": rows}).employees] == ["", "Aksel Eng"]


def test_a_sheet_for_each_month_reads_the_newest(tmp_path: Path) -> None:
    """"Oktober 2026", "November 2026", "December 2026": the newest month is the list, the
    older ones history (said); whoever is missing from it has left."""
    oct_ = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
            (3, "Maja Holm", "Salg", "Aksel Eng")]
    dec = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
           (4, "Ole Dam", "Salg", "Aksel Eng")]
    listing = read(tmp_path, {"Oktober 2026": oct_, "November 2026": oct_, "December 2026": dec})
    assert listing.sheet == "December 2026" and listing.other_sheets == ()
    assert [e.number for e in listing.employees] == ["1", "2", "4"]
    assert any('read from the newest, "December 2026"' in n.what for n in listing.notes)


@pytest.mark.parametrize(("names", "newest"), [
    (("MUS 2025", "MUS 2026"), "MUS 2026"),
    (("Medarbejdere 2026", "Medarbejdere 2024", "Medarbejdere 2025"), "Medarbejdere 2026"),
    (("Ansatte okt 26", "Ansatte nov 26"), "Ansatte nov 26"),
    (("Skoleåret 2026-27", "Skoleåret 2025-26"), "Skoleåret 2026-27"),
])
def test_sheets_alike_but_for_their_year_read_the_newest_whichever_comes_first(
        tmp_path: Path, names: tuple[str, ...], newest: str) -> None:
    """Last year's list kept first, and larger (people have left since): still the newest."""
    old = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
           (3, "Maja Holm", "Salg", "Aksel Eng"), (5, "Bo Berg", "Salg", "Aksel Eng")]
    new = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
           (4, "Ole Dam", "Salg", "Aksel Eng")]
    listing = read(tmp_path, {n: new if n == newest else old for n in names})
    assert listing.sheet == newest and listing.other_sheets == ()
    assert [e.number for e in listing.employees] == ["1", "2", "4"]
    [note] = [n for n in listing.notes if "the newest" in n.what]
    assert f'read from the newest, "{newest}"' in note.what


@pytest.mark.parametrize("names", [("Drift 2026", "Salg 2026"), ("Team 25", "Team 26"),
                                   ("MUS 2026", "Vikarer 2025")])
def test_sheets_that_differ_by_more_than_a_date_are_no_history(
        tmp_path: Path, names: tuple[str, str]) -> None:
    one = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng")]
    two = [DA, (3, "Maja Holm", "Salg", "Aksel Eng"), (4, "Ole Dam", "Salg", "Aksel Eng")]
    listing = read(tmp_path, dict(zip(names, (one, two), strict=True)))  # not history: both
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4"]
    assert listing.sheets == names


def test_a_sheet_of_those_on_leave_with_a_column_of_its_own_is_more_of_the_list(
        tmp_path: Path) -> None:
    """"Orlov": the list's columns in another order, and "Orlov til" beside them; its people
    are employees on leave, who would get no form if only the first sheet were read: read as
    more of the list, everyone on it on leave."""
    staff = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
             (3, "Maja Holm", "Salg", "Aksel Eng")]
    leave = [("Navn", "Lønnr", "Leder", "Afdeling", "Orlov til"),
             ("Ole Dam", 4, "Aksel Eng", "Salg", "31-05-2027"),
             ("Ida Bech", 5, "Aksel Eng", "Salg", "barsel til aug. 2027")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Orlov": leave})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4", "5"]
    assert [(a.number, a.sheet) for a in listing.on_leave] == [("4", "Orlov"), ("5", "Orlov")]
    assert [e.number for e in read(tmp_path, {"Medarbejdere": staff, "Orlov": leave},
                                   skip_on_leave=True).employees] == ["1", "2", "3"]
    # the same people again (a copy with a column added) is no more of the list
    copy = [(*DA, "Mail"), *((*r, "") for r in staff[1:])]
    listing = read(tmp_path, {"Medarbejdere": staff, "Kopi": copy})
    assert [e.number for e in listing.employees] == ["1", "2", "3"]


def test_two_versions_of_the_list_that_disagree_are_refused_naming_both(tmp_path: Path) -> None:
    """HR's version and payroll's, the same people, two leaders differing: not guessed."""
    hr = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
          (3, "Maja Holm", "Salg", "Signe Krog"), (4, "Ole Dam", "Salg", "Signe Krog")]
    pay = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
           (3, "Maja Holm", "Salg", "Aksel Eng"), (4, "Ole Dam", "Salg", "Aksel Eng")]
    with pytest.raises(SpreadsheetError, match=r'The sheets "Version HR" and "Version Løn" list '
                       r"the same people, and 2 of them differently"):
        read(tmp_path, {"Version HR": hr, "Version Løn": pay})
    # a copy that agrees is no matter: the list is read
    listing = read(tmp_path, {"Version HR": hr, "Kopi": hr})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4"]


def test_a_sheet_of_changes_that_says_people_on_the_list_left_is_refused(tmp_path: Path) -> None:
    """"Ændringer efter 1-9": "Stoppet" beside numbers the list gives as employed. The list
    is not up to date, and which is right is not guessed."""
    staff = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
             (3, "Maja Holm", "Salg", "Aksel Eng")]
    changes = [("Ændring", "Lønnr", "Navn", "Dato"), ("Ny", 9, "Ole Dam", "01-10-2026"),
               ("Stoppet", 3, "Maja Holm", "30-09-2026")]
    with pytest.raises(SpreadsheetError, match=r'The sheet "Ændringer efter 1-9" says that '
                       r"employee 3 has left, which the list itself does not say"):
        read(tmp_path, {"Medarbejdere": staff, "Ændringer efter 1-9": changes})


def test_unit_leaders_named_only_in_their_own_sheets_title_are_refused(tmp_path: Path) -> None:
    """A sheet per unit, each titled with its leader, who is listed on it: the titles say whom
    each leads, not who leads them, so the list is refused naming them."""
    head = ("Nr", "Navn", "Titel", "E-mail")
    sheets = {unit: [(f"Afdeling: {unit}",), (f"Afdelingsleder: {boss} ({mail}@x.dk)",), (),
                     head, (number, boss, "Afdelingsleder", f"{mail}@x.dk"),
                     *[(number + i, f"Ansat{number + i} Holm", "Konsulent", f"a{number + i}@x.dk")
                       for i in range(1, 4)]]
              for unit, boss, mail, number in (("Analyse", "Anne Mortensen", "am", 100),
                                               ("Administration", "Oliver Jensen", "oj", 200))}
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, sheets)
    said = str(caught.value)
    assert ('sheet "Analyse", row 5: The heading in row 2 names Anne Mortensen as the leader of '
            "the rows under it, and Anne Mortensen is one of them (row 5)") in said
    assert 'sheet "Administration", row 5' in said


def test_tables_of_the_same_columns_side_by_side_are_read_as_one_list(tmp_path: Path) -> None:
    """Four shops side by side on one sheet, each under its title with the same headers: every
    table is read, each one's title its department, and each cell named where Excel shows it."""
    head = ("Nr.", "Navn", "Stilling", "Nærmeste leder", "E-mail")
    shops = {"Hovedkontor": [(184, "Dorthe Lauridsen", "Direktør", None, "dol@x.dk"),
                             (185, "Bo Dam", "Bogholder", "Dorthe Lauridsen", "bd@x.dk")],
             "Butik Roskilde": [(315, "João Ferreira", "Butikschef", "Dorthe Lauridsen",
                                 "jf@x.dk"), (316, "Ida Holm", "Sælger", "João Ferreira", None),
                                (317, "Eva Lund", "Sælger", "João Ferreira", None)]}
    titles: list[Any] = []
    headers: list[Any] = []
    for title in shops:
        titles += [title, None, None, None, None, None]
        headers += [*head, None]
    rows: list[tuple[Any, ...]] = [("Personaleoversigt december 2026",), (), tuple(titles),
                                   tuple(headers)]
    for i in range(3):
        line: list[Any] = []
        for people in shops.values():
            line += [*(people[i] if i < len(people) else (None,) * 5), None]
        rows.append(tuple(line))
    listing = read(tmp_path, {"Alle butikker": rows})
    by = {e.number: e for e in listing.employees}
    assert [e.number for e in listing.employees] == ["184", "185", "315", "316", "317"]
    assert (by["315"].department, by["315"].leader_email, by["316"].leader_email) == (
        "Butik Roskilde", "dol@x.dk", "jf@x.dk")
    assert by["185"].department == "Hovedkontor" and by["316"].sheet == "Alle butikker"
    assert listing.sheets == ("Alle butikker (A–E)", "Alle butikker (G–K)")


def test_unit_leaders_on_their_own_sheets_beside_the_management_sheet(tmp_path: Path) -> None:
    """The same, with a sheet "Direktion" whose title names the director: the other units'
    leaders are read as led by the director, warned, since nothing says so."""
    head = ("Nr", "Navn", "Titel", "E-mail")
    sheets = {unit: [(f"Afdeling: {unit}",), (f"Afdelingsleder: {boss} ({mail}@x.dk)",), (),
                     head, (number, boss, "Leder", f"{mail}@x.dk"),
                     *[(number + i, f"Ansat{number + i} Holm", "Konsulent", f"a{number + i}@x.dk")
                       for i in range(1, 3)]]
              for unit, boss, mail, number in (("Direktion", "Lukas Müller", "lm", 10),
                                               ("Analyse", "Anne Mortensen", "am", 100),
                                               ("Administration", "Oliver Jensen", "oj", 200))}
    listing = read(tmp_path, sheets)
    by = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert by["10"] == ("", "") and by["100"] == ("Lukas Müller", "lm@x.dk")
    assert by["200"] == ("Lukas Müller", "lm@x.dk") and by["101"] == ("Anne Mortensen", "am@x.dk")
    assert sorted(w.sheet for w in listing.warnings if w.kind == "unit-leaders-top") == [
        "Administration", "Analyse"]


def test_a_sheet_named_for_leave_marks_everyone_on_it_on_leave(tmp_path: Path) -> None:
    """"Orlov og barsel" with the list's own columns and nothing else: its sheet says they are
    on leave; a sheet of leavers ("Fratrådte") is still no part of the list."""
    staff = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
             (3, "Maja Holm", "Salg", "Aksel Eng")]
    leave = [DA, (4, "Ole Dam", "Salg", "Aksel Eng")]
    gone = [DA, (5, "Ida Bech", "Salg", "Aksel Eng"), (6, "Bo Lund", "Salg", "Aksel Eng")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Orlov og barsel": leave,
                              "Fratrådte": gone})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4"]
    assert [(a.number, a.reason) for a in listing.on_leave] == [
        ("4", 'on the sheet "Orlov og barsel"')]


STAFF = [DA, (1, "Aksel Eng", "Ledelse", None), (2, "Signe Krog", "Salg", "Aksel Eng"),
         (3, "Maja Holm", "Salg", "Signe Krog"), (4, "Ole Dam", "Salg", "Signe Krog"),
         (11, "Tove Lind", "Salg", "Signe Krog"), (12, "Kim Riis", "Salg", "Signe Krog"),
         (13, "Jan Mose", "Salg", "Signe Krog"), (14, "Lea Holt", "Salg", "Signe Krog")]
# last June's list: the same people and two who have left since
JUNE = [*STAFF, (5, "Bo Berg", "Salg", "Signe Krog"), (6, "Ida Bech", "Salg", "Signe Krog")]
NOW = ["1", "2", "3", "4", "11", "12", "13", "14"]


@pytest.mark.parametrize(("today", "older"), [
    ("Aktuel (dec 2026)", "Juni 2026"),  # both dated, and one named current
    ("Aktuel", "Juni 2026"),  # only the older dated
    ("Medarbejdere", "Medarbejdere (gammel)"),
    ("Current staff", "Staff – previous"),
    ("Medarbejdere 2026", "Arkiv 2025"),
])
def test_an_older_version_of_the_list_named_so_is_not_read_however_many_it_holds(
        tmp_path: Path, today: str, older: str) -> None:
    """The larger sheet is last June's list, kept beside today's: its leavers get no form."""
    for sheets in ({today: STAFF, older: JUNE}, {older: JUNE, today: STAFF}):
        listing = read(tmp_path, sheets)
        assert listing.sheet == today and listing.other_sheets == ()
        assert [e.number for e in listing.employees] == NOW
        assert any(f'"{today}"; "{older}" is older and was not read' in n.what
                   for n in listing.notes)


def test_two_versions_of_the_list_whose_names_do_not_tell_are_refused(tmp_path: Path) -> None:
    """Mostly the same people, two more on one: which is today's cannot be told."""
    with pytest.raises(SpreadsheetError, match=r'The sheets "Ark2" and "Ark1" list mostly the '
                       r'same people, but not all \(2 only on "Ark2"\)') as raised:
        read(tmp_path, {"Ark1": STAFF, "Ark2": JUNE})
    assert '"gammel"' in str(raised.value)


def test_a_sheet_named_current_beside_other_people_is_no_version(tmp_path: Path) -> None:
    """"Aktuel" and "Vikarer": other people, so more of the list, not an older version."""
    temps = [DA, (7, "Per Lund", "Salg", "Signe Krog"), (8, "Eva Bro", "Salg", "Signe Krog")]
    listing = read(tmp_path, {"Aktuel": STAFF, "Vikarer": temps})
    assert [e.number for e in listing.employees] == [*NOW, "7", "8"]


def test_sections_one_under_the_other_each_read_under_its_own_header(tmp_path: Path) -> None:
    """"Fastansatte" with "Stilling" in D, then "Timelønnede" with "Status" in D: the second
    section's statuses are no job titles, and its leavers get no form."""
    sheet = [("Ungdomsskolen – medarbejderoversigt",), (), ("Fastansatte",),
             ("Nr", "Navn", "Afdeling", "Stilling", "Leder"),
             (1, "Olena Nowak", "Ledelse", "Ungdomsskoleleder", None),
             (2, "Mia Lund", "Undervisning", "Afdelingsleder", "Olena Nowak"),
             (3, "Åse Holm", "Undervisning", "Underviser", "Mia Lund"), (),
             ("Timelønnede undervisere",),
             ("Nr", "Navn", "Afdeling", "Status", "Leder"),
             (4, "Trine Bak", "Undervisning", "Aktiv", "Mia Lund"),
             (5, "Emma Skov", "Undervisning", "Ophørt", "Mia Lund"),
             (6, "Jens Berg", "Undervisning", "Aktiv", "Mia Lund")]
    listing = read(tmp_path, {"Oversigt": sheet})
    assert [(e.number, e.job_title, e.leader_number) for e in listing.employees] == [
        ("1", "Ungdomsskoleleder", ""), ("2", "Afdelingsleder", "1"), ("3", "Underviser", "2"),
        ("4", "", "2"), ("6", "", "2")]
    assert [a.number for a in listing.leavers] == ["5"]
    assert listing.sheets == ("Oversigt (rows 4–7)", "Oversigt (rows 10–13)")
    # the same headers again are the list's pages, one list as before
    same = [*sheet[:9], ("Nr", "Navn", "Afdeling", "Stilling", "Leder"),
            *((*r[:3], "Underviser", r[4]) for r in sheet[10:])]
    listing = read(tmp_path, {"Oversigt": same})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4", "5", "6"]
    assert listing.sheets == ()


def test_a_dated_sheet_of_other_people_is_no_newer_version(tmp_path: Path) -> None:
    """"Dec 2026" beside "Nyansatte jan 2027": the newer name holds other people (new hires),
    more of the list, not today's version of it."""
    hires = [DA, (21, "Per Lund", "Salg", "Signe Krog"), (22, "Eva Bro", "Salg", "Signe Krog")]
    listing = read(tmp_path, {"Dec 2026": STAFF, "Nyansatte jan 2027": hires})
    assert "21" in {e.number for e in listing.employees}
    assert "1" in {e.number for e in listing.employees}


def test_the_director_alone_on_an_info_sheet_is_on_the_list(tmp_path: Path) -> None:
    """A municipality's list, a sheet per administration and an "Info" sheet first whose small
    table under "Direktion" holds the director the three chiefs name as their leader: she is
    an employee too, her department the table's title, not the sheet's name."""
    head = ("Medarbejdernr", "Navn", "Afdeling", "Stilling", "Leder", "Leders e-mail")
    boss = ("Line Christiansen", "lich@h.dk")
    info = [("Medarbejderliste til MUS 2026",), ("Listen er opdelt i et ark pr. forvaltning.",),
            (None,), ("Direktion",), ("Medarbejdernr", "Navn", "Stilling", "E-mail"),
            (64272, "Line Christiansen", "Kommunaldirektør", "lich@h.dk")]
    culture = [head, (82407, "Freja Schmidt", "Kultur – stab", "Chef", *boss),
               (75622, "Carl Lund", "Kulturhuset", "Leder", "Freja Schmidt", "fs@h.dk"),
               (71092, "Bjørn Brandt", "Kulturhuset", "Konsulent", "Carl Lund", "cl@h.dk")]
    care = [head, (13474, "Kasper Vest", "Social – stab", "Chef", *boss),
            (58238, "Claus Due", "Hjemmeplejen", "Leder", "Kasper Vest", "kv@h.dk"),
            (11926, "Nanna Brønd", "Hjemmeplejen", "Assistent", "Claus Due", "cd@h.dk")]
    listing = read(tmp_path, {"Info": info, "Kultur og Fritid": culture,
                              "Social og Sundhed": care})
    people = {e.number: (e.department, e.leader) for e in listing.employees}
    assert people["64272"] == ("Direktion", "")
    assert people["82407"] == ("Kultur – stab", "Line Christiansen")
    assert len(people) == 7


def test_a_few_students_on_their_own_sheet_led_by_the_lists_leaders(tmp_path: Path) -> None:
    """A care home's "Elever" sheet: seven SOSU students beside forty staff, its own columns
    ("Uddannelse", "Praktikvejleder"), its leaders the house leaders on the staff sheet: staff
    too, however few (a sheet of a few people led by nobody on the list is still only warned
    of)."""
    staff = [("Nr", "Navn", "Hus", "Stilling", "Leder"), ("61008", "Ole Bæk", "Ledelse",
                                                          "Plejecenterleder", None),
             ("61012", "Birte Hansen", "Hus A", "Husleder", "Ole Bæk"),
             ("61018", "Jørgen Brønd", "Hus B", "Husleder", "Ole Bæk")]
    staff += [(str(61100 + i), f"Person{i} Holm", "Hus A" if i % 2 else "Hus B", "SSA",
               "Birte Hansen" if i % 2 else "Jørgen Brønd") for i in range(12)]
    students = [("Nr", "Navn", "Hus", "Uddannelse", "Praktikvejleder", "Leder"),
                ("69000", "Pia Søgaard", "Hus B", "SOSU-elev", "Person0 Holm", "Jørgen Brønd"),
                ("69007", "Tor Mortensen", "Hus A", "SOSU-elev", "Person1 Holm",
                 "Birte Hansen")]
    listing = read(tmp_path, {"Personale": staff, "Elever": students})
    assert {e.number: e.leader for e in listing.employees if e.number.startswith("69")} == {
        "69000": "Jørgen Brønd", "69007": "Birte Hansen"}
    outsiders = [students[0], *((n, name, hus, kind, mentor, "Karen Ude")
                                for n, name, hus, kind, mentor, _ in students[1:])]
    listing = read(tmp_path, {"Personale": staff, "Elever": outsiders})
    assert not [e for e in listing.employees if e.number.startswith("69")]
    assert "other-sheet" in {w.kind for w in listing.warnings}
