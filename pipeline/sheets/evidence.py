"""Whether a column's cells bear out what its header says.

An e-mail column holds addresses, a number column short identifiers, a name column names, a
leader column someone's leader (not ``ja``/``nej`` for "is a leader"). A column whose cells say
otherwise is not used for the field, and `mus check` says so with an example; where another
column could be the field, that one is used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.sheets.dates import read_date
from pipeline.sheets.ranking import is_login
from pipeline.sheets.values import cell_text, primary_smtp, several_addresses, valid_email

# Written where there is no value: "no leader", "not filled in".
NO_VALUE = frozenset({"-", "–", "—", "n/a", "na", "ingen", "none", "null", "nil", "(ingen)",
                      "(none)", "(blank)", "(tom)", "tom", "no_manager", "no_hr", "nomanager",
                      "no manager", "ingen leder", "(ingen leder)", "(no manager)", "ukendt",
                      "unknown", "?",
                      # the leader is themselves: "selv" (the director), "self"
                      "selv", "sig selv", "self"})
# (a box ticked or crossed, "☑", "☒", as Word's and Excel's check boxes show it; an empty one,
# "☐", is no)
YES = frozenset({"ja", "j", "yes", "y", "x", "true", "sand", "sandt", "1", "✓", "✔", "☑", "☒",
                 "✅", "✔️"})
NO = frozenset({"nej", "n", "no", "false", "falsk", "0", "nee", "nein",  # (Dutch, German)
                "☐", "□"})
_ANGLE = re.compile(r"^\s*\"?([^<>\"]*?)\"?\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$")
_NUMBERISH = re.compile(r"^[^\s@]{1,30}$")
_ADDRESSISH = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")  # an address, maybe a mistyped one
# What a cell shows when its formula failed: reported as such (table.py), no evidence here.
ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!",
                    "#SPILL!", "#CALC!", "#GETTING_DATA"})
_SAMPLE = 2000


# "Pia Olsen [mailto:pia.olsen@x.dk]": a name pasted from Outlook's old mail text
MAILTO = re.compile(r"^\s*(.*?)\s*\[mailto:\s*([^\]\s]+@[^\]\s]+)\s*\]\s*$", re.IGNORECASE)


def split_address(text: str) -> tuple[str, str]:
    """``Karen Ravn <karen.ravn@x.dk>`` (as pasted from Outlook) → (``Karen Ravn``,
    ``karen.ravn@x.dk``); an address alone → ("", address); anything else → (text, "")."""
    if "[mailto:" in text.casefold() and (pasted := MAILTO.match(text)):
        text = f"{pasted[1]} <{pasted[2]}>"
    if "<" in text:
        match = _ANGLE.match(text)
        if match:
            return match.group(1).strip().strip('"').strip(), match.group(2)
    if "@" in text and valid_email(text):
        return "", text
    return text, ""


# A name and an address written in one cell otherwise than Outlook does: "Poul Brøndum –
# peb@x.dk", "Poul Brøndum, peb@x.dk", "Poul Brøndum (peb@x.dk)", "peb@x.dk (Poul Brøndum)"
_NAME_THEN = re.compile(r"^(?P<name>[^@<>()]*?[^\W\d_][^@<>()]*?)\s*(?:[-–—,;/:|]|\s)\s*[(\[]?\s*"
                        r"(?P<address>[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+?)\s*[)\]]?$")
_ADDRESS_THEN = re.compile(r"^(?P<address>[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+?)\s*"
                           r"(?:[-–—,;/:|]\s*)?[(\[]\s*(?P<name>[^@<>()]*[^\W\d_][^@<>()]*?)"
                           r"\s*[)\]]$")


def name_and_address(text: str) -> tuple[str, str]:
    """A leader's name and address in one cell, however they are set apart (Outlook's
    ``Name <address>``, a dash, a comma, brackets, or the address first): (name, address);
    ("", "") for a cell that is not so written."""
    if "@" not in text or valid_email(text.strip()):  # (an address alone, even with a
        return "", ""  # dash in it: "torben.bach-nielsen@…" is no "torben.bach" and an address)
    if "<" in text or "[mailto:" in text.casefold():
        name, address = split_address(text)
        return (name, address) if name and address else ("", "")
    for pattern in (_NAME_THEN, _ADDRESS_THEN):
        match = pattern.match(text.strip())
        if match and valid_email(match.group("address")):
            name = match.group("name").strip(" -–—,;:/|\"'")
            if name and "@" not in name:
                return name, match.group("address")
    if "(" in text and (bare := _ROLE_ASIDE.sub(" ", text)) != text:
        # "Birthe Lykkegaard (kontaktperson) – kontakt@…": the name, its role, the address
        return name_and_address(" ".join(bare.split()))
    return "", ""


# A role in brackets after a name, no address in it: "(kontaktperson)", "(fg.)"
_ROLE_ASIDE = re.compile(r"\s*\([^()@]*\)\s*")


def is_no_value(text: str) -> bool:
    return text.casefold() in NO_VALUE


def _kind(text: str) -> str:
    if text.isdigit():
        return "numbers"
    folded = text.casefold()
    if folded in YES or folded in NO:
        return "yes/no"
    if "@" in text and (_ADDRESSISH.match(text) or split_address(text)[1]
                        or name_and_address(text)[1] or several_addresses(text)
                        or primary_smtp(text)):
        return "e-mail addresses"
    if not any(c.isalpha() for c in text):
        try:
            if read_date(text) is not None:
                return "dates"
        except ValueError:
            pass
        return "numbers" if any(c.isdigit() for c in text) else "other values"
    if is_login(text):
        return "user names"
    return "names" if " " in text.strip() or "," in text else "words"


@dataclass(frozen=True)
class Verdict:
    fit: float  # the share of cells that fit the field (1.0 when there are none)
    seen: int = 0  # how many cells were looked at
    holds: str = ""  # what the others hold, in words ("yes/no", "e-mail addresses")
    example: str = ""  # a cell that shows it
    repeats: bool = False  # a number column whose values repeat: not one per employee

    @property
    def ok(self) -> bool:
        return self.fit >= 0.5 and not self.repeats


def _texts(values: Sequence[Any]) -> list[str]:
    out = []
    for value in values[:_SAMPLE]:
        text = cell_text(value)
        if text and not is_no_value(text) and text not in ERRORS:
            out.append(text)
    return out


def _verdict(texts: list[str], fits: set[str]) -> Verdict:
    kinds = [_kind(t) for t in texts]
    fitting = sum(k in fits for k in kinds)
    if fitting == len(texts):
        return Verdict(1.0, len(texts))
    counts: dict[str, int] = {}
    for k in kinds:
        if k not in fits:
            counts[k] = counts.get(k, 0) + 1
    holds = max(counts, key=lambda k: counts[k])
    return Verdict(fitting / len(texts), len(texts), holds, texts[kinds.index(holds)])


def judge(key: str, values: Sequence[Any]) -> Verdict:
    """Whether the cells of a column taken for field ``key`` fit it."""
    texts = _texts(values)
    if key in ("email", "leader_email"):
        return _verdict(texts, {"e-mail addresses"})
    if key in ("name", "name_reversed", "first", "last"):
        # (a name with the person's address on a line under it: "Jens Andersen↵jens@…")
        # (or pasted from Outlook with the address after it: "Pia Olsen [mailto:pia@…]")
        texts = _texts([v.strip().split("\n", 1)[0] if isinstance(v, str) and "\n" in v.strip()
                        and "@" in v else pasted[1] if isinstance(v, str) and "[mailto:" in v
                        and (pasted := MAILTO.match(v)) else v for v in values])
        return _verdict(texts, {"names", "words"})
    if key == "number":
        verdict = _verdict(texts, {"numbers", "words", "other values", "user names"})
        shaped = sum(bool(_NUMBERISH.match(t)) for t in texts)
        if texts and shaped < verdict.fit * len(texts):
            return Verdict(shaped / len(texts), len(texts), "names",
                           next(t for t in texts if not _NUMBERISH.match(t)))
        unique = len(set(texts))
        if verdict.ok and len(texts) >= 4 and unique < 0.9 * len(texts):
            again = Counter(texts).most_common(1)[0][0]
            return Verdict(unique / len(texts), len(texts), "the same value on many rows",
                           again, repeats=True)
        return verdict
    if key in ("leader", "leader_number"):
        return _verdict(texts, {"names", "words", "numbers", "e-mail addresses",
                                "other values", "user names"})
    return Verdict(1.0)


def counts_rows(values: Sequence[Any]) -> bool:
    """The column numbers the rows 1, 2, 3 … (a row counter, not employee numbers)."""
    texts = [cell_text(v) for v in values[:_SAMPLE]]
    return len(texts) >= 3 and all(t == str(i) for i, t in enumerate(texts, start=1))


def holds_addresses(values: Sequence[Any]) -> bool:
    """Nearly every cell is an address, nearly all different: a column of employees'
    e-mail addresses whatever its header."""
    texts = _texts(values)
    if len(texts) < 2:
        return False
    addresses = [split_address(t)[1].casefold() for t in texts]
    filled = [a for a in addresses if a]
    return len(filled) >= 0.9 * len(texts) and len(set(filled)) >= 0.9 * len(filled)
