"""Names that are placeholders, not names: a list made anonymous for a survey ("Medarbejder
001", "Medarbejder 002" … under "Leder A", or one mask on most rows, "*** skjult ***"), a
template's numbered rows ("Person 1"), or initials where the names should be ("IBAE", "TCH":
a time registration system's staff list that names everyone by initials). Forms addressed
to them reach nobody, and nobody can tell who is who, so such a list is refused."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.sheets.findings import Findings
from pipeline.sheets.mapping import ListLayout

# one word and a running number or letter: "Medarbejder 003", "Employee 17", "Leder B"
_PLACEHOLDER = re.compile(r"^\s*([^\W\d_]+)\s*[-#.]?\s*(\d{1,5}|[A-ZÆØÅ])\s*$")

# initials as a Danish workplace writes them: two to five capitals, one word ("MKJ", "NSØ")
_INITIALS = re.compile(r"[A-ZÆØÅÄÖÜ]{2,5}")


# What a masked name says or is made of: "*** skjult ***", "[anonymiseret]", "XXXX"
_MASK_WORDS = frozenset({"skjult", "skjulte", "anonym", "anonymiseret", "anonymized",
                         "anonymised", "hidden", "redacted", "masked", "maskeret"})


def _masked(text: str) -> bool:
    """A name cell that hides the name: marks no name holds, one letter over and over, or a
    word that says so."""
    bare = text.replace(" ", "")
    return (any(c in text for c in "*#?<>[]") or (len(bare) >= 3 and len(set(bare)) == 1)
            or bool(_MASK_WORDS.intersection(re.findall(r"[^\W\d_]+", text))))


def refuse_placeholders(names: Sequence[str], layout: ListLayout, findings: Findings) -> None:
    """Refuse the list where nearly every name (of the rows with a number) is one word and a
    running number or letter, the same word on most rows, or where most rows give one and the
    same name that hides the name (_masked)."""
    if len(names) < 3:
        return
    initials = [n for n in names if _INITIALS.fullmatch(n.strip())]
    if len(names) >= 5 and len(initials) >= 0.9 * len(names):
        column = layout.fields["name"]
        findings.error("initials-names", f'The column "{column.header}" holds initials, not '
                       f'names ("{initials[0]}" and {len(initials) - 1} more like it): a form '
                       "and its mail need each employee's name.", "Add a column with each "
                       "employee's full name (first and last name) and run the command again.",
                       layout.header_row, column.header)
        return
    same, times = Counter(" ".join(n.casefold().split()) for n in names).most_common(1)[0]
    words = [m.group(1).casefold() for m in map(_PLACEHOLDER.match, names) if m]
    if times >= 0.6 * len(names) and _masked(same):  # "*** skjult ***" on most rows
        example, like = next(n for n in names if " ".join(n.casefold().split()) == same), times
    elif len(words) >= 0.8 * len(names) and Counter(words).most_common(1)[0][1] >= 0.6 * len(
            names):
        example, like = next(n for n in names if _PLACEHOLDER.match(n)), len(words)
    else:
        return
    use = layout.fields.get("name") or layout.fields.get("last")
    findings.error("placeholder-names", f'The names are placeholders, not names ("{example}" '
                   f"and {like - 1} more like it): the list looks made anonymous (for a "
                   "survey), so forms would be addressed to nobody and nobody could tell who is "
                   "who.", "Use the employee list itself, with each employee's real name, "
                   "e-mail and leader, and run the command again.", layout.header_row,
                   use.header if use else None)
