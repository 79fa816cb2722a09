"""Shapes of exports found by the fourth round of held-out sets (exports46–49), each read by the
evidence in the file: a leader given by cells of their own row, a degree after a name, a
contact cell, two status columns, kinds that are units, fixed-term contracts, groups in a
department cell, placeholder names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)


def read(tmp_path: Path, rows: list[tuple[Any, ...]], **sheets: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows, **sheets}),
                              today=TODAY)


def test_a_leader_given_by_rank_and_surname_is_the_row_holding_both(tmp_path: Path) -> None:
    """"KN Rasmussen": the leader's "Grad" and "Efternavn", each a cell of her row and one of
    her name: found, with her address, said; a rank two people share with no surname of theirs
    finds nobody."""
    head = ("MA-nr", "Grad", "Efternavn", "Fornavn", "Enhed", "Chef", "E-mail")
    listing = read(tmp_path, [head, ("920121", "OL", "Nielsen", "Martin", "Stab", None, "mn@f.dk"),
                              ("920143", "KN", "Rasmussen", "Lene", "1. Kp", "OL Nielsen",
                               "lr@f.dk"),
                              ("920339", "SG", "Dalsgaard", "Astrid", "1. Kp", "KN Rasmussen",
                               "ad@f.dk"),
                              ("920340", "SG", "Holm", "Bo", "1. Kp", "KN Rasmussen", "bh@f.dk")])
    assert [(e.leader_number, e.leader_email) for e in listing.employees] == [
        ("", ""), ("920121", "mn@f.dk"), ("920143", "lr@f.dk"), ("920143", "lr@f.dk")]
    assert any(n.kind == "leader-cells" and '"OL Nielsen"' in n.what for n in listing.notes)


def test_a_degree_after_the_name_is_no_given_name(tmp_path: Path) -> None:
    """"Camilla Møller, ph.d." is Camilla Møller with her degree, not "ph.d. Camilla Møller";
    "Hansen, J." is still J. Hansen."""
    from pipeline.sheets.names import turn_around

    assert turn_around("Camilla Møller, ph.d.") == ("Camilla Møller, ph.d.", "")
    assert turn_around("Prof. Torben Juhl, dr.med.") == ("Prof. Torben Juhl, dr.med.", "")
    assert turn_around("Hansen, J.") == ("J. Hansen", "J.")
    assert turn_around("Kjær, Mette") == ("Mette Kjær", "Mette")
    head = ("Nr", "Navn", "Institut", "Leder")
    listing = read(tmp_path, [head, (1, "Prof. Torben Juhl, dr.med.", "Klinisk", None),
                              (2, "Camilla Møller, ph.d.", "Klinisk", "Prof. Torben Juhl, dr.med."),
                              (3, "Anders Holm, ph.d.", "Klinisk", "Prof. Torben Juhl, dr.med.")])
    assert [(e.name, e.leader_number) for e in listing.employees] == [
        ("Prof. Torben Juhl, dr.med.", ""), ("Camilla Møller, ph.d.", "1"),
        ("Anders Holm, ph.d.", "1")]


def test_a_contact_cell_of_a_phone_and_an_address_gives_the_address(tmp_path: Path) -> None:
    """A table copied from Word: "Tlf. 86 97 58 58⏎uk@x.dk" is the address uk@x.dk, so a leader
    named by name gets it; a cell with two addresses stays as it is."""
    head = ("Nr.", "Medarbejder", "Afdeling", "Kontakt", "Nærmeste leder")
    listing = read(tmp_path, [head, ("1", "Ulla Krogh", "Ledelse", "Tlf. 86 97 58 58\nuk@x.dk",
                                     None),
                              ("2", "Bo Thomsen", "Skole", "Mobil: 20 30 40 50\nbt@x.dk",
                               "Ulla Krogh"),
                              ("3", "Ahmed Hassan", "Skole", "Tlf. 79 41 89 94\nah@x.dk",
                               "Bo Thomsen")])
    assert [(e.email, e.leader_email) for e in listing.employees] == [
        ("uk@x.dk", ""), ("bt@x.dk", "uk@x.dk"), ("ah@x.dk", "bt@x.dk")]


def test_of_two_status_columns_the_one_of_people_counts(tmp_path: Path) -> None:
    """A training report: the course's "Status" (Assigned, Completed) and the person's "User
    Status" (Active, Inactive): who is inactive has left."""
    head = ("User ID", "Name", "Department", "User Status", "Supervisor", "Course", "Status")
    rows = [head, ("1", "Kasper Holm", "QA", "Active", None, "GMP-1", "Assigned"),
            ("2", "Line Bak", "QA", "Inactive", "Kasper Holm", "GMP-1", "Completed"),
            ("3", "Ida Ravn", "QA", "Active", "Kasper Holm", "GMP-1", "Overdue"),
            ("4", "Ole Dam", "QA", "Active", "Kasper Holm", "GMP-1", "Completed")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "3", "4"]
    assert [a.number for a in listing.leavers] == ["2"]
    assert any(n.kind == "status-of-people" for n in listing.notes)


def test_an_activated_flag_says_who_has_left(tmp_path: Path) -> None:
    head = ("ID", "Name", "Employee No.", "Department", "Manager", "Activated")
    listing = read(tmp_path, [head, (30, "Flemming Iversen", "4100", "Direktion", None, "Yes"),
                              (52, "Tobias Kristensen", "4115", "Nyheder", "Flemming Iversen",
                               "No"),
                              (53, "Bo Lind", "4116", "Nyheder", "Flemming Iversen", "Yes")])
    assert [e.number for e in listing.employees] == ["4100", "4116"]


def test_groups_of_employees_that_are_units_are_the_department(tmp_path: Path) -> None:
    """e-conomic's "Medarbejdergruppe" headed as kinds of employment, but "Kundeservice" and
    "Lager" are no kinds: they group people as their leaders do, so they are the department."""
    head = ("Nummer", "Navn", "Medarbejdergruppe", "Nærmeste leder")
    rows = [head, (1, "Jørgen Bech", "Ledelse", None),
            *[(10 + i, f"Kunde {c}sen", "Kundeservice", "Jørgen Bech") for i, c in
              enumerate("ABC")],
            *[(20 + i, f"Lager {c}sen", "Lager", "Lager Asen" if i else "Jørgen Bech")
              for i, c in enumerate("ABCD")]]
    listing = read(tmp_path, rows)
    assert [e.department for e in listing.employees][:5] == [
        "Ledelse", "Kundeservice", "Kundeservice", "Kundeservice", "Lager"]
    assert any(n.kind == "kinds-are-units" for n in listing.notes)
    assert not any("is not a status mus knows" in w.what for w in listing.warnings)


def test_an_agency_temp_with_the_agency_named_is_not_employed_here(tmp_path: Path) -> None:
    """"Vikar (bureau: Konsulenthuset Nord ApS)": the words in brackets are an aside, so the
    column is still one of kinds of employment, and the agency's drivers get no form."""
    head = ("Chauffør nr.", "Navn", "Garage", "Ansættelse", "Driftsleder")
    rows = [head, (1, "Chiara Rossi", "Glostrup", "Fuldtid", None),
            *[(10 + i, f"Fører {c}sen", ("Glostrup", "Roskilde")[i % 2], "Fuldtid",
               "Chiara Rossi") for i, c in enumerate("ABCDEF")],
            (30, "Camilla Bech", "Glostrup", "Vikar (bureau: Konsulenthuset Nord ApS)",
             "Chiara Rossi"),
            (31, "Mads Skov", "Glostrup", "Vikar (bureau: Manpower)", "Chiara Rossi")]
    listing = read(tmp_path, rows)
    assert "30" not in {e.number for e in listing.employees}
    assert {a.number for a in listing.leavers} == {"30", "31"}


def test_a_fixed_term_beside_a_last_day_both_count(tmp_path: Path) -> None:
    """"Fratrædelsesdato" and "Tidsbegrænset til": a day past in either has ended the job; a
    day to come in either has not."""
    head = ("Medarbejdernr.", "Navn", "Afdeling", "Leder", "Fratrædelsesdato", "Tidsbegrænset til")
    rows = [head, (1, "Gitte Lund", "Ledelse", None, None, None),
            (2, "Tove Rasmussen", "Salg", "Gitte Lund", None, dt.datetime(2026, 10, 31)),
            (3, "Jesper Bach", "Salg", "Gitte Lund", None, dt.datetime(2027, 6, 30)),
            (4, "Ida Holm", "Salg", "Gitte Lund", dt.datetime(2026, 9, 30), None),
            (5, "Per Dam", "Salg", "Gitte Lund", dt.datetime(2027, 1, 31), None)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "3", "5"]


def test_a_date_under_stoppet_is_the_last_day(tmp_path: Path) -> None:
    head = ("Løn nr", "Navn", "Hold", "Chef", "Stoppet")
    rows = [head, ("13", "Björn Åkesson", "Soholdet", None, None),
            ("29", "José García", "Værksted", "Björn Åkesson", "26.05.2026"),
            ("30", "Ana Lopes", "Værksted", "Björn Åkesson", None)]
    assert [e.number for e in read(tmp_path, rows).employees] == ["13", "30"]


def test_groups_in_a_department_cell_give_the_one_that_is_a_unit(tmp_path: Path) -> None:
    """A survey tool's teams "Underwriting;Kaffeklubben": Underwriting is other rows' whole
    department, the coffee club nobody's; of a cell of two units, the one the leader belongs
    to; two units neither of which is the leader's stay as written, warned."""
    head = ("employee_id", "name", "teams", "manager")
    rows = [head, ("T1", "Anne Holm", "Executive", None),
            ("T2", "Bo Lund", "Underwriting", "Anne Holm"),
            ("T3", "Carl Dam", "Underwriting;Kaffeklubben", "Bo Lund"),
            ("T4", "Dorte Bak", "HR", "Anne Holm"),
            ("T5", "Eva Krog", "Underwriting;HR", "Dorte Bak"),
            ("T6", "Finn Ruth", "HR;Underwriting", "Anne Holm")]
    listing = read(tmp_path, rows)
    assert [e.department for e in listing.employees] == [
        "Executive", "Underwriting", "Underwriting", "HR", "HR", "HR;Underwriting"]
    assert [n.rows for n in listing.notes if n.kind in ("unit-of-groups", "unit-of-leader")
            ] == [(4,), (6,)]
    [warned] = [w for w in listing.warnings if w.kind == "units-listed"]
    assert warned.rows == (7,)


def test_a_place_of_several_shops_is_the_one_the_leader_is_at(tmp_path: Path) -> None:
    """Sling's "Locations": a waiter working shifts in two restaurants ("Frederiksberg,
    Vesterbro") belongs to the one their leader runs; a unit whose name holds a comma
    ("Økonomi, Løn og Personale") is one unit, not split."""
    head = ("Employee ID", "First name", "Last name", "Locations", "Supervisor")
    rows = [head, ("1", "Mads", "Frøkjær", "Hovedkontor", None),
            ("2", "Peter", "Jørgensen", "Frederiksberg", "Mads Frøkjær"),
            ("3", "Priya", "Raman", "Vesterbro", "Mads Frøkjær"),
            ("4", "Maja", "Lykke", "Frederiksberg, Vesterbro", "Peter Jørgensen"),
            ("5", "Tina", "Knudsen", "Frederiksberg", "Peter Jørgensen"),
            ("6", "Emil", "Bach", "Frederiksberg, Vesterbro", "Priya Raman"),
            ("7", "Ida", "Holm", "Vesterbro", "Priya Raman"),
            ("8", "Ole", "Dam", "Hovedkontor, Løn og Personale", "Mads Frøkjær"),
            *[(str(n), "Sofie", f"Nr{n}", shop, boss) for n, shop, boss in (
                (9, "Frederiksberg", "Peter Jørgensen"), (10, "Frederiksberg", "Peter Jørgensen"),
                (11, "Vesterbro", "Priya Raman"), (12, "Vesterbro", "Priya Raman"))]]
    listing = read(tmp_path, rows)
    assert [e.department for e in listing.employees] == [
        "Hovedkontor", "Frederiksberg", "Vesterbro", "Frederiksberg", "Frederiksberg",
        "Vesterbro", "Vesterbro", "Hovedkontor, Løn og Personale", "Frederiksberg",
        "Frederiksberg", "Vesterbro", "Vesterbro"]
    [note] = [n for n in listing.notes if n.kind == "unit-of-leader"]
    assert note.rows == (5, 7)
    assert not [w for w in listing.warnings if w.kind == "units-listed"]


def test_the_one_a_unit_leader_reports_to_has_the_address_of_their_own_unit(
        tmp_path: Path) -> None:
    """A leaders' sheet ("Enhed", "Leder", "Leders e-mail", "Refererer til"): the director a
    unit's leader reports to gets the address the sheet gives her as her own unit's leader."""
    units = [("Kontor for Vandløb", "Inge Holm", "ih"), ("Kontor for Kyst", "Mikkel Bo", "mb"),
             ("HR og Økonomi", "Kasper Bøgh", "kb")]
    staff = [("Medarbejdernr", "Navn", "Enhed", "Stilling"),
             ("8817", "Bente Jensen", "Direktionen", "Direktør"),
             *[row for k, (unit, boss, _) in enumerate(units) for row in (
                 (str(8830 + 10 * k), boss, unit, "Kontorchef"),
                 *[(str(8831 + 10 * k + i), f"Ansat{k}{i} Holm", unit, "Fuldmægtig")
                   for i in range(3)])]]
    leaders = [("Enhed", "Leder", "Leders e-mail", "Refererer til"),
               ("Direktionen", "Bente Jensen", "bj@s.dk", "Departementschef (ministeriet)"),
               *[(unit, boss, f"{mail}@s.dk", "Bente Jensen") for unit, boss, mail in units]]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {
        "Medarbejdere": staff, "Lederoversigt": leaders}), today=TODAY)
    by = {e.number: e for e in listing.employees}
    assert (by["8830"].leader, by["8830"].leader_email) == ("Bente Jensen", "bj@s.dk")
    assert (by["8831"].leader, by["8831"].leader_email) == ("Inge Holm", "ih@s.dk")


def test_a_role_of_two_words_names_no_unit(tmp_path: Path) -> None:
    """"Administrerende direktør: Lukas Müller" over a sheet of the list gives its leader, not
    a unit "Administrerende"."""
    from pipeline.sheets.unitleaders import ListNames, read_heading

    names = ListNames([(1, ("Lukas Müller",))], 0, None, None, None)
    said = read_heading("Administrerende direktør: Lukas Müller (lm@x.dk)", names, False, TODAY)
    assert said is not None and (said.department, said.leader, said.email) == (
        "", "Lukas Müller", "lm@x.dk")
    said = read_heading("Afsnit Bøgen – afsnitsleder: Lukas Müller", names, False, TODAY)
    assert said is not None and said.department == "Afsnit Bøgen"


def test_a_crews_spokesperson_is_neither_leader_nor_unit(tmp_path: Path) -> None:
    """"Formand" leads the crew; "Sjakbajs", one of the crew elected to speak for it, is no
    leader, and a column of the names of people on the list is no department."""
    head = ("Lønnr", "Navn", "Fag", "Formand", "Sjakbajs")
    rows = [head, (1, "Åse Møller", "Formand", None, None),
            *[(10 + i, f"Niels {c}sen", "Tømrer", "Åse Møller", "Niels Asen")
              for i, c in enumerate("ABCD")],
            *[(20 + i, f"Ole {c}sen", "Murer", "Åse Møller", "Ole Asen")
              for i, c in enumerate("ABCD")]]
    listing = read(tmp_path, rows)
    assert {e.leader for e in listing.employees[1:]} == {"Åse Møller"}
    assert listing.layout.fields["leader"].header == "Formand"
    assert "Sjakbajs" not in {u.header for u in listing.layout.fields.values()}


@pytest.mark.parametrize("names", [[f"Medarbejder {i:03d}" for i in range(1, 9)],
                                   [f"Employee {i}" for i in range(1, 9)]])
def test_placeholder_names_refuse_the_list(tmp_path: Path, names: list[str]) -> None:
    rows = [("Pseudo-ID", "Navn", "Enhed", "Leder"), *[
        (f"a{i}f", n, "Skole", "Leder A" if i else None) for i, n in enumerate(names)]]
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, rows)
    assert "The names are placeholders, not names" in str(caught.value)


def test_names_with_a_letter_or_number_in_them_are_no_placeholders(tmp_path: Path) -> None:
    """A real name that ends in an initial ("Jens B") among ordinary ones."""
    rows = [("Nr", "Navn", "Afdeling", "Leder"), (1, "Jens B", "Salg", None),
            (2, "Anne Holm", "Salg", "Jens B"), (3, "Bo Dam", "Salg", "Jens B"),
            (4, "Karen K", "Salg", "Jens B")]
    assert len(read(tmp_path, rows).employees) == 4


def test_a_legend_over_the_header_explains_status_codes(tmp_path: Path) -> None:
    """A report's header lines give the codes ("Status: 10=Aktiv 20=Orlov 90=Fratrådt"): 90 has
    left, 20 is on leave."""
    rows = [("Rapport:", "CRS530 Medarbejderliste"), ("Status:", "10=Aktiv 20=Orlov 90=Fratrådt"),
            (), ("Medarb.nr", "Navn", "Afdeling", "Leder", "Status"),
            (40010, "Rasmus Møller", "Indkøb", None, 10), (40013, "Nikolaj Holm", "Indkøb",
                                                            "Rasmus Møller", 20),
            (40016, "Emma Jakobsen", "Indkøb", "Rasmus Møller", 90),
            (40019, "Karen Juul", "Indkøb", "Rasmus Møller", 10)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["40010", "40013", "40019"]
    assert [a.number for a in listing.leavers] == ["40016"]
    assert [e.on_leave for e in listing.employees] == [False, True, False]


def test_sas_dates_and_dutch_headers_are_read() -> None:
    from pipeline.sheets.dates import read_date
    from pipeline.sheets.listheaders import match_fields

    assert read_date("23MAR2027") == dt.date(2027, 3, 23)
    assert read_date("31jan2026") == dt.date(2026, 1, 31)
    assert match_fields(("Code", "Naam", "Manager", "Uit dienst")) == {
        "number": 0, "name": 1, "leader": 2, "end_date": 3}


def test_a_first_name_two_share_is_the_one_whose_title_leads(tmp_path: Path) -> None:
    """"Louise" at an efterskole of Forstander Louise Vestergaard and teacher Louise Pedersen:
    the forstander, said; where both titles lead, it stays refused."""
    head = ("Nr", "Navn", "Område", "Stilling", "Leder")
    rows = [head, (11, "Louise Vestergaard", "Ledelse", "Forstander", None),
            (13, "Bent Eriksen", "Undervisning", "Viceforstander", "Louise"),
            (29, "Louise Pedersen", "Undervisning", "Lærer", "Bent"),
            (36, "Kirsten Nissen", "Køkken", "Økonomaleder", "Louise")]
    listing = read(tmp_path, rows)
    assert [e.leader_number for e in listing.employees] == ["", "11", "13", "11"]
    assert any("as the only one of that name whose job title says they lead" in n.what
               for n in listing.notes)
    rows[3] = (29, "Louise Pedersen", "Undervisning", "Teamleder", "Bent")
    with pytest.raises(SpreadsheetError, match='The leader "Louise"'):
        read(tmp_path, rows)


def test_a_title_several_hold_is_the_one_of_the_employees_unit(tmp_path: Path) -> None:
    """"Refererer til" `Kontorchef`, held by one head of each office: each employee's is the
    Kontorchef of their own Kontor; "Direktør", held by one, is that one."""
    head = ("Medarbejder-ID", "Navn", "Kontor", "Stilling", "Refererer til")
    rows = [head, ("1116", "Nikolaj Holm", "Direktionen", "Direktør", None)]
    for k, office in enumerate(("HR og Økonomi", "Jura", "IT")):
        rows.append((f"13{k}0", f"Chef{k} Dam", office, "Kontorchef", "Direktør"))
        rows += [(f"13{k}{i}", f"Ansat{k}{i} Lund", office, "Fuldmægtig", "Kontorchef")
                 for i in range(1, 4)]
    listing = read(tmp_path, rows)
    by = {e.number: e.leader_number for e in listing.employees}
    assert (by["1300"], by["1301"], by["1323"]) == ("1116", "1300", "1320")


def test_a_season_period_from_and_to_in_two_columns(tmp_path: Path) -> None:
    """"Periode fra" and "Periode til": a period over is a leaver; one to come has not begun."""
    head = ("Lønnr", "Navn", "Arbejdssted", "Periode fra", "Periode til", "Nærmeste leder")
    rows = [head, ("1", "Gitte Mortensen", "Kontoret", None, None, None),
            ("32", "Steen Pedersen", "Assistens", "01.04.2026", "31.10.2026", "Gitte Mortensen"),
            ("33", "Eva Holm", "Assistens", "01.11.2026", "31.03.2027", "Gitte Mortensen")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "33"]
    assert [a.number for a in listing.leavers] == ["32"]


def test_a_number_column_headed_as_the_employee_over_a_reports_footer(tmp_path: Path) -> None:
    """Deltek's "Medarbejder" of numbers beside "Navn", and "Antal poster: 4" under the list:
    the numbers are the employee numbers, the footer no row of theirs."""
    rows = [("Rapport: Medarbejderliste",), (), ("Medarbejder", "Navn", "Organisation",
                                                 "Supervisor"),
            ("177", "Jens Schmidt", "Partnerkreds", None),
            ("164", "Maria Dam", "Partnerkreds", "Jens Schmidt"),
            ("065", "Line Kjær", "Administration", "Jens Schmidt"),
            ("091", "Bo Holm", "Administration", "Line Kjær"), (), ("Antal poster: 4",)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["177", "164", "065", "091"]


def test_a_counsellor_is_no_leader_by_title(tmp_path: Path) -> None:
    """"Læsevejleder" and "AKT-vejleder" end in -leder but guide, not lead: each unit's one
    Afdelingsleder leads it, and the Skoleleder outside every unit leads them."""
    from pipeline.sheets.leadertext import leads

    assert not leads("Læsevejleder") and not leads("Lærer, AKT-vejleder")
    assert leads("Afdelingsleder") and leads("Pædagogisk leder")
    head = ("Lønnr.", "Navn", "Afdeling", "Stilling")
    rows = [head, (313, "Maja Jensen", "Ledelse", "Skoleleder")]
    for k, unit in enumerate(("Indskoling", "Udskoling")):
        rows += [(100 + 10 * k, f"Chef{k} Holm", unit, "Afdelingsleder"),
                 (101 + 10 * k, f"Ansat{k}1 Dam", unit, "Læsevejleder"),
                 (102 + 10 * k, f"Ansat{k}2 Dam", unit, "Lærer, AKT-vejleder"),
                 (103 + 10 * k, f"Ansat{k}3 Dam", unit, "Lærer")]
    listing = read(tmp_path, rows)
    by = {e.number: e.leader_number for e in listing.employees}
    assert (by["100"], by["101"], by["102"], by["113"]) == ("313", "100", "100", "110")


def test_a_header_of_two_names_for_one_column(tmp_path: Path) -> None:
    """"Kontorchef / nærmeste leder": both names say leader, so it is the leader column (and a
    "Kontorchef" alone heads one too; a "Projektleder" leads work, not people)."""
    from pipeline.sheets.headerwords import inferred_role

    assert inferred_role("Kontorchef")[0] == "leader"  # type: ignore[index]
    assert inferred_role("Projektleder") is None
    head = ("Medarbejdernummer", "Navn", "Kontor", "Kontorchef / nærmeste leder",
            "E-mail (nærmeste leder)")
    rows = [head, ("67846", "Freja Olsen", "Direktionen", None, None),
            ("85071", "Erik Holm", "Kontor for Data", "Freja Olsen", "fo@s.dk"),
            ("34945", "Jesper Dam", "Kontor for Data", "Erik Holm", "eh@s.dk")]
    listing = read(tmp_path, rows)
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Freja Olsen", "fo@s.dk"), ("Erik Holm", "eh@s.dk")]


def test_a_vendor_column_marks_contractors(tmp_path: Path) -> None:
    """Maximo's "VENDOR": a firm on a few rows, empty on the rest: those are contractors."""
    head = ("PERSONID", "DISPLAYNAME", "DEPARTMENT", "SUPERVISOR", "STATUS", "VENDOR")
    rows = [head, (40010, "Henrik Nielsen", "DIREKTION", None, "ACTIVE", None),
            *[(40011 + i, f"Ansat{i} Holm", "LAGER", 40010, "ACTIVE", None) for i in range(4)],
            (40060, "Michael Holm", "LAGER", 40010, "ACTIVE", "NORDTEK APS")]
    listing = read(tmp_path, rows)
    assert "40060" not in {e.number for e in listing.employees}
    [gone] = listing.leavers
    assert gone.number == "40060" and 'VENDOR "NORDTEK APS"' in gone.reason


def test_a_sentence_over_the_list_names_whom_everyone_reports_to(tmp_path: Path) -> None:
    """"Alle medarbejdere refererer til indehaver Mikkel Kærgaard (mikkel@…)." over a payroll
    list without a leader column: he leads everyone else, over the titles' own reading."""
    rows = [("Lønliste november 2026 – Blomsterhuset Kærgaard ApS",),
            ("Udarbejdet af revisor. Alle medarbejdere refererer til indehaver Mikkel Kærgaard "
             "(mikkel@bk.dk).",), (),
            ("Lønnr", "Navn", "Butik", "Stilling"), (1, "Mikkel Kærgaard", "Roskilde", "Indehaver"),
            (2, "Helle Ravn", "Køge", "Butiksansvarlig"), (3, "Susanne Bo", "Køge", "Assistent"),
            (4, "Kim Knudsen", "Roskilde", "Elev")]
    listing = read(tmp_path, rows)
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Mikkel Kærgaard", "mikkel@bk.dk"), ("Mikkel Kærgaard", "mikkel@bk.dk"),
        ("Mikkel Kærgaard", "mikkel@bk.dk")]


def test_yet_to_join_has_not_begun(tmp_path: Path) -> None:
    from pipeline.sheets.statuswords import LEFT, status_state

    assert status_state("Yet to Join") == LEFT and status_state("Ikke tiltrådt") == LEFT


def test_a_store_managers_leader_is_their_regions_on_a_sheet_of_regions(tmp_path: Path) -> None:
    """Staff by store number; "Butikker" gives each store's leader and its region; "Regioner"
    each region's chief: a store manager reports to their region's chief."""
    staff = [("Nr", "Navn", "Butiksnr", "Stilling"), (1500, "Julie Nørgaard", 100, "Direktør"),
             (1505, "Astrid Lund", 100, "Regionschef"), (1507, "Marek Lind", 100, "Regionschef")]
    stores = [("Butiksnr", "Butik", "Region", "Leder", "Leders mail"),
              (100, "Hovedkontor", None, "Julie Nørgaard", "jn@s.dk")]
    for k, region in enumerate(("Syd", "Syd", "Nord")):
        store = 110 + 10 * k
        stores.append((store, f"Butik {k}", region, f"Chef{k} Holm", f"c{k}@s.dk"))
        staff += [(1600 + 10 * k, f"Chef{k} Holm", store, "Butikschef"),
                  *[(1601 + 10 * k + i, f"Ansat{k}{i} Dam", store, "Sælger") for i in range(2)]]
    regions = [("Region", "Regionschef", "Mail"), ("Syd", "Marek Lind", "ml@s.dk"),
               ("Nord", "Astrid Lund", "al@s.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {
        "Medarbejdere": staff, "Butikker": stores, "Regioner": regions}), today=TODAY)
    by = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert by["1600"] == ("Marek Lind", "ml@s.dk") and by["1620"] == ("Astrid Lund", "al@s.dk")
    assert by["1601"] == ("Chef0 Holm", "c0@s.dk")


def test_a_timekeeper_list_with_initials_and_term_dates(tmp_path: Path) -> None:
    """Elite 3E's "Timekeeper" (initials, at a law firm) is the number; "Term Date" past is a
    leaver, "Hire Date" no end."""
    head = ("Timekeeper", "Display Name", "Section", "Supervisor", "Hire Date", "Term Date")
    rows = [head, ("KWI", "Winther, Kasper", "Fast ejendom", None, dt.datetime(2001, 1, 1), None),
            ("AHA", "Aagaard, Åse", "Fast ejendom", "Winther, Kasper", dt.datetime(2013, 4, 10),
             None),
            ("CKJ", "Kjærgaard, Charlotte", "Fast ejendom", "Winther, Kasper",
             dt.datetime(2015, 1, 5), dt.datetime(2026, 6, 30))]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["KWI", "AHA"]
    assert [a.number for a in listing.leavers] == ["CKJ"]


def test_a_column_of_a_few_past_days_mus_does_not_read_is_warned_of(tmp_path: Path) -> None:
    """"Exit" (a header mus does not know as the last day) with a past day on one row: warned,
    naming the column; a column of days on every row (a birthday) is no matter."""
    head = ("Nr", "Navn", "Afdeling", "Leder", "Født", "Udgang")
    rows = [head, (1, "Anne Holm", "Salg", None, dt.datetime(1970, 1, 1), None),
            (2, "Bo Lund", "Salg", "Anne Holm", dt.datetime(1980, 2, 2),
             dt.datetime(2026, 6, 30)),
            (3, "Eva Dam", "Salg", "Anne Holm", dt.datetime(1990, 3, 3), None)]
    listing = read(tmp_path, rows)
    assert [(w.kind, w.column) for w in listing.warnings if w.kind == "unread-dates"] == [
        ("unread-dates", "Udgang")]


def test_a_chain_of_leaders_from_the_top_names_the_nearest_last(tmp_path: Path) -> None:
    head = ("Medarbejdernr", "Navn", "Enhed", "Ledelseskæde (øverst → nærmest)")
    rows = [head, ("2074", "Kirsten Møller", "Direktionen", None),
            ("2119", "Mehmet Yılmaz", "Økonomi", "Kirsten Møller"),
            ("2110", "Bente Hansen", "Budget", "Kirsten Møller / Mehmet Yılmaz"),
            ("2097", "Ole Dam", "Budget", "Kirsten Møller / Mehmet Yılmaz / Bente Hansen")]
    listing = read(tmp_path, rows)
    assert [e.leader_number for e in listing.employees] == ["", "2074", "2119", "2110"]
    assert any(n.kind == "leader-chain" for n in listing.notes)


def test_a_leader_given_by_a_code_nobody_has_is_refused(tmp_path: Path) -> None:
    """"Leder (stilling)": the leader's post ID ("STL-0432"), which no row holds: the forms
    would show the code, so the list is refused."""
    head = ("Lønnummer", "Navn", "Afdeling", "Stillingsbetegnelse", "Leder (stilling)")
    rows = [head, (705, "Mathias Bach", "Direktion", "Direktør", None),
            (778, "Louise Friis", "Drift", "Chef", "STL-0432"),
            (779, "Bo Holm", "Drift", "Tekniker", "STL-0931")]
    with pytest.raises(SpreadsheetError, match=r'The leader "STL-0432" .* is a code that no row'):
        read(tmp_path, rows)


def test_subcontracted_drivers_of_another_firm_and_number_series(tmp_path: Path) -> None:
    """"Ansat hos": one firm on most rows, a hauler's on a few whose numbers are of another
    series (V285 beside 5174): those few are not employed here; a group list whose companies
    share one number series is read whole."""
    head = ("Chauffør-nr", "Navn", "Depot", "Ansat hos", "Trafikleder")
    rows = [head, ("5001", "Emma Holm", "Kolding", "Vestkraft A/S", None),
            *[(str(5100 + i), f"Fører{i} Dam", "Kolding", "Vestkraft A/S", "Emma Holm")
              for i in range(6)],
            ("V285", "Anne Lund", "Kolding", "Sønderjysk Fragt ApS", "Emma Holm")]
    listing = read(tmp_path, rows)
    assert [a.number for a in listing.leavers] == ["V285"]
    rows[-1] = ("5285", "Anne Lund", "Kolding", "Vestkraft Service ApS", "Emma Holm")
    assert len(read(tmp_path, rows).employees) == 8


def test_a_contact_column_of_shared_addresses_is_no_ones_own(tmp_path: Path) -> None:
    """"Kundekontakt mail": the customer's contact at each site, the same address for the
    cleaners of a site: not the employees' own e-mail."""
    head = ("Medarb.nr", "Navn", "Region", "Områdeleder", "Kundekontakt mail")
    rows = [head, ("00304", "Lærke Friis", "Direktion", None, None)]
    for k in range(12):
        rows.append((f"0040{k:02d}", f"Ansat{k} Holm", "Region Syd", "Lærke Friis",
                     f"facility{k // 4}@kunde.dk"))
    listing = read(tmp_path, rows)
    assert "email" not in listing.layout.fields
    assert {e.department for e in listing.employees} == {"Direktion", "Region Syd"}
    assert any(n.kind == "email-shared" for n in listing.notes)


def test_a_paid_intern_is_employed_and_a_fixed_term_over_is_not(tmp_path: Path) -> None:
    head = ("Nr.", "Navn", "Redaktion", "Ansættelsesform", "Leder")
    rows = [head, ("417", "Cecilie Dahl", "Nyheder", "Fastansat", None),
            ("387", "Erik Poulsen", "Nyheder", "Journalistpraktikant", "Cecilie Dahl"),
            ("359", "Christian Holm", "Sport", "Tidsbegrænset til 10.11.2026", "Cecilie Dahl"),
            ("360", "Ida Bak", "Sport", "Tidsbegrænset til 30.06.2027", "Cecilie Dahl"),
            ("361", "Bo Jensen", "Sport", "Freelance (honorar)", "Cecilie Dahl")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["417", "387", "360"]
    assert {a.number for a in listing.leavers} == {"359", "361"}


def test_coming_staff_under_a_title_of_their_own_have_not_begun(tmp_path: Path) -> None:
    head = ("Medarb.nr", "Navn", "Team", "Nærmeste leder")
    rows = [("Medarbejdere pr. 1. december 2026",), (), head,
            ("1", "Anne Holm", "Ledelse", None), ("2", "Bo Lund", "Drift", "Anne Holm"),
            ("3", "Eva Dam", "Drift", "Anne Holm"), (), (),
            ("Kommende medarbejdere (tiltræder 1. januar 2027)",), head,
            ("9", "Ny Person", "Drift", "Anne Holm"), ("10", "Ny Anden", "Drift", "Anne Holm")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "2", "3"]


def test_notes_names_and_a_templates_help_and_example_rows(tmp_path: Path) -> None:
    """Lotus Notes names ("CN=Hanne Eriksen/OU=Borgmest/O=Smaaby") find the person; a
    template's help line of bracketed hints and its "Eksempel:" row are no people."""
    from pipeline.sheets.names import dn_name

    assert dn_name("CN=Hanne Eriksen/OU=Borgmest/O=Smaaby") == "Hanne Eriksen"
    rows = [("Nr", "Navn", "Afdeling", "Leder"), ("(fra lønsedlen)", "(fornavn efternavn)",
                                                  "(afdeling)", "(nærmeste leder)"),
            (9999, "Eksempel: Anne Andersen", "Eksempel", "Bo Berg"),
            (1, "Hanne Eriksen", "Borgmesterkontoret", None),
            (2, "Nanna Holm", "Borgmesterkontoret", "CN=Hanne Eriksen/OU=Borgmest/O=Smaaby")]
    listing = read(tmp_path, rows)
    assert [(e.number, e.leader_number) for e in listing.employees] == [("1", ""), ("2", "1")]
    assert [(s.row, s.reason) for s in listing.skipped] == [(2, "note"), (3, "example")]


def test_a_sheet_of_the_leaders_with_their_numbers_is_more_of_the_list(tmp_path: Path) -> None:
    """"Ledere" (the director and the heads, with their employee numbers and "Refererer til")
    beside "Medarbejdere" (who name them as leaders): the leaders get forms too; a key of
    leaders' initials without numbers stays a key (test_initials.py)."""
    leaders = [("Medarbejdernr", "Navn", "Afdeling", "Refererer til"),
               (70037, "Mikkel Holm", "Direktion", None),
               (70046, "Marianne Aagaard", "Akut", "Mikkel Holm"),
               (70066, "Jens Mørch", "Kardiologi", "Mikkel Holm")]
    staff = [("Medarbejdernr", "Navn", "Afdeling", "Nærmeste leder"),
             *[(71000 + i, f"Ansat{i} Dam", ("Akut", "Kardiologi")[i % 2],
                ("Marianne Aagaard", "Jens Mørch")[i % 2]) for i in range(12)]]
    listing = read_employee_list(write_xlsx(tmp_path / "h.xlsx", {
        "Ledere": leaders, "Medarbejdere": staff}), today=TODAY)
    by = {e.number: e.leader_number for e in listing.employees}
    assert len(by) == 15 and by["70046"] == "70037" and by["71000"] == "70046"


def test_one_persons_address_on_their_several_rows_is_their_own(tmp_path: Path) -> None:
    """A role catalogue's export, one row per role: each person's address on each of their
    rows is still theirs, not shared."""
    head = ("Brugernavn", "Navn", "Medarbejder-ID", "E-mail", "Enhed", "Leder", "Rolle")
    rows = [head, ("olsh", "Olena Holm", "283278", "olsh@x.dk", "Digital", None, "Leder")]
    for i in range(5):
        for role in ("SBSYS", "KMD", "Outlook"):
            rows.append((f"u{i}", f"Ansat{i} Dam", f"2000{i}", f"u{i}@x.dk", "Digital",
                         "Olena Holm", role))
    listing = read(tmp_path, rows)
    assert listing.layout.fields["email"].header == "E-mail"
    assert {e.email for e in listing.employees} >= {"u0@x.dk", "u4@x.dk"}


@pytest.mark.parametrize("header", ["Ansat via", "Hired through"])
def test_a_column_of_the_firm_someone_is_hired_through_marks_temps(tmp_path: Path,
                                                                   header: str) -> None:
    """A farm's "Ansat via": an agency on a few rows, empty on the rest, the agency's people
    numbered like everyone else: those rows are hired through the firm, not employed here."""
    head = ("Nr", "Navn", "Stald/afd.", "Driftsleder", header)
    rows = [head, (19, "Birgitte Juhl", "Ledelse", None, None),
            *[(40 + i, f"Ansat{i} Holm", "Farestald", "Birgitte Juhl", None) for i in range(5)],
            (125, "Camilla Aagaard", "Farestald", "Birgitte Juhl", "AgriWork Bemanding ApS")]
    listing = read(tmp_path, rows)
    assert "125" not in {e.number for e in listing.employees}
    [gone] = listing.leavers
    assert gone.number == "125" and f'{header} "AgriWork Bemanding ApS"' in gone.reason


def test_a_district_is_the_department_over_a_customers_site(tmp_path: Path) -> None:
    """A guard firm's officers: "District" is their unit, "Site" the customer they guard."""
    head = ("Officer ID", "Name", "District", "Supervisor", "Site")
    rows = [head, (301, "Ida Vestergaard", "Ledelse", None, "Danfoss Nordborg"),
            (309, "Claus Aagaard", "Distrikt Fyn", "Ida Vestergaard", "Danfoss Nordborg"),
            (323, "Astrid Johansen", "Distrikt Fyn", "Claus Aagaard", "Odense Havn"),
            (324, "Ole Juhl", "Distrikt Fyn", "Claus Aagaard", "Lego House"),
            (325, "Bo Lind", "Distrikt Fyn", "Claus Aagaard", "Odense Havn")]
    listing = read(tmp_path, rows)
    assert [e.department for e in listing.employees] == ["Ledelse", *["Distrikt Fyn"] * 4]


@pytest.mark.parametrize("header", ["Ansættelse", "Employment"])
def test_a_season_over_under_a_bare_employment_header_has_ended(tmp_path: Path,
                                                                header: str) -> None:
    """A farm's "Ansættelse": "Fast" on most rows, "Sæson til 30.09.2026" on the seasonal
    workers: a season over has ended the job, one to come has not; a probation's end is no
    end of the post."""
    head = ("Nr", "Navn", "Arbejdsområde", header, "Arbejdsleder")
    rows = [head, (11, "Ida Madsen", "Direktion", "Fast", None),
            (18, "Ulla Popescu", "Gartneri", "Fast", "Ida Madsen"),
            (84, "Emil Dalgaard", "Gartneri", "Sæson til 30.09.2026", "Ulla Popescu"),
            (91, "Sanne Jørgensen", "Gartneri", "Contract until 31.10.2026", "Ulla Popescu"),
            (107, "Kim Yilmaz", "Gartneri", "Sæson til 28.02.2027", "Ulla Popescu"),
            (108, "Bo Lind", "Gartneri", "Fast (prøvetid til 01.11.2026)", "Ulla Popescu")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["11", "18", "107", "108"]
    assert {a.number for a in listing.leavers} == {"84", "91"}


@pytest.mark.parametrize("header", ["Sæson slut", "Season end"])
def test_a_seasons_end_past_has_ended_the_job(tmp_path: Path, header: str) -> None:
    """A contractor's "Ansat som" "Fast" or "Sæson" (a kind of employment, no status mus need
    warn of) and "Sæson slut" on the seasonal workers' rows: a day past ends the job."""
    head = ("Nr", "Navn", "Afdeling", "Ansat som", header, "Værkfører")
    rows = [head, (1, "Ida Madsen", "Kontor", "Fast", None, None),
            (2, "Ulla Holm", "Mark", "Fast", None, "Ida Madsen"),
            (16, "Asger Jensen", "Mark", "Sæson", dt.datetime(2026, 10, 31), "Ulla Holm"),
            (17, "Piotr Kowalski", "Mark", "Sæson", dt.datetime(2027, 1, 15), "Ulla Holm")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["1", "2", "17"]
    assert [a.number for a in listing.leavers] == ["16"]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_a_crews_trade_groups_people_as_their_foremen_do(tmp_path: Path) -> None:
    """No column headed as the department, but "Fag" groups the crew as the foremen lead them
    (the site manager's people are the foremen, each in their own trade): it is the unit.
    "Sjakbajs", the crew's own spokesman, groups them too, but holds people, no units; and
    "Lærling" is yes or no."""
    head = ("Medarb.nr", "Navn", "Fag", "Stilling", "Formand", "Sjakbajs", "Lærling")
    rows = [head, (503, "Jovana Petrović", "Ledelse", "Byggeleder", None, None, "Nej"),
            (511, "Rasmus Dalgaard", "Tømrer", "Formand", "Jovana Petrović", None, "Nej"),
            (518, "Bodil Andersen", "Murer", "Formand", "Jovana Petrović", None, "Nej")]
    for k in range(3):
        rows += [(600 + k, f"Tømrer{k} Holm", "Tømrer", "Tømrer", "Rasmus Dalgaard",
                  "Tømrer0 Holm", "Ja" if k else "Nej"),
                 (700 + k, f"Murer{k} Lund", "Murer", "Murer", "Bodil Andersen", "Murer0 Lund",
                  "Nej")]
    listing = read(tmp_path, rows)
    assert {e.number: e.department for e in listing.employees} == {
        "503": "Ledelse", "511": "Tømrer", "518": "Murer", **{str(600 + k): "Tømrer"
                                                              for k in range(3)},
        **{str(700 + k): "Murer" for k in range(3)}}
    assert [n.column for n in listing.notes if n.kind == "department-by-leaders"] == ["Fag"]
    # the spokesman alone (no trade): no unit is made of people's names
    listing = read(tmp_path, [tuple(c for i, c in enumerate(r) if i != 2) for r in rows])
    assert {e.department for e in listing.employees} == {""}


def test_a_subcontractors_man_without_a_number_is_no_employee(tmp_path: Path) -> None:
    """A crew list's "Sven Åkesson (UE: Stilladsfirmaet Fyn ApS)" with no Lønnr: not employed
    here (no missing number to refuse the list for)."""
    head = ("Lønnr", "Navn", "Afdeling", "Formand")
    rows = [head, (602, "Gitte Christensen", "Ledelse", None),
            (609, "Olena Kovalenko", "Murer", "Gitte Christensen"),
            (901, "Ahmed Hussein", "Murer", "Olena Kovalenko"),
            (None, "Sven Åkesson (UE: Stilladsfirmaet Fyn ApS)", "Murer", None),
            (None, "Nguyen Thi Lan (UE: Brdr. Kloak I/S)", "Murer", None)]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["602", "609", "901"]
    assert [("UE: Brdr. Kloak I/S" in a.reason or "Stilladsfirmaet" in a.reason)
            for a in listing.leavers] == [True, True]


def test_a_crews_trade_read_as_the_job_title_is_the_unit_too(tmp_path: Path) -> None:
    """No "Stilling", so "Fag" is the job title (weakly headed); it groups the crew as the
    foremen lead them, so it is the department as well."""
    head = ("Lønnr", "Navn", "Fag", "Formand")
    rows = [head, (602, "Gitte Christensen", "Ledelse", None),
            (609, "Olena Kovalenko", "Murer", "Gitte Christensen"),
            (618, "Rikke Bech", "Tømrer", "Gitte Christensen")]
    for k in range(3):
        rows += [(700 + k, f"Murer{k} Lund", "Murer", "Olena Kovalenko"),
                 (800 + k, f"Tømrer{k} Holm", "Tømrer", "Rikke Bech")]
    listing = read(tmp_path, rows)
    assert [(e.job_title, e.department) for e in listing.employees][:3] == [
        ("Ledelse", "Ledelse"), ("Murer", "Murer"), ("Tømrer", "Tømrer")]
    assert {e.department for e in listing.employees[3:]} == {"Murer", "Tømrer"}


def test_til_beside_the_kind_of_employment_is_the_terms_last_day(tmp_path: Path) -> None:
    """A foundation's "Ansættelse" (Fast, Tidsbegrænset) and "Til" right of it: a term whose
    day has passed has ended; one to come has not."""
    head = ("Nr.", "Navn", "Afdeling/projekt", "Ansættelse", "Til", "Leder")
    rows = [head, (31, "Mikkel Lauridsen", "Sekretariat", "Fast", None, None),
            (35, "Henrik Lauridsen", "Projekt Ensomhed", "Tidsbegrænset",
             dt.datetime(2028, 2, 26), "Mikkel Lauridsen"),
            (39, "Anna Kirkegaard", "Projekt Ensomhed", "Tidsbegrænset",
             dt.datetime(2026, 8, 31), "Mikkel Lauridsen"),
            (40, "Bo Lind", "Sekretariat", "Fast", None, "Mikkel Lauridsen")]
    listing = read(tmp_path, rows)
    assert [e.number for e in listing.employees] == ["31", "35", "40"]
    assert [a.number for a in listing.leavers] == ["39"]
    assert not [w for w in listing.warnings if w.column == "Til"]
