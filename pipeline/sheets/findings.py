"""Mistakes (nothing is written until they are fixed) and warnings (said, not blocking) found
while reading one sheet, each with file, sheet, row and column. A mistake repeated on thousands
of rows is listed for its first rows and then counted, so a message stays readable; `mus check
--json` has every one. A CPR number in a message is masked, whatever put it there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import SheetIssue
from pipeline.sheets.cpr import mask_cpr

SHOWN_PER_KIND = 10


@dataclass(frozen=True)
class Notice(SheetIssue):
    """A mistake or warning of a kind (so that many of one kind can be counted), with every row
    it concerns when it speaks of several."""

    kind: str = ""
    rows: tuple[int, ...] = ()


def and_list(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return " and ".join(", ".join(items).rsplit(", ", 1))


def rows_text(rows: Sequence[int], shown: int = 10) -> str:
    """``rows 4, 7 and 9`` / ``row 4`` / ``rows 4, 5, 6 … and 37 more``."""
    ordered = sorted(set(rows))
    if len(ordered) == 1:
        return f"row {ordered[0]}"
    if len(ordered) <= shown:
        return "rows " + ", ".join(map(str, ordered[:-1])) + f" and {ordered[-1]}"
    return "rows " + ", ".join(map(str, ordered[:shown])) + f" and {len(ordered) - shown} more"


def capped(issues: Sequence[SheetIssue]) -> list[SheetIssue]:
    """The first few of each kind, then one line that counts the rest, in place."""
    counts: dict[str, int] = {}
    for issue in issues:
        kind = getattr(issue, "kind", "")
        counts[kind] = counts.get(kind, 0) + 1
    shown: dict[str, int] = {}
    out: list[SheetIssue] = []
    for issue in issues:
        kind = getattr(issue, "kind", "")
        shown[kind] = shown.get(kind, 0) + 1
        if not kind or shown[kind] <= SHOWN_PER_KIND:
            out.append(issue)
        if kind and shown[kind] == SHOWN_PER_KIND and counts[kind] > SHOWN_PER_KIND:
            out.append(SheetIssue(issue.file, f"The same on {counts[kind] - SHOWN_PER_KIND} "
                                  "more row(s).", "Run `mus check --json` to see every one.",
                                  issue.sheet))
    return out


@dataclass
class Findings:
    file: Path
    sheet: str | None
    errors: list[Notice] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    notes: list[Notice] = field(default_factory=list)  # what was understood, for `mus check`

    def error(self, kind: str, what: str, todo: str, row: int | None = None,
              column: str | None = None) -> None:
        self.errors.append(Notice(self.file, mask_cpr(what), todo, self.sheet, row, column,
                                  kind))

    def warn(self, kind: str, what: str, todo: str, row: int | None = None,
             column: str | None = None, rows: Sequence[int] = ()) -> None:
        self.warnings.append(Notice(self.file, mask_cpr(what), todo, self.sheet, row, column,
                                    kind, tuple(rows)))

    def note(self, kind: str, what: str, row: int | None = None, column: str | None = None,
             rows: Sequence[int] = ()) -> None:
        self.notes.append(Notice(self.file, mask_cpr(what), "", self.sheet, row, column, kind,
                                 tuple(rows)))

    def issues(self) -> list[SheetIssue]:
        return capped(self.errors)
