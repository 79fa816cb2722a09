"""Answers read from the layout, for a form whose controls are gone (copied into a new document,
or a control typed over): each answer sits alone in a table cell under its question, its
competence or its goal, so the cell says what it answers."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from pipeline.collect.evidence import GOAL_HEAD, PREVIOUS_HEAD, heading_number
from pipeline.collect.values import Raw
from pipeline.formspec import GOAL_PARTS, PREVIOUS_PARTS, Field, FieldKind
from pipeline.ooxml.controls import CHECKED
from pipeline.ooxml.ns import qn
from pipeline.ooxml.text import block_text, paragraph_text

_TC = qn("w:tc")
_TR = qn("w:tr")
_TBL = qn("w:tbl")
_P = qn("w:p")
_SDT = qn("w:sdt")


def _rows(tbl: etree._Element) -> list[list[etree._Element]]:
    return [[tc for tc in tr if tc.tag == _TC] for tr in tbl if tr.tag == _TR]


def locate_layout(body: etree._Element, fields: Iterable[Field]) -> dict[str, Raw]:
    """Answers read from the cells under the headings, for a form whose controls are gone. A
    cell that still holds a control is not read: that control is some other field's (or a
    private one's), whatever its cell."""
    wanted = {f.key: f for f in fields}
    raws: dict[str, Raw] = {}
    for tbl in body.iter(_TBL):
        rows = _rows(tbl)
        if not rows or not rows[0]:
            continue
        head = block_text(rows[0][0]).strip()
        # A question card: [number and hidden ID | question], then the answer across both
        # columns. The number cell reads "3 N2" (forms made before numbering: "N2").
        qid = head.rsplit(None, 1)[-1] if head else ""
        if len(rows) == 2 and len(rows[0]) == 2 and len(rows[1]) == 1 and f"q:{qid}" in wanted:
            _read_cell(f"q:{qid}", rows[1][0], raws)
            continue
        if len(rows) == 2 and len(rows[0]) == 2 and len(rows[1]) == 1:
            _checkbox_steps(qid, rows[1][0], wanted, raws)
            continue
        first_line = head.split("\n", 1)[0]
        goal = heading_number(GOAL_HEAD, first_line)
        if goal is not None and len(rows) == 1 + len(GOAL_PARTS):
            for part, row in zip(GOAL_PARTS, rows[1:], strict=True):
                key = f"goal:{goal}:{part}"
                if key in wanted and len(row) == 2:
                    _read_cell(key, row[1], raws)
            continue
        previous = PREVIOUS_HEAD.match(first_line)
        if previous and len(rows) == 1 + len(PREVIOUS_PARTS):
            number = heading_number(PREVIOUS_HEAD, first_line)
            first = rows[0][0].find(_P)
            title = paragraph_text(first) if first is not None else ""
            raws[f"prev:{number}:goal"] = Raw(title[previous.end():].strip().lstrip(":").strip())
            for part, row in zip(PREVIOUS_PARTS, rows[1:], strict=True):
                key = f"prev:{number}:{part}"
                if key in wanted and len(row) == 2:
                    _read_cell(key, row[1], raws)
            continue
        for row in rows:  # competence rows: [ID | name | now | wanted]
            if len(row) == 4:
                cid = block_text(row[0]).strip()
                for key, cell in ((f"c:{cid}:now", row[2]), (f"c:{cid}:wanted", row[3])):
                    if key in wanted:
                        _read_cell(key, cell, raws)
    return raws


def _read_cell(key: str, cell: etree._Element, raws: dict[str, Raw]) -> None:
    if next(cell.iter(_SDT), None) is None:
        raws[key] = Raw(block_text(cell), cell=cell)


def _checkbox_steps(qid: str, cell: etree._Element, wanted: dict[str, Field],
                    raws: dict[str, Raw]) -> None:
    for p in cell.iter(_P):
        text = paragraph_text(p).strip()
        if not text or next(p.iter(_SDT), None) is not None:
            continue
        ticked = text.startswith(CHECKED)
        step = text.lstrip("☐☒ ").split(" ", 1)[0]
        key = f"q:{qid}:{step}"
        if key in wanted and wanted[key].kind is FieldKind.CHECK:
            raws[key] = Raw(checked=ticked)
