"""A free remark column ("Bemærkning", "Kommentar", "Notes"), and Excel's notes on a row's
cells, are read for two things: a short remark that says the person is on leave marks them on
leave (their form is made as for anyone); one that says they left on a day gone by ("Fratrådt
31/10") makes a leaver, listed with the column; one that says they left without a day, or on a
day to come, with nothing else on the list that does, refuses the list (never a form, never a
guess). A remark about leave that is over or to come says nothing. The remark's own words never
appear in what mus says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(("header", "leave", "over", "left"), [
    ("Bemærkning", "Barsel fra 1/10-2026", "Tilbage fra barsel 1/9", "Fratrådt 31/10"),
    ("Kommentar", "på barsel til marts", "har været på orlov", "Ophørt"),
    ("Notes", "On parental leave", "Back from leave in May", "Terminated?"),
])
def test_a_remark_that_says_leave(tmp_path: Path, header: str, leave: str, over: str,
                                  left: str) -> None:
    rows = [("Lønnr.", "Navn", "Afdeling", header),
            (1, "Signe Juul", "Ledelse", None), (2, "Bo Lind", "Pleje", leave),
            (3, "Eva Ry", "Pleje", over), (5, "Ida Holm", "Pleje", "ny 1/11")]
    listing = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1", False), ("2", True), ("3", False), ("5", False)]
    [(_, _, _, reason)] = [(a.row, a.number, a.name, a.reason) for a in listing.on_leave]
    assert reason == f"{header} speaks of leave"
    said = " ".join(n.what for n in (*listing.notes, *listing.warnings))
    assert leave not in said
    # a remark that says they left: on a day gone by, a leaver; in one past-tense word
    # ("Ophørt"), a leaver; else without a day ("Terminated?"), refused
    rows.append((4, "Jon Ask", "Pleje", left))
    path = write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows})
    if any(c.isdigit() for c in left) or "?" not in left:
        listing = read_employee_list(path, today=TODAY)
        assert [(a.number, a.reason) for a in listing.leavers] == [
            ("4", f"{header}: left" + (" 31-10-2026" if "31" in left else ""))]
        return
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert f"The {header} in row 6 (employee 4) says the person has left or is leaving, but " \
        "nothing else on the list does" in str(caught.value)
    assert left not in str(caught.value)


def test_an_excel_note_on_the_name_that_says_left(tmp_path: Path) -> None:
    """The only sign is a note (comment) on the name cell: "Fratrådt 31/8 - skal ikke have
    MUS" makes a leaver, "Fratrådt - skal ikke have MUS" (no day) refuses; one that says
    barsel marks leave."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    path = write_xlsx(tmp_path / "n.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Afdeling"), (1, "Signe Juul", "Ledelse"), (2, "Bo Lind", "Pleje"),
        (3, "Eva Ry", "Pleje")]})
    wb = load_workbook(path)
    wb.active["B4"].comment = Comment("Barsel til 1/4", "HR")
    wb.save(path)
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1", False), ("2", False), ("3", True)]
    wb.active["B3"].comment = Comment("Fratrådt 31/8 - skal ikke have MUS", "HR")
    wb.save(path)
    assert [a.number for a in read_employee_list(path, today=TODAY).leavers] == ["2"]
    wb.active["B3"].comment = Comment("Fratrådt - skal ikke have MUS", "HR")
    wb.save(path)
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert "row 3: The note on a cell in row 3 (employee 2) says the person has left" in str(
        caught.value)
    assert "skal ikke" not in str(caught.value)


def test_a_directorys_description_that_says_left_though_the_account_is_enabled(
        tmp_path: Path) -> None:
    """AD's Description is where HR writes "Fratrådt 30-09-2026" while the account stays
    enabled until year end: a remark like any other, and Enabled=True does not outweigh it (a
    day gone by: a leaver; "Fratrådt" without a day: refused)."""
    rows = [("Name", "EmployeeID", "Department", "Enabled", "Description"),
            ("Signe Juul", "30411", "Ledelse", "True", ""),
            ("Bo Lind", "30412", "Pleje", "True", "Barsel til 1/4"),
            ("Eva Ry", "30413", "Pleje", "False", ""),
            ("Ida Holm", "30420", "Pleje", "True", "Fratrådt 30-09-2026 – konto spærres ved nytår")]
    listing = read_employee_list(write_xlsx(tmp_path / "d.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("30413", 'Enabled "False"'), ("30420", "Description: left 30-09-2026")]
    rows[-1] = ("Ida Holm", "30420", "Pleje", "True", "Fratrådt – konto spærres ved nytår")
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "d2.xlsx", {"Ark1": rows}), today=TODAY)
    assert "The Description in row 5 (employee 30420) says the person has left" in str(
        caught.value)
    assert "konto" not in str(caught.value)


@pytest.mark.parametrize(("remark", "left"), [
    ("Stoppet 31/10 – ikke slettet endnu", True), ("Fratrådt, ikke slettet fra listen", True),
    ("Ikke fratrådt – fortsætter", False), ("ikke stoppet", False)])
def test_a_not_in_another_clause_does_not_turn_a_leaving_around(tmp_path: Path, remark: str,
                                                                left: bool) -> None:
    _left_or_kept(_remarked(tmp_path, remark), left)


def _remarked(tmp_path: Path, remark: str) -> Path:
    """A list of three whose second person has the remark."""
    return write_xlsx(tmp_path / "r.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Afdeling", "Bemærkning"), (1, "Signe Juul", "Ledelse", None),
        (2, "Bo Lind", "Pleje", remark), (3, "Eva Ry", "Pleje", None)]})


def _left_or_kept(path: Path, left: bool) -> None:
    """Where the remark says the second person left: a leaver (a day gone by), or refused (no
    day); else all three kept."""
    if left:
        try:
            listing = read_employee_list(path, today=TODAY)
        except SpreadsheetError as caught:
            assert "row 3 (employee 2) says the person has" in str(caught)
        else:
            assert [a.number for a in listing.leavers] == ["2"]
            assert len(listing.employees) == 2
    else:
        assert len(read_employee_list(path, today=TODAY).employees) == 3


@pytest.mark.parametrize(("remark", "state"), [
    ("barsel til marts, MUS når hun er tilbage – send alligevel", "leave"),
    ("stoppet 30/11 – skal ikke have MUS, og mailen skal lukkes inden jul", "left"),
    ("var på barsel til marts, men er nu tilbage på fuld tid igen", ""),  # over, said first
])
def test_a_long_remark_is_read_by_what_its_first_clause_says(tmp_path: Path, remark: str,
                                                              state: str) -> None:
    path = _remarked(tmp_path, remark)
    if state == "left":
        _left_or_kept(path, True)
        return
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees if e.on_leave] == (["2"] if state else [])
    assert len(listing.employees) == 3


@pytest.mark.parametrize(("remark", "left"), [
    ("Projektansættelse (Flere i job) – udløb 30.09.2026, ikke forlænget", True),
    ("Tidsbegrænset, udløber 30.06.2027", False), ("Forlænget til 31.12.2027", False)])
def test_a_remark_with_a_last_day_gone_by_in_any_clause(tmp_path: Path, remark: str,
                                                        left: bool) -> None:
    _left_or_kept(_remarked(tmp_path, remark), left)


def test_a_column_kept_for_something_else_where_remarks_were_written_is_read_as_them(
        tmp_path: Path) -> None:
    # the phone column of a hand-kept list: numbers for most, a colleague's remark for some
    rows = [("Tjnr.", "Navn", "Afdeling", "Tlf."),
            (1201, "Sofie Åkjær", "Jobcenter", "8959 2103"),
            (1202, "Søren Friis", "Ydelse", "8959 4154"),
            (1203, "Vibeke Dahl", "Ydelse", "barsel til 1/4-27"),
            (1204, "Kåre Lund", "Ydelse", None), (1205, "Pia Fog", "Ydelse", "Stilling 42")]
    listing = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1201", False), ("1202", False), ("1203", True), ("1204", False), ("1205", False)]
    assert [a.reason for a in listing.on_leave] == ["Tlf. speaks of leave"]
    rows.append((1206, "Tove Lykke", "Ydelse", "stoppet 31/10 - ingen MUS"))
    stopped = read_employee_list(write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(a.number, a.reason) for a in stopped.leavers] == [("1206", "Tlf.: left 31-10-2026")]
    rows[-1] = (1206, "Tove Lykke", "Ydelse", "stoppet - ingen MUS")
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "s2.xlsx", {"Ark1": rows}), today=TODAY)
    said = str(caught.value)
    assert 'row 7, column "Tlf.": The Tlf. in row 7 (employee 1206) says the person has left' \
        in said
    assert "stoppet" not in said


def test_a_column_of_one_word_kinds_or_titles_is_no_remark(tmp_path: Path) -> None:
    rows = [("Lønnr.", "Navn", "Afdeling", "Stilling"),
            (1, "Signe Juul", "Ledelse", "Leder"), (2, "Bo Lind", "Pleje", "Barselsvikar"),
            (3, "Eva Ry", "Pleje", "Social- og sundhedsassistent")]
    listing = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1", False), ("2", False), ("3", False)]


@pytest.mark.parametrize("remark", ["Ekstern", "Ansat af Kirkeministeriet"])
def test_a_remark_that_says_a_numbered_row_is_not_employed_here_refuses(
        tmp_path: Path, remark: str) -> None:
    rows = [("Medarbejder nr.", "Navn", "Afdeling", "Bemærkning"),
            (1501, "Ulla Tøttrup", "Direktion", None),
            (1504, "Peter Lund", "Udvikling", remark),
            (1508, "Thøger Kragh", "Udvikling", "barselsvikar for Peter, ansat til 30/6-27")]
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Ark1": rows}), today=TODAY)
    said = str(caught.value)
    assert 'row 3, column "Bemærkning": The Bemærkning in row 3 (employee 1504) says the ' \
        "person is not employed here" in said
    assert "row 4" not in said  # a temp covering for someone is employed here
    assert remark not in said


def test_a_long_remark_that_says_not_employed_gets_no_form(tmp_path: Path) -> None:
    # with few remarks, the column reads as a column of kinds; either way: no form, said
    rows = [("Medarbejder nr.", "Navn", "Afdeling", "Bemærkning"),
            (1501, "Ulla Tøttrup", "Direktion", None),
            (1504, "Peter Lund", "Udvikling",
             "ekstern konsulent via Emagine – ikke ansat hos os, ingen MUS"),
            (1508, "Thøger Kragh", "Udvikling", "barselsvikar for Peter, ansat til 30/6-27")]
    listing = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Ark1": rows}), today=TODAY)
    assert [e.number for e in listing.employees] == ["1501", "1508"]
    assert [a.number for a in listing.leavers] == ["1504"]


def test_a_state_in_brackets_after_the_name(tmp_path: Path) -> None:
    """An elder care area's own list says each one's state after the name: "(barsel)" is
    leave, "(fratrådt 31.07.26)" a leaver, "(starter 1/2-27)" someone not begun; the name is
    read without the brackets (as it is without initials in brackets)."""
    rows = [("Lønnr.", "Navn", "Afdeling"), (1, "Signe Juul", "Ledelse"),
            (2, "Bo Lind (barsel)", "Pleje"), (3, "Eva Ry (fratrådt 31.07.26)", "Pleje"),
            (4, "Ida Holm (starter 1/2-27)", "Pleje"), (5, "Jon Ask (JAS)", "Pleje")]
    listing = read_employee_list(write_xlsx(tmp_path / "n.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.name, e.on_leave) for e in listing.employees] == [
        ("1", "Signe Juul", False), ("2", "Bo Lind", True), ("5", "Jon Ask", False)]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("3", "Navn: left 31-07-2026"), ("4", "Navn: starts 01-02-2027, has not begun")]


def test_columns_of_before_and_after_a_reorganisation(tmp_path: Path) -> None:
    """"Afdeling til 31.7.2026" beside "Afdeling fra 1.8.2026": the day has come, so the new
    columns hold now (where they are filled), said."""
    rows = [("Nr.", "Navn", "Afdeling til 31.7.2026", "Leder til 31.7.2026",
             "Afdeling fra 1.8.2026", "Leder fra 1.8.2026"),
            (501, "Henrik Lund", "Partnere", None, "Partnere", None),
            (503, "Jonas Bøgh", "Revision", "Henrik Lund", "Revision Erhverv", "Henrik Lund"),
            (504, "Eva Ry", "Revision", "Jonas Bøgh", "Revision SMV", "Henrik Lund")]
    listing = read_employee_list(write_xlsx(tmp_path / "o.xlsx", {"Ark1": rows}), today=TODAY)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("501", "Partnere", ""), ("503", "Revision Erhverv", "Henrik Lund"),
        ("504", "Revision SMV", "Henrik Lund")]
    assert sum(n.kind == "new-values" for n in listing.notes) == 2
