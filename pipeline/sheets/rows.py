"""Every row under the header is an employee or says why it is not.

An employee row has a number and a name; a row with one of the two is an employee with a
mistake (reported with its row, never skipped), unless its name says it is no person
(persons.py): a **vacancy** (``Vakant``, ``Ledig stilling``, number or not), a service or
system **account** without a number, or a heading. A row with neither is not an employee: a
**heading** (one text, in the first column or merged across the row, or where the names go but
no name; a department heading gives its department to the rows under it), a **subtotal** or
**total** (``Økonomi Antal``,
``Hovedantal``, ``I alt``, ``Total``, ``Antal: 37``, or Excel's own SUBTOTAL and SUM formulas),
the **header again** (a second header row, or one repeated down a printed list), or a **note**.
Rows the sheet hides (by hand or with its filter) are skipped unless asked for. Whatever a
skipped row says is kept only with any CPR number in it masked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.sheets.columns import field_role
from pipeline.sheets.cpr import mask_cpr
from pipeline.sheets.headerwords import KIND, concepts, header_words
from pipeline.sheets.persons import (
    NameShape,
    account,
    account_word,
    all_account_words,
    example,
    example_cell,
    names_a_mailbox,
    title_names_account,
    vacancy,
)
from pipeline.sheets.statuswords import EMPLOYED, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, has_digit

_CODE_ALONE = re.compile(r"^[^\W\d_]{1,3}$")


def _code_and_meaning(code: str, meaning: str) -> bool:
    """A legend's code and what it means, side by side: "B" | "barsel", "T" | "Terminated"."""
    return bool(_CODE_ALONE.match(code)) and (meaning[:1].islower() or (
        status_state(meaning) is not None))

# A key that is a word, perhaps numbered at its end ("svc-backup", "TEST2", "SCAN_03"): one
# that may name an account (not "DK1042", "E-0031": a person's number with letters in it)
_WORD_KEY = re.compile(r"^[^\W\d_][^\W\d]*(?:[-_.][^\W\d_]+)*[-_.]?\d{0,3}$")
_FIELD_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,30}$")
_TOTAL = re.compile(
    r"^(?:i\s*alt|total[t]?|totals?|totaler|sum|summa|subtotal|grand\s+(?:total|count|sum|average)|"
    r"hoved(?:total|antal|sum|middel|gennemsnit|maks|min)|antal(?:\s+\w+){0,2}|count|"
    r"number\s+of\s+\w+|employees|medarbejdere|ansatte|"
    # German Excel: "Gesamtergebnis", "Gesamtsumme", "Anzahl", "Summe", "Insgesamt"
    r"gesamt(?:ergebnis|summe|anzahl)?|insgesamt|anzahl(?:\s+\w+){0,2}|summe|zwischensumme|"
    r"mitarbeiter)\s*[:=]?\s*[\d.,\s]*$", re.IGNORECASE)
_FOLDER = frozenset({"folder", "mappe"})  # a SharePoint list's Item Type of a folder
# A pager copied from a web page or a printed report: "< Forrige", "Næste >", "Side 2 af 2"
_PAGER = re.compile(r"^\s*(?:[<«‹]\s*)?(?:forrige|næste|previous|next|tilbage|frem|first|last|"
                    r"første|sidste)(?:\s*[>»›])?\s*$|^\s*(?:side|page|seite|sida)\s+\d+\s*"
                    r"(?:af|of|von|av|/)\s*\d+\s*$", re.IGNORECASE)
# In a row with a number and a name only the bare words count: "Antal Kovács" is a person.
_TOTAL_ALONE = re.compile(
    r"^(?:i\s*alt|total[t]?|totals?|totaler|sum|summa|subtotal|grand\s+(?:total|count|sum|average)|"
    r"hoved(?:total|antal|sum|middel|gennemsnit|maks|min)|antal|count|alle|samtlige|"
    r"gesamt(?:ergebnis|summe|anzahl)?|insgesamt|anzahl|summe|zwischensumme)"
    r"\s*[:=]?\s*[\d.,\s]*$",
    re.IGNORECASE)
# Excel's Data > Subtotal labels each group "<group> Antal" / "<group> I alt" (Danish) or
# "<group> Count" / "<group> Total" (English), "<group> Anzahl" / "<group> Ergebnis" (German).
_SUBTOTAL = re.compile(
    r"^\S.*?\s+(?:antal|i\s*alt|total|count|sum|average|middel|gennemsnit|maks|max|min|produkt|"
    r"product|stdafv|stddev|varians|var|anzahl|ergebnis|summe|mittelwert|minimum|maximum|"
    r"stabw|varianz)\s*[:=]?\s*[\d.,\s]*$", re.IGNORECASE)
_TOTAL_WORD_AFTER = re.compile(
    r"\s+(?:antal|i\s*alt|total|count|sum|anzahl|summe|ergebnis)\s*[:=]?\s*[\d.,\s]*$",
    re.IGNORECASE)
# A total written by hand before its group, ending in the count: "I alt Drift: 8 medarbejdere",
# "Total Sales: 12", "Sum for Løn = 4 ansatte".
_TOTAL_FIRST = re.compile(
    r"^(?:i\s*alt|total|sum|summa|antal|count|gesamt|insgesamt)\b[^\d]{0,60}?[:=]?\s*\d[\d.,]*\s*"
    r"(?:medarbejdere|medarbejder|ansatte|employees|people|personer|pers\.?|mitarbeiter|"
    r"anställda)?\s*$", re.IGNORECASE)
# A total's label before its group, its figures in other cells: "I alt Ambulatoriet B"
_TOTAL_LEAD = re.compile(r"^(?:i\s*alt|total|sum|summa|subtotal|gesamt|insgesamt)\b\s*[:\-–]?"
                         r"\s*\S.{0,60}$", re.IGNORECASE)
_FIGURE = re.compile(r"^-?[\d.,\s]+%?$")
_NUMBERISH = re.compile(r"^[^\s@:]{1,30}$")
# Whole words: "Observationsafsnit A2" is a heading, not an "obs" note.
_NOTE_START = re.compile(
    r"^(?:(?:note|nb|n\.b|obs|bemærk|bemærkning|husk|kilde|source|udskrevet|printed|opdateret|"
    r"updated|udtræk|udtrukket|listen|list|rapport|report|side|page|fortroligt|confidential)"
    r"(?![^\W\d_])|\*(?!.*\*\s*$)|\()", re.IGNORECASE)  # ("*** Lager ***" is a heading)
_DATE_IN = re.compile(r"\d+\s*[/.\-]\s*\d+")
# A heading's whole text is its department, less a label: the field's own word ("Afdeling
# Økonomi", "Afd. Løn") or a kind of unit before a colon or dash ("Team: Drift"). A kind of unit
# without one is part of the name: "Team Øst" and "Team Vest" are two departments, not "Øst".
_DEPARTMENT_PREFIX = re.compile(
    r"^(?:(?:afdeling|afd\.?|department|dept\.?)(?:\s*[:\-–]\s*|\s+)|"
    # (and in the neighbours' languages, only before a colon: "Abteilung: Lager")
    r"(?:abteilung|abt\.?|avdeling|avdelning|osasto|département|departamento|"
    r"enhed|team|org\.?\s*enhed|organisatorisk\s+enhed|organisationsenhed|område|sektion|"
    r"section|unit|underafdeling|underafd\.?|underenhed|undergruppe|sub-?unit|"
    r"sub-?department|division|center|centre|afsnit|ward)\s*[:\-–]\s*)", re.IGNORECASE)
_UNIT_START = re.compile(  # a text that starts as a unit's name does, not a person's
    r"^(?:afdeling|afd\.?|department|dept\.?|enhed|team|org\.?\s*enhed|organisatorisk\s+enhed|"
    r"område|sektion|section|unit|division|center|centre|afsnit|ward)(?:\s*[:\-–]\s*|\s+)",
    re.IGNORECASE)
# A body, not a person: "Afdelingsledelsen", "Direktionen", "Bestyrelsen", "Sekretariatet".
_BODY_END = ("ledelsen", "direktionen", "bestyrelsen", "sekretariatet", "afdelingen",
             "teamet", "afsnittet", "management", "board")


_DEFINITE = ("en", "et", "n", "t", "ne", "erne")


def names_a_unit(text: str, units: set[str]) -> bool:
    """Whether a text (a leader cell) names a unit or a body rather than a person: one of the
    list's own departments (``units``, casefolded), or a text that starts or ends as a unit's
    or a body's name ("Afsnit Rosen", "Afdelingsledelsen")."""
    folded = " ".join(text.casefold().split())
    # "Administrationen", "Driften": a unit of the list in the definite form
    definite = {folded[:-len(end)] for end in _DEFINITE if folded.endswith(end)} if (
        folded.endswith(_DEFINITE)) else set()
    return (folded in units or bool(definite & units) or bool(_UNIT_START.match(text))
            or folded.endswith(_BODY_END))
_OTHER_PREFIX = re.compile(r"^[^:]{1,30}:\s*\S")
_COUNT_AFTER = re.compile(
    r"\s*(?:[(\[]\s*\d+\s*(?:medarbejdere|ansatte|employees|personer|people|pers\.?)?\s*[)\]]|"
    r"[-–:,]\s*\d+\s*(?:medarbejdere|ansatte|employees|personer|people)?|"
    r"\s\d+\s+(?:medarbejdere|ansatte|employees|personer|people))\s*$", re.IGNORECASE)
_NOTE_WORDS = 6
# A heading's contact details after its name: "Børnehuset Mælkebøtten – tlf. 87 28 14 22",
# "Skovbrynet (telefon +45 8751 1533)", "Team Syd, mail: syd@x.dk": no part of the unit.
_CONTACT_AFTER = re.compile(
    r"\s*(?:[-–—,|/]\s*|\(\s*)(?:(?:tlf|tel|telefon|phone|mobil|mob|e-?mail|mail|kontakt)\.?"
    r"\s*(?:nr\.?)?\s*:?\s*)?(?:\+?\d[\d ]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)?\s*$",
    re.IGNORECASE)
# A name that starts as a vacancy's does (a quick look before the careful one, persons.py).
_VACANT_START = re.compile(r"[(\[]?(?:vaka|vacan|ledig|ubesat|tb[dah]\b|n\.?\s?n\.?(?:\s|$)|"
                           r"ikke besat|open pos|open role|to be hired|unfilled)", re.IGNORECASE)

_EXAMPLE_FIRST = frozenset("EeSsDdBbMm")  # the first letters of the words of an example
REASONS = {
    "filtered": "hidden by the sheet's filter",
    "hidden": "a hidden row",
    "header": "the headers again",
    "total": "a total row",
    "subtotal": "a subtotal row",
    "heading": "a heading",
    "note": "a note",
    "vacancy": "a position not filled",
    "example": "a template's example row",
    "account": "an account, not a person",
    "guest": "a guest from another organisation (#EXT#), not staff",
    "other-table": "a row of another table under its own header (keyed otherwise)",
    "repeat": "a person of the list again, in a table of its own under the list",
    "other-domain": "a user at another domain of the organisation, not staff",
    "position": "a second position of an employee on the list",
    "ended": "an ended position of an employee on the list",
}


# A word and a running number where a name stands: "Gæstekort 1", "Mødelokale 2" (a list whose
# names are nearly all so is refused as made anonymous: placeholders.py)
_NUMBERED_THING = re.compile(r"^\s*[^\W\d_]{3,}\s*[-#.]?\s*\d{1,4}\s*$")


@dataclass(frozen=True)
class Skipped:
    row: int
    reason: str  # a key of REASONS
    text: str = ""  # what the row says, CPR numbers masked
    department: str = ""  # a heading's department, given to the rows under it
    sheet: str = ""  # the sheet the row is on, where the list is split over sheets

    def describe(self) -> str:
        return REASONS[self.reason] + (f' ("{self.text}")' if self.text else "")


def without_unit_label(text: str) -> str:
    """``Afdeling: Produktion Leder`` → ``Produktion Leder``: a heading without its label."""
    return _DEPARTMENT_PREFIX.sub("", text, count=1)


def heading_department(text: str) -> str:
    """``Afdeling: Økonomi`` → ``Økonomi``, ``Salg (12)`` → ``Salg``; "" for a heading that
    says something else (``Leder: Hanne Kjær``)."""
    text = text.strip(_DECOR)  # "== Kontor ==", "*** Lager ***", "## Salg"
    rest = _DEPARTMENT_PREFIX.sub("", text, count=1)
    if rest == text and _OTHER_PREFIX.match(text):
        return ""
    return _COUNT_AFTER.sub("", rest).strip(" :-–")


# What a heading of a plain text file or a sheet is set off by on either side
_DECOR = " :-–—=*#~_<>»«"


# Words of the staff as a whole, which say no kind of employment ("Løn og Personale" is a unit)
_STAFF = frozenset({"medarbejder", "medarbejdere", "personale", "personalet", "ansat",
                    "ansatte", "løn", "staff", "employees", "employee", "aktive", "active"})


def kind_heading(text: str) -> bool:
    """A heading of a kind of the employed ("Fastansatte", "Timelønnede lærere"): a section
    of the list, no unit. Not one with a unit's prefix ("Afd. …", "Team: …"), nor one of the
    staff as a whole ("Løn og Personale")."""
    if heading_department(text) != text.strip(_DECOR):
        return False
    first = next(iter(re.findall(r"[^\W\d_]+", text.casefold())), "")
    return bool(first) and first not in _STAFF and status_state(first) == EMPLOYED


def starts_as_note(text: str) -> bool:
    """``NB: …``, ``Bemærk: …``, ``Note: …``: a remark, whatever follows it."""
    return bool(_NOTE_START.match(text))


def is_note(text: str) -> bool:
    """A line of text that is a note, not a heading: it starts as notes do ("NB:"), is long,
    ends as a sentence, or holds a date."""
    return (bool(_NOTE_START.match(text)) or len(text.split()) > _NOTE_WORDS
            or text.rstrip()[-1:] in ".!?" or bool(_DATE_IN.search(text)))


@dataclass(frozen=True)
class RowReader:
    """What one sheet's rows need to be told apart."""

    sheet: Sheet
    headers: tuple[str, ...]
    roles: Mapping[int, str]  # column index → the field the header row gives it
    number_col: int
    name_cols: tuple[int, ...]
    withheld: frozenset[int]
    include_hidden: bool
    numbers_have_digits: bool = True  # the list's numbers have digits (not initials)
    department_col: int | None = None
    names: NameShape = field(default_factory=NameShape)  # how the list's names are written
    address_col: int | None = None
    full_name_addresses: bool = False  # the people's addresses spell their whole names
    # the names (casefolded) of the rows with a number → their addresses, asked for only when
    # a row without a number comes
    numbered: Callable[[], Mapping[str, str]] = dict

    @cached_property
    def title_col(self) -> int | None:
        return next((i for i, key in self.roles.items() if key == "job_title"), None)

    @cached_property
    def kind_cols(self) -> tuple[int, ...]:
        """The columns headed as a kind of row ("Type", "Brugertype", "Kategori") that are no
        field of the list's."""
        return tuple(i for i, h in enumerate(self.headers) if h and i not in self.roles
                     and KIND in concepts(header_words(h))[0])

    @cached_property
    def _common_kinds(self) -> frozenset[tuple[int, str]]:
        """Each kind column's kinds of half its rows or more (a directory's "Person")."""
        common: set[tuple[int, str]] = set()
        for at in self.kind_cols:
            counts = Counter(cell_text(values[at]).casefold() for _, values in self.sheet.rows
                             if at < len(values) and values[at] not in (None, ""))
            filled = sum(counts.values())
            common.update((at, k) for k, n in counts.items() if 2 * n >= filled)
        return frozenset(common)

    def _named_by_kind(self, texts: Sequence[str], whole: str) -> bool:
        """A name that holds its row's kind, a rare kind and no status ("Selvbetjening
        Automat Vestby" | Brugertype "Automat" among "Personale"): a thing named by what it
        is."""
        words = whole.casefold().split()
        for at in self.kind_cols:
            kind = texts[at].casefold() if at < len(texts) else ""
            if len(kind) >= 4 and kind.isalpha() and kind in words and status_state(
                    kind) is None and (at, kind) not in self._common_kinds:
                return True
        return False

    def _account_title(self, texts: Sequence[str]) -> bool:
        """A job title that names an account ("Funktionspostkasse", "Servicekonto")."""
        at = self.title_col
        return at is not None and at < len(texts) and bool(texts[at]) and title_names_account(
            texts[at])

    @cached_property
    def number_header(self) -> str:
        return self.headers[self.number_col].casefold() if self.number_col < len(
            self.headers) else ""

    def number_like(self, text: str) -> bool:
        return bool(_NUMBERISH.match(text)) and (
            not self.numbers_have_digits or text[-1].isdigit() or has_digit(text))

    def _repeats_header(self, texts: Sequence[str]) -> bool:
        same = 0
        for index, key in self.roles.items():
            text = texts[index] if index < len(texts) else ""
            if not text:
                continue
            role = field_role(text)
            header = self.headers[index] if index < len(self.headers) else ""
            if text.casefold() == header.casefold() or (role is not None and role[0] == key):
                same += 1
        number = texts[self.number_col] if self.number_col < len(texts) else ""
        header = self.headers[self.number_col] if self.number_col < len(self.headers) else ""
        if same < 2 and bool(number) and not self.number_like(number):
            # a system's own field names under the headers (SAP: PERNR, ENAME, ORGTX): every
            # cell one word of capitals, digits and underscores, three or more of them
            filled = [t for t in texts if t]
            return len(filled) >= 3 and all(_FIELD_NAME.match(t) for t in filled)
        return same >= 2 and (number.casefold() == header.casefold() or (
            bool(number) and not self.number_like(number)))

    @staticmethod
    def _group_total(name: str, texts: Sequence[str]) -> bool:
        """A name "<group> i alt" whose group is another cell of the row."""
        label = _TOTAL_WORD_AFTER.sub("", name).strip().casefold()
        return bool(label) and any(t.strip().casefold() == label for t in texts if t != name)

    def _total(self, row: int, texts: Sequence[str], filled: Sequence[int],
               employee: bool) -> Skipped | None:
        keys = (self.number_col, *self.name_cols) if employee else filled
        total = _TOTAL_ALONE if employee else _TOTAL
        for index in keys:
            text = texts[index] if index < len(texts) else ""
            if text and total.match(text):
                return Skipped(row, "total", mask_cpr(text[:40]))
        if employee:
            if (row, self.number_col + 1) in self.sheet.aggregates:  # "=COUNTA(B2:B27)-4"
                return Skipped(row, "total", mask_cpr(texts[self.name_cols[0]][:40]
                                                      if self.name_cols[0] < len(texts) else ""))
            return None
        for index in filled:
            if _SUBTOTAL.match(texts[index]) or _TOTAL_FIRST.match(texts[index]):
                return Skipped(row, "subtotal", mask_cpr(texts[index][:40]))
        labels = [i for i in filled if not _FIGURE.match(texts[i])]
        if len(labels) == 1 and len(filled) > 1 and _TOTAL_LEAD.match(texts[labels[0]]):
            # "I alt Ambulatoriet B" beside its sums: a group's total, its figures elsewhere
            return Skipped(row, "subtotal", mask_cpr(texts[labels[0]][:40]))
        if any((row, i + 1) in self.sheet.aggregates for i in filled):
            words = [texts[i] for i in filled if any(c.isalpha() for c in texts[i])]
            return Skipped(row, "total", mask_cpr(words[0][:40]) if words else "")
        return None

    def skipped(self, row: int, texts: Sequence[str]) -> Skipped | None:
        """Why this row is not an employee, or None if it is one (maybe with a mistake)."""
        sheet = self.sheet
        if row in sheet.hidden_rows and not self.include_hidden:
            return Skipped(row, "filtered" if row in sheet.filtered_rows else "hidden")
        width = len(texts)
        number = texts[self.number_col] if self.number_col < width else ""
        name = ""
        for index in self.name_cols:
            if index < width and texts[index]:
                name = texts[index]
                break
        if (number or name)[:1] == "(":
            said = [t for t in texts if t]
            if all(t[0] == "(" and t[-1] == ")" for t in said):
                # a template's help line: "(fra lønsedlen)" | "(fornavn efternavn)"
                return Skipped(row, "note", mask_cpr(said[0][:40]))
        if (number and name and number != name and self.number_like(number)
                and number.casefold() != self.number_header and any(map(str.isalpha, name))
                and not _TOTAL_ALONE.match(number) and not _TOTAL_ALONE.match(name)
                and (row, self.number_col + 1) not in sheet.aggregates):  # "=COUNTA(B2:B27)"
            if _SUBTOTAL.match(name) and self._group_total(name, texts):
                # "7 | Butik Torvet i alt | Butik Torvet": the group's count where the number
                # stands, its name in the row's own unit cell
                return Skipped(row, "subtotal", mask_cpr(name[:40]))
            if _VACANT_START.match(name) and vacancy(name):
                return Skipped(row, "vacancy", mask_cpr(name[:40]))
            if (("(" in name or " - " in name or " – " in name or ":" in name) and example(
                    name)) or any(t[:1] in _EXAMPLE_FIRST and example_cell(t)
                                  for i, t in enumerate(texts) if i not in self.name_cols):
                return Skipped(row, "example", mask_cpr(name[:40]))
            whole = self._whole_name(texts, width, name)
            if (" " not in name and whole is name and account(name, self._address(texts))) or (
                    account_word(whole)) or self._account_title(texts) or (
                    name[-1:].isdigit() and _NUMBERED_THING.match(name)) or (
                    all_account_words(whole)) or (
                    self.kind_cols and self._named_by_kind(texts, whole)) or (
                    _WORD_KEY.match(number) and account(number.replace("-", " "))
                    and account(whole, self._address(texts))):
                # (a user name that names an account, "svc-backup" for "Backup Service",
                # "support" for "Support Fælles": the ID and the name both say so)
                # ("Gæstekort 1": a thing and its running number, no person's name)
                # ("Fællespostkasse Tilskud", "F2 Systembruger": a word no name holds)
                # (a first name alone in its column is half of a name: "Bo", at bot@…, is no bot)
                # a phone list's "Receptionen", "IT-support" under their own short codes
                return Skipped(row, "account", mask_cpr(name[:40]))
            return None  # the usual row: a number and a name (what follows says the same)
        filled = [i for i, text in enumerate(texts) if text and i not in self.withheld]
        if not filled:
            return Skipped(row, "note")  # only a CPR number: nothing to say about it
        if not number and any("#" in t and "#ext#" in t.casefold() for t in texts):
            # a guest of the directory: "laura.bianchi_revisor.it#EXT#@havbrise.onmicrosoft.com"
            return Skipped(row, "guest", mask_cpr(name[:40]))
        distinct = {texts[i] for i in filled}
        if len(distinct) > 1 and number and (
                not self.number_like(number) or number.casefold() == self.number_header) and (
                self._repeats_header(texts)):
            return Skipped(row, "header")
        if (number and name and self.numbers_have_digits and len(number.split()) >= 3
                and not has_digit(number) and not self.names.person(name)):
            # a template's line under its header that says what each column takes, where
            # the numbers have digits: "Påkrævet. Tekst, unikt pr. medarbejder" | "Påkrævet.
            # For- og efternavn"
            return Skipped(row, "note", mask_cpr(number[:40]))
        label, colon, unit = number.partition(":")
        if (colon and len(distinct) > 1 and unit.strip() and not has_digit(label) and (
                field_role(label.strip()) or ("", 0))[0] == "department"):
            # "Afdeling: Produktion" | "Leder: HAN" | "han@…": a block's heading, its unit
            # labelled where the numbers stand (its leader beside it)
            unit = unit.strip()
            return Skipped(row, "heading", mask_cpr(" ".join(texts[i] for i in filled)[:40]),
                           mask_cpr(heading_department(unit) or unit))
        if self.numbers_have_digits and number and not any(has_digit(t) for t in texts) and (
                len(roles := [r[0] for t in texts if t and (r := field_role(t))]) >= 2) and (
                {"number", "name"} & set(roles)):
            # "Navn | Medarb.nr | Fag" under the list: a header of its own, in another order
            return Skipped(row, "header")
        employee = (bool(number) and bool(name) and len(distinct) > 1
                    and any(c.isalpha() for c in name))
        total = self._total(row, texts, filled, employee)
        if total is not None:
            return total
        if (len(filled) == 2 and filled[0] == self.number_col and self.numbers_have_digits
                and not any(c.isdigit() for c in number)
                and (field_role(number.rstrip(": ")) or ("", 0))[0] == "department"):
            # "Afdeling" | "4320 Skovbrynet": a report's line that names the department of the
            # rows under it, its label where the numbers stand
            unit = texts[filled[1]]
            if unit[:1] == "(" and unit[-1:] == ")":  # "Team Rosen" | "(dagvagt, 1. sal)": the
                unit = number  # unit named first, an aside about it after (no label)
            return Skipped(row, "heading", mask_cpr(f"{number} {texts[filled[1]]}"[:40]),
                           mask_cpr(heading_department(unit) or unit))
        if (len(filled) == 2 and number and self.numbers_have_digits
                and not any(c.isdigit() for c in number) and (
                    number.endswith(":") or "=" in texts[filled[1]]
                    or _code_and_meaning(number, texts[filled[1]]))):
            # a label and its text, not a person: "Forklaring:" | "A = aktiv, O = orlov …",
            # a legend's code and its meaning: "B" | "barsel", "T" | "Terminated"
            return Skipped(row, "note", mask_cpr(f"{number} {texts[filled[1]]}"[:80]))
        if (len(filled) == 2 and not number and self.numbers_have_digits
                and _code_and_meaning(texts[filled[0]], texts[filled[1]])):
            # a legend under the list beside an empty number: "" | "B" | "barsel"
            return Skipped(row, "note", mask_cpr(f"{texts[filled[0]]} {texts[filled[1]]}"[:80]))
        if len(filled) <= 3 and all(_PAGER.match(texts[i]) for i in filled):
            # a web page's pager copied with the list: "< Forrige" | "Side 2 af 2"
            return Skipped(row, "note", mask_cpr(" ".join(texts[i] for i in filled)[:40]))
        if employee and (account_word(name) or all_account_words(name)
                         or self._account_title(texts) or (
                             _WORD_KEY.match(number)
                             and account(number.replace("-", " ")) and account(name))):
            # "Scanner Social og Sundhed" under a key of another shape ("svc-scan-sos");
            # "TrackWise Batch" under "SVC_TW_BATCH": the key and the name itself say so (not
            # an address as the key: Bodil Thomsen at bot@ is no bot)
            return Skipped(row, "account", mask_cpr(name[:40]))
        if employee:
            return None
        if len(distinct) > 1:
            if name and not number:
                # the whole name, first and last ("Kontoret" "Fælles"), is what says no person
                whole = " ".join(texts[i] for i in self.name_cols if i < width and texts[i])
                kind = self._no_person(whole, texts) or (
                    # "Arkiv 2025" among a SharePoint list's own columns: a folder, no person
                    "note" if (any(c.isdigit() for c in whole) and not self.names.person(whole))
                    # or one its Item Type calls so: "Fratrådte" | … | "Mappe"
                    or any(t.casefold() in _FOLDER for t in texts) else "")
                if kind:
                    return Skipped(row, kind, mask_cpr(whole[:40]))
            if (number and self.number_like(number)) or name:
                return None  # an employee whose number or name is missing: reported
            return Skipped(row, "note", mask_cpr(texts[filled[0]][:40]))
        return self._one_text(row, texts[filled[0]], filled)

    def _whole_name(self, texts: Sequence[str], width: int, name: str) -> str:
        """The name from every name column (first and last), or ``name`` itself when one
        column holds it."""
        if len(self.name_cols) < 2:
            return name
        parts = [texts[i] for i in self.name_cols if i < width and texts[i]]
        return " ".join(parts) if len(parts) > 1 else name

    def _address(self, texts: Sequence[str]) -> str:
        col = self.address_col
        return texts[col] if col is not None and col < len(texts) else ""

    def _no_person(self, name: str, texts: Sequence[str]) -> str:
        """"vacancy" or "account" for a name on a row without a number that is no person's."""
        if vacancy(name):
            return "vacancy"
        if name.startswith("#"):
            return "account"  # Dataverse's application users: "# Dataverse", "# PowerApps…"
        at = self.title_col
        title = texts[at].casefold() if at is not None and at < len(texts) else ""
        if title and " " in name and name.casefold().split()[0] == title:
            # a thing named by its kind, the kind its title: "Gæstehus Solsikken" | "Gæstehus"
            return "account"
        address = self._address(texts)
        twin = self.numbered().get(" ".join(name.casefold().split()))
        if twin is not None and twin.casefold() != address.casefold():
            # "Lene Kjær" again, as adm-lkj@… without a number: a second account of someone on
            # the list (an admin account), not a second person
            return "account"
        if address and self._other_domain(address):
            # "sofie.hvid@elev.friskolen-aaby.dk": a pupil in the school's directory, at a
            # domain of the organisation that no employee on the list has
            return "other-domain"
        if account(name, address) or (address and not self.names.person(name)) or (
                address and self.full_name_addresses and names_a_mailbox(name, address)):
            # a mailbox whose name is no one's: "Reception", "Kantinen"; "vagt@" for "Vagt
            # Telefon" where everyone's address spells their whole name
            return "account"
        return ""

    @cached_property
    def _staff_domains(self) -> frozenset[str]:
        return frozenset(a.casefold().rpartition("@")[2] for a in self.numbered().values()
                         if "@" in a)

    def _other_domain(self, address: str) -> bool:
        """An address at a subdomain of the staff's domain (or the staff's at a subdomain of
        it) that nobody with a number has."""
        domain = address.casefold().rpartition("@")[2]
        staff = self._staff_domains
        return bool(domain) and domain not in staff and any(
            domain.endswith("." + d) or d.endswith("." + domain) for d in staff)

    def _one_text(self, row: int, text: str, filled: Sequence[int]) -> Skipped | None:
        """A row with one text, maybe spread over merged cells; a heading's contact details
        after its name are no part of it."""
        index = filled[0]
        text = _CONTACT_AFTER.sub("", text) or text
        block = self.sheet.merged_range(row, index + 1)
        merged = len(filled) > 1 or (block is not None and block.max_col > block.min_col)
        department = heading_department(text)
        if not merged:
            if index in self.name_cols and index != self.number_col and not (
                    _UNIT_START.match(text)):
                kind = self._no_person(text, ())
                if kind:
                    return Skipped(row, kind, mask_cpr(text[:40]))
                if self.names.person(text) and len(self.name_cols) == 1:
                    return None  # a name without a number: an employee with a mistake
            if index == self.number_col and self.number_like(text):
                return None  # a number without a name
            if index not in (0, self.number_col, self.department_col, *self.name_cols):
                return Skipped(row, "note", mask_cpr(text[:40]))
        if is_note(text) or not department:
            return Skipped(row, "note" if is_note(text) else "heading", mask_cpr(text[:40]))
        return Skipped(row, "heading", mask_cpr(text[:40]), mask_cpr(department))
