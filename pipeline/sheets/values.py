"""Turning what a cell holds into the text, date or yes/no that HR meant."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from typing import Any

# parts of one cell joined: "Lager og Forsendelse", "Stilling / afdeling", "Direktør & ejer"
JOINED = re.compile(r"\s+(?:og|and|samt)\s+|\s*[/&,+]\s*", re.IGNORECASE)

_SPACE = re.compile(r"\s+")


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def cell_text(value: Any) -> str:
    """A cell as HR sees it: 1007.0 is "1007", "00042" stays, stray spaces go."""
    if value is None:
        return ""
    if type(value) is str:
        text = value.strip()
        if text.isprintable() and "  " not in text:  # no tab, line break or no-break space
            return text
        # invisible characters pasted from the web or Word (zero-width space, soft hyphen)
        text = text.translate(_INVISIBLE)
        return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return _SPACE.sub(" ", str(value).replace("\u00a0", " ")).strip()


def parse_date(value: Any) -> dt.date | None:
    """A date from a date cell or from text as Danes write it (a slash date as day/month).
    Raises ValueError if not a date."""
    from pipeline.sheets.dates import DMY, read_date

    return read_date(value, DMY)


_YES = {"ja", "j", "yes", "y", "x", "true", "sand", "1", "påkrævet", "required"}
_NO = {"nej", "n", "no", "false", "falsk", "0", ""}


def parse_yes_no(value: Any) -> bool:
    """ja/nej, yes/no, x or empty. Raises ValueError for anything else."""
    text = cell_text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(text)


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether the text holds a digit anywhere (a name has none; a phone number, a key or a
    number does): one compiled test for every reader that asks."""
    return _DIGIT.search(text) is not None


_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[A-Za-z]{2,}$")


def mail_domain(text: str) -> str:
    """The domain of an address, in lower case ("" for a text without "@")."""
    return text.rpartition("@")[2].strip().casefold() if "@" in text else ""


def valid_email(text: str) -> bool:
    """An address a mail server will take: one @, a domain with a dot, nothing in between.
    ``mus check`` warns about the addresses that ``mus mail`` will not send to, by this one
    test."""
    return bool(_ADDRESS.match(text))


_BETWEEN_ADDRESSES = re.compile(r"\s*[;,]\s*|\s+")


# Exchange's proxyAddresses ("SMTP:ana@x.dk;smtp:ab@x.dk;X500:/o=…"): the primary address is
# the one its upper-case "SMTP:" marks
_PRIMARY_SMTP = re.compile(r"(?:^|[;,\s])SMTP:([^;,\s]+@[^;,\s]+)")


def primary_smtp(text: str) -> str:
    """The primary address of an Exchange address list, or "" for any other cell."""
    match = _PRIMARY_SMTP.search(text) if "SMTP:" in text else None
    return match.group(1) if match and valid_email(match.group(1)) else ""


def several_addresses(text: str) -> list[str]:
    """The addresses of a cell that holds two or more and nothing else ("ny@x.dk; gl@y.dk",
    as a merger leaves them, or Outlook's "a@x.dk, b@x.dk"); [] for any other cell."""
    if text.count("@") < 2:
        return []
    parts = [p for p in _BETWEEN_ADDRESSES.split(text.strip()) if p]
    return parts if len(parts) >= 2 and all(valid_email(p) for p in parts) else []


def lone_texts(rows: Iterable[tuple[int, Sequence[Any]]], skip: Container[int] = ()
               ) -> Iterator[tuple[int, str]]:
    """Each row outside ``skip`` whose one filled cell holds text, with that text: a line on
    the sheet (a note, a legend), told from the list's rows without reading their every cell
    as text (a cell of spaces is empty)."""
    for row, values in rows:
        if row in skip:
            continue
        filled = [v for v in values if v is not None and not (isinstance(v, str) and not
                                                               v.strip())]
        if len(filled) == 1 and isinstance(filled[0], str):
            yield row, cell_text(filled[0])
