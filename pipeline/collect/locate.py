"""Which control, or which cell of the layout, holds which field of a form.

In order of trust: the control's tag (Word keeps it); its alias (LibreOffice keeps it on plain-text
controls); its position among the untagged controls, aligned with the form's field list by kind
(LibreOffice keeps every control and their order); and, where the controls are gone altogether,
the cell under the question's heading in the layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lxml import etree

from pipeline.collect.values import Raw, clean_text
from pipeline.formspec import GOAL_PARTS, PREVIOUS_PARTS, TAG_PREFIX, Field, FieldKind, alias
from pipeline.ooxml.controls import CHECKED
from pipeline.ooxml.ns import qn
from pipeline.ooxml.read_controls import Control, field_controls
from pipeline.ooxml.text import block_text, content_text, paragraph_text
from pipeline.ooxml.tree import child
from pipeline.texts import LANGUAGES, form_text

_TC = qn("w:tc")
_TR = qn("w:tr")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_TAG = qn("w:tag")
_VAL = qn("w:val")
_SDTPR = qn("w:sdtPr")
_SDTCONTENT = qn("w:sdtContent")
_PLACEHOLDER = qn("w:showingPlcHdr")
_TCPR = qn("w:tcPr")
_PPR = qn("w:pPr")
_NUMPR = qn("w:numPr")
_DATE = qn("w:date")
_FULL_DATE = qn("w:fullDate")
_P = qn("w:p")
_DROPDOWN = qn("w:dropDownList")
_LAST_VALUE = qn("w:lastValue")
_COMBO = qn("w:comboBox")
_LIST_ITEM = qn("w:listItem")
_DISPLAY = qn("w:displayText")
_VALUE_ATTR = qn("w:value")
# How well a control of one kind can hold a field whose control should be another.
_FITS = {
    "rich": {"rich": 2, "plain": 1},
    "plain": {"plain": 2, "rich": 1},
    "dropdown": {"dropdown": 2, "rich": 1, "plain": 1},
    "date": {"date": 2, "rich": 1, "plain": 1},
    "checkbox": {"checkbox": 2},
}


def raw_of(control: Control) -> Raw:
    """What the control shows, placeholder flag and all (the flag alone does not make a field
    unanswered: LibreOffice leaves it on a drop-down typed into). The text comes from its whole
    table cell when the control is the cell's only one: LibreOffice moves a control's second
    paragraph out of it, but not out of the cell."""
    kind = control.kind
    if kind == "checkbox":
        return Raw(checked=control.checked)
    cell = _ancestor(control.element, _TC)
    if cell is not None and sum(1 for _ in cell.iter(_SDT)) == 1:
        text = block_text(cell)
    else:
        text = control.text
    if kind == "dropdown" and not text.strip() and control.last_value:
        text = control.last_value
    items = (tuple(control.items) if kind == "dropdown" and clean_text(text) is not None
             and not _picked(control.type_element, text) else ())
    return Raw(text, control.full_date if kind == "date" else "", None,
               control.showing_placeholder, items)


def read_fields(body: etree._Element, fields: Sequence[Field]) -> dict[str, Raw]:
    """What each field's control shows, by field key: ``raw_of(control)`` for each control
    ``locate_controls`` finds, with a shortcut for the common case, a form Word saved.

    There every control keeps its tag and sits alone in its table cell (or alone in the cell's
    only paragraph), so its own content is all there is to read and nothing else needs a look.
    Reading 10,000 forms spends most of its time here; a test holds the shortcut equal to the
    general way.
    """
    wanted = {f.key: f for f in fields}
    raws: dict[str, Raw] = {}
    for tag in body.iter(_TAG):
        key = (tag.get(_VAL) or "").removeprefix(TAG_PREFIX)
        field = wanted.get(key)
        props = tag.getparent()
        sdt = props.getparent() if props is not None else None
        if field is None or key in raws or props is None or sdt is None or sdt.tag != _SDT:
            continue
        raw = _alone_in_cell(sdt, props, field)
        raws[key] = raw if raw is not None else raw_of(Control(sdt))
    if len(raws) < len(wanted):
        rest = [f for f in fields if f.key not in raws]
        for key, control in locate_controls(body, rest).items():
            raws[key] = raw_of(control)
    return raws


def _alone_in_cell(sdt: etree._Element, props: etree._Element, field: Field) -> Raw | None:
    """The raw value of a control alone in its cell, or None when it is not that simple."""
    if field.kind is FieldKind.CHECK or props.tag != _SDTPR:
        return None
    flag = child(props, _PLACEHOLDER)
    placeholder = flag is not None and (flag.get(_VAL) or "true").lower() in ("1", "true", "on")
    content = child(sdt, _SDTCONTENT)
    parent = sdt.getparent()
    if content is None or parent is None:
        return None
    if parent.tag == _TC:  # a block-level control, alone in its cell
        if not _only(parent, _TCPR):
            return None
        text = content_text(content)
    elif parent.tag == _P:  # an inline control: alone in the cell's only paragraph
        cell = parent.getparent()
        if (cell is None or cell.tag != _TC or not _only(cell, _TCPR)
                or not _only(parent, _PPR)
                or (parent[0].tag == _PPR and child(parent[0], _NUMPR) is not None)):
            return None
        text = content_text(content)
    else:
        return None
    full_date = ""
    items: tuple[tuple[str, str], ...] = ()
    if field.kind is FieldKind.DATE:
        date = child(props, _DATE)
        full_date = (date.get(_FULL_DATE) or "") if date is not None else ""
    elif field.kind.control == "dropdown":
        if not text.strip():
            return None  # maybe moved out of it (lastValue): the general way looks around
        if clean_text(text) is not None and not _picked(child(props, _DROPDOWN), text):
            items = _items(props)
    return Raw(text, full_date, None, placeholder, items)


def _picked(kind: etree._Element | None, text: str) -> bool:
    """Whether a drop-down list shows the item Word recorded as picked: then it is one of its
    items (nothing else can be put in a Word drop-down list), and they need no reading. The
    items matter only for text typed into it (LibreOffice lets one)."""
    return (kind is not None and kind.tag == _DROPDOWN
            and kind.get(_LAST_VALUE) == text and bool(text))


def _items(props: etree._Element) -> tuple[tuple[str, str], ...]:
    for kind in props.iterchildren(_DROPDOWN, _COMBO):
        return tuple((i.get(_DISPLAY) or i.get(_VALUE_ATTR) or "", i.get(_VALUE_ATTR) or "")
                     for i in kind.iterchildren(_LIST_ITEM))
    return ()


def _only(parent: etree._Element, props: str) -> bool:
    """Whether ``parent`` holds one child besides, perhaps, its properties element first."""
    count = len(parent)
    return count == 1 or (count == 2 and parent[0].tag == props)


def _ancestor(element: etree._Element, tag: str) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def locate_controls(body: etree._Element, fields: Sequence[Field]) -> dict[str, Control]:
    """The control of each field, the general way (read_fields has the shortcut for tagged
    controls and calls this for what is left)."""
    wanted = {f.key for f in fields}
    found: dict[str, Control] = {}
    untagged: list[Control] = []
    for control in field_controls(body):
        key = control.tag.removeprefix(TAG_PREFIX)
        if control.tag.startswith(TAG_PREFIX):
            if key in wanted and key not in found:
                found[key] = control
        elif not control.tag:
            untagged.append(control)
    remaining = [f for f in fields if f.key not in found]
    if not remaining or not untagged:
        return found
    by_alias = {alias(f, lang): f.key for f in remaining for lang in LANGUAGES}
    used: set[int] = set()
    for control in untagged:
        named = by_alias.get(control.alias)
        if named and named not in found:
            found[named] = control
            used.add(id(control))
    rest_fields = [f for f in remaining if f.key not in found]
    rest_controls = [c for c in untagged if id(c) not in used]
    for field, control in align(rest_fields, rest_controls):
        found[field.key] = control
    return found


def align(fields: Sequence[Field], controls: Sequence[Control]) -> list[tuple[Field, Control]]:
    """Pair fields with controls in order, kinds fitting, as many and as well as possible
    (a longest-common-subsequence alignment)."""
    n, m = len(fields), len(controls)
    kinds = [c.kind for c in controls]
    score = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        fits = _FITS.get(fields[i].kind.control, {})
        row, below = score[i], score[i + 1]
        for j in range(m - 1, -1, -1):
            best = max(below[j], row[j + 1])
            fit = fits.get(kinds[j], 0)
            if fit:
                best = max(best, below[j + 1] + fit)
            row[j] = best
    pairs = []
    i = j = 0
    while i < n and j < m:
        fit = _FITS.get(fields[i].kind.control, {}).get(kinds[j], 0)
        if fit and score[i][j] == score[i + 1][j + 1] + fit:
            pairs.append((fields[i], controls[j]))
            i += 1
            j += 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


# --- layout --------------------------------------------------------------------------------

def _pattern(key: str, group: str) -> re.Pattern[str]:
    alternatives = []
    for lang in LANGUAGES:
        template = form_text(lang, key)
        alternatives.append(re.escape(template).replace(re.escape("{n}"), group))
    return re.compile("^(?:" + "|".join(alternatives) + ")")


_GOAL_HEAD = _pattern("goal_n", r"(\d+)")
_PREVIOUS_HEAD = _pattern("previous_n", r"(\d+)")


def _number(match: re.Match[str]) -> str:
    """The number a heading matched, whichever language's alternative matched it."""
    return next(group for group in match.groups() if group is not None)


def _rows(tbl: etree._Element) -> list[list[etree._Element]]:
    return [[tc for tc in tr if tc.tag == _TC] for tr in tbl if tr.tag == _TR]


def locate_layout(body: etree._Element, fields: Iterable[Field]) -> dict[str, Raw]:
    """Answers read from the cells under the headings, for a form whose controls are gone."""
    wanted = {f.key: f for f in fields}
    raws: dict[str, Raw] = {}
    for tbl in body.iter(_TBL):
        rows = _rows(tbl)
        if not rows or not rows[0]:
            continue
        head = block_text(rows[0][0]).strip()
        # A question card: [number and hidden ID | question], then the answer across both
        # columns. The cell reads "3 N2" (forms before numbering read "N2").
        qid = head.rsplit(None, 1)[-1] if head else ""
        if len(rows) == 2 and len(rows[0]) == 2 and len(rows[1]) == 1 and f"q:{qid}" in wanted:
            field = wanted[f"q:{qid}"]
            raws[field.key] = Raw(block_text(rows[1][0]))
            continue
        if len(rows) == 2 and len(rows[0]) == 2 and len(rows[1]) == 1:
            _checkbox_steps(qid, rows[1][0], wanted, raws)
            continue
        goal = _GOAL_HEAD.match(head)
        if goal and len(rows) == 1 + len(GOAL_PARTS):
            number = _number(goal)
            for part, row in zip(GOAL_PARTS, rows[1:], strict=True):
                key = f"goal:{number}:{part}"
                if key in wanted and len(row) == 2:
                    raws[key] = Raw(block_text(row[1]))
            continue
        previous = _PREVIOUS_HEAD.match(head)
        if previous and len(rows) == 1 + len(PREVIOUS_PARTS):
            number = _number(previous)
            first = rows[0][0].find(_P)
            title = paragraph_text(first) if first is not None else ""
            raws[f"prev:{number}:goal"] = Raw(title[previous.end():].strip().lstrip(":").strip())
            for part, row in zip(PREVIOUS_PARTS, rows[1:], strict=True):
                key = f"prev:{number}:{part}"
                if key in wanted and len(row) == 2:
                    raws[key] = Raw(block_text(row[1]))
            continue
        for row in rows:  # competence rows: [ID | name | now | wanted]
            if len(row) == 4:
                cid = block_text(row[0]).strip()
                for key, cell in ((f"c:{cid}:now", row[2]), (f"c:{cid}:wanted", row[3])):
                    if key in wanted:
                        raws[key] = Raw(block_text(cell))
    return raws


def _checkbox_steps(qid: str, cell: etree._Element, wanted: dict[str, Field],
                    raws: dict[str, Raw]) -> None:
    for p in cell.iter(_P):
        text = paragraph_text(p).strip()
        if not text:
            continue
        ticked = text.startswith(CHECKED)
        step = text.lstrip("☐☒ ").split(" ", 1)[0]
        key = f"q:{qid}:{step}"
        if key in wanted and wanted[key].kind is FieldKind.CHECK:
            raws[key] = Raw(checked=ticked)
