"""Cells of a text file as a person reads them in the program that wrote it.

pandas writes a column of numbers with an empty cell as ``1001.0``: that is ``1001`` only when
the whole column is written so (a column of ``1.5``, ``2.0`` keeps its decimals). A leading
apostrophe is Excel's mark for "this is text" (``'01001``), not part of the value. A number in
scientific notation (``2,02301E+11``, Excel's CSV of a long number) has lost its digits and
cannot be read back: the row is refused with what to do. A whole number written with a
thousands separator (``10.234`` from a Danish Excel, ``10,234``, ``10 234``) is ``10234`` only
when every filled cell of the column is written so, with one separator (a column of ``1.5`` or
of decimals keeps them). A cell written as a formula that gives text (``="00040"``, how a system
keeps the leading zeros when Excel opens its CSV) is that text, as Excel shows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_POINT_ZERO = re.compile(r"^[+-]?\d+[.,]0+$")  # 1001.0, or 1001,0 with a decimal comma
_APOSTROPHE = re.compile(r"^'(?=[\d+=\-@])")
_FORMULA_TEXT = re.compile(r'^\s*="([^"]*)"\s*$')  # ="00040": Excel shows 00040
SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
# 10.234 / 10,234 / 10 234 (also a no-break or thin space); a first group of 1-3 digits, not 0.
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:([.,\u00a0\u202f ])\d{3})+$")
_SMALL = re.compile(r"^\d{1,3}$")  # 999: a number below a thousand needs no separator
Rows = Sequence[tuple[int, tuple[Any, ...]]]


def _whole_numbers(rows: Rows, index: int) -> bool:
    """Every filled cell of the column is written ``1001.0`` (and at least one is filled)."""
    seen = False
    for _, values in rows:
        if index < len(values):
            text = values[index].strip() if isinstance(values[index], str) else ""
            if text:
                if not _POINT_ZERO.match(text):
                    return False
                seen = True
    return seen


def _grouped(rows: Rows, index: int) -> bool:
    """Every filled cell of the column is a whole number written with one thousands separator
    (a number below a thousand without one), and at least one cell has it."""
    separators = set()
    for _, values in rows:
        if index < len(values):
            text = values[index].strip() if isinstance(values[index], str) else ""
            if text:
                match = _GROUPED.match(text)
                if match:
                    separators.add(match.group(1) if match.group(1) in ".," else " ")
                elif not _SMALL.match(text):
                    return False
    return len(separators) == 1


def thousands_columns(rows: Rows) -> list[int]:
    """The columns whose numbers are all written with a thousands separator."""
    width = max((len(v) for _, v in rows), default=0)
    return [i for i in range(width) if _grouped(rows, i)]


def plain_cells(rows: Rows) -> list[tuple[int, tuple[Any, ...]]]:
    """The rows with ``1001.0`` columns as ``1001``, ``10.234`` columns as ``10234``, leading
    apostrophes dropped and ``="00040"`` as ``00040``."""
    width = max((len(v) for _, v in rows), default=0)
    pointed = {i for i in range(width) if _whole_numbers(rows, i)}
    grouped = set(thousands_columns(rows))
    out = []
    for number, values in rows:
        joined = "\x1f".join(values)  # a text file's cells are all text
        if pointed or grouped or joined[:1] == "'" or "\x1f'" in joined or '="' in joined:
            cells = []
            for i, v in enumerate(values):
                if isinstance(v, str):
                    if i in pointed and v.strip():
                        v = re.split(r"[.,]", v.strip())[0]
                    elif i in grouped and v.strip():
                        v = re.sub(r"\D", "", v)
                    elif v[:1] == "'":
                        v = _APOSTROPHE.sub("", v)
                    elif '="' in v:
                        formula = _FORMULA_TEXT.match(v)
                        v = formula.group(1) if formula else v
                cells.append(v)
            values = tuple(cells)
        out.append((number, values))
    return out


def scientific(text: str) -> bool:
    """``2,02301E+11``: a long number Excel wrote in scientific notation, its digits lost."""
    return ("E" in text or "e" in text) and bool(SCIENTIFIC.match(text))


# Podio's and other apps' e-mail fields as exported: the address after its type's label
# ("Arbejde: ole@x.dk", "Work: ole@x.dk"); a private one ("Privat: …") keeps its label, so it
# is never taken for the work address
_LABELLED = re.compile(r"^\s*(?:arbejde|work|job|business|arbejdsmail|firma)\s*:\s*(\S+@\S+)\s*$",
                       re.IGNORECASE)


def _labelled(value: Any) -> bool:
    return isinstance(value, str) and "@" in value and ":" in value and bool(
        _LABELLED.match(value))


# A line of a contact cell that gives a phone number ("Tlf. 86 97 58 58", "Mobil: +45 2…")
_PHONE_LINE = re.compile(r"^\s*(?:(?:tlf|tel|telefon|mobil|mob|phone|mobile|direkte|dir)\.?\s*:?"
                         r"\s*)?\+?[\d][\d \-]{5,}\s*$", re.IGNORECASE)
_ADDRESS_LINE = re.compile(r"^\s*(?:e-?mail\s*:?\s*)?([^\s@]+@[^\s@]+\.[^\s@]+)\s*$",
                           re.IGNORECASE)


def _contact(value: Any) -> str | None:
    """The address of a contact cell of lines, one an address and the rest phone numbers
    ("Tlf. 86 97 58 58⏎uk@x.dk", as a table copied from Word has it); None for any other."""
    if not isinstance(value, str) or "@" not in value or "\n" not in value:
        return None
    lines = [line for line in value.splitlines() if line.strip()]
    found = [m.group(1) for m in map(_ADDRESS_LINE.match, lines) if m]
    if len(found) != 1 or not all(_ADDRESS_LINE.match(x) or _PHONE_LINE.match(x)
                                  for x in lines):
        return None
    return found[0]


def _address_of(value: Any) -> Any:
    if _labelled(value):
        return _LABELLED.sub(r"\1", value)
    found = _contact(value)
    return value if found is None else found


def without_address_labels(rows: list[tuple[int, tuple[Any, ...]]]
                           ) -> list[tuple[int, tuple[Any, ...]]]:
    """The rows with each work address written after its label (``Arbejde: ole@x.dk``), or
    on a line of its own beside phone numbers (a contact cell), as the address alone; the rows
    as they are where the first 200 hold no such cell."""
    if not any(_labelled(v) or _contact(v) for _, values in rows[:200] for v in values):
        return rows
    return [(number, tuple(_address_of(v) for v in values)) for number, values in rows]

