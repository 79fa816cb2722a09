"""The text a reader sees in a piece of WordprocessingML, as Word would show it after accepting
tracked changes: deleted text and field codes left out, tabs and breaks kept, tables as lines of
tab-separated cells, list items marked with a bullet.

Runs are walked with lxml's iterator (in C) rather than recursion in Python: reading a returned
folder spends most of its time here.

Two text elements side by side in one run are two lines: that is how LibreOffice saves the lines
of an input field (Word never splits a run's text without a break between).
"""

from __future__ import annotations

from lxml import etree

from pipeline.ooxml.ns import W
from pipeline.ooxml.tree import ancestor, child, first

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
_MOVE_FROM = f"{{{W}}}moveFrom"
_TABS = f"{{{W}}}tabs"
_SDT_PR = f"{{{W}}}sdtPr"
_TEXT_TAGS = (_T, _TAB, _BR, _CR, _NBH)
_BREAK_TYPES = (None, "textWrapping")
_TYPE = f"{{{W}}}type"
_SKIP_CONTAINERS = {f"{{{W}}}{name}" for name in ("sdtPr", "pPr", "rPr", "tblPr", "trPr",
                                                  "tcPr", "sectPr", "del", "moveFrom")}


def _runs_text(element: etree._Element, out: list[str]) -> None:
    last_run = None  # the run of the text element just read, if nothing came after it
    for node in element.iter(_T, _TAB, _BR, _CR, _NBH):
        tag = node.tag
        if tag == _T:
            run = node.getparent()
            holder = run.getparent() if run is not None else None
            if holder is None or holder.tag != _MOVE_FROM:  # text moved away is not here
                if run is last_run and run is not None and _after_text(node):
                    out.append("\n")  # a line of its own in the same run
                out.append(node.text or "")
            last_run = run
            continue
        last_run = None
        if tag == _TAB:
            parent = node.getparent()
            if parent is None or parent.tag != _TABS:  # not a tab stop of the paragraph
                out.append("\t")
        elif tag == _NBH:
            out.append("-")
        elif node.get(_TYPE) in _BREAK_TYPES:
            out.append("\n")


def _after_text(node: etree._Element) -> bool:
    previous = node.getprevious()
    return previous is not None and previous.tag == _T


def paragraph_text(p: etree._Element) -> str:
    out: list[str] = []
    ppr = child(p, _PPR)
    if ppr is not None and child(ppr, _NUMPR) is not None:
        out.append("• ")
    _runs_text(p, out)
    return "".join(out)


def table_text(tbl: etree._Element) -> str:
    rows = []
    for tr in tbl.iter(_TR):
        if ancestor(tr, _TBL) is not tbl:
            continue
        cells = [block_text(tc) for tc in tr.iter(_TC) if ancestor(tc, _TBL) is tbl]
        rows.append("\t".join(c.replace("\n", " ") for c in cells))
    return "\n".join(rows)


def block_text(element: etree._Element) -> str:
    """Text of a cell, a block-level control or a body: one line per paragraph or table row."""
    blocks: list[str] = []
    _blocks(element, blocks)
    return "\n".join(blocks)


def _blocks(element: etree._Element, blocks: list[str]) -> None:
    for node in element:
        tag = node.tag
        if tag == _P:
            blocks.append(paragraph_text(node))
        elif tag == _TBL:
            blocks.append(table_text(node))
        elif isinstance(tag, str) and tag not in _SKIP_CONTAINERS:
            _blocks(node, blocks)


def content_text(element: etree._Element) -> str:
    """Text of an inline or block piece, whichever it holds."""
    if first(element, _P) is not None:
        return block_text(element)
    out: list[str] = []
    _runs_text(element, out)
    return "".join(out)
