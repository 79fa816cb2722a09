"""The one way bytes from a returned file become XML: bounded, no entities, no DTD, no network.

A .docx is a zip; a hostile one can claim small sizes and inflate to gigabytes, or carry an XML
entity bomb. Every part is size-checked from the zip directory, then read with a hard cap on what is
actually inflated, then parsed. No part of an Office file has a DOCTYPE: before lxml builds the
tree, expat reads the part up to its root element (in UTF-8 or UTF-16, the only encodings an
Office part may have) and refuses it if a DOCTYPE comes first, however far in, or if it declares
another encoding; lxml, with entities, DTDs and the network off, then checks the same of what it
parsed. A zip that names two parts alike, or names a part in invalid UTF-8, is refused: which of
two would be read is anyone's guess.

A tree costs far more memory than its bytes (some 120 bytes an element, 220 an attribute: 60 MB of
``<a/>`` would take 2 GiB), so before lxml builds one, the part's nodes are counted from its bytes
(every element and text node needs a ``<``, every attribute a ``=``: an upper bound, found at the
speed of memory) and a part with more than any form could hold is refused.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol
from xml.parsers import expat

from lxml import etree

from pipeline.ooxml.strict import transitional

MAX_PART = 64 * 1024 * 1024  # one XML part, inflated
MAX_TOTAL = 256 * 1024 * 1024  # all parts of one file, as the zip directory claims them
MAX_ENTRIES = 5000
# Nodes one XML part may hold, counted as its "<" (elements, text) plus twice its "=" (attributes,
# which cost twice as much): a sample form's largest part has some 40,000; this bounds one tree
# to about 180 MB, whatever the file.
MAX_NODES = 1_500_000
# The encodings an Office part may have (ECMA-376 Part 2, 8.1.4): others are refused, for a
# byte count of "<" means nothing in them (UTF-7 writes it "+ADw-").
_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "utf16"}


class UnsafeFile(Exception):
    """The file is not what it claims (zip bomb, entity bomb, damaged), or more than a form
    can hold (``too_large``: honest, only too big to read safely)."""

    def __init__(self, detail: str, too_large: bool = False) -> None:
        super().__init__(detail)
        self.too_large = too_large


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
    huge_tree=False, remove_blank_text=False,
)
_DOCTYPE = "the XML declares a DOCTYPE (entities)"


class _Prolog(Exception):
    """Raised by expat's handlers: the prolog is read."""

    def __init__(self, doctype: bool) -> None:
        super().__init__()
        self.doctype = doctype


def _doctype(_name: str, _system: str | None, _public: str | None, _subset: int) -> None:
    raise _Prolog(doctype=True)


def _root(_name: str, _attributes: object) -> None:
    raise _Prolog(doctype=False)


def _declaration(_version: str | None, encoding: str | None, _standalone: int) -> None:
    if encoding is not None and encoding.strip().lower() not in _ENCODINGS:
        raise UnsafeFile(f"the XML is in the encoding {_shown(encoding)}, which no Office file "
                         "uses")


def refuses_doctype(data: bytes) -> None:
    """UnsafeFile if the XML has a DOCTYPE before its root element, wherever it is, or is in an
    encoding other than UTF-8 and UTF-16: expat reads up to the root element and stops there."""
    reader = expat.ParserCreate()
    reader.XmlDeclHandler = _declaration
    reader.StartDoctypeDeclHandler = _doctype
    reader.StartElementHandler = _root
    try:
        reader.Parse(data, True)
    except _Prolog as stop:
        if stop.doctype:
            raise UnsafeFile(_DOCTYPE) from None
    except expat.ExpatError as err:
        # Not even the start is XML in UTF-8 or UTF-16 (UTF-32, EBCDIC, or plain damage).
        raise UnsafeFile(f"the XML is damaged ({expat.errors.messages[err.code]})") from None
    except ValueError:  # pyexpat's word for a multi-byte encoding other than those
        raise UnsafeFile("the XML is in an encoding no Office file uses") from None


def refuses_too_many_nodes(data: bytes, name: str = "") -> None:
    """UnsafeFile if the part could hold more nodes than MAX_NODES (an upper bound from its
    bytes; a tree that big would take more memory than any form may cost)."""
    if 2 * len(data) <= MAX_NODES:  # every node takes a byte: too few bytes to count
        return
    nodes = data.count(b"<") + 2 * data.count(b"=")
    if nodes > MAX_NODES:
        raise UnsafeFile(f"{_shown(name) if name else 'a part'} holds more than "
                         f"{MAX_NODES:,} XML elements and attributes, far more than any form",
                         too_large=True)


def parse_xml(data: bytes, name: str = "") -> etree._Element:
    """The tree of one XML part (``name`` for messages), or UnsafeFile saying why not."""
    refuses_doctype(data)
    refuses_too_many_nodes(data, name)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as err:
        raise UnsafeFile(f"the XML is damaged ({err})") from err
    info = root.getroottree().docinfo
    if getattr(info, "doctype", "") or info.internalDTD is not None or info.externalDTD is not None:
        raise UnsafeFile(_DOCTYPE)
    return root


def _check_parts(sizes: list[int]) -> None:
    """How many parts, and how much they claim to inflate to, all told."""
    if len(sizes) > MAX_ENTRIES:
        raise UnsafeFile("too many parts")
    if sum(sizes) > MAX_TOTAL:
        raise UnsafeFile(f"its parts would be {sum(sizes) / 2**20:,.0f} MB unpacked, more than "
                         f"the {MAX_TOTAL // 2**20} MB a form may be", too_large=True)


def _check_part(name: str, file_size: int, compress_size: int, limit: int) -> None:
    """What one part claims before it is inflated: not over ``limit``. However well it is
    compressed (5 MB of one pasted paragraph shrinks a thousandfold), a part is never
    inflated beyond what it claims, nor beyond ``limit``: a zip bomb is caught by that."""
    if file_size > limit:
        raise UnsafeFile(f"{_shown(name)} would be {file_size / 2**20:,.0f} MB unpacked, more "
                         f"than the {limit // 2**20} MB a part of a form may be", too_large=True)


@dataclass(frozen=True)
class _Entry:
    name: str
    method: int
    crc: int
    compress_size: int
    file_size: int
    offset: int


def _directory(data: bytes) -> dict[str, _Entry] | None:
    """The central directory of a plain zip held in memory, read with struct (zipfile does the
    same in Python at ten times the cost). None for anything unusual (zip64, encryption,
    methods other than stored and deflated): zipfile then decides."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return None
    count, size, start = struct.unpack_from("<HII", data, end + 10)
    if count == 0xFFFF or start == 0xFFFFFFFF or start + size > end:
        return None
    entries = {}
    pos = start
    for _ in range(count):
        if data[pos:pos + 4] != b"PK\x01\x02":
            return None
        (flags, method, crc, csize, usize, nlen, xlen, clen,
         offset) = struct.unpack_from("<8xHH4xIIIHHH8xI", data, pos)
        if flags & 1 or method not in (0, 8) or 0xFFFFFFFF in (csize, usize, offset):
            return None
        raw = data[pos + 46:pos + 46 + nlen]
        try:
            name = raw.decode("utf-8" if flags & 0x800 else "cp437")
        except UnicodeDecodeError:
            raise UnsafeFile("a part's name is not valid UTF-8 (damaged)") from None
        if name in entries:
            raise UnsafeFile(f"two parts are both called {_shown(name)}")
        entries[name] = _Entry(name, method, crc, csize, usize, offset)
        pos += 46 + nlen + xlen + clen
    return entries


def _shown(name: str) -> str:
    """A part's name for a message: printable, and short."""
    printable = "".join(c if c.isprintable() else "?" for c in name)
    return printable if len(printable) <= 60 else printable[:57] + "..."


class Parts(Protocol):
    """What reading a document asks of its package: a zip (``SafeZip``) or Word's one-file
    XML (``flat.FlatPackage``)."""

    def has(self, name: str) -> bool: ...

    def read(self, name: str, limit: int = MAX_PART) -> bytes: ...

    def xml(self, name: str) -> etree._Element: ...


class SafeZip:
    """A read-only view of a zip that refuses to inflate more than it should."""

    def __init__(self, source: Path | IO[bytes] | bytes) -> None:
        self._data: bytes | None = None
        self._entries: dict[str, _Entry] | None = None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        self._zip: zipfile.ZipFile | None = None
        if isinstance(source, bytes):
            self._entries = _directory(source)
            if self._entries is not None:
                self._data = source
                _check_parts([e.file_size for e in self._entries.values()])
                return
            source = io.BytesIO(source)
        try:
            self._zip = zipfile.ZipFile(source)
        except UnicodeDecodeError as err:
            raise UnsafeFile("a part's name is not valid UTF-8 (damaged)") from err
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
            raise UnsafeFile("not a zip file, or a truncated one") from err
        infos = self._zip.infolist()
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            twice = next(n for n in names if names.count(n) > 1)
            self.close()
            raise UnsafeFile(f"two parts are both called {_shown(twice)}")
        try:
            _check_parts([i.file_size for i in infos])
        except UnsafeFile:
            self.close()
            raise
        self._infos = {i.filename: i for i in infos}

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._entries is None and self._zip is not None:
            self._zip.close()

    def names(self) -> list[str]:
        return list(self._entries if self._entries is not None else self._infos)

    def has(self, name: str) -> bool:
        return name in (self._entries if self._entries is not None else self._infos)

    def read(self, name: str, limit: int = MAX_PART) -> bytes:
        if self._entries is not None and self._data is not None:
            return self._read_entry(self._data, self._entries[name], limit)
        info = self._infos.get(name)
        if info is None:
            raise KeyError(name)
        _check_part(name, info.file_size, info.compress_size, limit)
        assert self._zip is not None
        try:
            with self._zip.open(info) as stream:
                data = stream.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
                RuntimeError) as err:
            raise UnsafeFile(f"{name} cannot be read ({err})") from err
        if len(data) > limit:
            raise UnsafeFile(f"{name} inflates to more than it claims")
        return data

    @staticmethod
    def _read_entry(data: bytes, entry: _Entry, limit: int) -> bytes:
        _check_part(entry.name, entry.file_size, entry.compress_size, limit)
        head = data[entry.offset:entry.offset + 30]
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            raise UnsafeFile(f"{entry.name} cannot be read (truncated or damaged)")
        nlen, xlen = struct.unpack_from("<HH", head, 26)
        start = entry.offset + 30 + nlen + xlen
        packed = data[start:start + entry.compress_size]
        if len(packed) < entry.compress_size:
            raise UnsafeFile(f"{entry.name} cannot be read (truncated)")
        if entry.method == 0:
            out = packed
        else:
            inflate = zlib.decompressobj(-15)
            try:
                out = inflate.decompress(packed, limit + 1)  # never more than the limit
            except zlib.error as err:
                raise UnsafeFile(f"{entry.name} cannot be read (damaged)") from err
        if len(out) > limit or len(out) != entry.file_size:
            raise UnsafeFile(f"{entry.name} inflates to other than it claims")
        if zlib.crc32(out) != entry.crc:
            raise UnsafeFile(f"{entry.name} cannot be read (damaged: wrong checksum)")
        return out

    def xml(self, name: str) -> etree._Element:
        """A part, parsed; in Word's Strict format read as the ordinary one (strict.py)."""
        return transitional(parse_xml(self.read(name), name))
