"""A note on the sheet that says someone the list names has left: refused with the note's row
and the person, never read as if the note were not there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 5)
HEAD = ("Tjenestenr.", "Navn", "Team", "Leder")
STAFF = [(55101, "Camilla Bjørn", "Vest", None), (55102, "Niels Kjær", "Nord", "Camilla Bjørn"),
         (55103, "Ida Mølgaard", "Nord", "Niels Kjær"), (55110, "Søren Juul", "Syd",
                                                         "Camilla Bjørn"),
         (55111, "Mads Pedersen", "Syd", "Mette Lund"), (55112, "Freja Hvid", "Syd",
                                                          "Mette Lund")]


def read(tmp_path: Path, above: list[tuple[Any, ...]], below: list[tuple[Any, ...]] = ()
         ) -> Any:
    rows = [*above, HEAD, *STAFF, *([(None,), *below] if below else [])]
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


@pytest.mark.parametrize("note", [
    "NB: Mette Lund er stoppet 31/10-2026. Søren Juul har overtaget Team Syd fra 1/11.",
    "Bemærk: Lund, Mette er fratrådt",
])
def test_a_note_above_the_list_says_a_leader_it_gives_has_left(tmp_path: Path,
                                                              note: str) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [("Medarbejderliste",), (note,), ()])
    message = str(caught.value)
    assert 'The note in row 2 says that the leader "Mette Lund" has left' in message
    assert "rows 9 and 10" in message
    assert "overtaget" not in message and "31/10" not in message  # the note is not repeated
    assert "Søren Juul" not in message  # who took over has not left


def test_a_note_under_the_list_says_an_employee_has_left(tmp_path: Path) -> None:
    # on a day gone by: she is a leaver, said; without a day, or on a day to come: refused
    listing = read(tmp_path, [], [("NB: Ida Mølgaard er fratrådt pr. 30/11",)])
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("55103", "the note in row 9: left 30-11-2026")]
    for note in ("NB: Ida Mølgaard er fratrådt", "NB: Ida Mølgaard er fratrådt pr. 31/12"):
        with pytest.raises(SpreadsheetError, match=r"The note in row 9 says that employee "
                           r"55103 \(row 4\) has left or is leaving"):
            read(tmp_path, [], [(note,)])


@pytest.mark.parametrize("note", [
    "NB: Søren Juul har overtaget Team Syd fra 1/11.",  # no one left
    "NB: Mette er stoppet",  # a first name alone names nobody for sure
    "Listen er opdateret 1/12-2026. Fratrådte er fjernet.",  # no one named
])
def test_a_note_that_names_no_one_leaving_changes_nothing(tmp_path: Path, note: str) -> None:
    listing = read(tmp_path, [(note,), ()])
    assert len(listing.employees) == len(STAFF)


def test_a_note_beside_the_list_says_an_employee_has_left(tmp_path: Path) -> None:
    # HR's notes past an empty column, on the rows of other people
    staff = [(*STAFF[0], None, "Husk ny adresse for Niels"),
             (*STAFF[1], None, "Ida Mølgaard (nr. 55103) stoppet – slet"), *STAFF[2:]]
    rows = [HEAD, *staff]
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    message = str(caught.value)
    assert "The note in row 3 says that employee 55103 (row 4) has left or is leaving" in message
    assert "slet" not in message


def test_notes_beside_the_list_that_name_no_one_leaving_change_nothing(tmp_path: Path) -> None:
    staff = [(*STAFF[0], None, "Rettet 1/12 /LK"), (*STAFF[1], None, "Niels Kjær: ny mail"),
             *STAFF[2:]]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [HEAD, *staff]}),
                                 today=TODAY)
    assert [e.number for e in listing.employees] == [str(s[0]) for s in STAFF]


def test_a_note_beside_a_row_that_says_its_person_stopped(tmp_path: Path) -> None:
    # past an empty column, on the row of the person it speaks of, naming nobody
    staff = [*STAFF[:2], (*STAFF[2], None, "stoppet – skal ikke have MUS"), *STAFF[3:]]
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [HEAD, *staff]}),
                           today=TODAY)
    message = str(caught.value)
    assert "The note beside the list in row 4 (employee 55103) says the person has left" in message
    assert "skal ikke" not in message  # the note is not repeated
    # with a day gone by, the note makes a leaver
    staff[2] = (*STAFF[2], None, "stoppet 30/11 – skal ikke have MUS")
    listing = read_employee_list(write_xlsx(tmp_path / "d.xlsx", {"Ark1": [HEAD, *staff]}),
                                 today=TODAY)
    assert [a.number for a in listing.leavers] == ["55103"]


def test_a_highlighted_note_beside_a_row_is_still_a_note(tmp_path: Path) -> None:
    """HR marks its notes yellow: a coloured cell that says a sentence is no legend."""
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    staff = [*STAFF[:2], (*STAFF[2], None, "stoppet – skal ikke have MUS"), *STAFF[3:]]
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [HEAD, *staff]})
    book = load_workbook(path)
    book.active["F4"].fill = PatternFill("solid", fgColor="FFFF00")
    book.save(path)
    with pytest.raises(SpreadsheetError, match=r"The note beside the list in row 4 \(employee "
                       r"55103\) says the person has left"):
        read_employee_list(path, today=TODAY)


def test_a_note_beside_a_row_that_says_leave_is_leave(tmp_path: Path) -> None:
    staff = [*STAFF[:3], (*STAFF[3], None, "på barsel til marts"),
             (*STAFF[4], None, "ny 1/11"), STAFF[5]]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [HEAD, *staff]}),
                                 today=TODAY)
    assert [e.number for e in listing.employees] == [str(s[0]) for s in STAFF]
    assert [e.number for e in listing.employees if e.on_leave] == ["55110"]


@pytest.mark.parametrize("key", ["F = Fratrådt", "Gennemstregede er stoppet", "Fratrådt: rød"])
def test_a_key_beside_the_list_is_no_note_on_its_row(tmp_path: Path, key: str) -> None:
    staff = [*STAFF[:2], (*STAFF[2], None, key), *STAFF[3:]]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": [HEAD, *staff]}),
                                 today=TODAY)
    assert [e.number for e in listing.employees] == [str(s[0]) for s in STAFF]


def test_a_note_that_a_leader_is_away_refuses(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [("NB: Mette Lund er på orlov til 1. april 2027. Søren Juul er "
                         "konstitueret leder for Team Syd.",), ()])
    message = str(caught.value)
    assert 'The note in row 1 says that the leader "Mette Lund" is away, but the leader ' \
        "column still gives them (rows 8 and 9)" in message
    assert "konstitueret" not in message and "april" not in message


def test_a_note_that_someone_acts_as_leader_refuses(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match=r"The note in row 1 says that employee 55103 "
                       r"\(row 6\) leads in another's place"):
        read(tmp_path, [("Ida Mølgaard er fungerende leder for Team Nord i december",), ()])


def test_a_note_of_an_acting_leader_the_column_already_gives_changes_nothing(
        tmp_path: Path) -> None:
    listing = read(tmp_path, [("Niels Kjær er konstitueret leder for Team Nord",), ()])
    assert len(listing.employees) == len(STAFF)


REMARKED = ("Tjenestenr.", "Navn", "Team", "Leder", "Bemærkning")


def _with_remark(remark: str, row: int = 2) -> list[tuple[Any, ...]]:
    staff = [(*s, None) for s in STAFF]
    staff[row] = (*STAFF[row], remark)
    return [REMARKED, *staff]


@pytest.mark.parametrize("remark", ["Flyttet til Team Syd pr. 1/11-26, ny leder Søren Juul",
                                    "Skifter til Syd fra januar", "Ny leder: Søren Juul",
                                    # a place that is no department of the list
                                    "Overflyttet til Børnehuset Solsikken pr. 1/11-2026 – MUS "
                                    "holdes dér"])
def test_a_remark_of_a_move_the_columns_do_not_show_refuses(tmp_path: Path,
                                                           remark: str) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": _with_remark(remark)}),
                           today=TODAY)
    said = str(caught.value)
    assert 'row 4, column "Bemærkning": The Bemærkning in row 4 (employee 55103) speaks of a ' \
        "move or a new leader" in said
    assert remark not in said


@pytest.mark.parametrize("remark", ["Ny leder fra 1/9 (før Jens)",  # names no one in full
                                    "Ny leder: Niels Kjær",  # the leader the column gives
                                    "Vikar for Søren Juul",  # no move, no new leader
                                    "Ny i Nord fra 1/10",  # their own team
                                    "Flyttet til Nord fra 1/10"])  # their own team
def test_a_remark_the_columns_agree_with_changes_nothing(tmp_path: Path, remark: str) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx",
                                            {"Ark1": _with_remark(remark)}), today=TODAY)
    assert len(listing.employees) == len(STAFF)
