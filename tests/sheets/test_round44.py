"""Lists as fresh exports brought them (stop 44): headings that name each unit's leader over a
leader column filled in only where someone else leads ("Leder (hvis anden)")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from pipeline.sheets.headerwords import inferred_role
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 7)


def read(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "l.xlsx", sheets), today=TODAY)


def rows_of(listing: Any) -> list[tuple[str, str, str, str]]:
    return [(e.number, e.department, e.leader, e.leader_email) for e in listing.employees]


def kinds(listing: Any) -> set[str]:
    return {n.kind for n in (*listing.notes, *listing.warnings)}


def test_a_bracket_that_says_when_the_cell_is_filled_names_no_other_field() -> None:
    for header in ("Leder (hvis anden)", "Leder (kun hvis anden end afsnitslederen)",
                   "Manager (if different)"):
        assert inferred_role(header) == ("leader", 2), header
    assert inferred_role("Afdeling (hvis flere)") == ("department", 2)
    assert inferred_role("E-mail (privat)") is None  # a bracket that names another field


UNITS = [("Tom leder-celle = lederen nævnt i afsnittets overskrift.",),
         ("Nr.", "Navn", "Stilling", "E-mail", "Leder (hvis anden)"),
         ("Direktionen – leder: Jesper Aagaard",),
         (513, "Jesper Aagaard", "Direktør", "jeaa@an.dk", None),
         ("Sekretariat for Miljøsager – leder: Mehmet Østergaard",),
         (625, "Mehmet Østergaard", "Sekretariatschef", "meoe@an.dk", "Jesper Aagaard"),
         (747, "Bjørn Brøndum", "Kontorfuldmægtig", "bjbr@an.dk", None),
         (755, "Morten Skov", "Fuldmægtig", "mosk@an.dk", None),
         (804, "Mikkel Brøndum", "Student", "mibr@an.dk", "Jesper Aagaard"),
         ("Sekretariat for Skattesager – leder: Noor Christensen",),
         (581, "Noor Christensen", "Sekretariatschef", "noch@an.dk", "Jesper Aagaard"),
         (570, "Frederik Mortensen", "Student", "frmo@an.dk", None),
         (583, "Anne Marie Jensen", "Kontorfuldmægtig", "anje@an.dk", None)]


def test_an_empty_leader_cell_under_a_heading_that_names_the_leader_is_that_leader(
        tmp_path: Path) -> None:
    listing = read(tmp_path, {"Personale": UNITS})
    miljo, skat = "Sekretariat for Miljøsager", "Sekretariat for Skattesager"
    assert rows_of(listing) == [
        ("513", "Direktionen", "", ""),  # the heading's leader: no one above
        ("625", miljo, "Jesper Aagaard", "jeaa@an.dk"),  # the column gives theirs
        ("747", miljo, "Mehmet Østergaard", "meoe@an.dk"),
        ("755", miljo, "Mehmet Østergaard", "meoe@an.dk"),
        ("804", miljo, "Jesper Aagaard", "jeaa@an.dk"),  # someone else leads: the column
        ("581", skat, "Jesper Aagaard", "jeaa@an.dk"),
        ("570", skat, "Noor Christensen", "noch@an.dk"),
        ("583", skat, "Noor Christensen", "noch@an.dk")]
    assert "heading-fills-leader" in kinds(listing)
    assert "blank-grouped" not in kinds(listing)  # no pivot's blanks: the headings say


def test_the_same_without_totals_or_note_is_no_pivot_to_fill_down(tmp_path: Path) -> None:
    rows = [r for r in UNITS[1:]]
    rows[1] = ("Direktionen – leder: Jesper Aagaard",)
    listing = read(tmp_path, {"Personale": rows})
    led = {n: leader for n, _, leader, _ in rows_of(listing)}
    assert led["747"] == "Mehmet Østergaard"  # never the leader of the row above (a pivot)
    assert led["570"] == "Noor Christensen"


def test_a_blank_of_someone_who_leads_others_is_the_top_whatever_the_heading(
        tmp_path: Path) -> None:
    rows = [("Lønnr.", "Navn", "Mail", "Leder"),
            ("Afsnit Bøgen – afdelingsleder Freja Wøldike",),
            (1, "Freja Wøldike", "fw@pc.dk", "Maja Friis"),
            (2, "Jønne Bæk", "jb@pc.dk", None),
            (3, "Maja Friis", "mf@pc.dk", None)]
    listing = read(tmp_path, {"Liste": rows})
    assert [e.leader for e in listing.employees] == ["Maja Friis", "Freja Wøldike", ""]


def test_the_address_of_whom_a_unit_leader_reports_to_comes_from_its_own_column(
        tmp_path: Path) -> None:
    staff = [("Lønnr", "Navn", "Butik", "Stilling"),
             ("1003", "Gitte Vestergaard", "Hovedkontor", "Direktør"),
             ("2058", "Signe Pedersen", "Hovedkontor", "Områdechef"),
             ("1009", "Torben Ravn", "Odense", "Butikschef"),
             ("1011", "Hanne Holm", "Svendborg", "Butikschef"),
             ("1029", "Per Nielsen", "Odense", "Salgselev"),
             ("1030", "Lise Bak", "Svendborg", "Salg")]
    shops = [("Butik", "Butikschef", "Butikschef mail", "Områdechef", "Områdechef mail"),
             ("Odense", "Torben Ravn", "tr@bd.dk", "Signe Pedersen", "spe@bd.dk"),
             ("Svendborg", "Hanne Holm", "hh@bd.dk", "Signe Pedersen", "spe@bd.dk")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Butikker": shops})
    led = {n: (leader, mail) for n, _, leader, mail in rows_of(listing)}
    assert led["1009"] == led["1011"] == ("Signe Pedersen", "spe@bd.dk")
    assert led["1029"] == ("Torben Ravn", "tr@bd.dk")


def numbers(listing: Any) -> list[str]:
    return [e.number for e in listing.employees]


def test_a_title_whose_aside_says_not_employed_is_no_employee(tmp_path: Path) -> None:
    rows = [("Medarbejdernr", "Navn", "Enhed", "Stilling", "Nærmeste leder"),
            ("1000", "Henrik Vestergaard", "Ledelse", "Administrationschef", None),
            ("1001", "Thomas Jensen", "Tolkeservice", "Sektionsleder", "Henrik Vestergaard"),
            ("1014", "Søren Bach", "Tolkeservice", "Tolk (honorar pr. opgave, ikke ansat)",
             "Thomas Jensen"),
            ("1022", "Anne Skovbo", "Tolkeservice", "Kontorfuldmægtig", "Thomas Jensen"),
            ("1023", "Lone Bæk", "Tolkeservice", "Tolk (honorar pr. opgave, ikke ansat)",
             "Thomas Jensen")]
    listing = read(tmp_path, {"Liste": rows})
    assert numbers(listing) == ["1000", "1001", "1022"]
    assert [a.number for a in listing.leavers] == ["1014", "1023"]


def test_a_remark_of_leaving_on_a_day_to_come_is_employed_until_then(tmp_path: Path) -> None:
    rows = [("Medarb. nr.", "Navn", "Center", "Nærmeste leder", "Bemærkning"),
            ("1000", "Emil Dalsgaard", "Direktion", None, None),
            ("1002", "Mads Vestergaard", "Løn", "Emil Dalsgaard",
             "Afsked med pension pr. 28.02.2027"),
            ("1004", "Pia Kristensen", "Løn", "Emil Dalsgaard",
             "Afsked med pension pr. 30.11.2026"),
            ("1005", "Ole Holm", "Løn", "Emil Dalsgaard", "Seniorordning")]
    listing = read(tmp_path, {"Oversigt": rows})
    assert numbers(listing) == ["1000", "1002", "1005"]
    assert [a.number for a in listing.leavers] == ["1004"]
    note = next(n for n in listing.notes if n.kind == "remark-leaving-later")
    assert "row 3 (employee 1002)" in note.what and "pension" not in note.what


def test_a_unit_cell_that_names_its_leader_after_v_is_read_as_both(tmp_path: Path) -> None:
    rows = [("Medarbejdernr", "Navn", "Enhed", "E-mail"),
            (7006, "Jesper Kjær", "Centerledelsen v/ Jesper Kjær", "jkj@eg.dk"),
            (7011, "Mette Nielsen", "Centerledelsen v/ Jesper Kjær", "mni@eg.dk"),
            (7015, "Rikke Petersen", "Hjemmeplejen Nord v/ Mette Nielsen", "rpe@eg.dk"),
            (7022, "Helle Ahmed", "Hjemmeplejen Nord v/ Mette Nielsen", "hah@eg.dk"),
            (7050, "Henrik Holm", "Centerledelsen v/ Jesper Kjær", "hho@eg.dk"),
            (7057, "Rasmus Krogh", "Hjemmeplejen Syd v/ Henrik Holm", "rkr@eg.dk")]
    listing = read(tmp_path, {"Enheder": rows})
    assert rows_of(listing) == [
        ("7006", "Centerledelsen", "", ""),
        ("7011", "Centerledelsen", "Jesper Kjær", "jkj@eg.dk"),
        ("7015", "Hjemmeplejen Nord", "Mette Nielsen", "mni@eg.dk"),
        ("7022", "Hjemmeplejen Nord", "Mette Nielsen", "mni@eg.dk"),
        ("7050", "Centerledelsen", "Jesper Kjær", "jkj@eg.dk"),
        ("7057", "Hjemmeplejen Syd", "Henrik Holm", "hho@eg.dk")]


def test_a_unit_with_a_tail_that_is_nobody_on_the_list_stays_the_unit(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Leder"),
            (1, "Jens Bak", "Lager – Nord", None), (2, "Ida Lund", "Lager – Syd", "Jens Bak"),
            (3, "Ole Rask", "Salg – Nord", "Jens Bak")]
    listing = read(tmp_path, {"Liste": rows})
    assert [e.department for e in listing.employees] == ["Lager – Nord", "Lager – Syd",
                                                          "Salg – Nord"]


def test_oracle_assignment_statuses_and_its_actual_termination_date(tmp_path: Path) -> None:
    assert inferred_role("Actual Termination Date") == ("end_date", 2)
    rows = [("Employee Number", "Full Name", "Organization", "Assignment Status",
             "Supervisor Name", "Actual Termination Date"),
            ("2000", "Olsen, Mette", "QA", "Active Assignment", None, None),
            ("2001", "Bach, Torben", "QA", "Terminate Assignment", "Olsen, Mette", None),
            ("2002", "Bach, Trine", "QA", "Suspend Assignment", "Olsen, Mette", None),
            ("2003", "Holm, Ida", "QA", "Active Assignment", "Olsen, Mette",
             dt.datetime(2026, 4, 11)),
            ("2004", "Dahl, Emil", "QA", "Active Assignment", "Olsen, Mette", None)]
    listing = read(tmp_path, {"Sheet1": rows})
    assert numbers(listing) == ["2000", "2002", "2004"]
    assert [e.number for e in listing.employees if e.on_leave] == ["2002"]


def test_a_note_that_says_a_series_of_numbers_is_not_employed(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Leder"),
            ("K-03", "Christian Larsen", "Administration", "Trine Christensen"),
            (1951, "Jesper Bach", "Administration", "Trine Christensen"),
            (2003, "Trine Christensen", "Administration", None),
            ("K-01", "Freja Thomsen", "Administration", "Trine Christensen"),
            (None,),
            ("Note: K-numre er eksterne konsulenter (ikke ansatte) og får ikke MUS.",)]
    listing = read(tmp_path, {"Ansatte": rows})
    assert numbers(listing) == ["1951", "2003"]
    assert {a.number for a in listing.leavers} == {"K-03", "K-01"}
    assert "number-series" in kinds(listing)


def test_a_note_of_a_series_no_number_is_in_changes_nothing(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Leder"),
            (1951, "Jesper Bach", "Administration", "Trine Christensen"),
            (2003, "Trine Christensen", "Administration", None),
            ("Note: K-numre er eksterne konsulenter og får ikke MUS.",)]
    listing = read(tmp_path, {"Ansatte": rows})
    assert numbers(listing) == ["1951", "2003"]
    assert "number-series" not in kinds(listing)


def test_spanish_and_italian_payroll_headers_and_statuses(tmp_path: Path) -> None:
    spanish = [("Empresa: IBERFOODS DANMARK ApS",),
               ("Código", "Apellidos", "Nombre", "Centro de trabajo", "Departamento", "Puesto",
                "Responsable", "Email responsable", "Fecha de alta", "Fecha de baja",
                "Situación"),
               ("2895", "Rasmussen", "Morten", "Kolding", "Ventas", "Técnico", "Winther, Torben",
                "tw@if.dk", "01/01/2024", None, "Alta"),
               ("2896", "Winther", "Torben", "Kolding", "Ventas", "Jefe", None, None,
                "19/03/2011", None, "Alta"),
               ("2897", "Cruz", "Ana", "Kolding", "Ventas", "Técnico", "Winther, Torben",
                "tw@if.dk", "14/07/2008", "31/03/2026", "Baja"),
               ("2898", "Lund", "Eva", "Kolding", "Ventas", "Técnico", "Winther, Torben",
                "tw@if.dk", "14/07/2018", None, "Excedencia")]
    listing = read(tmp_path, {"Trabajadores": spanish})
    assert [(e.number, e.name, e.department, e.leader_email) for e in listing.employees] == [
        ("2895", "Morten Rasmussen", "Ventas", "tw@if.dk"),
        ("2896", "Torben Winther", "Ventas", ""),
        ("2898", "Eva Lund", "Ventas", "tw@if.dk")]
    assert [e.number for e in listing.employees if e.on_leave] == ["2898"]
    assert inferred_role("Matricola") == ("number", 3)
    assert inferred_role("Responsabile") == ("leader", 2)
    assert inferred_role("Data cessazione") == ("end_date", 2)
    assert inferred_role("Cognome") == ("last", 2)


def test_a_date_with_the_year_first_and_slashes_is_read() -> None:
    from pipeline.sheets.dates import read_date
    assert read_date("2027/04/12") == dt.date(2027, 4, 12)
    assert read_date("2027.4.1") == dt.date(2027, 4, 1)


def test_short_foreign_words_do_not_split_a_danish_compound() -> None:
    # "Arbejdstilladelse udløber": a work permit's end, not the employment's ("til", "la",
    # "del", "e" are words of other languages)
    assert inferred_role("Arbejdstilladelse udløber") is None
    assert inferred_role("Data cessazione") == ("end_date", 2)


def test_a_person_beside_a_text_in_a_column_of_no_units_is_no_leader(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Mentorordning"),
            (1, "Jens Bak", "Lager", "Forløb A (Ida Lund)"),
            (2, "Ida Lund", "Lager", "Forløb B (Ole Rask)"),
            (3, "Ole Rask", "Salg", "Forløb A (Jens Bak)"),
            (4, "Eva Kok", "Salg", "Forløb C (Ida Lund)")]
    listing = read(tmp_path, {"Liste": rows})
    assert "unit-leader-cells" not in kinds(listing)
