"""The Lister page names every field, kind of row and reason the employee list's reader knows,
in both languages: a field added to the reader without its words here fails by name."""

from __future__ import annotations

from pipeline.app.words import FIELDS, REASONS, ROW_KINDS
from pipeline.sheets.columns import LABELS
from pipeline.sheets.rows import REASONS as READER_REASONS
from pipeline.sheets.summary import _KINDS


def test_every_field_kind_and_reason_has_its_words() -> None:
    assert set(LABELS) - set(FIELDS) == set()
    assert set(_KINDS) - set(ROW_KINDS) == set()
    assert set(READER_REASONS) - set(REASONS) == set()
    assert all(LABELS[key] == FIELDS[key][1] for key in LABELS)  # the English as the command's
