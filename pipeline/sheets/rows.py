"""Rows under the header that are not employees: totals (``I alt``, ``Antal: 37``), rows the
sheet hides (by hand or with its filter), and headings or notes of one cell. Each is skipped
and reported with its row, never given a form."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.sheets.table import Sheet

_TOTAL = re.compile(
    r"^(?:i\s*alt|total[t]?|totals?|sum|summa|subtotal|grand\s+total|hovedtotal|antal"
    r"(?:\s+\w+){0,2}|count|number\s+of\s+\w+|employees)\s*[:=]?\s*[\d.,\s]*$",
    re.IGNORECASE)
_IDENTIFIER = re.compile(r"^[\w.\-/]+$")

REASONS = {
    "filtered": "hidden by the sheet's filter",
    "hidden": "a hidden row",
    "total": "a total row",
    "note": "a heading or note (one cell filled in)",
}


@dataclass(frozen=True)
class Skipped:
    row: int
    reason: str  # a key of REASONS
    text: str = ""  # what the row says, for totals and notes (never a CPR number)

    def describe(self) -> str:
        return REASONS[self.reason] + (f' ("{self.text}")' if self.text else "")


def skipped(sheet: Sheet, number: int, texts: Sequence[str], number_col: int,
            name_col: int | None, withheld: set[int], include_hidden: bool) -> Skipped | None:
    """Why this row is not an employee, or None if it is one. ``texts``: its cells as text."""
    if number in sheet.hidden_rows and not include_hidden:
        return Skipped(number, "filtered" if number in sheet.filtered_rows else "hidden")
    filled = [i for i, text in enumerate(texts) if text and i not in withheld]
    for index in dict.fromkeys((number_col, name_col, filled[0] if filled else None)):
        text = texts[index] if index is not None and index < len(texts) else ""
        if text and _TOTAL.match(text):
            return Skipped(number, "total", text[:40])
    if len(filled) == 1:
        index = filled[0]
        # A heading ("Afdeling: Økonomi") stands at the left or in the number's column and is
        # no number; a row with only a name, say, is an employee whose number is missing.
        if index in (0, number_col) and not _IDENTIFIER.match(texts[index]):
            return Skipped(number, "note", texts[index][:40])
    return None
