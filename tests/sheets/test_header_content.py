"""A column's cells confirm its header: an e-mail column holds addresses, a number column short
identifiers, a name column names, a leader column someone's leader. Where they disagree `mus
check` says so; a group header is read with the header under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.workspace import Workspace
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def people(path: Path) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in read_employee_list(path, today=TODAY).employees]


def test_headers_no_list_names_are_read_by_their_words(tmp_path: Path) -> None:
    """The finding: "Employee #" and "Leder (tjenestenr.)" were ignored: every leader empty,
    leaders' forms to nobody, no warning."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Employee #", "Navn", "E-mail", "Leder (tjenestenr.)"),
        ("00401", "Jens Østergaard", "jos@k.dk", None),
        ("00418", "Mette Kjær", "mkj@k.dk", "00401")]})
    assert people(path) == [("00401", "Jens Østergaard", "", "", ""),
                            ("00418", "Mette Kjær", "", "Jens Østergaard", "jos@k.dk")]


def test_a_leader_column_of_yes_and_no_is_whether_someone_leads(ws: Workspace) -> None:
    write_xlsx(ws.employees, {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder", "Nærmeste leder"),
        (5, "Pil Ager", "Byg", "nej", "Ove Tang"), (6, "Ove Tang", "Byg", "ja", None)]})
    assert people(ws.employees) == [("5", "Pil Ager", "Byg", "Ove Tang", ""),
                                    ("6", "Ove Tang", "Byg", "", "")]
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0
    assert ('row 1, column "Leder": The column "Leder" (column D) is headed as the leader, but '
            'holds yes/no (row 2: "nej"); column E is used instead. Check that this is right.'
            ) in result.stderr


def test_an_email_column_without_addresses_is_not_used(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Mail", "Afdeling"), (1, "Ida Thomsen", "ja", "IT"),
        (2, "Bo Bach", "nej", "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.email for e in listing.employees] == ["", ""]
    assert [w.what for w in listing.warnings] == [
        'The column "Mail" (column C) is headed as the e-mail, but holds yes/no (row 2: "ja"), '
        "so it is not used as the e-mail."]


def test_a_column_of_addresses_is_the_email_whatever_its_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Kontaktinfo"), (1, "Ida Thomsen", "it@x.dk"),
        (2, "Bo Bach", "bb@x.dk")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.email for e in listing.employees] == ["it@x.dk", "bb@x.dk"]
    assert "is used as the e-mail" in listing.warnings[0].what


def test_names_under_the_number_header_are_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn"), ("Ida Thomsen", 1), ("Bo Bach", 2), ("Åse Holm", 3)]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert ('row 1, column "Nr.": The column "Nr." (column A) is headed as the employee number, '
            'but holds names (row 2: "Ida Thomsen").') in str(caught.value)


def test_a_row_counter_as_the_only_number_is_said(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Afdeling"), (1, "Ida Thomsen", "IT"), (2, "Bo Bach", "IT"),
        (3, "Åse Holm", "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2", "3"]
    assert [w.what for w in listing.warnings] == [
        'The employee number is taken from "Nr." (column A), which numbers the rows 1, 2, 3 …']


def test_the_better_of_two_number_columns(tmp_path: Path) -> None:
    """A row counter beside the employee number: the specific header wins."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("#", "Employee #", "Name"), (1, "E-17", "Ida Thomsen"), (2, "E-4", "Bo Bach")]})
    assert [p[0] for p in people(path)] == ["E-17", "E-4"]


def test_a_number_column_that_repeats_is_not_the_employee_number(tmp_path: Path) -> None:
    """"Nr." here numbers the departments; the employee's own number is in "Medarbejder-ID"
    (a header of the same rank), which is unique."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Medarbejder ID", "Navn"), (10, "A-1", "Ida Thomsen"),
        (10, "A-2", "Bo Bach"), (20, "A-3", "Åse Holm"), (20, "A-4", "Mads Lund")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["A-1", "A-2", "A-3", "A-4"]
    assert listing.warnings[0].what == (
        'The column "Medarbejdernr." (column A) is headed as the employee number, but holds the '
        'same value on many rows (row 2: "10"); column B is used instead.')


def _grouped(path: Path, group: str) -> Path:
    write_xlsx(path, {"Ark1": [
        ("Medarbejder", None, None, group, None),
        ("Nr.", "Navn", "E-mail", "Navn", "E-mail"),
        (1, "Rie Fog", "rie@x.dk", "Lars Hvid", "lars@x.dk"),
        (2, "Lars Hvid", "lars@x.dk", None, None)]})
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:E1")
    wb.save(path)
    return path


@pytest.mark.parametrize("group", ["Nærmeste leder", "Chef", "Leder", "Line manager",
                                   "Reports to"])
def test_a_merged_group_header_is_read_with_the_header_under_it(tmp_path: Path,
                                                                group: str) -> None:
    """The finding: "Nærmeste leder" over Navn / E-mail was refused with contradictory
    messages, because the combination was not listed."""
    path = _grouped(tmp_path / "e.xlsx", group)
    assert people(path) == [("1", "Rie Fog", "", "Lars Hvid", "lars@x.dk"),
                            ("2", "Lars Hvid", "", "", "")]
    listing = read_employee_list(path, today=TODAY)
    assert listing.layout.fields["leader"].header == f"{group} Navn"
    assert [w.kind for w in listing.warnings] == ["no-department"]  # the list has none


def test_a_group_row_in_a_text_file(tmp_path: Path) -> None:
    """A CSV cannot merge: the group stands above its first column, and the header names
    "Navn" twice."""
    path = tmp_path / "e.csv"
    path.write_text("Medarbejder;;;Leder;\nNr.;Navn;E-mail;Navn;E-mail\n"
                    "1;Rie Fog;rie@x.dk;Lars Hvid;lars@x.dk\n2;Lars Hvid;lars@x.dk;;\n",
                    encoding="utf-8")
    assert people(path) == [("1", "Rie Fog", "", "Lars Hvid", "lars@x.dk"),
                            ("2", "Lars Hvid", "", "", "")]


def test_a_title_merged_over_the_whole_header_is_no_group(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("MUS 2027 – medarbejdere", None, None), ("Nr.", "Navn", "E-mail"),
        (1, "Rie Fog", "rie@x.dk")]})
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.merge_cells("A1:C1")
    wb.save(path)
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.name, e.email) for e in listing.employees] == [
        ("1", "Rie Fog", "rie@x.dk")]


def test_a_department_column_by_its_cells_under_a_header_of_any_shape(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Organisationstilknytning"), (11, "Ida Thomsen", "Drift"),
        (12, "Bo Bach", "Drift"), (13, "Åse Holm", "Kundeservice"),
        (14, "Mads Lund", "Kundeservice"), (15, "Ole Dam", "Drift")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.department for e in listing.employees] == [
        "Drift", "Drift", "Kundeservice", "Kundeservice", "Drift"]
    assert [n.what for n in listing.notes if n.kind != "no-leaders"] == [
        'The column "Organisationstilknytning" (column C) is read as the department: its header '
        "speaks of a unit, and it holds a few names, each shared by several people."]
    assert listing.warnings == ()


def test_a_list_without_a_department_says_so(tmp_path: Path) -> None:
    """A unit header over a value of everyone's own is no department; nor is a list without
    one left silently without departments."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Organisationstilknytning"), (11, "Ida Thomsen", "Drift A"),
        (12, "Bo Bach", "Drift B"), (13, "Åse Holm", "Kundeservice C")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.department for e in listing.employees] == ["", "", ""]
    assert [str(w) for w in listing.warnings] == [
        f'{path}, sheet "Ark1", row 1: No column with the department was found, so the forms, '
        "the overview and question filters have no department for anyone. If the list has one, "
        'give it the header "Afdeling" (or "Department").']


def test_an_empty_department_column_is_as_none(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Afdeling", "Global dimension 1-kode"), (11, "Ida Thomsen", None, "SALG"),
        (12, "Bo Bach", None, "SALG"), (13, "Åse Holm", None, "LAGER"),
        (14, "Mads Lund", None, "LAGER")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.department for e in listing.employees] == ["SALG", "SALG", "LAGER", "LAGER"]
    none = write_xlsx(tmp_path / "n.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Afdeling"), (11, "Ida Thomsen", None), (12, "Bo Bach", None)]})
    assert [w.kind for w in read_employee_list(none, today=TODAY).warnings] == ["no-department"]


OWN_AS_LEADERS = [("Medarb.nr.", "Navn", "Enhed", "Leder", "Leders e-mail"),
                  (6120, "Lise Hvid", "Direktion", None, "lihv@n.dk"),
                  (6123, "Frederik Bang", "Borgerservice", "Lise Hvid", "frba@n.dk"),
                  (6126, "Solvej Wøldike", "Borgerservice", "Frederik Bang", "sowo@n.dk"),
                  (6127, "Karina Kløve", "Borgerservice", "Frederik Bang", "kakl@n.dk"),
                  (6136, "Morten Skov", "Byggeri", "Lise Hvid", "mosk@n.dk"),
                  (6139, "Bodil Sønderby", "Byggeri", "Morten Skov", "boso@n.dk")]


def test_a_leaders_email_column_of_own_addresses_is_read_as_the_email(tmp_path: Path) -> None:
    """'Leders e-mail' gives each row an address of its own, also under one leader: the
    employees' own addresses (warned), and each leader's address is the one on their row."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": OWN_AS_LEADERS})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.email, e.leader_email) for e in listing.employees] == [
        ("6120", "lihv@n.dk", ""), ("6123", "frba@n.dk", "lihv@n.dk"),
        ("6126", "sowo@n.dk", "frba@n.dk"), ("6127", "kakl@n.dk", "frba@n.dk"),
        ("6136", "mosk@n.dk", "lihv@n.dk"), ("6139", "boso@n.dk", "mosk@n.dk")]
    assert [w.kind for w in listing.warnings] == ["leader-email-own"]


def test_a_leaders_email_column_of_other_addresses_beside_an_email_column_refuses(
        tmp_path: Path) -> None:
    rows = [(*r[:3], f"{r[1].split()[0].lower()}@n.dk" if r[0] != "Medarb.nr." else "E-mail",
             *r[3:]) for r in OWN_AS_LEADERS]
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert 'The column "Leders e-mail" (column F) is headed as the leader\'s e-mail, but ' \
        "gives every row an address of its own" in str(caught.value)


def test_a_leaders_email_column_that_repeats_a_leaders_address_is_theirs(tmp_path: Path) -> None:
    rows = [(*r[:4], "frba@n.dk" if r[3] == "Frederik Bang" else r[4]) for r in OWN_AS_LEADERS]
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows})
    listing = read_employee_list(path, today=TODAY)
    assert [e.leader_email for e in listing.employees][2:4] == ["frba@n.dk", "frba@n.dk"]
    assert not [w for w in listing.warnings if w.kind == "leader-email-own"]


def test_an_email_column_that_follows_the_leader_is_the_leaders(tmp_path: Path) -> None:
    """A hospital's hand-kept list: "Mail afd.spl." beside "Afdelingssygeplejerske" gives the
    ward leader's address on each of their staff's rows, and the head nurse's on the ward
    leaders' rows: the leader's e-mail (warned), not the employees' own."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Personale": [
        ("Lønnr.", "Navn", "Afsnit", "Afdelingssygeplejerske", "Mail afd.spl."),
        (71340, "Gry Skov", "Ledelse", None, None),
        (71345, "Jens Aagaard", "P1", "Gry Skov", "grsk@rn.dk"),
        (71356, "Aksel Damgaard", "P1", "Jens Aagaard", "jeaa@rn.dk"),
        (71367, "Morten Steffensen", "P1", "Jens Aagaard", "jeaa@rn.dk"),
        (71408, "Birgitte Friis", "P2", "Gry Skov", "grsk@rn.dk"),
        (71409, "Susanne Aagaard", "P2", "Birgitte Friis", "bifr@rn.dk"),
        (71414, "Bjørn Bang", "P2", "Birgitte Friis", "bifr@rn.dk")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.email, e.leader, e.leader_email) for e in listing.employees] == [
        ("", "", ""), ("", "Gry Skov", "grsk@rn.dk"), ("", "Jens Aagaard", "jeaa@rn.dk"),
        ("", "Jens Aagaard", "jeaa@rn.dk"), ("", "Gry Skov", "grsk@rn.dk"),
        ("", "Birgitte Friis", "bifr@rn.dk"), ("", "Birgitte Friis", "bifr@rn.dk")]
    assert "email-follows-leader" in {w.kind for w in listing.warnings}


def test_two_email_columns_headed_alike_the_one_after_the_leader_is_theirs(
        tmp_path: Path) -> None:
    """"E-mail" after "Navn" and again after "Leder": the second gives each leader's own
    address (the one in the first on their own row), so it is the leader's e-mail, said.
    Two alike that are no such pair are not read so."""
    head = ("Nr", "Navn", "E-mail", "Afdeling", "Leder", "E-mail")
    rows = [head, ("7179", "Signe Bech", "sb@k.dk", "Café", "Frede Knudsen", "fk@k.dk"),
            ("7603", "Aisha Abdi", "aa@k.dk", "Café", "Signe Bech", "sb@k.dk"),
            ("7676", "Camilla Holm", "ch@k.dk", "Café", "Signe Bech", "sb@k.dk"),
            ("7700", "Frede Knudsen", "fk@k.dk", "Ledelse", None, None),
            ("7701", "Ole Bak", "ob@k.dk", "Køkken", "Frede Knudsen", "fk@k.dk"),
            ("7702", "Eva Dam", "ed@k.dk", "Køkken", "Ole Bak", "ob@k.dk"),
            ("7703", "Ida Lund", "il@k.dk", "Køkken", "Ole Bak", "ob@k.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.email, e.leader_email) for e in listing.employees][:3] == [
        ("7179", "sb@k.dk", "fk@k.dk"), ("7603", "aa@k.dk", "sb@k.dk"),
        ("7676", "ch@k.dk", "sb@k.dk")]
    [note] = [n for n in listing.notes if n.kind == "email-follows-leader"]
    assert "column F gives one address for each leader" in note.what
    # a second address of the employee's own (a private one) is no leader's: as before, the
    # work address is the e-mail, warned, and the leader's is found on their own row
    rows = [r if r is head else (*r[:5], r[2].replace("@k.dk", "@privat.dk")) for r in rows]
    listing = read_employee_list(write_xlsx(tmp_path / "f.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.email, e.leader_email) for e in listing.employees][:2] == [
        ("sb@k.dk", "fk@k.dk"), ("aa@k.dk", "sb@k.dk")]
    assert not [n for n in listing.notes if n.kind == "email-follows-leader"]
    assert "two-columns" in {w.kind for w in listing.warnings}


def test_a_department_and_a_job_title_column_swapped_are_refused(tmp_path: Path) -> None:
    """'Afdeling' holds job titles and 'Stilling' the clinics: the clinics give each leader's
    staff one value, the titles several; every form would name a job title as department."""
    rows = [("Medarbejdernr.", "Navn", "Afdeling", "Stilling", "Nærmeste leder"),
            (801, "Mette Nørgaard", "Adm. direktør", "Hovedkontor", None)]
    titles = ["Klinikassistent", "Tandplejer", "Tandlæge", "Tandplejer", "Klinikassistent",
              "Tandlæge"]
    n = 802
    for clinic, head in (("Klinik Vest", "Frederik Bæk"), ("Klinik Øst", "Asger Holm")):
        rows.append((n, head, "Afdelingsleder", clinic, "Mette Nørgaard"))
        n += 1
        for i, title in enumerate(titles):
            rows.append((n, f"Ansat {clinic[-3:]} {chr(65 + i)}", title, clinic, head))
            n += 1
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Rapport": rows}), today=TODAY)
    assert 'The column "Afdeling" (column C) is headed as the department, but "Stilling" ' \
        "(column D) gives each leader's staff one value" in str(caught.value)
    fixed = [(r[0], r[1], r[3], r[2], r[4]) if i else r for i, r in enumerate(rows)]
    listing = read_employee_list(write_xlsx(tmp_path / "f.xlsx", {"Rapport": fixed}),
                                 today=TODAY)
    assert listing.employees[2].department == "Klinik Vest"


def test_custom_fields_with_their_type_after_the_name(tmp_path: Path) -> None:
    """ClickUp's CSV: each custom field's type in brackets after its name ("Leder (short
    text)", "Afdeling (drop down)", "Leder mail (email)"); the task's name is the person and
    its own Task ID no employee number."""
    path = tmp_path / "clickup.csv"
    path.write_text(
        '"Task ID","Task Name","Status","Medarbejdernr (short text)","Afdeling (drop down)",'
        '"Leder (short text)","Leder mail (email)"\n'
        '"86c3dee4n","Trine Jørgensen","ansat","B001","Ledelse","",""\n'
        '"86rxrg6wc","Pia Dahl","ansat","B002","Strategi","Trine Jørgensen","tj@b.dk"\n'
        '"86xhkznkf","Bo Knudsen","stoppet","B003","Strategi","Pia Dahl",""\n', encoding="utf-8")
    assert people(path) == [("B001", "Trine Jørgensen", "Ledelse", "", ""),
                            ("B002", "Pia Dahl", "Strategi", "Trine Jørgensen", "tj@b.dk")]


def test_a_manager_id_of_addresses_finds_the_leader_by_address(tmp_path: Path) -> None:
    """Viva Insights' organisational data: PersonId and ManagerId are addresses."""
    path = tmp_path / "viva.csv"
    path.write_text(
        "PersonId,EffectiveDate,ManagerId,EmployeeId,DisplayName,Organization\n"
        "niels@bb.dk,12/1/2026,,501,Niels Brøndum,Engineering\n"
        "bente@bb.dk,12/1/2026,niels@bb.dk,559,Bente Rasmussen,Engineering\n"
        "ida@bb.dk,12/1/2026,niels@bb.dk,560,Ida Holm,Engineering\n", encoding="utf-8")
    assert people(path) == [("501", "Niels Brøndum", "Engineering", "", ""),
                            ("559", "Bente Rasmussen", "Engineering", "Niels Brøndum",
                             "niels@bb.dk"),
                            ("560", "Ida Holm", "Engineering", "Niels Brøndum", "niels@bb.dk")]


def test_a_leader_found_by_its_cells_takes_its_own_address_column(tmp_path: Path) -> None:
    """"People Lead" (a header mus does not know, read as the leader by what it holds) and
    "People Lead e-mail" beside it: that leader's address; "Practice" is a consultancy's
    unit."""
    path = tmp_path / "kvadrant.csv"
    path.write_text(
        "Medarbejder-ID;Navn;Practice;People Lead;People Lead e-mail;Projektleder\n"
        "K001;Anna Mørk;Ledelse;;;\n"
        "K002;Peter Kjærsgaard;Data & AI;Anna Mørk;am@kv.dk;Ole Bak\n"
        "K074;Jens Sørensen;Data & AI;Peter Kjærsgaard;pk@kv.dk;Ole Bak\n"
        "K075;Ole Bak;Data & AI;Peter Kjærsgaard;pk@kv.dk;Anna Mørk\n"
        "K076;Ida Holm;Data & AI;Peter Kjærsgaard;pk@kv.dk;Ole Bak\n", encoding="utf-8")
    assert people(path)[1:3] == [
        ("K002", "Peter Kjærsgaard", "Data & AI", "Anna Mørk", "am@kv.dk"),
        ("K074", "Jens Sørensen", "Data & AI", "Peter Kjærsgaard", "pk@kv.dk")]


def test_a_name_column_of_first_names_beside_a_surname_column(tmp_path: Path) -> None:
    """Sesame HR: "Name" holds the first name, "Surname" the family name."""
    path = tmp_path / "sesame.csv"
    path.write_text(
        '"Employee code","Name","Surname","Department","Manager"\n'
        '"E0001","Ionela","Stan","Development",""\n'
        '"E0134","Kåre","Bang","Development","Ionela Stan"\n'
        '"E0135","Anne Marie","Dahl","Development","Ionela Stan"\n', encoding="utf-8")
    assert [p[1] for p in people(path)] == ["Ionela Stan", "Kåre Bang", "Anne Marie Dahl"]
    assert people(path)[1][3] == "Ionela Stan"


def test_hrs_short_headers_for_number_and_nearest_leader(tmp_path: Path) -> None:
    """"Mnr", "NL", "NL-mail": a bank's list in HR's short forms."""
    path = tmp_path / "bank.csv"
    path.write_text("Mnr;Fornavn;Efternavn;Afd;NL;NL-mail\n"
                    "403;Helle;Husted;Direktion;;\n"
                    "407;Kasper;Bak;Privat;Helle Husted;heh@bank.dk\n", encoding="utf-8")
    assert people(path) == [("403", "Helle Husted", "Direktion", "", ""),
                            ("407", "Kasper Bak", "Privat", "Helle Husted", "heh@bank.dk")]
