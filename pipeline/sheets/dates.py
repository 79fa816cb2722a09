"""Dates as an employee list writes them: real Excel dates, ``15-03-2027``, ``15.03.2027``,
``2027-03-15``, ``15. marts 2027``, ``30-Sep-2026``, ``Sep 30, 2026``, and slash dates, whose
order a list must prove.

``11/03/2026`` is 11 March in Denmark and 3 November in an American export. It is read only
when the file as a whole shows its order (some other slash date such as ``25/03/2026`` or
``03/25/2026``); otherwise it is refused with its row, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from pipeline.sheets.values import cell_text

DMY, MDY = "day/month/year", "month/day/year"
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:[ T].*)?$")
_NUMERIC = (
    # the year first, as ISO and Oracle's "2027/04/12" write it (never the day before the month)
    (re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T].*)?$"), ("y", "", "m", "d")),
    (re.compile(r"^(\d{1,2})[-.](\d{1,2})[-.](\d{4}|\d{2})(?:[ T].*)?$"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), ("y", "m", "d")),
    # the Danish hand: day/month, then the year after a dash or a space ("31/1-27", "21/9 2026")
    (re.compile(r"^(\d{1,2})/(\d{1,2})[-\s](\d{4}|\d{2})$"), ("d", "m", "y")),
)
# Month names and their short forms, Danish and English (the forms are read with them too).
MONTHS = {name: number for number, names in enumerate((
    ("januar", "january", "jan"), ("februar", "february", "feb"), ("marts", "march", "mar"),
    ("april", "apr"), ("maj", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("august", "aug"), ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
# "15. marts 2027", "30-Sep-2026", "30 Sep 26", and "Sep 30, 2026" as English writes it.
_WORDS = re.compile(r"^(\d{1,2})\.?(?:\s+|\s*[-/]\s*)([^\W\d_]+)\.?(?:\s+|\s*[-/]\s*)"
                    r"(\d{4}|\d{2})$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
# SAS's DATE9 ("23MAR2027"): day, month's name and year with nothing between them
_TIGHT = re.compile(r"^(\d{1,2})([^\W\d_]{3,9})(\d{4})$")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A weekday before a date written with its month's name, Danish and English, whole or short
_WEEKDAY = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|"
                      r"tirsdag|onsdag|torsdag|fredag|lørdag|søndag|mon|tue|tues|wed|thu|"
                      r"thur|thurs|fri|sat|sun|man|tir|ons|tor|fre|lør|søn)\.?,?\s+(?=\S)",
                      re.IGNORECASE)


def years_in(text: str) -> list[int]:
    """The four-digit years a text names: [2025, 2026] for "MUS 2025-2026" or "2025/2026"."""
    return [int(y) for y in _YEAR.findall(text)]


def without_years(text: str) -> str:
    """The text without its four-digit years, spaces made single: "Leder" for "Leder 2026"."""
    return " ".join(_YEAR.sub(" ", text).split())


def dated_name(name: str) -> tuple[str, tuple[int, int]] | None:
    """What a name (a sheet's) says besides its date, and the date: ("", (2026, 11)) for
    "November 2026", "Okt. 26", "december"; ("mus", (2026, 0)) for "MUS 2026"; None for a name
    without a month or a year (two-digit years only beside a month: "Team 26" is no year; a
    season "2025/26" is its first year)."""
    # a season of two years is dated by its first: "2025-26", "2025-2026"
    name = re.sub(r"((?:19|20)\d\d)\s*[-/–]\s*(?:\d\d){1,2}\b", r"\1", name)
    words = re.findall(r"[^\W\d_]+|\d+", name.casefold())
    months = [MONTHS[w] for w in words if w in MONTHS]
    years = [int(w) + (2000 if len(w) == 2 else 0) for w in words if w.isdigit()
             and ((len(w) == 4 and w[:2] in ("19", "20")) or (len(w) == 2 and months))]
    if len(months) > 1 or len(years) > 1 or not (months or years):
        return None
    stem = " ".join(w for w in words if w not in MONTHS and not (
        w.isdigit() and int(w) + (2000 if len(w) == 2 else 0) in years))
    return stem, (years[0] if years else 0, months[0] if months else 0)


class AmbiguousDate(ValueError):
    """A slash date that could be read either way, in a file that does not show its order."""


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def slash_order(values: Iterable[Any]) -> str | None:
    """DMY or MDY if the slash dates among ``values`` show their order (one with a first part
    over 12, or a second part over 12, and none the other way); None if they do not."""
    first_big = second_big = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = _SLASH.match(value.strip())
        if match:
            a, b = int(match.group(1)), int(match.group(2))
            first_big |= a > 12
            second_big |= b > 12
    if first_big != second_big:
        return DMY if first_big else MDY
    return None


def read_date(value: Any, order: str | None = None) -> dt.date | None:
    """A date from a date cell or from text; None for an empty cell.

    Raises AmbiguousDate for a slash date whose order is not known, ValueError for anything
    that is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, dt.time) and value == dt.time(0, 0):
        return None  # a 0 in a date cell ("00-01-1900"): a lookup's way to say no date
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not (float(value).is_integer() and 19000101 <= value <= 31129999):
            raise ValueError(value)
        value = str(int(value))  # 20261031 in a number cell: the digits of a date (Silkeborg)
        try:
            return read_date(value, order)
        except ValueError:
            raise ValueError(int(value)) from None
    text = cell_text(value)
    if not text or (text.isdigit() and not text.strip("0")):
        return None  # "00000000": an old system's way to write no date
    match = _SLASH.match(text)
    if match:
        a, b, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
        if order is None:
            if a > 12 and b <= 12:
                order = DMY
            elif b > 12 and a <= 12:
                order = MDY
            elif a != b:
                raise AmbiguousDate(text)
            else:
                order = DMY
        day, month = (a, b) if order == DMY else (b, a)
        return dt.date(year, month, day)
    if len(text) == 8 and text.isdigit() and text[4:6] in ("19", "20") and not (
            text[:2] in ("19", "20") and "01" <= text[4:6] <= "12"):
        # "28072026": day, month, year without separators (Statens Lønsystem); never also a
        # year first, whose month would be 19 or 20
        return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    for pattern, parts in _NUMERIC:
        match = pattern.match(text)
        if match:
            got = dict(zip(parts, match.groups(), strict=True))  # ("": a separator)
            return dt.date(_year(got["y"]), int(got["m"]), int(got["d"]))
    if text[:1].isalpha():  # "Thursday, May 14 2026", "torsdag 14. maj 2026": the weekday
        text = _WEEKDAY.sub("", text, count=1)
    match = _WORDS.match(text.casefold()) or _TIGHT.match(text.casefold())
    if match and match.group(2) in MONTHS:
        return dt.date(_year(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
    match = _MONTH_FIRST.match(text.casefold())
    if match and match.group(1) in MONTHS:
        return dt.date(int(match.group(3)), MONTHS[match.group(1)], int(match.group(2)))
    raise ValueError(text)
