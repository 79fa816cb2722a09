"""One returned file in, one Response (or the reason it is not one) out. Never writes anything."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.collect.identify import identify_layout
from pipeline.collect.locate import locate_layout, read_fields
from pipeline.collect.values import Raw, Unreadable, clean_text, convert, status
from pipeline.forms.layout import build_skeleton
from pipeline.forms.template import STYLE_NAMES
from pipeline.formspec import Field, FieldKind, FormSpec
from pipeline.model import (
    FormKind,
    Goal,
    PreviousGoalStatus,
    Problem,
    QuestionSet,
    Rating,
    Response,
    Value,
)
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SafeZip, UnsafeFile
from pipeline.ooxml.props import read_custom_props, read_modified
from pipeline.ooxml.sniff import sniff
from pipeline.ooxml.tree import child

DOCUMENT = "word/document.xml"
APP = "docProps/app.xml"
WORD_SUFFIXES = {".docx", ".docm", ".dotx"}
# Files that may be a form saved the wrong way, or a form wrongly named: judged by their content.
TEXT_DOCUMENT_SUFFIXES = {".doc", ".dot", ".odt", ".ott", ".rtf", ".wps", ""}
# LibreOffice signs every Word 97-2003 file it writes with this (its developer's name).
LIBREOFFICE_DOC_MARK = b"Caolan80"
MAX_FILE = 64 * 1024 * 1024  # a form with pasted photos is a few MB


@dataclass(frozen=True)
class Extracted:
    file: str
    response: Response | None = None
    problems: tuple[Problem, ...] = ()  # why there is no response, when there is none
    saved: dt.datetime | None = None
    mtime: float = 0.0


@dataclass
class _Reading:
    file: str
    problems: list[Problem] = field(default_factory=list)

    def add(self, code: str, employee: str = "", **params: object) -> None:
        self.problems.append(Problem(self.file, code, {k: str(v) for k, v in params.items()},
                                     employee))


def extract_file(path: Path, display: str | None = None,
                 question_set: QuestionSet | None = None) -> Extracted:
    """Read one file. Problems name the file, employee and field, never an answer."""
    name = display or str(path)
    suffix = path.suffix.lower()
    fail = _Reading(name)
    try:
        if suffix not in WORD_SUFFIXES and suffix not in TEXT_DOCUMENT_SUFFIXES:
            fail.add("pdf" if suffix == ".pdf" else "not-docx", suffix=suffix or "?")
            return Extracted(name, problems=tuple(fail.problems), mtime=file_mtime(path))
        with path.open("rb") as f:  # opened once, read whole: forms are small
            stat = os.fstat(f.fileno())
            mtime = stat.st_mtime
            data = f.read(MAX_FILE + 1) if stat.st_size > MAX_FILE else f.read()
        kind = sniff(data)
        if not data:
            fail.add("empty")
        elif kind == "encrypted":
            fail.add("password")
        elif kind == "ole":
            fail.add("old-word-libreoffice" if LIBREOFFICE_DOC_MARK in data else "old-word")
        elif data.startswith(b"{\\rtf"):
            fail.add("rtf")
        elif len(data) > MAX_FILE:
            fail.add("unsafe", detail=f"larger than {MAX_FILE // 2**20} MB")
        elif kind != "zip" and suffix not in WORD_SUFFIXES:
            fail.add({".odt": "odt", ".ott": "odt"}.get(suffix, "old-word"))
        if fail.problems:
            return Extracted(name, problems=tuple(fail.problems), mtime=mtime)
        with SafeZip(data) as package:
            if is_opendocument(package):  # whatever it is called
                fail.add("odt")
                return Extracted(name, problems=tuple(fail.problems), mtime=mtime)
            return _read_package(package, name, mtime, question_set)
    except UnsafeFile as err:
        detail = str(err)
        code = "damaged" if "truncated" in detail or "damaged" in detail else "unsafe"
        fail.add(code, detail=detail)
    except OSError as err:
        fail.add("unreadable-file", detail=err.strerror or type(err).__name__)
    return Extracted(name, problems=tuple(fail.problems))


def _read_package(package: SafeZip, name: str, mtime: float,
                  question_set: QuestionSet | None) -> Extracted:
    reading = _Reading(name)
    if not package.has(DOCUMENT):
        reading.add("not-form")
        return Extracted(name, problems=tuple(reading.problems), mtime=mtime)
    props = read_custom_props(package)
    saved = read_modified(package)
    root = package.xml(DOCUMENT)
    body = child(root, qn("w:body"))
    if body is None:
        reading.add("not-form")
        return Extracted(name, problems=tuple(reading.problems), mtime=mtime)
    spec = FormSpec.from_props(props)
    raws: dict[str, Raw]
    read_by = "controls"
    if spec is not None:
        raws = read_fields(body, spec.fields)
        missing = [f for f in spec.fields if f.key not in raws]
        if missing and len(missing) == len(spec.fields):
            read_by = "layout"
            raws = locate_layout(body, spec.fields)
            reading.add("layout", spec.employee_id)
        elif missing:
            layout = locate_layout(body, missing)
            raws.update(layout)
            still = [f.key for f in missing if f.key not in layout]
            if still:
                reading.add("missing-fields", spec.employee_id, count=len(still),
                            fields=", ".join(still[:8]) + (" …" if len(still) > 8 else ""))
        fields: Sequence[Field] = spec.fields
        employee, season, kind = spec.employee_id, spec.season, spec.kind
        scale, version, previous_titles = spec.scale, spec.question_set_version, \
            spec.previous_goals
    else:
        identity = identify_layout(body)
        if identity is None:
            reading.add("not-form")
            return Extracted(name, problems=tuple(reading.problems), saved=saved, mtime=mtime)
        employee, season, kind = identity.employee_id, identity.season, identity.kind
        read_by = "layout"
        if question_set is None:
            reading.add("layout-no-questions", employee)
            fields, raws = (), {}
        else:
            reading.add("layout", employee)
            fields = expected_fields(question_set, kind)
            raws = locate_layout(body, fields)
        scale = ((question_set.settings.scale.low, question_set.settings.scale.high)
                 if question_set else (1, 5))
        version = ""
        previous_titles = tuple(raws[f"prev:{n}:goal"].text for n in range(1, 100)
                                if f"prev:{n}:goal" in raws)
    trust_flag = _flag_needed(raws) and saved_by_word(package)
    unreadable: dict[str, str] = {}
    values = _values(fields, raws, scale, reading, employee, trust_flag, unreadable)
    response = _response(name, employee, season, kind, values, fields, previous_titles, read_by,
                         reading, version, saved, mtime, unreadable)
    return Extracted(name, response, saved=saved, mtime=mtime)


def expected_fields(question_set: QuestionSet, kind: FormKind) -> tuple[Field, ...]:
    """The fields a form of this kind holds, from the question set (for forms whose own field
    list is gone). Built by the same code that builds the forms, so the two cannot drift."""
    skeleton = build_skeleton(question_set, kind, "da", {k: k for k in STYLE_NAMES})
    fields: list[Field] = []
    for _, questions in skeleton.phases:
        for q in questions:
            fields.extend(skeleton.cards[q.id].fields)
    if skeleton.competences:
        fields.extend(skeleton.competences.fields)
    fields.extend(skeleton.goals.fields)
    for n in range(1, 21):
        fields += [Field(f"prev:{n}:status", FieldKind.CHOICE),
                   Field(f"prev:{n}:comment", FieldKind.TEXT)]
    return tuple(fields)


def _flag_needed(raws: Mapping[str, Raw]) -> bool:
    """Whether any field shows text beside a placeholder flag (only then does it matter who
    saved the file)."""
    return any(r.showing_placeholder and clean_text(r.text) is not None for r in raws.values())


def _values(fields: Sequence[Field], raws: Mapping[str, Raw], scale: tuple[int, int],
            reading: _Reading, employee: str, trust_flag: bool,
            unreadable: dict[str, str]) -> dict[str, Value]:
    values: dict[str, Value] = {}
    for f in fields:
        if f.private:
            continue  # never read: it stays in the employee's own document
        raw = raws.get(f.key)
        if raw is None:
            values[f.key] = None
            continue
        try:
            values[f.key] = convert(raw, f.kind, scale, trust_flag)
        except Unreadable as err:
            reading.add("unreadable-value", employee, field=field_label(f.key),
                        allowed=err.expected)
            unreadable[f.key] = err.shown
            values[f.key] = None
    return values


def field_label(key: str) -> str:
    """How problems name a field: the question's ID (N2), else the field key (c:K1:now)."""
    parts = key.split(":")
    return parts[1] if parts[0] == "q" and len(parts) > 1 else key


def _response(name: str, employee: str, season: str, kind: FormKind, values: dict[str, Value],
              fields: Sequence[Field], previous_titles: Sequence[str], read_by: str,
              reading: _Reading, version: str, saved: dt.datetime | None,
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
                    follow_up=_as_date(got.get("followup")))
        if not goal.is_empty():
            goal_list.append(goal)
    previous_list = tuple(
        PreviousGoalStatus(previous_titles[n - 1] if n - 1 < len(previous_titles) else "",
                           status(_as_text(previous[n].get("status"))),
                           _as_text(previous[n].get("comment")))
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


def _as_date(value: Value) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def is_opendocument(package: SafeZip) -> bool:
    """An OpenDocument file (.odt, also when renamed .docx) says so in its first part."""
    if package.has(DOCUMENT) or not package.has("mimetype"):
        return False
    return package.read("mimetype", 200).startswith(b"application/vnd.oasis.opendocument")


def saved_by_word(package: SafeZip) -> bool:
    """Whether Microsoft Word saved the file last (its placeholder flags can be trusted)."""
    if not package.has(APP):
        return False
    try:
        root = package.xml(APP)
    except UnsafeFile:
        return False
    application = next((e.text or "" for e in root.iter() if isinstance(e.tag, str)
                        and e.tag.endswith("}Application")), "")
    return "microsoft" in application.casefold() and "word" in application.casefold()


def file_mtime(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0
