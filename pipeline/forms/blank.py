"""What a blank form says around its fields, kept in the form itself.

mus wrote the blank form, so it knows every character that was there. Its text outside the
answer fields, paragraph by paragraph and with a mark where each field stands, goes into the
form's properties (compressed; about 2 KB
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
from pipeline.ooxml.visible import CONTROL, clean_paragraph, marked_paragraphs

_OPEN = ("<fragment " + " ".join(f'xmlns:{p}="{uri}"' for p, uri in PREFIXES.items())
         + ">").encode("ascii")
_CLOSE = b"</fragment>"


class BlankText:
    """The paragraphs outside the fields of body fragments, each fragment read once."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, ...]] = {}
        self._personal: dict[str, tuple[str, ...]] = {}

    def remember(self, xml: str, texts: tuple[str, ...]) -> None:
        """The paragraphs of a personal fragment, worked out without parsing it (used once)."""
        self._personal[xml] = texts

    def of(self, xml: str) -> tuple[str, ...]:
        personal = self._personal.pop(xml, None)
        if personal is not None:
            return personal
        found = self._known.get(xml)
        if found is None:
            found = paragraphs(xml)
            if len(self._known) < 10_000:  # personal fragments are not worth keeping
                self._known[xml] = found
        return found

    def form(self, fragments: Sequence[str]) -> BlankForm:
        return BlankForm.of([text for xml in fragments for text in self.of(xml)])


def paragraphs(xml: str) -> tuple[str, ...]:
    """The paragraphs outside the content controls of a piece of body XML (a document's body
    with the namespaces of the document's root), each control marked where it stands."""
    root = etree.fromstring(_OPEN + xml.encode("utf-8") + _CLOSE)
    return tuple(marked_paragraphs(root))


class BlankForm:
    """A blank form's text outside its fields, as a form keeps it: paragraphs, with ``CONTROL``
    where each field stands. Read back lazily: a returned form filled in Word is judged by its
    squeezed bytes alone."""

    __slots__ = ("_data", "_paragraphs")

    def __init__(self, data: bytes) -> None:
        self._data = data  # UTF-8, one entry a line
        self._paragraphs: tuple[str, ...] | None = None

    @classmethod
    def of(cls, entries: Sequence[str]) -> BlankForm:
        return cls("\n".join(entries).encode("utf-8"))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BlankForm) and other._data == self._data

    def __hash__(self) -> int:
        return hash(self._data)

    def __repr__(self) -> str:
        return f"BlankForm({len(self._data)} bytes)"

    @property
    def data(self) -> bytes:
        return self._data

    @property
    def entries(self) -> tuple[str, ...]:
        text = self._data.decode("utf-8")
        return tuple(text.split("\n")) if text else ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The paragraphs outside the fields, with the fields' marks taken out."""
        if self._paragraphs is None:
            out = []
            for entry in self.entries:
                text = clean_paragraph(entry.replace(CONTROL, " ")) if CONTROL in entry \
                    else entry
                if text:
                    out.append(text)
            self._paragraphs = tuple(out)
        return self._paragraphs

    def segments(self) -> list[str]:
        """The text between one field and the next (with the line ends between paragraphs,
        which squeezing leaves out)."""
        return self._data.decode("utf-8").split(CONTROL)

    def pack(self) -> str:
        """As one property value: compressed, then Base64 (no spaces an editor could trim, no
        characters a property cannot hold)."""
        return base64.b64encode(zlib.compress(self._data, 9)).decode("ascii")

    @classmethod
    def unpack(cls, value: str, limit: int = 1 << 22) -> BlankForm | None:
        """A value ``pack`` made back; None for one it did not (cut short, edited), or one
        that would inflate beyond ``limit`` bytes."""
        try:
            packed = base64.b64decode(value.encode("ascii"), validate=True)
            inflate = zlib.decompressobj()
            data = inflate.decompress(packed, limit + 1)
            if len(data) > limit or not inflate.eof:
                return None
            data.decode("utf-8")
        except (ValueError, zlib.error, UnicodeError):
            return None
        return cls(data)


