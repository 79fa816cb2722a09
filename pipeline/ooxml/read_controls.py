"""Reading content controls back, whoever wrote them.

Word writes controls by the book. LibreOffice 7.4 drops tags and placeholder flags, writes the
checkbox state as ``w14:checked w:val`` (wrong namespace), turns combo boxes into drop-downs and
cell- or paragraph-level controls into inline ones. This module reports what each control is and
holds, tolerant of all of that; what the control *means* is for the caller to decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from pipeline.ooxml.controls import CHECKED, UNCHECKED
from pipeline.ooxml.ns import W14, W15, W
from pipeline.ooxml.text import content_text

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
    """One w:sdt, and what it says about itself. (Attributes are looked up once: a returned
    folder of 10,000 forms holds about a million of them.)"""

    __slots__ = ("_kind", "_text", "content", "element", "props")

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        props = element.find(_SDTPR)
        self.props = props if props is not None else etree.Element(_SDTPR)
        content = element.find(_SDTCONTENT)
        self.content = content if content is not None else etree.Element(_SDTCONTENT)
        self._kind: str | None = None
        self._text: str | None = None

    def _prop(self, tag: str) -> str:
        found = self.props.find(tag)
        return (found.get(_WVAL) or "") if found is not None else ""

    @property
    def tag(self) -> str:
        return self._prop(_TAG)

    @property
    def alias(self) -> str:
        return self._prop(_ALIAS)

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = self._find_kind()
        return self._kind

    def _find_kind(self) -> str:
        for child in self.props:
            kind = _KINDS.get(child.tag) if isinstance(child.tag, str) else None
            if kind:
                return kind
        texts = self.content.findall(f".//{_T}")
        if len(texts) == 1 and (texts[0].text or "").strip() in (CHECKED, UNCHECKED):
            return "checkbox"  # LibreOffice turns a paragraph-level checkbox into this
        return "rich"

    @property
    def showing_placeholder(self) -> bool:
        found = self.props.find(_PLACEHOLDER)
        return found is not None and (found.get(_WVAL) or "true").lower() in _TRUE

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = content_text(self.content)
        return self._text

    @property
    def items(self) -> list[tuple[str, str]]:
        """(display text, value) of each item of a drop-down or combo box."""
        for name in ("dropDownList", "comboBox"):
            lst = self.props.find(f"{{{W}}}{name}")
            if lst is not None:
                return [(i.get(f"{{{W}}}displayText") or i.get(f"{{{W}}}value") or "",
                         i.get(f"{{{W}}}value") or "")
                        for i in lst.findall(f"{{{W}}}listItem")]
        return []

    @property
    def last_value(self) -> str:
        for name in ("dropDownList", "comboBox"):
            lst = self.props.find(f"{{{W}}}{name}")
            if lst is not None:
                return lst.get(f"{{{W}}}lastValue") or ""
        return ""

    @property
    def full_date(self) -> str:
        date = self.props.find(f"{{{W}}}date")
        return (date.get(f"{{{W}}}fullDate") or "") if date is not None else ""

    @property
    def checked(self) -> bool | None:
        if self.kind != "checkbox":
            return None
        box = self.props.find(f"{{{W14}}}checkbox")
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
