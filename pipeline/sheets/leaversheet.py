"""A sheet of the workbook kept for those who leave ("Fratrådte 2026", "Leavers"), while they
still stand on the list: each row there that gives the number and the name of someone on the
list says they have left, on the day it gives; a day still to come leaves them employed until
then (their notice runs). Said in `mus check`; `--include-leavers` reads them as before."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.sheets.dates import DMY, read_date
from pipeline.sheets.draft import Draft
from pipeline.sheets.employment import Absent
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.names import normal_name
from pipeline.sheets.statuswords import LEAVE, LEFT, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_WORD = re.compile(r"[^\W\d_]+")


# Nouns of leaving a sheet of leavers is named by: "Fratrædelser 2026", "Afgange", "Leavers"
_LEAVINGS = frozenset({"fratrædelser", "fratrædelse", "afgange", "afgang", "opsigelser",
                       "udmeldelser", "udtrædelser", "leavers", "leaver", "terminations",
                       "exits", "avgångar", "avgang", "avganger", "sluttet", "slutat",
                       "offboarding", "offboardings"})


def _says_left(name: str) -> bool:
    """A sheet's name that says its people have left: "Fratrådte 2026", "Fratrædelser 2026",
    "Leavers"."""
    words = _WORD.findall(name.casefold())
    return any(status_state(w) == LEFT or w in _LEAVINGS for w in words)


def _day(values: Sequence[Any]) -> dt.date | None:
    for value in values:
        if isinstance(value, dt.datetime | dt.date) or (
                isinstance(value, str) and any(c.isdigit() for c in value)):
            try:
                day = read_date(value, DMY)
            except ValueError:
                continue
            if day is not None:
                return day
    return None


def leavers_on_sheet(drafts: list[Draft], leavers: list[Absent], others: Sequence[Sheet],
                     today: dt.date, findings: Findings,
                     started: Callable[[Draft], dt.date | None] = lambda d: None) -> None:
    sheets = [s for s in others if s.name and _says_left(s.name)]
    if not sheets or not drafts:
        return
    by_number = {d.number: d for d in drafts}
    gone: dict[str, tuple[Draft, str]] = {}
    later: list[int] = []
    other: list[int] = []
    back: list[int] = []
    for sheet in sheets:
        absent = False  # under a heading of absences ("Fravær"), not of leavings
        for _, values in sheet.rows:
            texts = [cell_text(v) for v in values]
            filled = [t for t in texts if t]
            if len(filled) == 1 and not any(c.isdigit() for c in filled[0]):
                # a heading of a part of the sheet: "Fravær" (leave), "Fratrædelser"
                absent = status_state(filled[0]) == LEAVE or (
                    absent and not _says_left(filled[0]))
                continue
            draft = next((by_number[t] for t in texts if t in by_number), None)
            if draft is None or draft.number in gone:
                continue
            if absent or any(status_state(t) == LEAVE for t in filled):
                continue  # "Barsel | 15.08.2026 – 15.06.2027": a leave, not a leaving
            name = normal_name(draft.name)
            if not any(t and _same_person(normal_name(t), name) for t in texts):
                other.append(draft.row)  # the number alone: not evidence enough; said
                continue
            day = _day([v for v, t in zip(values, texts, strict=False) if t != draft.number])
            if day is not None and day >= today:
                later.append(draft.row)
                continue
            began = started(draft)
            if day is not None and began is not None and began > day:
                back.append(draft.row)  # left, and employed again since ("Ansat" 03-11-2026)
                continue
            shown = f" ({day:%d-%m-%Y})" if day else ""
            gone[draft.number] = (draft, f'on the sheet "{sheet.name}"{shown}')
    if gone:
        drafts[:] = [d for d in drafts if d.number not in gone]
        leavers += [Absent(d.row, d.number, d.name, why) for d, why in gone.values()]
        rows = sorted(d.row for d, _ in gone.values())
        findings.note("leavers-sheet", f"{len(rows)} on the list ({rows_text(rows)}) stand "
                      f'on the sheet "{sheets[0].name}" too, which keeps those who leave, '
                      "with a day that has passed: they have left.", rows[0], rows=rows)
    if other:
        findings.warn("leavers-sheet-name", f"{len(other)} on the list ({rows_text(other)}) "
                      f'have their number on the sheet "{sheets[0].name}", which keeps those '
                      "who leave, but under another name, so mus does not take them as "
                      "leavers.", "Check the number on both sheets; if they have left, mark "
                      "it on the list (a status such as Fratrådt or an end date).", other[0],
                      rows=other)
    if back:
        findings.note("leavers-sheet-back", f"{len(back)} on the list ({rows_text(back)}) stand "
                      f'on the sheet "{sheets[0].name}" with a day they left, and their own row '
                      "gives a later start: employed again, they get their form.", back[0],
                      rows=back)
    if later:
        findings.note("leavers-sheet-later", f"{len(later)} on the list ({rows_text(later)}) "
                      f'stand on the sheet "{sheets[0].name}" with a day still to come: they '
                      "are employed until then and get their form.", later[0], rows=later)


def _same_person(text: str, name: str) -> bool:
    """The sheet's name cell names the person: the same words, in any order."""
    return sorted(text.replace(",", " ").split()) == sorted(name.replace(",", " ").split())
