"""Damage done to a returned form the ways people and programs do it: a control or a table row
deleted or copied, a hidden property lost, parts of the zip doubled or renamed. Each takes the
.docx bytes and gives new ones; the field keys it touched are what may change because of it."""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable

from lxml import etree

from pipeline.ooxml.ns import qn
from pipeline.ooxml.props import custom_props_xml
from pipeline.ooxml.read_controls import Control, field_controls

DOCUMENT = "word/document.xml"
CUSTOM = "docProps/custom.xml"


def parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def build(files: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    items = files.items() if isinstance(files, dict) else files
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(name, data)
    return out.getvalue()


def edit_document(docx: bytes, change: Callable[[etree._Element], object]) -> bytes:
    files = parts(docx)
    root = etree.fromstring(files[DOCUMENT])
    change(root)
    files[DOCUMENT] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                     standalone=True)
    return build(files)


def custom_props(docx: bytes) -> dict[str, str]:
    root = etree.fromstring(parts(docx)[CUSTOM])
    return {p.get("name") or "": "".join(p.itertext())
            for p in root.iter("{*}property")}


def edit_props(docx: bytes, change: Callable[[dict[str, str]], object]) -> bytes:
    files = parts(docx)
    props = custom_props(docx)
    change(props)
    files[CUSTOM] = custom_props_xml(props)
    return build(files)


def controls(root: etree._Element) -> list[Control]:
    return list(field_controls(root))


def delete_control(root: etree._Element, index: int) -> None:
    element = controls(root)[index].element
    parent = element.getparent()
    assert parent is not None
    parent.remove(element)


def duplicate_control(root: etree._Element, index: int, text: str | None = None) -> None:
    """A copy right after the control (pasted beside it); ``text``: then typed into the copy."""
    element = controls(root)[index].element
    twin = copy.deepcopy(element)
    element.addnext(twin)
    if text is not None:
        ts = list(twin.iter(qn("w:t")))
        for t in ts:
            t.text = ""
        if ts:
            ts[0].text = text


def rows_with_controls(root: etree._Element) -> list[etree._Element]:
    return [tr for tr in root.iter(qn("w:tr"))
            if next(tr.iter(qn("w:sdt")), None) is not None
            and next(tr.iterdescendants(qn("w:tr")), None) is None]


def delete_row(root: etree._Element, row: etree._Element) -> None:
    parent = row.getparent()
    assert parent is not None
    parent.remove(row)


def duplicate_row(root: etree._Element, row: etree._Element) -> None:
    row.addnext(copy.deepcopy(row))


def cell_text(cell: etree._Element) -> str:
    return "".join(t.text or "" for t in cell.iter(qn("w:t"))).strip()


def competence_row(root: etree._Element, cid: str) -> etree._Element:
    for tr in root.iter(qn("w:tr")):
        cells = [c for c in tr if c.tag == qn("w:tc")]
        if len(cells) == 4 and cell_text(cells[0]) == cid:
            return tr
    raise LookupError(cid)


def hide_ids(root: etree._Element) -> None:
    """As if the form showed no IDs at all: every ID cell of the cards and rows emptied."""
    for tbl in root.iter(qn("w:tbl")):
        for tr in tbl.iter(qn("w:tr")):
            cells = [c for c in tr if c.tag == qn("w:tc")]
            if (cells and next(cells[0].iter(qn("w:sdt")), None) is None
                    and re.fullmatch(r"(\d+ ?)?[A-ZÆØÅ]{1,3}\d{1,3}", cell_text(cells[0]))):
                for t in cells[0].iter(qn("w:t")):
                    t.text = ""

