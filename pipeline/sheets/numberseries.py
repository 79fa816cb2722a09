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
           # "X foran lønnummer = fratrådt": a letter written before the number
           re.compile(r"(?<![\w-])(?P<prefix>[A-ZÆØÅ]{1,3})\s+(?i:foran|før|before|in\s+front\s+of)"
                      r"\s+(?i:(?:løn|medarbejder|medarb\.?|personale|tjeneste)\s*)?"
                      r"(?i:nummer(?:et)?|nr\.?|numrene|numre|numbers?)(?!\w)"),
           re.compile(r"\b(?:numre|numrene|numbers?|nr\.?)\s+(?:der\s+|som\s+|that\s+)?"
                      r"(?:starter|begynder|starting|beginning|starts|begins)\s+(?:med|with)\s+"
                      r"[\"'“”]?(?P<prefix>[A-ZÆØÅ]{1,3}|\d{1,2})\b", re.IGNORECASE))
# "9000-serien", "numre i 9000-serien", "the 9000 series", "9xxx-numre": the numbers as long as
# the round one that begin with its digits before the zeros (or the x's)
_ROUND = re.compile(r"(?<![\w-])(?P<round>[1-9]\d?(?:0{2,}|[xX]{2,}))\s?[-‑]?\s?(?:serien?|series|"
                    r"numre|numrene|numbers?|nr\.?|range)(?!\w)")
_WORDS = 4  # a note is a sentence: a line of text of four words or more


def _says_no_employee(text: str) -> bool:
    return says_not_employed(text) or outside(text) or status_state(text) == LEFT


def _series_notes(sheet_rows: Sequence[tuple[int, Sequence[Any]]]
                  ) -> list[tuple[int, str, int]]:
    """(the note's row, the prefix it names, the numbers' length or 0) for every line of text
    that names a series of numbers and says its people are not employed here (or get no
    form)."""
    found = []
    for row, text in lone_texts(sheet_rows):
        if len(text.split()) < _WORDS:
            continue
        if (match := _ROUND.search(text)) and _says_no_employee(text[match.end():]):
            whole = match.group("round")
            found.append((row, whole.rstrip("0xX"), len(whole)))
            continue
        for pattern in _SERIES:
            match = pattern.search(text)
            if match and _says_no_employee(text[match.end():]):
                found.append((row, match.group("prefix"), 0))
                break
    return found


def names_a_series(text: str) -> bool:
    """Whether a line names a series of numbers ("700-serien", "K-numre"): then what it says
    is of that series, not of every row under it."""
    return _ROUND.search(text) is not None or any(p.search(text) for p in _SERIES)


def _in_series(number: str, prefix: str, length: int = 0) -> bool:
    """``K-03`` and ``K03`` are in the series K; ``Karen`` is not; ``9001`` is in 9 (and in
    the 9000 series, of length 4; ``90012`` is not)."""
    if not number.casefold().startswith(prefix.casefold()):
        return False
    if length:
        return number.isdigit() and len(number) == length
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
    for note, prefix, length in notes:
        inside = [r for r, n in numbers.items() if _in_series(n, prefix, length)]
        if not inside or len(inside) == len(numbers):
            continue
        for r in inside:
            marked.setdefault(r, Employment(
                LEFT, f"number {numbers[r]}, of a series the note in row {note} says is "
                f"{NOT_HERE}"))
        findings.note("number-series", f"The note in row {note} says the numbers that begin "
                      f'"{prefix}"' + (f" and have {length} digits" if length else "")
                      + " are people not employed here (or who get no form): "
                      f"{rows_text(inside)} get no form and no mail.", note, None, inside)
    return marked
