"""What mus understood from the employee list, for people (`mus check`) and for programs
(`mus check --json`, and the manifest beside the forms).

Names, numbers and e-mail addresses appear (they are what HR checks); CPR numbers never do:
their columns are named, never their values, and a skipped row's text is kept masked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.errors import SheetIssue
from pipeline.sheets.columns import LABELS
from pipeline.sheets.employees import EmployeeList
from pipeline.sheets.employment import Absent
from pipeline.sheets.findings import capped, rows_text
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.rows import REASONS

FIRST_ROWS = 5
# (one, many) of each kind of row, as `mus check` counts them.
_KINDS = {"employee": ("employee", "employees"), "on_leave": ("of them on leave",
                                                                "of them on leave"),
          "on_leave_left_out": ("on leave, left out", "on leave, left out"),
          "leaver": ("leaver", "leavers"), "heading": ("heading", "headings"),
          "subtotal": ("subtotal", "subtotals"), "total": ("total", "totals"),
          "header": ("header row repeated", "header rows repeated"),
          "note": ("note", "notes"), "blank": ("blank", "blank"),
          "vacancy": ("position not filled", "positions not filled"),
          "account": ("account", "accounts"),
          "guest": ("guest", "guests"),
          "other-table": ("row of another table", "rows of another table"),
          "repeat": ("person listed again", "people listed again"),
          "other-domain": ("user at another domain", "users at another domain"),
          "example": ("template's example row", "template's example rows"),
          "position": ("second position", "second positions"),
          "ended": ("ended position", "ended positions"),
          "hidden": ("hidden", "hidden"), "filtered": ("hidden by the filter",
                                                      "hidden by the filter")}
_TABLE = (("row", "row"), ("number", "number"), ("name", "name"), ("department", "department"),
          ("leader", "leader"), ("leader_email", "leader's e-mail"))


def issue_dict(issue: SheetIssue) -> dict[str, Any]:
    data: dict[str, Any] = {"file": str(issue.file), "sheet": issue.sheet, "row": issue.row,
                            "column": issue.column, "message": issue.what, "todo": issue.todo}
    rows = getattr(issue, "rows", ())
    if rows:
        data["rows"] = list(rows)
    return data


def _leaders(listing: EmployeeList) -> tuple[int, int]:
    """(how many leaders, how many of them were found as rows of the list)."""
    leaders = {(e.leader_number or e.leader.casefold()) for e in listing.employees if e.leader}
    found = {e.leader_number for e in listing.employees if e.leader_number}
    return len(leaders), len(found)


def row_counts(listing: EmployeeList) -> dict[str, int]:
    """How many rows under the header are of each kind: employees (on leave among them),
    leavers, and each reason a row is not an employee."""
    counts = {"employee": len(listing.employees)}
    on_leave = sum(e.on_leave for e in listing.employees)
    if on_leave:
        counts["on_leave"] = on_leave
    if listing.skip_on_leave and listing.on_leave:
        counts["on_leave_left_out"] = len(listing.on_leave)
    if listing.leavers:
        counts["leaver"] = len(listing.leavers)
    counts.update(Counter(s.reason for s in listing.skipped))
    if listing.blank_rows:
        counts["blank"] = len(listing.blank_rows)
    return counts


def _absent(people: Sequence[Absent]) -> list[dict[str, Any]]:
    return [{"row": a.row, **({"sheet": a.sheet} if a.sheet else {}), "number": a.number,
             "name": a.name, "reason": a.reason} for a in people]


def list_summary(listing: EmployeeList, sample: bool = True) -> dict[str, Any]:
    """The summary as plain data (JSON); ``sample`` adds the first rows."""
    staff = listing.employees
    leaders, found = _leaders(listing)
    reasons = Counter(s.reason for s in listing.skipped)
    data: dict[str, Any] = {
        "file": str(listing.file),
        "sheet": listing.sheet or None,
        **({"sheets": list(listing.sheets)} if listing.sheets else {}),
        "header_row": listing.layout.header_row,
        **({"encoding": listing.encoding} if listing.encoding else {}),
        **({"system": listing.layout.system} if listing.layout.system else {}),
        "columns": {key: {"column": use.letter, "header": use.header}
                    for key, use in listing.layout.fields.items()},
        "identifiers": {key: {"column": use.letter, "header": use.header}
                        for key, use in listing.layout.identifiers.items()},
        "withheld_columns": [{"column": use.letter, "header": use.header, "reason": "CPR numbers"}
                             for use in listing.layout.withheld],
        "employees": len(staff),
        "departments": len({e.department for e in staff if e.department}),
        "leaders": leaders,
        "leaders_found_in_list": found,
        "hidden_rows_included": listing.include_hidden,
        "skipped_rows": [{"row": s.row, **({"sheet": s.sheet} if s.sheet else {}),
                          "reason": s.reason, "text": s.describe()} for s in listing.skipped],
        "skipped_counts": dict(reasons),
        "row_counts": row_counts(listing),
        "leavers": _absent(listing.leavers),
        "leavers_included": listing.include_leavers,
        "on_leave": _absent(listing.on_leave),
        "on_leave_left_out": listing.skip_on_leave,
        "other_sheets": list(listing.other_sheets),
        "notes": [issue_dict(n) for n in listing.notes],
        "warnings": [issue_dict(w) for w in listing.warnings],
    }
    if sample:
        data["first_rows"] = [{key: (e.row if key == "row" else getattr(e, key))
                               for key, _ in _TABLE} | ({"sheet": e.sheet} if e.sheet else {})
                              for e in staff[:FIRST_ROWS]]
    return data


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _table(rows: Sequence[Sequence[str]], width: int = 24) -> list[str]:
    cut = [[c if len(c) <= width else c[:width - 1] + "…" for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cut) for i in range(len(cut[0]))]
    return ["  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in cut]


def summary_lines(listing: EmployeeList) -> list[str]:
    """The summary for a person: what each field was read from, the counts, the rows skipped
    and why, the first rows as a small table."""
    layout = listing.layout
    where = f'sheet "{listing.sheet}"' if listing.sheet else f"read as {listing.encoding}"
    if listing.sheets:
        named = [f'"{name}"' for name in listing.sheets]
        where = f"sheets {', '.join(named[:-1])} and {named[-1]}, read as one list"
    system = f", an export of {layout.system}" if layout.system else ""
    lines = [f"Employee list: {listing.file} ({where}{system}), headers in row "
             f"{layout.header_row}" + (f' of "{listing.sheet}"' if listing.sheets else "") + ":"]
    lines += _columns(layout)
    for sheet, other in listing.layouts:
        lines.append(f'On the sheet "{sheet}", headers in row {other.header_row}:')
        lines += _columns(other)
    leaders, found = _leaders(listing)
    staff = listing.employees
    departments = len({e.department for e in staff if e.department})
    lines.append(f"{_count(len(staff), 'employee')}, {_count(leaders, 'leader')} ({found} "
                 f"of them found in the list), {_count(departments, 'department')}.")
    lines.append("Rows under the header: " + ", ".join(
        f"{n} {_KINDS[kind][n != 1]}" for kind, n in row_counts(listing).items()) + ".")
    by_reason: dict[tuple[str, str], list[int]] = {}
    for s in listing.skipped:
        by_reason.setdefault((s.reason, s.sheet), []).append(s.row)
    for (reason, sheet), numbers in by_reason.items():
        texts = [s.text for s in listing.skipped
                 if s.reason == reason and s.sheet == sheet and s.text]
        shown = f' ("{texts[0]}")' if texts and len(set(texts)) == 1 else ""
        on = f' of the sheet "{sheet}"' if sheet else ""
        lines.append(f"Skipped {rows_text(numbers)}{on}: {REASONS[reason]}{shown}.")
    if listing.blank_rows:
        lines.append(f"Skipped {rows_text(listing.blank_rows)}: blank.")
    hidden = [s for s in listing.skipped if s.reason in ("hidden", "filtered")]
    if hidden:
        lines.append("  (To give hidden rows a form too, show them in Excel, or add "
                     "--include-hidden.)")
    lines += _absent_lines(listing)
    if listing.notes:
        lines.append("Read as:")
        lines += [f'  - {n.what}' if not listing.sheets or not n.sheet
                  else f'  - "{n.sheet}": {n.what}' for n in capped(listing.notes)]
    if staff:
        header = [title for _, title in _TABLE]
        rows = [[str(e.row) if key == "row" else str(getattr(e, key)) for key, _ in _TABLE]
                for e in staff[:FIRST_ROWS]]
        lines.append("First rows:")
        lines += _table([header, *rows])
    return lines


def _columns(layout: ListLayout) -> list[str]:
    """Which column each field was read from, the CPR columns never read, the others kept."""
    lines = []
    label_width = max(len(LABELS[k]) for k in (*layout.fields, *layout.identifiers))
    for key, use in (*layout.fields.items(), *layout.identifiers.items()):
        lines.append(f"  {LABELS[key].ljust(label_width)}  column {use.letter} "
                     f'"{use.header}"')
    for use in layout.withheld:
        lines.append(f'  column {use.letter} "{use.header}" holds CPR numbers: never read, '
                     "never written")
    mapped = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    others = [f'"{u.header}"' for u in layout.kept if u.index not in mapped]
    if others:
        lines.append(f"  also kept, for texts and filters: {', '.join(others)}")
    return lines


def _absent_lines(listing: EmployeeList) -> list[str]:
    """Who has left and who is on leave, by name (up to a few), with the row and why."""
    lines = []
    for people, head, tail in (
            (listing.leavers, "Left or not employed here (so {they} get{s} no form and no mail)",
             "(To give them a form anyway, add --include-leavers.)"),
            (listing.on_leave, "On leave ({they} get{s} {a} form)",
             "(To give them no form, add --skip-on-leave.)")):
        if not people:
            continue
        one = len(people) == 1
        words = {"they": "they" if not one else "this one", "s": "" if not one else "s",
                 "a": "their" if not one else "a"}
        if people is listing.on_leave and listing.skip_on_leave:
            head, tail = "On leave, left out as asked (no form and no mail)", ""
        if listing.sheets:  # each one's row and sheet, below
            lines.append(f"{head.format(**words)}: {len(people)}:")
            lines += [f'  {p.number} {p.name} (row {p.row} of "{p.sheet}": {p.reason})'
                      for p in people[:FIRST_ROWS]]
        else:
            where = rows_text([p.row for p in people])
            lines.append(f"{head.format(**words)}: {len(people)}, {where}:")
            lines += [f"  {p.number} {p.name} ({p.reason})" for p in people[:FIRST_ROWS]]
        if len(people) > FIRST_ROWS:
            lines.append(f"  … and {len(people) - FIRST_ROWS} more (`mus check --json` has "
                         "every one)")
        if tail:
            lines.append(f"  {tail}")
    return lines


def warning_lines(warnings: Sequence[SheetIssue]) -> list[str]:
    """The warnings for a person: many of one kind are counted after the first few."""
    if not warnings:
        return []
    return [f"{len(warnings)} warning(s): mus can go on, but check these:",
            *(f"  - {w}" for w in capped(warnings))]
