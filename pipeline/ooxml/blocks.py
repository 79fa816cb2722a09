"""A Word document as the blocks a reader meets from top to bottom: paragraphs (their text) and
tables (rows of cell texts), for a plain preview where no office program can draw the page.

Block-level content controls are looked into; text is what ``text.py`` reads a reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from pipeline.ooxml.ns import W
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.text import block_text, paragraph_text
from pipeline.ooxml.tree import ancestor, first

_P, _TBL, _TR, _TC = (f"{{{W}}}{name}" for name in ("p", "tbl", "tr", "tc"))
_SDT, _CONTENT, _BODY = f"{{{W}}}sdt", f"{{{W}}}sdtContent", f"{{{W}}}body"


@dataclass(frozen=True)
class Block:
    """A paragraph (``text``) or a table (``rows`` of cell texts)."""

    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def is_table(self) -> bool:
        return bool(self.rows)


def read_blocks(data: bytes) -> list[Block]:
    """The blocks of a .docx's body, in order."""
    with SafeZip(data) as package:
        root = package.xml("word/document.xml")
    body = first(root, _BODY)
    return list(_blocks(body)) if body is not None else []


def _blocks(element: etree._Element) -> list[Block]:
    out: list[Block] = []
    for node in element:
        if node.tag == _P:
            out.append(Block(paragraph_text(node)))
        elif node.tag == _TBL:
            out.append(Block(rows=tuple(
                tuple(block_text(tc) for tc in tr.iter(_TC) if ancestor(tc, _TBL) is node)
                for tr in node.iter(_TR) if ancestor(tr, _TBL) is node)))
        elif node.tag == _SDT:
            content = first(node, _CONTENT)
            if content is not None:
                out += _blocks(content)
    return out
