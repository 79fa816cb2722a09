"""Text files as they come: every encoding read whole or refused with the line, the separator
found from the header row."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import InputFileError
from pipeline.sheets import read_employee_list
from pipeline.sheets.textfile import EncodingProblem, decode

TEXT = "Medarbejdernr.;Navn;Afdeling\r\n00042;Søren Østergaard;Løn og Økonomi\r\n"


@pytest.mark.parametrize(("data", "name"), [
    (TEXT.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16 LE"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16 BE"),
    (TEXT.encode("utf-16-le"), "UTF-16 LE (no BOM)"),
    (TEXT.encode("utf-16-be"), "UTF-16 BE (no BOM)"),
    (TEXT.encode("cp1252"), "Windows-1252"),
])
def test_every_encoding_read_whole(data: bytes, name: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT and decoded.encoding == name


def test_mixed_encodings_refused_with_the_line() -> None:
    data = "a;b\r\nÆble;Ø\r\n".encode() + "x;y\r\nKjær;z\r\n".encode("cp1252")
    with pytest.raises(EncodingProblem) as caught:
        decode(data)
    assert caught.value.line == 4
    assert caught.value.detail == ("line 2 is UTF-8 but line 4 is in another encoding "
                                   "(probably Windows-1252): the file mixes two encodings")


def test_bytes_that_are_no_text(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(b"Medarbejdernr.;Navn\r\n1;A\x81\x8d\r\n")
    with pytest.raises(InputFileError) as caught:
        read_employee_list(path)
    assert str(caught.value) == (
        f"The employee list {path} cannot be read as text, line 2: this line holds bytes that "
        "are neither UTF-8 nor Windows-1252. Nothing was read. Open the file in Excel (or "
        'Notepad) and save it again as "CSV UTF-8", or export it again from the system it came '
        "from, choosing UTF-8.")


@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_separator_from_the_header_row_not_the_title(tmp_path: Path, sep: str) -> None:
    title = "Udtræk, kørt 27.11.2026; af HR | version 2\t(fortroligt)"
    path = tmp_path / "e.csv"
    path.write_text(f"{title}\n\nMedarbejdernr.{sep}Navn{sep}Afdeling\n7{sep}Ida Thomsen{sep}IT\n",
                    encoding="utf-8")
    [ida] = read_employee_list(path).employees
    assert (ida.number, ida.name, ida.department, ida.row) == ("7", "Ida Thomsen", "IT", 4)


def test_quoted_fields_with_line_breaks_keep_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text('Medarbejdernr.,Navn,Stilling\n1,Ida Thomsen,"Udvikler,\nteamleder"\n'
                    "2,Bo Bach,Tekniker\n", encoding="utf-8")
    staff = read_employee_list(path).employees
    assert [(e.number, e.job_title, e.row) for e in staff] == [
        ("1", "Udvikler, teamleder", 2), ("2", "Tekniker", 4)]


def test_text_saved_as_txt_is_a_text_table(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Medarbejdernr.\tNavn\r\n5\tÅse Ærø\r\n".encode(
        "utf-16-le"))
    [emp] = read_employee_list(path).employees
    assert (emp.number, emp.name) == ("5", "Åse Ærø")


def test_a_value_split_by_its_own_unquoted_comma_is_joined_back(tmp_path: Path) -> None:
    """A comma file written without quotes: "Børn, Unge og Familie" became two cells on its
    rows; the space after the comma shows where, and the rows are read whole, said."""
    path = tmp_path / "e.csv"
    path.write_text("Nr,Navn,Forvaltning,Leder\n1,Ane Bak,Direktion,\n"
                    "2,Bo Lind,Børn, Unge og Familie,Ane Bak\n3,Eva Ry,Teknik,Ane Bak\n"
                    "4,Jon Ask,Børn, Unge og Familie,Bo Lind\n", encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.department, e.leader) for e in listing.employees] == [
        ("Direktion", ""), ("Børn, Unge og Familie", "Ane Bak"), ("Teknik", "Ane Bak"),
        ("Børn, Unge og Familie", "Bo Lind")]
    [said] = [n for n in listing.notes if n.kind == "rejoined"]
    assert said.rows == (3, 5)


def test_comment_lines_over_a_text_files_header_are_no_header(tmp_path: Path) -> None:
    """draw.io's org-chart CSV: "## …" and "# connect: {"from": "manager", "to": "id"}" over
    the header; a header whose first column is "#" is still the header."""
    path = tmp_path / "org.csv"
    path.write_text('## Org chart\n# connect: {"from": "manager", "to": "id", "invert": true}\n'
                    "# layout: verticaltree\nid,name,team,manager\n7,Amira Haddad,Ledelse,\n"
                    "10,Kristian Sørensen,Platform,7\n118,Anne Ågård,Platform,10\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("7", ""), ("10", "Amira Haddad"), ("118", "Kristian Sørensen")]
    hashed = tmp_path / "hash.csv"
    hashed.write_text("#,Navn,Afdeling,Leder\n1,Ane Bak,Ledelse,\n2,Bo Lind,Salg,Ane Bak\n",
                      encoding="utf-8")
    assert [e.number for e in read_employee_list(hashed, today=dt.date(2026, 12, 6)).employees
            ] == ["1", "2"]


def test_quoted_values_after_a_space_past_each_comma(tmp_path: Path) -> None:
    """An intranet's export: '"41", "Hanne Jørgensen", …', every value quoted after a space.
    The quotes are quotes (an end date '"18-11-2026"' had been refused as no date); a comma
    inside quotes stays in its value."""
    lines = ['"Id", "Navn", "Afdeling", "Fratrådt", "Leder"',
             '"41", "Hanne Jørgensen", "Direktion", "", ""',
             '"42", "Niels Holm", "Drift, Service", "", "Hanne Jørgensen"',
             '"43", "Eva Dam", "Drift, Service", "18-11-2026", "Niels Holm"',
             '"44", "Ib Lund", "Drift, Service", "", "Niels Holm"']
    path = tmp_path / "katalog.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 12, 7))
    assert [(e.number, e.name, e.department, e.leader) for e in listing.employees] == [
        ("41", "Hanne Jørgensen", "Direktion", ""),
        ("42", "Niels Holm", "Drift, Service", "Hanne Jørgensen"),
        ("44", "Ib Lund", "Drift, Service", "Niels Holm")]
    assert [a.number for a in listing.leavers] == ["43"]
