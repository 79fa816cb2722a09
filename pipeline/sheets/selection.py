"""A column in which HR marks who is to have MUS this season ("MUS i år?": Ja / Nej – startet
1/11). mus gives everyone on the list a form; a "Nej" there says someone should have none, and
what the list means by it (new, leaving, on leave) is HR's to settle, so the list is refused,
naming the rows, rather than read as if the column were not there ("MUS 2026": Nej – stopper
31/12, in December 2026, too). A column about talks already held ("MUS 2025 holdt", "MUS
afholdt", "MUS 2025") says nothing about who gets a form."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.dates import years_in
from pipeline.sheets.draft import Draft
from pipeline.sheets.evidence import NO, YES
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headerwords import header_words
from pipeline.sheets.mapping import ListLayout

_TALK = frozenset({"mus", "medarbejderudviklingssamtale", "udviklingssamtale", "mus-samtale"})
_DONE = frozenset({"holdt", "afholdt", "gennemført", "gennemfort", "held", "done", "completed",
                   "dato", "date", "sidste", "last", "tidligere", "previous"})
_WORD = re.compile(r"[^\W_]+|✓|✔")


def _first_word(text: str) -> str:
    words = _WORD.findall(text.casefold())
    return words[0] if words else ""


def refuse_unselected(drafts: Sequence[Draft], layout: ListLayout, findings: Findings,
                      today: dt.date) -> None:
    """Refuse the list where a column of who is to have MUS says no for someone on it (a
    column headed with a year gone by, "MUS 2025", is last season's)."""
    if not drafts:
        return
    for use in (*layout.kept, *layout.others):
        words = set(header_words(use.header))
        years = years_in(use.header)
        if not words & _TALK or words & _DONE or (years and max(years) < today.year):
            continue
        answers = [(d.row, _first_word(d.texts[use.index]) if use.index < len(d.texts) else "")
                   for d in drafts]
        filled = [(r, a) for r, a in answers if a]
        if not filled or not all(a in YES or a in NO for _, a in filled):
            continue  # not a column of yes and no
        no = [r for r, a in filled if a in NO]
        if no:
            findings.error("mus-no", f'The column "{use.header}" (column '
                           f"{get_column_letter(use.index + 1)}) says no for {rows_text(no)}, "
                           "but mus gives everyone on the list a form and cannot tell what the "
                           "no means.", "Delete the rows of those who should have no form this "
                           "season (or move them to a sheet of their own), or clear the column, "
                           "and run the command again.", no[0], use.header)
            return
