"""Blanks that mean "as above", and unit levels side by side: the layout of a grouped list.

A pivot table with "repeat item labels" off, a list sorted into blocks, an org chart flattened
into columns: each writes a group's value on its first row only and leaves the rows below it
blank. Such a blank means "as above" only where the sheet shows the grouping:

- a **merged cell** down several rows holds one value for every row it covers;
- a **grouped column**: in every block (between headings, subtotals, totals and blank rows,
  and within the group of a grouped column to its left) the first row is filled, no value comes
  twice, and a value followed by blanks happens at least twice, or the sheet has subtotal rows
  or a pivot table's "(tom)"/"(blank)". A blank in an ordinary list (the same value written on
  row after row, then one missing) stays empty; where the shape is half there (a value comes
  again in a block, or a block starts blank), the blanks stay empty and that is warned of;
- **levels read together**: the department and leader columns as a pivot or report lays them
  out, outer field to the left; a row writes the level that changes and all levels right of it
  (``_pivot_levels``);
- **unit levels**: the department column and the department-like columns beside it
  (Forvaltning / Område / Enhed, Division / Department / Team), each filled where its level
  starts, nesting as a tree. The department is the deepest level given (as above within the
  block). With no leader column, the first person of a unit is its leader only where a column
  shows it (their role or title there is never a member's); otherwise nobody gets a leader,
  and that is warned of.

Every value filled in is said in `mus check`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.sheets.bycontent import deepest_levels, numbered_levels
from pipeline.sheets.columns import LEADER_FIELDS, field_role
from pipeline.sheets.evidence import NO_VALUE
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.rows import RowReader, Skipped, heading_department, kind_heading
from pipeline.sheets.systems import unused_by
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft

Rows = list[tuple[int, tuple[Any, ...]]]
PIVOT_EMPTY = frozenset({"(tom)", "(blank)", "(leer)", "(vide)", "(vuoto)", "(empty)",
                         "(tomt)", "(tyhjä)"})
# What a report adds to a group's value when the group goes on over a page break: a short
# remark in brackets or after a dash ("(fortsat)", "(forts.)", "- continued").
_CONTINUED = re.compile(r"\s*(?:\(\s*[^()\d]{1,20}\)|[-–—]\s*\w[^()\d]{0,19})\s*")
_BREAKS = frozenset({"heading", "subtotal", "total"})
_GROUPED = ("department", *LEADER_FIELDS)
_NOT_ROLE = ("number", "name", "name_reversed", "first", "last", "middle", "email")


@dataclass
class Grid:
    """The rows under the header as texts, which of them are employees, and where blocks
    start."""

    texts: dict[int, list[str]]
    employees: list[int]
    starts: set[int] = field(default_factory=set)  # rows that begin a block
    subtotals: bool = False  # the sheet has subtotal or total rows
    resumed: set[int] = field(default_factory=set)  # first rows after a repeated header
    changed: dict[int, dict[int, str]] = field(default_factory=dict)  # row → column → text
    labels: list[str] = field(default_factory=list)  # subtotal rows' words ("Salg I alt")

    def text(self, row: int, col: int) -> str:
        cells = self.texts[row]
        return cells[col] if col < len(cells) else ""

    def put(self, row: int, col: int, text: str) -> None:
        cells = self.texts[row]
        if col >= len(cells):
            cells.extend([""] * (col + 1 - len(cells)))
        cells[col] = text
        self.changed.setdefault(row, {})[col] = text

    def rows(self, rows: Rows) -> Rows:
        """The rows as read, with only the cells filled in changed (numbers, dates stay)."""
        out: Rows = []
        for n, values in rows:
            change = self.changed.get(n)
            if change:
                cells = list(values) + [None] * (max(change) + 1 - len(values))
                for col, text in change.items():
                    cells[col] = text
                values = tuple(cells)
            out.append((n, values))
        return out

    def blocks(self) -> list[list[int]]:
        out: list[list[int]] = []
        for row in self.employees:
            if not out or row in self.starts:
                out.append([])
            out[-1].append(row)
        return out


def _levels(layout: ListLayout, department: int) -> list[int]:
    """The department column and the department-like columns next to it, left to right, and
    before them a column whose header names nothing mus knows ("Direktion", "Niveau 1"): the
    top level, if the cells show it (``_hierarchy`` tries with it first, then without)."""
    kept = {u.index: u.header for u in layout.kept}
    used = {u.index for u in layout.fields.values()} - {department}
    levels = [department]
    for step in (-1, 1):
        col = department + step
        while col in kept and col not in used and (
                field_role(kept[col]) or ("", 0))[0] == "department":
            levels.append(col)
            col += step
    top = min(levels) - 1
    if top in kept and top not in used and kept[top] and field_role(kept[top]) is None and (
            not unused_by(layout.system, kept[top])):
        levels.append(top)
    return sorted(levels)


def _blank(values: tuple[Any, ...], col: int) -> bool:
    return col >= len(values) or values[col] is None or (
        isinstance(values[col], str) and not values[col].strip())


def _may_group(rows: Rows, col: int, number: int) -> bool:
    """A quick look before the careful one: blank on a row with a number, and never the same
    value on two rows running (an ordinary list writes it on row after row)."""
    blank = False
    last: Any = None
    for _, values in rows:
        if _blank(values, col):
            blank = blank or not _blank(values, number)
            last = None
            continue
        value = values[col]
        if value == last:
            return False
        last = value
    return blank


def _quick_look(rows: Rows, grouped: Sequence[int], levels: Sequence[int],
                department: int | None, number: int) -> bool:
    """Is there anything to do (else the rows are left as they are: fast)."""
    if department is not None and len(levels) >= 2 and any(
            _blank(v, department) and not _blank(v, number) for _, v in rows):
        return True
    return any(_may_group(rows, col, number) for col in grouped)


# columns that say something of the leader, read with it: a blank in one is "as above" only
# where the row names the leader of the row above that gave the value
_BELONGS_TO_LEADER = ("leader_email", "leader_number")


def read_grouping(sheet: Sheet, layout: ListLayout, rows: Rows, kinds: RowReader,
                  findings: Findings) -> tuple[Rows, dict[int, str]]:
    """The rows with "as above" blanks filled where the sheet shows grouping, and each
    employee row's leader (their employee number) where unit levels show who leads."""
    department = layout.index("department")
    numbered = numbered_levels(layout.headers, department) if department is not None else []
    if numbered and department is not None and deepest_levels(rows, numbered):
        return _deepest(rows, numbered, department, layout, kinds, findings), {}
    nested = list(layout.unit_levels)
    led = any(layout.index(k) is not None for k in LEADER_FIELDS)
    if nested and led and department is not None and deepest_levels(rows, nested):
        # (without a leader column, the levels below say who leads each unit: _hierarchy)
        return _deepest(rows, nested, department, layout, kinds, findings), {}
    levels = _levels(layout, department) if department is not None else []
    cols = sorted({*(i for i in map(layout.index, _GROUPED) if i is not None), *levels})
    number = layout.fields["number"].index
    merges = [m for m in sheet.merged if m.max_row > m.min_row and m.min_col - 1 in cols]
    grouped = [i for i in map(layout.index, _GROUPED) if i is not None]
    if not cols or (not merges and not _quick_look(rows, grouped, levels, department, number)):
        return rows, {}
    grid = _grid(rows, kinds)
    for m in merges:
        top = grid.texts.get(m.min_row)
        value = top[m.min_col - 1] if top and m.min_col - 1 < len(top) else ""
        for row in range(m.min_row + 1, m.max_row + 1):
            if row in grid.texts and value:
                grid.put(row, m.min_col - 1, value)
    leaders: dict[int, str] = {}
    done: set[int] = set()
    tries = [levels, levels[1:]] if len(levels) > 2 else [levels] if len(levels) == 2 else []
    for tried in tries:
        if department is not None and tried and _hierarchy(grid, tried, department, layout,
                                                           findings, leaders):
            done.update(tried)
            levels = tried
            break
    else:
        levels = []
    if levels:
        grid.starts.update(r for r in grid.employees if any(grid.text(r, c) for c in levels))
    done.update(_pivot_levels(grid, layout, done, findings))
    for key in _outer_first(grid, layout):
        col = layout.index(key)
        if col is not None and col not in done:
            done.add(col)
            _fill_down(grid, col, layout.fields[key].header, findings,
                       layout.index("leader") if key in _BELONGS_TO_LEADER else None)
    return grid.rows(rows), leaders


def _deepest(rows: Rows, levels: Sequence[int], department: int, layout: ListLayout,
             kinds: RowReader, findings: Findings) -> Rows:
    """Unit levels numbered across columns ("Nivå 1" … "Nivå 4"), each row filled as deep as
    its unit goes: the department is the deepest level filled in on the row."""
    grid = _grid(rows, kinds)
    changed = []
    for row in grid.employees:
        value = next((t for t in (grid.text(row, c) for c in reversed(levels))
                      if t and t.casefold() not in NO_VALUE), "")  # ("-": Qlik's null)
        if value and grid.text(row, department) != value:
            grid.put(row, department, value)
            changed.append(row)
    if changed:
        names = ", ".join(f'"{layout.headers[c]}"' for c in levels)
        findings.note("unit-levels", f"The columns {names} are unit levels of uneven depth: the "
                      f"department is the deepest level filled in ({rows_text(changed)}).",
                      changed[0], layout.headers[levels[-1]], changed)
    return grid.rows(rows)


def _grid(rows: Rows, kinds: RowReader) -> Grid:
    grid = Grid({}, [])
    last = 0
    gap = repeated = False
    for n, values in rows:
        texts = [cell_text(v) for v in values]
        grid.texts[n] = texts
        skip = kinds.skipped(n, tuple(texts))
        gap = gap or (last > 0 and n > last + 1)
        last = n
        if skip is None:
            if gap:
                grid.starts.add(n)
            if repeated:
                grid.resumed.add(n)
            gap = repeated = False
            grid.employees.append(n)
        elif skip.reason == "header":  # a page's header printed again: the block goes on
            repeated = gap = True
        elif skip.reason in _BREAKS:
            gap = True
            grid.subtotals = grid.subtotals or skip.reason != "heading"
            if skip.reason == "subtotal":
                grid.labels.append(" ".join(t for t in texts if t).casefold())
    if grid.employees:
        grid.starts.add(grid.employees[0])
    return grid


def _outer_first(grid: Grid, layout: ListLayout) -> list[str]:
    """The grouped columns in the order their blanks are filled: the column the subtotal rows
    are named after ("Birgitte Brøndum I alt": a pivot table's outer field, the leader) first,
    so that a change in a column inside its groups (a second department under one leader)
    does not end its group; otherwise the department first."""
    def names_subtotals(key: str) -> bool:
        col = layout.index(key)
        if col is None or len(grid.labels) < 2:
            return False
        values = {grid.text(r, col).casefold() for r in grid.employees} - {""}
        named = sum(any(label.startswith(v + " ") for v in values) for label in grid.labels)
        return named >= max(2, len(grid.labels) - 1)

    outer = [k for k in _GROUPED if names_subtotals(k)]
    return [*outer[:1], *(k for k in _GROUPED if k not in outer[:1])]


def _pivot_levels(grid: Grid, layout: ListLayout, done: set[int],
                  findings: Findings) -> set[int]:
    """The grouped columns read together as a pivot table or a report lays them out: outer
    fields to the left. A row writes the level that changes and every level right of it (a
    leader's e-mail or number goes with the leader); the blanks left of what a row writes, and
    a row that writes none, are "as above". Read so only where the rows show it: the first row
    writes every level, a block never starts blank, a value is never written again on the row
    straight below its own (an ordinary list's rows repeat their unit; a pivot's do not), at
    least two groups have rows below their first, and such rows are a quarter of the list or
    more. The columns filled (none where the rows do not show it)."""
    cols = sorted(i for i in map(layout.index, _GROUPED) if i is not None and i not in done)
    leader = layout.index("leader")
    owner = {c: leader if leader is not None and c != leader and c in {
        layout.index(k) for k in _BELONGS_TO_LEADER} else c for c in cols}
    levels = sorted(set(owner.values()))
    if len(levels) < 2 or not grid.employees:
        return set()
    headers = {c: layout.headers[c] for c in cols}
    for col in cols:
        _continued(grid, col, headers[col], findings)
    path = {c: "" for c in cols}
    plan: dict[int, dict[int, str]] = {}
    below = runs = 0
    run = False
    for row in grid.employees:
        written = [lv for lv in levels if grid.text(row, lv)]
        start = row in grid.starts or row in grid.resumed or row == grid.employees[0]
        if not written:
            if start:
                return set()  # a block that starts blank: as above what?
            below += 1
            runs += not run
            run = True
        else:
            run = False
            top = written[0]
            if row == grid.employees[0] and top != levels[0]:
                return set()
            if not start and grid.text(row, top) == path[top]:
                return set()  # the same value on the row below: an ordinary list
            for c in cols:
                if owner[c] >= top:
                    path[c] = grid.text(row, c)
        plan[row] = {c: path[c] for c in cols if not grid.text(row, c) and path[c]}
    if runs < 2 or below * 4 < len(grid.employees):
        return set()
    filled: dict[int, list[int]] = {}
    for row, values in plan.items():
        for c, text in values.items():
            grid.put(row, c, text)
            filled.setdefault(c, []).append(row)
    for c, rows in sorted(filled.items()):
        findings.note("as-above", f'The column "{headers[c]}" is filled in only where a group '
                      f"starts, as in a pivot table, so its blanks are read as the value above "
                      f"({rows_text(rows)}).", rows[0], headers[c], rows)
    return set(cols)


def _fill_down(grid: Grid, col: int, header: str, findings: Findings,
               owner: int | None = None) -> None:
    _continued(grid, col, header, findings)
    blanks = [r for r in grid.employees if not grid.text(r, col)]
    if not blanks or (owner is not None and owner != col and _crosses_owner(grid, col, owner)):
        return
    runs = 0
    shaped = True
    marker = False
    for block in grid.blocks():
        seen: set[str] = set()
        if not grid.text(block[0], col) and len(block) > 1 and not grid.text(block[1], col):
            shaped = False  # a block that starts with blanks: as above what? (one blank
            # first row is the top of the tree: a director without a leader)
        for i, row in enumerate(block):
            text = grid.text(row, col)
            if not text:
                continue
            if i and grid.text(block[i - 1], col) == text:
                return  # written on row after row: an ordinary list, whose blanks are blank
            marker = marker or text.casefold() in PIVOT_EMPTY
            if text in seen:
                shaped = False
            seen.add(text)
            if i + 1 < len(block) and not grid.text(block[i + 1], col):
                runs += 1
    evidence = runs >= 2 or marker or (grid.subtotals and runs >= 1)
    if not evidence:
        return
    if not shaped:
        findings.warn("blank-grouped", f'The column "{header}" is empty in {rows_text(blanks)}, '
                      "and the list looks partly grouped (a value, then blanks below it), but "
                      "not in every group, so the blanks were left empty.", "Fill in the "
                      "value on every row (in a pivot table: Repeat All Item Labels).",
                      blanks[0], header, blanks)
        return
    starts: list[int] = []
    filled: list[int] = []
    for block in grid.blocks():
        value = ""
        for row in block:
            text = grid.text(row, col)
            if text:
                value = text
                starts.append(row)
            elif value:
                grid.put(row, col, value)
                filled.append(row)
    grid.starts.update(starts)
    if filled:
        findings.note("as-above", f'The column "{header}" is filled in only where a group '
                      f"starts ({rows_text(starts)}), so its blanks are read as the value "
                      f"above ({rows_text(filled)}).", filled[0], header, filled)


def _crosses_owner(grid: Grid, col: int, owner: int) -> bool:
    """Whether a blank of ``col`` stands on a row whose ``owner`` (the leader beside the
    leader's address) is written and differs from the owner on the row above that gave the
    value: the value was left out there, not grouped (the leader's address on some rows)."""
    for block in grid.blocks():
        given = ""
        for row in block:
            whose = " ".join(grid.text(row, owner).casefold().split())
            if grid.text(row, col):
                given = whose
            elif given and whose and whose != given:
                return True
    return False


def _continued(grid: Grid, col: int, header: str, findings: Findings) -> None:
    """A block that goes on after a page break, its value written again with a word added
    ("Byg (fortsat)", "Sales - continued"): the value of the block before the break."""
    changed = []
    before = ""
    for block in grid.blocks():
        first = grid.text(block[0], col)
        if block[0] in grid.resumed and before and first != before and first.startswith(
                before) and _CONTINUED.fullmatch(first[len(before):]):
            grid.put(block[0], col, before)
            changed.append(block[0])
        before = next((t for t in (grid.text(r, col) for r in reversed(block)) if t), before)
    if changed:
        findings.note("continued", f'The column "{header}" repeats a group\'s value after a '
                      f"page's header, with a word added ({rows_text(changed)}): the group goes "
                      "on, so the value is the group's.", changed[0], header, changed)


def _hierarchy(grid: Grid, levels: Sequence[int], department: int, layout: ListLayout,
               findings: Findings, leaders: dict[int, str]) -> bool:
    """Unit levels, each filled where it starts: the department is the deepest level."""
    deepest = levels[-1]
    if all(grid.text(r, department) for r in grid.employees):
        return False  # the department is on every row: the other columns are more detail
    paths: dict[int, tuple[str, ...]] = {}
    parent: list[dict[str, str]] = [{} for _ in levels]
    path: list[str] = [""] * len(levels)
    staircase = False
    for row in grid.employees:
        own = [grid.text(row, c) for c in levels]
        if row in grid.starts and not any(own):
            return False  # a block that starts with no unit: cannot tell
        if any(own):
            low = max(i for i, t in enumerate(own) if t)
            staircase = staircase or (not own[-1] and any(own[:-1]))
            for i in range(len(levels)):
                path[i] = own[i] or (path[i] if i < low else "")
        for i in range(1, len(levels)):
            if path[i]:
                above = next((p for p in reversed(path[:i]) if p), "")
                if parent[i].setdefault(path[i], above) != above:
                    return False  # a unit under two others: no tree
        paths[row] = tuple(path)
    if not staircase:
        return False
    headers = {u.index: u.header for u in (*layout.fields.values(), *layout.kept)}
    changed = []
    for row, unit in paths.items():
        value = next((p for p in reversed(unit) if p), "")
        if grid.text(row, department) != value:
            changed.append(row)
            grid.put(row, department, value)
    names = ", ".join(f'"{headers.get(c, "")}"' for c in levels)
    findings.note("unit-levels", f"The columns {names} are unit levels, each filled in where "
                  "its level starts: the department is the deepest level given"
                  + (f" ({rows_text(changed)})." if changed else "."),
                  changed[0] if changed else None, headers.get(deepest), changed)
    if all(layout.index(k) is None for k in LEADER_FIELDS):
        _unit_leaders(grid, paths, levels, layout, findings, leaders, names)
    return True


def _unit_leaders(grid: Grid, paths: dict[int, tuple[str, ...]], levels: Sequence[int],
                  layout: ListLayout, findings: Findings, leaders: dict[int, str],
                  names: str) -> None:
    """The first person of each unit leads it, where a column shows that."""
    units: dict[tuple[str, ...], list[int]] = {}
    last: tuple[str, ...] | None = None
    contiguous = True
    for row, unit in paths.items():
        if unit != last and unit in units:
            contiguous = False
        units.setdefault(unit, []).append(row)
        last = unit
    firsts = {rows[0] for rows in units.values()}
    members = [r for r in paths if r not in firsts]
    shown = ""
    if contiguous and len(units) >= 2 and members:
        used = {layout.index(k) for k in _NOT_ROLE} | set(levels)
        fewest = len(members) + 1  # a role column says "Medarbejder" on every member's row
        for use in (*layout.fields.values(), *layout.kept):
            if use.index in used:
                continue
            top = {grid.text(r, use.index) for r in firsts}
            rest = {grid.text(r, use.index) for r in members}
            if "" not in top and "" not in rest and not top & rest and len(rest) < fewest:
                shown, fewest = use.header, len(rest)
    if not shown:
        findings.warn("unit-leaders", f"The columns {names} give the units, but no column names "
                      "the leaders and nothing shows who leads each unit, so nobody has a "
                      "leader.", 'Add a column "Leder" with each employee\'s leader.')
        return
    number = layout.fields["number"].index
    first_of = {unit: rows[0] for unit, rows in units.items()}
    for row, unit in paths.items():
        chain = [unit[:k] + ("",) * (len(unit) - k) for k in range(len(unit), 0, -1)]
        if first_of.get(unit) == row:
            chain = chain[1:]
        head = next((first_of[u] for u in chain if u in first_of and first_of[u] != row), None)
        if head is not None:
            leaders[row] = grid.text(head, number)
    findings.note("unit-leaders", "No column names the leaders: each unit's first person leads "
                  f'it, as the column "{shown}" shows, and leads the units under it.')


def first_section(sheet: Sheet, header_row: int, drafts: Sequence[Draft],
                  skips: Sequence[Skipped], findings: Findings, has_department: bool) -> None:
    """A board of groups (monday.com, a report in sections): each group's title over the
    headers again, the first group's title over the list's own header. Where every heading in
    the list stands right over a repeated header, the one line over the list's header is the
    first group's title, and gives its department to the rows before the next heading."""
    headings = sorted(s.row for s in skips if s.reason == "heading")
    again = {s.row for s in skips if s.reason == "header"}
    if has_department or not headings or not all(r + 1 in again for r in headings):
        return
    above = next((v for n, v in sheet.rows if n == header_row - 1), None)
    texts = [cell_text(v) for v in above or ()]
    filled = [t for t in texts if t]
    if len(filled) != 1 or not texts[0]:
        return
    unit = heading_department(filled[0])
    if not unit or kind_heading(filled[0]):
        return  # ("Fastansatte" over the first group: a kind of the employed, no unit)
    given = [d for d in drafts if d.row < headings[0] and not d.fields["department"]]
    for draft in given:
        draft.fields["department"] = unit
    if given:
        rows = [d.row for d in given]
        findings.note("first-section", f'The line over the header (row {header_row - 1}, '
                      f'"{unit}") is the first group\'s title, as each later group\'s title '
                      f"stands over the headers again: its department is given to "
                      f"{rows_text(rows)}.", header_row - 1, None, rows)
