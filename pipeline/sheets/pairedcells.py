"""A column whose header names two fields and whose cells give both (``Stilling og afsnit``:
"Sygeplejerske – Afsnit P3"; ``Afdeling / leder``: "Planteavl / Allan Høj"): read as two
columns, each under its own part of the header.

The header is the claim and the cells the evidence: the header must be two words of the list's
text fields joined by "og", "and", "/", "&" or "," (a job title and a unit, a unit and its
leader), neither of which
the list has in a column of its own, and nearly every filled cell must split at one and the
same separator into two parts. A cell that does not split is read as the header's first field
and counted in `mus check`; a column whose cells do not split is left as it is (and so read as
before, by its header alone or not at all).
"""

from __future__ import annotations

from typing import Any

from pipeline.sheets.columns import field_role
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.newvalues import split_column
from pipeline.sheets.values import JOINED, cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
_PAIRS = {frozenset(("job_title", "department")), frozenset(("department", "leader"))}
# longest first: " – " before " - "
_SEPARATORS = (" – ", " — ", " - ", " / ", " | ", ", ", "; ")
_SHARE = 0.9  # of the filled cells that must split at the separator


def _parts(header: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """("Stilling", "job_title"), ("afsnit", "department") for "Stilling og afsnit"."""
    words = JOINED.split(header.strip())
    if len(words) != 2 or not all(words):
        return None
    keys = [role[0] for w in words if (role := field_role(w)) is not None]
    if len(keys) != 2 or frozenset(keys) not in _PAIRS:
        return None
    return (words[0], keys[0]), (words[1], keys[1])


def _separator(cells: list[str]) -> str | None:
    """The separator nearly every cell splits at, once, into two parts (three at least; of a
    small list, all but one)."""
    for sep in _SEPARATORS:
        split = sum(c.count(sep) == 1 and all(p.strip() for p in c.split(sep)) for c in cells)
        if split >= 3 and len(cells) - split <= max(1, (1 - _SHARE) * len(cells)):
            return sep
    return None


def split_paired_cells(rows: Rows, header: HeaderRow, findings: Findings
                       ) -> tuple[Rows, HeaderRow]:
    """The column read as two, said; or the rows and header as they were."""
    for index, text in enumerate(header.headers):
        if not text or (parts := _parts(text)) is None:
            continue
        keys = {key for _, key in parts}
        if any(header.found.get(key, index) != index for key in keys) or any(
                at == index for key, at in header.found.items() if key not in keys):
            continue  # the list has one of them in a column of its own (or reads it so)
        cells = [cell_text(value_at(v, index)) for _, v in rows[:2000]]
        filled = [c for c in cells if c]
        if len(filled) < 3 or (sep := _separator(filled)) is None:
            continue
        whole: list[int] = []

        def pair(number: int, cell: str, sep: str = sep, whole: list[int] = whole
                 ) -> tuple[str, str] | None:
            if cell.count(sep) == 1:
                first, second = cell.split(sep)
                return first.strip(), second.strip()
            if cell:
                whole.append(number)
            return None

        (first_word, _), (second_word, _) = parts
        out = split_column(rows, header, index, pair, first_word[:1].upper() + first_word[1:],
                           second_word[:1].upper() + second_word[1:])
        said = (f'The column "{text}" gives each row\'s {first_word.lower()} and '
                f'{second_word.lower()} in one cell, split at "{sep.strip()}": each is read as '
                "its own column.")
        if whole:
            said += (f" On {rows_text(whole)} the cell does not split: it is read as the "
                     f"{first_word.lower()}.")
        findings.note("paired-cells", said, header.row, text, whole)
        return out
    return rows, header
