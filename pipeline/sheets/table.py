"""Open a workbook or CSV file and hand back its rows with the row numbers Excel shows.

Everything a user can get wrong about the file itself (missing, CSV text saved as .xlsx, an old
.xls, a password) becomes an InputFileError that says what to do.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputFileError
from pipeline.ooxml.sniff import sniff


@dataclass(frozen=True)
class Sheet:
    """The non-empty rows of one sheet: (Excel row number, cell values)."""

    file: Path
    name: str
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


def _require(path: Path, what: str) -> None:
    if not path.exists():
        raise InputFileError(
            f"The {what} {path} does not exist. Check the path, or run `mus init` to make a "
            "working folder with sample files."
        )
    if path.is_dir():
        raise InputFileError(f"The {what} {path} is a folder; give the path of the file itself.")


def open_workbook_sheets(path: Path, what: str) -> dict[str, Sheet]:
    """Every sheet of an .xlsx workbook (or the one table of a .csv file), by sheet name."""
    _require(path, what)
    if path.suffix.lower() == ".csv":
        return {path.stem: read_csv(path)}
    with path.open("rb") as f:
        kind = sniff(f.read(1 << 20))
    if kind == "encrypted":
        raise InputFileError(
            f"The {what} {path} is protected with a password, so it cannot be read. Open it in "
            "Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, "
            "empty the field), save it and run the command again."
        )
    if kind == "ole":
        raise InputFileError(
            f"The {what} {path} is an old Excel 97-2003 file (.xls). Open it in Excel and save it "
            "as an Excel Workbook (.xlsx), then run the command again."
        )
    if kind == "text":
        raise InputFileError(
            f"The {what} {path} is not an Excel workbook: it holds plain text (probably CSV saved "
            "with an .xlsx name). Open it in Excel and save it as an Excel Workbook (.xlsx), or "
            "rename it to end in .csv."
        )
    try:
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
        raise InputFileError(
            f"The {what} {path} could not be opened as an Excel workbook (it may be damaged or "
            "only partly copied). Open it in Excel, save it again as .xlsx and run the command "
            "again."
        ) from err
    try:
        sheets = {}
        for ws in wb.worksheets:
            sheets[ws.title] = Sheet(path, ws.title, tuple(_worksheet_rows(ws)))
        return sheets
    finally:
        wb.close()


def _worksheet_rows(ws: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
        if any(v not in (None, "") and not (isinstance(v, str) and not v.strip()) for v in row):
            yield number, tuple(row)


def decode_text_file(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Excel's Windows encoding on Danish machines."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(path: Path) -> Sheet:
    text = decode_text_file(path.read_bytes())
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    if "\t" in first and first.count("\t") > max(first.count(";"), first.count(",")):
        delimiter = "\t"
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if any(cell.strip() for cell in row):
            rows.append((number, tuple(row)))
    return Sheet(path, path.stem, tuple(rows))
