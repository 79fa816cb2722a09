"""A code column beside its text column ("Ressource" / "Ressource (T)", "Afdeling kode" /
"Afdeling", "Leder" / "Leder tekst"): the text is the name, department or leader's name, the
code the number or the leader's number, when the cells match one to one; otherwise no pair."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import MusError
from pipeline.sheets import read_employee_list
from pipeline.sheets.codepairs import find_pairs
from tests.helpers import write_xlsx


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ressourcer": rows}),
                              today=dt.date(2026, 12, 5))


def people(listing: Any) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees]


def _unit4(mark: str) -> list[tuple[Any, ...]]:
    """Unit4/Agresso: every code beside its text; one person in two positions."""
    t = mark
    return [
        ("Ressource", f"Ressource{t}", f"Stilling{t}", "Org.enhed", f"Org.enhed{t}", "Leder",
         f"Leder{t}", "E-post"),
        (4401, "Nanna Mørch", "Direktør", "10", "Direktion", None, None, "nm@f.dk"),
        (4402, "Mette Skov", "Afdelingsleder", "20", "Drift", 4401, "Nanna Mørch", "ms@f.dk"),
        (4403, "Lise Dam", "Driftsmedarbejder", "20", "Drift", 4402, "Mette Skov", "ld@f.dk"),
        (4404, "Peter Bo", "Driftsmedarbejder", "20", "Drift", 4402, "Mette Skov", "pb@f.dk"),
        (4404, "Peter Bo", "Vagtordning", "20", "Drift", 4402, "Mette Skov", "pb@f.dk"),
        (4405, "Ulla Hjorth", "Afdelingsleder", "30", "Kunder", 4401, "Nanna Mørch", "uh@f.dk"),
    ]


EXPECTED = [
    ("4401", "Nanna Mørch", "Direktion", "", ""),
    ("4402", "Mette Skov", "Drift", "Nanna Mørch", "nm@f.dk"),
    ("4403", "Lise Dam", "Drift", "Mette Skov", "ms@f.dk"),
    ("4404", "Peter Bo", "Drift", "Mette Skov", "ms@f.dk"),
    ("4405", "Ulla Hjorth", "Kunder", "Nanna Mørch", "nm@f.dk"),
]


@pytest.mark.parametrize("mark", [" (T)", " (tekst)", " tekst", " text", "-Text"])
def test_code_and_text_columns_give_number_name_department_and_leader(
        tmp_path: Path, mark: str) -> None:
    listing = read(tmp_path, _unit4(mark))
    assert people(listing) == EXPECTED
    assert listing.layout.fields["number"].header == "Ressource"
    assert listing.layout.fields["leader_number"].header == "Leder"
    assert any("code and its text" in n.what for n in listing.notes)


def test_code_marked_column_beside_its_plain_text(tmp_path: Path) -> None:
    """"Medarbejder kode" / "Medarbejder", "Afdeling kode" / "Afdeling"."""
    listing = read(tmp_path, [
        ("Medarbejder kode", "Medarbejder", "Afdeling kode", "Afdeling", "E-mail"),
        ("A17", "Ane Bak", "S1", "Salg", "ab@k.dk"), ("A18", "Bo Lind", "S1", "Salg", "bl@k.dk"),
        ("A19", "Eva Ry", "D2", "Drift", "er@k.dk")])
    assert [(e.number, e.name, e.department) for e in listing.employees] == [
        ("A17", "Ane Bak", "Salg"), ("A18", "Bo Lind", "Salg"), ("A19", "Eva Ry", "Drift")]


def test_columns_that_do_not_match_one_to_one_are_no_pair(tmp_path: Path) -> None:
    """One "Ressource" number with two names: not a code and its text, so no number."""
    rows = _unit4(" (T)")
    rows[3] = (4402, "Lise Dam", *rows[3][2:])
    with pytest.raises(MusError) as caught:
        read(tmp_path, rows)
    assert "employee number" in str(caught.value)


def test_pairs_by_the_cells() -> None:
    rows = [(r, v) for r, v in enumerate([(1, "Ane", "x"), (2, "Bo", "y"), (2, "Bo", "y")], 2)]
    assert [(p.code, p.text) for p in find_pairs(("Ressource", "Ressource (T)", "Z"), rows)] == [
        (0, 1)]
    # the same values twice are no code and text
    same = [(r, ("Ane", "Ane")) for r in range(2, 6)]
    assert find_pairs(("Navn", "Navn (T)"), same) == []
    # a text header without its code column pairs with nothing
    assert find_pairs(("Stilling (T)", "Navn"), rows) == []
    # a code that has two texts
    crossed = [(2, (1, "Ane")), (3, (1, "Bo")), (4, (2, "Eva"))]
    assert find_pairs(("Leder", "Leder (T)"), crossed) == []
