"""One error family for everything a user can get wrong.

Every error says what is wrong, where (file, sheet, row, column) and what to do. The CLI shows
``str(error)`` and exits non-zero; ``--debug`` shows the chain (errors are raised ``from`` their
cause).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


def os_detail(err: OSError) -> str:
    """The system's own short words for an OSError ("Permission denied"), for the brackets of a
    message; the error's kind when the system gave none."""
    return err.strerror or type(err).__name__


class MusError(Exception):
    """Base class: a problem the user can fix. The message is meant for an HR person."""

    exit_code = 1


@dataclass(frozen=True)
class SheetIssue:
    """One mistake in one cell, row or sheet of an HR spreadsheet."""

    file: Path
    what: str
    todo: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def where(self) -> str:
        parts = [str(self.file)]
        if self.sheet:
            parts.append(f'sheet "{self.sheet}"')
        if self.row:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f'column "{self.column}"')
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.where()}: {self.what} {self.todo}".strip()


class SpreadsheetError(MusError):
    """The employee list or the question set has mistakes; all of them are listed at once."""

    def __init__(self, issues: Sequence[SheetIssue]) -> None:
        self.issues = list(issues)
        n = len(self.issues)
        head = (
            "There is 1 mistake in the spreadsheets"
            if n == 1
            else f"There are {n} mistakes in the spreadsheets"
        )
        lines = [f"{head}. Nothing was written. Correct them and run the command again:"]
        lines += [f"  - {issue}" for issue in self.issues]
        super().__init__("\n".join(lines))


class InputFileError(MusError):
    """An input file is missing, unreadable or of the wrong kind."""


class TemplateError(MusError):
    """A template in templates/ is broken or uses a field that does not exist."""


class OutputError(MusError):
    """An output cannot be written (folder missing, file open in Excel, forms already exist)."""


class MailError(MusError):
    """Mail could not be prepared or sent."""


class AppError(MusError):
    """``mus app`` cannot start (its port is taken, the folder cannot be made)."""


def raise_if_issues(issues: Iterable[SheetIssue]) -> None:
    collected = list(issues)
    if collected:
        raise SpreadsheetError(collected)
