"""Lists as fresh exports brought them (stop 45): German, Swedish and Nordic payroll files,
chat and identity exports, paths with their root, teams that are no units."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.headerwords import inferred_role
from pipeline.sheets.rows import heading_department
from pipeline.sheets.unitpaths import path_separator, short_units
from tests.helpers import merged_xlsx
from tests.sheets.reading import TODAY, read, read_csv, rows_of


def test_a_team_column_of_payroll_countries_across_every_department_is_no_unit(
        tmp_path: Path) -> None:
    """Deel's "Team" (DK Payroll, EOR – Sweden) cuts across the departments, each department
    led by one leader whatever the team: the department stays the department."""
    head = ("Worker ID", "Full name", "Email", "Team", "Department", "Direct manager")
    spread = [("Management", "Birgitte Højgaard", None, ["DK Payroll"]),
              ("Finance", "Ana Pereira", "Birgitte Højgaard",
               ["DK Payroll"] * 5 + ["EOR – Sweden"] * 2),
              ("Data", "Frederik Mortensen", "Birgitte Højgaard",
               ["DK Payroll"] * 4 + ["EOR – Sweden", "EOR – Portugal"]),
              ("Operations", "Pernille Søndergaard", "Birgitte Højgaard", ["DK Payroll"] * 4),
              ("Product", "Villads Rasmussen", "Birgitte Højgaard",
               ["DK Payroll", "EOR – Poland"])]
    firsts = iter(("Aino", "Asger", "Bjørn", "Camilla", "Dorte", "Emil", "Freja", "Gustav",
                   "Hanne", "Ivan", "Jonas", "Karla", "Lars", "Mads", "Nina", "Otto", "Pia",
                   "Rikke", "Sune", "Tove"))
    rows: list[tuple[Any, ...]] = [head]
    for n, (dep, boss, above, teams) in enumerate(spread):
        rows.append((f"W-{n}", boss, f"b{n}@h.com", "DK Payroll", dep, above))
        for i, team in enumerate(teams):
            first = next(firsts)
            rows.append((f"W-{n}{i}", f"{first} Holm", f"{first}@h.com", team, dep, boss))
    listing = read(tmp_path, {"People": rows})
    got = {e.department for e in listing.employees}
    assert got == {"Management", "Finance", "Data", "Operations", "Product"}
    assert "units-of-leaders" not in {n.kind for n in listing.notes}


def test_a_path_column_with_the_root_alone_on_the_top_rows_is_read_as_paths() -> None:
    """Dayforce's "Org Unit": "Denmark" for the country manager, "Denmark > Operations >
    Lager Nord" under it."""
    texts = ["Denmark", "Denmark > Operations", "Denmark > Operations > Lager Nord",
             "Denmark > Operations > Transport", "Denmark > Administration"]
    separator = path_separator(texts)
    assert separator == " > "
    assert short_units(texts, separator)["Denmark > Operations > Lager Nord"] == "Lager Nord"
    # a unit named with a slash beside others is still no path
    assert path_separator(["Salg/Marketing", "Økonomi", "Salg"]) is None


def test_a_leader_given_as_a_chat_mention_is_found_by_the_user_name(tmp_path: Path) -> None:
    """Slack's member list with HR's columns: the manager as "@frederik.f"."""
    listing = read_csv(tmp_path, (
        "username,email,status,fullname,Employee ID,Department,Manager\r\n"
        "frederik.f,ff@p.dk,Admin,Frederik Frølund,PW-1,Engineering,\r\n"
        "ana.p,ap@p.dk,Member,Ana Pereira,PW-2,Engineering,@frederik.f\r\n"
        "anne.j,aj@p.dk,Member,Anne Jensen,PW-3,Engineering,@frederik.f\r\n"
        "asger.l,al@p.dk,Member,Asger Larsen,PW-4,Engineering,@ana.p\r\n"))
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Frederik Frølund", "ff@p.dk"), ("Frederik Frølund", "ff@p.dk"),
        ("Ana Pereira", "ap@p.dk")]


def test_headings_in_the_neighbours_languages_give_their_department() -> None:
    assert heading_department("Abteilung: Geschäftsleitung") == "Geschäftsleitung"
    assert heading_department("Avdelning: Lager") == "Lager"
    assert heading_department("Abteilungsleiter Hans Bauer") == "Abteilungsleiter Hans Bauer"


def test_a_german_list_with_merged_headings_reads_name_beside_vorname_as_the_family_name(
        tmp_path: Path) -> None:
    """"Abteilung: Lager" merged across the row (its text in every column) is no evidence
    about the name columns: "Name" beside "Vorname" is still the family name."""
    rows: list[tuple[Any, ...]] = [
        ("Mitarbeiterliste Nordlicht ApS",), (),
        ("Pers.-Nr.", "Name", "Vorname", "Funktion", "Vorgesetzte(r)", "E-Mail"),
        ("Abteilung: Geschäftsleitung",),
        (642, "Mørch", "Line", "Geschäftsführer", None, "lm@n.dk"),
        (576, "Møller", "Birgitte", "Mitarbeiterin", "Line Mørch", "bm@n.dk"),
        ("Abteilung: Lager",),
        (380, "Vestergård", "Mette", "Abteilungsleiterin", "Line Mørch", "mv@n.dk"),
        (1002, "Winther", "Sofie", "Mitarbeiterin", "Mette Vestergård", "sw@n.dk"),
        (373, "Bäcker", "Uwe", "Mitarbeiter", "Mette Vestergård", "ub@n.dk"),
        ("Abteilung: Fuhrpark",),
        (467, "Søndergaard", "Øjvind", "Abteilungsleiter", "Line Mørch", "os@n.dk"),
        (311, "Mørch", "Mads", "Mitarbeiter", "Øjvind Søndergaard", "mm@n.dk")]
    path = merged_xlsx(tmp_path / "l.xlsx", rows, ["A4:F4", "A7:F7", "A11:F11"])
    listing = read_employee_list(path, today=TODAY)
    assert rows_of(listing)[:4] == [
        ("642", "Line Mørch", "Geschäftsleitung", "", ""),
        ("576", "Birgitte Møller", "Geschäftsleitung", "Line Mørch", "lm@n.dk"),
        ("380", "Mette Vestergård", "Lager", "Line Mørch", "lm@n.dk"),
        ("1002", "Sofie Winther", "Lager", "Mette Vestergård", "mv@n.dk")]
    assert rows_of(listing)[-1] == ("311", "Mads Mørch", "Fuhrpark", "Øjvind Søndergaard",
                                    "os@n.dk")


def test_a_cost_centre_named_in_a_german_compound_is_the_unit_where_no_column_is(
        tmp_path: Path) -> None:
    """DATEV LODAS: "Kostenstelle" (codes) beside "Kostenstellenbezeichnung" (names), the
    leader by Personalnummer; no department column."""
    head = ("Personalnummer;Nachname;Vorname;Eintrittsdatum;Austrittsdatum;Kostenstelle;"
            "Kostenstellenbezeichnung;Tätigkeitsbezeichnung;Wochenarbeitszeit;Fehlzeitengrund;"
            "Vorgesetzter (Pers.-Nr.);E-Mail geschäftlich")
    lines = [head, "00816;Khan;Elena;24.04.2010;;1000;Geschäftsführung;Geschäftsführerin;"
             "40,00;;;ek@n.dk",
             "00770;Thomsen;Bjørn;25.04.2011;;1100;Vertrieb Skandinavien;Vertriebsleiter;"
             "40,00;;00816;bt@n.dk",
             "00746;Hoffmann;Sabine;06.11.2011;;1300;Lager og Logistik;Lagerleiterin;40,00;;"
             "00816;sh@n.dk"]
    for i, (first, last) in enumerate((("Lena", "Jäger"), ("Maja", "Høj"), ("Heike", "Schröder"),
                                       ("Jørgen", "Kjær"), ("Katharina", "Weiß"),
                                       ("Matthias", "Wöhler"))):
        lines.append(f"0090{i};{last};{first};22.07.2021;;1100;Vertrieb Skandinavien;"
                     f"Sachbearbeiter/in;20,00;;00770;v{i}@n.dk")
        lines.append(f"0080{i};{last}-Berg;{first};22.07.2021;;1300;Lager og Logistik;"
                     f"Sachbearbeiter/in;40,00;{'Elternzeit' if i == 2 else ''};00746;l{i}@n.dk")
        lines.append(f"0070{i};{last}-Dahl;{first};22.07.2021;;1200;Kundenservice;"
                     f"Sachbearbeiter/in;30,00;;00770;k{i}@n.dk")  # one leader, two centres
    listing = read_csv(tmp_path, "\r\n".join(lines) + "\r\n", "cp1252")
    got = {e.number: e.department for e in listing.employees}
    assert got["00900"] == "Vertrieb Skandinavien" and got["00800"] == "Lager og Logistik"
    assert got["00770"] == "Vertrieb Skandinavien" and got["00700"] == "Kundenservice"


def test_swedish_tom_and_a_column_headed_udgaaet_mark_who_has_left(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "Anställningsnummer;Förnamn;Efternamn;Avdelningsnamn;Chef;Anställd from;Anställd tom\r\n"
        "11;Line;Brøndum;Butik;;2019-01-01;\r\n"
        "12;Gitte;Pedersen;Butik;Line Brøndum;2019-01-01;2026-03-31\r\n"
        "13;Åsa;Öberg;Butik;Line Brøndum;2019-01-01;2027-01-23\r\n"))
    assert [e.number for e in listing.employees] == ["11", "13"]
    assert [a.number for a in listing.leavers] == ["12"]
    listing = read(tmp_path, {"Medarbejdere": [
        ("Init.", "Lønnr.", "Navn", "Afd.", "Leder", "Mail", "Udgået"),
        ("YHA", 3828, "Yasmin Haddad", "Direktion", None, "yha@b.dk", None),
        ("BSK", 1441, "Bjørn Skovgård", "Tegnestue", "YHA", "bsk@b.dk", "x"),
        ("HOL", 1877, "Henrik Olsen", "Tegnestue", "YHA", "hol@b.dk", None),
        (), ("Udgået = x: fratrådt, men ligger her til lønnen er afsluttet",)]})
    assert [e.number for e in listing.employees] == ["3828", "1877"]


def test_a_kind_column_that_says_terminated_marks_a_leaver(tmp_path: Path) -> None:
    """OneLogin: "status" is the account's (Suspended), the employment status a custom
    attribute of Employee, External contractor and Terminated."""
    lines = ["id,firstname,lastname,email,department,manager_user_id,status,"
             "custom_attribute_employee_number,custom_attribute_employment_status"]
    lines.append("100,Karen,Holm,kh@s.dk,Platform,,Active,E001,Employee")
    for i, first in enumerate(("Per", "Ole", "Ida", "Eva", "Bo", "Kim"), start=2):
        lines.append(f"10{i},{first},Lund,p{i}@s.dk,Platform,100,Active,E00{i},Employee")
    lines.append("110,Malene,Holm,mh@s.dk,Platform,100,Suspended,E010,Terminated")
    lines.append("111,Rahul,Mehta,rm@s.dk,Platform,100,Active,,External contractor")
    listing = read_csv(tmp_path, "\r\n".join(lines) + "\r\n")
    assert "E010" not in [e.number for e in listing.employees]
    assert "E010" in [a.number for a in listing.leavers]
    assert len(listing.employees) == 7


def test_a_title_that_says_external_after_a_dash_is_no_employee(tmp_path: Path) -> None:
    """"Gæsteforsker – ekstern (Uppsala Universitet)" as "Konsulent (ekstern)" is."""
    listing = read(tmp_path, {"Medarbejdere": [
        ("AU-ID", "Navn", "Sektion", "Stilling", "Nærmeste leder", "Leder e-mail"),
        ("au1", "Anne Thygesen", "Geofysik", "Sektionsleder", None, None),
        ("au2", "Bo Holm", "Geofysik", "Lektor", "Anne Thygesen", "at@au.dk"),
        ("au3", "Ida Østergaard", "Geofysik", "Gæsteforsker – ekstern (Uppsala Universitet)",
         "Anne Thygesen", "at@au.dk"),
        ("au4", "Eva Lund", "Geofysik", "Ph.d.-studerende", "Anne Thygesen", "at@au.dk"),
        ("au5", "Kim Berg", "Geofysik", "Adjunkt - Geofysik", "Anne Thygesen", "at@au.dk")]})
    assert [e.number for e in listing.employees] == ["au1", "au2", "au4", "au5"]


def test_the_leader_a_title_line_names_leads_under_a_heading_that_names_none(
        tmp_path: Path) -> None:
    """"Centerleder: Frede Juhl (…)" over the header; the team headings name each team's
    leader; the team leaders under "Ledelse og administration" are led by the centre leader."""
    rows: list[tuple[Any, ...]] = [
        ("Plejecenter Egebakken – personaleliste december 2026",),
        ("Centerleder: Frede Juhl (frju@pe.dk)",), (),
        ("Lønnr.", "Navn", "Stilling", "Timer/uge"),
        ("Ledelse og administration",),
        (7288, "Frede Juhl", "Centerleder", 30),
        (7213, "Ove Mølgaard", "Teamleder", 32),
        (7143, "Fatima Al-Sayed", "Teamleder", 37),
        ("Team Syd – teamleder Ove Mølgaard (ovmo@pe.dk)",),
        (7232, "Jesper Damgaard", "Sygeplejerske", 24),
        (7278, "Sanne Olsen", "SOSU-hjælper", 28),
        ("Team Nord – teamleder Fatima Al-Sayed (faal@pe.dk)",),
        (7199, "Hanne Vestergaard", "Sygeplejerske", 28),
        (7242, "Frede Bach", "SOSU-assistent", 37)]
    path = merged_xlsx(tmp_path / "l.xlsx", rows, ["A5:D5", "A9:D9", "A12:D12"])
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("7288", "", ""), ("7213", "Frede Juhl", "frju@pe.dk"),
        ("7143", "Frede Juhl", "frju@pe.dk"),
        ("7232", "Ove Mølgaard", "ovmo@pe.dk"), ("7278", "Ove Mølgaard", "ovmo@pe.dk"),
        ("7199", "Fatima Al-Sayed", "faal@pe.dk"), ("7242", "Fatima Al-Sayed", "faal@pe.dk")]


def test_a_vacant_post_held_by_an_acting_leader_is_that_leader(tmp_path: Path) -> None:
    """A sheet of units whose leader cell says the post is vacant and who acts in it."""
    listing = read(tmp_path, {
        "Personale": [("Lønnr.", "Navn", "Enhed", "Stilling"),
                      (33488, "Else Søndergaard", "Dagtilbud Syd", "Dagtilbudsleder"),
                      (33475, "Villads Juhl", "Børnehuset Kløverbakken", "Pædagogisk leder"),
                      (33501, "Nanna Østergaard", "Børnehuset Kløverbakken", "Pædagog"),
                      (33649, "Carsten Sørensen", "Børnehuset Humlebien", "Pædagog"),
                      (33753, "Ida Holm", "Børnehuset Humlebien", "Pædagog"),
                      (33448, "Bo Lind", "Børnehuset Humlebien", "PAU-elev")],
        "Enheder": [("Enhed", "Overordnet enhed", "Leder", "Leders mail"),
                    ("Dagtilbud Syd", None, "Else Søndergaard", "elso@d.dk"),
                    ("Børnehuset Kløverbakken", "Dagtilbud Syd", "Villads Juhl", "viju@d.dk"),
                    ("Børnehuset Humlebien", "Dagtilbud Syd",
                     "Vakant – konst. leder Carsten Sørensen", "caso@d.dk")]})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["33753"] == got["33448"] == ("Carsten Sørensen", "caso@d.dk")
    assert got["33649"] == ("Else Søndergaard", "elso@d.dk")


def test_hrs_mark_of_someone_new_is_no_part_of_the_name(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, (
        "Lønnr\tNavn\tAfdeling\tAnsvarlig leder\r\n"
        "6085\tSøs Mølgaard\tSvømning\t\r\n"
        "5863\tNy! Camilla Vestergaard\tSvømning\tSøs Mølgaard\r\n"
        "3993\tEmre Yılmaz (ny!)\tSvømning\tSøs Mølgaard\r\n"
        "3994\tIb Ny\tSvømning\tSøs Mølgaard\r\n"))
    assert [e.name for e in listing.employees] == [
        "Søs Mølgaard", "Camilla Vestergaard", "Emre Yılmaz", "Ib Ny"]


def test_a_groups_count_in_the_number_column_under_its_name_i_alt_is_a_subtotal(
        tmp_path: Path) -> None:
    """A bakery owner's list: "7 | Butik Torvet i alt | Butik Torvet | Louise Krogh" after
    each shop, "28 | Alle" at the end."""
    listing = read(tmp_path, {"Ark1": [
        ("Lønnr", "Navn", "Butik/afdeling", "Leder", "Leder mail"),
        (4275, "Louise Krogh", "Ejer", None, None),
        (1, "Ejer i alt", "Ejer", "Louise Krogh", None),
        (4566, "Agnieszka Kowalski", "Butik Torvet", "Louise Krogh", "lkr@b.dk"),
        (3786, "Birthe Nørgaard", "Butik Torvet", "Agnieszka Kowalski", "ako@b.dk"),
        (2, "Butik Torvet i alt", "Butik Torvet", "Louise Krogh", None),
        (1751, "Christian Nielsen", "Butik Stationen", "Louise Krogh", "lkr@b.dk"),
        (4244, "Bodil Fænø", "Butik Stationen", "Christian Nielsen", "cni@b.dk"),
        (2, "Butik Stationen i alt", "Butik Stationen", "Louise Krogh", None),
        (5, "Alle", None, None, None)]})
    assert [e.number for e in listing.employees] == ["4275", "4566", "3786", "1751", "4244"]


def test_a_sheet_of_leavers_beside_the_list_says_who_has_left(tmp_path: Path) -> None:
    """"Fratrådte 2026" keeps those who leave while they still stand on "Medarbejdere": a day
    passed is left, a day to come (notice given) is still employed."""
    listing = read(tmp_path, {
        "Medarbejdere": [("Medarbejder ID", "Fornavn", "Efternavn", "Team", "Leder"),
                         ("00124", "Gitte", "Østergaard", "Salg", None),
                         ("00100", "Tomasz", "Wiśniewski", "Salg", "Gitte Østergaard"),
                         ("00306", "Louise", "Holm", "Salg", "Gitte Østergaard"),
                         ("00419", "Bo", "Dalsgård", "Salg", "Gitte Østergaard"),
                         ("00500", "Ida", "Lund", "Salg", "Gitte Østergaard")],
        "Fratrådte 2026": [("Fratrådte og opsagte 2026",), (),
                           ("Medarbejder ID", "Navn", "Sidste arbejdsdag", "Bemærkning"),
                           ("00100", "Tomasz Wiśniewski", dt.datetime(2026, 5, 13), None),
                           ("00306", "Louise Holm", dt.datetime(2027, 1, 3), "opsagt"),
                           ("00500", "Ida Berg", dt.datetime(2026, 2, 1), None)]})
    assert [e.number for e in listing.employees] == ["00124", "00306", "00419", "00500"]
    assert [a.number for a in listing.leavers] == ["00100"]
    # (00500 on the leavers' sheet under another name: not evidence enough, she stays; said)
    assert "leavers-sheet-name" in {w.kind for w in listing.warnings}


def test_unit_codes_of_capitals_are_named_by_the_sheet_of_units(tmp_path: Path) -> None:
    """A union office: "Afd.kode" FO, AK, FA-OK; the sheet "Enheder" names each code and
    its leader by initials."""
    listing = read(tmp_path, {
        "Personale": [("Nr", "Navn", "Init", "Afd.kode", "Mail"),
                      ("0011", "Rikke Gormsen", "RGO", "FO", "rgo@f.dk"),
                      ("0031", "Camilla Olsen", "CMO", "AK", "cmo@f.dk"),
                      ("0278", "Katrin Schmidt", "KSC", "AK", "ksc@f.dk"),
                      ("0139", "Signe Holm", "SHO", "FA-OK", "sho@f.dk"),
                      ("0546", "Thomas Jørgensen", "TJO", "FA-OK", "tjo@f.dk")],
        "Enheder": [("Kode", "Enhed", "Leder (init)", "Hører under"),
                    ("FO", "Formandskab", "RGO", None), ("AK", "A-kasse", "CMO", "FO"),
                    ("FA-OK", "Overenskomst", "SHO", "FO")]})
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("0011", "Formandskab", ""), ("0031", "A-kasse", "Rikke Gormsen"),
        ("0278", "A-kasse", "Camilla Olsen"), ("0139", "Overenskomst", "Rikke Gormsen"),
        ("0546", "Overenskomst", "Signe Holm")]


def test_swedish_and_norwegian_employment_end_headers_are_end_dates() -> None:
    for header in ("Anställningens slutdatum", "Arbeidsforholdets sluttdato", "Anställd tom"):
        assert inferred_role(header) == ("end_date", 2), header


def test_rows_without_a_number_that_say_they_are_no_employee_are_listed_not_refused(
        tmp_path: Path) -> None:
    """An LDAP export of a school: rooms, a shared mailbox and an external examiner stand
    without an employeeNumber, their employeeType says what they are; a directory guest
    (#EXT#) has none either; a leaver without a number is a leaver."""
    dn = "uid={},ou=Ansatte,dc=g,dc=dk"
    listing = read_csv(tmp_path, "\r\n".join([
        "dn,uid,cn,mail,employeeNumber,ou,manager,employeeType",
        f'"{dn.format("gmoe")}",gmoe,Gitte Møller,gm@g.dk,100,Ledelse,,ansat',
        f'"{dn.format("afu")}",afu,Anna Fuß,af@g.dk,164,Drift,"{dn.format("gmoe")}",ansat',
        f'"{dn.format("unoe")}",unoe,Ulla Nørgaard,un@g.dk,228,Sprog,"{dn.format("gmoe")}",ansat',
        f'"{dn.format("ykh")}",ykh,Yasmin Khan,yk@g.dk,,Drift,"{dn.format("gmoe")}",fratrådt',
        '"uid=lv,ou=Ressourcer,dc=g,dc=dk",lv,Lærerværelset,lv@g.dk,,,,lokale',
        '"uid=ko,ou=Ressourcer,dc=g,dc=dk",ko,Kontoret,ko@g.dk,,,,funktionspostkasse',
        '"uid=ext,ou=Eksterne,dc=g,dc=dk",ext,Mads Vestergård,mv@c.dk,,Sprog,,ekstern censor',
        '"uid=lb,ou=Gæster,dc=g,dc=dk",lb_r.it#EXT#@g.onmicrosoft.com,Laura Bianchi,lb@r.it,,,,',
    ]) + "\r\n")
    assert [e.number for e in listing.employees] == ["100", "164", "228"]
    assert "guest" in {s.reason for s in listing.skipped}


def test_finnish_and_polish_payroll_lists_are_read(tmp_path: Path) -> None:
    """Sympa's Finnish labels, and a Polish shared service centre's (Comarch)."""
    listing = read(tmp_path, {"Henkilöstö": [
        ("Henkilönumero", "Etunimi", "Sukunimi", "Työsähköposti", "Organisaatioyksikkö",
         "Esihenkilö", "Esihenkilön sähköposti", "Työsuhteen päättymispäivä", "Tila"),
        (1001, "Päivi", "Niemelä", "pn@r.dk", "Tuotekehitys", None, None, None, "Voimassa"),
        (1023, "Anne", "Vestergård", "av@r.dk", "Tuotekehitys", "Päivi Niemelä", "pn@r.dk",
         None, "Perhevapaalla"),
        (1066, "Thomas", "Bækgaard", "tb@r.dk", "Tuotekehitys", "Päivi Niemelä", "pn@r.dk",
         dt.date(2024, 8, 8), "Päättynyt"),
        (1070, "Ulla", "Winther", "uw@r.dk", "Tuotekehitys", "Päivi Niemelä", "pn@r.dk", None,
         "Voimassa")]})
    assert rows_of(listing) == [
        ("1001", "Päivi Niemelä", "Tuotekehitys", "", ""),
        ("1023", "Anne Vestergård", "Tuotekehitys", "Päivi Niemelä", "pn@r.dk"),
        ("1070", "Ulla Winther", "Tuotekehitys", "Päivi Niemelä", "pn@r.dk")]
    assert [e.number for e in listing.on_leave] == ["1023"]
    listing = read(tmp_path, {"Pracownicy": [
        ("Nr ewidencyjny", "Nazwisko", "Imię", "Dział", "Stanowisko", "Przełożony",
         "E-mail przełożonego", "Data rozwiązania umowy", "Status"),
        ("DK0001", "Sikorska", "Wojciech", "Magazyn", "Kierownik", None, None, None, "Aktywny"),
        ("DK0019", "Nowak", "Piotr", "Magazyn", "Specjalista", "Wojciech Sikorska", "ws@b.dk",
         "26.02.2027", "Aktywny"),
        ("DK0030", "Dahl", "Malene", "Magazyn", "Specjalista", "Wojciech Sikorska", "ws@b.dk",
         "04.11.2026", "Zwolniony"),
        ("DK0031", "Lis", "Anna", "Magazyn", "Specjalista", "Wojciech Sikorska", "ws@b.dk",
         None, "Urlop macierzyński")]})
    assert [e.number for e in listing.employees] == ["DK0001", "DK0019", "DK0031"]
    assert [e.number for e in listing.on_leave] == ["DK0031"]


def test_a_dash_with_an_aside_where_the_leader_stands_is_no_leader(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Organisation": [
        ("Nr", "Navn", "Afdeling", "Refererer til"),
        (1, "Mette Holm", "Direktion", "— (bestyrelsen)"),
        (2, "Jens Lund", "Direktion", "Mette Holm"),
        (3, "Ida Berg", "Drift", "Mette Holm")]})
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", ""), ("2", "Mette Holm"), ("3", "Mette Holm")]


def test_a_remark_that_says_not_ours_agreed_by_a_kind_cell_is_read(tmp_path: Path) -> None:
    """"Faggruppe": "Randstad – ekstern" beside the Bemærkning "Vikar via Randstad, ikke
    ansat i regionen": the two agree, so no refusal; the remark alone is still refused."""
    head = ("Lønnr.", "Navn", "Afsnit", "Faggruppe", "Nærmeste leder", "Bemærkning")
    rows = [head, ("811899", "Trine Lund", "O1", "Læger", None, None),
            ("811187", "Kasper Holm", "O1", "Plejegruppen", "Trine Lund", None),
            ("811861", "Hanne Berg", "O1", "Plejegruppen", "Kasper Holm", None),
            ("994218", "Lars Dybdahl", "O1", "Randstad – ekstern", "Kasper Holm",
             "Vikar via Randstad, ikke ansat i regionen")]
    listing = read(tmp_path, {"Personale": rows})
    assert [e.number for e in listing.employees] == ["811899", "811187", "811861"]
    assert [a.number for a in listing.leavers] == ["994218"]
    alone = [*rows[:4], ("994218", "Lars Dybdahl", "O1", "Plejegruppen", "Kasper Holm",
                         "Vikar via Randstad, ikke ansat i regionen")]
    with pytest.raises(SpreadsheetError):
        read(tmp_path, {"Personale": alone})


def test_a_forms_respondents_address_beside_the_leader_is_refused_not_mailed(
        tmp_path: Path) -> None:
    """Google Forms' "Mailadresse" is the address of the leader who filled in the form
    ("cho@" for Claus Holm): as the employees' own, every form would go to the leader."""
    lines = ["Tidsstempel,Mailadresse,Dit navn (leder),Medarbejderens navn,Medarbejdernummer,"
             "Faggruppe / afdeling"]
    staff = {("cho@g.dk", "Claus Holm", "Naturvidenskab"): ("Kirsten Jensen", "Gitte Sørensen",
                                                             "Ole Bak"),
             ("skj@g.dk", "Søren Kjær", "Sprog"): ("Martin Olsen", "Eva Lind", "Ida Krog"),
             ("lra@g.dk", "Louise Rasmussen", "Historie"): ("Pia Holm", "Bo Dam", "Jens Ry")}
    n = 100
    for (mail, leader, unit), names in staff.items():
        for name in names:
            n += 1
            lines.append(f"02/11/2026 16.57.28,{mail},{leader},{name},{n},{unit}")
    with pytest.raises(SpreadsheetError, match="holds the address of each row's leader"):
        read_csv(tmp_path, "\r\n".join(lines) + "\r\n")


def test_a_name_with_the_address_on_the_line_under_it_is_read_as_both(tmp_path: Path) -> None:
    """An efterskole's list: "Jens Andersen↵jens.andersen@…" for the employee and the leader."""
    listing = read(tmp_path, {"Personale": [
        ("Medarb.-nr.", "Medarbejder", "Område", "Nærmeste leder"),
        ("276", "Mette Lund\nmette.lund@h.dk", "Kontor", None),
        ("3315", "Jens Andersen\njens.andersen@h.dk", "Kontor", "Mette Lund\nmette.lund@h.dk"),
        ("3808", "Ulla Berg\nulla.berg@h.dk", "Kontor", "Mette Lund\nmette.lund@h.dk")]})
    assert [(e.number, e.name, e.email, e.leader, e.leader_email)
            for e in listing.employees] == [
        ("276", "Mette Lund", "mette.lund@h.dk", "", ""),
        ("3315", "Jens Andersen", "jens.andersen@h.dk", "Mette Lund", "mette.lund@h.dk"),
        ("3808", "Ulla Berg", "ulla.berg@h.dk", "Mette Lund", "mette.lund@h.dk")]


def test_a_leader_line_with_the_leaders_number_after_the_name(tmp_path: Path) -> None:
    """One sheet per leader: "Leder: Camilla Vestergaard, nr. 1126 (cve@…)" over each."""
    head = ("Nr", "Fornavn", "Efternavn", "Afdeling", "Mail")
    listing = read(tmp_path, {
        "LHA": [("Leder: Lars Hansen, nr. 440 (lha@l.dk)",), (), head,
                (440, "Lars", "Hansen", "Direktion", "lha@l.dk"),
                (1126, "Camilla", "Vestergaard", "Montage", "cve@l.dk")],
        "CVE": [("Leder: Camilla Vestergaard, nr. 1126 (cve@l.dk)",), (), head,
                (928, "Bjørn", "Lund", "Montage", "bl@l.dk"),
                (929, "Ida", "Holm", "Montage", "ih@l.dk")]})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["928"] == got["929"] == ("Camilla Vestergaard", "cve@l.dk")
    assert got["1126"] == ("Lars Hansen", "lha@l.dk") and got["440"] == ("", "")


def test_lone_quote_ditto_marks_in_a_tab_separated_file_are_ditto_not_quoting(
        tmp_path: Path) -> None:
    """A parish's Word table saved as text: a bare '"' means the same as above; it must not
    open a quoted value that swallows the lines under it."""
    listing = read_csv(tmp_path, "\r\n".join([
        "Nr\tNavn\tArbejdsområde\tLeder\tLeders e-mail",
        "001\tThomas Andersen\tDirektionen\t\t",
        "002\tFatima El-Amin\tKirkekontoret\tThomas Andersen\tthan@s.dk",
        '010\tSusanne Nielsen\t"\tFatima El-Amin\tfael@s.dk',
        '012\tSigne Hansen\t"\t"\t"',
        "003\tJesper Hansen\tKirkegården\tThomas Andersen\tthan@s.dk",
        '009\tJens Pedersen\t"\tJesper Hansen\tjeha@s.dk']) + "\r\n", "cp1252")
    assert rows_of(listing) == [
        ("001", "Thomas Andersen", "Direktionen", "", ""),
        ("002", "Fatima El-Amin", "Kirkekontoret", "Thomas Andersen", "than@s.dk"),
        ("010", "Susanne Nielsen", "Kirkekontoret", "Fatima El-Amin", "fael@s.dk"),
        ("012", "Signe Hansen", "Kirkekontoret", "Fatima El-Amin", "fael@s.dk"),
        ("003", "Jesper Hansen", "Kirkegården", "Thomas Andersen", "than@s.dk"),
        ("009", "Jens Pedersen", "Kirkegården", "Jesper Hansen", "jeha@s.dk")]


def test_a_time_clock_among_the_staff_is_no_person(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Medarbejdere": [
        ("Lønnummer", "Fornavn", "Efternavn", "Type", "Afdeling", "Leder"),
        (216, "Frederik", "Bruun", "Medarbejder", "Butik Holbæk", None),
        (243, "Allan", "Ebbesen", "Medarbejder", "Butik Holbæk", "Frederik Bruun"),
        (250, "Ida", "Holm", "Medarbejder", "Butik Holbæk", "Frederik Bruun"),
        ("T03", "Stempelur", "Holbæk", "Terminal", "Butik Holbæk", None)]})
    assert [e.number for e in listing.employees] == ["216", "243", "250"]


def test_dutch_archived_flags_and_short_end_headers_mark_leavers(tmp_path: Path) -> None:
    """TOPdesk's "Gearchiveerd" Ja/Nee; a payroll file's "OPH_DATO" with two-digit years."""
    listing = read_csv(tmp_path, "\r\n".join([
        "Achternaam;Voornaam;Personeelsnummer;Afdeling;Leidinggevende;Gearchiveerd",
        "Skovbøl;Henrik;95945;Direktion;;Nee",
        "Christensen;Rasmus;78178;Kundeservice;Skovbøl, Henrik;Nee",
        "Holm;Ida;79971;Kundeservice;Christensen, Rasmus;Ja",
        "Lund;Bo;79972;Kundeservice;Christensen, Rasmus;Nee"]) + "\r\n", "cp1252")
    assert [e.number for e in listing.employees] == ["95945", "78178", "79972"]
    listing = read_csv(tmp_path, "\r\n".join([
        "PERSNR\tFORNAVN\tEFTERNAVN\tAFD_NAVN\tLEDER\tANS_DATO\tOPH_DATO",
        "2003\tNiels\tKristensen\tDirektion\t\t01.05.08\t",
        "2011\tSusanne\tMortensen\tSmed\tNiels Kristensen\t01.02.18\t",
        "2022\tIb\tHolm\tSmed\tSusanne Mortensen\t01.02.18\t30.06.26",
        "2023\tEva\tLund\tSmed\tSusanne Mortensen\t01.02.18\t31.01.27"]) + "\r\n", "cp1252")
    assert [e.number for e in listing.employees] == ["2003", "2011", "2023"]


def test_an_lms_learner_who_is_a_customer_is_no_employee(tmp_path: Path) -> None:
    """SumTotal's users of two domains: the staff, and the dealers' people taking courses
    ("Job": Kunde)."""
    listing = read(tmp_path, {"Users": [
        ("Person Number", "Full Name", "Organization", "Job", "Manager", "Status"),
        (7809, "Sofie Brøndum", "Direktion", "Adm. direktør", None, "Active"),
        (8746, "Lærke Højer", "Værksted", "Afdelingsleder", "Sofie Brøndum", "Active"),
        (5768, "Mads Aagaard", "Værksted", "Mekaniker", "Lærke Højer", "Active"),
        ("FH-572", "Peter Christensen", "Forhandlere og kunder", "Kunde", None, "Active")]})
    assert [e.number for e in listing.employees] == ["7809", "8746", "5768"]
    from pipeline.sheets.statuswords import customer
    assert customer("Kunde") and not customer("Kunde hos reklamebureau")


def test_an_address_a_lookup_did_not_find_is_no_address_warned(tmp_path: Path) -> None:
    """VLOOKUP's #N/A in the e-mail columns (saved as Excel saves an error): no address, the
    leader's then from their own row; a warning, not a refusal. A zero in a date cell
    ("00-01-1900") is no date."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Samlet"
    ws.append(["Nr", "Navn", "Afdeling", "Leder", "E-mail", "Leder e-mail", "Fratrædelsesdato"])
    ws.append([1, "Mette Holm", "Ledelse", None, "mh@s.dk", None, None])
    ws.append([2, "Jens Lund", "Drift", "Mette Holm", "=NA()", "=NA()", dt.time(0, 0)])
    ws.append([3, "Ida Berg", "Drift", "Mette Holm", "ib@s.dk", "mh@s.dk", None])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    # (openpyxl saves no result; write the cached #N/A as Excel does)
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("<f>NA()</f><v></v>", "<f>NA()</f><v>#N/A</v>").replace(
        "<f>NA()</f><v />", '<f>NA()</f><v>#N/A</v>')
    sheet = sheet.replace('<c r="E3"><f>', '<c r="E3" t="e"><f>').replace(
        '<c r="F3"><f>', '<c r="F3" t="e"><f>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.email, e.leader_email) for e in listing.employees] == [
        ("1", "mh@s.dk", ""), ("2", "", "mh@s.dk"), ("3", "ib@s.dk", "mh@s.dk")]
    assert "error-cell" in {w.kind for w in listing.warnings}


def test_rows_without_a_number_that_are_directory_objects_or_logins_are_listed(
        tmp_path: Path) -> None:
    """ADUC's "Export List": groups and contacts beside the users (Type); ServiceNow's
    sys_user: a MID Server's login without an employee number."""
    listing = read_csv(tmp_path, "\r\n".join([
        "Name\tType\tDepartment\tEmployee ID\tManager",
        "Mette Holm\tUser\tLedelse\t100\t",
        *(f"{n} Lund\tUser\tDrift\t10{i}\tMette Holm" for i, n in enumerate(
            ("Bo", "Ida", "Eva", "Kim", "Ole"), start=1)),
        "GG_Revision_RW\tSecurity Group - Global\t\t\t",
        "Revisor Jensen\tContact\t\t\t"]) + "\r\n")
    assert len(listing.employees) == 6
    listing = read(tmp_path, {"Page 1": [
        ("User ID", "Name", "Employee number", "Department", "Manager"),
        ("mette.holm", "Mette Holm", "100", "Ledelse", None),
        ("bo.lund", "Bo Lund", "101", "Drift", "Mette Holm"),
        ("ida.lund", "Ida Lund", "102", "Drift", "Mette Holm"),
        ("svc.mid.server", "MID Server", None, None, None)]})
    assert [e.number for e in listing.employees] == ["100", "101", "102"]


def test_a_second_table_titled_as_not_employed_is_left_out_whole(tmp_path: Path) -> None:
    """Two tables stacked on one sheet: the staff, then "Eksterne konsulenter og freelancere
    (ikke ansat – faktureres)" over a header of its own; its numbered rows are no employees."""
    head = ("Nr", "Navn", "Afdeling", "Leder", "Leders e-mail")
    staff = [(f"0{60 + i}", f"{first} Lund", "GIS og Kort", "Piotr Nowak", "pino@g.dk")
             for i, first in enumerate(("Gitte", "Morten", "Jens", "Ida", "Bo", "Eva", "Kim",
                                        "Ole", "Pia", "Rikke", "Sune", "Tove"))]
    externals = [(f"EXT-0{i}", f"{first} Damgaard", "GIS og Kort", "Piotr Nowak", "pino@g.dk",
                  "28-01-2027") for i, first in enumerate(("Kasper", "Line", "Nanna"), start=1)]
    listing = read(tmp_path, {"Ark1": [
        ("Ansatte pr. 1.12.2026",), (*head, "Fratrådt"),
        ("050", "Piotr Nowak", "GIS og Kort", None, None), *staff, (), (),
        ("Eksterne konsulenter og freelancere (ikke ansat – faktureres)",),
        (*head, "Kontrakt udløber"), *externals]})
    assert [e.number for e in listing.employees] == ["050", *(s[0] for s in staff)]
    assert [a.name for a in listing.leavers] == [e[1] for e in externals]


def test_a_table_of_the_units_and_their_leaders_beside_the_list_is_read_as_units(
        tmp_path: Path) -> None:
    """Staff in A:D, an empty column, then "Afdelinger og ledere": Afdeling | Leder | Leders
    mail | Refererer til. Its leaders are the units' leaders, never the leaders of the rows it
    happens to stand beside (a silent wrong before: row 4's neighbour became her leader)."""
    listing = read(tmp_path, {"Oversigt": [
        ("Medarbejdere", None, None, None, None, "Afdelinger og ledere"),
        ("Nr.", "Navn", "Afdeling", "Stilling", None, "Afdeling", "Leder", "Leders mail",
         "Refererer til"),
        (201, "Bo Andersen", "Ledelsen", "Centerleder", None, "Ledelsen", "Bo Andersen",
         "boan@s.dk", None),
        (202, "Rikke Dahl", "Svømmehallen", "Driftsleder", None, "Svømmehallen", "Rikke Dahl",
         "rida@s.dk", "Bo Andersen"),
        (218, "Jesper Holm", "Svømmehallen", "Livredder", None, "Idrætshallen", "Henrik Thorsø",
         "heth@s.dk", "Bo Andersen"),
        (207, "Sofie Lund", "Idrætshallen", "Kontorassistent"),
        (230, "Henrik Thorsø", "Idrætshallen", "Halinspektør"),
        (231, "Ida Berg", "Svømmehallen", "Livredder"),
        (232, "Eva Kjær", "Idrætshallen", "Halbetjent")]})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got == {"201": ("", ""), "202": ("Bo Andersen", "boan@s.dk"),
                   "218": ("Rikke Dahl", "rida@s.dk"), "207": ("Henrik Thorsø", "heth@s.dk"),
                   "230": ("Bo Andersen", "boan@s.dk"), "231": ("Rikke Dahl", "rida@s.dk"),
                   "232": ("Henrik Thorsø", "heth@s.dk")}


def test_a_note_of_whom_a_title_reports_to_reads_danish_plurals_that_drop_an_e() -> None:
    from pipeline.sheets.sheetnotes import _holds, _words
    assert _holds(_words("Mestrene"), "Mester") and _holds(_words("Mestre"), "Mester")
    assert _holds(_words("Distriktslederne"), "Distriktsleder")
    assert not _holds(_words("Mestrene"), "Mekaniker")


def test_a_note_says_whom_the_masters_report_to(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Produktion": [
        ("Løn nr", "Navn", "Afdeling", "Funktion", "Holdleder", "Mester"),
        (1001, "Niels Larsen", "Produktion", "Produktionschef", None, None),
        (1004, "Emma Olsen", "Svejsning", "Mester", None, None),
        (1007, "Claus Åkjær", "Svejsning", "Holdleder", None, "Emma Olsen"),
        (1009, "Rasmus Høj", "Svejsning", "Operatør", "Claus Åkjær", "Emma Olsen"),
        (1012, "Dragan Petrović", "Svejsning", "Operatør", "Claus Åkjær", "Emma Olsen"),
        (1059, "Bo Holm", "Lakering", "Mester", None, None),
        (1060, "Ida Lund", "Lakering", "Operatør", None, "Bo Holm"), (),
        ("Mestrene refererer til produktionschef Niels Larsen. Vikarer er ikke ansat hos os.",)]})
    got = {e.number: e.leader for e in listing.employees}
    assert got["1004"] == got["1059"] == "Niels Larsen" and got["1001"] == ""


def test_sql_servers_results_as_text_with_its_rule_under_the_header(tmp_path: Path) -> None:
    """SSMS "Results to text": a line of dashes per column under the header, NULLs, a footer;
    the rule is no employee, and an IsExternal 1/0 flag still reads."""
    listing = read_csv(tmp_path, "\r\n".join([
        "EmployeeNo\tFirstName\tLastName\tOrgUnitName\tManagerEmployeeNo\tIsExternal",
        "----------\t---------\t--------\t-----------\t-----------------\t----------",
        "10\tMette\tHolm\tLedelse\tNULL\t0",
        "591\tAllan\tLund\tSalg\t10\t0",
        "600\tKarl\tBerg\tSalg\t10\t1",
        "320\tTrine\tAndersen\tSalg\t10\t0", "",
        "(4 rows affected)", "",
        "Completion time: 2026-12-07T08:14:22.1234567+01:00"]) + "\r\n")
    assert [e.number for e in listing.employees] == ["10", "591", "320"]


def test_a_key_of_the_leaders_under_the_list_with_a_header_of_its_own(tmp_path: Path) -> None:
    """"Ledere – kontaktinfo", then "Init | Navn | Mail | Mobil" under the staff: its rows
    are no employees, and they say who the initials in the leader column are."""
    listing = read(tmp_path, {"Liste": [
        ("Nr", "Navn", "Kantine", "Stilling", "Leder (init.)"),
        (3002, "Emil Hansen", "Hovedkontor", "Direktør", None),
        (3003, "Susanne Krogh", "Kantine Nord", "Køkkenleder", "EHA"),
        (3032, "Camilla Bæk", "Kantine Nord", "Kok", "SKR"),
        (3034, "Ida Holm", "Kantine Nord", "Kok", "SKR"), (), (),
        ("Ledere – kontaktinfo",), ("Init", "Navn", "Mail", "Mobil"),
        ("EHA", "Emil Hansen", "eha@s.dk", "+45 96 31 42 84"),
        ("SKR", "Susanne Krogh", "skr@s.dk", "+45 96 36 34 32")]})
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("3002", "", ""), ("3003", "Emil Hansen", "eha@s.dk"),
        ("3032", "Susanne Krogh", "skr@s.dk"), ("3034", "Susanne Krogh", "skr@s.dk")]


def test_faroese_gavst_and_a_day_blocked_end_the_employment() -> None:
    for header in ("Gavst", "Spærret dato"):
        assert inferred_role(header) == ("end_date", 2), header
    assert inferred_role("Spærret") is None  # (a yes/no flag, read by its cells)


def test_words_where_a_leaders_name_goes_are_refused_whatever_their_shape(
        tmp_path: Path) -> None:
    rows = [("Lønnr.", "Navn", "Afdeling", "Leder"),
            (9001, "Bente Holm", "Ledelse", None), (9002, "Kurt Bach", "Analyse", "Bente Holm"),
            (9003, "Ida Lund", "Analyse", "Kurt Bach"), (9004, "Bo Ravn", "Analyse", "Kurt Bach")]
    for words in ("spørg Bente", "?? ny TL", "(Kurt stoppet)"):
        with pytest.raises(SpreadsheetError, match="is written as words"):
            read(tmp_path, {"Ark1": [*rows, (9005, "Eva Berg", "Felt", words)]})
    # a name with a particle first is a name
    listing = read(tmp_path, {"Ark1": [*rows, (9006, "Jan de Vries", "Felt", "Kurt Bach"),
                                       (9007, "Eva Berg", "Felt", "de Vries Jan")]})
    assert len(listing.employees) == 6


def test_a_column_of_marks_a_line_explains_as_leaving(tmp_path: Path) -> None:
    listing = read_csv(tmp_path, "\r\n".join([
        "Medarbejdernummer\tNavn\tAfdeling\tFormand\tUde",
        "17\tKaren Larsen\tKontor\t\t", "21\tEmil Æbelø\tMark\tKaren Larsen\t",
        "63\tAgnieszka Nowak\tMark\tEmil Æbelø\tx", "43\tMikkel Kjær\tMark\tEmil Æbelø\t",
        "", "Ude = x : stoppet i år"]) + "\r\n", "cp1252")
    assert [e.number for e in listing.employees] == ["17", "21", "43"]
    assert [a.number for a in listing.leavers] == ["63"]


def test_a_system_administrator_is_a_role_not_a_system_account() -> None:
    from pipeline.sheets.statuswords import outside
    assert outside("System") and outside("Test") and outside("System account")
    assert not outside("System Administrator") and not outside("Test Engineer")


def test_a_note_under_an_employee_about_them_is_their_remark(tmp_path: Path) -> None:
    """"→ OBS Signe starter først 1/1-2027" and "Jonas har meddelt fratræden pr. 30/11" on
    rows of their own under Signe's and Jonas's rows; a note about no one says nothing."""
    listing = read(tmp_path, {"Ark": [
        ("Lønnr", "Navn", "Afdeling", "Leder"),
        (601, "Rikke Vestergaard", "Drift", None),
        (652, "Signe Brøndum", "Drift", "Rikke Vestergaard"),
        (None, "→ OBS Signe starter først 1/1-2027 (kontrakt er underskrevet)"),
        (676, "Jonas Pedersen", "Drift", "Rikke Vestergaard"),
        (None, "Jonas har meddelt fratræden pr. 30/11 – tages af listen derefter"),
        (678, "Anne Andersen", "Drift", "Rikke Vestergaard"),
        (None, "Husk at opdatere listen inden MUS")]})
    assert [e.number for e in listing.employees] == ["601", "678"]
    assert sorted(a.number for a in listing.leavers) == ["652", "676"]


def test_a_status_with_two_letters_swapped_is_read_as_meant_and_said(tmp_path: Path) -> None:
    from pipeline.sheets.statuswords import misspelt_status
    assert misspelt_status("Fratårdt") == ("left", "fratrådt")
    assert misspelt_status("Sygemledt") == ("leave", "sygemeldt")
    assert misspelt_status("Orlov") is None and misspelt_status("Aktvi") is None
    listing = read(tmp_path, {"Ark1": [
        ("Lønnr", "Navn", "Afdeling", "Leder", "Status"),
        (1001, "Lars Larsen", "Direktion", None, "Aktiv"),
        (1005, "Mette Holm", "Klinik", "Lars Larsen", "Aktiv"),
        (1042, "Bo Lund", "Klinik", "Mette Holm", "Fratårdt"),
        (1044, "Ida Berg", "Klinik", "Mette Holm", "Aktiv")]})
    assert [a.number for a in listing.leavers] == ["1042"]
    assert "status-misspelt" in {w.kind for w in listing.warnings}


def test_unit_levels_whose_empty_levels_are_dashes(tmp_path: Path) -> None:
    """Qlik's download: "-" where a level is empty; the department is the deepest level
    filled with a unit, never "-"."""
    rows: list[tuple[Any, ...]] = [
        ("Medarbejder Nr", "Medarbejder", "Enhed niveau 1", "Enhed niveau 2", "Enhed niveau 3",
         "Leder")]
    rows += [(900002, "Claus Sloth", "Børn og Unge", "-", "-", None),
             (900052, "Charlotte Fog", "Børn og Unge", "-", "-", "Claus Sloth"),
             (900055, "Ayşe Müller", "Børn og Unge", "Dagtilbud", "-", "Claus Sloth")]
    for i, first in enumerate(("Bo", "Ida", "Eva", "Kim")):
        rows.append((900100 + i, f"{first} Holm", "Børn og Unge", "Dagtilbud", "Børnehuset Ly",
                     "Ayşe Müller"))
        rows.append((900200 + i, f"{first} Lund", "Børn og Unge", "Skole", "Østskolen",
                     "Claus Sloth"))
    listing = read(tmp_path, {"Sheet1": rows})
    got = {e.number: e.department for e in listing.employees}
    assert got["900002"] == "Børn og Unge" and got["900055"] == "Dagtilbud"
    assert got["900100"] == "Børnehuset Ly" and "-" not in got.values()


def test_a_leader_written_with_their_post_is_the_person(tmp_path: Path) -> None:
    """"Bodil Riis (ældrechef)", "Vicedirektør Helle Brask": leaders off the list, named with
    their post; the name is the person's, on the list or not."""
    listing = read(tmp_path, {"Ark": [
        ("Nr", "Navn", "Afdeling", "Leder"),
        (100200, "Mette Holm", "Hjemmeplejen", "Bodil Riis (ældrechef)"),
        (100201, "Ida Lund", "Hjemmeplejen", "Mette Holm"),
        (100202, "Bo Berg", "Hjemmeplejen", "Mette Holm"),
        (55010, "Eva Dam", "Laboratoriet", "Vicedirektør Helle Brask"),
        (55011, "Kim Ravn", "Laboratoriet", "Afdelingsleder Eva Dam")]})
    got = {e.number: e.leader for e in listing.employees}
    assert got["100200"] == "Bodil Riis" and got["55010"] == "Helle Brask"
    assert got["55011"] == "Eva Dam"


def test_portuguese_french_and_english_end_headers_and_statuses(tmp_path: Path) -> None:
    for header in ("Final Working Date", "Date de fin de contrat", "Data Demissão"):
        assert inferred_role(header) == ("end_date", 2), header
    assert inferred_role("Situação") == ("status", 2)
    from pipeline.sheets.statuswords import customer, outside, status_state
    assert (status_state("Inativo"), status_state("Ativo"), status_state("Licença parental")) == (
        "left", "employed", "leave")
    assert outside("Intérimaires") and not customer("Customer Support")


def test_a_department_kept_beside_the_unit_named_for_customers_is_no_customer(
        tmp_path: Path) -> None:
    """Freshteam: "Department" "Customer Support" beside the "Sub Department": its people are
    staff (a first version of the customer rule dropped them; caught by the fourth round)."""
    listing = read_csv(tmp_path, "\r\n".join([
        "Employee ID,First Name,Last Name,Department,Sub Department,Reporting To",
        "FP0010,Lucía,Moreno,Customer Support,Support DK,",
        "FP0011,Bo,Lund,Customer Support,Support DK,Lucía Moreno (FP0010)",
        "FP0012,Ida,Holm,Customer Support,Support DK,Lucía Moreno (FP0010)",
        "FP0013,Eva,Berg,Sales,Sales DK,Lucía Moreno (FP0010)"]) + "\r\n")
    assert [e.number for e in listing.employees] == ["FP0010", "FP0011", "FP0012", "FP0013"]


def test_dutch_statuses_and_end_dates_and_a_resource_among_the_staff(tmp_path: Path) -> None:
    """Exact Online's Dutch "Status" Actief / Uit dienst and "Einddatum"; EasyPractice's
    calendars of a room and a machine with the role "Ressource"."""
    listing = read_csv(tmp_path, "\r\n".join([
        "Medewerker;Naam;Afdeling;Manager;Einddatum;Status",
        "101;Møller, Signe;Directie;;;Actief",
        "102;Jensen, Åse;Logistiek;Møller, Signe;22-05-2026;Uit dienst",
        "103;Holm, Ida;Logistiek;Møller, Signe;;Actief",
        "104;Lund, Bo;Logistiek;Møller, Signe;;Inactief"]) + "\r\n")
    assert [e.number for e in listing.employees] == ["101", "103"]
    listing = read_csv(tmp_path, "\r\n".join([
        "Id,Navn,Rolle,Afdeling,Leder", "1,Kasper Brøndum,Ejer,Klinikken,",
        "2,Mia Holm,Fysioterapeut,Klinikken,Kasper Brøndum",
        "3,Ole Bak,Fysioterapeut,Klinikken,Kasper Brøndum",
        "11,Lokale 2 – Træningssal,Ressource,Træning,",
        "12,Chokbølge-apparat,Ressource,Fysioterapi,"]) + "\r\n")
    assert [e.number for e in listing.employees] == ["1", "2", "3"]
