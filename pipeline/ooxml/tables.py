"""Tables as Word wants them: fixed widths in twips, light borders, shaded header cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from pipeline.ooxml.xml import el, val


@dataclass
class Cell:
    content: Sequence[etree._Element]
    span: int = 1
    fill: str | None = None
    valign: str | None = None


@dataclass
class Row:
    cells: Sequence[Cell]
    header: bool = False  # repeated at the top of each page
    keep: bool = True  # never split across pages
    min_height: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


def table(widths: Sequence[int], rows: Sequence[Row], style: str) -> etree._Element:
    """A fixed-width table in ``style`` (a table style of the template: borders and cell
    margins live there, once, where HR can restyle them)."""
    tbl_pr = el("w:tblPr", None,
                val("w:tblStyle", style),
                el("w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"}),
                el("w:tblLayout", {"w:type": "fixed"}))
    grid = el("w:tblGrid", None, *(el("w:gridCol", {"w:w": str(w)}) for w in widths))
    tbl = el("w:tbl", None, tbl_pr, grid)
    for row in rows:
        tbl.append(_row(row))
    return tbl


def _row(row: Row) -> etree._Element:
    tr = el("w:tr")
    tr_pr = el("w:trPr")
    if row.keep:
        tr_pr.append(el("w:cantSplit"))
    if row.min_height:
        tr_pr.append(el("w:trHeight", {"w:val": str(row.min_height), "w:hRule": "atLeast"}))
    if row.header:
        tr_pr.append(el("w:tblHeader"))
    if len(tr_pr):
        tr.append(tr_pr)
    for cell in row.cells:
        # No w:tcW: with a fixed layout the grid gives the widths, and a returned folder of
        # 10,000 forms parses each of these attributes (measured: 7 % of reading a form).
        tc_pr = el("w:tcPr")
        if cell.span > 1:
            tc_pr.append(val("w:gridSpan", str(cell.span)))
        if cell.fill:
            tc_pr.append(el("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": cell.fill}))
        if cell.valign:
            tc_pr.append(val("w:vAlign", cell.valign))
        tc = el("w:tc", None, tc_pr) if len(tc_pr) else el("w:tc")
        for block in cell.content:
            tc.append(block)
        if not len(cell.content):
            tc.append(el("w:p"))
        tr.append(tc)
    return tr
