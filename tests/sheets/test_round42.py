"""Lists as fresh exports brought them (stop 42): a status column of a compound header
("Lærlingestatus"), forms of income ("A-indkomst" beside "B-indkomst (honorar)"), a leaver's
word as the header of their day ("Afgået"), the director alone on a sheet of the list's
columns, a note above the list that says whose a column's address is, leaders' addresses by
initials, a thing named by its kind, and words where a leader's name goes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.headerwords import header_words
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.statuswords import EMPLOYED, LEFT, status_state
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 7)


def read(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "l.xlsx", sheets), today=TODAY)


def kinds(listing: Any) -> list[str]:
    return [n.kind for n in (*listing.notes, *listing.warnings)]


@pytest.mark.parametrize(("header", "words"), [
    ("Lærlingestatus", ("lærlinge", "status")), ("Elevstatus", ("elev", "status")),
    ("Indkomsttype", ("indkomst", "type"))])
def test_a_compound_of_status_or_type_is_split(header: str, words: tuple[str, ...]) -> None:
    assert header_words(header) == words


def test_a_status_compound_heads_the_status() -> None:
    assert match_fields(("Lærlingestatus",)) == {"status": 0}


@pytest.mark.parametrize(("text", "state"), [
    ("Læreaftale ophævet", LEFT), ("Skoleophold", EMPLOYED), ("I virksomheden", EMPLOYED),
    ("A-indkomst", EMPLOYED), ("Hovedforløb", EMPLOYED)])
def test_apprentices_and_income_statuses(text: str, state: str) -> None:
    assert status_state(text) == state


def test_an_apprentice_status_column_marks_the_apprenticeship_ended(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Personale": [
        ("Medarb.nr", "Navn", "Afdeling", "Lærlingestatus", "Nærmeste leder"),
        (1001, "Gitte Larsen", "VVS", None, None),
        (1002, "Henrik Petersen", "VVS", "Læreaftale ophævet", "Gitte Larsen"),
        (1003, "Hans Holm", "VVS", "Skoleophold", "Gitte Larsen"),
        (1004, "Ida Bak", "VVS", "I virksomheden", "Gitte Larsen"),
        (1005, "Jens Ravn", "VVS", None, "Gitte Larsen")]})
    assert [e.number for e in listing.employees] == ["1001", "1003", "1004", "1005"]
    assert [a.number for a in listing.leavers] == ["1002"]
    assert "status-unknown" not in kinds(listing)


def test_fee_paid_freelancers_by_their_form_of_income(tmp_path: Path) -> None:
    people = [(1000 + i, f"Person {c}sen", "Nyheder", "A-indkomst", "Bodil Kjær")
              for i, c in enumerate("ABCDEFGH")]
    listing = read(tmp_path, {"Lønliste": [
        ("Nr", "Navn", "Redaktion", "Indkomsttype", "Nærmeste leder"),
        (999, "Bodil Kjær", "Ledelse", "A-indkomst", None), *people,
        (1309, "Henrik Dahl", "Kultur", "B-indkomst (honorar)", "Bodil Kjær"),
        (1310, "Line Juhl", "Kultur", "B-indkomst (honorar)", "Bodil Kjær")]})
    assert [e.number for e in listing.employees] == ["999", *(str(p[0]) for p in people)]
    assert {a.number for a in listing.leavers} == {"1309", "1310"}


@pytest.mark.parametrize("header", ["Afgået", "Pensioneret", "Offboarded"])
def test_a_leavers_word_heads_the_day_they_left(tmp_path: Path, header: str) -> None:
    assert match_fields((header,)) == {"end_date": 0}
    listing = read(tmp_path, {"Personel": [
        ("Nr.", "Navn", "Leder", header),
        (1, "Rasmus Lind", None, None), (2, "Astrid Larsen", "Rasmus Lind", "31-10-2026"),
        (3, "Bo Kjær", "Rasmus Lind", None), (4, "Eva Bæk", "Rasmus Lind", "31-01-2027")]})
    assert [e.number for e in listing.employees] == ["1", "3", "4"]
    assert [a.number for a in listing.leavers] == ["2"]


HEAD = ("Nr", "Navn", "Enhed", "Stilling", "Leder", "Leder mail")


def _kitchens(n: int) -> list[tuple[Any, ...]]:
    return [(1010 + i, f"Kok {c}sen", "Kantine Nord", "Kok", "Anders Thomsen",
             "anders.thomsen@mad.dk") for i, c in enumerate("ABCDEFGH"[:n])]


def test_the_director_alone_on_a_sheet_of_the_lists_columns(tmp_path: Path) -> None:
    """"Administration" holds one person under the list's columns, the one the kitchens'
    rows name as their leader: more of the list, not a template's example row."""
    listing = read(tmp_path, {
        "Administration": [HEAD, (1005, "Anders Thomsen", "Administration", "Direktør",
                                  None, None)],
        "Køkkener": [HEAD, *_kitchens(6)]})
    assert sorted(e.number for e in listing.employees) == [
        "1005", *(str(1010 + i) for i in range(6))]
    [director] = [e for e in listing.employees if e.number == "1005"]
    assert director.department == "Administration" and director.leader == ""
    assert {e.leader_email for e in listing.employees if e.number != "1005"} == {
        "anders.thomsen@mad.dk"}


def test_one_person_nobody_names_on_a_sheet_of_the_lists_columns_is_not_read(
        tmp_path: Path) -> None:
    listing = read(tmp_path, {
        "Køkkener": [HEAD, (1005, "Anders Thomsen", "Administration", "Direktør", None, None),
                     *_kitchens(6)],
        "Eksempel": [HEAD, (1, "Hans Hansen", "Afdeling", "Stilling", None, None)]})
    assert "1" not in {e.number for e in listing.employees}


def _team(mail_header: str, note: str | None) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [(note,), ()] if note else []
    return [*rows, ("Nr.", "Navn", "Afdeling", "Nærmeste leder", mail_header),
            (11, "Anne Jensen", "Direktion", None, None),
            (12, "Line Jensen Johansen", "Installation", "Anne Jensen", "aj@el.dk"),
            (14, "Christian Ærenlund", "Industri", "Anne Jensen", "aj@el.dk"),
            (19, "Mads Bech", "Installation", "Line Jensen Johansen", "ljj@el.dk"),
            (21, "Søren Hansen", "Installation", "Line Jensen Johansen", "ljj@el.dk"),
            (23, "Rohan Iyer", "Industri", "Christian Ærenlund", "ca@el.dk"),
            (24, "Anders Lykke", "Industri", "Christian Ærenlund", "ca@el.dk")]


def test_a_note_above_the_list_says_the_mail_is_the_leaders(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Medarbejdere": _team("Mail", "Mail = nærmeste leders mail")})
    by = {e.number: e for e in listing.employees}
    assert by["19"].leader == "Line Jensen Johansen" and by["19"].leader_email == "ljj@el.dk"
    assert by["12"].leader_email == "aj@el.dk" and by["12"].email == ""
    assert "email-follows-leader" in kinds(listing)


def test_leaders_addresses_by_initials_under_a_bare_mail_are_refused(tmp_path: Path) -> None:
    """Without the note, "Mail" says the employee's own address, and the cells say their
    leader's (the same across a team, the leader's initials): every form would go to the
    leader, so the list is refused with the column."""
    with pytest.raises(SpreadsheetError, match="holds the address of each row's leader"):
        read(tmp_path, {"Medarbejdere": _team("Mail", None)})


def test_a_note_of_another_column_changes_nothing(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="holds the address of each row's leader"):
        read(tmp_path, {"Medarbejdere": _team("Mail", "Afdeling = hvor man sidder")})


def test_a_thing_named_by_its_rare_kind_is_no_person(tmp_path: Path) -> None:
    staff = [(str(3008 + i), f"Person {c}sen", "Personale", "Hovedbiblioteket", "Lone Tran")
             for i, c in enumerate("ABCDEF")]
    path = tmp_path / "fbs.csv"
    path.write_text("\n".join(",".join(row) for row in [
        ("Brugernavn", "Navn", "Brugertype", "Filial", "Ansvarlig leder"),
        ("3002", "Lone Tran", "Personale", "Ledelse", ""), *staff,
        ("AUTO1", "Selvbetjening Automat 1", "Automat", "Hovedbiblioteket", "Lone Tran"),
        ("AUTO2", "Selvbetjening Automat Vestby", "Automat", "Filial Vestby", "Lone Tran")]
    ) + "\n", encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["3002", *(p[0] for p in staff)]
    assert [(s.row, s.reason) for s in listing.skipped] == [(9, "account"), (10, "account")]


def test_the_common_kind_in_a_name_is_still_a_person(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Ark1": [
        ("Nr", "Navn", "Type"), *((i, f"Person {c}sen", "Person") for i, c in
                                  enumerate("ABCDE", start=1))]})
    assert len(listing.employees) == 5


def test_words_where_the_leaders_name_goes_are_refused(tmp_path: Path) -> None:
    rows = [("Medarb.nr.", "Navn", "Team", "Nærmeste leder"),
            *((1000 + i, f"Person {c}sen", "(ny struktur)", "afventer ny struktur")
              for i, c in enumerate("ABCDEF"))]
    with pytest.raises(SpreadsheetError, match=r'"afventer ny struktur".*without capitals'):
        read(tmp_path, {"Liste": rows})


def test_a_leader_outside_the_list_written_with_capitals_is_kept(tmp_path: Path) -> None:
    rows = [("Medarb.nr.", "Navn", "Nærmeste leder"),
            *((1000 + i, f"Person {c}sen", "Karin Lindström") for i, c in enumerate("ABC"))]
    listing = read(tmp_path, {"Liste": rows})
    assert {e.leader for e in listing.employees} == {"Karin Lindström"}


def test_politicians_without_numbers_are_kept_apart_by_their_kind(tmp_path: Path) -> None:
    """A town hall's list: the mayor and chairs ("Valgt – vederlag") without numbers above
    the staff, whose "Ansættelsesform" is one of a few kinds no unnumbered row has."""
    forms = ["Overenskomst", "Tjenestemand", "Kontrakt"]
    staff = [(1501 + i, f"Person {c}sen", "HR", forms[i % 3], "Ida Kowalski")
             for i, c in enumerate("ABCDEFGHIJKL")]
    listing = read(tmp_path, {"Rådhuset": [
        ("Nr", "Navn", "Enhed", "Ansættelsesform", "Nærmeste leder"),
        (None, "Birthe Skov Holm", "Byrådet", "Valgt – vederlag", None),
        (None, "Jakob Rytter", "Byrådet", "Valgt – vederlag", None),
        (1500, "Ida Kowalski", "Direktion", "Kontrakt", None), *staff]})
    assert [e.number for e in listing.employees] == ["1500", *(str(p[0]) for p in staff)]
    assert [a.row for a in listing.leavers] == [2, 3]
    assert all('Ansættelsesform "Valgt – vederlag"' in a.reason for a in listing.leavers)


def test_a_row_without_number_of_a_numbered_kind_is_still_refused(tmp_path: Path) -> None:
    forms = ["Overenskomst", "Tjenestemand"]
    staff = [(1501 + i, f"Person {c}sen", forms[i % 2]) for i, c in enumerate("ABCDEFGHIJ")]
    with pytest.raises(SpreadsheetError, match="no employee number"):
        read(tmp_path, {"Ark1": [("Nr", "Navn", "Ansættelsesform"), *staff,
                                 (None, "Mette Lund", "Overenskomst")]})


def test_the_deputy_beside_the_leader_in_one_cell_is_not_the_leader(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Medarbejdere": [
        ("Nr", "Navn", "Ledelse"),
        (7300, "Björn Johansen", None),
        (7303, "Mikkel Munk", "Leder: Björn Johansen"),
        (7304, "Ulrik Johansen", "Leder: Mikkel Munk / Stedfortræder: Björn Johansen"),
        (7330, "Mehmet Larsen", "Leder: Mikkel Munk / Stedfortræder: Ulrik Johansen")]})
    assert [e.leader for e in listing.employees] == [
        "", "Björn Johansen", "Mikkel Munk", "Mikkel Munk"]


def test_two_leaders_labelled_in_one_cell_are_still_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="several people"):
        read(tmp_path, {"Ark1": [
            ("Nr", "Navn", "Ledere"), (1, "Poul Kjær", None), (2, "Bo Hansen", "Poul Kjær"),
            (3, "Eva Holm", "Afdelingsdirektør: Poul Kjær / Teamleder: Bo Hansen")]})


@pytest.mark.parametrize(("cell", "leader"), [
    ("Rasmus Madsen (fra 01-02-2027: Rikke Lindqvist)", "Rasmus Madsen"),
    ("Rasmus Madsen (fra 01-11-2026: Rikke Lindqvist)", "Rikke Lindqvist")])
def test_a_new_leader_from_a_day_in_brackets(tmp_path: Path, cell: str, leader: str) -> None:
    listing = read(tmp_path, {"Hjemmeplejen": [
        ("Nr", "Navn", "Nærmeste leder"), (1, "Rasmus Madsen", None),
        (2, "Rikke Lindqvist", "Rasmus Madsen"), (3, "Eva Holm", cell), (4, "Bo Bak", cell)]})
    assert [e.leader for e in listing.employees][2:] == [leader, leader]
    assert "leader-since" in kinds(listing)


def test_the_personnel_leader_beside_the_responsible_partner(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Medarbejdere": [
        ("Nr", "Navn", "Ansvarlig partner", "Personaleleder"),
        (1, "Jens Bæk", None, None), (2, "Lis Holm", None, "Jens Bæk"),
        (3, "Ole Dahl", "Jens Bæk", "Lis Holm"), (4, "Pia Juul", "Jens Bæk", "Lis Holm")]})
    assert [e.leader for e in listing.employees] == ["", "Jens Bæk", "Lis Holm", "Lis Holm"]
    assert "personnel-leader" in kinds(listing)


def test_english_team_leads_head_the_leader() -> None:
    assert match_fields(("Team lead",)) == {"leader": 0}
    assert match_fields(("Team leader",)) == {"leader": 0}
    assert match_fields(("Team Lead Email",)) == {"leader_email": 0}
    assert match_fields(("Lead time",)) == {}


def test_init_heads_the_initials_that_identify_people(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Medarbejdere": [
        ("Init.", "Navn", "Faggruppe", "Nærmeste leder", "Status"),
        ("JC", "Jørgen Christiansen", "Procedure", None, "Aktiv"),
        ("AP", "Asger Petersen", "Procedure", "Jørgen Christiansen", "Aktiv"),
        ("BR", "Bo Rasmussen", "Procedure", "Jørgen Christiansen", "Fratrådt")]})
    assert [e.number for e in listing.employees] == ["JC", "AP"]
    assert [a.number for a in listing.leavers] == ["BR"]


def test_a_leaving_status_with_a_day_still_to_come_is_employed(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Personale": [
        ("Tjenestenr.", "Navn", "Status", "Chef"), (1, "Emil Kjær", "I tjeneste", None),
        (2, "Susanne Laursen", "Afsked m. pension pr. 28.02.2027", "Emil Kjær"),
        (3, "Vibeke Olsen", "Afsked pr. 30.09.2026", "Emil Kjær"),
        (4, "Marie Bøgh", "Rådighedsløn", "Emil Kjær")]})
    assert [e.number for e in listing.employees] == ["1", "2"]
    assert [a.number for a in listing.leavers] == ["3", "4"]


@pytest.mark.parametrize("kind", ["Plejefamilie (vederlag)", "Værnepligtig (indkaldt aug. 2026)"])
def test_payroll_people_who_are_no_employees_by_their_group(tmp_path: Path, kind: str) -> None:
    groups = ["Psykolog", "Socialrådgiver", "Officer", "Konstabel"]
    staff = [(100 + i, f"Person {c}sen", groups[i % 4], "Ida Holm")
             for i, c in enumerate("ABCDEFGH")]
    listing = read(tmp_path, {"Udtræk": [
        ("Lønnr.", "Navn", "Personalegruppe", "Nærmeste leder"), (99, "Ida Holm", "Chef", None),
        *staff, (200, "Bente Pedersen", kind, "Ida Holm")]})
    assert "200" not in {e.number for e in listing.employees}
    assert [a.number for a in listing.leavers] == ["200"]


def test_a_leader_key_whose_header_names_another_column(tmp_path: Path) -> None:
    """"Leder (lokalnr.)" gives each leader's phone extension, written as employee numbers
    are: the extension 2193 is Bodil's, though 2193 is also Jette's employee number."""
    listing = read(tmp_path, {"Ark1": [
        ("Medarbejdernr", "Navn", "Lokalnr.", "Leder (lokalnr.)"),
        (2022, "Bo Holm", 2001, None), (2035, "Bodil Lindqvist", 2193, 2001),
        (2193, "Jette Hussain", 2591, 2001), (2063, "Karen Schmidt", 2712, 2193)]})
    assert [e.leader for e in listing.employees] == [
        "", "Bo Holm", "Bo Holm", "Bodil Lindqvist"]
    assert "leader-key" in kinds(listing)


def test_a_notice_day_column_ends_the_employment(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Ark1": [
        ("Medarbejdernummer", "Navn", "Leder", "Opsagt pr."), (500, "Rikke Holm", None, None),
        (708, "Kåre Mikkelsen", "Rikke Holm", "31-10-2026"),
        (709, "Karen Juul", "Rikke Holm", "31-01-2027"), (710, "Bo Lund", "Rikke Holm", None)]})
    assert [e.number for e in listing.employees] == ["500", "709", "710"]
    assert [a.number for a in listing.leavers] == ["708"]


@pytest.mark.parametrize(("status", "gone"), [
    ("Overflyttet til Plastform Polska Sp. z o.o.", True),
    ("Overflyttet til søsterselskab", True),
    ("Overdraget til Egeby Affald A/S 01.10.2026", True),
    ("Overdrages til Egeby Affald A/S 01.01.2027", False),
    ("Overflyttet til Lager", False)])
def test_a_transfer_to_another_company(tmp_path: Path, status: str, gone: bool) -> None:
    listing = read(tmp_path, {"Ark1": [
        ("Nr", "Navn", "Status", "Leder"), (1, "Freja Holm", "Aktiv", None),
        (2, "Line Andersen", status, "Freja Holm"), (3, "Bo Lund", "Aktiv", "Freja Holm")]})
    assert ("2" in {a.number for a in listing.leavers}) is gone


def test_application_users_flagged_are_no_people(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Users": [
        ("User ID", "Name", "Manager", "Inactive", "Is Application User"),
        (11, "Louise Jensen", None, "False", "False"), (14, "Jonas Jakobsen", "Louise Jensen",
                                                          "False", "False"),
        (9001, "Halo Integrator – Azure", None, "False", "True"),
        (15, "Ida Holm", "Louise Jensen", "True", "False")]})
    assert [e.number for e in listing.employees] == ["11", "14"]
    assert {a.number for a in listing.leavers} == {"9001", "15"}


def test_a_management_line_of_numbers(tmp_path: Path) -> None:
    listing = read(tmp_path, {"HR extract": [
        ("Medarbejdernr", "Navn", "Ledelseslinje"), ("1001", "Bo Skov", "1001"),
        ("1010", "Eva Holm", "1001/1010"), ("1358", "Tor Andersen", "1001/1010/1358"),
        ("1391", "Freja Hansen", "1001/1391")]})
    assert [e.leader for e in listing.employees] == ["", "Bo Skov", "Eva Holm", "Bo Skov"]
    assert "leader-id-path" in kinds(listing)


def test_addresses_written_for_a_web_page(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Ark1": [
        ("Initialer", "Navn", "E-mail", "Faggruppeleder"),
        ("MJO", "Mikkel Johansen", "mjo(at)firma.dk", None),
        ("MWI", "Morten Winther", "mwi [at] firma [dot] dk", "Mikkel Johansen"),
        ("PNO", "Piotr Nowak", "pno(at)firma.dk", "Morten Winther")]})
    assert [(e.email, e.leader_email) for e in listing.employees] == [
        ("mjo@firma.dk", ""), ("mwi@firma.dk", "mjo@firma.dk"), ("pno@firma.dk", "mwi@firma.dk")]


def test_leaders_given_by_their_profile_links(tmp_path: Path) -> None:
    url = "https://intra.x.dk/people/"
    listing = read(tmp_path, {"Ark1": [
        ("Medarbejdernr", "Navn", "Profil", "Leder"),
        (1001, "Niels Johansen", url + "niels.johansen", None),
        (1002, "Kirsten Hansen", url + "kirsten.hansen", url + "niels.johansen"),
        (1003, "Ole Skov", url + "ole.skov", url + "kirsten.hansen")]})
    assert [e.leader for e in listing.employees] == ["", "Niels Johansen", "Kirsten Hansen"]


def test_released_until_an_end_date_still_to_come(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Normering": [
        ("Lønnr", "Navn", "Ansat til", "Bemærkning", "Leder"), (1, "Priya Sharma", None, None,
                                                                None),
        (2, "Julie Kristensen", "28-02-2027", "Fritstillet fra 01.11.2026", "Priya Sharma"),
        (3, "Bo Lund", "30-09-2026", "Fratrådt", "Priya Sharma")]})
    assert [e.number for e in listing.employees] == ["1", "2"]


def test_employed_by_a_company_named_in_the_employment(tmp_path: Path) -> None:
    staff = [(100 + i, f"Person {c}sen", "Ansat", "Søs Ravn") for i, c in enumerate("ABCDEFGH")]
    listing = read(tmp_path, {"Kemi": [
        ("Medarbejdernr", "Navn", "Ansættelsesforhold", "Nærmeste leder"),
        (99, "Søs Ravn", "Ansat", None), *staff,
        (392, "Niels Andersen", "Erhvervs-ph.d. (ansat hos Novoby Pharma A/S)", "Søs Ravn")]})
    assert [a.number for a in listing.leavers] == ["392"]


def test_an_hr_partners_address_is_no_leaders() -> None:
    assert match_fields(("HR-partner e-mail",)) == {}
    assert match_fields(("HR-partner",)) == {}


def test_people_without_numbers_of_another_affiliation(tmp_path: Path) -> None:
    """A research unit: "Tilknytning" says "Ansat" on every numbered row; the stipend
    students and the guest researcher (whose brackets say more) have no number."""
    staff = [(71240 + i, f"Person {c}sen", "Ansat", "Mikkel Poulsen")
             for i, c in enumerate("ABCDEF")]
    listing = read(tmp_path, {"Forskere": [
        ("Medarb.nr.", "Navn", "Tilknytning", "Nærmeste leder"),
        (71200, "Mikkel Poulsen", "Ansat", None), *staff,
        (None, "Ida Laursen", "Gæsteforsker (ansat ved andet universitet)", "Mikkel Poulsen"),
        (None, "Mette Winther", "Forskningsårsstuderende (stipendium)", "Mikkel Poulsen")]})
    assert len(listing.employees) == 7
    assert [a.name for a in listing.leavers] == ["Ida Laursen", "Mette Winther"]


def test_trainees_without_numbers_beside_the_schools_own_kinds(tmp_path: Path) -> None:
    staff = [(81700 + i, f"Person {c}sen", "Fast" if i % 3 else "Timelønnet vikar", "Bo Holm")
             for i, c in enumerate("ABCDEFGHI")]
    listing = read(tmp_path, {"Personale": [
        ("Lønnr", "Navn", "Ansættelse", "Leder"), (81699, "Bo Holm", "Fast", None), *staff,
        (None, "Jesper Holm", "Lærerstuderende i praktik (UC)", "Bo Holm"),
        (None, "Line Lykke", "Vikar via Vikarhuset ApS", "Bo Holm")]})
    assert len(listing.employees) == 10
    assert [a.name for a in listing.leavers] == ["Jesper Holm", "Line Lykke"]


@pytest.mark.parametrize(("role", "person"), [
    ("API User", False), ("Integration user", False), ("Power User", True)])
def test_a_role_that_is_a_kind_of_login(tmp_path: Path, role: str, person: bool) -> None:
    listing = read(tmp_path, {"Users": [
        ("Nr", "Full Name", "Role", "Supervisor"), (1, "Jesper Bach", "Property Admin", None),
        (2, "Kåre Krogh", "Manager", "Jesper Bach"), (3, "Channel Manager", role, None)]})
    assert ("3" in {e.number for e in listing.employees}) is person


def test_an_api_account_where_the_address_is_the_id(tmp_path: Path) -> None:
    path = tmp_path / "sd.csv"
    path.write_text("Name,Email,Title,Reports To,Disabled\n"
                    "Ann Hansen,ash@x.dk,Chef,,false\nBo Lund,bl@x.dk,Tekniker,Ann Hansen,false\n"
                    "Eva Holm,eh@x.dk,Tekniker,Ann Hansen,false\nAPI User,api@x.dk,,,false\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["ash@x.dk", "bl@x.dk", "eh@x.dk"]


def test_an_external_title_at_another_domain_is_no_employee(tmp_path: Path) -> None:
    staff = [(10200 + i, f"Person {c}sen", f"p{c.lower()}@pharma.dk", "QA Specialist")
             for i, c in enumerate("ABCDEF")]
    listing = read(tmp_path, {"Users": [
        ("User ID", "Full name", "Email", "Role"), *staff,
        (10254, "Andrei Ionescu", "andrei@audit-partners.dk", "Auditor (external)"),
        (10255, "Lis Bak", "lb@pharma.dk", "Ekstern lektor")]})
    assert [a.number for a in listing.leavers] == ["10254"]
    assert "10255" in {e.number for e in listing.employees}


def test_a_member_systems_groups(tmp_path: Path) -> None:
    """Conventus: "Grupper" holds the staff's units after "Ansatte - ", and the volunteers'
    and the board's groups: only the staff are employees, their unit what follows."""
    shop = [(510 + i, f"Person {c}sen", "Ansatte - Genbrug", "Mads Kragh")
             for i, c in enumerate("ABCD")]
    advice = [(520 + i, f"Folk {c}sen", "Ansatte - Rådgivning", "Hans Friis")
              for i, c in enumerate("ABC")]
    listing = read(tmp_path, {"Medlemmer": [
        ("Medlemsnr", "Navn", "Grupper", "Ekstrafelt: Nærmeste leder"),
        (507, "Hans Friis", "Ansatte - Sekretariat", None),
        (508, "Mads Kragh", "Ansatte - Genbrug", "Hans Friis"), *shop, *advice,
        (2091, "Allan Petersen", "Frivillige", None), (2092, "Bo Bach", "Bestyrelse", None),
        (2093, "Eva Bach", "Frivillige", None)]})
    assert [(e.number, e.department) for e in listing.employees][:3] == [
        ("507", "Sekretariat"), ("508", "Genbrug"), ("510", "Genbrug")]
    assert listing.employees[-1].department == "Rådgivning"
    assert {a.number for a in listing.leavers} == {"2091", "2092", "2093"}


def test_active_until_a_day_is_an_end_date(tmp_path: Path) -> None:
    assert match_fields(("Aktiv til",)) == {"end_date": 0}
    listing = read(tmp_path, {"Brugere": [
        ("Lønnr.", "Fulde navn", "Ansvarlig leder", "Aktiv til"), (1, "Line Holm", None, None),
        (2, "Jesper Bach", "Line Holm", "13.04.2026"), (3, "Eva Ravn", "Line Holm", None)]})
    assert [a.number for a in listing.leavers] == ["2"]


def test_leader_keys_that_find_no_one_are_refused(tmp_path: Path) -> None:
    rows = [("Medarbejdernr", "Navn", "Ledernøgle"), (17003, "Nanna Nguyen", None),
            *((17010 + i, f"Person {c}sen", "L-216") for i, c in enumerate("ABC")),
            *((17020 + i, f"Folk {c}sen", "L-582") for i, c in enumerate("ABC"))]
    with pytest.raises(SpreadsheetError, match="no other leader in the column is found"):
        read(tmp_path, {"Udtræk": rows})


def test_addresses_from_a_contact_sheet_by_number_alone(tmp_path: Path) -> None:
    people = [(1006 + i, f"Person {c}sen", 1006 if i else None) for i, c in enumerate("ABCDE")]
    contact = [(n, f"p{n}@staal.dk", "55080724") for n, _, _ in people]
    listing = read(tmp_path, {
        "Medarbejdere": [("Medarbejdernr", "Navn", "Leders medarbejdernr"), *people],
        "Kontaktoplysninger": [("Medarbejdernr", "Arbejdsmail", "Mobil"), *contact]})
    assert [e.email for e in listing.employees] == [f"p{n}@staal.dk" for n, _, _ in people]
    assert {e.leader_email for e in listing.employees[1:]} == {"p1006@staal.dk"}


def test_a_contact_sheet_of_a_few_numbers_is_not_used(tmp_path: Path) -> None:
    people = [(1006 + i, f"Person {c}sen", None) for i, c in enumerate("ABCDEFGHIJ")]
    listing = read(tmp_path, {
        "Medarbejdere": [("Medarbejdernr", "Navn", "Leder"), *people],
        "Andet": [("Nr", "Mail"), (1006, "x@y.dk"), (1007, "z@y.dk")]})
    assert all(e.email == "" for e in listing.employees)


def test_a_text_file_in_named_sections(tmp_path: Path) -> None:
    path = tmp_path / "bageri.txt"
    path.write_text(
        "[Eksport]\nDato=01-12-2026\n\n[Afdelinger]\nAfdNr;Afdeling;Leder;LederMail;OverordnetAfdNr\n"
        "10;Hovedkontor;Astrid Holm;aho@b.dk;\n20;Bageriet Vejle;Ole Mortensen;omo@b.dk;10\n"
        "30;Bageriet Kolding;Gitte Nørgaard;gn@b.dk;10\n\n"
        "[Medarbejdere]\nNr;Navn;AfdNr;Stilling\n1080;Astrid Holm;10;Direktør\n"
        "1081;Bo Holm;10;Bogholder\n1160;Ole Mortensen;20;Butikschef\n"
        "1185;Eva Sørensen;20;Ekspedient\n1186;Bo Lund;20;Ekspedient\n"
        "1039;Gitte Nørgaard;30;Butikschef\n1190;Ida Bak;30;Ekspedient\n"
        "1191;Kim Ravn;30;Ekspedient\n", encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    by = {e.number: e for e in listing.employees}
    assert (by["1185"].department, by["1185"].leader, by["1185"].leader_email) == (
        "Bageriet Vejle", "Ole Mortensen", "omo@b.dk")
    assert (by["1191"].department, by["1191"].leader) == ("Bageriet Kolding", "Gitte Nørgaard")
    assert (by["1160"].leader, by["1160"].leader_email) == ("Astrid Holm", "aho@b.dk")
    assert by["1080"].leader == ""


def test_a_header_line_quoted_as_one_field(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text('\ufeff"Medarbejdernummer;Navn;Afdeling;Leder;Leder mail"\n'
                    "829;Aksel Ægidius;Forvaltningen;;\n"
                    "830;Bo Holm;Forvaltningen;Aksel Ægidius;ak@k.dk\n"
                    "831;Eva Lund;Forvaltningen;Aksel Ægidius;ak@k.dk\n", encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("829", "", ""), ("830", "Aksel Ægidius", "ak@k.dk"), ("831", "Aksel Ægidius", "ak@k.dk")]


def test_leaders_by_their_sip_addresses(tmp_path: Path) -> None:
    path = tmp_path / "tlf.csv"
    path.write_text("Visningsnavn,Medarbejdernr,Afdeling,SIP-adresse,E-mail,Leder (SIP)\n"
                    "Lars Holm,8500,Ledelse,sip:laho@n.dk,laho@n.dk,\n"
                    "Jens Larsen,8543,Borgerservice,sip:jela@n.dk,jela@n.dk,sip:laho@n.dk\n"
                    "Eva Bak,8544,Borgerservice,sip:evba@n.dk,evba@n.dk,sip:jela@n.dk\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Lars Holm", "laho@n.dk"), ("Jens Larsen", "jela@n.dk")]


def test_an_external_title_at_a_free_mail_address_stays(tmp_path: Path) -> None:
    staff = [(10200 + i, f"Person {c}sen", f"p{c.lower()}@uni.dk", "Lektor")
             for i, c in enumerate("ABCDEF")]
    listing = read(tmp_path, {"Users": [
        ("User ID", "Full name", "Email", "Role"), *staff,
        (10256, "Kim Bøg", "kimboeg@gmail.com", "Ekstern lektor")]})
    assert "10256" in {e.number for e in listing.employees}


def test_a_period_of_two_days_joined_by_a_bare_hyphen(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Ark1": [
        ("Nr", "Navn", "Ansættelsesperiode", "Leder"), (1, "Freja Kowalski", None, None),
        (2, "Linh Madsen", None, "Freja Kowalski"),
        (3, "Inge Olsen", "01.04.2026-31.10.2026", "Freja Kowalski"),
        (4, "Niels Jensen", "01.04.2026-31.10.2026", "Freja Kowalski"),
        (5, "Bo Vinter", "01.11.2026-28.02.2027", "Freja Kowalski")]})
    assert [e.number for e in listing.employees] == ["1", "2", "5"]


def test_the_personnel_leader_beside_a_research_groups_leader(tmp_path: Path) -> None:
    listing = read(tmp_path, {"IMA": [
        ("Nr", "Navn", "Forskningsgruppe", "Gruppeleder", "Personaleleder"),
        (1, "Jytte Dahl", None, None, None), (2, "Susanne Lund", "Algebra", "Susanne Lund",
                                              "Jytte Dahl"),
        (3, "Bo Holm", "Algebra", "Susanne Lund", "Jytte Dahl"),
        (4, "Eva Ravn", "Algebra", "Susanne Lund", "Jytte Dahl")]})
    assert [e.leader for e in listing.employees] == ["", "Jytte Dahl", "Jytte Dahl", "Jytte Dahl"]


def test_externals_whose_firm_stands_in_a_column_empty_for_the_staff(tmp_path: Path) -> None:
    staff = [(f"{100 + i}", f"Person {c}sen", None, "Jens Fog") for i, c in enumerate("ABCDEF")]
    listing = read(tmp_path, {"Ark1": [
        ("Medarbejdernr.", "Navn", "Firma", "Leder"), ("099", "Jens Fog", None, None), *staff,
        ("EKS-263", "Jørgen Christiansen", "Netfiktiv A/S", "Jens Fog")]})
    assert [a.number for a in listing.leavers] == ["EKS-263"]


def test_a_template_with_only_its_example_row_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="no employees under the header row"):
        read(tmp_path, {"Medarbejdere": [
            ("Medarbejdernr", "Navn", "Afdeling", "Nærmeste leder"),
            (1234, "Eksempel – slet denne række", "Eksempelafdeling", "Leder Eksempel")]})


def test_rooms_and_equipment_beside_the_staff(tmp_path: Path) -> None:
    staff = [("Staff", 81050 + i, f"Person {c}sen", "Nikolaj Holm") for i, c in
             enumerate("ABCDEFGH")]
    listing = read(tmp_path, {"Resources": [
        ("Resource type", "Staff ID", "Name", "Line manager"),
        ("Staff", 81000, "Nikolaj Holm", None), *staff,
        ("Room", "R-328", "Lab Nord", None), ("Equipment", "E-17", "Mobile projector", None)]})
    assert len(listing.employees) == 9
    assert {a.number for a in listing.leavers} == {"R-328", "E-17"}


def test_external_examiners_in_an_affiliation_read_as_status(tmp_path: Path) -> None:
    staff = [(400100 + i, f"Person {c}sen", "VIP" if i % 2 else "TAP", "Karen Madsen")
             for i, c in enumerate("ABCDEFGH")]
    listing = read(tmp_path, {"Personale": [
        ("AU-id", "Navn", "Tilknytning", "Nærmeste leder"), (400000, "Karen Madsen", "VIP", None),
        *staff, (403681, "Rasmus Frølich", "Censor", "Karen Madsen")]})
    assert [a.number for a in listing.leavers] == ["403681"]


@pytest.mark.parametrize("header", ["Sæson til", "Vikariat til", "Contract until"])
def test_a_terms_last_day(header: str) -> None:
    assert match_fields((header,)) == {"end_date": 0}


def test_location_codes_named_as_units_on_another_sheet(tmp_path: Path) -> None:
    ean = ["5798000684117", "5798000716189"]
    staff = [(70010 + i, f"Person {c}sen", ean[i % 2], "Sven Holm") for i, c in enumerate("ABCDEF")]
    listing = read(tmp_path, {
        "Medarbejdere": [("Medarbejdernr", "Navn", "EAN-nr", "Nærmeste leder"),
                         (70005, "Sven Holm", ean[0], None), *staff],
        "EAN-lokationer": [("EAN-lokationsnummer", "Enhed", "Adresse"),
                           (ean[0], "Hjemmeplejen Nord", "Skolegade 54"),
                           (ean[1], "Hjemmeplejen Syd", "Skolegade 12")]})
    assert [e.department for e in listing.employees][:3] == [
        "Hjemmeplejen Nord", "Hjemmeplejen Nord", "Hjemmeplejen Syd"]


def test_supervisor_codes_on_a_sheet_of_posts_and_their_holders(tmp_path: Path) -> None:
    """Infor's HRSUPER: each supervisor code with the post's description and its holder's
    employee number; the holder leads, not a person named after the post."""
    listing = read(tmp_path, {
        "Employees": [("EMPLOYEE", "LAST-NAME", "FIRST-NAME", "DEPARTMENT", "SUPERVISOR",
                       "EMAIL-ADDRESS"),
                      (40040, "Lund", "Frederik", "Direktion", None, "fl@x.dk"),
                      (40058, "Olsen", "Torben", "Støberi", "DIR01", "to@x.dk"),
                      (40064, "Bak", "Pernille", "Bearbejdning", "DIR01", "pb@x.dk"),
                      (40101, "Holm", "Ida", "Støberi", "STOE10", "ih@x.dk"),
                      (40102, "Ravn", "Bo", "Støberi", "STOE10", "br@x.dk")],
        "HRSUPER": [("SUPERVISOR", "DESCRIPTION", "EMPLOYEE", "ACTIVE-FLAG"),
                    ("DIR01", "Fabrikschef Direktion", 40040, "Y"),
                    ("STOE10", "Produktionsleder Støberi", 40058, "Y")]})
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Frederik Lund", "fl@x.dk"), ("Frederik Lund", "fl@x.dk"),
        ("Torben Olsen", "to@x.dk"), ("Torben Olsen", "to@x.dk")]
