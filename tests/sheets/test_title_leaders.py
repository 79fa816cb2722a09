"""A list with no leader column whose job titles show who leads each unit: the one in each
unit whose title says they lead leads the others; the one person outside every led unit leads
the unit leaders. Read only where every unit of two or more has exactly one such title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx


def read(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 12, 6))


def leaders(listing: Any) -> list[tuple[str, str, str]]:
    return [(e.number, e.department, e.leader) for e in listing.employees]


CLINICS = [
    ("Lønnummer", "Navn", "E-mail", "Klinik", "Funktion"),
    (4401, "Søren Schøler", "ss@a.dk", "Administrationen", "Overtandlæge"),
    (4402, "Niels Damgaard", "nd@a.dk", "Klinik Centrum", "Klinikleder"),
    (4403, "Karen Aagaard", "ka@a.dk", "Klinik Centrum", "Tandplejer"),
    (4404, "Helle Løvgreen", "hl@a.dk", "Klinik Centrum", "Klinikassistent"),
    (4405, "Jesper Møller", "jm@a.dk", "Klinik Hasseris", "Tandplejer"),
    (4406, "Torben Mørch", "tm@a.dk", "Klinik Hasseris", "Klinikleder"),
    (4407, "Helle Nyholm", "hn@a.dk", "Klinik Hasseris", "Tandlæge")]


def test_each_units_leader_by_title_and_the_one_outside_them_above(tmp_path: Path) -> None:
    """A dental service's list: 'Klinik' read as the department (one in each clinic leads by
    title), each 'Klinikleder' leads their clinic, the chief dentist alone in the
    administration leads the clinic leaders; said as a warning to check."""
    listing = read(tmp_path, CLINICS)
    assert leaders(listing) == [
        ("4401", "Administrationen", ""), ("4402", "Klinik Centrum", "Søren Schøler"),
        ("4403", "Klinik Centrum", "Niels Damgaard"), ("4404", "Klinik Centrum", "Niels Damgaard"),
        ("4405", "Klinik Hasseris", "Torben Mørch"), ("4406", "Klinik Hasseris", "Søren Schøler"),
        ("4407", "Klinik Hasseris", "Torben Mørch")]
    said = [w.what for w in listing.warnings if w.kind == "title-leaders"]
    assert len(said) == 1 and '"Klinikleder"' in said[0] and "Søren Schøler" in said[0]


def test_teams_with_a_leader_each_and_nobody_outside_leave_the_leaders_without(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [
        ("Nr", "Navn", "Stilling", "Team"),
        (602, "Gitte Bjørn", "Teamleder", "Team Gitte"),
        (603, "Malene Høj", "Service", "Team Gitte"), (604, "Bodil Sand", "Service", "Team Gitte"),
        (608, "Ove Kjær", "Teamleder", "Team Ove"), (609, "Sofie Juul", "Service", "Team Ove")])
    assert [e.leader for e in listing.employees] == [
        "", "Gitte Bjørn", "Gitte Bjørn", "", "Ove Kjær"]


def test_a_unit_with_two_heads_or_none_leaves_the_titles_as_titles(tmp_path: Path) -> None:
    """Two people in one clinic whose titles lead, or a unit whose titles lead nowhere: the
    pattern does not hold, so nobody is given a leader by a guess."""
    two = [*CLINICS[:4], (4408, "Bo Holm", "b@a.dk", "Klinik Centrum", "Souschef"), *CLINICS[4:]]
    none = [*CLINICS, (4409, "Ida Bæk", "ib@a.dk", "Klinik Vest", "Tandplejer"),
            (4410, "Ulla Krog", "uk@a.dk", "Klinik Vest", "Tandlæge")]
    for rows in (two, none):
        listing = read(tmp_path, rows)
        assert not any(e.leader for e in listing.employees)
        assert not [w for w in listing.warnings if w.kind == "title-leaders"]


def test_a_leader_flag_in_each_unit_leads_the_unit(tmp_path: Path) -> None:
    """"Enhedsleder: Ja" marks each unit's leader; "Rapporterer til" is filled only on their
    rows. The others are led by their unit's marked person, said."""
    path = write_xlsx(tmp_path / "f.xlsx", {"Ark1": [
        ("Nr", "Navn", "E-mail", "Enhed", "Enhedsleder", "Rapporterer til"),
        (700, "Anne-Mette Søndergaard", "am@k.dk", "Direktion", "Ja", None),
        (715, "Rasmus Larsen", "rl@k.dk", "Cloud", "Ja", "Anne-Mette Søndergaard"),
        (894, "Anne Jørgensen", "aj@k.dk", "Cloud", None, None),
        (976, "Anne Nielsen", "an@k.dk", "Cloud", "Nej", None),
        (720, "Ida Holm", "ih@k.dk", "Data", "Ja", "Anne-Mette Søndergaard"),
        (721, "Bo Dam", "bd@k.dk", "Data", None, None)]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("700", ""), ("715", "Anne-Mette Søndergaard"), ("894", "Rasmus Larsen"),
        ("976", "Rasmus Larsen"), ("720", "Anne-Mette Søndergaard"), ("721", "Ida Holm")]
    assert any(n.kind == "flag-leaders" for n in listing.notes)


def test_two_flagged_leaders_in_a_unit_refuse(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "g.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Restaurant", "Leder (J/N)"), ("4", "Rikke Jensen", "Kontoret", "J"),
        ("5", "Ole Lund", "Kontoret", "N"), ("54", "Line Overgaard", "Havnen", "J"),
        ("30", "Niels Rask", "Havnen", "J"), ("46", "Ann Frederiksen", "Havnen", "N"),
        ("47", "Bo Dam", "Havnen", "N")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=dt.date(2026, 12, 6))
    assert 'The column "Leder (J/N)" marks 2 leaders in "Havnen" (rows 4 and 5)' in str(
        caught.value)


def test_the_head_of_the_top_management_leads_the_other_units_heads(tmp_path: Path) -> None:
    """Every unit has its head by title, the director's unit among them ("Direktion"): the
    director leads the other heads, said in the warning; without such a unit they have none."""
    rows = [("Nr.", "Navn", "Afdeling", "Stilling"),
            (53, "Thomas Sørensen", "Direktion", "Administrerende direktør"),
            (54, "Rita Holm", "Direktion", "Direktionssekretær"),
            (65, "Julie Thomsen", "Kundeservice", "Afdelingsleder"),
            (170, "Dorte Bak", "Kundeservice", "Kundeservicemedarbejder"),
            (59, "Line Dal", "Indretning", "Afdelingsleder"),
            (135, "Aylin Demir", "Indretning", "Indretningsarkitekt")]
    listing = read(tmp_path, rows)
    assert leaders(listing) == [
        ("53", "Direktion", ""), ("54", "Direktion", "Thomas Sørensen"),
        ("65", "Kundeservice", "Thomas Sørensen"),
        ("170", "Kundeservice", "Julie Thomsen"), ("59", "Indretning", "Thomas Sørensen"),
        ("135", "Indretning", "Line Dal")]
    [said] = [w.what for w in listing.warnings if w.kind == "title-leaders"]
    assert 'the head of "Direktion"' in said
