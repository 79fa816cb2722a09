"""A folder of returned forms read and checked: what ``mus status``, ``mus ingest`` and every
stage that needs the returned forms stand on.

read the spreadsheets → scan the folder → extract every file (on all cores) → check season and
employee → choose between duplicates → a ``Collected`` record. The folder is only ever read.
Writing the workbook is the ingest stage's (``pipeline/stages/ingest.py``), above this and the
overview alike.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.collect.choose import choose
from pipeline.collect.extract import Extracted
from pipeline.collect.mailfile import extract_any
from pipeline.collect.scan import scan
from pipeline.collect.senders import read_senders, sender_problems, with_senders
from pipeline.formspec import agreement_filled, followup_filled
from pipeline.inputs import read_all_inputs, season_of
from pipeline.model import Collected, FormKind, Problem, QuestionSet, Response
from pipeline.signing import load_key
from pipeline.workers import map_chunks

CHUNK = 64
PARALLEL_FROM = 200  # files; fewer are read in this process (starting workers costs ~1 s)

Progress = Callable[[int, int], None]

# The ingest stage's names, imported from here before the stage moved above reading and writing
# alike (pipeline/stages/ingest.py). Nothing in mus asks for them here any more; code from
# before the move still finds them, looked up only when asked for, so that reading returned
# forms never imports the workbook's writer.
_MOVED = ("IngestOptions", "IngestResult", "ingest")

if TYPE_CHECKING:
    from pipeline.stages.ingest import IngestOptions as IngestOptions
    from pipeline.stages.ingest import IngestResult as IngestResult
    from pipeline.stages.ingest import ingest as ingest


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        from pipeline.stages import ingest as stage

        return getattr(stage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
