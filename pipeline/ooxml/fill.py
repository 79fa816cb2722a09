"""Filling content controls the way Word does when a person types, picks or ticks.

Used by ``mus demo``, the benchmarks and the tests to play the employee: the placeholder flag goes,
the placeholder run is replaced by ordinary runs, a drop-down shows the chosen item's display text,
a date picker records ``w:fullDate`` and shows the formatted date, a checkbox flips its state and
glyph.
"""

from __future__ import annotations

import copy
import datetime as dt
import zlib
from collections.abc import Callable, Sequence

from lxml import etree

from pipeline.ooxml.controls import CHECKED, UNCHECKED
from pipeline.ooxml.ns import W14, qn
from pipeline.ooxml.read_controls import Control, iter_controls
from pipeline.ooxml.xml import el, paragraph, run

_P = qn("w:p")
_PPR = qn("w:pPr")


def _clear_placeholder(control: Control) -> None:
    flag = control.props.find(qn("w:showingPlcHdr"))
    if flag is not None:
        control.props.remove(flag)
    control.refresh()


def fill_text(control: Control, text: str | Sequence[str]) -> None:
    """Type text. A block control gets a paragraph per line (Enter); an inline one gets line
    breaks (Shift+Enter). A list of strings in a block control becomes a bulleted list."""
    _clear_placeholder(control)
    content = control.content
    if control.is_block:
        first = content.find(_P)
        ppr = first.find(_PPR) if first is not None else None
        for child in list(content):
            content.remove(child)
        lines = text.split("\n") if isinstance(text, str) else list(text)
        bullets = not isinstance(text, str)
        for line in lines:
            p = paragraph(run(line))
            if ppr is not None:
                p.insert(0, etree.fromstring(etree.tostring(ppr)))
            if bullets:
                props = p.find(_PPR)
                if props is None:
                    props = el("w:pPr")
                    p.insert(0, props)
                props.append(el("w:numPr", None, el("w:ilvl", {"w:val": "0"}),
                                el("w:numId", {"w:val": "1"})))
            content.append(p)
    else:
        for child in list(content):
            content.remove(child)
        value = text if isinstance(text, str) else "\n".join(text)
        content.append(run(value))
    control.refresh()


def pick(control: Control, display_text: str) -> None:
    """Choose an item of a drop-down by its display text."""
    _clear_placeholder(control)
    lst = control.props.find(qn("w:dropDownList"))
    if lst is not None:
        lst.set(qn("w:lastValue"), display_text)
    _replace_runs(control, display_text)


def set_date(control: Control, day: dt.date, shown: str | None = None) -> None:
    _clear_placeholder(control)
    date = control.props.find(qn("w:date"))
    if date is not None:
        date.set(qn("w:fullDate"), f"{day.isoformat()}T00:00:00Z")
    _replace_runs(control, shown or day.strftime("%d-%m-%Y"))


def tick(control: Control, checked: bool = True) -> None:
    box = control.props.find(f"{{{W14}}}checkbox")
    if box is not None:
        state = box.find(f"{{{W14}}}checked")
        if state is not None:
            state.set(f"{{{W14}}}val", "1" if checked else "0")
    for t in control.content.iter(qn("w:t")):
        t.text = CHECKED if checked else UNCHECKED
    control.refresh()


def _replace_runs(control: Control, text: str) -> None:
    """The shown text replaced by ``text``, formatted as Word formats what replaces a
    placeholder: by the control's own run properties where it has them, else like the run it
    replaces without the placeholder style."""
    content = control.content
    first_run = content.find(qn("w:r"))
    rpr = None
    own = control.props.find(qn("w:rPr"))
    if own is not None:
        rpr = copy.deepcopy(own) if len(own) else None
    elif first_run is not None:
        props = first_run.find(qn("w:rPr"))
        if props is not None:
            style = props.find(qn("w:rStyle"))
            if style is not None:
                props.remove(style)
            rpr = props if len(props) else None
    for child in list(content):
        content.remove(child)
    content.append(run(text, rpr))
    control.refresh()


FillValue = str | Sequence[str] | dt.date | bool


def fill_by_tag(docx: bytes, values: dict[str, FillValue],
                saved: dt.datetime | None = None) -> bytes:
    """A copy of a .docx with the controls of the given tags filled as Word would."""
    return fill(docx, lambda control: values.get(control.tag), saved)


def fill(docx: bytes, decide: Callable[[Control], FillValue | None],
         saved: dt.datetime | None = None) -> bytes:
    """A copy of a .docx with each control filled with what ``decide`` says (None: left as it
    is), saved at ``saved`` (the core properties' modified time) when given."""
    from pipeline.ooxml.package import compress, raw_parts, zip_bytes
    from pipeline.ooxml.parser import parse_xml
    from pipeline.ooxml.props import CORE_PART, set_modified

    parts = raw_parts(docx)
    document = next(p for p in parts if p.name == "word/document.xml")
    root = parse_xml(zlib.decompress(document.data, -15))
    for control in list(iter_controls(root)):
        value = decide(control)
        if value is None:
            continue
        if isinstance(value, bool):
            tick(control, value)
        elif isinstance(value, dt.date):
            set_date(control, value)
        elif control.kind == "dropdown" and isinstance(value, str):
            pick(control, value)
        else:
            fill_text(control, value)
    out = []
    for part in parts:
        if part.name == "word/document.xml":
            part = compress(part.name, etree.tostring(root, xml_declaration=True,
                                                      encoding="UTF-8", standalone=True), 1)
        elif part.name == CORE_PART and saved is not None:
            part = compress(part.name, set_modified(zlib.decompress(part.data, -15), saved))
        out.append(part)
    return zip_bytes(out)
