"""``mus ingest``: a folder of returned forms in, the HR overview workbook out.

read the spreadsheets → scan the folder → extract every file (on all cores) → check season and
employee → choose between duplicates → write the workbook(s). The folder is only ever read.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.collect.choose import choose
from pipeline.collect.extract import Extracted
from pipeline.collect.mailfile import extract_any
from pipeline.collect.scan import scan
from pipeline.collect.senders import read_senders, sender_problems, with_senders
from pipeline.forms.generate import season_of
from pipeline.formspec import agreement_filled, followup_filled
from pipeline.inputs import read_all_inputs
from pipeline.model import Employee, FormKind, Problem, QuestionSet, Response
from pipeline.places import inside
from pipeline.signing import load_key
from pipeline.teams import Team
from pipeline.workers import map_chunks

CHUNK = 64
PARALLEL_FROM = 200  # files; fewer are read in this process (starting workers costs ~1 s)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Collected:
    """What a returned folder holds, checked against the employee list and season."""

    staff: tuple[Employee, ...]
    question_set: QuestionSet
    season: str
    responses: tuple[Response, ...]  # one per employee and form kind
    problems: tuple[Problem, ...]  # every problem, files skipped included
    files_seen: int


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


def extract_all(files: Sequence[tuple[Path, str]], question_set: QuestionSet | None,
                jobs: int = 0, progress: Progress | None = None,
                key: bytes | None = None) -> list[Extracted]:
    """Every file read, in the order given, on all cores when there are many (a mail file
    gives one result per attachment that could be a form; ``key``: the working folder's
    signing key, to check each form's identity with)."""
    jobs = jobs or os.cpu_count() or 1
    results: list[Extracted] = []
    if progress:
        progress(0, len(files))
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        for n, (path, name) in enumerate(files, 1):
            results += extract_any(path, name, question_set, key)
            if progress and n % CHUNK == 0:
                progress(n, len(files))
    else:
        chunks = [(files[i:i + CHUNK], question_set, key) for i in range(0, len(files), CHUNK)]
        done_files = 0
        for done, chunk in zip(map_chunks(_extract_chunk, chunks, jobs), chunks, strict=True):
            results += done
            done_files += len(chunk[0])
            if progress:
                progress(done_files, len(files))
    if progress:
        progress(len(files), len(files))
    return results


def _extract_chunk(work: tuple[Sequence[tuple[Path, str]], QuestionSet | None, bytes | None]
                   ) -> list[Extracted]:
    chunk, question_set, key = work
    return [result for path, name in chunk
            for result in extract_any(path, name, question_set, key)]


def collect(folder: Path, employees: Path, questions: Path, season: str | None = None,
            jobs: int = 0, progress: Progress | None = None,
            include_hidden: bool = False, key: Path | None = None, *,
            include_leavers: bool = False, skip_on_leave: bool = False) -> Collected:
    inputs = read_all_inputs(employees, questions, include_hidden,
                             include_leavers=include_leavers, skip_on_leave=skip_on_leave)
    staff, question_set = inputs.staff, inputs.question_set
    gone = {a.number: a.reason for a in inputs.listing.leavers}
    season = season_of(question_set, season)
    scanned = scan(folder)
    files = scanned.files
    extracted = extract_all(files, question_set, jobs, progress, load_key(key))
    known = {e.number: e for e in staff}
    problems: list[Problem] = list(scanned.problems)  # what could not even be opened
    candidates: list[Response] = []
    for item in extracted:
        response = item.response
        if response is None:
            problems += item.problems
            continue
        if response.season != season:
            problems.append(Problem(item.file, "other-season",
                                    {"found": response.season, "expected": season},
                                    response.employee_id))
            continue
        if response.employee_id in gone:
            problems.append(Problem(item.file, "leaver", {"employee": response.employee_id,
                                                          "reason": gone[response.employee_id]},
                                    response.employee_id))
            continue
        if response.employee_id not in known:
            problems.append(Problem(item.file, "unknown-employee",
                                    {"employee": response.employee_id}, response.employee_id))
            continue
        listed = known[response.employee_id].name
        if not same_person(response.shown_name, listed):
            problems.append(Problem(item.file, "other-person",
                                    {"employee": response.employee_id,
                                     "shown": response.shown_name, "listed": listed},
                                    response.employee_id))
            continue
        answers = question_set.canonical_answers(response.answers)
        if answers is not response.answers:  # options chosen on an English form
            response = replace(response, answers=answers)
        if response.kind is FormKind.AGREEMENT and not agreement_filled(response):
            problems.append(Problem(item.file, "agreement-empty", {}, response.employee_id))
            continue
        if response.kind is FormKind.FOLLOWUP and not followup_filled(response):
            problems.append(Problem(item.file, "followup-empty", {}, response.employee_id))
            continue
        if (response.question_set_version and
                response.question_set_version != question_set.version):
            problems.append(Problem(item.file, "other-version",
                                    {"found": response.question_set_version,
                                     "expected": question_set.version},
                                    response.employee_id))
        if response.verified is False:
            problems.append(Problem(item.file, "unverified", {"employee": response.employee_id},
                                    response.employee_id))
        candidates.append(response)
    chosen, duplicates = choose(with_senders(candidates, read_senders(folder, scanned.logs)))
    for response in chosen:
        problems += response.problems
    problems += duplicates
    problems += sender_problems(chosen, staff)
    problems.sort(key=lambda p: (p.file, p.code))
    return Collected(tuple(staff), question_set, season, tuple(chosen), tuple(problems),
                     len(files) + sum(1 for p in scanned.problems if p.code != "unreadable-folder"))


def same_person(shown: str, listed: str) -> bool:
    """Whether the name a form shows can be the listed person's: the same words, give or take
    a name (a middle name added or dropped), in any case. A form that shows no name (its header
    table edited away) is judged by its number alone."""
    shown_words = set(re.findall(r"\w+", shown.casefold()))
    listed_words = set(re.findall(r"\w+", listed.casefold()))
    if not shown_words or not listed_words:
        return True
    return shown_words <= listed_words or listed_words <= shown_words


def ingest(options: IngestOptions, progress: Progress | None = None,
           today: dt.date | None = None) -> IngestResult:
    """``today`` decides which follow-ups are overdue (default: the real today)."""
    from pipeline.overview.workbook import (
        ambiguous_teams,
        default_name,
        write_overview,
        write_per_leader,
    )

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
