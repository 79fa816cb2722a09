"""Columns found by what they hold where no header names them: the e-mail (one address for
each employee), the employment status (Aktiv, Fratrådt …) and the department (a few unit names,
each shared by several people, under a header that speaks of a unit in any shape: ``Global
dimension 1-kode``, ``Organisationstilknytning``, ``Hjemmeenhed``). Each is said in `mus check`
with what to do if it is wrong."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.choice import Rows, cells
from pipeline.sheets.cpr import has_cpr, looks_like_cpr
from pipeline.sheets.evidence import NO_VALUE, holds_addresses, is_no_value
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import normalise_header, value_at
from pipeline.sheets.headerwords import (
    ACTIVE,
    DATE,
    DEPT,
    DIVISION,
    END,
    JOB,
    KIND,
    LEADER,
    LEAVE,
    NUMBER,
    OTHER,
    SELF,
    START,
    STATUS,
    concepts,
    header_words,
    mentions,
)
from pipeline.sheets.statuswords import (
    holds_statuses,
    marks_statuses,
    outside,
    shaped_like_statuses,
    status_state,
)
from pipeline.sheets.titleleaders import unit_heads
from pipeline.sheets.unitpaths import path_separator
from pipeline.sheets.values import cell_text, parse_date

_SAMPLE = 2000
# A header that says nothing else than these may head a status column known by its shape alone
# ("Tilstand", "Ansættelsesforhold"); "Arbejdstid", "Stilling", "Type" may not.
_STATUS_LIKE = frozenset({SELF, STATUS, ACTIVE, LEAVE, END})


def _letter(index: int) -> str:
    return get_column_letter(index + 1)


def email_by_content(rows: Rows, headers: Sequence[str], taken: set[int],
                     findings: Findings, header_row: int) -> int | None:
    """Where no header names the e-mail, a column of addresses, one for each employee."""
    for index, header in enumerate(headers):
        if index in taken or not header:
            continue
        if holds_addresses([v for _, v in cells(rows, index, _SAMPLE)]):
            findings.warn("header-content", f'No column is headed as the e-mail, but "{header}" '
                          f"(column {_letter(index)}) holds one address for each employee, so it "
                          "is used as the e-mail.", 'If that is wrong, give the right column the '
                          'header "E-mail".', header_row, header)
            return index
    return None


def leader_email_is_own(rows: Rows, leader: int, leader_email: int) -> list[int]:
    """A column headed as the leader's e-mail that gives a different address on every row,
    also where rows name the same leader: the employees' own addresses, not their leader's.
    The rows that show it (several under one leader, each with an address of its own), or []."""
    seen: dict[str, list[tuple[int, str]]] = {}
    addresses: set[str] = set()
    for number, values in rows[:_SAMPLE]:
        address = cell_text(value_at(values, leader_email)).casefold()
        if not address:
            continue
        if address in addresses:
            return []  # an address twice: a leader's, for their team (most lists, at once)
        addresses.add(address)
        who = cell_text(value_at(values, leader)).casefold()
        if who:
            seen.setdefault(who, []).append((number, address))
    if not addresses:
        return []
    grouped = [n for group in seen.values() if len(group) >= 2 for n, _ in group]
    return sorted(grouped) if len(grouped) >= 4 else []


def email_follows_leader(rows: Rows, leader: int, email: int) -> list[int]:
    """An e-mail column whose address follows the leader column: one address for each leader,
    the same on every row that names them, on most rows a leader's team shares. The leader's
    address, not the employee's own: the rows that show it, or []."""
    by_leader: dict[str, set[str]] = {}
    rows_of: dict[str, list[int]] = {}
    filled = 0
    for number, values in rows[:_SAMPLE]:
        address = cell_text(value_at(values, email)).casefold()
        if not address:
            continue
        filled += 1
        who = cell_text(value_at(values, leader)).casefold()
        if who:
            by_leader.setdefault(who, set()).add(address)
            rows_of.setdefault(who, []).append(number)
    teams = [who for who, group in rows_of.items() if len(group) >= 2]
    if len(teams) < 2 or any(len(by_leader[who]) != 1 for who in teams):
        return []
    owners = [next(iter(by_leader[who])) for who in teams]
    shown = sorted(n for who in teams for n in rows_of[who])
    return shown if len(set(owners)) == len(owners) and len(shown) >= 0.5 * filled else []


def status_by_content(rows: Rows, headers: Sequence[str], taken: set[int],
                      findings: Findings, header_row: int) -> int | None:
    """Where no header names the employment status, a column of statuses (Aktiv, Fratrådt)."""
    for index, header in enumerate(headers):
        if index in taken or not header:
            continue
        values = [v for _, v in cells(rows, index, _SAMPLE)]
        if holds_statuses(values) or (shaped_like_statuses(values) and set(
                concepts(header_words(header))[0]) <= _STATUS_LIKE) or marks_statuses(
                values, len(rows[:_SAMPLE])):
            texts = list(dict.fromkeys(t for t in map(cell_text, values) if t))
            shown = [t for t in texts if status_state(t) or outside(t)] or texts
            quoted = [f'"{t}"' for t in shown[:3]]
            said = (", ".join(quoted[:-1]) + " and " if len(quoted) > 1 else "") + quoted[-1] + (
                " …" if len(shown) > 3 else "")
            findings.warn("header-content", f'No column is headed as the employment status, but '
                          f'"{header}" (column {_letter(index)}) holds statuses ({said}), so it '
                          "is read as one: leavers get no form.", "If that is wrong, rename the "
                          'column; if it is right, head it "Status".', header_row, header)
            return index
    return None


def _dates(rows: Rows, index: int) -> list[dt.date | None] | None:
    """The column's dates row by row (None where empty), or None if a filled cell is no date."""
    found: list[dt.date | None] = []
    for _, values in rows[:_SAMPLE]:
        text = cell_text(value_at(values, index))
        if not text:
            found.append(None)
            continue
        try:
            day = parse_date(value_at(values, index))
        except ValueError:
            return None
        if day is None:
            return None
        found.append(day)
    return found


def _common(a: str, b: str) -> int:
    """How many letters two texts begin with alike."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))


def _a_pair(first: str, second: str) -> bool:
    """Two headers written as a pair: the same words but one ("Palvelussuhde alkaa",
    "Palvelussuhde päättyy"), or the same ending or beginning ("Tiltredelse", "Fratredelse";
    "StartDate", "TerminalDate")."""
    a, b = first.casefold(), second.casefold()
    size = _common(a, b)
    tail = _common(a[::-1], b[::-1])
    return a != b and max(size, tail) >= 4


def end_by_content(rows: Rows, headers: Sequence[str], taken: set[int],
                   findings: Findings, header_row: int) -> int | None:
    """Where no header mus knows names the end of employment, the column of dates right of a
    column of dates filled on every row (the start), headed as its pair ("Tiltredelse",
    "Fratredelse"), filled on fewer than half the rows, each date not before the start beside
    it: the day each of those people leaves or left (Norwegian, Finnish, Teleopti's
    "TerminalDate")."""
    sample = rows[:_SAMPLE]
    if len(sample) < 4:
        return None
    for index in range(len(headers) - 1):
        first, second = headers[index], headers[index + 1]
        if not first or not second or {index, index + 1} & taken or not _a_pair(first, second):
            continue
        if not set(concepts(header_words(first))[0]) <= {START, DATE} or not set(
                concepts(header_words(second))[0]) <= {DATE, END}:
            continue  # (a birthday, a leave or a meeting is known by its header)
        starts = _dates(sample, index)
        if starts is None or sum(d is not None for d in starts) < 0.9 * len(sample):
            continue
        ends = _dates(sample, index + 1)
        filled = [(a, b) for a, b in zip(starts, ends or (), strict=False) if b is not None]
        if ends is None or not filled or 2 * len(filled) >= len(sample) or any(
                a is not None and b < a for a, b in filled):
            continue
        findings.warn("header-content", f'No column is headed as the end of employment as mus '
                      f'knows it, but "{second}" (column {_letter(index + 1)}) beside "{first}" '
                      "holds a date on some rows, each on or after the date beside it, so it is "
                      "read as the day each of them leaves: those whose day has gone by get no "
                      "form.", 'If that is wrong, rename the column; if it is right, head it '
                      '"Fratrædelsesdato".', header_row, second)
        return index + 1
    return None


def holds_units(texts: Sequence[str]) -> bool:
    """A few names, each shared by several people: the units people belong to."""
    texts = [t for t in texts if t and not is_no_value(t)]
    if len(texts) < 3 or sum(any(c.isalpha() for c in t) for t in texts) < 0.9 * len(texts):
        return False
    counts = Counter(texts)
    shared = sum(n for n in counts.values() if n >= 2)
    return len(counts) <= 0.5 * len(texts) and shared >= 0.6 * len(texts)


# Headers that name where people work, not what unit they belong to: a place of work is the
# department where no column is headed as one ("Arbejdssted", "Institution", "Location").
_PLACE = frozenset({"arbejdssted", "arbejdsplads", "tjenestested", "ansættelsessted",
                    "institution", "arbeidssted", "arbetsplats", "arbetsställe",
                    "tjänsteställe", "workplace", "work location", "location", "site",
                    "lokation", "kontor", "office", "sted", "skole", "school", "dagtilbud",
                    # a chain's places: its restaurants, shops, branches
                    "restaurant", "butik", "filial", "branch", "store", "shop", "hotel",
                    "klinik", "apotek", "værksted",
                    # a person's places, some listing several (Sling's "Locations"): the
                    # one of them their leader is at is theirs (employees.py)
                    "locations", "sites", "lokationer", "arbejdssteder",
                    # in other languages: French "Établissement", German "Standort",
                    # "Niederlassung", "Filiale", Spanish and Italian "Sede", Finnish
                    # "Toimipiste", Dutch "Vestiging"
                    "établissement", "etablissement", "standort", "niederlassung", "filiale",
                    "sede", "toimipiste", "vestiging", "arbeitsort"})
# Unit levels numbered across several columns: "Nivå 1" … "Nivå 4", "Level 1", "Niveau 2".
_NUMBERED = re.compile(r"^\s*(\D*?)\s*(\d{1,2})\s*(\D*?)\s*$")


def _place(header: str) -> bool:
    words = header_words(header)
    return bool(set(words) & _PLACE) or " ".join(words) in _PLACE


def numbered_levels(headers: Sequence[str], index: int) -> list[int]:
    """The columns of unit levels numbered 1, 2, 3 … that start at ``index`` ("Nivå 1",
    "Nivå 2" …; "Niv1 tekst", "Niv2 tekst" with each level's code between them): the same
    words around numbers counting up, left to right; or []."""
    first = _NUMBERED.match(headers[index] or "")
    if not first or not first.group(1) or first.group(1)[-1:].isdigit():
        return []
    stem, tail = first.group(1).casefold(), first.group(3).casefold()
    number = int(first.group(2))
    out = [index]
    for col in range(index + 1, len(headers)):
        match = _NUMBERED.match(headers[col] or "")
        if not match or (match.group(1).casefold(), match.group(3).casefold()) != (stem, tail):
            continue  # another column between the levels (the level's code beside its name)
        if int(match.group(2)) != number + 1:
            break
        out.append(col)
        number += 1
    return out if len(out) >= 2 else []


def deepest_levels(rows: Rows, levels: Sequence[int]) -> bool:
    """Whether every row fills its unit levels from the first (a path of uneven depth; a level
    between may be empty, Palasso's "Nivå 3" where a unit hangs straight under the one above),
    and some rows go deeper than others."""
    depths = set()
    for _, values in rows[:_SAMPLE]:
        filled = [bool(t) and t.casefold() not in NO_VALUE for t in (
            cell_text(values[c]) if c < len(values) else "" for c in levels)]  # ("-": a null)
        if not any(filled):
            continue
        if not filled[0]:
            return False
        depths.add(len(filled) - filled[::-1].index(True))
    return len(depths) >= 2


def department_by_content(rows: Rows, headers: Sequence[str], taken: set[int],
                          findings: Findings, header_row: int) -> int | None:
    """Where no header names the department plainly, a column headed as a unit in any shape,
    or as a place of work, that holds a few unit names, each shared by several people; or unit
    levels numbered across columns, each row filled as deep as its unit goes."""
    for index, header in enumerate(headers):
        if index in taken or not header:
            continue
        levels = numbered_levels(headers, index)
        if levels and not set(levels) & taken and deepest_levels(rows, levels) and (
                _names_units([cell_text(v) for _, v in cells(rows, levels[0], _SAMPLE)])):
            names = ", ".join(f'"{headers[c]}"' for c in levels)
            findings.note("department-by-content", f"The columns {names} are unit levels, "
                          "each row filled as deep as its unit goes: the department is the "
                          "deepest level filled in on each row.", header_row, header)
            return index
        place = _place(header)
        unit = mentions(header, frozenset({DEPT, DIVISION}))
        named = _names_unit(header)
        if not place and not unit and not named:
            continue
        texts = [cell_text(v) for _, v in cells(rows, index, _SAMPLE)]
        if named and path_separator(texts) is not None:
            findings.note("department-by-content", f'The column "{header}" (column '
                          f"{_letter(index)}) is read as the department: its header speaks of "
                          "a unit, and it holds paths through the organisation.",
                          header_row, header)
            return index
        if place and not unit and _finer_beside(rows, headers, taken, index):
            continue  # "Établissement" over "Service": the site, the service within it finer
        if (place or unit) and holds_units(texts):
            why = "names a place of work" if place else "speaks of a unit"
            findings.note("department-by-content", f'The column "{header}" (column '
                          f"{_letter(index)}) is read as the department: its header {why}, "
                          "and it holds a few names, each shared by several people.",
                          header_row, header)
            return index
    return None


def _finer_beside(rows: Rows, headers: Sequence[str], taken: set[int], index: int) -> bool:
    """Another headed column, not taken, of units within this one's: more of them, most
    found under one of this column's values only (a service within a site)."""
    sample = rows[:_SAMPLE]
    outer = [cell_text(value_at(v, index)) for _, v in sample]
    if len(set(outer) - {""}) < 2:
        return False  # (one place for everyone: department_one_value says what gives way)
    for other, header in enumerate(headers):
        if other == index or other in taken or not header or LEADER in concepts(
                header_words(header))[0]:
            continue  # (a leader column by post and place, "Køkkenchef, Kantine Syd", is no
            # unit within the place)
        inner = [cell_text(value_at(v, other)) for _, v in sample]
        if sum(map(bool, inner)) < 0.95 * len(inner) or not holds_units(inner) or not (
                _names_units(inner)):
            continue  # (filled on every row: a room or group left empty for the leadership,
            # "Stue/gruppe", is a grouping within the place, not its people's unit)
        within: dict[str, set[str]] = {}
        for a, b in zip(inner, outer, strict=True):
            if a:
                within.setdefault(a, set()).add(b)
        nested = sum(len(o) == 1 for o in within.values())
        if len(within) > len(set(outer) - {""}) and 3 * nested >= 2 * len(within):
            return True  # (most units within one place: a customer service at both sites
            # is still a unit, where teams of the same names at every place are not)
    return False


def department_by_leaders(rows: Rows, headers: Sequence[str], taken: set[int],
                          leader_cols: Sequence[int], findings: Findings,
                          header_row: int, title_col: int | None = None,
                          kinds: int | None = None) -> int | None:
    """Where no header names the department, a column under a header mus does not know
    ("Stue", "Afsnit") that groups the people as their leaders do: a few names, each shared by
    several people, and within each group (but for its own head) the same leader (``kinds``:
    a column headed as kinds of employment, "Medarbejdergruppe", none of whose values is one,
    may be so too). With no leader column, the job titles may group them so instead: one in
    each group whose title says they lead ("Klinikleder"), as titleleaders.py reads them."""
    if not leader_cols:
        return None if title_col is None else _department_by_titles(
            rows, headers, taken, title_col, findings, header_row)
    leaders = {n: " ".join(cell_text(value_at(v, c)) for c in leader_cols) for n, v in
               rows[:_SAMPLE]}
    # of several such columns, the one filled on the most rows, then the one that follows the
    # leaders best (Trello's "List Name" before its "Members", a person on some cards)
    found: list[tuple[int, float, int]] = []
    taken_values: set[str] | None = None  # every text of the columns taken, once asked for
    for index, header in enumerate(headers):
        if index != kinds and (index in taken or not header or not (
                _unknown_or_bare_kind(header) or _cost_centre(header))):
            continue
        pairs = [(n, cell_text(v)) for n, v in cells(rows, index, _SAMPLE)]
        texts = [t for _, t in pairs]
        if not holds_units(texts) or not _names_units(texts):
            continue
        if sum(status_state(t) is not None or outside(t) for t in set(texts)) * 2 >= len(
                set(texts)):
            continue  # kinds of employment or statuses ("Fuldtid", "Vikar (bureau)"), not units
        if taken_values is None:
            taken_values = {cell_text(value_at(v, c)) for _, v in rows[:_SAMPLE] for c in taken}
        distinct = set(texts) - {""}
        if 2 * len(distinct & taken_values) >= len(distinct):
            continue  # the names of people in the list's name or leader column (a crew's
            # elected "Sjakbajs", one of the crew): persons, not units
        groups: dict[str, list[str]] = {}
        for number, text in pairs:
            groups.setdefault(text, []).append(leaders.get(number, ""))
        big = [g for g in groups.values() if len(g) >= 3]
        if len(groups) < 2 or sum(map(len, big)) < 0.5 * len(pairs):
            continue
        same = sum(min(len(g), Counter(g).most_common(1)[0][1] + 1) for g in groups.values())
        if same >= 0.8 * len(pairs):
            found.append((sum(1 for t in texts if t), same / len(pairs), index))
    if not found:
        return None
    index = max(found)[2]
    findings.note("department-by-content", f'No column is headed as the department; '
                  f'"{headers[index]}" (column {_letter(index)}) is read as one: it holds a few '
                  "names, each shared by several people who have the same leader.",
                  header_row, headers[index])
    return index


def team_purity(rows: Rows, index: int, leader_cols: Sequence[int],
                by_value: bool = False) -> float:
    """The share of the people in teams of two or more (by leader) whose value in the column is
    their team's most common one: near 1 for the units people belong to, lower for job
    titles, which vary within a team. ``by_value``: the other way round, the share of the
    people sharing a value (of two or more) whose leader is the value's most common one: near
    1 for units too (a unit has its leader), low for a title many leaders' staff hold."""
    teams: dict[str, Counter[str]] = {}
    for _, values in rows[:_SAMPLE]:
        leader = " ".join(cell_text(value_at(values, c)) for c in leader_cols).strip()
        text = cell_text(value_at(values, index))
        if leader and text:
            key, value = (text, leader) if by_value else (leader, text)
            teams.setdefault(key, Counter())[value] += 1
    big = [t for t in teams.values() if t.total() >= 2]
    total = sum(t.total() for t in big)
    return sum(t.most_common(1)[0][1] for t in big) / total if len(big) >= 2 else 0.0


def _department_by_titles(rows: Rows, headers: Sequence[str], taken: set[int], title_col: int,
                          findings: Findings, header_row: int) -> int | None:
    titles = {n: cell_text(value_at(v, title_col)) for n, v in rows[:_SAMPLE]}
    for index, header in enumerate(headers):
        if index in taken or not header or not _unknown_or_bare_kind(header):
            continue
        pairs = [(n, cell_text(v)) for n, v in cells(rows, index, _SAMPLE)]
        texts = [t for _, t in pairs]
        if not all(texts) or not holds_units(texts) or not _names_units(texts) or unit_heads(
                texts, [titles.get(n, "") for n, _ in pairs]) is None:
            continue
        findings.note("department-by-content", f'No column is headed as the department; '
                      f'"{header}" (column {_letter(index)}) is read as one: it holds a few '
                      f'names, each shared by several people, one of whom has a title that '
                      f'says they lead ("{headers[title_col]}").', header_row, header)
        return index
    return None


_COST = frozenset({"cost", "costcenter", "costcentre", "omkostning", "omkostningssted",
                   "omkostningssteder", "kostenstelle", "kostnadsställe", "kostnadssted",
                   "kostsenter", "kustannuspaikka", "kustannuspaikan"})
_COST_STEMS = ("kostenstelle", "omkostningssted", "kostnadsställe", "costcent", "kustannuspaik")


def _cost_centre(header: str) -> bool:
    """A cost centre's header ("Cost Center", "Omkostningssted"): where no column is the
    department, a cost centre that groups people as their leaders do (its names beside its
    codes, "DK10-4410 QC Microbiology") is their unit."""
    words = header_words(header)
    # (German compounds and short forms: "Kostenstellenbezeichnung", "KSt-Bezeichnung")
    return bool(_COST.intersection(words)) or any(
        w.startswith(_COST_STEMS) for w in words) or "kst" in words


def _unknown_or_bare_kind(header: str) -> bool:
    """A header mus does not know, or a bare word of kind ("Gruppe", "Group"), which a hand-kept
    list heads its units with as often as its kinds of employment: the cells decide."""
    words = header_words(header)
    found = concepts(words)[0]
    # (a system's groups of its users, Puzzel's "User group": Team Energi, Management)
    return not found or (set(found) == {KIND} and len(words) == 1) or (
        len(words) == 2 and words[-1] in _GROUPS)


_GROUPS = frozenset({"group", "groups", "gruppe", "grupper", "grupp", "grupperne"})


def _names_unit(header: str) -> bool:
    """A header that names a unit, even beside a word such as "Path" or "Sti" (Google's "Org
    Unit Path"): a column of paths through the organisation under it is the department."""
    found, _ = concepts(header_words(header))
    return bool(set(found) & {DEPT, DIVISION}) and not set(found) & {LEADER, JOB}


def _code(text: str) -> bool:
    """``50001200``, ``KS-04``: a unit's code, not its name."""
    return any(c.isdigit() for c in text) and (" " not in text.strip() or not any(
        c.isalpha() for c in text))


def _names_units(texts: Sequence[str]) -> bool:
    texts = [t for t in texts if t]
    return sum(not _code(t) and any(c.isalpha() for c in t) for t in texts) >= 0.9 * len(texts)


def unit_name_beside_code(rows: Rows, headers: Sequence[str], department: int,
                          taken: set[int]) -> int | None:
    """Where the department column holds codes ("50001200") and another unit column says the
    same grouping in names ("Direktion"), one name for each code: that column."""
    codes = [cell_text(v) for _, v in cells(rows, department, _SAMPLE)]
    if not codes or not all(_code(c) for c in codes):
        return None
    for index, header in enumerate(headers):
        if index in taken or index == department or not header or not (
                mentions(header, frozenset({DEPT, DIVISION})) or _place(header)
                or abs(index - department) == 1):
            continue
        names = [cell_text(v) for _, v in cells(rows, index, _SAMPLE)]
        if not _names_units(names) or not holds_units(names):
            continue
        pairs = {(cell_text(value_at(values, department)), cell_text(value_at(values, index)))
                 for _, values in rows[:_SAMPLE]}
        pairs.discard(("", ""))
        if all(c and n for c, n in pairs) and len({c for c, _ in pairs}) == len(pairs) == len(
                {n for _, n in pairs}):
            return index
    return None


def _id_code(text: str) -> bool:
    """One short identifier with a digit: ``M1001``, ``E-17``."""
    return " " not in text and "@" not in text and any(c.isdigit() for c in text) and len(
        text) <= 20


def _codes(texts: Sequence[str], rows: int) -> bool:
    """One code with a digit on (nearly) every row, all different: ``M1001``, ``E-17``."""
    return len(texts) >= 2 and len(texts) >= 0.9 * rows and len(set(texts)) == len(texts) and all(
        map(_id_code, texts))


_FREE_ATTRIBUTE = re.compile(r"^\s*(?:custom|extension)\s*attribute\s*\d{1,2}\s*$",
                             re.IGNORECASE)


def number_by_content(rows: Rows, headers: Sequence[str], taken: set[int],
                      findings: Findings, header_row: int) -> int | None:
    """Where no header names the employee number, a column headed as the employee alone
    (``Medarbejder``, ``Employee``, ``Ansatt``) that holds one code per row, all different."""
    filled = sum(1 for _, values in rows[:_SAMPLE] if any(cell_text(v) for v in values))
    for index, header in enumerate(headers):
        found = set(concepts(header_words(header))[0]) if header else set()
        # "Company identifier": an ID of something, by a word mus reads as other; its codes
        # must hold letters ("GB-001"), so a phone number is never taken for it
        lettered = found == {OTHER, NUMBER}
        # a directory's free attribute (Exchange's "CustomAttribute1", AD's
        # "extensionAttribute3"), where IT often keeps the employee number
        free = bool(_FREE_ATTRIBUTE.match(header))
        if index in taken or not header or (found != {SELF} and not lettered and not free):
            continue
        values = [v for _, v in cells(rows, index, _SAMPLE)]
        if sum(isinstance(v, dt.date) for v in values) * 2 > len(values):
            continue  # "Ansat": the day each was hired, all different, no number
        texts = [cell_text(v) for v in values]
        footer = 0  # a report's last lines in the column ("Antal poster: 40"), not codes
        while footer < 2 and len(texts) > footer + 2 and not _id_code(texts[-1 - footer]):
            footer += 1
        if footer:
            texts = texts[:-footer]
        if lettered and sum(any(c.isalpha() for c in t) for t in texts) < 0.9 * len(texts):
            continue
        if _codes(texts, filled - footer):
            findings.warn("header-content", f'No column is headed as the employee number, but '
                          f'"{header}" (column {_letter(index)}) holds one code for each employee, '
                          "all different, so it is used as the employee number.", "If that is "
                          'wrong, give the right column the header "Medarbejdernr.".', header_row,
                          header)
            return index
    return None


_PERSON_NUMBER = ("personnummer", "personnr", "personno")


def person_number(rows: Rows, withheld: Sequence[tuple[int, str]], findings: Findings,
                  header_row: int) -> int | None:
    """A column headed ``Personnr`` (Fujitsu Prisme's person number; a personnummer is most
    often the CPR number, so the header alone withholds it) that holds no CPR number at all,
    only one short code for each employee, all different: the employee number, where no
    other column is. Never a column headed ``CPR``."""
    filled = sum(1 for _, values in rows[:_SAMPLE] if any(cell_text(v) for v in values))
    for index, header in withheld:
        if not normalise_header(header).replace(" ", "").startswith(_PERSON_NUMBER):
            continue
        values = [v for _, v in cells(rows, index)]
        texts = [cell_text(v) for v in values]
        if any(has_cpr(t) for t in texts) or any(looks_like_cpr(v) for v in values):
            continue
        if _codes(texts, filled) and all(len(t) <= 8 for t in texts):
            findings.warn("header-content", f'The column "{header}" (column {_letter(index)}) '
                          "is headed as a personnummer, which mus never reads as it is most "
                          "often the CPR number, but it holds no CPR number: one short code for "
                          f'each employee, all different (row {rows[0][0]}: "{texts[0]}"), so '
                          "it is used as the employee number.", "If that is wrong, give the "
                          'right column the header "Medarbejdernr.".', header_row, header)
            return index
    return None
