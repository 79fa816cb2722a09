"""No leader column, groups under headings, each group's leader marked after their name: the
one marked leads the rest of the group; the mark is no part of the name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


def _read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Personale": [
        ("Navn", "Nr.", "Stilling", "Mail"), *rows]}), today=TODAY)


def _people(listing: Any) -> list[tuple[str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader) for e in listing.employees]


def test_each_groups_marked_leader_leads_it(tmp_path: Path) -> None:
    listing = _read(tmp_path, [
        ("Ledelse",), ("Emil Lund", 71, "Forstander", "el@x.dk"),
        ("Team Rosen",), ("Niels Schøler", 73, "SSA", "ns@x.dk"),
        ("Thøger Frølund (leder)", 72, "Teamleder", "tf@x.dk"),
        ("Bodil Kragh", 75, "SSH", "bk@x.dk"),
        ("Køkken",), ("Nanna Juul", 87, "Kok", "nj@x.dk"),
        ("Solvej Schøler (køkkenchef)", 86, "Køkkenleder", "ss@x.dk")])
    assert _people(listing) == [
        ("71", "Emil Lund", "Ledelse", ""),
        ("73", "Niels Schøler", "Team Rosen", "Thøger Frølund"),
        ("72", "Thøger Frølund", "Team Rosen", "Emil Lund"),
        ("75", "Bodil Kragh", "Team Rosen", "Thøger Frølund"),
        ("87", "Nanna Juul", "Køkken", "Solvej Schøler"),
        ("86", "Solvej Schøler", "Køkken", "Emil Lund")]
    assert listing.employees[1].leader_email == "tf@x.dk"
    [note] = [n for n in listing.notes if n.kind == "marked-leaders"]
    assert "the marked leaders' own leader is Emil Lund" in note.what


def test_without_a_first_group_of_one_the_marked_leaders_have_no_leader(
        tmp_path: Path) -> None:
    listing = _read(tmp_path, [
        ("Team Rosen",), ("Niels Schøler", 73, "SSA", "ns@x.dk"),
        ("Thøger Frølund - teamleder", 72, "Teamleder", "tf@x.dk"),
        ("Team Liljen",), ("Aksel Skov (leder)", 79, "Teamleder", "as@x.dk"),
        ("Signe Hjorth", 82, "SSA", "sh@x.dk")])
    assert [(n, ldr) for n, _, _, ldr in _people(listing)] == [
        ("73", "Thøger Frølund"), ("72", ""), ("79", ""), ("82", "Aksel Skov")]


def test_two_marked_in_one_group_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="are all marked as leader of \"Team Rosen\""):
        _read(tmp_path, [("Team Rosen",), ("Niels Schøler (leder)", 73, "SSA", "ns@x.dk"),
                         ("Thøger Frølund (leder)", 72, "Teamleder", "tf@x.dk"),
                         ("Bodil Kragh", 75, "SSH", "bk@x.dk")])


def test_a_bracket_that_says_no_role_is_no_mark(tmp_path: Path) -> None:
    listing = _read(tmp_path, [("Team Rosen",), ("Niels Schøler (NSC)", 73, "SSA", "ns@x.dk"),
                               ("Bodil Kragh (lederens sekretær)", 75, "SSH", "bk@x.dk")])
    assert [ldr for *_, ldr in _people(listing)] == ["", ""]
