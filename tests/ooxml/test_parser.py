"""Hostile input: entity bombs, external entities, zip bombs and damaged zips are refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.ooxml.parser import SafeZip, UnsafeFile, parse_xml


def test_entity_declarations_are_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>')
    with pytest.raises(UnsafeFile, match="DOCTYPE"):
        parse_xml(bomb)


def test_external_entity_never_reads_a_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
           "<d>&x;</d>").encode()
    with pytest.raises(UnsafeFile):
        parse_xml(xxe)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    with SafeZip(path) as package, pytest.raises(UnsafeFile, match=r"larger than|suspiciously"):
        package.read("word/document.xml")


def test_truncated_zip_is_refused(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("word/document.xml", b"<w:document/>" * 1000)
    path = tmp_path / "half.docx"
    path.write_bytes(data.getvalue()[: len(data.getvalue()) // 2])
    with pytest.raises(UnsafeFile, match="truncated"):
        SafeZip(path)


def test_zip_bomb_in_memory_is_refused(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    with SafeZip(data.getvalue()) as package, pytest.raises(UnsafeFile,
                                                            match=r"larger than|suspiciously"):
        package.read("word/document.xml")


def test_in_memory_reader_checks_what_it_inflates() -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", b"<a>" + b"x" * 5000 + b"</a>")
    blob = bytearray(data.getvalue())
    assert SafeZip(bytes(blob)).read("a.xml").startswith(b"<a>xxx")
    where = blob.find(b"PK\x01\x02")
    blob[where + 16] ^= 0xFF  # the checksum in the central directory
    with pytest.raises(UnsafeFile, match="wrong checksum"):
        SafeZip(bytes(blob)).read("a.xml")
    with pytest.raises(UnsafeFile, match="truncated"):
        SafeZip(bytes(data.getvalue()[:-200]))


def test_in_memory_reader_reads_what_zipfile_reads() -> None:
    """Every part of every corpus file (Word- and LibreOffice-made) the same both ways."""
    from tests.conftest import CORPUS

    files = sorted((CORPUS / "real-world").rglob("*.docx"))
    if not files:
        pytest.skip("the shared corpus is not beside the repository")
    for path in files:
        fast, slow = SafeZip(path.read_bytes()), SafeZip(path)
        assert fast._entries is not None, path  # the fast reader took it
        assert fast.names() == slow.names()
        for name in slow.names():
            assert fast.read(name) == slow.read(name), (path, name)
