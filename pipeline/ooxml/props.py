"""Document properties: custom properties (where a form keeps its identity; Word and LibreOffice
both keep them on save) and the core properties' times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from pipeline.ooxml.ns import CP, CT, CUSTOM, CUSTOM_PROPS_REL, CUSTOM_PROPS_TYPE, DCTERMS, PKG_REL
from pipeline.ooxml.parser import Parts, UnsafeFile

FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
CUSTOM_PART = "docProps/custom.xml"
CORE_PART = "docProps/core.xml"


def custom_props_xml(props: Mapping[str, str]) -> bytes:
    items = [
        f'<property fmtid="{FMTID}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.items(), start=2)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CUSTOM}" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        + "".join(items) + "</Properties>"
    ).encode("utf-8")


def read_custom_props(package: Parts) -> dict[str, str]:
    if not package.has(CUSTOM_PART):
        return {}
    root = package.xml(CUSTOM_PART)
    props = {}
    for prop in root.iter(f"{{{CUSTOM}}}property"):
        name = prop.get("name")
        if name and len(prop):
            props[name] = "".join(str(t) for t in prop[0].itertext())
    return props


def _w3cdtf(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def core_props_xml(title: str, creator: str, created: dt.datetime, language: str) -> bytes:
    stamp = _w3cdtf(created)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<cp:coreProperties xmlns:cp="{CP}" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:dcterms="{DCTERMS}" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
        f"<dc:language>{escape(language)}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode()


def read_modified(package: Parts) -> dt.datetime | None:
    """When the document says it was last saved (Word and LibreOffice set it on every save)."""
    if not package.has(CORE_PART):
        return None
    try:
        root = package.xml(CORE_PART)
    except UnsafeFile:
        return None
    found = root.find(f"{{{DCTERMS}}}modified")
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        return None
    text = text.replace("Z", "+00:00")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def register_custom_props(content_types: bytes, package_rels: bytes) -> tuple[bytes, bytes]:
    """Make [Content_Types].xml and _rels/.rels name docProps/custom.xml (if they do not yet)."""
    ct = etree.fromstring(content_types)
    if not any(o.get("PartName") == "/" + CUSTOM_PART for o in ct.iter(f"{{{CT}}}Override")):
        etree.SubElement(ct, f"{{{CT}}}Override", PartName="/" + CUSTOM_PART,
                         ContentType=CUSTOM_PROPS_TYPE)
    rels = etree.fromstring(package_rels)
    existing = list(rels.iter(f"{{{PKG_REL}}}Relationship"))
    if not any(r.get("Type") == CUSTOM_PROPS_REL for r in existing):
        ids = {r.get("Id") for r in existing}
        n = 1
        while f"rIdMus{n}" in ids:
            n += 1
        etree.SubElement(rels, f"{{{PKG_REL}}}Relationship", Id=f"rIdMus{n}",
                         Type=CUSTOM_PROPS_REL, Target=CUSTOM_PART)
    return (etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True),
            etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True))


def set_modified(core: bytes, moment: dt.datetime) -> bytes:
    root = etree.fromstring(core)
    found = root.find(f"{{{DCTERMS}}}modified")
    if found is None:
        found = etree.SubElement(root, f"{{{DCTERMS}}}modified")
        found.set("{http://www.w3.org/2001/XMLSchema-instance}type", "dcterms:W3CDTF")
    found.text = _w3cdtf(moment)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
