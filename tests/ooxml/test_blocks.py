"""A form read as blocks, for the plain preview: every paragraph and table, in order."""

from __future__ import annotations

from pipeline.forms.generate import GenerateResult
from pipeline.ooxml.blocks import read_blocks


def test_a_form_as_paragraphs_and_tables(sample_forms: GenerateResult) -> None:
    entry = next(e for e in sample_forms.entries if e.kind == "employee")
    blocks = read_blocks((sample_forms.out / entry.file).read_bytes())
    tables = [b for b in blocks if b.is_table]
    assert tables and any(entry.name in cell for b in tables for row in b.rows for cell in row)
    texts = [b.text for b in blocks if not b.is_table]
    first = entry.name.split(" ")[0]
    assert any(first in text for text in texts)  # the greeting
