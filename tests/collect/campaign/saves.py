"""Whole-file saves Word offers: Strict Open XML, Word XML (Flat OPC), and the Document
Inspector's removal of document properties."""

from __future__ import annotations

import base64
import re

from lxml import etree

from tests.collect.campaign.wordml import Package

STRICT = [
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
     "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
     "http://purl.oclc.org/ooxml/officeDocument/customProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main",
     "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/math",
     "http://purl.oclc.org/ooxml/officeDocument/math"),
]
FLAT = "http://schemas.microsoft.com/office/2006/xmlPackage"


def to_strict(data: bytes) -> bytes:
    """File > Save As > Strict Open XML Document: the same parts in the ISO strict namespaces,
    w:conformance="strict" on the document. (Namespace URIs are swapped in the text, as they
    are the same strings wherever they occur.)"""
    package = Package(data)
    for name, part in list(package.parts):
        if not name.endswith((".xml", ".rels")):
            continue
        text = part.decode("utf-8")
        for old, new in STRICT:
            text = text.replace(old, new)
        if name == "word/document.xml":
            text = re.sub(r"<w:document ", '<w:document w:conformance="strict" ', text, count=1)
        package.set(name, text.encode("utf-8"))
    return package.data()


def to_flat_opc(data: bytes) -> bytes:
    """File > Save As > Word XML Document (*.xml): Flat OPC, every part in one pkg:package."""
    package = Package(data)
    types = package.xml("[Content_Types].xml")
    defaults = {e.get("Extension"): e.get("ContentType") for e in types if e.get("Extension")}
    overrides = {e.get("PartName"): e.get("ContentType") for e in types if e.get("PartName")}
    root = etree.Element(f"{{{FLAT}}}package", nsmap={"pkg": FLAT})
    order = sorted((n for n, _ in package.parts if n != "[Content_Types].xml"),
                   key=lambda n: (not n.endswith(".rels"), n != "word/document.xml", n))
    for name in order:
        part_data = package.get(name)
        part = etree.SubElement(root, f"{{{FLAT}}}part")
        part.set(f"{{{FLAT}}}name", "/" + name)
        part.set(f"{{{FLAT}}}contentType", overrides.get("/" + name)
                 or defaults.get(name.rsplit(".", 1)[-1]) or "")
        if name.endswith(".rels"):
            part.set(f"{{{FLAT}}}padding", "512")
        if name.endswith((".xml", ".rels")):
            etree.SubElement(part, f"{{{FLAT}}}xmlData").append(etree.fromstring(part_data))
        else:
            part.set(f"{{{FLAT}}}compression", "store")
            etree.SubElement(part, f"{{{FLAT}}}binaryData").text = base64.b64encode(
                part_data).decode()
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            b'<?mso-application progid="Word.Document"?>\r\n'
            + etree.tostring(root, encoding="UTF-8"))


def drop_custom_props(data: bytes) -> bytes:
    """Inspect Document > Document Properties and Personal Information: the custom properties
    (and their relationship and content type) removed."""
    package = Package(data)
    package.remove("docProps/custom.xml")
    rels = package.xml("_rels/.rels")
    for r in list(rels):
        if r.get("Target", "").endswith("custom.xml"):
            rels.remove(r)
    package.set_xml("_rels/.rels", rels)
    types = package.xml("[Content_Types].xml")
    for o in list(types):
        if o.get("PartName") == "/docProps/custom.xml":
            types.remove(o)
    package.set_xml("[Content_Types].xml", types)
    return package.data()

