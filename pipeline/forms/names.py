"""File names that are legal and unambiguous on Windows, macOS and Linux.

A name made from a spreadsheet (an employee's, a leader's, a season) loses what no system allows
(``<>:"/\\|?*``, control characters) and what would mislead (a right-to-left override that turns
``fdp.exe`` around, invisible characters), is never a name Windows keeps for a device (``nul``,
``con``, ``com1``, also with an extension), and is cut to fit: a file name may take 255 bytes,
so a very long name is shortened (at a whole character), never a failure.
"""

from __future__ import annotations

import re
import unicodedata

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]+')
# Invisible format characters (bidirectional controls, zero-width spaces, the BOM, tags …) but
# the joiners that scripts and emoji need.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r"[-_]{2,}")
MAX_STEM = 80  # characters of a form's file name before its suffix
# Bytes (UTF-8) of a whole file name: systems allow 255; macOS may decompose letters (å takes
# a byte more), and a "-2" may be added to tell two apart.
MAX_NAME_BYTES = 200
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
            *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³"))}


def safe_part(text: str) -> str:
    """'Lærke Bjørn/Holm' → 'Lærke_Bjørn-Holm'. Danish letters stay; what no system allows,
    and what is invisible, goes."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _ILLEGAL.sub("-", text)
    text = _SPACES.sub("_", text.strip())
    text = _RUNS.sub(lambda m: m.group(0)[0], text)
    return text.strip("._- ")


def clipped(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` bytes of UTF-8, at a whole character, without a
    separator left dangling at the end."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return text
    return data[:max(max_bytes, 0)].decode("utf-8", "ignore").rstrip("._- ")


def not_a_device(name: str) -> str:
    """``name``, with ``_`` in front where Windows would take it for a device (``nul``,
    ``COM1.docx``: the part before the first dot decides)."""
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    return f"_{name}" if stem in _DEVICES else name


def file_name(parts: tuple[str, ...], ext: str, shorten: int = -1) -> str:
    """Parts (already ``safe_part``) joined by ``-`` with the extension ``ext`` (".xlsx"): the
    part at index ``shorten`` (a name) is cut where the whole would pass MAX_NAME_BYTES, so
    the others (season, employee number) always stay whole."""
    parts = tuple(p for p in parts if p)
    whole = "-".join(parts) + ext
    over = len(whole.encode("utf-8", "surrogatepass")) - MAX_NAME_BYTES
    if over > 0 and parts:
        index = shorten % len(parts)
        room = len(parts[index].encode("utf-8", "surrogatepass")) - over
        cut = clipped(parts[index], room)
        parts = tuple(p for p in (*parts[:index], cut, *parts[index + 1:]) if p)
        whole = clipped("-".join(parts), MAX_NAME_BYTES - len(ext.encode())) + ext
    return not_a_device(whole)


def form_file_name(number: str, name: str, suffix: str = "") -> str:
    """``1007_Jens_Hansen.docx``; the employee number makes it unique. A long name is cut,
    never the number or the suffix (``leder``)."""
    number, name = safe_part(number), safe_part(name)
    fixed = len(number) + len(suffix) + 2
    name = name[:max(MAX_STEM - fixed, 0)].rstrip("._- ")
    room = MAX_NAME_BYTES - len(".docx") - len("_".join((number, suffix)).encode()) - 2
    stem = "_".join(p for p in (number, clipped(name, room), suffix) if p)
    return not_a_device(clipped(stem, MAX_NAME_BYTES - len(".docx")) + ".docx")


def unique_names(names: list[str]) -> list[str]:
    """Make names unique where only case differs (Windows and macOS do not tell them apart)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        key = name.casefold()
        if key in seen:
            seen[key] += 1
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}-{seen[key]}{dot}{ext}"
        else:
            seen[key] = 1
        out.append(name)
    return out
