"""How a sheet prints: column widths in points, and how many pages high a sheet is fitted to, so
that no last page holds two rows."""

from __future__ import annotations

import math
from collections.abc import Sequence

# A landscape A4 page inside the margins (Book.sheet), in points.
PRINT_WIDTH, PRINT_HEIGHT = (11.69 - 0.8) * 72, (8.27 - 1.2) * 72
LAST_PAGE = 1 / 3  # a last page less full than this is folded into the one before …
SHRINK = 0.7  # … where that makes the print no smaller than this


def points(width: float) -> float:
    """A column ``width`` (in characters) in points, as Excel lays out 11 pt Calibri."""
    return (width * 7 + 5) * 0.75


def pages_high(widths: Sequence[float], pages: int, repeated: Sequence[float],
               header: float, rows: float) -> int:
    """How many pages high to print a sheet ``pages`` wide whose rows are ``rows`` points high
    in all (under a ``header`` repeated on each page): 0 (as many as it takes), unless the
    last page would hold only a few rows; then one page fewer, printed a little smaller."""
    total = sum(points(w) for w in widths) + (pages - 1) * sum(points(w) for w in repeated)
    scale = min(1.0, pages * PRINT_WIDTH / total) if total else 1.0
    room = PRINT_HEIGHT / scale - header
    if room <= 0 or rows <= room:
        return 0
    needed = rows / room
    high = math.ceil(needed)
    last = needed - (high - 1)
    if last < LAST_PAGE and (high - 1) / needed >= SHRINK:
        return high - 1
    return 0
