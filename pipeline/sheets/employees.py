"""The employee list: one row per employee, as HR and payroll systems and directories export it.

Read right or refused, never misread: every mistake is listed at once with file, sheet, row and
column; what mus is unsure about but can go on with is a warning. Every row under the header is
an employee or says why not (rows.py); leavers get no form (employment.py). What was understood
(which column is which field, each row that is not an employee and why, who has left) is kept
for `mus check` and the manifest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputFileError, SheetIssue, raise_if_issues
from pipeline.model import Employee
from pipeline.sheets.columns import FIELDS, LEADER_FIELDS, NUMBER
from pipeline.sheets.draft import LANGUAGES, Draft, DraftReader
from pipeline.sheets.employment import (
    EMPLOYED,
    LEAVE,
    LEFT,
    Absent,
    Employment,
    EmploymentReader,
    status_state,
)
from pipeline.sheets.employment import outside as not_ours  # "outside": a heading's, below
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.grouping import read_grouping
from pipeline.sheets.headers import accepted
from pipeline.sheets.leaders import Directory, Given, Leader, Who
from pipeline.sheets.listchecks import check_list, report_leaders
from pipeline.sheets.mapping import ListLayout, choose_sheet, header_score, map_columns
from pipeline.sheets.marks import read_marks
from pipeline.sheets.persons import NameShape
from pipeline.sheets.positions import ended_positions, second_position
from pipeline.sheets.rowmarks import read_row_marks
from pipeline.sheets.rows import RowReader, Skipped
from pipeline.sheets.sheetchoice import others_listed
from pipeline.sheets.table import Sheet, open_workbook_sheets
from pipeline.sheets.textcells import plain_cells, thousands_columns
from pipeline.sheets.unitleaders import (
    HeadingLeader,
    ListNames,
    apply_unit_sheet,
    find_unit_sheet,
    read_heading,
)
from pipeline.sheets.unitpaths import shorten_paths
from pipeline.sheets.values import cell_text

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
    return RowReader(sheet, layout.headers, roles, number_col, names,
                     frozenset(u.index for u in layout.withheld), include_hidden, digits,
                     layout.index("department"), shape, layout.index("email"))


def _unit_paths(drafts: Sequence[Draft], headed: set[int], layout: ListLayout,
                findings: Findings) -> None:
    """A department column of paths through the organisation ("/Ansatte/Indskoling"): each
    employee's department is the path's last part, or as much of its end as tells it apart."""
    own = {d.row: d.fields["department"] for d in drafts
           if d.row not in headed and d.fields.get("department")}
    short, example = shorten_paths(own)
    if not example:
        return
    for draft in drafts:
        if draft.row in short:
            draft.fields["department"] = short[draft.row]
    use = layout.fields["department"]
    findings.note("unit-path", f'The column "{use.header}" (column {use.letter}) holds paths '
                  "through the organisation; the department is each path's last part (or as "
                  f"much of its end as tells two units apart): {example}.", layout.header_row,
                  use.header)


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
    sheet, header, also, why = choose_sheet(sheets)
    if sheet is None:
        raise InputFileError(f"The employee list {path} has no sheets.")
    findings = Findings(path, sheet.name or None)
    if why:
        findings.note("sheet-choice", why)
    if header is None:
        findings.error("no-number", "No column with the employee number was found.",
                       f"Give the column one of these headers: {accepted(NUMBER)}.")
        raise_if_issues(findings.issues())
    assert header is not None
    _refuse_split_list(sheet, header.row, also, findings)
    rows = [(n, v) for n, v in sheet.rows if n > header.row]
    if sheet.encoding:
        for index in thousands_columns(rows):
            name = header.headers[index] if index < len(header.headers) else ""
            findings.note("thousands", f'The numbers in the column "{name}" are written with a '
                          'thousands separator ("10.234"): they are read without it ("10234").',
                          column=name)
        rows = plain_cells(rows)
    layout = map_columns(sheet, header, rows, findings)
    if layout is None:
        raise_if_issues(findings.issues())
    assert layout is not None
    kinds = _row_reader(sheet, layout, rows, include_hidden)
    rows, unit_leaders = read_grouping(sheet, layout, rows, kinds, findings)
    reader = DraftReader(layout, findings, rows)
    employment = EmploymentReader(layout, findings, today, reader.order, rows)
    drafts: list[Draft] = []
    skips: list[Skipped] = []
    hidden: list[int] = []  # hidden rows that would be employees if shown
    shown = dataclasses.replace(kinds, include_hidden=True)
    leavers: list[Absent] = []
    gone: list[Who] = []  # leavers, to tell when someone's leader has left
    headed: list[int] = []
    numbered: dict[str, int] = {}  # employee number → its draft
    department = ""
    section: Employment | None = None
    outside: Employment | None = None  # a line that says the rows under it are not employed
    marked = read_row_marks(sheet, [s for s in sheets.values() if s is not sheet], rows,
                            (kinds.number_col, kinds.name_cols[0]), header.row, findings,
                            reader.header("name") or reader.header("last"))
    check_cells = bool(sheet.unsaved_formulas or sheet.error_cells)
    names = None if _has_leaders(layout, rows) else ListNames(
        rows, *map(layout.index, ("name", "name_reversed", "first", "last")))
    block: HeadingLeader | None = None  # the leader the heading above names
    under_heading = False
    # (heading row, leader, in the list, the address the heading gives) → rows
    heading_led: dict[tuple[int, str, bool, str], list[int]] = {}
    for number, values in rows:
        texts = tuple(map(cell_text, values))
        skip = kinds.skipped(number, texts)
        if skip is not None:
            said = read_heading(" ".join(dict.fromkeys(t for t in texts if t)), names,
                                under_heading) if (
                names is not None and skip.reason in ("heading", "note")) else None
            if said is not None:  # "Afsnit Bøgen – afdelingsleder Freja Wøldike", "Leder: …"
                if said.department:
                    department, section = said.department, None
                skips.append(dataclasses.replace(skip, reason="heading", department=department))
                block, under_heading, outside = said, True, None
                heading_led[(number, said.leader, said.in_list, said.email)] = []
                continue
            if skip.reason in ("heading", "subtotal", "total"):
                block, under_heading = None, skip.reason == "heading"
            skips.append(skip)
            if skip.reason in _HIDDEN and _looks_employed(shown, employment, number, values,
                                                          texts):
                hidden.append(number)
            if skip.reason in ("heading", "subtotal", "total"):
                section = _section(skip) if skip.reason == "heading" else None
                department = "" if section else skip.department  # a total closes a group
            outside = _outside(skip) if skip.reason in ("heading", "note") else None
            continue
        clean = reader.without_cpr(number, values, texts)
        if clean is None:
            continue
        if check_cells:
            reader.check_cells(sheet.unsaved_formulas, sheet.error_cells, number)
        if outside is not None and not reader.text(clean, "number"):
            # under "Eksterne konsulenter (ikke ansat)": no employee, not a missing number
            leavers.append(Absent(number, "", reader.shown_name(clean), outside.reason))
            continue
        title = reader.text(clean, "job_title")
        if title and not reader.text(clean, "number") and not_ours(title):
            # no number, and a job title that says so: "Sygeplejerske (vikar, bureau)"
            leavers.append(Absent(number, "", reader.shown_name(clean),
                                  f'{reader.header("job_title")} "{title}": not employed here'))
            continue
        state = employment.of(number, values)
        if section is not None and state.state == EMPLOYED:
            state = section  # under a heading "Fratrådte" or "Orlov"
        if number in marked and state.state == EMPLOYED:
            state = marked[number]  # a fill colour (or strike) a legend explains
        if state.state == LEFT and not include_leavers:
            leaver = Absent(number, reader.text(clean, "number"), reader.shown_name(clean),
                            state.reason, state.ended)
            leavers.append(leaver)
            gone.append(Who(number, leaver.number, leaver.name, reader.text(clean, "email")))
            continue
        draft = reader.read(number, values, clean)
        if draft is None:
            continue
        if draft.row in unit_leaders and not draft.given.number:
            draft.given = Given(number=unit_leaders[draft.row])
        under_heading = False
        if block is not None and not _given(draft):
            draft.given = Given(text=block.leader, email=block.email)
            heading_led[next(reversed(heading_led))].append(draft.row)
        if department and not draft.fields["department"]:
            draft.fields["department"] = department
            headed.append(number)
        if state.state == LEAVE:
            draft.on_leave = state.reason
        if draft.number in numbered:
            second_position(drafts, numbered[draft.number], draft, layout, reader, skips)
            continue
        numbered[draft.number] = len(drafts)
        drafts.append(draft)
    leavers = ended_positions(leavers, numbered, skips, findings)
    if names is not None:
        _heading_leaders(heading_led, findings)
        if not any(map(_given, drafts)):
            _unit_sheet(drafts, layout, [s for s in sheets.values() if s is not sheet], findings)
    _unit_paths(drafts, set(headed), layout, findings)
    last = drafts[-1].row if drafts else 0
    skips = [dataclasses.replace(s, reason="note", department="")
             if s.reason == "heading" and s.row > last else s for s in skips]
    if not drafts and not findings.errors:
        if leavers:
            findings.error("empty", f"Everyone on the employee list has left ({len(leavers)} "
                           "rows say so), so nobody would get a form.", "Check the status "
                           "and end-date columns, or add --include-leavers.", header.row)
        else:
            findings.error("empty", "The employee list has no employees under the header "
                           "row.", "Add one row per employee below the headers.", header.row)
    read_marks(drafts, skips, findings, reader.header("name") or reader.header("last"))
    if drafts and "department" not in layout.fields and not headed:
        findings.warn("no-department", "No column with the department was found, so the forms, "
                      "the overview and question filters have no department for anyone.",
                      'If the list has one, give it the header "Afdeling" (or "Department").',
                      header.row)
    check_list(drafts, layout, findings, today)
    employment.report()
    _notes(findings, reader, headed, skips)
    _hidden_employees(findings, hidden, skips)
    raise_if_issues(findings.issues())
    employees = _with_leaders(drafts, gone, layout, findings)
    raise_if_issues(findings.issues())  # a leader that fits several people
    on_leave = [Absent(e.row, e.number, e.name, d.on_leave)
                for e, d in zip(employees, drafts, strict=True) if e.on_leave]
    if skip_on_leave:
        employees = [e for e in employees if not e.on_leave]
    for other in also:
        findings.warn("other-sheet", f'The sheet "{other.name}" also looks like an employee '
                      f'list; only "{sheet.name}" was read.', "Move everyone who should get a "
                      "form into one sheet, or delete the other sheet if it is not needed.")
    return EmployeeList(path, sheet.name, layout, tuple(employees), tuple(skips),
                        tuple(findings.warnings), sheet.encoding,
                        tuple(s.name for s in also), include_hidden, tuple(leavers),
                        tuple(on_leave), tuple(findings.notes),
                        tuple(_blank_rows(sheet, header.row, rows)), include_leavers,
                        skip_on_leave)


def _has_leaders(layout: ListLayout, rows: Sequence[tuple[int, Sequence[Any]]]) -> bool:
    """The list has a leader column with anything in it."""
    cols = [c for c in map(layout.index, LEADER_FIELDS) if c is not None]
    return any(c < len(v) and cell_text(v[c]) for c in cols for _, v in rows)


def _given(draft: Draft) -> bool:
    return bool(draft.given.text or draft.given.number or draft.given.email)


def _heading_leaders(led: dict[tuple[int, str, bool, str], list[int]],
                     findings: Findings) -> None:
    """Leaders named in heading rows, said in `mus check`; one not in the list warned of."""
    rows = [r for found in led.values() for r in found]
    if not rows:
        return
    headings = [h for (h, _, _, _), found in led.items() if found]
    findings.note("heading-leaders", f"The list has no leader column: the leader of {len(rows)} "
                  f"employee(s) ({rows_text(rows)}) is the person named in the heading above "
                  f"them ({rows_text(headings)}).", rows[0], None, rows)
    for (heading, leader, in_list, email), found in led.items():
        if found and not in_list:
            mailed = ("their leader's forms go to the address the heading gives" if email
                      else "the leader's forms are mailed to nobody")
            findings.warn("heading-leader-missing", f'The leader "{leader}" named in the heading '
                          f"in row {heading} is not in the list, so the forms of "
                          f"{rows_text(found)} show the name, and {mailed}.", "Add the leader to "
                          "the list with their e-mail, or correct the name in the heading.",
                          heading, None, found)


def _unit_sheet(drafts: Sequence[Draft], layout: ListLayout, others: Sequence[Sheet],
                findings: Findings) -> None:
    """No leader column: another sheet may pair each unit with its leader."""
    columns = [(u.index, u.header) for u in (layout.fields.get("department"), *layout.kept)
               if u is not None]
    if not others or not columns or not drafts:
        return
    texts = [d.texts for d in drafts]
    people = [_who(d, layout) for d in drafts]
    found = find_unit_sheet(others, texts, columns, people, findings)
    if found is None:
        return

    def give(i: int, given: Given) -> None:
        drafts[i].given = given

    apply_unit_sheet(found, texts, [d.row for d in drafts], give, dict(columns)[found.key],
                     findings, people)


def _refuse_split_list(sheet: Sheet, header_row: int, also: Sequence[Sheet],
                       findings: Findings) -> None:
    """The staff split over sheets of the same columns ("Nord", "Syd", or a sheet per team
    leader, however few each holds): reading one would leave the others without a form, so the
    list is refused, naming the sheets (a sheet named for leavers, "Fratrådte", is not more of
    the list)."""
    listed = {o.name: others_listed(sheet, header_row, o) for o in also
              if status_state(o.name) != LEFT}
    halves = [o for o in also if listed.get(o.name)]
    # one other sheet of one person may be a template's example row; more is more of the list
    if not halves or (len(halves) == 1 and listed[halves[0].name] < 2):
        return
    names = [f'"{s.name}"' for s in (sheet, *halves)]
    named = ", ".join(names[:-1]) + " and " + names[-1]
    findings.error("split-list", f"The employee list is split over the sheets {named}: they "
                   "have the same columns and different people, and mus reads one sheet as the "
                   "list, so the people on the others would get no form.", "Copy the rows of "
                   f"{', '.join(names[1:])} under those of {names[0]} in one sheet (one header "
                   "row), or delete a sheet that is not part of the list, and run the command "
                   "again.", header_row)
    raise_if_issues(findings.issues())


def _section(heading: Skipped) -> Employment | None:
    """A heading that says the rows under it have left or are on leave ("Fratrådte",
    "Orlov/barsel"), not a department."""
    state = status_state(heading.text)
    if state in (LEFT, LEAVE):
        return Employment(state, f'under the heading "{heading.text}"')
    return None


def _outside(line: Skipped) -> Employment | None:
    """A heading or note that says the people under it are not employed ("Eksterne konsulenter
    (ikke ansat)", "Contractors – not employees"): their rows without a number are no
    employees."""
    if status_state(line.text) == LEFT:
        return Employment(LEFT, f'under "{line.text}"')
    return None


_HIDDEN = ("filtered", "hidden")


def _looks_employed(shown: RowReader, employment: EmploymentReader, row: int,
                    values: Sequence[Any], texts: Sequence[str]) -> bool:
    """A hidden row that, shown (``shown`` reads hidden rows), would be an employee who has
    not left."""
    return shown.skipped(row, texts) is None and employment.of(row, values).state != LEFT


def _hidden_employees(findings: Findings, hidden: Sequence[int],
                      skips: Sequence[Skipped]) -> None:
    """Hidden rows are left out, but a hidden row that is an employee (not a leaver) may be
    hidden only for a view ("just Salg"): a guess either way, so it is a warning, not a note."""
    if not hidden:
        return
    how = ("by the sheet's filter" if all(s.reason == "filtered" for s in skips
                                          if s.row in set(hidden)) else "in the sheet")
    findings.warn("hidden-employees", f"{len(hidden)} row(s) hidden {how} ({rows_text(hidden)}) "
                  "look like employees who have not left; they get no form and no mail.",
                  "If the rows were hidden only to look at part of the list, show them in Excel "
                  "(clear the filter) or add --include-hidden; if they should get no form, "
                  "nothing needs doing.", hidden[0], None, hidden)


def _notes(findings: Findings, reader: DraftReader, headed: Sequence[int],
           skips: Sequence[Skipped]) -> None:
    """What was read in a way HR should know of: said in `mus check`, not a warning."""
    column = reader.header("leader") or reader.header("leader_number") or reader.header(
        "leader_email")
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
        headings = [s.row for s in skips if s.reason == "heading"]
        findings.note("heading-department", f"The department of {len(headed)} employee(s) "
                      f"({rows_text(headed)}) comes from the heading above them "
                      f"({rows_text(headings)}).", headed[0], None, headed)
    for text, rows in reader.other_languages.items():
        findings.warn("language", f'The language "{text}" ({rows_text(rows)}) is not one mus '
                      "makes forms in (Danish or English), so they get the usual form.", 'Write '
                      '"da" (Danish) or "en" (English), or leave it empty.', rows[0],
                      reader.header("language"), rows)
    for text, rows in reader.meeting_texts.items():
        findings.warn("meeting-text", f'The meeting date "{text}" ({rows_text(rows)}) is not a '
                      "date; the forms show it as written.", "Write a date (15-03-2027) where "
                      "there is one.", rows[0], reader.header("meeting_date"), rows)


def _who(draft: Draft, layout: ListLayout) -> Who:
    def ident(key: str) -> str:
        use = layout.identifiers.get(key)
        return draft.texts[use.index] if use and use.index < len(draft.texts) else ""

    texts = draft.texts
    aliases = tuple(texts[u.index] for u in layout.aliases if u.index < len(texts)) \
        if layout.aliases else ()
    others = tuple(texts[u.index] for u in layout.others if u.index < len(texts)) \
        if layout.others else ()
    return Who(draft.row, draft.number, draft.name, draft.fields["email"], ident("upn"),
               ident("initials"), ident("dn"), ident("object_id"), aliases, others)


def _with_leaders(drafts: Sequence[Draft], gone: Sequence[Who], layout: ListLayout,
                  findings: Findings) -> list[Employee]:
    numbers = {d.number for d in drafts}
    directory = Directory([*(_who(d, layout) for d in drafts),
                           *(w for w in gone if w.number not in numbers)])
    found: list[Leader | None] = [
        directory.resolve(d.given, i) if (d.given.text or d.given.number or d.given.email)
        else None for i, d in enumerate(drafts)]
    leaders = report_leaders(drafts, found, layout, findings, {w.number for w in gone})
    kept = [(use.index, use.header) for use in layout.kept]
    employees = []
    for draft, leader in zip(drafts, leaders, strict=True):
        texts = draft.texts
        columns: dict[str, str] = {}
        for index, header in kept:
            if header not in columns:
                columns[header] = texts[index] if index < len(texts) else ""
        employee = Employee(
            number=draft.number, name=draft.name, email=draft.fields["email"],
            department=draft.fields["department"], job_title=draft.fields["job_title"],
            leader=leader.name if leader else "", leader_email=leader.email if leader else "",
            meeting_date=draft.meeting, language=draft.language, columns=columns,
            row=draft.row, first_name=draft.first_name,
            leader_number=leader.number if leader else "", on_leave=bool(draft.on_leave),
            meeting_text=draft.meeting_text)
        employees.append(employee)
    return employees
