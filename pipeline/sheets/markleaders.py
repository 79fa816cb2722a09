"""Leaders as columns: a hand-kept list with a column for each leader (``Leder: Nanna Kragh``,
``Leder: Birgitte Frølund`` …) and a cross in the column of each employee's leader. Where the
list has no leader column and two or more columns are headed by the names of people on the list
and hold nothing but crosses, each employee's leader is the person whose column is crossed on
their row, said in `mus check`; a row crossed in two columns is refused (whose employee they are
cannot be told)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import LEADS
from pipeline.sheets.names import normal_name

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ColumnUse

_MARKS = frozenset({"x", "✓", "✔", "✗", "•", "*", "ja", "yes", "1"})
# "Leder: Nanna Kragh", "Leder – Nanna Kragh", "Nanna Kragh (leder)": the person the column is
_LEADER_WORD = re.compile(r"^\s*[^\W\d_]*(?:" + LEADS.pattern + r")\s*[:\-–]\s*"
                          r"|\s*\(\s*[^\W\d_]*(?:" + LEADS.pattern + r")\s*\)\s*$",
                          re.IGNORECASE)


def leaders_by_marks(drafts: Sequence[Draft], kept: Sequence[ColumnUse],
                     findings: Findings) -> None:
    """Each employee's leader from the crossed leader column on their row (drafts' ``given``
    set)."""
    names = {normal_name(d.name): d for d in drafts}
    columns = []
    for use in kept:
        person = names.get(normal_name(_LEADER_WORD.sub("", use.header)))
        if person is None:
            continue
        cells = {d.texts[use.index].casefold() for d in drafts
                 if use.index < len(d.texts) and d.texts[use.index]}
        if cells and cells <= _MARKS:
            columns.append((use, person))
    if len(columns) < 2:
        return
    led: list[int] = []
    twice: list[int] = []
    for d in drafts:
        crossed = [person for use, person in columns
                   if use.index < len(d.texts) and d.texts[use.index]]
        if len(crossed) > 1:
            twice.append(d.row)
        elif crossed:
            d.given = Given(text=crossed[0].name, number=crossed[0].number)
            led.append(d.row)
    said = ", ".join(f'"{use.header}"' for use, _ in columns[:3]) + (
        " …" if len(columns) > 3 else "")
    if twice:
        one = len(twice) == 1
        findings.error("leader-marks", f"{rows_text(twice).capitalize()} {'is' if one else 'are'} "
                       f"crossed in two of the leaders' columns ({said}), so whose employee "
                       f"{'it is' if one else 'each is'} cannot be told.", "Leave one "
                       "cross on each row, in the column of the employee's own leader, and run the "
                       "command again.", twice[0], columns[0][0].header)
        return
    if led:
        findings.note("leader-marks", f"The list has a column for each leader ({said}): each "
                      "employee's leader is the one whose column is crossed on their row "
                      f"({rows_text(led)}).", led[0], columns[0][0].header, led)
