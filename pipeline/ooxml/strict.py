"""Word's "Strict Open XML Document" read as the ordinary (transitional) format it mirrors.

Word offers Strict as a choice in Save As. Its parts hold the same elements under other
namespace names (ISO/IEC 29500-1 §A: http://purl.oclc.org/ooxml/… for
http://schemas.openxmlformats.org/…); what mus reads of them means the same. A part written
in Strict has its element and attribute names renamed once, as it is read; any other part is
left as it is (one look at its root).
"""

from __future__ import annotations

from lxml import etree

_STRICT = "http://purl.oclc.org/ooxml/"
TRANSITIONAL = {
    "http://purl.oclc.org/ooxml/wordprocessingml/main":
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/officeDocument/relationships":
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/customProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties":
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes":
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "http://purl.oclc.org/ooxml/officeDocument/math":
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/sharedTypes":
        "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    "http://purl.oclc.org/ooxml/drawingml/main":
        "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "http://purl.oclc.org/ooxml/drawingml/picture":
        "http://schemas.openxmlformats.org/drawingml/2006/picture",
}


def is_strict(root: etree._Element) -> bool:
    return isinstance(root.tag, str) and root.tag.startswith("{" + _STRICT)


def transitional(root: etree._Element) -> etree._Element:
    """The part with Strict names as transitional ones (in place); any other part unchanged.
    A Strict part also writes on/off values as true/false, which mus reads either way."""
    if not is_strict(root):
        return root
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag.startswith("{" + _STRICT):
            element.tag = _renamed(tag)
        for name in [str(n) for n in element.attrib if str(n).startswith("{" + _STRICT)]:
            element.set(_renamed(name), element.attrib.pop(name))
    return root


def _renamed(name: str) -> str:
    uri, _, local = name[1:].partition("}")
    return "{" + TRANSITIONAL.get(uri, uri) + "}" + local
