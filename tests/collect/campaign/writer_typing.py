"""What a person types in a form in Writer, and how they format it."""

from __future__ import annotations

from typing import Any

import uno  # noqa: F401 (it makes com.sun.star importable)
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
from com.sun.star.util import DateTime

from tests.collect.campaign.writer_find import (
    Editing,
    Op,
    card,
    cell_of,
    competence_table,
    end_of,
    para_after,
    walk,
)
from tests.lo.fill_with_writer import replace_content, slots, type_lines


def op_fill(e: Editing, op: Op) -> None:
    """Fill a field the ways Writer offers: the input-field dialog, typed over, typed after the
    field; an item picked from a drop-down, or text typed into it (or into a date)."""
    found = slots(cell_of(e.doc, op))
    if not found:
        raise LookupError("no field in the cell")
    kind, field = found[0]
    how, value = op["how"], op.get("value", "")
    if kind == "input":
        anchor = field.getAnchor()
        text = anchor.getText()
        if how == "dialog":
            field.setPropertyValue("Content", value)
        elif how == "over":
            cursor = text.createTextCursorByRange(anchor)
            text.insertString(cursor, "", True)
            type_lines(text, cursor, value)
        else:
            type_lines(text, text.createTextCursorByRange(anchor.getEnd()), value)
        e.doc.getTextFields().refresh()
    elif kind == "dropdown" and how == "pick":
        items = [{p.Name: p.Value for p in item} for item in field.ListItems]
        shown = next(i.get("DisplayText") or i.get("Value") for i in items
                     if (i.get("DisplayText") or i.get("Value")).startswith(value))
        replace_content(field, shown)
        field.ShowingPlaceHolder = False
    elif kind in ("dropdown", "date"):
        replace_content(field, value)
    else:
        raise ValueError(kind)


def op_type_after_card(e: Editing, op: Op) -> None:
    """Click in the empty paragraph under a card and type (Enter between lines)."""
    para = para_after(e.doc, op["goal"] if "goal" in op else op["qid"])
    text = para.getText()
    type_lines(text, text.createTextCursorByRange(para.getStart()), op["text"])


def op_type_in_cell(e: Editing, op: Op) -> None:
    """Click at the end of a cell (after the field, or after the question text), press Enter
    (unless same_paragraph) and type."""
    cell = cell_of(e.doc, op)
    cursor = end_of(cell)
    if not op.get("same_paragraph"):
        cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    type_lines(cell, cursor, op["text"])


def op_type_at_end(e: Editing, op: Op) -> None:
    """Go to the very end of the form, press Enter and type."""
    text = e.doc.getText()
    cursor = text.createTextCursor()
    cursor.gotoEnd(False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    type_lines(text, cursor, op["text"])


def op_split_paragraph(e: Editing, op: Op) -> None:
    """Put the cursor inside an answer's text, before ``at``, and press Enter."""
    cell_of(e.doc, op)  # the card is there
    found = e.find(op["at"])
    text = found.getText()
    text.insertControlCharacter(text.createTextCursorByRange(found.getStart()),
                                PARAGRAPH_BREAK, False)


def op_tab_new_row(e: Editing, op: Op) -> None:
    """Tab in the last cell of a table: a new row like the last one; then type in its cells."""
    table = competence_table(e.doc) if "competence" in op else card(e.doc, op["qid"])
    rows = table.getRows()
    n = rows.getCount()
    rows.insertByIndex(n, 1)
    names = sorted(c for c in table.getCellNames() if c[1:] == str(n + 1))
    for name, value in zip(names, op["cells"], strict=False):
        cell = table.getCellByName(name)
        type_lines(cell, end_of(cell), value)


def op_retype(e: Editing, op: Op) -> None:
    """Select some words of an answer and type over them (tracked if recording)."""
    cell_of(e.doc, op)
    e.find(op["old"]).setString(op["new"])


def op_type_formatted(e: Editing, op: Op) -> None:
    """Type after some words with a character format on (e.g. hidden); tracked if recording."""
    cell_of(e.doc, op)
    found = e.find(op["after"])
    text = found.getText()
    cursor = text.createTextCursorByRange(found.getEnd())
    text.insertString(cursor, op["text"], True)
    for name, value in op["props"].items():
        cursor.setPropertyValue(name, value)


def op_format_words(e: Editing, op: Op) -> None:
    """Select some words and set a character property (e.g. strike-through)."""
    cell_of(e.doc, op)
    found = e.find(op["words"])
    for name, value in op["props"].items():
        found.setPropertyValue(name, value)


def op_bullets(e: Editing, op: Op) -> None:
    """Type over the field as lines, then Format > Bullets on them."""
    cell = cell_of(e.doc, op)
    _, field = slots(cell)[0]
    anchor = field.getAnchor()
    text = anchor.getText()
    cursor = text.createTextCursorByRange(anchor)
    text.insertString(cursor, "", True)
    type_lines(text, cursor, "\n".join(op["lines"]))
    paragraphs = cell.createEnumeration()
    while paragraphs.hasMoreElements():
        p = paragraphs.nextElement()
        if p.getString().strip():
            p.NumberingStyleName = op.get("style", "List 1")


def op_hyperlink(e: Editing, op: Op) -> None:
    """Enter after the answer, type some words and make the last of them a link."""
    cell = cell_of(e.doc, op)
    cursor = end_of(cell)
    cell.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cell.insertString(cursor, op.get("before", ""), False)
    start = cursor.getEnd()
    cell.insertString(cursor, op["text"], False)
    link = cell.createTextCursorByRange(start)
    link.goRight(len(op["text"]), True)
    link.HyperLinkURL = op["url"]


def op_fixed_date(e: Editing, op: Op) -> None:
    """Insert > Field > Date (fixed), after some words typed in the answer's cell."""
    cell = cell_of(e.doc, op)
    cursor = end_of(cell)
    cell.insertString(cursor, op.get("before", ""), False)
    field = e.doc.createInstance("com.sun.star.text.TextField.DateTime")
    field.IsFixed = True
    field.IsDate = True
    date = DateTime()
    date.Year, date.Month, date.Day = op["date"]
    field.DateTimeValue = date
    cell.insertTextContent(cursor, field, False)


def op_header(e: Editing, op: Op) -> None:
    """Type a note in the page header (or footer)."""
    styles = e.doc.getStyleFamilies().getByName("PageStyles")
    style = styles.getByName(e.doc.getText().createTextCursor().PageStyleName)
    part = "Footer" if op.get("footer") else "Header"
    style.setPropertyValue(f"{part}IsOn", True)
    text = style.getPropertyValue(f"{part}Text")
    cursor = text.createTextCursor()
    cursor.gotoEnd(False)
    if text.getString():
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    text.insertString(cursor, op["text"], False)


def op_font_all(e: Editing, op: Op) -> None:
    """Select everything and set another font."""
    def set_font(p: Any) -> None:
        p.CharFontName = op["font"]
        p.CharHeight = op.get("size", 11)
    walk(e.doc.getText(), set_font)


def op_remove_hidden(e: Editing, op: Op) -> None:
    """Delete every piece of hidden text (as a person 'cleaning' the document does)."""
    def remove(p: Any) -> None:
        portions = p.createEnumeration()
        hidden = []
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.TextPortionType == "Text" and portion.CharHidden:
                hidden.append(portion)
        for portion in hidden:
            portion.setString("")
    walk(e.doc.getText(), remove)

