"""The walk down the rows: what a heading says carries down to the rows under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx


def test_a_heading_that_is_also_a_mailbox_word_is_a_heading_among_headings(
        tmp_path: Path) -> None:
    """Smartsheet: departments as parent rows, "Support" among them; no department column.
    It is a heading like the others, not a mailbox without an address, and the people under
    it are in Support, not in the department above."""
    rows = [("Medarbejder", "Nr.", "Rolle", "E-mail"), ("Ledelse",),
            ("Birgitte Mørch", 801, "CEO", "bm@x.dk"), ("Support",),
            ("Niels Engstrøm", 802, "Afdelingsleder", "ne@x.dk"),
            ("Karen Lund", 807, "Supporter", "kl@x.dk"), ("Udvikling",),
            ("Mette Brøndum", 808, "Afdelingsleder", "mb@x.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark": rows}),
                                 today=dt.date(2026, 12, 5))
    assert [(e.number, e.department) for e in listing.employees] == [
        ("801", "Ledelse"), ("802", "Support"), ("807", "Support"), ("808", "Udvikling")]
    assert [s.reason for s in listing.skipped] == ["heading"] * 3


def test_a_mailbox_row_in_a_list_with_departments_stays_an_account(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Afdeling", "E-mail"), (1, "Ida Holm", "IT", "ih@x.dk"),
            (None, "Support", None, None), (2, "Bo Bach", "IT", "bb@x.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark": rows}),
                                 today=dt.date(2026, 12, 5))
    assert [(e.number, e.department) for e in listing.employees] == [("1", "IT"), ("2", "IT")]
    assert [s.reason for s in listing.skipped] == ["account"]


def test_a_unit_heading_with_a_digit_is_a_heading(tmp_path: Path) -> None:
    """"Afsnit B3 – Kardiologi" alone on its row is a unit, not a note like a SharePoint
    folder "Arkiv 2025" among a row's other cells."""
    rows = [("Lønnr.", "Navn", "Nærmeste leder (init.)"), (None, "Centerledelse"),
            (880101, "Gry Engstrøm", None), (None, "Afsnit B3 – Kardiologi"),
            (880102, "Mette Schøler", "Gry Engstrøm"), (880103, "Henrik Sand", "Mette Schøler")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark": rows}),
                                 today=dt.date(2026, 12, 5))
    assert [e.department for e in listing.employees] == [
        "Centerledelse", "Afsnit B3 – Kardiologi", "Afsnit B3 – Kardiologi"]


def test_a_phone_lists_shared_lines_under_their_own_codes_are_accounts(tmp_path: Path) -> None:
    """An intranet phone list where the initials are the number: "Receptionen", "Kantinen",
    "IT-support" under RECEP, KANT, IT are no people, though each has a code."""
    path = tmp_path / "telefonbog.csv"
    path.write_text("Initialer;Navn;Afdeling;E-mail;Chef\n"
                    "TBØ;Tove Bøgh Ravn;Ledelse;tboe@a.dk;\n"
                    "GRØ;Gry Rødgaard;Jura;groe@a.dk;TBØ\n"
                    "RECEP;Receptionen;Fællesfunktion;receptionen@a.dk;\n"
                    "IT;IT-support;Fællesfunktion;itsupport@a.dk;\n", encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.number for e in listing.employees] == ["TBØ", "GRØ"]
    assert [(s.row, s.reason) for s in listing.skipped] == [(4, "account"), (5, "account")]


def test_the_number_in_brackets_after_the_name_and_no_number_column(tmp_path: Path) -> None:
    """Unit4's "Ressource": "Tove Rødgaard (10201)"; the hire dates beside it, all different,
    are never taken for employee numbers."""
    rows = [("Ressource", "Enhed", "Godkender", "Ansat"),
            ("Tove Rødgaard (10201)", "Direktion", None, dt.datetime(2020, 10, 15)),
            ("Birgitte Sand (10202)", "Havn", "Tove Rødgaard (10201)", dt.datetime(2022, 6, 5)),
            ("Rikke Juul (10203)", "Havn", "Birgitte Sand (10202)", dt.datetime(2012, 12, 16))]
    listing = read_employee_list(write_xlsx(tmp_path / "u.xlsx", {"Ressourcer": rows}),
                                 today=dt.date(2026, 12, 5))
    assert [(e.number, e.name, e.leader_number) for e in listing.employees] == [
        ("10201", "Tove Rødgaard", ""), ("10202", "Birgitte Sand", "10201"),
        ("10203", "Rikke Juul", "10202")]
    assert any(n.kind == "name-code" for n in listing.notes)


def test_the_number_before_the_name_and_no_number_column(tmp_path: Path) -> None:
    """A payroll report's "Medarbejder": "1043 Sofía García"; the cost centre beside it,
    "4100 Salg", is a unit's code and name, and a one-word text after a number is no name."""
    rows = [("Medarbejder", "Omkostningssted", "Leder"),
            ("2308 Sofía García", "1000 Direktion", None),
            ("1102 Oliver Kjær", "4100 Salg", "Sofía García"),
            ("1103 Ida Holm", "4100 Salg", "Oliver Kjær")]
    listing = read_employee_list(write_xlsx(tmp_path / "l.xlsx", {"Løn": rows}),
                                 today=dt.date(2026, 12, 5))
    assert [(e.number, e.name, e.leader) for e in listing.employees] == [
        ("2308", "Sofía García", ""), ("1102", "Oliver Kjær", "Sofía García"),
        ("1103", "Ida Holm", "Oliver Kjær")]
