"""A CSV saved by Excel for Mac as "CSV (Macintosh)" is in Mac Roman: its ø, æ and å are read as
the letters they are, never as "S¿rensen"; a Windows-1252 file is still read as one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from pipeline.sheets.textfile import decode

ROWS = ("Lønnummer;Navn;Afdeling;Nærmeste leder\r9001;Jørgen Sørensen;Økonomi;\r"
        "9002;Åse Kjær;Økonomi;Jørgen Sørensen\r9003;Bent Ærø;Lager;Åse Kjær\r")


def test_a_mac_roman_csv_with_cr_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(ROWS.encode("mac_roman"))
    listing = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert [(e.name, e.department, e.leader) for e in listing.employees] == [
        ("Jørgen Sørensen", "Økonomi", ""), ("Åse Kjær", "Økonomi", "Jørgen Sørensen"),
        ("Bent Ærø", "Lager", "Åse Kjær")]
    assert listing.encoding == "Mac Roman"


def test_mac_roman_without_the_letters_windows_lacks() -> None:
    """No Å (0x81, which Windows-1252 has no letter for): told apart by the words."""
    text = "Nr;Navn\n1;Søren Bæk\n2;Kåre Møller\n"
    assert decode(text.encode("mac_roman")).text == text
    assert decode(text.encode("mac_roman")).encoding == "Mac Roman"


def test_windows_1252_stays_windows_1252() -> None:
    text = ("Nr;Navn;Afdeling\n1;Søren Bæk;Økonomi – Løn\n2;Åse Kjær;Lager\n3;Café Ré;Salg\n"
            "4;Bo Bach;Salg – €\n")
    decoded = decode(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "Windows-1252")


def test_an_old_dos_systems_export_in_code_page_865(tmp_path: Path) -> None:
    """Dynamics C5 and other DOS-era systems write code page 865: its ø is Mac Roman's õ, its
    æ Mac Roman's ë, and Windows-1252 cannot read its Ø at all. The decoding that reads the
    Danish letters is the one."""
    path = tmp_path / "c5.txt"
    path.write_bytes(ROWS.replace("\r", "\r\n").encode("cp865"))
    listing = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert [(e.name, e.department, e.leader) for e in listing.employees] == [
        ("Jørgen Sørensen", "Økonomi", ""), ("Åse Kjær", "Økonomi", "Jørgen Sørensen"),
        ("Bent Ærø", "Lager", "Åse Kjær")]
    assert listing.encoding == "DOS code page 865"
    for text in ("Nr;Navn\n1;Søren Bæk\n2;Kåre Møller\n", ROWS):  # and no other file is read so
        assert decode(text.encode("mac_roman")).encoding == "Mac Roman"
        assert decode(text.encode("cp1252")).encoding == "Windows-1252"
