"""A template's text as Word paragraphs: blank lines separate paragraphs, <b> and <i> mark bold
and italic. The text arrives XML-escaped from Jinja, so spreadsheet values can never add markup."""

from __future__ import annotations

import re

from lxml import etree

from pipeline.errors import TemplateError
from pipeline.ooxml.parser import UnsafeFile, parse_xml
from pipeline.ooxml.xml import paragraph, rpr, run

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"[ \t\r\n]+")
ALLOWED = {"b": "bold", "i": "italic"}


def to_paragraphs(markup: str, style: str, name: str) -> list[etree._Element]:
    try:
        root = parse_xml(f"<text>{markup.strip()}</text>".encode())
    except UnsafeFile as err:
        raise TemplateError(
            f"The template {name} has markup that cannot be read: use only <b>…</b> and "
            "<i>…</i>, each closed, and write & as &amp;."
        ) from err
    segments: list[tuple[str, bool, bool]] = []
    _walk(root, False, False, segments, name)
    paragraphs: list[list[tuple[str, bool, bool]]] = [[]]
    for text, bold, italic in segments:
        for i, piece in enumerate(_PARAGRAPH_BREAK.split(text)):
            if i:
                paragraphs.append([])
            paragraphs[-1].append((piece, bold, italic))
    out = []
    for segs in paragraphs:
        runs = []
        for text, bold, italic in segs:
            text = _SPACES.sub(" ", text)
            if text:
                runs.append(run(text, rpr(bold=bold, italic=italic) if bold or italic else None))
        if runs:
            _strip_edges(runs)
            out.append(paragraph(*runs, style=style))
    return out


def _walk(element: etree._Element, bold: bool, italic: bool,
          out: list[tuple[str, bool, bool]], name: str) -> None:
    if element.text:
        out.append((element.text, bold, italic))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag not in ALLOWED:
            raise TemplateError(
                f"The template {name} uses <{tag}>; only <b> (bold) and <i> (italic) are allowed."
            )
        _walk(child, bold or tag == "b", italic or tag == "i", out, name)
        if child.tail:
            out.append((child.tail, bold, italic))


def _strip_edges(runs: list[etree._Element]) -> None:
    """No leading space at the start of a paragraph or trailing one at its end."""
    w_t = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    texts = [t for r in runs for t in r.iter(w_t)]
    if texts:
        texts[0].text = (texts[0].text or "").lstrip()
        texts[-1].text = (texts[-1].text or "").rstrip()
