"""Who has left and who is on leave, as the list's status and end-date columns say.

A leaver (a status such as ``Fratrådt``, ``Ophørt``, ``Inaktiv``, ``Terminated``; ``Active``
no; an end date such as ``Ansat til``, ``Fratrædelsesdato``, ``Termination date`` before today)
gets no form and no mail. Someone on leave (``Orlov``, ``Barsel``, ``Leave``) has not left:
they are listed, and get their form unless HR asks to skip them. A status mus does not know is
said in `mus check` and taken as employed; an end date whose order cannot be told and that
decides it is refused with its row.

What each word says (a status, a remark, a header) is statuswords.py's; this module reads
the rows with it, and their remarks through remarks.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from pipeline.sheets.codes import find_codes
from pipeline.sheets.dates import DMY, MONTHS, AmbiguousDate, read_date
from pipeline.sheets.evidence import NO, NO_VALUE, YES
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.headerwords import DEPT, DIVISION, JOB, KIND, concepts, header_words
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.persons import title_names_account
from pipeline.sheets.ranking import FREE_MAIL
from pipeline.sheets.remarks import (
    CARD_TROUBLE,
    Remarks,
    card_trouble,
    day_of,
    last_event,
    nearest,
    says_employed_elsewhere,
    says_not_employed,
)
from pipeline.sheets.statuswords import (
    ACCOUNT_DISABLED,
    DATED,
    EMPLOYED,
    FIXED_TERM,
    IDLE,
    INACTIVE,
    LEAVE,
    LEFT,
    LEFT_WORDS,
    NOT_HERE,
    NOT_NOW,
    RETIREMENT,
    THINGS,
    TRANSFER_WORDS,
    WORD,
    a_firm,
    customer,
    date_in_words,
    excel_serial,
    holds_kinds,
    holds_statuses,
    is_form_header,
    is_off_flag,
    is_start_header,
    kinds_not_states,
    marks_outsiders,
    may_say_no_employee,
    misspelt_status,
    no_employee,
    not_begun,
    notice_date,
    outside,
    placement,
    remark_state,
    retires,
    start_date,
    starts_later,
    status_state,
    transferred_away,
)
from pipeline.sheets.systems import known_codes
from pipeline.sheets.values import (
    JOINED,
    cell_text,
    has_digit,
    lone_texts,
    mail_domain,
    parse_date,
)

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ColumnUse, ListLayout
    from pipeline.sheets.table import Sheet

@dataclass(frozen=True)
class Employment:
    state: str  # EMPLOYED, LEFT or LEAVE
    reason: str = ""  # what the row says: 'Status "Fratrådt"', 'Ansat til 31-10-2026'
    ended: dt.date | None = None  # a leaver's end date, where the list gives one


@dataclass(frozen=True)
class Absent:
    """Someone on the list who gets no form: a leaver, or someone on leave when asked."""

    row: int
    number: str
    name: str
    reason: str
    ended: dt.date | None = None  # the end date, where the list gives one (mus erase)
    sheet: str = ""  # the sheet the row is on, where the list is split over sheets


_STILL_EMPLOYED = Employment(EMPLOYED)
# Exports of user directories, where a status is the account's, not the employment's.
_DIRECTORIES = frozenset({"Google Workspace", "Microsoft 365 admin center", "Microsoft Entra ID",
                          "Active Directory", "JumpCloud"})
_SUSPENDED = frozenset({"suspended", "suspenderet", "suspendert", "suspenderad"})
_SAMPLE = 2000  # rows looked at to tell a column of kinds of employment
def _date_like(text: str) -> bool:
    """A text that speaks of a date: a digit, or a month's name ("udgangen af oktober")."""
    from pipeline.sheets.dates import MONTHS

    return any(c.isdigit() for c in text) or any(
        w in MONTHS for w in WORD.findall(text.casefold()))


def _column(rows: Sequence[tuple[int, Sequence[Any]]], index: int,
            limit: int | None = None) -> list[Any]:
    """The column's values in the first ``limit`` rows (all rows: None)."""
    return [value_at(v, index) for _, v in rows[:limit]]


# Two days with a dash or a word between them: a period ("01.04.2026–31.10.2026",
# "1/4-2026 til 31/10-2026", "2026-04-01 - 2026-10-31")
_PERIOD = re.compile(r"^\s*(\S+)\s*(?:[–—]|\s-\s|\s(?:til|to|bis)\s)\s*(\S+)\s*$", re.IGNORECASE)
# a period with its first day only: "2015-11-24 –" (a Swedish "Anställningsperiod" still open)
_OPEN_PERIOD = re.compile(r"^\s*(\S*\d)\s*[–—-]\s*$")


# the header of a yes/no flag of an account or a card shut ("loginDisabled", "Konto spærret")
_ACCOUNT_SHUT = INACTIVE | {"spærret", "spaerret", "blokeret", "blocked", "locked", "suspended"}
# what befalls a card or a login, not its holder: lost, stolen, broken, a new one ordered
# released from work and paid until the end of the notice: still employed till then
_RELEASED = frozenset({"fritstillet", "fritstillede", "fritstilling", "freigestellt",
                       "released", "garden"})
# a remark's first clause: up to a dash between spaces, a colon, a comma or a semicolon
_FIRST_CLAUSE = re.compile(r"\s+[–—-]\s+|\s*[:;,]\s*")
# Two dotted or slashed days joined by a bare hyphen: "01.04.2026-31.10.2026" (an ISO day's
# own hyphens are no such join)
_DOTTED_DAY = r"(\d{1,2}[./]\d{1,2}[./]\d{2,4})"
_PERIOD_HYPHEN = re.compile(rf"^\s*{_DOTTED_DAY}-{_DOTTED_DAY}\s*$")


# A season's days, day/month each, the year after the last or after each: "Sæson 1/4–31/10
# 2026", "Sæson 1/11 2026–31/3 2027"
_SEASON = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})\.?(?:\s*(\d{4}))?\s*[–—-]\s*"
                     r"(\d{1,2})[/.](\d{1,2})\.?\s*(\d{4})(?![\d/.])")


def _season(text: str) -> tuple[dt.date, dt.date] | None:
    found = _SEASON.search(text)
    if found is None:
        return None
    d1, m1, y1, d2, m2, y2 = found.groups()
    try:
        end = dt.date(int(y2), int(m2), int(d2))
        start = dt.date(int(y1) if y1 else int(y2), int(m1), int(d1))
        if start > end and not y1:  # "1/11–31/3 2027": the winter began the year before
            start = dt.date(int(y2) - 1, int(m1), int(d1))
    except ValueError:
        return None
    return (start, end) if start <= end else None


# A season in weeks: "uge 14–43 2026", "Week 3-20 2027", "v. 40–51 2026"
_WEEKS = re.compile(r"^\s*(?:uge|uger|week|weeks|wk|v|vecka|veckor|veke|uke|woche|kw)\.?\s*"
                    r"(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*,?\s*(\d{4})\s*$", re.IGNORECASE)


def _weeks(text: str) -> tuple[dt.date, dt.date] | None:
    """The Monday of a season's first week and the Sunday of its last (ISO weeks)."""
    found = _WEEKS.match(text)
    if found is None:
        return None
    first, last, year = int(found.group(1)), int(found.group(2)), int(found.group(3))
    try:
        return dt.date.fromisocalendar(year, first, 1), dt.date.fromisocalendar(
            year if last >= first else year + 1, last, 7)
    except ValueError:
        return None


def _period(text: str, order: str | None) -> tuple[dt.date, dt.date] | None:
    if text[:1].isalpha() and (weeks := _weeks(text)) is not None:
        return weeks
    match = _PERIOD.match(text) or _PERIOD_HYPHEN.match(text)
    if match is None and (open_ended := _OPEN_PERIOD.match(text)):
        try:  # "2015-11-24 –": from that day, no end
            start = read_date(open_ended.group(1), order)
        except ValueError:
            return None
        return (start, dt.date.max) if start is not None else None
    if match is None:
        return None
    try:
        start, end = read_date(match.group(1), order), read_date(match.group(2), order)
    except ValueError:
        return None
    return (start, end) if start is not None and end is not None and start <= end else None


def _periods(values: Sequence[Any], order: str | None) -> bool:
    """A column of periods: two or more filled cells, each two days (the rest empty), or
    three in four so where the others give a day in words ("13 uger fra 02.11.2026", left as
    they are)."""
    texts = [cell_text(v) for v in values if cell_text(v)]
    words = {t.casefold() for t in texts if not has_digit(t)}
    if len(words) > 2 or any(status_state(w) not in (None, EMPLOYED) for w in words):
        # (one word or two beside the periods, "helårs", the year round: no leave's periods
        # among "barsel" in a remark)
        return False
    texts = [t for t in texts if has_digit(t)]
    if len(texts) < 2:
        return False
    periods = sum(_period(t, order) is not None for t in texts)
    return periods == len(texts) or (periods >= 3 and 4 * periods >= 3 * len(texts))


# A kind of identity that is no person ("Service", "System", "Robot" in an identity system's
# type column, beside "Employee" and "Contractor")
_NO_PERSON = frozenset({"service", "system", "robot", "bot", "test", "resource", "ressource",
                        "shared", "generic", "functional", "device"})
# (an "Organization" column that is not the department: an address book's company)
_EMPLOYER = frozenset({"firma", "company", "virksomhed", "arbejdsgiver", "employer", "selskab",
                       "foretag", "företag", "arbeidsgiver", "unternehmen", "organization",
                       "organisation"})


_MARK_LEGEND = re.compile(r"^\s*(?P<header>[^=:]{1,30}?)\s*=\s*(?P<mark>[^\s:=]{1,3})\s*"
                          r"[:\-–—]\s*(?P<meaning>\S.*)$")


def _explained_marks(rows: Sequence[tuple[int, Sequence[Any]]], columns: Sequence[Any]
                     ) -> list[Any]:
    """The columns a line on the sheet explains as marking leavers ("Ude = x : stoppet i år",
    "Udgået = x: fratrådt"): a column of that mark on a few rows, empty on the rest."""
    if not columns:
        return []
    by_header = {u.header.strip().casefold(): u for u in columns if u.header}
    found = []
    for _, text in lone_texts(rows):
        match = _MARK_LEGEND.match(text)
        if not match or status_state(match["meaning"]) != LEFT:
            continue
        use = by_header.get(match["header"].strip().casefold())
        if use is None:
            continue
        marks = {cell_text(v).casefold() for v in _column(rows, use.index, _SAMPLE)} - {""}
        if marks == {match["mark"].casefold()} and match["mark"].casefold() in YES:
            found.append(use)
    return found


def _kind_or_employer(header: str) -> str:
    """What a header says its column holds: "kind" for a kind of row ("Type", "Brugertype",
    "Kategori"), "employer" for the employer ("Firma", "Company"), else ""."""
    words = header_words(header)
    return "employer" if _EMPLOYER.intersection(words) or any(
        pair in _EMPLOYED_BY for pair in pairwise(words)) else (
        "kind" if KIND in concepts(words)[0] or (words and set(words) <= _AFFILIATION) else "")


# How someone is attached to a unit, headed alone: a research unit's "Tilknytning" (Ansat,
# Gæsteforsker, Forskningsårsstuderende)
_AFFILIATION = frozenset({"tilknytning", "tilknytningsform", "affiliation"})


# "Ansat hos", "Employed by": the employer
_EMPLOYED_BY = frozenset({("ansat", "hos"), ("employed", "by"), ("ansatt", "hos"),
                          ("anställd", "hos"), ("ansat", "i"),
                          # "Ansat via": the firm a seafarer or a temp is hired through
                          ("ansat", "via"), ("employed", "via"), ("employed", "through"),
                          ("hired", "via"), ("hired", "through"), ("ansat", "gennem")})


# A header of the firm a person is hired from: a contractor's or an agency temp's
_VENDOR = frozenset({"vendor", "supplier", "leverandør", "underleverandør", "vikarbureau",
                     "bureau", "agency", "contractor", "konsulentfirma"})


_UNTIL = frozenset({"til", "indtil", "to", "until", "udløb", "udløber", "slut"})


def _sign_columns(layout: ListLayout, rows: Sequence[tuple[int, Sequence[Any]]]
                  ) -> list[ColumnUse]:
    """Columns without a header that hold signs alone ("🚪", "🍼") on some rows: marks a
    legend may explain ("🚪 = stoppet" over the list)."""
    from pipeline.sheets.mapping import ColumnUse

    used = {u.index for u in (*layout.fields.values(), *layout.kept, *layout.withheld)}
    width = max((len(v) for _, v in rows[:_SAMPLE]), default=0)
    found = []
    for index in range(width):
        if index in used or (index < len(layout.headers) and layout.headers[index]):
            continue
        texts = [t for _, v in rows[:_SAMPLE] if (t := cell_text(value_at(v, index)))]
        if texts and 2 * len(texts) < len(rows[:_SAMPLE]) and all(
                len(t) <= 4 and not any(c.isalnum() for c in t) for t in texts):
            found.append(ColumnUse(index, ""))
    return found


def _joins_work(unit: str) -> bool:
    """A unit whose name joins parts of which one says no kind of people ("Frivillig og
    Lokalafdelinger": the volunteers' work and the local branches, a unit of the staff)."""
    parts = [p for p in JOINED.split(unit) if p.strip()]
    return len(parts) >= 2 and not all(outside(p) or says_not_employed(p) for p in parts)


def _bare_employment(header: str) -> bool:
    """A header of the employment and nothing else ("Ansættelse", "Employment"): its kind
    where its cells are words ("Fast", "Sæson til 30.09.2026"), its start where they are days."""
    words = header_words(header)
    return bool(words) and all(w in ("ansættelse", "ansættelses", "forhold", "employment", "ansat",
                                     "ansettelse", "anställning") for w in words)


def _worded(values: Sequence[Any]) -> bool:
    """Most filled cells begin with a word, not a day ("Fast", "Sæson til 30.09.2026")."""
    texts = [cell_text(v) for v in values if cell_text(v)]
    return len(texts) >= 2 and sum(t[:1].isalpha() for t in texts) >= 0.9 * len(texts)


def _through(header: str) -> bool:
    """A header of the firm a person is hired through ("Ansat via", "Hired through")."""
    return any(pair in _EMPLOYED_BY and pair[1] in ("via", "through", "gennem")
               for pair in pairwise(header_words(header)))


def _an_account(text: str) -> bool:
    """A short category that names a login, not a person: "API User (system)", "Testbruger"."""
    head = text.partition("(")[0].strip()
    return bool(head) and len(head.split()) <= 2 and title_names_account(head)


def _kinds_beside_staff(values: Sequence[Any]) -> bool:
    """A column of kinds where some rows are things ("Resurs", "Maskine": a planning system's
    machines among its people) or people employed elsewhere ("Leiharbeiter") and others say
    an employee ("Anställd", "Angestellter")."""
    kinds = {cell_text(v).casefold() for v in values} - {""}
    if len(kinds) > 6:
        return False
    odd = {k for k in kinds if k in THINGS or outside(k)}
    return bool(odd) and any(status_state(k) == EMPLOYED or k in _PERSON for k in kinds - odd)


# a planning system's kind of resource that is a person ("Person" beside "Equipment", "Room")
_PERSON = frozenset({"person", "personer", "people", "human", "menneske", "medarbejder"})


def _title_says_no_employee(text: str, title: bool = False) -> bool:
    """A short title or category that says no employee ("Vikar - bureau"), a title whose
    aside says so in so many words ("Tolk (honorar pr. opgave, ikke ansat)"), or (``title``:
    the job title's own column) a title that names a pupil's or citizen's placement
    ("Erhvervspraktik (8. klasse, 1 uge)"); a longer text is a sentence, read by the remarks
    if at all."""
    head, bracket, aside = text.partition("(")
    if title and text.casefold() in THINGS:
        return True  # "Ressource": a room's or a machine's calendar among the staff (a unit
        # "Terminal" is an airport's, with people in it)
    if title and len(head.split()) <= 3 and placement(head):
        return True  # "Erhvervspraktik (8. klasse, 1 uge)": a pupil's placement, whatever after
    if len(text.split()) <= 4 and no_employee(text):
        return True
    # ("Freelance (faktureres, ikke ansat)": short, and its aside says so in words)
    return bool(bracket) and len(head.split()) <= 3 and says_not_employed(aside)


def _outside_titles(rows: Sequence[tuple[int, Sequence[Any]]], title: Any, email: Any
                    ) -> tuple[Any, Any, str] | None:
    """The job title column where some title says outside ("Auditor (external)"), with the
    e-mail column and the domain most addresses share (half or more), or None: a title
    alone ("Ekstern lektor") may be an employee's, not with an address of another firm."""
    if title is None or email is None:
        return None
    if not any(outside(t) for t in set(map(cell_text, _column(rows, title.index, _SAMPLE)))
               if t):
        return None
    domains = Counter(mail_domain(a) for a in (cell_text(v).casefold() for v in _column(
        rows, email.index, _SAMPLE)) if "@" in a)
    if not domains:
        return None
    domain, count = domains.most_common(1)[0]
    return (title, email, domain) if 2 * count >= sum(domains.values()) else None


def _notice_day(header: str) -> bool:
    """A header of the day a notice takes effect ("Opsagt pr.", "Opsagt til", "Opsagt")."""
    words = set(header_words(header))
    return bool(words & {"opsagt", "oppsagt", "uppsagd"}) and words <= {
        "opsagt", "oppsagt", "uppsagd", "pr", "per", "til", "dato", "date", "med", "virkning"}


def _last_pay(header: str) -> bool:
    """A header of someone's last pay day: "Sidste løndato", "Last pay date", "Final pay"."""
    words = header_words(header)
    return bool(words) and words[0] in ("sidste", "last", "final") and any(
        w in ("løn", "løndato", "lønning", "lønningsdag", "lønudbetaling", "pay", "paid",
              "payroll", "paycheck", "salary") for w in words[1:3])


def _sparse_days(values: Sequence[Any]) -> bool:
    """Days on some rows and empty on most (at least two days, on fewer than half)."""
    filled = [v for v in values if cell_text(v)]
    return 2 <= len(filled) < len(values) / 2 and all(
        isinstance(v, dt.date) or any(c.isdigit() for c in cell_text(v)) for v in filled)


# The words of a header of the day a status holds from: "Pr. dato", "Statusdato", "Dato"
_DAY_OF = frozenset({"pr", "per", "dato", "date", "dag", "day", "datum"})
_DAY_WORDS = _DAY_OF | {"fra", "from", "virkning", "gældende", "effective", "status",
                        "ændrings", "ændring", "change"}


def _status_day(columns: Sequence[tuple[str, Any]], others: Sequence[Any],
                rows: Sequence[tuple[int, Sequence[Any]]]) -> Any:
    """The column of the day each row's status holds from, where the status marks some rows
    only (a change list: empty on everyone else): headed as a day and nothing else, days on
    some rows, and only on rows whose status is filled; or None. (A status filled on every
    row beside a day on every row, "A" | "FRA_DATO", is a state and the day it began.)"""
    status = next((u for k, u in columns if k == "status"), None)
    days = [u for u in others if (words := set(header_words(u.header))) & _DAY_OF
            and words <= _DAY_WORDS]
    if status is None or not days:
        return None  # (most lists, at once)
    marked = {n for n, v in rows[:_SAMPLE] if cell_text(value_at(v, status.index))}
    if all(n in marked for n, v in rows[:_SAMPLE] if sum(map(bool, map(cell_text, v))) >= 3):
        return None  # (every row of a person has a status: a state, no change mark)
    for use in days:
        dated = [(n, value_at(v, use.index)) for n, v in rows[:_SAMPLE]
                 if cell_text(value_at(v, use.index))]
        if dated and all(n in marked and _a_day(value) is not None for n, value in dated):
            return use
    return None


def _mostly_empty(values: Sequence[Any]) -> bool:
    """Filled on some rows, empty on most (the exceptions marked)."""
    filled = sum(1 for v in values if cell_text(v))
    return filled > 0 and 2 * filled < len(values)


class EmploymentReader:
    def __init__(self, layout: ListLayout, findings: Findings, today: dt.date,
                 order: str | None, rows: Sequence[tuple[int, Sequence[Any]]] = (),
                 comments: Mapping[int, tuple[str, ...]] | None = None,
                 beside: Mapping[int, str] | None = None,
                 above: Sequence[tuple[int, Sequence[Any]]] = (),
                 elsewhere: Sequence[Sheet] = ()) -> None:
        self.columns = [(key, layout.fields[key]) for key in (
            "status", "active", "end_date", "leave", "leave_start") if key in layout.fields]
        used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
        self.others = [u for u in layout.kept if u.index not in used]
        self._status_of_kinds(rows, findings)
        # the day of each row's status in a column of its own ("Markering" UDGÅR beside "Pr.
        # dato" 10.05.2027): read as if the status cell gave it
        self.status_day = _status_day(self.columns, self.others, rows)
        self.others = [u for u in self.others if u is not self.status_day]
        if self.status_day is not None:
            findings.note("status-day", f'The column "{self.status_day.header}" gives the day '
                          "of each row's status, so the status is read with its day: leaving "
                          "on a day passed is left, on a day to come still employed; a start "
                          "to come has not begun.", column=self.status_day.header)
        # a second column of last days ("Fratrædelsesdato" and "Tidsbegrænset til"): a day
        # past in either has ended the employment
        if "end_date" in layout.fields:
            self.columns += [("end_date", u) for u in self.others
                             if match_fields((u.header,)).get("end_date") == 0]
        self.columns += [("form", u) for u in self.others if is_form_header(u.header) or (
            _bare_employment(u.header) and _worded(_column(rows, u.index, _SAMPLE)))][:1]
        # "Opsagt pr." 31-10-2026: the day a notice takes effect, as an end date is (a day
        # past has ended the employment; one to come has not)
        self.columns += [("end_date", u) for u in self.others if _notice_day(u.header) and
                         not _worded(_column(rows, u.index, _SAMPLE))][:1]
        # "Sidste løndato" filled in on a few rows only: the last pay of those who leave (a
        # column of every row's last pay, "Sidste lønudbetaling", is the payroll's run)
        if not any(key == "end_date" for key, _ in self.columns):
            self.columns += [("end_date", u) for u in self.others if _last_pay(u.header)
                             and _sparse_days(_column(rows, u.index, _SAMPLE))][:1]
        # "Til" right of the kind of employment ("Tidsbegrænset" | 26-02-2028): the term's
        # last day, a day past ends the job as any end date does
        left_of = {u.index for k, u in self.columns if k in ("form", "status")}
        self.columns += [("end_date", u) for u in self.others if u.index - 1 in left_of
                         and set(header_words(u.header)) <= _UNTIL and header_words(u.header)
                         and not _worded(_column(rows, u.index, _SAMPLE))][:1]
        if not any(key == "form" for key, _ in self.columns):
            kinds = [u for u in self.others if holds_kinds(_column(rows, u.index, _SAMPLE)) or (
                _kind_or_employer(u.header) == "kind"
                and marks_outsiders(_column(rows, u.index, _SAMPLE)))][:1]
            for use in kinds:
                findings.note("kind-by-content", f'The column "{use.header}" holds kinds of '
                              "employment (one kind on most rows, and some that are not employed "
                              "here), so it is read as one: those not employed get no form.",
                              column=use.header)
            self.columns += [("form", u) for u in kinds]
        self.columns += [("off", u) for u in self.others if is_off_flag(
            u.header, partial(_column, rows, u.index))]
        # a column of marks a line on the sheet explains as leaving ("Ude = x : stoppet i år")
        explained = _explained_marks(rows, [u for u in self.others
                                            if all(u is not c for _, c in self.columns)])
        self.columns += [("off", u) for u in explained]
        # the firm a person is hired from ("VENDOR": NORDTEK APS on a few rows, empty on the
        # rest): those rows are not employed here
        # ("Ansat via": AgriWork Bemanding ApS on a few rows: hired through a firm, as a temp)
        self.columns += [("vendor", u) for u in self.others if (_VENDOR.intersection(
            header_words(u.header)) or _through(u.header)) and _mostly_empty(
            _column(rows, u.index, _SAMPLE))][:1]
        # a period of employment ("Periode" 01.04.2026–31.10.2026): over, or not begun
        self.columns += [("period", u) for u in self.others if u.header and _periods(
            _column(rows, u.index, _SAMPLE), order)][:1]
        # a start date to come ("Ansat fra" 01-01-2027): not begun, no form
        self.columns += [("start", u) for u in self.others if is_start_header(u.header)][:1]
        # Active Directory's userAccountControl flags (csvde, ldifde, Get-ADUser -Properties *)
        self.columns += [("uac", u) for u in self.others
                         if "".join(u.header.casefold().split()) == "useraccountcontrol"][:1]
        # where the list has a status column, only it may be one of codes a legend explains
        # (SuccessFactors' "A", "T", "U" with "T = Terminated" under the list)
        pool = [u for k, u in self.columns if k == "status"] if any(
            k in ("status", "active") for k, _ in self.columns) else [
            *self.others, *(u for k, u in self.columns if k == "leave"),
            *_sign_columns(layout, rows)]
        self.codes = find_codes(pool, rows, lambda t: status_state(t) in (LEFT, LEAVE)
                                or outside(t), above, known_codes(layout.system),
                                layout.system, elsewhere) if pool else None
        if self.codes is not None:
            use = self.codes.use
            self.columns = [(k, u) for k, u in self.columns if u is not use]
            self.columns.append(("code", use))
            meant = "; ".join(f"{c.upper()} = {m}" for c, m in self.codes.meanings.items())
            named = f'The column "{use.header}" (column {use.letter})' if use.header else (
                f"Column {use.letter}, without a header,")
            findings.note("code-legend", f'{named} holds '
                          f"codes that {self.codes.where} explains ({meant}), so it is read "
                          "through it: a code for leaving means no form, one for leave is "
                          "leave.", column=use.header)
        number = layout.fields["number"].index if "number" in layout.fields else None
        name = layout.fields.get("name") or layout.fields.get("name_reversed")
        self.remarks = Remarks(self.others, rows, number, findings, comments, beside, today,
                               name, layout.fields.get("job_title"), layout.fields.get("email"))
        self.findings = findings
        title = layout.fields.get("job_title")
        # the columns kept beside the list that are no remark's (a remark's own words are never
        # repeated, so no reason quotes them)
        remarks = {u.index for u in self.remarks.columns}
        self._unremarked = [u for u in self.others if u.index not in remarks]
        # the columns where some title or category says no employee (most lists: none, so
        # no row is looked at again)
        unit = layout.fields.get("department")  # (a member system's "Grupper": Frivillige)
        # a column of kinds beside the staff's ("Anställd", "Angestellter") that holds things
        # or people employed elsewhere ("Resurs", "Leiharbeiter"), whatever its header
        self._kinds = [u for u in self._unremarked if u is not title and u is not unit and (
            _kinds_beside_staff(_column(rows, u.index, _SAMPLE)))]
        # columns of units (by their header, or holding one unit above each department): a
        # unit called "Kunder" is staff serving customers, no customer
        self._of_units = {u.index for u in self._unremarked if _of_units(u.header) or (
            unit is not None and _over_units(rows, u.index, unit.index))}
        self._titles = [u for u in (*([title] if title else []), *([unit] if unit else []),
                                    *self._unremarked) if any(
            isinstance(v, str) and (((may_say_no_employee(v) or says_not_employed(v)
                                     or (u is title and placement(v.partition("(")[0])))
                                    and _title_says_no_employee(cell_text(v), u is title))
                                    or (u is not unit and u.index not in self._of_units
                                        and customer(v))
                                    or (u is title and v.strip().casefold() in THINGS)
                                    or (u is not title and u is not unit and _an_account(v)))
            for v in _column(rows, u.index, _SAMPLE)) or u in self._kinds]
        self._unit = unit
        self._title = title
        # a title that says outside ("Auditor (external)") on a row whose address is at
        # another domain than the list's own: (the title column, the list's domain), or None
        self._outsiders = _outside_titles(rows, title, layout.fields.get("email"))
        self.directory = layout.system if layout.system in _DIRECTORIES else ""
        self._rows, self._number = rows, number
        self._foreign = self._other_employers(rows, number)
        self._said = [layout.fields[k] for k in ("leader", "department", "job_title")
                      if k in layout.fields]
        # (column, its value on every numbered row, headed as the employer): when a row needs it
        self._one_kind: list[tuple[Any, str, bool, frozenset[str]]] | None = None
        self._counts: dict[int, Counter[str]] = {}  # a column's values counted, once asked
        self.today = today
        self.order = order
        self.unknown: dict[tuple[str, str], list[int]] = {}  # (header, value) → rows
        self.misspelt: dict[tuple[str, str, str], list[int]] = {}  # (header, value, meant)
        self.card_shut: dict[str, list[int]] = {}  # remark header → rows of a lost card
        self.serials: dict[str, list[int]] = {}  # header → rows of date numbers read as dates
        self._ended_rows: set[int] = set()  # rows whose end date has gone by
        self.unread_periods: dict[str, list[int]] = {}  # header → rows of terms not two days
        # the end and start columns written as month and year ("10/26", "02/27"), by header
        self.months = {use.header for key, use in self.columns if key in ("end_date", "start")
                       and _month_years(_column(rows, use.index, _SAMPLE))}
        if self.months:
            findings.note("month-year", "The column(s) " + ", ".join(
                f'"{h}"' for h in sorted(self.months)) + " give a month and a year (10/26 is "
                "October 2026): an end is the month's last day, a start its first.",
                column=sorted(self.months)[0])

    def _status_of_kinds(self, rows: Sequence[tuple[int, Sequence[Any]]],
                         findings: Findings) -> None:
        """A column taken as the status that holds kinds of employment (BambooHR's
        "Employment Status": Full-Time, Part-Time, Contractor) is read as the kind, and a
        column of statuses beside it (its "Status": Active, Inactive) as the status: both
        decide, neither is dropped as the other's double."""
        status = next((u for key, u in self.columns if key == "status"), None)
        if status is None or not kinds_not_states(_column(rows, status.index, _SAMPLE)):
            return
        states = [u for u in self.others
                  if holds_statuses(_column(rows, u.index, _SAMPLE))][:1]
        self.columns = [(("form" if use is status else key), use) for key, use in self.columns]
        self.columns += [("status", u) for u in states]
        self.others = [u for u in self.others if u not in states]
        also = f', and "{states[0].header}" as the status' if states else ""
        # "two columns could be the status … column I was used" is no longer so: both are
        findings.warnings[:] = [w for w in findings.warnings if not (
            w.kind == "two-columns" and w.column == status.header)]
        findings.note("kind-by-content", f'The column "{status.header}" holds kinds of '
                      "employment, not statuses, so it is read as the kind (those not employed "
                      f"here get no form){also}.", column=status.header)

    def _other_employers(self, rows: Sequence[tuple[int, Sequence[Any]]],
                         number: int | None) -> tuple[Any, str, str] | None:
        """A column headed as the employer ("Ansat hos") with one firm on most rows, and
        others on a few whose numbers are of another series ("V285" beside "5174": a hauler's
        subcontracted drivers): (the column, the firm, its rows' number shape), or None."""
        if number is None:
            return None
        for use in self.others:
            if _kind_or_employer(use.header) != "employer":
                continue
            firms = Counter(cell_text(value_at(v, use.index)) for _, v in rows[:_SAMPLE])
            if firms[""] < 0.6 * sum(firms.values()):
                firms.pop("", None)  # (a column filled on a few rows only: our own are empty,
                # the others' firms written: "Netfiktiv A/S" beside "EKS-263")
            if len(firms) < 2:
                continue
            firm, count = firms.most_common(1)[0]
            if count < 0.6 * sum(firms.values()):
                continue  # a group of companies, none of them most
            shapes = Counter(_shape(cell_text(value_at(v, number))) for _, v in rows[:_SAMPLE]
                             if cell_text(value_at(v, use.index)) == firm)
            shape, ours = shapes.most_common(1)[0]
            if ours >= 0.9 * count:
                return use, firm, shape
        return None

    def _other_employer(self, values: Sequence[Any]) -> str:
        """Why a row is of another employer and numbered otherwise (see above), or ""."""
        assert self._foreign is not None and self._number is not None
        use, firm, shape = self._foreign
        text = cell_text(value_at(values, use.index))
        if text and text != firm and _shape(cell_text(value_at(values, self._number))) != shape:
            return (f'{use.header} "{text}", not "{firm}" as most, and numbered otherwise: '
                    f"{NOT_HERE}")
        return ""

    def of(self, row: int, values: Sequence[Any]) -> Employment:
        if self._foreign is not None:
            other = self._other_employer(values)
            if other:
                return Employment(LEFT, other)
        if self._outsiders is not None:
            title, email, domain = self._outsiders
            text = cell_text(value_at(values, title.index))
            address = cell_text(value_at(values, email.index)).casefold()
            if text and outside(text) and "@" in address and mail_domain(address) not in (
                    domain, *FREE_MAIL):  # (an external lecturer's own gmail says nothing)
                return Employment(LEFT, f'{title.header} "{text}", at another domain than the '
                                  f"list's own ({domain}): {NOT_HERE}")
        if not self.columns:
            kind = self._no_employee(values) if self._titles else ""
            if kind:
                return Employment(LEFT, kind)
            return self._remarked(row, values) if self.remarks else _STILL_EMPLOYED
        found = [self._one(row, key, use.header, self._dated(values, use) if key == "status"
                           else value_at(values, use.index)) for key, use in self.columns]
        if any(state == NOT_NOW for state, _ in found):  # not begun, or over
            found = [(s, r) for s, r in found if s != DATED]
        found = [(LEAVE if s == DATED else s, r) for s, r in found]
        if any(s == IDLE for s, _ in found):
            why = self._leave_said(values) if all(s != LEFT for s, _ in found) else ""
            if not why and all(s != LEFT for s, _ in found) and any(s == LEAVE for s, _ in found):
                # inactive in the payroll beside a leave in another column ("Orlov uden løn"):
                # unpaid while on leave, not gone (the leave says why)
                found = [(LEAVE, r) if s == IDLE else (s, r) for s, r in found]
            if not why and all(s != LEFT for s, _ in found) and (card := self._card_said(values)):
                # "Kort mistet – nyt kort bestilt": the card is shut for the card's sake
                self.card_shut.setdefault(card, []).append(row)
                found = [(EMPLOYED, "") if s == IDLE else (s, r) for s, r in found]
            idle = {r for s, r in found if s == IDLE}  # (inactive: no leaving to come, below)
            found = [((LEAVE if why else LEFT) if s == IDLE else s,
                      f"{r}, {why}" if s == IDLE and why else r) for s, r in found]
        else:
            idle = set()
        if any(s == LEAVE for s, _ in found) and self._suspended(values) and (
                why := self._said_beside(values, LEFT)):
            # an app's "suspended" beside its reason "Fratrådt": suspended for leaving
            found = [(LEFT, f"{r}, {why}") if s == LEAVE else (s, r) for s, r in found]
        if self._titles and not any(s == LEFT for s, _ in found):
            kind = self._no_employee(values)  # "Vikar - bureau" as the job title
            if kind:
                found.append((LEFT, kind))
        if any(s == LEFT and _leaving(r) and r not in idle for s, r in found) and (
                self._ends_later(values)):
            # Cezanne's "Leaver" beside a leaving date still to come: leaving, not yet left
            # (one not employed here, or not begun, stays so whatever the date; an account
            # "Inactive" says no leaving to come, whatever a course's "Expiry date" says)
            found = [(EMPLOYED if s == LEFT and _leaving(r) and r not in idle else s, r)
                     for s, r in found]
        if any(s == LEAVE for s, _ in found) and any(s == LEFT for s, _ in found) and all(
                r.startswith(self._pay_ends) for s, r in found if s == LEFT):
            # "Lønstop" gone by beside "Orlov uden løn til 15.06.2027": the pay stopped for
            # the leave, not for a leaving
            found = [(LEAVE, r) if s == LEFT else (s, r) for s, r in found]
        for state in (LEFT, LEAVE):
            reasons = [reason for got, reason in found if got == state]
            if reasons:
                return Employment(state, "; ".join(reasons),
                                  self._ended(values) if state == LEFT else None)
        return self._remarked(row, values) if self.remarks else Employment(EMPLOYED)

    @cached_property
    def _pay_ends(self) -> tuple[str, ...]:
        """The end columns that give the last pay ("Lønstop", "Sidste løndato"), as their
        reasons begin: "Lønstop 24-09-2026"."""
        return tuple(f"{use.header} " for key, use in self.columns if key == "end_date" and (
            _last_pay(use.header) or bool({"løn", "pay", "salary", "payroll"} & set(
                header_words(use.header)))))

    def _elsewhere(self, header: str, text: str) -> bool:
        """A status or kind that says a company employs its person ("Erhvervs-ph.d. (ansat hos
        Novoby Pharma A/S)" among "Ansat"), on a few rows: a list whose every row names one
        firm names its own employer."""
        return " " in text and says_employed_elsewhere(text) and a_firm(
            text.rstrip(" )")) and self._rare(header, text)

    def _rare(self, header: str, text: str) -> bool:
        """Whether a value stands on under a fifth of the rows of its column."""
        use = next((u for _, u in self.columns if u.header == header), None)
        if use is None:
            return False
        if use.index not in self._counts:
            self._counts[use.index] = Counter(
                cell_text(value_at(v, use.index)) for _, v in self._rows)
        counts = self._counts[use.index]
        return 5 * counts[text] < sum(counts.values())

    def _remarked(self, row: int, values: Sequence[Any]) -> Employment:
        """What the row's remarks say (remarks.py): leave, or employed as far as they go."""
        state, reason = self.remarks.of(row, values, lambda: self._ends_later(values))
        if state == EMPLOYED and (said := self._agrees_outside(row, values)):
            return Employment(LEFT, said)
        if state == LEFT and self._ends_later(values) and self._released(row, values):
            # "Fritstillet fra 01.11.2026" beside an end date still to come: released from
            # work, employed until that day (not "Stoppet før tid 13.10.2026" beside the end
            # a season was expected to have: stopped before it)
            return _STILL_EMPLOYED
        return Employment(state, reason) if state in (LEAVE, LEFT) else _STILL_EMPLOYED

    def _released(self, row: int, values: Sequence[Any]) -> bool:
        """A remark on the row that says its person is released from work, paid until the
        end ("Fritstillet", "Freigestellt"), or that gives no passed day of leaving."""
        texts = [cell_text(value_at(values, u.index)) for u in self.remarks.columns]
        texts += list(self.remarks.comments.get(row, ()))
        words = {w for t in texts for w in WORD.findall(t.casefold())}
        return bool(words & _RELEASED) or not words & {"stoppet", "stoppede", "fratrådt",
                                                        "sluttet", "ophørt"}

    def _agrees_outside(self, row: int, values: Sequence[Any]) -> str:
        """Where a remark says the row's person is not employed here and a short cell of a
        kind column beside it says so too ("Randstad – ekstern" under "Faggruppe" beside
        "Vikar via Randstad, ikke ansat i regionen"): two cells agree, so it is read (the
        remark alone is refused, remarks.py)."""
        where = next((w for w, rows in self.remarks.outside.items() if rows and rows[-1] == row),
                     None)
        if where is None:
            return ""
        for use in self._unremarked:
            text = cell_text(value_at(values, use.index))
            if text and len(text.split()) <= 3 and outside(text):
                rows = self.remarks.outside[where]
                rows.pop()
                if not rows:
                    del self.remarks.outside[where]
                return f'{use.header} "{text}" and the {where}: {NOT_HERE}'
        return ""

    def not_here(self, values: Sequence[Any]) -> str:
        """Why the row says its person is not employed here, or "": read only for a row
        without an employee number, whose person can get no form anyway. A kind or status
        column as it would for anyone ("Vikar (Falck Healthcare)", "Ekstern"), or a remark
        ("Ansat af Kirkeministeriet", "Frivillig, ulønnet", "ikke ansat"), whose own words are
        never repeated: only its column."""
        for key, use in self.columns:
            text = cell_text(value_at(values, use.index))
            if key in ("form", "status", "code") and text and outside(text):
                return f'{use.header} "{text}": {NOT_HERE}'
            if key in ("form", "status") and text and text.casefold() in THINGS:
                return f'{use.header} "{text}": a thing, no person'  # LDAP's "lokale"
        for use in self._unremarked:  # a group or type column of job groups: "Bureauvikar"
            text = cell_text(value_at(values, use.index))
            if text and len(text.split()) <= 3 and outside(text):
                return f'{use.header} "{text}": {NOT_HERE}'
        for use in self._said:  # "Ikke ansat her – PPR" where the leader would stand
            text = cell_text(value_at(values, use.index))
            if text and " " in text and says_employed_elsewhere(text):
                return f'{use.header} "{text}": {NOT_HERE}'
        for use, kind, employer, kinds in self._kinds_of_numbered():
            text = cell_text(value_at(values, use.index))
            if text and text.casefold() not in kinds and (
                    len(WORD.findall(text.split("(")[0])) <= 3 or a_firm(text) or employer):
                # (words in brackets are an aside: "Gæsteforsker (ansat ved andet universitet)")
                # a switchboard's "Type": Person on every numbered row, "Kø", "Funktion",
                # "Ressource" on the rows without a number
                return f'{use.header} "{text}", where every numbered row is {kind}: {NOT_HERE}'
        return self.remarks.not_here(values)

    def _kinds_of_numbered(self) -> list[tuple[Any, str, bool, frozenset[str]]]:
        """The columns headed as a kind or an employer that say one and the same on every row
        with an employee number (five or more): one word ("Person") or a firm's name ("Nordic
        Biopharm A/S"), or a few kinds of the employed ("Funktionær", "Timelønnet"), with
        those values as said, whether the header names the employer (whose other values may be
        any name), and the values casefolded: what kind of row a person is."""
        if self._one_kind is None:
            self._one_kind = []
            numbered = [v for _, v in self._rows if self._number is not None
                        and cell_text(value_at(v, self._number))]
            kept = [*self._unremarked, *(u for k, u in self.columns if k in ("status", "form"))]
            forms = {u.index for k, u in self.columns if k == "form"}
            for use in kept if len(numbered) >= 5 else ():  # (a "Type" read as the status too)
                # ("Ansættelse": Fast, Timelønnet, read as the kind of employment it holds)
                kinds = {cell_text(value_at(v, use.index)).casefold() for v in numbered}
                said = _kind_or_employer(use.header) or (
                    "kind" if use.index in forms or _bare_employment(use.header) else "") or (
                    # one word on every numbered row that says employed, whatever the header
                    # ("Rolle": Medarbejder, beside the board's parents without a number)
                    "kind" if len(kinds) == 1 and status_state(next(iter(kinds))) == EMPLOYED
                    else "")
                if not said:
                    continue  # ("Land": Danmark on every numbered row says nothing of kind)
                shown = cell_text(value_at(numbered[0], use.index))
                if len(kinds) == 1 and (kind := next(iter(kinds))) and (
                        len(kind.split()) == 1 or a_firm(shown) or said == "employer") and any(
                        c.isalpha() for c in kind):
                    # one word ("Person"), or the employer ("Nordic Biopharm A/S")
                    self._one_kind.append((use, f'"{shown}"', said == "employer",
                                           frozenset(kinds)))
                elif said == "kind" and 2 <= len(here := {k for k in kinds if not outside(k)}
                                                     ) <= 5 and (all(
                        status_state(k) in (EMPLOYED, LEAVE) for k in here) or (
                        self._apart(use.index, kinds, len(numbered)))):
                    # a few kinds of the employed ("Funktionær", "Timelønnet", "Funktionær –
                    # sygemeldt"; a numbered outsider's own kind aside)
                    written = sorted({cell_text(value_at(v, use.index)) for v in numbered
                                      if cell_text(value_at(v, use.index)).casefold() in here})
                    self._one_kind.append((use, " or ".join(f'"{w}"' for w in written), False,
                                           frozenset(kinds)))
        return self._one_kind

    def _apart(self, index: int, kinds: frozenset[str] | set[str], numbered: int) -> bool:
        """Whether a kind column keeps the rows without a number apart: every kind on them is
        one no numbered row has, and every kind of the numbered rows is on three or more of
        them ("Kontrakt", "Overenskomst", "Tjenestemand" beside the politicians' "Valgt –
        vederlag")."""
        if self._number is None:
            return False
        counts: dict[str, int] = {}
        others: set[str] = set()
        for _, values in self._rows:
            kind = cell_text(value_at(values, index)).casefold()
            if cell_text(value_at(values, self._number)):
                counts[kind] = counts.get(kind, 0) + 1
            elif any(cell_text(v) for v in values):
                others.add(kind)
        return bool(others) and "" not in others and not others & kinds and min(
            counts.values()) >= 3 and numbered >= 10

    def _no_employee(self, values: Sequence[Any]) -> str:
        """Why the job title (or a short cell of a column kept beside it, a staff category)
        says its person is no employee at all, or ""."""
        for use in self._titles:
            text = cell_text(value_at(values, use.index))
            if text and use is self._unit and _joins_work(text):
                continue  # "Frivillig og Lokalafdelinger": the unit's work, not its people
            if text and (_title_says_no_employee(text, use is self._title) or (
                    use is not self._unit and use.index not in self._of_units
                    and customer(text))):
                return f'{use.header} "{text}": {NOT_HERE}'
            if text and use in self._kinds and text.casefold() in THINGS:
                return f'{use.header} "{text}": a thing, no person'  # "Typ": "Resurs" (Garp)
            if text and use in self._kinds and outside(text):  # "MA-Typ": "Leiharbeiter"
                return f'{use.header} "{text}": {NOT_HERE}'
            if text and use is not self._title and _an_account(text):  # a category
                # "Testbruger" beside "Bureauvikar (ekstern)" (Epic); "API User (system)"
                return f'{use.header} "{text}": an account, not a person'
        return ""

    def _ends_later(self, values: Sequence[Any]) -> bool:
        """The row's end date is still to come (a status that says leaving beside it is so)."""
        ended = self._ended(values) if any(k == "end_date" for k, _ in self.columns) else None
        return ended is not None and ended >= self.today  # (the last day itself is worked)

    def _ended(self, values: Sequence[Any]) -> dt.date | None:
        """The end date a leaver's row gives (None: no end-date column, or no date in it): the
        first end-date column with a day on the row (Staffology's "Leaver" TRUE, then its
        "Leaving Date")."""
        for key, use in self.columns:
            if key != "end_date":
                continue
            try:
                day = read_date(value_at(values, use.index), self.order)
            except ValueError:
                day = date_in_words(cell_text(value_at(values, use.index)), self.order)
            if day is not None:
                return None if day.year == 9999 else day  # SAP's open end
        return None

    def _card_said(self, values: Sequence[Any]) -> str:
        """The column of a remark beside a shut card or account that says why it is shut, for
        the card's own sake ("Kort mistet – nyt kort bestilt", "Lost card"), not the person's:
        its header, or ""."""
        for use in self.others:
            text = cell_text(value_at(values, use.index))
            words = set(WORD.findall(text.casefold())) if text else set()
            if words & CARD_TROUBLE and not words & (LEFT_WORDS | INACTIVE) and remark_state(
                    text) is None:
                return use.header
        return ""

    def _leave_said(self, values: Sequence[Any]) -> str:
        """A cell beside an "inactive" status that says it is leave: 'Årsag "BARSEL"', or a
        remark whose first clause says so ("Barsel - kort spærret til hun er tilbage": an
        access card blocked while its holder is on leave)."""
        return self._said_beside(values, LEAVE, clause=True)

    def _said_beside(self, values: Sequence[Any], state: str, clause: bool = False) -> str:
        """A short cell of a column kept beside the list that says ``state`` (LEFT or LEAVE),
        as why a status beside it says what it says: 'Årsag "BARSEL"', 'suspension_reason
        "Fratrådt"'; or (``clause``) a remark whose first clause says it, never quoted."""
        for use in self.others:
            text = cell_text(value_at(values, use.index))
            if text and len(text.split()) <= 4 and status_state(text) == state:
                return f'{use.header} "{text}"'
            head = _FIRST_CLAUSE.split(text, maxsplit=1)[0] if clause and text else text
            if head != text and len(head.split()) <= 2 and status_state(head) == state:
                return f'{use.header}: on leave' if state == LEAVE else f"{use.header}: left"
        return ""

    def _dated(self, values: Sequence[Any], status: Any) -> Any:
        """The status cell, with the day the status column beside it gives ("UDGÅR (Pr.
        dato 10.05.2027)"), where the cell gives none itself."""
        value = value_at(values, status.index)
        if self.status_day is None:
            return value
        text = cell_text(value)
        when = _a_day(value_at(values, self.status_day.index))
        if when is None or not text or has_digit(text):
            return value
        return f"{text} ({self.status_day.header} {when:%d.%m.%Y})"

    def _one(self, row: int, key: str, header: str, value: Any) -> tuple[str, str]:
        # (a status cell that is a history, one dated event a line: its latest event)
        text = last_event(value, self.order or DMY) if key == "status" else cell_text(value)
        folded = text.casefold()
        if not text or folded in NO_VALUE:
            return EMPLOYED, ""
        said = f'{header} "{text}"' if header else f'"{text}"'
        if key == "start":
            begins, serial = self._begun(header, value)
            if serial:
                self.serials.setdefault(header, []).append(row)
            if begins is not None and begins > self.today:
                return LEFT, f"{header} {begins:%d-%m-%Y}: has not begun"
            if begins is None and set(WORD.findall(folded)) & _AWAITED:
                # "afventer opholdstilladelse" where the first day would stand: none yet
                return LEFT, f"{said}: has not begun"
            return EMPLOYED, ""
        if key == "period":
            span = _period(text, self.order)
            if span is None:  # "13 uger fra 02.11.2026": a term in words, said in the check
                if has_digit(text):
                    self.unread_periods.setdefault(header, []).append(row)
                return EMPLOYED, ""
            if span[1] < self.today:
                return LEFT, f"{header} {text}: the period is over"
            if span[0] > self.today:
                return LEFT, f"{header} {text}: has not begun"
            return EMPLOYED, ""
        if key == "vendor":
            return LEFT, f"{said}: {NOT_HERE}"
        if key == "uac":
            if text.isdigit() and int(text) & ACCOUNT_DISABLED:
                return LEFT, f"{header} {text}: the account is disabled"
            return EMPLOYED, ""
        if key == "end_date":
            ended = self._end(row, header, value, text)
            if ended[0] == LEFT:
                self._ended_rows.add(row)
            if ended[0] == LEFT and INACTIVE.intersection(header_words(header)):
                return IDLE, ended[1]  # "Inaktivdato" passed: inactive since, why not said
                # (a reason code beside it may say leave: "ORLOV", "SYG")
            return ended
        if key == "code" and self.codes is not None:
            meaning = self.codes.meanings.get(folded, "")
            state = LEFT if outside(meaning) else status_state(meaning)
            if state in (LEFT, LEAVE):
                return state, f"{said} ({meaning})"
            if not_begun(meaning) or starts_later(meaning):
                return LEFT, f"{said} ({meaning}): has not begun"  # "🌱 = starter senere"
            return EMPLOYED, ""
        if key in ("form", "status") and any(c.isdigit() for c in text):
            # "Sæson 1/4–31/10 2026": a season's days, the year after (read before a term's
            # last day, which would take a period's first day for its end)
            span = _season(text)
            if span is not None and span[1] < self.today:
                return LEFT, f"{said}: the period is over"
            if span is not None and span[0] > self.today:
                return LEFT, f"{said}: has not begun"
            term, ends = notice_date(text, FIXED_TERM)  # "Tidsbegrænset til 10.11.2026"
            if span is None and term and ends is not None and ends < self.today:
                return LEFT, f"{said} ({ends:%d-%m-%Y} has passed)"
        if key == "form":
            if folded in THINGS:
                return LEFT, f"{said}: a thing, no person"
            if outside(text) or folded in _NO_PERSON or self._elsewhere(header, text):
                return LEFT, f"{said}: {NOT_HERE}"
            if title_names_account(text):  # Epic's USER TYPE "Testbruger": a login, no one
                return LEFT, f"{said}: an account, not a person"
            state = status_state(text)
            if state is None:
                self.unknown.setdefault((header, text), []).append(row)
            elif state == LEFT:  # a kind column that says some have gone: OneLogin's
                return LEFT, said  # "employment_status" of Employee, Contractor, Terminated
            return EMPLOYED, ""
        if key in ("leave", "leave_start") and any(c.isdigit() for c in text):
            try:
                date = read_date(value, self.order)
            except ValueError:
                date = None
            if date is not None:
                now = date <= self.today if key == "leave_start" else date >= self.today
                return (DATED, f"{header} {date:%d-%m-%Y}") if now else (NOT_NOW, "")
        if folded in YES or folded in NO or (key in ("active", "off") and folded in ("t", "f")):
            yes = folded in YES or folded == "t"  # (LabWare's ACTIVE: T or F, true or false)
            if key == "active":
                return (EMPLOYED, "") if yes else (IDLE, said)
            if key == "leave":
                return (LEAVE, said) if yes else (EMPLOYED, "")
            if key == "off":  # (an account or a card shut says not why: a remark may say
                # leave, "Barsel - konto spærret til 01.08.2027")
                shut = (IDLE if _ACCOUNT_SHUT.intersection(header_words(header)) else LEFT)
                return (shut, said) if yes else (EMPLOYED, "")
        state = status_state(text)
        if state == LEFT and key == "status" and card_trouble(text):
            # "Spærret – bortkommet kort": the card is shut because it is lost, not its holder
            state = EMPLOYED
        if state in (None, EMPLOYED) and key == "status" and any(c.isdigit() for c in text):
            starting, begins = start_date(text)  # "Tiltræder 05-02-2027", "NY pr. 1/3-2027"
            if starting and begins is None:
                begins = _near_day(text, self.today)  # "Starter 4/1": the nearest 4 January
            if starting and begins is not None:
                return (LEFT, f"{said}: has not begun") if begins > self.today else (
                    EMPLOYED, "")
        if state in (EMPLOYED, None) and key == "status":
            noticed, ends = notice_date(text)  # "opsagt, sidste dag 30/11-2026"
            if noticed and ends is None and (near := _near_day(text, self.today)):
                # "Stopper 12/2": the day without its year is the one nearest today, as a
                # remark's is (12 February to come in December; 30/11 gone by)
                return (LEFT, f"{said} ({near:%d-%m-%Y}, no year written: the nearest, has "
                        "passed)") if near < self.today else (EMPLOYED, "")
            if noticed and ends is None:
                self.findings.error(
                    "end-date-unread", f'The {header} "{text}" gives a last day without a year, '
                    "so it cannot be told whether this employee has left.", "Write the date as "
                    "30-11-2026 (day-month-year), or write the status alone, and run the "
                    "command again.", row, header)
                return EMPLOYED, ""
            if noticed and ends is not None:
                return (LEFT, f"{said} ({ends:%d-%m-%Y} has passed)") if ends < self.today \
                    else (EMPLOYED, "")
        if state == LEFT and key == "status" and has_digit(text):
            dated, ends = notice_date(text, LEFT_WORDS)  # "Afsked m. pension pr. 28.02.2027"
            if dated and ends is not None and ends >= self.today:
                return EMPLOYED, ""  # leaving on a day still to come: employed until then
        if state is None and key == "status" and transferred_away(text):
            dated, moves = notice_date(text, TRANSFER_WORDS)  # "Overdrages til X A/S 01.01.2027"
            if dated and moves is not None and moves > self.today:
                return EMPLOYED, ""  # moving on a day still to come: employed until then
            return LEFT, f"{said}: employed by another company"
        if state == EMPLOYED and key == "status" and self._elsewhere(header, text):
            return LEFT, f"{said}: {NOT_HERE}"
        if key == "leave" and retires(text) and has_digit(text):
            # "Pension pr. 31.07.2026", "Efterløn fra 01.11.2026" in a column of absences: a
            # retirement, gone once its day has come (until then employed, as leaving later)
            dated, ends = notice_date(text, RETIREMENT)
            if dated and ends is not None:
                return (LEFT, f"{said} ({ends:%d-%m-%Y} has passed)") if ends <= self.today \
                    else (EMPLOYED, "")
        if state is None and key == "leave":
            state = LEAVE  # a kind of leave: "Forældreorlov", "Uddannelse"
        if state in (EMPLOYED, None) and (outside(text) or (
                may_say_no_employee(text) and no_employee(text))):
            # "Ekstern" among Funktionær and Timelønnet; a status that is also a kind: "Vikar -
            # bureau" is a temp through an agency, whatever "Vikar" alone would say
            return LEFT, f"{said}: {NOT_HERE}"
        if state is None and key == "status" and (meant := misspelt_status(text)):
            # "Fratårdt": a known status written with two letters swapped (said)
            self.misspelt.setdefault((header, text, meant[1]), []).append(row)
            return meant[0], f'{said} (read as "{meant[1]}")'
        if state is None:
            self.unknown.setdefault((header, text), []).append(row)
            return EMPLOYED, ""
        if state == LEFT and says_not_employed(text):
            # "Praktikant (ej anställd)": never employed here, whatever day the term ends
            return LEFT, f"{said}: {NOT_HERE}"
        if state == LEFT and set(WORD.findall(folded)) & LEFT_WORDS <= INACTIVE:
            return IDLE, said
        if state == LEAVE and self.directory and set(WORD.findall(folded)) & _SUSPENDED:
            # a directory's "Suspended" is an account that cannot sign in, not a suspension
            # from work: the person no longer works here (listed, never silently)
            return LEFT, f"{said}: an account suspended in {self.directory}"
        return state, said if state != EMPLOYED else ""

    def _suspended(self, values: Sequence[Any]) -> bool:
        """The row's status says suspended (a word that may be a leave or a leaving)."""
        return any(set(WORD.findall(cell_text(value_at(values, u.index)).casefold()))
                   & _SUSPENDED for k, u in self.columns if k in ("status", "form"))

    def _end(self, row: int, header: str, value: Any, text: str) -> tuple[str, str]:
        folded = text.casefold()
        if folded in YES:  # a "Fratrådt" column of ja/nej
            return LEFT, f'{header} "{text}"'
        if folded in NO:
            return EMPLOYED, ""
        if header in self.months:  # "10/26": employed to the month's last day
            last = month_year(text)[1]
            return (LEFT, f"{header} {text}: {last:%m-%Y} is over") if last < self.today else (
                EMPLOYED, "")
        try:
            date = read_date(value, self.order)
        except AmbiguousDate:
            return self._ambiguous(row, header, text)
        except ValueError:
            starting, begins = start_date(text)
            if starting and begins is not None and status_state(text) in (None, EMPLOYED):
                # "Starter 01-01-2027" where the end date would stand: a start, to come or not
                return (LEFT, f'{header} "{text}": has not begun') if begins > self.today \
                    else (EMPLOYED, "")
            written = date_in_words(text, self.order)
            if written is not None:  # "pr. 31/1-27", "udløb 31.10.26", "30. november 2026"
                return (LEFT, f"{header} {written:%d-%m-%Y}") if written < self.today else (
                    EMPLOYED, "")
            date = excel_serial(text)
            if date is not None:  # "46295": Excel's number for a date, kept as text
                self.serials.setdefault(header, []).append(row)
                return (LEFT, f"{header} {date:%d-%m-%Y}") if date < self.today else (
                    EMPLOYED, "")
            month = _named_month(text)
            if month is not None and not month[0] <= self.today <= month[1]:
                # "aug. 2026": a month gone by (left in it) or to come (still employed); the
                # month of today itself cannot tell, and is refused below
                return (LEFT, f"{header} {text}: {month[1]:%m-%Y} is over") if (
                    month[1] < self.today) else (EMPLOYED, "")
            state = status_state(text)
            if state is None and _date_like(text):  # "30/9", "udgangen af oktober": no year
                self.findings.error(
                    "end-date-unread", f'The end date "{text}" in {header} cannot be read as a '
                    "whole date (a day, a month and a year), so it cannot be told whether this "
                    "employee has left.", "Write it as 31-10-2026 (day-month-year), or leave "
                    "the cell empty if the employment has no end.", row, header)
                return EMPLOYED, ""
            if state is None:
                self.unknown.setdefault((header, text), []).append(row)
                return EMPLOYED, ""
            return state, f'{header} "{text}"' if state != EMPLOYED else ""
        if date is not None and date < self.today:
            return LEFT, f"{header} {date:%d-%m-%Y}"
        return EMPLOYED, ""

    def _ambiguous(self, row: int, header: str, text: str) -> tuple[str, str]:
        """A slash date that reads two ways: decided when both ways agree."""
        from pipeline.sheets.dates import MDY

        dates = {read_date(text, order) for order in (DMY, MDY)}
        past = {d is not None and d < self.today for d in dates}
        if len(past) == 1:
            return (LEFT, f"{header} {text}") if past.pop() else (EMPLOYED, "")
        self.findings.error(
            "ambiguous-date", f'The date "{text}" in {header} could be day/month or month/day, '
            "and one of them has passed while the other has not, so it cannot be told whether "
            "this employee has left.", "Write it as 15-03-2027 (day-month-year) or 2027-03-15.",
            row, header)
        return EMPLOYED, ""

    @cached_property
    def _start(self) -> Any:
        """The column of the days employment began (None: the list has none)."""
        return next((u for key, u in self.columns if key == "start"), None)

    def _begun(self, header: str, value: Any) -> tuple[dt.date | None, bool]:
        """The day a start column's cell gives: as a month and year where the column is so
        written, else as a day, else as Excel's number for one ("46400", said: True)."""
        try:
            return (month_year(cell_text(value))[0] if header in self.months else read_date(
                value, self.order)), False
        except ValueError:
            begins = excel_serial(cell_text(value))
            return begins, begins is not None

    def started(self, values: Sequence[Any]) -> dt.date | None:
        """The day a row's employment began, where the list has a column of start days."""
        use = self._start
        return None if use is None else self._begun(use.header, value_at(values, use.index))[0]

    def start_header(self) -> str:
        return self._start.header if self._start is not None else ""

    def unread_dates(self, rows: Sequence[tuple[int, Sequence[Any]]], skip: set[int]) -> None:
        """A column mus reads nothing from that holds past days on some rows and nothing on
        most ("Term Date" where mus did not know the header): it may be the day they left,
        so it is warned of with its header; a column of days on every row (a birthday, a
        start) is no matter."""
        read = {u.index for _, u in self.columns} | skip
        for use in self.others:
            if use.index in read or use in self.remarks.columns:
                continue
            values = _column(rows, use.index, _SAMPLE)
            filled = sum(1 for v in values if v not in (None, ""))
            if not filled or 2 * filled >= len(values):
                continue  # (a column filled on most rows: no column of a few last days)
            days = [d for d in map(_a_day, values) if d is not None]
            if days and filled == len(days) and 2 * filled < len(values) and min(
                    days) < self.today and not (any(k == "end_date" for k, _ in self.columns)
                                                and all(self._ended(v) is not None
                                                        for _, v in rows[:_SAMPLE]
                                                        if cell_text(value_at(v, use.index)))):
                # (not "Opsagt d." where each such row gives its end date: judged by it)
                self.findings.warn("unread-dates", f'The column "{use.header}" holds days on '
                                   f"{filled} row(s) and is empty on the others, and mus reads "
                                   "nothing from it: if it is the day they left, those people "
                                   "get a form.", 'If it is the last day of employment, head '
                                   'it "Fratrædelsesdato" (or "Slutdato") and run the command '
                                   "again.", None, use.header)

    def report(self) -> None:
        """Statuses mus does not know, once each with their rows; remarks that say someone
        has left."""
        for header, rows in self.serials.items():
            self.findings.note("date-serial", f"The {header} in {rows_text(rows)} is a number "
                               "as Excel counts days (46295 is 30-09-2026), kept as text: read "
                               "as that date.", rows[0], header, rows)
        self.remarks.report()
        codes: dict[str, dict[str, list[int]]] = {}  # header → short codes → rows
        for (header, text), rows in self.unknown.items():
            if len(text) <= 3 and text.isalnum():
                codes.setdefault(header, {})[text] = rows
        coded = {h for h, found in codes.items() if len(found) >= 2}
        for header in coded:  # "A", "T", "U": a system's codes, which mus cannot read
            found = codes[header]
            rows = sorted(r for where in found.values() for r in where)
            gone = [c for c, where in found.items() if set(where) <= self._ended_rows]
            if gone and all(set(where) <= self._ended_rows or not set(where) & self._ended_rows
                            for where in found.values()):
                # SD's 1, 3, 8 beside "Fratrædelsesdato": every row of a code has left by its
                # end date, or none has; the dates tell who left, and the other codes keep
                # their forms (employed or on leave, either way a form)
                kept = sorted(c for c in found if c not in gone)
                self.findings.warn(
                    "status-codes-by-dates", f'The column "{header}" holds codes mus does not '
                    f"know ({', '.join(sorted(found))}); each row of "
                    f"{' and '.join(gone)} has left by its end date, and no row of "
                    f"{', '.join(kept) or 'the others'} has, so those are read as still "
                    "employed and get a form.", 'If one of those codes means that someone has '
                    'left, write "Fratrådt" (or the end date) on their rows.', rows[0], header)
                continue
            self.findings.error(
                "status-codes", f'The column "{header}" holds codes mus does not know ('
                f"{', '.join(sorted(found))}), so it cannot tell who has left or is on leave.",
                'Write the statuses as words ("Aktiv", "Fratrådt", "Orlov") in that column '
                "(Excel's Find and Replace does it code by code), and run the command again.",
                rows[0], header)
        for header, rows in self.unread_periods.items():
            self.findings.warn(
                "period-unread", f"The {header} in {rows_text(rows)} is not written as two days, "
                "so mus cannot tell when it ends: they are taken as employed and get a form.",
                'If a period is over, write its first and last day ("01.04.2026–31.10.2026") or '
                'write "Fratrådt" in a status column.', rows[0], header, rows)
        for header, rows in self.card_shut.items():
            self.findings.note("card-shut", f"The {header} in {rows_text(rows)} says why the card "
                               "or login is shut (lost, stolen or broken), not that its holder "
                               "has left: they are read as employed.", rows[0], header, rows)
        for (header, text, meant), rows in self.misspelt.items():
            self.findings.warn(
                "status-misspelt", f'The {header} "{text}" ({rows_text(rows)}) is no status mus '
                f'knows, but "{meant}" with one letter wrong or two swapped: it is read so.',
                f'Correct it to "{meant}" if that is meant; if not, write the status in words.',
                rows[0], header, rows)
        for (header, text), rows in self.unknown.items():
            if header in coded and text in codes[header]:
                continue
            self.findings.warn(
                "status-unknown", f'The {header} "{text}" ({rows_text(rows)}) is not a status '
                "mus knows, so they are taken as employed and get a form.", "If they have left, "
                'write "Fratrådt" (or an end date in the past); if they are on leave, "Orlov".',
                rows[0], header, rows)


_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})\s*$")


_NAMED_MONTH = re.compile(r"^\s*([^\W\d_]{3,9})\.?\s+(\d{4})\s*$")


def _named_month(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a month written by its name and year ("aug. 2026", "August
    2026"), or None."""
    found = _NAMED_MONTH.match(text)
    if found is None or found.group(1).casefold() not in MONTHS:
        return None
    month, year = MONTHS[found.group(1).casefold()], int(found.group(2))
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_year(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a month written with its year ("10/26", "02/2027")."""
    found = _MONTH_YEAR.match(text)
    if found is None or not 1 <= int(found.group(1)) <= 12:
        raise ValueError(text)
    month, year = int(found.group(1)), int(found.group(2))
    year += 2000 if year < 100 else 0
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_years(values: Sequence[Any]) -> bool:
    """A column of months and years ("11/17", "02/27"): every filled cell a month 1–12 and a
    year, some of them no day and month (a year over 12, or of four digits)."""
    if any(isinstance(v, dt.date) for v in values):
        return False
    filled = [t for t in map(cell_text, values) if t]
    if not filled:
        return False
    found = [_MONTH_YEAR.match(t) for t in filled]
    return all(f is not None and 1 <= int(f.group(1)) <= 12 for f in found) and any(
        f is not None and (int(f.group(2)) > 12 or len(f.group(2)) == 4) for f in found)


def _leaving(reason: str) -> bool:
    """A reason that says someone leaves, not that they are no employee or have not begun."""
    return not reason.endswith(NOT_HERE) and "not begun" not in reason


def _a_day(value: Any) -> dt.date | None:
    """The day a cell holds, as a date cell or as text; None for anything else."""
    if not isinstance(value, dt.date):
        text = cell_text(value)
        if not has_digit(text) or len(text) > 20:
            return None  # (no day: looked at without reading it as one)
    try:
        return parse_date(value)
    except ValueError:
        return None


def _shape(number: str) -> str:
    """A number's shape: its letters as A, its digits as 9 ("V285" → "A999")."""
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", number))


def _of_units(header: str) -> bool:
    """A header that says its column holds units ("Overordnet afdeling", "Område"): a unit
    called "Kunder" is a part of the organisation that serves customers, not a customer."""
    found, _ = concepts(header_words(header))
    return bool({DEPT, DIVISION} & set(found)) and not {JOB, KIND} & set(found)


def _over_units(rows: Sequence[tuple[int, Sequence[Any]]], index: int, unit: int) -> bool:
    """A column that gives one value for each department, fewer values than departments and
    two or more: the units above them ("Kunder" over "Kundeservice" and "Salg")."""
    above: dict[str, str] = {}
    for _, values in rows[:_SAMPLE]:
        department, value = cell_text(value_at(values, unit)), cell_text(value_at(values, index))
        if not department or not value:
            continue
        if above.setdefault(department.casefold(), value.casefold()) != value.casefold():
            return False
    return 2 <= len(set(above.values())) < len(above)


def _near_day(text: str, today: dt.date) -> dt.date | None:
    """The day a status gives without its year, in the year that puts it nearest today,
    where that is within four months (further off, which year is meant cannot be told)."""
    day = day_of(text, today.year)[0]
    if day is None:
        return None
    near = nearest(day, today)
    return near if abs((near - today).days) <= 120 else None


# A first day still awaited: "afventer opholdstilladelse", "pending visa", "TBD"
_AWAITED = frozenset({"afventer", "afventes", "venter", "pending", "awaiting", "tbd", "tba",
                      "väntar", "avventer"})

