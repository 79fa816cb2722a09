"""The one CPR scan: every CPR-shaped value found wherever it stands, masked the same way
everywhere; numbers that merely have ten digits are not CPR numbers unless they form a date."""

from __future__ import annotations

import pytest

from pipeline.sheets.cpr import cell_cpr, find_cpr, has_cpr, is_cpr_column, looks_like_cpr, mask_cpr


@pytest.mark.parametrize(("text", "masked"), [
    ("140371-8812", "140371-XXXX"),
    ("1403718812", "140371-XXXX"),
    ("Karen Bøgh Ravn (140371-8812)", "Karen Bøgh Ravn (140371-XXXX)"),
    ("CPR 140371 8812, ring først", "CPR 140371-XXXX, ring først"),
    ("to: 010190-1234 og 241285–1234", "to: 010190-XXXX og 241285-XXXX"),
    ("290200-1234", "290200-XXXX"),  # 29 February 2000
])
def test_a_cpr_number_is_found_anywhere_and_masked(text: str, masked: str) -> None:
    assert has_cpr(text)
    assert mask_cpr(text) == masked


@pytest.mark.parametrize("text", [
    "4512345678",  # a phone number: day 45
    "2345678901",  # month 45
    "Ordre 9912345678",  # day 99
    "12345678901",  # eleven digits
    "310490-123",  # three digits after the date
    "300299-1234",  # 30 February
    "290201-1234",  # 29 February in a year that is no leap year
    "00418", "", "Karen Bøgh Ravn",
])
def test_ten_digits_that_are_no_date_are_no_cpr_number(text: str) -> None:
    assert not has_cpr(text)
    assert mask_cpr(text) == text


def test_a_number_cell_that_lost_its_leading_zero() -> None:
    assert looks_like_cpr(101901234)  # 010190-1234, stored as a number
    assert cell_cpr(101901234, "101901234") == "010190-XXXX"
    assert not looks_like_cpr(4512345678)
    assert cell_cpr(1001, "1001") == ""


def test_a_message_never_shows_a_number_cell_that_is_a_cpr_number() -> None:
    """A number cell loses the leading zero: shown in a message it has nine digits."""
    assert mask_cpr('holds numbers (row 2: "101901234")') == 'holds numbers (row 2: "010190-XXXX")'
    assert mask_cpr("order 991234567") == "order 991234567"  # day 09, month 91: no date


def test_a_column_is_cpr_when_most_of_it_is() -> None:
    assert is_cpr_column(["010190-1234", "241285-1234", "150572-1234", "0101901234", "oops",
                          None])
    assert not is_cpr_column(["4512345678", "4587654321", "2345678901"])  # phone numbers
    assert not is_cpr_column(["1001", "1002"])


def test_every_match_is_given_with_its_place() -> None:
    matches = list(find_cpr("a 010190-1234 b 1505721234"))
    assert [m.group(0) for m in matches] == ["010190-1234", "1505721234"]
