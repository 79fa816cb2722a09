"""The one way bytes from a returned file become XML: bounded, no entities, no DTD, no network.

A .docx is a zip; a hostile one can claim small sizes and inflate to gigabytes, or carry an XML
entity bomb. Every part is size-checked from the zip directory, then read with a hard cap on what is
actually inflated, then parsed by a parser that refuses any DOCTYPE at all (no WordprocessingML part
has one).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO

from lxml import etree

MAX_PART = 64 * 1024 * 1024  # one XML part, inflated
MAX_TOTAL = 256 * 1024 * 1024  # all parts of one file, as the zip directory claims them
MAX_RATIO = 200  # inflated / compressed, for parts over 1 MiB
MAX_ENTRIES = 5000


class UnsafeFile(Exception):
    """The file is not what it claims (zip bomb, entity bomb, too large, damaged)."""


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
    huge_tree=False, remove_blank_text=False,
)


def parse_xml(data: bytes) -> etree._Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise UnsafeFile("the XML declares a DOCTYPE or entities")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as err:
        raise UnsafeFile(f"the XML is damaged ({err})") from err


class SafeZip:
    """A read-only view of a zip that refuses to inflate more than it should."""

    def __init__(self, source: Path | IO[bytes]) -> None:
        try:
            self._zip = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            raise UnsafeFile("not a zip file, or a truncated one") from err
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            self.close()
            raise UnsafeFile("too many parts")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL:
            self.close()
            raise UnsafeFile("the parts would inflate to more than 256 MB")
        self._infos = {i.filename: i for i in infos}

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str, limit: int = MAX_PART) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise KeyError(name)
        if info.file_size > limit:
            raise UnsafeFile(f"{name} is larger than {limit // (1024 * 1024)} MB")
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeFile(f"{name} is compressed suspiciously well (a zip bomb?)")
        try:
            with self._zip.open(info) as stream:
                data = stream.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
                RuntimeError) as err:
            raise UnsafeFile(f"{name} cannot be read ({err})") from err
        if len(data) > limit:
            raise UnsafeFile(f"{name} inflates to more than it claims")
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name))
