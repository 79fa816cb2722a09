"""The text a reader sees in a piece of WordprocessingML, as Word would show it after accepting
tracked changes: deleted text and field codes left out, tabs and breaks kept, tables as lines of
tab-separated cells, list items marked with a bullet."""

from __future__ import annotations

from lxml import etree

from pipeline.ooxml.ns import W

_T = f"{{{W}}}t"
_TAB = f"{{{W}}}tab"
_BR = f"{{{W}}}br"
_CR = f"{{{W}}}cr"
_NBH = f"{{{W}}}noBreakHyphen"
_P = f"{{{W}}}p"
_TBL = f"{{{W}}}tbl"
_TR = f"{{{W}}}tr"
_TC = f"{{{W}}}tc"
_PPR = f"{{{W}}}pPr"
_NUMPR = f"{{{W}}}numPr"
_SKIP = {f"{{{W}}}{name}" for name in ("del", "moveFrom", "instrText", "delText", "sdtPr",
                                       "rPr", "pPr", "tblPr", "tcPr", "trPr", "fldData")}
_SKIP_PPR = {f"{{{W}}}{name}" for name in ("sectPr",)}


def _inline(element: etree._Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == _T:
            out.append(child.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            if child.get(f"{{{W}}}type") in (None, "textWrapping"):
                out.append("\n")
        elif tag == _NBH:
            out.append("-")
        elif tag == _P:
            _paragraph_into(child, out)
        elif tag == _TBL:
            out.append(table_text(child))
        else:
            _inline(child, out)


def _paragraph_into(p: etree._Element, out: list[str]) -> None:
    ppr = p.find(_PPR)
    if ppr is not None and ppr.find(_NUMPR) is not None:
        out.append("• ")
    _inline(p, out)


def paragraph_text(p: etree._Element) -> str:
    out: list[str] = []
    _paragraph_into(p, out)
    return "".join(out)


def table_text(tbl: etree._Element) -> str:
    rows = []
    for tr in tbl.iter(_TR):
        if _enclosing_table(tr) is not tbl:
            continue
        cells = [block_text(tc) for tc in tr.iter(_TC) if _enclosing_table(tc) is tbl]
        rows.append("\t".join(c.replace("\n", " ") for c in cells))
    return "\n".join(rows)


def _enclosing_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def block_text(element: etree._Element) -> str:
    """Text of a cell, a block-level control or a body: one line per paragraph or table row."""
    blocks: list[str] = []
    _blocks(element, blocks)
    return "\n".join(blocks)


def _blocks(element: etree._Element, blocks: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _P:
            blocks.append(paragraph_text(child))
        elif tag == _TBL:
            blocks.append(table_text(child))
        elif tag in _SKIP_PPR:
            continue
        else:
            _blocks(child, blocks)


def content_text(element: etree._Element) -> str:
    """Text of an inline or block piece, whichever it holds."""
    if element.find(f".//{_P}") is not None:
        return block_text(element)
    out: list[str] = []
    _inline(element, out)
    return "".join(out)
