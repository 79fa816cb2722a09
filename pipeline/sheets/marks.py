"""A mark after a name (``Jesper Mortensen*``) and the legend under the list that says what it
means (``* = på barsel/orlov``).

The mark is no part of the name: forms, mail and leaders are looked up without it. Where a
legend row says what the mark means and that is leave, the people marked are on leave (listed,
and given their form unless HR asks otherwise); where it says they have left, they get no form
and are listed with the leavers; any other meaning, or no legend, is said in `mus check` with
the rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.legend import entries
from pipeline.sheets.statuswords import EMPLOYED, LEAVE, LEFT, starts_later, status_state

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft
    from pipeline.sheets.rows import Skipped

MARKS = "*†‡°¹²³⁴⁵#÷+"
_NEW = frozenset({"ny", "nye", "nyansat", "nyansatte", "new"})  # "* = ny i år": new, employed
MARK_ENDS = frozenset(MARKS + ")")  # how a name with a mark ends ("Ida Holm (*)")
# after a name: signs, or signs or one capital letter in brackets ("Ramón García (B)")
_MARK = re.compile(r"\s*(?:\(([*†‡°¹²³⁴⁵#÷+]+|[A-ZÆØÅ])\)|([*†‡°¹²³⁴⁵#÷+]+))$")


_MARK_BEFORE = re.compile(r"^([*†‡°#÷+]+)\s*(?=[^\W\d_])")


# a word before a name that says what the person is ("fhv. Kim Lund": former; "kommende: Ida
# Holm": to come), with its meaning where no legend gives one
_WORD_MARK = re.compile(r"^(fhv\.|tidl\.|kommende:)\s*(?=[^\W\d_])", re.IGNORECASE)
_WORD_MEANINGS = {"fhv.": "fratrådt (forhenværende)", "tidl.": "fratrådt (tidligere)",
                  "kommende:": "starter senere"}


def has_mark(name: str) -> bool:
    """Whether a name may carry a mark (split_mark finds it)."""
    return bool(name) and (name[-1] in MARK_ENDS or name[0] in MARKS or (
        name[0] in "fFtTkK" and _WORD_MARK.match(name) is not None))


def split_mark(name: str) -> tuple[str, str]:
    """``Jesper Mortensen*`` → (``Jesper Mortensen``, ``*``), ``† Kasper Nørgaard`` → (``Kasper
    Nørgaard``, ``†``); a name without a mark as it is."""
    if name and name[0] in MARKS and (before := _MARK_BEFORE.match(name)):
        return name[before.end():].strip(), before.group(1)
    if name and (word := _WORD_MARK.match(name)):
        return name[word.end():].strip(), word.group(1).casefold()
    if not name or name[-1] not in MARK_ENDS:
        return name, ""
    match = _MARK.search(name)
    if match is None or match.start() == 0:
        return name, ""
    mark = match.group(1) or match.group(2)
    return name[:match.start()].rstrip(), mark.casefold() if mark.isalpha() else mark


def _legend(skipped: Sequence[Skipped], over: Sequence[str] = ()) -> dict[str, str]:
    """What each mark means, as the list's note rows, or the lines over its header
    (``over``), say (a word before a name says it itself: "fhv.")."""
    found = dict(_WORD_MEANINGS)
    for text in (*over, *(s.text for s in skipped if s.reason == "note")):
        found.update(entries(text, f"[{MARKS}]+", bare=True, longest=300))
        if (wrapped := _WRAPPED_LEGEND.search(text)) is not None:
            found["()"] = wrapped[1].strip()  # "Medarbejdernr. i parentes = fratrådt i år"
        if "(" in text:  # "(s) = stoppet": a letter in brackets, as after a number ("16 (s)")
            found.update({k.casefold(): v for k, v in entries(
                text, r"[^\W\d_]{1,2}", longest=300).items() if f"({k})" in text})
    return found


# an employee number in brackets, "(1009)", and the legend that says what that means
WRAPPED_NUMBER = re.compile(r"^\(\s*([^\s()]+)\s*\)$")
_WRAPPED_LEGEND = re.compile(r"\b(?:i|in)\s+(?:parentes|parenteser|parentheses|brackets|"
                             r"klammer|klamme)\s*[=:–-]\s*([^.;]+)", re.IGNORECASE)
# a mark after an employee number: "16 (s)", "14 (b)" (a letter or a sign in brackets)
NUMBER_MARK = re.compile(r"^(\S+?)\s*\(([^\W\d_]{1,2}|[*†‡°#]+)\)$")


def left_by_mark(drafts: Sequence[Draft], skipped: Sequence[Skipped],
                 over: Sequence[str] = ()) -> list[tuple[Draft, str]]:
    """The people whose mark the legend says have left ("* Fratrådt 31.10.2026"), each with
    what the legend says: no form, listed with the leavers. (A mark of notice given, "** =
    har opsagt (fratræder, se dato)", leaves it to the day the row gives.)"""
    marks = {d.mark for d in drafts if d.mark}
    if not marks:
        return []
    legend = _legend(skipped, over)
    left = {m: legend[m] for m in marks if m in legend and (
        status_state(legend[m]) == LEFT or starts_later(legend[m]))}  # ("(N) = ny, starter
    # senere": not begun, no form yet)
    return [(d, f"{_shown(d.mark)} = {left[d.mark]}") for d in drafts if d.mark in left]


def _shown(mark: str) -> str:
    """A mark as `mus check` names it: "*", or the number in brackets."""
    if mark == "()":
        return "number in brackets"
    return f'"({mark.upper()})"' if mark.isalpha() else f'"{mark}"'


def read_marks(drafts: Sequence[Draft], skipped: Sequence[Skipped], findings: Findings,
               column: str | None, over: Sequence[str] = ()) -> None:
    """Leave for the people whose mark the legend says is leave; the marks said."""
    marked: dict[str, list[Draft]] = {}
    for draft in drafts:
        if draft.mark:
            marked.setdefault(draft.mark, []).append(draft)
    if not marked:
        return
    legend = _legend(skipped, over)
    for mark, people in marked.items():
        rows = [d.row for d in people]
        meaning = legend.get(mark, "")
        shown = _shown(mark)
        said = f'"{mark} = {meaning}"' if shown == f'"{mark}"' else f'{shown} = "{meaning}"'
        if meaning and starts_later(meaning):
            continue  # not begun: listed with those who get no form (left_by_mark)
        if meaning and status_state(meaning) == LEAVE:
            for draft in people:
                draft.on_leave = draft.on_leave or f"{shown} = {meaning}"
            findings.note("mark", f'The mark {shown} beside the name ({rows_text(rows)}) is left '
                          f'out of the name; the list says {said}, so they are on '
                          "leave.", rows[0], column, rows)
        elif meaning and (status_state(meaning) == EMPLOYED or _NEW & set(
                re.findall(r"[^\W\d_]+", meaning.casefold()))):  # "* = ny i år", "** = har opsagt
            # (fratræder, se dato)": employed, the row's own columns say the rest
            findings.note("mark", f'The mark {shown} beside the name ({rows_text(rows)}) is left '
                          f'out of the name; the list says {said}: employed, read '
                          "by their row's other columns.", rows[0], column, rows)
        elif meaning:
            findings.warn("mark", f'The mark {shown} beside the name ({rows_text(rows)}) is left '
                          f'out of the name; the list says {said}, which mus does '
                          "not act on.", "If they have left or are on leave, say so in a status "
                          'column ("Fratrådt", "Orlov").', rows[0], column, rows)
        else:
            findings.warn("mark", f'The mark {shown} beside the name ({rows_text(rows)}) is left '
                          "out of the name; nothing in the list says what it means.", "If it "
                          'means they have left or are on leave, say so in a status column '
                          '("Fratrådt", "Orlov").', rows[0], column, rows)
