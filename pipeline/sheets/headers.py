"""Finding columns by the headers HR actually writes, in Danish or English, in any order."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_DROP = re.compile(r"[\s.\-_:/()]+")


def normalise_header(text: str) -> str:
    """'Leders e-mail ' → 'ledersemail'; case, spaces and punctuation do not matter."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return _DROP.sub("", folded)


@dataclass(frozen=True)
class Column:
    """A field we look for and the headers it may go by (shown to HR when it is missing)."""

    key: str
    headers: tuple[str, ...]

    def matches(self, header: str) -> bool:
        norm = normalise_header(header)
        return any(norm == normalise_header(h) for h in self.headers)


@dataclass(frozen=True)
class HeaderRow:
    row: int  # as Excel shows it
    headers: tuple[str, ...]  # the header text of every column, as written
    found: Mapping[str, int]  # field key → column index

    def header_of(self, key: str) -> str:
        return self.headers[self.found[key]]


def match_columns(headers: Sequence[str], columns: Sequence[Column]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        if not header:
            continue
        for column in columns:
            if column.key not in found and column.matches(header):
                found[column.key] = index
                break
    return found


def find_header_row(
    sheet: Sheet, columns: Sequence[Column], required: Sequence[str], look: int = 10
) -> HeaderRow | None:
    """The first of the top rows that names the required columns (title rows above are skipped).

    Falls back to the row that names the most known columns, so the caller can say which are
    missing.
    """
    best: HeaderRow | None = None
    for number, values in sheet.rows[:look]:
        headers = tuple(cell_text(v) for v in values)
        found = match_columns(headers, columns)
        candidate = HeaderRow(number, headers, found)
        if all(key in found for key in required):
            return candidate
        if found and (best is None or len(found) > len(best.found)):
            best = candidate
    return best


def value_at(values: Sequence[Any], index: int | None) -> Any:
    if index is None or index >= len(values):
        return None
    return values[index]


def accepted(column: Column) -> str:
    return ", ".join(f'"{h}"' for h in column.headers)
