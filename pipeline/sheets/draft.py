"""One employee row read into a draft: number, name, the fields, meeting date and language,
with every mistake in it reported (file, sheet, row, column, what to do).

Values are read as a person reads them: ``Karen Ravn <karen.ravn@x.dk>`` (pasted from Outlook)
is a name and an address; ``NO_MANAGER``, ``-``, ``n/a``, ``ingen`` mean no leader; a meeting
date written as text (``uge 48``, ``efter aftale``) is printed as written. A cell that holds a
CPR number is never copied anywhere: in a column mus uses the row is refused, in any other
column the cell is left out, and both are said with the number masked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.sheets.columns import LABELS, LEADER_FIELDS
from pipeline.sheets.cpr import WHAT_TO_DO, cell_cpr, may_hold_cpr
from pipeline.sheets.dates import MONTHS, AmbiguousDate, read_date, slash_order
from pipeline.sheets.evidence import ERRORS, MAILTO, NO_VALUE, name_and_address, split_address
from pipeline.sheets.findings import Findings, and_list, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.leaders import Given
from pipeline.sheets.leadertext import leads
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.marks import NUMBER_MARK, WRAPPED_NUMBER, has_mark, split_mark
from pipeline.sheets.names import (
    ascii_holes,
    aside,
    garbled,
    is_guid,
    normal_name,
    turn_around,
    without_initials,
)
from pipeline.sheets.persons import vacancy
from pipeline.sheets.remarks import status_aside
from pipeline.sheets.table import error_cell, unsaved_formula
from pipeline.sheets.textcells import scientific
from pipeline.sheets.values import cell_text, primary_smtp, several_addresses, valid_email

LANGUAGES = {"da": "da", "dansk": "da", "danish": "da", "dk": "da", "en": "en", "engelsk": "en",
             "english": "en", "": ""}
_NEW_MARK = re.compile(r"^\s*(?:ny|nye|new|nyansat|nystartet)\s*!*\s*$", re.IGNORECASE)
_NEW_BEFORE = re.compile(r"^(?:ny|new)\s*[!:]+\s*(\S.*)$", re.IGNORECASE)
_LOOKED_UP = ("email", "leader_email")  # columns a lookup often fills, and may leave #N/A
_CHECKED_TEXT = ("name", "first", "last", "leader", "department", "job_title")
_TEXT_FIELDS = ("email", "department", "job_title", "leader", "leader_last", "leader_number",
                "leader_email", "first", "last", "middle")
_ADDRESS_FIELDS = ("email", "leader_email", "leader")
_LOCALE = re.compile(r"[\s\-_(/,.;]+")
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# A date inside a text: "pr. 1/8", "fra 1.11.2026", "1. november"
_DATE_IN = re.compile(r"\b\d{1,2}\s*[./-]\s*\d{1,2}\b|\b\d{1,2}\.\s*(?:" + _MONTH_WORDS
                      + r")\b", re.IGNORECASE)
# A change of leader, not one leader: an arrow, "før", "indtil"
_CHANGE = re.compile(r"→|->|=>|>|\b(?:før|tidligere|indtil|until|before|previously)\b",
                     re.IGNORECASE)
# A name, then the day it holds from: "Anne Holm (fra 1/11)", "Sofie Krog pr. 1.8.2026",
# "Ib Lund, fra 1. november"
_SINCE = re.compile(r"^(?P<name>.*?[^\W\d_].*?)[\s,;:–-]*[(\[]?\s*(?:pr\.?|per|fra|from|since|"
                    r"siden)?\s*(?:(?P<d>\d{1,2})\s*[./-]\s*(?P<m>\d{1,2})(?:\s*[./-]\s*"
                    r"(?P<y>\d{4}|\d{2}))?|(?P<d2>\d{1,2})\.?\s*(?P<month>" + _MONTH_WORDS +
                    r")(?:\s+(?P<y2>\d{4}))?)\.?\s*[)\]]?\s*$", re.IGNORECASE)


def since(text: str, today: dt.date) -> str:
    """The leader's name where a cell gives one leader with the day they lead from and that
    day has come ("Anne Holm (fra 1/11)" on 6 December: "Anne Holm"); "" for a change of
    leader, a day to come, or a date that cannot be read (a day without a year is this
    year's)."""
    if _CHANGE.search(text):
        return ""
    match = _SINCE.match(text.strip())
    start = _day_of(match, today.year) if match else None
    if match is None or start is None:
        return ""
    name = match.group("name").strip(" ,;:–-([")
    return name if start <= today and name and not _DATE_IN.search(name) else ""


def _day_of(match: re.Match[str], year: int | None) -> dt.date | None:
    """The day a _SINCE match gives ("1/11", "1.8.2026", "1. november"); a day without a
    year is in ``year`` (None: no day at all)."""
    year_text = match.group("y") or match.group("y2")
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    if year is None:
        return None
    month = int(match.group("m")) if match.group("m") else MONTHS[match.group("month").casefold()]
    try:
        return dt.date(year, month, int(match.group("d") or match.group("d2")))
    except ValueError:
        return None


# The name of a .NET type where PowerShell wrote an object it did not expand:
# "Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject", "System.Object[]"
_TYPE_NAME = re.compile(r"^(?:System|Microsoft)(?:\.[A-Za-z_][\w`]*(?:\[[^\]]*\])?){1,8}$")
# The arrow of a change of leader: "Gry Kristensen → Sofie Mortensen pr. 1/1-2027"
CHANGE_ARROW = re.compile(r"\s*(?:→|->|=>|>)\s*")


def changed(text: str, today: dt.date) -> str:
    """The leader a change of leader gives today ("Gry Kristensen → Sofie Mortensen pr.
    1/1-2027": Gry Kristensen on 6 December 2026, Sofie Mortensen from the day): the new one
    where the day has come, the old one where it has not; "" for any other cell, or a day
    without a year (whose year cannot be told)."""
    parts = CHANGE_ARROW.split(text.strip())
    ahead = NEW_FROM.match(text.strip()) if len(parts) == 1 else None
    if ahead:  # "Rasmus Madsen (fra 01-02-2027: Rikke Lindqvist)": the new one, and the day
        parts = [ahead.group("old"), f'{ahead.group("new")} ({ahead.group("day")})']
    if len(parts) != 2 or not parts[0] or _DATE_IN.search(parts[0]):
        return ""
    match = _SINCE.match(parts[1])
    start = _day_of(match, None) if match else None
    if match is None or start is None:
        return ""
    new = match.group("name").strip(" ,;:–-([")
    old = parts[0].strip(" ,;:–-")
    if not new or not old or _DATE_IN.search(new) or not any(c.isalpha() for c in old):
        return ""
    return new if start <= today else old


# The leader, then in brackets the day a new one takes over and who: "Rasmus Madsen (fra
# 01-02-2027: Rikke Lindqvist)", "Ida Holm (pr. 1/3-2027 Bo Lund)"
NEW_FROM = re.compile(r"^(?P<old>[^()]*[^\W\d_][^()]*?)\s*\(\s*(?:ny(?:\s+leder)?\s+)?"
                       r"(?P<day>(?:fra|pr\.?|per|from)\s+[\d./-]+\d)\s*[:–-]?\s*"
                       r"(?P<new>[^()\d]*[^\W\d_][^()\d]*?)\s*\)$", re.IGNORECASE)


_DATE_SHAPED = re.compile(r"^\d{1,4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,4}(?:[ T].*)?$|^\d{8}$")


@dataclass
class Draft:
    row: int
    number: str
    name: str
    first_name: str
    values: tuple[Any, ...]
    texts: tuple[str, ...]
    given: Given
    meeting: dt.date | None = None
    meeting_text: str = ""  # a meeting "date" written as text, printed as written
    language: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    on_leave: str = ""  # why the list says they are on leave
    mark: str = ""  # a mark after the name ("*"), left out of it (marks.py)


# Between two leaders named in one cell ("Anne Holm / Bo Lund", "Holm & Lund", "Holm og Lund")
_TWO_PEOPLE = re.compile(r"/|&|;|\+|\s(?:og|and)\s", re.IGNORECASE)


_ID_PATH = re.compile(r"^\s*[^\W_]{0,4}\d+(?:\s*/\s*[^\W_]{0,4}\d+)+\s*$")


def _id_path(text: str, number: str) -> str:
    """The leader's number in a management line of numbers ("1001/1010/1358" for 1358:
    1010), where the line ends at the row's own number or has three steps or more; ""
    for any other cell (a date "1/11" is no line)."""
    if not _ID_PATH.match(text):
        return ""
    steps = [s.strip() for s in text.split("/")]
    if steps[-1] == number:
        steps.pop()
    elif len(steps) < 3:
        return ""
    return steps[-1] if steps else ""


def _one_person(leader: str) -> bool:
    """A leader cell that names one person: their cell of addresses is theirs alone."""
    return bool(leader) and _TWO_PEOPLE.search(leader) is None


def _two_lines(value: Any) -> bool:
    """A cell of text on exactly two lines."""
    return isinstance(value, str) and "\n" in value and len(
        [x for x in value.strip().splitlines() if x.strip()]) == 2


# A cell that sends the reader elsewhere: "Se organisationsdiagram", "See org chart", "Jf. bilag"
_REFERENCE = re.compile(r"^\s*(?:se|see|jf|jvf|cf|vide)\b\.?\s+\S", re.IGNORECASE)
# Who covers a post not filled: "Vakant – varetages af Troels Hansen", "(vacant, covered by
# Ann Ray)"
_COVERED = re.compile(r"\b(?:varetages|varetaget|dækkes|dækket|passes|besættes|covered|"
                      r"handled)\s+(?:midlertidigt\s+|temporarily\s+)?(?:af|by)\s+"
                      r"(?P<name>[^\W\d_][^()\d@]*?)\s*\)?\s*$", re.IGNORECASE)
_REFERENCE_AFTER = re.compile(r"\s*\(\s*(?:se|see|jf|jvf|cf|vide)\b\.?\s+[^()]*\)\s*$",
                              re.IGNORECASE)
# A SharePoint lookup or person field as a list exports it: "36;#Tina Kristensen"
_LOOKUP = re.compile(r"^\s*\d+;#(.+?)\s*$")
# A Windows user name with its domain: "VHK\\sukr" (an ESDH system's users)
_DOMAIN_USER = re.compile(r"^[A-Za-z][\w.-]{0,14}\\([^\\\s]+)$")
# A link in brackets after a value (a database's relation to the row it names)
_LINK = re.compile(r"\s*\(\s*https?://[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\s*\)")


def _date_shaped(text: str) -> bool:
    """Written as a date (``31-02-2027``, ``31. februar 2027``, a mistyped one too), not as
    words (``uge 48``, ``marts 2027``, ``primo marts``)."""
    if _DATE_SHAPED.match(text):
        return True
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return any(w in MONTHS for w in words) and len(re.findall(r"\d+", text)) >= 2


class DraftReader:
    """Turns one row into a draft employee, reporting what is wrong with it."""

    def __init__(self, layout: ListLayout, findings: Findings,
                 rows: Sequence[tuple[int, tuple[Any, ...]]],
                 today: dt.date | None = None) -> None:
        self.layout = layout
        self._rows = rows
        self._titles: set[str] | None = None  # the list's job titles, where a cell needs them
        self.today = today or dt.date.today()
        self.findings = findings
        self.columns = {key: use.index for key, use in layout.fields.items()}
        self.text_fields = [(key, self.columns.get(key)) for key in _TEXT_FIELDS]
        self.numbered = [(key, self.columns[key]) for key in ("number", "leader_number",
                                                               "leader") if key in self.columns]
        self.used = {u.index: k for k, u in layout.fields.items()}
        self.used.update({u.index: k for k, u in layout.identifiers.items()})
        self.kept = [(u.index, u.header) for u in layout.kept]
        self.withheld = frozenset(u.index for u in layout.withheld)
        self.seen: dict[str, tuple[int, str]] = {}  # number → (first row, name)
        self.no_leader: dict[str, list[int]] = {}  # "NO_MANAGER" → rows
        self.referred: dict[str, list[int]] = {}  # "Se organisationsdiagram" → rows
        self.id_paths: list[int] = []  # rows whose leader is a line of numbers ("1001/1010")
        self.vacant_posts: dict[str, bool] = {}  # a leader as written → a post not filled?
        self.meeting_texts: dict[str, list[int]] = {}
        self.dated_leaders: dict[str, list[int]] = {}  # "Sand → Krog pr. 1/8" → rows
        self.leaders_since: dict[str, tuple[str, list[int]]] = {}  # "Holm (fra 1/11)" → name
        self.covering: dict[str, tuple[str, list[int]]] = {}  # "Vakant – varetages af X" → X
        self.other_languages: dict[str, list[int]] = {}  # "tysk" → rows
        self.first_addresses: dict[str, list[int]] = {}  # field → rows of several addresses
        self.type_names: dict[str, list[int]] = {}  # "System.Object[]" as a leader → rows
        self.duplicates: list[tuple[str, int, int]] = []  # number, row, the row before
        meeting = layout.index("meeting_date")
        self.order = None
        if any("/" in cell_text(value_at(v, i)) for _, v in rows
               for i in (meeting, layout.index("end_date")) if i is not None):
            self.order = slash_order(c for _, v in rows for c in v if isinstance(c, str))

    def header(self, key: str) -> str | None:
        use = self.layout.fields.get(key)
        return use.header if use else None

    def titles(self) -> set[str]:
        """The job titles the list gives (casefolded), worked out at the first that asks."""
        if self._titles is None:
            at = self.columns.get("job_title")
            self._titles = set() if at is None else {
                cell_text(v[at]).casefold() for _, v in self._rows if at < len(v)} - {""}
            at = self.columns.get("name", self.columns.get("name_reversed"))
            if at is not None:  # and the second lines of names: "Helle Poulsen↵Konsulent"
                self._titles |= {str(v[at]).strip().splitlines()[-1].strip().casefold()
                                 for _, v in self._rows if at < len(v) and _two_lines(v[at])}
        return self._titles

    def text(self, texts: Sequence[str], key: str) -> str:
        index = self.columns.get(key)
        return texts[index] if index is not None and index < len(texts) else ""

    def without_cpr(self, row: int, values: Sequence[Any], texts: tuple[str, ...]
                    ) -> tuple[str, ...] | None:
        """The row's texts with cells that hold a CPR number left out; None (reported) if one
        is in a column mus uses."""
        withheld = self.withheld
        joined = "\x1f".join(t for i, t in enumerate(texts) if i not in withheld) if withheld \
            else "\x1f".join(texts)
        if not may_hold_cpr(joined):  # number cells are in it as shown, too
            return texts
        hits = []
        for index, header in self.kept:
            if index >= len(texts) or not texts[index]:
                continue
            masked = cell_cpr(values[index], texts[index])
            if masked:
                hits.append((index, header, masked))
        if not hits:
            return texts
        cleaned = list(texts)
        refused = False
        for index, header, masked in hits:
            key = self.used.get(index)
            if key is not None:
                refused = True
                self.findings.error("cpr-cell", f"The {LABELS[key]} in this row holds a CPR "
                                    f"number ({masked}).", WHAT_TO_DO, row, header)
            else:
                cleaned[index] = ""
                self.findings.warn("cpr-cell", f'The column "{header}" holds a CPR number '
                                   f"({masked}) in this row; that cell is left out of "
                                   "everything mus writes.", WHAT_TO_DO, row, header)
        return None if refused else tuple(cleaned)

    def check_cells(self, unsaved: Any, errors: Any, row: int) -> None:
        """Cells whose formula was never calculated, or that show an error (``#N/A``): a
        mistake in a column mus uses, a warning in any other."""
        for use in self.layout.kept:
            cell = (row, use.index + 1)
            where = unsaved.get(cell)
            shown = errors.get(cell)
            if where is None and shown is None:
                continue
            report = self.findings.error if use.index in self.used else self.findings.warn
            if where is not None:
                report("formula", *unsaved_formula(where), row, use.header)
            elif self.used.get(use.index) in _LOOKED_UP:
                # "#N/A" where a lookup found no address: no address here (the leader's is then
                # the one on their own row), warned; never an address
                self.findings.warn("error-cell", error_cell(f"{use.letter}{row}", shown)[0]
                                   + " It is read as no address.", "Correct the formula if "
                                   "the address is needed.", row, use.header)
            else:
                report("error-cell", *error_cell(f"{use.letter}{row}", shown), row, use.header)

    def shown_name(self, texts: Sequence[str]) -> str:
        """The row's name as a person says it, without reporting anything (for leavers)."""
        written = self.text(texts, "name") or self.text(texts, "name_reversed")
        if not written:
            parts = (self.text(texts, "first"), self.text(texts, "middle"),
                     self.text(texts, "last"))
            return split_mark(" ".join(p for p in parts if p))[0]
        try:
            return split_mark(turn_around(written)[0])[0]
        except ValueError:
            return written

    def read(self, row: int, values: tuple[Any, ...], texts: tuple[str, ...]) -> Draft | None:
        f = self.findings
        number = self.text(texts, "number")
        number_mark = ""
        if number.endswith(")") and (marked := NUMBER_MARK.match(number)):
            number, number_mark = marked[1], marked[2].casefold()  # "16 (s)": the mark after it
        elif number.startswith("(") and (wrapped := WRAPPED_NUMBER.match(number)):
            number, number_mark = wrapped[1], "()"  # "(1009)": the number in brackets
        if not number:
            f.error("no-number", "This row has no employee number.",
                    "Fill in the employee number, or delete the row if it is not an employee.",
                    row, self.header("number"))
            return None
        if is_guid(number):
            f.error("number-kind", "The employee number in this row is a directory object ID "
                    "(GUID), not an employee number.", "Write the employee number in this "
                    "column.", row, self.header("number"))
            return None
        for field_key, index in self.numbered:
            written = texts[index] if index < len(texts) else ""
            if ("E" in written or "e" in written) and scientific(written):
                f.error("scientific", f'The {LABELS[field_key]} "{written}" is written in '
                        "scientific notation, so its digits are lost.", "In Excel, format the "
                        "column as text before exporting (or export as .xlsx), and check the "
                        "numbers.", row, self.header(field_key))
                return None
        key = "name" if "name" in self.columns else "name_reversed"
        at = self.columns.get(key)
        own_address = ""
        if at is not None and at < len(values) and _two_lines(values[at]):
            # "Jakob Lund-Østergaard↵Ernæringsassistent" (a Word table pasted in): the name is
            # the first line; "Jens Andersen↵jens.andersen@…": the name, then their address
            first, second = [x.strip() for x in str(values[at]).strip().splitlines() if x.strip()]
            if "@" in second and valid_email(second) and "@" not in first:
                own_address = second
            texts = (*texts[:at], cell_text(first), *texts[at + 1:])
        if at is not None and at < len(texts) and "[mailto:" in texts[at] and (
                pasted := MAILTO.match(texts[at])):
            # "Pia Olsen [mailto:pia.olsen@…]": pasted from Outlook, the name and the address
            own_address = pasted[2]
            texts = (*texts[:at], pasted[1].strip(), *texts[at + 1:])
        name, first_name = self._name(row, texts)
        mark = ""
        if has_mark(name):
            name, mark = split_mark(name)
        if name.endswith(")") and (bracketed := aside(name)) and (
                bracketed[1] == number or status_aside(name) or _NEW_MARK.match(bracketed[1])):
            name = bracketed[0]  # "Karen Ravn (21001)": the number again; "(barsel)": a state;
            # "(ny!)": HR's mark of someone new
        if name[:2].casefold() in ("ny", "ne") and (new := _NEW_BEFORE.match(name)):
            name = new[1]  # "Ny! Camilla Vestergaard"
        seen = self.seen.get(number)
        if seen is None:
            self.seen[number] = (row, name)
        elif normal_name(seen[1]) != normal_name(name):  # two people with one number
            self.duplicate(number, (row, seen[0]))
            return None
        if not name:
            f.error("no-name", f"Employee {number} has no name.", "Fill in the name.", row,
                    self.header("name") or self.header("name_reversed") or self.header("first"))
        width = len(texts)
        fields = {key: texts[i] if i is not None and i < width else ""
                  for key, i in self.text_fields}
        at = self.columns.get("leader")
        if at is not None and at < len(values) and _two_lines(values[at]):
            first, second = [x.strip() for x in str(values[at]).strip().splitlines() if x.strip()]
            if "@" not in second and (len(second.split()) == 1 or leads(second)
                                      or second.casefold() in self.titles()):
                fields["leader"] = cell_text(first)  # "Jakob Jørgensen↵CFO": the name
        for key in _ADDRESS_FIELDS:  # "mailto:hala@x.dk": a link copied as it was, no address
            if fields[key][:1] in ("m", "M") and fields[key][:7].casefold() == "mailto:":
                fields[key] = fields[key][7:].strip()
        if "://" in "\x1f".join(fields.values()):  # Notion's relation: "Sofie Holm (https://…)"
            for key, text in fields.items():
                if "://" in text:
                    fields[key] = _LINK.sub("", text).strip()
        above = self.layout.leader_above
        if above is not None and not (fields["leader"] or fields["leader_number"]) and (
                not fields["leader_email"] or above[1] is None or (
                    above[0] == above[1] and fields["email"]
                    and fields["leader_email"].casefold() == fields["email"].casefold())):
            # (or a unit leader given their own address, where the level above gives only
            # addresses: "Overordnet enhedsleder (mail)")
            # "Pædagogisk leder" empty (a leader of the level below): the level above leads
            # (with the address of the nearest leader's column, "Mail nærmeste leder", where
            # the level above has none of its own)
            fields["leader"] = texts[above[0]] if above[0] < width else ""
            if above[1] is not None and above[1] < width:
                fields["leader_email"] = texts[above[1]]
        for key in _LOOKED_UP:
            if fields[key] in ERRORS:
                fields[key] = ""  # (warned in check_cells)
        if own_address and not fields["email"]:
            fields["email"] = own_address
        for key in ("email", "leader_email"):
            text = fields[key]
            if "SMTP:" in text and (primary := primary_smtp(text)):
                fields[key] = primary  # Exchange's address list: its primary address
                continue
            if text.count("@") > 1 and (found := several_addresses(text)) and (
                    key == "email" or _one_person(fields["leader"])):
                # "ny@x.dk; gl@y.dk" (a merger, a second mailbox): one person's addresses,
                # the first is used; a leader cell of two people keeps the cell as it is
                fields[key] = found[0]
                self.first_addresses.setdefault(key, []).append(row)
        if "/" in fields["leader"] and not fields["leader_number"] and (
                path := _id_path(fields["leader"], number)):
            # "1001/1010/1358": the management line by numbers, top first, down to the
            # row's own: the nearest leader is the last step above the row's own number
            fields["leader"], fields["leader_number"] = "", path
            self.id_paths.append(row)
        given = self._given(row, fields)
        if "<" in fields["email"]:
            fields["email"] = split_address(fields["email"])[1] or fields["email"]
        for key in _CHECKED_TEXT:
            self._check_text(row, number, key, name if key == "name" else fields[key])
        draft = Draft(row, number, name, first_name, values, texts, given, fields=fields,
                      mark=mark or number_mark)
        draft.meeting, draft.meeting_text = self._meeting(row, number, values)
        draft.language = self._language(row, number, texts)
        return draft

    def duplicate(self, number: str, rows: tuple[int, int]) -> None:
        """Two rows with one employee number that cannot be one person's (positions.py)."""
        self.duplicates.append((number, *rows))
        for here, there in (rows, rows[::-1]):
            self.findings.error("duplicate", f"The employee number {number} is also used in row "
                                f"{there}.", "Every employee number may appear only once: "
                                "correct or delete one of the rows.", here, self.header("number"))

    def numbers_per_company(self) -> None:
        """Numbers used twice, every pair told apart by a column of a few values (`Selskab`:
        a group's companies, each numbering its staff from its own start): one mistake that
        says so, in place of two per number that each ask to delete a row."""
        if not self.duplicates:
            return
        values = dict(self._rows)
        pairs = [(values.get(a, ()), values.get(b, ())) for _, a, b in self.duplicates]
        for index, header in enumerate(self.layout.headers):
            if not header or index in self.used or index in self.withheld:
                continue
            split = [(cell_text(value_at(a, index)), cell_text(value_at(b, index)))
                     for a, b in pairs]
            if not all(x and y and x.casefold() != y.casefold() for x, y in split):
                continue
            kinds = {cell_text(value_at(v, index)) for _, v in self._rows} - {""}
            if len(kinds) > 10 or len(kinds) * 3 > len(self._rows):
                continue
            self.findings.errors = [e for e in self.findings.errors if e.kind != "duplicate"]
            rows = sorted({r for _, a, b in self.duplicates for r in (a, b)})
            numbers = list(dict.fromkeys(n for n, _, _ in self.duplicates))
            shown = and_list([f'"{k}"' for k in sorted(kinds)[:4]] + (
                [f"{len(kinds) - 4} more"] if len(kinds) > 4 else []))
            self.findings.error(
                "duplicate", f'The employee numbers start again for each "{header}" '
                f"({shown}): {len(numbers)} number(s) are each used by more than one "
                f'person, in different "{header}" ({rows_text(rows)}; the first: '
                f"{numbers[0]}).", "mus needs one "
                "number per person across the whole list. Put each company's own letters "
                f'before its numbers (for example "A-{numbers[0]}") in the list, or make one '
                f'list per "{header}" and run each in a working folder of its own.',
                rows[0], self.header("number"))
            return

    def _vacant(self, leader: str) -> bool:
        """A leader's post not filled ("N.N. (vakant)"), looked at once per leader written."""
        known = self.vacant_posts.get(leader)
        if known is None:
            known = self.vacant_posts[leader] = vacancy(leader)
        return known

    def _given(self, row: int, fields: dict[str, str]) -> Given:
        """The leader as the row gives them; "no leader" words read as no leader."""
        if fields["leader_last"]:  # "Henrik" | "Kjær": the leader's first and last name
            fields["leader"] = f'{fields["leader"]} {fields["leader_last"]}'.strip()
        mail = fields["leader_email"]
        if mail and "@" not in mail and not fields["leader"] and not fields["leader_number"] \
                and any(c.isalpha() for c in mail):
            # words where the leader's address goes ("Direktør for Børn og Unge"), in a
            # column of "Name (address)": who leads, without an address
            fields["leader"], fields["leader_email"] = mail, ""
        covered = _COVERED.search(fields["leader"]) if " af " in fields["leader"] or (
            " by " in fields["leader"]) else None
        if covered and self._vacant(fields["leader"][:covered.start()]):
            # "Vakant – varetages af Troels Hansen": the post is empty, and who covers it leads
            self.covering.setdefault(fields["leader"], (covered.group("name"), []))[1].append(row)
            fields["leader"] = covered.group("name")
        if "(" in fields["leader"]:  # "Direktør for Børn og Unge (se intranet)": the leader,
            # and where to read more of them
            fields["leader"] = _REFERENCE_AFTER.sub("", fields["leader"])
        if fields["department"] and not fields["department"].strip("-–—. "):
            fields["department"] = ""  # "–": no team (a heading above may give the unit)
        for key in LEADER_FIELDS:
            value = fields[key]
            if value[:6] in ("System", "Micros") and _TYPE_NAME.match(value):
                # PowerShell's Export-Csv of an object it did not expand: its type's name
                self.type_names.setdefault(value, []).append(row)
                fields[key] = value = ""
            if value and ";#" in value and (looked := _LOOKUP.match(value)):
                value = fields[key] = looked.group(1)  # "36;#Tina Kristensen": SharePoint's
                # lookup, the ID of the row it points to, then what it shows
            if value and "\\" in value and (domain := _DOMAIN_USER.match(value)):
                value = fields[key] = domain.group(1)  # "VHK\\sukr": the user name
            if value and key == "leader" and " " in value and value[:1] in "SsJjCcVv" and (
                    _REFERENCE.match(value)):
                # "Se organisationsdiagram": the leader is kept somewhere else
                self.referred.setdefault(value, []).append(row)
                fields[key] = value = ""
            if value and value[:1] in "-–—" and value.endswith(")") and (
                    bare := value.partition("(")[0].strip()) and bare.casefold() in NO_VALUE:
                value = bare  # "— (bestyrelsen)": nobody here, the aside says who is above
            if value and ((len(value) <= 16 and value.casefold() in NO_VALUE) or (
                    value[0] == "0" and value.isdigit() and not value.strip("0")) or (
                    key == "leader" and "@" not in value and self._vacant(value))):
                # "NO_MANAGER", "-", "0" (an old system's top); a leader's post not filled:
                # "N.N. (vakant)", "Ubesat"
                self.no_leader.setdefault(value, []).append(row)
                fields[key] = ""
        written = fields["leader"]
        if written and "=" not in written and _DATE_IN.search(written):
            # (a directory's DN may hold "OU=1-2")
            name = since(written, self.today)
            if name:  # "Anne Holm (fra 1/11)": the leader since a day that has come
                self.leaders_since.setdefault(written, (name, []))[1].append(row)
                fields["leader"] = name
            elif name := changed(written, self.today):
                # "Gry Kristensen → Sofie Mortensen pr. 1/1-2027": who leads on the day
                self.leaders_since.setdefault(written, (name, []))[1].append(row)
                fields["leader"] = name
            else:  # "Jørgen Sand → Sofie Krog pr. 1/8", "Ib Lund fra 1/1-2027": a change
                self.dated_leaders.setdefault(written, []).append(row)
        number = fields["leader_number"]
        if "@" in number and not fields["leader_email"] and valid_email(number):
            # Viva Insights' "ManagerId": the manager's address, as its PersonId is
            fields["leader_email"], fields["leader_number"] = number, ""
            number = ""
        if not fields["leader"] and (aside(number) or (" " in number.strip() and any(
                c.isalpha() for c in number))):
            # "Mads Hjorth (61100)", "61001 - Rikke Høj" under a leader-number header: a name
            # with the number, read as the leader column reads it (the two must agree)
            fields["leader"], fields["leader_number"] = fields["leader_number"], ""
        text, email = name_and_address(fields["leader"])
        given_email = fields["leader_email"]
        named, address = name_and_address(given_email) if " " in given_email or (
            "<" in given_email) else ("", "")  # (an address alone has no space)
        if address:  # "Jens Andersen (jand@…)" under the leader's e-mail: both, as above
            given_email = address
            if not fields["leader"] and not fields["leader_number"]:
                fields["leader"] = named
        if text and email:  # "Karen Ravn <karen.ravn@x.dk>": a name and an address
            return Given(text, fields["leader_number"], given_email or email)
        return Given(fields["leader"], fields["leader_number"], given_email)

    def _name(self, row: int, texts: Sequence[str]) -> tuple[str, str]:
        first = self.text(texts, "first")
        key = "name" if "name" in self.layout.fields else "name_reversed"
        written = without_initials(self.text(texts, key))
        if not written:
            parts = (first, self.text(texts, "middle"), self.text(texts, "last"))
            return " ".join(p for p in parts if p), first
        try:
            name, given = turn_around(written)
        except ValueError:
            self.findings.error("commas", f'The name "{written}" has more than one comma, so it '
                                "cannot be told which part is the first name.",
                                'Write it as "Efternavn, Fornavn" or "Fornavn Efternavn".', row,
                                self.header(key))
            return written, first
        return name, first or given

    def _check_text(self, row: int, number: str, key: str, text: str) -> None:
        if "?" not in text and "Ã" not in text and "Â" not in text:
            return
        column = self.header(key if key != "name" or "name" in self.layout.fields else
                             "name_reversed")
        if garbled(text):
            self.findings.error(
                "garbled", f'The {LABELS[key]} "{text}" of employee {number} is garbled: the '
                "file went through the wrong text encoding on its way here.", "Export the list "
                "again in UTF-8 (or open the original in Excel and save it as .xlsx).", row,
                column)
        elif ascii_holes(text):
            self.findings.error(
                "ascii", f'The {LABELS[key]} "{text}" of employee {number} has "?" where a letter '
                "should be: the list was exported as plain ASCII, which cannot hold æ, ø, å.",
                "Export it again in UTF-8 (PowerShell: Export-Csv -Encoding UTF8).", row, column)

    def _meeting(self, row: int, number: str, values: tuple[Any, ...]
                 ) -> tuple[dt.date | None, str]:
        raw = value_at(values, self.layout.index("meeting_date"))
        try:
            return read_date(raw, self.order), ""
        except AmbiguousDate:
            self.findings.error(
                "ambiguous-date", f'The meeting date "{cell_text(raw)}" of employee {number} '
                "could be day/month or month/day, and the file does not show which.",
                "Write it as 15-03-2027 (day-month-year) or 2027-03-15.", row,
                self.header("meeting_date"))
        except ValueError:
            text = cell_text(raw)
            if not _date_shaped(text):  # "uge 48", "efter aftale": as written, and said
                self.meeting_texts.setdefault(text, []).append(row)
                return None, text
            self.findings.error(
                "date", f'The meeting date "{text}" of employee {number} is not a date.',
                "Write it as a date, for example 15-03-2027.", row,
                self.header("meeting_date"))
        return None, ""

    def _language(self, row: int, number: str, texts: tuple[str, ...]) -> str:
        text = self.text(texts, "language")
        language = LANGUAGES.get(text.lower())
        if language is None:  # "da-DK", "en_GB", "Danish (Denmark)", "English (UK)"
            language = LANGUAGES.get(_LOCALE.split(text.lower(), 1)[0])
        if language is None:  # a language mus makes no forms in: the usual form, and said
            self.other_languages.setdefault(text, []).append(row)
            return ""
        return language
