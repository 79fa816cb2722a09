"""The 28 Word-made files with content controls, and the same files saved by LibreOffice 7.4:
every control found and read as Word meant it; no file crashes the reader."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.collect.extract import extract_file
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.read_controls import Control, iter_controls
from pipeline.ooxml.text import block_text
from tests.conftest import CORPUS

REAL = CORPUS / "real-world"
LO = REAL / "lo74-roundtrip"
ROWS = (list(csv.DictReader((REAL / "SOURCES.tsv").read_text(encoding="utf-8").splitlines(),
                            delimiter="\t"))
        if (REAL / "SOURCES.tsv").exists() else [])
NAMES = [r["filename"] for r in ROWS]
pytestmark = pytest.mark.skipif(not ROWS, reason="the shared corpus is not beside the repository")


def controls_of(path: Path) -> list[Control]:
    """Every control in the document, headers, footers, footnotes and endnotes."""
    found: list[Control] = []
    with SafeZip(path) as package:
        for name in package.names():
            if name.startswith("word/") and name.endswith(".xml") and "/_rels/" not in name:
                found += list(iter_controls(package.xml(name)))
    return found


@pytest.mark.parametrize("row", ROWS, ids=NAMES)
def test_word_files_every_control_found_as_word_wrote_it(row: dict[str, str]) -> None:
    found = controls_of(REAL / row["filename"])
    kinds = [c.kind for c in found]
    assert len(found) == int(row["sdt"])
    assert kinds.count("checkbox") == int(row["w14_checkbox"])
    assert sum(1 for c in found if c.kind == "checkbox" and c.checked) == int(
        row["checkbox_checked"])
    assert kinds.count("dropdown") == int(row["dropDownList"]) + int(row["comboBox"])
    assert kinds.count("date") == int(row["date"])
    assert sum(1 for c in found if c.showing_placeholder) == int(row["showingPlcHdr"])


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_copies_keep_what_was_filled_in(name: str) -> None:
    word, lo = controls_of(REAL / name), controls_of(LO / name)
    # Checkbox states survive (LibreOffice writes them in the wrong namespace).
    assert {c.alias for c in word if c.kind == "checkbox" and c.checked} <= {
        c.alias for c in lo if c.kind == "checkbox" and c.checked} | {""}
    assert sum(1 for c in lo if c.kind == "checkbox" and c.checked) >= sum(
        1 for c in word if c.kind == "checkbox" and c.checked)
    # Dates keep their full date even where the shown text lost a run.
    assert {c.full_date for c in word if c.full_date} <= {c.full_date for c in lo}
    # A chosen drop-down item keeps its text: in the control when it is inline, and in the
    # document when LibreOffice moved a paragraph-level control's text out of it.
    chosen = {c.text.strip() for c in word if c.kind == "dropdown" and not c.showing_placeholder}
    with SafeZip(LO / name) as package:
        text = block_text(package.xml("word/document.xml"))
    for item in chosen:
        assert item in {c.text.strip() for c in lo} or item in text


@pytest.mark.parametrize("path", [REAL / n for n in NAMES] + [LO / n for n in NAMES],
                         ids=[f"word-{n}" for n in NAMES] + [f"lo-{n}" for n in NAMES])
def test_documents_that_are_not_forms_are_reported_not_crashed_on(path: Path) -> None:
    result = extract_file(path)
    assert result.response is None
    assert [p.code for p in result.problems] == ["not-form"]
