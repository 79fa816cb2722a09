"""The Word template (templates/form.docx): HR's styles, page setup, header and footer.

It is read once per run. Everything but the body is copied into every form unchanged (compressed
once); the body's section properties (page size, margins, header and footer references) close each
form's body. The document language is set in the styles' defaults, so Word spell-checks in Danish
or English.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from pipeline.errors import TemplateError
from pipeline.ooxml.ns import MC, W14, W, qn
from pipeline.ooxml.package import Part, compress
from pipeline.ooxml.parser import SafeZip, UnsafeFile
from pipeline.ooxml.props import CORE_PART, CUSTOM_PART, register_custom_props
from pipeline.workspace import template_path

DOCUMENT_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"
SETTINGS_PART = "word/settings.xml"
PERSONAL_PARTS = {DOCUMENT_PART, CORE_PART, CUSTOM_PART}
# The styles forms use, by the name Word shows (an id may differ, e.g. "Overskrift1" in a
# template saved by Danish Word); the key is the id in the standard template.
STYLE_NAMES = {"MUSQuestion": "MUS Question", "MUSHelp": "MUS Help", "MUSAnswer": "MUS Answer",
               "MUSLabel": "MUS Label", "MUSId": "MUS Id", "MUSIntro": "MUS Intro",
               "PlaceholderText": "Placeholder Text", "Title": "Title", "Subtitle": "Subtitle",
               "Heading1": "heading 1", "Heading2": "heading 2", "MUSTable": "MUS Table"}


@dataclass(frozen=True)
class FormTemplate:
    path: Path
    static: tuple[Part, ...]  # every part but the personal ones, compressed, in template order
    document_open: str  # XML declaration, <w:document …><w:body>
    document_close: str  # the section properties, </w:body></w:document>
    styles: dict[str, str]  # STYLE_NAMES key → the style id in this template

    def parts(self, document: bytes, core: bytes, custom: bytes) -> list[Part]:
        # Level 3: a third of the time of the default level for 25% more bytes (profiled).
        return [*self.static, compress(DOCUMENT_PART, document, 3),
                compress(CORE_PART, core, 3), compress(CUSTOM_PART, custom, 3)]


def template_file(templates_dir: Path | None, lang: str) -> Path:
    if lang != "da":
        localised = template_path(templates_dir, f"form-{lang}.docx")
        if localised.exists():
            return localised
    return template_path(templates_dir, "form.docx")


def load_template(path: Path, word_lang: str) -> FormTemplate:
    try:
        with SafeZip(path) as package:
            names = package.names()
            parts = {name: package.read(name) for name in names}
            document = package.xml(DOCUMENT_PART)
    except (UnsafeFile, KeyError) as err:
        raise TemplateError(
            f"The form template {path} is not a Word document that can be read. Open it in Word "
            "and save it as a Word Document (.docx), or delete it to use the standard one."
        ) from err
    styles = _style_ids(path, parts.get(STYLES_PART, b""))
    parts[STYLES_PART] = _with_language(parts[STYLES_PART], word_lang)
    if SETTINGS_PART in parts:
        parts[SETTINGS_PART] = _with_zoom_percent(parts[SETTINGS_PART])
    parts["[Content_Types].xml"], parts["_rels/.rels"] = register_custom_props(
        parts["[Content_Types].xml"], parts["_rels/.rels"])
    static = tuple(compress(name, parts[name], 9) for name in names
                   if name not in PERSONAL_PARTS)
    body = document.find(qn("w:body"))
    sect = body.find(qn("w:sectPr")) if body is not None else None
    sect_xml = etree.tostring(sect, encoding="unicode") if sect is not None else ""
    opening = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:w14="{W14}" xmlns:mc="{MC}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'mc:Ignorable="w14"><w:body>'
    )
    return FormTemplate(path, static, opening, sect_xml + "</w:body></w:document>", styles)


def _style_ids(path: Path, styles: bytes) -> dict[str, str]:
    try:
        root = etree.parse(io.BytesIO(styles)).getroot()
    except etree.XMLSyntaxError as err:
        raise TemplateError(f"The styles of the form template {path} cannot be read.") from err
    by_name = {}
    for style in root.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            by_name[(name.get(qn("w:val")) or "").casefold()] = style.get(qn("w:styleId")) or ""
    found = {key: by_name.get(name.casefold(), "") for key, name in STYLE_NAMES.items()}
    missing = [STYLE_NAMES[key] for key, sid in found.items() if not sid]
    if missing:
        raise TemplateError(
            f"The form template {path} lacks the styles {', '.join(missing)}. Start from the "
            "standard template (run `mus init` in a new folder) and restyle it in Word rather "
            "than deleting or renaming styles."
        )
    return found


def _with_language(styles: bytes, word_lang: str) -> bytes:
    root = etree.parse(io.BytesIO(styles)).getroot()
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.SubElement(root, qn("w:docDefaults"))
        root.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.SubElement(defaults, qn("w:rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:val"), word_lang)
    lang.set(qn("w:eastAsia"), word_lang)
    lang.set(qn("w:bidi"), "ar-SA")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _with_zoom_percent(settings: bytes) -> bytes:
    """w:zoom must carry w:percent (Word refuses the document otherwise); templates written by
    older versions of mus lack it."""
    root = etree.parse(io.BytesIO(settings)).getroot()
    zoom = root.find(qn("w:zoom"))
    if zoom is None or zoom.get(qn("w:percent")) is not None:
        return settings
    zoom.set(qn("w:percent"), "100")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
