"""CPR numbers (the Danish personal ID) stay out of everything mus writes or prints.

One scan finds them wherever they are: ``ddmmyy-xxxx`` (with a hyphen, dash or space) and ten
digits in a row, when the first six form a date; a number cell of nine or ten digits that does
(Excel drops the leading zero). A CPR number is a token of its own: digits inside a longer
token of letters and digits (an object ID such as ``…-0401134831c7``, a hash) cannot be one by
their form and are left alone; a word before the number (``CPR1403718812``) still is. A column
that holds them (by its header or by most of its cells)
is dropped when the list is read; a cell anywhere else that holds one is never copied into a
form, the manifest, a mail, a workbook or a message: the row is named with the number masked
(``140371-XXXX``) and what to do. ``mask_cpr`` is the same scan used to mask any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.sheets.headers import normalise_header

CPR_HEADERS = ("CPR", "CPR-nr.", "CPR-nummer", "CPR nr", "Cpr.nr.", "CPRNR", "Personnummer",
               "Personnr.", "Person nr.", "CPR-no.", "CPR number", "Civil registration number",
               "Social security number", "SSN", "National ID", "National identification number",
               # the same number of a Danish group's companies abroad: a person's national
               # number, never an employee number (Norway, Iceland, Finland, Estonia,
               # Lithuania, Latvia, Poland, Belgium, the Netherlands, Germany, the UK)
               "Fødselsnummer", "Kennitala", "Henkilötunnus", "Isikukood", "Asmens kodas",
               "Personas kods", "PESEL", "Rijksregisternummer", "Burgerservicenummer", "BSN",
               "Sozialversicherungsnummer", "National Insurance number", "NI number")
_CPR_NAMES = {normalise_header(h) for h in CPR_HEADERS}
# Six digits, maybe a hyphen, dash or one space, four digits; no digit on either side.
_SCAN = re.compile(r"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})[-\u2010-\u2014 ]?([0-9]{4})"
                   r"(?![0-9])")
# The quick test, before the real one: six digits, maybe a separator, three more (a CPR number
# stored as a number has nine when it lost its leading zero). It starts with a digit, so the
# regex engine skips to digits in C.
_QUICK = re.compile(r"[0-9]{6}(?:[0-9]{3}|[-\u2010-\u2014 ][0-9]{3})")
_NINE = re.compile(r"(?<![0-9])([0-9])([0-9]{2})([0-9]{2})[0-9]{4}(?![0-9])")
# A GUID (8-4-4-4-12 hex digits) or a run of 16 or more hex digits with letters and digits: an
# identifier by its form, never a CPR number.
_GUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_HEX = re.compile(r"[0-9A-Fa-f]{16,}")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
REFUSAL = ("mus never reads or writes CPR numbers: they stay in the employee list and never "
           "reach a form, a mail, the manifest or a workbook.")
WHAT_TO_DO = ("Remove the CPR number from the cell (keep CPR numbers in a column of their own, "
              "headed \"CPR-nr.\", which mus leaves out) and run the command again.")


def is_cpr_header(header: str) -> bool:
    norm = normalise_header(header)
    return norm in _CPR_NAMES or norm.startswith("cpr")


def _is_date(day: str, month: str, year: str) -> bool:
    d, m = int(day), int(month)
    if not 1 <= m <= 12 or not 1 <= d <= _DAYS[m - 1]:
        return False
    return not (m == 2 and d == 29 and int(year) % 4)


def _token_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _inside_token(text: str, match: re.Match[str]) -> bool:
    """The digits are part of a longer token of letters and digits: a letter right after them,
    a digit earlier in the token (``c7`` / ``a1b2…``), or a GUID or hash around them."""
    start, end = match.start(), match.end()
    if end < len(text) and text[end].isalnum():
        return True
    begin = _token_start(text, start)
    if any(c.isdigit() for c in text[begin:start]):
        return True
    if begin == start and end - start == 10 and (start == 0 or text[start - 1] != "-"):
        return False  # the digits alone, the common case
    left = max(0, start - 40)
    return any(m.start() <= start and end <= m.end()
               for pattern in (_GUID, _HEX) for m in pattern.finditer(text, left, end + 40))


def find_cpr(text: str) -> Iterator[re.Match[str]]:
    """Every CPR-shaped number in a text: ``ddmmyy-xxxx`` or ten digits whose first six form a
    date, standing as a token of its own."""
    if len(text) < 10:
        return
    for match in _SCAN.finditer(text):
        if (_is_date(match.group(1), match.group(2), match.group(3))
                and not _inside_token(text, match)):
            yield match


def may_hold_cpr(text: str) -> bool:
    """A quick test before the real one: the text (of a row's cells as shown, joined) has a
    CPR-shaped run of digits at all."""
    return len(text) >= 9 and _QUICK.search(text) is not None


def has_cpr(text: str) -> bool:
    return next(find_cpr(text), None) is not None


def masked(match: re.Match[str]) -> str:
    """``140371-8812`` → ``140371-XXXX``: the date stays (it tells HR which person), the rest
    never."""
    return f"{match.group(1)}{match.group(2)}{match.group(3)}-XXXX"


def _mask_nine(match: re.Match[str]) -> str:
    day, month, year = f"0{match.group(1)}", match.group(2), match.group(3)
    return f"{day}{month}{year}-XXXX" if _is_date(day, month, year) else match.group(0)


def mask_cpr(text: str) -> str:
    """The text with every CPR number in it masked; every other character as it was. Nine
    digits alone that are a CPR number without its leading zero (a number cell, shown in a
    message) are masked too."""
    if len(text) < 9 or not any(c.isdigit() for c in text):
        return text
    parts = []
    last = 0
    for match in find_cpr(text):
        parts += [text[last:match.start()], masked(match)]
        last = match.end()
    text = "".join(parts) + text[last:] if parts else text
    return _NINE.sub(_mask_nine, text)


def first_cpr(text: str) -> str:
    """The first CPR number in a text, masked ("" if none)."""
    match = next(find_cpr(text), None)
    return masked(match) if match else ""


def looks_like_cpr(value: Any) -> bool:
    """The whole cell is one CPR number (text, or a number that lost its leading zero)."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int | float):
        if not float(value).is_integer() or not 10**8 <= value < 10**10:
            return False
        text = f"{int(value):010d}"
    else:
        text = str(value).strip()
    match = next(find_cpr(text), None)
    return match is not None and match.start() == 0 and match.end() == len(text)


def cell_cpr(value: Any, text: str) -> str:
    """The CPR number a cell holds, masked, or "": a number cell that is one, or a text that
    holds one anywhere."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{int(value):010d}"[:6] + "-XXXX" if looks_like_cpr(value) else ""
    return first_cpr(text)


def is_cpr_column(values: Iterable[Any]) -> bool:
    """Most of the column's values are CPR numbers (a few typos do not hide it)."""
    filled = cpr = 0
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        filled += 1
        cpr += looks_like_cpr(value)
    return filled > 0 and cpr >= 0.8 * filled
