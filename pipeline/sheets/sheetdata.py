"""One pass over a worksheet's XML: the value of every cell as Excel shows it, and its layout.

openpyxl reads the workbook around it (the sheets, shared strings, styles, dates); its read-only
mode would then spend 10-20 µs on every cell through the standard library's parser. Here lxml
walks the rows in C and Python only looks at cells that hold something, so 50,000 employees
read in a few seconds, and a sheet formatted down to row 1,048,576 costs its parse, not a
million empty rows.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel

from pipeline.sheets.layout import CellRange, Layout

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _VALUE, _INLINE, _FORMULA, _TEXT, _RUN = (NS + t for t in ("row", "v", "is", "f", "t", "r"))
_MERGE, _FILTER, _FORMAT, _FILTER_COLUMN, _COL, _LINK = (
    NS + t for t in ("mergeCell", "autoFilter", "sheetFormatPr", "filterColumn", "col",
                     "hyperlink"))
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAX_COLUMNS = 16384
_STRING, _CELL = NS + "si", NS + "c"
_PROPS, _STRIKE = NS + "rPr", NS + "strike"
_LEGEND_CELLS = 4  # a row of at most this many values may be a legend
_LEGEND_TOP = 40  # … and so may the side of a row this near the top (a legend beside the list)
# A formula over other rows (Excel's Data > Subtotal writes SUBTOTAL): its row is a total.
_AGGREGATE = re.compile(r"^\s*=?\s*(?:_xlfn\.)?(?:SUBTOTAL|AGGREGATE|SUM|COUNTA?|COUNTIFS?|"
                        r"SUMIFS?|AVERAGE|MAX|MIN|ROWS|COUNTBLANK)\s*\(", re.IGNORECASE)
_TRUE = ("1", "true")
_ZEROS = re.compile(r'^((?:"[^"]*"|\\.)*)(0{2,})((?:"[^"]*"|\\.)*)$')
_LITERAL = re.compile(r'"([^"]*)"|\\(.)')


def nfc(text: str) -> str:
    """Text as one spelling of each letter: "ø" typed on a Mac (o + a combining stroke) is the
    same "ø" as anywhere else; an address written for a web page ("mwi(at)firma.dk") as the
    address it is."""
    if _hides_at(text) or text[:4] in ("sip:", "SIP:"):
        text = readable_addresses(text)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


# An address a web page writes so that robots do not read it: "mwi(at)firma.dk", "mwi [at]
# firma [dot] dk"
_AT = re.compile(r"(?<![\w.+\-])([\w.+\-]+)\s?[(\[]at[)\]]\s?([\w\-]+(?:\s?(?:\.|[(\[]dot[)\]])\s?"
                 r"[\w\-]+)+)", re.IGNORECASE)
_DOT = re.compile(r"\s?[(\[]dot[)\]]\s?", re.IGNORECASE)


def _hides_at(text: str) -> bool:
    """Whether a text may hold an "@" written for a web page ("(at)", "[at]")."""
    return "at)" in text or "at]" in text or "AT)" in text or "AT]" in text


def readable_addresses(text: str) -> str:
    """Each address written "name(at)domain.dk" or "[at]" … "[dot]" as name@domain.dk, and a
    telephone system's "sip:name@domain.dk" as the address it is."""
    if "sip:" in text or "SIP:" in text:
        text = _SIP.sub("", text)
    if not _hides_at(text):
        return text  # (a whole text file is looked at without a copy of it)
    return _AT.sub(lambda m: f"{m.group(1)}@{_DOT.sub('.', m.group(2))}", text)


_SIP = re.compile(r"(?<![\w.])sip:(?=[\w.+\-']+@[\w\-]+\.)", re.IGNORECASE)


def zero_padded(value: float, number_format: str) -> str | None:
    """``418`` under the format ``00000`` is shown as ``00418``; None for any other format."""
    match = _ZEROS.match(number_format.split(";")[0])
    if not match or not float(value).is_integer() or value < 0:
        return None

    def literal(text: str) -> str:
        return _LITERAL.sub(lambda m: m.group(1) or m.group(2) or "", text)

    return f"{literal(match.group(1))}{int(value):0{len(match.group(2))}d}{literal(match.group(3))}"


@dataclass(frozen=True)
class CellFormats:
    """What each cell style (``s="3"``) does to a number: a date, a duration, zero padding."""

    dates: frozenset[int] = frozenset()
    durations: frozenset[int] = frozenset()
    padded: tuple[tuple[int, str], ...] = ()  # (style, format) for formats of zeros only
    marks: tuple[tuple[str, str], ...] = ()  # (style, mark) for a fill, strike or font colour

    @classmethod
    def from_codes(cls, codes: Sequence[str]) -> CellFormats:
        return cls(frozenset(i for i, c in enumerate(codes) if is_date_format(c)),
                   frozenset(i for i, c in enumerate(codes) if is_timedelta_format(c)),
                   tuple((i, c) for i, c in enumerate(codes) if _ZEROS.match(c.split(";")[0])))

    @classmethod
    def from_stylesheet(cls, stylesheet: Any) -> CellFormats:
        custom = list(stylesheet.number_formats)
        codes = []
        for xf in stylesheet.cell_styles:
            number = xf.numFmtId
            codes.append(custom[number - 164] if number >= 164 and number - 164 < len(custom)
                         else builtin_format_code(number) or "General")
        marks = tuple((str(i), m) for i, m in enumerate(cell_marks(stylesheet)) if m)
        return replace(cls.from_codes(codes), marks=marks)


def _colour(color: Any) -> str:
    """A colour as ``FF8080`` (theme colours as ``theme 5``), "" for none or automatic."""
    if color is None:
        return ""
    if color.type == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:].upper()
    if color.type == "indexed" and isinstance(color.indexed, int) and color.indexed < 64:
        return str(COLOR_INDEX[color.indexed])[-6:].upper()
    if color.type == "theme" and isinstance(color.theme, int):
        return f"theme {color.theme}{f' {color.tint:+.1f}' if color.tint else ''}"
    return ""


def cell_marks(stylesheet: Any) -> list[str]:
    """What each cell style shows that sets a row apart: a fill colour, strike-through, a font
    colour other than the text's own, italics ("fill FF8080", "strike", "font FF0000",
    "italic"; "" for none)."""
    marks = []
    fills, fonts = list(stylesheet.fills), list(stylesheet.fonts)
    for xf in stylesheet.cell_styles:
        parts = []
        fill = fills[xf.fillId] if xf.fillId is not None and xf.fillId < len(fills) else None
        if fill is not None and getattr(fill, "patternType", None) == "solid":
            colour = _colour(fill.fgColor)
            if colour and colour != "FFFFFF":
                parts.append(f"fill {colour}")
        font = fonts[xf.fontId] if xf.fontId is not None and xf.fontId < len(fonts) else None
        if font is not None:
            if font.strike:
                parts.append("strike")
            if font.i:
                parts.append("italic")
            colour = _colour(font.color)
            if colour and colour not in ("000000", "theme 1", "theme 0"):
                parts.append(f"font {colour}")
        marks.append(", ".join(parts))
    return marks


def _inline_text(inline: etree._Element) -> str:
    """A string's text as a person reads it: where some of its runs are struck through and
    others not ("~~Helle Laursen~~ Trine Holm": the old value crossed out, the new beside it),
    the struck runs are left out; a string struck through as a whole keeps its text (the row's
    look, read by the legend)."""
    if len(inline) == 1 and inline[0].tag == _TEXT:  # the usual string: one text, no runs
        return inline[0].text or ""
    parts: list[tuple[str, bool]] = []
    for child in inline:
        if child.tag == _TEXT:
            parts.append((child.text or "", False))
        elif child.tag == _RUN:
            struck = any(p.tag == _PROPS and any(
                s.tag == _STRIKE and s.get("val", "1") not in ("0", "false") for s in p)
                for p in child)
            parts += [(t.text or "", struck) for t in child if t.tag == _TEXT]
    if any(struck for _, struck in parts) and not all(
            struck for text, struck in parts if text.strip()):
        return " ".join("".join(t for t, struck in parts if not struck).split())
    return "".join(t for t, _ in parts)


def read_shared_strings(source: Any) -> list[str]:
    """The workbook's shared strings (rich text as its plain text; phonetic guides left out, as
    openpyxl's own reader does, whose ``_x005F_`` unescaping this follows)."""
    strings = []
    for _, item in etree.iterparse(source, events=("end",), tag=_STRING,
                                   resolve_entities=False, no_network=True, huge_tree=True):
        strings.append(nfc(_inline_text(item).replace("x005F_", "")))
        item.clear(keep_tail=True)
    return strings


def _number(text: str) -> int | float:
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


class _Walker:
    def __init__(self, strings: Sequence[str], formats: CellFormats, epoch: dt.datetime) -> None:
        self.strings = strings
        self.formats = formats
        self.padded = dict(formats.padded)
        self.marks = dict(formats.marks)
        self.epoch = epoch
        self.layout = Layout()
        self.rows: dict[int, list[Any]] = {}
        self._columns: dict[str, int] = {}

    def column(self, cell: etree._Element, row: etree._Element) -> int:
        ref = cell.get("r")
        letters = ref.rstrip("0123456789") if ref else ""
        if not letters:
            return row.index(cell) + 1
        col = self._columns.get(letters)
        if col is None:
            col = self._columns[letters] = column_index_from_string(letters.upper())
        return col

    def value(self, cell: etree._Element, text: str | None, r: int, col: int) -> Any:
        kind = cell.get("t")
        if kind == "s":
            return self.strings[int(text)] if text else None
        if kind in ("str", "inlineStr"):
            return nfc(text) if text else text
        if kind == "b":
            return text in _TRUE if text else None
        if kind == "e":
            if text:
                self.layout.error_cells[(r, col)] = text
            return text
        if not text:
            return None
        if kind == "d":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        number = _number(text)
        style = cell.get("s")
        if style:
            index = int(style)
            if index in self.formats.dates:
                try:
                    return from_excel(number, self.epoch,
                                      timedelta=index in self.formats.durations)
                except (OverflowError, ValueError):
                    self.layout.error_cells[(r, col)] = "#VALUE!"
                    return None
            if index in self.padded:
                return zero_padded(number, self.padded[index]) or number
        return number

    def row(self, element: etree._Element, r: int) -> None:
        layout = self.layout
        hidden = element.get("hidden")
        if hidden in _TRUE:
            layout.hidden.add(r)
        elif layout.rows_hidden_by_default and (hidden is not None or (
                element.get("customHeight") in _TRUE and element.get("ht") not in (None, "0"))):
            layout.shown.add(r)
        values: list[Any] | None = None
        unsaved = False  # a formula whose result was never saved: a value mus cannot see
        strings = self.strings
        for item in element.iter(_VALUE, _INLINE, _FORMULA):
            cell = item.getparent()
            if cell is None:
                continue
            tag = item.tag
            if tag == _FORMULA:
                saved = next(cell.iter(_VALUE), None)
                if saved is None or (not saved.text and cell.get("t") not in ("str", "s")):
                    col = self.column(cell, element)
                    layout.unsaved_formulas[(r, col)] = cell.get("r") or f"R{r}C{col}"
                    unsaved = True
                if item.text and _AGGREGATE.match(item.text):
                    layout.aggregates.add((r, self.column(cell, element)))
                continue
            col = self.column(cell, element)
            got: Any
            if tag != _VALUE:
                got = _inline_text(item)
                if not got.isascii() or ")" in got or "]" in got or got[:4] in ("sip:", "SIP:"):
                    got = nfc(got)  # (most cells: seen without a call)
            elif cell.get("t") == "s":  # the usual cell of a saved workbook: a shared string
                text = item.text
                got = strings[int(text)] if text else None
            else:
                got = self.value(cell, item.text, r, col)
            if got is None or got == "":
                continue
            if self.marks:
                mark = self.marks.get(cell.get("s") or "0")
                if mark:
                    layout.marks[(r, col)] = mark
            if values is None:
                values = []
            if len(values) < col:
                values.extend([None] * (col - len(values)))
            values[col - 1] = got
        if values is not None and any(not isinstance(v, str) or v.strip() for v in values
                                      if v is not None):
            self.rows[r] = values
            if self.marks and (r <= _LEGEND_TOP or sum(v is not None for v in values)
                               <= _LEGEND_CELLS):
                self._empty_marks(element, r, values)
        elif unsaved and self.marks:  # a legend whose text is such a formula: its look is kept
            self._empty_marks(element, r, ())

    def _empty_marks(self, element: etree._Element, r: int, values: Sequence[Any]) -> None:
        """A row of a few texts (a legend: "[red] Fratrådt [yellow] Orlov"), or a row near the
        top (a legend beside the list): the look of its empty cells too."""
        for cell in element.iter(_CELL):
            mark = self.marks.get(cell.get("s") or "0")
            if mark:
                col = self.column(cell, element)
                if col > len(values) or values[col - 1] is None:
                    self.layout.marks[(r, col)] = mark


def _hide_columns(layout: Layout, first: str | None, last: str | None) -> None:
    """``<col min="3" max="4" hidden="1"/>``: columns C and D are hidden."""
    try:
        low = int(first or "0")
        high = min(int(last or first or "0"), _MAX_COLUMNS)
    except ValueError:
        return
    if low >= 1:
        layout.hidden_columns.update(range(low, high + 1))


def read_sheet_data(archive: zipfile.ZipFile, part: str, strings: Sequence[str],
                    formats: CellFormats, epoch: dt.datetime
                    ) -> tuple[dict[int, list[Any]], Layout]:
    """The non-empty rows (Excel row number → values by column from 1) and the layout."""
    walker = _Walker(strings, formats, epoch)
    layout = walker.layout
    r = 0
    done = 0
    with archive.open(part) as source:
        events = etree.iterparse(
            source, events=("end",), tag=(_ROW, _MERGE, _FILTER, _FORMAT, _COL, _LINK),
            resolve_entities=False, no_network=True, huge_tree=True)
        for _, element in events:
            tag = element.tag
            if tag == _ROW:
                number = element.get("r")
                r = int(number) if number else r + 1
                if (layout.rows_hidden_by_default or element.get("hidden") is not None
                        or next(element.iter(_VALUE, _INLINE, _FORMULA), None) is not None):
                    walker.row(element, r)
                done += 1
                if done % 512 == 0:  # rows read so far are done with: keep memory flat
                    parent = element.getparent()
                    if parent is not None:
                        parent.clear(keep_tail=True)
            elif tag == _MERGE:
                merged = CellRange.parse(element.get("ref", ""))
                if merged is not None:
                    layout.merged.append(merged)
            elif tag == _FILTER:
                layout.filter = CellRange.parse(element.get("ref", ""))
                layout.filter_active = next(element.iter(_FILTER_COLUMN), None) is not None
            elif tag == _FORMAT:
                layout.rows_hidden_by_default = element.get("zeroHeight") in _TRUE
            elif tag == _COL and element.get("hidden") in _TRUE:
                _hide_columns(layout, element.get("min"), element.get("max"))
            elif tag == _LINK and element.get(_REL_ID) and element.get("ref"):
                layout.links[element.get("ref", "")] = element.get(_REL_ID, "")
    return walker.rows, layout
