"""Sheets that are versions of the list, and which of them is today's.

A workbook keeps the list as it was beside the list as it is: a sheet for each month
("Oktober 2026", "November 2026"), last year's ("MUS 2025"), an older copy named so ("Juni 2026"
beside "Aktuel (dec 2026)", "Medarbejdere (gammel)"). Their names are alike but for a date and
for words that say current or old. The newest date is the list; where the names are not all
dated, the one named current (or the only one not named old) is the list, provided the others
hold mostly its people (versions of it, not other parts of the list). The others are its
history: said in `mus check`, never read. Versions whose names do not tell are left to
sheetchecks.refuse_versions, which refuses them when they list different people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.sheets.dates import dated_name
from pipeline.sheets.findings import and_list
from pipeline.sheets.headers import HeaderRow
from pipeline.sheets.sheetchoice import candidate
from pipeline.sheets.table import Sheet

# words that name a version as the current one, or as an older one
CURRENT = frozenset({"aktuel", "aktuelle", "aktuelt", "nuværende", "gældende", "current",
                     "latest", "nyeste", "seneste"})
OLD = frozenset({"gammel", "gamle", "gammelt", "tidligere", "forrige", "old", "older",
                 "previous", "arkiv", "arkiveret", "archive", "archived", "backup"})


@dataclass(frozen=True)
class _Named:
    sheet: Sheet
    header: HeaderRow
    stem: str  # the name without its date and without the words above
    date: tuple[int, int] | None  # (year, month), month 0 where only a year
    mark: str  # "current", "old" or ""


def _named(sheet: Sheet, header: HeaderRow) -> _Named:
    words = set(re.findall(r"[^\W\d_]+", sheet.name.casefold()))
    current, old = bool(CURRENT & words), bool(OLD & words)
    mark = "" if current == old else "current" if current else "old"  # (both: no mark)
    plain = re.sub(r"[^\W\d_]+", lambda m: "" if m.group().casefold() in CURRENT | OLD
                   else m.group(), sheet.name)
    dated = dated_name(plain)
    stem = dated[0] if dated else " ".join(re.findall(r"[^\W\d_]+|\d+", plain.casefold()))
    return _Named(sheet, header, stem, dated[1] if dated else None, mark)


def newest(found: Sequence[tuple[Sheet, HeaderRow]]) -> tuple[Sheet, HeaderRow, str] | None:
    """The list among sheets that are versions of it, and what was said of the others; None
    where the sheets are not versions of one list by their names, or the names do not tell."""
    if len(found) < 2:
        return None
    named = [_named(sheet, header) for sheet, header in found]
    if len({n.stem for n in named} - {""}) > 1:
        return None  # "Drift 2026" and "Salg 2026": parts of the list, no versions
    dates = [n.date for n in named]
    if all(dates) and len(set(dates)) == len(dates):
        chosen = max(named, key=lambda n: n.date or (0, 0))
        if chosen.mark == "old" or any(n.mark == "current" for n in named if n is not chosen):
            return None  # the names contradict each other
        if not any(n.mark for n in named) and len({n.stem for n in named}) == 1:
            kind = "month" if all(d and d[1] for d in dates) else "year" if all(
                d and not d[1] for d in dates) else "date"
            return chosen.sheet, chosen.header, _said(chosen, named, f"one for each {kind}",
                                                      "the newest")
        if not _versions(chosen, named):
            return None
        return chosen.sheet, chosen.header, _said(chosen, named, "versions of the list",
                                                  "the newest")
    current = [n for n in named if n.mark == "current"]
    unmarked = [n for n in named if n.mark != "old"]
    marked = current[0] if len(current) == 1 else unmarked[0] if len(unmarked) == 1 else None
    if marked is None or not _versions(marked, named):
        return None
    return marked.sheet, marked.header, _said(marked, named, "versions of the list",
                                              "the one named as current" if current else
                                              "the one not named as old")


def _versions(chosen: _Named, named: Sequence[_Named]) -> bool:
    """Whether the other sheets hold mostly the chosen one's people (versions of it), not
    other people ("Nyansatte jan 2027" beside "Dec 2026": another part of the list)."""
    ours = candidate(chosen.sheet, chosen.header).seen
    for other in named:
        if other is not chosen:
            theirs = candidate(other.sheet, other.header).seen
            if len(theirs & ours) < max(2, 0.5 * len(theirs)):
                return False
    return True


def _said(chosen: _Named, named: Sequence[_Named], what: str, which: str) -> str:
    older = [f'"{n.sheet.name}"' for n in named if n is not chosen]
    were = "is older and was" if len(older) == 1 else "are older and were"
    return (f"The sheets are {what}: the list was read from {which}, "
            f'"{chosen.sheet.name}"; {and_list(older)} {were} not read.')
