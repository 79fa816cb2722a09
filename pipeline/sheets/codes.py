"""A column of short codes (``B``, ``O``, ``F``) that a legend on the sheet explains ("F =
fratræder/fratrådt – skal ikke have MUS", "B = barsel"): the codes are read through the legend,
so that a code whose meaning is leaving or leave counts as the status would. The legend may be
rows of their own under or over the list, one cell of several ("B = barsel, O = orlov"), or the
header's own brackets ("Kode (B=barsel, F=fratrådt)"). Only a column every one of whose codes
the legend explains is read so: a code the legend does not know leaves the column alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.sheets.headers import normalise_header, value_at
from pipeline.sheets.legend import entries
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ColumnUse

# (up to five letters: a colour written as a word where the print is black and white, "rød",
# "grøn", explained "rød = fratrådt, gul = på orlov")
_CODE = re.compile(r"^[^\W\d_]{1,5}\d?$|^\d{1,2}$|^[^\w\s]\ufe0f?$")  # (or a sign: ✔, ⏸, ✈️)
_KEY = r"[^\W_]{1,5}|[^\w\s=:–—(),;-]\ufe0f?"  # a code as a legend gives it (a sign: "✈️")
_SAMPLE = 2000
_MOST_CODES = 12  # a column of more different codes is no column of codes


@dataclass(frozen=True)
class Codes:
    """The column of codes and what each code (casefolded) means, as the legend says."""

    use: ColumnUse
    meanings: dict[str, str]
    where: str  # where the legend is, for `mus check`


def _entries(text: str) -> dict[str, str]:
    """The codes one cell of a legend explains ("B = barsel, O = orlov" → two), casefolded."""
    return {code.casefold(): meaning for code, meaning in entries(text, _KEY).items()}


def _legend_rows(rows: Sequence[tuple[int, Sequence[Any]]]) -> tuple[dict[str, str], list[int]]:
    """Legend lines: rows of one or two texts (an employee's row holds more)."""
    meanings: dict[str, str] = {}
    where: list[int] = []
    for row, values in rows:
        texts = [t for t in map(cell_text, values) if t]  # (a text file's empty cells are "")
        if not texts or len(texts) > 2:
            continue
        found = _entries(" ".join(texts)) or _entries(texts[-1])
        if not found and len(texts) == 2 and _CODE.match(texts[0]) and len(texts[1]) > 3:
            found = {texts[0].casefold(): texts[1]}  # the code in a cell, its meaning beside
        if found:
            meanings.update(found)
            where.append(row)
    return meanings, where


def find_codes(others: Sequence[ColumnUse], rows: Sequence[tuple[int, Sequence[Any]]],
               states: Callable[[str], bool],
               above: Sequence[tuple[int, Sequence[Any]]] = (),
               known: Mapping[str, Mapping[str, str]] | None = None,
               system: str = "", elsewhere: Sequence[Sheet] = ()) -> Codes | None:
    """The column of codes a legend explains, where one of its meanings is a state
    (``states``: leaving or leave); None otherwise. The legend may stand under the list or in
    the lines over its header (``above``: a report's "Status: 10=Aktiv 20=Orlov 90=Fratrådt"),
    or be the recognised system's own (``known``: header → code → meaning, PeopleSoft's
    ``Empl Status`` A, L, T …), where every code the column holds is one of them, or on
    another sheet of the workbook (``elsewhere``) under the column's own header, each code
    beside its meaning (a sheet "Koder": ``Statuskode | Betydning``)."""
    candidates = []
    for use in others:
        texts = [cell_text(value_at(v, use.index)) for _, v in rows[:_SAMPLE]]
        codes = {t.casefold() for t in texts if t}
        own_codes = (known or {}).get(normalise_header(use.header), {})
        if own_codes and codes and codes <= {c.casefold() for c in own_codes}:
            # the system's own values, whatever their shape (Zendesk's role "end-user")
            return Codes(use, {c.casefold(): m for c, m in own_codes.items()
                               if c.casefold() in codes}, f"{system}'s own list of codes")
        if codes and len(codes) <= _MOST_CODES and all(_CODE.match(c) for c in codes):
            candidates.append((use, codes))
    if not candidates:
        return None
    for use, codes in candidates:
        own_codes = (known or {}).get(normalise_header(use.header), {})
        table = {c.casefold(): m for c, m in own_codes.items()}
        if table and codes <= set(table):
            return Codes(use, {c: m for c, m in table.items() if c in codes},
                         f"{system}'s own list of codes")
    below, where = _legend_rows([*above, *rows])
    for use, codes in candidates:
        own = _entries(use.header[use.header.find("(") + 1:].rstrip(")")) if "(" in (
            use.header) else {}
        meanings = own or below
        if codes <= set(meanings) and any(states(meanings[c]) for c in codes):
            place = (f'the header "{use.header}"' if own else
                     f"the legend in row {where[0]}" if len(where) == 1 else
                     f"the legend in rows {where[0]}–{where[-1]}")
            return Codes(use, {c: m for c, m in meanings.items() if c in codes}, place)
    for use, codes in candidates:
        for sheet in elsewhere:
            meanings = _sheet_legend(sheet, use.header)
            if codes <= set(meanings) and any(states(meanings[c]) for c in codes):
                return Codes(use, {c: m for c, m in meanings.items() if c in codes},
                             f'the sheet "{sheet.name}"')
    return None


_CODE_HEADERS = frozenset({"kode", "koder", "code", "codes", "statuskode", "nr", "værdi",
                           "value"})


def _sheet_legend(sheet: Sheet, header: str) -> dict[str, str]:
    """The codes a sheet explains under ``header`` (in one of its first rows), each beside its
    meaning in the next column; {} if the sheet has no such column or two meanings for one."""
    wanted = normalise_header(header)
    # (a sheet named for the column's codes, "Statuskoder" for "Status", heads its codes
    # as codes: "Kode | Betydning")
    named = bool(wanted) and normalise_header(sheet.name).startswith(wanted) and any(
        w in normalise_header(sheet.name) for w in ("kode", "code"))
    for at, (_, values) in enumerate(sheet.rows[:5]):
        headers = [normalise_header(cell_text(v)) for v in values]
        if wanted in headers:
            column = headers.index(wanted)
        elif named and (found := [i for i, h in enumerate(headers) if h in _CODE_HEADERS]):
            column = found[0]
        else:
            continue
        meanings: dict[str, str] = {}
        for _, below in sheet.rows[at + 1:at + 1 + _MOST_CODES * 2]:
            code, meaning = cell_text(value_at(below, column)), cell_text(
                value_at(below, column + 1))
            if not code:
                continue
            if not meaning or meanings.setdefault(code.casefold(), meaning) != meaning:
                return {}
        return meanings
    return {}
