"""The fields an employee list's header row names, column by column.

A known system's export is recognised first (systems.py) and its headers mean what it means;
every other header by the listed headers (columns.py) or its words (headerwords.py). A header
under a group header (``Nærmeste leder`` merged over ``Navn`` and ``E-mail``) is read together
with it where that changes what it names; so is a header written twice under an unmerged group
row (a CSV cannot merge).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.sheets.columns import field_role
from pipeline.sheets.headers import STRONG, WEAK, HeaderRow, normalise_header, value_at
from pipeline.sheets.systems import System, recognise
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_GROUP_WORDS = 4


@dataclass(frozen=True)
class HeaderRoles:
    system: System | None
    roles: Mapping[int, tuple[str, int]]  # column index → (field key, tier)

    def candidates(self) -> dict[str, list[tuple[int, int]]]:
        """Field key → every (tier, column index) that could be it, best first."""
        found: dict[str, list[tuple[int, int]]] = {}
        for index, (key, tier) in self.roles.items():
            found.setdefault(key, []).append((tier, index))
        for options in found.values():
            options.sort()
        return found


_NAMES = frozenset({"name", "name_reversed", "first", "last"})


def read_roles(headers: Sequence[str]) -> HeaderRoles:
    system = recognise(headers)
    roles: dict[int, tuple[str, int]] = {}
    passed: list[int] = []  # columns the system leaves out, for another that gives the same
    for index, header in enumerate(headers):
        if not header:
            continue
        if system is not None:
            own = system.role(header)
            if own is not None:
                if own:
                    roles[index] = (own.rstrip("~"), WEAK if own.endswith("~") else STRONG)
                else:
                    passed.append(index)
                continue
        role = field_role(header)
        if role is not None:
            roles[index] = role
    # HiBob's first and last name give way to its "Display name", Personio's own "ID" to its
    # "Personnel number": where an export has none, they are the name or the number after all
    # (never a column the system gives another meaning, as SuccessFactors' "HR")
    present = {key for key, _ in roles.values()}
    for keys in (_NAMES, {"number"}):
        if present & keys:
            continue
        for index in passed:
            role = field_role(headers[index])
            if role is not None and role[0] in keys:
                roles[index] = role
    return HeaderRoles(system, roles)


def match_fields(headers: Sequence[str]) -> dict[str, int]:
    """Field key → the best column for it (to find the header row)."""
    return {key: options[0][1] for key, options in read_roles(headers).candidates().items()}


def _groups(sheet: Sheet, header: HeaderRow) -> dict[int, str]:
    """Column index → the group header above it, where there is one: a merged cell over some
    of the columns (not a title over all of them), or, when the header names a column twice,
    the text above to the left of it."""
    above = next((values for number, values in sheet.rows if number == header.row - 1), None)
    if above is None:
        return {}
    filled = [i for i, text in enumerate(header.headers) if text]
    groups: dict[int, str] = {}
    for index in filled:
        block = sheet.merged_range(header.row - 1, index + 1)
        if block is None or block.min_col == block.max_col:
            continue
        if block.min_col <= filled[0] + 1 and block.max_col >= filled[-1] + 1:
            continue  # a title over the whole list
        groups[index] = cell_text(value_at(above, index))
    names = [normalise_header(h) for h in header.headers if h]
    texts = [i for i in range(len(above)) if cell_text(above[i])]
    if len(names) != len(set(names)) and len(texts) >= 2:
        for index in filled:
            left = [i for i in texts if i <= index]
            if left:
                groups.setdefault(index, cell_text(above[left[-1]]))
    return {i: g for i, g in groups.items() if g and len(g.split()) <= _GROUP_WORDS}


def group_headers(sheet: Sheet, header: HeaderRow) -> tuple[str, ...]:
    """Headers under a group header read together with it (``Leder`` + ``Navn`` → ``Leder
    Navn``) where that changes what they name; otherwise as written."""
    groups = _groups(sheet, header)
    if not groups:
        return header.headers
    named = list(header.headers)
    for index, group in groups.items():
        text = header.headers[index]
        combined = f"{group} {text}"
        role, own = field_role(combined), field_role(text)
        if (role[0] if role else None) != (own[0] if own else None):
            named[index] = combined
    return tuple(named)


def two_row_header(sheet: Sheet, header: HeaderRow) -> HeaderRow:
    """A header of two rows: the single headers merged down over both ("Lønnr.", "Navn"), and
    group headers merged across ("Ansættelse" over "Fra"/"Til", "Nærmeste leder" over "Navn"/
    "E-mail") with their own headers in the second row. The second row is the header row
    then, each column headed by what it says there or, where it says nothing, by the header
    merged down into it (group_headers() reads the groups above)."""
    below = next((v for n, v in sheet.rows if n == header.row + 1), None)
    if below is None or not sheet.merged:
        return header
    texts = [cell_text(value_at(below, i)) for i in range(len(header.headers))]
    down = across = 0
    for index, top in enumerate(header.headers):
        block = sheet.merged_range(header.row, index + 1)
        if block is not None and block.max_row > header.row and block.min_col == block.max_col:
            texts[index] = ""  # merged down: the value shown is the one above
        if texts[index]:
            if block is None or block.min_col == block.max_col:
                return header  # a value under a header of its own: a row of data, or a note
            across += 1
        elif top:
            if block is None or block.max_row < header.row + 1 or block.min_col != block.max_col:
                return header
            down += 1
    if across < 2 or down < 1:
        return header
    headers = tuple(texts[i] or top for i, top in enumerate(header.headers))
    return HeaderRow(header.row + 1, headers, match_fields(headers))
