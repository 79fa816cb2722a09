"""Who a returned file is from, and whether it is a form at all."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from pipeline.formspec import FormSpec
from pipeline.model import FormKind, QuestionSet
from pipeline.ooxml.ns import qn
from pipeline.ooxml.text import block_text, paragraph_text
from pipeline.texts import LANGUAGES, form_text

# Quietly skipped: editors' lock files and operating-system litter.
LITTER = {".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db"}


def is_litter(name: str) -> bool:
    lower = name.lower()
    return (lower in LITTER or name.startswith("~$") or name.startswith("._")
            or (name.startswith(".~lock.") and name.endswith("#")) or name.startswith(".~mus-"))


@dataclass(frozen=True)
class LayoutIdentity:
    employee_id: str
    season: str
    kind: FormKind
    lang: str
    name: str = ""  # the employee's name in the identity table


def _title_patterns() -> list[tuple[re.Pattern[str], FormKind, str]]:
    out = []
    for lang in LANGUAGES:
        for kind in FormKind:
            template = form_text(lang, f"title_{kind.value}")
            regex = re.escape(template).replace(re.escape("{season}"), r"(?P<season>\S+?)")
            out.append((re.compile(f"^{regex}$"), kind, lang))
    return out


_TITLES = _title_patterns()
TITLE_WITHIN = 12  # paragraphs: the title is at the top
_NUMBER_LABELS = {form_text(lang, "number") for lang in LANGUAGES}
_NAME_LABELS = {form_text(lang, "name") for lang in LANGUAGES}


def identify_layout(body: etree._Element) -> LayoutIdentity | None:
    """A form copied into a new document keeps its visible title and identity table."""
    shown = visible_identity(body)
    return shown if shown is not None and shown.employee_id else None


def identity_conflict(spec: FormSpec, body: etree._Element,
                      question_set: QuestionSet | None,
                      shown: LayoutIdentity | None = None) -> str | None:
    """What in a form's hidden identity disagrees with what the form shows, if anything: the
    title's form kind and season, the employee number in its identity table, and (for a form
    of this question set) whether its questions are asked on that kind of form. ``shown``:
    visible_identity(body), where the caller has it already."""
    shown = shown or visible_identity(body)
    if shown is not None:
        if shown.kind is not spec.kind:
            return f"the title says {shown.kind.value}, MUS.Kind says {spec.kind.value}"
        if shown.season != spec.season:
            return f"the title says season {shown.season}, MUS.Season says {spec.season}"
        if shown.employee_id and shown.employee_id != spec.employee_id:
            return (f"the form shows employee {shown.employee_id}, MUS.EmployeeId says "
                    f"{spec.employee_id}")
    if question_set is not None and spec.question_set_version == question_set.version:
        by_id = {q.id: q for q in question_set.questions}
        for f in spec.fields:
            question = by_id.get(f.parts[1]) if f.parts[0] == "q" else None
            if question is not None and not question.audience.includes(spec.kind):
                return f"{question.id} is not asked on the {spec.kind.value}'s form"
    return None


def form_title(p: etree._Element) -> tuple[str, FormKind, str] | None:
    """The season, form kind and language a paragraph names, if it is a form's title."""
    text = paragraph_text(p).strip()
    for pattern, kind, lang in _TITLES:
        match = pattern.match(text)
        if match:
            return match.group("season"), kind, lang
    return None


def shown_number(blocks: Iterable[etree._Element]) -> str | None:
    """The employee number an identity table among ``blocks`` shows ("" when its cell is
    empty); None when there is no identity table."""
    for block in blocks:
        for tbl in block.iter(qn("w:tbl")):
            for cell, following in itertools.pairwise(tbl.iter(qn("w:tc"))):
                if block_text(cell).strip() in _NUMBER_LABELS:
                    return block_text(following).strip()
    return None


def visible_identity(body: etree._Element) -> LayoutIdentity | None:
    """The kind and season in the form's title and the number and name in its identity table
    (empty when there is none), or None when the title is not a form's."""
    found = None
    for p in itertools.islice(body.iter(qn("w:p")), TITLE_WITHIN):
        found = form_title(p)
        if found:
            break
    if not found:
        return None
    for tbl in body.iter(qn("w:tbl")):
        name = ""
        for cell, following in itertools.pairwise(tbl.iter(qn("w:tc"))):
            label = block_text(cell).strip()
            if label in _NAME_LABELS and not name:
                name = block_text(following).strip()
            elif label in _NUMBER_LABELS:
                number = block_text(following).strip()
                return LayoutIdentity(number, found[0], found[1], found[2], name)
        break  # the identity table is the first table
    return LayoutIdentity("", found[0], found[1], found[2])
