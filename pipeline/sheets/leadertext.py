"""How a leader cell is written, and the keys it is looked up by in the list.

A leader is given as a name (``Østergaard, Jens``), initials or a user name, a number, an
address or UPN, a distinguished name, a directory ID, a name with an ID (``Helle Nielsen
(KK001)``), the last step of a management line (``Direktør > Jens Madsen``), an acting leader
(``fung. Holm``) or two who share the lead. This module reads the cell; leaders.py looks it up.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from pipeline.sheets.leaderwords import ACTING, alternatives
from pipeline.sheets.names import (
    aside,
    dn_name,
    is_dn,
    is_guid,
    looks_like_initials,
    normal_dn,
    normal_name,
    turn_around,
    without_initials,
)
from pipeline.sheets.statuswords import a_firm
from pipeline.sheets.values import JOINED, has_digit

if TYPE_CHECKING:
    from pipeline.sheets.leaders import Given

_SPELLED = (("æ", ("ae", "a")), ("ø", ("oe", "o")), ("å", ("aa", "a")))


def as_address(text: str) -> list[str]:
    """How initials or a user name are written before the @ of an address: "røs" → "roes",
    "ros"; the letters æ, ø and å as addresses spell them."""
    found = [text]
    for letter, ways in _SPELLED:
        if letter in text:
            found = [f.replace(letter, way) for f in found for way in ways]
    return found


def name_as_said(name: str) -> str:
    try:
        return turn_around(name)[0]
    except ValueError:
        return name


_USER_ID = re.compile(r"^[^\W_][\w.\-]{1,30}$")
# an employee's code of letters and digits with a slash in it, as some payroll systems number
# their people ("PR/0007")
_SLASHED_CODE = re.compile(r"^[^\W\d_]{1,4}/\d{2,8}$")
# The steps of a management line: "Direktør > Jens Madsen", "Direktion / Mille Møller" (two
# people with a slash between them share the lead instead: Directory._several()).
_STEPS = re.compile(r"\s*(?:->|=>|>|»|›|→|\|)\s*|\s+[/\\]\s+")
STEP = re.compile(r"[>»›→|]|\s[/\\]\s")  # a cell that may be a management line
# An ID that finds someone alone: letters and digits (KK001), or four characters or more.
ID_LIKE = re.compile(r"^(?=.*\d)(?:(?=.*[^\W\d_]).{2,}|.{4,})$")
# ("E1378--Charlotte Brøndum": Sage Intacct's ID and name with a double dash)
_ID_APART = re.compile(r"^(?:(\S*\d\S*?)(?:\s*--\s*|\s*[-–:]\s+)(\D+)|"
                       r"(\D+?)\s+[-–:]\s*(\S*\d\S*))$")


# A leader who acts for now: "fung. Holm", "Kim Berg (konst.)", "Acting: Ann Ray".
# (not before "for": "vik. for Camilla Juul" says whom the leader stands in for, leaders.py)
_ACTING = re.compile(r"\(?\b(?:" + alternatives(ACTING) + r")\b\.?\)?:?(?!\s*for\b)",
                     re.IGNORECASE)
# A phone number written after the leader's name: "Jens Kaae, 2044 1187", "Jens Kaae tlf.
# 20441187", "Jens Kaae (+45 20 44 11 87)". Eight digits set apart in pairs or fours, or after a
# phone word or +45: eight digits alone may be the leader's number, which finds them.
_PHONE = re.compile(
    r"[\s,;/–-]*\(?\s*(?:(?:(?:tlf|telefon|mobil|mob|mobile|phone|tel|cell)\.?:?\s*"
    r"(?:\+45\s?)?\d{8}|(?:(?:tlf|telefon|mobil|mob|mobile|phone|tel|cell)\.?:?\s*)?"
    r"(?:\+45\s?)?(?:\d{2}\s\d{2}\s\d{2}\s\d{2}|\d{4}\s\d{4}))|\+45\s?\d{8})\s*\)?\s*$",
    re.IGNORECASE)


_EIGHT_DIGITS = re.compile(r"(?:\d[ ]?){8}\s*\)?\s*$")


def without_phone(text: str) -> str:
    """The leader cell without a phone number after the name ("" where the cell is nothing
    else)."""
    if not _EIGHT_DIGITS.search(text):
        return text  # (eight digits end the cell, or it holds no phone number: most cells)
    cut = max(0, len(text) - 32)  # a phone number and its word fit in the last 32 letters
    found = _PHONE.search(text, cut)
    return text[:found.start()].strip() if found and found.start() > 0 else text


_VACANT = re.compile(r"^(?:vakant|vacant|ledig)\s*[-–—:,]?\s*(?:(?:leder|leader|manager)\s+)?"
                     r"(\S.*)$", re.IGNORECASE)
_TITLE_ASIDE = re.compile(r"^(.+?)\s*\(([^()@]+)\)$")
# a post, an aside in brackets and then the name: "Specialkonsulent (konst. kontorchef) Søren Ravn"
_POST_ASIDE = re.compile(r"^([^\W\d_][^\s()]*)\s*\(([^()@]+)\)\s+([^\W\d_][^()@]*)$")
_MENTION = re.compile(r"^@[^\W_][\w.\-]*$")


def as_meant(given: Given) -> Given:
    """The leader as given, without what names no one: initials in brackets inside the name
    (Outlook's "Emil (ERØ) Rødgaard"), a phone number after it ("Jens Kaae, 2044 1187") and an
    acting mark ("fung. Holm", "Kim Berg (konst.)": the acting leader is the leader)."""
    text = given.text
    if text and text[0] == "@" and _MENTION.match(text):
        text = text[1:]  # a chat's mention of the user name ("@frederik.f", Slack, Teams)
    if text and ":" in text:
        text = _not_the_deputy(text)
    if text and has_digit(text):
        text = without_phone(text)
    if text and "(" in text and (post := _POST_ASIDE.match(text)) and (
            leads(post[2]) or _ACTING.search(post[2])) and all(
            w[:1].isupper() for w in post[3].split()) and len(post[3].split()) >= 2:
        text = post[3]  # "Specialkonsulent (konst. kontorchef) Søren Ravn": a post, then the
        # name (the one acting as the leader leads)
    if text and "(" in text:
        text = without_initials(text)
    if text and _ACTING.search(text):
        text = " ".join(_ACTING.sub(" ", text).split()) or text
        # a post vacant, held by an acting leader: "Vakant – konst. leder Carsten Sørensen"
        vacant = _VACANT.match(text)
        text = vacant[1] if vacant else text
    if text and text[-1] == ")" and (titled := _TITLE_ASIDE.match(text)) and leads(
            titled[2]) and len(titled[1].split()) >= 2:
        text = titled[1]  # "Bodil Riis (ældrechef)": the name, then the post
    elif text and " " in text and len(words := text.split()) >= 3 and leads(words[0]) and (
            words[1][:1].isupper() and words[2][:1].isupper()) and ":" not in words[0]:
        text = " ".join(words[1:])  # "Vicedirektør Helle Brask": the post, then the name
    return given if text == given.text else dataclasses.replace(given, text=text)


# A cell of roles, each labelled: "Leder: Björn Johansen / Stedfortræder: Mikkel Munk"
_LABELLED_PARTS = re.compile(r"\s*[/;|]\s*")
_LABELLED = re.compile(r"^([^\W\d_][^:]{0,38}):\s*(\S.*)$")
# A deputy beside the leader: who stands in when the leader is away, not who leads
DEPUTY = frozenset({"stedfortræder", "stedfortrædende", "stedfortræderen", "souschef", "stf",
                    "deputy", "vice", "viceleder", "næstkommanderende", "substitute"})


def _not_the_deputy(text: str) -> str:
    """A cell of labelled roles read by the one that is no deputy ("Leder: Björn Johansen /
    Stedfortræder: Mikkel Munk" → Björn Johansen), a leader labelled so ("Leder: Mikkel
    Munk") by the name; the cell as it is where more than one, or
    none, is left (a chain of two leaders: "Afdelingsdirektør: … / Teamleder: …")."""
    parts = [_LABELLED.match(p) for p in _LABELLED_PARTS.split(text.strip()) if p]
    if len(parts) == 1 and parts[0] is not None and leads(parts[0].group(1)) and len(
            parts[0].group(1).split()) <= 2:
        return parts[0].group(2).strip()  # "Leder: Mikkel Munk": the leader, labelled
    if len(parts) < 2 or not all(parts):
        return text
    kept = [m.group(2).strip() for m in parts if m is not None and not DEPUTY.intersection(
        w.rstrip(".").casefold() for w in m.group(1).replace("-", " ").split())]
    return kept[0] if len(kept) == 1 else text


# A name and a title set apart by a dash with spaces around it ("Anne Jørgensen – Bankdirektør";
# not the hyphen of "Anne-Mette")
_DASHED = re.compile(r"\s+[-–—]\s+")
# The steps of a management line set apart by an arrow: "Direktør > Jens Madsen"
ARROW = re.compile(r"->|=>|>|»|›|→|\|")


# How readings() read a cell, as `mus check` says it.
LINE, WITH_ID, TITLE = "line", "with-id", "title"
SEVERAL = "several"  # two people named in one cell: "Mette Fog; Niels Schøler"
TITLE_FIRST = "title-first"  # "Afdelingssygeplejerske Jørgen Mølgaard"
POSITION = "position"  # "Forstander": the one who holds that job title
BY_UNIT = "by-unit"  # "Mette", two Mettes lead: the one who leads the employee's unit
BRACKETED = "bracketed"  # "Chef for Borgerservice (Jørgen Pedersen)": the name in brackets
BY_TITLE = "by-title"  # "Louise", two Louises: the only one whose job title says they lead
POST_IN_UNIT = "post-in-unit"  # "Afdelingsleder, Montage": who holds that title in that unit


def _bracketed(text: str) -> tuple[str, str] | None:
    """A cell and what brackets at its end say ("Chef for Borgerservice (Jørgen Pedersen)"),
    looked for only in a cell that ends in one."""
    return aside(text) if text.endswith(")") else None


def reading_kind(text: str, parts: tuple[str, ...]) -> str:
    if len(parts) == 2:
        return WITH_ID
    if (bracketed := _bracketed(text)) and bracketed[1] == parts[0]:
        return BRACKETED
    return LINE if STEP.search(text) and parts[0] not in text.split(",") else TITLE


def line_steps(text: str) -> list[str]:
    """The steps of a management line ("Direktør > Jens Madsen", "A / B / C"), top first; one
    step for a cell that is no line."""
    return [step.strip() for step in _STEPS.split(text) if step.strip()]


def readings(text: str) -> list[tuple[str, ...]]:
    """What else a leader cell may say beside itself: the last step of a management line, a
    full name beside a title after a comma, or a name written with an ID after or before it
    (``Helle Nielsen KK001``, found by either part where the other finds nobody, but never by
    an ID as short as "2" alone, so "Leder IT 2" is not employee 2; where both parts find
    someone, they must agree)."""
    out: list[tuple[str, ...]] = []
    if STEP.search(text):
        steps = line_steps(text)
        if len(steps) >= 2:
            text = steps[-1]
            out.append((text,))
    apart = _ID_APART.match(text)  # "1001 - Jens Madsen", "Jens Madsen: KK001"
    if apart:
        ident, name = (apart.group(1), apart.group(2)) if apart.group(1) else (
            apart.group(4), apart.group(3))
        out.append((ident, name))
        return out
    # "Chef for Borgerservice (Jørgen Pedersen)": a name after a title
    bracketed = _bracketed(text)
    if bracketed and len(bracketed[1].split()) >= 2 and not has_digit(bracketed[1]) and (
            "@" not in bracketed[1]):
        out.append((bracketed[1],))
    if text.count(",") == 1:  # "Jens Madsen, Direktør": the name before its title
        head, tail = (t.strip() for t in text.split(","))
        out += [(part,) for part in (head, tail) if len(part.split()) >= 2]
    elif len(dashed := _DASHED.split(text)) == 2:  # "Anne Jørgensen – Bankdirektør", a dash
        out += [(part.strip(),) for part in dashed if len(part.split()) >= 2]
    words = text.split()
    if (len(words) >= 3 or (len(words) == 2 and "," not in text)) and any(
            c.isdigit() for c in text):
        digits = [any(c.isdigit() for c in w) for w in words]
        if digits[-1] and not any(digits[:-1]):
            out.append((words[-1], " ".join(words[:-1]).rstrip(":;-–,")))
        elif digits[0] and not any(digits[1:]):
            out.append((words[0].rstrip(":;-–,"), " ".join(words[1:])))
    return out


# Initials written with full stops: "S.F.R.", "å.t.h.", "J. B."
_DOTTED = re.compile(r"^(?:[^\W\d_]\.\s?){1,4}[^\W\d_]\.?$")


def kind_of(text: str) -> str:
    if _DOTTED.match(text):
        return "initials"
    if text[:4] == "http" and text.startswith(("https://", "http://")):
        return "link"  # an intranet profile's address: found by a column of everyone's own
    if is_dn(text):
        return "dn"
    if is_guid(text):
        return "guid"
    if "@" in text and not aside(text):
        return "e-mail"
    if text.isdigit() or _SLASHED_CODE.match(text):
        return "number"  # (a code with a slash: InsERT's "PR/0017" names its employee)
    if " " not in text.strip() and "," not in text and (
            looks_like_initials(text) or (_USER_ID.match(text) and not text.isdigit())):
        return "initials"  # initials, a user name or a user ID such as "u100"
    return "name"


def lookup_keys(given: Given, kind: str) -> list[str]:
    """The keys to look the leader up by, in order (readings() are tried before the e-mail)."""
    keys = []
    if given.number:  # an employee number, or the user ID some systems give leaders by
        keys += [f"n:{given.number.casefold()}", f"i:{given.number.casefold()}"]
        if given.number[:1] == "0" and given.number.isdigit():  # "00101" is 101 too
            keys.append(f"n:{given.number.lstrip('0') or '0'}")
    if given.text:
        keys += text_keys(given.text, kind)
    return keys


def text_keys(text: str, kind: str) -> list[str]:
    keys = []
    if text:
        if kind == "dn":
            keys += [f"d:{normal_dn(text)}", f"p:{normal_name(dn_name(text))}"]
        elif kind == "guid":
            keys += [f"g:{text.strip('{}').casefold()}", f"i:{text.strip('{}').casefold()}"]
        elif kind == "link":
            keys += [f"i:{text.casefold()}", f"i:{text.casefold().rstrip('/')}"]
        elif kind == "e-mail":  # an address, or a user principal name kept as a user name
            keys += [f"e:{text.casefold()}", f"i:{text.casefold()}"]
        elif kind == "number":
            keys += [f"n:{text.casefold()}", f"i:{text.casefold()}"]
            if text[:1] == "0":
                keys.append(f"n:{text.lstrip('0') or '0'}")
        elif kind == "initials":
            if _DOTTED.match(text):  # "S.F.R." is SFR
                text = "".join(c for c in text if c.isalpha())
            keys += [f"i:{text.casefold()}", f"n:{text.casefold()}", f"p:{normal_name(text)}"]
            keys += [f"u:{local}" for local in as_address(text.casefold())]
        else:
            keys += [f"p:{normal_name(shown_as_written(text, kind))}", f"p:{normal_name(text)}"]
            bracketed = aside(text)
            if bracketed:  # "Hanne Kjær (HKJ)": the name, then what the brackets say
                outer, inner = bracketed[0], bracketed[1].casefold()
                keys += [f"p:{normal_name(shown_as_written(outer, 'name'))}", f"i:{inner}",
                         f"n:{inner}", f"e:{inner}"]
    return keys


def name_beside_number(text: str) -> str:
    """The name of a leader written with their number ("9001 - Ib Lund", "Ib Lund (9001)",
    "Ib Lund: 9001"), to show where the number finds nobody; "" for any other text."""
    apart = _ID_APART.match(text)
    if apart:
        ident, name = (apart.group(1), apart.group(2)) if apart.group(1) else (
            apart.group(4), apart.group(3))
    else:
        bracketed = aside(text)
        if not bracketed:
            return ""
        name, ident = bracketed
    ident, name = ident.strip(), name.strip(" :;-–,")
    if " " in ident or not any(c.isdigit() for c in ident) or any(c.isdigit() for c in name):
        return ""
    return name if len(name.split()) >= 2 else ""


def shown_as_written(text: str, kind: str) -> str:
    """What a form shows for a leader not in the list: the text, its name where it is a
    distinguished name, ``Fornavn Efternavn`` where it was written last name first."""
    if kind == "dn":
        return dn_name(text) or text
    steps = line_steps(text) if STEP.search(text) else []
    if len(steps) >= 2:  # a management line: its last step is the nearest leader
        return shown_as_written(steps[-1], kind_of(steps[-1]))
    if kind == "name":
        name = name_beside_number(text)
        if name:
            return name
        bracketed = _bracketed(text)
        if bracketed and len(bracketed[0].split()) >= 2 and len(
                bracketed[1].split()) == 1 and not has_digit(bracketed[1]):
            # "Dahl Henrik (Danija)", "Dahl, Henrik (Danija)": one word after the name, the
            # country they sit in or a nickname; the name as a name is shown
            return shown_as_written(bracketed[0], kind)
        if bracketed and "," not in bracketed[0] and len(bracketed[0].split()) >= 2 and (
                "," in bracketed[1] or a_firm(bracketed[1])):
            # "Karin Lindström (Group CEO, Stockholm)": the comma is the note's, not a name's
            # turned around; "Kasper Bremer (Nordlys A/S)": the company they sit in; the name
            # before the note
            return bracketed[0]
        try:
            return turn_around(text)[0]
        except ValueError:
            return text
    return text


# A leader's word: in a role or title ("Teamleder", "Køkkenchef"), and for a leader who is not
# in the list (the list itself cannot vouch for them).
LEADS = re.compile(r"(?:leder|leiar|lead|leader|manager|chef|sjef|forstander|styrer|"
                   r"head|supervisor|director|direktør|ansvarlig|\bansv\.|\bc[eofot]o\b|"
                   r"indehaver|\bejer|medejer)",  # a small firm's owner leads it ("Gadefejer":
                   re.IGNORECASE)  # a sweeper, no owner; "Product Owner" leads no one)


def leads(text: str) -> bool:
    """A role whose last word says they lead ("leder", "teamleder", "Køkkenchef", "Team
    lead"), not one that only holds such a word ("Lederens sekretær")."""
    words = text.split()
    if len(words) >= 3 and words[1].casefold() in ("af", "for", "of") and re.fullmatch(
            LEADS.pattern, words[0], re.IGNORECASE):
        return True  # "Leder af Hovedbiblioteket", "Chef for IT", "Head of Sales"
    return bool(words) and LEADS.search(words[-1]) is not None and re.search(
        LEADS.pattern + "$", words[-1], re.IGNORECASE) is not None and not words[
        -1].casefold().endswith(_GUIDES)


# The head of the whole organisation by title: its owner, its (managing) director, the head
# of an institution; not a director of one part ("Salgsdirektør", "Director of Sales")
_HEAD_OF_ALL = re.compile(
    r"^(?:(?:adm\.?|administrerende|administrerande|verkst[æä]llande)\s*direkt[øoö]r|"
    r"direkt[øoö]r|direktion|indehaver|ejer|owner|founder|stifter|ceo|"
    r"managing director|general manager|daglig leder|forstander|vd)"
    r"(?:\s*(?:og|&|and|/|,)\s*(?:indehaver|ejer|owner|founder|stifter|partner))?$",
    re.IGNORECASE)


def heads_all(title: str) -> bool:
    """A title that says its person heads the whole organisation ("Indehaver", "Adm.
    direktør", "CEO", "Direktør og ejer", "Indehaver, urmagermester")."""
    title = " ".join(title.replace("(", " ").replace(")", " ").split())
    # (or as one of the posts a title joins: "Indehaver, urmagermester")
    return bool(_HEAD_OF_ALL.match(title)) or any(
        _HEAD_OF_ALL.match(part.strip()) for part in JOINED.split(title) if part.strip())


# "Vejleder" is a word of its own (a counsellor, guide: "Læsevejleder", "AKT-vejleder"), though
# it ends in "leder": it leads nobody
_GUIDES = ("vejleder", "vejledere")


# A unit of the organisation's top management: its leader is the one above every other
# unit's leader where nothing says whom they report to
TOP_UNITS = frozenset({"direktion", "direktionen", "ledelse", "ledelsen", "topledelse",
                        "topledelsen", "direktør", "management", "executive", "executives",
                        "koncernledelse", "koncernledelsen", "direktionssekretariat",
                        "hovedkontor", "hovedkontoret", "head office", "headquarters"})


# the staff functions a top management's unit is named together with
_STAFF_UNITS = frozenset({"administration", "adm", "sekretariat", "sekretariatet", "stab",
                          "staben", "økonomi", "kontor", "kontoret", "administrationen"})


def top_unit(name: str) -> bool:
    """A unit of the top management by its name ("Direktion"), or by a compound that ends in
    one ("Centerledelse", "Koncerndirektion"), also after a dash ("Fritid & Ungdom –
    fællesledelse")."""
    folded = " ".join(name.casefold().split())
    if " – " in folded or " - " in folded:  # "Fritid & Ungdom – fællesledelse"
        folded = re.split(r" [–-] ", folded)[-1]
    first = re.split(r"\s+(?:og|&|and)\s+|\s*&\s*", folded)
    if len(first) == 2 and first[0] in TOP_UNITS and first[1] in _STAFF_UNITS:
        return True  # "Ledelse og administration", "Direktion & sekretariat"
    return folded in TOP_UNITS or (" " not in folded and folded.endswith(
        ("ledelse", "ledelsen", "direktion", "direktionen")) and folded != "ingen ledelse")

