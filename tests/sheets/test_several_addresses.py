"""A cell of two addresses of one person ("ny@x.dk; gl@y.dk", as a merger of two
municipalities leaves them): the first is used and said; two leaders in one cell keep their
cell of two addresses, which is no one address to mail to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.values import primary_smtp, several_addresses

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("text,found", [
    ("ny@vest.dk; gl@heden.dk", ["ny@vest.dk", "gl@heden.dk"]),
    ("a@x.dk, b@x.dk", ["a@x.dk", "b@x.dk"]),
    ("a@x.dk b@y.dk", ["a@x.dk", "b@y.dk"]),
    ("a@x.dk", []),
    ("Anne Holm <a@x.dk>; b@x.dk", []),
    ("a@x.dk; ikke en adresse", []),
])
def test_several_addresses(text: str, found: list[str]) -> None:
    assert several_addresses(text) == found


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_leaders_cells_of_two_addresses_give_the_first(tmp_path: Path) -> None:
    path = _write(tmp_path / "fusion.csv", [
        "Medarbejdernr;Navn;Institution;Leder;Leder e-mail;E-mail",
        '7009;Katarzyna Aagaard;Direktion;;;"katarzyna.aagaard@ny.dk; kaag@gl.dk"',
        '7025;Kasper Kragh;Klubberne;Katarzyna Aagaard;"katarzyna.aagaard@ny.dk; kaag@gl.dk";'
        "kasper.kragh@ny.dk",
        '7051;Søren Andersen;Klubberne;Kasper Kragh;"kasper.kragh@ny.dk; kkra@gl.dk";'
        "soeren.andersen@ny.dk",
        '7048;Susanne Pedersen;Klubberne;Kasper Kragh;"kasper.kragh@ny.dk; kkra@gl.dk";'
        "susanne.pedersen@ny.dk"])
    listing = read_employee_list(path, today=TODAY)
    got = {e.number: (e.email, e.leader, e.leader_email) for e in listing.employees}
    assert got == {
        "7009": ("katarzyna.aagaard@ny.dk", "", ""),
        "7025": ("kasper.kragh@ny.dk", "Katarzyna Aagaard", "katarzyna.aagaard@ny.dk"),
        "7051": ("soeren.andersen@ny.dk", "Kasper Kragh", "kasper.kragh@ny.dk"),
        "7048": ("susanne.pedersen@ny.dk", "Kasper Kragh", "kasper.kragh@ny.dk")}
    notes = {n.column: n for n in listing.notes if n.kind == "several-addresses"}
    assert notes["Leder e-mail"].rows == (3, 4, 5)
    assert notes["E-mail"].rows == (2,)
    assert not [w for w in listing.warnings if w.column == "Leder e-mail"]


def test_two_leaders_in_one_cell_keep_both_addresses(tmp_path: Path) -> None:
    """Co-leaders "Holm / Lund" with "holm@…; lund@…": neither address is taken as the
    leader's; the list is refused for the two leaders in one cell."""
    path = _write(tmp_path / "delt.csv", [
        "Nr;Navn;Afdeling;Leder;Leder e-mail",
        "1;Anne Holm;Skole;;",
        "2;Bo Lund;Skole;;",
        '3;Eva Bak;Skole;Anne Holm / Bo Lund;"anne.holm@s.dk; bo.lund@s.dk"',
        '4;Ida Dam;Skole;Anne Holm / Bo Lund;"anne.holm@s.dk; bo.lund@s.dk"'])
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    [issue] = caught.value.issues
    assert "Anne Holm / Bo Lund" in issue.what and "several people" in issue.what
    assert "anne.holm@s.dk" not in str(caught.value)


def test_a_leaders_address_given_on_some_of_their_rows_is_theirs_on_every_row(
        tmp_path: Path) -> None:
    """"Leder e-mail" filled in on some rows only: the rows that name the same leader without
    it take the address the others give (said); a leader given two addresses is not guessed."""
    text = ("Medarbejdernr;Navn;Område;Leder;Leder e-mail\n"
            "1;Ingrid Frølich;Ledelse;;\n"
            "2;Sofie Berg;Syd;Ingrid Frølich;infr@k.dk\n"
            "3;Lars Poulsen;Syd;Sofie Berg;sobe@k.dk\n"
            "4;Mia Berg;Syd;Sofie Berg;\n"
            "5;Juan Kristensen;Nord;Ingrid Frølich;\n"
            "6;Peter Holm;Nord;Juan Kristensen;\n"
            "7;Karl Poulsen;Nord;Juan Kristensen;\n"
            "8;Ole Dam;Ekstern;Bo Vang;bova@k.dk\n"
            "9;Eva Bro;Ekstern;Bo Vang;\n")
    path = tmp_path / "e.csv"
    path.write_text(text, encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1", "", ""), ("2", "Ingrid Frølich", "infr@k.dk"), ("3", "Sofie Berg", "sobe@k.dk"),
        ("4", "Sofie Berg", "sobe@k.dk"), ("5", "Ingrid Frølich", "infr@k.dk"),
        ("6", "Juan Kristensen", ""), ("7", "Juan Kristensen", ""),
        ("8", "Bo Vang", "bova@k.dk"), ("9", "Bo Vang", "bova@k.dk")]
    [note] = [n for n in listing.notes if n.kind == "leader-email-other-rows"]
    assert note.rows == (5, 6, 10) and "answer" not in note.what


@pytest.mark.parametrize(("text", "primary"), [
    ("SMTP:ana@x.dk;smtp:ab@x.dk;X500:/o=X/ou=Exchange/cn=ab", "ana@x.dk"),
    ("smtp:ab@x.dk;SMTP:ana@x.dk", "ana@x.dk"),
    ("smtp:ab@x.dk", ""), ("ana@x.dk", ""),
])
def test_exchanges_primary_address(text: str, primary: str) -> None:
    assert primary_smtp(text) == primary


def test_an_exchange_recipient_export_is_read(tmp_path: Path) -> None:
    """Get-Recipient's CSV: the number in "CustomAttribute1" (all different, warned), the
    address the primary "SMTP:" of "EmailAddresses", shared and room mailboxes no people."""
    text = ("DisplayName,RecipientTypeDetails,CustomAttribute1,Department,Manager,"
            "EmailAddresses\n"
            "Tina Bach,UserMailbox,802,Direktion,,SMTP:tina.bach@nb.dk;smtp:tb3@nb.dk\n"
            "Søren Friis,UserMailbox,809,Kredit,Tina Bach,smtp:sf2@nb.dk;SMTP:soeren@nb.dk\n"
            "Bo Jensen,UserMailbox,830,Kredit,Søren Friis,SMTP:bo@nb.dk\n"
            "Eva Holm,UserMailbox,831,Kredit,Søren Friis,SMTP:eva@nb.dk\n"
            + "".join(f"Ansat{k} Dam,UserMailbox,{840 + k},Kredit,Søren Friis,SMTP:a{k}@nb.dk\n"
                      for k in range(8)) +
            "Kundeservice,SharedMailbox,,Kredit,,SMTP:kunde@nb.dk\n")
    path = tmp_path / "recipients.csv"
    path.write_text(text, encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.email, e.leader_email) for e in listing.employees] == [
        ("802", "tina.bach@nb.dk", ""), ("809", "soeren@nb.dk", "tina.bach@nb.dk"),
        ("830", "bo@nb.dk", "soeren@nb.dk"), ("831", "eva@nb.dk", "soeren@nb.dk"),
        *((str(840 + k), f"a{k}@nb.dk", "soeren@nb.dk") for k in range(8))]
