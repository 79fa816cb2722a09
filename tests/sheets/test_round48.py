"""Stop 48 of #20: rules found by fresh held-out exports, each by the rule behind its example."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from tests.sheets.reading import read, read_csv, rows_of


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


def test_a_leader_given_as_a_unit_is_the_one_whose_title_heads_it(tmp_path: Path) -> None:
    """Department heads whose leader is written as the board of directors ("Direktionen"), a
    unit of two on the list: the one whose title heads the whole ("Adm. direktør", not
    "Økonomidirektør") is their leader, said; with two such titles nobody is picked."""
    rows = [("Nr", "Navn", "Afdeling", "Titel", "Leder", "Mail"),
            (1, "Dan Rye", "Direktionen", "Adm. direktør", None, "dr@p.dk"),
            (2, "Ea Toft", "Direktionen", "Økonomidirektør", None, "et@p.dk"),
            (3, "Sus Vig", "Jura", "Afdelingschef", "Direktionen", "sv@p.dk"),
            (4, "Bo Ravn", "Jura", "Jurist", "Sus Vig", "br@p.dk"),
            (5, "Gry Alm", "IT", "Afdelingschef", "Direktionen", "ga@p.dk"),
            (6, "Ib Holm", "IT", "Udvikler", "Gry Alm", "ih@p.dk")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["3"] == got["5"] == ("Dan Rye", "dr@p.dk")
    assert got["4"] == ("Sus Vig", "sv@p.dk")
    assert any(n.kind == "leader-unit-head" for n in listing.notes)
    rows[2] = (2, "Ea Toft", "Direktionen", "Direktør", None, "et@p.dk")
    rows[1] = (1, "Dan Rye", "Direktionen", "Direktør", None, "dr@p.dk")
    listing = read(tmp_path, {"Ark1": rows})
    assert {e.number: e.leader for e in listing.employees}["3"] == ""


def test_another_leader_column_filled_where_the_unit_leader_is_not_the_one(
        tmp_path: Path) -> None:
    """"Anden nærmeste leder (hvis ikke afd.leder)" beside a sheet of each unit's leader: a
    leader column filled where someone else than the unit's leader leads; the rest take their
    unit's leader. A backup leader ("Alternativ leder (hvis fravær)") is no leader column."""
    people = [["Nr", "Navn", "Afdeling", "Mail", "Anden leder (hvis ikke afd.leder)"],
              [1, "Ane Berg", "Ledelse", "ab@v.dk", None],
              [2, "Jes Fog", "Lager", "jf@v.dk", None],
              [3, "Kai Ulv", "Lager", "ku@v.dk", "Ane Berg"],
              [4, "Liv Mark", "Lager", "lm@v.dk", None],
              [5, "Tor Ask", "Salg", "ta@v.dk", None],
              [6, "Pia Lyng", "Salg", "pl@v.dk", "Jes Fog"]]
    units = [("Afdeling", "Afdelingsleder"), ("Ledelse", "Ane Berg"), ("Lager", "Jes Fog"),
             ("Salg", "Tor Ask")]
    listing = read(tmp_path, {"Medarbejdere": people, "Afdelinger": units})
    got = {e.number: e.leader for e in listing.employees}
    assert got["3"] == "Ane Berg"
    assert got["6"] == "Jes Fog"
    assert got["4"] == "Jes Fog"
    people[0][4] = "Alternativ leder (hvis fravær)"
    listing = read(tmp_path, {"Medarbejdere": people, "Afdelinger": units})
    assert {e.number: e.leader for e in listing.employees}["3"] == "Jes Fog"


def test_a_leader_given_by_a_post_the_list_gives_as_vacant(tmp_path: Path) -> None:
    """Leaders given by their post ("Refererer til (stilling)"); one post is a row "VAKANT" at
    the foot of the list: its people have no leader now, warned, not the post's title shown as
    a leader's name."""
    rows = [("Nr", "Navn", "Stilling", "Refererer til (stilling)", "Mail"),
            (1, "Ulf Bak", "Direktør", None, "ub@b.dk"),
            (2, "Eva Ris", "Chef Drift", "Direktør", "er@b.dk"),
            (3, "Jan Ege", "Tekniker", "Chef Drift", "je@b.dk"),
            (4, "Ida Sø", "Konsulent", "Chef Rådgivning", "is@b.dk"),
            (5, "Ali Nur", "Konsulent", "Chef Rådgivning", "an@b.dk"),
            (None, "VAKANT", "Chef Rådgivning", "Direktør", None)]
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got["4"] == got["5"] == ""
    assert got["3"] == "Eva Ris"
    assert any(w.kind == "leader-vacant" and "row 7" in w.what for w in listing.warnings)


def test_a_column_of_unit_and_leader_in_one_cell(tmp_path: Path) -> None:
    """"Afdeling / leder" with "Planteavl / Allan Høj" in its cells: the unit and the leader,
    each read as its own column, said; the director's cell holds the unit alone."""
    rows = [("Nr", "Navn", "Afdeling / leder", "Mail"),
            (1, "Bo Mad", "Direktion", "bm@l.dk"),
            (2, "Al Høj", "Planteavl / Bo Mad (direktør)", "ah@l.dk"),
            (3, "Mik Dahl", "Planteavl / Al Høj", "md@l.dk"),
            (4, "Sus Ro", "Kvæg / Bo Mad", "sr@l.dk"),
            (5, "Per Ny", "Kvæg / Sus Ro", "pn@l.dk")]
    listing = read(tmp_path, {"Personale": rows})
    assert rows_of(listing) == [
        ("1", "Bo Mad", "Direktion", "", ""),
        ("2", "Al Høj", "Planteavl", "Bo Mad", "bm@l.dk"),
        ("3", "Mik Dahl", "Planteavl", "Al Høj", "ah@l.dk"),
        ("4", "Sus Ro", "Kvæg", "Bo Mad", "bm@l.dk"),
        ("5", "Per Ny", "Kvæg", "Sus Ro", "sr@l.dk")]
    assert any(n.kind == "paired-cells" for n in listing.notes)


def test_a_title_many_leaders_staff_hold_does_not_make_the_columns_swapped(
        tmp_path: Path) -> None:
    """Every leader's staff share a title ("Tandtekniker") while one leader leads two units:
    the titles follow the leaders, but the same title is under several leaders, as no unit
    is. The list is read, not refused as having its unit and title columns swapped."""
    lines = ["Nr;Navn;Afdeling;Stilling;Leder"]
    staff = [("Protese", "Bo Kure", 3), ("Krone", "Eva Sand", 3), ("Fræs", "Ole Vig", 2),
             ("Implantat", "Ole Vig", 2), ("Scan", "Ole Vig", 2)]
    n = 10
    for unit, leader, count in staff:
        for _ in range(count):
            lines.append(f"{n};Person Nr{n};{unit};Tandtekniker;{leader}")
            n += 1
    lines += ["1;Tina Juhl;Ledelse;Direktør;", "2;Bo Kure;Protese;Laboratorieleder;Tina Juhl",
              "3;Eva Sand;Krone;Laboratorieleder;Tina Juhl",
              "4;Ole Vig;Fræs;Laboratorieleder;Tina Juhl",
              "5;Ida Holm;Ledelse;Tandtekniker;Tina Juhl"]
    listing = read_csv(tmp_path, "\n".join(lines) + "\n")
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["10"] == ("Protese", "Bo Kure")
    assert got["18"] == ("Implantat", "Ole Vig")


def test_a_leaving_done_said_in_one_word_without_a_day(tmp_path: Path) -> None:
    """"Fratrådt" alone in a remark, "(Stoppet)" after a name, "Lager – ophørt" in a job title:
    a leaving done, said in a word, with nothing beside it: a leaver. "fratrådt som TR" (a
    role, not the post) is still refused, as a remark mus cannot be sure of."""
    rows = [("Nr", "Navn", "Stilling", "Bemærkning"),
            (1, "Ane Bak", "Leder", None),
            (2, "Bo Dam", "Lager", "Fratrådt"),
            (3, "Cai Eng (Stoppet)", "Lager", None),
            (4, "Dan Fog", "Lager – ophørt", None),
            (5, "Eva Gram", "Lager", "barsel")]
    listing = read(tmp_path, {"Ark1": rows})
    assert [e.number for e in listing.employees] == ["1", "5"]
    assert sorted(a.number for a in listing.leavers) == ["2", "3", "4"]
    rows[2] = (2, "Bo Dam", "Lager", "fratrådt som TR")
    with pytest.raises(SpreadsheetError, match="says the person has left or is leaving"):
        read(tmp_path, {"Ark1": rows})


def test_who_gets_no_form_in_more_words_and_marks(tmp_path: Path) -> None:
    """Swedish "Anst. t.o.m." (till och med) is the last day of employment; a check box column
    "Ophørt" of "☑" and "☐"; "Ikke påbegyndt" (not begun) and "Not yet started" as statuses;
    "Overgået til efterløn" (early retirement) is gone, one on a day to come is not yet."""
    listing = read_csv(tmp_path, "Anst.nr\tNamn\tAvdelning\tAnst. fr.o.m.\tAnst. t.o.m.\n"
                       "1\tÅsa Lind\tService\t2005-11-18\t\n"
                       "2\tOla Berg\tService\t2001-01-02\t2026-03-27\n"
                       "3\tEva Dal\tLager\t2020-02-03\t2027-06-30\n")
    assert [e.number for e in listing.employees] == ["1", "3"]
    listing = read(tmp_path, {"Ark1": [
        ("Nr", "Navn", "Afdeling", "Ophørt", "Status"),
        (1, "Ane Bak", "Bar", "☐", "Løbende"),
        (2, "Bo Dam", "Bar", "☑", "Løbende"),
        (3, "Cai Eng", "Bar", "☐", "Ikke påbegyndt"),
        (4, "Dan Fog", "Bar", "☐", "Not yet started"),
        (5, "Eva Gram", "Bar", "☐", "Overgået til efterløn pr. 31.03.2026"),
        (6, "Finn Hald", "Bar", "☐", "Efterløn pr. 01.06.2027"),
        (7, "Gry Ilum", "Bar", "☐", "Løbende")]})
    assert [e.number for e in listing.employees] == ["1", "6", "7"]


def test_a_units_sheet_with_an_acting_leader_column_and_a_compound_top_unit(
        tmp_path: Path) -> None:
    """A units sheet with "Leder" and "Konstitueret leder" columns; one unit's leader is
    "Vakant": its people are led by the acting leader. The unit leaders, each in their own
    unit, report to the leader of "Centerledelse" (the top management, by a compound name),
    warned as read so."""
    people = [("Nr", "Navn", "Enhed", "Mail"),
              (1, "Lis Skov", "Centerledelse", "ls@c.dk"),
              (2, "Per Fro", "Bostedet Lyng", "pf@c.dk"),
              (3, "Ane Dal", "Bostedet Lyng", "ad@c.dk"),
              (4, "Kim Hav", "Bostedet Eng", "kh@c.dk"),
              (5, "Sif Ravn", "Bostedet Eng", "sr@c.dk"),
              (6, "Tor Vig", "Bostedet Eng", "tv@c.dk")]
    units = [("Enhed", "Leder", "Leders mail", "Konstitueret leder", "Konst. mail"),
             ("Centerledelse", "Lis Skov", "ls@c.dk", None, None),
             ("Bostedet Lyng", "Per Fro", "pf@c.dk", None, None),
             ("Bostedet Eng", "Vakant", None, "Kim Hav", "kh@c.dk")]
    listing = read(tmp_path, {"Medarbejdere": people, "Enheder": units})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["5"] == got["6"] == ("Kim Hav", "kh@c.dk")
    assert got["2"] == ("Lis Skov", "ls@c.dk")
    assert got["3"] == ("Per Fro", "pf@c.dk")
    assert got["1"] == ("", "")


def test_a_note_that_everyone_reports_to_the_title_holder_of_their_own_unit(
        tmp_path: Path) -> None:
    """Lines over a list without a leader column: "Alle ansatte refererer til butikschefen i
    egen butik. Butikscheferne refererer til direktør Mia Holt." and "Vejle har ingen
    butikschef – Ole Bak (Kolding) varetager Vejle.": each is led by their own shop's
    Butikschef, the shop without one by the one who covers it, the chiefs by the director;
    the line's last name is no leader of everyone."""
    rows = [("Kæden – medarbejdere",),
            ("Alle ansatte refererer til butikschefen i egen butik. Butikscheferne refererer "
             "til direktør Mia Holt.",),
            ("Vejle har ingen butikschef – Ole Bak (Kolding) varetager Vejle.",),
            (),
            ("Nr", "Navn", "Butik", "Stilling", "Mail"),
            (1, "Mia Holt", "Kontor", "Direktør", "mh@k.dk"),
            (2, "Ole Bak", "Kolding", "Butikschef", "ob@k.dk"),
            (3, "Ea Lund", "Kolding", "Sælger", "el@k.dk"),
            (4, "Per Ny", "Odense", "Butikschef", "pn@k.dk"),
            (5, "Ida Rø", "Odense", "Sælger", "ir@k.dk"),
            (6, "Kai Vad", "Vejle", "Sælger", "kv@k.dk")]
    listing = read(tmp_path, {"Butikker": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Mia Holt", "3": "Ole Bak", "4": "Mia Holt",
                   "5": "Per Ny", "6": "Ole Bak"}


def test_a_dash_for_the_team_takes_the_unit_of_the_heading_above(tmp_path: Path) -> None:
    """A division's leader has "–" in the team column (no team of their own) under a heading
    "Afdeling: Asfalt": their department is the heading's, not a dash."""
    rows = [("Nr", "Navn", "Team", "Leder"),
            ("Afdeling: Asfalt",),
            (1, "Sanne Holm", "–", None),
            (2, "Kim Iver", "Udlægning", "Sanne Holm"),
            (3, "Jens Møl", "Udlægning", "Kim Iver")]
    listing = read(tmp_path, {"Mandskab": rows})
    assert [e.department for e in listing.employees] == ["Asfalt", "Udlægning", "Udlægning"]


def test_the_head_of_all_by_one_of_the_posts_their_title_joins(tmp_path: Path) -> None:
    """A key of each shop's manager over the list; the owner's title joins two posts
    ("Indehaver, urmagermester"): the other managers report to him."""
    rows = [("Butik", "Butikschef", "Mail"),
            ("Værksted", "Sø Bjerre", "sb@u.dk"),
            ("Aalborg", "Pi Nowak", "pn@u.dk"),
            ("Hjørring", "Pe Sønder", "ps@u.dk"),
            (),
            ("Nr", "Navn", "Butik", "Stilling"),
            (42, "Sø Bjerre", "Værksted", "Indehaver, urmagermester"),
            (45, "Pi Nowak", "Aalborg", "Butikschef"),
            (46, "Ida Ulv", "Aalborg", "Urmager"),
            (48, "Pe Sønder", "Hjørring", "Butikschef"),
            (49, "Bo Rask", "Hjørring", "Elev")]
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["45"] == got["48"] == ("Sø Bjerre", "sb@u.dk")
    assert got["46"] == ("Pi Nowak", "pn@u.dk")
    assert got["42"] == ("", "")


def test_a_contact_line_giving_a_leaders_role_and_address_in_brackets(tmp_path: Path) -> None:
    """"Kontakt ledere: Hanne Vest (hv@…), Mads Ib (centerchef, mib@…)" over a list whose
    leader column gives first names: each leader's address, the role before it no matter."""
    listing = read_csv(tmp_path, "Kontakt ledere: Hanne Vest (hv@i.dk), Mads Ib (centerchef, "
                       "mib@i.dk);;;;\n;;;;\nNr;Fornavn;Efternavn;Område;Leder\n"
                       "62;Mads;Ib;Kontor;\n64;Hanne;Vest;Café;Mads\n65;Eva;Dal;Café;Hanne\n"
                       "66;Ole;Krog;Is;Mads\n")
    got = {e.number: e.leader_email for e in listing.employees}
    assert got == {"62": "", "64": "mib@i.dk", "65": "hv@i.dk", "66": "mib@i.dk"}


def test_a_new_starters_sheet_takes_the_leaders_address_the_main_sheet_gives(
        tmp_path: Path) -> None:
    """A main sheet with "Leder" and "Leder mail", and a sheet of new starters with "Leder"
    only: their leader's address is the one the main sheet's rows give beside the same
    leader (the leader's own row has none)."""
    main = [("Løn nr.", "Navn", "Afdeling", "Leder", "Leder mail"),
            (1, "Maj Jo", "Ledelse", None, None),
            (2, "Tor Jens", "PM1", "Maj Jo", "mj@p.dk"),
            (3, "Met Ivers", "PM1", "Tor Jens", "tj@p.dk"),
            (4, "Kim Ols", "PM1", "Tor Jens", "tj@p.dk")]
    new = [("Løn nr.", "Navn", "Afdeling", "Leder", "Startdato"),
           (9, "Ras Kjær", "PM1", "Tor Jens", "01-11-2026"),
           (10, "Sig Ras", "PM1", "Maj Jo", "01-05-2026")]
    listing = read(tmp_path, {"Medarbejdere": main, "Nye": new})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["9"] == ("Tor Jens", "tj@p.dk")
    assert got["10"] == ("Maj Jo", "mj@p.dk")


def test_the_first_blocks_unit_over_the_header_above_its_leader_line(tmp_path: Path) -> None:
    """Blocks of a text file: a unit's name, a line "Leder: name, mail", the header, the rows;
    the first block's unit and leader line stand over the first header. Its rows are of that
    unit, as the later blocks' rows are of theirs; a title line alone gives no unit."""
    text = ("Personaleliste – Forsyning\t\t\n\t\t\nAdministration\t\t\n"
            "Leder: Emil Kjær, ek@f.dk\t\t\nNr\tNavn\tStilling\n"
            "1\tEmil Kjær\tChef\n2\tMads Sø\tØkonomi\n\t\t\n"
            "Renseanlæg Nord\t\t\nDriftsleder: Jens Jensen, jj@f.dk\t\t\nNr\tNavn\tStilling\n"
            "3\tJens Jensen\tDriftsleder\n4\tOle Bro\tOperatør\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["2"] == ("Administration", "Emil Kjær")
    assert got["4"] == ("Renseanlæg Nord", "Jens Jensen")


def test_a_table_under_the_list_that_lists_its_leaders_again(tmp_path: Path) -> None:
    """Under the list, a heading "Ledergruppe" and a table of its own ("Nr | Navn | Ansvar")
    that lists four people of the list again with their numbers: those rows are people
    listed again, counted, not second rows refused as numbers used twice. A number there
    with another name is still a number used twice."""
    rows = [("Nr", "Navn", "Afdeling", "Leder"),
            (802, "Tom Jens", "Adm", None),
            (803, "Cai Chris", "Adm", "Tom Jens"),
            (813, "Lu Ravn", "Værk", "Tom Jens"),
            (814, "Bo Berg", "Værk", "Lu Ravn"),
            (),
            ("Ledergruppe",),
            ("Nr", "Navn", "Ansvar"),
            (802, "Tom Jens", "Overordnet"),
            (813, "Lu Ravn", "Værket")]
    listing = read(tmp_path, {"Personale": rows})
    assert [e.number for e in listing.employees] == ["802", "803", "813", "814"]
    assert [s.row for s in listing.skipped if s.reason == "repeat"] == [9, 10]
    rows[9] = (813, "Eva Ravn", "Værket")
    with pytest.raises(SpreadsheetError, match="813 is also used"):
        read(tmp_path, {"Personale": rows})


def test_last_seasons_columns_say_nothing_of_this_season(tmp_path: Path) -> None:
    """"MUS 2025 holdt af" with "ny – ingen MUS" (new then, no talk) is no remark that the
    person left; "MUS 2025 dato" is last season's talks, no meeting date of the forms."""
    rows = [("Nr", "Navn", "Afdeling", "Nærmeste leder", "MUS 2025 holdt af", "MUS 2025 dato"),
            (1, "Dor Sø", "Ledelse", None, None, None),
            (2, "Mag Ni", "Nord", "Dor Sø", "Dor Sø", "24.11.2025"),
            (3, "Lone Jø", "Nord", "Dor Sø", "ny – ingen MUS", None),
            (4, "Tho Jø", "Nord", "Dor Sø", "ny – ingen MUS", None)]
    listing = read(tmp_path, {"MUS 2026": rows})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4"]
    assert all(e.meeting_date is None for e in listing.employees)
    assert any(n.kind == "meeting-past-season" for n in listing.notes)


def test_a_note_under_the_list_that_someone_left_on_a_day_gone_by(tmp_path: Path) -> None:
    """"NB: Lene Mor (lønnr 3155) stoppede 15/10 – skal ikke have MUS" under the list: she
    left on a day gone by (no year written: this year's), a leaver, said where; a note that
    says she left without a day is still refused."""
    rows = [("Lønnr", "Navn", "Hold", "Leder"),
            (3150, "Line Nør", "Pakkeri", None),
            (3153, "Jør Mor", "Pakkeri", "Line Nør"),
            (3155, "Lene Mor", "Pakkeri", "Line Nør"),
            (3157, "Kat Chr", "Pakkeri", "Line Nør"),
            (),
            (None, "NB: Lene Mor (lønnr 3155) stoppede 15/10 – skal ikke have MUS")]
    listing = read(tmp_path, {"Ark1": rows})
    assert [e.number for e in listing.employees] == ["3150", "3153", "3157"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("3155", "the note in row 7: left 15-10-2026")]
    rows[6] = (None, "NB: Lene Mor (lønnr 3155) er fratrådt – skal ikke have MUS")
    with pytest.raises(SpreadsheetError, match="3155"):
        read(tmp_path, {"Ark1": rows})


def test_a_small_table_of_leavers_beside_the_list(tmp_path: Path) -> None:
    """Beside the list, past an empty column, "Stoppet i år" over "Navn | Sidste dag": those
    it names whose last day has gone by are leavers, said; one whose day is still to come
    gets a form."""
    rows = [("Nr", "Navn", "Område", "Leder", None, "Stoppet i år"),
            (11, "Øj Skov", "Kontor", None, None, "Navn", "Sidste dag"),
            (12, "Dor Ped", "Kontor", "Øj Skov", None, "Car Lund", "15-08-2026"),
            (19, "Car Lund", "Bar", "Øj Skov", None, "Mal Lund", "31-12-2026"),
            (20, "Git Jør", "Bar", "Øj Skov"),
            (33, "Mal Lund", "Bar", "Øj Skov")]
    listing = read(tmp_path, {"Personale": rows})
    assert [e.number for e in listing.employees] == ["11", "12", "20", "33"]
    assert [a.number for a in listing.leavers] == ["19"]
    assert any(n.kind == "leavers-beside" for n in listing.notes)


def test_marks_before_names_explained_over_the_header(tmp_path: Path) -> None:
    """"Markering foran navn: * = ny i år   ** = har opsagt (fratræder, se dato)   † =
    fratrådt" over the header, and "† Hanne Ras", "** Tor Jens", "* Pia Ravn" in the name
    column: the marks are no part of the names; † has left; ** keeps their form until the
    row's own last day; * is new, employed."""
    rows = [("Markering foran navn:  * = ny i år   ** = har opsagt (fratræder, se dato)   "
             "† = fratrådt – slettes ved næste oprydning",),
            (),
            ("Nr", "Navn", "Afdeling", "Leder", "Fratræder"),
            ("0042", "Ole Øst", "Adm", None, None),
            ("0061", "* Pia Ravn", "Drift", "Ole Øst", None),
            ("0069", "** Tor Jens", "Drift", "Ole Øst", "28-02-2027"),
            ("0076", "† Hanne Ras", "Drift", "Ole Øst", None)]
    listing = read(tmp_path, {"Medarbejdere": rows})
    assert [(e.number, e.name) for e in listing.employees] == [
        ("0042", "Ole Øst"), ("0061", "Pia Ravn"), ("0069", "Tor Jens")]
    assert [a.number for a in listing.leavers] == ["0076"]
    assert not [w for w in listing.warnings if w.kind == "mark"]


def test_a_unit_whose_name_joins_the_volunteers_work_with_another_is_staff(
        tmp_path: Path) -> None:
    """An NGO's department "Frivillig og Lokalafdelinger" (the volunteers' work and the local
    branches) is a unit of its staff, not volunteers; a unit "Frivillige" alone is none."""
    rows = [("Nr", "Navn", "Afdeling", "Titel", "Leder"),
            (1, "Rik Thy", "Sekretariat", "Generalsekretær", None),
            (2, "Kim Kri", "Frivillig og Lokalafdelinger", "Chef", "Rik Thy"),
            (3, "Nan And", "Frivillig og Lokalafdelinger", "Konsulent", "Kim Kri"),
            (4, "Emil Fog", "Frivillig og Lokalafdelinger", "Frivilligkonsulent", "Kim Kri")]
    listing = read(tmp_path, {"Ansatte": rows})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4"]
    rows.append((None, "Ole Bo", "Frivillige", "Frivillig", None))
    listing = read(tmp_path, {"Ansatte": rows})
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4"]


def test_a_note_that_names_a_leaver_by_first_name_and_number(tmp_path: Path) -> None:
    """"NB: Camilla S. (nr. 1039) fratrådte 30.11.2026 efter eget ønske": the note names her
    by first name and number, and why she left says nothing of when: a leaver."""
    listing = read_csv(tmp_path, "Nr;Navn;Afdeling;Leder\n1001;Kim Pe;Salg;\n"
                       "1039;Camilla Sørensen;Salg;Kim Pe\n1040;Camilla Holm;Salg;Kim Pe\n"
                       ";;;\nNB: Camilla S. (nr. 1039) fratrådte 30.11.2026 efter eget ønske;;;\n")
    assert [e.number for e in listing.employees] == ["1001", "1040"]
    assert [a.number for a in listing.leavers] == ["1039"]


def test_a_units_table_beside_the_list_keyed_by_the_same_header(tmp_path: Path) -> None:
    """Beside the list, past an empty column, "Værksted | Mester / ansvarlig | E-mail", each
    workshop once, keyed by the list's own "Værksted" column (found as the department by its
    cells): a table of the units' leaders, not the list's leader and e-mail columns on the
    rows beside it."""
    rows = [("Nr", "Fornavn", "Efternavn", "Værksted", "Telefon", None, "Værksted",
             "Mester / ansvarlig", "E-mail"),
            (34, "Astrid", "Ande", "Syning", "60834286", None, "Møbler", "Bir Laur", "bl@p.dk"),
            (22, "Niels", "Dam", "Biler", "42499924", None, "Biler", "Bir Laur", "bl@p.dk"),
            (24, "Sus", "Friis", "Biler", "29174372", None, "Syning", "Sus Laur", "sl@p.dk"),
            (19, "Åse", "Jens", "Møbler", "40461318"),
            (12, "Bir", "Laur", "Møbler", "30138350"),
            (14, "Sus", "Laur", "Syning", "22833552"),
            (30, "Mal", "Lyk", "Syning", "47797339")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["34"] == ("Syning", "Sus Laur", "sl@p.dk")
    assert got["22"] == ("Biler", "Bir Laur", "bl@p.dk")
    assert got["24"] == ("Biler", "Bir Laur", "bl@p.dk")
    assert got["19"] == ("Møbler", "Bir Laur", "bl@p.dk")


def test_a_leader_given_by_post_resolved_on_a_sheet_of_posts(tmp_path: Path) -> None:
    """"Leder (funktion)" gives each one's leader by post ("Inspektør Nord"), which the list's
    own job titles do not hold ("Inspektør"); a sheet "Funktioner" pairs each post with a
    person on the list and an address: that person leads them, said."""
    people = [("Nr", "Navn", "Stilling", "Leder (funktion)"),
              (801, "Bri Mad", "Administrationschef", "Bestyrelsen"),
              (802, "Len Kra", "Inspektør", "Administrationschef"),
              (803, "Jon Aag", "Inspektør", "Administrationschef"),
              (804, "Ole Ask", "Vicevært", "Inspektør Nord"),
              (805, "Eva Bro", "Vicevært", "Inspektør Syd")]
    posts = [("Funktion", "Navn", "Mail"),
             ("Administrationschef", "Bri Mad", "bm@k.dk"),
             ("Inspektør Nord", "Len Kra", "lk@k.dk"),
             ("Inspektør Syd", "Jon Aag", "ja@k.dk")]
    listing = read(tmp_path, {"Personale": people, "Funktioner": posts})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["804"] == ("Len Kra", "lk@k.dk")
    assert got["805"] == ("Jon Aag", "ja@k.dk")
    assert got["802"] == ("Bri Mad", "bm@k.dk")


def test_a_units_sheet_with_two_people_per_unit_neither_headed_as_leader(
        tmp_path: Path) -> None:
    """A rehabilitation centre's sheet of wards gives each ward its head nurse and its chief
    physician ("Afdelingssygeplejerske", "Ledende overlæge"), with addresses; whose leader is
    whose goes by profession. Refused, naming both columns: not the first column for everyone,
    and no address taken as a ward's name ("Afsnit R1 Neurorehabilitering" is a name, not a
    code)."""
    people = [("Lønnr", "Navn", "Afsnit", "Stilling"),
              (1, "Mik And", "Centerledelse", "Centerchef"),
              (2, "Lan Ngu", "Afsnit R1 Neuro", "Afdelingssygeplejerske"),
              (3, "Pri Sha", "Afsnit R1 Neuro", "Ledende overlæge"),
              (4, "Tom Now", "Afsnit R1 Neuro", "Sygeplejerske"),
              (5, "Ann Mor", "Afsnit R2 Orto", "Afdelingssygeplejerske"),
              (6, "Ast Øst", "Afsnit R2 Orto", "Ledende overlæge"),
              (7, "Kim Lau", "Afsnit R2 Orto", "Læge")]
    wards = [("Centerchef: Mik And",),
             ("Afsnit", "Afdelingssygeplejerske", "Mail", "Ledende overlæge", "Mail"),
             ("Afsnit R1 Neuro", "Lan Ngu", "ln@r.dk", "Pri Sha", "ps@r.dk"),
             ("Afsnit R2 Orto", "Ann Mor", "am@r.dk", "Ast Øst", "ao@r.dk")]
    with pytest.raises(SpreadsheetError, match='"Afdelingssygeplejerske" and "Ledende overlæge"'):
        read(tmp_path, {"Medarbejdere": people, "Ledelse": wards})


def test_a_place_of_work_headed_in_french_is_the_department(tmp_path: Path) -> None:
    """Skello's French "Établissement" (the shop or head office a person works at) is the
    department where no column is headed as one."""
    listing = read_csv(tmp_path, "Matricule;Prénom;Nom;Établissement;Manager\n"
                       "001;Bir;Bæk;Siège;\n002;Tho;Niel;Siège;Bir Bæk\n"
                       "004;Pia;Chri;Boulangerie Vesterbro;Bir Bæk\n"
                       "005;Ole;Dam;Boulangerie Vesterbro;Pia Chri\n"
                       "006;Eva;Ho;Boulangerie Vesterbro;Pia Chri\n")
    assert [e.department for e in listing.employees] == [
        "Siège", "Siège", "Boulangerie Vesterbro", "Boulangerie Vesterbro",
        "Boulangerie Vesterbro"]


def test_leader_columns_of_levels_from_the_top_down(tmp_path: Path) -> None:
    """"Direktør | Område | Områdedirektør | Afdeling | Afdelingsleder | Team | Teamleder",
    each leader naming themselves at their own level: the nearest leader is the finest column
    that names someone else, and a row without a team or a department takes its nearest unit
    above."""
    head = ("Lønnr", "Navn", "Direktør", "Område", "Områdedirektør", "Afdeling",
            "Afdelingsleder", "Team", "Teamleder")
    rows = [head,
            (1, "Tro Bach", "Tro Bach", "Direktion", None, None, None, None, None),
            (2, "Hel Dam", "Tro Bach", "Salg", "Hel Dam", None, None, None, None),
            (3, "Gre Pet", "Tro Bach", "Salg", "Hel Dam", "Key", "Gre Pet", None, None),
            (4, "Mal Dam", "Tro Bach", "Salg", "Hel Dam", "Key", "Gre Pet", "Hosp", "Mal Dam"),
            (5, "Åse Løn", "Tro Bach", "Salg", "Hel Dam", "Key", "Gre Pet", "Hosp", "Mal Dam"),
            (6, "Sør Frø", "Tro Bach", "Salg", "Hel Dam", "Key", "Gre Pet", "Hosp", "Mal Dam"),
            (7, "Met Dal", "Tro Bach", "Salg", "Hel Dam", "Key", "Gre Pet", None, None),
            (8, "Ida Hav", "Tro Bach", "Salg", "Hel Dam", None, None, None, None)]
    listing = read(tmp_path, {"Organisation": rows})
    got = {e.number: (e.leader, e.department) for e in listing.employees}
    assert got["1"][0] == ""
    assert got["2"][0] == "Tro Bach"
    assert got["3"][0] == got["8"][0] == "Hel Dam"
    assert got["4"][0] == got["7"][0] == "Gre Pet"
    assert got["5"][0] == "Mal Dam"
    assert got["1"][1] == "Direktion"
    assert got["8"][1] == "Salg"


def test_a_markdown_table_with_struck_through_rows(tmp_path: Path) -> None:
    """A table pasted from Teams into a text file, with "~~…~~" around the cells of those who
    stopped and "~~Overstreget~~ = stoppet i år" under it: those rows are struck through, as in
    a workbook, so they have left; the marks are no part of the numbers."""
    text = ("Hej – her er listen:\n\n| Lønnr | Navn | Afdeling | Leder |\n|---|---|---|---|\n"
            "| 1043 | Vib Bech | Ledelse |  |\n| 1046 | Pet Bæk | Værksted | Vib Bech |\n"
            "| ~~1091~~ | ~~Bri Gram~~ | ~~Værksted~~ | ~~Pet Bæk~~ |\n"
            "| 1094 | Ann Sø | Værksted | Pet Bæk |\n\n"
            "~~Overstreget~~ = stoppet i år (skal ikke have MUS).\n")
    path = tmp_path / "l.txt"
    path.write_text(text, encoding="utf-8")
    from pipeline.sheets import read_employee_list
    from tests.sheets.reading import TODAY
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1043", "1046", "1094"]
    assert [a.number for a in listing.leavers] == ["1091"]


def test_a_templates_example_row_marked_in_its_remark(tmp_path: Path) -> None:
    """A vendor template's grey example row "12345 | Hans | Hansen | … | EKSEMPEL – slet denne
    række" left in above the real rows: a template's example, no employee. A remark that only
    mentions an example further in is no such mark."""
    rows = [("Medarbejdernummer", "Fornavn", "Efternavn", "Afdeling", "Bemærkning"),
            (12345, "Hans", "Hansen", "Salg", "EKSEMPEL – slet denne række"),
            (303, "Jes Nør", "Gaard", "Direktion", None),
            (305, "Vib Sør", "Ensen", "Salg", "Skal have eksempel på mål")]
    listing = read(tmp_path, {"Medarbejdere": rows})
    assert [e.number for e in listing.employees] == ["303", "305"]
    assert [s.row for s in listing.skipped if s.reason == "example"] == [2]


def test_gone_on_a_pension_in_the_past_tense_and_gone_on_leave(tmp_path: Path) -> None:
    """A free-text status: "Gik på pension 1. okt. 2026" has left; "Gået på barsel" is on
    leave (not gone); "Går på pension 1. marts 2027" is still here."""
    rows = [("Nr", "Navn", "Afdeling", "Status"),
            (1, "Ane Bak", "Salg", "Ansat"),
            (2, "Bo Dam", "Salg", "Gik på pension 1. okt. 2026"),
            (3, "Cai Eng", "Salg", "Gået på barsel"),
            (4, "Dan Fog", "Salg", "Går på pension 1. marts 2027"),
            (5, "Eva Gram", "Salg", "Ansat")]
    listing = read(tmp_path, {"Ark1": rows})
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1", False), ("3", True), ("4", False), ("5", False)]


def test_teams_are_the_units_also_where_one_leader_leads_a_departments_teams(
        tmp_path: Path) -> None:
    """"Department" and "Team" (Eletive): in two departments each team has a leader of its
    own, so the teams are the list's units; in "Stab" the chief leads "Økonomi" and "HR"
    herself: those teams are its people's units too. A department head keeps the
    department."""
    lines = ["EmployeeId,FirstName,LastName,Email,ManagerEmail,Department,Team",
             "1,Ai,Vir,av@f.dk,,Direktion,",
             "2,Lo,And,la@f.dk,av@f.dk,Byggeri,",
             "3,So,Øst,so@f.dk,la@f.dk,Byggeri,Konstruktion",
             "4,Lu,Han,lh@f.dk,la@f.dk,Byggeri,Installation",
             "5,Ki,Bo,kb@f.dk,so@f.dk,Byggeri,Konstruktion",
             "6,Ma,Ry,mr@f.dk,lh@f.dk,Byggeri,Installation",
             "7,Ha,Kr,hk@f.dk,av@f.dk,Infra,",
             "8,Ni,Nø,nn@f.dk,hk@f.dk,Infra,Vej",
             "9,Vi,Gr,vg@f.dk,hk@f.dk,Infra,Bro",
             "10,Ol,Ha,oh@f.dk,nn@f.dk,Infra,Vej",
             "11,Pe,La,pl@f.dk,vg@f.dk,Infra,Bro",
             "12,El,Ra,er@f.dk,av@f.dk,Stab,",
             "13,Ha,Ka,hka@f.dk,er@f.dk,Stab,Økonomi",
             "14,Pi,Da,pd@f.dk,er@f.dk,Stab,HR"]
    listing = read_csv(tmp_path, "\n".join(lines) + "\n")
    got = {e.number: e.department for e in listing.employees}
    assert got["13"] == "Økonomi" and got["14"] == "HR"
    assert got["12"] == "Stab" and got["10"] == "Vej"


def test_a_units_sheet_whose_empty_leader_cell_has_an_acting_leader_beside_it(
        tmp_path: Path) -> None:
    """A unit whose "Leder (medarb.nr)" is empty and whose "Konstitueret leder (medarb.nr)"
    gives someone on the list: its people are led by the acting leader, who reports to the
    leader of the unit above."""
    people = [("Medarb.nr", "Navn", "Enhedskode"),
              ("03100", "Sus Laur", "4000"), ("03240", "Kim Vad", "4200"),
              ("03241", "Bo Ny", "4200"), ("03317", "Ann Hald", "4300"),
              ("03318", "Eva Ris", "4300"), ("03319", "Ole Sand", "4300")]
    units = [("Enhedskode", "Enhedsnavn", "Overordnet enhed", "Leder (medarb.nr)",
              "Konstitueret leder (medarb.nr)"),
             ("4000", "Ældre", None, "03100", None),
             ("4200", "Hjemmepleje Nord", "4000", "03240", None),
             ("4300", "Hjemmepleje Syd", "4000", None, "03317")]
    listing = read(tmp_path, {"Medarbejdere": people, "Enheder": units})
    got = {e.number: (e.leader, e.department) for e in listing.employees}
    assert got["03318"] == got["03319"] == ("Ann Hald", "Hjemmepleje Syd")
    assert got["03317"][0] == got["03240"][0] == "Sus Laur"


def test_a_leaders_sheet_that_lists_the_units_each_leads_in_one_cell(tmp_path: Path) -> None:
    """A sheet "Ledere": "Leder | Nr | Leder for | Refererer til", where "Leder for" lists
    several departments in one cell ("Lager, Forsendelse"): each of them is led by that
    leader, who reports to the one the row names (not to themselves, written by number
    beside their name)."""
    people = [("Nr", "Navn", "Afdeling", "Mail"),
              (1200, "Ida Han", "Ledelse", "ih@h.dk"), (1208, "Hel Kra", "Lager", "hk@h.dk"),
              (1210, "Bo Lyk", "Lager", "bl@h.dk"), (1212, "Eva Sø", "Forsendelse", "es@h.dk"),
              (1214, "Kim Ro", "Forsendelse", "kr@h.dk"), (1276, "Ast Øst", "Webshop", "ao@h.dk"),
              (1278, "Pia Ny", "Webshop", "pn@h.dk"), (1280, "Ulf Aa", "Bogholderi", "ua@h.dk")]
    leaders = [("Leder", "Nr", "Leder for", "Refererer til"),
               ("Ida Han", 1200, "Ledelse", "–"),
               ("Hel Kra", 1208, "Lager, Forsendelse", "Ida Han"),
               ("Ast Øst", 1276, "Webshop, Bogholderi", "Ida Han")]
    listing = read(tmp_path, {"Personale": people, "Ledere": leaders})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1200": "", "1208": "Ida Han", "1210": "Hel Kra", "1212": "Hel Kra",
                   "1214": "Hel Kra", "1276": "Ida Han", "1278": "Ast Øst", "1280": "Ast Øst"}


def test_a_unit_leader_placed_in_another_unit_reports_above_the_unit_they_lead(
        tmp_path: Path) -> None:
    """The units sheet says who leads each unit and the unit above; two leaders sit in the
    secretariat ("A1") though they lead "A2" and "A3": their leader is the leader above the
    unit they lead (the director), not the secretariat's leader, said."""
    people = [("Medarb.nr", "Navn", "Placering (enhed)"),
              ("001", "Ais Mo", "A0"), ("002", "Lin La", "A1"), ("003", "Ann Chr", "A1"),
              ("006", "Met Sø", "A1"), ("007", "Jør Kr", "A2"), ("008", "Tom No", "A2"),
              ("015", "Kar Ho", "A1"), ("016", "Pia Ly", "A3"), ("017", "Ole Bo", "A3")]
    units = [("Kode", "Enhed", "Overordnet", "Leder (medarb.nr)"),
             ("A0", "Direktionen", None, "001"), ("A1", "Sekretariat", "A0", "002"),
             ("A2", "Arkiv", "A0", "006"), ("A3", "Formidling", "A0", "015")]
    listing = read(tmp_path, {"Medarbejdere": people, "Enheder": units})
    got = {e.number: e.leader for e in listing.employees}
    assert got["006"] == got["015"] == got["002"] == "Ais Mo"
    assert got["003"] == "Lin La" and got["007"] == "Met Sø" and got["016"] == "Kar Ho"


def test_two_sheets_of_units_a_teams_and_a_departments(tmp_path: Path) -> None:
    """"Teams" gives each team's leader (two teams have none) and "Afdelinger" each
    department's leader and whom they report to: a team's people have the team leader, the
    people of a team without one and the team leaders have the department's leader."""
    people = [("Medarb.nr", "Navn", "Afdeling", "Team"),
              ("0001", "Esb Pe", "Direktion", None), ("0002", "Mal Je", "Chartering", None),
              ("0003", "Ida Ol", "Chartering", "Tank"), ("0004", "Bo Th", "Chartering", "Tank"),
              ("0007", "Tho Kr", "Chartering", "Bulk"), ("0009", "Bir Sø", "Chartering", "Bulk"),
              ("0013", "Kim Ve", "Operations", None), ("0020", "Ann Ho", "Operations", "Bunkers"),
              ("0021", "Per Ni", "Operations", "Bunkers")]
    teams = [("Team", "Afdeling", "Teamleder (medarb.nr)"), ("Tank", "Chartering", "0003"),
             ("Bulk", "Chartering", "0007"), ("Bunkers", "Operations", None)]
    departments = [("Afdeling", "Afdelingsleder (medarb.nr)", "Refererer til (medarb.nr)"),
                   ("Direktion", "0001", None), ("Chartering", "0002", "0001"),
                   ("Operations", "0013", "0001")]
    listing = read(tmp_path, {"Medarbejdere": people, "Teams": teams,
                              "Afdelinger": departments})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"0001": "", "0002": "Esb Pe", "0003": "Mal Je", "0004": "Ida Ol",
                   "0007": "Mal Je", "0009": "Tho Kr", "0013": "Esb Pe", "0020": "Kim Ve",
                   "0021": "Kim Ve"}
    assert not [w for w in listing.warnings if w.kind == "unit-sheet-missing"]


def test_a_site_over_a_finer_service_and_a_remark_not_yet_begun(tmp_path: Path) -> None:
    """French "Établissement" (the site) beside "Service" (units within each site, grouped as
    their leaders are): the service is the department. And a remark "ikke startet endnu –
    kontrakt fra 1/3-2027" says its person has not begun."""
    rows = [("Matricule", "Nom", "Établissement", "Service", "Responsable", "Bemærkning")]
    staff = [("Siège", "Compta", "Ana Bo"), ("Siège", "RH", "Cai Do"),
             ("Agence", "Logistique", "Eva Fu"), ("Agence", "Vente", "Gus Ho")]
    n = 100
    for site, service, chief in staff:
        for _ in range(3):
            rows.append((n, f"Per Son{n}", site, service, chief, None))
            n += 1
    rows += [(1, "Ana Bo", "Siège", "Compta", None, None),
             (2, "Cai Do", "Siège", "RH", "Ana Bo", None),
             (3, "Eva Fu", "Agence", "Logistique", "Ana Bo", None),
             (4, "Gus Ho", "Agence", "Vente", "Ana Bo", None),
             (5, "Ida Ny", "Agence", "Vente", "Gus Ho", "ikke startet endnu – kontrakt fra "
              "1/3-2027"),
             (6, "Jan Ro", "Agence", "Vente", "Gus Ho", "kommende teamleder pr. 1/3")]
    listing = read(tmp_path, {"Personnel": rows})
    got = {e.number: e.department for e in listing.employees}
    assert got["100"] == "Compta" and got["106"] == "Logistique"
    assert [a.number for a in listing.leavers] == ["5"]


def test_a_markdown_page_of_team_tables_under_headings(tmp_path: Path) -> None:
    """A wiki page saved as text: "## Ledelse" over the first table, then "## Team Platform –
    teamlead: Louise Bech (lbe@…)" over each team's table: the heading marks are no part of
    the units, and the first table's rows are of "Ledelse". A later retirement in words
    ("Går på efterløn 31. marts 2027") keeps a form."""
    text = ("# Hvem er hvem\n\n## Ledelse\n\n| Nr. | Navn | Rolle | Note |\n|----:|---|---|---|\n"
            "| 203 | Rik Skov | CTO | |\n\n"
            "## Team Platform – teamlead: Lou Bech (lb@k.dk)\n\n"
            "| Nr. | Navn | Rolle | Note |\n|----:|---|---|---|\n"
            "| 204 | Lou Bech | Teamlead | |\n| 206 | Mar Zie | iOS | |\n"
            "| 208 | Tor Juul | Frontend | Går på efterløn 31. marts 2027 |\n")
    path = tmp_path / "wiki.txt"
    path.write_text(text, encoding="utf-8")
    from pipeline.sheets import read_employee_list
    from tests.sheets.reading import TODAY
    listing = read_employee_list(path, today=TODAY)
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["203"][0] == "Ledelse"
    assert got["206"] == ("Team Platform", "Lou Bech")
    assert "208" in got


def test_groups_with_a_crew_head_marked_and_groups_with_none(tmp_path: Path) -> None:
    """Blocks under headings, each leader marked by their name: "– holdleder", and a store's
    "(lagerformand)" (a foreman leads his crew too); a block where no one is marked ("KONTOR")
    has no leader, warned, not passed over in silence."""
    rows = [("Lønnr", "Navn", "Stilling"),
            ("HOLD A",), (1, "Bod Mad – holdleder", "Møller"), (2, "San Møl", "Pakker"),
            (3, "Sti Han", "Møller"),
            ("LAGER",), (4, "Bod Bjer (lagerformand)", "Lager"), (5, "Mad Ravn", "Lager"),
            (6, "Tin Kjær", "Chauffør"),
            ("KONTOR",), (7, "Mad Øst", "Lab"), (8, "Tho Lund", "Salg")]
    listing = read(tmp_path, {"Hold": rows})
    got = {e.number: (e.name, e.leader) for e in listing.employees}
    assert got["2"] == ("San Møl", "Bod Mad")
    assert got["5"] == ("Mad Ravn", "Bod Bjer") and got["4"][0] == "Bod Bjer"
    assert got["8"][1] == ""
    assert any(w.kind == "marked-leaders-none" for w in listing.warnings)


def test_a_table_of_units_and_leaders_over_the_list_on_the_same_sheet(tmp_path: Path) -> None:
    """"Klub | Klubleder | Mail | Adresse" over the list, one line per club, the first the
    joint management ("Fritid & Ungdom – fællesledelse"): each club's people are led by its
    leader, the club leaders by the joint management's, and "Mail Adresse" (the table's
    header) is nobody's name."""
    rows = [("Klubber og ledere",),
            ("Klub", "Klubleder", "Mail", "Adresse"),
            ("Fritid – fællesledelse", "Fre Hjo", "fh@k.dk", "Rådhuset"),
            ("Klub Bøgen", "Tob Kri", "tk@k.dk", "Parkvej 3"),
            ("Klub Havnen", "Anj Lyk", "al@k.dk", "Havnegade 7"),
            (),
            ("Klub", "Medarb.nr.", "Navn", "Stilling"),
            ("Fritid – fællesledelse", 1, "Fre Hjo", "Chef"),
            ("Klub Bøgen", 8, "Tob Kri", "Klubleder"),
            ("Klub Bøgen", 40, "Ast Kri", "Pædagog"),
            ("Klub Havnen", 25, "Anj Lyk", "Klubleder"),
            ("Klub Havnen", 41, "Ben Ols", "Pædagog")]
    listing = read(tmp_path, {"Klubber": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["40"] == ("Klub Bøgen", "Tob Kri", "tk@k.dk")
    assert got["8"][1:] == got["25"][1:] == ("Fre Hjo", "fh@k.dk")
    assert got["1"][1] == ""


def test_a_sheet_per_section_named_over_its_header(tmp_path: Path) -> None:
    """One sheet per section: "Sektion: Læsesal & formidling" in A1 and "Sektionsleder: name
    (mail)" in A2: the section is every row's unit (not the sheet's short name), and the head's
    own post before her name ("Stadsarkivar: …") is no unit."""
    head = ("Nr", "Navn", "Stilling")
    first = [("Sektion: Ledelse & administration",),
             ("Stadsarkivar: Mat Bøn (mb@s.dk)",), (), head,
             (6601, "Mat Bøn", "Stadsarkivar"), (6604, "Kar Åge", "Sektionsleder"),
             (6605, "Ole Sø", "Sekretær")]
    second = [("Sektion: Læsesal & formidling",),
              ("Sektionsleder: Kar Åge (ka@s.dk)",), (), head,
              (6615, "Ast Høj", "Formidler"), (6619, "Pet Skov", "Formidler")]
    listing = read(tmp_path, {"Ledelse og adm": first, "Læsesal": second})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["6601"][0] == got["6605"][0] == "Ledelse & administration"
    assert got["6605"][1] == "Mat Bøn"
    assert got["6615"] == ("Læsesal & formidling", "Kar Åge")


def test_a_note_under_the_list_that_says_whom_a_kind_of_worker_reports_to(
        tmp_path: Path) -> None:
    """A list without job titles whose leader column is empty for the technicians, and a
    note under them: "NB: Teknikerne refererer til teknisk chef Jan Friis": the leaderless
    of "Manege & teknik" are led by him, said."""
    rows = [("Nr.", "Navn", "Afdeling", "Nærmeste leder"),
            (500, "Dir Ek", "Administration", None),
            (510, "Jan Friis", "Administration", "Dir Ek"),
            (520, "Art Ist", "Manege & teknik", "Dir Ek"),
            (524, "Tek Ni", "Manege & teknik", None),
            (526, "Ker Bo", "Manege & teknik", None),
            (530, "Sta Ld", "Stald", "Dir Ek"),
            (),
            (None, "NB: Teknikerne refererer til teknisk chef Jan Friis (se under Administration)")]
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got["524"] == got["526"] == "Jan Friis"
    assert got["500"] == "" and got["520"] == "Dir Ek"


def test_a_leader_given_by_an_address_at_an_old_domain_only(tmp_path: Path) -> None:
    """"Line manager email" of "tina.nielsen@skovly.com" where everyone's own address is at
    skovly-living.dk now: the same user, Tina Nielsen, said; an address at an outside domain
    whose user nobody on the list is stays no one's."""
    listing = read_csv(tmp_path, "First name,Last name,Employee number,Email,Line manager email\n"
                       "Poul,Møller,SL002,poul.moeller@s-l.dk,\n"
                       "Tina,Nielsen,SL010,tina.nielsen@s-l.dk,poul.moeller@s-l.dk\n"
                       "Ida,Ravn,SL024,ida.ravn@s-l.dk,tina.nielsen@skovly.com\n"
                       "Ole,Bak,SL025,ole.bak@s-l.dk,tina.nielsen@skovly.com\n"
                       "Eva,Sand,SL026,eva.sand@s-l.dk,poul.moeller@s-l.dk\n")
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["SL024"] == got["SL025"] == ("Tina Nielsen", "tina.nielsen@s-l.dk")
    assert any(n.kind == "leader-old-domain" for n in listing.notes)


def test_a_place_with_groups_left_empty_for_its_leadership_stays_the_unit(
        tmp_path: Path) -> None:
    """"Institution" beside "Stue/gruppe" left empty for the leadership's rows: the rooms are
    a grouping within the institution, which stays the department (the leader given as
    "Institutionsleder" is the one of the employee's institution)."""
    rows = [("Institution", "Stue/gruppe", "Navn", "Stilling", "Lønnr.", "Nærmeste leder")]
    rows += [("Ledelse", None, "Lar Jør", "Dagtilbudsleder", 1, None),
             ("Solsikken", None, "Kof Owu", "Institutionsleder", 2, "Dagtilbudsleder"),
             ("Skovly", None, "Jør Hol", "Institutionsleder", 3, "Dagtilbudsleder")]
    n = 10
    for place, rooms in (("Solsikken", ("Bjørn", "Ræv")), ("Skovly", ("Mus", "Ugle"))):
        for room in rooms:
            for _ in range(3):
                rows.append((place, room, f"Per Son{n}", "Pædagog", n, "Institutionsleder"))
                n += 1
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["10"] == ("Solsikken", "Kof Owu") and got["16"] == ("Skovly", "Jør Hol")


def test_a_units_key_beside_the_list_keyed_by_codes_of_capitals(tmp_path: Path) -> None:
    """"Afd | Afdelingsnavn | Chef | Mail" beside the list's "Afd" codes ("BEH"): a key of the
    units (each code its name and chief), not the rows' own columns; the chiefs report to the
    chief of "Direktion"."""
    rows = [("Nr", "Navn", "Afd", "Stilling", None, "Afd", "Afdelingsnavn", "Chef", "Mail"),
            (6010, "Mar Lau", "DIR", "Direktør", None, "DIR", "Direktion", "Mar Lau", "ml@h.dk"),
            (6014, "Hen Kirk", "BEH", "Chef", None, "BEH", "Behandling", "Hen Kirk", "hk@h.dk"),
            (6020, "Pou Lau", "REST", "Chef", None, "REST", "Restaurant", "Pou Lau", "pl@h.dk"),
            (6034, "Fat Ali", "BEH", "Terapeut"), (6039, "Mad Lau", "BEH", "Terapeut"),
            (6041, "Ole Kok", "REST", "Kok"), (6042, "Eva Tjen", "REST", "Tjener")]
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["6034"] == ("Behandling", "Hen Kirk", "hk@h.dk")
    assert got["6041"] == ("Restaurant", "Pou Lau", "pl@h.dk")
    assert got["6014"][1] == "Mar Lau"
