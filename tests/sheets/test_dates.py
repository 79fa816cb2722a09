"""Years and dates in the words of a name or a header, as the sheet and column choices read
them: one reading for all of them."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.sheets.dates import dated_name, read_date, without_years, years_in


def test_a_text_names_its_four_digit_years_and_no_other_numbers() -> None:
    assert years_in("MUS 2025-2026") == [2025, 2026]
    assert years_in("Leder pr. 1/11-2026") == [2026]
    assert years_in("Team 26, lokale 2450") == []


def test_a_header_without_its_year_is_what_it_names() -> None:
    assert without_years("Leder  2026") == "Leder"
    assert without_years("Afdeling (2025)") == "Afdeling ( )"


@pytest.mark.parametrize(("name", "expected"), [
    ("November 2026", ("", (2026, 11))),
    ("Okt. 26", ("", (2026, 10))),
    ("december", ("", (0, 12))),
    ("MUS 2026", ("mus", (2026, 0))),
    ("Skoleåret 2025-26", ("skoleåret", (2025, 0))),
    ("Team 26", None),
    ("Medarbejdere", None),
    ("2025 og 2026", None),
])
def test_a_sheet_name_gives_its_date_and_what_it_says_besides(
        name: str, expected: tuple[str, tuple[int, int]] | None) -> None:
    assert dated_name(name) == expected


@pytest.mark.parametrize(("text", "day"), [
    ("28072026", dt.date(2026, 7, 28)),  # Statens Lønsystem: day, month, year, no separators
    ("01012000", dt.date(2000, 1, 1)), ("20122019", dt.date(2019, 12, 20)),
    ("20260728", dt.date(2026, 7, 28)),  # year first, as before
    ("19991231", dt.date(1999, 12, 31))])
def test_eight_digits_are_a_date_either_way_round(text: str, day: dt.date) -> None:
    """A year first has a month of 01–12 where a year last has 19 or 20: never both."""
    assert read_date(text) == day


@pytest.mark.parametrize("text,day", [("31/1-27", dt.date(2027, 1, 31)),
                                      ("21/9 2026", dt.date(2026, 9, 21)),
                                      ("21/9-2026", dt.date(2026, 9, 21))])
def test_the_danish_hands_day_slash_month_then_the_year(text: str, day: dt.date) -> None:
    assert read_date(text) == day
