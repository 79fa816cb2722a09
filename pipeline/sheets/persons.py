"""Whether the name on a row without an employee number is a person's.

A row with a name and no number is an employee whose number is missing (a mistake, reported)
unless the name says it is no person: a position not filled (``Vakant``, ``Ledig stilling``,
``Ubesat – opslås``, ``Vacant``, ``TBD``), a service or system account (``Printer Service``,
``svc-printer@…``, ``noreply``, ``Mødelokale 2``, or a mailbox whose name is no one's on this
list, such as ``Reception``, or one whose address is a word of its name where everyone's spells
the whole name, as ``vagt@`` for "Vagt Telefon" among ``first.last@``), or a heading written
where the names go
(``Ledelse``, ``Bo- og aktivitetscenter Syd``: one word where everyone's name has two, or
words in lower case where everyone's are capitalised).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")
_VACANT = frozenset({
    "vakant", "vakance", "vakancer", "ledig", "ledige", "ubesat", "ubesatte", "vacant",
    "vacancy", "vacancies", "tbd", "tba", "tbh", "nn", "opslås", "opslåes", "opslået",
    "rekruttering", "rekrutteres", "recruiting", "unfilled", "nyansættelse"})
_VACANT_PHRASES = (("ikke", "besat"), ("open", "position"), ("open", "role"), ("to", "be", "hired"),
                   ("not", "filled"), ("n", "n"))
_ACCOUNT = frozenset({
    "svc", "service", "services", "noreply", "donotreply", "admin", "administrator", "system",
    "systems", "printer", "printere", "scanner", "test", "testuser", "testbruger", "mødelokale",
    "mødelokaler", "meetingroom", "room", "lokale", "shared", "fælles", "fællespostkasse",
    "postkasse", "mailbox", "bot", "robot", "kiosk", "sync", "integration", "api", "daemon",
    "helpdesk", "servicedesk", "support", "info", "kontakt", "ressourcekonto", "konto",
    "account", "generic", "generisk", "reception", "receptionen", "kantine", "kantinen",
    "frontdesk", "hotline", "postmaster", "webmaster", "sekretariat", "sekretariatet",
    "fællesmail", "funktionspostkasse", "teams", "rooms", "kontor", "kontoret", "fælleslogin",
    "fællesbruger", "funktionsbruger",
    # a switchboard's lines: the operator, a queue, a duty phone ("Vagttelefon Byggesag")
    "omstilling", "omstillingen", "switchboard", "kø", "telefonkø", "queue", "telefon",
    "vagttelefon", "vagttlf", "fax", "telefax", "faxlinje",  # a phone system's fax line
    # a system's own users: "Gæstebruger", "Interface user", "Night audit job"
    "bruger", "user", "users", "guest", "gæst", "gæstebruger", "interface", "job", "jobs",
    "batch", "batchjob", "scheduler", "cron",  # "TrackWise Batch": a system's batch run
    # a contact centre's screens on the wall: "Wallboard Privat"
    "wallboard", "dashboard"})
PARTICLES = frozenset({"af", "von", "van", "de", "der", "den", "la", "le", "du", "da", "di",
                       "del", "della", "dos", "das", "zu", "bin", "ibn", "al", "el", "ter",
                       "ten", "op", "y", "e"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _has_phrase(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words)))


def vacancy(name: str) -> bool:
    words = _words(name)
    return bool(set(words) & _VACANT) or _has_phrase(words, _VACANT_PHRASES)


# A template's example row says so beside the name: "Jens Jensen (eksempel – slet ikke)".
_EXAMPLE = frozenset({"eksempel", "eksempelrække", "example", "sample", "dummy", "eksempler",
                      "exempel", "beispiel", "muster"})


_EXAMPLE_STARTS = tuple(_EXAMPLE)


def example_cell(text: str) -> bool:
    """A cell beside the name that says the row is a template's example ("EKSEMPEL – slet
    denne række", "Example row, delete"): a few words, the first of them the word."""
    if text[:1] not in "EeSsDdBbMm" or not text[:13].casefold().startswith(_EXAMPLE_STARTS):
        return False
    words = _words(text)
    return bool(words) and len(words) <= 6 and words[0] in _EXAMPLE


def example(name: str) -> bool:
    """A name marked as a template's example, in brackets, after a dash or under a label
    ("Eksempel: Anne Andersen")."""
    dashed = name.replace("–", "-")
    label = name.partition(":")[0]
    if ":" in name and len(label.split()) == 1 and label.strip().casefold() in _EXAMPLE:
        return True  # "Eksempel: Anne Andersen"
    if "(" in name:
        head, aside = name.split("(", 1)
    elif " - " in dashed:
        head, aside = dashed.split(" - ", 1)
    else:
        return False  # "Mette Sample-Jensen": a surname
    # "Eksempel – slet denne række": the word alone before the dash says it too
    return bool(set(_words(aside)) & _EXAMPLE) or head.strip().casefold() in _EXAMPLE


# The heads of Danish compounds that name an account ("Systemkonto", "Fællespostkasse",
# "Mødelokale"): a word that ends in one is an account's word too.
_ACCOUNT_HEADS = tuple(w for w in _ACCOUNT if len(w) >= 5)


def account(name: str, address: str = "") -> bool:
    """A name or an address's local part made of words no person is called."""
    local = address.partition("@")[0]
    words = set(_words(name)) | set(_words(local.replace("-", " ").replace(".", " ")))
    return bool(words & _ACCOUNT) or any(w.endswith(_ACCOUNT_HEADS) for w in words)


def all_account_words(name: str) -> bool:
    """A name of two words or more, each one an account's ("API Integration", "Test Bruger"):
    no person is called so."""
    first = name.split(None, 1)[0].casefold() if name else ""
    if first not in _ACCOUNT and first.strip("#_-.") not in _ACCOUNT:
        return False  # (most names: their first word says no)
    words = _words(name)
    return len(words) >= 2 and all(w in _ACCOUNT for w in words)


# A compound that names an account, never part of a person's name, whole names included
_ACCOUNT_WORD = re.compile(r"\b\w+(?:postkasse|postkassen|bruger|brugeren|konto|kontoen)\b|"
                           r"\b(?:fællespostkasse|systembruger|servicekonto)\b", re.IGNORECASE)


# Words no person's name holds, whatever stands beside them: "Fælles Konto", "Konto, Fælles"
_NO_NAME = frozenset({"fælles", "konto", "postkasse", "mailbox", "noreply", "donotreply",
                      "helpdesk", "servicedesk", "fællespostkasse", "funktionspostkasse",
                      "mødelokale", "fællesmail", "fælleslogin", "fællesbruger",
                      # a machine with its own login: "Scanner 1. sal", "Printer Stuen"
                      "scanner", "printer", "kopimaskine", "multifunktionsprinter"})
# A front desk's or a switchboard's shared login in the name column ("Reception Aarhus"); as a
# job title ("Leder, Reception") or a unit these words are a person's
_DESK = frozenset({"reception", "receptionen", "omstilling", "omstillingen", "sekretariatet",
                   "kundeservice"})


# What a name's brackets say of a thing: "Auditoriet (Room Kit)", "Info (shared mailbox)"
# (not a person's unit or office in brackets: "Anne Holm (Service)", "Bo Lund (lokale 214)")
_ASIDE_ACCOUNT = frozenset({"room", "rooms", "mødelokale", "device", "shared", "mailbox",
                            "postkasse", "fællespostkasse", "funktionspostkasse", "ressource",
                            "resource", "konto", "account", "printer", "scanner", "bot"})


# A role that is a kind of login, not of work: "API User", "Integration User", "Service
# Account" (not "Power User", "Super User": people who know a system well)
_USER_KINDS = frozenset({"api", "application", "app", "integration", "service", "system",
                         "bot", "robot", "technical", "teknisk", "generic", "shared", "test"})


def _kind_of_user(low: str) -> bool:
    words = _words(low)
    return len(words) == 2 and words[0] in _USER_KINDS and words[1] in (
        "user", "users", "account", "accounts", "bruger", "konto")


# Desks people work at: as a job title, a person's
_DESK_WORK = frozenset({"helpdesk", "servicedesk"})


def account_word(name: str, title: bool = False) -> bool:
    """A name of several words that holds one naming an account ("Fællespostkasse Tilskud",
    "F2 Systembruger", "Konto, Fælles"), looked for only where one may be; a job title
    (``title``) only by the words no person's title holds either."""
    low = name.casefold()
    if ("bruger" in low or "postkasse" in low or "konto" in low) and _ACCOUNT_WORD.search(name):
        return True
    if title and ("user" in low or "account" in low) and _kind_of_user(low):
        return True  # a role "API User", "Service Account": a login of no person
    if not title and low.endswith(")") and "(" in low and _ASIDE_ACCOUNT & set(
            _words(low.rsplit("(", 1)[1])):
        return True  # "Auditoriet (Room Kit)", "Kundeservice (shared mailbox)": said aside
    if _NO_NAME_PART.search(low) is None:
        return False  # (most names: seen without splitting them into words)
    words = set(_words(low))
    if title:  # a job title of the service desk ("Servicedesk", "Helpdesk") is someone's
        return bool((_NO_NAME - _DESK_WORK) & words)
    return bool(_NO_NAME & words) or bool(_DESK & words)



@lru_cache(maxsize=4096)
def title_names_account(title: str) -> bool:
    """A job title or a kind of row that names an account ("Testbruger", "API User"), judged
    once per value (titles and kinds repeat down a list)."""
    return account_word(title, title=True)

_NO_NAME_PART = re.compile("fælles|konto|postkasse|mailbox|reply|desk|mødelokale|scanner|"
                           "printer|kopimaskine|reception|omstilling|sekretariat|kundeservice")


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() or w.casefold() in PARTICLES or not w[:1].isalpha()
               for w in name.replace("-", " ").split())


@dataclass(frozen=True)
class NameShape:
    """How the list's own names are written, to tell a heading from a name."""

    words: bool = False  # nearly every name has two words or more
    capitals: bool = False  # nearly every name's words are capitalised

    @classmethod
    def of(cls, names: Sequence[str]) -> NameShape:
        names = [n for n in names if n]
        if len(names) < 3:
            return cls()
        words = sum(len(n.split()) >= 2 or "," in n for n in names) >= 0.9 * len(names)
        capitals = sum(map(_capitalised, names)) >= 0.9 * len(names)
        return cls(words, capitals)

    def person(self, text: str) -> bool:
        """Whether a name alone on its row could be someone's name on this list."""
        if any(c.isdigit() for c in text) or "@" in text or ":" in text or vacancy(text):
            return False
        if self.words and len(text.split()) < 2 and "," not in text:
            return False
        return not self.capitals or _capitalised(text)


_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue",
                          "é": "e", "è": "e"})
_DIGRAPHS = re.compile(r"ae|oe|aa|ue")
_SEPARATORS = re.compile(r"[._\-]")


def _spelt(text: str) -> str:
    """A name's letters as any address spells them: "Søren", soeren and soren are all
    "soren" (æ, ø, å written out, then their two letters taken as one)."""
    return _DIGRAPHS.sub(lambda m: m.group(0)[0], text.casefold().translate(_LETTERS))


def spells_name(name: str, address: str) -> bool:
    """An address whose part before the @ spells the whole name, first to last ("Søren
    Brøndum" → soeren.broendum@, soren_brondum@, sorenbrondum@; middle names may be left out)."""
    words = [_spelt(w) for w in _words(name)]
    local = _spelt(_SEPARATORS.sub("", address.partition("@")[0]))
    if len(words) < 2 or not local.startswith(words[0]) or not local.endswith(words[-1]):
        return False
    between = local[len(words[0]):len(local) - len(words[-1])]
    if len(local) < len(words[0]) + len(words[-1]):
        return False
    middles = words[1:-1]
    return between in {"".join(m for m, used in zip(middles, mask, strict=True) if used)
                       for mask in itertools.product((False, True), repeat=len(middles))}


def spells_names(pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether a list's addresses spell its people's whole names: nine in ten of five or
    more."""
    pairs = [(n, a) for n, a in pairs if n and "@" in a]
    return len(pairs) >= 5 and sum(spells_name(n, a) for n, a in pairs) >= 0.9 * len(pairs)


def names_a_mailbox(name: str, address: str) -> bool:
    """An address that is one word of the name alone ("Vagt Telefon", vagt@; "Info Grønne
    Hjem", info@; "Kontoret Friskolen", kontor@): a mailbox, on a list whose people's
    addresses spell their whole names."""
    local = _spelt(_SEPARATORS.sub("", address.partition("@")[0]))
    # the word itself or its definite form: "kontor@" for "Kontoret", "skole@" for "Skolen"
    return bool(local) and any(w == local or (len(local) >= 4 and w.startswith(local) and len(
        w) - len(local) <= 2) for w in map(_spelt, _words(name))) and not spells_name(name,
                                                                                       address)
