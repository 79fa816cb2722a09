"""How a sheet prints: a last page that would hold a couple of rows is folded into the pages
before it (printed a little smaller); one with a fair share of the rows is left alone."""

from __future__ import annotations

from pipeline.overview.printing import PRINT_HEIGHT, PRINT_WIDTH, pages_high, points


def test_a_last_page_of_two_rows_is_folded_into_the_one_before() -> None:
    widths = [15.0] * 8  # fits a page's width at full size
    assert sum(points(w) for w in widths) < PRINT_WIDTH
    header = 30.0
    page = PRINT_HEIGHT - header  # the rows one page holds, in points
    assert pages_high(widths, 1, [], header, page * 0.9) == 0  # one page: nothing to do
    assert pages_high(widths, 1, [], header, page + 2 * 15) == 1  # two rows over: one page
    assert pages_high(widths, 1, [], header, page * 3 + 2 * 15) == 3
    assert pages_high(widths, 1, [], header, page * 1.5) == 0  # half a page: left as it is


def test_a_wide_sheet_prints_smaller_so_more_rows_fit_a_page() -> None:
    wide = [40.0] * 20  # across two pages, the first two columns on each
    header = 30.0
    scale = 2 * PRINT_WIDTH / (sum(points(w) for w in wide) + sum(points(w) for w in wide[:2]))
    page = PRINT_HEIGHT / scale - header  # more rows than at full size
    assert page > PRINT_HEIGHT
    assert pages_high(wide, 2, wide[:2], header, page * 0.95) == 0
    assert pages_high(wide, 2, wide[:2], header, page * 2 + 2 * 15) == 2
