"""Stop 51 of #20: rules found by fresh held-out exports, each by the rule behind its example."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from tests.sheets.reading import read, read_csv


def test_the_day_employment_ends_decides_over_the_last_day_worked(tmp_path: Path) -> None:
    """Someone released from work in their notice has a last working day behind them and a
    leaving day still to come: they are employed (and get a form) until the leaving day,
    whichever of the two columns comes first."""
    text = ("Nr;Navn;Leder;Sidste arbejdsdag;Ophørsdato\n"
            "1;Ida Holm;;;\n"
            "2;Bo Lund;Ida Holm;02.11.2026;15.02.2027\n"
            "3;Eva Kok;Ida Holm;30.11.2026;30.11.2026\n"
            "4;Per Dam;Ida Holm;;\n")
    listing = read_csv(tmp_path, text)
    assert sorted(e.number for e in listing.employees) == ["1", "2", "4"]


def test_the_last_day_worked_alone_still_ends_employment(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Leder", "Sidste arbejdsdag"),
            (1, "Ida Holm", None, None),
            (2, "Bo Lund", "Ida Holm", "02.11.2026"),
            (3, "Per Dam", "Ida Holm", None)]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "3"]


def test_a_column_of_the_same_adviser_on_every_row_is_no_level_above_the_head(
        tmp_path: Path) -> None:
    """Two columns left of the nearest leader name people of the list on every row (the HR
    partner and the payroll officer, the same two everywhere): they are no levels of leaders,
    as the leader column puts both under the head of all, so the head (no leader of her own) is
    not given one of them as her leader."""
    rows = [("Nr", "Navn", "Afdeling", "HR-partner", "Lønkonsulent", "Nærmeste leder")]
    people = [(1, "Karin Holm", "Direktion", ""), (2, "Ulla Berg", "HR", "Karin Holm"),
              (3, "Mads Lund", "HR", "Ulla Berg"), (4, "Tove Dam", "HR", "Ulla Berg"),
              (5, "Per Kok", "Drift", "Karin Holm"), (6, "Ib Ravn", "Drift", "Per Kok"),
              (7, "Eva Juhl", "Drift", "Per Kok")]
    rows += [(n, name, unit, "Mads Lund", "Tove Dam", leader or None)
             for n, name, unit, leader in people]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Karin Holm", "3": "Ulla Berg", "4": "Ulla Berg",
                   "5": "Karin Holm", "6": "Per Kok", "7": "Per Kok"}


def test_a_column_of_changes_gives_starts_and_moves_with_their_days(tmp_path: Path) -> None:
    """Beside a list as it stood last month, a column of changes and the day each takes
    effect: a start to come has not begun, one gone by has; a move gone by gives the row its
    new department and the leader it names, one to come leaves the row as it is."""
    rows = [("Medarbejdere pr. 1. november 2026 med ændringer",), (None,),
            ("Nr.", "Navn", "Afdeling", "Leder", "Ændring", "Pr. dato"),
            (10, "Lis Hald", "Ledelse", None, None, None),
            (11, "Ole Bak", "Salg", "Lis Hald", None, None),
            (12, "Kim Friis", "Salg", "Ole Bak", "Ny medarbejder – starter", "11.01.2027"),
            (13, "Ane Lind", "Salg", "Ole Bak", "Ny medarbejder – starter", "01.12.2026"),
            (14, "Jan Sand", "Lager", "Lis Hald", None, None),
            (15, "Mia Krog", "Lager", "Jan Sand", "Overflyttes til Salg, ny leder Ole Bak",
             "02.12.2026"),
            (16, "Per Vang", "Lager", "Jan Sand", "Overflyttes til Salg, ny leder Ole Bak",
             "01.02.2027"),
            (17, "Bo Storm", "Lager", "Jan Sand", "Fratræder", "30.11.2026")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert sorted(got) == ["10", "11", "13", "14", "15", "16"]
    assert got["15"] == ("Salg", "Ole Bak")
    assert got["16"] == ("Lager", "Jan Sand")


def test_a_leader_given_as_a_post_and_its_unit_is_who_holds_it_there(tmp_path: Path) -> None:
    """A leader column of posts, where several people share a title: "Teamleder (Lager)" is
    the one team leader whose department is Lager; a post with a unit nobody holds it in is
    not guessed to be another unit's holder."""
    rows = [("Nr", "Navn", "Titel", "Afd.", "Nærmeste leder"),
            (1, "Rita Holm", "Driftschef", "Ledelse", None),
            (2, "Bo Lund", "Teamleder", "Lager", "Driftschef"),
            (3, "Eva Kok", "Teamleder", "Pak", "Driftschef"),
            (4, "Ib Ravn", "Lagerarbejder", "Lager", "Teamleder (Lager)"),
            (5, "Ane Juhl", "Pakker", "Pak", "Teamleder (Pak)"),
            (6, "Lis Berg", "Pakker", "Pak", "Teamleder (Pak)"),
            (7, "Ole Dam", "Chauffør", "Kørsel", "Teamleder (Kørsel)")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got["4"] == "Bo Lund"
    assert got["5"] == got["6"] == "Eva Kok"
    assert got["2"] == "Rita Holm"
    assert got["7"] not in ("Bo Lund", "Eva Kok")


def test_a_flag_of_unit_leaders_over_paths_leads_up_the_path(tmp_path: Path) -> None:
    """Units as paths and a yes/no column marking each unit's leader: the others of a unit are
    led by its marked person, a marked person by the one marked in the nearest unit up the
    path, and a unit nobody is marked in by the one marked above it."""
    rows = [("Lønnr", "Navn", "Enhed", "Enhedsleder")]
    people = [(1, "Rita Holm", "Region > Drift", "Ja"),
              (2, "Bo Lund", "Region > Drift > Værksted", "Ja"),
              (3, "Ole Dam", "Region > Drift > Værksted", "Nej"),
              (4, "Eva Kok", "Region > Drift > Værksted > Lakering", "Ja"),
              (5, "Ib Ravn", "Region > Drift > Værksted > Lakering", "Nej"),
              (6, "Ane Juhl", "Region > Drift > Lager", "Nej"),
              (7, "Lis Berg", "Region > Drift > Lager", "Nej"),
              (8, "Per Vang", "Region > Drift", "Nej")]
    listing = read(tmp_path, {"Ark1": rows + people})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Rita Holm", "3": "Bo Lund", "4": "Bo Lund", "5": "Eva Kok",
                   "6": "Rita Holm", "7": "Rita Holm", "8": "Rita Holm"}


def test_a_note_naming_a_round_series_of_numbers_as_not_staff(tmp_path: Path) -> None:
    """A note over the header that a round series of numbers ("700-serien", "7xx-numre") are
    temps from an agency: the numbers of that length that begin with its digits get no form,
    a longer number that begins so is not of the series."""
    for series in ("700-serien", "7xx-numre"):
        rows = [("Personale",),
                (f"Bemærk: {series} er vikarer fra bureau og skal ikke have MUS.",), (None,),
                ("Nr", "Navn", "Leder"),
                (1001, "Rita Holm", None), (1002, "Bo Lund", "Rita Holm"),
                (701, "Ole Dam", "Bo Lund"), (702, "Eva Kok", "Bo Lund"),
                (7001, "Ib Ravn", "Bo Lund")]
        listing = read(tmp_path, {"Ark1": rows})
        assert sorted(e.number for e in listing.employees) == ["1001", "1002", "7001"], series


def test_a_note_that_some_have_left_or_moved_without_naming_them_refuses(
        tmp_path: Path) -> None:
    """A line over the list that it is out of date, some having left or changed leader
    without saying who: nobody can tell who gets a form, so the list is refused with the
    note's row; where the list itself marks its leavers, such a note speaks of them."""
    people = [(1, "Rita Holm", None, None), (2, "Bo Lund", "Rita Holm", None),
              (3, "Ole Dam", "Bo Lund", None), (4, "Eva Kok", "Bo Lund", None)]
    for note in ("Bemærk: enkelte af dem er fratrådt siden august, og flere har fået ny leder",
                 "NB – some people have left since the merger"):
        rows = [("Hold og ledere",), (note,), ("Nr", "Navn", "Leder", "Status"), *people]
        with pytest.raises(SpreadsheetError, match="row 2"):
            read(tmp_path, {"Ark1": rows})
    rows = [("Hold og ledere",), ("Enkelte er fratrådt siden sidst, se Status",),
            ("Nr", "Navn", "Leder", "Status"), *people[:3], (4, "Eva Kok", "Bo Lund", "Fratrådt")]
    assert sorted(e.number for e in read(tmp_path, {"Ark1": rows}).employees) == ["1", "2", "3"]


def test_a_unit_called_customers_is_no_customer(tmp_path: Path) -> None:
    """A column of the units above the departments, one of them "Kunder" (customer service
    and sales under it): its people are staff, not customers; a kind column's "Kunde" still
    says a customer."""
    rows = [("Nr", "Navn", "Afdeling", "Hovedområde", "Leder", "Type")]
    people = [(1, "Rita Holm", "Direktion", "Ledelse", None, "Ansat"),
              (2, "Bo Lund", "Kundeservice", "Kunder", "Rita Holm", "Ansat"),
              (3, "Ole Dam", "Kundeservice", "Kunder", "Bo Lund", "Ansat"),
              (4, "Eva Kok", "Salg", "Kunder", "Bo Lund", "Ansat"),
              (5, "Ib Ravn", "Salg", "Kunder", "Bo Lund", "Ansat"),
              (6, "Ane Juhl", "Lager", "Drift", "Rita Holm", "Ansat"),
              (7, "Per Vang", "Lager", "Drift", "Ane Juhl", "Kunde")]
    listing = read(tmp_path, {"Ark1": rows + people})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "3", "4", "5", "6"]


def test_block_headings_with_dots_and_a_note_of_leavers_by_dashes(tmp_path: Path) -> None:
    """Block headings that set the leader's address apart with a middle dot or a bullet
    ("Værksted — mester: Ole Dam · od@smedie.dk"), and a note under the list naming who has
    left, the person and the leaving set apart by a dash ("1004 Ib Ravn – stoppet
    31.10.2026"): each block led by its heading's leader, the leaver out."""
    rows = [("Smedien – personale",), ("Nr", "Navn", "Stilling"),
            ("Værksted — mester: Ole Dam · od@smedie.dk",),
            (1001, "Ole Dam", "Mester"), (1002, "Eva Kok", "Smed"), (1004, "Ib Ravn", "Smed"),
            ("Kontor — leder: Lis Berg • lb@smedie.dk",),
            (1003, "Lis Berg", "Kontorleder"), (1005, "Bo Lund", "Bogholder"),
            (None,), ("Stoppet:",), ("1004 Ib Ravn – stoppet 31.10.2026",)]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert sorted(got) == ["1001", "1002", "1003", "1005"]
    assert got["1002"] == ("Værksted", "Ole Dam", "od@smedie.dk")
    assert got["1005"] == ("Kontor", "Lis Berg", "lb@smedie.dk")


def test_decorated_headings_and_a_leader_line_saying_whom_the_leader_reports_to(
        tmp_path: Path) -> None:
    """Blocks under headings set off by signs ("*** Lager ***"), each with a leader line
    under it that says whom that leader reports to ("Leder: Bo Lund (bl@…) - refererer til
    driftschef Eva Kok"): the department is the heading's words, the block's people are led
    by the line's leader, and that leader by the one the line names."""
    text = ("Nr;Navn;Stilling\n"
            "*** Ledelse ***;;\n"
            "Leder: Rita Holm (rh@firma.dk);;\n"
            "1;Rita Holm;Direktør\n"
            "2;Eva Kok;Driftschef\n"
            "*** Lager ***;;\n"
            "Leder: Bo Lund (bl@firma.dk) - refererer til driftschef Eva Kok;;\n"
            "3;Bo Lund;Lagerleder\n"
            "4;Ole Dam;Lagerarbejder\n"
            "*** Kontor ***;;\n"
            "Leder: Lis Berg (lb@firma.dk) - refererer til direktør Rita Holm;;\n"
            "5;Lis Berg;Kontorleder\n"
            "6;Ib Ravn;Bogholder\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["4"] == ("Lager", "Bo Lund")
    assert got["3"] == ("Lager", "Eva Kok")
    assert got["5"] == ("Kontor", "Rita Holm")
    assert got["2"] == ("Ledelse", "Rita Holm")


def test_of_heads_given_as_their_own_leaders_the_one_chief_heads_the_others(
        tmp_path: Path) -> None:
    """Each head of a unit is given as their own leader, and no title says anyone heads the
    whole: where one head's title is a chief's ("Havnechef") and the others' leaders'
    ("Driftsleder", "Kontorleder"), the others report to the chief."""
    rows = [("Nr", "Navn", "Afdeling", "Stilling", "Leder"),
            (1, "Rita Holm", "Stab", "Havnechef", "Rita Holm"),
            (2, "Bo Lund", "Drift", "Driftsleder", "Bo Lund"),
            (3, "Ole Dam", "Drift", "Havnearbejder", "Bo Lund"),
            (4, "Lis Berg", "Kontor", "Kontorleder", "Lis Berg"),
            (5, "Ib Ravn", "Kontor", "Assistent", "Lis Berg"),
            (6, "Eva Kok", "Stab", "Controller", "Rita Holm")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Rita Holm", "3": "Bo Lund", "4": "Rita Holm",
                   "5": "Lis Berg", "6": "Rita Holm"}


def test_a_remark_that_a_season_ended_on_a_day_gone_by(tmp_path: Path) -> None:
    """"Sæsonarbejder – sluttede 15.11.2026" in a remark: the past tense of ending, with its
    day gone by, is a leaving; a season to come is not."""
    rows = [("Nr", "Navn", "Leder", "Bemærkning"),
            (1, "Rita Holm", None, None), (2, "Bo Lund", "Rita Holm", None),
            (3, "Ole Dam", "Bo Lund", "Sæsonarbejder – sluttede 15.11.2026"),
            (4, "Eva Kok", "Bo Lund", "Sæsonarbejder til 31.03.2027")]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "4"]


def test_a_sheet_of_absences_and_leavings_takes_out_only_those_who_have_left(
        tmp_path: Path) -> None:
    """A second sheet with a part of absences ("Fravær": barsel, orlov, released from work
    until a day to come) over a part of leavings ("Fratrædelser"): only a leaving on a day
    gone by takes someone out; those absent keep their form, and a leaving to come leaves the
    list as it is."""
    staff = [("Nr", "Navn", "Leder"), (1, "Rita Holm", None), (2, "Bo Lund", "Rita Holm"),
             (3, "Ole Dam", "Bo Lund"), (4, "Eva Kok", "Bo Lund"), (5, "Ib Ravn", "Bo Lund"),
             (6, "Lis Berg", "Rita Holm"), (7, "Per Vang", "Lis Berg")]
    other = [("Fravær",), ("Nr", "Navn", "Type", "Periode"),
             (3, "Ole Dam", "Barsel", "01.09.2026 – 30.06.2027"),
             (4, "Eva Kok", "Fritstillet i opsigelsen", "til 31.01.2027"), (None,),
             ("Fratrædelser",), ("Nr", "Navn", "Fratrædelsesdato", "Årsag"),
             (5, "Ib Ravn", "31.10.2026", "Egen opsigelse"),
             (7, "Per Vang", "28.02.2027", "Egen opsigelse")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Fravær og fratrædelser": other})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "3", "4", "6", "7"]


def test_a_sentence_of_who_reports_to_whom_is_no_heading_of_a_unit(tmp_path: Path) -> None:
    """A line over the header that says whom two kinds of people report to ("Formændene
    refererer til driftschef Eva Kok; kontoret til direktør Rita Holm") is no heading of a
    unit and its leader: it had become everyone's department, with the first name as
    everyone's leader. Without a leader column, nobody's leader is found (and `mus check`
    refuses the list for it)."""
    rows = [("Formændene refererer til driftschef Eva Kok; kontoret til direktør Rita Holm.",),
            (None,), ("Nr", "Navn", "Hold"),
            (1, "Rita Holm", "Kontor"), (2, "Eva Kok", "Kontor"), (3, "Bo Lund", "Hold A"),
            (4, "Ole Dam", "Hold A"), (5, "Lis Berg", "Hold B"), (6, "Ib Ravn", "Hold B")]
    listing = read(tmp_path, {"Ark1": rows})
    assert {(e.department, e.leader) for e in listing.employees} <= {
        ("", ""), ("Kontor", ""), ("Hold A", ""), ("Hold B", "")}


def test_a_sheet_of_the_leaders_that_the_headings_name_is_part_of_the_list(
        tmp_path: Path) -> None:
    """Blocks under headings that name each block's leader ("Område Nord – områdeleder: Bo
    Lund"), the leaders themselves only on a sheet of their own (number, name, mail, whom they
    report to, the head to a chief outside the list): that sheet is part of the list, and each
    block's leader is found there."""
    staff = [("Nr", "Navn", "Stilling", "Mail", "Bil", "Note"),
             ("Område Nord – områdeleder: Bo Lund",),
             (11, "Ole Dam", "Tekniker", "od@firma.dk", "Bil 4"),
             (12, "Eva Kok", "Tekniker", "ek@firma.dk", "Bil 7", "Barsel"),
             (15, "Jan Sand", "Tekniker", "js@firma.dk", "Bil 3"),
             ("Område Syd – områdeleder: Lis Berg",),
             (13, "Ib Ravn", "Tekniker", "ir@firma.dk", "Bil 2"),
             (14, "Per Vang", "Tekniker", "pv@firma.dk", "Bil 9"),
             (16, "Mia Krog", "Tekniker", "mk@firma.dk", "Bil 5"),
             (17, "Kim Friis", "Tekniker", "kf@firma.dk", "Bil 1")]
    leaders = [("Nr", "Navn", "Titel", "Område", "Mail", "Refererer til"),
               (1, "Rita Holm", "Direktør", "Drift", "rh@firma.dk", "Koncernchef (moder)"),
               (2, "Bo Lund", "Områdeleder", "Område Nord", "bl@firma.dk", "Rita Holm"),
               (3, "Lis Berg", "Områdeleder", "Område Syd", "lb@firma.dk", "Rita Holm")]
    listing = read(tmp_path, {"Teknikere": staff, "Ledelse": leaders})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert sorted(got) == ["1", "11", "12", "13", "14", "15", "16", "17", "2", "3"]
    assert got["11"] == ("Bo Lund", "bl@firma.dk")
    assert got["14"] == ("Lis Berg", "lb@firma.dk")
    assert got["2"] == ("Rita Holm", "rh@firma.dk")


def test_a_leader_given_by_a_role_code_that_one_person_holds(tmp_path: Path) -> None:
    """"Rapporterer til" gives a role's code ("TL-LAGER"); a column of role codes holds each
    leader's code on their own row only, while the staff's codes ("LAG") are shared: each
    leader is the one holding that code."""
    text = ("Nr,Navn,Rollekode,Rapporterer til\n"
            "1,Rita Holm,DIR,\n"
            "2,Bo Lund,TL-LAGER,DIR\n"
            "3,Ole Dam,LAG,TL-LAGER\n"
            "4,Eva Kok,LAG,TL-LAGER\n"
            "5,Lis Berg,TL-KONTOR,DIR\n"
            "6,Ib Ravn,ADM,TL-KONTOR\n"
            "7,Per Vang,ADM,TL-KONTOR\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Rita Holm", "3": "Bo Lund", "4": "Bo Lund",
                   "5": "Rita Holm", "6": "Lis Berg", "7": "Lis Berg"}


def test_a_post_in_the_definite_form_with_its_consonant_doubled(tmp_path: Path) -> None:
    """"Hofmarskallen", "Kokken": a leader given by a post in the definite form, its last
    consonant doubled before the ending, is who holds the post ("Hofmarskal", "Kok")."""
    rows = [("Nr", "Navn", "Stilling", "Nærmeste foresatte"),
            (1, "Rita Holm", "Hofmarskal", None), (2, "Bo Lund", "Kok", "Hofmarskallen"),
            (3, "Ole Dam", "Køkkenmedhjælper", "Kokken"), (4, "Eva Juhl", "Opvasker", "Kokken")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Rita Holm", "3": "Bo Lund", "4": "Bo Lund"}


def test_a_units_sheet_of_paths_leads_up_the_path(tmp_path: Path) -> None:
    """Units as paths and a sheet giving some paths' leaders by number: a unit's own leader is
    led by the leader of the nearest unit up the path, and a unit the sheet gives no leader
    is led by the nearest one above it."""
    staff = [("Nr", "Navn", "Enhed"),
             (1, "Rita Holm", "Firma"), (2, "Bo Lund", "Firma > Drift"),
             (3, "Ole Dam", "Firma > Drift"), (4, "Eva Kok", "Firma > Drift > Lager"),
             (5, "Ib Ravn", "Firma > Drift > Lager"), (6, "Lis Berg", "Firma > Drift > Værksted"),
             (7, "Per Vang", "Firma > Salg")]
    units = [("Enhed", "Leder (nr.)"), ("Firma", 1), ("Firma > Drift", 2),
             ("Firma > Drift > Lager", 4), ("Firma > Salg", 1)]
    listing = read(tmp_path, {"Ansatte": staff, "Enheder": units})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Rita Holm", "3": "Bo Lund", "4": "Bo Lund",
                   "5": "Eva Kok", "6": "Bo Lund", "7": "Rita Holm"}


def test_a_status_of_a_card_shut_because_it_was_lost_is_no_leaving(tmp_path: Path) -> None:
    """"Spærret – mistet kort" in the status: the card is shut, not its holder's employment;
    "Spærret – fratrådt" is a leaving."""
    rows = [("Nr", "Navn", "Leder", "Status"),
            (1, "Rita Holm", None, "Aktiv"), (2, "Bo Lund", "Rita Holm", "Spærret – mistet kort"),
            (3, "Ole Dam", "Rita Holm", "Spærret – fratrådt"), (4, "Eva Kok", "Rita Holm", "Aktiv")]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "4"]


def test_a_status_cell_of_dated_events_is_read_by_its_latest(tmp_path: Path) -> None:
    """A status cell that is a history, one dated event a line: the latest event says where
    things stand (a rehiring undoes an earlier leaving; a notice whose own leaving day is to
    come keeps them; a hiring to come has not begun; a leaving gone by takes them out)."""
    rows = [("Nr", "Navn", "Leder", "Status"),
            (1, "Rita Holm", None, "01.02.2015 Ansat"),
            (2, "Bo Lund", "Rita Holm",
             "01.03.2016 Ansat\n30.06.2024 Fratrådt\n01.11.2026 Genansat"),
            (3, "Ole Dam", "Rita Holm",
             "05.05.2019 Ansat\n02.11.2026 Opsagt – fratræder 28.02.2027"),
            (4, "Eva Kok", "Rita Holm", "25.11.2026 Kontrakt underskrevet\n01.02.2027 Tiltræder"),
            (5, "Ib Ravn", "Rita Holm", "10.10.2018 Ansat\n30.11.2026 Fratrådt")]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "3"]


def test_a_hiring_called_off_and_a_start_in_a_month_to_come(tmp_path: Path) -> None:
    """Remarks: "Mødte ikke op – kontrakten annulleret" (a hiring called off: never employed),
    "starter i februar" (a start in a month to come, its year the nearest: not begun);
    "opsigelse annulleret" (a notice taken back) keeps them."""
    rows = [("Nr", "Navn", "Leder", "Note"),
            (1, "Rita Holm", None, None),
            (2, "Bo Lund", "Rita Holm", "Mødte ikke op – kontrakten annulleret"),
            (3, "Ole Dam", "Rita Holm", "starter i februar"),
            (4, "Eva Kok", "Rita Holm", "opsigelse annulleret"),
            (5, "Ib Ravn", "Rita Holm", None)]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "4", "5"]


def test_a_work_team_is_the_department(tmp_path: Path) -> None:
    """"Arbetslag" (a Swedish school's work team), "Arbejdshold": the unit each one works in."""
    for header in ("Arbetslag", "Arbejdshold"):
        rows = [("Nr", "Navn", header, "Leder"), (1, "Rita Holm", "Ledning", None),
                (2, "Bo Lund", "F–3", "Rita Holm"), (3, "Ole Dam", "F–3", "Rita Holm"),
                (4, "Eva Kok", "4–6", "Rita Holm"), (5, "Ib Ravn", "4–6", "Rita Holm")]
        listing = read(tmp_path, {"Ark1": rows})
        assert [e.department for e in listing.employees] == [
            "Ledning", "F–3", "F–3", "4–6", "4–6"], header


def test_a_status_that_starts_on_a_day_without_its_year(tmp_path: Path) -> None:
    """"Starter 4/1" in December: the nearest 4 January is to come, so not begun; "Startet
    16/11" has begun."""
    rows = [("Nr", "Navn", "Leder", "Status"), (1, "Rita Holm", None, "I job"),
            (2, "Bo Lund", "Rita Holm", "Starter 4/1"),
            (3, "Ole Dam", "Rita Holm", "Startet 16/11"),
            (4, "Eva Kok", "Rita Holm", "I job")]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "3", "4"]


def test_two_columns_of_leaders_addresses_the_unit_leaders_and_the_one_above(
        tmp_path: Path) -> None:
    """No leader's name, two columns of addresses: each unit's leader (on their own row their
    own address) and the leader above the unit. The first is the leader; a unit leader is led
    by the one above; the head of all, with no one above, by nobody."""
    text = ("Nr\tNavn\tEnhed\tE-mail\tEnhedsleder (mail)\tOverordnet enhedsleder (mail)\n"
            "1\tRita Holm\tDirektion\trh@k.dk\trh@k.dk\t\n"
            "2\tBo Lund\tLøn\tbl@k.dk\tbl@k.dk\trh@k.dk\n"
            "3\tOle Dam\tLøn\tod@k.dk\tbl@k.dk\trh@k.dk\n"
            "4\tEva Kok\tLøn\tek@k.dk\tbl@k.dk\trh@k.dk\n"
            "5\tLis Berg\tIT\tlb@k.dk\tlb@k.dk\trh@k.dk\n"
            "6\tIb Ravn\tIT\tir@k.dk\tlb@k.dk\trh@k.dk\n")
    listing = read_csv(tmp_path, text, "utf-16")
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got == {"1": ("", ""), "2": ("Rita Holm", "rh@k.dk"), "3": ("Bo Lund", "bl@k.dk"),
                   "4": ("Bo Lund", "bl@k.dk"), "5": ("Rita Holm", "rh@k.dk"),
                   "6": ("Lis Berg", "lb@k.dk")}


def test_a_database_dump_of_people_deleted_and_contractors(tmp_path: Path) -> None:
    """A table dumped from a database: NULLs as \\N, a "deleted_at" timestamp for those who
    are gone, an "is_contractor" flag of t and f: the deleted and the contractors get no
    form."""
    text = ("employee_no\tfull_name\tdepartment_name\tmanager_no\tis_contractor\tdeleted_at\n"
            "1001\tRita Holm\tLedelse\t\\N\tf\t\\N\n"
            "1002\tBo Lund\tDrift\t1001\tf\t\\N\n"
            "1003\tOle Dam\tDrift\t1002\tt\t\\N\n"
            "1004\tEva Kok\tDrift\t1002\tf\t2026-10-31 16:02:11.5+01\n"
            "1005\tIb Ravn\tDrift\t1002\tf\t\\N\n")
    listing = read_csv(tmp_path, text)
    assert sorted(e.number for e in listing.employees) == ["1001", "1002", "1005"]


def test_removed_members_agency_staff_and_an_offboarding_sheet(tmp_path: Path) -> None:
    """A member "Removed" has left; a staffing firm's nurse ("Bemanning (Dedicare AB)") is
    not employed here; someone on an "Offboarding" sheet with a day gone by has left."""
    staff = [("Nr", "Navn", "Leder", "Status", "Anställningsform"),
             (1, "Rita Holm", None, "Active", "Tillsvidare"),
             (2, "Bo Lund", "Rita Holm", "Active", "Tillsvidare"),
             (3, "Ole Dam", "Rita Holm", "Removed", "Tillsvidare"),
             (4, "Eva Kok", "Rita Holm", "Active", "Bemanning (Dedicare AB)"),
             (5, "Ib Ravn", "Rita Holm", "Active", "Tillsvidare"),
             (6, "Lis Berg", "Rita Holm", "Active", "Tillsvidare")]
    offboarding = [("Nr", "Navn", "Sidste dag"), (5, "Ib Ravn", "30.11.2026"),
                   (6, "Lis Berg", "31.01.2027")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Offboarding": offboarding})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "6"]


def test_teams_with_a_leader_line_under_their_heading_within_an_area(tmp_path: Path) -> None:
    """An area heading that names its chief, over teams each headed by its name and then a
    line naming its leader ("Teamleder: Kim Lund · kl@…"): each team's leader is led by the
    area's chief, the team's people by their team leader; a second area starts anew."""
    rows = [("Nr", "Navn", "Titel", "Mail"),
            ("LEDELSE – direktør Rita Holm",),
            (1, "Rita Holm", "Direktør", "rh@r.dk"), (2, "Bo Lund", "Chef", "bl@r.dk"),
            (3, "Eva Kok", "Chef", "ek@r.dk"), (None,),
            ("OMRÅDE NORD – chef Bo Lund",), ("Team Jord",), ("Teamleder: Kim Dam · kd@r.dk",),
            (4, "Kim Dam", "Teamleder", "kd@r.dk"), (5, "Ole Bak", "Ingeniør", "ob@r.dk"),
            (None,), ("Team Vand",), ("Teamleder: Lis Berg · lb@r.dk",),
            (6, "Lis Berg", "Teamleder", "lb@r.dk"), (7, "Ib Ravn", "Ingeniør", "ir@r.dk"),
            (None,), ("OMRÅDE SYD – chef Eva Kok",), ("Team Luft",),
            ("Teamleder: Per Vang · pv@r.dk",),
            (8, "Per Vang", "Teamleder", "pv@r.dk"), (9, "Mia Krog", "Ingeniør", "mk@r.dk")]
    listing = read(tmp_path, {"Ark1": rows})
    got = {e.number: e.leader for e in listing.employees}
    assert got == {"1": "", "2": "Rita Holm", "3": "Rita Holm", "4": "Bo Lund", "5": "Kim Dam",
                   "6": "Bo Lund", "7": "Lis Berg", "8": "Eva Kok", "9": "Per Vang"}


def test_a_letter_before_the_number_explained_under_the_list(tmp_path: Path) -> None:
    """"Bemærk: S foran medarbejdernummer = stoppet" under the list: the numbers written with
    that letter before them are of people who have left."""
    text = ("Nr;Navn;Leder\n1001;Rita Holm;\n1002;Bo Lund;Rita Holm\nS1003;Ole Dam;Bo Lund\n"
            "1004;Eva Kok;Bo Lund\nS1005;Ib Ravn;Bo Lund\n1006;Lis Berg;Bo Lund\n;;\n"
            "Bemærk: S foran medarbejdernummer = stoppet i år.;;\n")
    listing = read_csv(tmp_path, text)
    assert sorted(e.number for e in listing.employees) == ["1001", "1002", "1004", "1006"]


def test_a_place_of_work_beside_a_leader_column_of_posts_at_places(tmp_path: Path) -> None:
    """"Arbejdssted" is the department where a leader column names each leader by post and
    place ("Køkkenchef, Kantine Syd"): that column is no finer unit within the place."""
    rows = [("Nr", "Navn", "Arbejdssted", "Stilling", "Nærmeste leder (stilling)")]
    people = [(1, "Rita Holm", "Hovedkontor", "Direktør", None),
              (2, "Bo Lund", "Kantine Syd", "Køkkenchef", "Direktør"),
              (3, "Ole Dam", "Kantine Syd", "Kok", "Køkkenchef, Kantine Syd"),
              (4, "Eva Kok", "Kantine Syd", "Kok", "Køkkenchef, Kantine Syd"),
              (5, "Lis Berg", "Kantine Nord", "Køkkenchef", "Direktør"),
              (6, "Ib Ravn", "Kantine Nord", "Kok", "Køkkenchef, Kantine Nord"),
              (7, "Per Vang", "Kantine Nord", "Kok", "Køkkenchef, Kantine Nord"),
              (8, "Mia Krog", "Hovedkontor", "Bogholder", "Direktør")]
    listing = read(tmp_path, {"Ark1": rows + people})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["3"] == ("Kantine Syd", "Bo Lund")
    assert got["7"] == ("Kantine Nord", "Lis Berg")
    assert got["8"] == ("Hovedkontor", "Rita Holm")


def test_a_planning_systems_resources_of_people_things_and_externals(tmp_path: Path) -> None:
    """A resource list whose "Type" is Person, Equipment, Room or "Person (ext.)": only the
    people of the firm get forms."""
    text = ("ResourceID\tName\tType\tManagerID\n1101\tRita Holm\tPerson\t\n"
            "1102\tBo Lund\tPerson\t1101\nEQ-01\tMobilkran 60 t\tEquipment\t1101\n"
            "1103\tOle Dam\tPerson\t1102\nR-2\tMødelokale 2\tRoom\t1101\n"
            "9001\tVikar Kranfører (Adecco)\tPerson (ext.)\t1102\n1104\tEva Kok\tPerson\t1102\n")
    listing = read_csv(tmp_path, text)
    assert sorted(e.number for e in listing.employees) == ["1101", "1102", "1103", "1104"]


def test_a_note_under_the_list_that_someone_on_it_starts_later(tmp_path: Path) -> None:
    """"• 1005 Ib Ravn starter først 4/1-2027" under the list: on the list, but not begun."""
    rows = [("Nr", "Navn", "Leder"), (1001, "Rita Holm", None), (1002, "Bo Lund", "Rita Holm"),
            (1005, "Ib Ravn", "Bo Lund"), (1006, "Lis Berg", "Bo Lund"), (None,), ("Noter:",),
            ("• 1005 Ib Ravn starter først 4/1-2027 (er sat på listen)",)]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1001", "1002", "1006"]


def test_starts_written_as_of_a_day_or_where_the_end_date_stands(tmp_path: Path) -> None:
    """"Ansat pr." 04.01.2027 is a start to come (not begun); "Starter 01-02-2027" written in
    the leaving column is one too, while a leaving gone by there is a leaving."""
    rows = [("Nr", "Navn", "Leder", "Ansat pr.", "Fratrådt"),
            (1, "Rita Holm", None, "01.02.2015", None),
            (2, "Bo Lund", "Rita Holm", "01.03.2019", None),
            (3, "Ole Dam", "Rita Holm", "04.01.2027", None),
            (4, "Eva Kok", "Rita Holm", None, "Starter 01-02-2027"),
            (5, "Ib Ravn", "Rita Holm", "05.05.2020", "31.10.2026"),
            (6, "Lis Berg", "Rita Holm", "06.06.2021", None)]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "6"]


def test_the_employment_end_written_short(tmp_path: Path) -> None:
    """"Ans.slut" (the employment's end, written short) beside "Ans.start": a day gone by has
    ended the employment."""
    rows = [("Tjnr.", "Navn", "Leder", "Ans.start", "Ans.slut"),
            (1, "Rita Holm", None, "01.02.2015", None),
            (2, "Bo Lund", "Rita Holm", "01.03.2019", "30.11.2026"),
            (3, "Ole Dam", "Rita Holm", "04.05.2020", "31.03.2027"),
            (4, "Eva Kok", "Rita Holm", "06.06.2021", None)]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "3", "4"]


def test_a_first_day_still_awaited(tmp_path: Path) -> None:
    """"Første arbejdsdag": "afventer opholdstilladelse" (awaiting a residence permit): no
    first day yet, so not begun; a first day gone by has begun."""
    rows = [("Nr", "Navn", "Leder", "Første arbejdsdag"),
            (1, "Rita Holm", None, "01.02.2015"), (2, "Bo Lund", "Rita Holm", "17.11.2026"),
            ("NY-3", "Ole Dam", "Rita Holm", "afventer opholdstilladelse"),
            (4, "Eva Kok", "Rita Holm", "06.06.2021")]
    listing = read(tmp_path, {"Ark1": rows})
    assert sorted(e.number for e in listing.employees) == ["1", "2", "4"]


def test_a_management_line_of_addresses(tmp_path: Path) -> None:
    """"Ledelseslinje": the leaders' addresses from the top down, joined by " / ": the last
    is the nearest leader, found by their address."""
    text = ("Nr;Navn;Ledelseslinje;Mail\n1;Rita Holm;;rh@f.dk\n2;Bo Lund;rh@f.dk;bl@f.dk\n"
            "3;Ole Dam;rh@f.dk / bl@f.dk;od@f.dk\n4;Eva Kok;rh@f.dk / bl@f.dk;ek@f.dk\n"
            "5;Ib Ravn;rh@f.dk / bl@f.dk / ek@f.dk;ir@f.dk\n6;Lis Berg;rh@f.dk;lb@f.dk\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["3"] == ("Bo Lund", "bl@f.dk")
    assert got["5"] == ("Eva Kok", "ek@f.dk")
    assert got["2"] == ("Rita Holm", "rh@f.dk")
