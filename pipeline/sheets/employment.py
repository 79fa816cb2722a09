"""Who has left and who is on leave, as the list's status and end-date columns say.

A leaver (a status such as ``Fratrådt``, ``Ophørt``, ``Inaktiv``, ``Terminated``; ``Active``
no; an end date such as ``Ansat til``, ``Fratrædelsesdato``, ``Termination date`` before today)
gets no form and no mail. Someone on leave (``Orlov``, ``Barsel``, ``Leave``) has not left:
they are listed, and get their form unless HR asks to skip them. A status mus does not know is
said in `mus check` and taken as employed; an end date whose order cannot be told and that
decides it is refused with its row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from openpyxl.utils.datetime import from_excel

from pipeline.sheets.codes import find_codes
from pipeline.sheets.dates import AmbiguousDate, read_date
from pipeline.sheets.evidence import NO, NO_VALUE, YES
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ListLayout

EMPLOYED, LEFT, LEAVE = "employed", "left", "leave"
# A leave by its dates: between them (or after its start, or until its end), not yet begun,
# or over. Either of the last two overrules the first.
_DATED, _NOT_NOW = "leave-dated", "leave-not-now"
_IDLE = "left-inactive"  # inactive, and why not said by the status itself
_LEFT = frozenset({
    "farin", "fráfarin",  # Faroese: "Farin úr starvi"
    "fratrådt", "fratraadt", "fratrådte", "ophørt", "ophoert", "udtrådt", "udtraadt",
    "inaktiv", "inaktive", "inactive", "terminated", "termineret", "former", "left", "ex",
    "deprovisioned", "deleted", "slettet", "deaktiveret", "deactivated", "disabled", "stoppet",
    "pensioneret", "retired", "deceased", "død", "afgået", "afskediget", "fritstillet",
    "fritstillede",
    "dismissed", "withdrawn", "separated", "gået", "udmeldt", "exited", "offboarded", "leaver",
    "ended", "expired", "udløbet",
    # Norwegian and Swedish
    "sluttet", "avsluttet", "opphørt", "pensjonert", "avslutad", "slutat", "avgått",
    "pensionerad", "avliden",
    # German
    "ausgetreten", "ausgeschieden", "verstorben", "rentner",
    "ruhestand", "ehemalig", "ehemalige", "entlassen", "abgemeldet", "deaktiviert"})
# Someone who has not begun: a directory's account made ahead of the first day (Okta's
# STAGED), a hire not yet started.
_NOT_STARTED = frozenset({"staged", "preboarding", "prehire", "fremtidig", "future"})
_LEAVE = frozenset({
    "farloyvi", "barsilsfarloyvi", "barnsburðarfarloyvi",  # Faroese
    "orlov", "barsel", "barselsorlov", "forældreorlov", "fædreorlov", "leave", "parental",
    "maternity", "paternity", "sabbatical", "sabbat", "sygeorlov", "sygemeldt", "syg",
    "langtidssyg", "langtidssygemeldt", "sick", "absent", "fravær", "uddannelsesorlov",
    "suspended", "suspenderet", "suspension", "loa",
    # Norwegian and Swedish
    "permisjon", "foreldrepermisjon", "fødselspermisjon", "permittert", "sykmeldt",
    "sykemeldt", "syk", "tjänstledig", "föräldraledig", "sjukskriven", "sjukledig",
    "sjuk", "tjenestefri", "tjänstefri",
    # German
    "elternzeit", "mutterschutz", "karenz", "beurlaubt", "beurlaubung", "sonderurlaub",
    "krank", "langzeitkrank", "ruhend", "sabbatjahr", "freistellung", "freigestellt"})
# A kind of leave written as one word: "Foreldrepermisjon", "Föräldraledig", "Barselsorlov".
_LEAVE_ENDS = ("orlov", "permisjon", "ledig", "barsel", "leave", "sygemeldt", "sykmeldt",
               "urlaub", "elternzeit")
# Words that say someone is not working now, not why: another cell of the row may say it is
# leave ("Inaktiv" with "Årsag til inaktivitet: BARSEL").
_INACTIVE = frozenset({"inaktiv", "inaktive", "inactive", "disabled", "deaktiveret",
                       "deactivated", "deaktiviert"})
_EMPLOYED = frozenset({
    "starvi",  # Faroese: "Í starvi"
    "aktiv", "aktive", "active", "activated", "aktiveret", "ansat", "employed", "arbejde",
    "working", "fastansat",
    "timelønnet", "vikar", "onboarding", "nyansat", "hired", "prøvetid", "probation",
    "eligible", "current", "nuværende", "normal", "ok", "in", "opsagt", "fratræder",
    "ophører", "resigned", "notice", "tidsbegrænset", "fuldtid", "deltid", "elev", "lærling",
    "trainee", "intern", "praktikant", "enabled", "payroll", "employee", "employees",
    # Norwegian and Swedish
    "ansatt", "anställd", "fast", "tillsvidare", "provanställd", "vikarie", "visstid",
    "tidsbegränsad", "allmän", "timanställd", "timansatt", "vikariat",
    # kinds of employment that say someone is employed (the state's and others')
    "tjenestemand", "tjenestemænd", "funktionær", "månedslønnet", "honorarlønnet",
    "studentermedhjælper", "student", "studiejob", "fleksjob", "fleksjobber", "løntilskud",
    "seniorjob", "afløser", "ferieafløser", "midlertidig", "midlertidigt", "temporary",
    "permanent", "regular", "fixed", "member", "members", "medarbejder", "medarbejdere",
    "medarbeider", "medarbetare",
    # German
    "beschäftigt", "angestellt", "angestellte", "festangestellt", "befristet",
    "unbefristet", "vollzeit", "teilzeit", "auszubildender", "auszubildende", "azubi",
    "werkstudent", "probezeit", "mitarbeiter", "mitarbeiterin", "gekündigt"})
# A kind of employment written as one word: "Overenskomstansat", "Deltidsansat", "Fastansatt".
_EMPLOYED_ENDS = ("ansat", "ansatt", "anställd", "lønnet", "lønnede", "vikar", "elev",
                  "vikariat")
_EMPLOYED_PAIRS = frozenset({("full", "time"), ("part", "time")})
# A temp who comes through someone else ("Vikar via Randstad", "Temp from Adecco") is the
# agency's employee, not ours; a temp alone ("Vikar") is ours.
_TEMPS = frozenset({"vikar", "vikarer", "vikarie", "temp", "temps", "vikarar"})
_ACCOUNT_DISABLED = 0x2  # userAccountControl's ACCOUNTDISABLE flag (514 = 512 + 2)
_TEMP_FROM = re.compile(r"([^()\-–—:]+?)\s*(?:[-–—:]\s*(.+)|\((.+)\))")
_THROUGH = frozenset({"via", "fra", "from", "through", "gennem", "genom", "från", "gjennom"})
# People who work here without being employed here: no MUS.
_OUTSIDE = frozenset({
    "ekstern", "eksterne", "external", "contingent", "contractor", "contractors", "freelance",
    "freelancer", "bureau", "bureauvikar", "vikarbureau", "innleid", "innleide", "inhyrd",
    "inhyrda", "underleverandør", "leverandør", "supplier", "vendor", "agency", "konsulentfirma",
    "selvstændig", "consultant", "konsult", "konsulter", "kontingent", "guest", "guests",
    "gæst", "gæster", "gjest",
    "gäst", "ulønnet", "ulønnede", "unpaid", "volunteer", "frivillig", "honorarlønnet",
    "honorarlønnede", "honorar", "honorarmodtager", "honorarmodtagere", "indkomstmodtager",
    # "B-indkomst": paid a fee, not a salary (freelance); "B-indkomst" splits into b + indkomst
    # German: an outside firm's worker, a temp through an agency, an external
    "fremdfirma", "fremdpersonal", "fremdkraft", "leiharbeit", "leiharbeiter", "leiharbeiterin",
    "zeitarbeit", "zeitarbeiter", "zeitarbeiterin", "extern", "externe", "externer",
    "subunternehmer", "werkvertrag", "fremdfirmen", "dienstleister"})
# Words that say what kind of employment a column holds ("Ansættelsesform", "Worker type").
_FORM_WORDS = frozenset({"ansættelses", "ansættelse", "ansettelses", "ansettelse",
                         "anställnings", "anställning", "employment", "employee", "worker",
                         "medarbejder", "contract", "kontrakt"})
_NOT = frozenset({"ikke", "not", "non", "no", "un"})
_WORD = re.compile(r"[^\W\d_]+")
# A yes/no column whose header names a state of not working here ("suspended", "Disabled",
# "Konto spærret", "Archived"): yes means no form. The words of an account or a person switched
# off; a leave by its header ("Orlov") is the leave column's.
_OFF = frozenset({"suspended", "suspenderet", "blocked", "blokeret", "locked", "låst", "archived",
                  "arkiveret", "spærret", "sperret", "spärrad", "lukket", "closed", "stengt",
                  "deaktiveret", "deactivated", "disabled", "inactive", "inaktiv", "deleted",
                  "slettet", "terminated", "fratrådt", "ophørt", "offboarded", "deprovisioned"})


def _serial(text: str) -> dt.date | None:
    """A whole number Excel counts days by, between 1954 and 2119: "46295" (30-09-2026)."""
    if not text.isdigit() or not 20_000 <= int(text) <= 80_000:
        return None
    day: dt.datetime = from_excel(int(text))
    return day.date()


def status_state(text: str) -> str | None:
    """LEFT, LEAVE or EMPLOYED for a status as written (``Inactive - No Payroll``, ``Aktiv -
    på orlov``, ``Ikke aktiv``), None when it is not known."""
    words = _WORD.findall(text.casefold())
    if any(w in _LEFT or w in _NOT_STARTED for w in words):
        return LEFT  # left, or not begun: no form either way
    if any(a in _NOT and b in _EMPLOYED for a, b in pairwise(words)):
        return LEFT  # "Ikke aktiv", "Not active"
    if _no_form(words):
        return LEFT  # "skal ikke have skema", "ingen MUS", "no review this year": no form
    if any(w in _LEAVE or (w.endswith(_LEAVE_ENDS) and len(w) > 8) for w in words):
        return LEAVE
    if any(w in _EMPLOYED or (w.endswith(_EMPLOYED_ENDS) and len(w) > 7) for w in words):
        return EMPLOYED
    if any((a, b) in _EMPLOYED_PAIRS for a, b in pairwise(words)):
        return EMPLOYED  # "Full-Time", "Part time"
    return None


# What a list calls the form or the talk, and the words that say someone is not to have it.
_FORM = frozenset({"skema", "skemaet", "skemaer", "mus", "mus-skema", "form", "forms",
                   "review", "appraisal", "samtale", "udviklingssamtale", "medarbejdersamtale",
                   "medarbetarsamtal", "utviklingssamtale", "invitation"})
_FORM_DONE = frozenset({"udfyldt", "returneret", "modtaget", "afleveret", "sendt", "filled",
                        "returned", "received", "submitted", "sent", "besvaret", "answered"})
_NONE = frozenset({"ikke", "ingen", "intet", "not", "no", "uden", "without", "undtaget",
                   "excluded", "exempt", "fritaget", "ej", "inte", "ikkje"})


def _no_form(words: Sequence[str]) -> bool:
    """"skal ikke have skema", "ingen MUS", "no review", "fritaget for MUS": a negation up to
    three words before what the list calls the form or the talk."""
    if set(words) & _FORM_DONE:
        return False  # "ikke udfyldt skema": about the form's state, not who gets one
    return any(w in _FORM and any(n in _NONE for n in words[max(0, i - 3):i])
               for i, w in enumerate(words))


def outside(text: str) -> bool:
    """Whether a kind of employment says they are not employed here ("Ekstern konsulent",
    "Vikar (bureau)", "Contingent Worker", "Innleid", "Honorarmodtager (B-indkomst)")."""
    words = _WORD.findall(text.casefold())
    return any(w in _OUTSIDE or w.endswith("bureau") for w in words) or any(
        a == "b" and b.startswith("indkomst") for a, b in pairwise(words)) or any(
        a in _TEMPS and b in _THROUGH for a, b in pairwise(words)) or _temp_from(text)


def _temp_from(text: str) -> bool:
    """"Vikar – Dansk Sygeplejeservice", "Temp (Adecco)": a temp and, after a dash or in
    brackets, who they come from: words that say nothing of the employment ("Vikar
    (timelønnet)", "Vikar – barselsvikariat" are ours); who they come from is a name."""
    match = _TEMP_FROM.fullmatch(text.strip())
    if not match:
        return False
    head = _WORD.findall(match.group(1).casefold())
    rest = match.group(2) or match.group(3) or ""
    return len(head) == 1 and head[0] in _TEMPS and any(  # a name: "Medicare", not "time"
        w[:1].isupper() for w in _WORD.findall(rest)) and not any(
        c.isdigit() for c in rest) and status_state(rest) is None


# Headers of a free remark ("Bemærkning", "Kommentar", "Notes"): read only for leave.
_REMARK = frozenset({"note", "noter", "notes", "notat", "notater", "bemærkning",
                     "bemærkninger", "kommentar", "kommentarer", "comment", "comments", "remark",
                     "remarks", "anmærkning", "merknad", "merknader", "anmärkning",
                     "anteckning", "anteckningar"})
# Words that turn a leave in a remark into something past or planned: "tilbage fra barsel",
# "back from leave", "barsel slut", "orlov søgt", "planlagt orlov".
_NOT_NOW_WORDS = frozenset({"tilbage", "retur", "returned", "back", "efter", "after", "slut",
                            "sluttet", "ended", "søgt", "ansøgt", "planlagt", "planned",
                            "kommende", "upcoming", "evt", "måske", "maybe", "tidligere",
                            "previous", "former", "tillbaka", "etter", "været", "var", "was",
                            "haft", "had", "varit", "vært"})


def is_start_header(header: str) -> bool:
    """``Ansat fra``, ``Start date``, ``Hire date``, ``Tiltrædelsesdato``: when the employment
    begins (not a leave's start, nor a start in a position)."""
    from pipeline.sheets.headerwords import DATE, SELF, START, concepts, header_words

    found = set(concepts(header_words(header))[0])
    return START in found and found <= {START, DATE, SELF}


def is_remark_header(header: str) -> bool:
    from pipeline.sheets.headerwords import header_words

    words = header_words(header)
    return 0 < len(words) <= 2 and bool(_REMARK & set(words))


# The Danish hand's date: day/month-year ("31/1-27", "30/11-2026")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})-(\d{2}|\d{4})$")


def _date_in_words(text: str, order: str | None) -> dt.date | None:
    """A date written after a word or two ("pr. 31/1-27", "udløb 31.10.26", "den 30.
    november 2026"), or in the Danish hand (day/month-year): the date, else None."""
    start = next((i for i, c in enumerate(text) if c.isdigit()), None)
    if start is None or len(text[:start].split()) > 2:
        return None
    rest = text[start:].strip().rstrip(".")
    match = _DAY_MONTH_YEAR.match(rest)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            return None
    if start == 0:
        return None
    try:
        return read_date(rest, order)
    except ValueError:
        return None


def remark_state(text: str) -> str | None:
    """LEAVE or LEFT where a short remark plainly says so ("på barsel til marts", "Fratrådt
    31/10"), else None: a remark that is long, or says the leave is over or to come, says
    nothing mus acts on."""
    words = _WORD.findall(text.casefold())
    if not words or len(words) > 8 or set(words) & _NOT_NOW_WORDS:
        return None
    if _no_form(words):
        return LEFT  # "Fratrådt 31/8 - skal ikke have MUS", "ingen MUS i år"
    if set(words) & _NOT:
        return None  # "ikke fratrådt", "not on leave"
    if any(w in _LEFT for w in words):
        return LEFT
    if any(w in _LEAVE or (w.endswith(_LEAVE_ENDS) and len(w) > 8) for w in words):
        return LEAVE
    return None


def is_form_header(header: str) -> bool:
    """``Ansættelsesform``, ``Employment type``, ``Worker type``: the kind of employment."""
    from pipeline.sheets.headerwords import KIND, SELF, concepts, header_words

    words = header_words(header)
    found = set(concepts(words)[0])
    return KIND in found and found <= {KIND, SELF} and bool(_FORM_WORDS & set(words))


def is_off_flag(header: str, values: Callable[[], Sequence[Any]]) -> bool:
    """A yes/no column (``True``/``False``, ``Ja``/``Nej``) whose header names a state of not
    working here, not negated: ``suspended``, ``isDisabled``, ``Konto spærret``."""
    from pipeline.sheets.headerwords import header_words

    words = header_words(header)
    if not 0 < len(words) <= 4 or not _OFF & set(words) or _NOT & set(words):
        return False
    texts = [t.casefold() for t in (cell_text(v) for v in values()) if t]  # header first
    return bool(texts) and all(t in YES or t in NO for t in texts) and any(t in YES for t in texts)


def _filled(values: Sequence[Any]) -> list[str]:
    """A column's cells as text, without the empty ones and those that say nothing ("-")."""
    return [t for t in (cell_text(v) for v in values) if t and t.casefold() not in NO_VALUE]


def _few_short(values: Sequence[Any]) -> tuple[Counter[str], list[str]] | None:
    """A column of short words (statuses, kinds): its values counted (case folded), and its
    texts; None where it has under four, or any longer than four words or with a digit."""
    texts = _filled(values)
    if len(texts) < 4 or any(len(t.split()) > 4 or any(c.isdigit() for c in t) for t in texts):
        return None
    return Counter(t.casefold() for t in texts), texts


def holds_statuses(values: Sequence[Any]) -> bool:
    """A column of employment statuses whatever its header: nearly every cell a status mus
    knows, and some of them leavers or leave (a column of job titles is not)."""
    texts = _filled(values)
    if len(texts) < 2:
        return False
    states = [status_state(t) for t in texts]
    known = [s for s in states if s is not None]
    return len(known) >= 0.9 * len(texts) and any(s != EMPLOYED for s in known) and any(
        s == EMPLOYED for s in known)


def shaped_like_statuses(values: Sequence[Any]) -> bool:
    """A column shaped as statuses are, whatever its words: a few short values, one of them a
    status mus knows as employed (``Aktiv``) on most rows, and others rarer beside it, at least
    one of them not known as employed. What it does not know is then said, row by row."""
    counted = _few_short(values)
    if counted is None:
        return False
    counts, texts = counted
    (common, most), *rest = counts.most_common()
    return bool(rest) and most >= 0.5 * len(texts) and len(counts) <= max(
        4, 0.2 * len(texts)) and status_state(common) == EMPLOYED and any(
        status_state(t) != EMPLOYED for t, _ in rest)


def holds_kinds(values: Sequence[Any]) -> bool:
    """A column of kinds of employment whatever its header: short values, one known as employed
    on most rows (``Fastansat``, ``Member``), rarer ones beside it of which at least one says
    the person is not employed here (``Konsulent (ekstern)``, ``Guest``), and nearly every row
    a kind mus understands. What it does not understand is said, row by row."""
    counted = _few_short(values)
    if counted is None:
        return False
    counts, texts = counted
    (common, most), *rest = counts.most_common()
    known = sum(n for t, n in counts.items() if outside(t) or status_state(t) is not None)
    return (bool(rest) and most >= 0.5 * len(texts) and known >= 0.8 * len(texts)
            and status_state(common) == EMPLOYED and not outside(common)
            and any(outside(t) for t, _ in rest))


def _kinds_not_states(values: Sequence[Any]) -> bool:
    """A column headed as the status whose every value is a kind of employment (Full-Time,
    Part-Time, Contractor) and none a leaver's or leave: some say "not employed here"."""
    texts = {t.casefold() for t in _filled(values)}
    kinds = [outside(t) or status_state(t) == EMPLOYED for t in texts]
    return len(texts) >= 2 and all(kinds) and any(map(outside, texts))


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


_STILL_EMPLOYED = Employment(EMPLOYED)
# Exports of user directories, where a status is the account's, not the employment's.
_DIRECTORIES = frozenset({"Google Workspace", "Microsoft 365 admin center", "Microsoft Entra ID",
                          "Active Directory", "JumpCloud"})
_SUSPENDED = frozenset({"suspended", "suspenderet", "suspendert", "suspenderad"})
_SAMPLE = 2000  # rows looked at to tell a column of kinds of employment
_NOTE = "note on a cell"  # an Excel note (comment) on one of the row's cells, read as a remark
# "Ansat af Kirkeministeriet", "ansat hos Region Midt", "Employed by the ministry": another
# employer's person
_ELSEWHERE = re.compile(r"\b(?:ansat|ansatt|anställd|employed)\s+(?:af|hos|ved|av|vid|by)\s+"
                        r"(?:the\s+)?[^\W\d_]", re.IGNORECASE)


def _column(rows: Sequence[tuple[int, Sequence[Any]]], index: int,
            limit: int | None = None) -> list[Any]:
    """The column's values in the first ``limit`` rows (all rows: None)."""
    return [value_at(v, index) for _, v in rows[:limit]]


class EmploymentReader:
    def __init__(self, layout: ListLayout, findings: Findings, today: dt.date,
                 order: str | None, rows: Sequence[tuple[int, Sequence[Any]]] = (),
                 comments: Mapping[int, tuple[str, ...]] | None = None) -> None:
        self.comments = comments or {}
        self.columns = [(key, layout.fields[key]) for key in (
            "status", "active", "end_date", "leave", "leave_start") if key in layout.fields]
        used = {u.index for u in (*layout.fields.values(), *layout.identifiers.values())}
        self.others = [u for u in layout.kept if u.index not in used]
        self._status_of_kinds(rows, findings)
        self.columns += [("form", u) for u in self.others if is_form_header(u.header)][:1]
        if not any(key == "form" for key, _ in self.columns):
            kinds = [u for u in self.others if holds_kinds(_column(rows, u.index, _SAMPLE))][:1]
            for use in kinds:
                findings.note("kind-by-content", f'The column "{use.header}" holds kinds of '
                              "employment (one kind on most rows, and some that are not employed "
                              "here), so it is read as one: those not employed get no form.",
                              column=use.header)
            self.columns += [("form", u) for u in kinds]
        self.columns += [("off", u) for u in self.others if is_off_flag(
            u.header, partial(_column, rows, u.index))]
        # a start date to come ("Ansat fra" 01-01-2027): not begun, no form
        self.columns += [("start", u) for u in self.others if is_start_header(u.header)][:1]
        # Active Directory's userAccountControl flags (csvde, ldifde, Get-ADUser -Properties *)
        self.columns += [("uac", u) for u in self.others
                         if "".join(u.header.casefold().split()) == "useraccountcontrol"][:1]
        self.codes = None if any(k in ("status", "active") for k, _ in self.columns) else \
            find_codes([*self.others, *(u for k, u in self.columns if k == "leave")], rows,
                       lambda t: status_state(t) in (LEFT, LEAVE) or outside(t))
        if self.codes is not None:
            use = self.codes.use
            self.columns = [(k, u) for k, u in self.columns if u is not use]
            self.columns.append(("code", use))
            meant = "; ".join(f"{c.upper()} = {m}" for c, m in self.codes.meanings.items())
            findings.note("code-legend", f'The column "{use.header}" (column {use.letter}) holds '
                          f"codes that {self.codes.where} explains ({meant}), so it is read "
                          "through it: a code for leaving means no form, one for leave is "
                          "leave.", column=use.header)
        self.remarks = [u for u in self.others if is_remark_header(u.header)][:2]
        self.left_remarks: dict[str, list[int]] = {}  # header → rows whose remark says so
        self._number = layout.fields["number"].index if "number" in layout.fields else None
        self.left_numbers: dict[int, str] = {}  # those rows → their employee number
        self.findings = findings
        self.directory = layout.system if layout.system in _DIRECTORIES else ""
        self.today = today
        self.order = order
        self.unknown: dict[tuple[str, str], list[int]] = {}  # (header, value) → rows
        self.serials: dict[str, list[int]] = {}  # header → rows of date numbers read as dates

    def _status_of_kinds(self, rows: Sequence[tuple[int, Sequence[Any]]],
                         findings: Findings) -> None:
        """A column taken as the status that holds kinds of employment (BambooHR's
        "Employment Status": Full-Time, Part-Time, Contractor) is read as the kind, and a
        column of statuses beside it (its "Status": Active, Inactive) as the status: both
        decide, neither is dropped as the other's double."""
        status = next((u for key, u in self.columns if key == "status"), None)
        if status is None or not _kinds_not_states(_column(rows, status.index, _SAMPLE)):
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

    def of(self, row: int, values: Sequence[Any]) -> Employment:
        if not self.columns:
            return self._remarked(row, values) if (
                self.remarks or self.comments) else _STILL_EMPLOYED
        found = [self._one(row, key, use.header, value_at(values, use.index))
                 for key, use in self.columns]
        if any(state == _NOT_NOW for state, _ in found):  # not begun, or over
            found = [(s, r) for s, r in found if s != _DATED]
        found = [(LEAVE if s == _DATED else s, r) for s, r in found]
        if any(s == _IDLE for s, _ in found):
            why = self._leave_said(values) if all(s != LEFT for s, _ in found) else ""
            found = [((LEAVE if why else LEFT) if s == _IDLE else s,
                      f"{r}, {why}" if s == _IDLE and why else r) for s, r in found]
        for state in (LEFT, LEAVE):
            reasons = [reason for got, reason in found if got == state]
            if reasons:
                return Employment(state, "; ".join(reasons),
                                  self._ended(values) if state == LEFT else None)
        return self._remarked(row, values) if (
            self.remarks or self.comments) else Employment(EMPLOYED)

    def _remarked(self, row: int, values: Sequence[Any]) -> Employment:
        """A remark, or a note on one of the row's cells, that says leave ("på barsel til
        marts", "Barsel fra 1/10"): on leave, the form made as for anyone; one that says they
        left is a mistake to correct (report()), never acted on and never let pass: a remark is
        not a status, and a leaver must not get a form. The remark's own words are never
        repeated: only its column."""
        said = [(use.header, cell_text(value_at(values, use.index))) for use in self.remarks]
        said += [(_NOTE, text) for text in self.comments.get(row, ())]
        for header, text in said:
            state = remark_state(text)
            if state == LEAVE:
                return Employment(LEAVE, f"{header} speaks of leave")
            if state == LEFT:
                self.left_remarks.setdefault(header, []).append(row)
                if self._number is not None:
                    self.left_numbers[row] = cell_text(value_at(values, self._number))
        return Employment(EMPLOYED)

    def not_here(self, values: Sequence[Any]) -> str:
        """Why a remark says the row's person is not employed here ("Ansat af
        Kirkeministeriet", "Frivillig, ulønnet", "ikke ansat"), or "": read only for a row
        without an employee number, whose person can get no form anyway. The remark's own
        words are never repeated: only its column."""
        for use in self.remarks:
            text = cell_text(value_at(values, use.index))
            if text and (outside(text) or _ELSEWHERE.search(text)
                         or LEFT in (remark_state(text), status_state(text))):
                return f"{use.header}: not employed here"
        return ""

    def _ended(self, values: Sequence[Any]) -> dt.date | None:
        """The end date a leaver's row gives (None: no end-date column, or no date in it)."""
        use = next((use for key, use in self.columns if key == "end_date"), None)
        if use is None:
            return None
        try:
            return read_date(value_at(values, use.index), self.order)
        except ValueError:
            return _date_in_words(cell_text(value_at(values, use.index)), self.order)

    def _leave_said(self, values: Sequence[Any]) -> str:
        """A cell beside an "inactive" status that says it is leave: 'Årsag "BARSEL"'."""
        for use in self.others:
            text = cell_text(value_at(values, use.index))
            if text and len(text.split()) <= 4 and status_state(text) == LEAVE:
                return f'{use.header} "{text}"'
        return ""

    def _one(self, row: int, key: str, header: str, value: Any) -> tuple[str, str]:
        text = cell_text(value)
        folded = text.casefold()
        if not text or folded in NO_VALUE:
            return EMPLOYED, ""
        said = f'{header} "{text}"'
        if key == "start":
            try:
                begins = read_date(value, self.order)
            except ValueError:
                return EMPLOYED, ""
            if begins is not None and begins > self.today:
                return LEFT, f"{header} {begins:%d-%m-%Y}: has not begun"
            return EMPLOYED, ""
        if key == "uac":
            if text.isdigit() and int(text) & _ACCOUNT_DISABLED:
                return LEFT, f"{header} {text}: the account is disabled"
            return EMPLOYED, ""
        if key == "end_date":
            return self._end(row, header, value, text)
        if key == "code" and self.codes is not None:
            meaning = self.codes.meanings.get(folded, "")
            state = LEFT if outside(meaning) else status_state(meaning)
            if state in (LEFT, LEAVE):
                return state, f"{said} ({meaning})"
            return EMPLOYED, ""
        if key == "form":
            if outside(text):
                return LEFT, f"{said}: not employed here"
            if status_state(text) is None:
                self.unknown.setdefault((header, text), []).append(row)
            return EMPLOYED, ""
        if key in ("leave", "leave_start") and any(c.isdigit() for c in text):
            try:
                date = read_date(value, self.order)
            except ValueError:
                date = None
            if date is not None:
                now = date <= self.today if key == "leave_start" else date >= self.today
                return (_DATED, f"{header} {date:%d-%m-%Y}") if now else (_NOT_NOW, "")
        if folded in YES or folded in NO:
            yes = folded in YES
            if key == "active":
                return (EMPLOYED, "") if yes else (_IDLE, said)
            if key == "leave":
                return (LEAVE, said) if yes else (EMPLOYED, "")
            if key == "off":
                return (LEFT, said) if yes else (EMPLOYED, "")
        state = status_state(text)
        if state is None and key == "leave":
            state = LEAVE  # a kind of leave: "Forældreorlov", "Uddannelse"
        if state is None and outside(text):  # "Ekstern" among Funktionær and Timelønnet
            return LEFT, f"{said}: not employed here"
        if state is None:
            self.unknown.setdefault((header, text), []).append(row)
            return EMPLOYED, ""
        if state == LEFT and set(_WORD.findall(folded)) & _LEFT <= _INACTIVE:
            return _IDLE, said
        if state == LEAVE and self.directory and set(_WORD.findall(folded)) & _SUSPENDED:
            # a directory's "Suspended" is an account that cannot sign in, not a suspension
            # from work: the person no longer works here (listed, never silently)
            return LEFT, f"{said}: an account suspended in {self.directory}"
        return state, said if state != EMPLOYED else ""

    def _end(self, row: int, header: str, value: Any, text: str) -> tuple[str, str]:
        folded = text.casefold()
        if folded in YES:  # a "Fratrådt" column of ja/nej
            return LEFT, f'{header} "{text}"'
        if folded in NO:
            return EMPLOYED, ""
        try:
            date = read_date(value, self.order)
        except AmbiguousDate:
            return self._ambiguous(row, header, text)
        except ValueError:
            written = _date_in_words(text, self.order)
            if written is not None:  # "pr. 31/1-27", "udløb 31.10.26", "30. november 2026"
                return (LEFT, f"{header} {written:%d-%m-%Y}") if written < self.today else (
                    EMPLOYED, "")
            date = _serial(text)
            if date is not None:  # "46295": Excel's number for a date, kept as text
                self.serials.setdefault(header, []).append(row)
                return (LEFT, f"{header} {date:%d-%m-%Y}") if date < self.today else (
                    EMPLOYED, "")
            state = status_state(text)
            if state is None:
                self.unknown.setdefault((header, text), []).append(row)
                return EMPLOYED, ""
            return state, f'{header} "{text}"' if state != EMPLOYED else ""
        if date is not None and date < self.today:
            return LEFT, f"{header} {date:%d-%m-%Y}"
        return EMPLOYED, ""

    def _ambiguous(self, row: int, header: str, text: str) -> tuple[str, str]:
        """A slash date that reads two ways: decided when both ways agree."""
        from pipeline.sheets.dates import DMY, MDY

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

    def report(self) -> None:
        """Statuses mus does not know, once each with their rows; remarks that say someone
        has left."""
        for header, rows in self.serials.items():
            self.findings.note("date-serial", f"The {header} in {rows_text(rows)} is a number "
                               "as Excel counts days (46295 is 30-09-2026), kept as text: read "
                               "as that date.", rows[0], header, rows)
        for header, rows in self.left_remarks.items():
            numbers = [self.left_numbers[r] for r in rows if self.left_numbers.get(r)]
            who = (f" (employee{'s' if len(numbers) > 1 else ''} {', '.join(numbers)})"
                   if numbers else "")
            self.findings.error(
                "remark-left", f"The {header} in {rows_text(rows)}{who} says the person has left "
                "or is leaving, but nothing else on the list does (mus reads that from a status or "
                "end-date column, never from a remark), so it cannot be told whether they "
                "should get a form.", 'If they have left, write "Fratrådt" in a status column '
                "(or an end date in the past) or delete the row; if not, change the "
                f"{header}; then run the command again.", rows[0],
                None if header == _NOTE else header)
        for (header, text), rows in self.unknown.items():
            self.findings.warn(
                "status-unknown", f'The {header} "{text}" ({rows_text(rows)}) is not a status '
                "mus knows, so they are taken as employed and get a form.", "If they have left, "
                'write "Fratrådt" (or an end date in the past); if they are on leave, "Orlov".',
                rows[0], header, rows)
