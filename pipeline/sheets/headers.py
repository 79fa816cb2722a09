"""Finding columns by the headers HR actually writes, in Danish or English, in any order."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_DROP = re.compile(r"[\s.\-_:/()'’\"\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# Tiers, best first: the exact headers of a known export and the specific headers (columns.py),
# the listed ones, headers understood from their words (headerwords.py), bare ones ("Nr.", "ID").
STRONG, NORMAL, INFERRED, WEAK = 0, 1, 2, 3


@lru_cache(maxsize=8192)
def normalise_header(text: str) -> str:
    """'Leders e-mail ' → 'ledersemail'; case, spaces and punctuation do not matter, nor a
    custom field's type after it (ClickUp's 'Leder (short text)')."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if "(" in folded:
        folded = without_field_type(folded)
    return _DROP.sub("", folded)


def without_field_type(text: str) -> str:
    """A header without its custom field's type; but "(email)" after a name that says no
    address says the cells are addresses ("Reports to" beside "Reports to (email)")."""
    bare = FIELD_TYPE.sub(" ", text)
    if "mail" in bare.casefold() or "(email)" not in text.casefold().replace(" ", ""):
        return bare
    return FIELD_TYPE.sub(" email", text)


# The type of a custom field written after its name, as ClickUp's CSV does: "Leder (short
# text)", "Afdeling (drop down)", "Leder mail (email)"
FIELD_TYPE = re.compile(r"\s*\((?:short text|long text|text|drop ?down|email|number|date|"
                        r"phone|labels?|checkbox|currency|url|people|users?|rating|money|"
                        r"formula|location)\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Column:
    """A field we look for and the headers it may go by (shown to HR when it is missing).

    Where several columns could be the field, a ``strong`` header (the specific one, such as
    "Afdelingsnavn" beside a department code) wins over ``headers``, and those over ``weak``
    ones (a bare "ID", taken only when nothing more specific is there).
    """

    key: str
    headers: tuple[str, ...]
    weak: tuple[str, ...] = ()
    strong: tuple[str, ...] = ()

    @property
    def all_headers(self) -> tuple[str, ...]:
        return (*self.strong, *self.headers, *self.weak)

    def tier(self, header: str) -> int | None:
        """STRONG, NORMAL or WEAK if the header names this field, else None."""
        norm = normalise_header(header)
        if not norm:
            return None
        for tier, names in ((STRONG, self.strong), (NORMAL, self.headers), (WEAK, self.weak)):
            if any(norm == normalise_header(h) for h in names):
                return tier
        return None

    def matches(self, header: str) -> bool:
        return self.tier(header) is not None


@dataclass(frozen=True)
class HeaderRow:
    row: int  # as Excel shows it
    headers: tuple[str, ...]  # the header text of every column, as written
    found: Mapping[str, int]  # field key → column index

    def header_of(self, key: str) -> str:
        return self.headers[self.found[key]]


def candidates(headers: Sequence[str],
               columns: Sequence[Column]) -> dict[str, list[tuple[int, int]]]:
    """Field key → every (tier, column index) whose header could be it, best first. A header
    counts for the first field (in ``columns`` order) it names."""
    found: dict[str, list[tuple[int, int]]] = {}
    for index, header in enumerate(headers):
        if not header:
            continue
        for column in columns:
            tier = column.tier(header)
            if tier is not None:
                found.setdefault(column.key, []).append((tier, index))
                break
    for options in found.values():
        options.sort()
    return found


def match_columns(headers: Sequence[str], columns: Sequence[Column]) -> dict[str, int]:
    """Field key → column index: the best header for each field, the left-most among equals."""
    return {key: options[0][1] for key, options in candidates(headers, columns).items()}


def find_header_row(
    sheet: Sheet, columns: Sequence[Column], required: Sequence[str], look: int = 30,
    match: Callable[[Sequence[str]], Mapping[str, int]] | None = None,
) -> HeaderRow | None:
    """The first of the top rows that names the required columns (title rows above are skipped).
    ``match`` finds the fields a row names (default: by the columns' headers).

    Falls back to the row that names the most known columns, so the caller can say which are
    missing.
    """
    best: HeaderRow | None = None
    for number, values in sheet.rows[:look]:
        headers = tuple(cell_text(v) for v in values)
        found = match(headers) if match else match_columns(headers, columns)
        candidate = HeaderRow(number, headers, found)
        if all(key in found for key in required):
            if best is not None and len(best.found) >= 3 and len(best.found) > len(found) + 1:
                # a row above names far more fields: that is the header, and this a row of
                # values under it with a word that could head a column ("No" of a yes/no
                # column taken as "No." for the number)
                continue
            return candidate
        if found and (best is None or len(found) > len(best.found)):
            best = candidate
    return best


def value_at(values: Sequence[Any], index: int | None) -> Any:
    if index is None or index >= len(values):
        return None
    return values[index]


def accepted(column: Column) -> str:
    return ", ".join(f'"{h}"' for h in column.all_headers)
