"""Mistakes (nothing is written until they are fixed) and warnings (said, not blocking) found
while reading one sheet, each with file, sheet, row and column. A mistake repeated on thousands
of rows is listed for its first rows and then counted, so the message stays readable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import SheetIssue

SHOWN_PER_KIND = 10


def rows_text(rows: Sequence[int], shown: int = 10) -> str:
    """``rows 4, 7 and 9`` / ``row 4`` / ``rows 4, 5, 6 … and 37 more``."""
    ordered = sorted(set(rows))
    if len(ordered) == 1:
        return f"row {ordered[0]}"
    if len(ordered) <= shown:
        return "rows " + ", ".join(map(str, ordered[:-1])) + f" and {ordered[-1]}"
    return "rows " + ", ".join(map(str, ordered[:shown])) + f" and {len(ordered) - shown} more"


def capped(entries: Sequence[tuple[str, SheetIssue]], file: Path,
           sheet: str | None) -> list[SheetIssue]:
    """The first few of each kind, then one line that counts the rest, in place."""
    counts: dict[str, int] = {}
    for kind, _ in entries:
        counts[kind] = counts.get(kind, 0) + 1
    shown: dict[str, int] = {}
    out: list[SheetIssue] = []
    for kind, issue in entries:
        shown[kind] = shown.get(kind, 0) + 1
        if shown[kind] <= SHOWN_PER_KIND:
            out.append(issue)
        if shown[kind] == SHOWN_PER_KIND and counts[kind] > SHOWN_PER_KIND:
            out.append(SheetIssue(file, f"The same on {counts[kind] - SHOWN_PER_KIND} more "
                                  "row(s).", "Run `mus check --json` to see every one.", sheet))
    return out


@dataclass
class Findings:
    file: Path
    sheet: str | None
    errors: list[tuple[str, SheetIssue]] = field(default_factory=list)
    warnings: list[tuple[str, SheetIssue]] = field(default_factory=list)

    def error(self, kind: str, what: str, todo: str, row: int | None = None,
              column: str | None = None) -> None:
        self.errors.append((kind, SheetIssue(self.file, what, todo, self.sheet, row, column)))

    def warn(self, kind: str, what: str, todo: str, row: int | None = None,
             column: str | None = None) -> None:
        self.warnings.append((kind, SheetIssue(self.file, what, todo, self.sheet, row, column)))

    def issues(self) -> list[SheetIssue]:
        return capped(self.errors, self.file, self.sheet)
