"""Values as a person reads them: one spelling of every letter (NFC), text files' numbers as the
program that wrote them showed them, a number whose digits are lost refused with what to do,
and a meeting date written as text printed as written."""

from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.textcells import without_address_labels
from pipeline.workspace import Workspace
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "e.csv"
    path.write_text(text, encoding="utf-8")
    return path


def people(path: Path) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in read_employee_list(path, today=TODAY).employees]


def test_a_pandas_column_of_whole_numbers(tmp_path: Path) -> None:
    """pandas writes a number column with an empty cell as 1001.0."""
    path = csv(tmp_path, ",Medarbejdernummer,Navn,Afdeling,Leders medarbejdernummer\n"
                         "0,1000.0,Pia Lund,HR,\n1,1001.0,Anne Sørensen,HR,1000.0\n"
                         "2,1002.0,Bo Bach,HR,1000.0\n")
    assert people(path) == [("1000", "Pia Lund", "HR", "", ""),
                            ("1001", "Anne Sørensen", "HR", "Pia Lund", ""),
                            ("1002", "Bo Bach", "HR", "Pia Lund", "")]


def test_a_decimal_comma_column_of_whole_numbers(tmp_path: Path) -> None:
    path = csv(tmp_path, "Medarbejdernummer;Navn\n1000,0;Pia Lund\n1001,0;Anne Sørensen\n")
    assert [p[0] for p in people(path)] == ["1000", "1001"]


def test_the_number_written_again_after_the_name(tmp_path: Path) -> None:
    """Workday writes a worker as "Karen Ravn (21001)"; the leader the same way."""
    path = csv(tmp_path, "Employee ID,Worker,Manager\n21001,Karen Ravn (21001),\n"
                         "21002,Emma Holt (21002),Karen Ravn (21001)\n")
    assert people(path) == [("21001", "Karen Ravn", "", "", ""),
                            ("21002", "Emma Holt", "", "Karen Ravn", "")]


def test_a_header_with_an_invisible_character(tmp_path: Path) -> None:
    path = csv(tmp_path, "\u200bMedarbejdernr.;Navn\u00ad\n1;Ida Thomsen\n")
    assert people(path) == [("1", "Ida Thomsen", "", "", "")]


def test_decimals_stay_where_a_column_has_them(tmp_path: Path) -> None:
    path = csv(tmp_path, "Nr.;Navn;Løntrin\n1.0;Ida Thomsen;2.5\n2.5;Bo Bach;3.0\n")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.columns["Løntrin"]) for e in listing.employees] == [
        ("1.0", "2.5"), ("2.5", "3.0")]


def test_a_leading_apostrophe_is_excels_text_mark(tmp_path: Path) -> None:
    path = csv(tmp_path, "Lønnummer;Navn;Leders lønnummer\n'01001;Ida Thomsen;'01000\n"
                         "'01000;Pia Lund;\n")
    assert people(path) == [("01001", "Ida Thomsen", "", "Pia Lund", ""),
                            ("01000", "Pia Lund", "", "", "")]


def test_a_formula_that_gives_text_is_the_text_excel_shows(tmp_path: Path) -> None:
    """A portal that keeps leading zeros for Excel writes ``="00040"``; in every column."""
    path = csv(tmp_path, '\ufeff"Medarbejdernummer";"Navn";"Nærmeste leder nr."\n'
                         '="00040";"Ida Thomsen";="00049"\n="00049";"Pia Lund";""\n'
                         '="00058";"Bo =""Bach""";="00049"\n')
    assert people(path) == [("00040", "Ida Thomsen", "", "Pia Lund", ""),
                            ("00049", "Pia Lund", "", "", ""),
                            ("00058", 'Bo ="Bach"', "", "Pia Lund", "")]


def test_a_work_address_after_its_label_is_the_address() -> None:
    """Podio writes an e-mail field as "Arbejde: ole@x.dk"; a private one keeps its label."""
    rows = [(2, ("Ole", "Arbejde: ole@x.dk", "Work:ib@x.dk", "Privat: ole@gmail.com", 5))]
    assert without_address_labels(rows) == [
        (2, ("Ole", "ole@x.dk", "ib@x.dk", "Privat: ole@gmail.com", 5))]
    plain = [(2, ("Ole", "ole@x.dk"))]
    assert without_address_labels(plain) is plain


@pytest.mark.parametrize("written", ["2,02301E+11", "2.02301E+11", "1.23457e+14"])
def test_a_number_in_scientific_notation_is_refused(tmp_path: Path, written: str) -> None:
    path = csv(tmp_path, f'Lønnummer;Navn\n"{written}";Ida Thomsen\n202301000001;Bo Bach\n')
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert str(caught.value).endswith(
        f'{path}, row 2, column "Lønnummer": The employee number "{written}" is written in '
        "scientific notation, so its digits are lost. In Excel, format the column as text "
        "before exporting (or export as .xlsx), and check the numbers.")


def test_decomposed_letters_from_a_mac_are_the_same_letters(tmp_path: Path) -> None:
    """Names in decomposed Unicode (macOS): the leader is found and their e-mail kept."""
    mac = unicodedata.normalize("NFD", "Søren Ærø Åberg")
    assert mac != "Søren Ærø Åberg"
    text = ("Medarbejdernr.;Navn;E-mail;Leder\n1;Søren Ærø Åberg;sa@x.dk;\n"
            f"2;Ida Thomsen;it@x.dk;{mac}\n")
    path = csv(tmp_path, text)
    assert people(path) == [("1", "Søren Ærø Åberg", "", "", ""),
                            ("2", "Ida Thomsen", "", "Søren Ærø Åberg", "sa@x.dk")]
    xlsx = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail", "Leder"), (1, mac, "sa@x.dk", None),
        (2, "Ida Thomsen", "it@x.dk", "søren  ærø åberg")]})
    assert people(xlsx)[1] == ("2", "Ida Thomsen", "", "Søren Ærø Åberg", "sa@x.dk")
    assert people(xlsx)[0][1] == "Søren Ærø Åberg"  # NFC, as every other letter


def test_a_meeting_date_written_as_text(ws: Workspace) -> None:
    """The finding: "uge 48" refused the whole list. It is printed as written, with a warning;
    a date with a typo in it is still a mistake."""
    write_xlsx(ws.employees, {"Ark1": [
        ("Medarbejdernr.", "Navn", "MUS-dato", "Leder"), (1, "Ida Thomsen", "uge 48", None),
        (2, "Bo Bach", "efter aftale", "Ida Thomsen"), (3, "Åse Holm", "uge 48", "Ida Thomsen")]})
    listing = read_employee_list(ws.employees, today=TODAY)
    assert [(e.meeting_date, e.meeting_text) for e in listing.employees] == [
        (None, "uge 48"), (None, "efter aftale"), (None, "uge 48")]
    assert [w.what for w in listing.warnings if w.kind == "meeting-text"] == [
        'The meeting date "uge 48" (rows 2 and 4) is not a date; the forms show it as written.',
        'The meeting date "efter aftale" (row 3) is not a date; the forms show it as written.']
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "generate", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    form = next((ws.output_dir / "forms" / "2027").glob("1_*.docx"))
    with zipfile.ZipFile(form) as archive:
        assert "uge 48" in archive.read("word/document.xml").decode("utf-8")
    typo = write_xlsx(ws.root / "t.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "MUS-dato"), (1, "Ida Thomsen", "31-02-2027")]})
    with pytest.raises(SpreadsheetError, match='The meeting date "31-02-2027" of employee 1 is '
                                               "not a date"):
        read_employee_list(typo, today=TODAY)


def test_meeting_dates_and_languages_as_people_write_them(tmp_path: Path) -> None:
    """A month without a day is printed as written (a warning); a language as a locale is
    read; one mus makes no forms in gets the usual form, with a warning: none refuses the
    list."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Afdeling", "MUS-dato", "Sprog"),
        (1, "Ida Thomsen", "IT", "marts 2027", "da-DK"),
        (2, "Bo Bach", "IT", "primo april", "English (UK)"),
        (3, "Åse Holm", "IT", None, "tysk")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.meeting_text, e.language) for e in listing.employees] == [
        ("marts 2027", "da"), ("primo april", "en"), ("", "")]
    assert [w.kind for w in listing.warnings] == ["language", "meeting-text", "meeting-text"]
    assert listing.warnings[0].what == (
        'The language "tysk" (row 4) is not one mus makes forms in (Danish or English), so they '
        "get the usual form.")


def test_invisible_characters_pasted_from_the_web_are_no_part_of_a_value(tmp_path: Path) -> None:
    """A zero-width space, a soft hyphen or a byte-order mark in a cell (copied from a web
    page or Word) is not shown by Excel and is no part of the name, number or leader."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr", "Navn", "Leder"), ("4401\u200b", "Jørgen Kløve", None),
        (4402, "Sø\u00adren Dam", "Jørgen\u200b Kløve"),
        (4403, "\ufeffAnne Lund", "Jørgen Kløve")]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [(e.number, e.name, e.leader_number) for e in listing.employees] == [
        ("4401", "Jørgen Kløve", ""), ("4402", "Søren Dam", "4401"),
        ("4403", "Anne Lund", "4401")]


def test_an_address_copied_as_a_mailto_link_is_the_address(tmp_path: Path) -> None:
    """A list whose addresses were links ("mailto:hala@x.dk"), saved to a text file: the
    address is what follows "mailto:", for the employee and for the leader."""
    path = csv(tmp_path, "Lønnr;Navn;E-mail;Afdeling;Leder;Ledermail\n"
                         "1;Hanne Lauritsen;MAILTO:hala@n.dk;Sundhed;;\n"
                         "2;Anne Bæk;mailto:anba@n.dk;Pleje;Hanne Lauritsen;mailto:hala@n.dk\n"
                         "3;Nanna Dahl;nada@n.dk;Pleje;Anne Bæk;mailto:anba@n.dk\n")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.email, e.leader, e.leader_email) for e in listing.employees] == [
        ("hala@n.dk", "", ""), ("anba@n.dk", "Hanne Lauritsen", "hala@n.dk"),
        ("nada@n.dk", "Anne Bæk", "anba@n.dk")]
    assert not listing.warnings
