"""Which control holds which field of a form.

In order of trust: the control's tag (Word keeps it); its title (LibreOffice keeps it on text
controls); what its surroundings say (evidence.py: the question's ID in its card, the
competence's row, the goal's heading, the checkbox's step); and last its place among the
others, taken only where the kinds leave one way to pair them. Where a field could be in more
than one control (one copied, one deleted) it is in doubt: the caller takes it only if every
possibility reads the same, and otherwise reports it. A deleted or copied control never moves
another answer. A private question's control is never read, wherever it has gone.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from pipeline.collect.evidence import (
    Context,
    Contexts,
    claims,
    compatible,
    field_ident,
    holds_own_text,
)
from pipeline.collect.values import PLACEHOLDER_TEXTS, Raw, clean_text
from pipeline.formspec import TAG_PREFIX, Field, FieldKind, aliases
from pipeline.ooxml.ns import qn
from pipeline.ooxml.read_controls import Control, field_controls
from pipeline.ooxml.text import block_text, content_text
from pipeline.ooxml.tree import ancestor, child
from pipeline.texts import LANGUAGES

_TC = qn("w:tc")
_SDT = qn("w:sdt")
_T = qn("w:t")
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


@dataclass
class Located:
    """What was found for a form's fields."""

    raws: dict[str, Raw] = field(default_factory=dict)  # the field's control, as read
    # Fields that could be in more than one control (or in none): every possibility.
    doubts: dict[str, list[Raw | None]] = field(default_factory=dict)
    # Of those, the fields whose possibilities are all copies of the field's own control (same
    # tag, same title, same cell): one left empty does not make the other doubtful.
    copies: set[str] = field(default_factory=set)
    unlisted: int = 0  # tagged controls of fields the form's field list does not name
    stray: list[Raw] = field(default_factory=list)  # controls no field could be in
    # The blank form's own paragraphs, where the form keeps them: a cell that holds any of
    # them (a question's text, a label) is no answer cell.
    own: frozenset[str] = frozenset()


def raw_of(control: Control, own: frozenset[str] = frozenset()) -> Raw:
    """What the control shows, placeholder flag and all (the flag alone does not make a field
    unanswered: LibreOffice leaves it on a drop-down typed into). The text comes from its whole
    table cell when the control is the cell's only one, nothing is written above it there and
    the cell holds none of the form's own text (``own``: the blank form's paragraphs, where the
    form keeps them; a control pasted into a question's text is not in an answer cell):
    LibreOffice moves a control's second paragraph out of it, but not out of the cell, and puts
    what is typed after its placeholder beside it."""
    kind = control.kind
    if kind == "checkbox":
        return Raw(checked=control.checked)
    cell = ancestor(control.element, _TC)
    whole = (cell is not None and sum(1 for _ in cell.iter(_SDT)) == 1
             and not _text_above(control.element, cell)
             and not (own and holds_own_text(cell, own)))
    # (A drop-down's stored last value is never read as what it shows: a row deleted with
    # Track Changes shows nothing, whatever was last picked in it.)
    text = block_text(cell) if whole and cell is not None else control.text
    items = (tuple(control.items) if kind == "dropdown" and clean_text(text) is not None
             and not _picked(control.type_element, text) else ())
    return Raw(text, control.full_date if kind == "date" else "", None,
               control.showing_placeholder, items, cell if whole else None)


def _text_above(element: etree._Element, cell: etree._Element) -> bool:
    """Whether the cell shows text above the block holding ``element`` (a control pasted under
    a question's text rather than into an answer cell)."""
    block = element
    while block.getparent() is not cell:
        parent = block.getparent()
        if parent is None:
            return False
        block = parent
    return any(block_text(before).strip() for before in block.itersiblings(preceding=True)
               if before.tag != _TCPR)


def read_fields(body: etree._Element, fields: Sequence[Field],
                shortcut: bool = True, own: frozenset[str] = frozenset(),
                tags_only: bool = False) -> Located:
    """What each field's control shows, by field key.

    Tagged controls are found by their ``w:tag`` elements alone, and one alone in its table cell
    (or alone in the cell's only paragraph) is read from its own content: a form Word saved, the
    common case, needs nothing more, and reading 10,000 forms spends most of its time here
    (``shortcut=False`` reads each with ``raw_of``; a test holds the two equal). What the tags
    do not find is looked for by title, surroundings and place.
    """
    wanted = {f.key: f for f in fields}
    located = Located(own=own)
    raws = located.raws
    first: dict[str, etree._Element] = {}  # the control of each tag found
    copies: dict[str, list[Control]] = {}  # the controls of tags found more than once
    for tag in body.iter(_TAG):
        value = tag.get(_VAL) or ""
        props = tag.getparent()
        sdt = props.getparent() if props is not None else None
        if props is None or sdt is None or sdt.tag != _SDT or not value.startswith(TAG_PREFIX):
            continue
        key = value[len(TAG_PREFIX):]
        found = wanted.get(key)
        if found is None:
            located.unlisted += 1
            continue
        raw = _alone_in_cell(sdt, props, found) if shortcut else None
        if raw is None:
            raw = raw_of(Control(sdt), own)
        if key in raws:  # a copy of the control: which one is the answer?
            located.doubts.setdefault(key, [raws[key]]).append(raw)
            copies.setdefault(key, [Control(first[key])]).append(Control(sdt))
        else:
            raws[key] = raw
            first[key] = sdt
    if len(raws) < len(wanted) and not tags_only:
        _untagged(body, fields, located, copies)
    _settle(fields, copies, located)
    for key in located.doubts:
        raws.pop(key, None)
    return located


def _settle(fields: Sequence[Field], copies: dict[str, list[Control]],
            located: Located) -> None:
    """Copies of a field's control, each where that field's answer may be, hold its answer
    together (one left empty casts no doubt); a copy elsewhere (under another question) makes
    them all doubtful."""
    if not copies:
        return
    contexts = Contexts(located.own)
    known = frozenset(i for i in map(field_ident, fields) if i)
    by_key = {f.key: f for f in fields}
    for key, controls in copies.items():
        if all(compatible(by_key[key], contexts.of(c), known) for c in controls):
            located.copies.add(key)


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
    elif parent.tag == _P:  # an inline control: alone in the cell's only paragraph
        cell = parent.getparent()
        if (cell is None or cell.tag != _TC or not _only(cell, _TCPR)
                or not _only(parent, _PPR)
                or (parent[0].tag == _PPR and child(parent[0], _NUMPR) is not None)):
            return None
    else:
        return None
    # (cheaper than content_text; lxml gives str here, its stubs say str | bytes)
    text = "".join(cast("Iterator[str]", content.itertext(_T))) if placeholder else ""
    if text not in PLACEHOLDER_TEXTS:  # not the placeholder it is flagged as showing
        text = content_text(content)
    full_date = ""
    items: tuple[tuple[str, str], ...] = ()
    if field.kind is FieldKind.DATE:
        date = child(props, _DATE)
        full_date = (date.get(_FULL_DATE) or "") if date is not None else ""
    elif field.kind.control == "dropdown" and text not in PLACEHOLDER_TEXTS:
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
        return tuple(map(_item, kind.iterchildren(_LIST_ITEM)))
    return ()


def _item(item: etree._Element) -> tuple[str, str]:
    value = item.get(_VALUE_ATTR) or ""
    return item.get(_DISPLAY) or value, value


def _only(parent: etree._Element, props: str) -> bool:
    """Whether ``parent`` holds one child besides, perhaps, its properties element first."""
    count = len(parent)
    return count == 1 or (count == 2 and parent[0].tag == props)


# --- controls without tags -----------------------------------------------------------------

@functools.lru_cache(maxsize=32)
def _titles(fields: tuple[Field, ...]) -> dict[str, Field]:
    """Every field by the title its control carries, in every language."""
    return {title: f for f in fields for lang in LANGUAGES for title in aliases(f, lang)}


@dataclass
class _Unit:
    """Where one field can be: a checkbox, or the controls of one answer cell (one, unless
    one was copied into the cell beside it)."""

    controls: list[Control]
    position: int  # of its first control among the untagged ones
    context: Context


def _untagged(body: etree._Element, fields: Sequence[Field], located: Located,
              copies: dict[str, list[Control]]) -> None:
    controls = [c for c in field_controls(body) if not c.tag.startswith(TAG_PREFIX)]
    if not controls:
        return
    raws = located.raws
    titles = _titles(tuple(fields))
    by_title: dict[str, int] = {}  # field key → position of the control with its title
    pool: list[tuple[int, Control]] = []
    for position, control in enumerate(controls):
        named = titles.get(control.alias) if control.alias else None
        if named is None:
            pool.append((position, control))
        elif named.private:
            continue  # a private answer is never read, wherever its control has gone
        elif named.key in raws or named.key in by_title:
            if named.key not in copies and named.key in by_title:
                original = controls[by_title[named.key]]
                located.doubts[named.key] = [raw_of(original, located.own)]
                copies[named.key] = [original]
            elif named.key not in copies:  # a copy of a tagged control
                located.doubts[named.key] = [raws[named.key]]
                copies[named.key] = []
            located.doubts[named.key].append(raw_of(control, located.own))
            copies[named.key].append(control)
        else:
            by_title[named.key] = position
    for key, position in by_title.items():
        if key not in located.doubts:
            raws[key] = raw_of(controls[position], located.own)
    rest = [f for f in fields if f.key not in raws and f.key not in located.doubts]
    if not rest:
        located.stray += [raw_of(c, located.own) for _, c in pool]
        return
    units = _units(pool, located.own)
    order = {f.key: n for n, f in enumerate(fields)}
    known = frozenset(i for i in map(field_ident, fields) if i)
    rest_keys = {f.key: f for f in rest}
    # Anchors: a field the surroundings of exactly one unit name (or its control's title).
    claimed: dict[str, list[int]] = {}
    for u, unit in enumerate(units):
        claim = claims(unit.context, known)
        if claim in rest_keys and compatible(rest_keys[claim], unit.context, known):
            claimed.setdefault(claim, []).append(u)
    anchors = {key: us[0] for key, us in claimed.items() if len(us) == 1}
    for key, u in anchors.items():
        _take(key, units[u], located)
    used = set(anchors.values())
    # Between anchors in order (by title or by surroundings), the rest is paired by place.
    chain = _chain([(order[k], position) for k, position in by_title.items()
                    if k not in located.doubts]
                   + [(order[k], units[u].position) for k, u in anchors.items()])
    bounds = [(-1, -1), *chain, (len(fields), len(controls))]
    free_fields = [f for f in rest if f.key not in anchors]  # in the form's order
    field_at = [order[f.key] for f in free_fields]
    free_units = [u for u in range(len(units)) if u not in used]  # in document order
    unit_at = [units[u].position for u in free_units]
    for (f0, p0), (f1, p1) in itertools.pairwise(bounds):
        seg_fields = free_fields[bisect.bisect_right(field_at, f0):
                                 bisect.bisect_left(field_at, f1)]
        seg_units = free_units[bisect.bisect_right(unit_at, p0):bisect.bisect_left(unit_at, p1)]
        used |= _segment(seg_fields, [units[u] for u in seg_units], seg_units, known, located)
    located.stray += [raw_of(c, located.own) for u, unit in enumerate(units) if u not in used
                      for c in unit.controls]


def _units(pool: Sequence[tuple[int, Control]], own: frozenset[str]) -> list[_Unit]:
    contexts = Contexts(own)
    units: list[_Unit] = []
    by_cell: dict[etree._Element, _Unit] = {}
    for position, control in pool:
        context = contexts.of(control)
        cell = context.cell
        if control.kind != "checkbox" and cell is not None and cell in by_cell:
            by_cell[cell].controls.append(control)
            continue
        unit = _Unit([control], position, context)
        units.append(unit)
        if control.kind != "checkbox" and cell is not None:
            by_cell[cell] = unit
    return units


def _take(key: str, unit: _Unit, located: Located) -> None:
    if len(unit.controls) == 1:
        located.raws[key] = raw_of(unit.controls[0], located.own)
    else:
        located.doubts[key] = [raw_of(c, located.own) for c in unit.controls]
        located.copies.add(key)


def _chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of (field index, position) pairs rising in both: the anchors that agree
    with the form's order bound the stretches paired by place."""
    pairs = sorted(pairs)
    if all(a[1] < b[1] for a, b in itertools.pairwise(pairs)):
        return pairs  # the usual case: every anchor where the form's order puts it
    best: list[list[tuple[int, int]]] = []
    for pair in pairs:
        longest = max((run for run in best if run[-1][1] < pair[1]), key=len, default=[])
        best.append([*longest, pair])
    return max(best, key=len, default=[])


def _segment(fields: Sequence[Field], units: Sequence[_Unit], ids: Sequence[int],
             known: frozenset[str], located: Located) -> set[int]:
    """Pair fields and units of one stretch by place, as many as their kinds allow. A field
    goes where every best pairing puts it; one that some best pairing puts elsewhere, or leaves
    out, is in doubt. Returns the units some best pairing uses."""
    n, m = len(fields), len(units)
    if not n or not m:
        return set()
    fit = [[compatible(f, u.context, known) for u in units] for f in fields]
    after = [[0] * (m + 1) for _ in range(n + 1)]  # best pairing of fields[i:] and units[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(after[i + 1][j], after[i][j + 1])
            if fit[i][j]:
                best = max(best, after[i + 1][j + 1] + fit[i][j])
            after[i][j] = best
    before = [[0] * (m + 1) for _ in range(n + 1)]  # best pairing of fields[:i] and units[:j]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best = max(before[i - 1][j], before[i][j - 1])
            if fit[i - 1][j - 1]:
                best = max(best, before[i - 1][j - 1] + fit[i - 1][j - 1])
            before[i][j] = best
    total = after[0][0]
    used: set[int] = set()
    for i, f in enumerate(fields):
        places = [j for j in range(m) if fit[i][j]
                  and before[i][j] + fit[i][j] + after[i + 1][j + 1] == total]
        left_out = any(before[i][j] + after[i + 1][j] == total for j in range(m + 1))
        used.update(ids[j] for j in places)
        if len(places) == 1 and not left_out:
            _take(f.key, units[places[0]], located)
        elif places:
            options: list[Raw | None] = [raw_of(c, located.own) for j in places
                                         for c in units[j].controls]
            located.doubts[f.key] = [*options, None] if left_out else options
    return used
