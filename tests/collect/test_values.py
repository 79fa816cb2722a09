"""From what a field shows to what it means: the ways people fill a drop-down or a date, and
what cannot be read is reported with what it showed, never dropped or guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.collect.values import Raw, Unreadable, clean_text, convert, parse_date
from pipeline.formspec import FieldKind

SCALE = tuple((f"{n} – {label}", f"{n} – {label}") for n, label in enumerate(
    ("I meget lav grad", "I lav grad", "I nogen grad", "I høj grad", "I meget høj grad"),
    start=1))
YES_NO = (("Ja", "Ja"), ("Nej", "Nej"))
CHOICES = (("Kursus", "Kursus"), ("Sidemandsoplæring", "Sidemandsoplæring"))


def scale(text: str, flag: bool = False) -> object:
    return convert(Raw(text, showing_placeholder=flag, items=SCALE), FieldKind.SCALE, (1, 5))


@pytest.mark.parametrize(("typed", "step"), [
    ("3 – I nogen grad", 3),  # picked
    ("3", 3), ("3.", 3), (" 4 ", 4),  # the number alone
    ("3 - I nogen grad", 3), ("3 — i nogen  grad", 3),  # another dash, other case and spaces
    ("I høj grad", 4), ("i meget høj grad.", 5),  # the label alone
])
def test_a_drop_down_typed_into_reads_as_its_item(typed: str, step: int) -> None:
    assert scale(typed) == step
    assert scale(typed, flag=True) == step  # LibreOffice leaves the placeholder flag on


@pytest.mark.parametrize("typed", ["7", "0", "3 og en halv", "I nogen grad, måske", "-1"])
def test_a_drop_down_value_that_is_no_item_is_unreadable(typed: str) -> None:
    with pytest.raises(Unreadable) as err:
        scale(typed, flag=True)
    assert (err.value.expected, err.value.shown) == ("one of 1–5", typed)


def test_the_placeholder_is_no_answer_flag_or_not() -> None:
    assert scale("Vælg på skalaen.") is None
    assert scale("Vælg på skalaen.", flag=True) is None
    assert scale("Choose on the scale.") is None
    assert scale("Vælg på skalaen.3", flag=True) == 3  # typed after it
    assert scale("3Vælg på skalaen.", flag=True) == 3  # typed in front of it


def test_the_flag_alone_makes_no_field_unanswered() -> None:
    """Whoever saved the file: text that is no placeholder is what the person sees there."""
    raw = Raw("4", showing_placeholder=True, items=SCALE)
    assert convert(raw, FieldKind.SCALE, (1, 5)) == 4
    assert convert(Raw("Skriv noget", showing_placeholder=True), FieldKind.TEXT,
                   (1, 5)) == "Skriv noget"


def test_yes_no_and_choices_typed() -> None:
    yes_no = lambda text: convert(Raw(text, items=YES_NO), FieldKind.YESNO, (1, 5))  # noqa: E731
    assert (yes_no("ja"), yes_no("NEJ"), yes_no("Yes")) == (True, False, True)
    with pytest.raises(Unreadable):
        yes_no("måske")
    choice = lambda text: convert(Raw(text, items=CHOICES), FieldKind.CHOICE, (1, 5))  # noqa: E731
    assert choice("sidemandsoplæring") == "Sidemandsoplæring"  # the item's own spelling
    with pytest.raises(Unreadable) as err:
        choice("Noget helt andet")
    assert err.value.expected == "one of the choices"


@pytest.mark.parametrize("typed", [
    "14-03-2027", "14.03.2027", "14/03/2027", "14.3.2027", "14-3-27", "2027-03-14",
    "14. marts 2027", "14 marts 2027", "14. mar. 2027", "14 March 2027", "March 14, 2027",
    "tirsdag 14. marts 2027",
])
def test_dates_as_people_write_them(typed: str) -> None:
    assert parse_date(typed) == dt.date(2027, 3, 14)
    assert convert(Raw(typed, showing_placeholder=True), FieldKind.DATE, (1, 5)) == dt.date(
        2027, 3, 14)


def test_a_date_field_shows_what_it_means() -> None:
    date = lambda text, full="", flag=False: convert(  # noqa: E731
        Raw(text, full, showing_placeholder=flag), FieldKind.DATE, (1, 5))
    assert date("14-03-2027", "2027-03-14T00:00:00Z") == dt.date(2027, 3, 14)  # picked
    assert date("", "2027-03-14T00:00:00Z") == dt.date(2027, 3, 14)  # text moved away
    assert date("Vælg en dato.", "2027-03-14T00:00:00Z", flag=True) is None
    # Typed over a date picked before: what it shows, not the stale pick.
    assert date("01-04-2027", "2027-03-14T00:00:00Z") == dt.date(2027, 4, 1)
    # 03/04 read as the date picked (the 3rd of April, in an English form), not as 4 March.
    assert date("03/04/2027", "2027-04-03T00:00:00Z") == dt.date(2027, 4, 3)
    with pytest.raises(Unreadable) as err:
        date("efter sommerferien", "2027-03-14T00:00:00Z")
    assert (err.value.expected, err.value.shown) == ("a date", "efter sommerferien")


def test_clean_text_keeps_lines() -> None:
    assert clean_text("Klik her og skriv dit svar.\r") is None
    assert clean_text("  a\r\nb  \n\n") == "a\nb"
