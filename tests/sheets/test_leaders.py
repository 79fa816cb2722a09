"""A leader named in any way a system names them is found in the list; one who is not is shown
as written and reported with the rows, never guessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.columns import field_role
from pipeline.sheets.leadertext import kind_of
from pipeline.sheets.names import dn_name, is_object_id, normal_dn, turn_around
from tests.helpers import write_xlsx

HEADERS = ("Medarbejdernr.", "Navn", "Initialer", "E-mail", "UPN", "DistinguishedName", "Id",
           "Leder")
BOSS = ("100", "Østergaard, Jens", "JØS", "jos@k.dk", "jens.ostergaard@k.onmicrosoft.com",
        "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk", "{0F8A2C1E-3B4D-4E6F-8A9B-0C1D2E3F4A5B}",
        "")


def listing(tmp_path: Path, leader: str, extra: Sequence[Sequence[Any]] = (),
            headers: Sequence[str] = HEADERS) -> Any:
    """Everyone in one department (a list without one is warned about)."""
    rows = [headers, BOSS, ("101", "Mette Kjær", "MKJ", "mkj@k.dk", "", "", "", leader),
            *extra]
    rows = [(*rows[0], *[None] * (len(headers) - len(rows[0])), "Afdeling"),
            *((*r, *[None] * (len(headers) - len(r)), "Jura") for r in rows[1:])]
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 11, 27))


@pytest.mark.parametrize("given", [
    "Jens Østergaard", "Østergaard, Jens", "  jens   østergaard ", "JØS", "jøs", "100",
    "jos@k.dk", "JOS@K.DK", "jens.ostergaard@k.onmicrosoft.com",
    "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk", "cn=østergaard\\, jens, ou=ledere, dc=k, dc=dk",
    "0f8a2c1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b",
])
def test_leader_found_however_given(tmp_path: Path, given: str) -> None:
    staff = listing(tmp_path, given)
    mette = staff.employees[1]
    assert (mette.leader, mette.leader_email, mette.leader_number) == (
        "Jens Østergaard", "jos@k.dk", "100")
    assert staff.warnings == ()


@pytest.mark.parametrize(("given", "shown", "kind"), [
    ("ABC", "ABC", "those initials or that user name"),
    ("999", "999", "that employee number"),
    ("nobody@k.dk", "nobody@k.dk", "that e-mail address or user principal name"),
    ("CN=Holm\\, Julie,OU=Ledere,DC=k,DC=dk", "Julie Holm", "that distinguished name"),
])
def test_leader_not_in_list_is_shown_as_written_and_reported(tmp_path: Path, given: str,
                                                             shown: str, kind: str) -> None:
    staff = listing(tmp_path, given)
    mette = staff.employees[1]
    assert mette.leader == shown and mette.leader_number == ""
    assert mette.leader_email == (given if "@" in given else "")
    [warning] = staff.warnings
    assert str(warning) == (
        f'{tmp_path / "e.xlsx"}, sheet "Ark1", row 3, column "Leder": The leader "{given}" '
        f'(row 3) is not in the list: no row has {kind}. The forms show "{shown}". Add the '
        "leader's own row to the list, or give the leader's name (and e-mail, in a \"Leders "
        'e-mail" column).')


@pytest.mark.parametrize("given", [
    "11111111-2222-4333-8444-555555555555",  # Entra's object ID
    "c7cba3aedbded25809ea7163",  # a 24-digit hex ID (JumpCloud, MongoDB)
    "00u1ab2cd3EF4gh5ij6k",  # an Okta user ID
])
def test_a_leader_given_by_an_id_that_finds_nobody_is_refused(tmp_path: Path, given: str
                                                              ) -> None:
    """An ID says nothing of who the leader is: shown on the forms it would stand where the
    leader's name goes, and the leader's forms would go to nobody."""
    with pytest.raises(SpreadsheetError) as caught:
        listing(tmp_path, given)
    assert str(caught.value).endswith(
        f'{tmp_path / "e.xlsx"}, sheet "Ark1", row 3, column "Leder": The leader "{given}" '
        "(row 3) is a system's ID for a person, and no row on the list has that ID, so it "
        "cannot be told who the leader is: the forms would show the ID as the leader's name "
        "and the leader's forms would go to nobody. Export the leader's name or e-mail "
        "instead of the ID (or add the leaders' own rows, with the ID in a column of its own), "
        "and run the command again.")


@pytest.mark.parametrize(("text", "is_id"), [
    ("c7cba3aedbded25809ea7163", True), ("{0F8A2C1E-3B4D-4E6F-8A9B-0C1D2E3F4A5B}", True),
    ("aksel.broedsgaard", False), ("u100", False), ("Østergaard", False),
    ("2023010100012345", False), ("abcdefghijklmnopq", False), ("AB12", False)])
def test_what_is_an_object_id(text: str, is_id: bool) -> None:
    assert is_object_id(text) is is_id


def test_a_name_not_found_is_reported_once_when_the_list_holds_no_leaders(
        tmp_path: Path) -> None:
    """Leaders who are not employees on the list (a department's own list) are used as
    written, but their mail going nowhere is said once, not per row."""
    alone = listing(tmp_path, "Hanne Kjær")
    assert alone.employees[1].leader == "Hanne Kjær"
    assert [(w.kind, w.rows) for w in alone.warnings] == [("leaders-outside", (3,))]
    assert 'None of the 1 leader(s) named in the list ("Hanne Kjær"; row 3) is on the list ' \
        "itself, and no leader's e-mail is given" in alone.warnings[0].what
    mixed = listing(tmp_path, "Hanne Kjær", [("102", "Bo Bach", "", "", "", "", "", "JØS")])
    assert [str(w).split(": ", 1)[1] for w in mixed.warnings] == [
        'The leader "Hanne Kjær" (row 3) is not in the list, although other leaders are; the '
        "name is used as written. Check the spelling against the leader's own row."]


def test_two_people_with_the_leaders_name(tmp_path: Path) -> None:
    """Whose employee Mette is cannot be told: refused, never guessed."""
    with pytest.raises(SpreadsheetError) as caught:
        listing(tmp_path, "Jens Østergaard",
                [("102", "Jens Østergaard", "JØ2", "jo2@k.dk", "", "", "", "")])
    assert 'The leader "Jens Østergaard" (row 3) fits several people in the list' in str(
        caught.value)


def test_the_leaders_email_column_wins_and_a_difference_is_reported(tmp_path: Path) -> None:
    headers = (*HEADERS, "Leders e-mail")
    staff = listing(tmp_path, "JØS", headers=headers,
                    extra=[("102", "Bo Bach", "", "", "", "", "", "JØS", "jens@k.dk")])
    assert staff.employees[2].leader_email == "jens@k.dk"
    assert staff.employees[1].leader_email == "jos@k.dk"  # no column value: their own row's
    assert ('The leader\'s e-mail "jens@k.dk" (row 4) differs from the address on Jens '
            'Østergaard\'s own row ("jos@k.dk").') in str(staff.warnings[0])


def test_a_leaders_address_at_an_old_domain_is_their_own_rows(tmp_path: Path) -> None:
    """"torben.fog@ibk.dk" where everyone's address is @ikast-brande.dk now: the same user at a
    domain nobody on the list has; the address on the leader's own row is used, said."""
    path = write_xlsx(tmp_path / "d.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Mail", "Leder", "Leders mail"),
        (1, "Torben Fog", "torben.fog@ikast-brande.dk", None, None),
        (2, "Ida Ry", "ida.ry@ikast-brande.dk", "Torben Fog", "torben.fog@ibk.dk"),
        (3, "Bo Ek", "bo.ek@ikast-brande.dk", "Torben Fog", "torben.fog@ikast-brande.dk")]})
    staff = read_employee_list(path, today=dt.date(2026, 11, 27))
    assert [e.leader_email for e in staff.employees] == [
        "", "torben.fog@ikast-brande.dk", "torben.fog@ikast-brande.dk"]
    [note] = [n for n in staff.notes if n.kind == "leader-old-domain"]
    assert note.rows == (3,) and not [w for w in staff.warnings if w.kind == "leader-mismatch"]


def test_leader_given_only_by_email_gets_the_name_from_their_row(tmp_path: Path) -> None:
    rows = [("Employee ID", "Display name", "Email", "Manager e-mail"),
            ("1", "Pia Lund", "pl@x.dk", ""), ("2", "Karen Johansen", "kj@x.dk", "PL@x.dk")]
    staff = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"People": rows}))
    # the same address in capitals: written as on the leader's own row
    assert (staff.employees[1].leader, staff.employees[1].leader_email) == ("Pia Lund",
                                                                            "pl@x.dk")


def test_own_leader_is_no_leader_and_said(tmp_path: Path) -> None:
    """The director who is her own leader gets no leader's form about herself."""
    rows = [HEADERS, (*BOSS[:-1], "JØS"), ("101", "Mette Kjær", "MKJ", "mkj@k.dk", "", "", "",
                                            "JØS")]
    staff = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}))
    assert [(e.leader, e.leader_email) for e in staff.employees] == [
        ("", ""), ("Jens Østergaard", "jos@k.dk")]
    assert [w.kind for w in staff.warnings] == ["no-department"]
    assert [str(n) for n in staff.notes] == [
        f'{tmp_path / "e.xlsx"}, sheet "Ark1", row 2, column "Leder": Employee 100 (Jens '
        "Østergaard, row 2) is given as their own leader, so they have no leader (and no "
        "leader's form about themselves)."]


def test_the_leaders_number_column(tmp_path: Path) -> None:
    rows = [("Tjenestenummer", "Navn", "Leders tjenestenummer", "Leder", "E-mail"),
            ("00401", "Jens Østergaard", "", "", "jos@k.dk"),
            ("00418", "Mette Kjær", "00401", "Jens", "mkj@k.dk")]
    staff = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}))
    assert (staff.employees[1].leader, staff.employees[1].leader_number) == (
        "Jens Østergaard", "00401")


@pytest.mark.parametrize(("text", "kind"), [
    ("CN=A,OU=B", "dn"), ("a@b.dk", "e-mail"), ("1234", "number"), ("JØS", "initials"),
    ("jos2", "initials"), ("Jens Østergaard", "name"), ("Østergaard, Jens", "name"),
    ("0f8a2c1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b", "guid")])
def test_kind_of(text: str, kind: str) -> None:
    assert kind_of(text) == kind


def test_names_and_distinguished_names() -> None:
    assert turn_around("Kjær Sørensen, Mette Marie") == ("Mette Marie Kjær Sørensen",
                                                         "Mette Marie")
    assert turn_around("Mette Kjær") == ("Mette Kjær", "")
    with pytest.raises(ValueError):
        turn_around("Kjær, Mette, Dr.")
    assert dn_name("CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk") == "Jens Østergaard"
    assert dn_name("CN=\\C3\\98stergaard\\, Jens,OU=x") == "Jens Østergaard"
    assert dn_name("CN=Jens Østergaard,OU=x") == "Jens Østergaard"
    assert normal_dn("CN=A\\, B, OU=X") == normal_dn("cn=a\\, b,ou=x")


@pytest.mark.parametrize(("given", "leader", "email"), [
    ("Karen Bøgh Ravn <karen.ravn@k.dk>", "Karen Bøgh Ravn", "karen.ravn@k.dk"),
    ('"Ravn, Karen Bøgh" <karen.ravn@k.dk>', "Karen Bøgh Ravn", "karen.ravn@k.dk"),
    ("Jens Østergaard <jos@k.dk>", "Jens Østergaard", "jos@k.dk"),
])
def test_a_leader_pasted_from_outlook_is_a_name_and_an_address(tmp_path: Path, given: str,
                                                               leader: str, email: str) -> None:
    staff = listing(tmp_path, given)
    assert (staff.employees[1].leader, staff.employees[1].leader_email) == (leader, email)


@pytest.mark.parametrize("given", ["Jens Østergaard (JØS)", "Østergaard, Jens (100)",
                                   "J. Østergaard (jos@k.dk)"])
def test_a_leader_with_an_aside_in_brackets(tmp_path: Path, given: str) -> None:
    staff = listing(tmp_path, given)
    assert (staff.employees[1].leader, staff.employees[1].leader_email) == (
        "Jens Østergaard", "jos@k.dk")
    assert staff.warnings == ()


@pytest.mark.parametrize("given", ["NO_MANAGER", "NO_HR", "-", "n/a", "N/A", "ingen", "Ingen"])
def test_no_leader_written_as_a_word(tmp_path: Path, given: str) -> None:
    """SuccessFactors' NO_MANAGER is no leader who gets a form: it is no leader, and said."""
    staff = listing(tmp_path, given)
    assert (staff.employees[1].leader, staff.employees[1].leader_email) == ("", "")
    assert staff.warnings == ()
    assert [n.what for n in staff.notes if n.kind != "no-leaders"] == [
        f'"{given}" as the leader (row 3) is read as no leader.']


def test_an_employee_address_pasted_from_outlook(tmp_path: Path) -> None:
    rows = [("Medarbejdernr.", "Navn", "E-mail"), ("1", "Ida Thomsen",
                                                 "Ida Thomsen <ida.thomsen@k.dk>")]
    staff = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}))
    assert staff.employees[0].email == "ida.thomsen@k.dk"


def test_a_leader_given_by_a_user_id(tmp_path: Path) -> None:
    """SuccessFactors gives the leader by user ID, which is not the employee number."""
    rows = [("Person ID External", "User ID", "First Name", "Last Name", "Manager User ID"),
            ("P-1", "100234", "Jens", "Østergaard", "NO_MANAGER"),
            ("P-2", "100235", "Mette", "Kjær", "100234")]
    staff = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}))
    assert [(e.number, e.name, e.leader) for e in staff.employees] == [
        ("P-1", "Jens Østergaard", ""), ("P-2", "Mette Kjær", "Jens Østergaard")]


def leaders_of(tmp_path: Path, rows: Sequence[Sequence[Any]]) -> Any:
    rows = [(*rows[0], "Afdeling"), *((*r, "Drift") for r in rows[1:])]
    staff = read_employee_list(write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows}),
                               today=dt.date(2026, 12, 5))
    return staff, [(e.number, e.leader, e.leader_email) for e in staff.employees]


def test_a_management_line_names_the_nearest_leader_last(tmp_path: Path) -> None:
    staff, got = leaders_of(tmp_path, [
        ("Medarb.nr.", "Navn", "E-mail", "Ledelseslinje"),
        ("9001", "Jens Madsen", "jm@h.dk", None),
        ("9002", "Mille Møller", "mm@h.dk", "Jens Madsen"),
        ("9003", "Julie Petersen", "jp@h.dk", "Jens Madsen > Mille Møller"),
        ("9004", "Peter Nielsen", "pn@h.dk", "Direktion / Jens Madsen / Mille Møller")])
    assert got == [("9001", "", ""), ("9002", "Jens Madsen", "jm@h.dk"),
                   ("9003", "Mille Møller", "mm@h.dk"), ("9004", "Mille Møller", "mm@h.dk")]
    assert [n.what for n in staff.notes] == [
        "The leader is read as the last step of a management line (rows 4 and 5; "
        '"Jens Madsen > Mille Møller": Mille Møller).']


def test_a_name_with_its_id_is_found_by_both_together(tmp_path: Path) -> None:
    """Zoho's "Helle Nielsen KK001"; "Leder IT 2" is never employee 2, whose name differs."""
    staff, got = leaders_of(tmp_path, [
        ("Employee ID", "Navn", "Mail", "Reporting To"),
        ("KK001", "Helle Nielsen", "hn@k.dk", None),
        ("KK002", "Ole Bach", "ob@k.dk", "Helle Nielsen KK001"),
        ("2", "Ida Holm", "ih@k.dk", "KK002 Ole Bach"),
        ("3", "Bo Dahl", "bd@k.dk", "Leder IT 2")])
    assert got == [("KK001", "", ""), ("KK002", "Helle Nielsen", "hn@k.dk"),
                   ("2", "Ole Bach", "ob@k.dk"), ("3", "Leder IT 2", "")]
    assert 'The leader "Leder IT 2" (row 5) is not in the list' in str(staff.warnings[0])


def test_a_directory_id_of_any_shape_finds_the_leader(tmp_path: Path) -> None:
    """JumpCloud gives the manager as the manager's 24-hex ``id``; a column of such IDs under
    a header mus does not know (``sys_id``) is found by its cells."""
    for header in ("id", "sys_id"):
        _, got = leaders_of(tmp_path, [
            (header, "employeeIdentifier", "displayname", "email", "manager"),
            ("e19acbe997bd86423f2d8e31", "BD-001", "Freja Petersen", "fp@b.dk", None),
            ("b3afa7d7e31b9ba3d9ece872", "BD-002", "Mille Løkke", "ml@b.dk",
             "e19acbe997bd86423f2d8e31"),
            ("dd0051c2f50cf98d3c4e1f75", "BD-003", "Christian Kirk", "ck@b.dk",
             "b3afa7d7e31b9ba3d9ece872")])
        assert got == [("BD-001", "", ""), ("BD-002", "Freja Petersen", "fp@b.dk"),
                       ("BD-003", "Mille Løkke", "ml@b.dk")], header


TEAM = [("Nr.", "Navn", "Mail", "X"), ("1", "Ane Berg", "ab@t.dk", None),
        ("2", "Bo Dahl", "bd@t.dk", "Ane Berg"), ("3", "Cai Eng", "ce@t.dk", "Ane Berg"),
        ("4", "Dan Falk", "df@t.dk", "Bo Dahl")]


@pytest.mark.parametrize("header", ["Teamlead", "Ansvarlig", "Butikschef", "Reporting Manager"])
def test_a_column_that_names_colleagues_is_the_leader_whatever_its_header(
        tmp_path: Path, header: str) -> None:
    staff, got = leaders_of(tmp_path, [(*TEAM[0][:3], header), *TEAM[1:]])
    assert got == [("1", "", ""), ("2", "Ane Berg", "ab@t.dk"), ("3", "Ane Berg", "ab@t.dk"),
                   ("4", "Bo Dahl", "bd@t.dk")]
    assert staff.layout.fields["leader"].header == header


def test_how_a_leader_column_was_recognised_is_said(tmp_path: Path) -> None:
    staff, _ = leaders_of(tmp_path, [(*TEAM[0][:3], "Ansvarlig"), *TEAM[1:]])
    assert [n.what for n in staff.notes] == [
        'The column "Ansvarlig" (column D) is read as the leader: 3 of its 3 filled cells name '
        "someone else on the list."]


@pytest.mark.parametrize(("header", "rows"), [
    ("Mentor", TEAM[1:]),  # another relation, by its header
    ("Makker", [("1", "Ane Berg", "ab@t.dk", "Bo Dahl"), ("2", "Bo Dahl", "bd@t.dk", "Ane Berg"),
                ("3", "Cai Eng", "ce@t.dk", "Dan Falk"),
                ("4", "Dan Falk", "df@t.dk", "Cai Eng")]),  # people naming each other in turn
    ("Indberettet af", [("1", "Ane Berg", "ab@t.dk", "Ane Berg"),
                        ("2", "Bo Dahl", "bd@t.dk", "Ane Berg"),
                        ("3", "Cai Eng", "ce@t.dk", "Ane Berg"),
                        ("4", "Dan Falk", "df@t.dk", "Ane Berg")]),  # one person for everyone
])
def test_a_column_that_names_colleagues_otherwise_is_no_leader(
        tmp_path: Path, header: str, rows: list[tuple[Any, ...]]) -> None:
    staff, got = leaders_of(tmp_path, [(*TEAM[0][:3], header), *rows])
    assert "leader" not in staff.layout.fields
    assert all(leader == "" for _, leader, _ in got)


@pytest.mark.parametrize("header", ["Mentor", "Kontaktperson", "Stedfortræder"])
def test_a_column_of_colleagues_under_another_relation_is_said_when_no_leader_is_found(
        tmp_path: Path, header: str) -> None:
    """The list goes on without leaders, but `mus check` says which column could give them."""
    staff, got = leaders_of(tmp_path, [(*TEAM[0][:3], header), *TEAM[1:]])
    assert all(leader == "" for _, leader, _ in got)
    [warning] = [w for w in staff.warnings if w.kind == "leader-column-other"]
    assert warning.column == header and "3 of its 3 filled cells" in warning.what
    assert 'head it "Leder"' in warning.todo


def test_a_relation_column_is_not_said_where_the_list_has_its_leader(tmp_path: Path) -> None:
    rows = [(*TEAM[0][:3], "Leder", "Mentor"),
            *((*r, r[3]) for r in TEAM[1:])]  # the mentor is the leader here too
    staff, got = leaders_of(tmp_path, rows)
    assert got[1] == ("2", "Ane Berg", "ab@t.dk")
    assert not [w for w in staff.warnings if w.kind.startswith("leader-column")]


def test_a_leader_column_that_names_a_unit_on_some_rows_is_refused_with_the_rows(
        tmp_path: Path) -> None:
    """Whose leader 'Lageret' is cannot be told: taken as no leader column, three employees
    would be left without a leader, and the whole list too, without a word."""
    rows = [("Nr.", "Navn", "Mail", "Ansvar"), ("1", "Ane Berg", "ab@t.dk", None),
            ("2", "Bo Dahl", "bd@t.dk", "Ane Berg"), ("3", "Cai Eng", "ce@t.dk", "Ane Berg"),
            ("4", "Dan Falk", "df@t.dk", "Bo Dahl"), ("5", "Eva Gram", "eg@t.dk", "Lageret"),
            ("6", "Finn Holt", "fh@t.dk", "Lageret")]
    with pytest.raises(SpreadsheetError) as caught:
        leaders_of(tmp_path, rows)
    message = str(caught.value)
    assert '"Ansvar" (column D) looks like the leader column: 3 of its 5 filled cells' in message
    assert "rows 6 and 7" in message and 'head the column "Leder"' in message
    assert "Lageret" not in message  # what a cell says is not needed to find it


def test_a_leader_with_a_title_after_a_comma_and_a_line_with_arrows(tmp_path: Path) -> None:
    _, got = leaders_of(tmp_path, [
        ("Nr.", "Navn", "Mail", "Leder"), ("1", "Jens Madsen", "jm@h.dk", None),
        ("2", "Mille Møller", "mm@h.dk", "Jens Madsen, Direktør"),
        ("3", "Julie Petersen", "jp@h.dk", "Jens Madsen -> Mille Møller"),
        ("4", "Peter Nielsen", "pn@h.dk", "Møller, Mille")])
    assert got == [("1", "", ""), ("2", "Jens Madsen", "jm@h.dk"),
                   ("3", "Mille Møller", "mm@h.dk"), ("4", "Mille Møller", "mm@h.dk")]


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_a_leader_with_a_title_after_a_dash(tmp_path: Path, dash: str) -> None:
    """"Anne Jørgensen – Bankdirektør": the name before its title, as after a comma; a
    hyphen inside a name ("Anne-Mette Bak") sets nothing apart."""
    _, got = leaders_of(tmp_path, [
        ("Nr.", "Navn", "Mail", "Leder"), ("1", "Anne Jørgensen", "aj@b.dk", None),
        ("2", "Anne-Mette Bak", "ab@b.dk", f"Anne Jørgensen {dash} Bankdirektør"),
        ("3", "Ole Lund", "ol@b.dk", f"Anne-Mette Bak {dash} Filialdirektør"),
        ("4", "Eva Holm", "eh@b.dk", "Anne-Mette Bak")])
    assert got == [("1", "", ""), ("2", "Anne Jørgensen", "aj@b.dk"),
                   ("3", "Anne-Mette Bak", "ab@b.dk"), ("4", "Anne-Mette Bak", "ab@b.dk")]


def test_a_leader_outside_the_list_with_a_note_of_commas_in_brackets(tmp_path: Path) -> None:
    """"Karin Lindström (Group CEO, Stockholm)", the group CEO abroad: the comma is the
    note's, so the form shows "Karin Lindström" (it had shown "Stockholm) Karin Lindström
    (Group CEO", the cell turned around at its comma)."""
    listing = read_employee_list(write_xlsx(tmp_path / "g.xlsx", {"Ark1": [
        ("Emp. no.", "Name", "E-mail", "Reports to", "Reports to e-mail"),
        ("1501", "Mette Winther", "mw@b.dk", "Karin Lindström (Group CEO, Stockholm)",
         "kl@b.se"), ("1502", "Anne Holm", "ah@b.dk", "Mette Winther", None),
        ("1503", "Ib Lund", "il@b.dk", "Mette Winther", "mw@b.dk")]}),
        today=dt.date(2026, 12, 7))
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("Karin Lindström", "kl@b.se"), ("Mette Winther", "mw@b.dk"),
        ("Mette Winther", "mw@b.dk")]


def test_a_leader_in_brackets_after_their_title(tmp_path: Path) -> None:
    """"Chef for Borgerservice og Ydelser (Jørgen Pedersen)": the name in brackets, said."""
    listing = read_employee_list(write_xlsx(tmp_path / "b.xlsx", {"Ark1": [
        ("Nr.", "Navn", "E-mail", "Refererer til"), ("1", "Jørgen Pedersen", "jp@r.dk", None),
        ("2", "Gitte Skov", "gs@r.dk", "Chef for Borgerservice og Ydelser (Jørgen Pedersen)"),
        ("3", "Ulla Poulsen", "up@r.dk", "Chef for Borgerservice og Ydelser (Jørgen Pedersen)"),
        ("4", "Eva Holm", "eh@r.dk", "Ydelseschef (Gitte Skov)")]}), today=dt.date(2026, 12, 7))
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1", "", ""), ("2", "Jørgen Pedersen", "jp@r.dk"), ("3", "Jørgen Pedersen", "jp@r.dk"),
        ("4", "Gitte Skov", "gs@r.dk")]
    notes = [n.what for n in listing.notes if n.kind == "leader-read"]
    assert notes and all("from the name in brackets after a title" in n for n in notes)


@pytest.mark.parametrize("written", ["Karen Holm Bisgaard", "Karen M. Bisgaard",
                                     "Karen M. H. Bisgaard", "K.M. Bisgaard", "Karen Margrethe",
                                     "Karen Margrethe Holm"])
def test_a_leader_with_middle_names_left_out_or_cut(tmp_path: Path, written: str) -> None:
    """"Karen Holm Bisgaard", "Karen M. Bisgaard" for Karen Margrethe Holm Bisgaard: the
    only one whose first and last name these are, with the words between in order among
    hers; "Karen Lund Bisgaard" is nobody on the list."""
    _, got = leaders_of(tmp_path, [
        ("Nr.", "Navn", "Mail", "Leder"),
        ("1", "Karen Margrethe Holm Bisgaard", "kb@h.dk", None),
        ("2", "Karen Bisgaard Ravn", "kr@h.dk", "Karen Margrethe Holm Bisgaard"),
        ("3", "Ole Lund", "ol@h.dk", written), ("4", "Eva Holm", "eh@h.dk", "Karen Lund Bisgaard")])
    assert got[2] == ("3", "Karen Margrethe Holm Bisgaard", "kb@h.dk")
    assert got[3] == ("4", "Karen Lund Bisgaard", "")


def test_a_leader_outside_the_list_with_a_role_and_an_address(tmp_path: Path) -> None:
    """"Birthe Lykkegaard (kontaktperson) – kontaktperson@sogn.dk": the parish council's
    contact person, not on the list: her name and the address, the role left out."""
    _, got = leaders_of(tmp_path, [
        ("Nr.", "Navn", "Mail", "Leder"), ("1", "Jens Madsen", "jm@h.dk", None),
        ("2", "Mille Møller", "mm@h.dk", "Jens Madsen"),
        ("3", "Ole Lund", "ol@h.dk", "Birthe Lykkegaard (kontaktperson) – kontakt@sogn.dk")])
    assert got[2] == ("3", "Birthe Lykkegaard", "kontakt@sogn.dk")


def test_a_nickname_beside_first_and_last_name_only_finds_leaders(tmp_path: Path) -> None:
    staff, _ = leaders_of(tmp_path, [
        ("Nr.", "Fornavn", "Efternavn", "Kaldenavn", "Leder"),
        ("1", "Johannes", "Madsen", "Jo Madsen", None),
        ("2", "Mille", "Møller", "Mille Møller", "Jo Madsen")])
    assert [(e.name, e.leader) for e in staff.employees] == [
        ("Johannes Madsen", ""), ("Mille Møller", "Johannes Madsen")]


@pytest.mark.parametrize("written", ["1 - Jens Madsen", "Jens Madsen: 1", "1: Jens Madsen"])
def test_a_name_and_its_number_apart(tmp_path: Path, written: str) -> None:
    _, got = leaders_of(tmp_path, [
        ("Emp No", "Name", "Mail", "Line Manager"), ("1", "Jens Madsen", "jm@h.dk", None),
        ("2", "Mille Møller", "mm@h.dk", written)])
    assert got == [("1", "", ""), ("2", "Jens Madsen", "jm@h.dk")]


def test_a_leader_without_the_middle_name_is_found_and_said(tmp_path: Path) -> None:
    staff, got = leaders_of(tmp_path, [
        ("Nr.", "Navn", "Mail", "Leder"), ("1", "Signe Munk Løkke", "sl@g.dk", None),
        ("2", "Dorthe Winther", "dw@g.dk", "Signe Løkke"),
        ("3", "Troels Thomsen", "tt@g.dk", "Signe Løkke"),
        ("4", "Ole Højgaard", "oh@g.dk", "00001")])
    assert got == [("1", "", ""), ("2", "Signe Munk Løkke", "sl@g.dk"),
                   ("3", "Signe Munk Løkke", "sl@g.dk"), ("4", "Signe Munk Løkke", "sl@g.dk")]
    assert [w.what for w in staff.warnings if w.kind == "leader-loose"] == [
        'The leader "Signe Løkke" (rows 3 and 4) is taken to be Signe Munk Løkke (employee 1), '
        "the only one on the list whose name it fits."]


def test_a_name_that_fits_two_people_is_never_read_more_loosely(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        leaders_of(tmp_path, [
            ("Nr.", "Navn", "Mail", "Leder"), ("1", "Anders Jensen", "aj1@t.dk", None),
            ("2", "Anders Jensen", "aj2@t.dk", None), ("3", "Anders Bo Jensen", "abj@t.dk", None),
            ("4", "Eva Gram", "eg@t.dk", "Anders Jensen")])
    assert "(employees 1 and 2)" in str(caught.value)  # not Anders Bo Jensen


def test_leaders_by_initials_that_are_the_start_of_their_address(tmp_path: Path) -> None:
    """No initials column, but everyone's address is their initials (ø written o)."""
    _, got = leaders_of(tmp_path, [
        ("Tj.nr.", "Medarbejder", "Mail", "Nærmeste leder (initialer)"),
        (40213, "Signe Due", "sdu@s.dk", None), (40220, "Rasmus Østergaard", "ros@s.dk", "SDU"),
        (40227, "Malene Kjærgaard", "mkj@s.dk", "RØS")])
    assert got == [("40213", "", ""), ("40220", "Signe Due", "sdu@s.dk"),
                   ("40227", "Rasmus Østergaard", "ros@s.dk")]


def test_a_name_with_its_id_is_found_by_either_part(tmp_path: Path) -> None:
    """The name misspelt, the ID right; the ID unknown, the name right."""
    _, got = leaders_of(tmp_path, [
        ("Employee ID", "Navn", "Mail", "Reporting To"),
        ("KK001", "Helle B. Nielsen", "hn@k.dk", None),
        ("KK002", "Ole Bach", "ob@k.dk", "Helle Nielsen KK001"),
        ("KK003", "Ida Holm", "ih@k.dk", "Ole Bach KK999")])
    assert got == [("KK001", "", ""), ("KK002", "Helle B. Nielsen", "hn@k.dk"),
                   ("KK003", "Ole Bach", "ob@k.dk")]


@pytest.mark.parametrize(("own", "given"), [
    (101, "00101"),        # the list's number as a number, the leader's as zero-padded text
    ("00101", "101"),      # the other way round
    ("0101", "00101"),     # both padded, to different widths
])
def test_a_leader_number_with_other_leading_zeros_is_the_same_number(
        tmp_path: Path, own: object, given: str) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {"Lessor": [
        ("Lønnr", "Navn", "Afdeling", "Leders lønnr"),
        (own, "Birgitte Pedersen", "Ledelse", None),
        (102, "Astrid Kløve", "Kørsel", given), (103, "Signe Bjørn", "Kørsel", given)]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.leader for e in listing.employees] == ["", "Birgitte Pedersen", "Birgitte Pedersen"]
    assert not [w for w in listing.warnings if "not in the list" in w.what]


def _titled(tmp_path: Path, leader: str, name: str = "Jørgen Mølgaard") -> Any:
    rows = [("Medarbejdernr.", "Navn", "Stilling", "E-mail", "Afdeling", "Personaleleder"),
            (1, name, "Afdelingssygeplejerske", "jm@rm.dk", "M1", ""),
            (2, "Bodil Brøndum", "Sygeplejerske", "bb@rm.dk", "M1", leader),
            (3, "Marie Hansen", "Sygeplejerske", "mh@rm.dk", "M1", name)]
    return read_employee_list(write_xlsx(tmp_path / "t.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 11, 27))


def test_a_leader_written_after_their_job_title_is_found(tmp_path: Path) -> None:
    """"Afdelingssygeplejerske Jørgen Mølgaard": a job title the list itself gives, then a
    full name on the list; said in `mus check`."""
    bodil = _titled(tmp_path, "Afdelingssygeplejerske Jørgen Mølgaard").employees[1]
    assert (bodil.leader, bodil.leader_email, bodil.leader_number) == (
        "Jørgen Mølgaard", "jm@rm.dk", "1")
    notes = [n.what for n in _titled(tmp_path, "afdelingssygeplejerske  jørgen mølgaard").notes
             if n.kind == "leader-read"]
    assert notes and "from the name after a job title the list gives" in notes[0]


@pytest.mark.parametrize("leader", [
    "Anne Marie Hansen",  # "Anne" is no job title on the list: not Marie Hansen
    "Overlæge Jørgen Mølgaard",  # a title the list does not give
])
def test_words_before_a_name_that_are_no_job_title_on_the_list_find_nobody(
        tmp_path: Path, leader: str) -> None:
    bodil = _titled(tmp_path, leader).employees[1]
    assert (bodil.leader, bodil.leader_email) == (leader, "")
    assert any(w.kind == "leader-missing" and leader in w.what for w in
               _titled(tmp_path, leader).warnings)


def _two_series(tmp_path: Path, header: str) -> Any:
    rows = [("Medarbejdernr.", "Lønnr.", "Navn", "Afdeling", header),
            (101, 110, "Thøger Skov", "Direktion", None),
            (102, 105, "Malene Ærenlund", "Drift", 110),
            (103, 104, "Tove Holm", "Drift", 105),
            (104, 103, "Asger Bjørn", "Drift", 105),
            (105, 101, "Thøger Engstrøm", "Drift", 105),
            (110, 107, "Niels Møller", "Udlejning", 110)]
    return read_employee_list(write_xlsx(tmp_path / "s.xlsx", {"Ark1": rows}),
                              today=dt.date(2026, 11, 27))


def test_leader_numbers_that_fit_two_series_are_refused(tmp_path: Path) -> None:
    """"Leders nr." beside Medarbejdernr. and Lønnr., both unique: 105 is one person by one
    series and another by the other, so who leads whom is never guessed."""
    with pytest.raises(SpreadsheetError) as caught:
        _two_series(tmp_path, "Leders nr.")
    said = str(caught.value)
    assert 'The leaders\' numbers in "Leders nr." (column E) fit both "Lønnr." (column B) and ' \
        '"Medarbejdernr." (column A), and each finds someone else' in said
    assert 'Name the series in the header ("Leders lønnr." or "Leders medarbejdernr.")' in said


def test_a_leader_header_that_names_the_series_is_read(tmp_path: Path) -> None:
    listing = _two_series(tmp_path, "Leders lønnr.")
    assert [(e.number, e.leader) for e in listing.employees][:3] == [
        ("110", ""), ("105", "Thøger Skov"), ("104", "Malene Ærenlund")]
    with pytest.raises(SpreadsheetError, match=r'are "Medarbejdernr\." numbers, but mus takes'):
        _two_series(tmp_path, "Leders medarbejdernr.")


def test_a_leader_given_with_another_leaders_address_is_refused(tmp_path: Path) -> None:
    """Name and address name two different leaders: who leads the row is never guessed."""
    rows = [("Medarb.nr.", "Navn", "Afdeling", "Nærmeste leder", "Leders e-mail"),
            (601, "Aksel Thygesen", "Direktion", None, None),
            (602, "Nanna Fog", "Rekruttering", "Aksel Thygesen", "at@v.dk"),
            (603, "Astrid Laursen", "Rekruttering", "Nanna Fog", "nf@v.dk"),
            (604, "Niels Bech", "Rekruttering", "Nanna Fog", "nf@v.dk"),
            (605, "Ida Krog", "Rekruttering", "Nanna Fog", "jf@v.dk"),
            (606, "Jørgen Frølund", "Vikarer", "Aksel Thygesen", "at@v.dk"),
            (607, "Bo Dam", "Vikarer", "Jørgen Frølund", "jf@v.dk"),
            (608, "Pia Lund", "Vikarer", "Jørgen Frølund", "jf@v.dk")]
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "x.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 11, 27))
    assert str(caught.value).endswith(
        'row 6, column "Leders e-mail": The leader "Nanna Fog" (row 6) is given with the e-mail '
        '"jf@v.dk", which the list gives for "Jørgen Frølund" on their other rows, so mus cannot '
        "tell who leads these employees. Correct the leader's name or e-mail in these rows so "
        "they name the same person, and run the command again.")


def test_a_leader_with_a_second_address_of_their_own_is_no_contradiction(tmp_path: Path) -> None:
    rows = [("Medarb.nr.", "Navn", "Nærmeste leder", "Leders e-mail"),
            (601, "Aksel Thygesen", None, None), (602, "Nanna Fog", "Aksel Thygesen", "at@v.dk"),
            (603, "Astrid Laursen", "Aksel Thygesen", "aksel@v.dk"),
            (604, "Niels Bech", "Aksel Thygesen", "at@v.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "y.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 11, 27))
    assert [e.leader for e in listing.employees] == ["", "Aksel Thygesen", "Aksel Thygesen",
                                                     "Aksel Thygesen"]


def test_a_preferred_first_name_beside_the_legal_one(tmp_path: Path) -> None:
    """Rippling: "Legal First Name" and "Preferred First Name" (often empty): the name is the
    legal one, and "Gitte Møller" as a manager finds Birgitte Møller by her preferred name."""
    rows = [("Employee ID", "Legal First Name", "Preferred First Name", "Legal Last Name",
             "Work Email", "Manager", "Manager Work Email"),
            ("301", "Birgitte", "Gitte", "Møller", "bm@n.dk", "", ""),
            ("302", "Birgitte", "Gitte", "Brøndum", "bb@n.dk", "Gitte Møller", "BM@N.DK "),
            ("303", "Helle", "", "Friis", "hf@n.dk", "Gitte Brøndum", "")]
    staff = read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"People": rows}),
                               today=dt.date(2026, 11, 27))
    assert [(e.name, e.first_name, e.leader, e.leader_email) for e in staff.employees] == [
        ("Birgitte Møller", "Birgitte", "", ""),
        ("Birgitte Brøndum", "Birgitte", "Birgitte Møller", "bm@n.dk"),
        ("Helle Friis", "Helle", "Birgitte Brøndum", "bb@n.dk")]
    assert not [w for w in staff.warnings if w.kind == "two-columns"]


@pytest.mark.parametrize("written", ["fung. Pia Lund", "Pia Lund (konst.)",
                                     "Konstitueret Pia Lund",
                                     "Acting: Pia Lund"])
def test_an_acting_leader_is_the_leader(tmp_path: Path, written: str) -> None:
    rows = [("Nr.", "Navn", "Leder"), (1, "Pia Lund", None), (2, "Bo Dam", written)]
    staff = read_employee_list(write_xlsx(tmp_path / "a.xlsx", {"Ark1": rows}),
                               today=dt.date(2026, 11, 27))
    assert staff.employees[1].leader == "Pia Lund" and staff.employees[1].leader_number == "1"


def test_an_acting_leader_by_a_last_name_two_share_is_refused(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Leder"), (1, "Pia Holm", None), (2, "Gry Holm", "Pia Holm"),
            (3, "Bo Dam", "fung. Holm")]
    with pytest.raises(SpreadsheetError, match=r'"fung\. Holm" .* fits several people'):
        read_employee_list(write_xlsx(tmp_path / "b.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 11, 27))


@pytest.mark.parametrize("written", ["S.F.R.", "s.f.r.", "sfr", "S. F. R."])
def test_initials_written_with_full_stops_or_in_lower_case(tmp_path: Path, written: str) -> None:
    rows = [("Nr", "Navn", "Init.", "Leder", "Mail"), (11, "Søren Friis", "SFR", None, "sfr@n.dk"),
            (12, "Poul Quist", "PQU", written, "pqu@n.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "i.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 11, 27))
    assert (listing.employees[1].leader, listing.employees[1].leader_email) == (
        "Søren Friis", "sfr@n.dk")


@pytest.mark.parametrize("cell", ["Emil Friis / Morten Ærenlund", "Emil Friis og Morten Ærenlund"])
def test_two_leaders_in_one_cell_are_refused(tmp_path: Path, cell: str) -> None:
    """Shared leadership: which of the two holds each MUS is not for mus to pick."""
    rows = [("Nr.", "Navn", "Leder"), (1, "Emil Friis", None), (2, "Morten Ærenlund", None),
            (3, "Bo Dam", cell)]
    with pytest.raises(SpreadsheetError, match="names several people on the list "
                                               r"\(employees 1 and 2\)"):
        read_employee_list(write_xlsx(tmp_path / "c.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 11, 27))


def test_two_leaders_in_one_cell_on_one_of_their_own_rows_are_still_refused(
        tmp_path: Path) -> None:
    """Emil's own row naming "Emil Friis / Morten Ærenlund" leaves Morten, not a leader found
    (that had been read as Emil's leader, and crashed the report of how leaders were read)."""
    rows = [("Nr.", "Navn", "Leder"), (1, "Emil Friis", "Emil Friis / Morten Ærenlund"),
            (2, "Morten Ærenlund", None), (3, "Bo Dam", "Morten Ærenlund")]
    with pytest.raises(SpreadsheetError, match="names several people on the list "
                                               r"\(employees 1 and 2\)"):
        read_employee_list(write_xlsx(tmp_path / "c.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 11, 27))


def test_a_leader_given_by_their_position(tmp_path: Path) -> None:
    """"Forstander" where one person holds that job title is that person (said); "Afdelings-
    leder" where several do refuses the list."""
    head = ("Nr.", "Navn", "Hus", "Stilling", "Nærmeste leder")
    rows = [head, (901, "Frederik Quist", "Ledelse", "Forstander", None),
            (902, "Niels Overgaard", "Hus 1", "Afdelingsleder", "Forstander"),
            (903, "Tove Sand", "Hus 1", "Medarbejder", "Niels Overgaard")]
    staff = read_employee_list(write_xlsx(tmp_path / "p.xlsx", {"Ark1": rows}),
                               today=dt.date(2026, 11, 27))
    assert [e.leader for e in staff.employees] == ["", "Frederik Quist", "Niels Overgaard"]
    assert any("as the one person whose job title it is" in n.what for n in staff.notes)
    rows += [(909, "Ida Holm", "Hus 2", "Afdelingsleder", "Forstander"),
             (910, "Bo Dam", "Hus 2", "Medarbejder", "Afdelingsleder")]
    with pytest.raises(SpreadsheetError, match="employees 902 and 909"):
        read_employee_list(write_xlsx(tmp_path / "q.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 11, 27))


def test_names_with_initials_in_brackets_as_outlook_shows_them(tmp_path: Path) -> None:
    """Outlook's address book: "Emil (ERØ) Rødgaard"; the name is without the initials, and so
    is the leader written the same way."""
    rows = [("Lønnr.", "Vist navn", "Leder"), (3101, "Emil (ERØ) Rødgaard", None),
            (3102, "Solvej (SWØ) Wøldike", "Emil (ERØ) Rødgaard"),
            (3103, "Sofie (SBØ) Bøgh Ravn", "Solvej Wøldike")]
    staff = read_employee_list(write_xlsx(tmp_path / "o.xlsx", {"Ark1": rows}),
                               today=dt.date(2026, 11, 27))
    assert [(e.name, e.leader_number) for e in staff.employees] == [
        ("Emil Rødgaard", ""), ("Solvej Wøldike", "3101"), ("Sofie Bøgh Ravn", "3102")]


def test_leader_columns_alike_but_for_a_year_read_the_newest(tmp_path: Path) -> None:
    """Last season's leaders kept beside this season's: the newest year is read, said."""
    rows = [("Nr.", "Navn", "Mail", "Leder 2025", "Leder 2026"),
            ("1", "Ane Berg", "ab@t.dk", None, None),
            ("2", "Bo Dahl", "bd@t.dk", "Ane Berg", "Ane Berg"),
            ("3", "Cai Eng", "ce@t.dk", "Ane Berg", "Bo Dahl"),
            ("4", "Dan Falk", "df@t.dk", "Bo Dahl", "Bo Dahl")]
    staff, got = leaders_of(tmp_path, rows)
    assert got == [("1", "", ""), ("2", "Ane Berg", "ab@t.dk"), ("3", "Bo Dahl", "bd@t.dk"),
                   ("4", "Bo Dahl", "bd@t.dk")]
    assert any('the newest, "Leder 2026" (column E), is this season' in n.what for n in staff.notes)


@pytest.mark.parametrize("header", ["Ny leder pr. 1/1-2027", "Ny leder pr. 1/11",
                                    "Fungerende leder", "Konstitueret leder", "Acting manager"])
def test_a_column_of_new_leaders_beside_the_leader_column_is_refused(tmp_path: Path,
                                                                     header: str) -> None:
    """'Ny leder pr. 1/1-2027' filled where the team changes (a day still to come, or no
    year), or 'Fungerende leder' where the leader is away: which leader holds the talks cannot
    be told from two columns, so neither is guessed."""
    rows = [("Nr.", "Navn", "Mail", "Leder", header),
            ("1", "Ane Berg", "ab@t.dk", None, None),
            ("2", "Bo Dahl", "bd@t.dk", "Ane Berg", None),
            ("3", "Cai Eng", "ce@t.dk", "Ane Berg", "Bo Dahl"),
            ("4", "Dan Falk", "df@t.dk", "Ane Berg", "Bo Dahl")]
    with pytest.raises(SpreadsheetError) as caught:
        leaders_of(tmp_path, rows)
    assert f'The column "{header}" (column E) gives another leader than "Leder" (column D) ' \
        "(first in row 4)" in str(caught.value)
    # where it only repeats the leader column, nothing is in doubt
    same = [rows[0], *(r if r[4] is None else (*r[:4], r[3]) for r in rows[1:])]
    _, got = leaders_of(tmp_path, same)
    assert got[2] == ("3", "Ane Berg", "ab@t.dk")


@pytest.mark.parametrize("header", ["Ny leder pr. 01.09.2026", "Ny leder pr. 1/11-2026"])
def test_new_leaders_from_a_day_that_has_come_are_the_leaders_now(tmp_path: Path,
                                                                  header: str) -> None:
    """HR's change of leader kept beside the old column, filled only where it changed, from a
    day gone by: the new leader where it is filled, the old one elsewhere, said."""
    rows = [("Nr.", "Navn", "Mail", "Leder", header),
            ("1", "Ane Berg", "ab@t.dk", None, None),
            ("2", "Bo Dahl", "bd@t.dk", "Ane Berg", None),
            ("3", "Cai Eng", "ce@t.dk", "Ane Berg", "Bo Dahl"),
            ("4", "Dan Falk", "df@t.dk", "Ane Berg", None)]
    staff, got = leaders_of(tmp_path, rows)
    assert got == [("1", "", ""), ("2", "Ane Berg", "ab@t.dk"), ("3", "Bo Dahl", "bd@t.dk"),
                   ("4", "Ane Berg", "ab@t.dk")]
    [note] = [n for n in staff.notes if n.kind == "new-values"]
    assert note.what.startswith(f'The column "{header}" gives the value from ')
    assert note.what.endswith('which has come: where it is filled (row 4) it is read in place '
                              'of "Leder", and "Leder" elsewhere.')


def test_initials_no_one_has_that_fit_two_names_are_refused(tmp_path: Path) -> None:
    """No initials column, and "MH" fits both Mette Holm and Morten Hvid: never guessed."""
    rows = [("Nr.", "Navn", "Mail", "Leder"), ("1", "Ane Berg", "ab@t.dk", None),
            ("2", "Mette Holm", "mette@t.dk", "Ane Berg"), ("3", "Morten Hvid", "morten@t.dk",
                                                         "Ane Berg"),
            ("4", "Cai Eng", "ce@t.dk", "MH"), ("5", "Dan Falk", "df@t.dk", "MH")]
    with pytest.raises(SpreadsheetError, match=r'The leader "MH" \(rows 5 and 6\) is no one\'s '
                       r"initials .* fits the names of several people \(employees 2 and 3\)"):
        leaders_of(tmp_path, rows)


def test_a_mail_column_of_each_leaders_address_is_refused(tmp_path: Path) -> None:
    """"Mail" holds the team leader's address on every row (production staff have none): as
    the employees' own, every form would go to the leader."""
    rows = [("Nr.", "Navn", "Leder", "Mail"), ("1", "Niels Aagaard", None, None),
            ("2", "Søren Hjorth", "Niels Aagaard", "niels.aagaard@f.dk"),
            *((str(n), f"Ansat {chr(64 + n)}. Holm", "Søren Hjorth", "soeren.hjorth@f.dk")
              for n in range(3, 8)),
            ("8", "Niels Ulstrup", "Niels Aagaard", "niels.aagaard@f.dk"),
            *((str(n), f"Ansat {chr(64 + n)}. Lund", "Niels Ulstrup", "niels.ulstrup@f.dk")
              for n in range(9, 12))]
    with pytest.raises(SpreadsheetError, match=r'The column "Mail" holds the address of each '
                       r"row's leader, not the employee's own"):
        leaders_of(tmp_path, rows)


def test_a_shared_mailbox_or_two_is_no_leaders_column(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Leder", "Mail"), ("1", "Niels Aagaard", None, "na@f.dk"),
            ("2", "Søren Hjorth", "Niels Aagaard", "sh@f.dk"),
            ("3", "Ib Holm", "Søren Hjorth", "lager@f.dk"),
            ("4", "Bo Lund", "Søren Hjorth", "lager@f.dk"),
            ("5", "Eva Dam", "Søren Hjorth", "ed@f.dk")]
    staff, _ = leaders_of(tmp_path, rows)
    assert [e.email for e in staff.employees][2:4] == ["lager@f.dk", "lager@f.dk"]


def test_a_column_of_new_departments_beside_the_department_is_refused(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Afdeling", "Ny afdeling pr. 1/10", "Leder"),
            ("1", "Ane Berg", "Direktion", None, None),
            ("2", "Bo Dahl", "Rådgivning", None, "Ane Berg"),
            ("3", "Cai Eng", "Rådgivning", "Planlægning", "Bo Dahl")]
    with pytest.raises(SpreadsheetError, match=r'"Ny afdeling pr\. 1/10" \(column D\) gives '
                       r'another department than "Afdeling" \(column C\) \(first in row 4\)'):
        read_employee_list(write_xlsx(tmp_path / "d.xlsx", {"Ark1": rows}),
                           today=dt.date(2026, 12, 5))


@pytest.mark.parametrize(("personnel", "professional"), [
    ("Personaleleder (nærmeste leder)", "Faglig leder"),
    ("Personaleleder", "Faglig leder (projekt)"),
    ("Line manager", "Project manager")])
def test_a_matrix_organisations_personnel_leader_holds_the_talk(
        tmp_path: Path, personnel: str, professional: str) -> None:
    """Two leader columns that differ, one of the personnel leader and one of the professional
    leader (a hospital's or a consultancy's matrix): the MUS is the personnel leader's talk,
    whichever column comes first; the addresses follow the same choice."""
    rows = [("Nr.", "Navn", "Mail", professional, f"{professional} e-mail", personnel,
             f"{personnel} e-mail"),
            ("1", "Ane Berg", "ab@t.dk", None, None, None, None),
            ("2", "Bo Dahl", "bd@t.dk", None, None, "Ane Berg", "ab@t.dk"),
            ("3", "Cai Eng", "ce@t.dk", "Bo Dahl", "bd@t.dk", "Ane Berg", "ab@t.dk"),
            ("4", "Dan Falk", "df@t.dk", "Bo Dahl", "bd@t.dk", "Ane Berg", "ab@t.dk")]
    staff, got = leaders_of(tmp_path, rows)
    assert got[1:] == [("2", "Ane Berg", "ab@t.dk"), ("3", "Ane Berg", "ab@t.dk"),
                       ("4", "Ane Berg", "ab@t.dk")]
    assert any(n.kind == "personnel-leader" and n.what.startswith("Two columns name a leader")
               and f'"{personnel}' in n.what and n.what.endswith(
                   "the MUS is held by the personnel leader, so the first is read.")
               for n in staff.notes)


def test_a_leader_written_surname_first_without_a_comma(tmp_path: Path) -> None:
    """Sympa's report writes the leader "Efternavn Fornavne" with no comma: found when only one
    person's whole name it is, with the first word moved last, warned as a loose reading."""
    rows = [("Nr.", "Fornavne", "Efternavn", "Mail", "Nærmeste leder"),
            ("1", "Morten Kjær", "Vestergaard", "mv@t.dk", None),
            ("2", "Bo", "Dahl", "bd@t.dk", "Vestergaard Morten Kjær"),
            ("3", "Tove Skov", "Dahl", "td@t.dk", "Vestergaard Morten Kjær"),
            ("4", "Ib", "Holm", "ih@t.dk", "Dahl Tove Skov")]
    staff, got = leaders_of(tmp_path, rows)
    assert got == [("1", "", ""), ("2", "Morten Kjær Vestergaard", "mv@t.dk"),
                   ("3", "Morten Kjær Vestergaard", "mv@t.dk"),
                   ("4", "Tove Skov Dahl", "td@t.dk")]
    assert any(w.kind == "leader-loose" for w in staff.warnings)


@pytest.mark.parametrize("header", ["Separation date", "Ansættelsesforholdets ophør"])
def test_more_headers_of_the_end_of_employment(header: str) -> None:
    assert field_role(header) == ("end_date", 2)


def test_a_databases_relation_with_its_link_names_the_leader(tmp_path: Path) -> None:
    """Notion's CSV writes a relation as the name and its page's link in brackets; the link's
    "?" is no letter lost to an ASCII export."""
    link = "https://www.notion.so/S%C3%B8ren-Holm-f9763cca98d60a79f64992b1b53b944f?pvs=21"
    rows = [("Nr.", "Navn", "Mail", "Leder"), ("1", "Søren Holm", "sh@t.dk", None),
            ("2", "Bo Dahl", "bd@t.dk", f"Søren Holm ({link})")]
    staff, got = leaders_of(tmp_path, rows)
    assert got == [("1", "", ""), ("2", "Søren Holm", "sh@t.dk")]
    assert not staff.warnings


def test_a_list_without_any_leader_says_so(tmp_path: Path) -> None:
    """A phone list, or a restaurant group's list with only a leader flag (J/N): nobody's
    leader is found, so no leader gets a form; `mus check` says so once."""
    path = write_xlsx(tmp_path / "t.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Restaurant", "Leder (J/N)"), ("4", "Rikke Jensen", "Havnen", "J"),
        ("54", "Line Overgaard", "Havnen", "N"), ("46", "Ann Frederiksen", "Havnen", "N")]})
    staff = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [n.what for n in staff.notes if n.kind == "no-leaders"] == [
        "No employee's leader was found in the list (no column names them), so the forms name "
        "no leader and no leader gets a form or a workbook about anyone; if the list has the "
        'leaders, give their column the header "Nærmeste leder".']


def test_a_leader_column_added_by_hr_says_who_added_it() -> None:
    """"Leder (tilføjet af HR)": the bracket says who put it there, not another field."""
    assert field_role("Leder (tilføjet af HR)") == field_role("Leder (added by HR)") == (
        "leader", 2)


def test_a_unit_and_its_leader_in_one_cell(tmp_path: Path) -> None:
    """Home care's "Enhed (leder)": "Hjemmeplejen Syd (leder: Kim Kruse)" is the department
    and the leader, said."""
    path = write_xlsx(tmp_path / "u.xlsx", {"Ark1": [
        ("Medarb.nr.", "Navn", "Enhed (leder)", "E-mail"),
        ("1", "Kim Kruse", "Hjemmeplejen (leder: Lone Berg)", "kk@f.dk"),
        ("2", "Lone Berg", "Ledelse (leder: Ib Dahl)", "lb@f.dk"),
        ("3", "Ida Holm", "Hjemmeplejen Syd (leder: Kim Kruse)", "ih@f.dk"),
        ("4", "Bo Dam", "Hjemmeplejen Syd (leder: Kim Kruse)", "bd@f.dk")]})
    staff = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.number, e.department, e.leader, e.leader_email) for e in staff.employees][2:] == [
        ("3", "Hjemmeplejen Syd", "Kim Kruse", "kk@f.dk"),
        ("4", "Hjemmeplejen Syd", "Kim Kruse", "kk@f.dk")]
    assert any(n.kind == "unit-leader-cells" for n in staff.notes)


def test_a_column_of_surname_particles_between_first_and_last_name(tmp_path: Path) -> None:
    """Shiftbase's "Prefix" (Dutch tussenvoegsel) between first and last name: "Femke van
    Dijk", found as a leader by her whole name."""
    path = write_xlsx(tmp_path / "p.xlsx", {"Ark1": [
        ("Employee ID", "First name", "Prefix", "Last name", "Email", "Team", "Leder"),
        ("2", "Åse", None, "Iversen", "aase@k.dk", "Hovedkontor", None),
        ("3", "Femke", "van", "Dijk", "femke@k.dk", "Vesterbro", "Åse Iversen"),
        ("4", "Lucas", "da", "Silva", "lucas@k.dk", "Vesterbro", "Femke van Dijk"),
        ("5", "Ida", None, "Holm", "ida@k.dk", "Vesterbro", "Femke van Dijk")]})
    staff = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.name, e.leader, e.leader_email) for e in staff.employees][1:] == [
        ("Femke van Dijk", "Åse Iversen", "aase@k.dk"),
        ("Lucas da Silva", "Femke van Dijk", "femke@k.dk"),
        ("Ida Holm", "Femke van Dijk", "femke@k.dk")]


def test_name_and_title_on_two_lines_of_one_cell(tmp_path: Path) -> None:
    """A Word table pasted into Excel: "Astrid Nielsen↵Konsulent" in the name column and
    "Martin Sørensen↵Partner" in the leader column; the name is the first line. Two people on
    two lines of a leader cell still refuse."""
    path = write_xlsx(tmp_path / "w.xlsx", {"Ark1": [
        ("Nr.", "Medarbejder", "Team", "Leder"),
        (100, "Dorthe Jørgensen\nManaging Partner", "Ledelse", None),
        (101, "Martin Sørensen\nPartner", "Digital", "Dorthe Jørgensen\nManaging Partner"),
        (102, "Astrid Nielsen\nKonsulent", "Digital", "Martin Sørensen\nPartner")]})
    staff = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.name, e.leader) for e in staff.employees] == [
        ("Dorthe Jørgensen", ""), ("Martin Sørensen", "Dorthe Jørgensen"),
        ("Astrid Nielsen", "Martin Sørensen")]


@pytest.mark.parametrize(("written", "leader"), [("VHK\\sukr", "Sune Kristensen"), ("0", "")])
def test_a_leader_as_a_domain_user_or_an_old_systems_zero(tmp_path: Path, written: str,
                                                          leader: str) -> None:
    rows = [("Nr.", "Navn", "Mail", "Leder"), ("1", "Sune Kristensen", "sukr@v.dk", None),
            ("2", "Bo Dahl", "bd@v.dk", written)]
    _, got = leaders_of(tmp_path, rows)
    assert got[1][1] == leader


def test_a_leader_column_that_refers_elsewhere_refuses(tmp_path: Path) -> None:
    rows = [("Nr.", "Navn", "Mail", "Leder"), ("1", "Sune Kristensen", "sk@v.dk", None),
            ("2", "Bo Dahl", "bd@v.dk", "Se organisationsdiagram")]
    with pytest.raises(SpreadsheetError, match='The leader column says "Se organisationsdiagram"'):
        leaders_of(tmp_path, rows)


@pytest.mark.parametrize(("header", "role"), [
    ("EndOfService", "end_date"), ("Team reviewer", "leader"), ("Gruppeleder", "leader"),
    ("Er leder", "")])
def test_more_systems_headers(header: str, role: str) -> None:
    """Nmbrs' "EndOfService"; Pleo's "Team reviewer", who approves the team's expenses; elder
    care's "Gruppeleder" beside "Gruppeleders mail" (a group's leader, though "Gruppe" alone
    is a kind); "Er leder" (yes/no) is no leader column."""
    assert (field_role(header) or ("",))[0] == role
