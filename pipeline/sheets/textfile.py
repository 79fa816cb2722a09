"""Employee lists saved as text: CSV or tab-separated, in whatever encoding the exporting program
chose (UTF-8 with or without BOM, UTF-16 from PowerShell or Excel's "Unicode-tekst", Windows-1252,
Mac Roman from Excel for Mac: the one whose letters read as words).

A file is decoded as a whole in one encoding or refused with the line that does not fit: a
UTF-8 file with one Windows-1252 line is never turned into "KjÃ¦r".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.sheets.sheetdata import readable_addresses

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
         (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"))
_UTF16_NAMES = {"utf-16-le": "UTF-16 LE (no BOM)", "utf-16-be": "UTF-16 BE (no BOM)"}
DELIMITERS = (";", ",", "\t", "|")
# The letters beyond ASCII a Nordic list holds: a Mac Roman file must be made of them.
_NORDIC = frozenset("æøåÆØÅäöüÄÖÜéÉèáóíúñ")
_SAMPLE_LINES = 40


class EncodingProblem(Exception):
    """The bytes cannot be read as one encoding; ``line`` is the first line that does not fit."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # as a person would name it: "UTF-8", "UTF-16 LE", "Windows-1252"


def _line_of(data: bytes, offset: int, codec: str = "utf-8") -> int:
    return data[:offset].decode(codec, errors="replace").count("\n") + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """PowerShell and Excel always write a BOM, but a copy through another tool may lose it:
    ASCII text in UTF-16 has a zero byte in every other place."""
    head = data[:4000]
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > even * 4:
        return "utf-16-le"
    if even > odd * 4:
        return "utf-16-be"
    return None


def decode(data: bytes) -> Decoded:
    """The text of a whole file, or EncodingProblem naming the first line that does not fit.
    Each letter in one spelling (NFC): a Mac writes "ø" as o + a combining stroke."""
    decoded = _decode(data)
    return Decoded(unicodedata.normalize("NFC", readable_addresses(decoded.text)),
                   decoded.encoding)


def _decode(data: bytes) -> Decoded:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return Decoded(body.decode(codec), name)
            except UnicodeDecodeError as err:
                raise EncodingProblem(
                    _line_of(body, err.start, codec),
                    f"the file starts as {name} but this line is not {name}") from err
    guessed = _utf16_without_bom(data)
    if guessed:
        try:
            return Decoded(data.decode(guessed), _UTF16_NAMES[guessed])
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise EncodingProblem(_line_of(data, data.index(b"\x00")),
                              "the file holds zero bytes, so it is not a text file")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as err:
        first_bad = _line_of(data, err.start)
    utf8_line = _first_utf8_line(data)
    if utf8_line is not None:
        raise EncodingProblem(
            first_bad, f"line {utf8_line} is UTF-8 but line {first_bad} is in another "
            "encoding (probably Windows-1252): the file mixes two encodings")
    mac = data.decode("mac_roman")  # every byte is a character in Mac Roman
    dos = data.decode("cp865")  # and in the DOS code page for Danish and Norwegian
    failed: UnicodeDecodeError | None = None
    try:
        windows = data.decode("cp1252")
    except UnicodeDecodeError as err:
        windows, failed = "", err
    if _danish(dos) > max(_danish(mac), _danish(windows)):
        # an old DOS system's export (Dynamics C5, Concorde): its æ, ø and å, which Mac Roman
        # reads as ë, õ and Ü and Windows-1252 cannot read at all
        return Decoded(dos, "DOS code page 865")
    if failed is not None:
        if _letters(mac) > 0 and all(c.isascii() or c in _NORDIC for c in mac):
            return Decoded(mac, "Mac Roman")
        raise EncodingProblem(_line_of(data, failed.start),
                              "this line holds bytes that are neither UTF-8 nor Windows-1252"
                              ) from failed
    if _letters(mac) > _letters(windows):
        return Decoded(mac, "Mac Roman")  # Excel for Mac's "CSV (Macintosh)"
    return Decoded(windows, "Windows-1252")


_DANISH = frozenset("æøåÆØÅ")


def _danish(text: str) -> int:
    """How many of the Danish letters a decoding reads (each encoding puts them elsewhere)."""
    return sum(1 for char in text if char in _DANISH)


def _letters(text: str) -> int:
    """How well a decoding reads as words: letters beyond ASCII count for it, signs inside a
    word (``S¿rensen``, ``B¾k``) against it."""
    score = 0
    for i, char in enumerate(text):
        if char.isascii() or not 0 < i < len(text) - 1:
            continue
        if char.isalpha() and (text[i - 1].isalpha() or text[i + 1].isalpha()):
            score += 1
        elif not char.isalpha() and text[i - 1].isalpha() and text[i + 1].isalpha():
            score -= 2
    return score


def _first_utf8_line(data: bytes) -> int | None:
    """The first line that holds letters beyond ASCII written as valid UTF-8, if any."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return number
    return None


_DITTO = "\x00ditto\x00"
_RULE = re.compile(r"^[\s\-=_+|:]*$")


def _rule_line(row: Sequence[str]) -> bool:
    """A line drawn under a header or a page ("----------\t---------", SQL Server's results
    as text; "=====" in a printed report): no row of the list."""
    filled = [c for c in row if c.strip()]
    # (one cell of dashes is kept: a fixed-width report's ruler, which tells its widths)
    return len(filled) >= 2 and all(_RULE.match(c) for c in filled) and any(
        c.count("-") + c.count("=") + c.count("_") >= 3 for c in filled)


def split_rows(text: str, delimiter: str, blank: list[int] | None = None
               ) -> list[tuple[int, tuple[str, ...]]]:
    """(line number, cells) for every non-empty row, numbered by the line it starts on; the
    empty rows' line numbers are added to ``blank``."""
    # '"41", "Hanne Jørgensen", …': quoted values each after a space past the separator (an
    # intranet's export); read so, the quotes are quotes, not part of the values
    spaced = text.count(f'{delimiter} "') > text.count(f'{delimiter}"') and text.count(
        f'{delimiter} "') >= text.count("\n")
    # a cell of a lone '"' (a ditto mark: "the same as above", typed in a Word table saved as
    # text) is a value, not the start of a quoted one that would swallow the lines under it
    lone = re.compile(f'(^|{re.escape(delimiter)})"(?={re.escape(delimiter)}|\r?$)', re.MULTILINE)
    dittos = '"' in text and lone.search(text) is not None
    if dittos:
        text = lone.sub(lambda m: m.group(1) + _DITTO, text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        skipinitialspace=spaced)
    rows = []
    line = 1
    for row in reader:
        if dittos:
            row = ['"' if cell == _DITTO else cell for cell in row]
        if any(cell.strip() for cell in row) and not _rule_line(row):
            rows.append((line, tuple(row)))
        elif blank is not None:
            blank.append(line)
        line = reader.line_num + 1
    return rows


def choose_delimiter(text: str, score: Callable[[Sequence[str]], int] | None) -> str:
    """The separator under which one of the first lines reads as the header row (so a title
    line above it, with its commas, does not decide). Without a header test, or when no
    separator gives one, the separator that splits the first lines most evenly."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    if score is not None:
        best, best_score = "", 0
        for delimiter in DELIMITERS:
            found = max((score(cells) for _, cells in split_rows(sample, delimiter)), default=0)
            if found > best_score:
                best, best_score = delimiter, found
        if best:
            return best
    lines = [line for line in sample.splitlines() if line.strip()]
    counts = {d: max((line.count(d) for line in lines), default=0) for d in DELIMITERS}
    delimiter = max(DELIMITERS, key=lambda d: counts[d])
    return delimiter if counts[delimiter] else ";"


def rejoin_unquoted(rows: list[tuple[int, tuple[str, ...]]], delimiter: str
                    ) -> tuple[list[tuple[int, tuple[str, ...]]], tuple[int, ...]]:
    """Rows of a comma file written without quotes, where a value's own comma split it
    ("Børn, Unge og Familie" as "Børn" and " Unge og Familie"): a row with more cells than the
    list's rows have, and as many cells more as cells that begin with a space where no
    ordinary row's cell does, is joined back at those cells. The rows, and the lines joined."""
    if delimiter != "," or len(rows) < 3:
        return rows, ()
    width = Counter(len(cells) for _, cells in rows).most_common(1)[0][0]
    ordinary = [cells for _, cells in rows if len(cells) == width]
    if any(c[:1] == " " and c.strip() for cells in ordinary for c in cells[1:]):
        return rows, ()  # spaces after the commas anyway: no evidence of a split value
    out: list[tuple[int, tuple[str, ...]]] = []
    joined: list[int] = []
    for line, cells in rows:
        spaced = [i for i, c in enumerate(cells) if i and c[:1] == " " and c.strip()]
        if len(cells) > width and len(spaced) == len(cells) - width:
            merged = list(cells)
            for i in reversed(spaced):
                merged[i - 1:i + 1] = [merged[i - 1] + "," + merged[i]]
            out.append((line, tuple(merged)))
            joined.append(line)
        else:
            out.append((line, cells))
    return out, tuple(joined)
