"""Whether the dates a form would show belong to the season it is made for.

A season is named by its year ("2027") or years ("2026-27"). Forms for it may go out in the
autumn before, so a reply deadline or meeting date from before 1 July of the year before the
season's first year belongs to an earlier season: a question set and an employee list kept
from last year, run with ``--season 2028``, would send everyone last year's dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pipeline.forms.prose import long_date
from pipeline.model import Employee

_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def season_start(season: str) -> dt.date | None:
    """The earliest date that can belong to ``season``; None for a season named by no year."""
    found = _YEARS.search(season)
    return dt.date(int(found.group(1)) - 1, 7, 1) if found else None


def old_dates(season: str, deadline: dt.date | None, staff: Sequence[Employee],
              lang: str = "en") -> str | None:
    """A warning where the reply deadline or meeting dates are from before ``season``."""
    start = season_start(season)
    if start is None:
        return None
    parts = []
    if deadline is not None and deadline < start:
        parts.append(f"the reply deadline ({long_date(deadline, lang)})")
    early = sorted(e.meeting_date for e in staff if e.meeting_date and e.meeting_date < start)
    if early:
        span = long_date(early[0], lang)
        if early[-1] != early[0]:
            span += f" – {long_date(early[-1], lang)}"
        parts.append(f"{len(early)} meeting date(s) ({span})")
    if not parts:
        return None
    verb = "are" if early else "is"
    return (f"The season is {season}, but {' and '.join(parts)} {verb} from an earlier season: "
            "the forms would show them. Put this season's dates in "
            "Svarfrist on the question set's Indstillinger sheet and in the employee list's "
            "MUS-dato column (or check --season), and generate again with --force.")
