"""Text on its way to the terminal: what a message may show of a file name, a form or a list.

A file name, a form or a cell of the employee list can hold control characters: an escape
sequence that sets the window's title, writes to the clipboard or moves the cursor, a carriage
return that overwrites a line, a right-to-left override that turns ``mrof.exe`` around, a line
break that forges a line ("Read 99 forms"). Whatever mus prints goes through ``printable`` (the
CLI's one way out), which shows each such character escaped, as ``\\u001b``, and never passes it
on; a value set into a message (a file name, a name) goes through ``one_line`` first, so that
its line breaks are shown too. The escapes are those of JSON, so a line of JSON stays JSON.
"""

from __future__ import annotations

import re

# Control characters (C0 but line break and tab, DEL, C1), the bidirectional controls, the
# line and paragraph separators, the other invisible format characters (but the joiners that
# scripts and emoji need), and lone surrogates (bytes of a file name that are not UTF-8).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029\u00ad\u180e\u200b\u2060-\u2064"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]")
_UNSAFE_LINE = re.compile(_UNSAFE.pattern[:-1] + "\n\t]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code > 0xFFFF:  # as JSON writes it: a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character that could act on the terminal shown escaped; line
    breaks and tabs kept."""
    return _UNSAFE.sub(_escaped, text)


def one_line(text: object) -> str:
    """A value for the inside of a message (a file name, a name, a cell): ``printable``, and
    its line breaks and tabs escaped too, so it cannot start a line of its own."""
    return _UNSAFE_LINE.sub(_escaped, str(text))
