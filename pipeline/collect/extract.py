"""One returned file in, one Response (or the reason it is not one) out. Never writes anything.

Every way a file can fail becomes a problem naming it: one bad file never stops a run.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from pipeline.collect.accounting import (
    NOTES,
    Beside,
    FieldLabels,
    Intruders,
    absorb,
    account,
    merge_beside,
    notes_beside,
    remove_intruders,
    report_beside,
    report_marked,
    unchanged,
)
from pipeline.collect.identify import identify_layout, identity_conflict, visible_identity
from pipeline.collect.layout import locate_layout
from pipeline.collect.locate import Located, read_fields
from pipeline.collect.response import Reading, build_response, field_values
from pipeline.collect.values import Raw, clean_text
from pipeline.errors import os_detail
from pipeline.forms.layout import Builder, build_skeleton
from pipeline.forms.template import STYLE_NAMES
from pipeline.formspec import FOLLOWUP_PARTS, Field, FieldKind, FormSpec, SpecError
from pipeline.model import FormKind, Problem, QuestionSet, Response
from pipeline.ooxml.flat import FlatPackage, xml_kind
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import Parts, SafeZip, UnsafeFile
from pipeline.ooxml.props import read_custom_props, read_modified
from pipeline.ooxml.sniff import sniff
from pipeline.ooxml.tree import child
from pipeline.ooxml.visible import settle
from pipeline.places import LinkRefused, open_own
from pipeline.signing import verify

DOCUMENT = "word/document.xml"
WORD_SUFFIXES = {".docx", ".docm", ".dotx"}
# Files that may be a form saved the wrong way, or a form wrongly named: judged by their content.
TEXT_DOCUMENT_SUFFIXES = {".doc", ".dot", ".odt", ".ott", ".rtf", ".wps", ""}
# LibreOffice signs every Word 97-2003 file it writes with this (its developer's name).
LIBREOFFICE_DOC_MARK = b"Caolan80"
MAX_FILE = 64 * 1024 * 1024  # a form with pasted photos is a few MB
# Opened without waiting (a FIFO would block an ordinary open) and without becoming anyone's
# controlling terminal; what it is is then asked of the open file itself.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOCTTY", 0))


@dataclass(frozen=True)
class Extracted:
    file: str
    response: Response | None = None
    problems: tuple[Problem, ...] = ()  # why there is no response, when there is none
    saved: dt.datetime | None = None
    mtime: float = 0.0


def extract_file(path: Path, display: str | None = None,
                 question_set: QuestionSet | None = None, key: bytes | None = None) -> Extracted:
    """Read one file. Problems name the file, employee and field, never an answer. ``key``:
    the working folder's signing key, to check the form's identity with."""
    name = display or str(path)
    return _guarded(name, lambda fail: _extract(path, name, question_set, fail, key))


def extract_bytes(data: bytes, file_name: str, display: str, mtime: float = 0.0,
                  question_set: QuestionSet | None = None,
                  key: bytes | None = None) -> Extracted:
    """Read one file's bytes as if it were saved on its own as ``file_name`` (an attachment
    inside a mail file); problems name it ``display``."""
    suffix = Path(file_name).suffix.lower() if Path(file_name).suffix.strip() else ""

    def read(fail: Reading) -> Extracted:
        if _wrong_suffix(suffix, fail):
            return Extracted(display, problems=tuple(fail.problems), mtime=mtime)
        return _extract_data(data, suffix, display, mtime, question_set, fail, key)
    return _guarded(display, read)


def _guarded(name: str, read: Callable[[Reading], Extracted]) -> Extracted:
    """``read`` with every way a file can fail turned into a problem naming it."""
    fail = Reading(name)
    try:
        return read(fail)
    except UnsafeFile as err:
        detail = str(err)
        code = ("too-large" if err.too_large else
                "damaged" if "truncated" in detail or "damaged" in detail else "unsafe")
        fail.add(code, detail=detail)
    except LinkRefused:
        fail.add("link")
    except OSError as err:
        fail.add("unreadable-file", detail=os_detail(err))
    except (MemoryError, RecursionError):
        fail.add("unsafe", detail="too large or too deeply nested to read")
    except Exception as err:  # a file no test foresaw: named, and the run goes on
        fail.add("read-error", detail=type(err).__name__)
    return Extracted(name, problems=tuple(fail.problems))


def _extract(path: Path, name: str, question_set: QuestionSet | None,
             fail: Reading, key: bytes | None = None) -> Extracted:
    suffix = path.suffix.lower()
    if _wrong_suffix(suffix, fail):
        return Extracted(name, problems=tuple(fail.problems), mtime=file_mtime(path))
    fd, info = open_own(path, _OPEN_FLAGS)  # never through a link, even one swapped in
    with os.fdopen(fd, "rb") as f:  # opened once, read whole: forms are small
        if not stat.S_ISREG(info.st_mode):
            fail.add("not-a-file")
            return Extracted(name, problems=tuple(fail.problems))
        mtime = info.st_mtime
        data = f.read(MAX_FILE + 1) if info.st_size > MAX_FILE else f.read()
    return _extract_data(data, suffix, name, mtime, question_set, fail, key)


def _wrong_suffix(suffix: str, fail: Reading) -> bool:
    """A name that says it is no text document at all (a PDF, a picture): not opened. (An
    .xml file may be Word's one-file XML: judged by its content.)"""
    if suffix not in WORD_SUFFIXES and suffix not in TEXT_DOCUMENT_SUFFIXES | {".xml"}:
        fail.add("pdf" if suffix == ".pdf" else "not-docx", suffix=suffix or "?")
        return True
    return False


def _extract_data(data: bytes, suffix: str, name: str, mtime: float,
                  question_set: QuestionSet | None, fail: Reading,
                  key: bytes | None = None) -> Extracted:
    kind = sniff(data)
    as_xml = xml_kind(data) if kind == "text" else None
    if as_xml == "flat-opc" and len(data) <= MAX_FILE:  # Word's "Word XML Document"
        with FlatPackage(data) as flat:
            return _read_package(flat, name, mtime, question_set, key)
    if not data:
        fail.add("empty")
    elif kind == "encrypted":
        fail.add("password")
    elif kind == "ole":
        fail.add("old-word-libreoffice" if LIBREOFFICE_DOC_MARK in data else "old-word")
    elif data.startswith(b"{\\rtf"):
        fail.add("rtf")
    elif len(data) > MAX_FILE:
        fail.add("too-large", detail=f"it is larger than {MAX_FILE // 2**20} MB")
    elif as_xml == "word-2003-xml":
        fail.add("word-2003-xml")
    elif suffix == ".xml":
        fail.add("not-docx", suffix=suffix)
    elif kind != "zip" and suffix not in WORD_SUFFIXES:
        fail.add({".odt": "odt", ".ott": "odt"}.get(suffix, "old-word"))
    if fail.problems:
        return Extracted(name, problems=tuple(fail.problems), mtime=mtime)
    with SafeZip(data) as package:
        if is_opendocument(package):  # whatever it is called
            fail.add("odt")
            return Extracted(name, problems=tuple(fail.problems), mtime=mtime)
        return _read_package(package, name, mtime, question_set, key)


def _read_package(package: Parts, name: str, mtime: float,
                  question_set: QuestionSet | None, key: bytes | None = None) -> Extracted:
    reading = Reading(name)
    if not package.has(DOCUMENT):
        reading.add("not-form")
        return Extracted(name, problems=tuple(reading.problems), mtime=mtime)
    props = read_custom_props(package)
    saved = read_modified(package)
    root = package.xml(DOCUMENT)
    settled = settle(root)  # tracked changes accepted, text boxes once: what a person sees
    body = child(root, qn("w:body"))
    if body is None:
        reading.add("not-form")
        return Extracted(name, problems=tuple(reading.problems), mtime=mtime)
    shown = visible_identity(body)  # (once: it is also the name checked against the list)
    try:
        spec = FormSpec.read(props)
        conflict = identity_conflict(spec, body, question_set, shown) if spec else None
    except SpecError as err:
        spec, conflict = None, str(err)
    if conflict is not None:
        reading.add("identity", props.get("MUS.EmployeeId", "").strip(), detail=conflict)
        return Extracted(name, problems=tuple(reading.problems), saved=saved, mtime=mtime)
    located: Located
    read_by = "controls"
    beside: list[Beside] = []
    if spec is not None:
        located = read_fields(body, spec.fields)
        edited = spec.blank is not None and not unchanged(body, spec.blank, located)
        if edited and spec.blank is not None:
            # Edited outside its fields: looked at against the blank form, paragraph by
            # paragraph (what is not this form cut away, cells of its own text no answer cells).
            intruders = remove_intruders(body, spec.blank, spec.promises)
            if intruders:
                _report_intruders(intruders, spec.employee_id, reading)
            located = read_fields(body, spec.fields, own=frozenset(spec.blank.paragraphs))
        labels = FieldLabels(spec.blank)
        if _fill_from_layout(body, spec, located, reading, labels):
            read_by = "layout"
        if edited and spec.blank is not None:
            accounted = account(body, spec.blank, located, spec.promises)
            absorb(located, accounted.missing)
            beside = accounted.beside
        notes = [(name, package.xml(name)) for name, _, _ in NOTES if package.has(name)]
        if notes:
            beside = merge_beside(beside, notes_beside(notes, body, spec.promises))
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
        located = Located()
        if question_set is None:
            reading.add("layout-no-questions", employee)
            fields = ()
        else:
            fields = expected_fields(question_set, kind)
            # A control that kept its tag still says which field it is; the rest is read from
            # the cells under the headings.
            located = read_fields(body, fields, tags_only=True)
            reading.add("no-properties" if located.raws else "layout", employee)
            located.raws.update(locate_layout(body, [f for f in fields if f.key not in
                                                     located.raws and f.key not in
                                                     located.doubts]))
        scale = ((question_set.settings.scale.low, question_set.settings.scale.high)
                 if question_set else (1, 5))
        version = ""
        previous_titles = tuple(located.raws[f"prev:{n}:goal"].text for n in range(1, 100)
                                if f"prev:{n}:goal" in located.raws)
    report_marked(settled, located, fields, employee, reading)
    unreadable: dict[str, str] = {}
    values = field_values(fields, located, scale, reading, employee, unreadable)
    report_beside(beside, employee, reading)
    response = build_response(name, employee, season, kind, values, fields, previous_titles,
                              read_by, reading, version, saved, mtime, unreadable)
    if beside:
        response = replace(response, beside={b.key: b.text for b in beside})
    if spec is not None:
        response = replace(
            response, leader_only=leader_only(spec.fields),
            form_leader=spec.leader,
            verified=(verify(key, spec.signed_parts(), spec.signature)
                      if key is not None and spec.signature else None),
            # follow-ups made at different times are different follow-ups, not copies
            generated=spec.generated if spec.kind is FormKind.FOLLOWUP else "")
    if shown is not None and shown.name:
        response = replace(response, shown_name=shown.name)
    return Extracted(name, response, saved=saved, mtime=mtime)


def _report_intruders(intruders: Intruders, employee: str, reading: Reading) -> None:
    for other, kind in intruders.other_forms:
        reading.add("two-forms", employee, other=other or "?",
                    kind=kind.value if kind else "form")
    if intruders.foreign_cards:
        reading.add("foreign-cards", employee, count=len(intruders.foreign_cards),
                    ids=", ".join(intruders.foreign_cards))


def _fill_from_layout(body: etree._Element, spec: FormSpec, located: Located,
                      reading: Reading, labels: FieldLabels) -> bool:
    """Fields whose control was not found are read from their cells; what is not found there
    either, or lies in controls no field could be in, is reported. True when no control was
    found at all (the whole form is read from its layout)."""
    employee = spec.employee_id
    missing = [f for f in spec.fields if f.key not in located.raws
               and f.key not in located.doubts]
    everything = bool(missing) and len(missing) == len(spec.fields)
    if everything:
        reading.add("layout", employee)
    if missing:
        layout = locate_layout(body, missing)
        located.raws.update(layout)
        still = [f.key for f in missing if f.key not in layout and not f.private]
        if still:
            reading.fields("missing-fields", employee, still, labels)
    if located.unlisted:
        reading.add("unlisted-fields", employee, count=located.unlisted)
    stray = sum(1 for raw in located.stray if _holds_something(raw))
    if stray:
        reading.add("stray-fields", employee, count=stray)
    return everything


def _holds_something(raw: Raw) -> bool:
    return bool(raw.checked) or clean_text(raw.text) is not None


def expected_fields(question_set: QuestionSet, kind: FormKind) -> tuple[Field, ...]:
    """The fields a form of this kind holds, from the question set (for forms whose own field
    list is gone). Built by the same code that builds the forms, so the two cannot drift; the
    goals of an agreement and of a follow-up form are as many as the form shows."""
    fields: list[Field] = []
    if kind is FormKind.FOLLOWUP:
        for n in range(1, 21):
            fields += [Field(f"prev:{n}:{part}", FieldKind.CHOICE if part == "status"
                             else FieldKind.TEXT) for part in FOLLOWUP_PARTS]
        return tuple(fields) + _signatures("fu")
    skeleton = build_skeleton(question_set, kind, "da", {k: k for k in STYLE_NAMES})
    for _, questions in skeleton.phases:
        for q in questions:
            fields.extend(skeleton.cards[q.id].fields)
    if skeleton.competences:
        fields.extend(skeleton.competences.fields)
    if kind is FormKind.AGREEMENT:
        goals = Builder("da", {k: k for k in STYLE_NAMES}).goal_tables(20, agreement=True)
        fields.extend(goals.fields)
        return (*fields, Field("agr:conclusions", FieldKind.TEXT),
                Field("agr:other", FieldKind.TEXT), *_signatures("agr"))
    fields.extend(skeleton.goals.fields)
    for n in range(1, 21):
        fields += [Field(f"prev:{n}:status", FieldKind.CHOICE),
                   Field(f"prev:{n}:comment", FieldKind.TEXT)]
    return tuple(fields)


_LEADER_ONLY: dict[int, tuple[tuple[Field, ...], frozenset[str]]] = {}


def leader_only(fields: tuple[Field, ...]) -> frozenset[str]:
    """The questions a field list promises to the leader alone (field lists are shared by
    the forms of a kind: worked out once each)."""
    known = _LEADER_ONLY.get(id(fields))
    if known is None or known[0] is not fields:
        known = (fields, frozenset(f.parts[1] for f in fields if f.leader_only))
        if len(_LEADER_ONLY) > 64:
            _LEADER_ONLY.clear()
        _LEADER_ONLY[id(fields)] = known
    return known[1]


def _signatures(prefix: str) -> tuple[Field, ...]:
    return (Field(f"{prefix}:held", FieldKind.DATE),
            *(Field(f"{prefix}:{who}_{part}", FieldKind.LINE if part == "name" else
                    FieldKind.DATE) for who in ("employee", "leader") for part in ("name", "date")))


def is_opendocument(package: Parts) -> bool:
    """An OpenDocument file (.odt, also when renamed .docx) says so in its first part."""
    if package.has(DOCUMENT) or not package.has("mimetype"):
        return False
    return package.read("mimetype", 200).startswith(b"application/vnd.oasis.opendocument")


def file_mtime(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0
