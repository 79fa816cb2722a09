"""A small streaming .xlsx writer: rows go straight into the zip, cell by cell as text.

openpyxl (and XlsxWriter) spend 10-15 µs on every cell; the overview of a large municipality
holds millions of cells (10,000 employees × 10 competences alone is 100,000 rows). This writer
does only what the overview needs, at about a microsecond a cell, in constant memory: inline
strings (never a formula: there is no way to write one), numbers, dates, a few fixed styles,
column widths, frozen panes, Excel tables with filters, conditional formatting, bar charts and
print setup. Workbooks are read back with openpyxl and pandas in the tests.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pipeline.atomic import PREFIX, clean_stale, ensure_folder, explain
from pipeline.errors import OutputError

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
MAX_CELL = 32_000
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = dt.datetime(1899, 12, 30)

# Cell styles (indexes into cellXfs below).
PLAIN, HEADER, WRAP, DATE, DATETIME, PERCENT, DECIMAL = range(7)
FORMATS = {"date": DATE, "datetime": DATETIME, "percent": PERCENT, "decimal": DECIMAL,
           "wrap": WRAP}
PALETTE = ("2E75B6", "ED7D31", "A5A5A5", "FFC000", "70AD47")
# Conditional-formatting fills (indexes into dxfs below).
RED, GREEN, ORANGE = range(3)

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/>\
<numFmt numFmtId="165" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font>\
</fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/>\
</patternFill></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" \
applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
<alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
<dxfs count="3"><dxf><fill><patternFill><bgColor rgb="FFF8CBAD"/></patternFill></fill></dxf>\
<dxf><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>\
<dxf><fill><patternFill><bgColor rgb="FFFFE699"/></patternFill></fill></dxf></dxfs>\
</styleSheet>"""


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text(value: str) -> str:
    """A string as cell text: characters XML cannot hold removed, Excel's length limit kept."""
    value = _ILLEGAL.sub("", value)
    if len(value) > MAX_CELL:
        value = value[:MAX_CELL] + " …"
    return value


def serial(value: dt.date | dt.datetime) -> float:
    """Excel's day number (the 1900 date system)."""
    if isinstance(value, dt.datetime):
        moment = value.replace(tzinfo=None)
        return (moment - _EPOCH).total_seconds() / 86400
    return float((value - _EPOCH.date()).days)


@dataclass(frozen=True)
class Table:
    name: str
    first_col: int  # 0-based
    first_row: int  # 1-based (the header row)
    headers: tuple[str, ...]
    rows: int  # data rows

    @property
    def ref(self) -> str:
        last = column_letter(self.first_col + len(self.headers) - 1)
        return (f"{column_letter(self.first_col)}{self.first_row}:"
                f"{last}{self.first_row + max(self.rows, 1)}")


@dataclass(frozen=True)
class Rule:
    """A conditional format on ``ref``: kind is "equal" (cell equals the text ``value``),
    "expression" (a formula of the rule's own, e.g. AND(K2<>"",K2<TODAY())), "scale" (red →
    yellow → green) or "gap" (white → orange)."""

    ref: str
    kind: str
    value: str = ""
    fill: int = RED


@dataclass(frozen=True)
class Chart:
    """A bar chart of the series in ``series`` (each a (title ref, values ref)) over ``categories``,
    anchored at the cell (col, row), both 0-based."""

    title: str
    categories: str
    series: tuple[tuple[str, str], ...]
    anchor: tuple[int, int]
    direction: str = "col"  # col: vertical bars; bar: horizontal
    stacked: bool = False
    size: tuple[int, int] = (10, 18)  # rows, columns


@dataclass
class _Sheet:
    name: str
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


class Workbook:
    """Write sheets one after another, then close(): the file appears complete or not at all."""

    def __init__(self, path: Path) -> None:
        self.path = path
        ensure_folder(path.parent)
        if path.is_dir():
            raise OutputError(explain(IsADirectoryError(21, "is a folder"), path))
        clean_stale(path.parent)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=".xlsx",
                                       dir=path.parent)
            os.close(fd)
        except OSError as err:
            raise OutputError(explain(err, path)) from err
        self._tmp = Path(tmp)
        self._zip = zipfile.ZipFile(self._tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._sheets: list[_Sheet] = []

    def sheet(self, name: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
              widths: Sequence[float], formats: Sequence[str | None] | None = None,
              freeze: tuple[int, int] = (1, 0), table: str | None = None,
              rules: Sequence[Rule] = (), charts: Sequence[Chart] = (),
              side: tuple[Sequence[str], Sequence[Sequence[Any]], Sequence[str | None], str]
              | None = None, landscape: bool = True) -> None:
        """One sheet: a header row, then ``rows``; with ``table`` they form an Excel table.
        ``side`` (headers, rows, formats, table name) is a second table two columns to the
        right. ``freeze`` is (rows, columns) kept in view."""
        index = len(self._sheets) + 1
        sheet = _Sheet(name)
        self._sheets.append(sheet)
        formats = list(formats or [None] * len(headers))
        side_offset = len(headers) + 2
        all_widths = list(widths)
        if side is not None:
            all_widths += [3, 3] + [max(10.0, min(len(h) + 2, 30)) for h in side[0]]
        with self._zip.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as out:
            def write(s: str) -> None:
                out.write(s.encode("utf-8"))

            write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                  f'xmlns="{MAIN}" xmlns:r="{REL}"><sheetPr><pageSetUpPr fitToPage="1"/>'
                  f"</sheetPr>{_view(freeze)}<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
            write("".join(f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>'
                          for i, w in enumerate(all_widths, start=1)))
            write("</cols><sheetData>")
            head = _cells(1, 0, headers, [None] * len(headers), header=True)
            side_rows = list(side[1]) if side is not None else []
            if side is not None:
                head += _cells(1, side_offset, side[0], [None] * len(side[0]), header=True)
            write(f'<row r="1">{head}</row>')
            count = 0
            for count, values in enumerate(rows, start=1):
                cells = _cells(count + 1, 0, values, formats)
                if count <= len(side_rows) and side is not None:
                    cells += _cells(count + 1, side_offset, side_rows[count - 1], side[2])
                write(f'<row r="{count + 1}">{cells}</row>')
            if side is not None:
                for n in range(count + 1, len(side_rows) + 1):
                    write(f'<row r="{n + 1}">'
                          f"{_cells(n + 1, side_offset, side_rows[n - 1], side[2])}</row>")
            write("</sheetData>")
            if table:
                sheet.tables.append(Table(table, 0, 1, tuple(headers), count))
            if side is not None:
                sheet.tables.append(Table(side[3], side_offset, 1, tuple(side[0]),
                                          len(side_rows)))
            for priority, rule in enumerate(rules, start=1):
                write(_rule(rule, priority))
            orientation = "landscape" if landscape else "portrait"
            write('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" '
                  f'footer="0.3"/><pageSetup orientation="{orientation}" fitToWidth="1" '
                  'fitToHeight="0"/>')
            sheet.charts = list(charts)
            rel = 1
            if sheet.charts:
                write(f'<drawing r:id="rId{rel}"/>')
                rel += 1
            if sheet.tables:
                write(f'<tableParts count="{len(sheet.tables)}">'
                      + "".join(f'<tablePart r:id="rId{rel + i}"/>'
                                for i in range(len(sheet.tables))) + "</tableParts>")
            write("</worksheet>")

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind: object, error: BaseException | None, *rest: object) -> None:
        if kind is None:
            self.close()
            return
        # a failure while writing: no half-written workbook, no temporary file left
        with contextlib.suppress(OSError):
            self._zip.close()
        self._tmp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(explain(error, self.path)) from error

    def close(self) -> None:
        try:
            self._finish()
            self._zip.close()
            os.replace(self._tmp, self.path)
        except OSError as err:
            raise OutputError(explain(err, self.path)) from err
        finally:
            with contextlib.suppress(OSError):
                self._zip.close()
            self._tmp.unlink(missing_ok=True)

    def _finish(self) -> None:
        z = self._zip
        overrides = []
        table_id = chart_id = drawing_id = 0
        for index, sheet in enumerate(self._sheets, start=1):
            rels = []
            overrides.append((f"/xl/worksheets/sheet{index}.xml",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml."
                              "worksheet+xml"))
            if sheet.charts:
                drawing_id += 1
                rels.append(("drawing", f"../drawings/drawing{drawing_id}.xml"))
                anchors, drawing_rels = [], []
                for n, chart in enumerate(sheet.charts, start=1):
                    chart_id += 1
                    anchors.append(_anchor(chart, n))
                    drawing_rels.append(("chart", f"../charts/chart{chart_id}.xml"))
                    z.writestr(f"xl/charts/chart{chart_id}.xml", _chart(chart, sheet.name))
                    overrides.append((f"/xl/charts/chart{chart_id}.xml", "application/vnd."
                                      "openxmlformats-officedocument.drawingml.chart+xml"))
                z.writestr(f"xl/drawings/drawing{drawing_id}.xml",
                           f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           f'<xdr:wsDr xmlns:xdr="{DRAWING}" xmlns:a="{A}">'
                           + "".join(anchors) + "</xdr:wsDr>")
                z.writestr(f"xl/drawings/_rels/drawing{drawing_id}.xml.rels",
                           _rels(drawing_rels))
                overrides.append((f"/xl/drawings/drawing{drawing_id}.xml",
                                  "application/vnd.openxmlformats-officedocument.drawing+xml"))
            for table in sheet.tables:
                table_id += 1
                rels.append(("table", f"../tables/table{table_id}.xml"))
                z.writestr(f"xl/tables/table{table_id}.xml", _table_xml(table, table_id))
                overrides.append((f"/xl/tables/table{table_id}.xml", "application/vnd."
                                  "openxmlformats-officedocument.spreadsheetml.table+xml"))
            if rels:
                z.writestr(f"xl/worksheets/_rels/sheet{index}.xml.rels", _rels(rels))
        sheets = "".join(f"<sheet name={quoteattr(s.name)} sheetId=\"{i}\" r:id=\"rId{i}\"/>"
                         for i, s in enumerate(self._sheets, start=1))
        z.writestr("xl/workbook.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook '
                   f'xmlns="{MAIN}" xmlns:r="{REL}"><bookViews><workbookView/></bookViews>'
                   f"<sheets>{sheets}</sheets></workbook>")
        workbook_rels = [("worksheet", f"worksheets/sheet{i}.xml")
                         for i in range(1, len(self._sheets) + 1)] + [("styles", "styles.xml")]
        z.writestr("xl/_rels/workbook.xml.rels", _rels(workbook_rels))
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("_rels/.rels", _rels([("officeDocument", "xl/workbook.xml")], package=True))
        overrides += [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.sheet.main+xml"),
                      ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument."
                       "spreadsheetml.styles+xml")]
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="'
                   'http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType='
                   '"application/xml"/>'
                   + "".join(f'<Override PartName="{p}" ContentType="{t}"/>'
                             for p, t in overrides) + "</Types>")


def _view(freeze: tuple[int, int]) -> str:
    rows, cols = freeze
    if not rows and not cols:
        return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    pane = "bottomRight" if rows and cols else ("bottomLeft" if rows else "topRight")
    split = (f' xSplit="{cols}"' if cols else "") + (f' ySplit="{rows}"' if rows else "")
    top_left = f"{column_letter(cols)}{rows + 1}"
    return (f'<sheetViews><sheetView workbookViewId="0"><pane{split} topLeftCell="{top_left}" '
            f'activePane="{pane}" state="frozen"/><selection pane="{pane}"/></sheetView>'
            "</sheetViews>")


_LETTERS = [column_letter(i) for i in range(702)]


def _cells(row: int, first: int, values: Sequence[Any], formats: Sequence[str | None],
           header: bool = False) -> str:
    out = []
    for offset, value in enumerate(values):
        if value is None:
            continue
        ref = f"{_LETTERS[first + offset]}{row}"
        kind = formats[offset] if offset < len(formats) else None
        if isinstance(value, str):
            if header:
                style = f' s="{HEADER}"'
            elif kind == "wrap":
                style = f' s="{WRAP}"'
            else:
                style = ""
            out.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">'
                       f"{escape(text(value))}</t></is></c>")
        elif isinstance(value, bool):
            out.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, dt.datetime):
            out.append(f'<c r="{ref}" s="{DATETIME}"><v>{serial(value)!r}</v></c>')
        elif isinstance(value, dt.date):
            out.append(f'<c r="{ref}" s="{DATE}"><v>{serial(value)!r}</v></c>')
        elif isinstance(value, int | float):
            if isinstance(value, float):
                if math.isnan(value) or math.isinf(value):
                    continue
                if value.is_integer() and abs(value) < 2**53:
                    value = int(value)  # a level of 3 (in a column with gaps) is 3, not 3.0
            style = f' s="{FORMATS[kind]}"' if kind in ("percent", "decimal") else ""
            out.append(f'<c r="{ref}"{style}><v>{value!r}</v></c>')
        else:
            out.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">'
                       f"{escape(text(str(value)))}</t></is></c>")
    return "".join(out)


def _rule(rule: Rule, priority: int) -> str:
    if rule.kind == "equal":
        body = (f'<cfRule type="cellIs" dxfId="{rule.fill}" priority="{priority}" '
                f'operator="equal"><formula>{escape(_quote(rule.value))}</formula></cfRule>')
    elif rule.kind == "expression":
        body = (f'<cfRule type="expression" dxfId="{rule.fill}" priority="{priority}">'
                f"<formula>{escape(rule.value)}</formula></cfRule>")
    elif rule.kind == "scale":
        body = (f'<cfRule type="colorScale" priority="{priority}"><colorScale><cfvo type="min"/>'
                '<cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/>'
                '<color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule>')
    else:  # gap
        body = (f'<cfRule type="colorScale" priority="{priority}"><colorScale><cfvo type="num" '
                'val="0"/><cfvo type="max"/><color rgb="FFFFFFFF"/><color rgb="FFF4B183"/>'
                "</colorScale></cfRule>")
    return f'<conditionalFormatting sqref="{rule.ref}">{body}</conditionalFormatting>'


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _rels(items: Sequence[tuple[str, str]], package: bool = False) -> str:
    base = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
    rels = "".join(f'<Relationship Id="rId{i}" Type="{base}{kind}" Target="{target}"/>'
                   for i, (kind, target) in enumerate(items, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PKG}">{rels}</Relationships>')


def _table_xml(table: Table, table_id: int) -> str:
    columns = "".join(f"<tableColumn id=\"{i}\" name={quoteattr(h)}/>"
                      for i, h in enumerate(table.headers, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="{MAIN}" '
            f'id="{table_id}" name="{table.name}" displayName="{table.name}" ref="{table.ref}" '
            f'totalsRowShown="0"><autoFilter ref="{table.ref}"/><tableColumns '
            f'count="{len(table.headers)}">{columns}</tableColumns><tableStyleInfo '
            'name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" '
            'showColumnStripes="0"/></table>')


def _anchor(chart: Chart, n: int) -> str:
    col, row = chart.anchor
    rows, cols = chart.size
    return (f"<xdr:twoCellAnchor><xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>0</xdr:colOff>"
            f"<xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>"
            f"{col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row + rows}</xdr:row>"
            f'<xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>'
            f'<xdr:cNvPr id="{n + 1}" name="Chart {n}"/><xdr:cNvGraphicFramePr/>'
            '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            f'</xdr:xfrm><a:graphic><a:graphicData uri="{CHART}"><c:chart xmlns:c="{CHART}" '
            f'xmlns:r="{REL}" r:id="rId{n}"/></a:graphicData></a:graphic></xdr:graphicFrame>'
            "<xdr:clientData/></xdr:twoCellAnchor>")


def _chart(chart: Chart, sheet: str) -> str:
    quoted = "'" + sheet.replace("'", "''") + "'"
    series = "".join(
        f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>'
        + (f"<c:tx><c:strRef><c:f>{escape(quoted)}!{title}</c:f></c:strRef></c:tx>"
           if title else "")
        # An explicit fill: LibreOffice draws a series without one invisible.
        + f'<c:spPr><a:solidFill><a:srgbClr val="{PALETTE[i % len(PALETTE)]}"/></a:solidFill>'
        "</c:spPr><c:invertIfNegative val=\"0\"/>"
        + f"<c:cat><c:strRef><c:f>{escape(quoted)}!{chart.categories}</c:f></c:strRef></c:cat>"
        f"<c:val><c:numRef><c:f>{escape(quoted)}!{values}</c:f></c:numRef></c:val></c:ser>"
        for i, (title, values) in enumerate(chart.series))
    grouping = "stacked" if chart.stacked else "clustered"
    overlap = '<c:overlap val="100"/>' if chart.stacked else ""
    legend = ('<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
              if len(chart.series) > 1 else "")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace '
            f'xmlns:c="{CHART}" xmlns:a="{A}" xmlns:r="{REL}"><c:chart><c:title><c:tx><c:rich>'
            f"<a:bodyPr/><a:p><a:r><a:t>{escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>"
            '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
            f'<c:barChart><c:barDir val="{chart.direction}"/><c:grouping val="{grouping}"/>'
            f'<c:varyColors val="0"/>{series}<c:gapWidth val="80"/>{overlap}'
            '<c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/>'
            '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{"l" if chart.direction == "bar" else "b"}"/>'
            '<c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling>'
            '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{"b" if chart.direction == "bar" else "l"}"/><c:majorGridlines/>'
            '<c:crossAx val="1001"/></c:valAx></c:plotArea>'
            f'{legend}<c:plotVisOnly val="1"/></c:chart></c:chartSpace>')
