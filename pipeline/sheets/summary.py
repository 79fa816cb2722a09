"""What mus understood from the employee list, for people (`mus check`) and for programs
(`mus check --json`, and the manifest beside the forms).

Names, numbers and e-mail addresses appear (they are what HR checks); CPR numbers never do:
their columns are named, never their values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.errors import SheetIssue
from pipeline.sheets.columns import LABELS
from pipeline.sheets.employees import EmployeeList
from pipeline.sheets.findings import capped, rows_text
from pipeline.sheets.rows import REASONS

FIRST_ROWS = 5
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


def list_summary(listing: EmployeeList, sample: bool = True) -> dict[str, Any]:
    """The summary as plain data (JSON); ``sample`` adds the first rows."""
    staff = listing.employees
    leaders, found = _leaders(listing)
    reasons = Counter(s.reason for s in listing.skipped)
    data: dict[str, Any] = {
        "file": str(listing.file),
        "sheet": listing.sheet or None,
        "header_row": listing.layout.header_row,
        **({"encoding": listing.encoding} if listing.encoding else {}),
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
        "skipped_rows": [{"row": s.row, "reason": s.reason, "text": s.describe()}
                         for s in listing.skipped],
        "skipped_counts": dict(reasons),
        "other_sheets": list(listing.other_sheets),
        "warnings": [issue_dict(w) for w in listing.warnings],
    }
    if sample:
        data["first_rows"] = [{key: (e.row if key == "row" else getattr(e, key))
                               for key, _ in _TABLE} for e in staff[:FIRST_ROWS]]
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
    lines = [f"Employee list: {listing.file} ({where}), headers in row {layout.header_row}:"]
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
    leaders, found = _leaders(listing)
    staff = listing.employees
    departments = len({e.department for e in staff if e.department})
    lines.append(f"{_count(len(staff), 'employee')}, {_count(leaders, 'leader')} ({found} "
                 f"of them found in the list), {_count(departments, 'department')}.")
    by_reason: dict[str, list[int]] = {}
    for s in listing.skipped:
        by_reason.setdefault(s.reason, []).append(s.row)
    for reason, numbers in by_reason.items():
        texts = [s.text for s in listing.skipped if s.reason == reason and s.text]
        shown = f' ("{texts[0]}")' if texts and len(set(texts)) == 1 else ""
        lines.append(f"Skipped {rows_text(numbers)}: {REASONS[reason]}{shown}.")
    hidden = [s for s in listing.skipped if s.reason in ("hidden", "filtered")]
    if hidden:
        lines.append("  (To give hidden rows a form too, show them in Excel, or add "
                     "--include-hidden.)")
    if staff:
        header = [title for _, title in _TABLE]
        rows = [[str(e.row) if key == "row" else str(getattr(e, key)) for key, _ in _TABLE]
                for e in staff[:FIRST_ROWS]]
        lines.append("First rows:")
        lines += _table([header, *rows])
    return lines


def warning_lines(warnings: Sequence[SheetIssue]) -> list[str]:
    """The warnings for a person: many of one kind are counted after the first few."""
    if not warnings:
        return []
    return [f"{len(warnings)} warning(s): mus can go on, but check these:",
            *(f"  - {w}" for w in capped(warnings))]
