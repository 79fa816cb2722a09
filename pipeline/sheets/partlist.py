"""The parts of a list split over sheets (or tables side by side), read together: each
employee's sheet kept, a number on two sheets read once or refused, a sheet without a
department column given one, unit leaders named only in their own sheet's title led by the top
management or refused, and what was read said. The parts themselves are found in parts.py and
each read as a list of its own in employees.py."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.errors import raise_if_issues
from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import top_unit
from pipeline.sheets.names import normal_name
from pipeline.sheets.rows import heading_department
from pipeline.sheets.unitleaders import leader_line
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.employees import _Read as Read


def refuse_self_led(read: Sequence[Read]) -> None:
    """A list split over a sheet per unit whose titles (or headings) name as the leader of
    their rows someone among those rows, twice or more (each unit's leader on their own unit's
    sheet): the titles say whom each leads, and nothing says who leads them. Where one of them
    leads the top management ("Direktion"), the others are read as led by them, warned;
    otherwise the list is refused, naming them. (On a list of one sheet a heading's leader
    among its rows is led by nobody, as before: the sheet gives no other unit's.)"""
    found = [(one, heading, draft) for one in read for heading, draft in one.walk.self_led()]
    if len(found) < 2:
        return
    tops = [(one, draft) for one, _, draft in found if top_unit(one.sheet.name) or top_unit(
        draft.fields["department"])]
    if len(tops) == 1:  # one of them leads the top management ("Direktion"): the others'
        # leader, warned (as a sheet of units that says nothing of it is read)
        sheet_top, boss = tops[0]
        for one, _, draft in found:
            if draft is boss:
                continue
            draft.given = Given(text=boss.name, email=boss.fields["email"])
            one.findings.warn("unit-leaders-top", f"The title over this sheet names {draft.name} "
                              f"(row {draft.row}) as the leader of its rows, and nothing says "
                              f"whom {draft.name} reports to: read as led by {boss.name}, the "
                              f'leader of "{sheet_top.sheet.name}".', "If that is wrong, add a "
                              "column \"Nærmeste leder\" with each employee's leader, and run "
                              "the command again.", draft.row, None, [draft.row])
        return
    for one, heading, draft in found:
        one.findings.error("heading-leads-self", f"The heading in row {heading} names "
                           f"{draft.name} as the leader of the rows under it, and {draft.name} "
                           f"is one of them (row {draft.row}): the list does not say who leads "
                           f"{draft.name}, as it does not for {len(found) - 1} other unit "
                           "leader(s) named so.", "Add a column \"Nærmeste leder\" with each "
                           "employee's leader (the top leader's cell empty), and run the "
                           "command again.", draft.row)
    raise_if_issues([i for one in read for i in one.findings.issues()])


def one_row_each(read: Sequence[Read]) -> None:
    """A number on two sheets of a list split over sheets: one person listed twice alike (the
    director on each company's sheet, with the same name, department and leader) is read from
    the first, said; otherwise it is refused (two people with one number, or one person given
    otherwise on each sheet: mus cannot tell which row is right)."""
    seen: dict[str, tuple[Read, Draft]] = {}
    for one in read:
        again: set[int] = set()
        for draft in one.drafts:
            if draft.number not in seen:
                seen[draft.number] = (one, draft)
                continue
            first, other = seen[draft.number]
            where = f'the sheet "{first.sheet.name}" (row {other.row})'
            if _alike(other, draft):
                again.add(id(draft))
                one.findings.note("listed-twice", f"Employee {draft.number} ({draft.name}) "
                                  f"is also on {where}, given alike: read once, from there.",
                                  draft.row)
                continue
            one.findings.error("number-twice", f"The employee number {draft.number} is on "
                               f"{where} and in this row too, given otherwise: the list is "
                               "read from both sheets, and a number is one person's.", "Keep "
                               "each employee in one row on one sheet (or give the other their "
                               "own number), and run the command again.", draft.row)
        one.drafts[:] = [d for d in one.drafts if id(d) not in again]
    raise_if_issues([i for one in read for i in one.findings.issues()])


def _alike(one: Draft, other: Draft) -> bool:
    """Two rows that give a person alike: name, department and leader."""
    return (normal_name(one.name) == normal_name(other.name)
            and normal_name(one.fields["department"]) == normal_name(other.fields["department"])
            and normal_name(one.given.text or one.given.number or one.given.email)
            == normal_name(other.given.text or other.given.number or other.given.email))


def said_parts(read: Sequence[Read], findings: Findings) -> None:
    """A list read from several sheets: each employee keeps the sheet their row is on; what
    was read is said."""
    for one in read:
        name = one.sheet.name
        one.employees = [dataclasses.replace(e, sheet=name) for e in one.employees]
        one.leavers = [dataclasses.replace(a, sheet=name) for a in one.leavers]
    said = [f'"{one.label}" ({len(one.employees)} employee'
            f'{"s" if len(one.employees) != 1 else ""}, headers in row {one.header.row})'
            for one in read]
    counts = ", ".join(said[:-1]) + " and " + said[-1]
    whole = Findings(findings.file, None)  # of the whole list, no one sheet's
    whole.note("sheets-read", f"The employee list is split over sheets (or tables side by "
                  f"side, or sections one under the other), each with its own header row, "
                  f"and is read from all of them: "
                  f"{counts}. Each employee's leader is looked up on every one of these sheets.")
    findings.notes[:0] = whole.notes


# A sheet's name as Excel, LibreOffice or Numbers gives it, naming nothing ("Ark2", "Sheet1")
_DEFAULT_NAME = re.compile(r"^\s*(?:ark|sheet|blad|tabel|table|feuil|tabelle|hoja|foglio)"
                           r"\s*\d*\s*$", re.IGNORECASE)


def units_of_parts(read: Sequence[Read]) -> None:
    """The department of each sheet of a list split over sheets that has no department column:
    a column of its own whose values are the departments the other sheets give ("Byggeplads"
    beside the salaried staff's "Afdeling"); else, for the rows no heading gave one, the
    sheet's name (a sheet per unit), unless Excel named it ("Ark2"); each said."""
    units = {normal_name(d.fields["department"]) for one in read
             if "department" in one.layout.fields for d in one.drafts if d.fields["department"]}
    for one in read:
        if "department" in one.layout.fields or not one.drafts:
            continue
        column = _column_of(one, units)
        given = [d for d in one.drafts if not d.fields["department"]]
        if column is not None:
            for draft in one.drafts:
                draft.fields["department"] = cell_text(value_at(draft.texts, column))
            header = one.layout.headers[column]
            one.findings.note("sheet-department", f'The sheet has no department column, but '
                              f'the values of "{header}" are the departments the other sheets '
                              "give: it is read as the department.", one.header.row, header)
        elif given and (title := _title_unit(one)) and (
                one.label != one.sheet.name or title[0] == one.header.row - 1):
            # (tables side by side share their sheet's name: each one's title is its unit;
            # so is a title right over a table's header, "Direktion" on a sheet "Info")
            line, unit = title
            for draft in given:
                draft.fields["department"] = unit
            rows = [d.row for d in given]
            one.findings.note("sheet-department", "The table has no department column: the "
                              f'department of {rows_text(rows)} is its title in row {line}, '
                              f'"{unit}".', one.header.row, None, rows)
        elif given and not _DEFAULT_NAME.match(one.sheet.name):
            name = one.sheet.name.strip()
            for draft in given:
                draft.fields["department"] = name
            rows = [d.row for d in given]
            one.findings.note("sheet-department", "The sheet has no department column: the "
                              f'department of {rows_text(rows)} is the sheet\'s name, "{name}".',
                              one.header.row, None, rows)
        elif given:
            one.findings.warn("no-department", "No column with the department was found, so "
                              "the forms, the overview and question filters have no "
                              "department for the people on this sheet.", "If the sheet has "
                              'one, give it the header "Afdeling" (or "Department").',
                              one.header.row)


def _title_unit(one: Read) -> tuple[int, str] | None:
    """The unit a table's title names: the nearest line over its header that holds one text,
    a unit ("Hovedkontor", "Afdeling: Produktion"), not a leader line; (row, unit) or None."""
    above = [(n, [t for t in map(cell_text, v) if t]) for n, v in one.sheet.rows
             if n < one.header.row]
    for number, texts in reversed(above):
        if not texts:
            continue
        if len(texts) != 1 or leader_line(texts[0]):
            continue
        unit = heading_department(texts[0])
        return (number, unit) if unit else None
    return None


def _column_of(one: Read, units: set[str]) -> int | None:
    """The column of ``one``'s sheet whose every value (two or more different ones) is among
    ``units``, or None (none, or more than one)."""
    if not units:
        return None
    roles = {use.index for use in one.layout.fields.values()}
    found = []
    for index, header in enumerate(one.layout.headers):
        if not header or index in roles:
            continue
        values = {normal_name(d.texts[index]) for d in one.drafts if index < len(d.texts)
                  and d.texts[index]}
        if len(values) >= 2 and values <= units:
            found.append(index)
    return found[0] if len(found) == 1 else None
