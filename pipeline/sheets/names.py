"""People and the ways directories and HR systems write them: ``Efternavn, Fornavn``, LDAP
distinguished names, object GUIDs, initials, and the traces of a bad export (``KjÃ¦r`` from a
file decoded in the wrong encoding, ``?stergaard`` from PowerShell's ASCII encoding)."""

from __future__ import annotations

import re
import unicodedata

_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}\}?$")
_DN = re.compile(r"^\s*(?:CN|OU|UID)\s*=", re.IGNORECASE)
_INITIALS = re.compile(r"^[^\W\d_]{2,8}\d{0,3}$")
# Danish and other Latin letters encoded as UTF-8 and decoded again as Windows-1252/Latin-1.
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
                       "\u203a\u20ac\u2122]")
_ASCII_HOLE = re.compile(r"[^\W\d_]\?[^\W\d_]|(?:^|[\s\-])\?[^\W\d_]"
                         r"|[^\W\d_]\?(?:$|[\s\-])")


_ASIDE = re.compile(r"^\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*$")


def aside(text: str) -> tuple[str, str] | None:
    """A text and what one pair of brackets after it says: "Hanne Kjær (HKJ)", "Tove Rødgaard
    (10201)" → ("Hanne Kjær", "HKJ"); None where the text is not so written. What the brackets
    hold (initials, a number, an address) is for the caller to judge."""
    found = _ASIDE.match(text)
    return (found.group(1), found.group(2)) if found else None


def is_guid(text: str) -> bool:
    return bool(_GUID.match(text.strip()))


_OBJECT_ID = re.compile(r"^[A-Za-z0-9]{16,64}$")


def is_object_id(text: str) -> bool:
    """A system's key for a person, not a name: a GUID, or a run of 16 or more letters and
    digits with at least three of each (``c7cba3aedbded25809ea7163``, ``00u1ab2cd3EF4gh5ij6``);
    a name has no digits and a number no letters."""
    text = text.strip()
    if is_guid(text):
        return True
    if not _OBJECT_ID.match(text):
        return False
    digits = sum(c.isdigit() for c in text)
    return digits >= 3 and len(text) - digits >= 3


def is_dn(text: str) -> bool:
    return bool(_DN.match(text)) and "=" in text


def looks_like_initials(text: str) -> bool:
    """``JØS``, ``jos``, ``abc12``: one short word, as user names and initials are."""
    return bool(_INITIALS.match(text.strip()))


def turn_around(name: str) -> tuple[str, str]:
    """``Kjær, Mette`` → (``Mette Kjær``, ``Mette``): the name as said, and the given names.
    A name without a comma is returned as it is, with no given names. Raises ValueError for a
    name with several commas (nobody can tell which part is which)."""
    if "," not in name:
        return name, ""
    if name.rstrip().endswith(")") and "(" in name and "," not in name[:name.rindex("(")]:
        return name, ""  # "Ragnhild Kristiansen (opsagt, stopper 31/1)": the comma is the
        # remark's, after the name
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and _DEGREE.match(parts[1]):
        return name, ""  # "Camilla Møller, ph.d.": a degree after the name, not given names
    if len(parts) != 2 or not all(parts):
        raise ValueError(name)
    last, given = parts
    return f"{given} {last}", given


# A degree or title after a name and a comma: "ph.d.", "dr.med.", "cand.scient.", "PhD", "MSc"
# (abbreviations with points, small letters first; or a short one in capitals and small)
_DEGREE = re.compile(r"^(?:[a-zæøå]{2,}\.(?:\s?[a-zæøå]+\.?)*|(?i:ph\.?\s?d\.?|m\.?sc\.?|"
                     r"b\.?sc\.?|mba|jr\.?|sr\.?))$")


_NOTES = re.compile(r"/(?:ou|o|c)=", re.IGNORECASE)  # a Notes name's next part


def _rdns(dn: str) -> list[tuple[str, str]]:
    """``CN=Østergaard\\, Jens,OU=Ledere`` → [("cn", "Østergaard, Jens"), ("ou", "Ledere")];
    a Lotus Notes name sets its parts apart by "/" (``CN=Hanne Eriksen/OU=Borgmest/O=Smaaby``)."""
    parts: list[tuple[str, str]] = []
    current: list[str] = []
    apart = ",;/" if "," not in dn and _NOTES.search(dn) else ",;"
    i = 0
    while i <= len(dn):
        ch = dn[i] if i < len(dn) else ","
        if ch == "\\" and i + 1 < len(dn):
            pair = dn[i + 1:i + 3]
            if re.fullmatch(r"[0-9A-Fa-f]{2}", pair):
                hex_bytes = bytearray()
                while re.fullmatch(r"\\[0-9A-Fa-f]{2}", dn[i:i + 3]):
                    hex_bytes.append(int(dn[i + 1:i + 3], 16))
                    i += 3
                current.append(hex_bytes.decode("utf-8", errors="replace"))
                continue
            current.append(dn[i + 1])
            i += 2
            continue
        if ch in apart:
            attr, _, value = "".join(current).partition("=")
            if attr.strip():
                parts.append((attr.strip().casefold(), value.strip()))
            current = []
        else:
            current.append(ch)
        i += 1
    return parts


def dn_name(dn: str) -> str:
    """The person's name from their distinguished name (its first CN), as said:
    ``CN=Østergaard\\, Jens,OU=…`` → ``Jens Østergaard``."""
    for attr, value in _rdns(dn):
        if attr == "cn":
            try:
                return turn_around(value)[0]
            except ValueError:
                return value
    return ""


_INNER_INITIALS = re.compile(r"\s*\(\s*[A-ZÆØÅ]{2,5}\s*\)(?=\s|$)")


def without_initials(name: str) -> str:
    """A name as Outlook's address book shows it, initials in brackets inside it ("Emil (ERØ)
    Rødgaard"), without them; a name it would leave a single word of is kept as written."""
    if "(" not in name:
        return name
    bare = " ".join(_INNER_INITIALS.sub(" ", name).split())
    return bare if len(bare.split()) >= 2 else name


# A name people go by, in brackets inside or after the name: "Anne-Marie (Mie) Sønderby",
# "Birthe Krog (Bitten)". A word with a capital first and small letters after: initials in
# capitals are Outlook's.
_NICKNAME = re.compile(r"^\s*(\S[^()]*?)\s*\(\s*([A-ZÆØÅ][^\W\d_'’\-]*[a-zæøå]"
                       r"[^\W\d_]*)\s*\)\s*([^()]*?)\s*$")


def nicknames(name: str) -> tuple[str, ...]:
    """The other names a name with a nickname in brackets is said by: "Anne-Marie (Mie)
    Sønderby" → ("Anne-Marie Sønderby", "Mie Sønderby"); () for any other name."""
    found = _NICKNAME.match(name) if "(" in name else None
    if found is None:
        return ()
    before, nick, after = found.groups()
    if after:  # inside: first name(s), the nickname, the last name
        return (f"{before} {after}", f"{nick} {after}")
    words = before.split()  # after the whole name: "Birthe Krog (Bitten)"
    return (before, f"{nick} {words[-1]}") if len(words) >= 2 else ()


def dn_unit(dn: str) -> str:
    """The organisational unit a directory keeps the person in: the first OU of their
    distinguished name (``CN=Ida Dahl,OU=Havn,OU=Medarbejdere,…`` → ``Havn``)."""
    return next((value for attr, value in _rdns(dn) if attr == "ou"), "")


def normal_dn(dn: str) -> str:
    """A distinguished name in one spelling, to compare two of them."""
    return ",".join(f"{a}={v.casefold()}" for a, v in _rdns(dn))


def normal_name(name: str) -> str:
    """A name in one spelling, to compare two of them: NFC (a Mac's decomposed "ø" is the
    same "ø"), case and spaces do not matter."""
    if not name.isascii():
        name = unicodedata.normalize("NFC", name)
    return " ".join(name.casefold().split())


_DOUBLE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})
_SINGLE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u"})


def ascii_names(name: str) -> tuple[str, ...]:
    """The ways a name with æ, ø, å (or an accent) is written without them: "Søren Møller" →
    ("soeren moeller", "soren moller"); () for a name that has none."""
    said = normal_name(name)
    if said.isascii():
        return ()
    out = []
    for table in (_DOUBLE, _SINGLE):
        folded = said.translate(table)
        if not folded.isascii():  # "José": the letter without its accent
            folded = "".join(c for c in unicodedata.normalize("NFD", folded)
                             if not unicodedata.combining(c))
        out.append(folded)
    return tuple(dict.fromkeys(out))


def garbled(text: str) -> bool:
    """``Mette KjÃ¦r``: text that went through the wrong encoding on its way here."""
    return bool(_MOJIBAKE.search(text))


def ascii_holes(text: str) -> bool:
    """``?stergaard``, ``Kj?r``: letters an ASCII export could not write became question
    marks."""
    return bool(_ASCII_HOLE.search(text))
