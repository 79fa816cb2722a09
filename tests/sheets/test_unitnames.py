"""Units given as codes, their names on another sheet (unitnames.py): read through that sheet
only where it names every code once, and not where it pairs units with people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from pipeline.sheets.unitnames import codes_of
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)
STAFF = [("000353", "Søndergaard, Dorthe", "R220", "000400"),
         ("000356", "Rahimi, Ali", "R200", "000400"), ("000357", "Holm, Karl", "R220", "000400"),
         ("000358", "Lund, Eva", "R200", "000400"), ("000400", "Solberg, Ingrid", "R100", "")]


def read(tmp_path: Path, units: list[tuple[Any, ...]], header: str = "Org.enhed",
         sheet: str = "Org.enheder") -> Any:
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Ressourcer": [("Ressource", "Navn", header, "Leder"), *STAFF], sheet: units})
    return read_employee_list(path, today=TODAY)


def departments(listing: Any) -> list[str]:
    return [e.department for e in listing.employees]


NAMES = [("Org.enhed", "Beskrivelse", "Ansvarlig"), ("R100", "Direktion", "000400"),
         ("R200", "Projektledelse", "000356"), ("R220", "Byggerådgivning", "000353"),
         ("R230", "Miljø og Klima", "000999")]


def test_unit_codes_are_read_by_the_names_another_sheet_gives_them(tmp_path: Path) -> None:
    listing = read(tmp_path, NAMES)
    assert departments(listing) == ["Byggerådgivning", "Projektledelse", "Byggerådgivning",
                                    "Projektledelse", "Direktion"]
    [note] = [n for n in listing.notes if n.kind == "unit-names"]
    assert note.what == ('The departments in "Org.enhed" are codes; their names are read from '
                         'the sheet "Org.enheder" (for example R100: Direktion).')


def test_a_list_without_a_department_reads_codes_named_under_the_same_header(
        tmp_path: Path) -> None:
    """A region's Omk.sted: no department column; the sheet of names is headed Omk.sted too."""
    units = [("Omk.sted", "Navn", "Overordnet"), ("R100", "Hospitalsledelsen", None),
             ("R200", "Kirurgisk Afdeling", "R100"), ("R220", "Sengeafsnit K1", "R200")]
    listing = read(tmp_path, units, header="Omk.sted", sheet="Omkostningssteder")
    assert departments(listing) == ["Sengeafsnit K1", "Kirurgisk Afdeling", "Sengeafsnit K1",
                                    "Kirurgisk Afdeling", "Hospitalsledelsen"]
    [warning] = [w for w in listing.warnings if w.kind == "unit-names"]
    assert warning.what.startswith('The list has no department column; "Omk.sted" (column C) '
                                   'holds codes that the sheet "Omkostningssteder" names')
    # under another header, the codes are no department: said as before
    other = read(tmp_path, [("Kode", "Betegnelse"), *[u[:2] for u in units[1:]]],
                 header="Omk.sted")
    assert departments(other) == [""] * 5
    assert "no-department" in {w.kind for w in other.warnings}


def test_a_sheet_that_pairs_units_with_people_names_no_units(tmp_path: Path) -> None:
    leaders = [("Org.enhed", "Leder"), ("R100", "Ingrid Solberg"), ("R200", "Ali Rahimi"),
               ("R220", "Dorthe Søndergaard")]
    assert departments(read(tmp_path, leaders))[:2] == ["R220", "R200"]


def test_a_code_the_sheet_does_not_name_leaves_every_code_as_it_is(tmp_path: Path) -> None:
    listing = read(tmp_path, NAMES[:3])  # R220 is not there
    assert departments(listing)[:2] == ["R220", "R200"]
    assert not [n for n in listing.notes if n.kind == "unit-names"]


def test_what_is_a_column_of_codes() -> None:
    assert codes_of(["R220", "R200", "R220"]) == {"r220", "r200"}
    assert codes_of(["4113", "4126", "4113", ""]) == {"4113", "4126"}
    assert codes_of(["Økonomi", "Salg", "Salg"]) is None  # names, not codes
    assert codes_of(["R220", "R200"]) is None  # each once: no units shared
    assert codes_of(["Team 3", "Team 4", "Team 3"]) is None  # a space: a name with a number
