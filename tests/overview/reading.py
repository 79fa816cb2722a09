"""Reading the overview workbook back as a person would look at it: sheets, blocks, charts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
from openpyxl.worksheet.worksheet import Worksheet


def frame(path: Path, sheet: str) -> pd.DataFrame:
    return pd.read_excel(path, sheet_name=sheet, dtype=object)


def sheet(path: Path, name: str) -> Worksheet:
    ws = openpyxl.load_workbook(path)[name]
    assert isinstance(ws, Worksheet)
    return ws


def rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def line_after(ws: Worksheet, first: str) -> tuple[Any, ...]:
    """The row whose first cell is ``first``."""
    return next(r for r in rows(ws) if r[0] == first)


def block(ws: Worksheet, header: str) -> list[tuple[Any, ...]]:
    """The table on a front sheet whose header row starts with ``header``: its rows up to the
    first empty one (header excluded)."""
    all_rows = rows(ws)
    start = next(i for i, r in enumerate(all_rows) if r[0] == header)
    out = []
    for r in all_rows[start + 1:]:
        if r[0] is None:
            break
        out.append(r)
    return out


def figures(ws: Worksheet) -> dict[str, Any]:
    """The key numbers at the top of a front sheet: label → number."""
    all_rows = rows(ws)
    start = next(i for i, r in enumerate(all_rows) if r[0] == "Status")
    out = {}
    for r in all_rows[start + 1:]:
        if r[0] is None:
            break
        out[r[0]] = r[1]
    return out


def charts(path: Path, sheet_index: int = 1) -> list[str]:
    """The chart parts drawn on one sheet (1-based, in workbook order), as XML text."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        rels = f"xl/worksheets/_rels/sheet{sheet_index}.xml.rels"
        if rels not in names:
            return []
        drawings = re.findall(r'Target="\.\./drawings/(drawing\d+\.xml)"', z.read(rels).decode())
        out = []
        for drawing in drawings:
            drels = z.read(f"xl/drawings/_rels/{drawing}.rels").decode()
            for chart in re.findall(r'Target="\.\./charts/(chart\d+\.xml)"', drels):
                out.append(z.read(f"xl/charts/{chart}").decode())
        return out


def ranges(ws: Worksheet) -> dict[str, list[str]]:
    """Conditional formats: range → the types of its rules."""
    out: dict[str, list[str]] = {}
    for cf in ws.conditional_formatting:
        out[str(cf.sqref)] = [str(rule.type) for rule in cf.rules]
    return out


def column_of(ws: Worksheet, header: str) -> str:
    for cell in ws[1]:
        if cell.value == header:
            return str(cell.column_letter)
    raise AssertionError(f"no column {header!r} on {ws.title}")
