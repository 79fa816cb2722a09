"""Every character of a returned form accounted for.

mus wrote the blank form, so it knows every character that was there (forms/blank.py keeps it in
the form). Whatever a returned form shows is the blank form's own text, a field's content, or
something a person added outside the fields, and that last kind is never dropped without a word:

- text added outside every field is attributed to what it stands beside (the question card it
  is in, else the card above it; a competence's row; a goal's table) and reported, by the
  question's number and ID, never by its words; it is kept apart from the answer;
- blank-form text gone from its place is evidence too: found again as a line inside an answer
  (a field dragged under its question), it is taken out of the answer again;
- a question card whose question is not this form's (pasted from the leader's form, from another
  question set, or naming a question this form does not ask) is no place for this form's
  answers, and a second form's title or identity table, or a second set of this form's fields,
  starts another form: what lies there is reported and never read as this form's.

A form whose body outside its fields reads exactly as its blank form did (the common case) costs
one pass over its text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from lxml import etree

from pipeline.collect.evidence import GOAL_HEAD, PREVIOUS_HEAD, heading_number
from pipeline.collect.identify import form_title, shown_number
from pipeline.collect.locate import Located
from pipeline.collect.response import Reading, field_label
from pipeline.collect.values import Raw
from pipeline.forms.blank import BlankForm
from pipeline.formspec import TAG_PREFIX, Field, alias
from pipeline.model import FormKind
from pipeline.ooxml.controls import CHECKED, UNCHECKED
from pipeline.ooxml.ns import W
from pipeline.ooxml.text import block_text
from pipeline.ooxml.tree import ancestor
from pipeline.ooxml.visible import (
    Settled,
    all_text,
    clean_paragraph,
    outside_paragraphs,
    squeezed,
)
from pipeline.texts import LANGUAGES

_P = f"{{{W}}}p"
_TBL = f"{{{W}}}tbl"
_TR = f"{{{W}}}tr"
_TC = f"{{{W}}}tc"
_SDT = f"{{{W}}}sdt"
_TAG = f"{{{W}}}tag"
_VAL = f"{{{W}}}val"
_SECTPR = f"{{{W}}}sectPr"
_SDTPR = f"{{{W}}}sdtPr"
_ALIAS = f"{{{W}}}alias"
CARD_HEAD = re.compile(r"^(\d+) (\S+)$")  # a question card's number cell: "7 N2"
# A question found again in its card this closely (its characters, in order) is this form's.
SAME_QUESTION = 0.95
ABSORB_AT_LEAST = 15  # characters: shorter blank-form lines are labels and numbers
INTRO = "intro"  # what stands before the first question
HEAD = "head"  # the form's title and identity table


@dataclass(frozen=True)
class Beside:
    """Text a person wrote outside every field, and what it stands beside."""

    anchor: str  # "q:N2", "c:K3", "goal:1", "prev:1", "competences", HEAD or INTRO
    number: str  # the number the form shows for a question, else ""
    text: str

    @property
    def key(self) -> str:
        """How `mus extract --json` names it under "outside": the question's or competence's
        ID, else the anchor ("goal:1", "intro")."""
        head, _, rest = self.anchor.partition(":")
        return rest if head in ("q", "c") else self.anchor

    def where(self, lang: str) -> str:
        head, _, rest = self.anchor.partition(":")
        da = lang == "da"
        if head == "q":
            return (f"spørgsmål {self.number} ({rest})" if da else
                    f"question {self.number} ({rest})") if self.number else rest
        if head == "c":
            return f"kompetence {rest}" if da else f"competence {rest}"
        if head == "goal":
            return f"udviklingsmål {rest}" if da else f"development goal {rest}"
        if head == "prev":
            return f"sidste års mål {rest}" if da else f"last year's goal {rest}"
        if head == "competences":
            return "kompetencetabellen" if da else "the competence table"
        if head == HEAD:
            return ("skemaets hoved (titel, navn, nummer, leder, datoer)" if da
                    else "the form's heading (title, name, number, leader, dates)")
        return ("skemaets indledning, før første spørgsmål" if da
                else "the form's introduction, before the first question")


# Comments, footnotes and endnotes: their part, element and the body's reference to them.
NOTES = (("word/comments.xml", "comment", ("commentReference", "commentRangeStart")),
         ("word/footnotes.xml", "footnote", ("footnoteReference",)),
         ("word/endnotes.xml", "endnote", ("endnoteReference",)))
_NOTE_KINDS = {"separator", "continuationSeparator", "continuationNotice"}
_ID = f"{{{W}}}id"
_TYPE = f"{{{W}}}type"


def notes_beside(parts: Sequence[tuple[str, etree._Element]], body: etree._Element,
                 fields: Sequence[Field]) -> list[Beside]:
    """The text of comments, footnotes and endnotes a person added, each beside what its
    reference in the body stands beside (a blank form has none). ``parts``: the note parts the
    file has, by name, parsed."""
    anchors: _Anchors | None = None
    private = {f.parts[1] for f in fields if f.private and f.parts[0] == "q"}
    found: dict[tuple[str, str], list[str]] = {}
    for name, root in parts:
        _, element, references = next(n for n in NOTES if n[0] == name)
        where: dict[str, etree._Element] = {}
        for local in references:
            for ref in body.iter(f"{{{W}}}{local}"):
                where.setdefault(ref.get(_ID) or "", ref)
        for note in root.iter(f"{{{W}}}{element}"):
            if note.get(_TYPE) in _NOTE_KINDS:
                continue
            text = "\n".join(line for line in (clean_paragraph(p) for p in
                                                block_text(note).split("\n")) if line)
            if not text:
                continue
            anchors = anchors or _Anchors(body, fields)
            reference = where.get(note.get(_ID) or "")
            paragraph = ancestor(reference, _P) if reference is not None else None
            anchor, number = anchors.of(paragraph) if paragraph is not None else (INTRO, "")
            if anchor.startswith("q:") and anchor[2:] in private:
                continue
            found.setdefault((anchor, number), []).append(text)
    return [Beside(anchor, number, "\n".join(texts)) for (anchor, number), texts in found.items()]


def merge_beside(*groups: Iterable[Beside]) -> list[Beside]:
    """Text beside the same place, from the body and from notes, as one."""
    joined: dict[tuple[str, str], list[str]] = {}
    for group in groups:
        for b in group:
            joined.setdefault((b.anchor, b.number), []).append(b.text)
    return [Beside(anchor, number, "\n".join(texts))
            for (anchor, number), texts in joined.items()]


def report_beside(beside: Iterable[Beside], employee: str, reading: Reading) -> None:
    """One problem for each place a person wrote outside the fields (never what they wrote)."""
    for b in beside:
        reading.add("text-outside-field", employee, field=b.key, where=b.where("en"),
                    where_da=b.where("da"))


def report_marked(settled: Settled, located: Located, fields: Sequence[Field], employee: str,
                  reading: Reading) -> None:
    """One problem for each field whose answer held tracked changes (read as accepted), or
    hidden or struck-through text (left out): HR checks it against the form. An answer read
    from its whole cell is read again without what is left out."""
    found: dict[str, list[str]] = {}
    by_key = {f.key: f for f in fields}
    if settled.loose:  # (every card's hidden ID is one: cheap to pass over)
        cells = {raw.cell: key for key, raw in located.raws.items() if raw.cell is not None}
        for cell, what in settled.take_out(cells):
            key = cells[cell]
            located.raws[key] = replace(located.raws[key], text=block_text(cell))
            if not by_key[key].private:
                found.setdefault(what, []).append(field_label(key))
    if not settled.marked:
        for what, keys in found.items():
            reading.add("marked-text", employee, what=what, fields=", ".join(keys))
        return
    titles = {alias(f, lang): f for f in fields for lang in LANGUAGES}
    cells = {raw.cell: key for key, raw in located.raws.items() if raw.cell is not None}
    for control, what in settled.marked:
        props = next(control.iterchildren(_SDTPR), None)
        tag = next(props.iterchildren(_TAG), None) if props is not None else None
        title = next(props.iterchildren(_ALIAS), None) if props is not None else None
        key = ""
        if tag is not None and (tag.get(_VAL) or "").startswith(TAG_PREFIX):
            key = (tag.get(_VAL) or "")[len(TAG_PREFIX):]
        elif title is not None and title.get(_VAL) in titles:
            key = titles[title.get(_VAL) or ""].key
        else:
            holder = ancestor(control, _TC)
            key = cells.get(holder, "") if holder is not None else ""
        field = by_key.get(key)
        if field is not None and field.private:
            continue  # never read, so nothing read needs checking
        found.setdefault(what, []).append(field_label(key) if key else "?")
    for what, keys in found.items():
        reading.add("marked-text", employee, what=what, fields=", ".join(dict.fromkeys(keys)))


class FieldLabels:
    """How a problem names a field: a question by the number the form shows, its ID and the
    start of its question (from the blank form's text, where the form keeps it); anything else
    by its key."""

    def __init__(self, blank: BlankForm | None) -> None:
        self._blank = blank
        self._questions: dict[str, str] | None = None  # worked out when a field is named

    def _question(self, qid: str) -> str:
        if self._questions is None:
            self._questions = {}
            texts = self._blank.paragraphs if self._blank is not None else ()
            for number_id, question in itertools.pairwise(texts):
                match = CARD_HEAD.match(number_id)
                if match:
                    start = question if len(question) <= 40 else question[:39].rstrip() + "…"
                    self._questions.setdefault(match.group(2), f"{number_id} “{start}”")
        return self._questions.get(qid, qid)

    def __call__(self, key: str) -> str:
        parts = key.split(":")
        if parts[0] != "q" or len(parts) < 2:
            return key
        shown = self._question(parts[1])
        return shown if len(parts) == 2 else f"{shown} [{parts[2]}]"


def absorb(located: Located, missing: Sequence[str]) -> None:
    """Take the blank form's own lines back out of the answers they were dragged into: a line
    of an answer that is a paragraph of the blank form gone from its place (long enough not to
    be a label or a number a person could type themselves)."""
    lost = {text for text in missing if len(text) >= ABSORB_AT_LEAST}
    if not lost:
        return
    for key, raw in list(located.raws.items()):
        kept = _without(raw, lost)
        if kept is not raw:
            located.raws[key] = kept
    for options in located.doubts.values():
        options[:] = [_without(raw, lost) if raw is not None else None for raw in options]


def _without(raw: Raw, lost: set[str]) -> Raw:
    lines = raw.text.split("\n")
    kept = [line for line in lines if clean_paragraph(line) not in lost]
    return raw if len(kept) == len(lines) else replace(raw, text="\n".join(kept))


@dataclass
class Intruders:
    """What in a returned file is not this form: removed before its fields are read."""

    foreign_cards: list[str] = field(default_factory=list)  # the IDs those cards show
    # Other forms: their employee numbers ("" unknown) and kinds (None unknown).
    other_forms: list[tuple[str, FormKind | None]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.foreign_cards or self.other_forms)


def unchanged(body: etree._Element, blank: BlankForm, located: Located) -> bool:
    """Whether the body shows exactly the blank form's text with each field's content where
    the field stands: the common case, a form filled in Word, told in one pass over the text
    (in C) with what reading the fields by their tags already found. Anything else (a control
    not found by its tag, one more or less, text of any kind anywhere else) is looked at
    paragraph by paragraph."""
    if located.doubts or located.stray or located.unlisted:
        return False
    segments = blank.segments()
    raws = list(located.raws.values())  # in the order their tags stand in the document
    if len(raws) != len(segments) - 1:
        return False
    expected = [segments[0]]
    for raw, segment in zip(raws, segments[1:], strict=True):
        if raw.checked is not None:
            expected.append(CHECKED if raw.checked else UNCHECKED)
        else:
            expected.append(raw.text)
        expected.append(segment)
    # (squeezing leaves out characters one by one, so the whole is squeezed at once)
    return all_text(body) == squeezed("".join(expected))


def remove_intruders(body: etree._Element, blank: BlankForm,
                     fields: Sequence[Field]) -> Intruders:
    """Cut away a second form (from its title, its identity table or its second set of this
    form's fields to the end) and question cards that are not this form's."""
    found = Intruders()
    blocks = [b for b in body if b.tag in (_P, _TBL)]
    start = _second_form(blocks, fields)
    if start is not None:
        rest = blocks[start:]
        title = next((t for b in rest[:3] if b.tag == _P and (t := form_title(b))), None)
        found.other_forms.append((shown_number(rest) or "", title[1] if title else None))
        for block in rest:
            body.remove(block)
        blocks = blocks[:start]
    questions = _question_ids(fields)
    cards = _blank_cards(blank.paragraphs, questions)
    for block in blocks:
        if block.tag != _TBL:
            continue
        head = _card_head(block)
        if head is None:
            continue
        qid = head[1]
        if qid not in questions or not _same_question(block, cards.get(qid, ())):
            found.foreign_cards.append(qid)
            body.remove(block)
    return found


def _second_form(blocks: Sequence[etree._Element], fields: Sequence[Field]) -> int | None:
    """Where a second form starts among the body's blocks, if one does."""
    titles = [n for n, b in enumerate(blocks) if b.tag == _P and form_title(b) is not None]
    if len(titles) > 1:
        return titles[1]
    identities = [n for n, b in enumerate(blocks)
                  if b.tag == _TBL and shown_number([b]) is not None]
    if len(identities) > 1:
        return identities[1]
    wanted = {f.key for f in fields}
    seen: set[str] = set()
    again: list[int] = []
    for n, block in enumerate(blocks):
        for tag in block.iter(_TAG):
            value = tag.get(_VAL) or ""
            key = value[len(TAG_PREFIX):]
            if not value.startswith(TAG_PREFIX) or key not in wanted:
                continue
            if key in seen:
                again.append(n)
            seen.add(key)
    if again and len(again) >= max(3, len(wanted) // 2):
        return again[0]
    return None


def _question_ids(fields: Iterable[Field]) -> set[str]:
    return {f.parts[1] for f in fields if f.parts[0] == "q"}


def _blank_cards(blank: Sequence[str], questions: set[str]) -> dict[str, tuple[str, ...]]:
    """Each card's text in the blank form, after its number cell, up to the next card."""
    cards: dict[str, tuple[str, ...]] = {}
    current: str | None = None
    lines: list[str] = []
    for text in blank:
        match = CARD_HEAD.match(text)
        if match and match.group(2) in questions:
            if current is not None:
                cards[current] = tuple(lines)
            current, lines = match.group(2), []
        elif current is not None:
            lines.append(text)
    if current is not None:
        cards[current] = tuple(lines)
    return cards


def _card_head(table: etree._Element) -> tuple[str, str] | None:
    """The number and ID in a question card's number cell."""
    row = next(table.iterchildren(_TR), None)
    cell = next(row.iterchildren(_TC), None) if row is not None else None
    if cell is None or next(cell.iter(_SDT), None) is not None:
        return None
    match = CARD_HEAD.match(clean_paragraph(block_text(cell)))
    return (match.group(1), match.group(2)) if match else None


def _same_question(table: etree._Element, card: Sequence[str]) -> bool:
    """Whether a card asks the blank form's question for its ID: the question's text is still
    there, in order (a person may have written into it, not replaced it)."""
    if not card:
        return False
    question = card[0]
    shown = " ".join(text for _, text in outside_paragraphs(table))
    matcher = SequenceMatcher(None, question, shown, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return kept >= SAME_QUESTION * len(question)


# --- what was added, and what went missing --------------------------------------------------

@dataclass
class Accounted:
    beside: list[Beside] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # blank paragraphs found nowhere outside


def account(body: etree._Element, form: BlankForm, located: Located,
            fields: Sequence[Field]) -> Accounted:
    """Compare what the body shows outside its fields with the blank form's text."""
    blank = form.paragraphs
    taken = _cells_taken(located)
    shown = list(outside_paragraphs(body, taken))
    texts = [text for _, text in shown]
    result = Accounted()
    known = set(blank)
    added: dict[int, list[str]] = {}
    matcher = SequenceMatcher(None, list(blank), texts, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op in ("delete", "replace"):
            result.missing.extend(blank[i1:i2])
        if op == "insert":
            for j in range(j1, j2):
                if texts[j] not in known:  # a copy of the form's own text is no new text
                    added.setdefault(j, []).append(texts[j])
        elif op == "replace":
            for j, piece in _inserted(blank[i1:i2], texts[j1:j2], j1):
                if texts[j] not in known:
                    added.setdefault(j, []).append(piece)
    if not added:
        return result
    anchors = _Anchors(body, fields)
    private = {f.parts[1] for f in fields if f.private and f.parts[0] == "q"}
    by_anchor: dict[tuple[str, str], list[str]] = {}
    for j, pieces in added.items():
        anchor, number = anchors.of(shown[j][0])
        if anchor.startswith("q:") and anchor[2:] in private:
            continue  # a private answer is never read, wherever it was written
        by_anchor.setdefault((anchor, number), []).extend(pieces)
    result.beside = [Beside(anchor, number, "\n".join(pieces))
                     for (anchor, number), pieces in by_anchor.items()]
    return result


def _inserted(before: Sequence[str], after: Sequence[str],
              offset: int) -> list[tuple[int, str]]:
    """The characters ``after`` has that ``before`` had not, by paragraph (its index plus
    ``offset``), for a stretch where the blank form's paragraphs were edited."""
    old, new = "\n".join(before), "\n".join(after)
    starts = []
    at = 0
    for text in after:
        starts.append(at)
        at += len(text) + 1
    pieces: dict[int, list[str]] = {}
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, _, _, j1, j2 in matcher.get_opcodes():
        if op not in ("insert", "replace"):
            continue
        for n, start in enumerate(starts):
            end = start + len(after[n])
            lo, hi = max(j1, start), min(j2, end)
            if lo < hi:
                pieces.setdefault(n, []).append(new[lo:hi])
    out = []
    for n, parts in sorted(pieces.items()):
        text = clean_paragraph(" ".join(parts))
        if any(c.isalnum() for c in text):
            out.append((n + offset, text))
    return out


def _cells_taken(located: Located) -> list[etree._Element]:
    """Cells whose whole text was read as a field's (LibreOffice moves an answer's second
    paragraph out of its control, not out of its cell)."""
    raws: list[Raw | None] = [*located.raws.values(), *located.stray]
    for options in located.doubts.values():
        raws.extend(options)
    return [raw.cell for raw in raws if raw is not None and raw.cell is not None]


class _Anchors:
    """What each place in a body stands beside: the card or table it is in, else the last one
    above it."""

    def __init__(self, body: etree._Element, fields: Sequence[Field]) -> None:
        questions = _question_ids(fields)
        competences = {f.parts[1] for f in fields if f.parts[0] == "c"}
        self._competences = competences
        self._of_block: dict[etree._Element, tuple[str, str]] = {}
        current = (INTRO, "")
        for n, block in enumerate(body):
            if block.tag == _TBL:
                own = self._table(block, questions, competences)
                if own is not None:
                    current = own
                elif current[0] == INTRO and shown_number([block]) is not None:
                    self._of_block[block] = (HEAD, "")  # the identity table
                    continue
            elif n < 3 and current[0] == INTRO and form_title(block) is not None:
                self._of_block[block] = (HEAD, "")
                continue
            self._of_block[block] = current

    def _table(self, table: etree._Element, questions: set[str],
               competences: set[str]) -> tuple[str, str] | None:
        head = _card_head(table)
        if head is not None and head[1] in questions:
            return f"q:{head[1]}", head[0]
        row = next(table.iterchildren(_TR), None)
        cell = next(row.iterchildren(_TC), None) if row is not None else None
        first = block_text(cell).strip().split("\n", 1)[0] if cell is not None else ""
        goal = heading_number(GOAL_HEAD, first)
        if goal is not None:
            return f"goal:{goal}", ""
        previous = heading_number(PREVIOUS_HEAD, first)
        if previous is not None:
            return f"prev:{previous}", ""
        for tr in table.iterchildren(_TR):
            tc = next(tr.iterchildren(_TC), None)
            if tc is not None and block_text(tc).strip() in competences:
                return "competences", ""
        return None

    def of(self, element: etree._Element) -> tuple[str, str]:
        """What the paragraph ``element`` stands beside."""
        block, row = element, None
        if block not in self._of_block:
            for up in element.iterancestors():
                if up.tag == _TR and row is None:
                    row = up
                if up in self._of_block:
                    block = up
                    break
        anchor = self._of_block.get(block, (INTRO, ""))
        if anchor[0] == "competences" and row is not None:
            tc = next(row.iterchildren(_TC), None)
            ident = block_text(tc).strip() if tc is not None else ""
            if ident in self._competences:
                return f"c:{ident}", ""
        return anchor
