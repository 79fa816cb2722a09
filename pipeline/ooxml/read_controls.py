"""Reading content controls back, whoever wrote them.

Word writes controls by the book. LibreOffice 7.4 drops tags and placeholder flags, writes the
checkbox state as ``w14:checked w:val`` (wrong namespace), turns combo boxes into drop-downs and
cell- or paragraph-level controls into inline ones, and wraps the checkboxes of a table cell in an
extra untyped control (carrying the first checkbox's title): ``field_controls`` looks through such
a wrapper to the checkboxes in it. This module reports what each control is and
holds, tolerant of all of that; what the control *means* is for the caller to decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from pipeline.ooxml.controls import CHECKED, UNCHECKED
from pipeline.ooxml.ns import W14, W15, W
from pipeline.ooxml.text import content_text
from pipeline.ooxml.tree import ancestor

_SDT = f"{{{W}}}sdt"
_SDTPR = f"{{{W}}}sdtPr"
_SDTCONTENT = f"{{{W}}}sdtContent"
_T = f"{{{W}}}t"
_TAG = f"{{{W}}}tag"
_ALIAS = f"{{{W}}}alias"
_PLACEHOLDER = f"{{{W}}}showingPlcHdr"
_WVAL = f"{{{W}}}val"
_KINDS = {
    f"{{{W}}}dropDownList": "dropdown",
    f"{{{W}}}comboBox": "dropdown",
    f"{{{W}}}date": "date",
    f"{{{W}}}text": "plain",
    f"{{{W}}}richText": "rich",
    f"{{{W}}}picture": "picture",
    f"{{{W}}}docPartObj": "docpart",
    f"{{{W}}}docPartList": "docpart",
    f"{{{W}}}group": "group",
    f"{{{W}}}citation": "other",
    f"{{{W}}}bibliography": "other",
    f"{{{W}}}equation": "other",
    f"{{{W14}}}checkbox": "checkbox",
    f"{{{W15}}}repeatingSection": "repeating",
    f"{{{W15}}}repeatingSectionItem": "repeating-item",
}
_TRUE = {"1", "true", "on"}


def _any_val(element: etree._Element) -> str | None:
    """An attribute called 'val' in whichever namespace the writer used."""
    for key, value in element.attrib.items():
        if str(key).rsplit("}", 1)[-1] == "val":
            return str(value)
    return None


class Control:
    """One w:sdt, and what it says about itself. Its properties are read in one pass over
    w:sdtPr: a returned folder of 10,000 forms holds about a million controls."""

    __slots__ = ("_kind", "_text", "alias", "content", "element", "props",
                 "showing_placeholder", "tag", "type_element")

    element: etree._Element
    props: etree._Element
    content: etree._Element
    tag: str
    alias: str
    showing_placeholder: bool
    type_element: etree._Element | None
    _kind: str | None
    _text: str | None

    def __init__(self, element: etree._Element) -> None:
        self.refresh(element)

    def refresh(self, element: etree._Element | None = None) -> None:
        """Read the control again (after it was changed, as fill.py does)."""
        element = self.element if element is None else element
        self.element = element
        self.tag = self.alias = ""
        self.showing_placeholder = False
        self.type_element = None
        self._kind = None
        self._text = None
        props = content = None
        for child in element:
            name = child.tag
            if name == _SDTPR:
                props = child
            elif name == _SDTCONTENT:
                content = child
        self.props = props if props is not None else etree.Element(_SDTPR)
        self.content = content if content is not None else etree.Element(_SDTCONTENT)
        for child in self.props:
            name = child.tag
            if name == _TAG:
                self.tag = child.get(_WVAL) or ""
            elif name == _ALIAS:
                self.alias = child.get(_WVAL) or ""
            elif name == _PLACEHOLDER:
                self.showing_placeholder = (child.get(_WVAL) or "true").lower() in _TRUE
            elif self._kind is None and name in _KINDS:
                self._kind = _KINDS[name]
                self.type_element = child

    @property
    def kind(self) -> str:
        if self._kind is None:
            texts = list(self.content.iterdescendants(_T))
            if len(texts) == 1 and (texts[0].text or "").strip() in (CHECKED, UNCHECKED):
                self._kind = "checkbox"  # LibreOffice turns a paragraph-level checkbox into this
            else:
                self._kind = "rich"
        return self._kind

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = content_text(self.content)
        return self._text

    @property
    def items(self) -> list[tuple[str, str]]:
        """(display text, value) of each item of a drop-down or combo box."""
        if self.kind != "dropdown" or self.type_element is None:
            return []
        return [(i.get(f"{{{W}}}displayText") or i.get(f"{{{W}}}value") or "",
                 i.get(f"{{{W}}}value") or "")
                for i in self.type_element.findall(f"{{{W}}}listItem")]

    @property
    def last_value(self) -> str:
        if self.kind != "dropdown" or self.type_element is None:
            return ""
        return self.type_element.get(f"{{{W}}}lastValue") or ""

    @property
    def full_date(self) -> str:
        if self.kind != "date" or self.type_element is None:
            return ""
        return self.type_element.get(f"{{{W}}}fullDate") or ""

    @property
    def checked(self) -> bool | None:
        if self.kind != "checkbox":
            return None
        box = self.type_element
        if box is not None:
            for child in box:
                if isinstance(child.tag, str) and child.tag.endswith("}checked"):
                    return (_any_val(child) or "0").lower() in _TRUE
            return False
        glyph = self.text.strip()
        if glyph == CHECKED:
            return True
        if glyph == UNCHECKED:
            return False
        return None

    @property
    def is_block(self) -> bool:
        return any(isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] in ("p", "tbl", "tr", "tc")
                   for c in self.content)


def iter_controls(root: etree._Element) -> Iterator[Control]:
    """Every content control under ``root`` in document order, nested ones included."""
    for element in root.iter(_SDT):
        yield Control(element)


def is_checkbox_group(control: Control) -> bool:
    """Whether the control only wraps checkboxes (as a LibreOffice save wraps those of a cell):
    it holds no answer of its own."""
    if control.type_element is not None:
        return False
    nested = [Control(e) for e in control.content.iter(_SDT)]
    return bool(nested) and all(c.kind == "checkbox" for c in nested)


def field_controls(root: etree._Element) -> Iterator[Control]:
    """The controls that can each hold one answer, in document order: the outermost ones, and
    the checkboxes inside a checkbox group (never the group itself)."""
    groups: set[etree._Element] = set()
    for control in iter_controls(root):
        element = control.element
        inside = ancestor(element, _SDT)
        if inside is not None and inside not in groups:
            continue  # part of another control's answer
        if is_checkbox_group(control):
            groups.add(element)
            continue
        yield control
