"""Each employee's leader, found in the list itself.

HR systems and directories name a leader in many ways: a name (``Østergaard, Jens``), initials or
a user name (``JØS``), an employee number, an e-mail address or UPN, an LDAP distinguished name
(``CN=Østergaard\\, Jens,OU=…``), a directory ID of any shape (a GUID, JumpCloud's 24 hex
digits, ServiceNow's sys_id), a preferred name, a name with an ID (``Helle Nielsen (KK001)``,
``Helle Nielsen KK001``) or the last step of a management line (``Direktør > Jens Madsen``).
Where the leader has a row of their own, the forms show the name from that row and the leader's
mail goes to the address on it. A leader who cannot be found is shown as written and reported,
never silently guessed. How a cell is written, and the keys it is looked up by, is
leadertext.py's; this module keeps the people and looks them up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.sheets.leadertext import (
    ARROW,
    ID_LIKE,
    LINE,
    POSITION,
    POST_IN_UNIT,
    SEVERAL,
    STEP,
    TITLE_FIRST,
    WITH_ID,
    as_address,
    as_meant,
    kind_of,
    lookup_keys,
    name_as_said,
    reading_kind,
    readings,
    shown_as_written,
    text_keys,
)
from pipeline.sheets.leaderwords import FORMER
from pipeline.sheets.names import (
    ascii_names,
    aside,
    nicknames,
    normal_dn,
    normal_name,
)
from pipeline.sheets.values import JOINED, has_digit, several_addresses, valid_email

# a first name and a tag in brackets: "Sofie (CD)", "Anders (CEO)"
_FIRST_TAG = re.compile(r"^\s*([^\W\d_][\w-]*)\s*\(([^()@\d]{1,30})\)\s*$")

# an aside after a job title that gives a day: "(ny pr. 01.09.2026)", "– fratrådt 30.11.2026"
_DATED_ASIDE = re.compile(r"\s*(?:\([^()]*\d[^()]*\)|\s[–—-]\s+[^–—-]*\d[^–—-]*)\s*$")


def _id_keys(value: str) -> list[str]:
    """The keys of an ID a leader may be given by: as written, and a handle ("@stfr",
    "@freja.k") also without its @."""
    keys = [f"i:{value.casefold()}"]
    if value[:1] == "@" and len(value) > 2:
        keys.append(f"i:{value[1:].casefold()}")
    return keys


def _acronym(title: str) -> str:
    """A title's initials ("Creative Director" → "cd", "Head of Department" → "hod")."""
    words = re.findall(r"[^\W\d_]+", title.casefold())
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _holds_words(title: str, words: Sequence[str]) -> bool:
    """Whether the title holds these words in a row, each whole."""
    found = re.findall(r"\w+", title)
    return any(found[i:i + len(words)] == list(words) for i in range(len(found)))


# A post and the unit it is held in, in one cell: "Afdelingsleder, Montage", "Afdelingsleder
# (Montage)", "Afdelingsleder – Montage"
_POST_UNIT = re.compile(r"^\s*(?P<post>[^,()–—]+?)\s*(?:,|\(|\s[-–—]\s)\s*"
                        r"(?P<unit>[^,()]+?)\)?\s*$")


@dataclass(frozen=True)
class Who:
    """What one row says about the person on it, to find them as someone's leader."""

    row: int
    number: str
    name: str
    email: str = ""
    upn: str = ""
    initials: str = ""
    dn: str = ""
    object_id: str = ""
    aliases: tuple[str, ...] = ()  # other names the row gives (a preferred name)
    others: tuple[str, ...] = ()  # other IDs the row gives (a user name, a system's own ID)
    title: str = ""  # the job title on their row
    unit: str = ""  # their department

    def keys(self) -> list[str]:
        keys = [f"n:{self.number.casefold()}", f"p:{normal_name(self.name)}"]
        if self.number[:1] == "0" and self.number.isdigit():  # "000145" is 145 too
            keys.append(f"n:{self.number.lstrip('0') or '0'}")
        keys += [f"e:{a.casefold()}" for a in (self.email, self.upn) if a]
        if self.email:  # "jmo@…": initials or a user name, as Danish addresses often are
            keys.append(f"u:{self.email.partition('@')[0].casefold()}")
        if self.initials:
            keys += _id_keys(self.initials)
        if self.dn:
            keys.append(f"d:{normal_dn(self.dn)}")
        if self.object_id:
            ident = self.object_id.strip("{}").casefold()
            keys += [f"g:{ident}", f"i:{ident}"]
        if self.aliases:
            keys += [f"p:{normal_name(name_as_said(a))}" for a in self.aliases if a]
        if "(" in self.name:  # "Anne-Marie (Mie) Sønderby" is also Mie Sønderby
            keys += [f"p:{normal_name(n)}" for n in nicknames(self.name)]
        for other in self.others:
            keys += _id_keys(other) if other else []
        return keys


@dataclass(frozen=True)
class Given:
    """The leader as one row gives them: the leader column, a leader-number column and a
    leader's e-mail column (any may be empty)."""

    text: str = ""
    number: str = ""
    email: str = ""

    @property
    def said(self) -> bool:
        """The row names its leader somehow."""
        return bool(self.text or self.number or self.email)


def _in_order(words: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether each word is found among ``theirs`` in order, whole or as its initial ("m."
    for "morten")."""
    at = 0
    for word in words:
        short = word.rstrip(".") if len(word.rstrip(".")) == 1 else ""
        while at < len(theirs) and not (theirs[at] == word or (
                short and theirs[at].startswith(short))):
            at += 1
        if at == len(theirs):
            return False
        at += 1
    return True


def names_level_above(rows: Sequence[tuple[str, str, str]]) -> bool:
    """(a person, the leader one column names for them, what a second column names for
    them), each written as ``normal_name`` writes it: whether the second column names, on
    every row with a leader, what it names on that leader's own row, as the leader of the
    level above does ("Områdechef" beside "Enhedsleder")."""
    above = {person: other for person, _, other in rows}
    led = [(leader, other) for _, leader, other in rows if leader]
    return bool(led) and all(other == above.get(leader, other) for leader, other in led)


@dataclass(frozen=True)
class Leader:
    name: str  # shown on forms and in workbooks
    email: str  # where the leader's mail goes
    number: str = ""  # the leader's own employee number, when found in the list
    kind: str = ""  # how the leader was given: name, initials, number, e-mail, dn, guid
    found: bool = False
    ambiguous: bool = False
    own_email: str = ""  # the address on the leader's own row, when it differs from the given
    is_self: bool = False  # the row names its own person as leader
    loose: bool = False  # found by first and last name only (a middle name left out)
    via: str = ""  # how a cell that says more than a name was read (READINGS)
    fits: tuple[str, ...] = ()  # an ambiguous leader: the numbers of everyone it fits
    old_address: str = ""  # the address given, on a domain nobody on the list has (own used)


# The words of a name, and the words before one that say they led before ("tidl. Lone Krog")
_DIGRAPHS = re.compile(r"oe|aa")  # ø and å written with two letters
_SLASHED = re.compile(r"\s+/\s+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_BEFORE = FORMER
# ... and the words before "for" that say the first leads in the other's place: "vik. for
# Camilla Juul", "afløser for", "i stedet for", "acting for", "covering for"
_IN_PLACE = frozenset({"vik", "vikar", "vikarierer", "vikarierende", "afløser", "afløsning",
                       "stedfortræder", "stedet", "fungerer", "fungerende", "konstitueret",
                       "kst", "fg", "fung", "acting", "covering", "cover", "deputy"})


def _away(before: Sequence[str]) -> bool:
    """Whether the words before a name say it is who led before, or whom the leader stands in
    for ("tidl. Lone Krog", "vik. for Camilla Juul")."""
    folded = [w.rstrip(".").casefold() for w in before[-2:]]
    return bool(folded) and (folded[-1] in _BEFORE or (
        folded[-1] in ("for", "of") and len(folded) == 2 and folded[0] in _IN_PLACE))


class _Look(NamedTuple):
    """How a leader as given is looked up, worked out once for each way they are given."""

    kind: str  # "name", "initials", "number", "e-mail" …
    attempts: list[list[int]]  # who each attempt finds, strictest first
    shown: str  # what the forms show if nobody is found
    email: str  # the address given, if any
    loose: int  # the first attempt that is a loose reading ("Mette" for Mette Hjorth)
    via: list[str]  # how each attempt reads the cell ("" or a reading to say)
    settles: int  # the attempt by the leader's e-mail column, which may settle a tie (or -1)


@dataclass
class Directory:
    """Everyone on the list, findable by each thing their row says about them."""

    people: Sequence[Who]
    _index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # The same leader again: how they were given, who each attempt finds, what is shown if
    # nobody is found.
    _found: dict[Given, _Look] = field(default_factory=dict)
    # "p:first last" → people with a middle name too, to find "Signe Løkke" as Signe Munk Løkke
    _ends: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # "k lund" → people whose first name starts with K and whose last name is Lund ("K. Lund")
    _initial: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # "mette" → people whose first name is Mette (a leader written by first name only)
    _first: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # "holm" → people whose last name is Holm (a leader written by last name only)
    _last: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # "mette s" → people called Mette whose surname starts with S ("Mette S.")
    _first_initial: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _first_of: dict[int, str] = field(default_factory=dict)  # position → first name, as said
    # "forstander" → who holds that job title (a leader given by their position)
    _holders: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # "lene", "soeren juul" → people whose first, last or whole name an address spells
    _spelled: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _domains: set[str] = field(default_factory=set)  # the domains of the list's addresses
    _own_domains: set[str] | None = None  # the same, worked out at the first that needs it
    _ascii: dict[str, list[int]] | None = None  # names spelled without æ, ø, å → people

    def __post_init__(self) -> None:
        index, ends = self._index, self._ends
        for position, person in enumerate(self.people):
            if person.title:
                self._holders[normal_name(person.title)].append(position)
                bare = _DATED_ASIDE.sub("", person.title).strip()
                if bare and bare != person.title.strip():
                    # "Lagerchef (ny pr. 01.09.2026)": the post, with when it was taken
                    self._holders[normal_name(bare)].append(position)
                parts = [part.strip() for part in JOINED.split(person.title) if part.strip()]
                for part in parts if len(parts) > 1 else ():
                    # "Indehaver / mester": each post the title joins
                    self._holders[normal_name(part)].append(position)
            keys = person.keys()
            for key in dict.fromkeys(keys):
                index[key].append(position)
            name = keys[1]  # "p:…", the name as said
            if name.count(" ") >= 2:
                words = name.split()
                ends[f"{words[0]} {words[-1]}"].append(position)
            said = normal_name(name_as_said(person.name)).split()
            if len(said) >= 2 and said[0][0].isalpha():
                self._initial[f"{said[0][0]} {said[-1]}"].append(position)
                self._first[said[0]].append(position)
                self._last[said[-1]].append(position)
                self._first_of[position] = said[0]
                for surname in {said[1][0], said[-1][0]}:  # "Rikke B." for Rikke Bøgh Ravn
                    self._first_initial[f"{said[0]} {surname}"].append(position)

    def _old_domain(self, given: str, own: str) -> bool:
        """The leader's address as given and on their own row name the same user at two
        domains, and nobody on the list has an address at the given one (an old domain)."""
        if self._own_domains is None:
            self._own_domains = {p.email.casefold().partition("@")[2] for p in self.people
                                 if p.email}
        local, _, domain = given.casefold().partition("@")
        return local == own.casefold().partition("@")[0] and domain not in self._own_domains

    def _by_user_elsewhere(self, address: str) -> list[int]:
        """The people whose own address is the same user at another domain, where the given
        one is a domain nobody on the list has."""
        return [i for i, p in enumerate(self.people)
                if p.email and self._old_domain(address, p.email)]

    def _by_address_name(self, address: str) -> list[int]:
        """Everyone an address of the list's own domain that nobody has may be by the name it
        spells ("lene@…" for a Lene, "soeren.juul@…" for Søren Juul): one is a loose find,
        two are ambiguous; another domain's address is nobody's here."""
        local, _, domain = address.casefold().partition("@")
        if not self._spelled:  # worked out once, at the first address that needs it
            for position, person in enumerate(self.people):
                if person.email:
                    self._domains.add(person.email.casefold().partition("@")[2])
                said = normal_name(name_as_said(person.name)).split()
                for spelled in {*as_address(" ".join(said)), " ".join(said)}:
                    words = spelled.split()
                    for key in {spelled, words[0], words[-1]} if len(words) > 1 else {spelled}:
                        if position not in self._spelled[key]:
                            self._spelled[key].append(position)
        words = [w for w in re.split(r"[._\-]+", local) if w]
        if domain not in self._domains or not words or not all(w.isalpha() for w in words):
            return []
        return sorted(self._spelled.get(" ".join(words), []))

    def _hits(self, text: str) -> set[int]:
        """Everyone a text could name."""
        index = self._index
        return {h for key in text_keys(text, kind_of(text)) for h in index.get(key, ())}

    def _read(self, text: str) -> list[tuple[list[int], str]]:
        """Who what else the cell says finds (readings()), and how it was read: a name and an
        ID must agree."""
        found = []
        for parts in readings(text):
            hits = self._hits(parts[-1])
            if len(parts) == 2:  # a name and an ID: either finds them, and they must agree
                by_id = self._hits(parts[0]) if hits or ID_LIKE.match(parts[0]) else set()
                both = hits & by_id if hits and by_id else set()
                # two different people (neither in both) is ambiguous: both are kept
                hits = both or hits | by_id
            found.append((sorted(hits), reading_kind(text, parts)))
        return found

    def _apart(self, given: Given, kind: str) -> list[int]:
        """Everyone a leader given both by name and by an ID may be, where the two find
        different people: "Ulla Sønderby (61112)" when 61112 is Poul Holm, or a leader column
        and a leader-number column that disagree ([] where they agree or one finds nobody)."""
        if kind != "name":
            return []
        split = aside(given.text)
        name, ids = given.text, []
        if split:
            name, inner = split[0], split[1].casefold()
            ids += [f"n:{inner}", f"i:{inner}", f"e:{inner}"]
        if given.number:
            ids += [f"n:{given.number.casefold()}", f"i:{given.number.casefold()}"]
            if given.number[:1] == "0" and given.number.isdigit():
                ids.append(f"n:{given.number.lstrip('0') or '0'}")
        if not ids:
            return []
        by_name = set(self._index.get(f"p:{normal_name(shown_as_written(name, 'name'))}", []))
        by_id = {hit for key in ids for hit in self._index.get(key, [])}
        return sorted(by_name | by_id) if by_name and by_id and not by_name & by_id else []

    def _after_title(self, text: str) -> str:
        """The words after a job title the list gives ("jørgen mølgaard" for "Afdelings-
        sygeplejerske Jørgen Mølgaard", "m. holm" for "Afdelingsleder M. Holm"), as
        normal_name writes them; "" where the text starts with no such title (never a guessed
        word list, so "Anne Marie Hansen" is not Marie Hansen)."""
        return self._title_and_rest(text)[1]

    def _title_and_rest(self, text: str) -> tuple[str, str]:
        """The job title a leader cell starts with and the words after it, as normal_name
        writes them ("formand", "friis" for "Formand: Friis"); ("", "") where it starts with
        no title the list gives."""
        if not self._holders:
            return "", ""
        words = normal_name(text).split()
        for cut in range(len(words) - 1, 0, -1):  # the longest title first
            title = " ".join(words[:cut])
            if title[-1:] in ":-–—,":  # "Formand: Friis", "Formand – Friis"
                title = title[:-1].rstrip()
            if title in self._holders:
                return title, " ".join(w for w in words[cut:] if w not in ":-–—")
        return "", ""

    def _by_post(self, text: str) -> list[int]:
        """Who holds the job title a leader cell names: "Forstander", or in the definite form
        a note or a colleague writes it ("direktøren" for the Direktør, "køkkenchefen")."""
        post = normal_name(text)
        found = self._holders.get(post, [])
        if found or " " in post:
            return found
        for end in ("en", "n", "et"):  # Danish, Norwegian and Swedish: one word's own ending
            if post.endswith(end) and len(post) - len(end) >= 4:
                stem = post[:-len(end)]
                found = self._holders.get(stem, [])
                if not found and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in (
                        "aeiouyæøå"):  # "Hofmarskallen", "kokken": the consonant doubled
                    found = self._holders.get(stem[:-1], [])
                if found:
                    return found
        return []

    def _by_post_in_unit(self, post: str, unit: str) -> list[int]:
        """Who holds the job title ``post`` in the department ``unit`` (either may come first:
        "Montage, afdelingsleder")."""
        for title, place in ((post, unit), (unit, post)):
            holders = self._holders.get(normal_name(title), [])
            found = [p for p in holders if normal_name(self.people[p].unit) == normal_name(place)]
            if found:
                return found
        return []

    def _holder_by_name_word(self, text: str) -> list[int]:
        """The one holding the title a leader cell starts with whose first or last name is the
        one word after it ("Formand: Friis": the foreman Tove Friis, not Mads Friis-Hansen nor
        another Friis who is no foreman)."""
        title, rest = self._title_and_rest(text)
        if not rest or " " in rest:
            return []
        named = {*self._by_first(rest), *self._by_last(rest)}
        return [p for p in self._holders[title] if p in named]

    def _tail_fits_several(self, text: str) -> list[int]:
        """Everyone the last two words of a longer leader cell may be, where they are several
        ("Afdelingssygeplejerske M. Holm": Marianne and Mette Holm): the cell is then
        ambiguous, whatever the words before say. One person alone is not taken: the words
        before the name may say anything ("Afløser for M. Holm")."""
        words = text.split()
        if len(words) < 3:
            return []
        tail = " ".join(words[-2:])
        found = sorted({*self._index.get(f"p:{normal_name(tail)}", []), *self._by_initial(tail),
                        *self._by_first_initial(tail)})
        return found if len(found) > 1 else []

    def _by_surname_first(self, name: str) -> list[int]:
        """Everyone whose whole name this is with its first word moved last, or the words
        written in capitals before the first names ("VAN DEN BROECK Camille": a family name
        of several words, as Belgian and French payrolls write it)."""
        words = normal_name(name).split()
        if len(words) < 2:
            return []
        found = self._index.get(f"p:{' '.join([*words[1:], words[0]])}", [])
        raw = name.split()
        capitals = next((i for i, w in enumerate(raw) if not w.isupper()), len(raw))
        if found or not 1 < capitals < len(raw):
            return found
        return self._index.get(f"p:{normal_name(' '.join([*raw[capitals:], *raw[:capitals]]))}",
                               [])

    def _by_ends(self, name: str) -> list[int]:
        """Everyone whose first and last name these are (a middle name left out)."""
        key = f"p:{normal_name(name)}"
        return self._ends.get(key, []) if key.count(" ") == 1 else []

    def _by_short_form(self, name: str) -> list[int]:
        """Everyone whose name this is written short: middle names left out or cut to their
        initial ("Karen Holm Bisgaard" for Karen Margrethe Holm Bisgaard, "Jens M. Kristensen"),
        the last of a double surname left out ("Søren Kjær" for Søren Kjær Nielsen, "Ulrik
        Brøndum" for Ulrik Brøndum-Hald), or two first names as their initials ("H.C. Mørk"
        for Hans Christian Mørk): the same first name (or its initials), the other words found
        in order among theirs."""
        words = normal_name(name).split()
        if len(words) < 2:
            return []
        head = words[0].split(".")
        initials = [c for c in head if c] if len(head) > 2 and all(
            len(c) <= 1 for c in head) else []
        pool = (self._last.get(words[-1], []) if initials else self._first.get(words[0], []))
        firsts = words[0].split("-")  # "anne-mette": both parts, as a hyphen splits theirs
        others = " ".join(words[1:]).replace("-", " ").split()
        found = []
        for position in pool:
            theirs = normal_name(self.people[position].name).replace("-", " ").split()
            if initials:
                if len(theirs) <= len(initials) or not all(
                        t.startswith(c) for t, c in zip(theirs, initials, strict=False)):
                    continue
                rest = theirs[len(initials):]
            else:
                if theirs[:len(firsts)] != firsts:
                    continue
                rest = theirs[len(firsts):]
            if _in_order(others, rest):
                found.append(position)
        return found

    def _by_initial(self, name: str) -> list[int]:
        """Everyone ``K. Lund`` or ``M Hansen`` may be: first name starting so, that last name."""
        words = normal_name(name).split()
        if len(words) >= 2 and len(words[0].rstrip(".")) == 1 and words[0][0].isalpha():
            return self._initial.get(f"{words[0][0]} {words[-1]}", [])
        return []

    def _by_first_and_title(self, first: str, tag: str) -> list[int]:
        """Everyone of that first name whose job title holds the tag as a word ("CEO" in
        "Adm. direktør (CEO)") or as its initials ("CD": "Creative Director"); where none does,
        the one person of that first name, if only one has it."""
        wanted = tag.casefold().split()
        named = self._first.get(normal_name(first), [])
        titled = [p for p in named if _holds_words(self.people[p].title.casefold(), wanted)
                  or _acronym(self.people[p].title) == tag.casefold().replace(" ", "")]
        return titled or (named if len(named) == 1 else [])  # (the only one of that name)

    def _addresses(self, text: str) -> list[int]:
        """Everyone a leader cell of several addresses names ("maja@…, aase@…": a team's two
        managers), each address someone's own: who holds the talks cannot be told."""
        parts = several_addresses(text)
        if not parts:
            return []
        found = [self._index.get(f"e:{p.casefold()}", []) for p in parts]
        return sorted({h[0] for h in found}) if all(len(h) == 1 for h in found) and len(
            {h[0] for h in found}) > 1 else []

    def _several(self, text: str) -> list[int]:
        """Everyone a leader cell names in full where it names two people or more ("Emil Friis /
        Morten Ærenlund", "Lene Kjær (MUS holdes af Søren Dahl)", two names on two lines):
        who holds the talks cannot be told, never one guessed. A name after a word for who led
        before ("Henrik Mølgaard (tidl. Torben Jørgensen)") is history, and a management line
        whose steps an arrow sets apart is read by its last step (readings())."""
        if ARROW.search(text) or len(_SLASHED.split(text)) > 2:
            return []  # "Direktion / Jens Madsen / Mille Møller": a management line
        words = _NAME_WORD.findall(text)
        if len(words) < 4:
            return []
        found: set[int] = set()
        at = 0
        while at < len(words):
            for size in (4, 3, 2):
                hits = self._index.get(f"p:{normal_name(' '.join(words[at:at + size]))}", [])
                if at + size <= len(words) and len(hits) == 1:
                    if not _away(words[:at]):
                        found.add(hits[0])
                    at += size
                    break
            else:
                at += 1
        return sorted(found) if len(found) > 1 else []

    def _by_spelling(self, name: str) -> list[int]:
        """Everyone "Soeren Moeller" or "Aase Kjaer" may be: the name spelled without æ, ø
        and å, as a keyboard or a system without them writes it, with two letters or one
        (worked out for the list at the first that needs it), and anyone whose name is the
        one-letter spelling as written ("Soren Moller"), so that two are never guessed."""
        if self._ascii is None:
            self._ascii = defaultdict(list)
            for position, person in enumerate(self.people):
                for spelled in ascii_names(person.name):
                    self._ascii[spelled].append(position)
        said = normal_name(name)
        plain = _DIGRAPHS.sub(lambda m: m.group()[0], said)  # "soeren" → "soren"
        found = {*self._ascii.get(said, []), *self._ascii.get(plain, [])}
        if plain != said:  # someone whose name is written so without them ("Soren Moller")
            found.update(self._index.get(f"p:{plain}", []))
        return sorted(found)

    def _by_short_first(self, name: str) -> list[int]:
        """Everyone "Lotte Ibsen", "Bo Kastrup" or "Kris Munk" may be by an everyday form of
        the first name: that last name, and a first name that begins or ends with the one
        given (Charlotte, Bodil, Kristoffer)."""
        words = normal_name(name).split()
        if len(words) != 2 or len(words[0]) < 2 or not words[0].isalpha():
            return []
        short, last = words
        return [p for p in self._last.get(last, [])
                if self._first_of.get(p, short) != short
                and (self._first_of[p].startswith(short) or self._first_of[p].endswith(short))]

    def _by_first(self, text: str) -> list[int]:
        """Everyone a one-word leader ("Mette") may be by first name: a word of letters that is
        not written in capitals as initials are (exact initials and user names are tried
        before this)."""
        word = text.strip()
        if " " in word or len(word) < 2 or word.isupper() or not word.replace("-", "").isalpha():
            return []
        return self._first.get(normal_name(word), [])

    def _by_first_initial(self, name: str) -> list[int]:
        """Everyone ``Mette S.`` may be: that first name, a surname starting so."""
        words = normal_name(name).split()
        if len(words) == 2 and len(words[1].rstrip(".")) == 1 and words[1][0].isalpha():
            return self._first_initial.get(f"{words[0]} {words[1][0]}", [])
        return []

    def _by_last(self, text: str) -> list[int]:
        """Everyone a one-word leader ("Holm", "Tøttrup") may be by last name; several people
        of that name make the leader ambiguous, which refuses the list."""
        word = text.strip()
        if " " in word or len(word) < 2 or word.isupper() or not word.replace("-", "").isalpha():
            return []
        return self._last.get(normal_name(word), [])

    def resolve(self, given: Given, own: int) -> Leader:
        """The leader of the person at position ``own`` in the list."""
        known = self._found.get(given)
        if known is None:  # worked out once for each way a leader is given, not once a row
            known = self._found[given] = self._first_look(as_meant(given))
        kind, attempts, shown, shown_email, loose, via, settles = known
        ambiguous = False
        fits: list[int] = []
        why = ""
        for attempt, found in enumerate(attempts):
            if not found or (ambiguous and attempt != settles):
                # a name or initials that fit several people are not read more loosely, nor
                # settled by a guess (an address that starts with the initials); only the
                # leader's e-mail column may tell them apart
                continue
            # (a cell naming several people, the row's own among them, still names several:
            # the other one is no leader found)
            hits = [h for h in found if h != own] if via[attempt] != SEVERAL else found
            if not hits and own in found:
                me = self.people[own]
                return Leader(me.name, given.email or me.email, me.number, kind, found=True,
                              is_self=True)
            if len(hits) == 1:
                person = self.people[hits[0]]
                email = given.email or person.email
                if person.email and email.casefold() == person.email.casefold():
                    email = person.email  # as their own row writes it, not in capitals
                differs = bool(given.email and person.email
                               and given.email.casefold() != person.email.casefold())
                old = differs and self._old_domain(given.email, person.email)
                if old:  # "torben.fog@ibk.dk" where everyone is @ikast-brande.dk now
                    email = person.email
                return Leader(person.name, email, person.number, kind, found=True,
                              own_email=person.email if differs and not old else "",
                              loose=attempt >= loose, via=via[attempt],
                              old_address=given.email if old else "")
            if len(hits) > 1 and not ambiguous:
                ambiguous, fits, why = True, hits, via[attempt]
        return Leader(shown, shown_email, "", kind, found=False, ambiguous=ambiguous,
                      fits=tuple(self.people[h].number for h in fits), via=why)

    def _loosely(self, given: Given, kind: str, shown: str, rest: str,
                 attempts: list[list[int]], via: list[str]) -> None:
        """The looser readings of a leader that nothing finds as written, strictest first
        (``rest``: the words after a job title the list gives, if the leader starts so)."""
        if given.text and kind == "name":  # "Vestergaard Morten Kjær": the surname first,
            attempts.append(self._by_surname_first(shown))  # no comma (Sympa's report)
            via.append("")
        if given.text and kind == "name" and not has_digit(shown):
            attempts.append(self._by_spelling(shown))  # "Soeren Moeller" for Søren Møller
            via.append("")
        if given.text and kind == "name":  # "Signe Løkke" for Signe Munk Løkke, if only she
            attempts.append(self._by_ends(shown))
            via.append("")
            attempts.append(self._by_short_form(shown))  # "Karen Holm Bisgaard", "Søren Kjær",
            via.append("")  # "H.C. Mørk", "Jens M. Kristensen" written short, if only they
            attempts.append(self._by_initial(shown))  # "K. Lund" for Karsten Lund, if only he
            via.append("")
            attempts.append(self._by_first_initial(shown))  # "Mette S." for Mette Skov
            via.append("")
            attempts.append(self._by_short_first(shown))  # "Lotte Ibsen" for Charlotte Ibsen
            via.append("")
        if given.text and kind == "name" and (tagged := _FIRST_TAG.match(given.text)):
            # "Sofie (CD)": the Sofie whose job title holds "CD" (two Sofies: only one is)
            attempts.append(self._by_first_and_title(tagged[1], tagged[2]))
            via.append("")
        if given.text and kind in ("name", "initials"):  # "Mette" for Mette Hjorth, if only she
            # "Mette" or "Holm": by first or last name, one attempt, so that a word that is one
            # person's first name and another's last name is ambiguous, not a guess
            attempts.append(sorted({*self._by_first(given.text), *self._by_last(given.text)}))
            via.append("")
        if rest:  # "Afdelingsleder M. Holm": the name after a title the list gives, read loosely
            for found in (self._by_ends(rest), self._by_initial(rest),
                          self._by_first_initial(rest), self._by_short_first(rest),
                          sorted({*self._by_first(rest), *self._by_last(rest)})):
                attempts.append(found)
                via.append(TITLE_FIRST)
        if given.text and kind == "name":
            attempts.append(self._tail_fits_several(given.text))
            via.append("")
        if kind == "e-mail" and valid_email(address := given.text or given.email):
            # "tina.nielsen@skovly.com", the same user at an old domain or alias nobody on
            # the list has now: the one whose own address it is there
            attempts.append(self._by_user_elsewhere(address))
            via.append("")
        if given.text and kind == "e-mail" and valid_email(given.text):
            attempts.append(self._by_address_name(given.text))  # "lene@…": a Lene, if only one
            via.append("")

    def _first_look(self, given: Given) -> _Look:
        kind = kind_of(given.text) if given.text else ("number" if given.number else
                                                        "e-mail" if given.email else "")
        shared = self._several(given.text) if given.text and kind == "name" else (
            self._addresses(given.text) if given.text and kind == "e-mail" else [])
        if shared:  # "Emil Friis / Morten Ærenlund": two leaders, never one guessed
            return _Look(kind, [shared], shown_as_written(given.text, kind), given.email,
                         1, [SEVERAL], -1)
        attempts = [self._index.get(key, []) for key in lookup_keys(given, kind)]
        # a management line is found by its last step, which is what it shows
        via = [LINE if given.text and STEP.search(given.text) else ""] * len(attempts)
        apart = self._apart(given, kind)
        if apart:  # a name and a number that find two people: neither is taken
            attempts.insert(0, apart)
            via.insert(0, WITH_ID)
        if given.text and kind not in ("dn", "e-mail"):
            for hits, how in self._read(given.text):
                attempts.append(hits)
                via.append(how)
        rest = self._after_title(given.text) if given.text and kind == "name" else ""
        if rest:  # "Direktør Hanne Kjær": a full name after a title the list gives;
            # "Formand: Friis": the one of that title with that name
            attempts.append(self._index.get(f"p:{rest}", []) if " " in rest
                            else self._holder_by_name_word(given.text))
            via.append(TITLE_FIRST)
        if given.text and kind in ("name", "initials") and self._holders:
            # "Forstander": the one person whose job title that is (two: never guessed)
            attempts.append(self._by_post(given.text))
            via.append(POSITION)
            if (in_unit := _POST_UNIT.match(given.text)) is not None:
                # "Afdelingsleder, Montage": the one holding that title in that unit
                attempts.append(self._by_post_in_unit(in_unit["post"], in_unit["unit"]))
                via.append(POST_IN_UNIT)
        settles = -1
        if given.email:
            settles = len(attempts)
            attempts.append(self._index.get(f"e:{given.email.casefold()}", []))
            via.append("")
        loose = len(attempts)
        shown = shown_as_written(given.text, kind) if given.text else ""
        if not any(attempts):  # (read loosely only where nothing is found as written)
            self._loosely(given, kind, shown, rest, attempts, via)
        email = given.email or (given.text if kind == "e-mail" and valid_email(given.text)
                                else "")
        return _Look(kind, attempts, shown, email, loose, via, settles)
