"""Who a returned file is from, and whether it is a form at all."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lxml import etree

from pipeline.model import FormKind
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


def _title_patterns() -> list[tuple[re.Pattern[str], FormKind, str]]:
    out = []
    for lang in LANGUAGES:
        for kind in FormKind:
            template = form_text(lang, f"title_{kind.value}")
            regex = re.escape(template).replace(re.escape("{season}"), r"(?P<season>\S+?)")
            out.append((re.compile(f"^{regex}$"), kind, lang))
    return out


_TITLES = _title_patterns()
_NUMBER_LABELS = {form_text(lang, "number") for lang in LANGUAGES}


def identify_layout(body: etree._Element) -> LayoutIdentity | None:
    """A form copied into a new document keeps its visible title and identity table."""
    found = None
    for p in body.iter(qn("w:p")):
        text = paragraph_text(p).strip()
        for pattern, kind, lang in _TITLES:
            match = pattern.match(text)
            if match:
                found = (match.group("season"), kind, lang)
                break
        if found:
            break
    if not found:
        return None
    for tbl in body.iter(qn("w:tbl")):
        for cell, following in itertools.pairwise(tbl.iter(qn("w:tc"))):
            if block_text(cell).strip() in _NUMBER_LABELS:
                number = block_text(following).strip()
                if number:
                    return LayoutIdentity(number, found[0], found[1], found[2])
        break  # the identity table is the first table
    return None
