"""The staff split over sheets: which other sheets are more of the list, read as parts of it.

HR's own workbooks keep a sheet per company, per unit or per kind of employment ("Funktionærer"
beside "Timelønnede"), each with a header row of its own. Such a sheet is more of the list where
its people are (nearly all) not on the list's sheet, and it has the list's columns or at least
an employee number and a name; a sheet named for those who have left or are not employed here
("Fratrådte", "Vikarer") never is, and one named for those on leave ("Orlov og barsel") is
more of the list however few are on it, everyone on it on leave. Each part is then read as a
list of its own, under its own header, and the parts' leaders are looked up among everyone
(employees.py): a foreman on the hourly workers' sheet is found on the salaried staff's with
his address.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.sheets.columns import FIELDS
from pipeline.sheets.headers import HeaderRow, find_header_row, value_at
from pipeline.sheets.listheaders import match_fields, two_row_header
from pipeline.sheets.listshape import header_blocks, holds_people
from pipeline.sheets.names import normal_name
from pipeline.sheets.sheetchoice import others_listed
from pipeline.sheets.statuswords import LEAVE, LEFT, outside, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.unitleaders import ListNames
from pipeline.sheets.values import cell_text


@dataclass(frozen=True)
class Part:
    """One sheet of a list split over sheets, with its own header row."""

    sheet: Sheet
    header: HeaderRow
    same_columns: bool  # the list's columns (a sheet per company), not columns of its own
    on_leave: bool = False  # a sheet of those on leave ("Orlov og barsel"): all of them are


def not_staff(sheet: Sheet) -> bool:
    """A sheet named for those who have left or are not employed here, or titled so in a line
    of its own over its table ("Praktikanter via Jobcenter – ikke ansat hos os", "Indlejede
    fra Randstad – er ikke på vores lønliste")."""
    if status_state(sheet.name) == LEFT or outside(sheet.name):
        return True
    for _, values in sheet.rows[:3]:
        texts = [t for t in map(cell_text, values) if t]
        if len(texts) == 1 and len(texts[0]) > 12:
            # (not a title that says a period ended, "Kampagneperiode … (afsluttet)": a part
            # of the list whose rows say who has left)
            return outside(texts[0])
        if len(texts) > 1:
            return False  # (the table begins: no title over it)
    return False


def _people(sheet: Sheet, header: HeaderRow) -> list[tuple[str, str]]:
    """Each row's number and name under the header (rows without a number left out)."""
    number, name = header.found["number"], header.found.get("name")
    people = []
    for n, values in sheet.rows:
        if n <= header.row:
            continue
        key = cell_text(value_at(values, number))
        if key:
            people.append((key, cell_text(value_at(values, name)) if name is not None else ""))
    return people


def names_on(sheet: Sheet, header: HeaderRow) -> set[str]:
    """The names of the people on a sheet of the list (normalised), read as the walk reads a
    sheet's names (ListNames): whole names, names last name first, first and last names."""
    found = header.found
    return ListNames([(n, v) for n, v in sheet.rows if n > header.row], found.get("name"),
                     found.get("name_reversed"), found.get("first"), found.get("last")).all()


def _led_from_the_list(sheet: Sheet, header: HeaderRow, names: set[str]) -> bool:
    """Whether a sheet's leader column names, on nine rows in ten, people of the list's own
    sheet (by name)."""
    at = header.found.get("leader")
    if at is None:
        return False
    given = [cell_text(value_at(values, at)) for n, values in sheet.rows if n > header.row]
    given = [g for g in given if g]
    return len(given) >= 2 and sum(normal_name(g) in names for g in given) >= 0.9 * len(given)


def more_of_the_list(sheet: Sheet, header: HeaderRow, also: Sequence[Sheet]) -> list[Part]:
    """The other sheets that are more of the list (see the module); [] where there are none,
    or where they are too few to be more than a sheet of the workbook's own (one sheet of one
    person may be a template's example row; two new starters beside a list of forty are warned
    of, as before)."""
    if "number" not in header.found or not also:
        return []
    ours = _people(sheet, header)
    numbers = {n for n, _ in ours}
    names = {normal_name(w) for _, w in ours if w}
    same: list[tuple[Part, int]] = []
    other: list[tuple[Part, int]] = []
    leaders: list[Part] = []
    cited: set[str] | None = None  # every text in the list's rows, once asked for
    titles: str | None = None  # the lines over the list's header and its sheets', once asked
    for candidate in also:
        if not_staff(candidate):
            continue
        away = status_state(candidate.name) == LEAVE  # "Orlov og barsel": still employed
        found = find_header_row(candidate, FIELDS, ["number"], match=match_fields)
        if found is None or "number" not in found.found or not any(
                k in found.found for k in ("name", "name_reversed", "first", "last")):
            continue
        found = two_row_header(candidate, found)
        if "number" not in found.found:
            continue
        theirs = _people(candidate, found)
        new = [(k, w) for k, w in theirs if k not in numbers and normal_name(w) not in names]
        if away:
            # those on leave, each on no other sheet: more of the list, on leave, however few
            if new and len(new) == len(theirs):
                leaders.append(Part(candidate, found, bool(others_listed(
                    sheet, header.row, candidate)), on_leave=True))
            continue
        listed = others_listed(sheet, header.row, candidate)
        if listed >= 2:
            same.append((Part(candidate, found, True), listed))
            continue
        if cited is None:
            # (not the units' column: a sheet of unit codes and their names, "100 | Direktion",
            # is a key of the units the list's rows name, no people)
            units = header.found.get("department")
            cited = {normal_name(cell_text(v)) for n, values in sheet.rows if n > header.row
                     for i, v in enumerate(values) if v is not None and i != units}
        named = sum(1 for k, w in new if normal_name(k) in cited or normal_name(w) in cited)
        if listed:
            # one person under the list's columns: more of the list where the list names
            # them (the director alone on "Administration", the chefs' leader), else
            # perhaps a template's example row
            if new and named == len(new) and not _initials(found):
                leaders.append(Part(candidate, found, True))
            else:
                same.append((Part(candidate, found, True), listed))
            continue
        if len(new) >= 2 and 2 * len(new) > len(theirs) and 2 * named < len(new):
            # (people the list's rows name, as their leaders: a key of the leaders)
            if titles is None:
                titles = _title_lines(sheet, header.row, also)
            if _led_from_the_list(candidate, found, names) or any(
                    len(key := normal_name(w)) >= 5 and " " in key and key in titles
                    for _, w in new):
                # (or the people a title over the list or over one of its sheets names as
                # their leader, "Region Øst – regionschef Gitte Jørgensen": the head office)
                # its people's leaders are the list's own (a care home's "Elever" under the
                # house leaders): staff too, however few
                leaders.append(Part(candidate, found, False))
            else:
                other.append((Part(candidate, found, False), len(new)))
        elif ((len(new) >= 2 and 2 * named >= len(new)) or (new and named == len(new))) and \
                not _initials(found):
            # the leaders the list names, on a sheet of their own with their employee numbers
            # (a hospital's "Ledere" beside "Medarbejdere", the director alone on an "Info"
            # sheet): employees too, whatever how few
            leaders.append(Part(candidate, found, False))
    # as many as the sheets that refuse the list where they are not read (sheetchecks.py)
    parts = [p for p, _ in same] if len(same) > 1 or (same and same[0][1] >= 2) else []
    parts += leaders
    more = sum(n for _, n in other)
    if other and more >= max(2, 0.5 * len(numbers)):
        parts += [p for p, _ in other]
    return parts


def _title_lines(sheet: Sheet, header_row: int, also: Sequence[Sheet]) -> str:
    """The text of the lines over the list's header and of its headings under it ("Region
    Sjælland – regionsleder: Bodil Friis"), and of the first lines of the other sheets (their
    titles), normalised as names are, one string."""
    lines = [cell_text(v) for n, values in sheet.rows if n < header_row for v in values]
    lines += [cell_text(v) for n, values in sheet.rows if n > header_row
              and len(values) - values.count(None) <= 2 for v in values if isinstance(v, str)]
    lines += [cell_text(v) for other in also for n, values in other.rows[:3] for v in values
              if isinstance(v, str) and len(values) - values.count(None) <= 2]
    return " | ".join(normal_name(t) for t in lines if t)


def side_by_side(sheet: Sheet, header: HeaderRow) -> list[tuple[Sheet, HeaderRow, range]]:
    """Tables of people side by side on one sheet, an empty column between them, each with
    the same fields (two offices, a shop in each block: "KØBENHAVN" over A–E, "AARHUS" over
    G–K): each as a sheet of its own that keeps its columns where they stand (so cells are
    named as Excel shows them), with its own header; [] where the sheet holds one table, or
    tables of other fields (staff beside a table of leavers), which stay refused."""
    rows = [(n, v) for n, v in sheet.rows if n > header.row]
    found = [(block, fields) for block, fields in header_blocks(header.headers, rows)
             if holds_people(fields)]
    if len(found) < 2 or len({frozenset(fields) for _, fields in found}) != 1:
        return []
    tables = []
    for block, _ in found:
        def within(values: tuple[object, ...], block: range = block) -> tuple[object, ...]:
            return tuple(v if i in block else None for i, v in enumerate(values))
        headers = tuple(h if i in block else "" for i, h in enumerate(header.headers))
        part = dataclasses.replace(
            sheet, rows=tuple((n, within(v)) for n, v in sheet.rows),
            marks={k: m for k, m in sheet.marks.items() if k[1] - 1 in block},
            links={k: a for k, a in sheet.links.items() if k[1] - 1 in block})
        tables.append((part, HeaderRow(header.row, headers, match_fields(headers)), block))
    numbers = [{n for n, _ in _people(part, head)} for part, head, _ in tables]
    if any(a & b for i, a in enumerate(numbers) for b in numbers[i + 1:]):
        return []  # the same people in two tables: no halves of one list (refused as before)
    return tables


def _initials(header: HeaderRow) -> bool:
    """A sheet whose "number" is a column of initials (a key of the leaders' initials)."""
    text = header.headers[header.found["number"]].casefold().strip(" .:")
    return text in ("initialer", "initials", "init", "forkortelse", "kortnavn")


_NAME_KEYS = ("name", "name_reversed", "first", "last")
_TITLE_LINES = 2  # a section's title: at most this many lines of one text straight above it


def sections_below(sheet: Sheet, header: HeaderRow) -> list[tuple[Sheet, HeaderRow, range]]:
    """Sections of one sheet, one under the other, each with its own header row that names a
    column otherwise ("Fastansatte" with "Stilling" in D; "Timelønnede undervisere" under it
    with "Status" in D): read under the first header, the second section's statuses would be
    job titles, and its leavers would get forms. Each section is read as a part of its own,
    under its own header and title, rows cut where the next one's title starts; [] where no
    header below names a column otherwise (the headers printed again, read as before), or a
    number stands in two sections (a copy: copies.py)."""
    number = header.found.get("number")
    if number is None:
        return []
    first = [cell_text(h).casefold() for h in header.headers]
    starts: list[tuple[int, HeaderRow]] = []
    for row, values in sheet.rows:
        if row <= header.row or number >= len(values) or not isinstance(
                values[number], str) or cell_text(values[number]).casefold() != first[number]:
            continue  # (a number cell of a number, most rows: no header again)
        texts = [cell_text(v) for v in values]
        found = match_fields(texts)
        if found.get("number") != number or not holds_people(found):
            continue
        folded = [t.casefold() for t in texts]
        if any(k in found and found[k] == header.found.get(k) for k in _NAME_KEYS) and any(
                t and i < len(first) and first[i] and t != first[i]
                for i, t in enumerate(folded)):
            starts.append((row, HeaderRow(row, tuple(texts), found)))
    if not starts:
        return []
    rows = {n: v for n, v in sheet.rows}
    cuts: list[int] = []
    for row, _ in starts:
        cut = row
        while (row - cut < _TITLE_LINES and cut - 1 in rows
               and sum(1 for v in rows[cut - 1] if cell_text(v)) == 1):
            cut -= 1
        cuts.append(cut)
    bounds = [(header.row if i == 0 else cuts[i - 1], cuts[i] if i < len(cuts) else None)
              for i in range(len(cuts) + 1)]
    heads = [header, *(h for _, h in starts)]
    sections = []
    for (low, high), head in zip(bounds, heads, strict=True):
        end = high if high is not None else sheet.rows[-1][0] + 1 if sheet.rows else low + 1
        part = dataclasses.replace(sheet, rows=tuple(
            (n, v) for n, v in sheet.rows if (low == header.row or n >= low) and n < end))
        last = part.rows[-1][0] if part.rows else head.row
        sections.append((part, head, range(head.row, max(last, head.row) + 1)))
    numbers = [{n for n, _ in _people(part, head)} for part, head, _ in sections]
    if any(a & b for i, a in enumerate(numbers) for b in numbers[i + 1:]):
        return []
    return sections
