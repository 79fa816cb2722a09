"""File names that are legal and unambiguous on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r"[-_]{2,}")
MAX_STEM = 80


def safe_part(text: str) -> str:
    """'Lærke Bjørn/Holm' → 'Lærke_Bjørn-Holm'. Danish letters stay; what no system allows goes."""
    text = unicodedata.normalize("NFC", text)
    text = _ILLEGAL.sub("-", text)
    text = _SPACES.sub("_", text.strip())
    text = _RUNS.sub(lambda m: m.group(0)[0], text)
    return text.strip("._- ")


def form_file_name(number: str, name: str, suffix: str = "") -> str:
    """``1007_Jens_Hansen.docx``; the employee number makes it unique."""
    stem = "_".join(p for p in (safe_part(number), safe_part(name), suffix) if p)
    return stem[:MAX_STEM].rstrip("._- ") + ".docx"


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
