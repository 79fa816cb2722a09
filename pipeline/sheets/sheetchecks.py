"""The other sheets beside the employee list, and when they make the list unreadable.

A workbook's other sheets may hold more of the list (the staff split over "Nord" and "Syd"),
another version of it (HR's and payroll's, giving people otherwise) or changes since it was
made ("Stoppet" beside a number the list still gives as employed). Reading the list's sheet
alone would then give a wrong answer without a word, so each of these refuses the list, naming
the sheets; the comparisons of rows are `sheetchoice`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from pipeline.errors import raise_if_issues
from pipeline.sheets.columns import FIELDS
from pipeline.sheets.dates import DMY, read_date
from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, and_list
from pipeline.sheets.headers import HeaderRow, find_header_row, value_at
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.names import normal_name
from pipeline.sheets.parts import not_staff
from pipeline.sheets.sheetchoice import others_listed, versions
from pipeline.sheets.statuswords import LEAVE, LEFT, outside, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text


def refuse_changes(also: Sequence[Sheet], drafts: Sequence[Draft], findings: Findings,
                   today: dt.date | None = None) -> None:
    """Another sheet that says people the list gives as employed have left ("Ændringer efter
    1-9": "Stoppet" beside their number): the list is not up to date, and which is right
    cannot be told, so it is refused, naming the sheet and the employees. A row with a day
    still to come ("Fritstillet i opsigelsen | til 31.12.2026") says a leaving to come: the
    list is right today."""
    ours = {d.number for d in drafts}
    for other in also:
        found: set[str] = set()
        for _, values in other.rows:
            texts = [cell_text(v) for v in values]
            mine = [t for t in texts if t in ours]
            if mine and any(status_state(x) == LEFT for x in texts if x not in mine) and not (
                    today is not None and _day_to_come(
                        [v for v, t in zip(values, texts, strict=False) if t not in mine],
                        today)):
                found.update(mine)
        left = sorted(found)
        if left:
            who = and_list(left[:10])
            many = "employees" if len(left) > 1 else "employee"
            has = "have" if len(left) > 1 else "has"
            findings.error("other-sheet-left", f'The sheet "{other.name}" says that {many} '
                           f"{who} {has} left, which the list itself does not say, so mus "
                           "cannot tell whether the list is up to date.", "Bring the changes "
                           "into the list (mark who has left in a status column, add who has "
                           "started) or delete that sheet, and run the command again.")


def refuse_versions(sheet: Sheet, header: HeaderRow, also: Sequence[Sheet],
                     findings: Findings) -> None:
    """Another sheet of the same people that gives some of them otherwise (an HR version and
    a payroll version, their leaders differing), or mostly the same people but some more or
    fewer (last June's list beside today's, neither named so: sheetversions.py reads names
    that tell): which is the list cannot be told, so it is refused, naming both; a copy that
    agrees is no matter."""
    number = header.found.get("number")
    if number is None:
        return
    for other in also:
        compared = versions(sheet, header.row, other, number)
        if compared is None:
            continue
        differ = compared.gives_otherwise()
        if differ:
            findings.error("two-versions", f'The sheets "{sheet.name}" and "{other.name}" list '
                           f"the same people, and {differ} of them differently (a leader, a "
                           "department or an address), so mus cannot tell which sheet is the "
                           "list.", "Delete the sheet that is not the list (or make the two "
                           "agree), and run the command again.", header.row)
            raise_if_issues(findings.issues())
        apart = compared.people_apart()
        if apart and any(apart):
            only_ours, only_theirs = apart
            gaps = [f'{n} only on "{s.name}"' for n, s in ((only_ours, sheet),
                                                           (only_theirs, other)) if n]
            findings.error("two-versions", f'The sheets "{sheet.name}" and "{other.name}" '
                           f"list mostly the same people, but not all ({and_list(gaps)}): "
                           "they look like two versions of the list, and mus cannot tell which "
                           "is today's.", "Delete the sheet that is not the list, or add "
                           '"gammel" (or its month and year) to the name of the older one, and '
                           "run the command again.", header.row)
            raise_if_issues(findings.issues())


def refuse_split_list(sheet: Sheet, header_row: int, also: Sequence[Sheet],
                       findings: Findings) -> None:
    """The staff split over sheets of the same columns ("Nord", "Syd", or a sheet per team
    leader, however few each holds): reading one would leave the others without a form, so the
    list is refused, naming the sheets (a sheet named for leavers, "Fratrådte", is not more of
    the list)."""
    listed = {o.name: others_listed(sheet, header_row, o) for o in also if not not_staff(o)}
    halves = [o for o in also if listed.get(o.name)]
    # one other sheet of one person may be a template's example row; more is more of the list
    if not halves or (len(halves) == 1 and listed[halves[0].name] < 2):
        return
    names = [f'"{s.name}"' for s in (sheet, *halves)]
    named = ", ".join(names[:-1]) + " and " + names[-1]
    on_leave = [f'"{s.name}"' for s in halves if status_state(s.name) == LEAVE]
    leave = (f" (and say in a status column that those of {', '.join(on_leave)} are on leave: "
             '"Orlov")' if on_leave else "")
    findings.error("split-list", f"The employee list is split over the sheets {named}: they "
                   "have the list's columns and different people, and mus reads one sheet as "
                   "the list, so the people on the others would get no form.", "Copy the rows "
                   f"of {', '.join(names[1:])} under those of {names[0]} in one sheet (one "
                   f"header row){leave}, or delete a sheet that is not part of the list, and "
                   "run the command again.", header_row)
    raise_if_issues(findings.issues())


def refuse_people_elsewhere(sheet: Sheet, header: HeaderRow, others: Sequence[Sheet],
                            findings: Findings) -> None:
    """Other sheets, of other columns, that together list people the list lacks, at least half
    as many as the list holds (a sheet per unit beside the management's sheet, each with its
    own columns): reading the one sheet would leave most people without a form, so the list is
    refused, naming the sheets. A sheet named for those who are not at work or not employed
    here (``Fratrådte``, ``Orlov``, ``Vikarer``) is no part of the list; fewer people elsewhere
    (two new starters on a sheet of their own) are warned of by the caller."""
    number = header.found.get("number")
    if number is None or not others:
        return
    rows = [v for n, v in sheet.rows if n > header.row]
    ours = {cell_text(value_at(v, number)) for v in rows} - {""}
    names = {normal_name(cell_text(value_at(v, header.found["name"]))) for v in rows
             } if "name" in header.found else set()
    missing: dict[str, list[str]] = {}
    for other in others:
        if status_state(other.name) in (LEFT, LEAVE) or outside(other.name):
            # ("Fratrådte", "Orlov", "Vikarer"; not "Timelønnede", a kind of the employed)
            continue
        found = find_header_row(other, FIELDS, ["number"], match=match_fields)
        if found is None or "number" not in found.found:
            continue
        theirs, name = found.found["number"], found.found.get("name")
        if name is None:
            continue
        people = [(cell_text(value_at(v, theirs)), cell_text(value_at(v, name)))
                  for n, v in other.rows if n > found.row]
        new = sorted({key for key, who in people
                      if key and who and key not in ours and normal_name(who) not in names})
        if new:  # people by neither number nor name on the list (a key of leaders is not)
            missing[other.name] = new
    total = sum(len(new) for new in missing.values())
    if not missing or total < max(2, 0.5 * len(ours)):
        return
    quoted = [f'"{name}"' for name in missing]
    named = and_list(quoted)
    shown = and_list([n for new in missing.values() for n in new][:6]) + (
        " …" if total > 6 else "")
    findings.error("people-elsewhere", f"The sheet{'s' if len(quoted) > 1 else ''} {named} "
                   f"list {total} people who are not on the sheet \"{sheet.name}\" that was "
                   f"read as the list (employees {shown}), so they would get no form: mus reads "
                   "one sheet as the employee list.", "Copy everyone who should get a form into "
                   "one sheet with one header row (a column \"Afdeling\" for each one's unit and "
                   "\"Leder\" for their leader), or delete the sheets that are not part of the "
                   "list, and run the command again.", header.row)
    raise_if_issues(findings.issues())


def _day_to_come(values: Sequence[Any], today: dt.date) -> bool:
    """Whether a row gives a day after today (a date, or a text holding one)."""
    for value in values:
        text = value if isinstance(value, str) else ""
        if not isinstance(value, dt.date) and not any(c.isdigit() for c in text):
            continue
        for part in [value] if isinstance(value, dt.date) else re.findall(
                r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", text):
            try:
                day = read_date(part, DMY)
            except ValueError:
                continue
            if day is not None and day > today:
                return True
    return False

