"""File names made from spreadsheet text: legal everywhere, never misleading, never too long."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.forms.names import (
    MAX_NAME_BYTES,
    file_name,
    form_file_name,
    not_a_device,
    safe_part,
)


def test_right_to_left_overrides_and_invisible_characters_are_removed() -> None:
    assert safe_part("Jens\u202e fdp.exe") == "Jens_fdp.exe"
    assert safe_part("An\u200bne\ufeff So\u2066ren\u2069sen") == "Anne_Sorensen"
    assert safe_part("a\x1b]0;x\x07b\x9bc\x7fd") == "a-]0;x-b-c-d"


@pytest.mark.parametrize("name", ["nul", "NUL", "con", "Com1", "lpt9", "aux", "prn", "com¹"])
def test_windows_device_names_are_never_a_file_name(name: str) -> None:
    assert not_a_device(f"{name}.xlsx") == f"_{name}.xlsx"
    assert file_name((safe_part(name),), ".xlsx") == f"_{name}.xlsx"
    assert not_a_device(f"{name}x.xlsx") == f"{name}x.xlsx"


def test_a_long_name_is_shortened_keeping_number_and_suffix() -> None:
    for letter in ("A", "Ø", "😀"):
        name = form_file_name("1007", letter * 296, "leder")
        assert name.startswith("1007_") and name.endswith("_leder.docx")
        assert len(name.encode()) <= MAX_NAME_BYTES
    leader = file_name(("MUS-oversigt", "2027", "Æ" * 296, "1002"), ".xlsx", shorten=2)
    assert leader.startswith("MUS-oversigt-2027-ÆÆÆ") and leader.endswith("-1002.xlsx")
    assert len(leader.encode()) <= MAX_NAME_BYTES


def test_every_name_made_can_be_written(tmp_path: Path) -> None:
    """The names are real: the file system takes each of them."""
    names = [form_file_name("1", "😀" * 300), form_file_name("1", "x" * 300, "leder"),
             file_name(("MUS-oversigt", "2027", "Ø" * 500, "1002"), ".xlsx", shorten=2)]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
