"""Leaders given outside a leader column: in the list's heading rows, or on a sheet of units.

HR's own lists often say who leads a unit once, not on every row:

- a **heading** names the unit and its leader ("Afsnit Bøgen – afdelingsleder Freja Wøldike",
  "Team Nord (leder: Jens Hansen)"), or a line under the heading does ("Leder: Jens Hansen",
  "Team lead: Jane Doe"). A heading names a leader because the text after the unit is the name of
  a person in the list; a name not in the list is taken only after a leader's word ("…leder",
  "lead", "manager") and is warned of (no e-mail then). The unit before it is the department.
- a **sheet of units** ("Ledere") pairs the list's departments (or unit codes) with people in
  the list, by name, number or e-mail. A sheet is such a sheet because its rows pair the list's
  unit values with people in the list, whatever it is called.

Only where the list has no leader column. Every leader found this way is said in `mus check`; a
unit with two leaders or a unit that matches no department is reported, never guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.sheets.dates import DMY, read_date
from pipeline.sheets.draft import since
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headerwords import APPROVERS, LEADER, says
from pipeline.sheets.leaders import Directory, Given, Who
from pipeline.sheets.leadertext import DEPUTY, LEADS, TOP_UNITS, leads, top_unit
from pipeline.sheets.leaderwords import ACTING, FORMER, REPORTS, alternatives
from pipeline.sheets.names import normal_name, turn_around
from pipeline.sheets.persons import vacancy
from pipeline.sheets.rows import heading_department, starts_as_note, without_unit_label
from pipeline.sheets.statuswords import WORD, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.unitpaths import path_separator, units_above
from pipeline.sheets.values import cell_text, valid_email

# Between a unit and its leader: a dash, colon, comma, slash or bracket.
_SEPARATOR = re.compile(r"\s*(?:[–—:,/(\[·•|»]|\s-\s|^-\s)\s*")
_TRAILING = re.compile(r"[\s:,–—\-/(\[·•|»]+$")
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){1,3}$")
_LONGEST_NAME = 5  # words


@dataclass(frozen=True)
class HeadingLeader:
    """What a heading row says: its unit (empty for a line "Leder: …") and its leader."""

    department: str
    leader: str
    in_list: bool  # the leader is a person in the list
    email: str = ""  # "Leder: Gry Høj (ghoe@…)": the address the heading gives
    # "… – refererer til driftschef Anders Birk (abi@…)": whom the leader reports to
    above: HeadingLeader | None = None


class ListNames:
    """The names of the people in the list, to tell a name in a heading (read only when a
    heading asks)."""

    def __init__(self, rows: Iterable[tuple[int, Sequence[object]]], name: int | None,
                 reversed_: int | None, first: int | None, last: int | None,
                 elsewhere: Iterable[str] = (), ids: int | None = None) -> None:
        self._rows = rows
        self._cols = (name, reversed_, first, last)
        self._names: set[str] | None = None
        self._elsewhere = elsewhere  # the people on the list's other sheets (normalised)
        self._ids_col = ids  # the list's column of initials or user names
        self._ids: dict[str, str] | None = None

    def name_of(self, token: str) -> str:
        """The name of the one person whose initials or user name is ``token`` ("GGR"), or
        "" (none, or several)."""
        if self._ids is None:
            self._ids = {}
            seen: set[str] = set()
            name, reversed_, first, last = self._cols
            for _, values in self._rows:
                key = _at(values, self._ids_col).casefold()
                shown = _at(values, name) or (f"{_at(values, first)} {_at(values, last)}".strip())
                if not shown and _at(values, reversed_):
                    try:
                        shown = turn_around(_at(values, reversed_))[0]
                    except ValueError:
                        shown = _at(values, reversed_)
                if key and shown:
                    if key in seen:
                        self._ids.pop(key, None)  # shared: no one's for sure
                    else:
                        self._ids[key] = shown
                    seen.add(key)
        return self._ids.get(token.casefold(), "")

    def _build(self) -> set[str]:
        name, reversed_, first, last = self._cols
        names: set[str] = set()
        for _, values in self._rows:
            whole = _at(values, name)
            if whole:
                names.add(normal_name(whole))
            turned = _at(values, reversed_)
            if turned:
                try:
                    names.add(normal_name(turn_around(turned)[0]))
                except ValueError:
                    names.add(normal_name(turned))
            if _at(values, first) and _at(values, last):
                names.add(normal_name(f"{_at(values, first)} {_at(values, last)}"))
        names.update(self._elsewhere)
        names.discard("")
        # "4300 Dagtilbud" where a report writes its unit in the name column: nobody's name
        return {n for n in names if not any(c.isdigit() for c in n)}

    def all(self) -> set[str]:
        """Every name (normalised)."""
        if self._names is None:
            self._names = self._build()
        return self._names

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and normal_name(text) in self.all()


def _at(values: Sequence[object], col: int | None) -> str:
    return cell_text(values[col]) if col is not None and col < len(values) else ""


def read_heading(text: str, names: ListNames, after_heading: bool,
                 today: dt.date) -> HeadingLeader | None:
    """The unit and leader a heading row gives, or None if it names no leader.
    ``after_heading``: the row comes right under another heading (no employee between), so a
    line "Ansvarlig: Name" is that heading's leader line."""
    text = " ".join(text.split()).rstrip(". ")
    if starts_as_note(text):
        return None  # "NB: spørg Jens Hansen": a remark that names someone
    if len(REPORTS.findall(text)) >= 2:
        return None  # "Medarbejdere refererer til filialchefen … Filialchefer refererer til
        # regionschef Troels Jensen": who reports to whom, said for several kinds of people
    led_by = _LED_BY.search(text)
    if led_by is not None and led_by[1] in names:
        # "Medarbejdere med Poul Kristensen som nærmeste leder": the leader of the rows under it
        return HeadingLeader("", led_by[1], True)
    clause = _REPORTS_CLAUSE.search(text)
    if clause is not None and clause.start() > 0:
        # "Frost – Dagskift · skiftleder Stine Overgaard (sov@…) – refererer til driftschef
        # Anders Birk (abi@…)": the unit and its leader, then whom that leader reports to
        found = read_heading(text[:clause.start()], names, after_heading, today)
        above = reports_to(text[clause.start():], names)
        if found is not None and (found.department or after_heading) and above is not None:
            # (or a leader line right under the unit's heading: "== Bøderi ==" over "Leder:
            # Line Thomsen (lth@…) - refererer til driftsleder Line Olsen")
            return dataclasses.replace(found, above=above)
    aside = _ASIDE_AFTER_ADDRESS.search(text)
    if aside and not any(c.isdigit() for c in aside.group(2)) and status_state(
            aside.group(2)) is None:
        # "VARDE · afdelingsleder Bodil Iversen (biv@…) – samme som Esbjerg": the leader's
        # part ends with their address; an aside after it without a day or a state (no
        # "fratrådt", no "fra 1/1") says nothing of who leads
        text = text[:aside.end(1)]
    numbered = _NUMBER_AFTER.search(text)
    if numbered and "@" in text[:numbered.start()]:
        # "… Lars Nielsen (lnielsen@…), medarb.nr. 101": the number after the address
        text = text[:numbered.start()].rstrip()
    address = _ADDRESS_AFTER.search(text)
    if address:  # "Leder: Gry Høj (ghoe@x.dk)", "… <ghoe@x.dk>": the name, then the address
        text = text[:address.start()].rstrip()
    number = _NUMBER_AFTER.search(text)
    if number:  # "Leder: Camilla Vestergaard, nr. 1126 (cve@…)": the name, then their number
        text = text[:number.start()].rstrip()
    initials = _INITIALS_AFTER.search(text)
    if initials:  # "Leder: Camilla Krog (CK)": the name, then the initials
        text = text[:initials.start()].rstrip()
    by_id = _ID_AFTER_LABEL.match(text)
    if by_id and (name := names.name_of(by_id.group(2))):
        # "Ansv.: GGR": the leader by the initials (or user name) the list gives them
        text = f"{by_id.group(1)} {name}"
    remarked = _REMARK_AFTER.search(text)
    if remarked and _LABELLED.match(remarked.group(1)) and remarked.start() > 0:
        # "Sjak 1 (formand: Signe Damgaard)": the bracket names the leader after a label
        remarked = None
    if remarked and not LEADS.search(remarked.group(1)):
        # "Leder: Torben Laursen (fra 1/9, tidl. Lone Krog)" (not "Team North (manager: …)")
        name = _leader_since(text[:remarked.start()].rstrip(), remarked.group(1), today)
        if not name:
            return None  # a leader from a day to come, or a remark mus cannot read
        text = name
    found = None
    if remarked and LEADS.search(remarked.group(1)):
        # "Leder: Rasmus Storm (adm. direktør)": the leader's post after the name (not "Team
        # Nord (leder: …)", where the bracket names the leader)
        found = _read_heading(text[:remarked.start()].rstrip(), names, after_heading)
    found = found or _read_heading(text, names, after_heading)
    if found is None or address is None:
        return found
    return dataclasses.replace(found, email=address.group(1))


_NUMBER_AFTER = re.compile(r"(?:\s*[,;–—\-·•∙|]\s*|\s*\(\s*|\s+)(?:nr|no|lønnr|medarb\.?\s*nr)\.?"
                           r"\s*:?\s*"
                           r"\d{1,10}\s*\)?\s*$", re.IGNORECASE)
_ID_AFTER_LABEL = re.compile(r"^(.*:)\s*([A-Za-zÆØÅæøå][\w.-]{1,19})$")
_INITIALS_AFTER = re.compile(r"\s*\(\s*[A-ZÆØÅ]{1,4}\s*\)\s*$")
# (set apart by a bracket, a comma, a dash, a middle dot or a bar: "Kim Winther  ·  kim@…")
_ADDRESS_AFTER = re.compile(r"(?:\s*[(<\[]\s*|\s*[,;–—\-·•∙|]\s*|\s+)"
                            r"([^\s()<>\[\],;@]+@[^\s()<>\[\],;]+\.[^\s()<>\[\],;]+)"
                            r"\s*[)>\]]?\s*$")

# An address in brackets, then an aside set apart by a dash
_ASIDE_AFTER_ADDRESS = re.compile(r"(\(\s*[^\s()@]+@[^\s()]+\.[^\s()]+\s*\))\s+[–—-]\s+([^()@]+)$")


# A bracket that labels the name in it: "(formand: Signe Damgaard)", "(ansvarlig: …)"
_LABELLED = re.compile(r"^\s*[^\W\d_]{3,20}\s*:\s*[^\W\d_]")
# Brackets after a leader's name that say since when, or who led before
_REMARK_AFTER = re.compile(r"\s*\(([^()]*)\)\s*$")
_FORMER = re.compile(r"^(?:" + alternatives(FORMER) + r"|afløser for|efterfulgte)\b\.?",
                     re.IGNORECASE)
# "(konstitueret)", "(fungerende)", "(interim)": the one who leads now, for a while
_ACTING = re.compile(r"^(?:" + alternatives(ACTING) + r")\.?$", re.IGNORECASE)
# "Leder:", "Afdelingsleder:", "Team lead:": a line that gives the leader of the rows under it
_LEADER_LINE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?[^\W\d_]*" + LEADS.pattern + r"\s*:",
                          re.IGNORECASE)


def leader_line(text: str) -> bool:
    """A line that starts as one naming the leader of the rows under it ("Leder: …")."""
    return bool(_LEADER_LINE.match(text))


_ALSO = re.compile(r"^(?:også|tillige|desuden|samtidig|also|as well)\b", re.IGNORECASE)


def _leader_since(name: str, remark: str, today: dt.date) -> str:
    """The leader a name with a remark in brackets gives: ``Torben Laursen`` for "(tidl. Lone
    Krog)", "(konstitueret)" or "(fra 1/9, tidl. Lone Krog)" once 1 September has come; ""
    for a day to come, several dates, or any other remark (mus does not guess what it
    says)."""
    clauses = [c.strip() for c in re.split(r"[,;]", remark) if c.strip()]
    # "(også Vejle)", "(tillige Kolding)": what else they lead says nothing of when
    clauses = [c for c in clauses if not (_ALSO.match(c) and not any(ch.isdigit() for ch in c)
                                         and status_state(c) is None)]
    if not clauses:
        return name
    dated = [c for c in clauses if any(ch.isdigit() for ch in c)]
    if len(dated) > 1 or any(not (_FORMER.match(c) or _ACTING.match(c))
                             for c in clauses if c not in dated):
        return ""
    if any(ch.isdigit() for ch in name) or any(_FORMER.match(c) and any(
            ch.isdigit() for ch in c) for c in dated):
        return ""  # "tidl. Lone Krog, til 31/8": history with a date, not the day they lead from
    return since(f"{name} ({dated[0]})", today) if dated else name


def _read_heading(text: str, names: ListNames, after_heading: bool) -> HeadingLeader | None:
    bare = text.rstrip(")] ").strip()
    words = bare.split(" ")
    for size in range(min(_LONGEST_NAME, len(words) - 1), 1, -1):
        tail = " ".join(words[-size:])
        if tail in names:
            found = _split_head(" ".join(words[:-size]), after_heading, named=True)
            if found is not None:
                return HeadingLeader(found, tail, True)
    # A leader who is not in the list: only after a leader's word, and written as a name.
    for size in range(min(4, len(words) - 1), 1, -1):
        tail = " ".join(words[-size:])
        head = " ".join(words[:-size])
        if not _NAME.match(tail) or not tail[0].isupper() or not all(
                w[:1].isupper() or w in _PARTICLES for w in tail.split(" ")):
            continue  # (a sentence after it names no one: "… refererer til direktøren.")
        if head.endswith("."):
            continue  # "Fed skrift = afdelingens leder. Afdelingslederne …": a sentence ended
        role = _TRAILING.sub("", head).split(" ")[-1] if head else ""
        if not LEADS.search(role):
            continue
        found = _split_head(head, after_heading, named=False)
        if found is not None:
            return HeadingLeader(found, tail, False)
    return None


# the small words of a name written in capitals elsewhere: "Jan van der Berg", "Ana de Souza"
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "del", "di", "la", "le", "af",
                        "bin", "ibn", "al", "el"})
# A word that says what kind of leader, not of what: "Administrerende", "Daglig", "Faglig",
# "Pædagogisk", "Konstitueret", "Fungerende" (Danish adjectives and participles)
_KIND_OF = re.compile(r"^\w+(?:ende|ig|lig|isk|eret|erede)$", re.IGNORECASE)


# the unit's people, said after its name in a heading: "Lager – medarbejdere"
_STAFF = frozenset({"medarbejdere", "medarbejderne", "personale", "personalet", "ansatte",
                    "staff", "employees", "team members"})


def _said_of_the_unit(part: str) -> bool:
    """A part of a heading after the unit's name that is a leader's label ("leder") or the
    word for its people ("medarbejdere"), not a part of the unit's name."""
    words = part.split()
    return part.casefold() in _STAFF or (len(words) <= 2 and bool(LEADS.search(words[-1])))


def _split_head(head: str, after_heading: bool, named: bool) -> str | None:
    """The department before a leader's name (``""`` for a leader line under a heading), or
    None when the text before the name is not a unit (and a role)."""
    if REPORTS.search(head):
        return None  # "Sjakbajsene refererer til driftsleder Camilla Sørensen; kontoret til
        # Jonas Nørgaard": a sentence of who reports to whom, no unit before a name
    label = head.rstrip().endswith(":")
    head = _TRAILING.sub("", without_unit_label(head))  # ("Afdeling: Produktion – leder:")
    if not head:
        return None  # a name alone: a heading of people, not a unit's leader
    parts = [p for p in _SEPARATOR.split(head) if p]
    if len(parts) > 1:  # "Afsnit Bøgen – afdelingsleder", "Team Nord (leder"
        role = parts[-1]
        if len(role.split()) > 3 or any(c.isdigit() for c in role):
            return None
        unit = _TRAILING.sub("", head[: head.rfind(role)])
        while len(rest := [p for p in _SEPARATOR.split(unit) if p]) > 1 and (
                _said_of_the_unit(rest[-1])):
            # "Ledelse og administration – leder: forstander Kåre Winther", "Genbrugsstation
            # Vest – medarbejdere (leder: …)": the label and the staff word are no part of it
            unit = _TRAILING.sub("", unit[: unit.rfind(rest[-1])])
        return heading_department(unit) or None
    words = head.split(" ")
    if LEADS.search(words[-1]):  # "Leder:", "Team lead:", "Afsnit Bøgen afdelingsleder"
        unit = " ".join(words[:-1])
        if not unit or (label and len(words) <= 2 and (after_heading or _KIND_OF.search(unit))):
            return ""  # (a role of two words, "Administrerende direktør:", names no unit)
        return heading_department(unit) or None
    if not named:
        return None
    if label and after_heading and len(words) <= 2:
        return ""  # "Ansvarlig: Name" right under a heading: that heading's leader line
    return heading_department(head) or None


@dataclass(frozen=True)
class UnitSheet:
    """A sheet that pairs units with their leaders."""

    sheet: str
    key: int  # the list's column its units are matched with
    given: dict[str, Given]  # normalised unit → the leader as the sheet gives them
    above: dict[str, Given]  # normalised unit → its leader's own leader ("Refererer til")
    names: dict[str, str] = field(default_factory=dict)  # unit code → the unit's name
    name_header: str = ""  # the sheet's column of unit names
    # a unit → its leader while an acting one leads it (on leave): led as its leader would be
    regular: dict[str, Given] = field(default_factory=dict)


def _norm(text: str) -> str:
    return normal_name(text)


def find_unit_sheet(others: Sequence[Sheet], texts: Sequence[Sequence[str]],
                    columns: Sequence[tuple[int, str]], people: Sequence[Who],
                    findings: Findings, today: dt.date | None = None) -> UnitSheet | None:
    """The other sheet whose rows pair the list's unit values (``columns``: index, header) with
    people in the list, with what does not fit said; or None."""
    values: dict[int, set[str]] = {}
    for col, _ in columns:
        seen = {_norm(t[col]) for t in texts if col < len(t) and t[col]}
        if 1 <= len(seen) < len(texts):  # a unit is shared by several employees
            values[col] = seen
    if not values:
        return None
    directory = Directory(people)
    best: tuple[int, Sheet, int, int, int, int | None] | None = None
    every = set().union(*values.values())
    others = [_unit_lists_apart(sheet, every) for sheet in others]
    for sheet in others:
        grid = [(n, [cell_text(v) for v in row]) for n, row in sheet.rows]
        width = max((len(r) for _, r in grid), default=0)
        for key_col in range(width):
            for col, seen in values.items():
                matched = [r for r in grid if key_col < len(r[1]) and _norm(r[1][key_col]) in seen]
                if len(matched) < 2:
                    continue
                person, count = _person_column(matched, key_col, width, directory,
                                               _header_of([r for _, r in grid], key_col, seen))
                if person is None or count < max(2, len(matched) // 2):
                    continue
                email = _email_column(matched, person, width)
                score = count * 10 + len(matched)
                if best is None or score > best[0]:
                    best = (score, sheet, key_col, col, person, email)
    if best is None:
        return None
    _, sheet, key_col, col, person, email = best
    return _read_sheet(sheet, key_col, col, person, email, values[col], columns, directory,
                       findings, [o for o in others if o is not sheet], today)


_LIST_APART = re.compile(r"\s*[,;]\s*")


def _unit_lists_apart(sheet: Sheet, units: set[str]) -> Sheet:
    """A sheet whose cells name several of the list's units each ("Lager, Forsendelse,
    Returvarer" under "Leder for"): each such row as one row for each unit."""
    rows: list[tuple[int, tuple[Any, ...]]] = []
    changed = False
    for n, values in sheet.rows:
        at, parts = next(((i, found) for i, v in enumerate(values) if isinstance(v, str)
                          and ("," in v or ";" in v) and len(found := [
                              p for p in _LIST_APART.split(v.strip()) if p]) >= 2
                          and all(_norm(p) in units for p in found)), (None, []))
        if at is None:
            rows.append((n, values))
            continue
        changed = True
        rows += [(n, (*values[:at], part, *values[at + 1:])) for part in parts]
    return dataclasses.replace(sheet, rows=tuple(rows)) if changed else sheet


def _header_of(grid: Sequence[Sequence[str]], key: int, seen: set[str]) -> Sequence[str]:
    """A units sheet's header: its first row of two cells or more whose key cell holds no unit
    of the list (not a title line over it), else its first row whose key cell holds none."""
    rows = [r for r in grid if key < len(r) and r[key] and _norm(r[key]) not in seen]
    return next((r for r in rows if sum(map(bool, r)) >= 2), rows[0] if rows else [])


def _person_column(rows: Sequence[tuple[int, list[str]]], key: int, width: int,
                   directory: Directory, head: Sequence[str] = ()) -> tuple[int | None, int]:
    """The column whose cells find one person in the list on most rows; of columns that find
    as many, one headed as the leader ("Personaleleder") before one that is not
    ("Budgetansvarlig", "Stedfortræder")."""
    best: tuple[int | None, int, bool] = (None, 0, False)
    for col in range(width):
        if col == key:
            continue
        count = sum(1 for _, r in rows if col < len(r) and r[col]
                    and _finds(directory, r[col]))
        headed = col < len(head) and _heads_leader(head[col])
        if count > best[1] or (count == best[1] and count and headed and not best[2]):
            best = (col, count, headed)
    return best[0], best[1]


def _second_leader(sheet: Sheet, key: int, person: int, head: Sequence[str], seen: set[str],
                   directory: Directory) -> int | None:
    """Another column of a units sheet that finds people on the list on as many of the
    list's units as the leader column does, where neither is headed as the leader
    ("Afdelingssygeplejerske" beside "Ledende overlæge") and the other is no deputy, approver
    or leader above: its index, or None."""
    def header(col: int) -> str:
        return head[col] if col < len(head) else ""

    if _heads_leader(header(person)):
        return None
    rows = [[cell_text(v) for v in row] for _, row in sheet.rows]
    rows = [r for r in rows if key < len(r) and _norm(r[key]) in seen]

    def who(r: Sequence[str], col: int) -> str:
        if col >= len(r) or not r[col]:
            return ""
        leader = directory.resolve(Given(text=r[col]), -1)
        return leader.number or leader.name if leader.found and not leader.ambiguous else ""

    leaders = [who(r, person) for r in rows]
    best = sum(map(bool, leaders))
    for col in range(max((len(r) for r in rows), default=0)):
        words = set(WORD.findall(header(col).casefold()))
        if col in (key, person) or best < 2 or words & DEPUTY or words & set(APPROVERS) or (
                says(header(col), LEADER) and not _heads_leader(header(col))) or (
                REPORTS.search(header(col))):
            continue
        # (another person than the row's leader column gives: not the same one by number)
        if sum(1 for r, first in zip(rows, leaders, strict=True)
               if first and (second := who(r, col)) and second != first) >= best:
            return col
    return None


def _heads_leader(header: str) -> bool:
    """A header that names the leader, not a deputy, a budget holder or an approver."""
    words = set(WORD.findall(header.casefold()))
    return says(header, LEADER) and not words & DEPUTY and not words & set(APPROVERS)


def _finds(directory: Directory, text: str) -> bool:
    leader = directory.resolve(Given(text=text), -1)
    return leader.found and not leader.ambiguous


def _email_column(rows: Sequence[tuple[int, list[str]]], person: int, width: int) -> int | None:
    for col in range(width):
        if col != person and sum(1 for _, r in rows if col < len(r) and valid_email(r[col])) \
                >= len(rows) / 2:
            return col
    return None


def _read_sheet(sheet: Sheet, key: int, col: int, person: int, email: int | None,
                seen: set[str], columns: Sequence[tuple[int, str]], directory: Directory,
                findings: Findings, others: Sequence[Sheet] = (),
                today: dt.date | None = None) -> UnitSheet:
    header = dict(columns)[col]
    given: dict[str, Given] = {}
    rows_of: dict[str, list[int]] = defaultdict(list)
    shown: dict[str, str] = {}
    unmatched: list[tuple[int, str]] = []
    borrowed: list[tuple[int, str, str, str]] = []  # a unit led by another unit's leader
    role = _role_column(sheet, (key, person, email))
    head = _header_of([[cell_text(v) for v in row] for _, row in sheet.rows], key, seen)
    period = _acting_period(head) if today is not None else None
    regular: dict[str, Given] = {}  # a unit's leader, present, while an acting one leads
    other = _second_leader(sheet, key, person, head, seen, directory)
    if other is not None:
        first, second = (head[i] if i < len(head) else "" for i in (person, other))
        findings.error("unit-sheet-two-columns", f'The sheet "{sheet.name}" gives each unit two '
                       f'people, under "{first}" and "{second}", and neither is headed as the '
                       "leader, so whose employees each person is cannot be told (by their "
                       "profession, perhaps).", 'Add a column "Leder" to the list with each '
                       "employee's leader (name, number or e-mail), and run the command again.")
    for n, row in sheet.rows:
        texts = [cell_text(v) for v in row]
        unit = texts[key] if key < len(texts) else ""
        who = texts[person] if person < len(texts) else ""
        address = texts[email] if email is not None and email < len(texts) else ""
        acting = _acting(texts, (key, person, email), directory, head) if unit and (
            not who or vacancy(who)) else None
        if acting is None and unit and who and period is not None and today is not None and (
                now := _acting(texts, (key, person, email, *period), directory, head)) and (
                _within(texts, period, today)):
            # "Konstitueret leder" Ulla Thomsen, "Konstitueret fra/til" 01.09.2026–28.02.2027
            # beside the leader on leave: she leads the unit now; a period gone by or to come
            # leaves the leader as the sheet gives them
            acting = now
            regular[_norm(unit)] = Given(text=who, email=address if valid_email(address) else "")
        if unit and not who and acting is None and _norm(unit) in seen:
            # "Ledes af lederen for 210 (Køreplaner)": another unit's leader leads it; an
            # empty leader cell: the unit above leads it, where the sheet says which that is
            leading = _led_as(texts, (key, person, email), key, sheet)
            borrowed.append((n, _norm(unit), unit, leading))
        if not unit or (not who and acting is None) or (role is not None and not leads(
                texts[role] if role < len(texts) else "")):
            continue  # (a deputy beside the unit's leader: "Stedfortræder")
        if _norm(unit) not in seen:
            if _finds(directory, who) or valid_email(address):
                unmatched.append((n, unit))
            continue
        this = Given(text=who, email=address if valid_email(address) else "")
        if acting is not None:
            # "– (vakant)" or nothing, and beside it "Konstitueret leder" 03317 or "Fungerende
            # leder indtil ny er ansat: MCH": the one who leads the unit for now
            this = acting
            state = "taken by an acting leader for now" if _norm(unit) in regular else (
                "vacant" if who else "empty")
            findings.note("unit-acting", f'The leader\'s post of the unit "{unit}" is '
                          f'{state} on the sheet "{sheet.name}" (row '
                          f'{n}); its employees are led by "{acting.text}", named there as '
                          "acting leader.")
        rows_of[_norm(unit)].append(n)
        shown[_norm(unit)] = unit
        if _norm(unit) in given and given[_norm(unit)] != this:
            continue
        given.setdefault(_norm(unit), this)
    unnamed: set[str] = set()  # units whose row names no leader
    for n, unit, written, leading in borrowed:
        if not leading and unit not in given:
            given[unit] = Given(text=_NO_LEADER)  # (led by the unit above, if any: below)
            rows_of[unit].append(n)
            shown[unit] = written
            unnamed.add(unit)
        # "Ledes af lederen for 210 (Køreplaner)": led by the leader of the unit it names
        if leading and _norm(leading) in given and unit not in given:
            given[unit] = given[_norm(leading)]
            rows_of[unit].append(n)
            shown[unit] = written
            findings.note("unit-led-as", f'The unit "{written}" has no leader of its own on '
                          f'the sheet "{sheet.name}" (row {n}); its remark names the unit '
                          f'"{leading}", so its employees are led by that unit\'s leader, '
                          f"{directory.resolve(given[unit], -1).name or given[unit].text}.")
    vacant = _vacant_posts(given, _parents(sheet, key, person, given))
    above = _above(sheet, key, person, email, seen, directory) or _parents(
        sheet, key, person, given) or _outline_parents(given) or _groups_led(
        sheet, key, (key, person, email), seen, others, directory)
    names, name_header = _names(sheet, key, person, email, seen, directory)
    where = f'the sheet "{sheet.name}"'
    for unit in vacant:
        named = f'"{shown[unit]}"' + (f' ({names[unit]})' if unit in names else "")
        state = (f"The unit {named} has no leader on" if unit in unnamed else
                 f"The leader's post of the unit {named} is vacant on")
        findings.note("unit-vacant", f"{state} {where}; its employees are led by "
                      f"{directory.resolve(given[unit], -1).name or given[unit].text}, the "
                      "leader of the unit above it.")
    for unit, rows in rows_of.items():
        # the same person written twice (by name, then by number) is one leader
        leaders = {_leader_key(directory, _given_at(row, person, email))
                   for n, row in sheet.rows if n in rows}
        if len(leaders) > 1:
            findings.error("unit-two-leaders", f'The unit "{shown[unit]}" has {len(leaders)} '
                           f"leaders on {where} (rows {', '.join(map(str, rows))}), so mus "
                           "cannot tell whose employees its people are.", "Keep one leader per "
                           f"unit on {where}, or add a column \"Leder\" to the list with each "
                           "employee's leader.")
            given.pop(unit, None)
    if unmatched:
        named = ", ".join(f'"{u}" (row {n})' for n, u in unmatched)
        findings.warn("unit-sheet-unmatched", f"The units {named} on {where} match no value of "
                      f'the column "{header}" in the list, so their leaders were given to '
                      "nobody.", f'Write each unit on {where} exactly as in the column "{header}".'
                      , None, header)
    return UnitSheet(sheet.name, col, given, above, names, name_header, regular)


# "Ledes af lederen for 210", "Samme leder som Kundecenter", "Dækkes af 310": a unit led by
# another unit's leader
_LED_AS = re.compile(r"\b(?:ledes\s+af|led\s+by|samme\s+(?:leder\s+)?som|same\s+(?:manager\s+)?as|"
                     r"dækkes\s+af|varetages\s+af|under\s+lederen\s+(?:for|af))\b", re.IGNORECASE)


_TOKEN = re.compile(r"[\w.&-]+")


def _led_as(texts: Sequence[str], used: Sequence[int | None], key: int, sheet: Sheet) -> str:
    """The one other unit of the sheet (its key, as written) that a unit's remark says leads
    it, by its key or another of its row's words ("… for 210", "… som Kundecenter"), or ""."""
    found = next((m for i, t in enumerate(texts) if i not in used and (m := _LED_AS.search(t))),
                 None)
    if found is None:
        return ""
    said = " " + _norm(" ".join(_TOKEN.findall(found.string[found.end():]))) + " "
    own = _norm(texts[key]) if key < len(texts) else ""
    units = set()
    for _, row in sheet.rows:
        cells = [cell_text(v) for v in row]
        unit = cells[key] if key < len(cells) else ""
        if not unit or _norm(unit) == own:
            continue
        if any(f" {_norm(t)} " in said for i, t in enumerate(cells)
               if t and (i == key or (i not in used and len(t) >= 3))):
            units.add(unit)
    return units.pop() if len(units) == 1 else ""


_ACTING_WORD = re.compile(r"\b(?:" + alternatives(ACTING) + r")\b\.?", re.IGNORECASE)


def _acting_period(head: Sequence[str]) -> tuple[int, int] | None:
    """The columns of an acting leader's first and last day ("Konstitueret fra", "Konstitueret
    til"), or None."""
    days = [i for i, h in enumerate(head) if _ACTING_WORD.search(h) and (
        set(WORD.findall(h.casefold())) & {"fra", "til", "from", "to", "until", "start", "slut"})]
    if len(days) == 2:
        return days[0], days[1]
    # one column of both days: "Konstitutionsperiode" 01.09.2026–28.02.2027
    spans = [i for i, h in enumerate(head) if h and re.search(
        r"(?:konstitu|fungerende|acting|interim)\w*\s*-?\s*period|konstitutionsperiode",
        h, re.IGNORECASE)]
    return (spans[0], spans[0]) if len(spans) == 1 else None


def _within(texts: Sequence[str], period: tuple[int, int], today: dt.date) -> bool:
    """Whether today lies in the row's period (an empty end: still on); a day mus cannot read
    ("efter behov") makes no period, and the unit's leader leads as the sheet gives them."""
    try:
        if period[0] == period[1]:  # "01.09.2026–28.02.2027" in one cell
            text = texts[period[0]] if period[0] < len(texts) else ""
            parts = [p.strip() for p in re.split(r"\s*(?:–|—|\s-\s|-(?=\d{1,2}[./])|\btil\b)\s*",
                                                 text) if p.strip()]
            if len(parts) != 2:
                return False
            first, last = (read_date(part, DMY) for part in parts)
        else:
            first, last = (read_date(texts[i], DMY) if i < len(texts) and texts[i] else None
                           for i in period)
    except ValueError:
        return False
    return (first is None or first <= today) and (last is None or today <= last) and bool(
        first or last)


def _acting(texts: Sequence[str], used: Sequence[int | None], directory: Directory,
            head: Sequence[str] = ()) -> Given | None:
    """The acting leader a unit's row names beside a vacant post: in a column headed so
    ("Konstitueret leder", with the address in the next column), or in a remark ("Fungerende
    leder indtil ny er ansat: MCH", "konst. Hanne Bang": the words after the acting word, or
    after its colon); one person in the list, or None."""
    for col, text in enumerate(texts):
        if col in used or not text:
            continue
        if col < len(head) and _ACTING_WORD.search(head[col]) and _finds(directory, text):
            after = texts[col + 1] if col + 1 < len(texts) else ""
            return Given(text=text, email=after if valid_email(after) else "")
        if (said := REPORTS.search(text)) is not None and (
                who := _person_after(text[said.end():], directory)) is not None:
            # "teamet refererer direkte til Ebbe Dalsgaard (CTO) indtil ny lead er ansat"
            return who
        if not (word := _ACTING_WORD.search(text)):
            continue
        rest = text[word.end():]
        rest = rest.rpartition(":")[2] if ":" in rest else rest
        words = rest.replace("(", " ").replace(")", " ").strip(" .,;–-").split()
        for size in (3, 2, 1):  # the name (or initials, number) last in the cell
            if len(words) >= size and _finds(directory, " ".join(words[-size:])):
                return Given(text=" ".join(words[-size:]))
    return None


def _person_after(text: str, directory: Directory) -> Given | None:
    """The one person on the list a text names first, by two to four words of a name
    ("direkte til Ebbe Dalsgaard (CTO) indtil …"), or None."""
    words = text.replace("(", " ").replace(")", " ").replace(",", " ").split()
    for at in range(len(words)):
        for size in (4, 3, 2):
            if at + size <= len(words) and _finds(directory, " ".join(words[at:at + size])):
                return Given(text=" ".join(words[at:at + size]))
    return None


def _role_column(sheet: Sheet, used: Sequence[int | None]) -> int | None:
    """A column of each row's role ("Rolle": Leder, Stedfortræder): a few words, filled on
    every row, some that say they lead and some that do not; None where there is none."""
    rows = [[cell_text(v) for v in row] for _, row in sheet.rows[1:]]
    for col in range(max((len(r) for r in rows), default=0)):
        if col in used:
            continue
        values = [r[col] if col < len(r) else "" for r in rows]
        if not all(values) or len(set(values)) > 5:
            continue
        leading = {v for v in values if leads(v)}
        if leading and leading != set(values):
            return col
    return None


_OUTLINE = re.compile(r"^\d+(?:\.\d+)+$")  # "2.1", "3.2.4": the unit under "2", under "3.2"


def _outline_parent(unit: str, given: Mapping[str, Given]) -> str:
    """The unit an outline number is under, where the sheet has it ("2.1" → "2"), or ""."""
    while _OUTLINE.match(unit):
        unit = unit.rpartition(".")[0]
        if unit in given:
            return unit
    return ""


# a unit whose row on the units sheet names no leader (led by the unit above it, if known)
_NO_LEADER = "vakant"


def _vacant_posts(given: dict[str, Given], parents: Mapping[str, Given]) -> list[str]:
    """A unit whose leader is a vacant post ("vakant", "Stillingen slået op"): led by the unit
    above it, where outline numbers ("2.3" under "2") or a column of the units above show it
    (the units so led are returned, to be said); else no leader (said as a unit without
    one)."""
    led: list[str] = []
    for unit in sorted(given, key=lambda u: u.count(".")):  # (the units above first)
        if given[unit].text and vacancy(given[unit].text) and not given[unit].email:
            parent = _outline_parent(unit, given)
            if parent:
                given[unit] = given[parent]
            elif unit in parents and not vacancy(parents[unit].text):
                given[unit] = parents[unit]
                led.append(unit)
            else:
                given.pop(unit)
    return led


def _outline_parents(given: Mapping[str, Given]) -> dict[str, Given]:
    """Units numbered as an outline ("2", "2.1", "2.2"): a unit's leader reports to the leader
    of the unit its number is under."""
    return {unit: given[parent] for unit in given
            if (parent := _outline_parent(unit, given)) and given[parent] != given[unit]}


def _parents(sheet: Sheet, key: int, person: int, given: dict[str, Given]) -> dict[str, Given]:
    """A column of the units above ("Overordnet enhed": another unit's code on every row but
    the top's): a unit's leader reports to the leader of the unit above."""
    rows = [[cell_text(v) for v in row] for _, row in sheet.rows]
    rows = [r for r in rows if key < len(r) and _norm(r[key]) in given]
    width = max((len(r) for r in rows), default=0)
    # the units as the table keys them, or by another column of one value each (their codes,
    # where the table keys them by name: "Refererer til afd." gives the code)
    names = [{_norm(r[key]): _norm(r[key]) for r in rows}]
    for col in range(width):
        if col not in (key, person) and len(found := {
                _norm(r[col]): _norm(r[key]) for r in rows if col < len(r) and r[col]}) == len(
                rows):
            names.append(found)
    for col in range(width):
        if col in (key, person):
            continue
        filled = [r for r in rows if col < len(r) and r[col].strip(" -–—")]  # ("–": the top)
        for unit in names:
            # (the top's own may name a body outside the list: "Center for Ortopædi
            # (Direktion)" over the department, one row at most)
            inside = [r for r in filled if _norm(r[col]) in unit]
            if len(filled) >= 2 and len(filled) >= len(rows) - 1 and len(inside) >= max(
                    2, len(filled) - 1) and all(unit[_norm(r[col])] != _norm(r[key])
                                                for r in inside):
                return {_norm(r[key]): given[unit[_norm(r[col])]] for r in inside}
    return {}


def _names(sheet: Sheet, key: int, person: int, email: int | None, seen: set[str],
           directory: Directory) -> tuple[dict[str, str], str]:
    """Where the units are codes ("122"), a column that names each of them ("IT Udvikling"):
    text, one name per code, not people."""
    grid = [[cell_text(v) for v in row] for _, row in sheet.rows]
    rows = [r for r in grid if key < len(r) and _norm(r[key]) in seen]
    if not rows or sum(_code(r[key]) for r in rows) < len(rows) * 0.8:
        return {}, ""  # (not "Afsnit R1 Neurorehabilitering": a name with a number in it)
    header = _header_of(grid, key, seen)
    for col in range(max(len(r) for r in rows)):
        if col in (key, person, email):
            continue
        texts = [r[col] if col < len(r) else "" for r in rows]
        if all(t and any(c.isalpha() for c in t) and "@" not in t for t in texts) and len(
                set(texts)) == len(texts) and not any(_finds(directory, t) for t in texts):
            return ({_norm(r[key]): r[col] for r in rows},
                    header[col] if col < len(header) else "")
    return {}, ""


def _code(text: str) -> bool:
    """A unit's code: a digit in it, and no more than two words ("122", "R-4", "Afd 12"), or
    a few capitals ("DIR", "BEH", "REST")."""
    return (any(c.isdigit() for c in text) and len(text.split()) <= 2) or (
        2 <= len(text) <= 6 and text.isalpha() and text.isupper())


def _groups_led(sheet: Sheet, key: int, used: Sequence[int | None], seen: set[str],
                 others: Sequence[Sheet], directory: Directory) -> dict[str, Given]:
    """A column of the groups the units belong to ("Region": Syd, Nord), each group led by the
    person another sheet gives for it ("Regioner": Syd | Marek Lindqvist | mali@…): a unit's
    leader reports to their group's leader. {} where no column and sheet fit so."""
    rows = [[cell_text(v) for v in row] for _, row in sheet.rows]
    rows = [r for r in rows if key < len(r) and _norm(r[key]) in seen]
    for col in range(max((len(r) for r in rows), default=0)):
        if col in used:
            continue
        groups = {_norm(r[col]) for r in rows if col < len(r) and r[col]}
        filled = sum(1 for r in rows if col < len(r) and r[col])
        if not groups or len(groups) >= filled or filled < len(rows) - 1:
            continue  # (a group holds several units; the top's row may have none)
        led = _group_leaders(groups, others, directory)
        if led:
            return {_norm(r[key]): led[_norm(r[col])] for r in rows
                    if col < len(r) and _norm(r[col]) in led}
    return {}


def _group_leaders(groups: set[str], others: Sequence[Sheet],
                   directory: Directory) -> dict[str, Given]:
    """The sheet that pairs every one of ``groups`` with one person in the list: group → that
    person (with the address beside them); {} where none does."""
    for other in others:
        grid = [(n, [cell_text(v) for v in row]) for n, row in other.rows]
        width = max((len(r) for _, r in grid), default=0)
        for key in range(width):
            matched = [(n, r) for n, r in grid if key < len(r) and _norm(r[key]) in groups]
            if {_norm(r[key]) for _, r in matched} != groups:
                continue
            person, count = _person_column(matched, key, width, directory)
            if person is None or count < len(matched):
                continue
            email = _email_column(matched, person, width)
            return {_norm(r[key]): _given_at(r, person, email) for _, r in matched}
    return {}


def _above(sheet: Sheet, key: int, person: int, email: int | None, seen: set[str],
           directory: Directory) -> dict[str, Given]:
    """A column beside the leaders that names, for most units, another person on the list:
    whom each unit's leader reports to ("Refererer til", "Reports to"); the top may name
    someone outside ("Bestyrelsen")."""
    grid = [[cell_text(v) for v in row] for _, row in sheet.rows]
    rows = [r for r in grid if key < len(r) and _norm(r[key]) in seen]
    header = _header_of(grid, key, seen)
    width = max((len(r) for r in rows), default=0)
    for col in range(width):
        if col in (key, person, email) or (col < len(header) and (
                (DEPUTY | set(APPROVERS)) & set(WORD.findall(header[col].casefold()))
                or _ACTING_WORD.search(header[col]))):
            continue  # (the unit's deputy, "Stedfortræder", stands in for its leader; who
            # holds its budget, "Budgetansvarlig", approves, and may be anyone above; an
            # acting leader, "Konstitueret leder", leads the unit for a while, not its leader)
        filled = [r[col] for r in rows if col < len(r) and r[col]]
        found = sum(1 for text in filled if _finds(directory, text))
        if found and sum(_leader_key(directory, _given_at(r, col, None)) == _leader_key(
                directory, _given_at(r, person, None)) for r in rows) * 2 > len(rows):
            continue  # the unit's leader again, written otherwise ("Leder" beside "Nr")
        if found >= 1 and found >= (len(filled) - 1) / 2 and found >= len(rows) / 2:
            # the one reported to, with the address the sheet gives where they lead a unit
            # themselves ("Bente Jensen" beside Direktionen's "bj@…")
            addresses = {_norm(r[person]): r[email] for r in rows
                         if email is not None and max(person, email) < len(r)
                         and valid_email(r[email])}
            beside = _addresses_of(rows, col, (key, person, email))
            return {_norm(r[key]): Given(text=r[col], email=addresses.get(
                        _norm(r[col]), beside.get(_norm(r[col]), "")))
                    for r in rows if col < len(r) and r[col] and _finds(directory, r[col])}
    return {}


def _addresses_of(rows: Sequence[Sequence[str]], col: int,
                  used: Sequence[int | None]) -> dict[str, str]:
    """The addresses a column of its own gives the people of ``col`` ("Områdechef" beside
    "Områdechef mail"): an address wherever the person is given, one per person and one
    person per address. {} where no column does."""
    filled = [r for r in rows if col < len(r) and r[col]]
    for other in range(max((len(r) for r in rows), default=0)):
        if other in used or other == col:
            continue
        pairs = {(_norm(r[col]), r[other].casefold()) for r in filled
                 if other < len(r) and r[other]}
        if not filled or not all(other < len(r) and valid_email(r[other]) for r in filled):
            continue
        people = {p for p, _ in pairs}
        if len(pairs) == len(people) == len({a for _, a in pairs}):
            return {_norm(r[col]): r[other] for r in filled}
    return {}


def _leader_key(directory: Directory, given: Given) -> str:
    leader = directory.resolve(given, -1)
    return leader.number if leader.found and not leader.ambiguous else normal_name(given.text)


def _given_at(row: Sequence[object], person: int, email: int | None) -> Given:
    who = cell_text(row[person]) if person < len(row) else ""
    address = cell_text(row[email]) if email is not None and email < len(row) else ""
    return Given(text=who, email=address if valid_email(address) else "")


def apply_unit_sheet(found: UnitSheet, texts: Sequence[Sequence[str]], rows: Sequence[int],
                     set_given: Callable[[int, Given], None], header: str,
                     findings: Findings, people: Sequence[Who],
                     has_leader: Callable[[int], bool] | None = None,
                     instead: str = "Where the list's leader column is empty") -> None:
    """Each employee's leader is their unit's leader on the sheet, and a unit's leader's own
    the one the sheet says they report to; units without one said (``has_leader``: rows the
    list's own leader column gives a leader, kept as given)."""
    directory = Directory(people)
    led: list[int] = []
    missing: dict[str, list[int]] = defaultdict(list)
    unled: list[tuple[int, int, str]] = []  # units' leaders whom the sheet gives no one above
    # the unit each leader leads, where they lead one only: a leader placed elsewhere ("A1",
    # the secretariat where their office is) reports to the one above the unit they lead
    heads: dict[str, set[str]] = defaultdict(set)
    for name, unit_leader in found.given.items():
        heads[_leader_key(directory, unit_leader)].add(name)
    elsewhere: list[int] = []
    # units as paths ("Vejdirektoratet/Drift/Trafikcentralen"): a unit the sheet gives no
    # leader, and a unit's own leader, are led by the nearest unit up the path that has one
    separator = path_separator([c[found.key] for c in texts if found.key < len(c)])
    up: list[int] = []
    for i, cells in enumerate(texts):
        if has_leader is not None and has_leader(i):
            continue
        unit = cells[found.key] if found.key < len(cells) else ""
        own = heads.get(people[i].number, set()) if i < len(people) else set()
        if unit and len(own) == 1 and _norm(unit) not in own and (
                lead := next(iter(own))) in found.above:
            set_given(i, found.above[lead])
            led.append(rows[i])
            elsewhere.append(rows[i])
            continue
        given = found.given.get(_norm(unit)) if unit else None
        if given is None and unit and separator is not None:
            given = _up_the_path(unit, separator, found.given, directory, i)
            if given is not None:
                up.append(rows[i])
        if given is None:
            if unit:
                missing[unit].append(rows[i])
            continue
        if _norm(unit) in found.regular and directory.resolve(
                found.regular[_norm(unit)], i).is_self:
            given = Given(text=people[i].name)  # the leader on leave: led as the unit's leader
        if directory.resolve(given, i).is_self:
            if _norm(unit) in found.above:
                given = found.above[_norm(unit)]  # the unit's leader: whom they report to
            elif separator is not None and (
                    above := _up_the_path(unit, separator, found.given, directory, i)):
                given = above
                up.append(rows[i])
            else:
                unled.append((i, rows[i], unit))
        set_given(i, given)
        led.append(rows[i])
    _led_by_the_top(found, unled, set_given, header, findings)
    if up:
        findings.note("unit-sheet-path", f'{rows_text(up).capitalize()} lead their unit on the '
                      f'sheet "{found.sheet}", or are in a unit it gives no leader: their '
                      "leader is the one of the nearest unit up the path that has one.", up[0],
                      header, up)
    if elsewhere:
        findings.note("unit-leader-elsewhere", f"{rows_text(elsewhere).capitalize()} lead a "
                      f'unit on the sheet "{found.sheet}" other than the one they are placed '
                      "in, so their leader is the one above the unit they lead.", elsewhere[0],
                      header, elsewhere)
    if led:
        findings.note("unit-sheet-leaders", (
            instead if has_leader is not None else
            "The list has no leader column") + f': each employee\'s leader is the leader the '
            f'sheet "{found.sheet}" gives for their "{header}" ({rows_text(led)}).', led[0],
            header, led)
    for unit, where in missing.items():
        findings.warn("unit-sheet-missing", f'The unit "{unit}" ({rows_text(where)}) has no '
                      f'leader on the sheet "{found.sheet}", so its employees have no leader.',
                      f'Add the unit and its leader to the sheet "{found.sheet}".', where[0],
                      header, where)


def _up_the_path(unit: str, separator: str, given: dict[str, Given], directory: Directory,
                 own: int) -> Given | None:
    """The leader of the nearest unit up ``unit``'s path that the sheet gives one who is not
    the row's own person."""
    for written in units_above(unit, separator):
        for joined in written:
            leader = given.get(_norm(joined))
            if leader is not None and not directory.resolve(leader, own).is_self:
                return leader
    return None


_TOP_TAIL = re.compile(r"\s[–—-]\s*(\w+)\s*$")


def _led_by_the_top(found: UnitSheet, unled: Sequence[tuple[int, int, str]],
                    set_given: Callable[[int, Given], None], header: str,
                    findings: Findings) -> None:
    """Units' leaders in their own units whom the sheet gives no one to report to, one of
    their units the top management ("Direktion"): the others report to its leader, warned
    (the sheet does not say so); otherwise they have no leader, as the top of a list has."""
    # the top management by its name, or by a name that ends in it ("Dagplejen – ledelse")
    # (a unit given as a code, "1", by the name the sheet gives it: "Direktion")
    tops = [(i, r, u) for i, r, u in unled if top_unit(name := found.names.get(u, u))
            or ((tail := _TOP_TAIL.search(name)) is not None
                and tail.group(1).casefold() in TOP_UNITS)]
    if len(unled) < 2 or len(tops) != 1:
        return
    _, top_row, top_name = tops[0]
    boss = found.given[_norm(top_name)]
    others = [(i, r, u) for i, r, u in unled if r != top_row]
    for i, _, _ in others:
        set_given(i, boss)
    findings.warn("unit-leaders-top", f'The sheet "{found.sheet}" does not say whom the '
                  f"leaders of the units report to ({rows_text([r for _, r, _ in others])}); "
                  f'they are read as led by {boss.text}, the leader of "{top_name}".',
                  f'If that is wrong, add a column "Refererer til" to the sheet "{found.sheet}" '
                  "with each unit leader's own leader, and run the command again.",
                  others[0][1], header, [r for _, r, _ in others])


# "… refererer til indehaver Mikkel Kærgaard (mikkel@…).": whom everyone reports to
_REPORTS_TO = re.compile(REPORTS.pattern + r"\s+(.+)$", re.IGNORECASE)
# "Medarbejdere med Poul Kristensen som nærmeste leder", "… with Ann Lee as manager"
_LED_BY = re.compile(r"\b(?:med|with)\s+(\S+(?:\s+\S+){1,3}?)\s+(?:som|as)\s+(?:deres\s+|their\s+)?"
                     r"(?:nærmeste\s+)?(?:leder|chef|manager|line manager)\b", re.IGNORECASE)
# a heading's last clause that says whom its leader reports to, set apart by a dash or a dot
_REPORTS_CLAUSE = re.compile(r"\s+[–—·|-]\s+(?=" + REPORTS.pattern + r")", re.IGNORECASE)


def reports_to(text: str, names: ListNames) -> HeadingLeader | None:
    """A sentence over a list without a leader column that says whom all its people report to
    ("Alle medarbejdere refererer til indehaver Mikkel Kærgaard (mikkel@…)"): that person, where
    the words after the phrase (a role word before them allowed) are the name of someone on the
    list; None otherwise."""
    found = _REPORTS_TO.search(" ".join(text.split()).rstrip(". "))
    if found is None:
        return None
    rest = found.group(1).strip()
    address = _ADDRESS_AFTER.search(rest)
    if address:
        rest = rest[:address.start()].rstrip()
    words = rest.rstrip(".").split(" ")
    for skip in (0, 1):  # "indehaver Mikkel Kærgaard": the role, then the name
        name = " ".join(words[skip:])
        if len(words) - skip >= 2 and name in names:
            return HeadingLeader("", name, True, address.group(1) if address else "")
    return None
