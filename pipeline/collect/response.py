"""From what was found in a form to the Response: each field's value, the problems met on the
way (named by field, never by answer), and the answers grouped as the workbook wants them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from pipeline.collect.locate import Located
from pipeline.collect.values import Raw, Unreadable, clean_text, convert, status
from pipeline.formspec import Field, FieldKind
from pipeline.model import (
    FormKind,
    Goal,
    PreviousGoalStatus,
    Problem,
    Rating,
    Response,
    Value,
)


@dataclass
class Reading:
    """The problems of one file, as they are met."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def add(self, code: str, employee: str = "", **params: object) -> None:
        self.problems.append(Problem(self.file, code, {k: str(v) for k, v in params.items()},
                                     employee))

    def fields(self, code: str, employee: str, keys: Sequence[str],
               label: Callable[[str], str] = lambda key: field_label(key)) -> None:
        """One problem naming each of several fields: in its sentence as ``label`` names them
        (a question's number, ID and start), by ID alone in "all" (for scripts)."""
        self.add(code, employee, count=len(keys), fields="; ".join(label(k) for k in keys),
                 all=", ".join(field_label(k) for k in keys))


def field_values(fields: Sequence[Field], located: Located, scale: tuple[int, int],
                 reading: Reading, employee: str,
                 unreadable: dict[str, str]) -> dict[str, Value]:
    """Each field's value (private ones never read). A field in doubt is taken when every
    control it could be in reads the same (for copies of its own control: every one that holds
    something), and reported otherwise."""
    values: dict[str, Value] = {}
    uncertain: list[str] = []
    for f in fields:
        if f.private:
            continue  # never read: it stays in the employee's own document
        options = located.doubts.get(f.key)
        if options is not None:
            read = [_read(raw, f, scale) for raw in options]
            if f.key in located.copies:  # an unticked box is as empty as a blank field
                empty = (None, False) if f.kind is FieldKind.CHECK else (None,)
                read = [r for r in read if not any(r is e for e in empty)] or [None]
            first = read[0]
            if not isinstance(first, Unreadable) and all(
                    type(other) is type(first) and other == first for other in read[1:]):
                values[f.key] = first
            else:
                uncertain.append(f.key)
                values[f.key] = None
            continue
        raw = located.raws.get(f.key)
        if raw is None:
            values[f.key] = None
            continue
        try:
            values[f.key] = convert(raw, f.kind, scale)
        except Unreadable as err:
            reading.add("unreadable-value", employee, field=field_label(f.key),
                        allowed=err.expected)
            unreadable[f.key] = err.shown
            values[f.key] = None
    if uncertain:
        reading.fields("uncertain", employee, uncertain)
    return values


def _read(raw: Raw | None, f: Field, scale: tuple[int, int]) -> Value | Unreadable:
    """What one possibility reads as (None: the field is in no control)."""
    if raw is None:
        return None
    try:
        return convert(raw, f.kind, scale)
    except Unreadable as err:
        return err


def field_label(key: str) -> str:
    """How problems name a field: the question's ID (N2), else the field key (c:K1:now)."""
    parts = key.split(":")
    return parts[1] if parts[0] == "q" and len(parts) > 1 else key


def build_response(name: str, employee: str, season: str, kind: FormKind, values: dict[str, Value],
              fields: Sequence[Field], previous_titles: Sequence[str], read_by: str,
              reading: Reading, version: str, saved: dt.datetime | None,
              mtime: float, unreadable: Mapping[str, str]) -> Response:
    answers: dict[str, Value] = {}
    steps: dict[str, list[int]] = defaultdict(list)
    ratings: dict[str, dict[str, int | None]] = {}
    goals: dict[int, dict[str, Value]] = defaultdict(dict)
    previous: dict[int, dict[str, Value]] = defaultdict(dict)
    extra: dict[str, Value] = {}
    for f in fields:
        if f.key not in values:
            continue
        value = values[f.key]
        parts = f.parts
        if parts[0] == "q" and len(parts) == 3:
            answers.setdefault(parts[1], None)
            if value is True:
                steps[parts[1]].append(int(parts[2]))
        elif parts[0] == "q":
            answers[parts[1]] = value
        elif parts[0] == "c":
            ratings.setdefault(parts[1], {"now": None, "wanted": None})[parts[2]] = (
                value if isinstance(value, int) and not isinstance(value, bool) else None)
        elif parts[0] == "goal":
            goals[int(parts[1])][parts[2]] = value
        elif parts[0] == "prev":
            previous[int(parts[1])][parts[2]] = value
        else:
            extra[f.key] = value
    for qid, ticked in steps.items():
        if len(ticked) == 1:
            answers[qid] = ticked[0]
        elif len(ticked) > 1:
            reading.add("several-ticked", employee, field=qid,
                        steps=", ".join(str(step) for step in sorted(ticked)))
    goal_list = []
    for n in sorted(goals):
        got = goals[n]
        goal = Goal(goal=_as_text(got.get("goal")), activities=_as_text(got.get("activities")),
                    criterion=_as_text(got.get("criterion")),
                    deadline=_as_date(got.get("deadline")),
                    responsible=_as_text(got.get("responsible")),
                    follow_up=_as_date(got.get("followup")),
                    agreed=_as_bool(got.get("agreed")),
                    employee_comment=_as_text(got.get("employee_comment")),
                    leader_comment=_as_text(got.get("leader_comment")))
        if not goal.is_empty():
            goal_list.append(goal)
    previous_list = tuple(
        PreviousGoalStatus(previous_titles[n - 1] if n - 1 < len(previous_titles) else "",
                           status(_as_text(previous[n].get("status"))),
                           _as_text(previous[n].get("comment")),
                           _as_text(previous[n].get("next")))
        for n in sorted(previous) if n - 1 < len(previous_titles)
    )
    return Response(
        file=name, employee_id=employee, season=season, kind=kind, answers=answers,
        competences={cid: Rating(r["now"], r["wanted"]) for cid, r in ratings.items()},
        goals=tuple(goal_list), previous_goals=previous_list, read_by=read_by,
        problems=tuple(reading.problems), question_set_version=version, saved=saved,
        file_mtime=mtime, extra=extra, unreadable=dict(unreadable),
    )


def _as_text(value: Value) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else clean_text(str(value))


def _as_bool(value: Value) -> bool | None:
    return value if isinstance(value, bool) else None


def _as_date(value: Value) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


