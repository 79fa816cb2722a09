"""Names that are placeholders, not names: a list made anonymous for a survey ("Medarbejder
001", "Medarbejder 002" … under "Leder A"), or a template's numbered rows ("Person 1"). Forms
addressed to them reach nobody, and nobody can tell who is who, so such a list is refused."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.sheets.findings import Findings
from pipeline.sheets.mapping import ListLayout

# one word and a running number or letter: "Medarbejder 003", "Employee 17", "Leder B"
_PLACEHOLDER = re.compile(r"^\s*([^\W\d_]+)\s*[-#.]?\s*(\d{1,5}|[A-ZÆØÅ])\s*$")


def refuse_placeholders(names: Sequence[str], layout: ListLayout, findings: Findings) -> None:
    """Refuse the list where nearly every name (of the rows with a number) is one word and a
    running number or letter, the same word on most rows."""
    if len(names) < 3:
        return
    words = [m.group(1).casefold() for m in map(_PLACEHOLDER.match, names) if m]
    if len(words) < 0.8 * len(names):
        return
    count = Counter(words).most_common(1)[0][1]
    if count < 0.6 * len(names):
        return
    use = layout.fields.get("name") or layout.fields.get("last")
    example = next(n for n in names if _PLACEHOLDER.match(n))
    findings.error("placeholder-names", f'The names are placeholders, not names ("{example}" '
                   f"and {len(words) - 1} more like it): the list looks made anonymous (for a "
                   "survey), so forms would be addressed to nobody and nobody could tell who is "
                   "who.", "Use the employee list itself, with each employee's real name, "
                   "e-mail and leader, and run the command again.", layout.header_row,
                   use.header if use else None)
