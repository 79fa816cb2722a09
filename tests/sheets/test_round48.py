"""Stop 48 of #20: rules found by fresh held-out exports, each by the rule behind its example."""

from __future__ import annotations

from pathlib import Path

from tests.sheets.reading import read, rows_of


def test_a_heading_with_an_aside_after_its_leaders_address(tmp_path: Path) -> None:
    """Block headings that name the unit and its leader with an address; one adds an aside
    after the address ("– samme som Kolding"). It is a heading like the others: its rows are
    of its unit, not of the block above. An aside with a day or a state is not dropped so."""
    rows = [("Nr.", "Navn", "Stilling"),
            ("KOLDING · butikschef Rasmus Vang (rv@cykel.dk)",),
            (11, "Rasmus Vang", "Butikschef"),
            (12, "Eva Lind", "Mekaniker"),
            (),
            ("VEJLE · butikschef Rasmus Vang (rv@cykel.dk) – samme som Kolding",),
            (13, "Anja Dahl", "Sælger"),
            (14, "Omar Aziz", "Mekaniker")]
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["13"] == ("VEJLE", "Rasmus Vang", "rv@cykel.dk")
    assert got["14"] == ("VEJLE", "Rasmus Vang", "rv@cykel.dk")
    assert got["12"] == ("KOLDING", "Rasmus Vang", "rv@cykel.dk")


def test_unit_heads_in_headings_report_to_the_one_whose_title_heads_all(
        tmp_path: Path) -> None:
    """Each block's heading names its head, who is one of the block's rows; the office's
    block is headed by the owner ("Indehaver"). The other heads report to her, said; with two
    owners nobody is picked."""
    rows = [("Nr", "Navn", "Stilling"),
            ("Kontor – indehaver Lise Brun (lb@vvs.dk)",),
            (1, "Lise Brun", "Indehaver"),
            (2, "Tom Skov", "Bogholder"),
            ("Service – formand Jens Kure (jk@vvs.dk)",),
            (3, "Jens Kure", "Formand"),
            (4, "Ali Demir", "Montør"),
            ("Nybyg – formand Per Hald (ph@vvs.dk)",),
            (5, "Per Hald", "Formand"),
            (6, "Niels Bo", "Lærling")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["1"] == ("", "")
    assert got["3"] == ("Lise Brun", "lb@vvs.dk")
    assert got["5"] == ("Lise Brun", "lb@vvs.dk")
    assert got["4"] == ("Jens Kure", "jk@vvs.dk")
    assert any(n.kind == "own-leader-top" for n in listing.notes)
    rows[2] = (1, "Lise Brun", "Ejer")
    rows[5] = (3, "Jens Kure", "Ejer")
    listing = read(tmp_path, {"Ark1": rows})
    assert {e.number: e.leader for e in listing.employees}["5"] == ""


def test_a_vacant_unit_led_by_the_acting_leader_its_row_names(tmp_path: Path) -> None:
    """A units sheet whose leader cell for one team is a vacancy, with a remark beside it that
    names the acting leader by initials: the team's people have that leader, said."""
    people = [("Nr", "Init", "Navn", "Team", "Mail"),
              ("A1", "KBR", "Karen Brix", "Ledelse", "kbr@f.dk"),
              ("A2", "TOL", "Tue Olsen", "Salg", "tol@f.dk"),
              ("A3", "SNI", "Sif Nim", "Salg", "sni@f.dk"),
              ("A4", "BOK", "Bo Kirk", "Support", "bok@f.dk"),
              ("A5", "LIV", "Liv Vad", "Support", "liv@f.dk")]
    teams = [("Team", "Leder (init.)", "Note"),
             ("Ledelse", "KBR", ""),
             ("Salg", "TOL", ""),
             ("Support", "vakant", "Konstitueret leder: TOL")]
    listing = read(tmp_path, {"Medarbejdere": people, "Teams": teams})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["A4"] == ("Tue Olsen", "tol@f.dk")
    assert got["A5"] == ("Tue Olsen", "tol@f.dk")
    assert any(n.kind == "unit-acting" for n in listing.notes)
    teams[3] = ("Support", "vakant", "Stillingen er slået op")
    listing = read(tmp_path, {"Medarbejdere": people, "Teams": teams})
    assert {e.number: e.leader for e in listing.employees}["A4"] == ""


def test_a_vacant_unit_led_by_the_leader_of_its_parent_unit(tmp_path: Path) -> None:
    """A units register with a column of the unit above; one unit's leader is "Ledig": its
    people are led by the leader of the unit above it, said."""
    people = [("Lønnr", "Navn", "Enhed", "Mail"),
              (70, "Hans Juhl", "10", "hj@k.dk"),
              (71, "Mia Krag", "20", "mk@k.dk"),
              (72, "Jon Friis", "21", "jf@k.dk"),
              (73, "Ulla Sand", "21", "us@k.dk"),
              (74, "Kim Lau", "22", "kl@k.dk"),
              (75, "Eja Holt", "22", "eh@k.dk")]
    units = [("Enhed", "Navn", "Under", "Leder lønnr"),
             ("10", "Direktion", "", 70),
             ("20", "Teknik", "10", 71),
             ("21", "Vej", "20", 72),
             ("22", "Park", "20", "Ledig")]
    listing = read(tmp_path, {"Personale": people, "Enheder": units})
    got = {r[0]: r[2:] for r in rows_of(listing)}
    assert got["74"][1:] == ("Mia Krag", "mk@k.dk")
    assert got["75"][1:] == ("Mia Krag", "mk@k.dk")
    assert got["73"][1:] == ("Jon Friis", "jf@k.dk")
    assert any(n.kind == "unit-vacant" for n in listing.notes)
