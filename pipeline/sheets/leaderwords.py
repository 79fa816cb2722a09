"""The words HR writes about a leader's standing, kept once for every reader that needs them:
who leads for now (``fung.``, ``konstitueret``, ``acting``, ``vikarierende``) and who led before
(``tidl.``, ``former``, ``fhv.``). A leader cell, a heading's leader line, a note on the sheet
and a column's header all read these same words."""

from __future__ import annotations

import re

# Someone who leads for now, in another's place or until a leader is found.
ACTING = frozenset({
    "fung", "fungerende", "fungerer", "konst", "konstitueret", "konstitueres", "kst", "fg",
    "midlertidig", "midlertidigt", "stedfortræder", "stedfortrædende", "vikarierer",
    "vikarierende", "acting", "interim"})
# Someone who led before and leads no more.
FORMER = frozenset({"tidl", "tidligere", "før", "former", "formerly", "previously", "prev", "ex",
                    "forhenværende", "fhv"})
# Whom someone reports to: "refererer til", "rapporterer til", "svarer til", "reports to",
# "refererer direkte til", "reports directly to", "refererer midlertidigt til"
REPORTS = re.compile(
    r"\b(?:refererer|rapporterer|reporterer|reports?|reporting|svarer)\s+"
    r"(?:(?:direkte|directly|midlertidigt|temporarily|nu|now)\s+)?(?:til|to)\b",
    re.IGNORECASE)


def alternatives(words: frozenset[str]) -> str:
    """The words as one regular-expression alternation, longest first."""
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
