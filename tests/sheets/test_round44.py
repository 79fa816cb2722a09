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


def mistakes(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> list[str]:
    import pytest

    from pipeline.errors import SpreadsheetError
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, sheets)
    return [str(i) for i in caught.value.issues]


def test_two_proposals_side_by_side_are_refused_not_read_from_the_left(
        tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Forslag A – Afdeling", "Forslag A – Leder", "Forslag B – Afdeling",
             "Forslag B – Leder"),
            (1005, "Nikolaj Vestergaard", "Direktion", None, "Direktion", None),
            (1021, "Niels Iversen", "Økonomi", "Nikolaj Vestergaard", "Økonomi", None),
            (1010, "Birgitte Thygesen", "Salg", "Nikolaj Vestergaard", "Salg",
             "Nikolaj Vestergaard"),
            (1073, "Anne Søndergaard", "Salg", "Birgitte Thygesen", "Service", "Mads Nørgaard"),
            (1064, "Henrik Holm", "Økonomi", "Niels Iversen", "Salg", "Birgitte Thygesen"),
            (1084, "Fatima Lund", "Salg", "Birgitte Thygesen", "Service", "Mads Nørgaard"),
            (1090, "Mads Nørgaard", "Service", "Nikolaj Vestergaard", "Service",
             "Niels Iversen")]
    found = mistakes(tmp_path, {"Omorganisering": rows})
    assert any('"Forslag A – Leder" (column D) and "Forslag B – Leder" (column F) could each '
               "be the leader" in f for f in found)


def test_a_yes_no_column_of_former_employees_marks_leavers(tmp_path: Path) -> None:
    rows = [("EMAIL", "FORNAVN", "EFTERNAVN", "MEDARBEJDERNR", "AFDELING", "LEDER_EMAIL",
             "TIDLIGERE_ANSAT"),
            ("sk@c.dk", "Søs", "Kjær", "1001", "Marketing", "", "Nej"),
            ("aa@c.dk", "Ahmed", "Abild", "1105", "Marketing", "sk@c.dk", "Nej"),
            ("mh@c.dk", "Mette", "Holm", "1078", "Marketing", "sk@c.dk", "Ja"),
            ("km@c.dk", "Kasper", "Mørch", "1059", "Marketing", "sk@c.dk", "Nej")]
    listing = read(tmp_path, {"Kontakter": rows})
    assert numbers(listing) == ["1001", "1105", "1059"]


def test_a_state_in_brackets_after_the_job_title(tmp_path: Path) -> None:
    rows = [("Emp. no.", "Navn", "Afdeling", "Stilling", "Line manager"),
            (1016, "Mikkel Nielsen", "QA", "Afdelingsleder", None),
            (1216, "Rasmus Lund", "QA", "Medarbejder (opsagt, fratræder 31-01-2027)",
             "Mikkel Nielsen"),
            (1140, "Zeynep Holm", "QA", "Medarbejder (fratrådt 07-08-2026)", "Mikkel Nielsen"),
            (1075, "Thomas Larsen", "QA", "Medarbejder (barsel til 01-04-2027)",
             "Mikkel Nielsen"),
            (1153, "Louise Bøg", "QA", "Medarbejder", "Mikkel Nielsen"),
            # the post's start, not the employment's: she is employed already
            (1209, "Sofie Holm", "QA", "Afdelingsleder (tiltræder 1/1-2027)", "Mikkel Nielsen")]
    listing = read(tmp_path, {"Ark1": rows})
    assert numbers(listing) == ["1016", "1216", "1075", "1153", "1209"]
    assert [e.number for e in listing.employees if e.on_leave] == ["1075"]


def test_leader_columns_each_from_a_day_the_latest_begun_is_read(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Afdeling", "Leder pr. 01-01-2026", "Leder pr. 01-10-2026"),
            (1097, "Dorthe Andersen", "Kasse", "Agnes Holm", "Agnes Holm"),
            (1033, "Peter Iversen", "Kasse", "Dorthe Andersen", "Agnes Holm"),
            (1001, "Agnes Holm", "Kasse", None, None)]
    listing = read(tmp_path, {"Personale": rows})
    assert [e.leader for e in listing.employees] == ["Agnes Holm", "Agnes Holm", ""]
    rows = [("Nr", "Navn", "Team", "Tidligere leder (til 30.09.2026)", "Leder fra 01.10.2026"),
            ("80892", "Giulia Ali", "Chef", None, None),
            ("82657", "Ahmed Aagaard", "Team 1", "Ole Bak", "Giulia Ali"),
            ("82658", "Ole Bak", "Team 1", "Giulia Ali", "Giulia Ali")]
    listing = read(tmp_path, {"Jobcenter": rows})
    assert [e.leader for e in listing.employees] == ["", "Giulia Ali", "Giulia Ali"]


def test_department_codes_explained_in_a_line_over_the_header(tmp_path: Path) -> None:
    rows = [("Afdelinger: 10 = Direktion, 20 = Rådgivning, 30 = Revision",),
            (None,),
            ("Nr", "Navn", "Afd.", "Leder"),
            (1006, "Nikolaj Ågård", 10, None),
            (1010, "Søs Larsen", 20, "Nikolaj Ågård"),
            (1167, "Jørgen Nørgaard", 20, "Søs Larsen"),
            (1031, "Olena Lund", 30, "Nikolaj Ågård")]
    listing = read(tmp_path, {"Medarbejdere": rows})
    assert [e.department for e in listing.employees] == ["Direktion", "Rådgivning",
                                                          "Rådgivning", "Revision"]
    assert "unit-legend" in kinds(listing)


def test_a_term_appointment_whose_day_has_passed_has_ended(tmp_path: Path) -> None:
    rows = [("Lønnr.", "Navn", "Forvaltning", "Ansættelsesform", "Reference til"),
            ("1", "Mehmet Krag", "Direktion", "Fastansat", None),
            ("2", "Karen Lauridsen", "Børn", "Åremål til 31-10-2026 (ikke forlænget)",
             "Mehmet Krag"),
            ("3", "Tina Mortensen", "Børn", "Åremål til 30-09-2029", "Mehmet Krag"),
            ("4", "Emma Nielsen", "Skole", "Fastansat", "Mehmet Krag")]
    listing = read(tmp_path, {"Oversigt": rows})
    assert numbers(listing) == ["1", "3", "4"]


def test_unit_leaders_report_to_the_leader_of_a_unit_named_as_the_leadership(
        tmp_path: Path) -> None:
    staff = [("Nr.", "Navn", "Gruppe", "Stilling"),
             ("3419", "Ahmed Christiansen", "Dagplejen – ledelse", "Dagplejeleder"),
             ("3224", "Jørgen Ali", "Dagplejen – ledelse", "Gæstedagplejer"),
             ("3622", "Mehmet Lund", "Dagplejegruppe Øst", "Dagplejepædagog"),
             ("3623", "Eva Holm", "Dagplejegruppe Øst", "Dagplejer"),
             ("3891", "Lars Nowak", "Dagplejegruppe Midt", "Dagplejepædagog"),
             ("3892", "Ida Juhl", "Dagplejegruppe Midt", "Dagplejer")]
    units = [("Gruppe", "Leder", "Leders e-mail"),
             ("Dagplejen – ledelse", "Ahmed Christiansen", "ach@dp.dk"),
             ("Dagplejegruppe Øst", "Mehmet Lund", "mlu@dp.dk"),
             ("Dagplejegruppe Midt", "Lars Nowak", "lno@dp.dk")]
    listing = read(tmp_path, {"Dagplejere": staff, "Enheder": units})
    led = {n: (leader, mail) for n, _, leader, mail in rows_of(listing)}
    assert led["3622"] == led["3891"] == ("Ahmed Christiansen", "ach@dp.dk")
    assert led["3419"] == ("", "")


def test_a_column_of_the_units_codes_beside_their_names_is_no_finer_unit(
        tmp_path: Path) -> None:
    rows = [("Medarbejder-ID", "Navn", "Org-enhed", "Org-enhed navn", "Leder")]
    people = [(1, "Martin Nielsen", "DK-MGMT", "Direktion", None),
              (2, "Trine Kjær", "DK-OPS-VIND", "Drift Vind", "Martin Nielsen"),
              (3, "Ole Sol", "DK-OPS-SOL", "Drift Sol", "Martin Nielsen"),
              (4, "Eva Bak", "DK-OPS-VIND", "Drift Vind", "Trine Kjær"),
              (5, "Ib Ravn", "DK-OPS-VIND", "Drift Vind", "Trine Kjær"),
              (6, "Lis Krog", "DK-OPS-SOL", "Drift Sol", "Ole Sol"),
              (7, "Kim Dal", "DK-OPS-SOL", "Drift Sol", "Ole Sol"),
              (8, "Jon Eng", "DK-ENG", "Engineering", "Martin Nielsen"),
              (9, "Pia Lo", "DK-ENG", "Engineering", "Jon Eng"),
              (10, "Bo Eng", "DK-ENG", "Engineering", "Jon Eng"),
              (11, "Al Hav", "DK-TRADE", "Energihandel", "Martin Nielsen"),
              (12, "Siv Ny", "DK-TRADE", "Energihandel", "Al Hav"),
              (13, "Per Ny", "DK-TRADE", "Energihandel", "Al Hav")]
    listing = read(tmp_path, {"Export": [*rows, *people]})
    assert [e.department for e in listing.employees] == [
        "Direktion", "Drift Vind", "Drift Sol", "Drift Vind", "Drift Vind", "Drift Sol",
        "Drift Sol", *["Engineering"] * 3, *["Energihandel"] * 3]


def test_the_nearest_leaders_address_stays_where_the_level_above_leads(tmp_path: Path) -> None:
    rows = [("Medarb.nr.", "Navn", "Afdeling", "Skiftleder", "Afdelingsleder",
             "Mail nærmeste leder"),
            (5003, "Kirsten Skov", "Direktion", None, None, None),
            (5005, "Tomasz Kowalski", "Produktion", None, "Kirsten Skov", "kisk@pf.dk"),
            (5015, "Lukas Kowalski", "Produktion", None, "Tomasz Kowalski", "toko@pf.dk"),
            (5020, "Eva Dam", "Produktion", "Lukas Kowalski", "Tomasz Kowalski", "luko@pf.dk"),
            (5021, "Ole Ravn", "Produktion", "Lukas Kowalski", "Tomasz Kowalski", "luko@pf.dk"),
            (5022, "Ib Holm", "Produktion", "Lukas Kowalski", "Tomasz Kowalski", "luko@pf.dk")]
    listing = read(tmp_path, {"Medarbejdere": rows})
    led = {n: (leader, mail) for n, _, leader, mail in rows_of(listing)}
    assert led["5005"] == ("Kirsten Skov", "kisk@pf.dk")
    assert led["5015"] == ("Tomasz Kowalski", "toko@pf.dk")
    assert led["5020"] == ("Lukas Kowalski", "luko@pf.dk")


def test_a_last_pay_day_given_for_a_few_is_their_end_not_for_every_row(
        tmp_path: Path) -> None:
    rows = [("Medarbejder", "Navn", "Afdeling", "Sidste løndato", "Leder"),
            ("2553", "Henriette Olsen", "Chefredaktion", None, None),
            ("2555", "Anders Holm", "Nyheder", None, "Henriette Olsen"),
            ("2564", "Ida Kjær", "Nyheder", dt.datetime(2026, 9, 30), "Anders Holm"),
            ("2566", "Ole Bak", "Nyheder", dt.datetime(2027, 1, 31), "Anders Holm"),
            ("2567", "Eva Dam", "Nyheder", None, "Anders Holm"),
            ("2568", "Jon Lind", "Nyheder", None, "Anders Holm")]
    assert numbers(read(tmp_path, {"Ark1": rows})) == ["2553", "2555", "2566", "2567", "2568"]
    every = [("Lønnr", "Navn", "Afdeling", "Sidste lønudbetaling", "Leder"),
             ("1", "Bo Larsen", "Rutebiler", "30-11-2026", None),
             ("2", "Niels Krogh", "Rutebiler", "31-07-2026", "Bo Larsen"),
             ("3", "Eva Yilmaz", "Rutebiler", "30-11-2026", "Bo Larsen")]
    assert numbers(read(tmp_path, {"Ark1": every})) == ["1", "2", "3"]


def test_a_title_whose_aside_says_external_is_not_employed_here(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "Job", "Leder"),
            (2765, "Nanna Sørensen", "Ejer", "Direktør", None),
            (2768, "Anders Krogh", "Mark", "Markformand", "Nanna Sørensen"),
            (2795, "Sofie Damgaard", "Mark", "Konsulent (ekstern)", "Anders Krogh"),
            (2796, "Ib Holm", "Mark", "Traktorfører (sæson)", "Anders Krogh")]
    listing = read(tmp_path, {"Ark1": rows})
    assert numbers(listing) == ["2765", "2768", "2796"]


def test_a_department_the_same_on_every_row_gives_way_to_the_units_leaders_lead(
        tmp_path: Path) -> None:
    rows = [("Lønnr.", "Navn", "Dagtilbud", "Institution", "Leder")]
    people = [("1", "Kåre Madsen", "Dagtilbud Øst", "Dagtilbudsledelsen", None),
              ("2", "Åse Jensen", "Dagtilbud Øst", "Troldehøjen", "Kåre Madsen"),
              ("3", "Søren Holm", "Dagtilbud Øst", "Spiren", "Kåre Madsen"),
              ("4", "Eva Bak", "Dagtilbud Øst", "Troldehøjen", "Åse Jensen"),
              ("5", "Ib Ravn", "Dagtilbud Øst", "Troldehøjen", "Åse Jensen"),
              ("6", "Lis Krog", "Dagtilbud Øst", "Spiren", "Søren Holm"),
              ("7", "Kim Dal", "Dagtilbud Øst", "Spiren", "Søren Holm"),
              ("8", "Ane Bo", "Dagtilbud Øst", "Skovmusen", "Kåre Madsen"),
              ("9", "Per Bo", "Dagtilbud Øst", "Skovmusen", "Ane Bo"),
              ("10", "Ulla Ek", "Dagtilbud Øst", "Skovmusen", "Ane Bo"),
              ("11", "Jan Vad", "Dagtilbud Øst", "Mælkebøtten", "Kåre Madsen"),
              ("12", "Tove Vad", "Dagtilbud Øst", "Mælkebøtten", "Jan Vad"),
              ("13", "Rie Lund", "Dagtilbud Øst", "Mælkebøtten", "Jan Vad")]
    listing = read(tmp_path, {"Personale": [*rows, *people]})
    assert [e.department for e in listing.employees][1:] == [
        "Troldehøjen", "Spiren", "Troldehøjen", "Troldehøjen", "Spiren", "Spiren",
        *["Skovmusen"] * 3, *["Mælkebøtten"] * 3]


def test_a_leave_date_is_the_day_someone_leaves() -> None:
    assert inferred_role("LeaveDate") == ("end_date", 2)
    assert inferred_role("employeeLeaveDateTime") == ("end_date", 2)
    assert inferred_role("Leave start date") == ("leave_start", 2)


def test_rows_without_a_number_of_another_kind_than_every_numbered_row(tmp_path: Path) -> None:
    rows = [("Rolle", "Nr.", "Navn", "Afdeling", "Stilling", "Nærmeste leder"),
            ("Medarbejder", "2231", "Rasmus Aagaard", "Ledelse", "Skoleleder", None),
            ("Medarbejder", "2274", "Anne Poulsen", "Indskolingen", "Lærer", "Rasmus Aagaard"),
            ("Medarbejder", "2181", "Zeynep Holm", "Udskolingen", "Lærer", "Rasmus Aagaard"),
            ("Medarbejder", "2245", "Dorthe Bak", "Udskolingen", "Lærer", "Rasmus Aagaard"),
            ("Medarbejder", "2246", "Ole Dam", "Udskolingen", "Pædagog", "Rasmus Aagaard"),
            ("Skolebestyrelse (forælder)", None, "Morten Bak", "Skolebestyrelsen", "Formand",
             None),
            ("Elevråd", None, "Ella Juhl (9.B)", "Elevrådet", "Formand", None)]
    assert numbers(read(tmp_path, {"Kontaktliste": rows})) == [
        "2231", "2274", "2181", "2245", "2246"]


def test_headings_of_a_kind_of_the_employed_are_no_departments(tmp_path: Path) -> None:
    rows = [("Fastansatte",),
            ("Nr", "Navn", "Afdeling", "Leder"),
            (728, "Signe Jensen", "Ledelse", None),
            (979, "Søren Olsen", "Rytmisk", "Signe Jensen"),
            (None,),
            ("Timelønnede lærere",),
            ("Nr", "Navn", "Afdeling", "Leder"),
            (801, "Ida Holm", "Rytmisk", "Søren Olsen"),
            (802, "Bo Lind", "Klassisk", "Signe Jensen")]
    listing = read(tmp_path, {"Personale": rows})
    assert [e.department for e in listing.employees] == ["Ledelse", "Rytmisk", "Rytmisk",
                                                          "Klassisk"]


def test_a_pupils_placement_as_the_title_is_no_employee(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Stue/afdeling", "Funktion", "Leder"),
            (80001, "Oksana Jensen", "Ledelse", "Leder", None),
            (84949, "Freja Poulsen", "Vuggestuen", "Erhvervspraktik (8. klasse, 1 uge)",
             "Oksana Jensen"),
            (80002, "Mads Andersen", "Børnehaven", "Pædagog", "Oksana Jensen"),
            (80003, "Lise Dam", "Børnehaven", "PAU-elev", "Mads Andersen")]
    assert numbers(read(tmp_path, {"Ark1": rows})) == ["80001", "80002", "80003"]


def test_the_nearest_leaders_column_wins_over_an_approvers(tmp_path: Path) -> None:
    rows = [("Medarbejdernr", "Navn", "Afdeling", "Nærmeste leder", "Nærmeste leder e-mail",
             "Godkender", "Godkender e-mail"),
            ("1", "Ane Holm", "Drift", None, None, None, None),
            ("2", "Bo Lind", "Drift", "Ane Holm", "ah@x.dk", "Ane Holm", "ah@x.dk"),
            ("3", "Cai Dam", "Drift", "Bo Lind", "bl@x.dk", "Ane Holm", "ah@x.dk"),
            ("4", "Dea Bak", "Drift", "Bo Lind", "bl@x.dk", "Ane Holm", "ah@x.dk")]
    listing = read(tmp_path, {"Ark1": rows})
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Ane Holm", "ah@x.dk"), ("Bo Lind", "bl@x.dk"), ("Bo Lind", "bl@x.dk")]
    assert "approver-not-leader" in kinds(listing)


def test_a_team_member_id_is_the_persons_number() -> None:
    assert inferred_role("Team member ID") == ("number", 2)
    assert inferred_role("Team") == ("department", 3)


def test_a_phone_systems_fax_line_is_no_person(tmp_path: Path) -> None:
    text = ("Number,FirstName,LastName,EmailAddress,Department,Leder\n"
            "101,Pernille,Knudsen,pk@n.dk,Ledelse,\n"
            "102,Kirsten,Kjær,kk@n.dk,Salg,Pernille Knudsen\n"
            "103,Oliver,Holm,oh@n.dk,Salg,Pernille Knudsen\n"
            "899,Fax,,,,\n")
    path = tmp_path / "ext.csv"
    path.write_text(text, encoding="utf-8")
    assert numbers(read_employee_list(path, today=TODAY)) == ["101", "102", "103"]


def test_supervisor_codes_read_through_a_sheet_that_gives_each_codes_holder(
        tmp_path: Path) -> None:
    staff = [("EmpID", "Name", "DeptDescription", "EMailAddress", "SupervisorID"),
             ("EMP0002", "Søren Nielsen", "Administration", "soen@ns.dk", None),
             ("EMP0003", "Mikkel Petersen", "Produktion", "mip@ns.dk", "SUP01"),
             ("EMP0004", "Sofie Frøkjær", "Produktion", "sof@ns.dk", "SUP02"),
             ("EMP0005", "Ole Bak", "Produktion", "ob@ns.dk", "SUP02")]
    supervisors = [("SupervisorID", "Name", "EMailAddress", "EmpID"),
                   ("SUP01", "Søren Nielsen", "soen@ns.dk", "EMP0002"),
                   ("SUP02", "Mikkel Petersen", "mip@ns.dk", "EMP0003")]
    listing = read(tmp_path, {"EmpBasic": staff, "Supervisors": supervisors})
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Søren Nielsen", "soen@ns.dk"), ("Mikkel Petersen", "mip@ns.dk"),
        ("Mikkel Petersen", "mip@ns.dk")]
