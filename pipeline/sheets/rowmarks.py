"""Rows set apart by how they look: a fill colour, strike-through or a font colour (xlsx only).

Where a legend on the sheet explains a mark (a cell outside the list that looks the same and says
what it means: ``Fratrådt`` on red, ``Gennemstreget = fratrådt`` struck through), the rows are
read as it says: left (no form), on leave, or, for any other meaning, said in `mus check`. A mark
that no legend explains but that sets a few rows apart from the rest is warned about with the
rows; a coloured header or banded rows (half the list) set nobody apart.
"""

from __future__ import annotations

import colorsys
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.sheets.employment import EMPLOYED, LEAVE, LEFT, Employment, status_state
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.values import cell_text

_APART = 1 / 3  # a mark on more of the list's rows than this is the list's look, not a mark
_HUES = ((15, "red"), (50, "orange"), (70, "yellow"), (165, "green"), (200, "turquoise"),
         (260, "blue"), (300, "purple"), (340, "pink"), (360, "red"))


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
        said.append({"fill": f"filled {colour}", "font": f"written in colour {colour}"}.get(
            kind, "struck through"))
    return " and ".join(said)


def _row_mark(marks: Mapping[tuple[int, int], str], row: int, values: Sequence[Any]) -> str:
    """The mark most of a row's filled cells carry, if most carry one."""
    filled = [c for c, v in enumerate(values, start=1) if cell_text(v)]
    found = Counter(m for m in (marks.get((row, c)) for c in filled) if m)
    if not found:
        return ""
    mark, count = found.most_common(1)[0]
    return mark if count * 2 >= len(filled) else ""


def _legends(sheet_rows: Sequence[tuple[int, Sequence[Any]]], marks: Mapping[tuple[int, int], str],
             listed: set[int], header_row: int) -> dict[str, tuple[int, str]]:
    """Each mark a cell outside the list carries → (its row, what the cell says, or, for an
    empty cell, the text beside it); a cell that says a status wins over one that does not."""
    values = dict(sheet_rows)

    def text_at(row: int, col: int) -> str:
        cells = values.get(row, ())
        return cell_text(cells[col - 1]) if 0 < col <= len(cells) else ""

    found: dict[str, tuple[int, str]] = {}
    for (row, col), mark in marks.items():
        if row in listed or row == header_row or row not in values:
            continue
        text = text_at(row, col) or next(
            (text_at(row, c) for c in (col + 1, col - 1)
             if text_at(row, c) and not marks.get((row, c))), "")
        if text and (mark not in found or (
                status_state(found[mark][1]) is None and status_state(text) is not None)):
            found[mark] = (row, text)
    return found


def _legend_for(mark: str, legends: Mapping[str, tuple[int, str]]) -> tuple[int, str] | None:
    """The legend whose look is all of the row's or part of it (fill alone, where the row is
    also struck through), the closest first."""
    parts = set(mark.split(", "))
    fits = [(len(set(m.split(", "))), m) for m in legends if set(m.split(", ")) <= parts]
    return legends[max(fits)[1]] if fits else None


def read_row_marks(sheet_rows: Sequence[tuple[int, Sequence[Any]]],
                   marks: Mapping[tuple[int, int], str], rows: Sequence[tuple[int, Sequence[Any]]],
                   columns: tuple[int, int], header_row: int, findings: Findings,
                   column: str | None) -> dict[int, Employment]:
    """What the marks on the list's rows (those with a number and a name: ``columns``) say:
    row → left or on leave, with the rest said."""
    if not marks:
        return {}
    listed = [(r, v) for r, v in rows if max(columns) < len(v) and all(
        cell_text(v[c]) for c in columns)]
    by_mark: dict[str, list[int]] = {}
    for row, values in listed:
        mark = _row_mark(marks, row, values)
        if mark:
            by_mark.setdefault(mark, []).append(row)
    if not by_mark:
        return {}
    legends = _legends(sheet_rows, marks, {r for r, _ in listed}, header_row)
    states: dict[int, Employment] = {}
    for mark, marked in by_mark.items():
        legend = _legend_for(mark, legends)
        look = f"{rows_text(marked).capitalize()} {'is' if len(marked) == 1 else 'are'} " \
               f"{described(mark)}"
        if legend is None:
            if len(marked) <= _APART * len(listed):
                findings.warn("row-mark", f"{look}, unlike the rest of the list, and nothing on "
                              "the sheet says what that means; they get a form as everyone "
                              "else.", "If it means they have left or are on leave, say so in a "
                              'status column ("Fratrådt", "Orlov"), or write the meaning in a '
                              "cell of that look above the list (a legend).", marked[0], None,
                              marked)
            continue
        where, meaning = legend
        state = status_state(meaning)
        said = f'{described(mark)}, as "{meaning}" in the legend (row {where})'
        if state in (LEFT, LEAVE):
            for row in marked:
                states[row] = Employment(state, said)
            findings.note("row-mark", f"{look}, as \"{meaning}\" in the legend (row {where}): "
                          f"{'they have left' if state == LEFT else 'they are on leave'}.",
                          marked[0], column, marked)
        elif state != EMPLOYED or len(marked) <= _APART * len(listed):
            findings.note("row-mark", f'{look}, as "{meaning}" in the legend (row {where}), '
                          "which mus does not act on: they get a form as everyone else.",
                          marked[0], column, marked)
    return states
