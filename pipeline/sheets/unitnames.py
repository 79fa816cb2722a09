"""Units given as codes, their names on another sheet of the workbook.

ERP and payroll exports give each employee's unit as a code (Unit4's ``Org.enhed`` ``R220``, a
region's ``Omk.sted`` ``4113``) and carry the codes' names on a sheet of their own
(``Org.enheder``: ``R220 | Byggerådgivning``; ``Omkostningssteder``: ``4113 | Kirurgisk
Afdeling``). The forms, the overview and the question filters want the unit's name, so the
department is read through that sheet: a sheet with a column that holds every code of the
list, each once, and beside it a column of names, one for each code (not codes themselves,
and not the names of people on the list: a sheet that pairs units with their leaders is no
sheet of names).

Only on that evidence, and said in ``mus check``: where the department column holds codes, the
codes are replaced by their names; where the list has no department column, a column of codes
is the department only when the sheet of names is headed by that column's own header
(``Omk.sted`` over both) or heads its names as units (``EAN-lokationer``: ``EAN-nr`` codes
named under ``Enhed``), warned. A code the sheet does not name leaves every code as it is.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.names import normal_name
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.mapping import ColumnUse, ListLayout

# R220, 4113, 41-13, HR.200, KST0042: a short code with a digit and no space
_CODE = re.compile(r"^[^\W_]{0,6}[-./]?\d[\w./-]{0,10}$")
# FO, AK, FA-OK: a code of capitals (the sheet of names must still name every one of them)
_LETTERS = re.compile(r"^[A-ZÆØÅ]{2,5}(?:[-./][A-ZÆØÅ0-9]{1,5}){0,2}$")


@dataclass(frozen=True)
class CodeNames:
    sheet: str
    key_header: str  # the sheet's header over the codes ("" when it has none)
    names: dict[str, str]  # code (casefolded) → name
    example: str  # the first code and its name, as the sheet writes them
    name_header: str = ""  # the sheet's header over the names ("Enhed")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _header_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def codes_of(values: Sequence[str]) -> set[str] | None:
    """The codes of a column, casefolded, where every filled cell is a code and some are shared
    (a unit holds several people); None otherwise."""
    filled = []
    for value in values:
        if value.strip():
            key = _key(value)
            if not _CODE.match(key) and not _LETTERS.match(value.strip()):
                return None  # (a column of names: at its first cell)
            filled.append(key)
    if len(filled) < 2:
        return None
    codes = set(filled)
    return codes if len(codes) < len(filled) else None


class _People:
    """The names on the list, normalised once, and only where a sheet of codes is looked at."""

    def __init__(self, drafts: Sequence[Draft]) -> None:
        self._drafts = drafts
        self._names: set[str] | None = None

    def __contains__(self, name: object) -> bool:
        if self._names is None:
            self._names = {normal_name(d.name) for d in self._drafts}
        return name in self._names


def find_code_names(others: Sequence[Sheet], codes: set[str], people: Container[str]
                    ) -> CodeNames | None:
    """The one sheet and column that name every code once (None where none does, or more than
    one could)."""
    found: list[CodeNames] = []
    for sheet in others:
        grid = [[cell_text(v) for v in row] for _, row in sheet.rows]
        width = max((len(r) for r in grid), default=0)
        for key in range(width):
            keyed = [r for r in grid if key < len(r) and _key(r[key]) in codes]
            seen = [_key(r[key]) for r in keyed]
            if len(seen) != len(set(seen)) or (set(seen) != codes and (
                    len(codes) < 5 or len(seen) < 0.8 * len(codes))):
                continue  # a code named twice, or missing (one in five or more may be: said,
                # name_units)
            above = next((r for r in grid if key < len(r) and r[key].strip()), [])
            for col in range(width):
                if col == key:
                    continue
                names = {_key(r[key]): (r[col] if col < len(r) else "").strip() for r in keyed}
                if not all(any(c.isalpha() for c in n) for n in names.values()):
                    continue
                if len({_key(n) for n in names.values()}) < len(names):
                    continue  # one name for two codes: no names of units
                if any(_key(n) in codes or _CODE.match(n) or normal_name(n) in people
                       for n in names.values()):
                    continue  # codes again, or people (a sheet of units and their leaders)
                key_header = above[key] if above and _key(above[key]) not in codes else ""
                example = f"{keyed[0][key].strip()}: {names[_key(keyed[0][key])]}"
                name_header = above[col] if above and col < len(above) and key_header else ""
                found.append(CodeNames(sheet.name, key_header, names, example, name_header))
                break  # the first column of names beside the codes
    return found[0] if len(found) == 1 else None


def name_units(drafts: Sequence[Draft], layout: ListLayout, others: Sequence[Sheet],
               findings: Findings) -> str:
    """Give each draft its unit's name where its department is a code another sheet names;
    the name of the sheet so read ("" where none is)."""
    if not drafts or not others:
        return ""
    people = _People(drafts)
    department = layout.fields.get("department")
    if department is not None:
        codes = codes_of([d.fields["department"] for d in drafts])
        if codes is None:
            return ""
        found = find_code_names(others, codes, people)
        if found is None:
            return ""
        unnamed: dict[str, list[int]] = {}
        for d in drafts:
            code = d.fields["department"]
            if code and _key(code) not in found.names:
                unnamed.setdefault(code, []).append(d.row)
            d.fields["department"] = found.names.get(_key(code), code)
        findings.note("unit-names", f'The departments in "{department.header}" are codes; '
                      f'their names are read from the sheet "{found.sheet}" (for example '
                      f"{found.example}).", column=department.header)
        for code, rows in unnamed.items():
            findings.warn("unit-name-missing", f'The department code "{code}" '
                          f'({rows_text(rows)}) is not on the sheet "{found.sheet}", so it stays '
                          "the code.", f'Add the code and its name to the sheet "{found.sheet}".',
                          rows[0], department.header, rows)
        return found.sheet
    if any(d.fields["department"] for d in drafts):
        return ""  # departments from headings or paths
    for use in layout.kept:
        _kept_codes(drafts, use, others, people, findings)
        if any(d.fields["department"] for d in drafts):
            break
    return ""


def _a_unit(header: str) -> bool:
    """A header of units' names ("Enhed", "Afdeling", "Department")."""
    from pipeline.sheets.listheaders import match_fields

    return match_fields((header,)).get("department") == 0


def _kept_codes(drafts: Sequence[Draft], use: ColumnUse, others: Sequence[Sheet],
                people: Container[str], findings: Findings) -> None:
    texts = [d.texts[use.index] if use.index < len(d.texts) else "" for d in drafts]
    codes = codes_of(texts)
    if codes is None:
        return
    found = find_code_names(others, codes, people)
    if found is None or (_header_key(found.key_header) != _header_key(use.header) and not (
            found.name_header and _a_unit(found.name_header))):
        return  # (the same header over both, or names headed as units: "Enhed")
    for d, text in zip(drafts, texts, strict=True):
        d.fields["department"] = found.names.get(_key(text), text)
    findings.warn("unit-names", f'The list has no department column; "{use.header}" (column '
                  f"{use.letter}) holds codes that the sheet \"{found.sheet}\" names (for "
                  f"example {found.example}), so those names are read as the department.",
                  'If that is wrong, add a column "Afdeling" with each employee\'s department.',
                  column=use.header)
