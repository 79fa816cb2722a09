"""What mus makes of a case, read in-process as the commands read it, and its verdict.

``read_case`` does what `mus extract --json --questions Q FILE` and `mus ingest` on a folder
holding only that file do (the workbook in Danish, as HR gets it). ``classify`` compares that with
the case's truth (verdict.py says what each verdict means). A problem *names* a field when it
holds its ID (``T1``, ``K3``) or ``goal 1`` / ``mål 1``: that is what HR can act on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from pipeline.collect.extract import extract_file
from pipeline.collect.ingest import collect
from pipeline.model import Problem, QuestionSet
from pipeline.overview.workbook import write_overview
from pipeline.problems import sentence
from pipeline.report import extraction_dict
from tests.collect.campaign.truth import AnyOf, Expected, Marked, Truth
from tests.collect.campaign.verdict import Verdict

GOAL_PARTS = {"goal": "goal", "activities": "activities", "criterion": "criterion",
              "deadline": "deadline", "responsible": "responsible", "followup": "follow_up"}
BULLETS = re.compile(r"^[\u2022\u25e6\u25aa\u2013\-\*·]\s+", re.M)
# Problems that tell HR to check the file without naming the field that is wrong.
GENERAL = re.compile(r"by hand|against the file|i hånden|mod filen|belong to no question|"
                     r"layout", re.I)


@dataclass(frozen=True)
class Output:
    """What mus made of one case file."""

    extracted: dict[str, Any]  # `mus extract --json`'s object
    problems: tuple[Problem, ...]  # the extraction's problems, as codes and parameters
    sentences: tuple[str, ...]  # every problem as HR reads it: extract's, the Problemer rows
    sheets: Mapping[str, Sequence[tuple[object, ...]]]  # the workbook, sheet by sheet


def read_case(path: Path, question_set: QuestionSet, employees: Path, questions: Path,
              book: Path) -> Output:
    result = extract_file(path, path.name, question_set)
    extracted = extraction_dict(result)
    collected = collect(path.parent, employees, questions, jobs=1)
    write_overview(collected, book, "da", {"folder": path.parent, "employees": employees,
                                           "questions": questions})
    workbook = load_workbook(book, read_only=True)
    try:
        sheets = {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook.worksheets}
    finally:
        workbook.close()
    rows = sheets.get("Problemer", [])[1:]
    problems = result.response.problems if result.response else result.problems
    return Output(extracted, problems, (
        *(sentence(p) for p in problems),
        *(f"{r[2] or ''} {r[3] or ''}" for r in rows if r and any(r))), sheets)


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    detail: str  # what differs, by field; never more of an answer than the case planted


def normal(value: object) -> object:
    """Text compared without its white space (a line break, a space or none between two pieces
    is layout, not content) and without bullet glyphs at line starts."""
    if isinstance(value, str):
        return "".join(BULLETS.sub("", value.replace("\r", "\n")).split())
    return value


def same(expected: Expected | None, got: object) -> bool:
    if isinstance(expected, AnyOf):
        return any(same(e, got) for e in expected.values)
    if isinstance(expected, Marked):
        return same(expected.read, got)
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if isinstance(expected, int) and not isinstance(got, str):
        return expected == got
    if expected is None or got is None:
        return expected is None and got is None
    return normal(str(expected)) == normal(str(got))


def read_values(extracted: Mapping[str, Any], expect: Mapping[str, Expected]) -> dict[str, object]:
    """The extract output by field key (goals numbered in the order of the truth's)."""
    out: dict[str, object] = {f"q:{qid}": v for qid, v in extracted["answers"].items()}
    for cid, rating in extracted["competences"].items():
        out[f"c:{cid}:now"], out[f"c:{cid}:wanted"] = rating["now"], rating["wanted"]
    numbers = sorted({int(k.split(":")[1]) for k in expect if k.startswith("goal:")})
    for i, goal in enumerate(extracted["goals"]):
        n = numbers[i] if i < len(numbers) else max(numbers, default=0) + 1 + i
        for part, key in GOAL_PARTS.items():
            out[f"goal:{n}:{part}"] = goal.get(key)
    return out


def names_field(problem: str, key: str) -> bool:
    parts = key.split(":")
    if parts[0] == "goal":
        return re.search(rf"goal[: ]?{parts[1]}\b|mål {parts[1]}\b", problem, re.I) is not None
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(parts[1])}(?![0-9])", problem) is not None


def marked(problems: Iterable[Problem], key: str, what: str) -> bool:
    """Whether a marked-text problem of this kind names the field."""
    return any(p.code == "marked-text" and p.params.get("what") == what
               and names_field(p.params.get("fields", ""), key) for p in problems)


def svar_cell(sheets: Mapping[str, Sequence[tuple[object, ...]]], employee: str, qid: str,
              leader: bool) -> tuple[object, bool]:
    """The answer's cell in the workbook's Svar sheet, and whether there is one."""
    rows = sheets.get("Svar") or []
    if not rows:
        return None, False
    header = [str(h or "") for h in rows[0]]
    column = next((i for i, h in enumerate(header)
                   if h.split(" ")[0] == qid and ("(leder)" in h) == leader), None)
    if column is None:
        return None, False
    row = next((r for r in rows[1:] if str(r[0]) == employee), None)
    if row is None:
        return None, False
    cell = row[column]
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    return cell.isoformat() if isinstance(cell, dt.date) else cell, True


def show(value: object) -> str:
    """A value in a failure message: at most the first words the case itself planted."""
    if isinstance(value, str) and len(value) > 20000:
        return f"<{len(value)} chars>"
    if isinstance(value, AnyOf | Marked):
        value = value.values[0] if isinstance(value, AnyOf) else value.read
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + '…"'


def _texts(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _texts(v)


def leaks(truth: Truth, output: Output) -> list[str]:
    """What must not be read and is in the output more often than this form's own answers hold
    it (another form can carry an answer word for word the same as this one's)."""
    ex = output.extracted
    read = [normal(t) for t in _texts([ex["answers"], ex["goals"], ex.get("unreadable", {}),
                                       ex.get("outside", {})])]
    cells = [normal(str(c)) for rows in output.sheets.values() for r in rows for c in r if c]
    own = [normal(v.read if isinstance(v, Marked) else v) for v in truth.expect.values()]
    found = []
    for text in truth.must_not_read:
        words = normal(text)
        assert isinstance(words, str)
        allowed = sum(str(o).count(words) for o in own)
        if words and (sum(str(r).count(words) for r in read) > allowed
                      or sum(str(c).count(words) for c in cells) > allowed):
            found.append(text)
    return found


def classify(truth: Truth, output: Output) -> Outcome:
    ex, problems = output.extracted, output.sentences
    if any(p.code == "read-error" for p in output.problems):
        return Outcome(Verdict.MISREPORTED, "mus failed on the file: " + problems[0][:90])
    if ex["employee_id"] is None:  # the file refused
        wrong = [w for w in truth.wrong_reasons if w.lower() in " | ".join(problems).lower()]
        if not problems:
            return Outcome(Verdict.SILENTLY_WRONG, "file skipped with no problem")
        if wrong:
            return Outcome(Verdict.MISREPORTED, f"refused as {wrong[0]!r}")
        return Outcome(Verdict.REPORTED, "file refused: " + problems[0][:90])
    if ex["employee_id"] != truth.employee_id or ex["kind"] != truth.kind:
        return Outcome(Verdict.MISREPORTED if problems else Verdict.SILENTLY_WRONG,
                       f"read as the {ex['kind']} form of {ex['employee_id']}")
    got = read_values(ex, truth.expect)
    keys = sorted({*truth.expect, *(k for k, v in got.items() if v is not None)})
    diffs = [(k, truth.expect.get(k), got.get(k)) for k in keys
             if not same(truth.expect.get(k), got.get(k))]
    for key, want in truth.expect.items():  # a text answer must be whole in the workbook too
        if (key.startswith("q:") and isinstance(want, str | AnyOf | Marked)
                and same(want, got.get(key))):
            cell, found = svar_cell(output.sheets, truth.employee_id, key[2:],
                                    truth.kind == "leader")
            if found and not same(want, cell):
                diffs.append((f"{key} (workbook)", want, cell))
    unnamed = [d for d in diffs if not any(names_field(p, d[0].split(" ")[0]) for p in problems)]
    missing = [need.why for need in truth.must_report
               if not any(need.pattern is None or re.search(need.pattern, p, re.I)
                          for p in problems)]
    # Fields read as the project's rule for marked text says (truth.Marked): named, or missing.
    rule = {k: v.what for k, v in truth.expect.items()
            if isinstance(v, Marked) and same(v, got.get(k))}
    missing += [f"{k}: marked-text ({what})" for k, what in rule.items()
                if not marked(output.problems, k, what)]
    leaked = leaks(truth, output)
    details = [f"{k}: want {show(w)} got {show(h)}{'' if (k, w, h) in unnamed else ' [named]'}"
               for k, w, h in diffs]
    details += [f"not reported: {m}" for m in missing]
    details += [f"must-not-read text in the output: {show(s)}" for s in leaked]
    if leaked:
        return Outcome(Verdict.SILENTLY_WRONG, "; ".join(details))
    if unnamed or missing:
        general = [p for p in problems if GENERAL.search(p)]
        if general:
            details.append("only a general problem: " + general[0][:80])
        return Outcome(Verdict.MISREPORTED if general else Verdict.SILENTLY_WRONG,
                       "; ".join(details))
    if diffs or rule:
        details += [f"{k}: read with its {what} text, and named" for k, what in rule.items()]
        return Outcome(Verdict.REPORTED, "; ".join(details))
    return Outcome(Verdict.READ_RIGHT, "")
