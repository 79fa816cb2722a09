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
    with SafeZip(path) as package, pytest.raises(UnsafeFile, match=r"would be 80 MB unpacked"):
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
                                                            match=r"would be 80 MB unpacked"):
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


@pytest.mark.parametrize("xml", [
    # After 64 KB of comment: no byte scan of the head would see it; a parser does.
    b'<?xml version="1.0"?><!--' + b"x" * 70_000 + b'--><!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>',
    # In UTF-16 (with its byte-order mark), as Office allows a part to be.
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>'
    .encode("utf-16"),
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>'
    .encode("utf-16-be"),
    b'<?xml version="1.0"?>\n\n<!DOCTYPE d><d/>',  # no entities at all: still refused
    b'<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://example.com/x.dtd"><d/>',
], ids=["after-64kb", "utf-16", "utf-16-be-no-bom", "bare", "external"])
def test_any_doctype_anywhere_in_any_encoding_is_refused(xml: bytes) -> None:
    with pytest.raises(UnsafeFile, match="DOCTYPE"):
        parse_xml(xml)


def test_a_utf16_part_without_doctype_is_read() -> None:
    root = parse_xml('<?xml version="1.0" encoding="UTF-16"?><d>ærø</d>'.encode("utf-16"))
    assert root.text == "ærø"


def test_a_form_with_a_hostile_part_is_refused_by_name(tmp_path: Path) -> None:
    from pipeline.collect.extract import extract_file

    document = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w [<!ENTITY a "x">]>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                'main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "f.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", document.encode("utf-16"))
    result = extract_file(path)
    assert result.response is None
    assert [(p.code, p.params["detail"]) for p in result.problems] == [
        ("unsafe", "the XML declares a DOCTYPE (entities)")]


def test_a_part_of_too_many_tiny_elements_is_refused_before_its_tree_is_built() -> None:
    many = b"<r>" + b"<a/>" * 1_500_000 + b"</r>"
    with pytest.raises(UnsafeFile, match=r"word/document.xml holds more than 1,500,000 XML "
                                         r"elements and attributes"):
        parse_xml(many, "word/document.xml")
    attributes = b"<r>" + b'<a b="" c="" d=""/>' * 260_000 + b"</r>"  # fewer "<", more "="
    with pytest.raises(UnsafeFile, match="more than 1,500,000"):
        parse_xml(attributes)


@pytest.mark.parametrize("xml", [
    b'<?xml version="1.0" encoding="UTF-7"?>+ADw-d+AD4-x+ADw-/d+AD4-',  # "<" never written
    '<?xml version="1.0" encoding="UTF-32"?><d>x</d>'.encode("utf-32"),
    '<?xml version="1.0" encoding="IBM037"?><d>x</d>'.encode("cp037"),  # EBCDIC
    '<?xml version="1.0" encoding="ISO-8859-1"?><d>x</d>'.encode("latin-1"),
], ids=["utf-7", "utf-32", "ebcdic", "latin-1"])
def test_a_part_in_an_encoding_no_office_file_uses_is_refused(xml: bytes) -> None:
    """Office parts are UTF-8 or UTF-16 (ECMA-376 Part 2, 8.1.4); in others a count of "<"
    bounds nothing, so they are refused before they are parsed."""
    with pytest.raises(UnsafeFile, match=r"encoding|damaged"):
        parse_xml(xml)


def _peak_mib_reading(path: Path) -> tuple[float, list[tuple[str, str]]]:
    """Read ``path`` as ingest does, in a fresh process: its peak memory and its problems."""
    import json
    import subprocess
    import sys

    # The peak of this process's own memory (VmHWM starts anew at exec; ru_maxrss would carry
    # the size of the pytest process it was forked from).
    script = ("import json, sys\n"
              "from pathlib import Path\n"
              "from pipeline.collect.extract import extract_file\n"
              "r = extract_file(Path(sys.argv[1]))\n"
              "status = Path('/proc/self/status').read_text()\n"
              "peak = next(int(line.split()[1]) for line in status.splitlines()\n"
              "            if line.startswith('VmHWM'))\n"
              "print(json.dumps([peak / 1024,\n"
              "                  [(p.code, p.params.get('detail', '')) for p in r.problems]]))\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, check=True, timeout=120)
    peak, problems = json.loads(done.stdout)
    return peak, [tuple(p) for p in problems]


@pytest.mark.skipif(__import__("sys").platform != "linux", reason="peak memory read from Linux")
def test_a_form_of_tiny_elements_costs_bounded_memory(tmp_path: Path) -> None:
    """The audit's memory bomb: 60 MB of tiny elements (within every size limit, stored
    uncompressed so no zip-bomb check sees it) took 2 GiB to read; now under 300 MB."""
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (b"<w:document " + namespace + b"><w:body>" + b"<w:p/>" * 10_000_000
                + b"</w:body></w:document>")
    path = tmp_path / "1007_Jens_Hansen.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", document)
    peak, problems = _peak_mib_reading(path)
    assert problems == [("too-large", "word/document.xml holds more than 1,500,000 XML elements "
                                   "and attributes, far more than any form")]
    assert peak < 300
