"""Rows without an employee number under a heading or note that says the people below are not
employed (external consultants, contractors, temps from an agency) are no employees: they get
no form and are listed in `mus check`, instead of the list being refused for their missing
numbers. Rows that have numbers are never taken out by such a line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.statuswords import outside
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)
STAFF = [(1501, "Astrid Høj", "Direktion", None), (1502, "Lise Bæk", "IT", "Astrid Høj"),
         (1590, "Frederik Bjørn", "IT", "Lise Bæk")]


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


def test_external_consultants_under_their_own_heading(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"), *STAFF, (),
        ("Eksterne konsulenter (ikke ansat – ingen MUS)",),
        (None, "Camilla Nørgaard", "IT", "Lise Bæk"), (None, "Asger Tøttrup", "IT", "Lise Bæk")])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590"]
    assert [(a.row, a.name) for a in listing.leavers] == [
        (7, "Camilla Nørgaard"), (8, "Asger Tøttrup")]


def test_contractors_in_english(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Employee ID", "Name", "Department", "Manager"), *STAFF,
        ("Contractors – not employees, no review",),
        (None, "Ann Hay", "IT", "Lise Bæk")])
    assert len(listing.employees) == 3
    assert [a.name for a in listing.leavers] == ["Ann Hay"]


def test_temps_from_an_agency_in_norwegian(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Ansattnr", "Navn", "Avdeling", "Nærmeste leder"), *STAFF,
        ("Innleide vikarer – ikke ansatt hos oss",),
        (None, "Kari Vik", "IT", "Lise Bæk"), (None, "Ola Lie", "IT", "Lise Bæk")])
    assert len(listing.employees) == 3
    assert [a.name for a in listing.leavers] == ["Kari Vik", "Ola Lie"]


def test_numbered_rows_under_such_a_line_stay_employees(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"), STAFF[0],
        ("Bemærk: de som ikke er ansat endnu, står nederst",), *STAFF[1:]])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590"]


def test_temps_named_with_the_agency_they_come_from_are_not_employed(tmp_path: Path) -> None:
    """"Vikar – Medicare", "Vikar (Adecco)", "Temp: Hays": a temp and who sends them; our own
    temps ("Fast vikar (timelønnet)", "Vikar – barselsvikariat") stay employees."""
    listing = read(tmp_path, [
        ("Lønnr.", "Navn", "Afdeling", "Ansættelsesform", "Nærmeste leder"),
        (1501, "Astrid Høj", "Direktion", "Fastansat", None),
        (1502, "Lise Bæk", "Pleje", "Fastansat", "Astrid Høj"),
        (1503, "Bent Bech", "Pleje", "Fast vikar (timelønnet)", "Lise Bæk"),
        (1504, "Eva Ry", "Pleje", "Vikar – barselsvikariat", "Lise Bæk"),
        (1505, "Jon Ask", "Pleje", "Fastansat", "Lise Bæk"),
        (None, "Bjørn Nyholm", "Pleje", "Vikar – Dansk Sygeplejeservice", "Lise Bæk"),
        (None, "Kirsten Friis", "Pleje", "Vikar (Adecco)", "Lise Bæk"),
        (None, "Ann Hay", "Pleje", "Temp: Hays", "Lise Bæk"),
        (None, "Solvej Kjær", "Pleje", "Frivillig", "Lise Bæk")])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1503", "1504", "1505"]
    assert [a.name for a in listing.leavers] == ["Bjørn Nyholm", "Kirsten Friis", "Ann Hay",
                                                 "Solvej Kjær"]


def test_a_placement_by_the_job_centre_or_a_school_is_no_employment(tmp_path: Path) -> None:
    """A jobcentre's kinds of employment: wage subsidy, flex job and apprentice are employed (a
    form); a company placement (virksomhedspraktik), a pupil's work experience and a work trial
    are citizens or pupils in an offer, not staff (no form, listed)."""
    listing = read(tmp_path, [
        ("Medarb.nr.", "Navn", "Team", "Ansættelsesforhold", "Teamleder"),
        (1, "Jørgen Høj", "Ledelse", "Fastansat", None),
        (2, "Åse Holm", "Unge", "Fastansat", "Jørgen Høj"),
        (3, "Villads Mørch", "Unge", "Løntilskud", "Åse Holm"),
        (4, "Emil Engstrøm", "Unge", "Virksomhedspraktik", "Åse Holm"),
        (5, "Thøger Thygesen", "Syg", "Fleksjob", "Jørgen Høj"),
        (6, "Bent Mørch", "Syg", "Fastansat", "Thøger Thygesen"),
        (7, "Åse Tøttrup", "Syg", "Erhvervspraktikant", "Thøger Thygesen"),
        (8, "Malene Rødgaard", "Syg", "Elev (kontor)", "Thøger Thygesen"),
        (9, "Gitte Mørch", "Syg", "Fastansat", "Thøger Thygesen"),
        (10, "Ole Bæk", "Syg", "Arbejdsprøvning", "Thøger Thygesen"),
        (11, "Ida Lund", "Syg", "Fastansat", "Thøger Thygesen")])
    assert [e.number for e in listing.employees] == ["1", "2", "3", "5", "6", "8", "9", "11"]
    assert [a.name for a in listing.leavers] == ["Emil Engstrøm", "Åse Tøttrup", "Ole Bæk"]


def test_a_kind_of_employment_that_says_account_is_no_person(tmp_path: Path) -> None:
    """A payroll list's duty account: a number, a name ("Driftsvagt") and the kind
    "Funktionskonto": no form, listed; a "Kontorelev" is an apprentice, employed."""
    listing = read(tmp_path, [
        ("Medarbejdernr", "Navn", "Ansættelsesform", "Afdeling"),
        (3301, "Karen Bech", "Fastansat", "Direktion"), (3302, "Ida Krog", "Fastansat", "Drift"),
        (3303, "Bo Lund", "Kontorelev", "Drift"), (3304, "Ole Dam", "Fastansat", "Drift"),
        (3305, "Eva Bæk", "Fastansat", "Drift"), (3399, "Driftsvagt", "Funktionskonto", "Drift")])
    assert [e.number for e in listing.employees] == ["3301", "3302", "3303", "3304", "3305"]
    assert [a.number for a in listing.leavers] == ["3399"]


@pytest.mark.parametrize(("text", "away"), [
    ("Vikar (bureau)", True), ("ACMI (wet lease)", True), ("Leased crew", True),
    ("Bureauvikar", True), ("Ansat via Bemandingsbureauet", True),
    ("CPR rettet (lønbureau)", False), ("Kunde hos reklamebureau", False),
    ("Honorarkraft", True), ("Honorarmodtager", True),
    ("Funktionskonto", True), ("Shared mailbox", True), ("Fællespostkasse", True),
    ("Mangler NemKonto", False), ("Ændret bankkonto", False)])
def test_words_of_outside_work_are_not_any_word_that_ends_so(text: str, away: bool) -> None:
    """A temp agency is not any bureau (the payroll bureau that corrected a number says nothing
    of whom one works for), and an account that is no one's is not someone's NemKonto."""
    assert outside(text) is away


def test_a_row_without_a_number_whose_group_says_agency_temp(tmp_path: Path) -> None:
    """Planday's Medarbejdergrupper holds job groups, and "Bureauvikar" for the agency's temps,
    who have no payroll number: listed as not employed here, not refused."""
    listing = read(tmp_path, [
        ("Fornavn", "Efternavn", "Medarbejdergrupper", "Lønnummer", "Afdeling"),
        ("Astrid", "Høj", "Ledelse", 1501, "Afsnit A"), ("Lise", "Bæk", "SSA", 1502, "Afsnit A"),
        ("Hanne", "Juhl", "Bureauvikar", None, "Afsnit A"),
        ("Frederik", "Bjørn", "SSH", 1590, "Afsnit A")])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590"]
    assert [(a.row, a.reason) for a in listing.leavers] == [
        (4, 'Medarbejdergrupper "Bureauvikar": not employed here')]


def test_people_not_employed_here_may_still_lead(tmp_path: Path) -> None:
    """A small foundation's list: the board's chair (no number, "Bestyrelse") is the
    director's leader, and an interim manager from an agency leads a team; neither gets a
    form, and both are found as leaders with the address on their own row."""
    listing = read(tmp_path, [
        ("Navn", "Nr.", "Ansættelsesform", "Afdeling", "Leder", "Mail"),
        ("Anders Poulsen", 2226, "Ansat", "Direktion", "Elena Rossi", "ap@l.dk"),
        ("Mie Holm", 2227, "Ansat", "Programmer", "Jon Berg", "mh@l.dk"),
        ("Jon Berg", 2228, "Vikar via Randstad", "Programmer", "Anders Poulsen", "jb@l.dk"),
        ("Nanna Winther", None, "Frivillig", "Programmer", "Mie Holm", "nw@l.dk"),
        ("Elena Rossi", None, "Bestyrelse", "Bestyrelse", None, "formand@l.dk")])
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("2226", "Elena Rossi", "formand@l.dk"), ("2227", "Jon Berg", "jb@l.dk")]
    assert [a.name for a in listing.leavers] == ["Jon Berg", "Nanna Winther", "Elena Rossi"]
    assert not [w for w in listing.warnings if w.kind.startswith("leader")]


def test_shared_logins_offices_and_a_pager_are_no_people(tmp_path: Path) -> None:
    """Rows without a number that are no person: a care home's shared login (Profil
    "Fælleslogin"), a school office's account, and a web page's pager copied with the list.
    They are skipped, not refused for their missing numbers."""
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Profil", "Afdeling", "Leder"), *[
            (n, name, "Medarbejder", unit, leader) for n, name, unit, leader in STAFF],
        (None, "Vagttelefon Rosen", "Fælleslogin", "IT", None),
        (None, "Skolekontoret Åskolen", None, None, None),
        ("< Forrige", "Side 2 af 2", None, None, None)])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590"]
    assert listing.leavers == ()  # (the duty phone is no person by its name: an account)
    assert {(s.row, s.reason) for s in listing.skipped} >= {
        (5, "account"), (6, "account"), (7, "note")}


def test_an_account_with_a_number_is_known_by_its_compound(tmp_path: Path) -> None:
    """cBrain F2's users: shared mailboxes and the system user carry numbers too; a word that
    names an account ("Fællespostkasse", "Systembruger") is in no person's name."""
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"), *STAFF,
        (90000, "Fællespostkasse Tilskud", "IT", None), (90002, "F2 Systembruger", "IT", None)])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590"]
    assert {s.reason for s in listing.skipped} == {"account"}


def test_an_account_under_a_user_name_is_known_by_its_name_and_user_name(
        tmp_path: Path) -> None:
    """SysAid's users, by user name, first and last name in two columns: "svc-backup" for
    "Backup Service", "support" for "Support Fælles" are accounts (the ID and the whole name
    both say so), and "API Integration" (every word of the name does); "bo" for "Bo
    Servicesen" is a person."""
    head = ("User Name", "First Name", "Last Name", "Email", "Department", "Manager")
    rows = [head, ("tn", "Thomas", "Holm", "tn@b.dk", "Ledelse", None),
            ("jj", "Jørgen", "Jensen", "jj@b.dk", "Drift", "tn"),
            ("svc-backup", "Backup", "Service", "svc-backup@b.dk", "Drift", None),
            ("bo", "Bo", "Servicesen", "bo@b.dk", "Drift", "jj"),
            ("support", "Support", "Fælles", "support@b.dk", "Servicedesk", None),
            ("ll", "Lærke", "Lund", "ll@b.dk", "Servicedesk", "tn"),
            ("halo_int", "API", "Integration", None, "Drift", None)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["tn", "jj", "bo", "ll"]
    assert [(s.row, s.reason) for s in listing.skipped] == [
        (4, "account"), (6, "account"), (8, "account")]


def test_rows_of_another_kind_than_every_numbered_row_are_no_people(tmp_path: Path) -> None:
    """A switchboard's directory: "Person" on every numbered row; a queue, a duty phone and a
    meeting room without numbers are other kinds of rows, listed, not refused."""
    head = ("Navn", "Afdeling", "Nærmeste leder", "Medarbejdernr", "Type")
    people = [("Astrid Høj", "Direktion", None, 1501, "Person"),
              *((f"Person {c}son", "IT", "Astrid Høj", 1502 + i, "Person")
                for i, c in enumerate("ABCDE"))]
    listing = read(tmp_path, [head, ("Borgerservice – hovednummer", "Borgerservice", None,
                                     None, "Kø"), *people,
                              ("Vagttelefon Vej og Park", "Vej og Park", None, None, "Funktion"),
                              ("Mødelokale Ålen", "IT", None, None, "Ressource")])
    assert [e.number for e in listing.employees] == [str(n) for n in range(1501, 1507)]
    assert listing.leavers == ()  # (the queue, the duty phone and the room: accounts by name)
    assert [(s.row, s.reason) for s in listing.skipped] == [
        (2, "account"), (9, "account"), (10, "account")]
    kinds = read(tmp_path, [head, *people, ("Hans Vej", "Vej og Park", None, None, "Funktion")])
    [duty] = kinds.leavers  # a row of a name, without a number, of a kind no numbered row has
    assert duty.row == 8 and 'Type "Funktion", where every numbered row is "Person"' in duty.reason


def test_a_row_without_number_of_the_numbered_rows_kind_is_still_refused(
        tmp_path: Path) -> None:
    head = ("Navn", "Afdeling", "Medarbejdernr", "Type")
    rows = [head, *((f"Person {c}son", "IT", 1502 + i, "Person") for i, c in enumerate("ABCDE")),
            ("Mette Lund", "IT", None, "Person")]
    with pytest.raises(Exception, match="no employee number"):
        read(tmp_path, rows)


def test_a_table_of_externals_with_its_own_header_under_a_long_heading(tmp_path: Path) -> None:
    """Below the staff, "Eksterne konsulenter og vikarer (ikke ansat i regionen)" (more than
    the 40 characters a skipped row's text keeps), the table's own header, and the firm where
    the staff have their numbers: no employees, listed (exports42)."""
    staff = [(*row, "Medarbejder", "") for row in STAFF] + [
        (1600 + i, f"Person {c}sen", "IT", "Lise Bæk", "Udvikler", "") for i, c in
        enumerate("ABCDEFG")]
    listing = read(tmp_path, [
        ("Medarb.nr.", "Navn", "Afdeling", "Leder", "Stilling", "Leders mail"), *staff, (), (),
        ("Eksterne konsulenter og vikarer (ikke ansat i regionen)",),
        ("Firma", "Navn", "Team", "Kontakt i regionen", "Rolle", "Kontakt-mail"),
        ("IT-Vikaren", "Jens Poulsen", "IT", "Lise Bæk", "Arkitekt", "lb@r.dk"),
        ("Netdata A/S", "Rasmus Holm", "IT", "Lise Bæk", "Udvikler", "lb@r.dk"),
        ("Netdata A/S", "Kamilla Juul", "IT", "Lise Bæk", "Udvikler", "lb@r.dk")])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590", *(
        str(1600 + i) for i in range(7))]
    assert [a.name for a in listing.leavers] == ["Jens Poulsen", "Rasmus Holm", "Kamilla Juul"]


def test_a_row_without_number_whose_name_says_external_in_brackets(tmp_path: Path) -> None:
    """Pleo's users: the firm's outside bookkeeper "Revisor Lind (ekstern)", with no employee
    code, is listed as not employed here, not refused (exports45)."""
    listing = read(tmp_path, [("Medarbejdernr.", "Navn", "Afdeling", "Leder"), *STAFF,
                              (None, "Revisor Lind (ekstern)", None, None)])
    assert [e.number for e in listing.employees] == ["1501", "1502", "1590"]
    [outsider] = listing.leavers
    assert outsider.reason == 'Navn "(ekstern)": not employed here'


def test_a_temp_without_a_number_named_so_in_the_title(tmp_path: Path) -> None:
    """A bus company's agency drivers: "Buschauffør (vikar, Jobpatruljen)" and no employee
    number: listed as not employed here, not refused (exports45). With a number, a title
    that says vikar is one of the staff's own substitutes."""
    listing = read(tmp_path, [("Nr", "Navn", "Afdeling", "Funktion", "Leder"),
                              (1501, "Astrid Høj", "Direktion", "Direktør", None),
                              (1502, "Lise Bæk", "Grenaa", "Buschauffør (vikar)", "Astrid Høj"),
                              (None, "Emil Mikkelsen", "Grenaa",
                               "Buschauffør (vikar, Jobpatruljen)", "Astrid Høj")])
    assert [e.number for e in listing.employees] == ["1501", "1502"]
    assert [a.name for a in listing.leavers] == ["Emil Mikkelsen"]


def test_rows_of_another_employer_than_every_numbered_row(tmp_path: Path) -> None:
    """Veeva's users: "Nordic Biopharm A/S" on every numbered row, a CRO's consultants of
    "CRO Partner ApS" without numbers: not employed here, listed (exports45). A country that is
    the same on every numbered row says nothing of the kind: its odd row is still refused."""
    head = ("Navn", "Afdeling", "Leder", "Medarbejdernr", "Firma")
    staff = [(f"Person {c}son", "QA", "Person Ason" if c != "A" else None, 4000 + i,
              "Nordic Biopharm A/S") for i, c in enumerate("ABCDEF")]
    listing = read(tmp_path, [head, *staff, ("Sven Reyes", "QA", "Person Ason", None,
                                             "CRO Partner ApS")])
    assert len(listing.employees) == 6
    assert [a.name for a in listing.leavers] == ["Sven Reyes"]
    land = [(*row[:4], "Danmark") for row in staff]
    with pytest.raises(Exception, match="no employee number"):
        read(tmp_path, [(*head[:4], "Land"), *land, ("Sven Reyes", "QA", "Person Ason", None,
                                                     "Sverige")])


def test_a_row_without_a_number_of_a_kind_no_numbered_row_has_is_not_employed(
        tmp_path: Path) -> None:
    """A utility's "Type": Funktionær and Timelønnet (and one sick) on the numbered rows, a duty
    phone's "Vagttelefon" and a shared mailbox's "Funktionspostkasse" without numbers: those two
    are not employed here, listed so; a row without a number of a kind the numbered rows have is
    still refused."""
    head = ("Medarbejdernr", "Navn", "Afdeling", "Type", "Leder")
    staff = [(10231 + i, f"Ansat{i} Holm", "Spildevand", ("Funktionær", "Timelønnet")[i % 2],
              "Kirsten Bach") for i in range(6)]
    rows = [head, (10200, "Kirsten Bach", "Spildevand", "Funktionær", None), *staff,
            (10300, "Bo Syg", "Spildevand", "Funktionær – sygemeldt", "Kirsten Bach"),
            (None, "Driftsvagt Spildevand", "Spildevand", "Vagttelefon", "Kirsten Bach"),
            (None, "Kundeservice (fælles postkasse)", "Administration", "Funktionspostkasse",
             None)]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 6))
    assert len(listing.employees) == 8
    [duty] = listing.leavers
    assert duty.row == 10 and duty.reason == (
        'Type "Vagttelefon", where every numbered row is "Funktionær" or "Funktionær – '
        'sygemeldt" or "Timelønnet": not employed here')
    assert [(s.row, s.reason) for s in listing.skipped] == [(11, "account")]
    rows.append((None, "Ny Person", "Spildevand", "Timelønnet", "Kirsten Bach"))
    with pytest.raises(SpreadsheetError, match="This row has no employee number"):
        read_employee_list(write_xlsx(tmp_path / "f.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 12, 6))


def test_a_phone_lists_lines_and_invoiced_consultants_get_no_form(tmp_path: Path) -> None:
    """A switchboard's list: its queue, the operator and a duty phone have no number and are no
    people; a consultant paid by invoice ("Konsulent (faktura)") is not employed here."""
    head = ("Lokalnr", "Medarb.nr.", "Navn", "Afdeling", "Kontrakt", "Leder")
    rows = [head, ("3100", 101, "Hanne Lind", "Direktion", "Fastansat", None),
            *[(f"31{i:02d}", 110 + i, f"Ansat{i} Holm", "Byggesag", "Fastansat", "Hanne Lind")
              for i in range(4)],
            ("3010", None, "Borgerservice – kø", "Borgerservice", None, None),
            ("3000", None, "Omstillingen", "Borgerservice", None, None),
            ("3099", None, "Vagttelefon Byggesag", "Byggesag", None, None),
            (None, None, "Tina Bach", "Byggesag", "Konsulent (faktura)", "Hanne Lind")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 6))
    assert len(listing.employees) == 5
    assert [(s.row, s.reason) for s in listing.skipped] == [
        (7, "account"), (8, "account"), (9, "account")]
    assert [a.row for a in listing.leavers] == [10]


def test_lay_judges_hired_in_workers_and_system_users_get_no_form(tmp_path: Path) -> None:
    """A court's lay judges ("Domsmand"), a builder's hired-in masons ("Indlejet
    (ByggeBemanding ApS)") and a system's own users ("Gæstebruger", "Interface user", "Night
    audit job"), all without numbers: no people of the list, never refused for their numbers."""
    head = ("Nr", "Navn", "Stilling", "Ansættelse", "Leder")
    rows = [head, (1, "Hanne Lind", "Retspræsident", "Fast", None),
            *[(10 + i, f"Ansat{i} Holm", "Dommerfuldmægtig", "Fast", "Hanne Lind")
              for i in range(5)],
            (None, "Trine Østergaard", "Domsmand", None, None),
            (None, "Bo Clausen", "Murer", "Indlejet (ByggeBemanding ApS)", "Hanne Lind"),
            (None, "Gæstebruger", None, None, None), (None, "Interface user", None, None, None),
            (None, "Night audit job", None, None, None)]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 6))
    assert len(listing.employees) == 6
    assert sorted(a.row for a in listing.leavers) == [8, 9]
    assert [(s.row, s.reason) for s in listing.skipped] == [
        (10, "account"), (11, "account"), (12, "account")]


@pytest.mark.parametrize("first", ["No", "no"])
def test_a_yes_no_value_under_a_header_without_a_number_is_no_header(
        tmp_path: Path, first: str) -> None:
    """Calamari's list names people by e-mail and has no number column; its "Archived" says
    "no" on each row. That "no" (as in "No." for the number) made the first row of values the
    header, and the list was refused."""
    head = ("Employee", "Email", "Team", "Position", "Approvers", "Archived")
    rows = [head, ("Bodil Bæk", "bb@p.dk", "Management", "Direktør", None, first),
            ("Ditte Lund", "dl@p.dk", "Backend", "Leder", "Bodil Bæk", first),
            ("Ole Holm", "oh@p.dk", "Backend", "Udvikler", "Ditte Lund", first),
            ("Eva Dam", "ed@p.dk", "Backend", "Udvikler", "Ditte Lund", "yes")]
    listing = read(tmp_path, rows)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("bb@p.dk", ""), ("dl@p.dk", "Bodil Bæk"), ("oh@p.dk", "Ditte Lund")]
    assert [a.number for a in listing.leavers] == ["ed@p.dk"]


def test_an_identity_systems_last_action_says_who_is_deleted(tmp_path: Path) -> None:
    """A municipality's IdM extract: "Handling" is the last action on each account, "Oprettet",
    "Ændret", "Uændret" or "Slettet"; read by its content as a status, the deleted have left.
    "Ekstra/tilkalde" is a kind of employment, no status to warn of."""
    head = ("Handling", "Medarbejdernr", "Fornavn", "Efternavn", "Organisationsenhed", "Leder",
            "Ansættelse")
    rows = [head, ("Uændret", 1381, "Dorthe", "Øster", "Direktion", None, "Fast"),
            ("Ændret", 1043, "Bjørn", "Lund", "Vej og Park", "Dorthe Øster", "Fast"),
            ("Oprettet", 1227, "Sara", "Laurits", "Byggesag", "Dorthe Øster", "Fast"),
            ("Slettet", 1297, "Anders", "Smed", "Byggesag", "Sara Laurits", "Fast"),
            ("Uændret", 1330, "Ann", "Ravn", "Byggesag", "Sara Laurits", "Ekstra/tilkalde")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1381", "1043", "1227", "1330"]
    assert [a.number for a in listing.leavers] == ["1297"]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_application_users_named_with_a_hash_are_no_people(tmp_path: Path) -> None:
    """Dynamics 365's enabled users: its own application users, "# Dataverse" and
    "# PowerAppsPortals", have no employee number and a name no person has."""
    head = ("Full Name", "Business Unit", "Primary Email", "Manager", "Employee ID", "Status")
    rows = [head, ("Line Krist", "Direktion", "lk@l.dk", None, "64", "Enabled"),
            ("Jesper Skov", "Salg", "js@l.dk", "Line Krist", "66", "Enabled"),
            ("# PowerAppsPortals", "lumenio", None, None, None, "Enabled"),
            ("# Dataverse", "lumenio", None, None, None, "Enabled"),
            ("Lene Høj", "Salg", "lh@l.dk", "Jesper Skov", "87", "Enabled")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["64", "66", "87"]
    assert [(s.row, s.reason) for s in listing.skipped] == [(4, "account"), (5, "account")]


def test_a_thing_named_by_its_kind_is_no_person(tmp_path: Path) -> None:
    """A family daycare's list: "Gæstehus Solsikken" with "Gæstehus" as its function and no
    number is a guest house, no employee missing a number."""
    head = ("Medarb.nr.", "Navn", "Område", "Funktion", "Nærmeste leder")
    rows = [head, ("1222", "Mads Jørgensen", "Kontoret", "Dagplejeleder", None),
            ("1269", "Jesper Madsen", "Nord", "Dagplejepædagog", "Mads Jørgensen"),
            ("1051", "Åse Juul", "Nord", "Dagplejer", "Jesper Madsen"),
            (None, "Gæstehus Solsikken", "Nord", "Gæstehus", None),
            ("1026", "Trine Krogh", "Nord", "Dagplejer", "Jesper Madsen")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1222", "1269", "1051", "1026"]
    assert [(s.row, s.reason) for s in listing.skipped] == [(5, "account")]


def test_a_form_of_pay_says_who_is_paid_a_fee_outside_employment(tmp_path: Path) -> None:
    """A music school's "Lønform": "Timeløn" and "Månedsløn" are employed, "Honorar
    (B-indkomst)" a freelance guest teacher paid a fee, no employee."""
    head = ("Nr.", "Navn", "Faggruppe", "Stilling", "Lønform", "Leder")
    rows = [head, ("2603", "Rasmus Bjørn", "Ledelse", "Musikskoleleder", "Månedsløn", None),
            ("2605", "Gitte Holm", "Strygere", "Faglig leder", "Månedsløn", "Rasmus Bjørn"),
            ("2610", "Ib Lund", "Strygere", "Lærer", "Timeløn", "Gitte Holm"),
            ("2611", "Eva Dam", "Strygere", "Lærer", "Timeløn", "Gitte Holm"),
            ("2612", "Ole Krog", "Strygere", "Lærer", "Timeløn", "Gitte Holm"),
            ("2766", "Peter Skov", "Strygere", "Gæstelærer", "Honorar (B-indkomst)",
             "Gitte Holm")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["2603", "2605", "2610", "2611", "2612"]
    assert [a.number for a in listing.leavers] == ["2766"]


def test_a_user_column_headed_bruger_is_the_id_before_the_address(tmp_path: Path) -> None:
    """SARA's users: "Bruger" (mlfrebroe, …) and "E-mail", no number: the system's user name
    is the ID, as under "Brugernavn"; the external researchers are no staff."""
    head = ("Bruger", "Navn", "Afdeling", "Ekstern", "E-mail", "Nærmeste leder")
    rows = [head, ("mlfrebroe", "Frederik Brød", "Ledelse", "Nej", "fb@m.dk", None),
            ("mlsoeraere", "Søren Ærenlund", "Samlinger", "Nej", "sa@m.dk", "Frederik Brød"),
            ("mljoerjoh", "Jørgen Johansen", "Arkæologi", "Nej", "jj@m.dk", "Frederik Brød"),
            ("inge", "Inge Ude", "Samlinger", "Ja", "inge@andet.dk", "Søren Ærenlund")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["mlfrebroe", "mlsoeraere", "mljoerjoh"]


def test_a_thing_whose_brackets_say_so_is_no_person(tmp_path: Path) -> None:
    """Webex's users: "Auditoriet (Room Kit)" beside the staff, under its own address: a
    room's device, no person; "Hanne Kjær (HKJ)" is a person."""
    head = ("User ID/Email (Required)", "Display Name", "Department", "Manager")
    rows = [head, ("mb@k.dk", "Mikkel Bøgh", "Direktion", None),
            ("rt@k.dk", "Rasmus Tran", "Administration", "Mikkel Bøgh"),
            ("hk@k.dk", "Hanne Kjær (HKJ)", "Administration", "Rasmus Tran"),
            ("auditorie@k.dk", "Auditoriet (Room Kit)", None, None)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["mb@k.dk", "rt@k.dk", "hk@k.dk"]
    assert [s.reason for s in listing.skipped] == ["account"]


@pytest.mark.parametrize("word", ["Blocked", "Blokeret", "Spærret"])
def test_a_blocked_account_has_left(tmp_path: Path, word: str) -> None:
    """Speakap's "Account status": "Blocked" is an account shut, someone gone."""
    head = ("Full name", "Employee number", "Group", "Manager", "Account status")
    rows = [head, ("Poul Øster", "9000", "Direktion", None, "Active"),
            ("Jørgen Sønder", "9001", "Vagtcentral", "Poul Øster", "Active"),
            ("Pernille Krist", "9033", "Vagtcentral", "Jørgen Sønder", word)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["9000", "9001"]
    assert [a.number for a in listing.leavers] == ["9033"]
