"""The text a person sees, made the only text there is.

A returned form is read for what its reader sees on the page, whoever saved it. Before anything
reads it, the parsed body is settled into that (it is ours, parsed from bytes, never written
back):

- tracked changes accepted: deletions and moves-from leave at any depth (inside smart tags,
  custom XML, content controls, bidirectional wrappers), a tracked-deleted table row or cell
  leaves with everything in it, insertions and moves-to stay;
- a text box is read once: a drawing's text where there is one (its VML fallback dropped), else
  the fallback's; its lines are set into the paragraph that anchors it, apart from the text
  around them by line breaks, so the box's words never run into the answer's;
- fields are their displayed results already (field codes are ``w:instrText``, never text).

``outside_paragraphs`` gives the text of a body or fragment outside its content controls,
paragraph by paragraph: what mus wrote around the fields of a blank form, which
collect/accounting.py compares with what a returned form holds there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from pipeline.ooxml.ns import MC, W
from pipeline.ooxml.text import paragraph_text
from pipeline.ooxml.tree import ancestor

_P = f"{{{W}}}p"
_R = f"{{{W}}}r"
_T = f"{{{W}}}t"
_BR = f"{{{W}}}br"
_TR = f"{{{W}}}tr"
_TC = f"{{{W}}}tc"
_SDT = f"{{{W}}}sdt"
_SDT_CONTENT = f"{{{W}}}sdtContent"
_DEL = f"{{{W}}}del"
_MOVE_FROM = f"{{{W}}}moveFrom"
_CELL_DEL = f"{{{W}}}cellDel"
_TRPR = f"{{{W}}}trPr"
_TCPR = f"{{{W}}}tcPr"
_RPR = f"{{{W}}}rPr"
_TXBX = f"{{{W}}}txbxContent"
_CHOICE = f"{{{MC}}}Choice"
_FALLBACK = f"{{{MC}}}Fallback"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_INS = f"{{{W}}}ins"
_MOVE_TO = f"{{{W}}}moveTo"
_VANISH = f"{{{W}}}vanish"
_STRIKE = f"{{{W}}}strike"
_DSTRIKE = f"{{{W}}}dstrike"
_SDT_CONTENT_TAG = f"{{{W}}}sdtContent"
_VAL = f"{{{W}}}val"
_SETTLE = (_DEL, _MOVE_FROM, _CELL_DEL, _FALLBACK, _TXBX, _INS, _MOVE_TO, _VANISH, _STRIKE,
           _DSTRIKE)
_FORMATS = (_VANISH, _STRIKE, _DSTRIKE)
TRACKED, HIDDEN, STRUCK = "tracked", "hidden", "struck"


@dataclass
class Settled:
    """What settling a body changed inside its content controls: each control (the outermost)
    with what was in it: tracked changes taken as accepted, hidden text or struck-through text
    left out. An answer read so is reported, by its field."""

    root: etree._Element
    marked: list[tuple[etree._Element, str]] = field(default_factory=list)
    # The same outside any control (LibreOffice moves an answer out of its control, not out of
    # its cell): the element, what, and whether it is a run to leave out should its cell turn
    # out to be read whole as an answer (``take_out``). Every card's hidden ID is one of them:
    # they are looked at only when a cell is read whole.
    loose: list[tuple[etree._Element, str, bool]] = field(default_factory=list)
    rows_dropped: bool = False

    def note(self, element: etree._Element, what: str) -> None:
        """A tracked change: noted for its control, or kept loose."""
        if self.rows_dropped and _top(element) is not self.root:
            return  # in a row already deleted
        control = _outermost_control(element)
        if control is None:
            self.loose.append((element, what, False))
        elif (control, what) not in self.marked:
            self.marked.append((control, what))

    def take_out(self, cells: Iterable[etree._Element]) -> list[tuple[etree._Element, str]]:
        """For the cells read whole as answers: what was in them (each cell once a kind),
        hidden and struck-through runs now left out of them."""
        taken = set(cells)
        found: list[tuple[etree._Element, str]] = []
        if not taken:
            return found
        for element, what, is_run in self.loose:
            if self.rows_dropped and _top(element) is not self.root:
                continue
            cell = ancestor(element, _TC)
            if cell is None or cell not in taken:
                continue
            if is_run:
                _drop(element)
            if (cell, what) not in found:
                found.append((cell, what))
        return found


def _top(element: etree._Element) -> etree._Element:
    """The outermost ancestor (lxml keeps a removed element in its document: getroottree()
    would still give the document's root)."""
    top = element
    for top in element.iterancestors():  # noqa: B007 (the last one is the top)
        pass
    return top


def settle(root: etree._Element) -> Settled:
    """Accept tracked changes, leave out text the reader cannot see (hidden) or that is struck
    through in an answer, and set text boxes into their paragraphs, in place (one pass over
    the tree in C finds what there is; an ordinary form has only the hidden IDs of its
    cards, which cost a look each)."""
    settled = Settled(root)
    found = list(root.iter(*_SETTLE))
    if not found:
        return settled
    boxes: list[etree._Element] = []
    for element in found:
        tag = element.tag
        if tag in _FORMATS:
            _formatted_out(element, HIDDEN if tag == _VANISH else STRUCK, settled)
        elif tag == _TXBX:
            boxes.append(element)
        elif tag in (_INS, _MOVE_TO):
            settled.note(element, TRACKED)
        elif tag == _FALLBACK:
            if any(True for _ in element.itersiblings(_CHOICE, preceding=True)) and _has_text(
                    element.getparent(), skip=element):
                _drop(element)
        elif tag == _CELL_DEL:
            cell = element.getparent()
            if cell is not None and cell.tag == _TCPR:
                _drop(cell.getparent())
                settled.rows_dropped = True
        elif tag == _DEL:
            holder = element.getparent()
            if holder is None:
                continue
            if holder.tag == _TRPR:
                _drop(holder.getparent())  # a deleted table row, and all it holds
                settled.rows_dropped = True
            elif holder.tag != _RPR:  # (a deleted paragraph mark only joins two paragraphs)
                settled.note(element, TRACKED)
                _drop(element)
        else:  # moveFrom: the text now stands where it was moved to
            settled.note(element, TRACKED)
            _drop(element)
    for box in boxes:
        _set_into_paragraph(box)
    return settled


def _outermost_control(element: etree._Element) -> etree._Element | None:
    """The outermost content control whose content ``element`` is in, if any."""
    found = None
    for up in element.iterancestors(_SDT_CONTENT_TAG):
        found = up.getparent()
    return found


def _formatted_out(mark: etree._Element, what: str, settled: Settled) -> None:
    """A run formatted hidden or struck through: inside an answer's control, left out and
    noted; elsewhere kept loose (the card's hidden ID is one)."""
    if (mark.get(_VAL) or "true").lower() in ("0", "false", "off"):
        return
    props = mark.getparent()
    run = props.getparent() if props is not None and props.tag == _RPR else None
    if run is None or run.tag != _R:
        return
    if next(run.iterancestors(_SDT_CONTENT_TAG), None) is None:
        settled.loose.append((run, what, True))
        return
    if settled.rows_dropped and _top(run) is not settled.root:
        return
    control = _outermost_control(run)
    if control is not None and (control, what) not in settled.marked:
        settled.marked.append((control, what))
    _drop(run)


def _drop(element: etree._Element | None) -> None:
    if element is None:
        return
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _has_text(alternate: etree._Element | None, skip: etree._Element) -> bool:
    """Whether an alternate-content block holds a text box outside ``skip`` (its fallback)."""
    if alternate is None:
        return False
    return any(ancestor(box, _FALLBACK) is not skip for box in alternate.iter(_TXBX))


def _set_into_paragraph(box: etree._Element) -> None:
    """Replace the run holding a text box with its lines, each after a line break."""
    if box.getparent() is None or ancestor(box, _TXBX) is not None:
        return  # dropped with a fallback, or inside another box (read with that one)
    run = ancestor(box, _R)
    if run is None or run.getparent() is None:
        return
    lines = [paragraph_text(p) for p in box.iter(_P)]
    new = etree.Element(_R)
    for line in lines:
        etree.SubElement(new, _BR)
        text = etree.SubElement(new, _T)
        text.text = line
        text.set(_SPACE, "preserve")
    etree.SubElement(new, _BR)
    parent = run.getparent()
    assert parent is not None
    parent.replace(run, new)


def clean_paragraph(text: str) -> str:
    """A paragraph's text as compared between a blank form and a returned one: spaces of every
    kind as one, none at the ends."""
    return " ".join(text.split())


def outside_paragraphs(root: etree._Element,
                       taken: Iterable[etree._Element] = ()) -> Iterator[
                           tuple[etree._Element, str]]:
    """Each paragraph under ``root`` that is not inside a content control (nor inside one of
    ``taken``, elements whose whole text was read as an answer), with the text it shows outside
    the controls in it; paragraphs showing nothing there are left out."""
    skip = set(taken)
    for p in root.iter(_P):
        if _inside(p, skip):
            continue
        if next(p.iter(_SDT), None) is None:
            text = clean_paragraph(paragraph_text(p))
        else:
            text = clean_paragraph(_text_outside_controls(p))
        if text:
            yield p, text


def _inside(p: etree._Element, skip: set[etree._Element]) -> bool:
    return any(up.tag == _SDT or up in skip for up in p.iterancestors())


def _text_outside_controls(p: etree._Element) -> str:
    """A paragraph's text without what its inline controls show."""
    copy = etree.fromstring(etree.tostring(p))
    for sdt in list(copy.iter(_SDT)):
        if ancestor(sdt, _SDT) is None:
            _drop(sdt)
    return paragraph_text(copy)


# Where a control stands, in ``marked_paragraphs``: a character of Unicode's private use area,
# which no text of a form holds (and which, unlike the ASCII separators, is no white space).
CONTROL = "\ue01f"


def marked_paragraphs(root: etree._Element) -> Iterator[str]:
    """The text outside the controls under ``root``, paragraph by paragraph as
    ``outside_paragraphs`` gives it, with ``CONTROL`` where each outermost control stands (a
    paragraph of its own for a control around paragraphs; in its paragraph's text for one
    inside a paragraph)."""
    for element in root.iter(_P, _SDT):
        if element.tag == _SDT:
            if ancestor(element, _SDT) is None and ancestor(element, _P) is None:
                yield CONTROL  # a control around whole paragraphs
            continue
        if ancestor(element, _SDT) is not None:
            continue
        if next(element.iter(_SDT), None) is None:
            text = clean_paragraph(paragraph_text(element))
        else:
            copy = etree.fromstring(etree.tostring(element))
            for sdt in list(copy.iter(_SDT)):
                if ancestor(sdt, _SDT) is None:
                    mark = etree.Element(_R)
                    etree.SubElement(mark, _T).text = CONTROL
                    parent = sdt.getparent()
                    assert parent is not None
                    parent.replace(sdt, mark)
            text = clean_paragraph(paragraph_text(copy))
        if text:
            yield text


_SPACES = b" \t\n\r\x0b\x0c"
_NBSP = "\u00a0".encode()
_BULLET = "•".encode()


def squeezed(text: str | bytes) -> bytes:
    """Text as UTF-8 with no spaces (nor no-break spaces) and no list bullets, which a reader
    adds: what the quick comparison of a returned form with its blank form compares (bytes
    operations, all in C)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return data.replace(_NBSP, b"").replace(_BULLET, b"").translate(None, _SPACES)


def all_text(root: etree._Element) -> bytes:
    """Every character of text under ``root``, in document order, squeezed: the text of the
    controls and around them, field codes too (lxml's serializer, in C)."""
    return squeezed(etree.tostring(root, method="text", encoding="utf-8"))


def text_outside_controls(root: etree._Element) -> str:
    """All text outside content controls, with no spaces at all: the quick check of whether a
    returned body shows anything its blank form did not."""
    texts: list[str] = []
    skip = 0  # text elements still to come inside the control being passed over
    for element in root.iter(_T, _SDT_CONTENT):
        if element.tag == _SDT_CONTENT:
            if not skip:  # (a control inside another is passed over with it)
                skip = sum(1 for _ in element.iter(_T))
        elif skip:
            skip -= 1
        else:
            texts.append(element.text or "")
    return "".join("".join(texts).split())
