"""Two files for the same employee and form: the most recently saved wins. Follow-up forms made
at different times are different follow-ups (each goal keeps its latest), not copies."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from pipeline.model import FormKind, Problem, Response

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def choose(responses: Sequence[Response]) -> tuple[list[Response], list[Problem]]:
    """One response per (employee, kind): by the document's saved time, then the file's time,
    then the name (so a re-run chooses the same). The others are reported by name."""
    groups: dict[tuple[str, str, str], list[Response]] = defaultdict(list)
    for r in responses:
        made = r.generated if r.kind is FormKind.FOLLOWUP else ""
        groups[(r.employee_id, r.kind.value, made)].append(r)
    chosen, problems = [], []
    for (employee, kind, _), group in groups.items():
        group.sort(key=lambda r: (r.saved or _EPOCH, r.file_mtime, r.file), reverse=True)
        winner = group[0]
        chosen.append(winner)
        for other in group[1:]:
            problems.append(Problem(other.file, "duplicate",
                                    {"employee": employee, "kind": kind, "winner": winner.file},
                                    employee))
    chosen.sort(key=lambda r: (r.employee_id, r.kind.value, r.generated))
    return chosen, problems
