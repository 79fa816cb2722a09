"""A blank in a grouped column means "as above" only where the sheet shows the grouping
(a pivot table, blocks sorted with the value on the first row, merged cells, subtotals); a blank
in an ordinary list stays empty; where the shape is only half there, it is warned of. Every
value filled in is said in `mus check`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from pipeline.sheets.employees import EmployeeList
from tests.helpers import merged_xlsx, write_xlsx

TODAY = dt.date(2026, 11, 27)


def _people(listing: EmployeeList) -> list[tuple[str, str, str]]:
    return [(e.number, e.department, e.leader) for e in listing.employees]


def _kinds(listing: EmployeeList) -> list[str]:
    return [n.kind for n in (*listing.notes, *listing.warnings)]



def test_an_english_pivot_with_blank_markers_and_subtotals(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "pivot.xlsx", {"Pivot": [
        ("Department", "Manager", "Employee ID", "Name", "Count of Employee ID"),
        ("Board", "(blank)", "E1", "Ann Ray", 1),
        ("Board Total", None, None, None, 1),
        ("Sales", "Ann Ray", "E2", "Bo Lee", 1),
        (None, "Bo Lee", "E3", "Cy Fox", 1),
        (None, None, "E4", "Di Orr", 1),
        (None, None, "E5", "Ed Pym", 1),
        ("Sales Total", None, None, None, 4),
        ("Grand Total", None, None, None, 5)]})
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing) == [("E1", "Board", ""), ("E2", "Sales", "Ann Ray"),
                                ("E3", "Sales", "Bo Lee"), ("E4", "Sales", "Bo Lee"),
                                ("E5", "Sales", "Bo Lee")]
    assert _kinds(listing).count("as-above") == 2
    assert any('"Department" is filled in only where a group starts' in n.what
               for n in listing.notes)


def test_a_pivot_by_leader_whose_groups_hold_two_departments(tmp_path: Path) -> None:
    """The subtotal rows are named after the leader ("Birgitte Brøndum I alt"): the leader is
    the outer field, so a second department inside her group is still hers."""
    path = write_xlsx(tmp_path / "pivot.xlsx", {"Pivot": [
        ("Leder", "Afdeling", "Nr", "Navn", "Antal af Nr"),
        ("Birgitte Brøndum", "Administration", 61, "Camilla Bjørn", 1),
        (None, "Undervisning", 52, "Sofie Ærenlund", 1),
        ("Birgitte Brøndum I alt", None, None, None, 2),
        ("Camilla Bjørn", "Administration", 62, "Morten Hvid", 1),
        (None, None, 63, "Lise Åkjær", 1),
        ("Camilla Bjørn I alt", None, None, None, 2),
        ("Sofie Ærenlund", "Undervisning", 53, "Kirsten Lykke", 1),
        (None, None, 54, "Helle Pedersen", 1),
        ("Sofie Ærenlund I alt", None, None, None, 2),
        ("(tom)", "Ledelse", 51, "Birgitte Brøndum", 1),
        ("(tom) I alt", None, None, None, 1),
        ("Hovedtotal", None, None, None, 7)]})
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing) == [
        ("61", "Administration", "Birgitte Brøndum"), ("52", "Undervisning", "Birgitte Brøndum"),
        ("62", "Administration", "Camilla Bjørn"), ("63", "Administration", "Camilla Bjørn"),
        ("53", "Undervisning", "Sofie Ærenlund"), ("54", "Undervisning", "Sofie Ærenlund"),
        ("51", "Ledelse", "")]


def test_danish_blocks_with_the_department_on_the_first_row_only(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Afdeling", "Lønnr.", "Navn"),
        ("Køkken", 11, "Ida Holm"), (None, 12, "Jan Berg"), (None, 13, "Eva Krog"),
        ("Rengøring", 21, "Ole Dam"), (None, 22, "Pia Lind"),
        ("Vaskeri", 31, "Kim Lau")]})
    listing = read_employee_list(path, today=TODAY)
    assert [d for _, d, _ in _people(listing)] == [
        "Køkken", "Køkken", "Køkken", "Rengøring", "Rengøring", "Vaskeri"]
    [note] = [n for n in listing.notes if n.kind == "as-above"]
    assert note.rows == (3, 4, 6)


def test_a_blank_in_an_ordinary_list_stays_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", "Leder"),
        (1, "Ida Holm", "IT", "Bo Bach"), (2, "Jan Berg", "IT", "Bo Bach"),
        (3, "Eva Krog", None, None), (4, "Ole Dam", "IT", "Bo Bach"),
        (5, "Bo Bach", "Løn", None), (6, "Pia Lind", "Løn", "Bo Bach")]})
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing)[2] == ("3", "", "")
    assert _people(listing)[4] == ("5", "Løn", "")
    assert "as-above" not in _kinds(listing) and "blank-grouped" not in _kinds(listing)


def test_merged_cells_down_the_rows_give_every_row_their_value(tmp_path: Path) -> None:
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Unit", "Payroll no", "Name"),
        ("Ward 4", 101, "Ann Ray"), (None, 102, "Bo Lee"), (None, 103, "Cy Fox"),
        ("Ward 5", 201, "Di Orr"), (None, 202, "Ed Pym")], ["A2:A4", "A5:A6"])
    listing = read_employee_list(path, today=TODAY)
    assert [d for _, d, _ in _people(listing)] == ["Ward 4"] * 3 + ["Ward 5"] * 2


def test_a_half_grouped_column_is_warned_of_and_left_empty(tmp_path: Path) -> None:
    """"Salg" written twice with blanks after each: grouping cannot be told, so nothing is
    guessed; the rows are named."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Afdeling"),
        (1, "Ida Holm", "Salg"), (2, "Jan Berg", None), (3, "Eva Krog", "Salg"),
        (4, "Ole Dam", None), (5, "Pia Lind", "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [d for _, d, _ in _people(listing)] == ["Salg", "", "Salg", "", "IT"]
    [warning] = [w for w in listing.warnings if w.kind == "blank-grouped"]
    assert warning.rows == (3, 5)
    assert 'The column "Afdeling" is empty in rows 3 and 5' in warning.what


def test_a_csv_of_a_pivot_is_read_alike(tmp_path: Path) -> None:
    path = tmp_path / "pivot.csv"
    path.write_text("Afdeling;Nærmeste leder;Medarbejdernr.;Navn\n"
                    "Drift;Lis Sand;7;Ib Holt\n;;8;Ane Bro\n;;9;Gry Mos\n"
                    "Drift I alt;;;3\nSalg;Ib Holt;10;Per Ask\n;;11;Rut Bech\nHovedtotal;;;5\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing) == [("7", "Drift", "Lis Sand"), ("8", "Drift", "Lis Sand"),
                                ("9", "Drift", "Lis Sand"), ("10", "Salg", "Ib Holt"),
                                ("11", "Salg", "Ib Holt")]


def test_filling_blanks_leaves_the_other_cells_as_they_were(tmp_path: Path) -> None:
    """Numbers and dates on a grouped row are read as on any row: only the blanks change."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Afdeling", "Lønnr.", "Navn", "MUS-dato"),
        ("Køkken", 11, "Ida Holm", dt.datetime(2027, 2, 1)),
        (None, 12, "Jan Berg", dt.datetime(2027, 2, 2)),
        ("Vaskeri", 31, "Kim Lau", dt.datetime(2027, 2, 3)),
        (None, 32, "Ole Dam", dt.datetime(2027, 2, 4))]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department, e.meeting_date) for e in listing.employees] == [
        ("11", "Køkken", dt.date(2027, 2, 1)), ("12", "Køkken", dt.date(2027, 2, 2)),
        ("31", "Vaskeri", dt.date(2027, 2, 3)), ("32", "Vaskeri", dt.date(2027, 2, 4))]


def _report(continued: str, head: tuple[str, str, str, str]) -> list[tuple[object, ...]]:
    """A report writer's pages: the group's value and its leader on the block's first row,
    the director without a leader at the top, the page header printed again, and the block
    that goes on over the break written again as ``continued``."""
    title = ("Personaleliste – Teknik", None, None, None)
    return [title, (None,) * 4, head,
            ("Direktion", None, 1, "Maja Rød"),
            ("Vej og Park", "Maja Rød", 2, "Ole Nør"),
            (None, "Ole Nør", 3, "Ida Brun"), (None, None, 4, "Gry Krag"),
            ("Byg", "Maja Rød", 5, "Lis Fog"), (None, "Lis Fog", 6, "Bo Holm"),
            (None,) * 4, ("Side 1 af 2", None, None, None), title, (None,) * 4, head,
            (continued, "Lis Fog", 7, "Jan Krog"), (None, None, 8, "Eva Møll"),
            ("Miljø", "Maja Rød", 9, "Sofie Sand"), (None, "Sofie Sand", 10, "Anne Ulv"),
            (None, None, 11, "Emil Vest"), (None,) * 4, ("Side 2 af 2", None, None, None)]


def test_a_report_whose_group_goes_on_over_a_page_break(tmp_path: Path) -> None:
    for i, (continued, head) in enumerate([
            ("Byg (fortsat)", ("Afdeling", "Leder", "Lønnr", "Navn")),
            ("Byg (forts.)", ("Afdeling", "Nærmeste leder", "Lønnr.", "Medarbejder")),
            ("Byg - continued", ("Department", "Manager", "Employee ID", "Name"))]):
        path = write_xlsx(tmp_path / f"r{i}.xlsx", {"Rapport": _report(continued, head)})
        listing = read_employee_list(path, today=TODAY)
        assert _people(listing) == [
            ("1", "Direktion", ""), ("2", "Vej og Park", "Maja Rød"),
            ("3", "Vej og Park", "Ole Nør"), ("4", "Vej og Park", "Ole Nør"),
            ("5", "Byg", "Maja Rød"), ("6", "Byg", "Lis Fog"), ("7", "Byg", "Lis Fog"),
            ("8", "Byg", "Lis Fog"), ("9", "Miljø", "Maja Rød"), ("10", "Miljø", "Sofie Sand"),
            ("11", "Miljø", "Sofie Sand")], continued
        assert "continued" in _kinds(listing)
        assert "blank-grouped" not in _kinds(listing)


def test_a_new_group_named_like_the_one_before_is_its_own_without_a_page_break(
        tmp_path: Path) -> None:
    rows = _report("Byg (Nord)", ("Afdeling", "Leder", "Lønnr", "Navn"))
    rows = rows[:9] + rows[14:]  # no page break: "Byg (Nord)" follows "Byg" directly
    listing = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Rapport": rows}),
                                 today=TODAY)
    assert [e.department for e in listing.employees][4:8] == ["Byg", "Byg", "Byg (Nord)",
                                                              "Byg (Nord)"]
    assert "continued" not in _kinds(listing)


def test_a_pivot_by_leader_then_area_without_subtotals(tmp_path: Path) -> None:
    """Leader the outer field, area the inner: a second area under one leader writes only the
    area, and the area's name may come again under another leader (exports37)."""
    path = write_xlsx(tmp_path / "pivot.xlsx", {"Pivot": [
        ("Status", "(Flere elementer)", None, None),
        (None, None, None, None),
        ("Leder", "Område", "Medarb.nr.", "Navn"),
        ("(tom)", "Direktion", 1, "Agnes Krog"),
        ("Agnes Krog", "Administration", 2, "Clara Bisgaard"),
        (None, None, 3, "Claus Knudsen"), (None, None, 4, "Mie Dahl"),
        (None, "Skoler", 5, "Peter Clausen"),
        (None, "Syd", 6, "Giulia Rossi"),
        ("Giulia Rossi", "Syd", 7, "Ahmed Hassan"), (None, None, 8, "Priya Raman"),
        (None, None, 9, "Nanna Bach"),
        ("Peter Clausen", "Skoler", 10, "Ida Munk"), (None, None, 11, "Bjarne Larsen"),
        ("Hovedtotal", None, None, None)]})
    listing = read_employee_list(path, today=TODAY)
    assert _people(listing) == [
        ("1", "Direktion", ""), ("2", "Administration", "Agnes Krog"),
        ("3", "Administration", "Agnes Krog"), ("4", "Administration", "Agnes Krog"),
        ("5", "Skoler", "Agnes Krog"), ("6", "Syd", "Agnes Krog"),
        ("7", "Syd", "Giulia Rossi"), ("8", "Syd", "Giulia Rossi"),
        ("9", "Syd", "Giulia Rossi"), ("10", "Skoler", "Peter Clausen"),
        ("11", "Skoler", "Peter Clausen")]
    assert "blank-grouped" not in _kinds(listing)
    assert any('"Leder" is filled in only where a group starts' in n.what
               for n in listing.notes)


def test_report_blocks_with_unit_leader_and_address_on_the_first_row(tmp_path: Path) -> None:
    """A TARGIT-like report: each unit's head on a row of their own under the director (the
    director's name written row after row, as the unit changes), then each unit's block with
    the unit, the leader and the leader's address on its first row only (exports40)."""
    head = ("Afsnit", "Leder", "Leder e-mail", "Medarbejdernr", "Medarbejder")
    rows = [("Psykiatrien - Medarbejdere pr. afsnit", None, None, None, None), head,
            ("Ledelsen", "(ingen)", None, "01", "Nanna Nørgaard"),
            ("P1", "Nanna Nørgaard", "nano@x.dk", "02", "Cecilie Pedersen"),
            ("P2", "Nanna Nørgaard", "nano@x.dk", "03", "Åge Østergaard"),
            ("P1", "Cecilie Pedersen", "cepe@x.dk", "04", "Nanna Madsen"),
            (None, None, None, "05", "Mette Christensen"), (None, None, None, "06", "Nour Had"),
            ("P2", "Åge Østergaard", "aaos@x.dk", "07", "Fatima Said"),
            (None, None, None, "08", "Niels Johansen")]
    listing = read_employee_list(write_xlsx(tmp_path / "t.xlsx", {"TARGIT": rows}),
                                 today=TODAY)
    assert [(e.number, e.department, e.leader, e.leader_email) for e in listing.employees] == [
        ("01", "Ledelsen", "", ""),
        ("02", "P1", "Nanna Nørgaard", "nano@x.dk"), ("03", "P2", "Nanna Nørgaard", "nano@x.dk"),
        ("04", "P1", "Cecilie Pedersen", "cepe@x.dk"), ("05", "P1", "Cecilie Pedersen",
                                                         "cepe@x.dk"),
        ("06", "P1", "Cecilie Pedersen", "cepe@x.dk"), ("07", "P2", "Åge Østergaard",
                                                         "aaos@x.dk"),
        ("08", "P2", "Åge Østergaard", "aaos@x.dk")]


def test_a_few_people_without_unit_and_leader_in_an_unsorted_list_stay_empty(
        tmp_path: Path) -> None:
    """Two new people with neither unit nor leader yet, in a list whose units do not come in
    blocks: too few such rows to be a grouped layout, so their blanks are blanks."""
    units = ["IT", "Løn", "Salg", "IT", "Salg", "Løn", "IT", "Salg", "Løn", "IT"]
    rows: list[tuple[object, ...]] = [("Nr", "Navn", "Afdeling", "Leder")]
    for i, unit in enumerate(units, 1):
        rows.append((i, f"Person {chr(64 + i)}son", unit, "Bo Bach"))
        if i in (3, 7):
            rows.append((100 + i, f"Ny {chr(64 + i)}sen", None, None))
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    new = [p for p in _people(listing) if p[0] in ("103", "107")]
    assert new == [("103", "", ""), ("107", "", "")]
    assert "as-above" not in _kinds(listing)
