"""One way of reading a legend line, for codes and marks alike."""

from __future__ import annotations

import pytest

from pipeline.sheets.legend import entries

CODE = r"[^\W_]{1,3}"
MARK = r"[*†‡°#]+"


@pytest.mark.parametrize(("text", "want"), [
    ("F = fratrådt", {"F": "fratrådt"}),
    ("B: barsel", {"B": "barsel"}),
    ("O – orlov uden løn.", {"O": "orlov uden løn"}),
    ("(F) fratrådt", {"F": "fratrådt"}),
    ("B = barsel, O = orlov; F = fratrådt", {"B": "barsel", "O": "orlov", "F": "fratrådt"}),
    ("Koder: B = barsel", {"B": "barsel"}),
    ("F betyder fratrådt", {"F": "fratrådt"}),
    ("Bo Dahl", {}),  # a name is no legend: a letter code needs its "=" or ":"
    ("Se note", {}),
])
def test_a_code_legend_line(text: str, want: dict[str, str]) -> None:
    assert entries(text, CODE) == want


@pytest.mark.parametrize(("text", "want"), [
    ("* = på barsel/orlov", {"*": "på barsel/orlov"}),
    ("† fratrådt", {"†": "fratrådt"}),  # a mark may stand bare before its meaning
    ("(*) betyder orlov", {"*": "orlov"}),
    ("* = orlov, † = fratrådt", {"*": "orlov", "†": "fratrådt"}),  # one cell, two marks
    ("Ingen mærker", {}),
])
def test_a_mark_legend_line(text: str, want: dict[str, str]) -> None:
    assert entries(text, MARK, bare=True, longest=300) == want

