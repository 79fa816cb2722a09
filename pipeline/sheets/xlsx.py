"""An .xlsx workbook as Excel shows it: openpyxl reads the workbook's parts (its sheets and whether
their tabs are shown, the shared strings, the cell styles, the date system) and each sheet's cells
are walked once (sheetdata.py). Numbers keep the zeros their number format shows (``00418``), a
merged cell's value is shown in every cell it covers, as on screen.
"""

from __future__ import annotations

import posixpath
import warnings
import zipfile
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote

from openpyxl.packaging.relationship import get_dependents
from openpyxl.reader.workbook import WorkbookParser
from openpyxl.styles.stylesheet import Stylesheet
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.xml.functions import fromstring

from pipeline.sheets.layout import CellRange
from pipeline.sheets.sheetdata import CellFormats, read_shared_strings, read_sheet_data
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import valid_email

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


class NotAWorkbook(Exception):
    """The zip is not a workbook openpyxl can read."""


def _workbook_part(archive: zipfile.ZipFile) -> str:
    for rel in get_dependents(archive, "_rels/.rels"):
        if rel.Type == _REL + "officeDocument":
            return str(rel.target).lstrip("/")
    raise NotAWorkbook("no officeDocument relationship")


def _related(archive: zipfile.ZipFile, workbook: str, kind: str) -> str | None:
    folder, name = posixpath.split(workbook)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels not in archive.namelist():
        return None
    for rel in get_dependents(archive, rels):
        if rel.Type == _REL + kind:
            return str(rel.target).lstrip("/")
    return None


def read_workbook_sheets(path: Path) -> dict[str, Sheet]:
    """Every worksheet by name, in the workbook's order. Raises NotAWorkbook (or the zip's and
    the parsers' own errors) for a file that is not one."""
    with zipfile.ZipFile(path) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl's notes on odd parts are not HR's concern
        workbook = _workbook_part(archive)
        parser = WorkbookParser(archive, workbook)
        parser.parse()
        strings_part = _related(archive, workbook, "sharedStrings")
        strings: list[str] = []
        if strings_part and strings_part in archive.namelist():
            with archive.open(strings_part) as source:
                strings = read_shared_strings(source)
        styles_part = _related(archive, workbook, "styles")
        formats = CellFormats()
        if styles_part and styles_part in archive.namelist():
            formats = CellFormats.from_stylesheet(
                Stylesheet.from_tree(cast(Any, fromstring(archive.read(styles_part)))))
        sheets = {}
        for sheet, rel in parser.find_sheets():
            part = str(rel.target).lstrip("/")
            if not rel.Type.endswith("/worksheet") or part not in archive.namelist():
                continue  # a chart sheet, or a sheet the file only names
            rows, layout = read_sheet_data(archive, part, strings, formats, parser.wb.epoch)
            comments = _comments(archive, part)
            links = _mail_links(archive, part, layout.links) if layout.links else {}
            _show_merged(rows, layout.merged)
            hidden = frozenset(r for r in rows if layout.is_hidden(r))
            sheets[sheet.name] = Sheet(
                path, sheet.name, tuple((r, tuple(v)) for r, v in sorted(rows.items())),
                visible=sheet.state in (None, "visible"), hidden_rows=hidden,
                filtered_rows=frozenset(r for r in hidden if layout.hidden_by_filter(r)),
                merged=tuple(layout.merged), unsaved_formulas=layout.unsaved_formulas,
                error_cells=layout.error_cells, aggregates=frozenset(layout.aggregates),
                hidden_columns=frozenset(layout.hidden_columns), marks=layout.marks,
                comments=comments, links=links)
        return sheets


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _mail_links(archive: zipfile.ZipFile, sheet: str, refs: dict[str, str]
                ) -> dict[tuple[int, int], str]:
    """The cells that link to a mail address (a name clicked to write to them: "mailto:…"),
    (row, column from 1) → the address."""
    folder, name = posixpath.split(sheet)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels not in archive.namelist():
        return {}
    targets = {rel.Id: str(rel.Target or "") for rel in get_dependents(archive, rels)}
    found: dict[tuple[int, int], str] = {}
    for ref, rid in refs.items():
        target = targets.get(rid, "")
        if not target.casefold().startswith("mailto:"):
            continue
        address = unquote(target[7:].split("?", 1)[0]).strip()
        try:
            letters, row = coordinate_from_string(ref.split(":", 1)[0])
        except ValueError:
            continue
        if valid_email(address):
            found[(row, column_index_from_string(letters))] = address
    return found


def _comments(archive: zipfile.ZipFile, sheet: str) -> dict[int, tuple[str, ...]]:
    """The notes on a sheet's cells (Excel's comments), row → their texts."""
    folder, name = posixpath.split(sheet)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels not in archive.namelist():
        return {}
    found: dict[int, list[str]] = {}
    for rel in get_dependents(archive, rels):
        if rel.Type != _REL + "comments":
            continue
        part = str(rel.target).lstrip("/")  # get_dependents() resolves it from the sheet
        if part not in archive.namelist():
            continue
        for comment in fromstring(archive.read(part)).iter(f"{_MAIN}comment"):
            ref = comment.get("ref", "")
            digits = "".join(c for c in ref if c.isdigit())
            text = "".join(t.text or "" for t in comment.iter(f"{_MAIN}t")).strip()
            if digits and text:
                found.setdefault(int(digits), []).append(text)
    return {row: tuple(texts) for row, texts in found.items()}


def _show_merged(rows: dict[int, list[Any]], merged: list[CellRange]) -> None:
    """Every cell of a merged block shows the block's value, in rows that hold anything else."""
    last = max(rows, default=0)
    width = max((len(v) for v in rows.values()), default=0)
    for block in merged:
        top = rows.get(block.min_row)
        value = top[block.min_col - 1] if top and len(top) >= block.min_col else None
        if value is None:
            continue
        for number in range(block.min_row, min(block.max_row, last) + 1):
            row = rows.get(number)
            if row is None:
                continue
            right = min(block.max_col, width)
            if len(row) < right:
                row.extend([None] * (right - len(row)))
            for col in range(block.min_col, right + 1):
                if row[col - 1] is None:
                    row[col - 1] = value

