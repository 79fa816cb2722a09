"""What a worksheet says beyond its values: hidden rows and columns, the filter, merged cells,
formulas whose result was never saved, formulas that count or add up other rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string


@dataclass(frozen=True)
class CellRange:
    """A block of cells, numbered as Excel numbers them (row 1, column 1 = A1)."""

    ref: str  # "B1:C1"
    min_row: int
    min_col: int
    max_row: int
    max_col: int

    @classmethod
    def parse(cls, ref: str) -> CellRange | None:
        first, _, last = ref.replace("$", "").partition(":")
        try:
            top = coordinate_from_string(first)
            bottom = coordinate_from_string(last or first)
        except ValueError:
            return None
        min_col, max_col = column_index_from_string(top[0]), column_index_from_string(bottom[0])
        return cls(ref, min(top[1], bottom[1]), min(min_col, max_col),
                   max(top[1], bottom[1]), max(min_col, max_col))

    def __contains__(self, cell: tuple[int, int]) -> bool:
        row, col = cell
        return self.min_row <= row <= self.max_row and self.min_col <= col <= self.max_col


@dataclass
class Layout:
    hidden: set[int] = field(default_factory=set)
    rows_hidden_by_default: bool = False  # <sheetFormatPr zeroHeight="1">: shown rows say so
    shown: set[int] = field(default_factory=set)  # rows marked visible on such a sheet
    merged: list[CellRange] = field(default_factory=list)
    filter: CellRange | None = None
    filter_active: bool = False  # the filter has criteria (so it may hide rows)
    unsaved_formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (r, c) → "D5"
    error_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (r, c) → "#N/A"
    aggregates: set[tuple[int, int]] = field(default_factory=set)  # (r, c) of =SUBTOTAL(…) …
    hidden_columns: set[int] = field(default_factory=set)  # columns from 1, hidden by width 0
    marks: dict[tuple[int, int], str] = field(default_factory=dict)  # (r, c) → "fill FF8080"
    links: dict[str, str] = field(default_factory=dict)  # "B2" → the link's relationship id

    def is_hidden(self, row: int) -> bool:
        if self.rows_hidden_by_default:
            return row not in self.shown
        return row in self.hidden

    def hidden_by_filter(self, row: int) -> bool:
        return (self.filter_active and self.filter is not None and self.is_hidden(row)
                and self.filter.min_row < row <= self.filter.max_row)
