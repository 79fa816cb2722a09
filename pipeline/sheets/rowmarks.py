"""Rows set apart by how they look: a fill colour, strike-through, italics or a font colour
(xlsx only).

A legend explains a look in one of two ways: a cell outside the list that looks the same and
says what it means (``Fratrådt`` on red, an empty red cell beside ``Fratrådt``), or words that
name the look (``Gennemstregede er fratrådt``, ``Rows in red have left``), on the list's sheet or
a small sheet beside it (``Forklaring``). Rows whose look a legend explains are read as it says:
left (no form), on leave, or, for any other meaning, said in `mus check`. A look that no legend
explains but that sets a few rows apart is warned about with the rows; a coloured header or
banded rows (half the list) set nobody apart. A row's look is the one most of its cells have,
else its name cell's.
"""

from __future__ import annotations

import colorsys
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.sheets.employment import Employment
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.statuswords import EMPLOYED, LEAVE, LEFT, status_state
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text

_APART = 1 / 3  # a look on more of the list's rows than this is the list's look, not a mark
_SMALL_SHEET = 60  # another sheet of at most this many rows may hold the legend
_HUES = ((15, "red"), (50, "orange"), (70, "yellow"), (165, "green"), (200, "turquoise"),
         (260, "blue"), (300, "purple"), (340, "pink"), (360, "red"))
# Words that name a look, in Danish, Norwegian, Swedish and English.
_COLOUR_WORDS = {name: words for name, words in {
    "red": ("rød", "rødt", "røde", "röd", "rött", "röda", "red"),
    "yellow": ("gul", "gult", "gule", "gula", "yellow"),
    "green": ("grøn", "grønt", "grønne", "grønn", "grön", "grönt", "gröna", "green"),
    "blue": ("blå", "blåt", "blåe", "blått", "blåa", "blue"),
    "orange": ("orange", "orangefarvet", "orangefarget"),
    "grey": ("grå", "gråt", "gråe", "grått", "gråa", "grey", "gray"),
    "purple": ("lilla", "purple", "violet"),
    "pink": ("lyserød", "lyserødt", "rosa", "pink"),
    "turquoise": ("turkis", "turquoise", "cyan"),
}.items()}
_COLOUR = {word: name for name, words in _COLOUR_WORDS.items() for word in words}
_STRUCK = ("gennemstreg", "overstreg", "gjennomstrek", "overstrek", "genomstruk",
           "genomstryk", "överstruk", "struck", "strikethrough", "strike", "crossed")
_ITALIC = ("kursiv", "italic", "skråskrift", "skrå skrift")
_FONT = frozenset({"skrift", "tekst", "font", "text", "skrevet", "skrivet", "written"})
# Clauses of a legend, each with what joins it to the next
_JOINS = re.compile(r"([;,\n.]|\s[–—-]\s|\s(?:og|and|och|samt)\s)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def colour_name(rgb: str) -> str:
    """``FF8080`` → ``red``; "" where it is no plain RGB colour."""
    try:
        r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return ""
    hue, light, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.15 or light > 0.95 or light < 0.08:
        return "grey" if 0.08 <= light <= 0.95 else ("white" if light > 0.95 else "black")
    return next(name for top, name in _HUES if hue * 360 <= top)


def described(mark: str) -> str:
    """``fill FF8080, strike`` → ``filled FF8080 (red) and struck through``."""
    said = []
    for part in mark.split(", "):
        kind, _, colour = part.partition(" ")
        name = colour_name(colour)
        colour = f"{colour} ({name})" if name else colour
        said.append({"fill": f"filled {colour}", "font": f"written in colour {colour}",
                     "italic": "in italics"}.get(kind, "struck through"))
    return " and ".join(said)


@dataclass(frozen=True)
class Legend:
    """What a cell outside the list says a look means: ``text`` (a clause of it, for words),
    where it is (``place``: "row 1" or 'sheet "Forklaring", row 2'), and either the look
    itself (``mark``) or the words that name one (``struck``, ``colour``, ``font``)."""

    text: str
    place: str
    mark: str = ""
    row: int | None = None  # the row it stands on (of the sheet ``place`` names)
    struck: bool = False
    italic: bool = False  # "Kursiv = fratrådt"
    colour: str = ""
    font: bool = False

    def fits(self, mark: str) -> bool:
        parts = mark.split(", ")
        if self.mark:
            return set(self.mark.split(", ")) <= set(parts)
        if self.struck:
            return "strike" in parts
        if self.italic:
            return "italic" in parts
        names = {kind: colour_name(colour) for kind, _, colour in
                 (p.partition(" ") for p in parts if p not in ("strike", "italic"))}
        return self.colour in ((names.get("font", ""),) if self.font else names.values())


def _worded(text: str, place: str, row: int | None = None) -> list[Legend]:
    """The looks a text names, each with what it says they mean: the clause that names the
    look and the clauses of the same sentence after it that name none, up to the next that
    names a look ("Gennemstregede har sagt op og er stoppet", "Overstregede: fratræder –
    skal ikke have skema", "gennemstregede er stoppet – røde er på orlov")."""
    parts = _JOINS.split(text)
    # (text with its join, the look it names by a word, "strike" or "italic" or "", colours,
    # whether the sentence goes on)
    clauses = []
    for clause, join in zip(parts[::2], [*parts[1::2], ""], strict=True):
        words = _WORD.findall(clause.casefold())
        goes_on = join.strip() not in (".", ";", "")
        clauses.append((f"{clause} {join.strip()}" if goes_on else clause,
                        "strike" if any(w.startswith(_STRUCK) for w in words) else
                        "italic" if any(w.startswith(_ITALIC) for w in words) else "",
                        [_COLOUR[w] for w in words if w in _COLOUR], goes_on))
    found = []
    for at, (clause, look, colours, goes_on) in enumerate(clauses):
        if not (look or len(colours) == 1):
            continue
        meaning = [clause]
        for after, more_look, more_colours, more in clauses[at + 1:]:
            if not goes_on or more_look or more_colours:
                break  # a new sentence, or the next look's clause
            meaning.append(after)
            goes_on = more
        said = " ".join(" ".join(meaning).split()).rstrip(" ,;–—-").removesuffix(" og")
        if status_state(said) is None:
            continue
        inner = said.rsplit("(", 1)[1] if "(" in said else ""
        if any(w.startswith(_STRUCK) or w in _COLOUR for w in _WORD.findall(inner.casefold())):
            said = inner  # "Personale 2026/27 (gennemstregede er stoppet": the bracket's
        words = _WORD.findall(clause.casefold())
        found.append(Legend(said.strip(" ()"), place, row=row, struck=look == "strike",
                            italic=look == "italic", colour="" if look else colours[0],
                            font=bool(_FONT & set(words))))
    return found


def names_a_look(text: str) -> bool:
    """A text that says what a look means ("Gennemstregede er stoppet", "gul = orlov"): a
    legend, not a note about someone."""
    return bool(_worded(text, ""))


def _legends(sheet: Sheet, listed: set[int], header_row: int, place: str) -> list[Legend]:
    """Every legend on a sheet outside the list's rows: by look first, then by words."""
    values = dict(sheet.rows)

    def text_at(row: int, col: int) -> str:
        cells = values.get(row, ())
        return cell_text(cells[col - 1]) if 0 < col <= len(cells) else ""

    heads = values.get(header_row, ())
    width = _list_width(heads)

    def aside(row: int, col: int) -> bool:
        """Beside the list, past an empty column: a legend on the list's rows."""
        return bool(width) and col > width + 1 and not text_at(row, width + 1) and (
            row == header_row or not text_at(header_row, col))  # not a column of the list

    looks, words = [], []
    for (row, col), mark in sheet.marks.items():
        if ((row in listed or row == header_row) and not aside(row, col)) or row not in values:
            continue
        beside = [text_at(row, c) for c in (col + 1, col - 1)
                  if text_at(row, c) and not sheet.marks.get((row, c))]
        own = text_at(row, col)
        # "[Rød] | Fratrådt": a cell that names its look, its meaning beside it
        if own and (status_state(own) is not None or not beside):
            text = own
        else:
            text = next((t for t in beside if status_state(t) is not None),
                        own or (beside[0] if beside else ""))
        if text:
            looks.append(Legend(text, f"{place}row {row}", mark=mark, row=row))
    for row, cells in sheet.rows:
        if row == header_row:  # "Navn (gul = orlov, rød = fratrådt)": a legend in a header
            for value in cells:
                for said in _ASIDE_LEGEND.findall(cell_text(value)):
                    words += _worded(said, f"{place}row {row}", row)
        if row in listed or row == header_row:
            if not width or len(cells) <= width + 1:
                continue
            cells = cells[width + 1:]  # a legend beside the list, past an empty column
        for value in cells:
            text = cell_text(value)
            if text and any(c.isalpha() for c in text):
                words += _worded(text, f"{place}row {row}", row)
    return looks + words


def _unreadable_legend(sheet: Sheet, mark: str, listed: set[int]) -> str:
    """The cell ("B2") whose result was never saved beside a cell of ``mark``'s look outside
    the list: a legend mus cannot read ("= ansat efter 1/6" typed by a program as a formula)."""
    if not sheet.unsaved_formulas:
        return ""
    for (row, col), look in sheet.marks.items():
        if row in listed or not Legend("", "", mark=look).fits(mark):
            continue
        for where in ((row, col), (row, col + 1), (row, col - 1)):
            if where in sheet.unsaved_formulas:
                return sheet.unsaved_formulas[where]
    return ""


_ASIDE_LEGEND = re.compile(r"\(([^()]*=[^()]*)\)")


def _list_width(header: Sequence[Any]) -> int:
    """The list's last column: the header's first run of filled cells (a legend may follow
    past an empty column)."""
    width = 0
    for col, value in enumerate(header, start=1):
        if cell_text(value):
            width = col
        elif width:
            break
    return width


def _legend_for(mark: str, legends: Sequence[Legend]) -> Legend | None:
    """The legend that explains a look: one that says a status before one that does not, the
    closest look first (the fill alone, where the row is also struck through)."""
    fits = [legend for legend in legends if legend.fits(mark)]
    fits.sort(key=lambda g: (status_state(g.text) is None, -len(g.mark.split(", "))))
    return fits[0] if fits else None


def _row_mark(marks: Mapping[tuple[int, int], str], row: int, values: Sequence[Any],
              name_col: int) -> str:
    """The look most of a row's filled cells have, else its name cell's."""
    filled = [c for c, v in enumerate(values, start=1) if v is not None and v != ""]
    seen = [m for m in (marks.get((row, c)) for c in filled) if m]
    if seen:
        mark = seen[0]
        count = seen.count(mark)
        if count < len(seen):  # several looks in one row: the commonest
            mark, count = Counter(seen).most_common(1)[0]
        if count * 2 >= len(filled):
            return mark
    return marks.get((row, name_col + 1), "")


def refuse_lost_looks(sheet: Sheet, listed: set[int], header_row: int,
                      findings: Findings) -> None:
    """A text file (CSV, TXT) keeps no colours nor strike-through: a line that says what a
    look means for leaving or leave ("røde rækker er fratrådt, gule er på barsel") names rows
    mus cannot see, so the list is refused, saying so (nothing read from it would be right)."""
    if not sheet.encoding or sheet.marks:
        return
    said = [legend for legend in _legends(sheet, listed, header_row, "")
            if status_state(legend.text) in (LEFT, LEAVE)]
    if said:
        first = said[0]
        findings.error("row-mark-lost", f"The line in {first.place} says that rows of a look "
                       f"({described_legend(first)}) have left or are on leave, but a text "
                       "file (CSV) keeps no colours or strike-through, so mus cannot tell "
                       "whose rows they are.", "Write each one's status in a column of its "
                       'own ("Fratrådt", "Barsel"), or give mus the Excel workbook the list '
                       "was saved from, and run the command again.", first.row, None)


def described_legend(legend: Legend) -> str:
    """The look a legend's words name: "struck through", "red rows", "red text"."""
    if legend.struck:
        return "struck through"
    if legend.italic:
        return "in italics"
    return f"{legend.colour} {'text' if legend.font else 'rows'}"


def read_row_marks(sheet: Sheet, others: Sequence[Sheet],
                   rows: Sequence[tuple[int, Sequence[Any]]], columns: tuple[int, int],
                   header_row: int, findings: Findings,
                   column: str | None,
                   no_person: Callable[[int, Sequence[Any]], bool] = lambda r, v: False,
                   ) -> dict[int, Employment]:
    """What the looks of the list's rows (those with a number and a name: ``columns``) say:
    row → left or on leave, with the rest said. A marked row that is no person at all
    (``no_person``: the headers again, a total) is no mark of anyone."""
    if not sheet.marks:
        return {}
    number, name = columns
    listed = [(r, v) for r, v in rows if max(columns) < len(v) and v[number] not in (None, "")
              and v[name] not in (None, "")]
    looked = {r for r, _ in sheet.marks}
    by_mark: dict[str, list[int]] = {}
    for row, values in listed:
        if row not in looked or no_person(row, values):
            continue
        mark = _row_mark(sheet.marks, row, values, columns[1])
        if mark:
            by_mark.setdefault(mark, []).append(row)
    if not by_mark:
        return {}
    legends = _legends(sheet, {r for r, _ in listed}, header_row, "")
    for other in others:
        if len(other.rows) <= _SMALL_SHEET:
            legends += _legends(other, set(), 0, f'sheet "{other.name}", ')
    states: dict[int, Employment] = {}
    for mark, marked in by_mark.items():
        legend = _legend_for(mark, legends)
        look = f"{rows_text(marked).capitalize()} {'is' if len(marked) == 1 else 'are'} " \
               f"{described(mark)}"
        if legend is None:
            unread = _unreadable_legend(sheet, mark, {r for r, _ in listed})
            if unread:
                numbers = dict(listed)
                who = ", ".join(cell_text(numbers[r][number]) for r in marked[:10])
                more = " …" if len(marked) > 10 else ""
                findings.error("row-mark-legend", f"{rows_text(marked).capitalize()} (employees "
                               f"{who}{more}) {'is' if len(marked) == 1 else 'are'} "
                               f"{described(mark)}, and cell {unread} beside a cell of "
                               "that look holds a formula whose result was not saved with the "
                               "file, so what the look means cannot be read.", "Open the file "
                               "in Excel (or LibreOffice Calc), save it and run the command "
                               "again; if the cell is meant as text, start it with an "
                               "apostrophe.", marked[0], None)
                continue
            if len(marked) <= _APART * len(listed):
                findings.warn("row-mark", f"{look}, unlike the rest of the list, and nothing on "
                              "the sheet says what that means, so mus reads nothing from it "
                              "(they are read by their cells alone).", "If it means they "
                              "have left or are on leave, say so in a "
                              'status column ("Fratrådt", "Orlov"), or write the meaning in a '
                              "cell of that look above the list (a legend).", marked[0], None,
                              marked)
            continue
        state = status_state(legend.text)
        how = "in the legend" if legend.mark else "says"
        said = f'as "{legend.text}" {how} ({legend.place})'
        if state in (LEFT, LEAVE):
            for row in marked:
                states[row] = Employment(state, f"{described(mark)}, {said}")
            findings.note("row-mark", f"{look}, {said}: "
                          f"{'they have left' if state == LEFT else 'they are on leave'}.",
                          marked[0], column, marked)
        elif state != EMPLOYED or len(marked) <= _APART * len(listed):
            findings.note("row-mark", f"{look}, {said}, which mus does not act on: they get a "
                          "form as everyone else.", marked[0], column, marked)
    return states
