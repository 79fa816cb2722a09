"""One column for each field, among those whose header could be it, confirmed by their cells.

Where several columns could be one field, the specific header wins (``EmployeeId`` over ``Id``);
a hidden column never beats a shown one; a column of directory GUIDs is never the employee
number; a column whose cells contradict its header (an "E-mail" of ``ja``/``nej``, a "Leder"
that says whether someone is a leader) is not used, and `mus check` says so; two leader columns
that disagree are told apart by which one names people on the list, other columns by what they
hold (ranking.py), and the choice is said. Two columns that are still even and disagree about a
field that decides who gets what are refused with both named, never chosen between quietly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.columns import LABELS, LEADER_FIELDS, NUMBER
from pipeline.sheets.dates import without_years, years_in
from pipeline.sheets.evidence import NO_VALUE, is_no_value, judge, split_address
from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import accepted, value_at
from pipeline.sheets.headerwords import APPROVERS, header_words
from pipeline.sheets.leaders import names_level_above
from pipeline.sheets.leaderwords import ACTING
from pipeline.sheets.names import is_guid, normal_name, turn_around
from pipeline.sheets.ranking import BY_HEADER, CONTENT_FIRST, rank
from pipeline.sheets.table import Sheet
from pipeline.sheets.unitlevels import nested_levels
from pipeline.sheets.values import cell_text

# Fields where two disagreeing columns would put a value on the wrong person or send mail to the
# wrong address: refused. For the others the left-most column is used and a warning says so.
DECIDING = ("number", "name", "name_reversed", "first", "last", "email", "leader",
            "leader_number", "leader_email", "meeting_date")
# Fields without which no list can be read: a column headed as one of them whose cells say
# otherwise is a mistake, not a warning.
_REQUIRED = ("number", "name", "name_reversed", "first")
# Fields that stand in for one another: the name, or first and last name.
_INSTEAD = {"name": ("name_reversed", "first"), "name_reversed": ("name", "first"),
            "first": ("name", "name_reversed")}
_SAMPLE = 2000
Rows = Sequence[tuple[int, tuple[Any, ...]]]


def cells(rows: Rows, index: int, limit: int | None = None) -> list[tuple[int, Any]]:
    """(row, value) of the column's filled cells, the first ``limit`` of them."""
    out = []
    for number, values in rows:
        value = value_at(values, index)
        if value is not None and cell_text(value):
            out.append((number, value))
            if limit and len(out) >= limit:
                break
    return out


# Headers of a column of values that hold now or soon instead of the field's own: "Ny leder",
# and one who leads for a while ("Fungerende leder", "Konstitueret leder", "Acting manager")
# (and who leads for now: a "Fungerende leder" column is the new leader's, for a while)
# A column of new values beside the field's own ("Ny leder pr. 1/11-2026") or of who leads for
# now ("Fungerende leder")
NEW = frozenset({"ny", "nye", "nyt", "new", "kommende", "fremtidig", "fremtidige", "future",
                 "upcoming", "ændret", "changed"})
_NEW = NEW | ACTING


# A leader column filled only where someone else leads than the one the other column names
# ("Afvigende nærmeste leder" beside "Afdelingsleder"): where it is filled, it is the leader
_OVERRIDE = frozenset({"afvigende", "afvig", "faktisk", "faktiske", "reel", "reelle",
                       "override", "actual", "abweichend", "abweichende", "abweichender",
                       "avvikande", "avvikende"})


def _year_apart(header: str) -> tuple[str, int] | None:
    """("leder", 2026) for "Leder 2026"; None for a header without one year."""
    years = years_in(header)
    if len(years) != 1:
        return None
    return without_years(header).casefold(), years[0]


# Who leads the person (holds the MUS) and who leads the work: a matrix's two leaders
_PERSONNEL = ("personaleleder", "personalleder", "personaleansvarlig", "personalansvarlig",
              "linjeleder", "linjechef")
_PERSONNEL_PAIRS = frozenset({("personale", "leder"), ("personale", "leders"),
                              ("personale", "ansvarlig"), ("line", "manager"),
                              ("people", "manager"), ("disciplinary", "manager")})
# a second, dotted or matrix line of leading (Jostle's "Dotted Line Manager")
_DOTTED = frozenset({"dotted", "stiplet", "matrix", "secondary", "sekundær"})
_PROFESSIONAL = _DOTTED | frozenset({
    "faglig", "fagligt", "fagleder", "fagleders", "fagansvarlig", "projektleder",
    "projektleders", "functional", "fachlich", "fachliche", "fachlicher",
    # a PhD student's supervisor guides the project, not the person
    "vejleder", "hovedvejleder", "bivejleder", "medvejleder",
    # a firm's partner answers for the clients' work ("Ansvarlig partner" beside
    # "Personaleleder"), not for the person
    "partner", "sagsansvarlig", "kundeansvarlig"})
_PROFESSIONAL_PAIRS = frozenset({("project", "manager"), ("project", "lead"),
                                 ("projekt", "leder"), ("projekt", "leders")})


def _personnel(header: str) -> bool:
    words = header_words(header)
    if _DOTTED.intersection(words):
        return False  # "Dotted Line Manager": the other line, not the line manager
    return any(w.startswith(_PERSONNEL) for w in words) or any(
        pair in _PERSONNEL_PAIRS for pair in pairwise(words))


def _professional(header: str) -> bool:
    words = header_words(header)
    return bool(_PROFESSIONAL.intersection(words)) or any(
        pair in _PROFESSIONAL_PAIRS for pair in pairwise(words)) or (
        "vejleder" in header.casefold())  # ("Hovedvejleder" splits as "hovedvej" + "leder")


def says_new(header: str, words: frozenset[str] = _NEW) -> bool:
    """Whether a header speaks of new values (``words``: also of who leads for now)."""
    return bool(words.intersection(re.findall(r"[^\W\d_]+", header.casefold())))


def _nearest_else_above(rows: Sequence[Sequence[str]], a: int, b: int) -> bool:
    """(person, leader column 1, leader column 2) as normal_name writes them: column ``a``
    names the nearest leader and ``b`` the level above (``Pædagogisk leder`` beside
    ``Dagtilbudsleder``, ``Teamleder`` beside ``Afdelingschef``): on every row where ``a`` is
    filled, ``b`` names what it names on that leader's own row; some rows (the nearest
    leaders themselves) have ``b`` alone, and on some both are filled and differ. Nobody
    names themselves (that is the unit leader's shape, above)."""
    if any((r[1] and r[1] == r[0]) or (r[2] and r[2] == r[0]) for r in rows):
        return False
    if not any(not r[a] and r[b] for r in rows) or not any(
            r[a] and r[b] and r[a] != r[b] for r in rows):
        return False
    people = {r[0] for r in rows}
    led = [r for r in rows if r[a]]
    return bool(led) and all(r[a] in people for r in led) and names_level_above(
        [(r[0], r[a], r[b]) for r in rows])


def _differs(rows: Rows, a: int, b: int) -> int | None:
    """The first row where two columns hold different text."""
    for number, values in rows:
        if cell_text(value_at(values, a)).casefold() != cell_text(value_at(values, b)).casefold():
            return number
    return None


_APPROVER = frozenset(APPROVERS)
_NEAREST = frozenset({"nærmeste", "nearest", "direct", "direkte", "line", "linje", "närmaste"})


def _words(header: str) -> set[str]:
    return set(header_words(header))


@dataclass
class Chooser:
    sheet: Sheet
    header_row: int
    headers: Sequence[str]
    rows: Rows
    findings: Findings
    chosen: dict[str, int] = field(default_factory=dict)
    offered: frozenset[str] = frozenset()  # every field some header could be
    levels: list[int] = field(default_factory=list)  # unit columns that nest, coarse to fine
    # the leader column of the level above the chosen one, where that is empty on a row,
    # and the column of that leader's address
    leader_above: int | None = None
    leader_above_email: int | None = None
    overridden: bool = False  # leader_above is the column an "Afvigende leder" overrides

    def _name(self, index: int) -> str:
        return f'"{self.headers[index]}" (column {get_column_letter(index + 1)})'

    @cached_property
    def sample(self) -> Rows:
        """Rows that hold two different values or more: not a heading spread over a merged
        row, which says nothing about what a column holds."""
        out = []
        for number, values in self.rows:
            texts = {cell_text(v) for v in values if v is not None} - {""}
            if len(texts) >= 2:
                out.append((number, values))
                if len(out) >= _SAMPLE:
                    break
        return out

    def confirmed(self, key: str, options: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The options whose cells fit the field; the others are reported."""
        kept, dropped = [], []
        for tier, index in options:
            sample = cells(self.sample, index)
            verdict = judge(key, [v for _, v in sample])
            if verdict.ok:
                kept.append((tier, index))
            else:
                row = next((r for r, v in sample if cell_text(v) == verdict.example), None)
                dropped.append((tier, index, verdict, row))
        required = key in _REQUIRED and not set(_INSTEAD.get(key, ())) & self.offered
        if not kept and required:  # a sole column is refused only on clear evidence
            kept = [(t, i) for t, i, v, _ in dropped if v.fit >= 0.3 or v.seen < 3]
            dropped = [d for d in dropped if (d[0], d[1]) not in kept]
        label = LABELS[key]
        for _, index, verdict, row in dropped:
            what = (f"The column {self._name(index)} is headed as the {label}, but holds "
                    f'{verdict.holds} (row {row}: "{verdict.example}")')
            if kept:
                self.findings.warn("header-content", f"{what}; column "
                                   f"{get_column_letter(kept[0][1] + 1)} is used instead.",
                                   "Check that this is right.", self.header_row,
                                   self.headers[index])
            elif required:
                self.findings.error("header-content", what + ".", "Give the column of the "
                                    f"{label} one of these headers: {accepted(NUMBER)}"
                                    if key == "number" else "Correct the header or the "
                                    "column's contents.", self.header_row, self.headers[index])
            else:
                self.findings.warn("header-content", what + ", so it is not used as the "
                                   f"{label}.", "Rename the column if it is not the "
                                   f"{label}; correct its cells if it is.", self.header_row,
                                   self.headers[index])
        return kept

    def choose(self, key: str, options: list[tuple[int, int]]) -> int | None:
        """One column for one field, or None after saying why none can be used."""
        if key == "number":
            options = self._not_guids(options)
            if not options:
                return None
        options = self._shown(key, options)
        options = self.confirmed(key, options)
        if not options:
            return None
        if key in LEADER_FIELDS and len(options) > 1:
            options = self._personnel_leader(key, options)
        if key in LEADER_FIELDS and len(options) > 1:
            options = self._nearest_over_approver(key, options)
        if key in ("leader", "department") and len(options) > 1:
            options = self._this_year(key, options)
            if self._new_beside(key, options):
                return None
        tiers = sorted({t for t, _ in options})
        with_data = {i for _, i in options if cells(self.rows, i, 1)}
        tier = next((t for t in tiers if any(i in with_data for u, i in options if u == t)),
                    tiers[0])
        chosen = [i for t, i in options if t == tier and (i in with_data or not with_data)]
        if key in CONTENT_FIRST and len(with_data) > 1:  # the work address, whatever its header
            chosen = [i for _, i in options if i in with_data]
        if tier > tiers[0] and key == "number":
            empty = next(i for t, i in options if t == tiers[0])
            self.findings.warn("empty-column", f'The column "{self.headers[empty]}" is empty, '
                               f'so the {LABELS[key]} was taken from '
                               f'"{self.headers[chosen[0]]}".', "Check that this is the number "
                               "your organisation uses.", self.header_row,
                               self.headers[chosen[0]])
        if key == "leader" and len(chosen) == 2:
            chosen = self._override_where_given(chosen)
        if key == "leader" and len(chosen) == 2:
            chosen = self._unit_then_above(chosen)
        if key == "leader" and len(chosen) > 1:
            chosen = self._resolving(chosen)
        lower = [i for _, i in options if i in with_data and i not in chosen]
        if key == "leader" and len(chosen) == 1 and len(lower) == 1 and \
                self.leader_above is None:
            self._level_above_lower(chosen[0], lower[0])
        if key == "leader_email" and len(chosen) == 1 and len(lower) == 1 and \
                self.leader_above is not None and not self.overridden:
            paired = self._address_of_each_level([chosen[0], lower[0]])
            chosen = paired if len(paired) == 1 else chosen
        if key == "leader_email" and len(chosen) == 2 and self.leader_above is None and (
                "leader" not in self.chosen and "email" in self.chosen):
            chosen = self._unit_then_above_by_address(chosen)
        if key == "leader_email" and len(chosen) == 2 and self.leader_above is not None:
            chosen = self._address_of_each_level(chosen)
        elif key == "leader_email" and len(chosen) == 1 and self.overridden and \
                self._address_of_default(chosen[0]):
            return None
        if key == "department" and len(options) > 1:
            chosen = self._finest(chosen, [i for _, i in options])
        if len(chosen) > 1:
            chosen = self._ranked(key, chosen, dict((i, t) for t, i in options))
        first = chosen[0]
        for other in chosen[1:]:
            if not self._agree(key, first, other):
                if key in DECIDING:
                    return None
                break
        self.chosen[key] = first
        return first

    def _personnel_leader(self, key: str, options: list[tuple[int, int]]
                          ) -> list[tuple[int, int]]:
        """A matrix organisation's two leaders, the personnel leader and the professional one
        (``Personaleleder`` beside ``Faglig leder (projekt)``): the MUS is the personnel
        leader's talk, so that column is the leader, said; the other is kept for texts."""
        personnel = [(t, i) for t, i in options if _personnel(self.headers[i])]
        # (beside one column headed as the personnel leader, any other leader is the work's:
        # a research group's "Gruppeleder", a partner, a project's leader)
        professional = [i for _, i in options if not _personnel(self.headers[i]) and (
            _professional(self.headers[i]) or (len(personnel) == 1 and key == "leader"))]
        if not personnel or not professional:
            return options
        for index in professional:
            self.findings.note("personnel-leader", f"Two columns name a {LABELS[key]}: "
                               f"{self._name(personnel[0][1])} and {self._name(index)}; the "
                               "MUS is held by the personnel leader, so the first is read.",
                               self.header_row, self.headers[index])
        return [(t, i) for t, i in options if i not in professional]

    def _nearest_over_approver(self, key: str, options: list[tuple[int, int]]
                               ) -> list[tuple[int, int]]:
        """A column headed as the nearest leader beside one headed as who approves (GS Tid's
        "Nærmeste leder e-mail" and "Godkender e-mail"): an approver is read as the leader only
        where nothing names the leader, so beside the nearest leader it is kept for texts,
        said."""
        nearest = [i for _, i in options if _APPROVER.isdisjoint(_words(self.headers[i]))
                   and not _NEAREST.isdisjoint(_words(self.headers[i]))]
        approvers = [i for _, i in options if not _APPROVER.isdisjoint(_words(self.headers[i]))]
        if len(nearest) != 1 or not approvers or len(nearest) + len(approvers) != len(options):
            return options
        for index in approvers:
            self.findings.note("approver-not-leader", f"Two columns name a {LABELS[key]}: "
                               f"{self._name(nearest[0])} and {self._name(index)}; the first "
                               "is the nearest leader, so it is read.", self.header_row,
                               self.headers[index])
        return [(t, i) for t, i in options if i not in approvers]

    def _this_year(self, key: str, options: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Columns of one field alike but for a year ("Leder 2025", "Leder 2026"): the newest
        year's is this season's, the others are history (said, not read)."""
        dated = {i: _year_apart(self.headers[i]) for _, i in options}
        stems = {d[0] for d in dated.values() if d is not None}
        if len(stems) != 1 or sum(d is not None for d in dated.values()) < 2:
            return options
        newest = max((d[1], i) for i, d in dated.items() if d is not None)[1]
        older = [i for i, d in dated.items() if d is not None and i != newest]
        names = ", ".join(self._name(i) for i in older)
        self.findings.note(f"{key}-year", f"The {LABELS[key]} columns differ by year: the "
                           f"newest, {self._name(newest)}, is this season's; {names} "
                           f"{'is' if len(older) == 1 else 'are'} not read.", self.header_row,
                           self.headers[newest])
        return [(t, i) for t, i in options if i not in older]

    def _new_beside(self, key: str, options: list[tuple[int, int]]) -> bool:
        """A column of new values ("Ny leder pr. 1/11-2026", "Ny afdeling pr. 1/10") beside the
        field's column, filled where it changes and saying otherwise there: which holds now
        cannot be told from the columns, so the list is refused with the first such row."""
        new = [i for _, i in options if says_new(self.headers[i])]
        old = [i for _, i in options if i not in new]
        for index in new:
            for other in old:
                row = next((n for n, v in self.rows if cell_text(value_at(v, index)) and
                            cell_text(value_at(v, index)).casefold()
                            != cell_text(value_at(v, other)).casefold()), None)
                if row is not None:
                    label = LABELS[key]
                    self.findings.error(
                        f"new-{key}", f"The column {self._name(index)} gives another {label} "
                        f"than {self._name(other)} (first in row {row}), so it cannot be told "
                        f"what each employee's {label} is now.", f"Write each employee's "
                        f"{label} as it is now in {self._name(other)}, delete the column of "
                        "new ones and run the command again.", self.header_row,
                        self.headers[index])
                    return True
        return False

    def _finest(self, chosen: list[int], options: list[int]) -> list[int]:
        """Unit columns that nest as levels: the finest is the department, said in `mus
        check`; the coarser ones give a row without it its department. A finest level headed
        less plainly than the best ("Team" beside "Department") wins only where the best headed
        columns hold one value for everyone; else the finest of the best headed."""
        # (a "-" where a level is empty, Qlik's null, is no unit)
        texts = {i: [t if t.casefold() not in NO_VALUE else "" for t in (
            cell_text(value_at(v, i)) for _, v in self.sample)] for i in sorted(options)}
        levels = nested_levels(texts)
        if levels is None:
            return chosen
        # a level headed as a sub-level of a best headed one ("Underafdeling" under "Afdeling",
        # "Sub-department") is headed as plainly: the department's own finer level
        chosen = [*chosen, *(i for i in levels if i not in chosen and any(
            _sub_level(self.headers[i], self.headers[c]) for c in chosen))]
        if levels[-1] not in chosen and any(len(set(filter(None, texts[i]))) > 1
                                             for i in chosen):
            # a better header that varies ("Department" over "Team") stays: the finest of them
            levels = [i for i in levels if i in chosen]
            if not levels:
                return chosen
            if len(levels) == 1:  # one level left: that one, with no levels to say
                return levels
        self.levels = levels
        names = ", ".join(f'"{self.headers[i]}"' for i in levels)
        self.findings.note("unit-levels", f"The columns {names} are unit levels, each nested in "
                           f"the one before: the department is the finest, {self._name(levels[-1])}"
                           "; a row without it has the finest level filled in.",
                           self.header_row, self.headers[levels[-1]])
        return [levels[-1]]

    def _shown(self, key: str, options: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A hidden column never beats a shown one for the same field."""
        hidden = self.sheet.hidden_columns
        if not hidden or len(options) < 2:
            return options
        shown = [(t, i) for t, i in options if i + 1 not in hidden]
        if not shown or len(shown) == len(options):
            return options
        for _, index in options:
            if index + 1 in hidden:
                self.findings.note("hidden-column", f"The hidden column {self._name(index)} "
                                   f"could also be the {LABELS[key]}; the shown column "
                                   f"{self._name(shown[0][1])} is used.", self.header_row,
                                   self.headers[index])
        return shown

    def _ranked(self, key: str, chosen: list[int], tiers: dict[int, int]) -> list[int]:
        """Columns alike by their headers, told apart by what they hold; the choice said."""
        columns = [(self.headers[i], [cell_text(v) for _, v in cells(self.sample, i)],
                    tiers[i]) for i in chosen]
        left, dropped = rank(key, columns, len(self.sample))
        best = chosen[left[0]]
        for position, why in dropped.items():
            other = chosen[position]
            if why == BY_HEADER or tiers[best] < tiers[other]:
                continue  # the headers decide, as they always did
            row = _differs(self.rows, best, other)
            if row is None:
                continue
            self.findings.warn(
                "two-columns", f"Two columns could be the {LABELS[key]}: {self._name(best)} "
                f"and {self._name(other)}, and they differ (first in row {row}). Column "
                f"{get_column_letter(best + 1)} is used: {why}.", "If that is wrong, rename or "
                "delete the column mus should not use.", self.header_row, self.headers[best])
        return [chosen[i] for i in left]

    def _not_guids(self, options: list[tuple[int, int]]) -> list[tuple[int, int]]:
        guids = [i for _, i in options if (vals := cells(self.rows, i, 200))
                 and all(is_guid(cell_text(v)) for _, v in vals)]
        kept = [(t, i) for t, i in options if i not in guids]
        if not kept:
            self.findings.error(
                "guid", f'The column "{self.headers[guids[0]]}" holds directory object IDs '
                "(GUIDs), not employee numbers.", "Add the employee number to the export (for "
                "example the EmployeeId attribute), under one of these headers: "
                f"{accepted(NUMBER)}.", self.header_row, self.headers[guids[0]])
        return kept

    def _agree(self, key: str, first: int, other: int) -> bool:
        row = _differs(self.rows, first, other)
        if row is None:
            return True
        a, b = get_column_letter(first + 1), get_column_letter(other + 1)
        block = self.sheet.merged_range(self.header_row, first + 1)
        if block is not None and (self.header_row, other + 1) in block:
            what = (f'The header "{self.headers[first]}" in {block.ref} is merged over columns '
                    f"{a} and {b}, which hold different values (first in row {row}).")
            todo = "Unmerge the header and give each column its own header."
        else:
            what = (f"Two columns could be the {LABELS[key]}: {self._name(first)} and "
                    f"{self._name(other)}, and they differ (first in row {row}).")
            todo = "Rename or delete the column mus should not use."
        if key in DECIDING:
            self.findings.error("two-columns", what, todo, self.header_row,
                                self.headers[first])
        else:
            self.findings.warn("two-columns", what + f" Column {a} was used.", todo,
                               self.header_row, self.headers[first])
        return False

    def _people(self) -> set[str]:
        """Everything that names someone on the list, to see which leader column names them."""
        keys: set[str] = set()
        for key in ("number", "name", "name_reversed", "email"):
            index = self.chosen.get(key)
            if index is None:
                continue
            for _, value in cells(self.rows, index):
                text = cell_text(value).casefold()
                keys.add(text)
                if key == "name_reversed" and text.count(",") == 1:
                    keys.add(turn_around(text)[0])
        return keys

    def _unit_then_above(self, chosen: list[int]) -> list[int]:
        """Two leader columns, the unit's leader (who names themselves on their own row) and
        the leader of the level above ("Enhedsleder" beside "Områdechef"): on every row the
        second is the second of the person the first names. The unit's leader is the leader;
        the other gives unit leaders their own leader (parentunits.py), said."""
        name = self.chosen.get("name")
        parts = [name] if name is not None else [
            i for i in (self.chosen.get("first"), self.chosen.get("last")) if i is not None]
        if not parts:
            return chosen
        rows = [[normal_name(" ".join(cell_text(value_at(v, i)) for i in parts)),
                 *(normal_name(cell_text(value_at(v, i))) for i in chosen)]
                for _, v in self.rows[:2000]]
        for a, b in ((1, 2), (2, 1)):
            if not any(r[a] and r[a] == r[0] for r in rows):
                continue
            if names_level_above([(r[0], r[a], r[b]) for r in rows]) and any(
                    r[a] and r[a] != r[b] for r in rows):
                unit, level = chosen[a - 1], chosen[b - 1]
                # (a row without a unit leader, the level above's own, is led by the level
                # above: "Distriktschef" on a district manager's row names the director, an
                # aquarium's "Områdeleder" the staff of an area without teams; not where the
                # only such rows name their own person there, a level of its own)
                if any(not r[a] and r[b] and r[b] != r[0] for r in rows):
                    self.leader_above = level
                self.findings.note("leader-levels", f"Two columns name leaders: "
                                   f"{self._name(unit)}, each unit's leader, who names "
                                   f"themselves on their own row, and {self._name(level)}, the "
                                   "leader above the unit; the first is read as the leader, "
                                   "and for the unit leaders" + (
                                       ", and where the first is empty," if
                                       self.leader_above == level else "") + " the second.",
                                   self.header_row, self.headers[level])
                return [unit]
        for a, b in ((1, 2), (2, 1)):
            if _nearest_else_above(rows, a, b) and not _nearest_else_above(rows, b, a):
                near, above = chosen[a - 1], chosen[b - 1]
                self.leader_above = above
                self.findings.note("leader-levels", f"Two columns name leaders: "
                                   f"{self._name(near)}, the nearest, and {self._name(above)}, "
                                   "the leader of the level above (on every row, the one above "
                                   "the nearest leader on their own row); the first is read as "
                                   "the leader, and where it is empty the second.",
                                   self.header_row, self.headers[above])
                return [near]
        return chosen

    def _unit_then_above_by_address(self, chosen: list[int]) -> list[int]:
        """Two leaders' e-mail columns and no leader's name, the unit leader's (their own
        address on their own row) and the level above's ("Enhedsleder (mail)" beside
        "Overordnet enhedsleder (mail)"): the first is the leader's e-mail; on a unit leader's
        own row the second gives their leader, said."""
        own = self.chosen["email"]
        rows = [[cell_text(value_at(v, i)).casefold() for i in (own, *chosen)]
                for _, v in self.rows[:2000]]
        for a, b in ((1, 2), (2, 1)):
            if any(r[a] and r[a] == r[0] for r in rows) and any(
                    r[a] and r[b] and r[a] != r[b] for r in rows) and names_level_above(
                    [(r[0], r[a], r[b]) for r in rows]):
                unit, level = chosen[a - 1], chosen[b - 1]
                self.leader_above = self.leader_above_email = level
                self.findings.note("leader-levels", f"Two columns give leaders' addresses: "
                                   f"{self._name(unit)}, each unit's leader, who is given "
                                   f"their own address on their own row, and "
                                   f"{self._name(level)}, the leader above the unit; the first "
                                   "is read as the leader's, and for the unit leaders the "
                                   "second.", self.header_row, self.headers[level])
                return [unit]
        return chosen

    def _level_above_lower(self, near: int, other: int) -> None:
        """A second leader column under a header of a lower tier ("Chef" beside "Nærmeste
        leder"), filled where the first is empty: where it names, on every row the first
        fills, what it names on that leader's own row, it is the level above, read where the
        first is empty (a note above such lists says so: "Hvis feltet 'Nærmeste leder' er
        tomt, er chefen nærmeste leder"), said."""
        name = self.chosen.get("name")
        parts = [name] if name is not None else [
            i for i in (self.chosen.get("first"), self.chosen.get("last")) if i is not None]
        if not parts:
            return
        rows = [[normal_name(" ".join(cell_text(value_at(v, i)) for i in parts)),
                 *(normal_name(cell_text(value_at(v, i))) for i in (near, other))]
                for _, v in self.rows[:2000]]
        if not _nearest_else_above(rows, 1, 2) or _nearest_else_above(rows, 2, 1):
            return
        self.leader_above = other
        self.findings.note("leader-levels", f"Two columns name leaders: {self._name(near)}, "
                           f"the nearest, and {self._name(other)}, the leader of the level "
                           "above (on every row, the one above the nearest leader on their "
                           "own row); the first is read as the leader, and where it is empty "
                           "the second.", self.header_row, self.headers[other])

    def _override_where_given(self, chosen: list[int]) -> list[int]:
        """Two leader columns, one headed as the leader where it differs ("Afvigende nærmeste
        leder", "Actual manager") and filled on fewer rows, where the other is mostly filled
        too, naming people on the list: where it is filled it is the leader, elsewhere the
        other column, said."""
        marked = [i for i in chosen if says_new(self.headers[i], _OVERRIDE)]
        if len(marked) != 1:
            return chosen
        override = marked[0]
        default = next(i for i in chosen if i != override)
        over = {n for n, _ in cells(self.rows, override)}
        base = {n for n, _ in cells(self.rows, default)}
        if not over or len(over) >= len(base) or len(over - base) * 5 > len(over) or \
                self._share_on_list(override) < 0.5:
            return chosen
        self.leader_above, self.overridden = default, True
        self.findings.note("leader-override", f"Two columns name leaders: "
                           f"{self._name(override)}, filled where the nearest leader is "
                           f"someone else than the one {self._name(default)} names; where it "
                           "is filled it is read as the leader, elsewhere the other column.",
                           self.header_row, self.headers[override])
        return [override]

    def _address_of_default(self, index: int) -> bool:
        """The one leader's e-mail column beside an overriding leader column: filled where the
        overridden column is and not only where the override is, it is that leader's address
        (used where the override is empty); the override's leader's address is then found on
        their own row."""
        above = self.leader_above
        if above is None:
            return False
        filled = {n for n, _ in cells(self.rows, index)}
        base = {n for n, _ in cells(self.rows, above)}
        over = {n for n, _ in cells(self.rows, self.chosen["leader"])}
        if not filled or filled <= over or len(filled & base) * 5 < len(filled) * 4:
            return False
        self.leader_above_email = index
        return True

    def _address_of_each_level(self, chosen: list[int]) -> list[int]:
        """Two leader's e-mail columns beside two levels of leaders: each is filled on the
        rows its level's column is (``Pæd. leder mail`` beside ``Pædagogisk leder``); the
        nearest leader's is the leader's e-mail, the other the level above's."""
        near, above = self.chosen.get("leader"), self.leader_above
        if near is None or above is None:
            return chosen

        def filled(index: int) -> list[bool]:
            return [bool(cell_text(value_at(v, index))) for _, v in self.rows[:2000]]

        by_level = {near: filled(near), above: filled(above)}
        pairs = {i: next((lvl for lvl, f in by_level.items() if f == filled(i)), None)
                 for i in chosen}
        if sorted(p for p in pairs.values() if p is not None) != sorted((near, above)):
            return chosen
        self.leader_above_email = next(i for i, lvl in pairs.items() if lvl == above)
        return [i for i, lvl in pairs.items() if lvl == near]

    def _share_on_list(self, index: int, people: set[str] | None = None) -> float:
        """The share of a leader column's filled cells that name someone on the list."""
        people = self._people() if people is None else people
        given = [cell_text(v) for _, v in cells(self.rows, index, _SAMPLE)]
        given = [split_address(t)[0] or split_address(t)[1] for t in given
                 if not is_no_value(t)]
        found = sum(t.casefold() in people or (t.count(",") == 1 and
                                               turn_around(t)[0].casefold() in people)
                    for t in given)
        return found / len(given) if given else 0.0

    def _resolving(self, chosen: list[int]) -> list[int]:
        """Of leader columns that differ, the one that names people on the list (when only one
        does), reported; else all of them, to be refused as two columns."""
        people = self._people()
        shares = [self._share_on_list(index, people) for index in chosen]
        best = [i for i, share in zip(chosen, shares, strict=True) if share >= 0.5]
        if len(best) == 1 and all(s < 0.2 for i, s in zip(chosen, shares, strict=True)
                                  if i != best[0]):
            for index in chosen:
                if index != best[0]:
                    self.findings.warn(
                        "header-content", f"Two columns could be the leader: "
                        f"{self._name(best[0])} names people on the list and "
                        f"{self._name(index)} does not, so column "
                        f"{get_column_letter(best[0] + 1)} is used.",
                        "Check that this is right.", self.header_row, self.headers[index])
            return best
        return chosen


_SUB = ("under", "sub", "unter")


def _sub_level(fine: str, coarse: str) -> bool:
    """``fine`` names the level under ``coarse``: "Underafdeling" of "Afdeling"."""
    def letters(text: str) -> str:
        return "".join(c for c in text.casefold() if c.isalpha())
    f, c = letters(fine), letters(coarse)
    return bool(c) and any(f == prefix + c for prefix in _SUB)
