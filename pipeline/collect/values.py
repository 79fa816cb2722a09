"""From what a field shows to the value it means: text, a number on the scale, yes/no, a date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from pipeline.formspec import FieldKind
from pipeline.model import Value
from pipeline.texts import placeholders, status_values, yes_no_values

PLACEHOLDERS = sorted(placeholders(), key=len, reverse=True)
_PLACEHOLDER_SET = {p.casefold() for p in PLACEHOLDERS}
_PLACEHOLDER_TUPLE = tuple(PLACEHOLDERS)
_YES_NO = yes_no_values()
_STATUSES = status_values()
_LEADING_INT = re.compile(r"^\s*(-?\d+)\b")
_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y",
                 "%d.%m.%y", "%m/%d/%Y")


class Unreadable(ValueError):
    """The field holds something, but not what its kind allows."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


@dataclass(frozen=True)
class Raw:
    """What a field shows, before it means anything."""

    text: str = ""
    full_date: str = ""
    checked: bool | None = None
    showing_placeholder: bool = False


def clean_text(text: str) -> str | None:
    """Answer text as typed: placeholder gone, lines trimmed at the ends, None when empty."""
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
    if "\n" not in stripped:
        return stripped or None
    lines = [line.rstrip() for line in stripped.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) or None


def convert(raw: Raw, kind: FieldKind, scale: tuple[int, int]) -> Value:
    """The field's value, None when unanswered; Unreadable when it holds something else."""
    if kind is FieldKind.CHECK:
        return raw.checked
    if raw.showing_placeholder:
        return None
    if kind is FieldKind.DATE and raw.full_date:
        try:
            return dt.date.fromisoformat(raw.full_date[:10])
        except ValueError:
            pass
    text = clean_text(raw.text)
    if text is None:
        return None
    if kind in (FieldKind.TEXT, FieldKind.LINE):
        return text
    one_line = " ".join(text.split())
    if kind in (FieldKind.SCALE, FieldKind.RATING):
        match = _LEADING_INT.match(one_line)
        if match and scale[0] <= int(match.group(1)) <= scale[1]:
            return int(match.group(1))
        raise Unreadable(f"a number from {scale[0]} to {scale[1]}")
    if kind is FieldKind.YESNO:
        if one_line.casefold() in _YES_NO:
            return _YES_NO[one_line.casefold()]
        raise Unreadable("yes or no")
    if kind is FieldKind.DATE:
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(one_line, fmt).date()
            except ValueError:
                continue
        raise Unreadable("a date")
    return one_line  # CHOICE: the option's text


def status(text: str | None) -> str | None:
    """A previous goal's status in the workbook's words (Danish), whatever the form's language."""
    if text is None:
        return None
    return _STATUSES.get(text.casefold(), text)
