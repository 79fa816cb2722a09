"""What a person does to a form's tables and cards in Writer, and what they insert into it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import uno
from com.sun.star.awt import Size
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
from com.sun.star.text.TextContentAnchorType import AS_CHARACTER, AT_PARAGRAPH

from tests.collect.campaign.writer_find import (
    Editing,
    Op,
    card,
    cell_of,
    competence_row,
    competence_table,
    end_of,
    para_after,
)
from tests.lo.fill_with_writer import prop


def op_delete_field(e: Editing, op: Op) -> None:
    """Select everything in the answer's cell (the field) and press Delete."""
    cursor = cell_of(e.doc, op).createTextCursor()
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    cursor.setString("")


def op_delete_competence_row(e: Editing, op: Op) -> None:
    """Put the cursor in a competence's row and Table > Delete > Rows (tracked if recording)."""
    table = competence_table(e.doc)
    row = competence_row(table, op["cid"])
    e.cursor_to(table.getCellByName(f"B{row + 1}").getStart())
    e.dispatch(".uno:DeleteRows")


def op_merge_cells(e: Editing, op: Op) -> None:
    """Select a competence's two level cells and Table > Merge Cells."""
    table = competence_table(e.doc)
    cursor = table.createCursorByCellName(f"C{competence_row(table, op['cid']) + 1}")
    cursor.goRight(1, True)
    cursor.mergeRange()


def _select_table(e: Editing, table: Any, doc: Any = None) -> None:
    """The cursor in the table's first cell, the whole table selected."""
    e.cursor_to(table.getCellByName("A1").getStart(), doc)
    e.dispatch(".uno:SelectTable", doc)


def _paste_under(e: Editing, qid: str) -> None:
    """Click in the empty paragraph under a card, press Enter, go up, paste (Ctrl+V)."""
    dest = para_after(e.doc, qid)
    text = dest.getText()
    cursor = text.createTextCursorByRange(dest.getStart())
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.gotoPreviousParagraph(False)
    e.cursor_to(cursor)
    e.dispatch(".uno:Paste")


def op_move_card(e: Editing, op: Op) -> None:
    """Select a card and cut (or copy) it, then paste it under another card."""
    _select_table(e, card(e.doc, op["qid"]))
    e.dispatch(".uno:Copy" if op.get("copy") else ".uno:Cut")
    if not op.get("copy"):
        # Cutting a whole table leaves it in place in Writer: Table > Delete > Table.
        with contextlib.suppress(LookupError):
            e.cursor_to(card(e.doc, op["qid"]).getCellByName("A1").getStart())
            e.dispatch(".uno:DeleteTable")
    _paste_under(e, op["after"])


def op_copy_card_from(e: Editing, op: Op) -> None:
    """Open another form, copy one of its cards, paste it under a card of this one."""
    other = e.writer.open(Path(op["source"]))
    try:
        _select_table(e, card(other, op["qid"]), other)
        e.dispatch(".uno:Copy", other)
        _paste_under(e, op["after"])
    finally:
        other.close(True)


def op_delete_card(e: Editing, op: Op) -> None:
    """The cursor in a card, Table > Delete > Table."""
    e.cursor_to(card(e.doc, op["qid"]).getCellByName("A1").getStart())
    e.dispatch(".uno:DeleteTable")


def op_move_field_to_question(e: Editing, op: Op) -> None:
    """Drag the answer (field and all) from its cell to under the question text."""
    table = card(e.doc, op["qid"])
    controller = e.doc.getCurrentController()
    answer = table.getCellByName("A2")
    cursor = e.cursor_to(answer.getStart())
    cursor.gotoRange(answer.getEnd(), True)
    dragged = controller.getTransferable()
    cursor.setString("")
    question = table.getCellByName("B1")
    at = end_of(question)
    question.insertControlCharacter(at, PARAGRAPH_BREAK, False)
    e.cursor_to(at)
    controller.insertTransferable(dragged)


def op_insert_document(e: Editing, op: Op) -> None:
    """Insert > Text from File at the very end (another form below this one)."""
    text = e.doc.getText()
    cursor = text.createTextCursor()
    cursor.gotoEnd(False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.insertDocumentFromURL(uno.systemPathToFileUrl(str(op["source"])), ())


def op_record_changes(e: Editing, op: Op) -> None:
    """Edit > Track Changes > Record, under the person's name (Tools > Options > User Data)."""
    e.doc.RecordChanges = True
    provider = e.writer.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", e.writer.ctx)
    user = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    first, _, last = op["author"].partition(" ")
    user.setPropertyValue("givenname", first)
    user.setPropertyValue("sn", last)
    user.commitChanges()


# ------------------------------------------------------------ objects in an answer

def op_text_frame(e: Editing, op: Op) -> None:
    """Insert > Text Box in the answer's cell, and type in it."""
    cell = cell_of(e.doc, op)
    frame = e.doc.createInstance("com.sun.star.text.TextFrame")
    frame.setSize(Size(8000, 1500))
    frame.AnchorType = AS_CHARACTER if op.get("as_char") else AT_PARAGRAPH
    cell.insertTextContent(end_of(cell), frame, False)
    frame.getText().setString(op["text"])


def op_footnote(e: Editing, op: Op) -> None:
    """Insert > Footnote at the end of the answer's cell, and the note typed."""
    cell = cell_of(e.doc, op)
    note = e.doc.createInstance("com.sun.star.text.Footnote")
    cell.insertTextContent(end_of(cell), note, False)
    note.setString(op["text"])


def op_nested_table(e: Editing, op: Op) -> None:
    """Enter after the field, Insert > Table, and type in its cells."""
    cell = cell_of(e.doc, op)
    cursor = end_of(cell)
    cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    rows = op["rows"]
    table = e.doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(len(rows), len(rows[0]))
    cell.insertTextContent(cursor, table, False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.getCellByPosition(c, r).setString(value)


def op_image(e: Editing, op: Op) -> None:
    """Insert > Image at the end of the answer's cell (as a character)."""
    cell = cell_of(e.doc, op)
    provider = e.writer.ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.graphic.GraphicProvider", e.writer.ctx)
    picture = e.doc.createInstance("com.sun.star.text.TextGraphicObject")
    picture.Graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(op["image"])),))
    picture.setSize(Size(3000, 2000))
    picture.AnchorType = AS_CHARACTER
    cell.insertTextContent(end_of(cell), picture, False)

