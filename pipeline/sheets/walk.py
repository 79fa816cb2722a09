"""One pass down the rows under the header: each row is an employee (a draft), or is skipped
with its reason (rows.py), and what the rows above say carries down to the rows under them: a
heading's department or leader ("Afdeling: Økonomi", "Leder: Hanne Kjær"), a heading that says
the rows under it have left or are on leave ("Fratrådte"), a line that says they are not
employed ("Eksterne konsulenter (ikke ansat)"). Leavers are counted here (employment.py), the
same person in two positions is joined (positions.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.sheets.cpr import mask_cpr
from pipeline.sheets.dates import DMY, read_date
from pipeline.sheets.draft import Draft, DraftReader
from pipeline.sheets.employment import Absent, Employment, EmploymentReader
from pipeline.sheets.evidence import NO_VALUE
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.leaders import Given, Who
from pipeline.sheets.leadertext import heads_all
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.names import normal_name
from pipeline.sheets.numberseries import names_a_series
from pipeline.sheets.persons import account, vacancy
from pipeline.sheets.positions import second_position
from pipeline.sheets.remarks import says_employed_elsewhere
from pipeline.sheets.rows import (
    RowReader,
    Skipped,
    heading_department,
    is_note,
    kind_heading,
    starts_as_note,
)
from pipeline.sheets.statuswords import (
    EMPLOYED,
    LEAVE,
    LEFT,
    NOT_HERE,
    a_firm,
    a_temp,
    status_state,
)
from pipeline.sheets.statuswords import outside as not_ours
from pipeline.sheets.table import Sheet
from pipeline.sheets.titleleaders import unit_heads
from pipeline.sheets.unitleaders import (
    HeadingLeader,
    ListNames,
    leader_line,
    read_heading,
    reports_to,
)
from pipeline.sheets.unitsites import leader_key, person_keys
from pipeline.sheets.values import cell_text, has_digit, valid_email

_HIDDEN = ("filtered", "hidden")
_CLOSES = ("heading", "subtotal", "total")  # rows that end the group above them


def given(draft: Draft) -> bool:
    """The row names its leader somehow."""
    return draft.given.said


@dataclass
class RowWalk:
    """The rows read so far, and what the rows above say of the rows to come."""

    kinds: RowReader
    reader: DraftReader
    employment: EmploymentReader
    layout: ListLayout
    sheet: Sheet
    marked: dict[int, Employment]  # a fill colour (or strike) a legend explains
    names: ListNames | None  # the list's names, where it has no leader column
    unit_leaders: dict[int, str]  # row → its leader's number, from the grouping
    include_leavers: bool
    drafts: list[Draft] = field(default_factory=list)
    skips: list[Skipped] = field(default_factory=list)
    hidden: list[int] = field(default_factory=list)  # hidden rows that would be employees
    leavers: list[Absent] = field(default_factory=list)
    gone: list[Who] = field(default_factory=list)  # leavers: is someone's leader gone?
    # posts not filled ("VAKANT" | "Projektleder Renovering"): the title → its row, where a
    # leader given by their post may name one
    vacant_posts: dict[str, int] = field(default_factory=dict)
    # people not employed here (an interim manager from an agency, the board's chair): no
    # form, but they may lead someone, and their row gives their address
    outsiders: list[Who] = field(default_factory=list)
    linked: list[int] = field(default_factory=list)  # rows whose addresses are from links
    headed: list[int] = field(default_factory=list)  # department from the heading above
    numbered: dict[str, int] = field(default_factory=dict)  # employee number → its draft
    # (heading row, leader, in the list, the address the heading gives) → rows
    heading_led: dict[tuple[int, str, bool, str], list[int]] = field(default_factory=dict)
    title_rows: list[int] = field(default_factory=list)  # lines over the header read as headings
    # a unit's name right over a leader line over the header ("Administration", then "Leder:
    # Emil Kjær, ekj@…"), where blocks under the header repeat that shape: (row, unit), and
    # the rows read before any heading without a department of their own
    _title_unit: tuple[int, str] | None = None
    _untitled: list[Draft] = field(default_factory=list)
    _title_named: bool = False  # the line over the header names a unit as one ("Sektion: …")
    _posts: dict[str, set[str]] | None = None  # each name → their job titles (_post_of)
    # lines over the header that name each unit's leader ("Indskoling | Kim Petersen | kipe@…"):
    # a unit (folded) → (its line, the leader, in the list, their address)
    unit_key: dict[str, tuple[int, str, bool, str]] = field(default_factory=dict)
    _keyed: list[Draft] = field(default_factory=list)  # rows the key gives their leader
    unread_lines: list[int] = field(default_factory=list)  # "Leder: …" lines not read
    _unread: int | None = None  # such a line, until an employee comes under it
    _units_left: dict[str, Employment | None] = field(default_factory=dict)
    _department: str = ""
    _section: Employment | None = None  # under "Fratrådte", "Orlov"
    _previous: int = 0  # the row walked last (a gap before a row: blank rows between)
    _outside: Employment | None = None  # under a line that says the rows are not employed
    _block: HeadingLeader | None = None  # the leader the heading above names
    _under_heading: bool = False
    _block_indent: int = 0  # the leading spaces of the leader's heading
    # a heading right over another (no row between) that names a leader of its own: the
    # area over its stations ("OMRÅDE NORD – Områdechef …", "Station 106 – stationsbestyrer …")
    _outer: tuple[tuple[int, str, bool, str], HeadingLeader] | None = None
    # the area a heading without a leader ends, in force again where a leader line comes
    # right under it ("Team Jord" over "Teamleder: …" under "AFDELING MILJØ – afdelingschef …":
    # the heading and the line are one team's, in the area)
    _pending_outer: tuple[tuple[int, str, bool, str], HeadingLeader] | None = None
    # the heads of the blocks under such an area: (their draft, the area heading's key)
    _nested: list[tuple[Draft, tuple[int, str, bool, str]]] = field(default_factory=list)
    _head_led: list[int] = field(default_factory=list)  # rows the head of all leads (no heading)
    # block leaders led by whom their heading says they report to: (its key, their row)
    _above_led: list[tuple[tuple[int, str, bool, str], int]] = field(default_factory=list)
    _head: Draft | None = None
    # the blocks of headings labelled as units of the top level ("Afdeling: Produktion – Leder:
    # HAN"), by unit, the last one last: where a heading labelled as a unit under it
    # ("Underafdeling: Bryghus", "Tapperi > Pakkeri") names no leader, its rows are led by the
    # block it is under, and a leader it names reports to that block's
    _upper: dict[str, tuple[tuple[int, str, bool, str], HeadingLeader]] = field(
        default_factory=dict)
    _blocks: dict[tuple[int, str, bool, str], HeadingLeader] = field(default_factory=dict)
    _title_heads_block: bool = False  # the line over the header is the first block's heading
    # rows under a header of their own in another order than the list's (refused)
    misaligned: list[int] = field(default_factory=list)
    _misaligned_table: bool = False
    _key_head: HeadingLeader | None = None  # whom the key's unit leaders report to
    # the keys of sentences over the list that say whom everyone reports to (over the titles)
    _everyone: set[tuple[int, str, bool, str]] = field(default_factory=set)
    # the leader a line over the header names ("Centerleder: Frede Juhl"): over every row, so
    # also under a heading that names no leader of its own ("Ledelse og administration")
    _title_block: tuple[HeadingLeader, int] | None = None
    _title_outside: Employment | None = None  # a title over the table that says not employed
    _other_table: bool = False  # under a header of another table (a key of the leaders)
    # under a header again whose other columns differ from the list's ("Nr | Navn | Ansvar"
    # under "Nr | Navn | Afdeling | …"): a table of its own, whose rows may list again people
    # of the list ("Ledergruppe")
    _own_table: bool = False
    # Where the list has a leader column: the names, to read a heading that names a leader too
    # ("Børnehuset Skovly – leder: Maja Bruun"), its unit the department, its leader compared
    heading_names: ListNames | None = None
    _heading_said: tuple[int, HeadingLeader] | None = None
    # rows whose leader column names someone else than the heading above: (row, leader, said)
    heading_differs: list[tuple[int, str, str, int]] = field(default_factory=list)
    # rows whose leader cell is empty, led by the leader the heading above names: heading → rows
    heading_filled: dict[int, list[int]] = field(default_factory=dict)
    # rows with an empty leader cell under such a heading: (draft, heading row, what it says)
    _unled: list[tuple[Draft, int, HeadingLeader]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._shown = dataclasses.replace(self.kinds, include_hidden=True)
        self._check_cells = bool(self.sheet.unsaved_formulas or self.sheet.error_cells)

    def row(self, number: int, values: tuple[Any, ...]) -> None:
        texts = tuple(map(cell_text, values))
        skip = self.kinds.skipped(number, texts)
        if skip is None:
            self._employee(number, values, texts)
        elif not self._heading_leader(number, values, texts, skip):
            if self._unread == number:
                # a leader line mus could not read ("Showroomchef: … (kun om tirsdagen)"):
                # the unit above stays the rows' unit, and the rows under it are refused
                self.skips.append(dataclasses.replace(skip, reason="heading",
                                                      department=self._department))
                self._block, self._under_heading = None, True
            else:
                self._skipped(number, values, texts, skip)
        self._previous = number

    @property
    def titled_outside(self) -> bool:
        """The line over the table says its people are not employed here."""
        return self._title_outside is not None

    def titles(self, lines: Sequence[tuple[int, tuple[Any, ...]]]) -> None:
        """Lines over the header that name the leader of the rows under it, as a heading over
        them does ("Afsnit Bøgen – afsnitsleder: Anne-Mette Schmidt (ansc@…)" over a sheet of
        the list); only where the list has no leader column. They are not rows of the list,
        so they are not counted among its skipped rows."""
        # the line right over a table's own header that says its people are not employed
        # ("Eksterne konsulenter og freelancere (ikke ansat – faktureres)" over a second
        # table on the sheet): every row of it, numbered or not
        last = next((v for _, v in reversed(lines) if any(cell_text(c) for c in v)), None)
        if last is not None and (text := self._heading_text(tuple(map(cell_text, last)))) and (
                len(text.split()) <= 12 and not leader_line(text)):
            titled = _outside(Skipped(0, "heading", text[:40]), text)
            if titled is not None and titled.state == LEFT and not_ours(text) and not (
                    names_a_series(text)):  # ("700-serien er vikarer": only those numbers)
                self._title_outside = titled
        if self.names is None:
            return
        if self._unit_key(lines):
            return
        previous: tuple[int, str] = (0, "")
        prefixed = next(((n, t) for n, v in reversed(lines)
                         if (t := self._heading_text(tuple(map(cell_text, v))))
                         and _unit_line(t) and heading_department(t) != t.strip(" :-–")), None)
        last = prefixed or next(((n, t) for n, v in reversed(lines)
                                 if (t := self._heading_text(tuple(map(cell_text, v))))), None)
        if last is not None and _unit_line(last[1]) and not leader_line(last[1]):
            # "## Ledelse" right over the header: the first block's unit, where the blocks
            # under the header have headings of units too (title_unit decides); "Sektion:
            # Læsesal & formidling" names its unit as one: every row's, where none has another
            self._title_unit = (last[0], heading_department(last[1]))
            self._title_named = prefixed is not None
        for number, values in lines:
            texts = tuple(map(cell_text, values))
            text = self._heading_text(texts)
            if text and self._heading_leader(number, values, texts,
                                             Skipped(number, "heading", text)):
                self.skips.pop()
                self.title_rows.append(number)
                if self._block is not None and not self._block.department and (
                        previous[0] == number - 1 and _unit_line(previous[1])):
                    self._title_unit = (previous[0], heading_department(previous[1]))
                continue
            if text:
                previous = (number, text)
            said = reports_to(text, self.names) if text else None
            if said is not None:  # "Alle medarbejdere refererer til indehaver Mikkel Kærgaard"
                self._block, self._under_heading, self._outside = said, True, None
                self._block_indent = _indent(values)
                self.heading_led[(number, said.leader, said.in_list, said.email)] = []
                self._everyone.add((number, said.leader, said.in_list, said.email))
                self.title_rows.append(number)
        if self.title_rows and self._block is not None:
            self._title_block = (self._block, self._block_indent)

    def key_below(self, lines: Sequence[tuple[int, tuple[Any, ...]]]) -> None:
        """Lines under the list that each name a unit and its leader, as a key over it does
        (footnotes to the units: "⁴ Kontor – leder: adm. direktør Gry Thomsen, gth@…" under a
        list whose units are marked "Kontor⁴"), where no row has a leader yet: each row's leader
        is its unit's (key_leaders)."""
        if self.names is None or self.unit_key or any(map(given, self.drafts)):
            return
        if self._unit_key(lines, below=True):
            self._keyed = list(self.drafts)

    def _unit_key(self, lines: Sequence[tuple[int, tuple[Any, ...]]],
                  below: bool = False) -> bool:
        """Lines over the header that each name a unit and its leader, two or more leaders
        ("Ledelse:", then "Indskoling | Kim Petersen | kipe@…", "SFO | Mads Møller | …"): a
        key of the units' leaders, not one heading over every row. Each row's leader is its
        unit's; a line whose label is its person's own job title ("Skoleleder | Pernille
        Holm") names the head, who leads the rows of units the key has no line for."""
        assert self.names is not None
        found: list[tuple[int, str, HeadingLeader]] = []
        for number, values in _key_entries(lines):
            texts = tuple(map(cell_text, values))
            text = self._heading_text(texts)
            said = read_heading(text, self.names, False, self.reader.today) if text else None
            label = next((t for t in texts if t), "")
            if said is None and label:
                said = _cells_pair(texts, self.names)  # "Klub Bøgen | Tobias Kristensen |
                # tkr@… | Parkvej 3": a table of units over the list, cell by cell
            if said is not None and said.leader and label and normal_name(label) != normal_name(
                    said.leader):
                found.append((number, label, said))
        if len({normal_name(s.leader) for _, _, s in found}) < 2:
            return False
        for number, label, said in found:
            unit = " ".join(unmarked(said.department or label).casefold().split())
            self.unit_key.setdefault(unit, (number, said.leader, said.in_list, said.email))
            if not below:
                self.title_rows.append(number)
        # "… – butikslederne refererer til Sune": the key's leaders report to the one of them
        # the line names (by the whole name, or a first name only one of them has)
        said_to = [m.group(1) for _, values in lines for m in _KEY_ABOVE.finditer(
            " ".join(t for t in map(cell_text, values) if t))]
        leaders = {s.leader: s for _, _, s in found}
        for name in said_to:
            fits = [s for leader, s in leaders.items() if normal_name(leader) == normal_name(
                name) or normal_name(leader).split()[:1] == normal_name(name).split()]
            if len(fits) == 1:
                self._key_head = fits[0]
        return True

    def above_leaders(self) -> None:
        """The block leaders a heading says whom they report to ("… – refererer til driftschef
        Anders Birk"), among those led by a heading's leader once the walk is done."""
        for key, row in self._above_led:
            self.heading_led.setdefault(key, []).append(row)

    def nested_leaders(self) -> None:
        """The heads of blocks under an area's heading (a heading right over the first block's,
        naming the area's leader: "OMRÅDE NORD – Områdechef Martin Graversen", then "Station
        106 – stationsbestyrer Niels Madsen" over his own row) are led by the area's leader,
        where two areas or more are so: the block's heading says whom they lead."""
        if len({key for _, key in self._nested}) < 2:
            return
        for draft, key in self._nested:
            draft.given = Given(text=key[1], email=key[3])
            for rows in self.heading_led.values():
                if draft.row in rows:
                    rows.remove(draft.row)
            self.heading_led[key].append(draft.row)

    def refuse_misaligned(self, findings: Findings) -> None:
        """Rows under a header of their own in another order than the list's, refused."""
        if self.misaligned:
            findings.error("own-header-rows", f"{rows_text(self.misaligned).capitalize()} stand "
                           "under a header row of their own whose columns are in another order "
                           "than the list's (a name where the number stands), so they cannot "
                           "be read by the list's columns.", "Put those rows in the list's own "
                           "columns (number, name, …) in the same order, or on a sheet of "
                           "their own, and run the command again.", self.misaligned[0])

    def title_heads_in_blocks(self, findings: Findings) -> None:
        """Within a heading's block of several units ("Region Øst – regionschef Gitte
        Jørgensen" over rows of five shops), where each unit of two or more has exactly one
        person whose title says they lead it ("Butikschef"), the others of the unit are led by
        that one, who is led by the heading's leader; said."""
        if self.layout.index("department") is None or self.kinds.title_col is None:
            return
        by_row = {d.row: d for d in self.drafts}
        moved: list[int] = []
        for key, rows in self.heading_led.items():
            if key in self._everyone:
                continue  # "Alle medarbejdere refererer til indehaver …": everyone, so said
            block = [by_row[r] for r in rows if r in by_row]
            units = [d.fields["department"] for d in block]
            if len(set(units)) < 2 or not all(units):
                continue
            heads = unit_heads(units, [d.fields.get("job_title", "") for d in block])
            if heads is None:
                continue
            for i, draft in enumerate(block):
                head = heads.get(normal_name(units[i]))
                if head is not None and head != i:
                    draft.given = Given(number=block[head].number)
                    rows.remove(draft.row)
                    moved.append(draft.row)
        if moved:
            moved.sort()
            findings.note("heading-title-heads", f"In {rows_text(moved)}, under a heading "
                          "that names a leader over several units, each unit has one person "
                          "whose job title says they lead it: they lead the others of their "
                          "unit, and the heading's leader leads them.", moved[0], None, moved)

    def head_of_all_leads_own_block(self) -> None:
        """In a list whose leaders are named in headings, the rows of a block whose heading
        names none ("HOVEDKONTOR") are led by the one person of that block whose title says
        they head the whole ("Adm. direktør"), if the list has exactly one."""
        if not any(self.heading_led.values()):
            return
        heads = [d for d in self.drafts if heads_all(d.fields.get("job_title", ""))]
        if len(heads) != 1 or not (unit := heads[0].fields["department"]) or given(heads[0]):
            return
        head = heads[0]
        for draft in self.drafts:
            if draft is not head and not given(draft) and draft.fields["department"] == unit:
                draft.given = Given(text=head.name, email=head.fields.get("email", ""))
                self._head_led.append(draft.row)
        if self._head_led:
            self._head = head

    def key_leaders(self) -> None:
        """The rows under a key of units' leaders (see _unit_key), once every row is read: a
        row's leader is its unit's; a row of a unit the key has no line for is led by the
        head, the one line whose label is its own person's job title ("Skoleleder")."""
        if not self.unit_key:
            return
        titles: dict[str, set[str]] = {}
        for d in self.drafts:
            titles.setdefault(normal_name(d.name), set()).add(
                " ".join(d.fields.get("job_title", "").casefold().split()))
        heads = [line for label, line in self.unit_key.items()
                 if label in titles.get(normal_name(line[1]), set())]
        for draft in self._keyed:
            if (bare := unmarked(draft.fields["department"])) != draft.fields["department"] and (
                    " ".join(bare.casefold().split()) in self.unit_key):
                draft.fields["department"] = bare  # "Kontor⁴": the unit, its footnote's mark off
            unit = " ".join(draft.fields["department"].casefold().split())
            line = self.unit_key.get(unit) or (heads[0] if len(heads) == 1 else None)
            if line is None:
                continue
            number, leader, in_list, email = line
            head = self._key_head
            if head is not None and normal_name(leader) == normal_name(draft.name) and (
                    normal_name(head.leader) != normal_name(draft.name)):
                # a unit's leader in the key, led by the one the key says they report to
                number, leader, in_list, email = line[0], head.leader, head.in_list, head.email
            draft.given = Given(text=leader, email=email)
            self.heading_led.setdefault((number, leader, in_list, email), []).append(draft.row)

    def _heading_leader(self, number: int, values: tuple[Any, ...], texts: Sequence[str],
                        skip: Skipped) -> bool:
        """A heading or note that names a leader (and perhaps a unit): "Afsnit Bøgen –
        afdelingsleder Freja Wøldike", "Leder: …"; only where the list has no leader column."""
        if skip.reason not in ("heading", "note"):
            return False
        if self.names is None:
            return self._heading_beside_column(number, texts, skip)
        text = self._heading_text(texts)
        said = read_heading(text, self.names, self._under_heading, self.reader.today)
        if said is None:
            rest = text.partition(":")[2].strip()
            if leader_line(text) and rest.casefold() not in NO_VALUE and not vacancy(rest):
                self._unread = number  # refused once employees follow it (a footer is no matter)
            return False
        pending, self._pending_outer = self._pending_outer, None
        if pending is not None and self._under_heading and self._block is None and (
                not said.department) and normal_name(pending[1].leader) != normal_name(
                said.leader):
            self._outer = pending  # (a team's leader line under its heading, in the area)
        if self._under_heading and self._block is not None and self._block.department and (
                self.heading_led and normal_name(self._block.leader) != normal_name(
                    said.leader)) and (self._title_block is None
                                       or self._block is not self._title_block[0]):
            # (not the leader a line over the header names, in force again after a heading
            # that names none: that is no area over this block)
            self._outer = (next(reversed(self.heading_led)), self._block)
        self._block_indent = _indent(values)
        if said.department and self._post_of(said.department, said.leader):
            # "Stadsarkivar: Mathilde Bønnelykke (mboe@…)": her post, not a unit
            said = dataclasses.replace(said, department="")
        if said.department:
            self._department, self._section = said.department, None
        self.skips.append(dataclasses.replace(skip, reason="heading",
                                              department=self._department))
        key = (number, said.leader, said.in_list, said.email)
        upper = self._upper_of(text)
        if upper is not None and said.above is None and normal_name(
                upper[1].leader) != normal_name(said.leader):
            said = dataclasses.replace(said, above=upper[1])  # "Underafdeling: Tapperi – …"
        elif upper is None and _TOP_LABEL.match(text) and said.department:
            self._upper[normal_name(said.department)] = (key, said)
        self._block, self._under_heading, self._outside = said, True, None
        self._unread = None
        self.heading_led[key] = []
        self._blocks[key] = said
        if _EVERYONE.search(text):  # "Alle medarbejdere refererer til indehaver …"
            self._everyone.add(key)
        return True

    def _upper_of(self, text: str) -> tuple[tuple[int, str, bool, str], HeadingLeader] | None:
        """The block a heading labelled as a unit under another is under: for a path
        ("Tapperi > Pakkeri") the block of its first unit, else the last top-level block."""
        if not self._upper or not (_SUB_LABEL.match(text) or _PATH.search(text)):
            return None
        if (path := _PATH.split(heading_department(text) or text)) and len(path) > 1:
            return self._upper.get(normal_name(path[0])) or self._by_department(path[0])
        return next(reversed(self._upper.values()))

    def _by_department(self, unit: str) -> tuple[tuple[int, str, bool, str],
                                                  HeadingLeader] | None:
        """The block of a heading (of any level) that named ``unit`` and its leader."""
        for key in reversed(self.heading_led):
            block = self._blocks.get(key)
            if block is not None and normal_name(block.department) == normal_name(unit):
                return key, block
        return None

    def _post_of(self, label: str, leader: str) -> bool:
        """A heading's label before the leader's name that is that person's own job title on
        the list ("Stadsarkivar: Mathilde Bønnelykke"), or a leader's word: a post, no unit."""
        at = self.kinds.title_col
        if at is None:
            return False
        if self._posts is None:  # each name's job titles, read once (only where asked)
            self._posts = {}
            for _, values in self.sheet.rows:
                if at < len(values) and (title := cell_text(values[at])):
                    self._posts.setdefault(normal_name(self.reader.shown_name(values)),
                                           set()).add(" ".join(title.casefold().split()))
        return " ".join(label.casefold().split()) in self._posts.get(normal_name(leader), ())

    def _heading_text(self, texts: Sequence[str]) -> str:
        """A heading row's text: its cells once each, CPR columns left out."""
        return " ".join(dict.fromkeys(
            t for i, t in enumerate(texts) if t and i not in self.kinds.withheld))

    def _heading_beside_column(self, number: int, texts: Sequence[str], skip: Skipped) -> bool:
        """A heading that names its unit and a leader in the list, where the list has a
        leader column: the unit is the department of the rows under it, and the leader is
        compared with theirs in the column."""
        if self.heading_names is None or skip.reason not in ("heading", "note"):
            return False
        text = self._heading_text(texts)
        if skip.reason == "note" and starts_as_note(text):
            return False  # "NB: …": a remark (a long heading is a note by its length only)
        said = read_heading(text, self.heading_names, False, self.reader.today)
        if said is None or not said.department or not said.in_list:
            return False
        self._department, self._section, self._outside = said.department, None, None
        self.skips.append(dataclasses.replace(skip, reason="heading",
                                              department=said.department))
        self._heading_said = (number, said)
        return True

    def _skipped(self, number: int, values: tuple[Any, ...], texts: Sequence[str],
                 skip: Skipped) -> None:
        if (skip.reason == "account" and self.layout.index("department") is None
                and sum(1 for t in texts if t) == 1
                and any(s.reason == "heading" for s in self.skips)):
            # "Support" alone on its row, among headings of the same shape and with no
            # department column: a heading like the others, not a mailbox without an address
            skip = dataclasses.replace(skip, reason="heading",
                                       department=heading_department(skip.text))
        if skip.reason in _CLOSES and not (
                skip.reason == "heading" and self._block is not None
                and _indent(values) > self._block_indent):
            # (a heading indented under the leader's heading is a unit within their group:
            # a compact pivot's "Leder: Camilla Krog", then "  Naturfag", "  Sprog")
            if skip.reason == "heading":
                self._pending_outer = (next(reversed(self.heading_led)), self._block) if (
                    self._under_heading and self._block is not None and self._block.department
                    and self.heading_led) else self._outer
            self._block, self._under_heading = None, skip.reason == "heading"
            self._heading_said = None
            if skip.reason == "heading":
                self._outer = None  # (a heading that names no leader: the area ends)
            if self._title_block is not None:
                self._block, self._block_indent = self._title_block
            if skip.reason == "heading" and (upper := self._upper_of(
                    self._heading_text(texts))) is not None:
                # "Underafdeling: Bryghus", no leader of its own: led by the block it is under
                self._block = upper[1]
                self.heading_led[upper[0]] = self.heading_led.pop(upper[0])  # the current one
        after_blank = 0 < self._previous < number - 1  # (blank rows are not walked)
        self.skips.append(skip)
        at = self.kinds.title_col
        if skip.reason == "vacancy" and at is not None and at < len(texts) and texts[at]:
            self.vacant_posts.setdefault(normal_name(texts[at]), number)
        if skip.reason == "note" and after_blank and (
                section := _note_section(self._heading_text(texts))) is not None:
            # a block's long title after a blank row, "Fratrådte (til orientering – slettes ved
            # årsskifte)", "Kommende medarbejdere – starter efter nytår": a section, as a
            # heading "Fratrådte" is
            self._section, self._unread = section, None
        if skip.reason in _HIDDEN and self._looks_employed(number, values, texts):
            self.hidden.append(number)
        dated = None
        if skip.reason == "heading" or (skip.reason == "note" and after_blank):
            # "Sommerhjælp 2026 (ansat 01.06.2026 – 16.08.2026)": a block of people employed
            # for a period gone by (or still to come); one still on closes the block above
            dated = _dated_section(self._heading_text(texts), self.reader.today)
            if dated is not None:
                self._section, self._unread = (dated if dated.state == LEFT else None), None
        if skip.reason in _CLOSES:
            self._unread = None
            if skip.reason != "heading" or dated is None:
                self._section = _section(skip) if skip.reason == "heading" else None
            # a total closes a group
            # (a heading of a kind of the employed, "Fastansatte", "Timelønnede lærere", is
            # a section of the list, no department)
            self._department = "" if self._section or (
                skip.reason == "heading" and kind_heading(skip.text)) else skip.department
        if skip.reason != "header":  # (a table's own header under its heading: it goes on)
            self._outside = _outside(skip, self._heading_text(texts)) if (
                skip.reason in ("heading", "note")) else None
        else:
            # a header of another table under the list ("Init | Navn | Mail | Mobil" under
            # "Nr | Navn | …", a key of the leaders): its rows keyed otherwise are not ours
            column = self.kinds.number_col
            own = self.layout.headers[column] if column < len(self.layout.headers) else ""
            said = texts[column] if column < len(texts) else ""
            other = bool(said) and said.casefold() != own.casefold()
            # (a key of the leaders names people of the list; rows of new people under a header
            # in another order cannot be read by the list's columns: refused)
            self._other_table = other and self._names_listed_below(number)
            self._misaligned_table = other and not self._other_table
            self._own_table = [t.casefold() for t in texts if t] != [
                h.casefold() for h in self.layout.headers if h]

    def _unit_of_leavers(self, unit: str) -> Employment | None:
        """A department that says its people have left ("Fratrådte 2026"), as a heading
        "Fratrådte" does: HR moved its leavers there. Judged once for each department."""
        if not unit:
            return None
        if unit not in self._units_left:
            self._units_left[unit] = Employment(
                LEFT, f'{self.reader.header("department")} "{unit}"') if status_state(
                unit) == LEFT else None
        return self._units_left[unit]

    def _looks_employed(self, row: int, values: Sequence[Any], texts: Sequence[str]) -> bool:
        """A hidden row that, shown, would be an employee who has not left."""
        return (self._shown.skipped(row, texts) is None
                and self.employment.of(row, values).state != LEFT)

    def _names_listed_below(self, row: int) -> bool:
        """Whether most rows under ``row``, up to the next empty one, name someone already on
        the list (a key of the leaders under it, not more people in a layout of their own)."""
        listed = {normal_name(d.name) for d in self.drafts}
        below: list[bool] = []
        for number, values in self.sheet.rows:
            if number <= row:
                continue
            if number > row + 1 + len(below) or not any(cell_text(v) for v in values):
                break
            below.append(any(normal_name(cell_text(v)) in listed for v in values if v))
        return bool(below) and 2 * sum(below) > len(below)

    def _numbered_here(self, number: str) -> bool:
        """An employee number of the list's kind: any, where the numbers so far have no digit
        either (initials); one with a digit, where they all have; and one of digits alone
        where they all are ("V-44" under "Vikarer fra vikarbureau" after "702", "747": the
        agency's numbering, not ours)."""
        if not number or not (has_digit(number) or not self.numbered or not all(
                map(has_digit, self.numbered))):
            return False
        return number.isdigit() or not self.numbered or not all(
            n.isdigit() for n in self.numbered)

    def _outsider(self, row: int, clean: tuple[Any, ...]) -> None:
        reader = self.reader
        self.outsiders.append(Who(row, reader.text(clean, "number"), reader.shown_name(clean),
                                  reader.text(clean, "email")))

    def _not_ours(self, clean: tuple[Any, ...], values: tuple[Any, ...], title: str) -> str:
        """Why a row without a number is of someone not employed here, or "": a remark that
        says so ("Ansat af Kirkeministeriet"), a firm in brackets after the name ("Sven Åkesson
        (UE: Stilladsfirmaet Fyn ApS)", a subcontractor's man on a crew list), or a job title
        ("Sygeplejerske (vikar, bureau)")."""
        reader = self.reader
        remark = self.employment.not_here(values)
        if remark:
            return remark
        aside = _firm_aside(reader.text(clean, "name") or reader.text(clean, "name_reversed"))
        if aside:
            return f'"{aside}" beside the name: {NOT_HERE}'
        if title and (not_ours(title) or a_temp(title)):
            return f'{reader.header("job_title")} "{title}": {NOT_HERE}'
        # a login of no person beside the staff: ServiceNow's "svc.mid.server" (MID Server)
        # (a row without a number gets no form anyway: this says what it is, not refuses)
        for index, text in enumerate(clean):
            if isinstance(text, str) and "@" not in text and " " not in text.strip() and any(
                    c in text for c in "._-") and account(text.strip(), ""):
                head = self.layout.headers[index] if index < len(self.layout.headers) else ""
                return f'{head} "{text.strip()}": an account, not a person'
        return ""

    def _employee(self, number: int, values: tuple[Any, ...], texts: tuple[str, ...]) -> None:
        if self._unread is not None:  # employees under a leader line mus could not read
            self.unread_lines.append(self._unread)
            self._unread = None
        reader = self.reader
        clean = reader.without_cpr(number, values, texts)
        if clean is None:
            return
        if self._check_cells:
            reader.check_cells(self.sheet.unsaved_formulas, self.sheet.error_cells, number)
        if self._title_outside is not None:
            self.leavers.append(Absent(number, reader.text(clean, "number"),
                                       reader.shown_name(clean), self._title_outside.reason))
            self._outsider(number, clean)
            return
        if self._outside is not None and not self._numbered_here(reader.text(clean, "number")):
            # under "Eksterne konsulenter (ikke ansat)": no employee, not a missing number (nor
            # a firm's name where the staff above have their numbers: a table of its own)
            self.leavers.append(Absent(number, "", reader.shown_name(clean),
                                       self._outside.reason))
            self._outsider(number, clean)
            return
        written = reader.text(clean, "number")
        if (not self._other_table and self._under_heading and self.numbered and written
                and not has_digit(written) and all(map(has_digit, self.numbered))
                and self._names_listed_below(number)):
            # "Ledere:", then "Kaldenavn | Fulde navn | Mail" where the numbers stand: the
            # header of another table under the list (a key of the leaders), whose rows are
            # keyed otherwise
            self._other_table = True
            self.skips.append(Skipped(number, "header", mask_cpr(written[:40])))
            return
        if self._other_table and not self._numbered_here(written):
            self.skips.append(Skipped(number, "other-table", mask_cpr(reader.shown_name(clean))))
            return
        if self._misaligned_table and not self._numbered_here(written):
            # under a header of its own in another order ("Navn | Medarb.nr | Fag"): a name
            # where the number stands, the number elsewhere; never read by the list's columns
            self.misaligned.append(number)
            return
        if self._own_table and (at := self.numbered.get(reader.text(clean, "number"))) is not None \
                and normal_name(self.drafts[at].name) == normal_name(reader.shown_name(clean)):
            # "802 | Thomas Jensen | Overordnet, administration" under "Ledergruppe": a person
            # of the list again, in a table of its own (the leaders' group), not a second row
            self.skips.append(Skipped(number, "repeat", mask_cpr(reader.shown_name(clean))))
            return
        title = reader.text(clean, "job_title")
        elsewhere = "" if reader.text(clean, "number") else self._not_ours(clean, values, title)
        if not elsewhere and not reader.text(clean, "number") and not self.include_leavers:
            # a row without a number whose own cells say it is no employee of ours, or gone:
            # LDAP's employeeType "lokale", "ekstern censor" (no missing number to report)
            state = self.employment.of(number, values)
            elsewhere = state.reason if state.state == LEFT else ""
        if elsewhere:
            self.leavers.append(Absent(number, "", reader.shown_name(clean), elsewhere))
            self._outsider(number, clean)
            return
        state = self.employment.of(number, values)
        if self._section is not None and state.state == EMPLOYED:
            state = self._section  # under a heading "Fratrådte" or "Orlov"
        if state.state == EMPLOYED:
            state = self._unit_of_leavers(reader.text(clean, "department")) or state
        if number in self.marked and state.state == EMPLOYED:
            state = self.marked[number]
        if state.state == LEFT and not self.include_leavers:
            leaver = Absent(number, reader.text(clean, "number"), reader.shown_name(clean),
                            state.reason, state.ended)
            self.leavers.append(leaver)
            if state.reason.endswith(NOT_HERE):  # not ours, but not gone: may lead someone
                self._outsider(number, clean)
            else:
                self.gone.append(Who(number, leaver.number, leaver.name,
                                     reader.text(clean, "email")))
            return
        draft = reader.read(number, values, clean)
        if draft is None:
            return
        if self.sheet.links:
            self._linked(number, draft)
        if draft.row in self.unit_leaders and not draft.given.number:
            draft.given = Given(number=self.unit_leaders[draft.row])
        self._under_heading = False
        if self._block is not None and not given(draft):
            key = next(reversed(self.heading_led))
            own = normal_name(self._block.leader) == normal_name(draft.name)
            up = self._block.above
            if own and self._title_block is not None and self._block is self._title_block[0]:
                # the line over the header heads the first block ("Butik Skagen – ansvarlig:
                # Bent Friis" over his own row): no head of the whole list
                self._title_heads_block = True
            if own and up is None and self._title_block is not None and normal_name(
                    self._title_block[0].leader) not in ("", normal_name(draft.name)) and (
                    not self._title_heads_block):
                # a block's own leader under the leader a line over the header names for the
                # whole list ("Ledelse: forstander Lars Nielsen"): they report to that one
                up = self._title_block[0]
            if own and self._outer is None and up is not None:
                # the block's own leader: the one the heading says they report to (kept apart
                # until the walk is done: the heading's own key stays the last one made)
                draft.given = Given(text=up.leader, email=up.email)
                self._above_led.append(((key[0], up.leader, up.in_list, up.email), draft.row))
            else:
                draft.given = Given(text=self._block.leader, email=self._block.email)
                self.heading_led[key].append(draft.row)
                if own and self._outer is not None:
                    self._nested.append((draft, self._outer[0]))
        elif self.unit_key and not given(draft):
            self._keyed.append(draft)
        if self._heading_said is not None and draft.given.text:
            heading, said = self._heading_said
            if normal_name(said.leader) not in (normal_name(draft.given.text),
                                                normal_name(draft.name)):
                self.heading_differs.append((draft.row, draft.given.text, said.leader, heading))
        elif self._heading_said is not None and not given(draft):
            # an empty leader cell under a heading that names the unit's leader: that leader
            # (the column is filled where someone else leads: "Leder (hvis anden)")
            # (decided once every row is read: see heading_fills)
            self._unled.append((draft, *self._heading_said))
        if self._department and not draft.fields["department"]:
            draft.fields["department"] = self._department
            self.headed.append(number)
        elif self._title_unit is not None and not draft.fields["department"] and not any(
                s.reason == "heading" for s in self.skips):
            self._untitled.append(draft)
        if state.state == LEAVE:
            draft.on_leave = state.reason
        if draft.number in self.numbered:
            second_position(self.drafts, self.numbered[draft.number], draft, self.layout,
                            reader, self.skips)
            return
        self.numbered[draft.number] = len(self.drafts)
        self.drafts.append(draft)

    def title_unit(self) -> None:
        """The rows of the first block, over whose header a unit's name stands right above
        its leader line ("Administration", "Leder: Emil Kjær, ekj@…"): that unit, where the
        blocks under the header get theirs from headings of the same shape."""
        if self._title_unit is None or not self._untitled or not (self.headed or (
                self._title_named and not any(s.reason == "heading" for s in self.skips))):
            return  # (a unit named as one, "Sektion: …", over a list with no headings of
            # units is the unit of every row)
        row, unit = self._title_unit
        for draft in self._untitled:
            draft.fields["department"] = unit
        self.headed = sorted([*self.headed, *(d.row for d in self._untitled)])
        self.title_rows.append(row)

    def heading_leaders(self, findings: Findings) -> None:
        """Leaders named in heading rows, said in `mus check`; one not in the list warned
        of."""
        for line in self.unread_lines:
            findings.error("heading-leader-unread", f"Row {line} gives the leader of the rows "
                           "under it, but not as mus can read it: a name that is nobody on the "
                           "list, a day still to come, or a remark beside the name, so those "
                           "employees' leader cannot be told.", 'Write the leader\'s full name '
                           'alone after "Leder:" as the list writes it (or add a leader column '
                           "with each employee's leader), and run the command again.", line)
        if self._head is not None:
            head = self._head
            findings.note("head-leads-block", f"The heading over {rows_text(self._head_led)} "
                          f"names no leader: their leader is taken to be {head.name} (employee "
                          f"{head.number}, row {head.row}), of the same block, whose title "
                          f'("{head.fields["job_title"]}") says they head the whole.',
                          self._head_led[0], None, self._head_led)
        rows = [r for found in self.heading_led.values() for r in found]
        if not rows:
            return
        headings = [h for (h, _, _, _), found in self.heading_led.items() if found]
        place = "over the header" if all(h < self.layout.header_row for h in headings) else (
            "under the list")
        where = (f"for their unit in the lines {place} ({rows_text(headings)}); "
                 "rows of a unit with no line there are led by the head (the line labelled "
                 "with its person's own job title)" if self.unit_key else
                 f"in the heading above them ({rows_text(headings)})")
        findings.note("heading-leaders", "The list has no leader column: the leader of "
                      f"{len(rows)} employee(s) ({rows_text(rows)}) is the person named "
                      f"{where}.", rows[0], None, rows)
        for (heading, leader, in_list, email), found in self.heading_led.items():
            if found and not in_list:
                mailed = ("their leader's forms go to the address the heading gives" if email
                          else "the leader's forms are mailed to nobody")
                findings.warn("heading-leader-missing", f'The leader "{leader}" named in the '
                              f"heading in row {heading} is not in the list, so the forms of "
                              f"{rows_text(found)} show the name, and {mailed}.", "Add the "
                              "leader to the list with their e-mail, or correct the name in the "
                              "heading.", heading, None, found)

    def self_led(self) -> list[tuple[int, Draft]]:
        """Who a heading names as the leader of the rows under it while being one of those
        rows ("Afdelingsleder: Anne Mortensen" over a sheet that lists her): (the heading's row,
        their draft). The heading says whom they lead, not who leads them."""
        if not self.heading_led:
            return []
        by_row = {d.row: d for d in self.drafts}
        found = []
        for (heading, leader, _, _), rows in self.heading_led.items():
            name = normal_name(leader)
            found += [(heading, by_row[r]) for r in rows
                      if r in by_row and normal_name(by_row[r].name) == name]
        return found

    def heading_fills(self, findings: Findings) -> None:
        """An empty leader cell under a heading that names the unit's leader: that leader (the
        column is filled in where someone else leads, "Leder (hvis anden)"), said in `mus
        check`. Not the heading's leader themselves, and not someone the column gives as the
        leader of others: their blank says they lead the list, whatever heading is above."""
        if not self._unled:
            return
        leading = {leader_key(d.given) for d in self.drafts if d.given.said}
        heads = []
        for draft, heading, said in self._unled:
            if normal_name(said.leader) == normal_name(draft.name):
                heads.append(draft.row)  # the unit's leader: the blank says no one
            elif not person_keys(draft) & leading:
                draft.given = Given(text=said.leader, email=said.email)
                self.heading_filled.setdefault(heading, []).append(draft.row)
        rows = [r for found in self.heading_filled.values() for r in found]
        if not rows:
            return
        leader = self.layout.fields.get("leader")
        # the blanks are no pivot's: each is under a heading that names its leader
        read = {*rows, *heads}
        findings.warnings[:] = [w for w in findings.warnings if w.kind != "blank-grouped"
                                or not set(w.rows) <= read]
        findings.note("heading-fills-leader", f"The leader cell of {len(rows)} employee(s) "
                      f"({rows_text(rows)}) is empty, so their leader is the one the heading "
                      f"above them names ({rows_text(list(self.heading_filled))}).", rows[0],
                      leader.header if leader else None, rows)

    def heading_disagrees(self, findings: Findings) -> None:
        """Rows under a heading that names their unit's leader, whose leader column names
        someone who is not on the list: which is their leader cannot be told (a leader on the
        list may lead a team within the unit; one who is not may be gone)."""
        if not self.heading_differs:
            return
        listed = {normal_name(d.name) for d in self.drafts}
        odd: dict[tuple[str, str, int], list[int]] = {}
        for row, leader, said, heading in self.heading_differs:
            if normal_name(leader) not in listed:
                odd.setdefault((leader, said, heading), []).append(row)
        for (leader, said, heading), rows in odd.items():
            findings.error("heading-leader-differs", f'{rows_text(rows).capitalize()} name '
                           f'"{leader}" as leader, who is not on the list, but the heading in '
                           f"row {heading} names {said} as the leader of the rows under it, so "
                           "their leader cannot be told.", "Correct the leader column or the "
                           "heading, and run the command again.", rows[0],
                           self.reader.header("leader"))

    def _linked(self, row: int, draft: Draft) -> None:
        """Addresses in the links of names (a name clicked to write to them): the leader's
        where the list gives none beside the leader, the employee's where it has no e-mail
        column."""
        links, layout = self.sheet.links, self.layout
        leader = layout.index("leader")
        if leader is not None and draft.given.text and not draft.given.email and (
                address := links.get((row, leader + 1))):
            draft.given = dataclasses.replace(draft.given, email=address)
            self.linked.append(row)
        name = layout.index("name") if "name" in layout.fields else layout.index(
            "name_reversed")
        if "email" not in layout.fields and name is not None and not draft.fields.get(
                "email") and (address := links.get((row, name + 1))):
            draft.fields["email"] = address
            self.linked.append(row)

    def said_links(self, findings: Findings) -> None:
        if self.linked:
            rows = sorted(set(self.linked))
            findings.note("mail-links", "The names link to mail addresses (mailto:), and the "
                          "list has no column of them, so the addresses are read from the links "
                          f"({rows_text(rows)}).", rows[0], None, rows)

    def hidden_rows(self, findings: Findings) -> None:
        """Hidden rows are left out, but a hidden row that is an employee (not a leaver) may
        be hidden only for a view ("just Salg"): a guess either way, so it is a warning, not a
        note."""
        hidden = self.hidden
        if not hidden:
            return
        how = ("by the sheet's filter" if all(s.reason == "filtered" for s in self.skips
                                              if s.row in set(hidden)) else "in the sheet")
        findings.warn("hidden-employees", f"{len(hidden)} row(s) hidden {how} "
                      f"({rows_text(hidden)}) look like employees who have not left; they get "
                      "no form and no mail.", "If the rows were hidden only to look at part of "
                      "the list, show them in Excel (clear the filter) or add --include-hidden; "
                      "if they should get no form, nothing needs doing.", hidden[0], None,
                      hidden)


def _key_entries(lines: Sequence[tuple[int, tuple[Any, ...]]]
                 ) -> list[tuple[int, tuple[Any, ...]]]:
    """The lines of a key of units' leaders, one entry a line; a line of several entries set
    apart by "|" or ";" ("Butiksledere: Nørreport = Steen Rasmussen (…) | Østerport = …"), each
    entry as a line of its own ("Nørreport: Steen Rasmussen (…)"), without a remark after the
    last ("– butikslederne refererer til Sune")."""
    out: list[tuple[int, tuple[Any, ...]]] = []
    for number, values in lines:
        text = " ".join(t for t in map(cell_text, values) if t)
        parts = [p for p in _ENTRY_APART.split(text) if p.strip()]
        if len(parts) < 2 or sum("=" in p for p in parts) < 2:
            out.append((number, values))
            continue
        parts[0] = _KEY_LABEL.sub("", parts[0], count=1)
        for part in parts:
            if "=" not in part:
                continue
            unit, _, rest = part.partition("=")
            rest = _REMARK_TAIL.split(rest, maxsplit=1)[0]
            out.append((number, (f"{unit.strip()}: {rest.strip()}",)))
    return out


_KEY_ABOVE = re.compile(r"\b(?:refererer|rapporterer|reports?|svarer)\s+(?:til|to)\s+"
                        r"([A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){0,2})")
_ENTRY_APART = re.compile(r"\s+\|\s+|\s*;\s*")
_KEY_LABEL = re.compile(r"^\s*[^:=|]{1,30}:\s*(?=[^=]+=)")
_REMARK_TAIL = re.compile(r"\s+[–—-]\s+(?=\S+\s+(?:refererer|rapporterer|reports?|svarer)\b)",
                          re.IGNORECASE)
# A line that says whom everyone reports to (no unit's head comes between)
_EVERYONE = re.compile(r"\b(?:alle|samtlige|all|everyone|everybody)\b.*\b(?:refererer|"
                       r"rapporterer|reports?|svarer)\b", re.IGNORECASE)
# A heading's label of a unit at the top level, and of one under it; a path of units
_TOP_LABEL = re.compile(r"^\s*(?:afdeling|afd\.?|department|dept\.?|område|division|enhed)\s*:",
                        re.IGNORECASE)
_SUB_LABEL = re.compile(r"^\s*(?:underafdeling|underafd\.?|underenhed|undergruppe|sub-?unit|"
                        r"sub-?department)\s*[:\-–]", re.IGNORECASE)
_PATH = re.compile(r"\s+[>›»]\s+")


def _cells_pair(texts: Sequence[str], names: ListNames) -> HeadingLeader | None:
    """A line of a table over the list that gives a unit in its first cell and, in another,
    one person of the list (with an address in a cell of its own): that unit and leader."""
    filled = [t for t in texts if t]
    if len(filled) < 2:
        return None
    people = [t for t in filled[1:] if t in names]
    if len(people) != 1 or filled[0] in names:
        return None
    address = next((t for t in filled if valid_email(t)), "")
    return HeadingLeader(filled[0], people[0], True, address)


def _unit_line(text: str) -> bool:
    """A line that names a unit and nothing else: a few words, no digit, no sentence, no
    title of the list ("Personaleliste", "Medarbejderoversigt") nor a kind of staff."""
    return 1 <= len(text.split()) <= 5 and not any(c.isdigit() for c in text) and not (
        is_note(text)) and bool(heading_department(text)) and not (
        leader_line(text)) and not _LIST_TITLE.search(text) and not kind_heading(text)


_LIST_TITLE = re.compile(r"(?:liste|lister|oversigt|list|overview|medarbejdere|ansatte|"
                         r"personale|staff|employees)\b", re.IGNORECASE)


# a footnote's mark before or after a unit's name: "Kontor⁴", "¹ Værksted", "Lager*"
_FOOTNOTE = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§"


def unmarked(text: str) -> str:
    """A unit's name without the footnote marks before or after it."""
    return text.strip().strip(_FOOTNOTE).strip()


def _indent(values: Sequence[Any]) -> int:
    """The leading spaces of a row's first text (a compact pivot indents its levels)."""
    first = next((v for v in values if isinstance(v, str) and v.strip()), "")
    return len(first) - len(first.lstrip(" \u00a0"))


_ASIDE = re.compile(r"\(([^()]+)\)\s*$")


def _firm_aside(name: str) -> str:
    """The bracket after a name that names a firm or says not employed here ("UE:
    Stilladsfirmaet Fyn ApS", "vikar, Randstad"), or ""."""
    match = _ASIDE.search(name) if name.endswith(")") else None
    if match is None:
        return ""
    inner = match.group(1).strip()
    return inner if a_firm(inner) or not_ours(inner) or a_temp(inner) else ""


def _section(heading: Skipped) -> Employment | None:
    """A heading that says the rows under it have left or are on leave ("Fratrådte",
    "Orlov/barsel"), not a department."""
    state = status_state(heading.text)
    if state in (LEFT, LEAVE):
        return Employment(state, f'under the heading "{heading.text}"')
    if not_ours(heading.text):  # "Vikarer fra vikarbureau (StaffPlus)", "Eksterne konsulenter":
        # the people under it work here without being employed here
        return Employment(LEFT, f'under the heading "{heading.text}": {NOT_HERE}')
    return None


_TITLE_HEAD = re.compile(r"\s*(?:[(:–—]|\s-\s)\s*")
# Two days and a dash or "til" between them, inside a heading
_DAYS = re.compile(r"(?<!\d)(\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))\s*(?:[–—-]|til|to)\s*"
                   r"(\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?!\d)")


def _dated_section(text: str, today: dt.date | None) -> Employment | None:
    """A heading that gives the period its people are employed for: why they have left (the
    period over, or not begun), or employed for a period still on; None for a heading that
    gives no period."""
    found = _DAYS.search(text) if today is not None and text else None
    if found is None or today is None:
        return None
    try:
        first, last = read_date(found.group(1), DMY), read_date(found.group(2), DMY)
    except ValueError:
        return None
    if first is None or last is None or first > last:
        return None
    head = _TITLE_HEAD.split(text, maxsplit=1)[0].strip()[:40] or text[:40]
    if last < today:
        return Employment(LEFT, f'under the heading "{head}": the period is over')
    if first > today:
        return Employment(LEFT, f'under the heading "{head}": has not begun')
    return Employment(EMPLOYED)


def _note_section(text: str) -> Employment | None:
    """A long line whose first words (before a bracket, a colon or a dash) say the rows under
    it have left, have not begun or are on leave: "Fratrådte (til orientering …)"."""
    head = _TITLE_HEAD.split(text, maxsplit=1)[0].strip()
    if not head or head == text.strip() or len(head.split()) > 3:
        return None
    state = status_state(head)
    return Employment(state, f'under the heading "{head}"') if state in (LEFT, LEAVE) else None


def _outside(line: Skipped, text: str) -> Employment | None:
    """A heading or note that says the people under it are not employed ("Eksterne konsulenter
    (ikke ansat)", "Contractors – not employees"): their rows without a number are no
    employees. Read from the row's whole text (``line.text`` is cut short to be kept)."""
    if status_state(text) == LEFT or says_employed_elsewhere(text) or _NOT_ON_PAYROLL.search(
            text):  # "… er ansat af boligorganisationerne … IKKE på vores lønliste"
        return Employment(LEFT, f'under "{line.text}"')
    return None


# "ikke på vores lønliste", "not on our payroll": paid by someone else
_NOT_ON_PAYROLL = re.compile(r"\b(?:ikke|not)\s+(?:på|on)\s+(?:vores\s+|vor\s+|our\s+|the\s+)?"
                             r"(?:lønliste|lønningsliste|payroll)", re.IGNORECASE)
