"""What a control's surroundings say about which field it is.

When the tags are gone (a LibreOffice save), a control's place among the others is only a first
guess: one deleted or copied control would shift every answer after it. The form still says a
lot around each control, whatever its layout: the question's ID in its card (after the number
the reader sees: "3 N2"), the competence's ID at the head of its row and whether the control is
the first or second level in that row, the goal's number in its table's heading and the part in
its row's label, the step printed after a checkbox, the items of a drop-down. A ``Context``
holds that; ``compatible`` says whether a field could be in a control with that context,
``claims`` which fields the context names outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from pipeline.formspec import GOAL_LABELS, PREVIOUS_LABELS, Field, FieldKind
from pipeline.ooxml.ns import qn
from pipeline.ooxml.read_controls import Control
from pipeline.ooxml.text import block_text, paragraph_text
from pipeline.ooxml.tree import ancestor
from pipeline.ooxml.visible import outside_paragraphs
from pipeline.texts import LANGUAGES, form_text, yes_no_values

_TC = qn("w:tc")
_TR = qn("w:tr")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_P = qn("w:p")
_LEADING_INT = re.compile(r"^\s*(-?\d+)\b")
_YES_NO = set(yes_no_values())
# How well a control of one kind can hold a field whose control should be another.
FITS = {
    "rich": {"rich": 2, "plain": 1},
    "plain": {"plain": 2, "rich": 1},
    "dropdown": {"dropdown": 2, "rich": 1, "plain": 1},
    "date": {"date": 2, "rich": 1, "plain": 1},
    "checkbox": {"checkbox": 2},
}


def heading_pattern(key: str) -> re.Pattern[str]:
    """A heading with a number ("Udviklingsmål 2", "Development goal 2"), in any language."""
    alternatives = [re.escape(form_text(lang, key)).replace(re.escape("{n}"), r"(\d+)")
                    for lang in LANGUAGES]
    return re.compile("^(?:" + "|".join(alternatives) + ")")


def heading_number(pattern: re.Pattern[str], text: str) -> int | None:
    match = pattern.match(text)
    if match is None:
        return None
    return int(next(group for group in match.groups() if group is not None))


GOAL_HEAD = heading_pattern("goal_n")
PREVIOUS_HEAD = heading_pattern("previous_n")
_LABELS = {form_text(lang, text).casefold(): part for lang in LANGUAGES
           for part, text in (*GOAL_LABELS.items(), *PREVIOUS_LABELS.items())}


@dataclass(frozen=True)
class Context:
    kind: str  # the control's kind (read_controls)
    cell: etree._Element | None  # its table cell
    ident: str | None = None  # the question or competence ID shown beside it
    step: int | None = None  # a checkbox: the step printed after it
    column: int | None = None  # its place among the answer cells of its row …
    columns: int = 0  # … and how many there are
    goal: int | None = None  # the number in its goal table's heading
    previous: int | None = None  # the number in its last-year table's heading
    part: str | None = None  # the part its row's label names (goal, deadline, status …)
    items: str = ""  # a drop-down's items: "scale", "yesno" or "other"
    # Its cell holds the blank form's own text (a question's, a label's): no answer cell.
    among_own_text: bool = False


class Contexts:
    """Contexts of the controls of one document (rows and tables looked at once)."""

    def __init__(self, own: frozenset[str] = frozenset()) -> None:
        self._own = own
        self._rows: dict[etree._Element, tuple[str | None, list[etree._Element]]] = {}
        self._tables: dict[etree._Element, tuple[str | None, int | None, int | None]] = {}

    def of(self, control: Control) -> Context:
        kind = control.kind
        items = _items_class(control) if kind == "dropdown" else ""
        step = _step_after(control) if kind == "checkbox" else None
        cell = ancestor(control.element, _TC)
        if cell is None:
            return Context(kind, None, step=step, items=items)
        among = kind != "checkbox" and bool(self._own) and holds_own_text(cell, self._own)
        row = cell.getparent()
        table = row.getparent() if row is not None else None
        if row is None or row.tag != _TR or table is None or table.tag != _TBL:
            return Context(kind, cell, step=step, items=items, among_own_text=among)
        label, answers = self._row(row)
        head_id, goal, previous = self._table(table)
        ident = None if goal or previous else (label if label is not None else head_id)
        column = next((n for n, c in enumerate(answers) if c is cell), None)
        part = _LABELS.get(label.casefold()) if label and (goal or previous) else None
        return Context(kind, cell, ident, step, column, len(answers), goal, previous, part,
                       items, among)

    def _row(self, row: etree._Element) -> tuple[str | None, list[etree._Element]]:
        """The row's label (its first cell, when that holds no control) and its answer cells."""
        if row not in self._rows:
            cells = [c for c in row if c.tag == _TC]
            answers = [c for c in cells if next(c.iter(_SDT), None) is not None]
            label = (_last_word(_first_line(block_text(cells[0])))
                     if cells and cells[0] not in answers else None)
            self._rows[row] = (label, answers)
        return self._rows[row]

    def _table(self, table: etree._Element) -> tuple[str | None, int | None, int | None]:
        """What the head of a table shows: an ID (a question card), or a goal's number."""
        if table not in self._tables:
            head_row = next((r for r in table if r.tag == _TR), None)
            first = next((c for c in head_row if c.tag == _TC), None) if head_row is not None \
                else None
            text = _first_line(block_text(first)) if first is not None else ""
            goal, previous = heading_number(GOAL_HEAD, text), heading_number(PREVIOUS_HEAD,
                                                                              text)
            ident = None if goal or previous or first is None or next(
                first.iter(_SDT), None) is not None else _last_word(text)
            self._tables[table] = (ident, goal, previous)
        return self._tables[table]


def holds_own_text(cell: etree._Element, own: frozenset[str]) -> bool:
    """Whether a table cell shows, outside its controls, a paragraph of the blank form's own
    text."""
    return any(text in own for _, text in outside_paragraphs(cell))


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _last_word(text: str) -> str | None:
    """The ID in a card's number cell ("3 N2": the number shown, the ID hidden after it)."""
    words = text.split()
    return words[-1] if words and len(words[-1]) <= 20 else None


def _step_after(control: Control) -> int | None:
    """The number printed right after a checkbox in its paragraph ("☐  3 – I nogen grad")."""
    paragraph = ancestor(control.element, _P)
    if paragraph is None:
        return None
    text = paragraph_text(paragraph)
    own = control.text
    at = text.find(own) if own else -1
    after = text[at + len(own):] if at >= 0 else ""
    match = _LEADING_INT.match(after)
    return int(match.group(1)) if match else None


def _items_class(control: Control) -> str:
    texts = [display.strip() for display, _ in control.items if display.strip()]
    if not texts:
        return ""
    if all(t.casefold() in _YES_NO for t in texts):
        return "yesno"
    if all(_LEADING_INT.match(t) for t in texts):
        return "scale"
    return "other"


def field_ident(field: Field) -> str | None:
    parts = field.parts
    return parts[1] if parts[0] in ("q", "c") else None


def compatible(field: Field, context: Context, known_ids: frozenset[str]) -> int:
    """How well ``field`` fits a control with this context: 0 not at all (its kind cannot hold
    the field, or the context names another field), else the kinds' fit."""
    fit = FITS.get(field.kind.control, {}).get(context.kind, 0)
    if not fit or context.among_own_text:
        return 0
    parts, kind = field.parts, field.kind
    if context.items and kind is not FieldKind.CHOICE:
        wanted = "yesno" if kind is FieldKind.YESNO else "scale"
        if context.items != wanted:
            return 0
    ident = field_ident(field)
    if context.ident in known_ids and context.ident != ident:
        return 0
    if parts[0] == "goal":
        if context.goal != int(parts[1]) and (context.goal or context.previous):
            return 0
    elif parts[0] == "prev":
        if context.previous != int(parts[1]) and (context.goal or context.previous):
            return 0
    elif context.goal or context.previous:
        return 0
    if context.part and parts[0] in ("goal", "prev") and context.part != parts[2]:
        return 0
    if kind is FieldKind.CHECK and context.step is not None and context.step != int(parts[2]):
        return 0
    if (parts[0] == "c" and context.columns == 2 and context.column is not None
            and context.column != ("now", "wanted").index(parts[2])):
        return 0
    return fit


def claims(context: Context, known_ids: frozenset[str]) -> str | None:
    """The field key the context names outright, if it names one."""
    if context.goal and context.part in GOAL_LABELS:
        return f"goal:{context.goal}:{context.part}"
    if context.previous and context.part in PREVIOUS_LABELS:
        return f"prev:{context.previous}:{context.part}"
    ident = context.ident
    if ident is None or ident not in known_ids:
        return None
    if context.kind == "checkbox":
        return f"q:{ident}:{context.step}" if context.step is not None else None
    if context.columns == 2 and context.column is not None:
        return f"c:{ident}:{('now', 'wanted')[context.column]}"
    return f"q:{ident}"
