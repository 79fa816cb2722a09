"""Which sheet holds the employees, which row their headers, and which column is which field.

The header row may be on any sheet (an org-unit sheet may come first), under title rows, and
under a group header (``Leder`` over ``Navn`` and ``E-mail``). Headers are read by a known
system's export, the listed headers or their words (listheaders.py), then confirmed by their
cells and ranked by them where several could be one field (choice.py, ranking.py). Where no
header names the e-mail, the status, the department or the leader, a column that plainly holds
one is used and said (bycontent.py, leadercolumn.py). Columns that hold CPR numbers are dropped
here, before any value is read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.bycontent import (
    department_by_content,
    department_by_leaders,
    email_by_content,
    email_follows_leader,
    end_by_content,
    holds_units,
    leader_email_is_own,
    number_by_content,
    numbered_levels,
    person_number,
    status_by_content,
    team_purity,
    unit_name_beside_code,
)
from pipeline.sheets.choice import Chooser, Rows, cells
from pipeline.sheets.codepairs import paired_roles
from pipeline.sheets.columns import (
    FIELDS,
    IDENTIFIERS,
    INITIALS,
    LABELS,
    LEADER_FIELDS,
    NAME,
    NUMBER,
    field_role,
)
from pipeline.sheets.cpr import is_cpr_column, is_cpr_header
from pipeline.sheets.evidence import counts_rows
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import (
    WEAK,
    HeaderRow,
    accepted,
    candidates,
    find_header_row,
    normalise_header,
    value_at,
)
from pipeline.sheets.headerwords import (
    ALIAS,
    EMAIL,
    KIND,
    LEADER,
    OTHER,
    SELF,
    STATUS,
    concepts,
    header_words,
    says,
)
from pipeline.sheets.leadercolumn import find_leader_column, other_ids
from pipeline.sheets.listheaders import HeaderRoles, group_headers, match_fields, read_roles
from pipeline.sheets.names import normal_name
from pipeline.sheets.persons import PARTICLES
from pipeline.sheets.sheetchoice import candidate, choice_note, pick
from pipeline.sheets.sheetversions import newest
from pipeline.sheets.sidekey import side_columns
from pipeline.sheets.statuswords import outside, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, has_digit, valid_email

_CPR_SAMPLE = 500


@dataclass(frozen=True)
class ColumnUse:
    index: int  # from 0
    header: str

    @property
    def letter(self) -> str:
        return get_column_letter(self.index + 1)


@dataclass(frozen=True)
class ListLayout:
    """What was understood about the sheet's columns."""

    header_row: int
    headers: tuple[str, ...]
    fields: Mapping[str, ColumnUse]
    identifiers: Mapping[str, ColumnUse]
    withheld: tuple[ColumnUse, ...]  # CPR numbers: never read
    kept: tuple[ColumnUse, ...]  # every other column with a header, kept for texts and filters
    system: str = ""  # the known system whose export this is
    aliases: tuple[ColumnUse, ...] = ()  # other name columns (a preferred name), to find leaders
    others: tuple[ColumnUse, ...] = ()  # other ID columns (found by their cells), likewise
    unit_levels: tuple[int, ...] = ()  # unit columns nested coarse to fine, the department last
    side: tuple[int, ...] = ()  # the columns of a small table beside the list (sidekey.py)
    # the leader of the level above (and their address), for rows whose leader column is empty
    leader_above: tuple[int, int | None] | None = None

    def index(self, key: str) -> int | None:
        use = self.fields.get(key)
        return use.index if use else None


def _one_value(rows: Sequence[tuple[int, Sequence[Any]]], index: int) -> bool:
    """The column says one and the same on ten rows or more (and nothing else)."""
    sample = rows[:200]
    texts = {cell_text(value_at(v, index)) for _, v in sample}
    return len(texts) == 1 and "" not in texts and len(sample) >= 10


def header_score(cells: Sequence[Any]) -> int:
    """How much a row looks like an employee list's header row (to find a text file's
    separator): the employee number counts most."""
    found = match_fields([cell_text(c) for c in cells])
    return len(found) + (10 if "number" in found else 0)


def _has_name(found: Mapping[str, int]) -> bool:
    return any(k in found for k in ("name", "name_reversed", "first"))


def choose_sheet(sheets: Mapping[str, Sheet]) -> tuple[Sheet | None, HeaderRow | None,
                                                         list[Sheet], str]:
    """The sheet whose header row names the employee number and name and that holds the table
    of people (sheetchoice.py); the other sheets that look like employee lists too; why the
    sheet was taken (for `mus check`); or, when none names both, the best attempt (to say what
    is missing)."""
    ordered = sorted(sheets.values(), key=lambda s: not s.visible)
    found: list[tuple[Sheet, HeaderRow]] = []
    without: list[str] = []
    best: tuple[Sheet, HeaderRow] | None = None
    for sheet in ordered:
        header = find_header_row(sheet, FIELDS, ["number"], match=match_fields)
        if header is None:
            without.append(sheet.name)
            continue
        if "number" in header.found and _has_name(header.found):
            found.append((sheet, header))
            continue
        without.append(sheet.name)
        if best is None or len(header.found) > len(best[1].found):
            best = (sheet, header)
    # A sheet hidden in Excel is no part of the list where a shown one is one (last year's
    # list kept hidden): never read, never "more of the list"; said in `mus check`.
    hidden = [s.name for s, _ in found if not s.visible] if any(
        s.visible for s, _ in found) else []
    found = [(s, h) for s, h in found if s.name not in hidden]
    dated = newest(found)
    if dated is not None:
        sheet, header, why = dated
        return sheet, header, [], " ".join(t for t in (why, _hidden_note(sheet, hidden)) if t)
    if found:
        shown = [n for n in without if sheets[n].visible] if len(sheets) > 1 else []
        if len(found) == 1 and not shown:  # one sheet to read: no rows to count
            return found[0][0], found[0][1], [], _hidden_note(found[0][0], hidden)
        chosen, also, passed = pick([candidate(s, h) for s, h in found])
        why = choice_note(chosen, passed, shown)
        return (chosen.sheet, chosen.header, [c.sheet for c in also],
                " ".join(t for t in (why, _hidden_note(chosen.sheet, hidden)) if t))
    if best:
        return best[0], best[1], [], ""
    first = ordered[0] if ordered else None
    return first, None, [], ""


def _hidden_note(chosen: Sheet, hidden: Sequence[str]) -> str:
    if not hidden:
        return ""
    names = [f'"{n}"' for n in hidden]
    named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return (f"The hidden sheet{'s' if len(names) > 1 else ''} {named} also "
            f"look{'' if len(names) > 1 else 's'} like an employee list but "
            f"{'are' if len(names) > 1 else 'is'} hidden in Excel, so only the shown sheet "
            f'"{chosen.name}" is read (show and move the rows into it if they belong to the '
            "list).")


def _uses(found: Mapping[str, list[tuple[int, int]]], keys: Sequence[str],
          headers: Sequence[str], pick: Callable[[str, list[tuple[int, int]]], int | None]
          ) -> dict[str, ColumnUse]:
    uses = {}
    for key in keys:
        options = found.get(key)
        if options:
            index = pick(key, options)
            if index is not None:
                uses[key] = ColumnUse(index, headers[index])
    return uses


def _empty(sheet: Sheet, rows: Rows, index: int) -> bool:
    """No cell of the column holds anything, not even a formula whose result is unknown."""
    column = index + 1
    return not cells(rows, index, 1) and not any(
        c == column for _, c in (*sheet.unsaved_formulas, *sheet.error_cells))


def _id_instead(fields: dict[str, ColumnUse], found: int, headers: Sequence[str], kind: str,
                what: str, kept: str, header_row: int, findings: Findings) -> None:
    """Where no column is the employee number, each one's ``what`` (user name, e-mail address)
    in column ``found`` is their ID, warned: it must stay the same next year."""
    fields["number"] = ColumnUse(found, headers[found])
    findings.warn(kind, f"No column with the employee number was found, so each one's {what} in "
                  f'"{headers[found]}" (column {get_column_letter(found + 1)}) is their ID on '
                  f"the forms.", f"Keep the {kept} the same next year, so that the forms and the "
                  "follow-up find the same people; if the list has employee numbers, add their "
                  'column (as "Medarbejdernr.").', header_row, headers[found])


def _own_codes(rows: Rows, index: int, most: int, fits: Callable[[str], bool]) -> bool:
    """Nearly every row gives the column a value of its own, without spaces, at most ``most``
    characters, each one that ``fits``: an ID each person has."""
    texts = [cell_text(value_at(v, index)) for _, v in rows[:2000]]
    filled = [t for t in texts if t]
    return (len(filled) >= 3 and len(filled) >= 0.9 * len(texts)
            and len({t.casefold() for t in filled}) == len(filled)
            and all(len(t) <= most and " " not in t and fits(t) for t in filled))


def _no_address(text: str) -> bool:
    return "@" not in text


def _user_names(rows: Rows, headers: Sequence[str], taken: set[int]) -> int | None:
    """Where no column is the employee number, one headed as the user name ("Brugernavn",
    "Username", "Login") that gives nearly every row one of its own, short and without spaces:
    the ID a directory or a system's user list knows each person by."""
    def own_codes(index: int) -> bool:
        return _own_codes(rows, index, 20, _no_address)

    found = next((i for i, h in enumerate(headers) if i not in taken and h
                  and INITIALS.matches(h) and own_codes(i)), None)
    if found is None or _codes_beside(rows, headers, taken | {found}):
        return None
    return found


def _codes_beside(rows: Rows, headers: Sequence[str], taken: set[int]) -> bool:
    """Another column of codes of their own under a header mus does not know (itslearning's
    "SyncKey" beside "Username" and "Email"): which is the ID cannot be told, so a user name
    or an address is not taken for it."""
    for index, header in enumerate(headers):
        if index in taken or not header or field_role(header) is not None:
            continue
        if OTHER not in concepts(header_words(header))[0] and _own_codes(
                rows, index, 20, _no_address) and any(
                has_digit(cell_text(value_at(v, index))) for _, v in rows[:50]):
            return True
    return False


def _no_number(header: HeaderRow, withheld: Sequence[ColumnUse], system: Any,
               findings: Findings) -> None:
    number_cpr = [u for u in withheld if NUMBER.matches(u.header)]
    if number_cpr:
        findings.error(
            "cpr-number", f'The column "{number_cpr[0].header}" holds CPR numbers, not '
            "employee numbers. CPR numbers are never used by mus.",
            f"Add a column with the employee number, under one of these headers: "
            f"{accepted(NUMBER)}.", header.row, number_cpr[0].header)
    elif not findings.errors:
        todo = f"Give the column one of these headers: {accepted(NUMBER)}."
        what = "No column with the employee number was found."
        if system is not None and system.no_number:
            what = f"No column with the employee number was found in this {system.name} export."
            todo = system.no_number
        findings.error("no-number", what, todo, header.row)


def _own_addresses(rows: Rows, fields: dict[str, ColumnUse], findings: Findings,
                   header_row: int) -> None:
    """A leader's e-mail column whose every address is another, also under one leader: the
    employees' own addresses. Read as the e-mail where the list has none (warned); refused
    beside an e-mail column, where which is meant cannot be told."""
    use, leader = fields["leader_email"], fields["leader"]
    shown = leader_email_is_own(rows, leader.index, use.index)
    if not shown:
        return
    del fields["leader_email"]
    what = (f'The column "{use.header}" (column {use.letter}) is headed as the leader\'s '
            f"e-mail, but gives every row an address of its own, also rows with the same leader "
            f'in "{leader.header}" ({rows_text(shown)})')
    if "email" in fields:
        findings.error("leader-email-own", f"{what}, so it cannot be the leaders' addresses.",
                       'If the addresses are the employees\' own, delete the column or head it '
                       '"Privat e-mail"; if it should be the leader\'s, give each leader\'s '
                       "address on their employees' rows, and run the command again.",
                       header_row, use.header)
        return
    fields["email"] = use
    findings.warn("leader-email-own", f"{what}: they are read as the employees' own addresses, "
                  "and each leader's address is the one on the leader's own row.", "If that is "
                  'wrong, give each leader\'s address on their employees\' rows; if it is '
                  'right, head the column "E-mail".', header_row, use.header)


_SWAP_SAMPLE = 300


def _swapped_units(rows: Rows, layout: ListLayout, findings: Findings) -> None:
    """A department column and a job-title column whose cells say the other's: the titles
    give each leader's staff one value (their unit) and the departments several (as job
    titles do). Refused with both columns: every form would name a job title as the
    department."""
    department, title = layout.fields.get("department"), layout.fields.get("job_title")
    leaders = [layout.fields[k].index for k in LEADER_FIELDS if k in layout.fields]
    if department is None or title is None or not leaders:
        return
    sample = rows[:_SWAP_SAMPLE]  # (a pattern a few hundred rows show as well as all)
    if team_purity(sample, department.index, leaders) > 0.6:
        return  # the departments follow the leaders: most lists, decided here
    titles = [cell_text(v) for _, v in cells(sample, title.index, _SWAP_SAMPLE)]
    given = {cell_text(v) for _, v in cells(sample, leaders[0], _SWAP_SAMPLE)} - {""}
    if len(given) < len(set(titles) - {""}):
        return  # fewer leaders than units: a leader written so that it fits several
    if not holds_units(titles) or team_purity(sample, title.index, leaders) < 0.8 or (
            team_purity(sample, title.index, leaders, by_value=True) < 0.8):
        return  # (a title most leaders' staff hold, "Tandtekniker", is no unit)
    findings.error("swapped-units", f'The column "{department.header}" (column '
                   f'{department.letter}) is headed as the department, but "{title.header}" '
                   f"(column {title.letter}) gives each leader's staff one value, as units do, "
                   f'and "{department.header}" several, as job titles do: the two look '
                   "swapped.", "Swap the two headers (or the "
                   "columns' contents), and run the command again.", layout.header_row,
                   department.header)


def _leaders_addresses(rows: Rows, fields: dict[str, ColumnUse], findings: Findings,
                       header_row: int, above: Rows = ()) -> bool:
    """An e-mail column, beside a leader column and no leader's e-mail column, whose address
    is the same on every row that names one leader and another for each leader: the leaders'
    addresses (a hospital's "Mail afd.spl." beside "Afdelingssygeplejerske"), read so, warned.
    Not under a header that says no more than an e-mail ("Mail"): that is refused later, as
    header and cells disagree (listchecks.py)."""
    use, leader = fields["email"], fields["leader"]
    found, unknown = concepts(header_words(use.header))
    said = _said_above(above, use.header)
    if not unknown and set(found) <= {EMAIL, SELF} and said != "leader_email":
        return False  # "Mail": the header says whose; a column of leaders' addresses refuses
    shown = email_follows_leader(rows, leader.index, use.index)
    if not shown:
        return False
    fields["leader_email"] = fields.pop("email")
    because = (f'as the note above the list says ("{use.header} = …")' if said else
               f'the same on every row that names them ({rows_text(shown)})')
    findings.warn("email-follows-leader", f'The column "{use.header}" (column {use.letter}) '
                  f'gives one address for each leader in "{leader.header}", {because}, so it '
                  "is read as the leader's e-mail, not the employees' own.", "If that is "
                  "wrong, give each employee's own address; if it is right, head the column "
                  '"Leders e-mail".', header_row, use.header)
    return True


def _said_above(above: Rows, header: str) -> str | None:
    """The field a note above the list says a column holds ("Mail = nærmeste leders mail"):
    a line of the header, then "=" or ":", then words that head a field; None where no note
    says so."""
    want = header.strip().casefold()
    for _, values in above:
        texts = [cell_text(v) for v in values if cell_text(v)]
        if len(texts) != 1:
            continue
        head, sign, rest = texts[0].partition("=")
        if not sign:
            head, sign, rest = texts[0].partition(":")
        if sign and head.strip().casefold() == want and rest.strip():
            meant = match_fields((rest.strip(" ."),))
            if len(meant) == 1:
                return next(iter(meant))
    return None


def _leaders_twin(offered: dict[str, list[tuple[int, int]]], headers: Sequence[str],
                  rows: Rows, findings: Findings, header_row: int) -> None:
    """Two e-mail columns headed alike ("E-mail" after "Navn", "E-mail" after "Leder"), no
    leader's e-mail column: the one whose address is the same on every row that names one
    leader, and is that leader's own in the other column, is the leaders' e-mail, said."""
    emails, leaders = offered.get("email", []), offered.get("leader", [])
    if len(emails) != 2 or len(leaders) != 1 or "leader_email" in offered or \
            normalise_header(headers[emails[0][1]]) != normalise_header(headers[emails[1][1]]):
        return
    leader = leaders[0][1]
    for (tier, twin), (_, own) in (emails, emails[::-1]):
        if not email_follows_leader(rows, leader, twin):
            continue
        owns = {cell_text(v).casefold() for _, v in cells(rows, own, 5000)}
        given = {cell_text(v).casefold() for _, v in cells(rows, twin, 5000)}
        if not given or len(given & owns) * 5 < len(given) * 4 or \
                email_follows_leader(rows, leader, own):
            return
        offered["email"] = [(t, i) for t, i in emails if i != twin]
        offered["leader_email"] = [(tier, twin)]
        findings.note("email-follows-leader", f'Two columns are headed "{headers[own]}": '
                      f"column {get_column_letter(twin + 1)} gives one address for each leader "
                      f'in "{headers[leader]}", their own address in column '
                      f"{get_column_letter(own + 1)}, so it is read as the leader's e-mail.",
                      header_row, headers[twin])
        return


_INITIALS = frozenset(normalise_header(h) for h in ("Initialer", "Initials", "Init."))


def _particles(rows: Rows, headers: Sequence[str], first: int, last: int, taken: set[int]
               ) -> int | None:
    """The one column between first and last name whose filled cells are all particles of
    surnames ("van", "van den", "da"), on at least one row; or None."""
    between = [i for i in range(min(first, last) + 1, max(first, last)) if i not in taken]
    if len(between) != 1:
        return None
    texts = [cell_text(v) for _, v in cells(rows, between[0], 2000)]
    if not texts or not all(w in PARTICLES for t in texts for w in t.casefold().split()):
        return None
    return between[0]


def map_columns(sheet: Sheet, header: HeaderRow, rows: Rows,
                findings: Findings) -> ListLayout | None:
    """The columns of the list, or None after reporting why the list cannot be read."""
    headers = group_headers(sheet, header)
    width = max([len(headers), *(len(v) for _, v in rows[:1000])])
    withheld = [ColumnUse(i, headers[i] if i < len(headers) else "") for i in range(width)
                if (i < len(headers) and is_cpr_header(headers[i]))
                or is_cpr_column([v for _, v in cells(rows, i, _CPR_SAMPLE)])]
    hidden = {use.index for use in withheld}
    side = side_columns(headers, rows)  # a key beside the list: no column of it
    visible = [h if i not in hidden and i not in side else "" for i, h in enumerate(headers)]
    roles = read_roles(visible)
    if roles.system is None:
        roles = _paired(roles, visible, rows, findings, header.row)
    offered = roles.candidates()
    # Rippling's "Preferred First Name" beside "Legal First Name", "Kaldenavn" beside "Navn":
    # the name is the legal one; the preferred one finds the person as someone's leader
    preferred: list[int] = []
    for name_key in ("first", "name"):
        options = offered.get(name_key, [])
        if any(not says(headers[i], ALIAS) for _, i in options):
            preferred += [i for _, i in options if says(headers[i], ALIAS)]
            offered[name_key] = [(t, i) for t, i in options if not says(headers[i], ALIAS)]
    _leaders_twin(offered, headers, rows, findings, header.row)
    chooser = Chooser(sheet, header.row, headers, rows, findings, offered=frozenset(offered))
    fields = _uses(offered, [c.key for c in FIELDS], headers, chooser.choose)
    if "number" not in fields:
        found = number_by_content(rows, visible, {u.index for u in fields.values()}, findings,
                                  header.row)
        if found is not None:
            fields["number"] = ColumnUse(found, headers[found])
    if "number" not in fields and withheld:
        found = person_number(rows, [(u.index, u.header) for u in withheld], findings,
                              header.row)
        if found is not None:
            fields["number"] = ColumnUse(found, headers[found])
            withheld = [u for u in withheld if u.index != found]
    if "number" not in fields:
        found = _user_names(rows, visible, {u.index for u in fields.values()})
        if found is not None:
            _id_instead(fields, found, headers, "number-user-name", "user name", "user names",
                        header.row, findings)
    # (only in a list that names each one's leader: a phone list of addresses alone, its
    # leaders to be guessed from titles, is no employee list to take on two fallbacks)
    if "number" not in fields and "email" in fields and any(
            k in fields for k in ("leader", "leader_email", "leader_number")) and _own_codes(
            rows, fields["email"].index, 80, valid_email) and not (
            _codes_beside(rows, visible, {u.index for u in fields.values()})):
        _id_instead(fields, fields["email"].index, headers, "number-email", "e-mail address",
                    "addresses", header.row, findings)
    if "number" not in fields:
        _no_number(header, withheld, roles.system, findings)
        return None
    if not any(k in fields for k in ("name", "name_reversed", "first")):
        if not findings.errors:
            findings.error("no-name", "No column with the employee's name was found.",
                           f"Give the column one of these headers: {accepted(NAME)} (or "
                           '"Fornavn" and "Efternavn").', header.row)
        return None
    number = fields["number"]
    role = field_role(number.header)
    if role is not None and role[1] == WEAK and normalise_header(number.header) in _INITIALS:
        # Uniconta's "Medarbejder" of numbers beside "Initialer": the employee's own column,
        # all different, is the number before the initials (which still find leaders)
        found = number_by_content(rows, visible, {u.index for k, u in fields.items()
                                                  if k != "number"} | {number.index},
                                  findings, header.row)
        if found is not None:
            number = fields["number"] = ColumnUse(found, headers[found])
            role = field_role(number.header)
    if role is not None and role[1] == WEAK and counts_rows(
            [v for _, v in cells(rows, number.index, 2000)]):
        findings.warn("row-counter", f'The employee number is taken from "{number.header}" '
                      f"(column {number.letter}), which numbers the rows 1, 2, 3 …", "If these "
                      "are not your employee numbers, add the column that has them (under a "
                      'header such as "Medarbejdernr."): the same person must keep the same '
                      "number next year.", header.row, number.header)
    if "department" in fields and _empty(sheet, rows, fields["department"].index):
        del fields["department"]  # an empty department column: as if there were none
    taken = {u.index for u in fields.values()} | hidden
    if "department" in fields:  # "50001200" beside "Direktion": the name is the department
        coded = fields["department"]
        named = unit_name_beside_code(rows, visible, coded.index, taken)
        if named is not None:
            fields["department"] = ColumnUse(named, headers[named])
            taken.add(named)
            findings.note("department-by-content", f'The column "{coded.header}" (column '
                          f"{coded.letter}) holds unit codes, and \"{headers[named]}\" "
                          f"(column {fields['department'].letter}) the unit's name for each "
                          "code, so the names are the department.", header.row, headers[named])
    if "first" in fields and "last" in fields and "middle" not in fields:
        particles = _particles(rows, headers, fields["first"].index, fields["last"].index, taken)
        if particles is not None:  # Shiftbase's "Prefix": "van", "da", "van den"
            fields["middle"] = ColumnUse(particles, headers[particles])
            taken.add(particles)
            findings.note("name-particles", f'The column "{headers[particles]}" between the '
                          "first and the last name holds the particles of surnames (van, da, "
                          "de): they are read as part of the name.", header.row,
                          headers[particles])
    if "leader_email" in fields and "leader" in fields:
        _own_addresses(rows, fields, findings, header.row)
    if "status" in fields:
        _status_of_people(rows, fields, headers, taken, findings, header.row)
    for field_key, by_content in (("email", email_by_content), ("status", status_by_content),
                                  ("department", department_by_content)):
        if field_key in fields or (field_key == "status" and "active" in fields):
            continue
        found = by_content(rows, visible, taken, findings, header.row)
        if found is not None:
            fields[field_key] = ColumnUse(found, headers[found])
            taken.add(found)
    if "end_date" not in fields:
        found = end_by_content(rows, visible, taken, findings, header.row)
        if found is not None:
            fields["end_date"] = ColumnUse(found, headers[found])
            taken.add(found)
    one_unit = "department" in fields and _one_value(rows, fields["department"].index) and (
        # (the first of unit levels numbered across columns, "Nivå 1" the municipality on
        # every row: the levels under it give the department, grouping.py)
        not numbered_levels(headers, fields["department"].index))
    kinds = next((ColumnUse(i, h) for i, h in enumerate(headers) if h and i not in taken
                  and "department" not in fields and _unknown_kinds(rows, ColumnUse(i, h))),
                 None)
    if "department" not in fields or one_unit:
        # "Stue": a column that groups people as leaders do (also where the department column
        # says one and the same on every row, Aula's "Institution": the school, no unit)
        found = department_by_leaders(rows, visible, taken, [
            fields[k].index for k in LEADER_FIELDS
            if k in fields], findings, header.row,
            fields["job_title"].index if "job_title" in fields else None,
            kinds.index if kinds is not None else None)
        if found is not None and kinds is not None and found == kinds.index:
            # units, not kinds of employment (e-conomic's groups)
            findings.note("kinds-are-units", f'The column "{kinds.header}" is headed as kinds '
                          "of employment, but none of its values is one, and they group the "
                          "people as their leaders do: it is read as the department.",
                          header.row, kinds.header)
        if found is not None:
            if one_unit:
                findings.note("department-one-value", f'The column "{fields["department"].header}'
                              '" says the same on every row, so it tells no unit apart; "'
                              f'{headers[found]}" is read as the department instead.',
                              header.row, headers[found])
            fields["department"] = ColumnUse(found, headers[found])
            taken.add(found)
    ids = candidates(visible, IDENTIFIERS)
    if roles.system is not None:
        own: dict[str, list[tuple[int, int]]] = {}
        for index, text in enumerate(visible):
            key = roles.system.identifier(text) if text else None
            if key:
                own.setdefault(key, [(0, index)])  # the first: the system's own ID
        ids.update(own)
    identifiers = _uses(ids, [c.key for c in IDENTIFIERS], headers,
                        lambda key, options: options[0][1])
    kept = tuple(ColumnUse(i, h) for i, h in enumerate(headers)
                 if h and i not in hidden and i not in side)
    if "name" in fields and "first" in fields and "last" in fields:
        # "Kaldenavn" beside the first and last name, or a "Name" of user names ("jhv")
        handles = _handles(rows, fields["name"].index, fields["first"].index,
                           fields["last"].index)
        if says(fields["name"].header, ALIAS) or handles:
            what = (f'holds user names or initials ("{handles}")' if handles
                    else "is another name")
            findings.note("alias-name", f'The name is first and last name; '
                          f'"{fields["name"].header}" (column {fields["name"].letter}) {what}, '
                          "used only to find leaders.", header.row, fields["name"].header)
            del fields["name"]
    not_theirs: set[int] = set()  # a name column that names other people: no alias either
    if "name" in fields and "first" in fields and "last" in fields:
        others = _someone_else(rows, fields["name"].index, fields["first"].index,
                               fields["last"].index)
        if others:  # "Navn" under another group ("Personaleansvarlig"): not this row's person
            findings.warn("name-not-theirs", f'The column "{fields["name"].header}" (column '
                          f'{fields["name"].letter}) does not hold the name that '
                          f'"{fields["first"].header}" and "{fields["last"].header}" give on '
                          f"most rows ({rows_text(others)}), so the name is first and last "
                          "name.", "If that column is the leader, head it so (\"Leder\").",
                          header.row, fields["name"].header, others)
            not_theirs.add(fields["name"].index)
            del fields["name"]
    for beside, becomes, holds, other, kind in (
            ("first", "last", "family", "first", "family-name"),
            ("last", "first", "first", "family", "given-name")):
        # DATEV's "Name" beside "Vorname": the family name; Sesame HR's "Name" beside
        # "Surname": the first name; either way the name is the two together
        if "name" in fields and beside in fields and becomes not in fields and _family_names(
                rows, fields["name"].index, fields[beside].index):
            findings.note(kind, f'"{fields["name"].header}" (column {fields["name"].letter}) '
                          f'holds {holds} names beside the {other} names in '
                          f'"{fields[beside].header}", so the name is the two together.',
                          header.row, fields["name"].header)
            fields[becomes] = fields.pop("name")
    if "end_date" not in fields:
        period = _period_end(headers, rows, {u.index for u in fields.values()})
        if period is not None:
            fields["end_date"] = ColumnUse(period, headers[period])
            findings.note("period", f'"{headers[period - 1]}" and "{headers[period]}" (columns '
                          f"{get_column_letter(period)} and {get_column_letter(period + 1)}) "
                          f'are the period of each row: a date in "{headers[period]}" that has '
                          "passed ends it.", header.row, headers[period])
    ordered = {key: fields[key] for key in LABELS if key in fields}
    used = {u.index for u in (*fields.values(), *identifiers.values())}
    aliases = tuple(ColumnUse(i, headers[i]) for i in dict.fromkeys([
        *(i for key in ("name", "name_reversed") for _, i in offered.get(key, [])), *preferred])
        if i not in used and i not in not_theirs)
    used.update(u.index for u in aliases)
    department = ordered.get("department")
    levels = tuple(chooser.levels) if department is not None and chooser.levels and \
        chooser.levels[-1] == department.index else ()
    above = chooser.leader_above
    layout = ListLayout(header.row, headers, ordered, identifiers, tuple(withheld), kept,
                        roles.system.name if roles.system else "", aliases,
                        other_ids(rows, kept, used, ordered["leader"].index
                                  if "leader" in ordered else None), levels, tuple(side),
                        (above, chooser.leader_above_email) if above is not None and (
                            ("leader" in ordered and ordered["leader"].index != above)
                            or ("leader" not in ordered and "leader_email" in ordered
                                and above == chooser.leader_above_email)) else None)
    layout = _leader_key_named(layout)
    layout = find_leader_column(layout, rows, findings)
    if "leader" in layout.fields and "leader" not in ordered and "department" not in ordered:
        # a leader column found by its cells ("Tilsynsførende pædagog"): a column that groups
        # the people as those leaders do ("Gruppe") is their unit, as where the leader is headed
        taken = {u.index for u in (*layout.fields.values(), *layout.identifiers.values(),
                                   *layout.aliases)}
        title = layout.fields.get("job_title")
        found = department_by_leaders(rows, visible, taken, [layout.fields["leader"].index],
                                      findings, header.row,
                                      title.index if title is not None else None)
        if found is not None:
            layout = _with_fields(layout, {**layout.fields,
                                           "department": ColumnUse(found, headers[found])})
    _swapped_units(rows, layout, findings)
    if "email" in layout.fields and "leader" in layout.fields and \
            "leader_email" not in layout.fields:
        fields = dict(layout.fields)
        if _leaders_addresses(rows, fields, findings, header.row,
                              [(n, v) for n, v in sheet.rows[:header.row] if n < header.row]):
            layout = _with_fields(layout, fields)
    email = layout.fields.get("email")
    numbers = layout.fields.get("number")
    if email is not None and _shared_addresses(rows, email.index, numbers.index if numbers
                                               else None) and not (
            "leader" in layout.fields and email_follows_leader(
                rows, layout.fields["leader"].index, email.index)):
        # ("Kundekontakt mail": a customer's contact at each site; an address that follows
        # the leader column is the leader's: refused, listchecks.py)
        layout = dataclasses.replace(layout, fields={
            key: use for key, use in layout.fields.items() if key != "email"})
        findings.note("email-shared", f'The column "{email.header}" is headed as an e-mail, '
                      "but most of its addresses are each given to several employees, so they "
                      "are no employee's own (a contact's, a shared mailbox's): it is not read "
                      "as the employees' e-mail.", header.row, email.header)
    return layout


def _leader_key_named(layout: ListLayout) -> ListLayout:
    """Where no column gives the leader, one headed as a leader's with another column's header
    in brackets ("Leder (lokalnr.)" beside "Lokalnr.", "Chef (Init.)" beside "Init."): the
    leader's value of that column, a key to them (listleaders._keyed finds whose it is)."""
    if any(key in layout.fields for key in LEADER_FIELDS):
        return layout
    named = {normalise_header(h): i for i, h in enumerate(layout.headers) if h}
    for use in layout.kept:
        head, _, inner = use.header.rstrip().partition("(")
        if not inner.endswith(")") or not says(head, LEADER):
            continue
        other = named.get(normalise_header(inner[:-1]))
        if other is not None and other != use.index:
            return _with_fields(layout, {**layout.fields, "leader_number": use})
    return layout


def _with_fields(layout: ListLayout, fields: Mapping[str, ColumnUse]) -> ListLayout:
    """The layout with these fields, in the order of LABELS (the order `mus check` shows)."""
    return dataclasses.replace(layout, fields={key: fields[key] for key in LABELS
                                               if key in fields})


_FROM = frozenset({"fra", "from", "från", "von", "fra dato", "from date"})
_TO = frozenset({"til", "to", "till", "bis", "til dato", "to date"})


def _period_end(headers: Sequence[str], rows: Rows, taken: set[int]) -> int | None:
    """Two columns side by side headed as a period ("Fra"/"Til", "From"/"To", "Von"/"Bis",
    or under a group header such a pair alone) and holding dates: the second is when the
    row's employment (or position) ends."""
    from pipeline.sheets.dates import read_date

    def dates(index: int) -> bool:
        texts = [v for _, v in cells(rows, index, 200) if cell_text(v)]
        try:
            return all(read_date(v, None) is not None for v in texts)
        except ValueError:
            return False

    for i in range(1, len(headers)):
        first, second = (" ".join(headers[j].casefold().split()) for j in (i - 1, i))
        if (first in _FROM and second in _TO and i not in taken and i - 1 not in taken
                and dates(i - 1) and dates(i)):
            return i
    return None


def _paired(roles: HeaderRoles, headers: Sequence[str], rows: Rows, findings: Findings,
            header_row: int) -> HeaderRoles:
    """Code and text columns that pair one to one ("Ressource" / "Ressource (T)"): the text
    is the name, the department or the leader, the code the number; said in `mus check`."""
    paired, changed = paired_roles(headers, rows, roles.roles)
    for pair, text_key, code_key in changed:
        code, text = headers[pair.code], headers[pair.text]
        what = (f'"{code}" (column {get_column_letter(pair.code + 1)}) and "{text}" (column '
                f"{get_column_letter(pair.text + 1)}) are a code and its text, matching one to "
                f"one: the text is the {LABELS[text_key]}")
        what += f", the code the {LABELS[code_key]}." if code_key else ", the code is not used."
        findings.note("code-text", what, header_row, text)
    return HeaderRoles(roles.system, paired) if changed else roles


def _family_names(rows: Rows, name: int, first: int) -> bool:
    """A "Name" beside a "Vorname"/"First name" that holds only the family name (German
    "Name, Vorname" lists): on nearly every row the first name is not part of the name, and
    the name is written as a name (a capital first), not a user name or initials ("jhv").
    The same test tells a "Name" beside a "Surname" that holds only the first name."""
    pairs = [(cell_text(value_at(v, name)), cell_text(value_at(v, first)).casefold())
             for _, v in rows[:1000]]
    # (a heading merged across the row, "Abteilung: Lager" in both, tells nothing)
    pairs = [(n, f) for n, f in pairs if n and f and n.casefold() != f]
    apart = [n for n, f in pairs if n[0].isupper() and f not in n.casefold()
             and f.split()[0] not in n.casefold().split()
             and not any(c.isdigit() for c in f)]  # (names: not "10/18/2026 10:00 AM")
    return len(pairs) >= 2 and len(apart) >= 0.9 * len(pairs)


def _someone_else(rows: Rows, name: int, first: int, last: int) -> list[int]:
    """The rows whose name column names someone other than its first and last name, when that
    is most rows where all three are given (a leader's name under a group header mus did not
    read); [] when the column is the person's own name (in any order, with a middle name)."""
    found, given = [], 0
    for number, values in rows[:1000]:
        n, f, la = (normal_name(cell_text(value_at(values, c))) for c in (name, first, last))
        if not (n and f and la):
            continue
        given += 1
        words = set(n.replace(",", " ").split())
        if not (set(f.split()) <= words and set(la.split()) <= words):
            found.append(number)
    return found if given >= 3 and len(found) > 0.5 * given else []


def _handles(rows: Rows, name: int, first: int, last: int) -> str:
    """A name column that holds user names or initials, not names: on nearly every row where
    the first and last name are both given, one word that is neither of them (Active
    Directory's ``Name``/CN as ``jhv``). Returns an example, or "" when the column is names."""
    pairs = [(cell_text(value_at(v, name)), cell_text(value_at(v, first)),
              cell_text(value_at(v, last))) for _, v in rows[:1000]]
    pairs = [(n, f, la) for n, f, la in pairs if n and f and la]
    short = [n for n, f, la in pairs
             if " " not in n and "," not in n and n.casefold() not in (f.casefold(), la.casefold())]
    return short[0] if len(pairs) >= 3 and len(short) >= 0.9 * len(pairs) else ""


def _unknown_kinds(rows: Rows, use: ColumnUse) -> bool:
    """A column headed as kinds of employment ("Medarbejdergruppe") of which no value is a
    status or a kind mus knows ("Kundeservice", "Lager")."""
    if KIND not in concepts(header_words(use.header))[0]:
        return False
    texts = {cell_text(v) for _, v in cells(rows, use.index, 200)} - {""}
    return len(texts) >= 2 and not any(status_state(t) is not None or outside(t) for t in texts)


def _known_share(rows: Rows, index: int) -> float:
    """The share of a column's values (each told once) that are statuses mus knows."""
    texts = {cell_text(v) for _, v in cells(rows, index, 200)} - {""}
    return sum(status_state(t) is not None for t in texts) / len(texts) if texts else 0.0


def _status_of_people(rows: Rows, fields: dict[str, ColumnUse], headers: Sequence[str],
                      taken: set[int], findings: Findings, header_row: int) -> None:
    """Two columns headed as a status, the one chosen holding none mus knows (a training
    report's course "Status": Assigned, Completed) and another holding them ("User Status":
    Active, Inactive): the other is the people's status, said."""
    chosen = fields["status"]
    if _known_share(rows, chosen.index) > 0:
        return
    for index, text in enumerate(headers):
        if (index in taken or not text or index == chosen.index
                or STATUS not in concepts(header_words(text))[0]):
            continue
        if _known_share(rows, index) >= 0.5:
            fields["status"] = ColumnUse(index, text)
            taken.discard(chosen.index)
            taken.add(index)
            findings.note("status-of-people", f'Two columns are headed as a status: "{text}" '
                          f'holds statuses of people (as "Active"), "{chosen.header}" none, so '
                          f'"{text}" is read as the employment status.', header_row, text)
            return


def _shared_addresses(rows: Rows, index: int, number: int | None) -> bool:
    """Most addresses in the column given to two employees or more (ten rows or more; rows
    of one employee number are one employee: a person with several roles or positions)."""
    raw = [v for _, v in cells(rows, index, 2000) if v not in (None, "")]
    if len(raw) < 10 or 2 * len(set(raw)) > len(raw) + len(raw) // 2:
        return False  # (most columns: an address each, seen without reading a cell)
    whose: dict[str, set[str]] = {}
    for _, values in rows[:2000]:
        text = cell_text(value_at(values, index)).casefold()
        if "@" in text:
            key = cell_text(value_at(values, number)) if number is not None else str(id(values))
            whose.setdefault(text, set()).add(key)
    given = sum(len(people) for people in whose.values())
    return given >= 10 and sum(len(p) for p in whose.values() if len(p) > 1) > 0.5 * given
