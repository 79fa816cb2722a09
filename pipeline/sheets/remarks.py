"""Remarks on a person's row: a remark column ("Bemærkning", "Kommentar", "Notes"), a column
kept for something else where a colleague wrote a remark ("barsel til 1/4-27" under ``Tlf.``),
an Excel note on one of the row's cells, and a note written right of the list on the row.

A remark that says leave ("på barsel til marts") marks the person on leave; one that says they
left, or that they are not employed here ("ekstern konsulent", "Ansat af Kirkeministeriet"),
with nothing else on the list that does, refuses the list: a remark is no status, and a leaver
must get no form and no guess. The remark's own words are never repeated, only where it is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pipeline.sheets.dates import DMY, MONTHS, read_date
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.names import aside
from pipeline.sheets.statuswords import (
    EMPLOYED,
    FIXED_TERM,
    LAST_ASIDE,
    LEAVE,
    LEFT,
    LEFT_WORDS,
    NOT_HERE,
    WORD,
    date_in_words,
    is_remark_header,
    left_pair,
    named_day,
    not_begun,
    notice_date,
    outside,
    remark_state,
    status_state,
    transferred_away,
)
from pipeline.sheets.values import cell_text, has_digit

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ColumnUse

NOTE = "note on a cell"  # an Excel note (comment) on one of the row's cells, read as a remark
BESIDE = "note beside the list"  # text right of the list's last header, on the person's row
_UNHEADED = (NOTE, BESIDE)  # remarks that stand in no column of the list
# "Ansat af Kirkeministeriet", "ansat hos Region Midt", "Employed by the ministry": another
# employer's person
_ELSEWHERE = re.compile(r"\b(?:ansat|ansatt|anställd|employed)\s+(?:af|hos|ved|av|vid|by)\s+"
                        r"(?:the\s+)?[^\W\d_]", re.IGNORECASE)
# "Ikke ansat her", "not employed by us": said in so many words
_NOT_EMPLOYED = re.compile(r"\b(?:ikke|ej|not)\s+(?:ansat|ansatt|anställd|employed)\b",
                           re.IGNORECASE)


def says_not_employed(text: str) -> bool:
    """"Ikke ansat", "not employed": said in so many words."""
    return bool(_NOT_EMPLOYED.search(text))


def says_employed_elsewhere(text: str) -> bool:
    """A sentence that says its person is not employed here ("Ansat af Kirkeministeriet",
    "Ikke ansat her – PPR"), in whatever cell it stands."""
    return bool(_ELSEWHERE.search(text) or _NOT_EMPLOYED.search(text))


def _of_a_past_year(header: str, today: dt.date | None) -> bool:
    """A header that names a year before today's ("MUS 2025 holdt af", "Løn 2024")."""
    return today is not None and any(1990 <= int(y) < today.year
                                     for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", header))


def written_in(values: Sequence[Any]) -> bool:
    """A column where someone wrote a sentence that says a person left or is on leave (a
    remark of two words or more, however the column is headed); each text judged once."""
    seen: set[str] = set()
    for value in values:
        if not isinstance(value, str) or value in seen:
            continue
        seen.add(value)
        if len(value.split()) >= 2 and any(c.isalpha() for c in value) and (remark_state(
                value) in (LEFT, LEAVE) or notice_date(_weeks_as_days(value))[0]):
            return True  # (or a leaving with its day or week: "stopper uge 32/2026")
    return False


class Remarks:
    """The remarks of a list's rows, read row by row and reported once at the end."""

    def __init__(self, others: Sequence[ColumnUse], rows: Sequence[tuple[int, Sequence[Any]]],
                 number: int | None, findings: Findings,
                 comments: Mapping[int, tuple[str, ...]] | None = None,
                 beside: Mapping[int, str] | None = None, today: dt.date | None = None,
                 name: ColumnUse | None = None, title: ColumnUse | None = None,
                 email: ColumnUse | None = None) -> None:
        self.columns = [u for u in others if is_remark_header(u.header)][:2]
        # a column kept for something else (a phone number) where a colleague wrote "stoppet
        # 31/10" or "barsel til 1/4-27" in some rows is a remark in those rows
        # (not one headed with a year gone by, "MUS 2025 holdt af": its "ny – ingen MUS"
        # speaks of that year)
        self.columns += [u for u in others if u not in self.columns and not _of_a_past_year(
            u.header, today) and written_in([value_at(v, u.index) for _, v in rows])][:2]
        for use in (title, email):
            if use is not None and written_in([value_at(v, use.index) for _, v in rows]):
                # a column of job titles, or of addresses, where a leaving or a leave is
                # written instead on some rows ("Job/bem.": "fratrådt 06.09.2026"; "Mail":
                # "lukket – fratrådt 30.09.2026")
                self.columns.append(use)
        self.comments = comments or {}
        self.beside = beside or {}  # row → what is written right of the list on it
        self.left: dict[str, list[int]] = {}  # where → rows whose remark says they left
        self.outside: dict[str, list[int]] = {}  # … says they are not employed here
        self.later: dict[str, list[int]] = {}  # … says they leave on a day to come
        self.card: dict[str, list[int]] = {}  # … says a card is shut, for the card's sake
        self.numbers: dict[int, str] = {}  # those rows → their employee number
        self._number = number
        self.findings = findings
        self.today = today
        # a name cell that says a state in brackets after the name ("Mette Kjær (barsel)",
        # "Line Krog (fratrådt 31.07.26)"): a remark in that cell, where any row has one
        # the same in a job title ("Medarbejder (fratrådt 07-08-2026)", "Sygeplejerske
        # (barsel til 01-04-2027)")
        self.asides = [u for u in (name, title) if u is not None and any(
            status_aside(cell_text(value_at(v, u.index))) for _, v in rows[:2000])]
        # (a start in a title's brackets is the post's: "Afdelingsleder (tiltræder 1/1-2027)"
        # is someone employed who takes up the post that day)
        self._post = title.header if title is not None else None

    def __bool__(self) -> bool:
        return bool(self.columns or self.comments or self.beside or self.asides)

    def of(self, row: int, values: Sequence[Any],
           ends_later: Callable[[], bool] = lambda: False) -> tuple[str, str]:
        """The row's state as its remarks say it (LEAVE and why, else EMPLOYED): a remark
        that says they left or are not employed here is kept for report(), never acted on
        (``ends_later``: whether the row's own end date is still to come, which a remark of
        leaving, "Fritstillet i opsigelsesperioden", then agrees with)."""
        said = [(use.header, last_event(value_at(values, use.index))) for use in self.columns]
        said += [(NOTE, text) for text in self.comments.get(row, ())]
        said += [(BESIDE, self.beside[row])] if row in self.beside else []
        for use in self.asides:
            inner = status_aside(cell_text(value_at(values, use.index)))
            said += [(use.header, inner)] if inner else []
        for where, text in said:
            dated = self._dated(where, text, starts=where != self._post)
            if dated is not None:
                return LEFT, dated
            if where != self._post and not_begun(text) and not any(c.isdigit() for c in (
                    _CLAUSE_APART.split(text, maxsplit=1)[0])):
                # "ikke startet endnu – kontrakt fra 1/3-2027": not begun (a day after it
                # only says when they will)
                return LEFT, f"{where}: has not begun"
            if where != self._post and (month := self._start_month(text)) is not None:
                # "#starter-jan", "starter i februar": the first of that month, to come
                return LEFT, f"{where}: starts {month:%m-%Y}, has not begun"
            if _CALLED_OFF.search(text):
                # "Udeblev første dag – ansættelse annulleret": never employed, whatever day
                return LEFT, f"{where}: the hiring was called off"
            state = remark_state(text)
            if state is None and self.today is not None:
                # "Projektansættelse – udløb 30.09.2026, ikke forlænget": a last day gone by,
                # in any clause
                noticed, ends = notice_date(text)
                state = LEFT if noticed and ends is not None and ends < self.today else None
            if state == LEAVE:
                return LEAVE, f"{where} speaks of leave"
            if state == LEFT and card_trouble(text):
                # "Ansatte – spærret (mistet kort)": the card is shut, lost; not its holder
                self._keep(self.card, where, row, values)
                continue
            if state == LEFT and (self._later(text) or ends_later()):
                # "Afsked med pension pr. 28.02.2027": leaving on a day to come, employed
                # until then (as an end date still to come is)
                self._keep(self.later, where, row, values)
            elif state == LEFT and gone_in_a_word(text):
                # "Fratrådt", "Lagermedarbejder – fratrådt", "(Stoppet)": a leaving done, said
                # in a word with nothing beside it that could make it anything else
                return LEFT, f"{where}: left"
            elif state == LEFT:
                self._keep(self.left, where, row, values)
            elif where == self._post and outside(text):
                # "Konsulent (ekstern)": the title's own aside says the kind of post, as a
                # kind of employment does
                return LEFT, f'{where} "({text})": {NOT_HERE}'
            elif _NOT_EMPLOYED.search(_CLAUSE_APART.split(text, maxsplit=1)[0]):
                # "ikke ansat i vinterpausen – genansættes 1/4-27": not employed, said in so
                # many words first (whatever comes after), as a status would say it
                return LEFT, f"{where}: {NOT_HERE}"
            elif outside(text) or _ELSEWHERE.search(text):
                # "ekstern konsulent via Emagine", "Ansat af Kirkeministeriet": a remark is no
                # kind of employment, so a numbered row it says is not ours is refused
                self._keep(self.outside, where, row, values)
        return EMPLOYED, ""

    def _start_month(self, text: str) -> dt.date | None:
        """The first of the month a start without its day names ("starter i januar",
        "#starter-jan", "Starts February 2027"), where it is still to come: a month without
        its year is the one nearest today; None otherwise (or where a day is given)."""
        if self.today is None or _DAY.search(text):
            return None
        words = WORD.findall(text.casefold())
        if not set(words) & _STARTS or remark_state(text) is not None:
            return None
        months = [MONTHS[w] for w in words if w in MONTHS]
        years = [int(w) for w in re.findall(r"\b(20\d\d)\b", text)]
        if len(months) != 1 or len(years) > 1:
            return None
        today = self.today
        if years:
            first = dt.date(years[0], months[0], 1)
        else:
            first = min((dt.date(today.year + k, months[0], 1) for k in (-1, 0, 1)),
                        key=lambda d: abs((d - today).days))
        return first if first > today else None

    def _later(self, text: str) -> bool:
        """The remark gives a whole day (with its year) still to come."""
        if self.today is None:
            return False
        day, whole = day_of(text, self.today.year)
        if day is None:  # "Går på efterløn 31. marts 2027": the month in words
            day = date_in_words(LAST_ASIDE.sub("", text), None) or named_day(text)
            whole = day is not None
        return whole and day is not None and day > self.today

    def _dated(self, where: str, text: str, starts: bool = True) -> str | None:
        """Why a remark with a date says the person is gone or not yet here, or None: a word
        that they have left (``fratrådt 09.09.26``; ``fratrådt 10/7``, the year left out)
        beside a day gone by, or a start (``starter 1/2-27``) on a day to come. A remark that
        says they left without a day, or on a day still to come, is refused as before."""
        if self.today is None:
            return None
        text = _weeks_as_days(text)
        day, whole = day_of(text, self.today.year)
        if day is None:  # "Fratrådt 28. juli 2026", "Ophørt 14. november 2026 (ophævet)",
            # "… sidste dag fredag den 4. december 2026"
            day = date_in_words(LAST_ASIDE.sub("", text), None) or named_day(text)
            whole = day is not None
        if day is None:
            return None
        words = set(WORD.findall(text.casefold()))
        if starts and _MOVES.search(text):
            starts = False  # "starter på Hovedbiblioteket 1/1", "starter som teamleder 1/2-27":
            # a move or a new post, not a first day
        if starts and words & _STARTS and remark_state(text) is None and (
                coming := day if whole else nearest(day, self.today)) > self.today:
            # (not "starter barsel 01.02.2027": a leave that begins; "starter 5/1 – kontrakt
            # underskrevet" in December: the nearest 5 January, next month's, is still to come)
            guessed = "" if whole else " (no year written: the nearest)"
            return f"{where}: starts {coming:%d-%m-%Y}{guessed}, has not begun"
        if remark_state(text) == LEFT and (words & LEFT_WORDS or left_pair(WORD.findall(
                text.casefold()))) and day <= self.today:
            # (a day without its year is this year's: "stoppet 30/11" before the 30th is a
            # leaving to come, refused as before)
            return f"{where}: left {day:%d-%m-%Y}"
        if whole and day <= self.today and remark_state(text) is None and (
                noticed := notice_date(text))[0] and noticed[1] == day:
            # "Har sagt op – sidste dag 05.11.2026": a notice whose last day has passed
            return f"{where}: left {day:%d-%m-%Y}"
        if not whole and remark_state(text) is None and notice_date(text) == (True, None) and (
                near := nearest(day, self.today)) < self.today:
            # "Opsagt pr. 30.11. – sidste løn i dec.": a notice's last day without its year is
            # the one nearest today (30.11 a week ago, not next year; "stopper 31/1" in
            # December is next month's): gone by, they have left
            return f"{where}: left {near:%d-%m-%Y} (no year written: the nearest)"
        if whole and day <= self.today and remark_state(text) is None and _term_over(text):
            # "Sæsonansat til 31.10.2026", "ansat direkte, t.o.m. 31.10.2026": the term ended
            return f"{where}: employed until {day:%d-%m-%Y}"
        if whole and day <= self.today and transferred_away(text):
            # "Overgået til Fjordby Kommune 01.09.2026": employed by another since that day
            return f"{where}: moved to another employer {day:%d-%m-%Y}"
        return None

    def _keep(self, found: dict[str, list[int]], where: str, row: int,
              values: Sequence[Any]) -> None:
        found.setdefault(where, []).append(row)
        if self._number is not None:
            self.numbers[row] = cell_text(value_at(values, self._number))

    def not_here(self, values: Sequence[Any]) -> str:
        """Why a remark column says the row's person is not employed here, or ""."""
        for use in self.columns:
            text = cell_text(value_at(values, use.index))
            if text and (outside(text) or says_employed_elsewhere(text)
                         or LEFT in (remark_state(text), status_state(text))):
                return f"{use.header}: {NOT_HERE}"
        for use in self.asides:  # "Revisor Lind (ekstern)"
            inner = status_aside(cell_text(value_at(values, use.index)))
            if inner and outside(inner):
                return f'{use.header} "({inner})": {NOT_HERE}'
        return ""

    def _whose(self, rows: Sequence[int]) -> str:
        """" (employees 1203, 1215)": the numbers of the rows a remark was read on."""
        numbers = [self.numbers[r] for r in rows if self.numbers.get(r)]
        return (f" (employee{'s' if len(numbers) > 1 else ''} {', '.join(numbers)})"
                if numbers else "")

    def report(self) -> None:
        """Remarks that say someone has left, or is not employed here: refused; that someone
        leaves on a day to come: said."""
        for where, rows in self.later.items():
            self.findings.note(
                "remark-leaving-later", f"The {where} in {rows_text(rows)}{self._whose(rows)} "
                "says the person leaves on a day still to come, so they are employed until then "
                "and get a form.", rows[0], None if where in _UNHEADED else where, rows)
        for where, rows in self.card.items():
            self.findings.note(
                "card-shut", f"The {where} in {rows_text(rows)}{self._whose(rows)} says a card "
                "or login is shut because it was lost, stolen or broken, not that its holder "
                "has left: they are read as employed.", rows[0],
                None if where in _UNHEADED else where, rows)
        for where, rows in self.left.items():
            self.findings.error(
                "remark-left", f"The {where} in {rows_text(rows)}{self._whose(rows)} says the "
                "person has left or is leaving, but nothing else on the list does (mus reads "
                "that from a status or end-date column, never from a remark), so it cannot be "
                'told whether they should get a form.', 'If they have left, write "Fratrådt" in '
                "a status column (or an end date in the past) or delete the row; if not, change "
                f"the {where}; then run the command again.", rows[0],
                None if where in _UNHEADED else where)
        for where, rows in self.outside.items():
            self.findings.error(
                "remark-outside", f"The {where} in {rows_text(rows)}{self._whose(rows)} says the "
                "person is not employed here (an external consultant, someone another employer "
                "pays), but nothing else on the list does, so it cannot be told whether they "
                "should get a form.", "If they are not employed here, delete their row (or "
                "write their kind of employment in a column of its own); if they are, change "
                f"the {where}; then run the command again.", rows[0],
                None if where in _UNHEADED else where)


# A leaving done, in the past tense (not "opsagt", "fratræder", "stopper": a notice, whose
# last day may still be to come)
_GONE_NOW = frozenset({"fratrådt", "fratraadt", "ophørt", "ophoert", "udtrådt", "udtraadt",
                       "stoppet", "stoppede", "afgået", "afskediget", "bortvist", "død",
                       "afdød", "pensioneret", "terminated", "left", "quit", "retired",
                       "deceased", "dismissed", "udmeldt", "sluttet", "slutat", "avsluttet"})
# Words that may stand beside it without changing what it says
_BESIDE_GONE = frozenset({"er", "har", "nu", "is", "has", "now", "ja", "x"})


def gone_in_a_word(text: str) -> bool:
    """A remark that says, in one past-tense word and without a day, that the person has
    left: "Fratrådt", "(Stoppet)", beside one other word at most (the job title it stands
    after, "Lagermedarbejder – fratrådt"); not "fratrådt som TR", nor a remark with a digit
    (a day: read by its day, or refused) or a question mark."""
    if any(c.isdigit() or c == "?" for c in text):
        return False  # (a day, or a doubt: "Terminated?")
    words = WORD.findall(text.casefold())
    gone = [w for w in words if w in _GONE_NOW]
    rest = [w for w in words if w not in _GONE_NOW and w not in _BESIDE_GONE]
    return len(gone) == 1 and len(rest) <= 1 and not set(rest) & _NOT_ALONE


# A word that makes a leaving one of a role or a body, not of the post ("fratrådt som TR")
_NOT_ALONE = frozenset({"som", "as", "fra", "from", "tr", "amr", "bestyrelsen", "udvalget"})


# a hiring called off: "ansættelse annulleret", "kontrakten aflyst", "hire cancelled"
_CALLED_OFF = re.compile(r"\b(?:ansættelse|ansættelsen|ansættelsesaftale|ansættelsesaftalen|"
                         r"kontrakt|kontrakten|hire|hiring)\s+(?:er\s+|is\s+|was\s+)?"
                         r"(?:annulleret|aflyst|cancelled|canceled)\b", re.IGNORECASE)
_CLAUSE_APART = re.compile(r"\s+[–—-]\s+|[;,]\s*")
_DAY = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?(?!\d)")
# Why a card is shut, for the card's own sake: lost, stolen, broken
CARD_TROUBLE = frozenset({"mistet", "tabt", "bortkommet", "stjålet", "defekt", "ødelagt",
                          "lost", "stolen", "broken", "damaged", "glemt", "forgotten"})


# Words of a card or login shut, which say nothing of why
_SHUT = frozenset({"spærret", "spærrede", "lukket", "deaktiveret", "blokeret", "låst",
                   "blocked", "disabled", "deactivated", "suspended", "locked", "inaktiv",
                   "inactive", "spärrad", "sperret"})


def card_trouble(text: str) -> bool:
    """A text that says a card was lost or broken, and no word of leaving (its being shut is
    no such word)."""
    words = set(WORD.findall(text.casefold()))
    return bool(words & CARD_TROUBLE) and not words & (LEFT_WORDS - _SHUT)


_STARTS = frozenset({"starter", "begynder", "tiltræder", "starts", "starting", "begins",
                     "nyansat", "nyansatte", "ny",
                     # "start 23-01-2027", "Opstart 4/1-27", "tiltrædelse 1.2.2027"; Swedish
                     # and Norwegian "börjar", "tillträder", "begynner", "tiltrer"
                     "start", "startdato", "opstart", "tiltrædelse", "tiltrædelsesdato",
                     "börjar", "tillträder", "begynner", "tiltrer"})


# a line of a history that starts with its day: "01.10.2026 Genansat"
_EVENT = re.compile(r"^\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b")


def last_event(value: Any, order: str = DMY) -> str:
    """A cell's text; where it is a history, one dated event a line ("02.04.2017 Ansat",
    "31.03.2025 Fratrådt", "01.10.2026 Genansat"), the latest event alone: it says where
    things stand (an earlier leaving is undone by a rehiring)."""
    if not isinstance(value, str) or "\n" not in value:
        return cell_text(value)
    lines = [line for line in value.splitlines() if line.strip()]
    dated = []
    for line in lines:
        found = _EVENT.match(line)
        if found is None:
            return cell_text(value)
        try:
            day = read_date(found.group(1), order)
        except ValueError:
            return cell_text(value)
        if day is None:
            return cell_text(value)
        dated.append((day, line))
    if len(dated) < 2:
        return cell_text(value)
    line = cell_text(max(dated, key=lambda d: d[0])[1])
    found = _EVENT.match(line)
    assert found is not None
    words = line[found.end():].strip(" :–-")
    # the event, then its day, unless its words give a day of their own ("01.11.2026 Opsagt
    # – fratræder 31.01.2027": notice given then, the leaving on the day it names)
    return words if has_digit(words) else f"{words} {found.group(1)}"


def nearest(day: dt.date, today: dt.date) -> dt.date:
    """The day and month of ``day`` in the year that puts it nearest ``today``."""
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # (29 February)
            continue
    return min(options, key=lambda d: abs((d - today).days)) if options else day


def left_day(text: str, today: dt.date) -> dt.date | None:
    """The day gone by on which a note's clause says someone left ("stoppede 15/10 – skal
    ikke have MUS", "fratrådt 30.09.2026"; a day without its year is this year's), or None
    (no leaving done, no day, or a day still to come)."""
    if remark_state(text) != LEFT or not set(WORD.findall(text.casefold())) & LEFT_WORDS:
        return None
    day, _ = day_of(text, today.year)
    if day is None:
        day = date_in_words(LAST_ASIDE.sub("", text), None)
    return day if day is not None and day <= today else None


# "uge 32/2026", "uge 9 2027", "week 45/26": a week of a year
_WEEK = re.compile(r"\b(?:uge|week|vecka|uke|kw)\.?\s*(\d{1,2})\s*(?:[/,\-]|\s)\s*(\d{4}|\d{2})\b",
                   re.IGNORECASE)


# "til", "t.o.m.", "indtil", "until" right before a day: the last day of something
_UNTIL = re.compile(r"(?:\btil|\bt\.\s?o\.\s?m\.?|\btom|\bindtil|\buntil)\s*$", re.IGNORECASE)
_EMPLOYED_AS = frozenset({"ansat", "ansatt", "anställd", "employed", "ansættelse"})


# a start somewhere else or as something else: a move or a new post ("starter på
# Hovedbiblioteket 1/1", "starter som teamleder", "starts at the Aarhus office")
_MOVES = re.compile(r"\b(?:starter|begynder|tiltræder|starts|begins)\s+(?:på|hos|ved|som|at|as)\s",
                    re.IGNORECASE)


def _term_over(text: str) -> bool:
    """A remark that gives an employment's last day: a word of a term or of being employed,
    then "til" or "t.o.m." right before the day ("Sæsonansat til 31.10.2026", "ansat direkte,
    t.o.m. 31.10.2026"; not "ansat 01.02.2020", the day one began)."""
    found = _DAY.search(text)
    if found is None or not _UNTIL.search(text[:found.start()].rstrip()):
        return False
    words = set(WORD.findall(text[:found.start()].casefold()))
    return bool(words & (FIXED_TERM | _EMPLOYED_AS))


def _weeks_as_days(text: str) -> str:
    """A remark's week of a year written as a day: the week's last day for a leaving
    ("stopper uge 32/2026": gone by 9 August), its first for a start ("starter uge 2/2027")."""
    if _WEEK.search(text) is None:
        return text
    first = bool(_STARTS & set(WORD.findall(text.casefold())))

    def day(found: re.Match[str]) -> str:
        year = int(found.group(2)) + (2000 if len(found.group(2)) == 2 else 0)
        try:
            date = dt.date.fromisocalendar(year, int(found.group(1)), 1 if first else 7)
        except ValueError:
            return found.group(0)
        return f"{date:%d.%m.%Y}"

    return _WEEK.sub(day, text)


def day_of(text: str, this_year: int) -> tuple[dt.date | None, bool]:
    """The first day, month (and year: this year's where none is written) a remark gives, day
    first; whether it had a year."""
    found = _DAY.search(text)
    if found is None:
        return None, False
    day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
    try:
        if year is None:
            return dt.date(this_year, month, day), False
        return dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day), True
    except ValueError:
        return None, False


_DASH_TAIL = re.compile(r"\S\s+[-–—]\s+([^\W\d_][^-–—]{0,30})$")


# a leaving to come, with its day: "(opsagt, stopper 31/1)", still employed until then
_LEAVING = frozenset({"opsagt", "stopper", "fratræder", "ophører", "slutter", "leaving"})


def status_aside(text: str) -> str:
    """What brackets after a name say of the person's state ("barsel", "fratrådt 31.07.26",
    "starter 1/2-27"), or "" where they say something else (initials, a number)."""
    dashed = _DASH_TAIL.search(text.partition("(")[0].rstrip()) if (
        " -" in text or " –" in text or " —" in text) else None
    if dashed and (outside(dashed[1]) or remark_state(dashed[1]) is not None):
        return dashed[1]  # "Gæsteforsker – ekstern (Uppsala Universitet)": said after a dash
    if not text.endswith(")") or "(" not in text:
        return ""
    bracketed = aside(text)
    if bracketed is None:
        return ""
    inner = bracketed[1]
    words = set(WORD.findall(inner.casefold()))
    return inner if remark_state(inner) is not None or (words & _STARTS and _DAY.search(inner)
                                                        ) or outside(inner) or (
        words & _LEAVING and _DAY.search(inner)) else ""
