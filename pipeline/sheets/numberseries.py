"""A note on the list's sheet that says what a series of its numbers is: "Note: K-numre er
eksterne konsulenter (ikke ansatte) og får ikke MUS", "Numre der starter med 9 er vikarer
fra bureau". Where some of the list's numbers begin so and others do not, the rows of that
series are read as the note says: not employed here, or no form; said in `mus check`, the
note's own words not repeated."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipeline.sheets.employment import Employment
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.remarks import says_not_employed
from pipeline.sheets.statuswords import LEFT, NOT_HERE, outside, status_state
from pipeline.sheets.values import cell_text, lone_texts

# "K-numre", "K-nr.", "K numbers", "numre der starter med K", "numbers starting with 9"
_SERIES = (re.compile(r"(?<![\w-])(?P<prefix>[A-ZÆØÅ]{1,3}|\d{1,2})\s?[-‑]?\s?(?:numre|numrene|"
                      r"nummer|numbers?|nr\.?|no\.?|serien?|series)(?!\w)"),
           re.compile(r"\b(?:numre|numrene|numbers?|nr\.?)\s+(?:der\s+|som\s+|that\s+)?"
                      r"(?:starter|begynder|starting|beginning|starts|begins)\s+(?:med|with)\s+"
                      r"[\"'“”]?(?P<prefix>[A-ZÆØÅ]{1,3}|\d{1,2})\b", re.IGNORECASE))
_WORDS = 4  # a note is a sentence: a line of text of four words or more


def _says_no_employee(text: str) -> bool:
    return says_not_employed(text) or outside(text) or status_state(text) == LEFT


def _series_notes(sheet_rows: Sequence[tuple[int, Sequence[Any]]]) -> list[tuple[int, str]]:
    """(the note's row, the prefix it names) for every line of text that names a series of
    numbers and says its people are not employed here (or get no form)."""
    found = []
    for row, text in lone_texts(sheet_rows):
        if len(text.split()) < _WORDS:
            continue
        for pattern in _SERIES:
            match = pattern.search(text)
            if match and _says_no_employee(text[match.end():]):
                found.append((row, match.group("prefix")))
                break
    return found


def _in_series(number: str, prefix: str) -> bool:
    """``K-03`` and ``K03`` are in the series K; ``Karen`` is not; ``9001`` is in 9."""
    if not number.casefold().startswith(prefix.casefold()):
        return False
    rest = number[len(prefix):]
    return bool(rest) and (rest[0] in "-‑ " or rest[0].isdigit()) if prefix[0].isalpha() \
        else True


def series_marks(sheet_rows: Sequence[tuple[int, Sequence[Any]]],
                 rows: Sequence[tuple[int, Sequence[Any]]], number: int | None,
                 findings: Findings) -> dict[int, Employment]:
    """Row → not employed here, for the rows whose number is in a series a note on the sheet
    says is not employed here; {} where no note does, or where every number (or none) is in
    it (then the note says nothing that tells rows apart)."""
    if number is None:
        return {}
    notes = _series_notes(sheet_rows)
    if not notes:
        return {}
    numbers = {r: cell_text(v[number]) for r, v in rows if number < len(v) and v[number]
               not in (None, "")}
    marked: dict[int, Employment] = {}
    for note, prefix in notes:
        inside = [r for r, n in numbers.items() if _in_series(n, prefix)]
        if not inside or len(inside) == len(numbers):
            continue
        for r in inside:
            marked.setdefault(r, Employment(
                LEFT, f"number {numbers[r]}, of a series the note in row {note} says is "
                f"{NOT_HERE}"))
        findings.note("number-series", f"The note in row {note} says the numbers that begin "
                      f'"{prefix}" are people not employed here (or who get no form): '
                      f"{rows_text(inside)} get no form and no mail.", note, None, inside)
    return marked
