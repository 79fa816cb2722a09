"""A block of WordprocessingML built once, whose marked texts change per use.

Personal parts of a form (the identity table, say) are the same but for a few texts: building
them with lxml for every one of 50,000 employees would cost more than everything else together.
A stencil keeps the built elements and the w:t of each slot; each use sets those texts (lxml
escapes them) and serialises.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from pipeline.ooxml.ns import XML, qn
from pipeline.ooxml.xml import tostring

_T = qn("w:t")
_R = qn("w:r")
_SPACE = f"{{{XML}}}space"


class Stencil:
    def __init__(self) -> None:
        self._parts: list[etree._Element | str] = []
        self._slots: dict[str, etree._Element] = {}

    def add(self, element: etree._Element) -> None:
        self._parts.append(element)

    def add_xml(self, xml: str) -> None:
        self._parts.append(xml)

    def slot(self, name: str, paragraph: etree._Element) -> etree._Element:
        """Mark the paragraph's text as the slot ``name`` (the paragraph gets one run)."""
        run = paragraph.find(_R)
        if run is None:
            run = etree.SubElement(paragraph, _R)
        for old in run.findall(_T):
            run.remove(old)
        self._slots[name] = etree.SubElement(run, _T)
        return paragraph

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(self._slots)

    def render(self, values: Mapping[str, str]) -> str:
        for name, t in self._slots.items():
            text = values[name]
            t.text = text
            if text != text.strip():
                t.set(_SPACE, "preserve")
            elif _SPACE in t.attrib:
                del t.attrib[_SPACE]
        return "".join(p if isinstance(p, str) else tostring(p) for p in self._parts)
