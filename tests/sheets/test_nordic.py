"""Danish, Norwegian, Swedish and English are one family of headers and statuses: a list from a
Norwegian or Swedish system, or an English one with British words, is read as a Danish one is;
and a status column is known by its cells too, with every value mus does not understand said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.statuswords import EMPLOYED, LEAVE, LEFT, status_state
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)
PAST = dt.datetime(2026, 8, 31)
LATER = dt.datetime(2027, 1, 31)


@pytest.mark.parametrize(("status", "state"), [
    ("Avslutad", LEFT), ("Sluttet", LEFT), ("Avsluttet", LEFT), ("Opphørt", LEFT),
    ("Leaver", LEFT), ("Slutat", LEFT), ("Pensjonert", LEFT),
    ("Föräldraledig", LEAVE), ("Tjänstledig", LEAVE), ("Permisjon", LEAVE),
    ("Foreldrepermisjon", LEAVE), ("Sykmeldt", LEAVE), ("Sjukskriven", LEAVE),
    ("On Maternity Leave", LEAVE), ("On Long Term Sick", LEAVE),
    ("Anställd", EMPLOYED), ("Ansatt", EMPLOYED), ("Current", EMPLOYED), ("Aktiv", EMPLOYED),
    ("Tjenestemand", EMPLOYED), ("Overenskomstansat", EMPLOYED), ("Deltidsansatt", EMPLOYED),
    ("Ikke ansat", LEFT), ("Orlov uden løn", LEAVE),
    ("Ended", LEFT), ("Expired", LEFT), ("ACTIVATED", EMPLOYED),
])
def test_nordic_and_english_status_words(status: str, state: str) -> None:
    assert status_state(status) == state


def test_a_swedish_list(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Personal": [
        ("Anställningsnummer", "Förnamn", "Efternamn", "Avdelning", "Närmaste chef", "E-post",
         "Anställningsstatus"),
        (1, "Eva", "Lind", "Ledning", None, "el@m.se", "Aktiv"),
        (2, "Olle", "Berg", "Lager", "Eva Lind", "ob@m.se", "Aktiv"),
        (3, "Stina", "Ek", "Lager", "Olle Berg", "se@m.se", "Föräldraledig"),
        (4, "Per", "Holm", "Lager", "Olle Berg", "ph@m.se", "Avslutad"),
        (5, "Kim", "Ås", "Lager", "Olle Berg", "ka@m.se", "Aktiv")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.name, e.department, e.leader_email, e.on_leave)
            for e in listing.employees] == [
        ("1", "Eva Lind", "Ledning", "", False), ("2", "Olle Berg", "Lager", "el@m.se", False),
        ("3", "Stina Ek", "Lager", "ob@m.se", True), ("5", "Kim Ås", "Lager", "ob@m.se", False)]
    assert [a.number for a in listing.leavers] == ["4"]


def test_a_norwegian_list(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", {"Ansatte": [
        ("Ansattnr", "Fornavn", "Etternavn", "Avdeling", "Nærmeste leder", "E-post", "Sluttdato",
         "Permisjon"),
        (11, "Bent", "Dahl", "Ledelse", None, "bd@f.no", None, None),
        (12, "Siri", "Moe", "Salg", "Bent Dahl", "sm@f.no", PAST, None),
        (13, "Ola", "Lie", "Salg", "Bent Dahl", "ol@f.no", LATER, None),
        (14, "Kari", "Vik", "Salg", "Bent Dahl", "kv@f.no", None, "Foreldrepermisjon")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.name, e.department, e.leader_email, e.on_leave)
            for e in listing.employees] == [
        ("11", "Bent Dahl", "Ledelse", "", False), ("13", "Ola Lie", "Salg", "bd@f.no", False),
        ("14", "Kari Vik", "Salg", "bd@f.no", True)]
    assert [a.number for a in listing.leavers] == ["12"]


def test_a_british_list_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        '"Employee Ref","Forename","Surname","Department","Line Manager","Email","Status",'
        '"Leaving Date"\n'
        '"E1","Ann","Hay","Board","","ah@c.com","Current",""\n'
        '"E2","Tom","Kerr","IT","Ann Hay","tk@c.com","Leaver","23/10/2026"\n'
        '"E3","Liv","Rand","IT","Ann Hay","lr@c.com","On Maternity Leave",""\n'
        '"E4","Max","Dunn","IT","Ann Hay","md@c.com","Current",""\n', encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.name, e.leader_email, e.on_leave) for e in listing.employees] == [
        ("E1", "Ann Hay", "", False), ("E3", "Liv Rand", "ah@c.com", True),
        ("E4", "Max Dunn", "ah@c.com", False)]
    assert [a.number for a in listing.leavers] == ["E2"]


def _status_list(tmp_path: Path, header: str, values: list[str]) -> Path:
    names = ["Ida Holm", "Bo Bach", "Åse Dam", "Ole Krog", "Mie Lund", "Jon Sand", "Pia Due"]
    return write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", header),
        *((i + 1, names[i], "IT", v) for i, v in enumerate(values))]})


def test_a_status_column_known_by_its_cells_says_what_it_does_not_understand(
        tmp_path: Path) -> None:
    """An unknown header over one common status and rarer others: a status column; the value
    mus does not know is said with its rows, never quietly taken as employed."""
    path = _status_list(tmp_path, "Tilstand", ["Aktiv", "Aktiv", "Udstationeret", "Aktiv",
                                               "Fratrådt", "Aktiv", "Aktiv"])
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["5"]
    unknown = [w.what for w in listing.warnings if w.kind == "status-unknown"]
    assert unknown == ['The Tilstand "Udstationeret" (row 4) is not a status mus knows, so '
                       "they are taken as employed and get a form."]


def test_a_status_column_whose_rare_values_are_all_unknown_is_still_said(
        tmp_path: Path) -> None:
    path = _status_list(tmp_path, "Personalestatus", ["Aktiv", "Aktiv", "Aktiv", "Udmønstret",
                                                      "Aktiv", "Aktiv", "Aktiv"])
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 7
    assert [w.rows for w in listing.warnings if w.kind == "status-unknown"] == [(5,)]


def test_a_column_of_kinds_of_employment_is_no_status(tmp_path: Path) -> None:
    """"Fastansat", "Elev", "Studentermedhjælper" say what kind of employee, not whether."""
    path = _status_list(tmp_path, "Ansættelsesform", [
        "Fastansat", "Fastansat", "Elev", "Fastansat", "Studentermedhjælper", "Fastansat",
        "Fastansat"])
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 7
    assert not [w for w in listing.warnings if w.kind in ("status-unknown", "header-content")]


def test_a_column_of_working_hours_is_no_status(tmp_path: Path) -> None:
    path = _status_list(tmp_path, "Arbejdstid", ["Fuldtid", "Fuldtid", "Fuldtid", "Flex",
                                                 "Fuldtid", "Deltid", "Fuldtid"])
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 7
    assert not [w for w in listing.warnings if w.kind in ("status-unknown", "header-content")]


def test_a_department_column_is_no_status(tmp_path: Path) -> None:
    path = _status_list(tmp_path, "Sted", ["Aarhus", "Aarhus", "Aarhus", "Odense", "Aarhus",
                                           "Vejle", "Aarhus"])
    listing = read_employee_list(path, today=TODAY)
    assert len(listing.employees) == 7
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_kinds_of_employment_beside_leave_and_leaving_are_a_status_column(
        tmp_path: Path) -> None:
    """A state export's "Ansættelsesforhold": Tjenestemand and Overenskomstansat are employed,
    "Orlov uden løn" is leave and "Fratrådt" has left."""
    path = _status_list(tmp_path, "Ansættelsesforhold", [
        "Tjenestemand", "Overenskomstansat", "Orlov uden løn", "Tjenestemand", "Fratrådt",
        "Overenskomstansat", "Tjenestemand"])
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["5"]
    assert [e.number for e in listing.employees if e.on_leave] == ["3"]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


@pytest.mark.parametrize(("until", "kind", "absent"), [
    ("Anställd t.o.m.", "Anställningsform", "Frånvaro"),     # Swedish payroll (till och med)
    ("Ansatt til", "Ansettelsesform", "Fravær"),              # Norwegian
    ("Employed until", "Contract type", "Absence"),           # English
])
def test_an_employed_until_date_in_the_past_is_a_leaver(tmp_path: Path, until: str, kind: str,
                                                        absent: str) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"Ark": [
        ("Anst.nr", "Namn", "Avdelning", kind, until, absent),
        (101, "Jöns Åberg", "Ledning", "Tillsvidare", None, None),
        (105, "Märta Lundén", "Lön", "Visstid", PAST, None),
        (112, "Anna Sjöberg", "Lön", "Visstid", LATER, None),
        (114, "Göran Björk", "Lön", "Tillsvidare", None, "Föräldraledig")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("101", False), ("112", False), ("114", True)]
    assert [a.number for a in listing.leavers] == ["105"]
    assert not [w for w in listing.warnings if "Visstid" in w.what]


@pytest.mark.parametrize(("text", "state"), [
    ("skal ikke have skema", LEFT), ("Ingen MUS", LEFT), ("No review this year", LEFT),
    ("Fritaget for MUS", LEFT), ("Inte medarbetarsamtal i år", LEFT),
    ("skemaet sendes hjem", None), ("MUS holdes i januar", None),
    ("Ikke udfyldt skema", None), ("Form not returned", None),
])
def test_words_that_say_someone_is_not_to_have_a_form(text: str, state: str | None) -> None:
    assert status_state(text) == state


@pytest.mark.parametrize(("header", "past", "later"), [
    ("ANSAT TIL", "46295", "46477"),        # text, as a CSV or a paste keeps them
    ("Fratrædelsesdato", 46295, 46477),     # numbers without a date format
    ("End date", "46295", 46477),
])
def test_an_end_date_written_as_excels_day_number(tmp_path: Path, header: str, past: object,
                                                  later: object) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", {"Liste": [
        ("Lønnr", "Navn", header), ("1", "Bodil Nør", None), ("2", "Ejnar Hvid", past),
        ("3", "Lise Høj", later)]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.number for e in listing.employees] == ["1", "3"]
    assert [(a.number, a.reason) for a in listing.leavers] == [("2", f"{header} 30-09-2026")]
    assert any(n.kind == "date-serial" for n in listing.notes)


@pytest.mark.parametrize("header", ["Ansat fra", "Start date", "Tiltrædelsesdato"])
def test_someone_who_begins_after_today_gets_no_form_yet(tmp_path: Path, header: str) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Liste": [
        ("Lønnr", "Navn", header, "Orlov fra"),
        ("1", "Bodil Nør", PAST, None), ("2", "Ejnar Hvid", LATER, None),
        ("3", "Lise Høj", None, LATER)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "3"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("2", f"{header} 31-01-2027: has not begun")]


def test_an_account_made_ahead_of_the_first_day_is_no_employee_yet() -> None:
    assert status_state("STAGED") == LEFT and status_state("Preboarding") == LEFT
