"""Two files for the same employee and form: which one is used, and why.

A copy whose signed identity does not verify (signing.py: edited after mus made it, or made in
another working folder) is never chosen over one that verifies or cannot be checked, and one
that cannot be checked (no signature) never over one that verifies. Between equals, the most
recently saved wins (then the file's time, then the name, so a re-run chooses the same); a save
date can be edited, so the copy not used is named with why, and where it holds answers the
chosen one lacks, which. Follow-up forms made at different times are different follow-ups
(each goal keeps its latest), not copies.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from pipeline.model import FormKind, Problem, Response

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# A copy that verifies, then one with nothing to check (made before forms were signed, or its
# signature removed), then one that does not verify.
_TRUST = {True: 2, None: 1, False: 0}


def choose(responses: Sequence[Response]) -> tuple[list[Response], list[Problem]]:
    """One response per (employee, kind); the others are reported by name, with why."""
    groups: dict[tuple[str, str, str], list[Response]] = defaultdict(list)
    for r in responses:
        made = r.generated if r.kind is FormKind.FOLLOWUP else ""
        groups[(r.employee_id, r.kind.value, made)].append(r)
    chosen, problems = [], []
    for (employee, kind, _), group in groups.items():
        group.sort(key=lambda r: (_TRUST[r.verified], r.saved or _EPOCH, r.file_mtime, r.file),
                   reverse=True)
        winner = group[0]
        chosen.append(winner)
        for other in group[1:]:
            why = ("unverified" if _TRUST[other.verified] < _TRUST[winner.verified]
                   else "saved" if (other.saved or _EPOCH) < (winner.saved or _EPOCH)
                   else "file")
            problems.append(Problem(other.file, "duplicate",
                                    {"employee": employee, "kind": kind, "winner": winner.file,
                                     "why": why}, employee))
            lacking = only_in(other, winner)
            if lacking:
                problems.append(Problem(other.file, "duplicate-differs",
                                        {"employee": employee, "winner": winner.file,
                                         "fields": ", ".join(lacking)}, employee))
    chosen.sort(key=lambda r: (r.employee_id, r.kind.value, r.generated))
    return chosen, problems


def only_in(other: Response, winner: Response) -> list[str]:
    """The questions and competences ``other`` answers and ``winner`` leaves empty."""
    found = [qid for qid, value in other.answers.items()
             if value not in (None, "") and winner.answers.get(qid) in (None, "")]
    for cid, rating in other.competences.items():
        mine = winner.competences.get(cid)
        if (rating.now, rating.wanted) != (None, None) and (
                mine is None or (mine.now, mine.wanted) == (None, None)):
            found.append(cid)
    if other.goals and not winner.goals:
        found.append("goals")
    return found
