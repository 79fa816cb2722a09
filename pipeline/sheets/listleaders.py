"""Who each employee's leader is, once the rows are read: the leaders looked up in the list
(by number, name, e-mail, initials, a directory's IDs, a preferred first name), a leaders'
number series that fits two columns refused, and where the list has no leader column, a sheet
that pairs each unit with its leader. Checks on what was found are listchecks.py's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from pipeline.model import Employee
from pipeline.sheets.columns import LEADER_FIELDS, field_role
from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import normalise_header
from pipeline.sheets.leaders import Directory, Given, Leader, Who
from pipeline.sheets.leadertext import BY_TITLE, BY_UNIT, POSITION, leads
from pipeline.sheets.listchecks import report_leaders
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.names import normal_name
from pipeline.sheets.table import Sheet
from pipeline.sheets.unitleaders import apply_unit_sheet, find_unit_sheet
from pipeline.sheets.values import cell_text, has_digit


def has_leaders(layout: ListLayout, rows: Sequence[tuple[int, Sequence[Any]]]) -> bool:
    """The list has a leader column with anything in it."""
    cols = [c for c in map(layout.index, LEADER_FIELDS) if c is not None]
    return any(c < len(v) and cell_text(v[c]) for c in cols for _, v in rows)


def check_leader_series(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """Leaders given by number, where the list has two series of numbers (Medarbejdernr. and
    Lønnr., both unique) and the leaders' numbers fit both, each finding someone else: which
    series the leader column means cannot be told unless its header names it ("Leders
    lønnr."), so the list is refused, never read by a guess."""
    use = layout.fields.get("leader_number")
    number = layout.fields["number"]
    if use is None or not drafts:
        return
    given = {d.texts[use.index] for d in drafts if use.index < len(d.texts)} - {""}
    if len(given) < 2:
        return
    said = "".join(use.header.casefold().split())
    mine = "".join(number.header.casefold().split()).strip(".")
    if mine and mine in said:
        return  # "Leders lønnr." beside "Lønnr.": the header says which
    own = {d.number: d.row for d in drafts}
    taken = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
    for other in (*layout.kept, *layout.others):
        if other.index in taken:
            continue
        values = {d.texts[other.index]: d.row for d in drafts if other.index < len(d.texts)}
        if len(values) < len(drafts) or "" in values:
            continue  # not one number each
        both = [g for g in given if g in own and g in values and own[g] != values[g]]
        if len(both) < max(2, len(given) * 0.8):
            continue
        theirs = "".join(other.header.casefold().split()).strip(".")
        if theirs and theirs in said:
            findings.error("leader-series", f'The leaders\' numbers in "{use.header}" (column '
                           f'{use.letter}) are "{other.header}" numbers, but mus takes each '
                           f'employee\'s number from "{number.header}" (column {number.letter}), '
                           "so the leaders would be looked up in the wrong column.", "Give the "
                           f'leaders by their "{number.header}", or by name or e-mail, and run '
                           "the command again.", layout.header_row, use.header)
            return
        example = min(both)
        findings.error("leader-series", f'The leaders\' numbers in "{use.header}" (column '
                       f'{use.letter}) fit both "{number.header}" (column {number.letter}) and '
                       f'"{other.header}" (column {other.letter}), and each finds someone else '
                       f"(for example {example}: row {own[example]} or row "
                       f"{values[example]}), so mus cannot tell who each leader is.",
                       f'Name the series in the header ("Leders {number.header.lower()}" or '
                       f'"Leders {other.header.lower()}"), or give the leader by name or '
                       "e-mail, and run the command again.", layout.header_row, use.header)
        return


def _nested(texts: Sequence[Sequence[str]], finer: int, coarser: int) -> bool:
    """A column of units within the department's ("Team" in "Afdeling"): each found under
    one department only, and some department holding two of them or more."""
    if finer == coarser:
        return False
    under: dict[str, set[str]] = {}
    for t in texts:
        unit = t[finer].strip() if finer < len(t) else ""
        if unit:
            under.setdefault(unit, set()).add(t[coarser].strip() if coarser < len(t) else "")
    held: dict[str, int] = {}
    for deps in under.values():
        for dep in deps:
            held[dep] = held.get(dep, 0) + 1
    return len(under) >= 2 and all(len(d) == 1 for d in under.values()) and max(
        held.values(), default=0) >= 2


def _coarser_sheet(drafts: Sequence[Draft], texts: Sequence[Sequence[str]],
                   people: Sequence[Who], index: int, header: str, others: Sequence[Sheet],
                   findings: Findings) -> None:
    """A second sheet of units at the department's level ("Afdelinger" beside "Teams"): the
    rows the finer sheet gives no leader (a team without a team leader, no team at all) and
    the finer units' own leaders are led from it, the department's leader (and they in turn
    by whom it says they report to); what the finer sheet said was missing is said no more."""
    if not others:
        return
    quiet = Findings(findings.file, findings.sheet)
    found = find_unit_sheet(others, texts, [(index, header)], people, quiet)
    if found is None:
        return
    directory = Directory(people)
    open_rows = {i for i, d in enumerate(drafts)
                 if not d.given.said or directory.resolve(d.given, i).is_self}
    if not open_rows:
        return

    def give(i: int, given: Given) -> None:
        drafts[i].given = given

    apply_unit_sheet(found, texts, [d.row for d in drafts], give, header, findings, people,
                     lambda i: i not in open_rows, "Where the finer units' sheet gives no "
                     "leader, or gives the row's own person")
    findings.errors.extend(quiet.errors)
    now_led = {d.row for i, d in enumerate(drafts) if i in open_rows and d.given.said}
    findings.warnings[:] = [w for w in findings.warnings if not (
        w.kind == "unit-sheet-missing" and w.rows and set(w.rows) <= now_led)]


def leaders_from_unit_sheet(drafts: Sequence[Draft], layout: ListLayout, others: Sequence[Sheet],
                findings: Findings, sparse: bool = False,
                today: dt.date | None = None) -> None:
    """No leader column: another sheet may pair each unit with its leader (``sparse``: a
    leader column filled on few rows, the others take their unit's leader)."""
    columns = [(u.index, u.header) for u in (layout.fields.get("department"), *layout.kept)
               if u is not None]
    texts = [d.texts for d in drafts]
    if "department" not in layout.fields and any(d.fields["department"] for d in drafts):
        # the departments the headings above the rows give ("Dagvagt"), as one more column
        width = max(len(t) for t in texts)
        texts = [(*t, *("",) * (width - len(t)), d.fields["department"])
                 for t, d in zip(texts, drafts, strict=True)]
        columns.append((width, "department (from the headings)"))
    if not others or not columns or not drafts:
        return
    people = [who_of(d, layout) for d in drafts]
    department = layout.fields.get("department")
    finer = [(i, h) for i, h in columns if department is not None
             and _nested(texts, i, department.index)]
    # (a sheet of the teams under the departments first, where there is one: the
    # departments' sheet then leads the rows it leaves, _coarser_sheet)
    found = (find_unit_sheet(others, texts, finer, people, findings, today) if finer
             else None) or find_unit_sheet(others, texts, columns, people, findings, today)
    if found is None:
        return

    def give(i: int, given: Given) -> None:
        drafts[i].given = given

    apply_unit_sheet(found, texts, [d.row for d in drafts], give, dict(columns)[found.key],
                     findings, people, (lambda i: drafts[i].given.said) if sparse else None)
    if department is not None and found.key != department.index:
        _coarser_sheet(drafts, texts, people, department.index, department.header,
                       [o for o in others if o.name != found.sheet], findings)
    taken = False  # the unit column the sheet pairs with leaders, taken as the department
    if department is None and not any(d.fields["department"] for d in drafts):
        # the column another sheet pairs with leaders holds the units ("Distrikt"): it is
        # the department the list has no header for
        for d in drafts:
            d.fields["department"] = d.texts[found.key] if found.key < len(d.texts) else ""
        header = dict(columns)[found.key]
        findings.note("unit-sheet-department", f'The list has no department column; the '
                      f'column "{header}", whose units the sheet "{found.sheet}" pairs with '
                      "their leaders, is read as the department.", column=header)
        taken = True
    if found.names and (taken or (department is not None and found.key == department.index)):
        unit = dict(columns)[found.key]
        named = [d.row for d in drafts if normal_name(d.fields["department"]) in found.names]
        for d in drafts:
            d.fields["department"] = found.names.get(normal_name(d.fields["department"]),
                                                     d.fields["department"])
        if named:
            findings.note("unit-sheet-names", f'The column "{unit}" holds unit '
                          f'codes; each employee\'s department is the name the sheet '
                          f'"{found.sheet}" gives the code ("{found.name_header}": '
                          f"{rows_text(named)}).", named[0], unit, named)


def with_leaders(drafts: Sequence[Draft], gone: Sequence[Who], layout: ListLayout,
                  findings: Findings, outsiders: Sequence[Who] = (),
                  elsewhere: Sequence[Who] = (),
                  vacant: Mapping[str, int] = MappingProxyType({})) -> list[Employee]:
    """Each draft as an employee with their leader found on the list: among its employees,
    the employees on the list's other sheets (``elsewhere``: a list split over sheets), those
    who have left (``gone``: said, never their leader now), and those not employed here who
    may still lead (``outsiders``: an interim manager from an agency, the board's chair; only
    where no employee has their name); ``vacant``: the titles of posts not filled → their
    rows."""
    numbers = {d.number for d in drafts} | {w.number for w in elsewhere}
    names = {normal_name(d.name) for d in drafts} | {normal_name(w.name) for w in elsewhere
                                                     } if outsiders else set()
    directory = Directory([*(who_of(d, layout) for d in drafts), *elsewhere,
                           *(w for w in gone if w.number not in numbers),
                           *(w for w in outsiders if (not w.number or w.number not in numbers)
                             and normal_name(w.name) not in names)])
    _keyed(drafts, layout, findings)
    found: list[Leader | None] = [
        directory.resolve(d.given, i) if d.given.said
        else None for i, d in enumerate(drafts)]
    _joined_keys(drafts, found, directory, layout, findings)
    _cells_keys(drafts, found, directory, layout, findings)
    _by_unit(drafts, found)
    leaders = report_leaders(drafts, found, layout, findings, {w.number for w in gone}, vacant)
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


def _keyed(drafts: Sequence[Draft], layout: ListLayout, findings: Findings) -> None:
    """A leader's key whose header names another column of the list ("Leder (lokalnr.)"
    beside "Lokalnr."): each key is a value of that column, never an employee number that
    happens to be written alike; each is given as the employee number of the row that holds
    it, said once. A key no row holds stays as it is (and finds nobody: refused later)."""
    use = layout.fields.get("leader_number")
    number = layout.fields.get("number")
    if use is None or number is None or not use.header.rstrip().endswith(")"):
        return
    inner = normalise_header(use.header[use.header.rfind("(") + 1:].rstrip(") "))
    hits = [i for i, h in enumerate(layout.headers)
            if h and i not in (use.index, number.index) and normalise_header(h) == inner]
    if len(hits) != 1:
        return
    at = hits[0]
    keys = Counter(d.texts[at].casefold() for d in drafts if at < len(d.texts) and d.texts[at])
    # (a key two rows share, a shared phone, finds no one by itself)
    whose = {d.texts[at].casefold(): d.number for d in drafts
             if at < len(d.texts) and d.texts[at] and keys[d.texts[at].casefold()] == 1}
    read: list[int] = []
    shared: dict[str, list[int]] = {}  # a key two rows or more hold → the rows giving it
    for d in drafts:
        theirs = whose.get(d.given.number.casefold()) if d.given.number else None
        if theirs is not None:
            d.given = dataclasses.replace(d.given, number=theirs)
            read.append(d.row)
        elif d.given.number and keys[d.given.number.casefold()] > 1:
            shared.setdefault(d.given.number, []).append(d.row)
    for key, rows in shared.items():
        holders = [d.number for d in drafts if at < len(d.texts)
                   and d.texts[at].casefold() == key.casefold()]
        findings.error("leader-ambiguous", f'The leader "{key}" ({rows_text(rows)}) is given by '
                       f'the column "{layout.headers[at]}", and several people have that value '
                       f"there (employees {', '.join(holders)}), so mus cannot tell whose "
                       "employees these are.", "Give the leader by employee number, name or "
                       "e-mail instead, and run the command again.", rows[0], use.header)
    if read:
        findings.note("leader-key", f'The leaders in "{use.header}" are found by the column '
                      f'"{layout.headers[at]}", as its header says ({rows_text(read)}).',
                      read[0], use.header, read)


# Two values joined into one key: "FM21-00416" (an institution's code and a number in it)
_JOINED = re.compile(r"^([^\s\-/_:]+)\s*[-/_:]\s*([^\s\-/_:]+)$")


def _joined_keys(drafts: Sequence[Draft], found: list[Leader | None], directory: Directory,
                 layout: ListLayout, findings: Findings) -> None:
    """Leaders not found as written whose key joins two values of one row ("FM21-00416":
    the leader's "Inst.kode" and "Tjenestenr"): the row whose number is one part and which
    holds the other is the leader's, said once."""
    numbers: dict[str, int] | None = None
    held: dict[int, set[str]] = {}  # a row's texts, casefolded, once asked for
    whose: dict[str, int | None] = {}  # each key as written → the row it finds, worked out once
    read: list[int] = []
    example = ""
    for i, (draft, leader) in enumerate(zip(drafts, found, strict=True)):
        if leader is None or leader.found or leader.ambiguous:
            continue
        text = draft.given.text or draft.given.number
        if text not in whose:
            joined = _JOINED.match(text) if has_digit(text) else None
            whose[text] = None
            if joined is not None:
                if numbers is None:
                    numbers = {d.number.casefold(): j for j, d in enumerate(drafts)}
                for number, other in ((joined.group(2), joined.group(1)),
                                      (joined.group(1), joined.group(2))):
                    j = numbers.get(number.casefold())
                    if j is not None and j not in held:
                        held[j] = {t.casefold() for t in drafts[j].texts}
                    if j is not None and other.casefold() in held[j]:
                        whose[text] = j
                        break
        j = whose[text]
        if j is not None:
            found[i] = _row_of(directory, drafts, i, j)
            read.append(draft.row)
            example = example or text
    if read:
        use = layout.fields.get("leader") or layout.fields.get("leader_number")
        findings.note("leader-joined-key", f'The leaders are given as two values of their own '
                      f'row joined into one ("{example}": a code on the row and the employee '
                      f"number), and found so ({rows_text(read)}).", read[0],
                      use.header if use else None, read)


def _row_of(directory: Directory, drafts: Sequence[Draft], i: int, at: int) -> Leader:
    """Draft ``i``'s leader as the person of row ``at``, found by that one's number (what was
    given kept for the address)."""
    return directory.resolve(dataclasses.replace(drafts[i].given, text="",
                                                 number=drafts[at].number), i)


def _cells_keys(drafts: Sequence[Draft], found: list[Leader | None], directory: Directory,
                layout: ListLayout, findings: Findings) -> None:
    """Leaders not found as written whose every word is a whole cell of one and the same row,
    one of them of its name ("KN Rasmussen": the leader's "Grad" and "Efternavn", a rank and a
    surname): that row is the leader's, said once. Only where exactly one row holds them all,
    and so only where the list writes names in parts (a first- or last-name column)."""
    if "last" not in layout.fields and "first" not in layout.fields:
        return
    asked = [(i, d.given.text.casefold().split()) for i, (d, leader) in enumerate(
        zip(drafts, found, strict=True)) if leader is not None and not leader.found
        and not leader.ambiguous and d.given.text]
    wanted = {w for _, words in asked if 2 <= len(words) <= 4 for w in words}
    if not wanted:
        return
    cells: dict[str, set[int]] = {}  # each word asked for → the rows with a cell of just it
    for j, other in enumerate(drafts):
        if wanted.isdisjoint(other.name.casefold().split()):
            continue  # (one of the words is of the leader's name)
        for cell in other.texts:
            if cell and (folded := cell.casefold()) in wanted:
                cells.setdefault(folded, set()).add(j)
    whose: dict[str, int | None] = {}
    read: list[int] = []
    example = ""
    for i, words in asked:
        draft = drafts[i]
        text = draft.given.text
        if text not in whose:
            whose[text] = None
            if 2 <= len(words) <= 4 and len(set(words)) == len(words):
                rows = set.intersection(*(cells.get(w, set()) for w in words))
                if len(rows) == 1:
                    only = next(iter(rows))
                    if set(words) & set(drafts[only].name.casefold().split()) and only != i:
                        whose[text] = only
        at = whose[text]
        if at is not None:
            found[i] = _row_of(directory, drafts, i, at)
            read.append(draft.row)
            example = example or text
    if read:
        use = layout.fields.get("leader")
        findings.note("leader-cells", f'The leaders are given by values of their own row ("'
                      f'{example}": each word a cell of the leader\'s row, one of them of the '
                      f"name), and found so ({rows_text(read)}).", read[0],
                      use.header if use else None, read)


def who_of(draft: Draft, layout: ListLayout) -> Who:
    def ident(key: str) -> str:
        use = layout.identifiers.get(key)
        return draft.texts[use.index] if use and use.index < len(draft.texts) else ""

    texts = draft.texts
    last = layout.index("last")
    family = texts[last] if last is not None and last < len(texts) else ""
    # a preferred first name ("Gitte") finds them with their last name ("Gitte Møller")
    aliases = tuple(f"{texts[u.index]} {family}" if family and " " not in texts[u.index]
                    and _first_name_column(u.header) else texts[u.index]
                    for u in layout.aliases if u.index < len(texts)) if layout.aliases else ()
    others = tuple(texts[u.index] for u in layout.others if u.index < len(texts)) \
        if layout.others else ()
    return Who(draft.row, draft.number, draft.name, draft.fields["email"], ident("upn"),
               ident("initials"), ident("dn"), ident("object_id"), aliases, others,
               draft.fields["job_title"], draft.fields["department"])


@functools.lru_cache(maxsize=64)
def _first_name_column(header: str) -> bool:
    """A column of first names (looked up once per header, not once per row)."""
    role = field_role(header)
    return role is not None and role[0] == "first"


def _by_unit(drafts: Sequence[Draft], found: list[Leader | None]) -> None:
    """A leader written so that several people fit ("Mette" where three are called Mette):
    of them, the one who leads (by their job title) the employee's unit, by the department on
    their own row or in their job title ("Bagerichef, Bageriet Nord og Syd"), where only one
    does; where none leads that unit, the only one of them whose title says they lead at all.
    Said in `mus check`; otherwise the leader stays ambiguous (refused)."""
    by_number: dict[str, Draft] | None = None
    for i, (draft, leader) in enumerate(zip(drafts, found, strict=True)):
        if (leader is None or not leader.ambiguous or leader.via not in ("", POSITION)
                or len(leader.fits) < 2):
            continue  # (a title several hold, "Kontorchef": the one of the employee's unit)
        unit = normal_name(draft.fields["department"])
        if by_number is None:
            by_number = {d.number: d for d in drafts}
        words = set(unit.split())
        leading = [c for c in (by_number.get(n) for n in leader.fits) if c is not None
                   and leads(c.fields["job_title"].split(",")[0].strip())]
        fit = [c for c in leading if unit and (
            normal_name(c.fields["department"]) == unit
            or words <= set(normal_name(c.fields["job_title"].replace(",", " ")).split()))]
        via = BY_UNIT
        if not fit and len(leading) == 1 and len(leading) < len(leader.fits):
            fit, via = leading, BY_TITLE  # the only one of them whose title says they lead
            # ("Louise" at a school of one Forstander Louise and a teacher Louise)
        if len(fit) == 1:
            chosen = fit[0]
            found[i] = dataclasses.replace(leader, name=chosen.name, number=chosen.number,
                                           email=leader.email or chosen.fields["email"],
                                           found=True, ambiguous=False, fits=(), via=via)
