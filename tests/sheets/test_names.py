"""A name and what one pair of brackets after it says, taken apart one way for the three readers
that need it (a leader "Hanne Kjær (HKJ)", Unit4's "Tove Rødgaard (10201)", a name repeating
its own number)."""

from __future__ import annotations

import pytest

from pipeline.sheets.names import aside


@pytest.mark.parametrize(("text", "want"), [
    ("Hanne Kjær (HKJ)", ("Hanne Kjær", "HKJ")),
    ("Tove Rødgaard ( 10201 )", ("Tove Rødgaard", "10201")),
    ("Karen Ravn(21001)", ("Karen Ravn", "21001")),
    ("Karen Ravn", None),
    ("Emil (ERØ) Rødgaard (1001)", None),  # two pairs of brackets: not one name and an aside
])
def test_a_name_and_what_its_brackets_say_are_taken_apart_one_way(
        text: str, want: tuple[str, str] | None) -> None:
    assert aside(text) == want
