"""What a blank form says around its fields, kept in the form itself.

mus wrote the blank form, so it knows every character that was there. Its text outside the
answer fields, paragraph by paragraph, goes into the form's properties (compressed; about 2 KB
for the sample question set), so that a returned form can be compared with what it was made as
(collect/accounting.py), however its layout was edited and whatever question set is current when
it comes back. A form is put together from fragments that most forms share (cards, headings,
the competence table), so each fragment's text is worked out once.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Sequence

from lxml import etree

from pipeline.ooxml.ns import PREFIXES
from pipeline.ooxml.visible import outside_paragraphs

_OPEN = ("<fragment " + " ".join(f'xmlns:{p}="{uri}"' for p, uri in PREFIXES.items())
         + ">").encode("ascii")
_CLOSE = b"</fragment>"


class BlankText:
    """The paragraphs outside the fields of body fragments, each fragment read once."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, ...]] = {}

    def of(self, xml: str) -> tuple[str, ...]:
        found = self._known.get(xml)
        if found is None:
            found = paragraphs(xml)
            if len(self._known) < 10_000:  # personal fragments are not worth keeping
                self._known[xml] = found
        return found

    def form(self, fragments: Sequence[str]) -> tuple[str, ...]:
        return tuple(text for xml in fragments for text in self.of(xml))


def paragraphs(xml: str) -> tuple[str, ...]:
    """The paragraphs outside the content controls of a piece of body XML (a document's body
    with the namespaces of the document's root)."""
    root = etree.fromstring(_OPEN + xml.encode("utf-8") + _CLOSE)
    return tuple(text for _, text in outside_paragraphs(root))


def pack(texts: Sequence[str]) -> str:
    """Paragraphs as one property value: compressed, then Base64 (no spaces an editor could
    trim, no characters a property cannot hold)."""
    data = "\n".join(texts).encode("utf-8")
    return base64.b64encode(zlib.compress(data, 9)).decode("ascii")


def unpack(value: str, limit: int = 1 << 22) -> tuple[str, ...] | None:
    """The paragraphs back; None for a value that is not one ``pack`` made (cut short, edited),
    or that would inflate beyond ``limit`` bytes."""
    try:
        packed = base64.b64decode(value.encode("ascii"), validate=True)
        inflate = zlib.decompressobj()
        data = inflate.decompress(packed, limit + 1)
        if len(data) > limit or not inflate.eof:
            return None
        text = data.decode("utf-8")
    except (ValueError, zlib.error, UnicodeError):
        return None
    return tuple(text.split("\n")) if text else ()
