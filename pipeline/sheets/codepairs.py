"""A code column beside its text column: which holds the number and which the name.

Unit4/Agresso, SAP, Navision and others write each thing twice, as a code and as its text:
``Ressource`` / ``Ressource (T)``, ``Org.enhed`` / ``Org.enhed (T)``, ``Leder`` / ``Leder (T)``,
``Afdeling kode`` / ``Afdeling``, ``Kostenstelle`` / ``Kostenstelle Text``. Both headers name the
same thing, so neither says which column is the name. A pair is read as one only on evidence:
the text column's header is the code column's with a text mark (or the code column's is the
text's with a code mark), and their cells match one to one (each code has one text and each text
one code, and they are not the same values). Then the text column gives what the header names
(the employee's name, the department, the leader's name, the job title) and the code column the
number where there is one: the employee number beside the employee's name, the leader's number
beside the leader's name. A person in two positions has the same code and text twice; that is
still one to one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.sheets.columns import field_role
from pipeline.sheets.headers import STRONG, value_at
from pipeline.sheets.values import cell_text

_TEXT_WORDS = r"t|txt|tekst|text|texte|beskrivelse|description|descr|bezeichnung|bez|benämning"
_CODE_WORDS = r"k|kode|code|kod|schlüssel|key|nøgle"
_TEXT_MARK = re.compile(rf"^(?P<base>.+?)(?:\s*\((?:{_TEXT_WORDS})\.?\)|[\s_\-/]+(?:{_TEXT_WORDS})"
                        r"\.?)\s*$", re.IGNORECASE)
_CODE_MARK = re.compile(rf"^(?P<base>.+?)(?:\s*\((?:{_CODE_WORDS})\.?\)|[\s_\-/]+(?:{_CODE_WORDS})"
                        r"\.?)\s*$", re.IGNORECASE)
_SAMPLE = 2000
# What the text column is, by what the pair names; and what the code column is then ("": none).
_CODE_ROLE = {"name": "number", "name_reversed": "number", "leader": "leader_number"}
_TEXT_ROLE = {"name": "name", "name_reversed": "name", "leader": "leader",
              "department": "department", "job_title": "job_title"}


@dataclass(frozen=True)
class Pair:
    code: int  # column index of the codes
    text: int  # column index of the texts
    base: str  # what both headers name, without the marks


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _one_to_one(rows: Sequence[tuple[int, tuple[Any, ...]]], code: int, text: int) -> bool:
    """Each code has one text and each text one code, on rows that give both; and they are
    not the same values written twice."""
    by_code: dict[str, str] = {}
    by_text: dict[str, str] = {}
    both = same = 0
    for _, values in rows[:_SAMPLE]:
        c, t = cell_text(value_at(values, code)), cell_text(value_at(values, text))
        if not c or not t:
            continue
        both += 1
        same += c.casefold() == t.casefold()
        if by_code.setdefault(c.casefold(), t.casefold()) != t.casefold():
            return False
        if by_text.setdefault(t.casefold(), c.casefold()) != c.casefold():
            return False
    return both >= 2 and len(by_code) >= 2 and same <= 0.1 * both


def find_pairs(headers: Sequence[str], rows: Sequence[tuple[int, tuple[Any, ...]]]
               ) -> list[Pair]:
    """Code and text columns that pair, by their headers and, one to one, by their cells."""
    plain = {_key(h): i for i, h in enumerate(headers) if h}
    pairs: list[Pair] = []
    used: set[int] = set()
    for index, header in enumerate(headers):
        if not header:
            continue
        code: int | None
        text: int | None
        text_mark = _TEXT_MARK.match(header.strip())
        if text_mark:  # "Ressource (T)" beside "Ressource" or "Ressource kode"
            base = text_mark.group("base")
            code = plain.get(_key(base))
            if code is None:
                code = next((i for i, h in enumerate(headers) if h and (m := _CODE_MARK.match(
                    h.strip())) and _key(m.group("base")) == _key(base)), None)
            text = index
        else:
            code_mark = _CODE_MARK.match(header.strip())
            if not code_mark:
                continue
            base = code_mark.group("base")
            code, text = index, plain.get(_key(base))  # "Afdeling kode" beside "Afdeling"
        if code is None or text is None or code == text or {code, text} & used:
            continue
        if _one_to_one(rows, code, text):
            pairs.append(Pair(code, text, base.strip()))
            used.update((code, text))
    return pairs


def paired_roles(headers: Sequence[str], rows: Sequence[tuple[int, tuple[Any, ...]]],
                 roles: Mapping[int, tuple[str, int]]
                 ) -> tuple[dict[int, tuple[str, int]], list[tuple[Pair, str, str]]]:
    """The roles with each pair's columns set by what the pair names: (the new roles, and each
    pair changed with the text column's field and the code column's ("" for none))."""
    out = dict(roles)
    changed: list[tuple[Pair, str, str]] = []
    for pair in find_pairs(headers, rows):
        named = field_role(pair.base) or roles.get(pair.code) or roles.get(pair.text)
        key = named[0] if named else ""
        if key not in _TEXT_ROLE:
            continue
        out[pair.text] = (_TEXT_ROLE[key], STRONG)
        code_key = _CODE_ROLE.get(key, "")
        if code_key:
            out[pair.code] = (code_key, STRONG)
        else:
            out.pop(pair.code, None)
        changed.append((pair, _TEXT_ROLE[key], code_key))
    return out, changed
