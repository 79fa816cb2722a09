"""Open a workbook or a text file and hand back its sheets as Excel shows them, with the row
numbers Excel shows.

Everything a user can get wrong about the file itself (missing, CSV text saved as .xlsx, an old
.xls, a password, a text file in two encodings) becomes an InputFileError that says what to do.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from pipeline.errors import InputFileError, SheetIssue
from pipeline.ooxml.sniff import sniff
from pipeline.sheets.layout import CellRange

TEXT_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
HeaderScore = Callable[[Sequence[str]], int]


@dataclass(frozen=True)
class Sheet:
    """The non-empty rows of one sheet: (Excel row number, cell values), and what the sheet
    says about them."""

    file: Path
    name: str
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    visible: bool = True  # the sheet's tab is shown
    hidden_rows: frozenset[int] = frozenset()  # rows hidden by hand or by the filter
    filtered_rows: frozenset[int] = frozenset()  # of those, the ones the sheet's filter hides
    merged: tuple[CellRange, ...] = ()
    unsaved_formulas: Mapping[tuple[int, int], str] = field(default_factory=dict)  # → "D5"
    error_cells: Mapping[tuple[int, int], str] = field(default_factory=dict)  # → "#N/A"
    aggregates: frozenset[tuple[int, int]] = frozenset()  # (row, column) of =SUBTOTAL(…) …
    blank_rows: frozenset[int] = frozenset()  # text files: empty lines (a sheet's are gaps)
    encoding: str = ""  # text files: the encoding the file was read in
    hidden_columns: frozenset[int] = frozenset()  # columns (from 1) the sheet hides
    # xlsx: cells whose fill, strike-through or font colour sets them apart → "fill FF8080"
    marks: Mapping[tuple[int, int], str] = field(default_factory=dict)
    # xlsx: the notes (comments) on cells, row → their texts
    comments: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    # xlsx: cells that link to a mail address ("mailto:…"), (row, column from 1) → the address
    links: Mapping[tuple[int, int], str] = field(default_factory=dict)
    # text files: lines of a comma file whose value's own comma split it, joined back
    rejoined: tuple[int, ...] = ()
    # text files: the comment lines over the header ("# Tegnforklaring: ÷ foran navn = …"),
    # without their "#": read as lines over the list are, for a legend
    comment_lines: tuple[str, ...] = ()

    def merged_range(self, row: int, col: int) -> CellRange | None:
        """The merged block that covers a cell (columns numbered from 1), if any."""
        return next((m for m in self.merged if (row, col) in m), None)


def unsaved_formula(where: str) -> tuple[str, str]:
    """What is wrong and what to do about a formula whose result was not saved (cell "D5")."""
    return (f"Cell {where} holds a formula whose result was not saved with the file, so its "
            "value is unknown.", "Open the file in Excel (or LibreOffice Calc), let it "
            "calculate, save it and run the command again.")


def error_cell(where: str, shown: str) -> tuple[str, str]:
    """What is wrong and what to do about a cell that shows an error (``#N/A`` in "D5")."""
    return (f"Cell {where} shows the error {shown}.",
            "Correct the formula or the value in that cell.")


def cell_issues(sheet: Sheet | None) -> list[SheetIssue]:
    """Cells whose value is unknown (a formula never calculated) or an error (``#N/A``)."""
    if sheet is None:
        return []
    issues = [SheetIssue(sheet.file, *unsaved_formula(where), sheet.name, row)
              for (row, _), where in sorted(sheet.unsaved_formulas.items())]
    issues += [SheetIssue(sheet.file, *error_cell(f"{get_column_letter(col)}{row}", shown),
                          sheet.name, row)
               for (row, col), shown in sorted(sheet.error_cells.items())]
    return issues


def _require(path: Path, what: str) -> None:
    if not path.exists():
        raise InputFileError(
            f"The {what} {path} does not exist. Check the path, or run `mus init` to make a "
            "working folder with sample files."
        )
    if path.is_dir():
        raise InputFileError(f"The {what} {path} is a folder; give the path of the file itself.")


def open_workbook_sheets(path: Path, what: str,
                         header_score: HeaderScore | None = None) -> dict[str, Sheet]:
    """Every sheet of an .xlsx workbook (or the one table of a text file), by sheet name.

    ``header_score`` tells how many known headers a row holds; it picks a text file's
    separator from its header row rather than from a title line above it.
    """
    _require(path, what)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return read_text_tables(path, what, header_score)
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
    return read_workbook(path, what)


def _unreadable(path: Path, what: str) -> InputFileError:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.bin" in archive.namelist():
                return InputFileError(
                    f"The {what} {path} is an Excel Binary Workbook (.xlsb). Open it in Excel, "
                    "save it as an Excel Workbook (.xlsx) and run the command again.")
            if "content.xml" in archive.namelist():
                return InputFileError(
                    f"The {what} {path} is a LibreOffice spreadsheet (.ods), not an Excel "
                    "workbook. Open it in LibreOffice Calc, save it as Excel 2007-365 (.xlsx) "
                    "and run the command again.")
    return InputFileError(
        f"The {what} {path} could not be opened as an Excel workbook (it may be damaged or "
        "only partly copied). Open it in Excel, save it again as .xlsx and run the command "
        "again.")


def read_workbook(path: Path, what: str) -> dict[str, Sheet]:
    from lxml import etree

    from pipeline.sheets.xlsx import NotAWorkbook, read_workbook_sheets

    try:
        return read_workbook_sheets(path)
    except (zipfile.BadZipFile, NotAWorkbook, KeyError, OSError, ValueError, TypeError,
            IndexError, etree.XMLSyntaxError) as err:
        raise _unreadable(path, what) from err


# A comment line over a text file's header: "#" or "##" and a text after it (not a header "#")
_COMMENT = re.compile(r"^\s*(?:##|#\s+\S)")


# A section's name on a line of its own, as an old system's export writes it: "[Medarbejdere]"
_SECTION = re.compile(r"^\s*\[([^\[\]]{1,60})\]\s*$")


def _sections(table: Sheet, text: str, header_score: HeaderScore | None
              ) -> dict[str, Sheet] | None:
    """A text file in named sections ("[Afdelinger]" over the units, "[Medarbejdere]" over the
    staff), each a table of its own: each as a sheet named by its section, its rows keeping
    the file's line numbers; None for a file of one table. ``text``: the file's decoded text,
    ``table`` the one table read from all of it."""
    from pipeline.sheets.values import cell_text

    starts = [(n, m.group(1).strip()) for n, values in table.rows
              if len(values) == 1 or not any(cell_text(v) for v in values[1:])
              if (m := _SECTION.match(cell_text(values[0]) if values else ""))]
    if len(starts) < 2 or starts[0][0] > 3:
        return None
    lines = text.splitlines()
    sheets: dict[str, Sheet] = {}
    for i, (start, name) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(lines) + 1
        # the lines of other sections left empty, so that each row keeps its line number
        body = "\n".join(line if start < n < end else "" for n, line in enumerate(lines, 1))
        sheets[name] = _text_sheet(table.file, name, body, table.encoding, header_score)
    return sheets


def _header_unquoted(rows: list[tuple[int, tuple[str, ...]]], delimiter: str
                     ) -> list[tuple[int, tuple[str, ...]]]:
    """A header line quoted as one field ("Medarbejdernummer;Navn;Afdeling") over rows of
    that many fields: the header's fields, as a person reads them."""
    for at, (n, values) in enumerate(rows[:5]):
        if len(values) != 1 or values[0].count(delimiter) < 2:
            continue
        fields = tuple(v.strip() for v in values[0].split(delimiter))
        after = [len(v) for _, v in rows[at + 1:at + 6]]
        if after and all(abs(w - len(fields)) <= 1 for w in after):
            return [*rows[:at], (n, fields), *rows[at + 1:]]
        break
    return rows


def read_text_tables(path: Path, what: str, header_score: HeaderScore | None = None
                     ) -> dict[str, Sheet]:
    """The table of a text file, by the file's name; or, in a file of named sections, each
    section's table by its name."""
    from pipeline.sheets.textfile import EncodingProblem, decode

    try:
        decoded = decode(path.read_bytes())
    except EncodingProblem as problem:
        raise InputFileError(
            f"The {what} {path} cannot be read as text, line {problem.line}: {problem.detail}. "
            "Nothing was read. Open the file in Excel (or Notepad) and save it again as "
            "\"CSV UTF-8\", or export it again from the system it came from, choosing UTF-8."
        ) from problem
    table = _text_sheet(path, "", decoded.text, decoded.encoding, header_score, whole=True)
    return _sections(table, decoded.text, header_score) or {path.stem: table}


def _text_sheet(path: Path, name: str, text: str, encoding: str,
                header_score: HeaderScore | None, whole: bool = False) -> Sheet:
    """One table of a text file: its separator chosen, its lines split into rows; the whole
    file's (``whole``) without comment lines over its header, a header quoted as one field
    split."""
    from pipeline.sheets.textfile import choose_delimiter, rejoin_unquoted, split_rows

    delimiter = choose_delimiter(text, header_score)
    blank: list[int] = []
    rows, rejoined = rejoin_unquoted(split_rows(text, delimiter, blank), delimiter)
    markdown = "#" in text and _MD_RULE.search(text) is not None
    comments: list[str] = []
    if whole:
        while rows and not markdown and _COMMENT.match(rows[0][1][0] if rows[0][1] else ""):
            # draw.io's "# connect: {…}" and "## …" lines over the header
            comments.append(" ".join(str(c) for c in rows[0][1] if c).lstrip("# ").strip())
            rows = rows[1:]
        rows = _header_unquoted(rows, delimiter)
    marks: dict[tuple[int, int], str] = {}
    if "~~" in text:
        rows = _struck(rows, marks)
    if markdown:  # a Markdown page: "## Team Platform" over a table is a heading "Team
        # Platform" (not a comment line over a header, as draw.io's "# …" are)
        rows = [(n, (_MD_HEADING.sub("", cells[0]), *cells[1:]) if cells and cells[0][:1] == "#"
                 else cells) for n, cells in rows]
    return Sheet(path, name, tuple(rows),  # a section's name, or none
                 encoding=encoding, blank_rows=frozenset(blank), rejoined=rejoined,
                 marks=marks, comment_lines=tuple(comments))


_STRUCK = re.compile(r"~~(.+?)~~")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.MULTILINE)  # "|----:|------|"
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def _struck(rows: list[tuple[int, tuple[str, ...]]], marks: dict[tuple[int, int], str]
            ) -> list[tuple[int, tuple[str, ...]]]:
    """Markdown's strike-through ("| ~~1091~~ | ~~Britt Gram~~ |", a table pasted from Teams
    or a wiki): the text without its marks, and a cell wrapped whole marked as struck through,
    as an xlsx cell's strike-through is (its legend, "~~Overstreget~~ = stoppet", reads then)."""
    out = []
    for line, cells in rows:
        plain = []
        for col, cell in enumerate(cells):
            bare = cell.strip()
            if len(bare) > 4 and bare.startswith("~~") and bare.endswith("~~") and (
                    "~~" not in bare[2:-2]):
                marks[(line, col + 1)] = "strike"
            plain.append(_STRUCK.sub(r"\1", cell) if "~~" in cell else cell)
        out.append((line, tuple(plain)))
    return out
