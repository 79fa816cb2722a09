"""``mus ingest`` and ``mus status``: a folder of returned forms in; who has answered, and the
HR overview workbook (and the leaders' own) out.

This stage stands above reading forms (``collect/``) and writing workbooks (``overview/``): the
one hands it a ``Collected`` record (model.py), the other is given it. Neither imports the
other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.collect.ingest import collect
from pipeline.model import Collected, Employee
from pipeline.overview.workbook import (
    ambiguous_teams,
    default_name,
    write_overview,
    write_per_leader,
)
from pipeline.places import inside
from pipeline.stages.reporter import Progress
from pipeline.teams import Team


@dataclass(frozen=True)
class IngestOptions:
    folder: Path
    employees: Path
    questions: Path
    out: Path | None = None  # None: <output_root>/MUS-oversigt-<season>.xlsx
    output_root: Path = Path("output")
    season: str | None = None
    lang: str = "da"
    per_leader: bool = False
    previous: Path | None = None
    jobs: int = 0
    include_hidden: bool = False  # rows the employee list hides are employees too
    key: Path | None = None  # the working folder's signing key, where it has one
    include_leavers: bool = False  # those the list says have left are employees too
    skip_on_leave: bool = False  # those on leave are left out


@dataclass
class IngestResult:
    collected: Collected
    workbook: Path
    leader_workbooks: list[Path] = field(default_factory=list)
    # teams whose leader is a name that fits several people on the list: no workbook of their own
    unclear_leaders: list[Team] = field(default_factory=list)

    @property
    def missing(self) -> list[Employee]:
        answered = {r.employee_id for r in self.collected.responses if r.kind.value == "employee"}
        return [e for e in self.collected.staff if e.number not in answered]


def ingest(options: IngestOptions, progress: Progress | None = None,
           today: dt.date | None = None) -> IngestResult:
    """``today`` decides which follow-ups are overdue (default: the real today)."""
    collected = collect(options.folder, options.employees, options.questions, options.season,
                        options.jobs, progress, options.include_hidden, options.key,
                        include_leavers=options.include_leavers,
                        skip_on_leave=options.skip_on_leave)
    out = options.out or inside(options.output_root / default_name(collected.season,
                                                                    options.lang),
                                options.output_root)
    sources = {"folder": options.folder, "employees": options.employees,
               "questions": options.questions}
    write_overview(collected, out, options.lang, sources, options.previous, today)
    result = IngestResult(collected, out)
    if options.per_leader:
        result.leader_workbooks = write_per_leader(collected,
                                                   inside(out.parent / "ledere", out.parent),
                                                   options.lang, sources, options.previous,
                                                   today)
        result.unclear_leaders = ambiguous_teams(collected)
    return result
