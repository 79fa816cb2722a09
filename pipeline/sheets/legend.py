"""Legend lines: a key and what it means, as people write them under a list, beside it or in a
header's brackets ("F = fratrådt", "B: barsel", "O – orlov", "(F) fratrådt", "* betyder
orlov"), several to a cell ("B = barsel, O = orlov", "10=Aktiv 20=Orlov"), after a label
("Koder: B = barsel").

Which keys a legend has (short codes, marks such as ``*`` or ``†``) is the caller's: the line is
read one way for all of them, so what one legend understands, the others do too."""

from __future__ import annotations

import re
from functools import lru_cache

_SAYS = r"(?:=|:|–|—|-|\bbetyder\b|\bbetyr\b|\bmeans\b)"
# where a mark stands, said between it and its meaning: "÷ foran navn = fratrådt", "(B) efter
# navn = barsel"
_WHERE = (r"(?:\s+(?:foran|før|efter|bag|ved|before|after)\s+(?:navn(?:et)?|name|"
          r"nummer(?:et)?|nr\.?))?")


@lru_cache(maxsize=8)
def _patterns(key: str, bare: bool, longest: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    says = _SAYS + ("?" if bare else "")
    line = re.compile(rf"^\s*(?:\(?({key})\)?{_WHERE}\s*{says}|\(({key})\){_WHERE})\s*"
                      rf"(\S.{{1,{longest}}}?)\s*$", re.IGNORECASE)
    # entries apart: after a comma or semicolon, or after a space where the next key is tied
    # to its meaning by "=" ("10=Aktiv 20=Orlov 90=Fratrådt", a report's header line)
    # (or after a space before a sign, or signs, and its "=": "✔ = ansat ⏸ = orlov ✖ =
    # fratrådt", "* = ny i år   ** = har opsagt")
    # (or before a key in brackets and its "=": "(s) = stoppet   (b) = barsel")
    apart = re.compile(rf"[,;]\s*(?=\(?(?:{key})\)?{_WHERE}\s*{_SAYS})|\s+(?=(?:{key})=\S)|"
                       # (or before any other short key and its "=", of another kind: "* = ny,
                       # (B) efter navn = barsel")
                       rf"[,;]\s*(?=\(?[^\s,;()]{{1,3}}\)?{_WHERE}\s*=)|"
                       rf"\s+(?=\((?:{key})\)\s*=)|"
                       r"\s+(?=[^\w\s=:–—(),;.\-]+\s*=)", re.IGNORECASE)
    return line, apart


def entries(text: str, key: str, *, bare: bool = False, longest: int = 80) -> dict[str, str]:
    """Each key the text explains (as written) and its meaning. ``key`` is a pattern for one
    key; ``bare``: a key may stand before its meaning without "=" or ":" ("* orlov"), as a mark
    can, never a letter code ("B barsel" is a name as much as a legend)."""
    line, apart = _patterns(key, bare, longest)
    found = {}
    for part in apart.split(text):
        match = line.match(part)
        if ":" in part and (match is None or "=" in match.group(3)):  # "Koder: B = barsel"
            match = line.match(part.split(":", 1)[1]) or match
        if match:
            found[match.group(1) or match.group(2)] = match.group(3).strip(" .")
    return found
