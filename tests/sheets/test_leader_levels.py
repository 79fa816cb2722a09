"""Two leader columns of two levels, the nearest and the one above (a daycare's
"Pædagogisk leder" beside "Dagtilbudsleder", an insurer's "Teamleder" beside
"Afdelingschef"): the nearest is the leader, and where it is empty (the nearest leaders
themselves, specialists outside the teams) the one above; each level's e-mail column goes
with its level. Two leader columns that are no such levels stay refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)


def read(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)


def test_the_nearest_leader_else_the_one_above_with_their_addresses(tmp_path: Path) -> None:
    head = ("Nr", "Navn", "Enhed", "Pædagogisk leder", "Pæd. leder mail", "Dagtilbudsleder",
            "Dagtilbudsleder mail")
    boss = ("Søren Bøgh", "sb@k.dk")
    rows = [head, ("1", "Søren Bøgh", "Ledelse", None, None, None, None),
            ("2", "Morten Kragh", "Mariehønen", None, None, *boss),
            ("3", "Carl Sørensen", "Mariehønen", "Morten Kragh", "mk@k.dk", *boss),
            ("4", "Søs Eriksen", "Mariehønen", "Morten Kragh", "mk@k.dk", *boss),
            ("5", "Jørgen Holm", "Skovstjernen", None, None, *boss),
            ("6", "Malene Bruun", "Skovstjernen", "Jørgen Holm", "jh@k.dk", *boss),
            ("7", "Torben Fogh", "Skovstjernen", "Jørgen Holm", "jh@k.dk", *boss)]
    listing = read(tmp_path, rows)
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1", "", ""), ("2", "Søren Bøgh", "sb@k.dk"), ("3", "Morten Kragh", "mk@k.dk"),
        ("4", "Morten Kragh", "mk@k.dk"), ("5", "Søren Bøgh", "sb@k.dk"),
        ("6", "Jørgen Holm", "jh@k.dk"), ("7", "Jørgen Holm", "jh@k.dk")]
    [note] = [n for n in listing.notes if n.kind == "leader-levels"]
    assert '"Pædagogisk leder"' in note.what and "where it is empty the second" in note.what


def test_team_leader_else_head_of_department_by_names_alone(tmp_path: Path) -> None:
    head = ("Medarbejdernr", "Navn", "E-mail", "Afdeling", "Teamleder", "Afdelingschef")
    rows = [head, ("8004", "Anders Højgaard", "ah@f.dk", "Direktion", None, None),
            ("8010", "Morten Andersen", "ma@f.dk", "Privatskade", None, "Anders Højgaard"),
            ("8052", "Sofie Petersen", "sp@f.dk", "Privatskade", None, "Morten Andersen"),
            ("8078", "Line Pedersen", "lp@f.dk", "Privatskade", "Sofie Petersen",
             "Morten Andersen"),
            ("8079", "Ida Holm", "ih@f.dk", "Privatskade", "Sofie Petersen", "Morten Andersen"),
            ("8247", "Asger Søgaard", "as@f.dk", "Privatskade", None, "Morten Andersen")]
    listing = read(tmp_path, rows)
    assert {e.number: (e.leader, e.leader_email) for e in listing.employees} == {
        "8004": ("", ""), "8010": ("Anders Højgaard", "ah@f.dk"),
        "8052": ("Morten Andersen", "ma@f.dk"), "8078": ("Sofie Petersen", "sp@f.dk"),
        "8079": ("Sofie Petersen", "sp@f.dk"), "8247": ("Morten Andersen", "ma@f.dk")}


def test_two_leader_columns_that_are_no_levels_stay_refused(tmp_path: Path) -> None:
    """An "Afdelingschef" who is not the team leader's own on every row: which of the two
    holds the talk is not in the file."""
    head = ("Nr", "Navn", "Afdeling", "Teamleder", "Afdelingschef")
    rows = [head, ("1", "Anne Holm", "Ledelse", None, None),
            ("2", "Bo Lund", "Drift", "Anne Holm", "Anne Holm"),
            ("3", "Eva Dam", "Drift", "Bo Lund", "Anne Holm"),
            ("4", "Ida Bak", "Drift", "Bo Lund", "Ole Krog"),
            ("5", "Ole Krog", "Drift", None, "Bo Lund")]
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, rows)
    assert "Two columns could be the leader" in str(caught.value)


def test_a_change_of_leader_on_a_day_reads_who_leads_today(tmp_path: Path) -> None:
    """"Old → New pr. 1/1-2027": the old leader until the day, the new one from it; a day
    without a year stays refused (which year is meant cannot be told)."""
    head = ("Nr", "Navn", "Afdeling", "Leder")
    people = [("1", "Anne Holm", "Ledelse", None), ("2", "Gry Kristensen", "Trafik", "Anne Holm"),
              ("3", "Sofie Mortensen", "Trafik", "Anne Holm"),
              ("4", "Mehmet Yılmaz", "Drift", "Anne Holm")]
    rows = [head, *people,
            ("5", "Ida Bak", "Trafik", "Gry Kristensen → Sofie Mortensen pr. 1/1-2027"),
            ("6", "Ole Dam", "Drift", "Sofie Knudsen -> Mehmet Yılmaz pr. 1/11-2026")]
    listing = read(tmp_path, rows)
    assert {e.number: e.leader for e in listing.employees}["5"] == "Gry Kristensen"
    assert {e.number: e.leader for e in listing.employees}["6"] == "Mehmet Yılmaz"
    whats = [n.what for n in listing.notes if n.kind == "leader-since"]
    assert any("has not come" in w for w in whats) and any("has come" in w for w in whats)
    with pytest.raises(SpreadsheetError) as caught:
        read(tmp_path, [head, *people, ("5", "Ida Bak", "Trafik",
                                        "Gry Kristensen → Sofie Mortensen pr. 1/1")])
    assert "written with a date" in str(caught.value)


def test_an_address_column_of_the_level_above_is_not_the_leaders(tmp_path: Path) -> None:
    """A shop list: "Butikschef" (who names themselves on their own row), "Områdechef" and
    "Områdechef mail" — the area chief's address on every row. Each shop manager's address is
    the one on their own row, warned; their own leader, the area chief (not on the list), has
    the address of that column."""
    head = ("Medarb.nr.", "Navn", "Butik", "Stilling", "Butikschef", "Områdechef",
            "Områdechef mail", "E-mail")
    area = ("Frederik Bech", "fb@sko.dk")
    rows = [head,
            ("5003", "Kristian Jørgensen", "Esbjerg", "Butikschef", "Kristian Jørgensen", *area,
             "kj@sko.dk"),
            ("5018", "Birgitte Kjærgaard", "Esbjerg", "Salg", "Kristian Jørgensen", *area,
             "bk@sko.dk"),
            ("5026", "Bente Petersen", "Esbjerg", "Salg", "Kristian Jørgensen", *area,
             "bp@sko.dk"),
            ("5040", "Anne Marie Dam", "Hjørring", "Butikschef", "Anne Marie Dam", *area,
             "amd@sko.dk"),
            ("5046", "Ole Holm", "Hjørring", "Salg", "Anne Marie Dam", *area, "oh@sko.dk"),
            ("5055", "Ida Lund", "Hjørring", "Salg", "Anne Marie Dam", *area, "il@sko.dk")]
    listing = read(tmp_path, rows)
    assert {e.number: (e.leader, e.leader_email) for e in listing.employees} == {
        "5003": ("Frederik Bech", "fb@sko.dk"), "5018": ("Kristian Jørgensen", "kj@sko.dk"),
        "5026": ("Kristian Jørgensen", "kj@sko.dk"), "5040": ("Frederik Bech", "fb@sko.dk"),
        "5046": ("Anne Marie Dam", "amd@sko.dk"), "5055": ("Anne Marie Dam", "amd@sko.dk")}
    [warned] = [w for w in listing.warnings if w.kind == "leader-email-others"]
    assert warned.rows == (3, 4, 6, 7)


@pytest.mark.parametrize("written", [
    "Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject", "System.Object[]"])
def test_a_powershell_type_name_as_the_leader_is_refused(tmp_path: Path, written: str) -> None:
    """Get-MgUser | Export-Csv writes the Manager object's type, not the manager."""
    path = tmp_path / "graph.csv"
    path.write_text("DisplayName,Mail,Department,EmployeeId,Manager\n"
                    "Maja Johansen,mj@s.dk,Udvikling,26,\n"
                    f"Jens Olsen,jo@s.dk,Udvikling,33,{written}\n"
                    f"Emma Holm,eh@s.dk,Drift,49,{written}\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert "the name of an object's type" in str(caught.value)


def test_a_person_split_over_two_departments_by_share(tmp_path: Path) -> None:
    """A cost allocation: one person on two rows, "Andel %" 60 and 40 (or 70 and 30, the
    larger second); the larger share is the department, said; two leaders at 50/50 stay
    refused (whose talk it is cannot be told)."""
    head = ("Medarbejdernr", "Navn", "Afdeling", "Andel %", "Nærmeste leder")
    rows = [head, ("900", "Pernille Nørgaard", "Ledelse", 100, None),
            ("901", "Steffen Thygesen", "Analyse", 100, "Pernille Nørgaard"),
            ("1139", "Kasper Andersen", "Strategi", 60, "Pernille Nørgaard"),
            ("1146", "Ioana Popescu", "Økonomi", 30, "Steffen Thygesen"),
            ("1139", "Kasper Andersen", "Økonomi", 40, "Pernille Nørgaard"),
            ("1146", "Ioana Popescu", "Strategi", 70, "Pernille Nørgaard")]
    listing = read(tmp_path, rows)
    assert {e.number: (e.department, e.leader) for e in listing.employees} == {
        "900": ("Ledelse", ""), "901": ("Analyse", "Pernille Nørgaard"),
        "1139": ("Strategi", "Pernille Nørgaard"), "1146": ("Strategi", "Pernille Nørgaard")}
    even = [*rows[:4], ("1139", "Kasper Andersen", "Økonomi", 50, "Steffen Thygesen")]
    even[3] = ("1139", "Kasper Andersen", "Strategi", 50, "Pernille Nørgaard")
    with pytest.raises(SpreadsheetError):
        read(tmp_path, even)


def test_a_key_of_the_units_leaders_over_the_header(tmp_path: Path) -> None:
    """A school's list with its leaders in the lines over the header ("Skoleleder | Pernille
    Holm | …", "Indskoling | Kim Petersen | …"): each row's leader is its unit's, and the unit
    leaders ("Ledelse", no line of its own) are led by the head, whose line is labelled with
    her own job title. Not one heading over all (the last line's leader for everyone)."""
    rows = [("Engskolen – personaleoversigt",), ("Ledelse:",),
            ("Skoleleder", "Pernille Holm", "peho@s.dk"),
            ("Indskoling", "Kim Petersen", "kipe@s.dk"),
            ("Administration", "Jesper Brøndum", "jebr@s.dk"), (None,),
            ("Lønnr.", "Navn", "Afdeling", "Stilling", "E-mail"),
            ("5002", "Pernille Holm", "Ledelse", "Skoleleder", "peho@s.dk"),
            ("5009", "Kim Petersen", "Ledelse", "Afdelingsleder", "kipe@s.dk"),
            ("5012", "Olena Shevchenko", "Indskoling", "Lærer", "olsh@s.dk"),
            ("5013", "Sanne Holm", "Indskoling", "Lærer", "saho@s.dk"),
            ("5273", "Jesper Brøndum", "Ledelse", "Administrativ leder", "jebr@s.dk"),
            ("5280", "Ida Lund", "Administration", "Sekretær", "idlu@s.dk")]
    listing = read(tmp_path, rows)
    assert {e.number: e.leader for e in listing.employees} == {
        "5002": "", "5009": "Pernille Holm", "5012": "Kim Petersen", "5013": "Kim Petersen",
        "5273": "Pernille Holm", "5280": "Jesper Brøndum"}


def test_level_columns_that_name_each_leader_at_their_own_level(tmp_path: Path) -> None:
    """A state agency's "Kontorchef" | "Vicedirektør" | "Direktør" on every row, each leader
    named in their own level's column: the leader is the first level that names someone else
    (a deputy director's empty "Kontorchef" too); the director leads herself: none."""
    head = ("Nr", "Navn", "E-mail", "Kontor", "Kontorchef", "Vicedirektør", "Direktør")
    rows = [head,
            ("1", "Susanne Mølgaard", "smo@f.dk", "Direktionen", None, None, "Susanne Mølgaard"),
            ("2", "Tove Ravn", "tra@f.dk", "Direktionen", None, "Tove Ravn", "Susanne Mølgaard"),
            ("3", "Mikkel Damgaard", "mda@f.dk", "Kontrol", "Mikkel Damgaard", "Tove Ravn",
             "Susanne Mølgaard"),
            ("4", "Ida Holm", "iho@f.dk", "Kontrol", "Mikkel Damgaard", "Tove Ravn",
             "Susanne Mølgaard"),
            ("5", "Bo Lind", "bli@f.dk", "Kontrol", "Mikkel Damgaard", "Tove Ravn",
             "Susanne Mølgaard")]
    listing = read(tmp_path, rows)
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1", "", ""), ("2", "Susanne Mølgaard", "smo@f.dk"), ("3", "Tove Ravn", "tra@f.dk"),
        ("4", "Mikkel Damgaard", "mda@f.dk"), ("5", "Mikkel Damgaard", "mda@f.dk")]
    assert any(n.kind == "leader-levels-self" for n in listing.notes)


def _factory(email: bool) -> list[tuple[Any, ...]]:
    """Every row names its department's leader; "Afvigende nærmeste leder" is filled where
    someone else leads: a team leader, and for the department leaders their own director."""
    head = ("Nr.", "Navn", "E-mail", "Afdeling", "Afdelingsleder",
            *(("Afdelingsleder mail",) if email else ()), "Afvigende nærmeste leder")
    mail = {"Kirsten Vestergaard": "kv@p.dk", "Kasper Damgaard": "kd@p.dk"}

    def row(nr: str, name: str, unit: str, boss: str | None, other: str | None
            ) -> tuple[Any, ...]:
        own = f"{name.split()[0].lower()}@p.dk"
        return (nr, name, own, unit, boss, *((mail.get(boss or ""),) if email else ()), other)
    return [head, row("501", "Villads Madsen", "Ledelse", None, None),
            row("503", "Kirsten Vestergaard", "Linje 1", "Kirsten Vestergaard",
                "Villads Madsen"),
            row("505", "Kasper Damgaard", "Linje 2", "Kasper Damgaard", "Villads Madsen"),
            row("509", "Astrid Møller", "Linje 1", "Kirsten Vestergaard", None),
            row("512", "Lars Jensen", "Linje 1", "Kirsten Vestergaard", None),
            row("513", "João Ferreira", "Linje 1", "Kirsten Vestergaard", "Lars Jensen"),
            row("514", "Nanna Holm", "Linje 1", "Kirsten Vestergaard", "Lars Jensen"),
            row("520", "Ole Bak", "Linje 2", "Kasper Damgaard", None),
            row("521", "Eva Dam", "Linje 2", "Kasper Damgaard", None)]


@pytest.mark.parametrize("email", [False, True])
def test_a_deviating_leader_wins_where_it_is_given(tmp_path: Path, email: bool) -> None:
    """With a column of the department leader's address, that address goes with that leader
    only: the deviating leader's comes from their own row."""
    listing = read(tmp_path, _factory(email))
    assert {e.number: (e.leader, e.leader_email) for e in listing.employees} == {
        "501": ("", ""), "503": ("Villads Madsen", "villads@p.dk"),
        "505": ("Villads Madsen", "villads@p.dk"),
        "509": ("Kirsten Vestergaard", "kirsten@p.dk" if not email else "kv@p.dk"),
        "512": ("Kirsten Vestergaard", "kirsten@p.dk" if not email else "kv@p.dk"),
        "513": ("Lars Jensen", "lars@p.dk"), "514": ("Lars Jensen", "lars@p.dk"),
        "520": ("Kasper Damgaard", "kasper@p.dk" if not email else "kd@p.dk"),
        "521": ("Kasper Damgaard", "kasper@p.dk" if not email else "kd@p.dk")}
    [note] = [n for n in listing.notes if n.kind == "leader-override"]
    assert '"Afvigende nærmeste leder"' in note.what and "where it is filled" in note.what


def test_a_deputy_filled_on_some_rows_overrides_nobody(tmp_path: Path) -> None:
    """A deputy ("Stedfortræder") filled on some rows is no leader where it is filled."""
    rows = _factory(False)
    rows[0] = (*rows[0][:-1], "Stedfortræder")
    listing = read(tmp_path, rows)
    leaders = {e.number: e.leader for e in listing.employees}
    assert leaders["513"] == leaders["509"] == "Kirsten Vestergaard"
    assert not [n for n in listing.notes if n.kind == "leader-override"]


@pytest.mark.parametrize("own", [False, True])
def test_a_unit_leader_column_empty_on_the_level_aboves_rows(tmp_path: Path, own: bool) -> None:
    """"Butikschef" names each shop's manager, herself on her own row, and "Distriktschef" the
    district manager above; the district managers' own rows have no shop manager and name the
    director under "Distriktschef": she is their leader. Where those rows name their own person
    there instead (``own``, as a daycare's "Områdeleder" does), that column is a level of its
    own, no leader of a row without a unit leader."""
    boss = {"17": "Mads Aagaard", "19": "Frede Jensen"} if own else {
        "17": "Lise Sørensen", "19": "Lise Sørensen"}
    head = ("Lønnr.", "Navn", "Butik", "Butikschef", "Distriktschef", "E-mail")
    rows = [head, ("14", "Lise Sørensen", "Hovedkontor", None, None, "ls@h.dk"),
            ("17", "Mads Aagaard", "Hovedkontor", None, boss["17"], "ma@h.dk"),
            ("19", "Frede Jensen", "Hovedkontor", None, boss["19"], "fj@h.dk"),
            ("104", "Anne Højer", "Roskilde", "Anne Højer", "Mads Aagaard", "ah@h.dk"),
            ("105", "Anne Møller", "Roskilde", "Anne Højer", "Mads Aagaard", "am@h.dk"),
            ("109", "Maja Lund", "Roskilde", "Anne Højer", "Mads Aagaard", "ml@h.dk"),
            ("130", "Mikkel Skov", "Køge", "Mikkel Skov", "Frede Jensen", "mk@h.dk"),
            ("134", "Kåre Bøgh", "Køge", "Mikkel Skov", "Frede Jensen", "kb@h.dk")]
    listing = read(tmp_path, rows)
    above = "" if own else "Lise Sørensen"
    assert {e.number: e.leader for e in listing.employees} == {
        "14": "", "17": above, "19": above, "104": "Mads Aagaard",
        "105": "Anne Højer", "109": "Anne Højer", "130": "Frede Jensen", "134": "Mikkel Skov"}
    [note] = [n for n in listing.notes if n.kind == "leader-levels"]
    assert ("where the first is empty" in note.what) is not own


def test_a_note_under_the_list_says_whom_a_role_reports_to(tmp_path: Path) -> None:
    """Home care: "Gruppeleder" and "Distriktsleder" columns, and under the list "Distrikts-
    lederne refererer til hjemmeplejechef Asger Juhl (…)": the district leaders, with no
    leader in the columns, have him; the chief, named, has none; a group leader keeps hers."""
    head = ("Nr", "Navn", "Distrikt", "Stilling", "Gruppeleder", "Distriktsleder")
    rows = [head, ("4584", "Asger Juhl", "Hjemmeplejen", "Hjemmeplejechef", None, None),
            ("7639", "Mette Holm", "Øst", "Distriktsleder", None, None),
            ("4744", "Lone Bæk", "Øst", "Gruppeleder", None, "Mette Holm"),
            ("8051", "Jette Mørk", "Øst", "Sygeplejerske", "Lone Bæk", "Mette Holm"),
            ("2062", "Søren Dam", "Vest", "Distriktsleder", None, None),
            ("4745", "Ib Lind", "Vest", "Gruppeleder", None, "Søren Dam"),
            ("8052", "Eva Krog", "Vest", "Sygeplejerske", "Ib Lind", "Søren Dam"),
            (None,) * 6,
            ("Distriktslederne refererer til hjemmeplejechef Asger Juhl (aj@k.dk)",
             *(None,) * 5)]
    listing = read(tmp_path, rows)
    assert {e.number: e.leader for e in listing.employees} == {
        "4584": "", "7639": "Asger Juhl", "4744": "Mette Holm", "8051": "Lone Bæk",
        "2062": "Asger Juhl", "4745": "Søren Dam", "8052": "Ib Lind"}
    [note] = [n for n in listing.notes if n.kind == "note-leader"]
    assert "The note in row 10" in note.what and "rows 3 and 6" in note.what
    assert {e.number: e.leader_email for e in listing.employees}["2062"] == "aj@k.dk"
