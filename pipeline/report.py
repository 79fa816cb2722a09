"""What the commands print: readable listings for people, JSON lines for programs."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict
from typing import Any

from pipeline.collect.extract import Extracted
from pipeline.collect.ingest import Collected, IngestResult
from pipeline.model import FormKind, QuestionSet, Value, expects_leader_form
from pipeline.problems import sentence


def _json_value(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return v


def extraction_dict(result: Extracted, lang: str = "en") -> dict[str, Any]:
    r = result.response
    if r is None:
        return {"file": result.file, "employee_id": None, "season": None, "kind": None,
                "answers": {}, "competences": {}, "goals": [], "previous_goals": [],
                "read_by": None, "problems": [sentence(p, lang) for p in result.problems]}
    return {
        "file": result.file,
        "employee_id": r.employee_id,
        "season": r.season,
        "kind": r.kind.value,
        "answers": {k: _json_value(v) for k, v in r.answers.items()},
        "competences": {k: {"now": v.now, "wanted": v.wanted} for k, v in r.competences.items()},
        "goals": [{k: _json_value(v) for k, v in asdict(g).items()} for g in r.goals],
        "previous_goals": [asdict(g) for g in r.previous_goals],
        "read_by": r.read_by,
        "saved": _json_value(r.saved),
        "question_set_version": r.question_set_version,
        **({"agreement": {k: _json_value(v) for k, v in r.extra.items()}} if r.extra else {}),
        # What fields show where it could not be read as an answer: for HR to check.
        **({"unreadable": dict(r.unreadable)} if r.unreadable else {}),
        "problems": [sentence(p, lang) for p in r.problems],
    }


def extraction_json(result: Extracted, lang: str = "en") -> str:
    return json.dumps(extraction_dict(result, lang), ensure_ascii=False)


def _show(v: Value) -> str:
    if v is None:
        return "(unanswered)"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, dt.date):
        return v.isoformat()
    text = str(v)
    return text.replace("\n", "\n      ")


def extraction_text(result: Extracted, question_set: QuestionSet | None,
                    lang: str = "en") -> str:
    r = result.response
    if r is None:
        return f"{result.file}: skipped. " + " ".join(sentence(p, lang) for p in result.problems)
    lines = [f"{result.file}",
             f"  employee {r.employee_id}, season {r.season}, {r.kind.value}'s form, read by "
             f"{r.read_by}"]
    for qid, v in r.answers.items():
        q = question_set.question(qid) if question_set else None
        lines.append(f"  {qid}{' ' + q.text if q else ''}")
        lines.append(f"      {_show(v)}")
    if r.competences:
        lines.append("  competences (now → wanted):")
        for cid, rating in r.competences.items():
            lines.append(f"    {cid}: {_show(rating.now)} → {_show(rating.wanted)}")
    for n, g in enumerate(r.goals, start=1):
        lines.append(f"  goal {n}: {_show(g.goal)}")
        for label, v in (("activities", g.activities), ("success", g.criterion),
                         ("deadline", g.deadline), ("responsible", g.responsible),
                         ("follow-up", g.follow_up)):
            if v is not None:
                lines.append(f"      {label}: {_show(v)}")
    for previous in r.previous_goals:
        lines.append(f"  last year's goal \"{previous.goal}\": "
                     f"{previous.status or '(no status)'}"
                     + (f" ({previous.comment})" if previous.comment else ""))
    for k, v in r.extra.items():
        lines.append(f"  {k}: {_show(v)}")
    for p in r.problems:
        lines.append(f"  problem: {sentence(p, lang)}")
    return "\n".join(lines)


def ingest_summary(result: IngestResult, lang: str = "en") -> str:
    c = result.collected
    read = len(c.responses)
    employee_forms = sum(1 for r in c.responses if r.kind is FormKind.EMPLOYEE)
    missing = result.missing
    lines = [
        f"Read {read} form(s) from {c.files_seen} file(s): {employee_forms} of {len(c.staff)} "
        f"employees have answered, {len(missing)} still missing, {len(c.problems)} problem(s).",
        f"Workbook: {result.workbook}",
    ]
    if result.leader_workbooks:
        lines.append(f"Leaders' workbooks: {len(result.leader_workbooks)} in "
                     f"{result.leader_workbooks[0].parent}")
    for p in c.problems:
        lines.append(f"  {p.file}: {sentence(p, lang)}")
    return "\n".join(lines)


def status_text(collected: Collected) -> str:
    answered = {r.employee_id for r in collected.responses if r.kind is FormKind.EMPLOYEE}
    leader_forms = {r.employee_id for r in collected.responses if r.kind is FormKind.LEADER}
    agreements = {r.employee_id for r in collected.responses if r.kind is FormKind.AGREEMENT}
    names_leaders = any(e.leader for e in collected.staff)
    teams: dict[str, list[Any]] = defaultdict(list)
    for e in collected.staff:
        teams[e.leader or "(no leader)"].append(e)
    lines = [f"Season {collected.season}: {len(answered)} of {len(collected.staff)} employees "
             f"have answered; {len(collected.staff) - len(answered)} missing."]
    if agreements:
        today = dt.date.today()
        due = [(r.employee_id, g) for r in collected.responses if r.kind is FormKind.AGREEMENT
               for g in r.goals if g.follow_up is not None and g.follow_up <= today]
        lines.append(f"Meetings held (agreement returned): {len(agreements)} of "
                     f"{len(collected.staff)}. Agreed goals due for follow-up: {len(due)}.")
    for leader in sorted(teams, key=str.casefold):
        team = teams[leader]
        got = [e for e in team if e.number in answered]
        expected = [e for e in team if expects_leader_form(e, names_leaders)]
        lines.append(f"\n{leader}: {len(got)}/{len(team)} answered"
                     + (f", leader's forms {sum(1 for e in team if e.number in leader_forms)}"
                        f"/{len(expected)}" if leader_forms and expected else ""))
        if agreements:
            lines[-1] += f", agreements {sum(1 for e in team if e.number in agreements)}" \
                         f"/{len(team)}"
        for e in team:
            if e.number not in answered:
                lines.append(f"  missing: {e.number} {e.name}"
                             + (" (on leave)" if e.on_leave else ""))
    if collected.problems:
        lines.append(f"\n{len(collected.problems)} problem(s); run `mus ingest` to see them.")
    return "\n".join(lines)
