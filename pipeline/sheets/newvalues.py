"""A column of new values beside the field's own, from a day that has come.

HR keeps a change of leader (or of department) as a column beside the old one, filled only
where it changes: ``Leder`` and ``Ny leder pr. 01.09.2026``. Where the header gives the whole
day the change holds from, and that day has come, each employee's value now is the new one
where it is filled and the old one elsewhere: the old column is read with the new values
written in, and `mus check` says so. A day still to come, or a header without a whole date
(``Ny leder pr. 1/11``), is left to the column choice, which refuses it: what holds at the
talk cannot be told.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from pipeline.sheets.choice import NEW, says_new
from pipeline.sheets.columns import field_role
from pipeline.sheets.dates import read_date
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import HeaderRow, value_at
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.values import cell_text

Rows = list[tuple[int, tuple[Any, ...]]]
# "pr. 01.09.2026", "fra 1/9-2026", "from 2026-09-01": the day the change holds from
_DMY = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")


def _day(header: str) -> dt.date | None:
    found = _ISO.search(header)
    try:
        if found:
            return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        found = _DMY.search(header)
        if found:
            return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    except ValueError:
        return None
    return None


# "fra 1.8.2026", "pr. 01.09.2026", "from 1/8-2026": a column of the values from that day;
# "til 31.7.2026", "until …": one of the values up to that day
_FROM = re.compile(r"\b(?:fra|pr\.?|per|from|gældende fra|valid from)\s*\d{1,2}[./-]\d{1,2}[./-]"
                   r"(?:19|20)\d\d\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:til og med|til|indtil|until|t\.\s?o\.\s?m\.?)\s*\d{1,2}[./-]\d{1,2}[./-]"
                    r"(?:19|20)\d\d\b", re.IGNORECASE)


def _says_new(header: str) -> bool:
    return says_new(header, NEW)


def apply_new_values(rows: Rows, header: HeaderRow, today: dt.date,
                     findings: Findings) -> tuple[Rows, HeaderRow]:
    """The rows with each new value from a day that has come written into the old column, and
    the header without the new columns; or both as they were."""
    headers = list(header.headers)
    pairs: list[tuple[int, int, dt.date]] = []
    for index, text in enumerate(headers):
        if not text:
            continue
        dated = _FROM.search(text)
        if not _says_new(text) and dated is None:
            continue
        # "Afdeling fra 1.8.2026" after a reorganisation: the field without its day
        role = field_role(_FROM.sub("", text).strip() if dated else text)
        day = _day(text)
        if role is None or day is None or day > today:
            continue
        olds = [i for i, h in enumerate(headers) if i != index and h and not _says_new(h)
                and not _FROM.search(h) and (r := field_role(_UNTIL.sub("", h).strip()))
                is not None and r[0] == role[0]]
        if len(olds) == 1:
            pairs.append((index, olds[0], day))
    if not pairs:
        return _until_now(rows, header, today, findings)
    out = []
    changed: dict[int, list[int]] = {new: [] for new, _, _ in pairs}
    for number, values in rows:
        cells = list(values)
        for new, old, _ in pairs:
            text = cell_text(value_at(values, new))
            if text:
                while len(cells) <= old:
                    cells.append(None)
                if text.casefold() != cell_text(value_at(values, old)).casefold():
                    changed[new].append(number)
                cells[old] = value_at(values, new)
        out.append((number, tuple(cells)))
    for new, old, day in pairs:
        where = changed[new]
        said = f" ({rows_text(where)})" if where else ""
        findings.note("new-values", f'The column "{headers[new]}" gives the value from '
                      f"{day:%d-%m-%Y}, which has come: where it is filled{said} it is read in "
                      f'place of "{headers[old]}", and "{headers[old]}" elsewhere.', header.row,
                      headers[new], where)
        headers[new] = ""
    return out, HeaderRow(header.row, tuple(headers), match_fields(headers))


def _until_now(rows: Rows, header: HeaderRow, today: dt.date, findings: Findings
               ) -> tuple[Rows, HeaderRow]:
    """Two columns of one field, one headed as holding until a day still to come ("Leder (til
    og med 31.12.2026)"), the other from the day after ("Leder (fra 01.01.2027)"): the file
    says which holds now, so the first is read and the second left, said."""
    headers = list(header.headers)
    later: list[tuple[int, int, dt.date]] = []
    for index, text in enumerate(headers):
        if not text or (dated := _FROM.search(text)) is None:
            continue
        role, day = field_role(_FROM.sub("", text).strip()), _day(dated.group(0))
        if role is None or day is None or day <= today:
            continue
        until = [i for i, h in enumerate(headers) if i != index and h and (
            found := _UNTIL.search(h)) and (ends := _day(found.group(0))) is not None and
            today <= ends < day and (r := field_role(_UNTIL.sub("", h).strip())) is not None
            and r[0] == role[0]]
        if len(until) == 1:
            later.append((index, until[0], day))
    if not later:
        return _held_today(rows, header, today, findings)
    for index, now, day in later:
        findings.note("new-values", f'The column "{headers[index]}" gives the value from '
                      f'{day:%d-%m-%Y}, which has not come, and "{headers[now]}" the value '
                      "until then: the second is read. Run mus again after that day to use "
                      "the first.", header.row, headers[index])
        headers[index] = ""
    return rows, HeaderRow(header.row, tuple(headers), match_fields(headers))


_OLD_WORD = re.compile(r"^\s*(?:tidligere|tidl\.?|gammel|forrige|former|previous|old)\s+",
                       re.IGNORECASE)


def _dated_role(text: str) -> tuple[str, str, str, dt.date] | None:
    """(field key, the header without its day, "from" or "until", the day) of a header that
    says from or until which day its values hold ("Leder pr. 01-10-2026", "Tidligere leder (til
    30.09.2026)"); None for any other."""
    for kind, pattern in (("from", _FROM), ("until", _UNTIL)):
        found = pattern.search(text)
        if found is None:
            continue
        day = _day(found.group(0))
        bare = re.sub(r"\(\s*\)", "", pattern.sub("", text)).strip(" ,-–")
        role = field_role(bare) or field_role(_OLD_WORD.sub("", bare))
        if day is None or role is None:
            return None
        return role[0], _OLD_WORD.sub("", bare), kind, day
    return None


def _held_today(rows: Rows, header: HeaderRow, today: dt.date, findings: Findings
                ) -> tuple[Rows, HeaderRow]:
    """Two or more columns of one field, each headed with the day it holds from or until
    ("Leder pr. 01-01-2026" and "Leder pr. 01-10-2026"; "Tidligere leder (til 30.09.2026)" and
    "Leder fra 01.10.2026"): the one that holds today is read as the field (the latest of
    those that hold from a day that has come; not one that ended, nor one still to come), the
    others left, said; where not exactly one holds, all stay as they were."""
    headers = list(header.headers)
    groups: dict[str, list[tuple[int, str, str, dt.date]]] = {}
    for index, text in enumerate(headers):
        found = _dated_role(text) if text else None
        if found is not None:
            groups.setdefault(found[0], []).append((index, *found[1:]))
    changed = False
    for dated in groups.values():
        if len(dated) < 2:
            continue
        begun = [d for d in dated if d[2] == "from" and d[3] <= today]
        latest = max((d[3] for d in begun), default=None)
        holds = [d for d in dated if (d[2] == "from" and d[3] == latest) or (
            d[2] == "until" and d[3] >= today)]
        if len(holds) != 1:
            continue
        index, bare, _, _ = holds[0]
        left = [headers[d[0]] for d in dated if d[0] != index]
        others = ", ".join(f'"{h}"' for h in left)
        findings.note("new-values", f'The columns {others} and "{headers[index]}" each give '
                      f"\"{bare}\" from or until a day: \"{headers[index]}\" holds today "
                      "and is read; the others are left.",
                      header.row, headers[index])
        for d in dated:
            headers[d[0]] = bare if d[0] == index else ""
        changed = True
    if not changed:
        return rows, header
    return rows, HeaderRow(header.row, tuple(headers), match_fields(headers))


# "Hjemmeplejen Syd (leder: Kim Munk Kruse)": a unit and its leader in one cell
_UNIT_LEADER = re.compile(r"^\s*(?P<unit>[^()]+?)\s*\(\s*(?:leder|afdelingsleder|teamleder|chef|"
                          r"leader|manager|nærmeste leder)\s*:\s*(?P<leader>[^()]+?)\s*\)\s*$",
                          re.IGNORECASE)
# "Enhed (leder)": the header of such a column, whose bracket is no other field
_UNIT_LEADER_HEADER = re.compile(r"\s*\(\s*(?:leder|leader|manager|chef)\s*\)\s*$", re.IGNORECASE)


# "Hjemmeplejen Nord v/ Mette Nielsen" (ved), "Hjemmeplejen Nord – Mette Nielsen",
# "Hjemmeplejen Nord (Mette Nielsen)": a unit and a person, read so only where the person is
# someone on the list
_UNIT_PERSON = (re.compile(r"^\s*(?P<unit>.+?)\s+v/\s*(?P<leader>[^/]+?)\s*$", re.IGNORECASE),
                re.compile(r"^\s*(?P<unit>.+?)\s+[–—-]\s+(?P<leader>[^–—]+?)\s*$"),
                re.compile(r"^\s*(?P<unit>[^()]+?)\s*\(\s*(?P<leader>[^()]+?)\s*\)\s*$"))


def split_unit_leaders(rows: Rows, header: HeaderRow, findings: Findings
                       ) -> tuple[Rows, HeaderRow]:
    """A column whose cells give each row's unit and its leader in one ("Enhed (leder)":
    "Hjemmeplejen Syd (leder: Kim Munk Kruse)"; "Hjemmeplejen Nord v/ Mette Nielsen", where
    the name is someone's on the list), where no other column is the leader: read as the
    department and, in a column of its own, the leader, said; or both as they were."""
    if not any(isinstance(v, str) and (v.endswith(")") or " v/" in v or " – " in v
                                       or " - " in v) for _, values in rows[:200] for v in values):
        return rows, header  # (most lists, at once)
    headers = list(header.headers)
    if any((r := field_role(h)) is not None and r[0] == "leader" and not _UNIT_LEADER_HEADER
           .search(h) for h in headers if h):
        return rows, header
    names = _listed_names(rows, header)
    for index, text in enumerate(headers):
        if index == header.found.get("name"):
            continue
        # a unit and a person in one cell are its leader only in a column of units
        units = bool(text) and (r := field_role(text)) is not None and r[0] == "department"
        cells = [cell_text(value_at(v, index)) for _, v in rows[:2000]]
        filled = [c for c in cells if c]
        if len(filled) < 3:
            continue
        split = partial(_unit_and_leader, names if units else set())
        parts = [split(0, c) for c in filled]
        if sum(p is not None for p in parts) < 0.9 * len(filled) or (
                len({p[1] for p in parts if p}) < 2 and len(filled) > 10):
            continue  # (one person beside every unit says nothing of its leader)
        findings.note("unit-leader-cells", f'The column "{text}" gives each row\'s unit and its '
                      "leader in one cell: the unit is read as the department and the leader "
                      "as the leader.", header.row, text)
        rows = _units_above(rows, headers, index, {p[0] for p in parts if p}, names)
        return split_column(rows, header, index, split,
                            _UNIT_LEADER_HEADER.sub("", text).strip() or "Afdeling", "Leder")
    return rows, header


def _units_above(rows: Rows, headers: list[str], index: int, units: set[str],
                 names: set[str]) -> Rows:
    """Another column of the same "unit (leader)" cells whose units are the list's own
    (Workday's "Superior Organization": "Finance (Lasse Villadsen)" beside "Accounting (Mads
    Lund)"): the unit above each row's, kept as the unit alone, so that it is read as a column
    of the units above (parentunits.py) and its leader found through it."""
    for other in range(len(headers)):
        if other == index:
            continue
        filled = [c for _, v in rows[:2000] if (c := cell_text(value_at(v, other)))]
        parts = [_unit_and_leader(names, 0, c) for c in filled]
        if len(filled) < 3 or sum(1 for p in parts if p and p[0] in units) < 0.9 * len(filled):
            continue
        out: Rows = []
        for number, values in rows:
            found = _unit_and_leader(names, 0, cell_text(value_at(values, other)))
            cells = list(values)
            if found is not None and other < len(cells):
                cells[other] = found[0]
            out.append((number, tuple(cells)))
        rows = out
    return rows


def _unit_and_leader(names: set[str], _: int, cell: str) -> tuple[str, str] | None:
    """(unit, leader) a cell gives: "Hjemmeplejen Syd (leder: Kim Munk Kruse)", or a unit and
    one of ``names`` (the list's, folded) after "v/", a dash or in brackets; else None."""
    found = _UNIT_LEADER.match(cell)
    if found:
        return found.group("unit"), found.group("leader")
    for pattern in _UNIT_PERSON if names else ():
        found = pattern.match(cell)
        if found and " ".join(found.group("leader").casefold().split()) in names:
            return found.group("unit"), found.group("leader")
    return None


def _listed_names(rows: Rows, header: HeaderRow) -> set[str]:
    """The names in the list's name column, folded ("" where it has none)."""
    name = header.found.get("name")
    if name is None:
        return set()
    return {" ".join(cell_text(value_at(v, name)).casefold().split()) for _, v in rows} - {""}


def split_column(rows: Rows, header: HeaderRow, index: int,
                 split: Callable[[int, str], tuple[str, str] | None], first: str,
                 second: str) -> tuple[Rows, HeaderRow]:
    """The rows with column ``index`` read as two: where ``split`` (a row's number, its cell)
    gives two parts, the first in the cell's place, headed ``first``, and the second in a new
    column after the last, headed ``second``; elsewhere the cell as it was and nothing new."""
    width = max(len(header.headers), *(len(v) for _, v in rows))
    out: Rows = []
    for number, values in rows:
        cells = [*values, *([None] * (width - len(values)))]
        parts = split(number, cell_text(value_at(values, index)))
        if parts is not None:
            cells[index] = parts[0] or None
        out.append((number, (*cells, parts[1] or None if parts else None)))
    headers = [*header.headers, *([""] * (width - len(header.headers)))]
    headers[index] = first
    headers.append(second)
    return out, HeaderRow(header.row, tuple(headers), match_fields(headers))



# "Gyldig fra" / "Gyldig til": the days a row of an effective-dated history holds (SAP's
# infotype records, "Valid from" / "Valid to")
_VALID = re.compile(r"^\s*(?:gyldig|gælder|valid|effective)\s*(?P<side>fra|til|from|to|until)\b",
                    re.IGNORECASE)


def current_rows(rows: Rows, header: HeaderRow, today: dt.date, findings: Findings) -> Rows:
    """An effective-dated history (SAP HCM's org. assignment: one row per change, each valid
    "Gyldig fra" … "Gyldig til"): of the rows of one employee number, the one whose days hold
    today is theirs, the others are history, said. Rows of a number given once, and any row
    whose days cannot be read, stay as they are (so two rows left of one number are refused as
    before)."""
    number = header.found.get("number")
    sides = {m.group("side").casefold(): i for i, h in enumerate(header.headers)
             if h and (m := _VALID.match(h))}
    start = next((sides[k] for k in ("fra", "from") if k in sides), None)
    end = next((sides[k] for k in ("til", "to", "until") if k in sides), None)
    if number is None or start is None or end is None:
        return rows
    by_number: dict[str, list[int]] = {}
    for position, (_, values) in enumerate(rows):
        key = cell_text(value_at(values, number))
        if key:
            by_number.setdefault(key, []).append(position)
    history: set[int] = set()
    for positions in by_number.values():
        if len(positions) < 2:
            continue
        spans = [(_when(value_at(rows[p][1], start)), _when(value_at(rows[p][1], end)))
                 for p in positions]
        if any(a is None for a, _ in spans):
            continue
        now = [p for p, (a, b) in zip(positions, spans, strict=True)
               if a is not None and a <= today and (b is None or today <= b)]
        if len(now) == 1:
            history.update(p for p in positions if p != now[0])
    if not history:
        return rows
    kept = [row for position, row in enumerate(rows) if position not in history]
    said = sorted(rows[p][0] for p in history)
    findings.note("history-rows", f'The list is a history of changes, each row valid from '
                  f'"{header.headers[start]}" to "{header.headers[end]}": of each employee\'s '
                  f"rows the one valid today is read, the others are earlier or later "
                  f"({rows_text(said)}).", header.row, header.headers[start], said)
    return kept


def _when(value: Any) -> dt.date | None:
    """A validity day, "31.12.9999" (SAP's open end) as no end."""
    text = cell_text(value)
    if text.endswith("9999"):
        return dt.date.max
    try:
        return read_date(value)
    except ValueError:
        return None
