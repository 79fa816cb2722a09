"""Word's single-file XML formats, told apart and (for Flat OPC) read like a .docx.

Word saves "Word XML Document" (.xml) as Flat OPC: the parts of a .docx in one XML file, each a
``pkg:part`` with its XML inline or its bytes in Base64. It holds exactly what the .docx would,
so it is read as one (``FlatPackage`` answers what ``SafeZip`` answers). The older "Word 2003 XML
Document" is another vocabulary altogether: it is named for what it is, with what to do.
"""

from __future__ import annotations

import base64
import binascii

from lxml import etree

from pipeline.ooxml.parser import MAX_PART, UnsafeFile, parse_xml
from pipeline.ooxml.strict import transitional

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
WORD_2003 = b"http://schemas.microsoft.com/office/word/2003/wordml"


def xml_kind(data: bytes) -> str | None:
    """'flat-opc', 'word-2003-xml' or None, from the start of a file's bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None
    if PKG.encode("ascii") in head:
        return "flat-opc"
    if WORD_2003 in head:
        return "word-2003-xml"
    return None


class FlatPackage:
    """The parts of a Flat OPC file, read as a zip's would be (same limits, same parser)."""

    def __init__(self, data: bytes) -> None:
        root = parse_xml(data, "the XML file")
        if root.tag != f"{{{PKG}}}package":
            raise UnsafeFile("not a Word XML package")
        self._parts: dict[str, etree._Element] = {}
        for part in root.iterchildren(f"{{{PKG}}}part"):
            name = (part.get(f"{{{PKG}}}name") or "").lstrip("/")
            if name in self._parts:
                raise UnsafeFile(f"two parts are both called {name[:60]}")
            self._parts[name] = part

    def __enter__(self) -> FlatPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def names(self) -> list[str]:
        return list(self._parts)

    def has(self, name: str) -> bool:
        return name in self._parts

    def read(self, name: str, limit: int = MAX_PART) -> bytes:
        part = self._parts[name]
        inline = next(part.iterchildren(f"{{{PKG}}}xmlData"), None)
        if inline is not None and len(inline):
            data = etree.tostring(inline[0], encoding="utf-8")
        else:
            binary = next(part.iterchildren(f"{{{PKG}}}binaryData"), None)
            try:
                data = base64.b64decode("".join((binary.text or "").split())
                                        if binary is not None else "")
            except (binascii.Error, ValueError) as err:
                raise UnsafeFile(f"{name[:60]} cannot be read (damaged)") from err
        if len(data) > limit:
            raise UnsafeFile(f"{name[:60]} is larger than {limit // (1024 * 1024)} MB")
        return data

    def xml(self, name: str) -> etree._Element:
        return transitional(parse_xml(self.read(name), name))
