"""From what a field shows to the value it means: text, a number on the scale, yes/no, a date."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from pipeline.formspec import FieldKind
from pipeline.model import Value
from pipeline.sheets.dates import MONTHS
from pipeline.texts import placeholders, status_values, yes_no_values

# The placeholders of forms made by earlier versions of mus: a form generated before an update
# and returned after it still shows them.
LEGACY_PLACEHOLDERS = frozenset({
    "Klik her og skriv dit svar.", "Klik her og skriv.", "Vælg et svar.", "Vælg på skalaen.",
    "Vælg en dato.", "Click here and write your answer.", "Click here and write.",
    "Choose an answer.", "Choose on the scale.", "Choose a date.",
})
PLACEHOLDERS = sorted(placeholders() | LEGACY_PLACEHOLDERS, key=len, reverse=True)
_PLACEHOLDER_SET = {p.casefold() for p in PLACEHOLDERS}
_PLACEHOLDER_TUPLE = tuple(PLACEHOLDERS)
PLACEHOLDER_TEXTS = frozenset(PLACEHOLDERS)  # as they stand in a form's controls
_PLACEHOLDER_EXACT = PLACEHOLDER_TEXTS | {""}
_YES_NO = yes_no_values()
_STATUSES = status_values()
_LEADING_INT = re.compile(r"^\s*(-?\d+)\b")
_NUMBER_ALONE = re.compile(r"^\s*(-?\d+)\s*[.)]?\s*$")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_STEP_PREFIX = re.compile(r"^-?\d+\s*-\s*")


class Unreadable(ValueError):
    """The field holds something, but not what its kind allows."""

    def __init__(self, expected: str, shown: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.shown = shown  # what the field shows, kept for HR to see (never in a message)


@dataclass(frozen=True)
class Raw:
    """What a field shows, before it means anything."""

    text: str = ""
    full_date: str = ""
    checked: bool | None = None
    showing_placeholder: bool = False
    items: tuple[tuple[str, str], ...] = ()  # a drop-down's (display text, value) pairs
    # The table cell whose whole text this is, where it was read from the cell rather than from
    # the control alone (collect/accounting.py counts that text as the answer's).
    cell: etree._Element | None = field(default=None, compare=False, repr=False)


def clean_text(text: str) -> str | None:
    """Answer text as typed: placeholder gone, lines trimmed at the ends, None when empty."""
    if text in _PLACEHOLDER_EXACT:  # the common case, untouched: no need to look closer
        return None
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    stripped = text.strip()
    if not stripped or stripped.casefold() in _PLACEHOLDER_SET:
        return None
    if stripped.startswith(_PLACEHOLDER_TUPLE):  # typed after the placeholder, not over it
        for placeholder in PLACEHOLDERS:
            if stripped.startswith(placeholder):
                stripped = stripped[len(placeholder):].strip()
                break
    elif stripped.endswith(_PLACEHOLDER_TUPLE):  # typed in front of it
        for placeholder in PLACEHOLDERS:
            if stripped.endswith(placeholder):
                stripped = stripped[:-len(placeholder)].strip()
                break
    if "\n" not in stripped:
        return stripped or None
    lines = [line.rstrip() for line in stripped.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) or None


def convert(raw: Raw, kind: FieldKind, scale: tuple[int, int]) -> Value:
    """The field's value, None when unanswered; Unreadable when it holds something else.

    Text that is not a placeholder (of this version of mus or an earlier one) is an answer,
    whatever the placeholder flag says: LibreOffice leaves the flag on a drop-down or date typed
    into."""
    if kind is FieldKind.CHECK:
        return raw.checked
    text = clean_text(raw.text)
    if kind is FieldKind.DATE:
        return _date(text, "" if raw.showing_placeholder else raw.full_date)
    if text is None:
        return None
    if kind in (FieldKind.TEXT, FieldKind.LINE):
        return text
    one_line = " ".join(text.split())
    if kind in (FieldKind.SCALE, FieldKind.RATING):
        return _step(one_line, raw.items, scale)
    if kind is FieldKind.YESNO:
        answer = _YES_NO.get(one_line.casefold())
        if answer is None:
            item = _item(one_line, raw.items)
            answer = _YES_NO.get(item.casefold()) if item is not None else None
        if answer is None:
            raise Unreadable("yes or no", text)
        return answer
    if not raw.items:  # CHOICE read from the layout: the text is all there is
        return one_line
    item = _item(one_line, raw.items)
    if item is None:
        raise Unreadable("one of the choices", text)
    return item


def _norm(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text).translate(_DASHES).casefold().split())
    return text.rstrip(".").rstrip()


def _item(text: str, items: tuple[tuple[str, str], ...]) -> str | None:
    """The display text of the item ``text`` names, by its display text or its value."""
    whole, _ = _item_table(items)
    found = whole.get(text) or whole.get(_norm(text))
    return found[0] if found else None


def _step(text: str, items: tuple[tuple[str, str], ...], scale: tuple[int, int]) -> int:
    """A step of the scale: an item by its text, its label alone or its number alone."""
    low, high = scale
    number: int | None
    alone = _NUMBER_ALONE.match(text)
    if alone:
        number = int(alone.group(1))
    elif items:
        whole, labels = _item_table(items)
        found = whole.get(text)  # as picked: the item itself
        if found is None:
            wanted = _norm(text)
            found = whole.get(wanted) or labels.get(wanted)
        number = found[1] if found else None
    else:  # read from the layout: what the drop-down showed
        leading = _LEADING_INT.match(text)
        number = int(leading.group(1)) if leading else None
    if number is None or not low <= number <= high:
        raise Unreadable(f"one of {low}–{high}", text)
    return number


_Entry = tuple[str, int | None]  # an item's display text and the number it starts with


@functools.lru_cache(maxsize=256)
def _item_table(items: tuple[tuple[str, str], ...]) -> tuple[dict[str, _Entry],
                                                            dict[str, _Entry]]:
    """A drop-down's items by every way of naming them: as written and normalised, by display
    text or value; and by their label alone ("I nogen grad" for "3 – I nogen grad"). The same
    few item lists serve every form, so each is worked out once."""
    whole: dict[str, _Entry] = {}
    labels: dict[str, _Entry] = {}
    for display, value in items:
        for candidate in (display, value):
            leading = _LEADING_INT.match(candidate)
            entry = (display or value, int(leading.group(1)) if leading else None)
            norm = _norm(candidate)
            for key in (candidate, norm):
                whole.setdefault(key, entry)
            labels.setdefault(_STEP_PREFIX.sub("", norm), entry)
    return whole, labels


# --- dates ---------------------------------------------------------------------------------

_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y",
                 "%d.%m.%y", "%m/%d/%Y", "%Y/%m/%d", "%Y.%m.%d")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:\w+,?\s+)?(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^(?:\w+,?\s+)?([a-zæøå]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+"
                             r"(\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """A date as people write it in Danish and English: 14-03-2027, 14.3.27, 2027-03-14,
    14/03/2027, 14. marts 2027, 14 March 2027, March 14, 2027."""
    one_line = " ".join(text.split())
    compact = one_line.replace(" ", "")
    numeric = _NUMERIC_DATE.match(compact)
    if numeric:  # the usual way, read without strptime (a form has several dates)
        day, _, month, year = numeric.groups()
        try:
            return dt.date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
        except ValueError:
            pass  # 03/14/2027: the American way, below
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(compact, fmt).date()
        except ValueError:
            continue
    lower = one_line.casefold()
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        match = pattern.match(lower)
        if match and match.group(month_group) in MONTHS:
            try:
                return dt.date(int(match.group(3)), MONTHS[match.group(month_group)],
                               int(match.group(day_group)))
            except ValueError:
                return None
    return None


def _date(text: str | None, full_date: str) -> dt.date | None:
    """What a date field means: the date it shows; the date picked when it shows none, or when
    what it shows reads as that date too (14/03 is the 14th of March, not the 3rd of the 14th)."""
    picked = None
    if full_date:
        try:
            picked = dt.date.fromisoformat(full_date[:10])
        except ValueError:
            picked = None
    if text is None:
        return picked
    shown = parse_date(text)
    if picked is not None and shown != picked and _can_read_as(text, picked):
        return picked
    if shown is None:
        raise Unreadable("a date", text)
    return shown


def _can_read_as(text: str, day: dt.date) -> bool:
    compact = "".join(text.split())
    for fmt in _DATE_FORMATS:
        try:
            if dt.datetime.strptime(compact, fmt).date() == day:
                return True
        except ValueError:
            continue
    return False


def status(text: str | None) -> str | None:
    """A previous goal's status in the workbook's words (Danish), whatever the form's language."""
    if text is None:
        return None
    return _STATUSES.get(text.casefold(), text)
