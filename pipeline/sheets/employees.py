"""The employee list: one row per employee, as HR and payroll systems and directories export it.

Read right or refused, never misread: every mistake is listed at once with file, sheet, row and
column; what mus is unsure about but can go on with is a warning. Every row under the header is
an employee or says why not (rows.py, walked in walk.py); leavers get no form (employment.py);
each leader is looked up in the list afterwards (listleaders.py).
What was understood (which column is which field, each row that is not an employee and why,
who has left) is kept for `mus check` and the manifest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.errors import InputFileError, SheetIssue, raise_if_issues
from pipeline.model import Employee
from pipeline.sheets.bycontent import holds_units
from pipeline.sheets.columnleaders import (
    chain_leaders,
    leaders_of_units,
    levels_left,
    levels_past_self,
    refuse_leader_positions,
)
from pipeline.sheets.columns import FIELDS, NUMBER, field_role
from pipeline.sheets.contactsheet import emails_from_sheets
from pipeline.sheets.copies import drop_old_copy
from pipeline.sheets.defined import leader_defined
from pipeline.sheets.ditto import fill_ditto
from pipeline.sheets.draft import CHANGE_ARROW, LANGUAGES, NEW_FROM, Draft, DraftReader
from pipeline.sheets.employment import Absent, EmploymentReader
from pipeline.sheets.evidence import NO, YES
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.grouping import first_section, read_grouping
from pipeline.sheets.headerdomain import domain_in_header
from pipeline.sheets.headers import WEAK, HeaderRow, accepted, value_at
from pipeline.sheets.headerwords import LEADER, concepts, header_words
from pipeline.sheets.initials import read_initials_key
from pipeline.sheets.leaders import Who
from pipeline.sheets.leaversheet import leavers_on_sheet
from pipeline.sheets.ledunits import units_of_leaders
from pipeline.sheets.listchecks import check_list
from pipeline.sheets.listheaders import two_row_header
from pipeline.sheets.listleaders import (
    check_leader_series,
    has_leaders,
    leaders_from_unit_sheet,
    who_of,
    with_leaders,
)
from pipeline.sheets.listshape import (
    refuse_fixed_width,
    refuse_side_tables,
    refuse_sideways,
    refuse_two_line_records,
)
from pipeline.sheets.manyrows import merge_person_rows
from pipeline.sheets.mapping import ListLayout, choose_sheet, header_score, map_columns
from pipeline.sheets.markleaders import leaders_by_marks
from pipeline.sheets.marks import left_by_mark, read_marks
from pipeline.sheets.namecodes import split_name_codes
from pipeline.sheets.names import dn_unit, normal_name
from pipeline.sheets.newvalues import apply_new_values, current_rows, split_unit_leaders
from pipeline.sheets.numberseries import series_marks
from pipeline.sheets.pairedcells import split_paired_cells
from pipeline.sheets.parentunits import lead_from_parent_units
from pipeline.sheets.partlist import one_row_each, refuse_self_led, said_parts, units_of_parts
from pipeline.sheets.parts import Part, more_of_the_list, names_on, sections_below, side_by_side
from pipeline.sheets.persons import NameShape, spells_names
from pipeline.sheets.placeholders import refuse_placeholders
from pipeline.sheets.positions import ended_positions, other_affiliations
from pipeline.sheets.reverseleaders import people_led
from pipeline.sheets.rolemarks import read_role_marks
from pipeline.sheets.rowmarks import read_row_marks, refuse_lost_looks
from pipeline.sheets.rows import RowReader, Skipped
from pipeline.sheets.selection import refuse_unselected
from pipeline.sheets.sheetchecks import (
    refuse_changes,
    refuse_people_elsewhere,
    refuse_split_list,
    refuse_versions,
)
from pipeline.sheets.sheetnotes import (
    apply_moves,
    beside_notes,
    changes_with_days,
    check_notes,
    check_remarks,
    leaders_from_notes,
    leavers_beside,
    note_texts,
    notes_under_rows,
    reports_notes,
    sheet_notes,
)
from pipeline.sheets.shifted import refuse_shifted
from pipeline.sheets.sidekey import leader_addresses, title_addresses
from pipeline.sheets.table import Sheet, open_workbook_sheets
from pipeline.sheets.textcells import plain_cells, thousands_columns, without_address_labels
from pipeline.sheets.titleleaders import read_flag_leaders, read_title_leaders
from pipeline.sheets.typedpairs import say_typed_pairs, typed_pairs
from pipeline.sheets.unitleaders import ListNames
from pipeline.sheets.unitlegend import unit_code_names
from pipeline.sheets.unitnames import name_units
from pipeline.sheets.unitpaths import shorten_paths
from pipeline.sheets.unitrecords import unit_records
from pipeline.sheets.unitsites import units_at_sites
from pipeline.sheets.values import cell_text
from pipeline.sheets.walk import RowWalk, given

COLUMNS = FIELDS  # the fields an employee list may have (question filters look them up)
__all__ = ["COLUMNS", "LANGUAGES", "EmployeeList", "read_employee_list", "read_employees"]


@dataclass(frozen=True)
class EmployeeList:
    """Everyone on the list, and what was understood to read them."""

    file: Path
    sheet: str
    layout: ListLayout
    employees: tuple[Employee, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[SheetIssue, ...] = ()  # every one (shown capped by kind)
    encoding: str = ""
    other_sheets: tuple[str, ...] = ()  # other sheets that look like employee lists
    include_hidden: bool = False
    leavers: tuple[Absent, ...] = ()  # on the list, but left: no form, no mail
    on_leave: tuple[Absent, ...] = ()  # on leave: employees, unless skip_on_leave
    notes: tuple[SheetIssue, ...] = ()  # what was understood, said in `mus check`
    blank_rows: tuple[int, ...] = ()
    include_leavers: bool = False
    skip_on_leave: bool = False
    sheets: tuple[str, ...] = ()  # the sheets read, where the list is split over several
    layouts: tuple[tuple[str, ListLayout], ...] = ()  # the other sheets' columns, by sheet


def read_employees(path: Path, include_hidden: bool = False) -> list[Employee]:
    """Every employee on the list, or a SpreadsheetError that lists every mistake at once."""
    return list(read_employee_list(path, include_hidden).employees)


def _row_reader(sheet: Sheet, layout: ListLayout, rows: Sequence[tuple[int, tuple[Any, ...]]],
                include_hidden: bool) -> RowReader:
    number_col = layout.fields["number"].index
    names = tuple(layout.fields[k].index for k in ("name", "name_reversed", "first", "last")
                  if k in layout.fields)
    numbers = [cell_text(v[number_col]) for _, v in rows[:2000] if number_col < len(v)]
    numbers = [n for n in numbers if n]
    digits = sum(any(c.isdigit() for c in n) for n in numbers) >= 0.5 * len(numbers)
    roles = {use.index: key for key, use in layout.fields.items()}
    shape = NameShape.of([cell_text(v[names[0]]) for n, v in rows[:2000]
                          if names and names[0] < len(v) and number_col < len(v)
                          and cell_text(v[number_col])])
    # a pivot table's value column ("Antal af Nr", "Count of Name") counts, on every row:
    # what kind a row is is seen without it (a group row holds a label and a count)
    counts = {i for i, h in enumerate(layout.headers) if _PIVOT_VALUE.match(h or "")}
    email = layout.index("email")
    spelled = names and email is not None and spells_names([
        (" ".join(cell_text(v[i]) for i in names), cell_text(v[email])) for _, v in rows[:200]
        if max(*names, email, number_col) < len(v) and cell_text(v[number_col])])

    @functools.cache
    def numbered() -> dict[str, str]:
        return {" ".join(" ".join(cell_text(v[i]) for i in names if i < len(v)).casefold().split()):
                cell_text(v[email]) if email is not None and email < len(v) else ""
                for _, v in rows if number_col < len(v) and cell_text(v[number_col])}

    return RowReader(sheet, layout.headers, roles, number_col, names,
                     frozenset(u.index for u in layout.withheld) | counts, include_hidden, digits,
                     layout.index("department"), shape, email, bool(spelled), numbered)


_PIVOT_VALUE = re.compile(r"^\s*(?:antal|sum|count|anzahl|summe|antall|average|middel|"
                         r"gennemsnit)\s+(?:af|of|von|av)\s+\S", re.IGNORECASE)


def _leavers_by_mark(walk: RowWalk, over: Sequence[str] = ()) -> None:
    """People marked by their name with a mark the legend (under the list, or over its
    header: ``over``) says is leaving ("Niels Steffensen *" over "* Fratrådt 31.10.2026") are
    leavers, as a status would say."""
    left = left_by_mark(walk.drafts, walk.skips, over)
    if not left:
        return
    gone = {id(d) for d, _ in left}
    walk.drafts[:] = [d for d in walk.drafts if id(d) not in gone]
    walk.numbered.clear()
    for i, draft in enumerate(walk.drafts):
        walk.numbered.setdefault(draft.number, i)
    for draft, why in left:
        walk.leavers.append(Absent(draft.row, draft.number, draft.name, why))
        walk.gone.append(Who(draft.row, draft.number, draft.name, draft.fields["email"]))


def _unit_paths(drafts: Sequence[Draft], headed: set[int], layout: ListLayout,
                findings: Findings) -> None:
    """A department column of paths through the organisation ("/Ansatte/Indskoling"): each
    employee's department is the path's last part, or as much of its end as tells it apart."""
    own = {d.row: d.fields["department"] for d in drafts
           if d.row not in headed and d.fields.get("department")}
    short, example, up = shorten_paths(own)
    if not example:
        return
    for draft in drafts:
        if draft.row in short:
            draft.fields["department"] = short[draft.row]
    use = layout.fields["department"]
    findings.note("unit-path", f'The column "{use.header}" (column {use.letter}) holds paths '
                  "through the organisation" + (
                      ", written from the unit up; the department is each path's first part "
                      "(or as much of its start as tells two units apart)" if up else
                      "; the department is each path's last part (or as much of its end as "
                      "tells two units apart)") + f": {example}.", layout.header_row,
                  use.header)


_UNIT_LIST = re.compile(r"\s*[;,]\s*")


def _one_unit_each(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """Department cells that list several groups ("Underwriting;Kaffeklubben", a survey
    tool's teams) or several units (Sling's "Frederiksberg, Vesterbro": the shops someone
    works shifts in). Where exactly one of a ";" list is the whole department of other rows,
    that one is the unit (the others are groups across units); where two or more are (after a
    comma too, every part one), the one their leader belongs to is, said. Otherwise the cell
    stays as it is, and a cell of several units is warned of."""
    listed = [d for d in drafts if ";" in d.fields["department"]
              or "," in d.fields["department"]]
    if not listed:
        return
    alone = {normal_name(d.fields["department"]) for d in drafts
             if d.fields["department"] and ";" not in d.fields["department"]
             and "," not in d.fields["department"]}
    home: dict[str, str] = {}  # a leader as written (name, number, e-mail) → their unit
    for d in drafts:
        unit = d.fields["department"]
        if unit and normal_name(unit) in alone:
            for key in (normal_name(d.name), d.number.casefold(), d.fields["email"].casefold()):
                if key:
                    home.setdefault(key, unit)
    read: list[int] = []
    by_leader: list[int] = []
    unsettled: list[int] = []
    example = ""
    for draft in listed:
        written = draft.fields["department"]
        parts = [p for p in _UNIT_LIST.split(written) if p]
        units = [p for p in parts if normal_name(p) in alone]
        if ";" in written and len(units) == 1:
            example = example or f'"{written}" → "{units[0]}"'
            draft.fields["department"] = units[0]
            read.append(draft.row)
        elif len(units) >= 2 and (";" in written or len(units) == len(parts)):
            given = draft.given
            leads = next((home[k] for k in (normal_name(given.text), given.number.casefold(),
                                            given.email.casefold()) if k and k in home), "")
            if leads and normal_name(leads) in {normal_name(u) for u in units}:
                draft.fields["department"] = leads
                by_leader.append(draft.row)
            else:
                unsettled.append(draft.row)
    use = layout.fields.get("department")
    column = use.header if use else None
    if read:
        findings.note("unit-of-groups", f"Some department cells list several groups; the one "
                      f"that is other rows' whole department is read as the unit ({example}; "
                      f"{rows_text(read)}).", read[0], column, read)
    if by_leader:
        findings.note("unit-of-leader", "Some department cells list several units; the one "
                      "the employee's leader belongs to is read as their unit "
                      f"({rows_text(by_leader)}).", by_leader[0], column, by_leader)
    if unsettled:
        findings.warn("units-listed", f"The department cells in {rows_text(unsettled)} list "
                      "several units, and their leader belongs to none of them (or is not on "
                      "the list), so the cell is used as it is.", "Write the one unit each of "
                      "them belongs to for the MUS, and run the command again.", unsettled[0],
                      column, unsettled)


def _units_from_dn(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> bool:
    """A directory export with no department column: the unit each person is kept in (the
    first OU of their distinguished name) is their department, where the OUs tell people
    apart (not one "OU=Users" for all)."""
    use = layout.identifiers.get("dn")
    if use is None or not drafts:
        return False
    units = {d.row: dn_unit(d.texts[use.index]) for d in drafts if use.index < len(d.texts)}
    if len(set(units.values()) - {""}) < 2:
        return False
    for draft in drafts:
        draft.fields["department"] = units.get(draft.row, "")
    first = next(d for d in drafts if units.get(d.row))
    findings.note("dn-department", "No column names the department, so each employee's is the "
                  f'first organisational unit (OU=) of their "{use.header}" (column '
                  f'{use.letter}): "{first.texts[use.index]}" gives {units[first.row]}.',
                  layout.header_row, use.header)
    return True


def _units_header(cells: Sequence[Any]) -> bool:
    """A row that heads a table of units and their leaders: three headers or more, one of the
    unit and one of its leader ("Afdeling | Leder | Mail | Refererer til")."""
    roles = [field_role(t) for t in map(cell_text, cells) if t]
    keys = {r[0] for r in roles if r is not None}
    return len(roles) >= 3 and "department" in keys and bool(keys & {"leader", "leader_number"})


def _table_above(sheet: Sheet, header_row: int) -> list[Sheet]:
    """A small table of units and their leaders over the list ("Afdeling | Leder | Mail |
    Refererer til", then a row per unit), as a sheet of its own: read as a sheet of units is,
    never as lines naming one leader over every row."""
    over = [(n, v) for n, v in sheet.rows if n < header_row]
    for at, (_, values) in enumerate(over):
        if _units_header(values) and sum(sum(bool(cell_text(c)) for c in v) >= 2
                                         for _, v in over[at + 1:]) >= 2:
            # (and two rows under it: not "Afdeling: | Ledelse" over "Leder: | Ulla Hansen", a
            # sheet's own title lines)
            return [dataclasses.replace(sheet, name=f"{sheet.name} (over the list)",
                                        rows=tuple(over[at:]), marks={}, links={})]
    return []


def _side_table(sheet: Sheet, layout: ListLayout) -> list[Sheet]:
    """A small table beside the list (sidekey.py), as a sheet of its own (its columns where
    they stand): a table of the units and their leaders is read as a sheet of units is. Also
    one whose headers stand a row or two lower, under a title ("Afdelinger" over "Afd.kode |
    Afdeling | Leder (medarb.nr.) | Refererer til afd.")."""
    used = [u.index for u in (*layout.fields.values(), *layout.kept) if u.index not in (
        layout.side)]
    start = min(layout.side) if layout.side else max(used, default=-1) + 2  # past an empty one
    for row, values in sheet.rows:
        if row <= layout.header_row:
            continue
        if row > layout.header_row + 3:
            break
        if _units_header(values[start:]):
            rows = tuple((n, tuple(v if i >= start else None for i, v in enumerate(cells)))
                         for n, cells in sheet.rows if n >= row)
            return [dataclasses.replace(sheet, name=f"{sheet.name} (beside the list)",
                                        rows=rows, marks={}, links={})]
    if not layout.side:
        return []
    side = set(layout.side)
    rows = tuple((n, tuple(v if i in side else None for i, v in enumerate(values)))
                 for n, values in sheet.rows if n >= layout.header_row)
    return [dataclasses.replace(sheet, name=f"{sheet.name} (beside the list)", rows=rows,
                                marks={}, links={})]


_ARROWS = ("→", "->", "↳", "=>", "⇒", "└")


def _notes_under(rows: Sequence[tuple[int, Any]], layout: ListLayout,
                 comments: Mapping[int, tuple[str, ...]]) -> Mapping[int, tuple[str, ...]]:
    """The cells' comments, and a note on a row of its own right under an employee that is
    about them: an arrow first ("→ OBS Signe starter først 1/1-2027") or their first name
    first ("Jonas har meddelt fratræden pr. 30/11"): read as a remark on that employee, as a
    comment in their cell is."""
    number = layout.fields.get("number")
    name = layout.fields.get("name") or layout.fields.get("name_reversed") or layout.fields.get(
        "first")
    if number is None or name is None:
        return comments
    found: dict[int, tuple[str, ...]] = {}
    above: tuple[int, Any] | None = None
    for row, values in rows:
        raw = value_at(values, number.index)
        if raw is not None and raw != "" and (not isinstance(raw, str) or raw.strip()):
            above = (row, values)  # (most rows: a number, looked at no further)
            continue
        filled = [v for v in values if v not in (None, "")]
        if above is None or len(filled) != 1 or not isinstance(filled[0], str):
            above = None if filled else above
            continue
        text = cell_text(filled[0])
        words = text.replace(",", " ").split()
        first = cell_text(value_at(above[1], name.index)).replace(",", " ").split()[:1]
        if text.startswith(_ARROWS) or (first and len(first[0]) > 2 and first[0].casefold() in (
                w.casefold() for w in words[:3])):
            found[above[0]] = (*found.get(above[0], ()), text.lstrip("".join(_ARROWS) + " -=>"))
        above = None
    if not found:
        return comments
    return {**comments, **{r: (*comments.get(r, ()), *t) for r, t in found.items()}}


def _width(headers: Sequence[str]) -> int:
    """The list's columns: up to its last header."""
    return max((i + 1 for i, h in enumerate(headers) if h), default=0)


def _leavers_by_name(drafts: list[Draft], leavers: list[Absent], rows: Sequence[tuple[int, Any]],
                     layout: ListLayout, findings: Findings) -> str:
    """A column headed as the end of employment that holds names of people on the list, not
    dates (a small table of leavers beside the list, "Fratrådt i 2026" over Navn | Fratrådt):
    those it names have left, said; the rest of the column says nothing. Its header where it
    was read so, else ""."""
    use = layout.fields.get("end_date")
    if use is None:
        return ""
    texts = []
    for _, values in rows:
        value = value_at(values, use.index)
        if value is None or value == "":
            continue
        text = cell_text(value)
        if not isinstance(value, str) or any(c.isdigit() for c in text):
            return ""  # dates, as an end-date column holds (most lists: at its first cell)
        texts.append(text)
    if len(texts) < 2:
        return ""
    if sum(len(t.split()) >= 2 for t in texts) < len(texts) - 1:
        return ""  # names of people, not words (a header "Navn" among them at most)
    by_name = {normal_name(d.name): d for d in drafts}
    named = [by_name[n] for n in map(normal_name, texts) if n in by_name]
    if len(named) < 2:
        return ""  # (those it names who are no longer on the list say nothing more)
    gone = {d.number for d in named}
    drafts[:] = [d for d in drafts if d.number not in gone]
    leavers += [Absent(d.row, d.number, d.name, f'named under "{use.header}"') for d in named]
    findings.note("leavers-by-name", f'The column "{use.header}" names people on the list '
                  "(a table of leavers beside it), not dates: they have left "
                  f"({rows_text([d.row for d in named])}).", column=use.header,
                  rows=[d.row for d in named])
    return use.header


def _ids(who: Who) -> tuple[str, ...]:
    """What names a person on the list besides their name: number, initials, user names."""
    return (who.number, who.initials, who.upn, *who.others)


def _units_by_leaders(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> bool:
    """Where no column is the department: one that groups people as their leaders do, each
    leader's people sharing one of its values and the leaders' groups differing (a crew list's
    "Fag": Tømrer under the carpenters' foreman, Murer under the bricklayers'), is the unit,
    said; not where one leader leads all, nor a column of yes and no."""
    if any(d.fields["department"] for d in drafts) or not any(map(given, drafts)):
        return False
    used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    groups: dict[str, list[Draft]] = {}
    for d in drafts:
        if given(d):
            groups.setdefault(normal_name(d.given.text or d.given.number or d.given.email),
                              []).append(d)
    # each leader's people who lead nobody themselves (the foremen under the site manager
    # are each in their own trade)
    leads = set(groups)
    people = {normal_name(d.name) for d in drafts}
    led = [m for m in ([d for d in g if normal_name(d.name) not in leads
                        and normal_name(d.number) not in leads] for g in groups.values())
           if len(m) >= 2]
    if len(led) < 2:
        return False
    # a job title under a header that names one only weakly (a crew list's "Fag", the trade)
    # may be the unit too: the trades the foremen lead
    title = layout.fields.get("job_title")
    weak = [title] if title is not None and (field_role(title.header) or ("", 0))[1] == WEAK \
        else []
    for use in (*layout.kept, *weak):
        if (use.index in used and use not in weak) or not use.header:
            continue

        def value(d: Draft, index: int = use.index) -> str:
            return d.texts[index] if index < len(d.texts) else ""

        texts = [value(d) for d in drafts]
        if not holds_units(texts) or {t.casefold() for t in texts} <= YES | NO | {""}:
            continue
        distinct = {normal_name(t) for t in texts if t}
        if 2 * len(distinct & people) >= len(distinct):
            continue  # people on the list ("Sjakbajs": the crew's own spokesman), no units
        shared = [{value(d) for d in g} for g in led]
        pure = [next(iter(v)) for v in shared if len(v) == 1 and "" not in v]
        if len(pure) < 0.9 * len(led) or len(set(pure)) < 2:
            continue
        for d in drafts:
            d.fields["department"] = value(d)
        findings.note("department-by-leaders", f'No column is headed as the department, but '
                      f'"{use.header}" (column {use.letter}) groups the employees as their '
                      "leaders do (each leader's people share one of its values), so it is read "
                      "as the department.", column=use.header)
        return True
    return False


def _blank_rows(sheet: Sheet, header_row: int, rows: Sequence[tuple[int, Any]]) -> list[int]:
    """Empty rows between the header and the last row that holds anything."""
    if not rows:
        return []
    last = rows[-1][0]
    if sheet.encoding:
        return sorted(r for r in sheet.blank_rows if header_row < r < last)
    present = {n for n, _ in rows}
    return [r for r in range(header_row + 1, last) if r not in present]


def read_employee_list(path: Path, include_hidden: bool = False, today: dt.date | None = None,
                       *, include_leavers: bool = False,
                       skip_on_leave: bool = False) -> EmployeeList:
    path = Path(path)
    today = today or dt.date.today()
    sheets = open_workbook_sheets(path, "employee list", header_score)
    paired = {name: typed_pairs(one) for name, one in sheets.items()}
    sheets = {name: one for name, (one, _) in paired.items()}
    sheet, header, also, why = choose_sheet(sheets)
    if sheet is None:
        raise InputFileError(f"The employee list {path} has no sheets.")
    findings = Findings(path, sheet.name or None)
    if why:
        findings.note("sheet-choice", why)
    if sheet.rejoined:
        joined = list(sheet.rejoined)
        findings.note("rejoined", f"In {rows_text(joined)} a value holds a comma the file does "
                      "not quote (a unit such as Børn, Unge og Familie with no quotes around "
                      "it), so the row had a cell too many; the two parts are read as one "
                      "value, as the space after the comma shows.", joined[0], rows=joined)
    if header is not None:
        say_typed_pairs(next((r for one, r in paired.values() if one is sheet), []),
                        header.row, findings)
    refuse_sideways(sheet, header, findings)
    refuse_fixed_width(sheet, header, findings)
    raise_if_issues(findings.issues())
    if header is None:
        findings.error("no-number", "No column with the employee number was found.",
                       f"Give the column one of these headers: {accepted(NUMBER)}.")
        raise_if_issues(findings.issues())
    assert header is not None
    header = two_row_header(sheet, header)
    position: dict[int, float] = {id(s): i for i, s in enumerate(sheets.values())}
    labels: dict[int, str] = {}  # a table's name where several stand side by side on a sheet
    whole = sheet
    tables = side_by_side(sheet, header)
    for table, _, block in tables:
        position[id(table)] = position[id(whole)] + block.start / 10_000
        labels[id(table)] = (f"{whole.name} ({get_column_letter(block.start + 1)}–"
                             f"{get_column_letter(block[-1] + 1)})")
    if not tables:
        tables = sections_below(sheet, header)
        for table, _, rows in tables:
            position[id(table)] = position[id(whole)] + rows.start / 10_000_000
            labels[id(table)] = f"{whole.name} (rows {rows.start}–{rows[-1]})"
    if tables:
        sheet, header, _ = tables[0]
    parts = [*(Part(t, h, True) for t, h, _ in tables[1:]),
             *more_of_the_list(sheet, header, also)]
    rest = [o for o in also if all(o is not p.sheet for p in parts)]
    refuse_split_list(sheet, header.row, rest, findings)
    refuse_versions(sheet, header, rest, findings)
    ours = {id(sheet), id(whole), *(id(p.sheet) for p in parts)}
    lookups = [s for s in sheets.values() if id(s) not in ours]
    # each sheet's people, to find on the others' (a unit's leader named in its title)
    people = {id(s): names_on(s, h) for s, h in [(sheet, header),
                                                  *((p.sheet, p.header) for p in parts)]
              } if parts else {}

    def elsewhere(one: Sheet) -> frozenset[str]:
        return frozenset(n for key, names in people.items() if key != id(one) for n in names)

    read = [_Read.of(path, sheet, header, findings, sheets.values(), lookups, rest, today,
                     include_hidden, include_leavers, elsewhere(sheet) if parts else None)]
    for part in parts:
        read.append(_Read.of(path, part.sheet, part.header, Findings(path, part.sheet.name),
                             sheets.values(), lookups, rest, today, include_hidden,
                             include_leavers, elsewhere(part.sheet)))
        for draft in read[-1].drafts if part.on_leave else ():
            draft.on_leave = draft.on_leave or f'on the sheet "{part.sheet.name}"'
    read.sort(key=lambda r: position[id(r.sheet)])
    for one in read:
        one.label = labels.get(id(one.sheet), one.sheet.name)
    if len(read) > 1:
        refuse_self_led(read)
        units_of_parts(read)
        one_row_each(read)
    for one in read:
        _staff_prefix(one.drafts, one.layout, one.findings)
    given = _addresses_given(read) if len(read) > 1 else {}
    for one in read:  # each part's leaders among everyone: a foreman on the salaried sheet
        others = [_with_given_address(who, given) for other in read if other is not one
                  for who in other.whos()]
        one.employees = with_leaders(one.drafts, one.walk.gone, one.layout, one.findings,
                                     one.walk.outsiders, others, one.walk.vacant_posts)
        raise_if_issues(one.findings.issues())  # a leader that fits several people
    if len(read) > 1:
        said_parts(read, findings)
    employees = [e for one in read for e in one.employees]
    refuse_starters_only(read, today, findings)
    gone = sum(len(one.leavers) for one in read)
    if not employees and gone and len(read) > 1:
        findings.error("empty", f"Everyone on the employee list has left ({gone} rows say so), "
                       "so nobody would get a form.", "Check the status and end-date columns, "
                       "or add --include-leavers.", header.row)
        raise_if_issues(findings.issues())
    if len(employees) >= 2 and not any(e.leader for e in employees):
        by_cpr = next((u.header for one in read for u in one.layout.withheld
                       if LEADER in concepts(header_words(u.header))[0]), None)
        if by_cpr is not None:  # "Leders CPR-nr": a CPR number is never read, not even so
            findings.note("no-leaders", f'The leaders are given only by their CPR number (the '
                          f'column "{by_cpr}"), which mus never reads, so no employee\'s leader '
                          "was found.", header.row, by_cpr)
        else:
            findings.note("no-leaders", "No employee's leader was found in the list (no "
                          "column names them), so the forms name no leader and no leader gets "
                          "a form or a workbook about anyone; if the list has the leaders, give "
                          'their column the header "Nærmeste leder".', header.row)
    on_leave = [Absent(e.row, e.number, e.name, d.on_leave,
                       sheet=one.label if len(read) > 1 else "")
                for one in read for e, d in zip(one.employees, one.drafts, strict=True)
                if e.on_leave]
    if skip_on_leave:
        employees = [e for e in employees if not e.on_leave]
    used = {name for one in read for name in one.used}
    refuse_people_elsewhere(sheet, header, [o for o in rest if o.name not in used], findings)
    for other in (o for o in rest if o.name not in used):
        findings.warn("other-sheet", f'The sheet "{other.name}" also looks like an employee '
                      f'list; only "{sheet.name}" was read.', "Move everyone who should get a "
                      "form into one sheet, or delete the other sheet if it is not needed.")
    first = read[0] if read[0].sheet is sheet else next(r for r in read if r.sheet is sheet)
    parted = len(read) > 1
    return EmployeeList(path, sheet.name, first.layout, tuple(employees),
                        tuple(s for one in read for s in one.skipped(parted)),
                        tuple(w for one in read for w in one.findings.warnings),
                        sheet.encoding, tuple(s.name for s in rest),
                        include_hidden, tuple(a for one in read for a in one.leavers),
                        tuple(on_leave), tuple(n for one in read for n in one.findings.notes),
                        tuple(first.blank_rows()), include_leavers, skip_on_leave,
                        tuple(one.label for one in read) if parted else (),
                        tuple((one.label, one.layout) for one in read if one is not first))


def refuse_starters_only(read: Sequence[_Read], today: dt.date, findings: Findings) -> None:
    """A list of this year's new starters (and leavers), handed in as the staff list: everyone
    on it began within the last year, and none of the leaders it names has a row. Those
    employed longer are missing, and would get no form, without a word: refused."""
    starts: list[dt.date] = []
    leaders, found = set(), False
    header = ""
    for one in read:
        by_row = dict(one.rows)
        header = header or one.walk.employment.start_header()
        for employee in one.employees:
            began = one.walk.employment.started(by_row.get(employee.row, ()))
            if began is None:
                return  # (someone without a start day: no list of starters)
            starts.append(began)
            if employee.leader:
                leaders.add(employee.leader)
                found = found or bool(employee.leader_number)
    if len(starts) < 5 or found or len(leaders) < 2 or min(starts) <= today - dt.timedelta(
            days=366):
        return
    findings.error(
        "starters-only", f'Everyone on the employee list began within the last year (the '
        f'column "{header}": {min(starts):%d-%m-%Y} to {max(starts):%d-%m-%Y}), and none of the '
        f"{len(leaders)} leaders it names has a row on it: it looks like a list of new starters "
        "(or of the year's changes), not of everyone employed, and those employed longer would "
        "get no form.", "Export the list of everyone employed today, with the leaders' own rows, "
        "and run the command again.", read[0].header.row)
    raise_if_issues(findings.issues())


@dataclass
class _Read:
    """One sheet of the list read, up to its leaders (looked up among every part's people)."""

    sheet: Sheet
    header: HeaderRow
    findings: Findings
    layout: ListLayout
    drafts: list[Draft]
    walk: RowWalk
    skips: list[Skipped]
    leavers: list[Absent]
    rows: list[tuple[int, Any]]
    used: set[str]  # other sheets read for addresses or keys (not more of the list)
    employees: list[Employee] = dataclasses.field(default_factory=list)
    label: str = ""  # the sheet's name, with its columns where tables stand side by side

    def whos(self) -> list[Who]:
        return [who_of(d, self.layout) for d in self.drafts]

    def skipped(self, parted: bool) -> list[Skipped]:
        if not parted:
            return self.skips
        return [dataclasses.replace(s, sheet=self.sheet.name) for s in self.skips]

    def blank_rows(self) -> list[int]:
        return _blank_rows(self.sheet, self.header.row, self.rows)

    @classmethod
    def of(cls, path: Path, sheet: Sheet, header: HeaderRow, findings: Findings,
           workbook: Iterable[Sheet], others: Sequence[Sheet], also: Sequence[Sheet],
           today: dt.date, include_hidden: bool, include_leavers: bool,
           elsewhere: frozenset[str] | None = None) -> _Read:
        """Read ``sheet`` under ``header``: every row an employee or why not, leavers, the
        columns; ``others`` are the workbook's sheets that are no part of the list (read for
        addresses, keys and units), ``also`` those that look like lists too; ``elsewhere``:
        where the list is split over sheets, the names of the people on the others."""
        split = elsewhere is not None
        others = [s for s in others if s is not sheet]
        rows = [(n, v) for n, v in sheet.rows if n > header.row]
        refuse_side_tables(header, rows, findings)
        refuse_two_line_records(header, rows, findings)
        raise_if_issues(findings.issues())
        if sheet.encoding:
            for index in thousands_columns(rows):
                name = header.headers[index] if index < len(header.headers) else ""
                findings.note("thousands", f'The numbers in the column "{name}" are written '
                              'with a thousands separator ("10.234"): they are read without it '
                              '("10234").', column=name)
            rows = plain_cells(rows)
        rows, header = split_name_codes(rows, header, findings)
        rows = drop_old_copy(sheet, header, rows, findings)
        rows = fill_ditto(rows, header.headers, findings)
        rows = without_address_labels(rows)
        rows, header = domain_in_header(rows, header, findings)
        rows = current_rows(rows, header, today, findings)
        rows, header = apply_new_values(rows, header, today, findings)
        rows, header = split_unit_leaders(rows, header, findings)
        rows, header = split_paired_cells(rows, header, findings)
        rows = unit_code_names(rows, header, sheet, findings)
        rows, units = unit_records(sheet, header, rows, findings)
        rows = merge_person_rows(rows, header, findings)
        if units is not None:
            others = [*others, units]
        layout = map_columns(sheet, header, rows, findings)
        if layout is None:
            raise_if_issues(findings.issues())
        assert layout is not None
        layout = leader_defined(layout, workbook, sheet, findings)
        layout = _last_seasons_meeting(layout, today, findings)
        rows = people_led(rows, layout, findings)
        name_col = layout.index("name")
        if name_col is not None:
            number_col = layout.fields["number"].index
            refuse_placeholders([cell_text(value_at(v, name_col)) for _, v in rows[:2000]
                                 if cell_text(value_at(v, number_col))], layout, findings)
            raise_if_issues(findings.issues())
        kinds = _row_reader(sheet, layout, rows, include_hidden)
        rows, unit_leaders = read_grouping(sheet, layout, rows, kinds, findings)
        reader = DraftReader(layout, findings, rows, today)
        over = [(n, v) for n, v in sheet.rows if n < header.row]  # the lines over the header
        over_texts = [*sheet.comment_lines,
                      *(" ".join(t for t in map(cell_text, v) if t) for _, v in over)]
        changes, change_days, moves = changes_with_days(rows, layout.kept)
        employment = EmploymentReader(layout, findings, today, reader.order, rows,
                                      _notes_under(rows, layout, sheet.comments),
                                      {**changes,
                                       **notes_under_rows(rows, layout.index("number")),
                                       **beside_notes(rows, _width(header.headers),
                                                      sheet.marks)},
                                      over, others)
        marked = read_row_marks(sheet, others, rows, (kinds.number_col, kinds.name_cols[0]),
                                header.row, findings,
                                reader.header("name") or reader.header("last"),
                                lambda r, v: kinds.skipped(r, tuple(map(cell_text, v)))
                                is not None)
        marked = {**series_marks(sheet.rows, rows, kinds.number_col, findings), **marked}
        refuse_lost_looks(sheet, {n for n, _ in rows}, header.row, findings)
        listed = ListNames(rows, layout.index("name"), layout.index("name_reversed"),
                           layout.index("first"), layout.index("last"), elsewhere or (),
                           initials.index if (initials := layout.identifiers.get("initials"))
                           else None)
        names = None if has_leaders(layout, rows) else listed
        walk = RowWalk(kinds, reader, employment, layout, sheet, marked, names, unit_leaders,
                       include_leavers, heading_names=listed if names is None else None)
        above = _table_above(sheet, header.row)
        walk.titles(over if not above else [])  # (a units table over the list: the lines over
        # it title the table or the report, "SEKTION: ENHEDER", not the list's rows)
        for number, values in rows:
            walk.row(number, values)
        walk.title_unit()
        walk.refuse_misaligned(findings)
        drafts, skips, headed = walk.drafts, walk.skips, walk.headed
        other_affiliations(drafts, layout, skips, findings, reader.header("number"))
        first_section(sheet, header.row, drafts, skips, findings, "department" in layout.fields)
        walk.heading_disagrees(findings)
        walk.heading_fills(findings)
        if not include_leavers:
            _leavers_by_mark(walk, over_texts)
        leavers = ended_positions(walk.leavers, walk.numbered, skips, findings)
        end = "" if include_leavers else _leavers_by_name(drafts, leavers, rows, layout,
                                                          findings)
        if not include_leavers:
            values_of = dict(rows)
            leavers_on_sheet(drafts, leavers, others, today, findings,
                             lambda d: employment.started(values_of.get(d.row, ())))
        if end:  # its names are no statuses mus does not know: nothing more to say of them
            employment.unknown = {k: v for k, v in employment.unknown.items() if k[0] != end}
        if names is not None:
            if drafts:
                last = max(d.row for d in drafts)
                walk.key_below([(n, v) for n, v in sheet.rows if n > last])
            walk.above_leaders()
            walk.nested_leaders()
            walk.title_heads_in_blocks(findings)
            walk.head_of_all_leads_own_block()
            walk.key_leaders()
            walk.heading_leaders(findings)
            if not any(map(given, drafts)):
                read_role_marks(drafts, set(headed), findings,
                                reader.header("name") or reader.header("last"))
            if not any(map(given, drafts)):
                leaders_from_unit_sheet(drafts, layout, [*above, *_side_table(sheet, layout),
                                                         *others],
                                        findings, today=today)
            if not any(map(given, drafts)):
                leaders_by_marks(drafts, layout.kept, findings)
            title = layout.fields.get("job_title")
            if not any(map(given, drafts)):
                refuse_leader_positions(drafts, layout, findings)
            if title is not None and not any(map(given, drafts)):
                unit = layout.fields.get("department")
                read_title_leaders(drafts, findings, title.header,
                                   unit.header if unit else "department")
        if names is None and others and drafts and (
                sum(map(given, drafts)) < 0.5 * len(drafts)):
            # a leader column filled only where it differs from the unit's ("Anden nærmeste
            # leder (hvis ikke afd.leder)") beside a sheet of the units' leaders: the rest
            # take their unit's leader
            leaders_from_unit_sheet(drafts, layout, others, findings, sparse=True)
        leaders_of_units(drafts, layout, findings)
        chain_leaders(drafts, layout, findings)
        levels_past_self(drafts, layout, findings)
        levels_left(drafts, layout, findings)
        read_flag_leaders(drafts, layout.kept, findings)
        # (a table under the list keyed otherwise, "Init | Navn | Mail": a key of the leaders)
        under = {s.row for s in skips if s.reason == "other-table"}
        below = [dataclasses.replace(sheet, name=f"{sheet.name}, {rows_text(sorted(under))}",
                                     rows=tuple((n, v) for n, v in sheet.rows if n in under))
                 ] if under else []
        keys = read_initials_key(drafts, sheet.rows, header.row, findings, [*below, *others],
                                 lambda: {t.casefold() for d in drafts
                                          for t in _ids(who_of(d, layout)) if t})
        lookups = emails_from_sheets(drafts, lambda d: _ids(who_of(d, layout)), others,
                                     findings)
        _unit_paths(drafts, set(headed), layout, findings)
        _one_unit_each(drafts, layout, findings)
        named = name_units(drafts, layout, others, findings)
        units_at_sites(drafts, layout, findings)
        units_of_leaders(drafts, layout, findings)
        by_dn = "department" not in layout.fields and not headed and _units_from_dn(
            drafts, layout, findings)
        by_dn = by_dn or ("department" not in layout.fields and not headed and _units_by_leaders(
            drafts, layout, findings))
        last = drafts[-1].row if drafts else 0
        skips = [dataclasses.replace(s, reason="note", department="")
                 if s.reason == "heading" and s.row > last else s for s in skips]
        if not drafts and not findings.errors and not (split and (walk.titled_outside
                                                                  or leavers)):
            # (a part of the list titled as not employed, "Eksterne konsulenter (ikke ansat)":
            # every one of its rows is out by its title, the rest of the list reads on; a part
            # of leavers alone, "Stoppet i 2026", last season's sheet, the same: the whole
            # list is refused below only where nobody on it is employed)
            if leavers:
                findings.error("empty", f"Everyone on the employee list has left "
                               f"({len(leavers)} rows say so), so nobody would get a form.",
                               "Check the status and end-date columns, or add "
                               "--include-leavers.", header.row)
            else:
                findings.error("empty", "The employee list has no employees under the header "
                               "row.", "Add one row per employee below the headers.",
                               header.row)
        read_marks(drafts, skips, findings, reader.header("name") or reader.header("last"),
                   over_texts)
        if (drafts and not split and "department" not in layout.fields and not headed
                and not by_dn
                and not any(d.fields["department"] for d in drafts)):
            findings.warn("no-department", "No column with the department was found, so the "
                          "forms, the overview and question filters have no department for "
                          'anyone.', 'If the list has one, give it the header "Afdeling" (or '
                          '"Department").', header.row)
        refuse_shifted(drafts, layout, findings, elsewhere or ())
        refuse_unselected(drafts, layout, findings, today)
        check_list(drafts, layout, findings, today)
        employment.report()
        employment.unread_dates(rows, change_days)
        check_remarks(drafts, [(u.index, u.header) for u in employment.remarks.columns],
                      findings, today)
        _notes(findings, reader, headed, skips, walk.title_rows)
        notes = note_texts(sheet.rows, header.row, _width(header.headers), skips)
        used = [u.index for u in layout.fields.values()]
        # under a table beside the list, right of the gap after the list's own columns
        gap = next((i for i in range(max(used, default=0) + 1, len(header.headers))
                    if not header.headers[i]), len(header.headers))
        beside = [n for n in reports_notes(sheet.rows, gap + 1)
                  if n[0] > header.row and n not in notes]
        leaders_from_notes(sorted([*notes, *beside]), drafts, findings)
        for row, text, name in sheet_notes(others):
            leaders_from_notes([(row, text)], drafts, findings, name)
        apply_moves(moves, drafts, findings, today)
        check_notes(notes, drafts, findings, today, None if include_leavers else leavers)
        if not include_leavers:
            leavers_beside(rows, (header.row, header.headers), max(used, default=0) + 1, drafts,
                           leavers, today, findings)
        refuse_changes(also, drafts, findings, today)
        walk.hidden_rows(findings)
        walk.said_links(findings)
        reader.numbers_per_company()
        raise_if_issues(findings.issues())
        check_leader_series(drafts, layout, findings)
        raise_if_issues(findings.issues())
        lead_from_parent_units(drafts, layout, findings)
        leader_addresses(drafts, rows, layout.side, findings)
        title_addresses(drafts, over, findings)
        return cls(sheet, header, findings, layout, drafts, walk, skips, leavers, rows,
                   set(lookups | keys) | ({named} if named else set()))


def _notes(findings: Findings, reader: DraftReader, headed: Sequence[int],
           skips: Sequence[Skipped], titles: Sequence[int] = ()) -> None:
    """What was read in a way HR should know of: said in `mus check`, not a warning."""
    column = reader.header("leader") or reader.header("leader_number") or reader.header(
        "leader_email")
    if reader.id_paths:
        rows = reader.id_paths
        findings.note("leader-id-path", f"The leader column gives a management line of "
                      f"employee numbers, top first ({rows_text(rows)}): each employee's "
                      "leader is the last number above their own.", rows[0], column, rows)
    for text, rows in reader.referred.items():
        findings.error("leader-elsewhere", f'The leader column says "{text}" '
                       f"({rows_text(rows)}): who leads these employees is written somewhere "
                       "else, not in the list.", "Write each employee's leader (name, "
                       "employee number or e-mail) in the leader column, and run the command "
                       "again.", rows[0], column)
    for text, rows in reader.type_names.items():
        findings.error("leader-type-name", f'The leader column says "{text}" '
                       f"({rows_text(rows)}): the name of an object's type, as PowerShell's "
                       "Export-Csv writes an object it did not expand, not a leader.", "Export "
                       "the list again with the manager's e-mail or name in the column (in "
                       "PowerShell, select the manager's mail as its own property), and run the "
                       "command again.", rows[0], column)
    for key, rows in reader.first_addresses.items():
        whose = "the leader's" if key == "leader_email" else "the employee's own"
        findings.note("several-addresses", f"The cells of {whose} e-mail in {rows_text(rows)} "
                      "hold two addresses or more each (one person's, as after a merger): the "
                      "first is used.", rows[0], reader.header(key), rows)
    for text, rows in reader.no_leader.items():
        if reader.vacant_posts.get(text):  # a leader's post not filled: nobody leads them now
            findings.warn("leader-vacant", f'The leader "{text}" ({rows_text(rows)}) is a post '
                          "not filled, so these employees have no leader and no leader's "
                          "form is made for them.", "When the post is filled, write the new "
                          "leader in the rows (or their number or e-mail) and run again.",
                          rows[0], column, rows)
            continue
        findings.note("no-leader", f'"{text}" as the leader ({rows_text(rows)}) is read as no '
                      "leader.", rows[0], column, rows)
    if headed:
        headings = sorted([*titles, *(s.row for s in skips if s.reason == "heading")])
        findings.note("heading-department", f"The department of {len(headed)} employee(s) "
                      f"({rows_text(headed)}) comes from the heading above them "
                      f"({rows_text(headings)}).", headed[0], None, headed)
    for text, rows in reader.other_languages.items():
        findings.warn("language", f'The language "{text}" ({rows_text(rows)}) is not one mus '
                      "makes forms in (Danish or English), so they get the usual form.", 'Write '
                      '"da" (Danish) or "en" (English), or leave it empty.', rows[0],
                      reader.header("language"), rows)
    for text, (name, rows) in reader.leaders_since.items():
        sides = CHANGE_ARROW.split(text)  # "Old → New pr. 1/1-2027": a change of leader
        if len(sides) == 1 and (ahead := NEW_FROM.match(text.strip())):
            sides = [ahead.group("old"), ahead.group("new")]  # "Old (fra 1/2-2027: New)"
        why = "the day beside the name has come" if len(sides) == 1 else (
            "the day of the change has come" if name in sides[-1] else
            "the day of the change has not come")
        findings.note("leader-since", f'The leader "{text}" ({rows_text(rows)}) is read as '
                      f'"{name}": {why}.', rows[0], column, rows)
    for text, (name, rows) in reader.covering.items():
        findings.note("leader-covering", f'The leader "{text}" ({rows_text(rows)}) is a post not '
                      f'filled, covered by "{name}": {name} is read as the leader until the post '
                      "is filled.", rows[0], column, rows)
    for text, rows in reader.dated_leaders.items():
        findings.error("leader-dated", f'The leader "{text}" ({rows_text(rows)}) is written with '
                       "a date, as a change of leader is, and mus reads the leader as they are "
                       "now, not from a date in the cell.", "Write only the leader these "
                       "employees have now (the new one, if the change has happened), and run "
                       "the command again.", rows[0], column)
    for text, rows in reader.meeting_texts.items():
        findings.warn("meeting-text", f'The meeting date "{text}" ({rows_text(rows)}) is not a '
                      "date; the forms show it as written.", "Write a date (15-03-2027) where "
                      "there is one.", rows[0], reader.header("meeting_date"), rows)


# A member system's group of the staff before each unit: "Ansatte - Fundraising"
_STAFF_PREFIX = re.compile(r"^(?:ansatte|medarbejdere|personale|staff|employees)\s*[-–:]\s*(?=\S)",
                           re.IGNORECASE)


def _last_seasons_meeting(layout: ListLayout, today: dt.date, findings: Findings
                          ) -> ListLayout:
    """A meeting-date column headed with a year gone by ("MUS 2025 dato"): last season's
    talks, no date of this season's; kept for texts, said."""
    use = layout.fields.get("meeting_date")
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", use.header)] if use else []
    if use is None or not years or max(years) >= today.year or max(years) < 1990:
        return layout
    findings.note("meeting-past-season", f'The column "{use.header}" gives the talks of '
                  f"{max(years)}, a season gone by, so it is no meeting date of this season's "
                  "forms; it is kept for texts and filters.", layout.header_row, use.header)
    fields = {k: u for k, u in layout.fields.items() if k != "meeting_date"}
    return dataclasses.replace(layout, fields=fields, kept=(*layout.kept, use))


def _addresses_given(read: Sequence[Any]) -> dict[str, set[str]]:
    """The leader's addresses the rows of all parts give beside a leader's name or number
    (normalised): where a part's leader has no address of their own row, another part's rows
    may give it ("Leder mail" beside "Troels Jensen" on the main sheet, read for the new
    starters' sheet that names him too)."""
    given: dict[str, set[str]] = {}
    for one in read:
        for d in one.drafts:
            if d.given.email:
                for key in (normal_name(d.given.text), d.given.number):
                    if key:
                        given.setdefault(key, set()).add(d.given.email.casefold())
    return given


def _with_given_address(who: Who, given: Mapping[str, set[str]]) -> Who:
    if who.email:
        return who
    found = given.get(normal_name(who.name), set()) | given.get(who.number, set())
    return dataclasses.replace(who, email=min(found)) if len(found) == 1 else who


def _staff_prefix(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """Departments that all begin with a word for the staff ("Ansatte - Fundraising",
    "Ansatte - Genbrug": a member system's groups, the volunteers' and the board's left
    out): the unit is what follows, said once."""
    units = [d.fields["department"] for d in drafts if d.fields["department"]]
    if len(units) < 2 or not all(_STAFF_PREFIX.match(u) for u in units):
        return
    for d in drafts:
        d.fields["department"] = _STAFF_PREFIX.sub("", d.fields["department"])
    use = layout.fields.get("department")
    findings.note("department-prefix", f'Every employee\'s department begins with a word '
                  f'for the staff ("{units[0]}"): the department is what follows it.',
                  None, use.header if use else None)
