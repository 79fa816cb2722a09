"""Unit columns that nest: which of them is the department.

An organisation written across columns (``Område`` / ``Hospital`` / ``Center`` / ``Afsnit``,
``Division`` / ``Department`` / ``Team``, ``Bereich`` / ``Abteilung``), in any order and not
necessarily side by side, is told by its cells: each value of a finer column sits under one
value of a coarser one, and the finer column has more values. The department is the finest
level; a row where it is blank (the centre's own chief) takes the finest level that is filled.
A column with one value for everyone is never the department while another unit column varies.

Columns that do not nest (two departments that cross, a code beside its name, one to one) are
no levels: the caller tells them apart as before, or refuses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise


def _distinct(texts: Sequence[str]) -> int:
    return len({t.casefold() for t in texts if t})


def _nests(fine: Sequence[str], coarse: Sequence[str]) -> bool:
    """Whether every filled value of ``fine`` sits under one filled value of ``coarse``."""
    under: dict[str, str] = {}
    for f, c in zip(fine, coarse, strict=True):
        if not f:
            continue
        if not c:
            return False
        if under.setdefault(f.casefold(), c.casefold()) != c.casefold():
            return False
    return True


def nested_levels(columns: Mapping[int, Sequence[str]]) -> list[int] | None:
    """The unit columns (column → its text on each row, the rows aligned) from the coarsest to
    the finest, when they nest as one chain and one column is finer than all the others; else
    None. Among columns of as many values that nest both ways, the one further right counts as
    the finer (a list writes its levels from the top down)."""
    if len(columns) < 2:
        return None
    counts = {col: _distinct(texts) for col, texts in columns.items()}
    order = sorted(columns, key=lambda col: (counts[col], col))
    finest = order[-1]
    if counts[finest] < 2 or any(counts[col] >= counts[finest] for col in order[:-1]):
        return None
    if not any(any(ch.isalpha() for ch in t) for t in columns[finest]):
        return None  # unit codes: the name beside them decides, not their depth
    for coarse, fine in pairwise(order):
        if not _nests(columns[fine], columns[coarse]):
            return None
    return order
