"""Writing sheets with openpyxl in write-only (streaming) mode: Excel tables with filters, frozen
headers, widths, wrapped text, dates as dates, and never a formula made from text."""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from pipeline.errors import OutputError

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
MAX_CELL = 32_000


def plain(v: Any) -> Any:
    """pandas' missing values as empty cells, numpy numbers as Python numbers."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if v is pd.NA or v is pd.NaT:
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        return v.item()
    return v


def text_cell(ws: Any, text: str, wrap: bool) -> Any:
    """A cell that shows ``text`` as text: never a formula (=…), never an error value (#N/A)."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL:
        text = text[:MAX_CELL] + " …"
    if not wrap and not text.startswith("=") and text not in ERROR_CODES:
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    if wrap:
        cell.alignment = WRAP
    return cell


def row_cells(ws: Any, values: Sequence[Any], wrap: Sequence[bool]) -> list[Any]:
    out = []
    for v, w in zip(values, wrap, strict=True):
        v = plain(v)
        if isinstance(v, str):
            out.append(text_cell(ws, v, w))
        elif isinstance(v, dt.datetime):
            cell = WriteOnlyCell(ws, value=v)
            cell.number_format = DATETIME_FORMAT
            out.append(cell)
        elif isinstance(v, dt.date):
            cell = WriteOnlyCell(ws, value=dt.datetime(v.year, v.month, v.day))
            cell.number_format = DATE_FORMAT
            out.append(cell)
        else:
            out.append(v)
    return out


def header_cells(ws: Any, headers: Sequence[str]) -> list[Any]:
    cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.data_type = "s"
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cells.append(cell)
    return cells


def width_for(header: str, wrap: bool, sample: Iterable[Any]) -> float:
    if wrap:
        return 45
    longest = len(header)
    for v in sample:
        v = plain(v)
        if isinstance(v, dt.datetime):
            longest = max(longest, 16)
        elif isinstance(v, dt.date):
            longest = max(longest, 11)
        elif v is not None:
            longest = max(longest, len(str(v)))
    return min(max(longest + 2, 8), 40)


def add_table(ws: Any, name: str, headers: Sequence[str], first_col: int, first_row: int,
              rows: int) -> None:
    if not headers:
        return
    last_col = get_column_letter(first_col + len(headers) - 1)
    ref = f"{get_column_letter(first_col)}{first_row}:{last_col}{first_row + max(rows, 1)}"
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():  # openpyxl warns always in write-only mode; columns are set
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)


def save_atomic(wb: Workbook, path: Path) -> None:
    """Save beside the target, then move into place: a good workbook is never half-replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~mus-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError as err:
        raise OutputError(
            f"{path} could not be replaced: it is probably open in Excel. Close it and run the "
            "command again (the new workbook was not written)."
        ) from err
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
