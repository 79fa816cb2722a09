"""Every row under the header is an employee or says why not: headings (merged or not, giving
their department to the rows under them), Excel's subtotal rows and formulas, totals, notes,
blank rows and the header again; `mus check` counts each kind."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import xlsxwriter
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.employees import EmployeeList
from pipeline.workspace import Workspace
from tests.helpers import merged_xlsx, write_xlsx

TODAY = dt.date(2026, 11, 27)


def people(listing: EmployeeList) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees]


def skipped(listing: EmployeeList) -> list[tuple[int, str]]:
    return [(s.row, s.describe()) for s in listing.skipped]



def test_a_merged_department_heading_gives_its_department(tmp_path: Path) -> None:
    """The finding: "Afdeling: Økonomi" merged across the row became employees, and the rows
    under it lost their department."""
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Medarbejdernr.", "Navn", "E-mail", "Leder", "Leders e-mail"),
        ("Afdeling: Økonomi",),
        (11, "Eva Lund", "eva@x.dk", "Bo Hald", "bo@x.dk"),
        (12, "Bo Hald", "bo@x.dk", None, None),
        ("Afdeling: IT",),
        (21, "Kurt Ravn", "kurt@x.dk", "Bo Hald", "bo@x.dk"),
    ], ["A2:E2", "A5:E5"])
    listing = read_employee_list(path, today=TODAY)
    assert people(listing) == [("11", "Eva Lund", "Økonomi", "Bo Hald", "bo@x.dk"),
                               ("12", "Bo Hald", "Økonomi", "", ""),
                               ("21", "Kurt Ravn", "IT", "Bo Hald", "bo@x.dk")]
    assert skipped(listing) == [(2, 'a heading ("Afdeling: Økonomi")'),
                                (5, 'a heading ("Afdeling: IT")')]
    assert [n.what for n in listing.notes] == [
        "The department of 3 employee(s) (rows 3, 4 and 6) comes from the heading above them "
        "(rows 2 and 5)."]


@pytest.mark.parametrize(("heading", "department"), [
    ("Økonomi", "Økonomi"), ("Salg (12)", "Salg"), ("IT-afdelingen", "IT-afdelingen"),
    ("Afd. Løn og Personale", "Løn og Personale"), ("Team: Drift – 3 medarbejdere", "Drift"),
])
def test_a_heading_alone_in_the_first_column(tmp_path: Path, heading: str,
                                             department: str) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Stilling"), (heading,), (4410, "Jonas Krog", "Tekniker"),
        (4411, "Hanne Bo", "Leder")]})
    listing = read_employee_list(path, today=TODAY)
    assert people(listing) == [("4410", "Jonas Krog", department, "", ""),
                               ("4411", "Hanne Bo", department, "", "")]
    assert skipped(listing) == [(2, f'a heading ("{heading}")')]


def test_a_heading_in_the_department_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", "Bemærkning"), (None, None, "Løn"),
        (1, "Ida Thomsen", None, None), (None, None, None, "ring til Bo")]})
    listing = read_employee_list(path, today=TODAY)
    assert people(listing) == [("1", "Ida Thomsen", "Løn", "", "")]
    assert skipped(listing) == [(2, 'a heading ("Løn")'), (4, 'a note ("ring til Bo")')]


def test_a_total_closes_its_headings_group(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn"), ("Økonomi",), (1, "Ida Thomsen"), ("I alt: 1",),
        (2, "Bo Bach")]})
    assert [e.department for e in read_employee_list(path, today=TODAY).employees] == [
        "Økonomi", ""]


@pytest.mark.parametrize("label", ["I alt Ambulatoriet B", "Total Sales", "Sum: Drift"])
def test_a_total_labelled_before_its_group_with_its_figures_beside_it(tmp_path: Path,
                                                                      label: str) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr", "Navn", "Stilling", "Ugentlig tid"), (45006, "Mads Brøndum", "Leder", 37),
        (45007, "Malene Krøyer", "Sekretær", 37), (None, label, None, 74)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["45006", "45007"]
    assert skipped(listing) == [(4, f'a subtotal row ("{label}")')]


def test_a_row_of_its_own_department_keeps_it(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling"), ("Afdeling: Økonomi",),
        (1, "Ida Thomsen", ""), (2, "Bo Bach", "Løn")]})
    assert [e.department for e in read_employee_list(path, today=TODAY).employees] == [
        "Økonomi", "Løn"]


def test_a_heading_never_takes_an_employee(tmp_path: Path) -> None:
    """An employee row has a number and a name, even when the name could be a department or a
    total; a row with only one of them is an employee with a mistake, reported, never
    skipped."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling"), ("Salg",), (7, "Salg", "Salg"),
        (8, "Karen Ravn", None), (9, "Antal Kovács", None), (10, "Sum Lee", None)]})
    listing = read_employee_list(path, today=TODAY)
    assert people(listing) == [("7", "Salg", "Salg", "", ""), ("8", "Karen Ravn", "Salg", "", ""),
                               ("9", "Antal Kovács", "Salg", "", ""),
                               ("10", "Sum Lee", "Salg", "", "")]
    only_number = write_xlsx(tmp_path / "n.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling"), (1, "Ida Thomsen", "IT"), (2,)]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(only_number, today=TODAY)
    assert 'row 3, column "Navn": Employee 2 has no name. Fill in the name.' in str(caught.value)


def _subtotalled(path: Path, labels: tuple[str, str, str]) -> Path:
    """Excel's Data > Subtotal (at each change in Afdeling, Count of Navn): a row after each
    group with its label and a SUBTOTAL formula, and a grand total, values saved."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Ark1")
    ws.write_row(0, 0, ("Afdeling", "Medarbejdernr.", "Navn", "Leder"))
    ws.write_row(1, 0, ("Økonomi", 1001, "Anne Sørensen", "Hanne Kjær"))
    ws.write_row(2, 0, ("Økonomi", 1002, "Hanne Kjær", ""))
    ws.write(3, 0, f"Økonomi {labels[0]}")
    ws.write_formula(3, 2, "=SUBTOTAL(3,C2:C3)", None, 2)
    ws.write_row(4, 0, ("IT", 1003, "Mads Kristensen", "Hanne Kjær"))
    ws.write(5, 0, f"IT {labels[0]}")
    ws.write_formula(5, 2, "=SUBTOTAL(3,C5:C5)", None, 1)
    ws.write(6, 0, labels[1])
    ws.write_formula(6, 2, "=SUBTOTAL(3,C2:C6)", None, 3)
    ws.write(7, 0, labels[2])
    ws.write_formula(7, 1, "=SUM(B2:B6)", None, 3006)
    wb.close()
    return path


@pytest.mark.parametrize("labels", [("Antal", "Hovedantal", "I alt"),
                                    ("Count", "Grand Count", "Total")])
def test_excel_subtotal_rows_are_skipped(tmp_path: Path, labels: tuple[str, str, str]) -> None:
    """The finding: Excel's own subtotal rows ("Økonomi Antal", "Hovedantal") made the list
    refused."""
    listing = read_employee_list(_subtotalled(tmp_path / "e.xlsx", labels), today=TODAY)
    assert people(listing) == [
        ("1001", "Anne Sørensen", "Økonomi", "Hanne Kjær", ""),
        ("1002", "Hanne Kjær", "Økonomi", "", ""),
        ("1003", "Mads Kristensen", "IT", "Hanne Kjær", "")]
    assert skipped(listing) == [(4, f'a subtotal row ("Økonomi {labels[0]}")'),
                                (6, f'a subtotal row ("IT {labels[0]}")'),
                                (7, f'a total row ("{labels[1]}")'),
                                (8, f'a total row ("{labels[2]}")')]


def test_a_total_made_by_a_formula_alone(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Ark1")
    ws.write_row(0, 0, ("Nr.", "Navn", "Timer"))
    ws.write_row(1, 0, (1, "Ida Thomsen", 37))
    ws.write_row(2, 0, (2, "Bo Bach", 30))
    ws.write_formula(3, 0, "=COUNTA(A2:A3)", None, 2)
    ws.write_formula(3, 2, "=SUM(C2:C3)", None, 67)
    wb.close()
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert skipped(listing) == [(4, "a total row")]


def test_the_header_again_and_a_second_header_row(tmp_path: Path) -> None:
    """A user data file's second header row (its labels under the field names), and a header
    repeated down a printed list."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("EMPID", "FIRSTNAME", "LASTNAME", "EMAIL"),
        ("Employee Id", "First Name", "Last Name", "Email"),
        ("E1", "Ida", "Thomsen", "ida@x.dk"),
        ("EMPID", "FIRSTNAME", "LASTNAME", "EMAIL"),
        ("E2", "Bo", "Bach", "bo@x.dk")]})
    listing = read_employee_list(path, today=TODAY)
    assert people(listing) == [("E1", "Ida Thomsen", "", "", ""), ("E2", "Bo Bach", "", "", "")]
    assert skipped(listing) == [(2, "the headers again"), (4, "the headers again")]


def test_check_counts_each_kind_of_row(ws: Workspace) -> None:
    merged_xlsx(ws.employees, [
        ("Medarbejdernr.", "Navn", "Status", "Leder"),
        ("Afdeling: Økonomi",),
        (1, "Ida Thomsen", "Aktiv", None),
        (),
        (2, "Bo Bach", "Fratrådt", "Ida Thomsen"),
        (3, "Åse Holm", "Barsel", "Ida Thomsen"),
        ("I alt: 3",),
        (),
        ("Udskrevet 27-11-2026 af HR",),
        ("Afdeling: IT",),
    ], ["A2:C2"])
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0, result.output
    assert ("Rows under the header: 2 employees, 1 of them on leave, 1 leaver, 1 heading, "
            "1 total, 2 notes, 2 blank.") in result.output
    assert "Skipped rows 9 and 10: a note." in result.output
    assert "Skipped rows 4 and 8: blank." in result.output
    data = json.loads(CliRunner().invoke(main, ["--dir", str(ws.root), "check", "--json"]).output)
    assert data["employee_list"]["row_counts"] == {
        "employee": 2, "on_leave": 1, "leaver": 1, "heading": 1, "total": 1, "note": 2,
        "blank": 2}


def test_a_skipped_row_never_shows_a_cpr_number(ws: Workspace) -> None:
    write_xlsx(ws.employees, {"Ark1": [
        ("Medarbejdernr.", "Navn"), (1, "Ida Thomsen"),
        ("NB: Bo Bach 140371-8812 starter 1/12",)]})
    for args in (["check"], ["check", "--json"]):
        result = CliRunner().invoke(main, ["--dir", str(ws.root), *args])
        assert result.exit_code == 0
        assert "8812" not in result.output
        assert "140371-XXXX" in result.output


def test_a_heading_where_the_names_go_gives_its_department(tmp_path: Path) -> None:
    """HR's grouped list: no department column, the heading written in the Navn column."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Stilling"), (None, "Ledelse"), (8101, "Dorthe Poulsen", "Forstander"),
        (None, "Antal medarbejdere: 1"), (None, "Bo- og aktivitetscenter Syd"),
        (8102, "Johannes Thomsen", "Afdelingsleder"), (8103, "Lene Christensen", "Pædagog"),
        (None, "Værkstedet"), (8108, "Rikke Friis", "Værkstedsleder")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("8101", "Ledelse"), ("8102", "Bo- og aktivitetscenter Syd"),
        ("8103", "Bo- og aktivitetscenter Syd"), ("8108", "Værkstedet")]
    assert [r for r, why in skipped(listing) if why.startswith("a heading")] == [2, 5, 8]


@pytest.mark.parametrize("label", ["Afdeling", "Afdeling:", "Enhed", "Department"])
def test_a_report_line_of_a_department_label_and_its_unit(tmp_path: Path, label: str) -> None:
    """SD's report: "Afdeling" where the numbers stand and the unit beside it, a count line
    after each group: the unit is the department of the rows under it, never an employee."""
    path = tmp_path / "sd.csv"
    path.write_text("\n".join([
        "Tjenestenr;Navn;Stillingsbetegnelse;E-mail", f"{label};4300 Dagtilbud",
        "61201;Rasmus Lykke;Dagtilbudschef;rl@o.dk", "Antal ansatte;1", "",
        f"{label};4320 Skovbrynet", "61202;Asger Sørensen;Afdelingsleder;as@o.dk",
        "61203;Gry Overgaard;Pædagog;go@o.dk", "61204;Mette Bæk;Pædagog;mb@o.dk",
        "61205;Jens Skov;Pædagog;js@o.dk", "Antal ansatte;4", "", "I alt;5"]) + "\n",
        encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("61201", "4300 Dagtilbud"), *((f"6120{n}", "4320 Skovbrynet") for n in range(2, 6))]
    assert [r for r, why in skipped(listing) if why.startswith("a heading")] == [2, 6]


def test_a_name_alone_without_a_number_is_still_a_mistake(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Stilling"), (1, "Ida Thomsen", "Pædagog"), (2, "Bo Bach", "Kok"),
        (3, "Åse Holm", "Kok"), (None, "Karen Ravn")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert 'row 5, column "Nr.": This row has no employee number.' in str(caught.value)


@pytest.mark.parametrize("name", ["Vakant", "Ubesat – opslås", "Ledig stilling", "Vacant",
                                  "TBD", "N.N."])
def test_a_position_not_filled_is_no_employee(tmp_path: Path, name: str) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Stillingsnr.", "Medarbejdernr.", "Navn", "Afdeling", "Nærmeste leder"),
        ("ST-1", 61001, "Tina Frølund", "Borgerservice", None),
        ("ST-2", None, name, "Borgerservice", "Tina Frølund"),
        ("ST-3", 61002, "Åse Jørgensen", "Borgerservice", "Tina Frølund")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["61001", "61002"]
    assert skipped(listing) == [(3, f'a position not filled ("{name}")')]


def test_a_vacancy_with_a_number_is_no_employee_either(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn"), (1, "Ida Thomsen"), (2, "Vakant")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1"]
    assert skipped(listing) == [(3, 'a position not filled ("Vakant")')]


def test_a_service_account_without_a_number_is_no_employee(tmp_path: Path) -> None:
    """Okta: a printer's account among the people, without an employeeNumber."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("employeeNumber", "displayName", "email", "department"),
        (4101, "Jens Iversen", "jens.iversen@s.dk", "Partner Group"),
        (None, "Printer Service", "svc-printer@s.dk", "IT"),
        (None, "Anne Lund", "noreply@s.dk", "IT"),
        (4102, "Marianne Brøndum", "marianne.broendum@s.dk", "Advisory")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["4101", "4102"]
    assert skipped(listing) == [(3, 'an account, not a person ("Printer Service")'),
                                (4, 'an account, not a person ("Anne Lund")')]


def test_a_mailbox_whose_address_is_one_word_of_its_name(tmp_path: Path) -> None:
    """Google Workspace: everyone's address spells their whole name; "Vagt Telefon" at vagt@,
    without an Employee ID, is a shared mailbox. A person without a number whose address
    spells their name, or is their initials, is still a mistake to correct."""
    people = [(f"80{n}", first, last, f"{first.lower()}.{last.lower()}@g.dk".replace(
        "ø", "oe").replace("æ", "ae")) for n, (first, last) in enumerate([
            ("Mette", "Thygesen"), ("Aksel", "Engstrøm"), ("Lise", "Holm"), ("Søren", "Bæk"),
            ("Freja", "Lund")], start=1)]
    rows = [("First Name [Required]", "Last Name [Required]", "Email Address [Required]",
             "Employee ID"), *((f, la, a, n) for n, f, la, a in people),
            ("Vagt", "Telefon", "vagt@g.dk", None)]
    listing = read_employee_list(write_xlsx(tmp_path / "g.xlsx", {"Users": rows}), today=TODAY)
    assert len(listing.employees) == 5
    assert skipped(listing) == [(7, 'an account, not a person ("Vagt Telefon")')]
    for who in [("Ida", "Krog", "ida.krog@g.dk", None), ("Ida", "Krog", "ik@g.dk", None)]:
        path = write_xlsx(tmp_path / "h.xlsx", {"Users": [*rows[:-1], who]})
        with pytest.raises(SpreadsheetError, match="This row has no employee number"):
            read_employee_list(path, today=TODAY)


def test_a_second_account_of_someone_on_the_list_is_no_person(tmp_path: Path) -> None:
    """Entra: the IT chief's admin account has her display name, no employee ID and no mail;
    a system account is named as one ("Systemkonto Backup")."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Users": [
        ("userPrincipalName", "displayName", "mail", "employeeId", "manager"),
        ("peter.g@f.dk", "Peter Grønbæk", "peter.g@f.dk", 7001, None),
        ("lene.k@f.dk", "Lene Kjær", "lene.k@f.dk", 7002, "Peter Grønbæk"),
        ("adm-lkj@f.onmicrosoft.com", "Lene Kjær", None, None, None),
        ("adm-sys@f.onmicrosoft.com", "Systemkonto Backup", None, None, None),
        ("sofie.h@f.dk", "Sofie Høj", "sofie.h@f.dk", 7005, "Lene Kjær")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("7001", ""), ("7002", "Peter Grønbæk"), ("7005", "Lene Kjær")]
    assert [r for r, why in skipped(listing) if why.startswith("an account")] == [4, 5]


def test_check_counts_positions_and_accounts(ws: Workspace) -> None:
    write_xlsx(ws.employees, {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail"), (1, "Ida Thomsen", "it@x.dk"),
        (None, "Vakant", None), (None, "Scanner", "scanner@x.dk")]})
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0, result.output
    assert ("Rows under the header: 1 employee, 1 position not filled, 1 account."
            in result.output)


def test_a_mark_after_the_name_and_its_legend(tmp_path: Path) -> None:
    """A municipality's own list: "*" after the names of those on leave, explained under it."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Tj.nr.", "Medarbejder", "Nærmeste leder"), (40213, "Signe Due", None),
        (40241, "Jesper Mortensen*", "Signe Due"), (40248, "Signe Højgaard", "Jesper Mortensen"),
        (None,), ("* = på barsel/orlov",)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.name, e.leader, e.on_leave) for e in listing.employees] == [
        ("Signe Due", "", False), ("Jesper Mortensen", "Signe Due", True),
        ("Signe Højgaard", "Jesper Mortensen", False)]
    assert [(a.number, a.reason) for a in listing.on_leave] == [
        ("40241", '"*" = på barsel/orlov')]


def test_a_mark_nobody_explains_is_said(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn"), (1, "Signe Due"), (2, "Jesper Mortensen †")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.name, e.on_leave) for e in listing.employees] == [
        ("Signe Due", False), ("Jesper Mortensen", False)]
    assert [w.what for w in listing.warnings if w.kind == "mark"] == [
        'The mark "†" beside the name (row 3) is left out of the name; nothing in the list says '
        "what it means."]


def test_a_mailbox_whose_name_is_no_ones_is_an_account(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Mail"), (11, "Ida Thomsen", "it@x.dk"), (12, "Bo Bach", "bb@x.dk"),
        (13, "Åse Holm", "ah@x.dk"), (None, "Reception", "reception@x.dk"),
        (None, "Mødelokale Aarhus", "moedelokale.aarhus@x.dk")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["11", "12", "13"]
    assert skipped(listing) == [(5, 'an account, not a person ("Reception")'),
                                (6, 'an account, not a person ("Mødelokale Aarhus")')]


def test_a_legend_without_an_equals_sign(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn"), (1, "Signe Due"), (2, "Jesper Mortensen (*)"), (None,),
        ("(*) Orlov til 1. marts",)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.name, e.on_leave) for e in listing.employees] == [
        ("Signe Due", False), ("Jesper Mortensen", True)]


def test_two_marks_explained_in_one_legend_cell(tmp_path: Path) -> None:
    """The legend line is read as code legends are: several marks to a cell."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn"), (1, "Signe Due"), (2, "Jesper Mortensen*"), (3, "Ida Holm°"), (None,),
        ("* = barsel, ° = ny i afdelingen",)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.name, e.on_leave) for e in listing.employees] == [
        ("Signe Due", False), ("Jesper Mortensen", True), ("Ida Holm", False)]
    # (someone new is employed: said, the row's other columns deciding)
    assert [n.what for n in listing.notes if n.kind == "mark" and "°" in n.what] == [
        'The mark "°" beside the name (row 4) is left out of the name; the list says "° = '
        'ny i afdelingen": employed, read by their row\'s other columns.']


def test_a_mark_the_legend_says_is_leaving_makes_a_leaver(tmp_path: Path) -> None:
    """A day-care's list: "*" after those who have left and "**" after those on leave,
    explained in footnotes: the first get no form (listed), the second are on leave; with
    --include-leavers both get one."""
    rows = [("Lønnr.", "Navn", "Leder"), (72001, "Bodil Sønderby", None),
            (72002, "Søren Nyholm", "Bodil Sønderby"),
            (72009, "Niels Steffensen *", "Søren Nyholm"), (72012, "Lene Kjær **", "Søren Nyholm"),
            (72013, "Ida Ulstrup", "Søren Nyholm"),
            (None,), ("* Fratrådt 31.10.2026 – slettes ved næste udtræk",), ("** På barsel",)]
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("72001", False), ("72002", False), ("72012", True), ("72013", False)]
    assert [(a.number, a.name) for a in listing.leavers] == [("72009", "Niels Steffensen")]
    assert "Fratrådt 31.10.2026" in listing.leavers[0].reason
    kept = read_employee_list(path, today=TODAY, include_leavers=True)
    assert [e.number for e in kept.employees] == ["72001", "72002", "72009", "72012", "72013"]


def test_a_heading_that_says_they_have_left_or_are_on_leave(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Afdeling"), (1, "Ida Thomsen", "IT"), (2, "Bo Bach", "IT"),
        ("Barsel og orlov",), (3, "Åse Holm", "IT"), ("Fratrådte medarbejdere",),
        (4, "Mads Lund", "IT"), (5, "Ole Dam", "Løn")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department, e.on_leave) for e in listing.employees] == [
        ("1", "IT", False), ("2", "IT", False), ("3", "IT", True)]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("4", 'under the heading "Fratrådte medarbejdere"'),
        ("5", 'under the heading "Fratrådte medarbejdere"')]


def test_an_account_whose_first_name_alone_looks_like_a_name(tmp_path: Path) -> None:
    """Google Workspace's download: a shared mailbox "Kontoret" "Fælles" with no number. The
    whole name (first and last) says it is no person; the first word alone did not."""
    path = tmp_path / "users.csv"
    path.write_text(
        "First Name [Required],Last Name [Required],Email Address [Required],Employee ID\n"
        "Rikke,Skov,rikke.skov@skole.dk,301\n"
        "Kontoret,Fælles,kontoret@skole.dk,\n"
        "Bent,Hvid,bent.hvid@skole.dk,303\n"
        "Front,Desk Shared,frontdesk@skole.dk,\n"
        "Maja,Thygesen,maja.thygesen@skole.dk,305\n", encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert [e.number for e in listing.employees] == ["301", "303", "305"]
    assert skipped(listing) == [(3, 'an account, not a person ("Kontoret Fælles")'),
                                (5, 'an account, not a person ("Front Desk Shared")')]


@pytest.mark.parametrize("formula", ["=COUNTA(B2:B6)-1", "=SUBTOTAL(3,B2:B6)", "=ROWS(A2:A6)"])
def test_a_count_in_the_number_column_is_a_total_row(tmp_path: Path, formula: str) -> None:
    """"Samlet antal ansatte" with a count formula (its saved result a number) where the
    employee number goes: a total, not an employee numbered 5."""
    path = tmp_path / "t.xlsx"
    with xlsxwriter.Workbook(str(path)) as wb:
        ws = wb.add_worksheet("Ark1")
        for r, row in enumerate([("Nr.", "Navn", "Afdeling"), (61, "Ulla Løv", "Direktion"),
                                 ("I alt Direktion: 1 medarbejdere",),
                                 (62, "Lise Dam", "Drift"), (63, "Freja Kjær", "Drift"),
                                 ("Total Drift: 2 employees",), (64, "Tove Wøl", "Drift"),
                                 ("Antal Drift = 1",)]):
            ws.write_row(r, 0, row)
        ws.write_formula(9, 0, formula, None, 4)
        ws.write(9, 1, "Samlet antal ansatte")
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.number for e in listing.employees] == ["61", "62", "63", "64"]
    reasons = {s.row: s.reason for s in listing.skipped}
    assert reasons[10] == "total"
    assert {reasons[3], reasons[6], reasons[8]} <= {"subtotal", "total"}


@pytest.mark.parametrize("example", [
    "Jens Jensen (eksempel – slet ikke)", "Ann Example (sample row)", "Kim Dal - eksempel"])
def test_a_templates_example_row_is_no_employee(tmp_path: Path, example: str) -> None:
    path = tmp_path / "t.xlsx"
    with xlsxwriter.Workbook(str(path)) as wb:
        ws = wb.add_worksheet("Ark1")
        for r, row in enumerate([("Nr.", "Navn", "Afdeling"), ("0000", example, "Eksempel"),
                                 (61, "Ulla Løv", "Direktion"),
                                 (62, "Mette Sample-Jensen", "Drift")]):
            ws.write_row(r, 0, row)
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.number for e in listing.employees] == ["61", "62"]
    assert [(s.row, s.reason) for s in listing.skipped] == [(2, "example")]


@pytest.mark.parametrize("heading", ["Børnehuset Mælkebøtten – tlf. 87 28 14 22",
                                     "Børnehuset Mælkebøtten (telefon +45 8728 1422)",
                                     "Børnehuset Mælkebøtten, mail: maelkeboetten@x.dk"])
def test_a_headings_contact_details_are_no_part_of_its_department(
        tmp_path: Path, heading: str) -> None:
    """An institution's heading with its phone or address after the name still gives its
    department to the rows under it (a long heading was taken for a note)."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Stilling"), ("Dagtilbudsledelse – tlf. 87 27 24 37",),
        (1, "Camilla Frølund", "Dagtilbudsleder"), (heading,), (2, "Freja Løvgreen", "Leder"),
        (3, "Mikkel Bech", "Pædagog")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("1", "Dagtilbudsledelse"), ("2", "Børnehuset Mælkebøtten"),
        ("3", "Børnehuset Mælkebøtten")]
    assert "87 28" not in repr(listing.skipped)  # contact details are not kept either


def test_users_at_another_domain_of_the_organisation_are_not_staff(tmp_path: Path) -> None:
    """A school's Google Workspace export: pupils at elev.<school> and the office's mailbox
    ("Kontoret", kontor@) have no employee ID; the pupils are listed as users at another
    domain, the mailbox as an account. Someone without a number at a domain of their own (a
    private address) is still a mistake to correct."""
    rows = [("First Name [Required]", "Last Name [Required]", "Email Address [Required]",
             "Employee ID", "Department"),
            ("Tove", "Engstrøm", "tove.engstroem@fs.dk", 301, "Ledelse"),
            ("Susanne", "Thygesen", "susanne.thygesen@fs.dk", 302, "Indskoling"),
            ("Vibeke", "Kragh", "vibeke.kragh@fs.dk", 303, "Indskoling"),
            ("Mads", "Rødgaard", "mads.roedgaard@fs.dk", 304, "Indskoling"),
            ("Tove", "Møller", "tove.moeller@fs.dk", 305, "Udskoling"),
            ("Astrid", "Lund", "astrid.lund@fs.dk", 306, "Udskoling"),
            ("Sofie", "Hvid", "sofie.hvid@elev.fs.dk", None, None),
            ("Trine", "Hvid", "trine.hvid@elev.fs.dk", None, None),
            ("Kontoret", "Friskolen", "kontor@fs.dk", None, None)]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert [e.number for e in listing.employees] == ["301", "302", "303", "304", "305", "306"]
    assert skipped(listing) == [
        (8, 'a user at another domain of the organisation, not staff ("Sofie Hvid")'),
        (9, 'a user at another domain of the organisation, not staff ("Trine Hvid")'),
        (10, 'an account, not a person ("Kontoret Friskolen")')]
    with pytest.raises(SpreadsheetError, match="This row has no employee number"):
        read_employee_list(write_xlsx(tmp_path / "f.xlsx", {"Ark1": [
            *rows[:7], ("Ole", "Bæk", "ole.baek@gmail.com", None, "Indskoling")]}), today=TODAY)


def test_a_board_of_groups_gives_the_first_group_its_title_too(tmp_path: Path) -> None:
    """monday.com's export: the board's name, then each group's title over the headers again;
    the first group's title stands over the list's own header."""
    head = ("Name", "Medarbejdernr.", "Leder")
    ledelse = [("Cecilie Kofoed", "17", "Frederik Rasmussen"), ("Frederik Rasmussen", "5", None),
               ("Jesper Madsen", "9", "Frederik Rasmussen"),
               ("Maja Knudsen", "34", "Frederik Rasmussen")]
    strategi = [("Carsten Østergaard", "12", "Jesper Madsen"),
                ("Frederik Kjær", "10", "Jesper Madsen"), ("Inger Møller", "3", "Jesper Madsen"),
                ("Julie Munk-Skov", "13", "Jesper Madsen"),
                ("Louise Mølgaard", "35", "Jesper Madsen")]
    path = write_xlsx(tmp_path / "m.xlsx", {"Board": [
        ("Medarbejderoversigt", None, None), (None, None, None), ("Ledelse", None, None), head,
        *ledelse, (None, None, None), ("Strategi", None, None), head, *strategi]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [e.department for e in listing.employees] == ["Ledelse"] * 4 + ["Strategi"] * 5
    assert any(n.kind == "first-section" for n in listing.notes)
    # a title over the header of a list without groups is no department
    plain = write_xlsx(tmp_path / "p.xlsx", {"Ark1": [("Personaleliste 2026", None, None),
                                                      head, *ledelse]})
    assert [e.department for e in read_employee_list(plain, today=dt.date(2026, 12, 6))
            .employees] == [""] * 4


def test_a_business_objects_report_in_sections_of_units(tmp_path: Path) -> None:
    """SAP BusinessObjects: "Organisationsenhed: X" over each section's headers, "Antal" after."""
    head = ("Medarbejdernr.", "Navn", "Nærmeste leder")
    path = write_xlsx(tmp_path / "bo.xlsx", {"Rapport": [
        ("Medarbejdere med nærmeste leder", None, None), (None, None, None),
        ("Organisationsenhed: Sundhed og Omsorg, stab", None, None), head,
        ("7515607", "Susanne Larsen", None), ("Antal", 1, None), (None, None, None),
        ("Organisationsenhed: Ældrecenter Solbakken", None, None), head,
        ("6805220", "Søren Hansen", "Susanne Larsen"), ("5131632", "Tina Nielsen", "Søren Hansen"),
        ("5888890", "Sørine Højgaard", "Søren Hansen"), ("Antal", 3, None)]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [e.department for e in listing.employees] == [
        "Sundhed og Omsorg, stab"] + ["Ældrecenter Solbakken"] * 3
