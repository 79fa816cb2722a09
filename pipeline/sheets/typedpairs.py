"""Columns in pairs of a type and its value, as address books export them.

Google Contacts writes `Relation 1 - Type` | `Relation 1 - Value` (`Manager` | `Jakob
Jørgensen`) and `Custom Field 1 - Type` | `Custom Field 1 - Value` (`Medarbejdernr.` | `5793`);
vCard-like exports write `Label` | `Value`. The type says what the value is, so the value column
is read under that type as its header, where the type column says one and the same thing on
every row that has a value. A type that changes from row to row is left alone (its values are
of several kinds), and so is a pair whose type names nothing mus reads.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from pipeline.sheets.columns import field_role
from pipeline.sheets.findings import Findings
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_PART = re.compile(r"^(?P<stem>.*?)\s*[-–:]?\s*(?P<part>type|label|etiket|value|værdi|"
                   r"wert|typ)$", re.IGNORECASE)
_TYPES = ("type", "label", "etiket", "typ")


def _split(header: str) -> tuple[str, str] | None:
    match = _PART.match(header.strip())
    if not match or not match.group("stem"):
        return None
    part = match.group("part").casefold()
    return match.group("stem").casefold(), "type" if part in _TYPES else "value"


def typed_pairs(sheet: Sheet) -> tuple[Sheet, list[tuple[str, str]]]:
    """The sheet with each typed value column headed by its type, where the type is one thing
    on every row below that has a value (before the header row is looked for: the number may
    stand only in such a pair), and the pairs so read (old header, new)."""
    for number, values in sheet.rows[:30]:
        headers = [cell_text(v) for v in values]
        if not any("value" in h.casefold() or "værdi" in h.casefold() for h in headers if h):
            continue
        below = [v for n, v in sheet.rows if n > number]
        renamed = _renamed(headers, below)
        if not renamed:
            return sheet, []
        rows = tuple((n, tuple(headers) if n == number else v) for n, v in sheet.rows)
        return dataclasses.replace(sheet, rows=rows), renamed
    return sheet, []


def _renamed(headers: list[str], rows: Sequence[Sequence[Any]]) -> list[tuple[str, str]]:
    """Rename the value columns in ``headers`` (in place) under their types."""
    parts = {i: _split(h) for i, h in enumerate(headers) if h}
    types = {p[0]: i for i, p in parts.items() if p and p[1] == "type"}
    renamed = []
    for index, part in parts.items():
        if not part or part[1] != "value" or part[0] not in types:
            continue
        kind = types[part[0]]
        said = {cell_text(values[kind]) if kind < len(values) else "" for values in rows
                if index < len(values) and cell_text(values[index])}
        said.discard("")
        if len(said) != 1:
            continue
        name = said.pop().lstrip("* ").strip()
        if field_role(name) is None or name.casefold() in (h.casefold() for h in headers if h):
            continue
        renamed.append((headers[index], name))
        headers[index] = name
        headers[kind] = ""
    return renamed


def say_typed_pairs(renamed: list[tuple[str, str]], row: int, findings: Findings) -> None:
    if renamed:
        pairs = "; ".join(f'"{old}" as "{new}"' for old, new in renamed)
        findings.note("typed-pairs", "The list gives some values in pairs of a type and its "
                      f"value; each value column is read under its type: {pairs}.", row)
