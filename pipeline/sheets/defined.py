"""A column the workbook itself defines as the leader, in a line of text.

A cover sheet or a note above the list often explains its columns: "Kontaktperson =
menighedsrådets kontaktperson (nærmeste leder for kirkefunktionærer)". A column whose header
names another relation (``Kontaktperson``, ``Ansvarlig``) is never the leader by its header
alone; where such a line says it is the leader, it is, said in `mus check`. Only where the list
has no leader column; a line must begin with the column's header and say "leder" (or
"manager", "chef") after it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from pipeline.sheets.findings import Findings
from pipeline.sheets.mapping import ColumnUse, ListLayout
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, parse_yes_no

_SAYS = re.compile(r"^\s*(?:[=:–—-]|er\b|is\b|betyder\b|means\b|angiver\b)\s*", re.IGNORECASE)
_LEADS = re.compile(r"\b(?:nærmeste\s+leder|leder|ledere|manager|chef|supervisor)\b",
                    re.IGNORECASE)
_ADDRESS = ("mail", "email", "mailadresse")  # the header's last word ("e-mail": "mail")


def _lines(sheets: Iterable[Sheet], sheet: Sheet, header_row: int) -> Iterable[str]:
    """The workbook's lines of text outside the list: other sheets, and above the header."""
    for other in sheets:
        for number, values in other.rows:
            if other is sheet and number >= header_row:
                break
            for value in values:
                text = cell_text(value)
                if len(text) > 12 and " " in text:
                    yield text


def leader_defined(layout: ListLayout, sheets: Iterable[Sheet], sheet: Sheet,
                   findings: Findings) -> ListLayout:
    """The layout with the column a line of the workbook defines as the leader, if any."""
    if "leader" in layout.fields or "leader_number" in layout.fields:
        return layout
    used = {u.index for u in layout.fields.values()}
    free = [u for u in layout.kept if u.index not in used and u.header]
    if not free:
        return layout
    for line in _lines(sheets, sheet, layout.header_row):
        for use in free:
            if not line.casefold().startswith(use.header.casefold()):
                continue
            rest = line[len(use.header):]
            said = _SAYS.match(rest)
            if said is None or not _LEADS.search(rest[said.end():]) or _flags(
                    sheet, layout.header_row, use.index):
                continue  # ("Personaleansvar = Ja: lederen af teamet": a mark of who leads,
                # Ja or Nej on each row, not a column of leaders)
            fields = dict(layout.fields)
            fields["leader"] = use
            own = fields.get("email")
            address = _address_of(use, [*free, *([own] if own else [])])
            if address is not None and "leader_email" not in fields:
                fields["leader_email"] = address
                if address is own:  # ("Kontaktpersons mail" taken for the employees' own)
                    del fields["email"]
            findings.warnings[:] = [w for w in findings.warnings if not (
                w.kind == "leader-column-other" and w.column == use.header)]
            findings.note("leader-defined", f'The column "{use.header}" is read as the leader: '
                          f'the workbook says so ("{line[:80]}").', layout.header_row,
                          use.header)
            return dataclasses.replace(layout, fields=fields)
    return layout


def _flags(sheet: Sheet, header_row: int, index: int) -> bool:
    """The column holds yes or no on every filled row (Ja/Nej, x): a mark, not names."""
    filled = [t for number, values in sheet.rows if number > header_row and index < len(values)
              and (t := cell_text(values[index]))]
    try:
        for text in filled:
            parse_yes_no(text)  # (raises for anything that is not yes or no)
    except ValueError:
        return False
    return bool(filled)


def _address_of(use: ColumnUse, free: list[ColumnUse]) -> ColumnUse | None:
    """The column of that leader's address ("Kontaktpersons mail")."""
    stem = use.header.casefold().rstrip("s")
    for other in free:
        words = other.header.casefold().replace("-", " ").split()
        if other is not use and other.header.casefold().startswith(stem) and words and (
                words[-1] in _ADDRESS):
            return other
    return None
