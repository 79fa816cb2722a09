"""The department where no column is headed as one: a column headed as a place of work that
groups the people, unit levels numbered across columns (the deepest filled level), and a unit's
name beside its code (the name, not the code). Each is said in `mus check`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 11, 27))


def departments(listing: Any) -> list[str]:
    return [e.department for e in listing.employees]


@pytest.mark.parametrize(("header", "places"), [
    ("Arbejdssted", ("Rådhuset", "Genbrugspladsen")),
    ("Work location", ("Leeds", "York")),
    ("Arbetsplats", ("Kontoret", "Lagret")),
    ("Tjenestested", ("Sentrum skole", "Nordby skole")),
])
def test_a_place_of_work_that_groups_the_people_is_the_department(
        tmp_path: Path, header: str, places: tuple[str, str]) -> None:
    a, b = places
    listing = read(tmp_path, [
        ("Medarbejdernr.", "Navn", header, "E-mail"),
        (1, "Ane Bak", a, "ab@k.dk"), (2, "Bo Lind", a, "bl@k.dk"), (3, "Eva Ry", a, "er@k.dk"),
        (4, "Jon Ask", b, "ja@k.dk"), (5, "Kim Dal", b, "kd@k.dk"), (6, "Lis Ho", b, "lh@k.dk")])
    assert departments(listing) == [a, a, a, b, b, b]
    assert not [w for w in listing.warnings if w.kind == "no-department"]
    assert any(f'"{header}"' in n.what and "place of work" in n.what for n in listing.notes)


def test_a_place_that_does_not_group_anyone_is_no_department(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Location"),
        (1, "Ane Bak", "Aarhus"), (2, "Bo Lind", "Odense"), (3, "Eva Ry", "Vejle"),
        (4, "Jon Ask", "Kolding")])
    assert departments(listing) == ["", "", "", ""]
    assert [w.kind for w in listing.warnings if w.kind == "no-department"] == ["no-department"]


@pytest.mark.parametrize("stem", ["Nivå", "Level", "Niveau", "Org nivå"])
def test_unit_levels_of_uneven_depth_give_the_deepest_level(tmp_path: Path, stem: str) -> None:
    listing = read(tmp_path, [
        ("Ansattnr", "Navn", f"{stem} 1", f"{stem} 2", f"{stem} 3", "Leder"),
        (1, "Helle Moe", "Konsern", None, None, None),
        (2, "Mads Krog", "Konsern", "Drift", None, "Helle Moe"),
        (3, "Tor Dahl", "Konsern", "Drift", "Havn", "Mads Krog"),
        (4, "Nina Sand", "Konsern", "Drift", "Havn", "Mads Krog"),
        (5, "Ida Lie", "Konsern", "Økonomi", None, "Helle Moe"),
        (6, "Per Vik", "Konsern", "Økonomi", None, "Ida Lie")])
    assert departments(listing) == ["Konsern", "Drift", "Havn", "Havn", "Økonomi", "Økonomi"]
    assert any("deepest level" in n.what for n in listing.notes)


def test_numbered_columns_with_gaps_are_not_unit_levels(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Kode 1", "Kode 2", "Afdeling"),
        (1, "Ane Bak", "A", None, "Løn"), (2, "Bo Lind", None, "B", "Løn"),
        (3, "Eva Ry", "A", "B", "Løn")])
    assert departments(listing) == ["Løn", "Løn", "Løn"]


@pytest.mark.parametrize(("code_header", "name_header", "codes", "said"), [
    ("Org.enhed", "Organisationsenhed", ("50001200", "50001210"), True),
    ("Enhed", "Avdelning", ("KS-04", "KS-11"), True),
    ("Afd.nr.", "Afdeling", (17, 23), False),
])
def test_a_units_name_beside_its_code_is_the_department(
        tmp_path: Path, code_header: str, name_header: str, codes: tuple[Any, Any],
        said: bool) -> None:
    top, low = codes
    listing = read(tmp_path, [
        ("Personalenr.", "Navn", code_header, name_header),
        ("001", "Frida Holm", top, "Direktion"), ("002", "Kåre Ny", low, "Slagteri"),
        ("003", "Ulla Ege", low, "Slagteri"), ("004", "Per Lau", low, "Slagteri"),
        ("005", "Jens Bo", top, "Direktion")])
    assert departments(listing) == ["Direktion", "Slagteri", "Slagteri", "Slagteri",
                                    "Direktion"]
    # said where the code's header would have won ("Afdeling" wins over "Afd.nr." anyway)
    assert any("holds unit codes" in n.what for n in listing.notes) == said


def test_two_unit_columns_that_do_not_match_one_to_one_keep_the_first(tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Nr.", "Navn", "Afdeling", "Team"),
        (1, "Ane Bak", "Salg", "Nord"), (2, "Bo Lind", "Salg", "Syd"),
        (3, "Eva Ry", "Drift", "Nord"), (4, "Jon Ask", "Drift", "Syd")])
    assert departments(listing) == ["Salg", "Salg", "Drift", "Drift"]


def _grouped(header: str, units: Sequence[str]) -> list[tuple[Any, ...]]:
    """A head and two units of four, each led by its first person."""
    a, b = units
    return [("Lønnr.", "Navn", header, "Stilling", "Leder"),
            (1, "Bente Vest", "Ledelse", "Leder", None),
            (2, "Jens Brun", a, "Pædagog", "Bente Vest"),
            (3, "Ole Friis", a, "Pædagog", "Jens Brun"),
            (4, "Nina Hjort", a, "Medhjælper", "Jens Brun"),
            (5, "Tina Holm", a, "Pædagog", "Jens Brun"),
            (6, "Poul Sand", b, "Pædagog", "Bente Vest"),
            (7, "Emil Kjær", b, "Medhjælper", "Poul Sand"),
            (8, "Ida Kragh", b, "Pædagog", "Poul Sand"),
            (9, "Ulla Lykke", b, "Pædagog", "Poul Sand")]


@pytest.mark.parametrize(("header", "units"), [
    ("Stue", ("Sommerfuglestuen", "Mariehønestuen")),
    ("Klynge", ("Sengeafsnit O2", "Ambulatoriet")),
    ("Hold", ("Hold Nord", "Hold Syd")),
    ("Gruppe", ("Hjemmeplejen Vest", "Hjemmeplejen Øst")),  # a bare word of kind
    # a cost centre where no column is the department (UKG's roster; exports43)
    ("Cost Center", ("DK10-4410 QC Microbiology", "DK10-4420 QC Chemistry")),
    ("Omkostningssted", ("4410 Hjemmeplejen Vest", "4420 Hjemmeplejen Øst")),
])
def test_an_unknown_header_over_units_the_leaders_agree_with_is_the_department(
        tmp_path: Path, header: str, units: tuple[str, str]) -> None:
    a, b = units
    listing = read(tmp_path, _grouped(header, units))
    assert departments(listing) == ["Ledelse", a, a, a, a, b, b, b, b]
    assert any(f'"{header}"' in n.what and "same leader" in n.what for n in listing.notes)


def test_an_unknown_column_whose_groups_cross_the_leaders_is_no_department(
        tmp_path: Path) -> None:
    rows = _grouped("Stue", ("Sommerfuglestuen", "Mariehønestuen"))
    # "Fag": a subject each teaches, across both units and leaders
    crossing = ["Fag", "Ledelse", "Musik", "Idræt", "Musik", "Idræt", "Musik", "Idræt",
                "Musik", "Idræt"]
    listing = read(tmp_path, [(r[0], r[1], c, r[3], r[4]) for r, c in zip(rows, crossing,
                                                                           strict=True)])
    assert departments(listing) == [""] * 9
    assert [w.kind for w in listing.warnings if w.kind == "no-department"] == ["no-department"]


def test_without_a_leader_column_an_unknown_header_is_not_guessed(tmp_path: Path) -> None:
    listing = read(tmp_path, [r[:4] for r in _grouped("Stue", ("Mælkebøtten", "Kløveren"))])
    assert departments(listing) == [""] * 9


@pytest.mark.parametrize(("code", "name"), [
    ("Niv{n}", "Niv{n} tekst"),        # Unit4: each level's code, then its text
    ("Nivå {n} kode", "Nivå {n}"),     # the code after, the name plain
    ("Lvl{n}", "Lvl{n} text"),
])
def test_numbered_levels_with_each_levels_code_between_them(tmp_path: Path, code: str,
                                                             name: str) -> None:
    head = ["Nr.", "Navn"]
    for n in (1, 2, 3):
        head += [code.format(n=n), name.format(n=n)]
    rows: list[tuple[Any, ...]] = [tuple(head), (1, "Birgitte Holm", 40, "Kultur")]
    rows[1] = (*rows[1], None, None, None, None)
    for number, who, deep in [(2, "Emil Tøt", ("Bibliotek", "Udlån")),
                              (3, "Ulla Thy", ("Bibliotek", "Udlån")),
                              (4, "Ida Hjorth", ("Bibliotek", "Børn")),
                              (5, "Åse Vest", ("Musikskole", None))]:
        rows.append((number, who, 40, "Kultur", 41, deep[0], 42 if deep[1] else None, deep[1]))
    listing = read(tmp_path, rows)
    assert departments(listing) == ["Kultur", "Udlån", "Udlån", "Børn", "Musikskole"]


def test_a_bare_group_header_over_kinds_of_employment_is_no_department(tmp_path: Path) -> None:
    rows = _grouped("Gruppe", ("Hjemmeplejen Vest", "Hjemmeplejen Øst"))
    kinds = ["Gruppe", "Funktionær", "Timelønnet", "Funktionær", "Timelønnet", "Funktionær",
             "Timelønnet", "Funktionær", "Timelønnet", "Funktionær"]
    listing = read(tmp_path, [(r[0], r[1], k, r[3], r[4]) for r, k in zip(rows, kinds,
                                                                           strict=True)])
    assert departments(listing) == [""] * 9


def test_a_department_column_of_one_value_gives_way_to_the_groups(tmp_path: Path) -> None:
    """Aula's "Institution" says the school on every row; "Primære grupper" groups the people
    as their leaders do: the groups are the departments, said (exports42)."""
    rows = [("Lønnr.", "Navn", "Institution", "Primære grupper", "Leder")]
    leaders = {"Ledelse": None, "Indskoling": "Bo Skov", "SFO": "Karl Ravn"}
    people = [("Pia Aagaard", "Ledelse"), ("Bo Skov", "Ledelse"), ("Karl Ravn", "Ledelse")] + [
        (f"Ind {c}sen", "Indskoling") for c in "ABCD"] + [(f"Sfo {c}sen", "SFO") for c in "ABCD"]
    for i, (name, group) in enumerate(people, 1):
        leader = "Pia Aagaard" if group == "Ledelse" and name != "Pia Aagaard" else leaders[group]
        rows.append((i, name, "Bakkeskolen", group, leader))
    listing = read(tmp_path, rows)
    assert departments(listing) == ["Ledelse"] * 3 + ["Indskoling"] * 4 + ["SFO"] * 4
    assert any(n.kind == "department-one-value" and '"Institution"' in n.what
               for n in listing.notes)
