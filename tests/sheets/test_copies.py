"""Last season's list left under this season's, with its own title and the headers again: left
out when it says it is older, refused when nothing tells the copies apart; headers repeated over
more of the list (a printout's pages, the list's title again, a department's heading) are no
copy; other people under a title of their own ("Nyansatte pr. 1. januar 2027") refuse the list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 5)
HEAD = ("Nr.", "Navn", "Afdeling", "Leder")
NOW = [(101, "Aksel Laursen", "Direktion", None), (102, "Rasmus Nyholm", "Vand", "Aksel Laursen"),
       (103, "Malene Møller", "Vand", "Rasmus Nyholm"), (106, "Kåre Krog", "Vand",
                                                        "Rasmus Nyholm")]
THEN = [(101, "Aksel Laursen", "Direktion", None), (102, "Rasmus Nyholm", "Vand", "Aksel Laursen"),
        (103, "Malene Møller", "Vand", "Rasmus Nyholm"), (106, "Kåre Krog", "Kundecenter",
                                                         "Rasmus Nyholm"),
        (90, "Freja Thygesen", "Vand", "Malene Møller")]


def read(tmp_path: Path, title: str, then_title: str, then: list[Any] = THEN) -> Any:
    rows = [(title,), HEAD, *NOW, (), (), (then_title,), HEAD, *then]
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"MUS": rows}), today=TODAY)


@pytest.mark.parametrize(("title", "then_title"), [
    ("MUS 2026", "MUS 2025 – gammel liste, ikke slettet"),
    ("MUS 2026", "MUS 2025"),
    ("Medarbejdere", "Tidligere liste"),
])
def test_an_older_copy_under_the_list_is_left_out(tmp_path: Path, title: str,
                                                   then_title: str) -> None:
    listing = read(tmp_path, title, then_title)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("101", "Direktion"), ("102", "Vand"), ("103", "Vand"), ("106", "Vand")]
    assert any("are an older copy of the list" in n.what for n in listing.notes)


def test_a_copy_nothing_dates_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match=r"From row 10 the headers come again over a "
                       r"second copy of the list \(4 of its 5 employee numbers"):
        read(tmp_path, "Medarbejdere", "Medarbejdere")


def test_headers_repeated_over_more_of_the_list_are_no_copy(tmp_path: Path) -> None:
    more = [(107, "Karen Kjær", "Vand", "Rasmus Nyholm"), (108, "Astrid Lund", "Spildevand",
                                                          "Aksel Laursen")]
    listing = read(tmp_path, "Medarbejdere", "Side 2", more)
    assert [e.number for e in listing.employees] == ["101", "102", "103", "106", "107", "108"]


MORE = [(107, "Karen Kjær", "Vand", "Rasmus Nyholm"), (108, "Astrid Lund", "Vand", "Aksel Laursen")]


@pytest.mark.parametrize("then_title", ["Side 2", "Page 2 of 3", "(fortsat)", "- continued",
                                        "Medarbejdere (fortsat)", "Afdeling: Vand", "Orlov",
                                        "Elever og studerende (ansat)", "Timelønnede"])
def test_a_page_the_lists_title_or_a_department_over_more_people_is_more_of_the_list(
        tmp_path: Path, then_title: str) -> None:
    listing = read(tmp_path, "Medarbejdere", then_title, MORE)
    assert [e.number for e in listing.employees] == ["101", "102", "103", "106", "107", "108"]


@pytest.mark.parametrize("then_title", ["Nyansatte pr. 1. januar 2027 (ikke med i MUS i år)",
                                        "Vikarer", "Elever 2026-27"])
def test_other_people_under_a_title_of_their_own_are_refused(tmp_path: Path,
                                                              then_title: str) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, "Medarbejdere", then_title, MORE)
    said = str(caught.value)
    assert 'sheet "MUS", row 9: From row 10 the headers come again, under the title in row 9, ' \
        "over 2 people who are not above it" in said
    assert "move their rows up into the list" in said
    assert then_title not in said  # the title's words are HR's, not repeated


def test_people_under_a_heading_that_says_they_left_are_leavers_not_a_table(
        tmp_path: Path) -> None:
    listing = read(tmp_path, "Medarbejdere", "Fratrådt i 2026 (til orientering)", MORE)
    assert [e.number for e in listing.employees] == ["101", "102", "103", "106"]
    assert [a.number for a in listing.leavers] == ["107", "108"]
