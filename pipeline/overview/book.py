"""The overview workbook's look, over XlsxWriter: formats, safe cell values, column widths, row
heights, colour rules, and the detail sheet (a header row, then one row per record).

A workbook of up to ``CONSTANT_MEMORY_FROM`` cells is built in memory (XlsxWriter's in_memory
mode: no working files at all, and a quarter faster a cell); a bigger one in constant_memory
mode, where each row goes to a working file in ``scratch`` as soon as the next one starts, so
50,000 employees fit in a few hundred MiB. Either way every sheet is written top to bottom and
comes out the same. XlsxWriter refuses Excel tables (``add_table``) in constant_memory mode, so
no sheet uses them: every detail sheet gets an autofilter, a frozen, styled header row and
repeated print titles instead. Text is only ever written with ``write_string`` (and the
workbook's string-to-formula/number/URL conversions are off besides), so an answer
``=HYPERLINK(…)`` stays text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from pipeline.model import Scale
from pipeline.overview.frames import MAX_TEXT, Kind, Rule, SheetData
from pipeline.overview.labels import value
from pipeline.overview.printing import pages_high

MAX_HEIGHT = 409.0  # Excel's highest row, in points
LINE = 15.0  # points a line of 11 pt Calibri needs
PAGE_WIDTH = 250  # column width that prints readably (60 % or more) across a landscape A4
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

HEADER_FILL = "#1F4E79"
# Two warnings, both pale (Excel's own "light red" and "yellow" cell styles): a value that
# needs looking at now, and one to keep an eye on. Nothing is coloured for being fine.
BAD, NEUTRAL = ("#FFC7CE", "#9C0006"), ("#FFEB9C", "#9C5700")
# The fixed steps of the warnings: a scale question's average at or below these points of the
# scale (0: the lowest step, 1: the highest): 2.5 and 3.0 on 1–5; a response rate shown as
# below 50 % and 80 %.
AVERAGE_BAD, AVERAGE_WATCH = 0.375, 0.5
RATE_BAD, RATE_WATCH = 0.495, 0.795

OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
           "default_date_format": "dd-mm-yyyy"}
# In memory, XlsxWriter keeps about 150 bytes a cell: two million cells are some 300 MiB.
CONSTANT_MEMORY_FROM = 2_000_000


def clean(value: str) -> str:
    """Any text as a cell can hold it: a file name in invalid UTF-8 (its undecodable bytes
    shown as �), no control characters XML cannot carry, at most Excel's length."""
    if _BAD.search(value):
        try:
            value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "replace").decode("utf-8")
        value = _CONTROL.sub("", value)
    if len(value) > MAX_TEXT:
        value = value[:MAX_TEXT] + " …"
    return value


def text_lines(value: str, width: float) -> int:
    """How many lines ``value`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(4, int(width * 1.2) - 1)
    if len(value) <= per_line and "\n" not in value:
        return 1
    lines = 0
    for paragraph in value.split("\n"):
        if len(paragraph) <= per_line:
            lines += 1
            continue
        used = 0
        lines += 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > per_line:
                lines += 1
                used = 0
            while size > per_line:  # a word longer than the line breaks anywhere
                size -= per_line
                lines += 1
            used += size + (1 if used else 0)
    return lines


class Book:
    """One workbook being written: its formats and how a value becomes a cell."""

    def __init__(self, file: BinaryIO, scratch: Path | None, scale: Scale, title: str,
                 lang: str, late: bool = False) -> None:
        """``scratch``: a folder for the working files of a big workbook (constant_memory);
        None builds it in memory. ``late``: the reply deadline has passed, so a missing form
        and a low response rate are warnings."""
        mode = ({"in_memory": True} if scratch is None else
                {"constant_memory": True, "tmpdir": str(scratch)})
        self.wb = Workbook(file, {**OPTIONS, **mode})
        self.scale = scale
        self.title = title
        self.lang = lang
        self.late = late
        add = self.wb.add_format
        top = {"valign": "top"}
        middle = {"valign": "top", "align": "center"}
        self.header = add({"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL,
                           "text_wrap": True, "valign": "top", "border": 1,
                           "border_color": "#BFBFBF"})
        self.formats: dict[str, Format] = {
            "id": add(top), "text": add(top),
            "wrap": add({**top, "text_wrap": True}),
            "plain": add({**top, "text_wrap": True, "align": "left"}),
            "int": add({**top, "num_format": "0"}),
            "level": add({**middle, "num_format": "0"}),
            "decimal": add({**middle, "num_format": "0.0"}),
            "percent": add({**middle, "num_format": "0%"}),
            "date": add({**middle, "num_format": "dd-mm-yyyy"}),
            "datetime": add({**middle, "num_format": "dd-mm-yyyy hh:mm"}),
        }
        self.heading = add({"bold": True, "font_size": 13, "font_color": HEADER_FILL})
        self.big = add({"bold": True, "font_size": 18, "font_color": HEADER_FILL})
        self.note = add({"italic": True, "font_color": "#595959"})
        self.label = add({})
        self.number = add({"bold": True, "num_format": "#,##0", "align": "right"})
        self.percent = add({"bold": True, "num_format": "0%", "align": "right"})
        self.figure_text = add({"bold": True, "align": "left"})
        self.number_bad = add({"bold": True, "num_format": "#,##0", "align": "right",
                               "bg_color": BAD[0], "font_color": BAD[1]})
        self.bad = add({"bg_color": BAD[0], "font_color": BAD[1]})
        self.neutral = add({"bg_color": NEUTRAL[0], "font_color": NEUTRAL[1]})

    def __enter__(self) -> Book:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is not None:
            self.abandon()
            return
        try:
            self.wb.close()
        except BaseException:
            self.abandon()
            raise

    def abandon(self) -> None:
        """Let go of what XlsxWriter holds open when writing stops part-way (a full disk, an
        interruption). It has no abort: in constant_memory mode every sheet keeps its row file
        open until close(), which would try to finish the workbook."""
        for ws in self.wb.worksheets():
            handle = getattr(ws, "row_data_fh", None)
            if handle is not None and not handle.closed:
                with contextlib.suppress(OSError):
                    handle.close()

    # --- cells ----------------------------------------------------------------------------

    def put(self, ws: Worksheet, row: int, col: int, value: Any, fmt: Format | None) -> None:
        """One value as the cell it should be: text as text, numbers, dates; None: nothing."""
        if value is None:
            return
        if isinstance(value, str):
            ws.write_string(row, col, clean(value), fmt)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, int | float):
            if not (math.isnan(value) or math.isinf(value)):
                ws.write_number(row, col, value, fmt)
        elif isinstance(value, dt.datetime):
            ws.write_datetime(row, col, value.replace(tzinfo=None),
                              fmt if fmt is self.formats["datetime"] else
                              self.formats["datetime"])
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, dt.datetime.combine(value, dt.time()),
                              fmt if fmt is self.formats["date"] else self.formats["date"])
        else:
            ws.write_string(row, col, clean(str(value)), fmt)

    # --- sheets ---------------------------------------------------------------------------

    def sheet(self, name: str, landscape: bool = True, fit: bool = True) -> Worksheet:
        """A sheet printed on A4, with the title and page numbers; ``fit``: to the page's
        width (else at the print scale the caller sets)."""
        ws = self.wb.add_worksheet(name)
        ws.set_paper(9)  # A4
        if landscape:
            ws.set_landscape()
        if fit:
            ws.fit_to_pages(1, 0)
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.set_header(f"&L{header_text(self.title, HEADER_ROOM)}&R&A", {"margin": 0.25})
        ws.set_footer("&RSide &P af &N" if self.lang == "da" else "&RPage &P of &N",
                      {"margin": 0.25})
        return ws

    def detail(self, name: str, data: SheetData, freeze: int = 2,
               filters: bool = True) -> Worksheet:
        """A detail sheet: a styled header row kept in view and repeated on every printed page,
        a filter on every column, then a row per record, each as tall as its wrapped text."""
        ws = self.sheet(name)
        frame = data.frame
        headers = [str(h) for h in frame.columns]
        columns = [frame[h].tolist() for h in frame.columns]
        kinds = [data.kind(h) for h in headers]
        widths = [column_width(h, k, values) for h, k, values in zip(headers, kinds, columns,
                                                                     strict=True)]
        for col, header in enumerate(headers):
            if header in data.choices:
                widths[col] = max(widths[col], max(len(c) for c in data.choices[header]) + 5)
        tall = any(k in ("wrap", "plain") for k in kinds)
        # A format costs XlsxWriter a fifth more a cell. Where rows are one line high, text and
        # whole numbers need none (the top alignment only matters in tall rows).
        formats: list[Format | None] = [
            None if not tall and k in ("id", "text", "int", "level") else self.formats[k]
            for k in kinds]
        for col, width in enumerate(widths):
            ws.set_column(col, col, width)
        ws.set_row(0, header_height(headers, widths))
        for col, header in enumerate(headers):
            ws.write_string(0, col, clean(header), self.header)
            note = data.comments.get(header)
            if note:
                ws.write_comment(0, col, clean(note), {"author": "mus", "x_scale": 2.5,
                                                       "y_scale": 1 + len(note) // 160})
        wrapped = [(col, widths[col]) for col, k in enumerate(kinds) if k in ("wrap", "plain")]
        put, write_string, write_number = self.put, ws.write_string, ws.write_number
        rows = len(frame)
        height = rows * LINE  # of all rows, in points: to fit the pages' height
        # The inner loop of every big sheet: text and whole numbers straight to XlsxWriter,
        # anything else through put().
        for row, values in enumerate(zip(*columns, strict=True), start=1):
            if wrapped:
                lines = max((text_lines(v, w) for col, w in wrapped
                             if isinstance(v := values[col], str)), default=1)
                if lines > 1:
                    ws.set_row(row, tall_row := min(MAX_HEIGHT, lines * LINE + 2))
                    height += tall_row - LINE
            for col, cell in enumerate(values):
                kind = type(cell)
                if kind is str:
                    write_string(row, col, clean(cell), formats[col])
                elif kind is int:
                    write_number(row, col, cell, formats[col])
                elif cell is not None:
                    put(ws, row, col, cell, formats[col])
        for (row, header), note in data.notes.items():
            ws.write_comment(row + 1, headers.index(header), clean(note),
                             {"author": "mus", "x_scale": 2})
        last = len(headers) - 1
        if last >= 0:
            if filters:
                ws.autofilter(0, 0, max(rows, 1), last)
            ws.freeze_panes(1, min(freeze, last))
            ws.repeat_rows(0)
            pages = math.ceil(sum(widths) / PAGE_WIDTH)
            repeated = widths[:min(freeze, last)] if pages > 1 and freeze else []
            if repeated:  # too wide to read on one page: across pages, the names on each
                ws.repeat_columns(0, len(repeated) - 1)
            ws.fit_to_pages(pages, pages_high(widths, pages, repeated,
                                              header_height(headers, widths), height))
            for col, header in enumerate(headers):
                rule = data.rules.get(header)
                if rule and rows:
                    self.rule(ws, 1, col, rows, col, rule)
                choices = data.choices.get(header)
                if choices:
                    ws.data_validation(1, col, max(rows, 1), col, {
                        "validate": "list", "source": list(choices), "error_type": "warning",
                        "error_title": "mus", "error_message": ", ".join(choices)})
        return ws

    def rule(self, ws: Worksheet, first_row: int, first_col: int, last_row: int, last_col: int,
             rule: Rule) -> None:
        """A colour rule over a range (never called for an empty one)."""
        low, span = self.scale.low, self.scale.high - self.scale.low
        area = (first_row, first_col, last_row, last_col)
        if rule == "average":
            # "between" leaves an empty cell (no answers: no average) alone, as "<" would not
            self._steps(ws, area, low, low + span * AVERAGE_BAD, low + span * AVERAGE_WATCH)
        elif rule == "rate":
            if self.late:
                self._steps(ws, area, 0, RATE_BAD, RATE_WATCH)
        elif rule == "status":
            for word, fmt in self.status_formats():
                ws.conditional_format(*area, {"type": "cell", "criteria": "==",
                                              "value": '"' + word.replace('"', '""') + '"',
                                              "format": fmt})
        elif rule == "overdue":
            cell = f"{column_name(first_col)}{first_row + 1}"
            ws.conditional_format(*area, {"type": "formula",
                                          "criteria": f'=AND({cell}<>"",{cell}<TODAY())',
                                          "format": self.bad})

    def _steps(self, ws: Worksheet, area: tuple[int, int, int, int], bottom: float,
               bad: float, watch: float) -> None:
        """Pale red from ``bottom`` to ``bad``, yellow above it to ``watch`` (the first rule
        that holds is the one shown, in Excel and in LibreOffice)."""
        ws.conditional_format(*area, {"type": "cell", "criteria": "between", "minimum": bottom,
                                      "maximum": bad, "format": self.bad})
        ws.conditional_format(*area, {"type": "cell", "criteria": "between", "minimum": bad,
                                      "maximum": watch, "format": self.neutral})

    def status_formats(self) -> list[tuple[str, Format]]:
        """A form with a problem is always worth a look; a missing one only once the reply
        deadline has passed (on the day the forms go out, every form is missing)."""
        formats = [(value(self.lang, "problem"), self.neutral)]
        if self.late:
            formats.append((value(self.lang, "missing"), self.bad))
        return formats


def column_name(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_width(header: str, kind: Kind, values: Sequence[Any], sample: int = 2000) -> float:
    """Wide enough for the values (the first ``sample`` of them) and for every word of the
    header, whole (a header is bold and wraps at spaces, never inside a word); a free-text
    column is wide and wraps, a one-digit answer column is narrow."""
    longest_word = max((len(w) for w in header.split()), default=4)
    whole_word = float(min(math.ceil(longest_word * BOLD) + 1, MAX_WORD))
    if kind == "date":
        return max(12.0, whole_word)
    if kind == "datetime":
        return max(17.0, whole_word)
    if kind in ("int", "level", "decimal", "percent"):
        digits = max((len(f"{v:.1f}" if isinstance(v, float) else str(v))
                      for v in values[:sample] if v is not None), default=1)
        return max(float(min(max(digits, 4) + 2, 16)), whole_word)
    lengths = [max(len(line) for line in v.split("\n")) if isinstance(v, str) else
               len(str(v)) for v in values[:sample] if v is not None]
    longest = max(lengths, default=0)
    if kind in ("wrap", "plain"):
        return max(float(min(max(longest, 16) + 2, 45)), whole_word)
    return max(float(min(max(longest, 6) + 2, 40 if kind == "text" else 18)), whole_word)


BOLD = 1.15  # a bold header's letters are wider than the digits a column width counts
MAX_WORD = 30  # a longer word in a header (rare) may break; the column stays printable


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    lines = max((text_lines(h, (w - 1) / BOLD) for h, w in zip(headers, widths, strict=True)),
                default=1)
    return min(MAX_HEIGHT, max(1, min(lines, 8)) * LINE + 3)


HEADER_ROOM = 255 - len("&L&R&A")  # Excel takes at most 255 characters for a page header


def header_text(text: str, room: int) -> str:
    """``text`` for a page header: "&" written "&&" (a lone one starts a code), cut with "…"
    to fit ``room`` characters (a leader's name can be 300 long), never half an "&&"."""
    out: list[str] = []
    used = 0
    for n, char in enumerate(text):
        cost = 2 if char == "&" else 1
        last = n == len(text) - 1
        if used + cost + (0 if last else 1) > room:
            return "".join(out) + "…"
        out.append("&&" if char == "&" else char)
        used += cost
    return "".join(out)
