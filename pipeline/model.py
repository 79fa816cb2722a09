"""Typed records passed between the stages. Frozen: a stage never changes what it was given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path


class QuestionType(StrEnum):
    TEXT = "text"
    SCALE = "scale"
    YESNO = "yesno"
    CHOICE = "choice"
    DATE = "date"


class Audience(StrEnum):
    EMPLOYEE = "employee"
    LEADER = "leader"
    BOTH = "both"

    def includes(self, kind: FormKind) -> bool:
        if self is Audience.BOTH:
            return kind in (FormKind.EMPLOYEE, FormKind.LEADER)
        return self.value == kind.value


class Visibility(StrEnum):
    ALL = "all"  # HR workbook and the leaders' workbooks
    LEADER = "leader"  # only the leaders' own workbooks
    PRIVATE = "private"  # never read back


class FormKind(StrEnum):
    EMPLOYEE = "employee"
    LEADER = "leader"
    AGREEMENT = "agreement"


@dataclass(frozen=True)
class Employee:
    number: str
    name: str
    email: str = ""
    department: str = ""
    job_title: str = ""
    leader: str = ""
    leader_email: str = ""
    meeting_date: dt.date | None = None
    language: str = ""  # "da", "en" or "" (use the default)
    columns: Mapping[str, str] = field(default_factory=dict)  # every column, by its own header
    row: int = 0  # the row as Excel shows it


@dataclass(frozen=True)
class Condition:
    """One part of a question's applies-to filter: ``Afdeling=IT,Salg`` or ``Stilling!=Elev``."""

    column: str
    values: tuple[str, ...]
    negate: bool = False


@dataclass(frozen=True)
class Question:
    id: str
    phase: str
    text: str
    type: QuestionType
    help: str = ""
    options: tuple[str, ...] = ()
    audience: Audience = Audience.EMPLOYEE
    applies_to: tuple[Condition, ...] = ()
    required: bool = False
    visibility: Visibility = Visibility.ALL
    row: int = 0


@dataclass(frozen=True)
class Competence:
    id: str
    name: str
    description: str = ""
    group: str = ""
    row: int = 0


@dataclass(frozen=True)
class Scale:
    low: int = 1
    high: int = 5
    labels: tuple[str, ...] = (
        "I meget lav grad",
        "I lav grad",
        "I nogen grad",
        "I høj grad",
        "I meget høj grad",
    )
    competence_labels: tuple[str, ...] = (
        "Begynder",
        "Let øvet",
        "Øvet",
        "Erfaren",
        "Ekspert",
    )

    @property
    def steps(self) -> range:
        return range(self.low, self.high + 1)


@dataclass(frozen=True)
class Settings:
    organisation: str = ""
    season: str = ""
    deadline: dt.date | None = None
    goal_rows: int = 3
    scale: Scale = field(default_factory=Scale)
    scale_as_checkboxes: bool = False


@dataclass(frozen=True)
class QuestionSet:
    questions: tuple[Question, ...]
    competences: tuple[Competence, ...]
    settings: Settings
    version: str  # a short hash of everything that shapes a form
    source: Path | None = None

    @property
    def phases(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for q in self.questions:
            seen.setdefault(q.phase, None)
        return tuple(seen)

    def question(self, qid: str) -> Question | None:
        for q in self.questions:
            if q.id == qid:
                return q
        return None


@dataclass(frozen=True, slots=True)
class PreviousGoal:
    """A goal agreed last season, shown in the look-back phase for a status."""

    goal: str
    activities: str = ""
    deadline: dt.date | None = None


Value = str | int | bool | dt.date | None


@dataclass(frozen=True, slots=True)
class Goal:
    goal: str | None = None
    activities: str | None = None
    criterion: str | None = None
    deadline: dt.date | None = None
    responsible: str | None = None
    follow_up: dt.date | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


@dataclass(frozen=True, slots=True)
class PreviousGoalStatus:
    goal: str
    status: str | None = None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Rating:
    now: int | None = None
    wanted: int | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something HR should know about one returned file. ``code`` picks the sentence (texts.py)."""

    file: str
    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    employee_id: str = ""


@dataclass(frozen=True, slots=True)
class Response:
    """What one returned form holds: the one contract between reading forms and writing
    workbooks."""

    file: str
    employee_id: str
    season: str
    kind: FormKind
    answers: Mapping[str, Value]
    competences: Mapping[str, Rating]
    goals: tuple[Goal, ...]
    previous_goals: tuple[PreviousGoalStatus, ...]
    read_by: str  # "controls" or "layout"
    problems: tuple[Problem, ...] = ()
    question_set_version: str = ""
    saved: dt.datetime | None = None
    file_mtime: float = 0.0
    extra: Mapping[str, Value] = field(default_factory=dict)  # agreement fields etc.
