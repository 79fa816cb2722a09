"""The overview workbooks a working folder holds, read back: whose rows each has, and what its
Om sheet says it was made from (season, question-set version, sources, the leader it is for).

A workbook is one of mus's overviews when it has the Om (About) sheet ``mus ingest`` writes;
the MED report has none and holds no names. Rows are someone's where the sheet's employee-number
column says so (the column the workbook writer names ``Medarbejdernr.``/``Employee no.``).
Read with openpyxl in read-only mode: values only, a sheet at a time.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.overview.labels import column, sheet

# What the Om sheet's first column says (pipeline/overview/workbook.py's _about), by key.
ABOUT = {"season": ("Sæson", "Season"),
         "version": ("Spørgsmålssættets version", "Question-set version"),
         "leader": ("Leder", "Leader"),
         "folder": ("Returmappe", "Returned folder"),
         "employees": ("Medarbejderliste", "Employee list"),
         "questions": ("Spørgsmålssæt", "Question set"),
         "previous": ("Sidste sæsons oversigt", "Last season's overview"),
         "made": ("Lavet", "Made")}
_KEYS = {label: key for key, labels in ABOUT.items() for label in labels}


@dataclass(frozen=True)
class Overview:
    path: Path
    lang: str
    about: Mapping[str, str]  # season, version, leader, folder, employees, questions, previous
    rows: Mapping[str, int] = field(default_factory=dict)  # employee number → rows about them
    listed: frozenset[str] = frozenset()  # everyone on its list of employees (HR's workbook)

    @property
    def season(self) -> str:
        return self.about.get("season", "")

    @property
    def leader(self) -> bool:
        """A leader's own workbook (HR's has no Leder line on its Om sheet)."""
        return "leader" in self.about


@dataclass(frozen=True)
class Rows:
    """One sheet's rows about some people, for the access bundle."""

    sheet: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Any]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        yield book
    finally:
        book.close()


def _language(names: Collection[str]) -> str | None:
    for lang in ("da", "en"):
        if sheet(lang, "about") in names:
            return lang
    return None


def read_overview(path: Path) -> Overview | None:
    """The workbook's facts and whose rows it holds; None when it is no overview of mus's (or
    cannot be opened: then mus cannot tell either, and says so through ``unreadable``)."""
    with _opened(path) as book:
        lang = _language(book.sheetnames)
        if lang is None:
            return None
        about: dict[str, str] = {}
        seen = set()
        for row in book[sheet(lang, "about")].iter_rows(values_only=True):
            key = _KEYS.get(str(row[0]).strip()) if row and row[0] is not None else None
            if key:
                seen.add(key)
                if len(row) > 1 and row[1] not in (None, ""):
                    about[key] = cell_text(row[1])
        if not {"season", "folder"} <= seen:
            return None
        rows: dict[str, int] = {}
        listed: set[str] = set()
        for ws, _, at, found in _numbered(book, lang):
            everyone = ws.title == sheet(lang, "overview")
            for values in found:
                who = cell_text(values[at]) if at < len(values) else ""
                if who:
                    rows[who] = rows.get(who, 0) + 1
                    if everyone:
                        listed.add(who)
    return Overview(path, lang, about, rows, frozenset(listed))


def rows_about(path: Path, numbers: Collection[str]) -> list[Rows]:
    """Every row about ``numbers`` in each sheet of the workbook that has an employee-number
    column, with the sheet's headers."""
    out = []
    with _opened(path) as book:
        lang = _language(book.sheetnames) or "da"
        for ws, header, at, found in _numbered(book, lang):
            rows = tuple(tuple(values) for values in found
                         if at < len(values) and cell_text(values[at]) in numbers)
            if rows:
                out.append(Rows(ws.title, tuple(cell_text(h) for h in header), rows))
    return out


def _numbered(book: Any, lang: str) -> Iterator[tuple[Any, Sequence[Any], int, Iterator[Any]]]:
    """Each sheet with an employee-number column: the sheet, its header, where the number
    stands, and its rows under the header."""
    number = column(lang, "number")
    for ws in book.worksheets:
        found = iter(ws.iter_rows(values_only=True))
        header = next(found, None)
        if header and number in header:
            yield ws, header, header.index(number), found


def is_workbook(path: Path) -> bool:
    """A zip with a workbook part: what openpyxl can open at all."""
    try:
        with zipfile.ZipFile(path) as z:
            return "xl/workbook.xml" in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def cell_text(value: object) -> str:
    """A workbook cell as the text mus wrote: whole numbers without '.0', no outer spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
