"""Answers read from the layout, for a form whose controls are gone (copied into a new document,
or a control typed over): each answer sits alone in a table cell under its question, its
competence or its goal, so the cell says what it answers."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from pipeline.collect.evidence import GOAL_HEAD, PREVIOUS_HEAD, heading_number
from pipeline.collect.values import Raw
from pipeline.formspec import (
    FOLLOWUP_LABELS,
    GOAL_LABELS,
    GOAL_PARTS,
    PREVIOUS_LABELS,
    PREVIOUS_PARTS,
    Field,
    FieldKind,
)
from pipeline.ooxml.controls import CHECKED
from pipeline.ooxml.ns import qn
from pipeline.ooxml.text import block_text, paragraph_text
from pipeline.texts import LANGUAGES, label_texts

_TC = qn("w:tc")
_TR = qn("w:tr")
_TBL = qn("w:tbl")
_P = qn("w:p")
_SDT = qn("w:sdt")


def _rows(tbl: etree._Element) -> list[list[etree._Element]]:
    return [[tc for tc in tr if tc.tag == _TC] for tr in tbl if tr.tag == _TR]


def _labels(*tables: dict[str, str]) -> dict[str, str]:
    """Each row label, as forms print it now or printed it before, in every language → part."""
    return {label.casefold(): part for lang in LANGUAGES for labels in tables
            for part, key in labels.items() for label in label_texts(lang, key)}


# A goal's rows by their labels (an agreement's goals have rows the forms' do not; a
# follow-up's have a row more than last year's goals).
_GOAL_ROWS = _labels(GOAL_LABELS)
_PREVIOUS_ROWS = _labels(PREVIOUS_LABELS, FOLLOWUP_LABELS)
# The signature rows of an agreement and a follow-up form: [who | name | date], [held | date].
_SIGNATURE_ROWS = _labels({"employee": "confirm_employee", "leader": "confirm_leader"})
_HELD_ROWS = _labels({"held": "held"}, {"held": "followup_held"})


def _labelled(rows: list[list[etree._Element]], labels: dict[str, str],
              parts: tuple[str, ...]) -> list[tuple[str, etree._Element]]:
    """(part, answer cell) for the rows after a goal table's heading: by each row's label, or
    by place where the rows are exactly ``parts`` with labels of their own (an older form)."""
    found = []
    for row in rows:
        if len(row) != 2:
            continue
        part = labels.get(block_text(row[0]).strip().split("\n", 1)[0].strip().casefold())
        if part is not None:
            found.append((part, row[1]))
    if found:
        return found
    if len(rows) == len(parts) and all(len(row) == 2 for row in rows):
        return [(part, row[1]) for part, row in zip(parts, rows, strict=True)]
    return []


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
        goal_rows = _labelled(rows[1:], _GOAL_ROWS, GOAL_PARTS) if goal is not None else []
        if goal_rows:
            for part, cell in goal_rows:
                key = f"goal:{goal}:{part}"
                if key in wanted:
                    _read_cell(key, cell, raws)
            continue
        previous = PREVIOUS_HEAD.match(first_line)
        previous_rows = (_labelled(rows[1:], _PREVIOUS_ROWS, PREVIOUS_PARTS) if previous
                         else [])
        if previous and previous_rows:
            number = heading_number(PREVIOUS_HEAD, first_line)
            first = rows[0][0].find(_P)
            title = paragraph_text(first) if first is not None else ""
            raws[f"prev:{number}:goal"] = Raw(title[previous.end():].strip().lstrip(":").strip())
            for part, cell in previous_rows:
                key = f"prev:{number}:{part}"
                if key in wanted:
                    _read_cell(key, cell, raws)
            continue
        for row in rows:  # competence rows: [ID | name | now | wanted]; signature rows
            _signature_row(row, wanted, raws)
            if len(row) == 4:
                cid = block_text(row[0]).strip()
                for key, cell in ((f"c:{cid}:now", row[2]), (f"c:{cid}:wanted", row[3])):
                    if key in wanted:
                        _read_cell(key, cell, raws)
    return raws


def _signature_row(row: list[etree._Element], wanted: dict[str, Field],
                   raws: dict[str, Raw]) -> None:
    """A name-and-date row or the held-on row of an agreement's or follow-up's signatures
    (where a name typed over its field in Writer left the field)."""
    if len(row) < 2:
        return
    label = block_text(row[0]).strip().casefold()
    who = _SIGNATURE_ROWS.get(label)
    cells: list[tuple[str, etree._Element]] = []
    if who is not None and len(row) == 3:
        cells = [(f"{who}_name", row[1]), (f"{who}_date", row[2])]
    elif label in _HELD_ROWS and len(row) == 2:
        cells = [("held", row[1])]
    for part, cell in cells:
        for prefix in ("agr", "fu"):
            if f"{prefix}:{part}" in wanted:
                _read_cell(f"{prefix}:{part}", cell, raws)


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
