"""Stop 46 of #20: rules found by fresh held-out exports, each by the rule behind its example."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets.leadertext import leads
from tests.sheets.reading import read, read_csv


def test_a_unit_named_as_a_thing_is_a_unit_not_a_thing(tmp_path: Path) -> None:
    """A thing's name ("Ressource", "Terminal") says no person in the job title's column only:
    an airport's unit "Terminal", in a unit column that also holds the volunteers' group,
    keeps its people (the volunteers are still no employees)."""
    staff = [(30 + i, f"Person {c}sen", "Terminal", "Mads Kragh") for i, c in enumerate("ABCD")]
    listing = read(tmp_path, {"Medlemmer": [
        ("Medlemsnr", "Navn", "Afdeling", "Nærmeste leder"),
        (20, "Hans Friis", "Direktion", None), (21, "Mads Kragh", "Terminal", "Hans Friis"),
        *staff, (91, "Allan Petersen", "Frivillige", None), (92, "Eva Bach", "Frivillige", None)]})
    assert [e.number for e in listing.employees] == ["20", "21", "30", "31", "32", "33"]
    assert listing.employees[-1].department == "Terminal"
    assert {a.number for a in listing.leavers} == {"91", "92"}


def test_a_name_column_of_initials_is_refused(tmp_path: Path) -> None:
    """Moment's staff list names everyone by initials ("IBAE", "TCH") beside a number: forms
    would be addressed to initials, so the list is refused, saying what to add. Names in
    capitals, and a few initials among names, are still names."""
    people = ["IBAE", "TCH", "CNOE", "LMOE", "NPE", "SRA", "LLU", "PTH"]
    rows = [("Medarbejder", "Medarbejdernr", "Afdeling", "Leder"),
            *((who, 100 + i, "Revision", "IBAE" if i else None) for i, who in enumerate(people))]
    with pytest.raises(SpreadsheetError, match='"Medarbejder" holds initials, not names'):
        read(tmp_path, {"Medarbejdere": rows})
    named = ["Inge Bæk", "Tor Christensen", "CNOE", "Lone Møller", "Nina Pedersen", "Søren Ravn",
             "Lars Lund", "Peter Thomsen"]
    rows = [("Medarbejder", "Medarbejdernr", "Afdeling", "Leder"),
            *((who, 100 + i, "Revision", "Inge Bæk" if i else None)
              for i, who in enumerate(named))]
    assert len(read(tmp_path, {"Medarbejdere": rows}).employees) == 8


def test_seasons_in_a_column_headed_ansat(tmp_path: Path) -> None:
    """A cemetery's "Ansat": "Helårs" beside "Sæson 15.03.–30.09.2026" (over: no form) and
    "Sæson 01.10.2026–31.03.2027" (under way: the period's first day is no last day)."""
    listing = read(tmp_path, {"Personale": [
        ("Løn nr.", "Navn", "Kirkegård", "Ansat", "Nærmeste leder"),
        (1, "Torben Damgaard", "Administration", "Helårs", None),
        (2, "Rui Gonçalves", "Vestre", "Helårs", "Torben Damgaard"),
        (3, "Yusuf Ali", "Vestre", "Sæson 15.03.–30.09.2026", "Rui Gonçalves"),
        (4, "Jens Pedersen", "Vestre", "Sæson 01.10.2026–31.03.2027", "Rui Gonçalves"),
        (5, "Per Bach", "Vestre", "Helårs", "Rui Gonçalves"),
        (6, "Åse Nørgaard", "Vestre", "Sæson 01.04.–31.10.2026", "Rui Gonçalves"),
        (7, "Bo Lind", "Vestre", "Sæson 01.04.–31.10.2027", "Rui Gonçalves")]})
    assert [e.number for e in listing.employees] == ["1", "2", "4", "5"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("3", 'Ansat "Sæson 15.03.–30.09.2026": the period is over'),
        ("6", 'Ansat "Sæson 01.04.–31.10.2026": the period is over'),
        ("7", 'Ansat "Sæson 01.04.–31.10.2027": has not begun')]
    assert not listing.warnings


def test_a_record_valid_until_a_day_passed_has_left(tmp_path: Path) -> None:
    """Columna's user export: "Gyldig fra" / "Gyldig til", one row per person: a day passed in
    "Gyldig til" has closed the person's record (no form, listed), one to come has not."""
    listing = read_csv(tmp_path, "\n".join([
        "Brugernavn;Fornavn;Efternavn;Lønnummer;Nærmeste leder;Gyldig fra;Gyldig til",
        "RSJMJ;Maja;Johansen;10001;;2001-01-01;",
        "RSJAC;Anne;Christensen;57309;Maja Johansen;2007-01-21;",
        "RSJGO;Gitte;Olsen;51368;Maja Johansen;2001-06-28;2026-06-12",
        "RSJTB;Torben;Bæk;77627;Maja Johansen;2015-02-10;2027-02-07",
        "RSJKL;Karl;Lund;77628;Maja Johansen;2015-02-10;"]) + "\n")
    assert [e.number for e in listing.employees] == ["10001", "57309", "77627", "77628"]
    assert [a.number for a in listing.leavers] == ["51368"]


def test_units_led_apart_by_a_slash_and_the_leaders_as_a_group(tmp_path: Path) -> None:
    """A hospice's "Leder for": "Pleje Nord / Pleje Syd" (a spaced slash between two of the
    list's units), and the chief's "Ledelse og administration; afdelingslederne": she leads
    her unit and the leaders who lead a unit of their own."""
    rows = [("Medarbejdernr.", "Navn", "Afdeling", "Stilling", "Leder for", "E-mail"),
            ("004", "Morten Madsen", "Ledelse og administration", "Hospicechef",
             "Ledelse og administration; afdelingslederne", "mm@h.dk"),
            ("006", "Asger Bach", "Pleje Nord", "Afdelingsleder", "Pleje Nord / Pleje Syd",
             "ab@h.dk"),
            ("019", "Ebbe Ågesen", "Køkken", "Køkkenleder", "Køkken", "ea@h.dk"),
            ("083", "Gitte Holm", "Pleje Nord", "Sygeplejerske", None, "gh@h.dk"),
            ("021", "Vibeke Holm", "Pleje Syd", "Sygeplejerske", None, "vh@h.dk"),
            ("031", "Bo Lund", "Køkken", "Kok", None, "bl@h.dk"),
            ("040", "Eva Ravn", "Ledelse og administration", "Sekretær", None, "er@h.dk")]
    listing = read(tmp_path, {"Personale": rows})
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("004", "", ""), ("006", "Morten Madsen", "mm@h.dk"), ("019", "Morten Madsen", "mm@h.dk"),
        ("083", "Asger Bach", "ab@h.dk"), ("021", "Asger Bach", "ab@h.dk"),
        ("031", "Ebbe Ågesen", "ea@h.dk"), ("040", "Morten Madsen", "mm@h.dk")]
    [said] = [n for n in listing.notes if n.kind == "leaders-of-units"]
    assert "row 2 names the leaders as a group" in said.what


def test_the_owner_of_a_small_firm_leads_by_title(tmp_path: Path) -> None:
    """A hair salon chain with no leader column: each salon's "Salonchef" leads it, and the
    "Indehaver" leads the head office and, as its head, the salon chefs (a "Gadefejer", a
    sweeper, leads nothing)."""
    rows = [("Nr", "Navn", "Salon", "Titel"),
            (1, "Ole Lund", "Salon Strøget", "Salonchef"),
            (2, "Bo Kjær", "Salon Strøget", "Frisør"),
            (3, "Eva Holm", "Salon Strøget", "Frisørelev"),
            (4, "Ida Bach", "Salon Valby", "Frisør"),
            (5, "Pia Ravn", "Salon Valby", "Salonchef"),
            (6, "Hans Berg", "Hovedkontor", "Indehaver"),
            (7, "Lis Friis", "Hovedkontor", "Receptionist"),
            (8, "Kim Dahl", "Hovedkontor", "Gadefejer")]
    listing = read(tmp_path, {"Ansatte": rows})
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", "Hans Berg"), ("2", "Ole Lund"), ("3", "Ole Lund"), ("4", "Pia Ravn"),
        ("5", "Hans Berg"),
        ("6", ""), ("7", "Hans Berg"), ("8", "Hans Berg")]


@pytest.mark.parametrize(("head", "rows", "out"), [
    # Icelandic dk Laun: "Óvirkur" (inactive) is no misspelt "virkur" (active)
    (("Númer", "Nafn", "Deild", "Yfirmaður", "Netfang", "Staða"),
     [(1, "Anna Sigurðardóttir", "Sala", None, "a@h.is", "Virkur"),
      (2, "Björn Gunnarsson", "Sala", 1, "b@h.is", "Virkur"),
      (3, "Hildur Gunnarsdóttir", "Sala", 1, "h@h.is", "Óvirkur"),
      (4, "Jón Jónsson", "Sala", 1, "j@h.is", "Í fæðingarorlofi")], ["3"]),
    # Polish Symfonia: "Data zwolnienia" (the day of dismissal) passed
    (("Nr ewid.", "Nazwisko", "Imię", "Dział", "Przełożony", "Data zwolnienia"),
     [(5, "Woźniak", "Piotr", "Sprzedaż", None, None),
      (10, "Nowak", "Anna", "Sprzedaż", "Woźniak Piotr", "31.03.2026"),
      (11, "Lis", "Ewa", "Sprzedaż", "Woźniak Piotr", "31.03.2027")], ["10"]),
    # Estonian Merit Palk: "Töötaja kood", "Otsene juht", "Lepingu lõpp"
    (("Töötaja kood", "Nimi", "Osakond", "Otsene juht", "E-post", "Lepingu lõpp"),
     [(101, "Louise Kjær", "Juhatus", None, "l@e.ee", None),
      (113, "Maarja Järv", "Müük", "Louise Kjær", "m@e.ee", None),
      (137, "Triin Koppel", "Müük", "Louise Kjær", "t@e.ee", "08.06.2026")], ["137"]),
    # Lithuanian Rivilė: "Darbuotojo kodas", "Tiesioginis vadovas (kodas)", "Būsena"
    (("Darbuotojo kodas", "Vardas", "Pavardė", "Padalinys", "Tiesioginis vadovas (kodas)",
      "El. paštas", "Būsena"),
     [("D0028", "Giedrius", "Urbonas", "Administracija", None, "g@n.lt", "Dirba"),
      ("D0017", "Lina", "Petrauskienė", "Sandėlis", "D0028", "l@n.lt",
       "Vaiko priežiūros atostogos"),
      ("D0026", "Rūta", "Kazlauskienė", "Sandėlis", "D0028", "r@n.lt", "Atleista")], ["D0026"]),
    # Latvian Tildes Jumis: "Tab. Nr.", "Vārds, uzvārds", "Tiešais vadītājs", "Statuss"
    (("Tab. Nr.", "Vārds, uzvārds", "Struktūrvienība", "Tiešais vadītājs", "E-pasts", "Statuss"),
     [("0012", "Anna Jansone", "Noliktava", None, "a@d.lv", "Strādā"),
      ("0014", "Dace Bērziņa", "Noliktava", "Anna Jansone", "d@d.lv", "Atlaists"),
      ("0015", "Inese Liepa", "Noliktava", "Anna Jansone", "i@d.lv",
       "Bērna kopšanas atvaļinājumā")], ["0014"]),
    # Polish InsERT Gratyfikant: "Symbol" PR/0007 numbers the employee and her leader
    (("Symbol", "Nazwisko", "Imię", "Dział", "Kierownik", "Status"),
     [("PR/0017", "Nowak", "Jan", "Montaż", None, "zatrudniony"),
      ("PR/0003", "Wiśniewska", "Zofia", "Montaż", "PR/0017", "zatrudniony"),
      ("PR/0019", "Jabłońska", "Anna", "Montaż", "PR/0017", "zwolniony")], ["PR/0019"]),
])
def test_lists_of_a_danish_groups_baltic_and_icelandic_companies(
        tmp_path: Path, head: tuple[str, ...], rows: list[tuple[Any, ...]], out: list[str]
) -> None:
    """Headers and statuses of Iceland, Estonia, Lithuania, Latvia and Poland are read as the
    Nordic ones are: the number, the name, the unit, the leader (by name or by code), who has
    left (status or a day passed) and who is on leave (a form)."""
    listing = read(tmp_path, {"Ark1": [head, *rows]})
    assert [a.number for a in listing.leavers] == out
    top = listing.employees[0]
    assert all(e.leader == top.name for e in listing.employees[1:])
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_pensioners_board_fees_and_dutch_agency_temps_are_no_employees(tmp_path: Path) -> None:
    """A utility's payroll pays retired civil servants' pensions ("Pensionist (tj.m.pension)")
    and board fees ("Bestyrelseshonorar"); a Belgian list's "Uitzendkracht (Randstad)" is an
    agency temp: none of them get a form. An apprentice ("Elev") does."""
    listing = read(tmp_path, {"Ark1": [
        ("Lønnr", "Navn", "Personalegruppe", "Afdeling", "Nærmeste leder"),
        (1101, "Pia Møller", "Funktionær", "Direktion", None),
        (1103, "Peter Holm", "Funktionær", "Vand", "Pia Møller"),
        (1104, "Ida Lund", "Elev", "Vand", "Pia Møller"),
        (8001, "Maria Bech", "Pensionist (tj.m.pension)", "Pensionister", None),
        (9001, "Tine Thomsen", "Bestyrelseshonorar", "Vand", None)]})
    assert [e.number for e in listing.employees] == ["1101", "1103", "1104"]
    listing = read_csv(tmp_path, "\n".join([
        "Personeelsnummer;Naam;Voornaam;Afdeling;Contracttype;Verantwoordelijke",
        "1001;De Vos;Koen;Verkoop;Bediende;", "1002;Peeters;An;Verkoop;Bediende;Koen De Vos",
        "U1026;De Smet;Lien;Verkoop;Uitzendkracht (Randstad);Koen De Vos",
        "1003;Claes;Jan;Verkoop;Arbeider;Koen De Vos"]) + "\n")
    assert [e.number for e in listing.employees] == ["1001", "1002", "1003"]


def test_a_card_blocked_while_its_holder_is_on_leave(tmp_path: Path) -> None:
    """An access-control system's "Card State" Disabled is a leaver's, unless the note says
    the holder is on leave ("Barsel - kort spærret til hun er tilbage"): then leave, a form,
    and the note is not quoted."""
    listing = read(tmp_path, {"Ark1": [
        ("Medarbejdernr", "Navn", "Afdeling", "Nærmeste leder", "Card State", "Notes"),
        (5003, "Søs Mortensen", "Direktion", None, "Active", None),
        (5030, "Marianne Andersen", "Kontor", "Søs Mortensen", "Disabled (Manually)",
         "Barsel - kort spærret til hun er tilbage"),
        (5085, "Niels Madsen", "Kontor", "Søs Mortensen", "Disabled (Manually)", "Fratrådt"),
        (5091, "Ida Ravn", "Kontor", "Søs Mortensen", "Active", None)]})
    assert [e.number for e in listing.employees] == ["5003", "5030", "5091"]
    assert [a.number for a in listing.leavers] == ["5085"]
    [away] = listing.on_leave
    assert away.number == "5030" and "kort" not in away.reason


def test_a_leader_written_as_post_aside_and_name(tmp_path: Path) -> None:
    """A state agency writes the leader with the post first and an aside in brackets:
    "Specialkonsulent (konst. kontorchef) Søren Ravn" is Søren Ravn, found on the list."""
    listing = read(tmp_path, {"Medarbejdere": [
        ("Medarbejdernr", "Navn", "Kontor", "Nærmeste leder", "Mail"),
        (1, "Bjørn Kjær", "Direktionen", None, "bk@t.dk"),
        (2, "Søren Ravn", "Analyse", "Direktør Bjørn Kjær", "sra@t.dk"),
        (3, "Finn Holm", "Analyse", "Specialkonsulent (konst. kontorchef) Søren Ravn", "fh@t.dk"),
        (4, "Eva Lund", "Analyse", "Specialkonsulent (konst. kontorchef) Søren Ravn", "el@t.dk")]})
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Bjørn Kjær", "bk@t.dk"), ("Søren Ravn", "sra@t.dk"),
        ("Søren Ravn", "sra@t.dk")]


def test_a_login_disabled_while_its_owner_is_on_leave(tmp_path: Path) -> None:
    """eDirectory's loginDisabled TRUE is a leaver's, unless the description says leave
    ("Barsel - konto spærret til 01.08.2027")."""
    listing = read_csv(tmp_path, "\n".join([
        "cn,fullName,workforceID,ou,manager,loginDisabled,description",
        "ano,Anne Nørgaard,3001,Drift,,FALSE,",
        "fso,Freja Sørensen,3444,Drift,Anne Nørgaard,TRUE,Barsel - konto spærret til 01.08.2027",
        "pag,Poul Ågaard,3333,Drift,Anne Nørgaard,TRUE,Fratrådt",
        "bla,Bo Lind,3002,Drift,Anne Nørgaard,FALSE,"]) + "\n")
    assert [e.number for e in listing.employees] == ["3001", "3444", "3002"]
    assert [a.number for a in listing.leavers] == ["3333"]
    assert [a.number for a in listing.on_leave] == ["3444"]


def test_a_capacity_column_headed_units_is_no_department(tmp_path: Path) -> None:
    """Project Online's "Max Units" (100%) is a capacity, not a unit: the department is the
    column the leaders group by ("RBS")."""
    listing = read(tmp_path, {"Resources": [
        ("Resource Name", "Code", "RBS", "Timesheet Manager", "Max Units"),
        ("Camilla Lund", "NK130", "Ledelse", None, "100%"),
        ("Ebbe Kjær", "NK604", "Udvikling", "Camilla Lund", "100%"),
        ("Thomas Nielsen", "NK447", "Udvikling", "Ebbe Kjær", "80%"),
        ("Freja Poulsen", "NK551", "Udvikling", "Ebbe Kjær", "100%")]})
    assert [e.department for e in listing.employees] == [
        "Ledelse", "Udvikling", "Udvikling", "Udvikling"]


def test_a_note_says_the_heads_report_to_a_post(tmp_path: Path) -> None:
    """Daycare blocks, each heading naming its leader, who stands first in the block; a note
    under them says "Alle institutionsledere refererer til dagtilbudschefen": the leaders
    (titled "Leder") get the one titled "Dagtilbudschef" as their leader."""
    listing = read(tmp_path, {"Dagtilbud": [
        ("Personaleliste dagtilbud",), (),
        ("Dagtilbudsafdelingen — Leder: Birthe Rasmussen (bra@o.dk)",),
        ("Lønnr.", "Navn", "Stilling"), (580983, "Birthe Rasmussen", "Dagtilbudschef"), (),
        ("Børnehuset Mælkebøtten — Leder: Lukas Müller (lmu@o.dk)",),
        ("Lønnr.", "Navn", "Stilling"), (547402, "Lukas Müller", "Leder"),
        (928528, "Astrid Skovgaard", "Pædagog"), (156296, "Bo Frøkjær", "Pædagog"), (),
        ("Vuggestuen Lærkereden — Leder: Bent Olsen (bol@o.dk)",),
        ("Lønnr.", "Navn", "Stilling"), (652903, "Bent Olsen", "Leder"),
        (112129, "Asger Skov", "Pædagog"), (),
        ("Alle institutionsledere refererer til dagtilbudschefen.",)]})
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("580983", ""), ("547402", "Birthe Rasmussen"), ("928528", "Lukas Müller"),
        ("156296", "Lukas Müller"), ("652903", "Birthe Rasmussen"), ("112129", "Bent Olsen")]


def test_a_norwegian_remark_sluttet_with_its_day(tmp_path: Path) -> None:
    """Norwegian "Sluttet 21.10.2026" in a remark says the person left that day; Danish
    "Barsel sluttet" says a leave is over (employed, no leave)."""
    listing = read(tmp_path, {"Ansatte": [
        ("Ansattnr", "Navn", "Avdeling", "Nærmeste leder", "Merknad"),
        (2001, "Jørgen Nilsen", "Måkene", None, None),
        (2006, "Tone Lie", "Måkene", "Jørgen Nilsen", "Sluttet 21.10.2026"),
        (2007, "Kari Lie", "Måkene", "Jørgen Nilsen", "Barsel sluttet 01.11.2026"),
        (2008, "Ola Dahl", "Måkene", "Jørgen Nilsen", None)]})
    assert [e.number for e in listing.employees] == ["2001", "2007", "2008"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("2006", "Merknad: left 21-10-2026")]
    assert not listing.on_leave


def test_a_swedish_employment_period_open_or_over(tmp_path: Path) -> None:
    """"Anställningsperiod": "2015-11-24 –" (open: employed) beside "2026-06-15 – 2026-08-16"
    (a summer temp whose period is over: no form)."""
    listing = read(tmp_path, {"Personal": [
        ("Nr", "Namn", "Avdelning", "Chef", "Anställningsperiod"),
        (79, "Magnus Gustafsson", "Butik Borås", None, "2015-11-24 –"),
        (81, "Kristina Andersson", "Butik Borås", "Magnus Gustafsson", "2026-06-15 – 2026-08-16"),
        (93, "Elin Nilsson", "Butik Borås", "Magnus Gustafsson", "2008-06-29 –"),
        (95, "Ida Berg", "Butik Borås", "Magnus Gustafsson", "2026-11-01 – 2027-01-31")]})
    assert [e.number for e in listing.employees] == ["79", "93", "95"]
    assert [a.number for a in listing.leavers] == ["81"]


def test_a_section_of_leavers_under_the_list_and_last_seasons_sheet(tmp_path: Path) -> None:
    """"Stoppet i 2026" under the list, its own header over people whose last day has passed:
    a part of leavers, listed, while the list above reads on (it was refused as if everyone
    had left)."""
    rows: list[tuple[Any, ...]] = [
        ("Brdr. Thygesen Transport – medarbejderliste",), (),
        ("Nr.", "Navn", "Afdeling", "Leder", "Mail"),
        (157, "Ahmed Khalil", "Chauffører", None, "ak@b.dk"),
        (214, "Frederik Kristensen", "Chauffører", "Ahmed Khalil", "fk@b.dk"),
        (213, "Marianne Hansen", "Chauffører", "Ahmed Khalil", "mh@b.dk"), (), (),
        ("Stoppet i 2026",), ("Nr.", "Navn", "Afdeling", "Sidste arbejdsdag", "Årsag"),
        (209, "Steen Damgaard", "Værksted", "30.04.2026", "Egen opsigelse"),
        (212, "Lene Brøndum", "Lager", "27.07.2026", "Pension")]
    listing = read(tmp_path, {"Medarbejdere": rows})
    assert [e.number for e in listing.employees] == ["157", "214", "213"]
    assert [a.number for a in listing.leavers] == ["209", "212"]


def test_a_belgian_payroll_national_numbers_and_family_names_in_capitals(
        tmp_path: Path) -> None:
    """SD Worx: "Rijksregisternummer" is a national number, withheld as a CPR number is (it
    was a second candidate for the employee number, and the list was refused); the leader
    "Verantwoordelijke" is written "VAN DEN BROECK Camille", a family name of several words
    in capitals before the first name."""
    listing = read_csv(tmp_path, "\n".join([
        "Werknemersnummer;Naam;Voornaam;Rijksregisternummer;Afdeling;Verantwoordelijke",
        "100279;VAN DEN BROECK;Camille;89.08.22-448.53;Directie;",
        "100349;DUPONT;Thomas;77.05.14-871.77;Verkoop;VAN DEN BROECK Camille",
        "100231;MERTENS;Ilse;79.10.19-526.52;Boekhouding;VAN DEN BROECK Camille",
        "100304;DUBOIS;Camille;65.01.17-281.61;Boekhouding;MERTENS Ilse"]) + "\n")
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("100279", ""), ("100349", "Camille VAN DEN BROECK"),
        ("100231", "Camille VAN DEN BROECK"), ("100304", "Ilse MERTENS")]
    assert [u.header for u in listing.layout.withheld] == ["Rijksregisternummer"]


def test_a_swedish_department_name_beside_its_code(tmp_path: Path) -> None:
    """Crona Lön's "Avd" (a code) and "Avd.namn" (its name): the department, not a second
    name column (the list was refused as having two names)."""
    listing = read_csv(tmp_path, "\n".join([
        "Anst.nr;Namn;Avd;Avd.namn;Närmaste chef",
        "1064;Svensson Märta;140;Sälj Skåne;", "1039;Björk Mattias;140;Sälj Skåne;1064",
        "1023;Eriksson Maria;130;Ekonomi;1064"]) + "\n")
    assert [e.department for e in listing.employees] == ["Sälj Skåne", "Sälj Skåne", "Ekonomi"]


def test_remarks_in_brackets_after_names(tmp_path: Path) -> None:
    """A dental clinic writes remarks after the name: "(stoppet – sidste dag var 31/10)" has
    left (its day told in the past tense), "(opsagt, stopper 31/1)" leaves later: the name
    stays the name (the comma in the brackets is no "Last, First"), employed."""
    listing = read(tmp_path, {"Personale": [
        ("Nr", "Navn", "Klinik", "Leder"), (52, "Astrid Åberg", "Fredericia", None),
        (26, "Brian Rasmussen (stoppet – sidste dag var 31/10)", "Fredericia", "Astrid Åberg"),
        (24, "Ragnhild Kristiansen (opsagt, stopper 31/1)", "Fredericia", "Astrid Åberg"),
        (30, "Grethe Møller", "Fredericia", "Astrid Åberg")]})
    assert [(e.number, e.name) for e in listing.employees] == [
        ("52", "Astrid Åberg"), ("24", "Ragnhild Kristiansen"), ("30", "Grethe Møller")]
    assert [(a.number, a.reason) for a in listing.leavers] == [("26", "Navn: left 31-10-2026")]


def test_blocks_under_the_list_titled_as_leavers_or_not_ours(tmp_path: Path) -> None:
    """Blocks under the list, after blank rows, each under a long line: "Fratrådte (til
    orientering – slettes ved årsskifte)" and "Kommende medarbejdere – starter efter nytår"
    (numbered as the staff are: no form), and caretakers a note says "er ansat af
    boligorganisationerne … IKKE på vores lønliste" (numbered otherwise: not ours)."""
    staff = [(f"NF0{i}", f"Person {c}sen", "Drift", "Hanne Lind") for i, c in
             zip(range(11, 16), "ABCDE", strict=True)]
    listing = read(tmp_path, {"Ansatte": [
        ("Medarbejder-ID", "Navn", "Afdeling", "Nærmeste leder"),
        ("NF010", "Hanne Lind", "Drift", None), *staff, (), (),
        ("Fratrådte (til orientering – slettes ved årsskifte)",),
        ("NF070", "Esben Kjær", "Drift", "Hanne Lind"), (),
        ("Kommende medarbejdere – har skrevet kontrakt, starter efter nytår",),
        ("NF122", "Nikolaj Dal", "Drift", "Hanne Lind"), (),
        ("Nedenstående viceværter er ansat af boligorganisationerne og står her kun til "
         "orientering. De er IKKE på vores lønliste.",),
        ("BF-310", "Lærke Thomsen", "AB Solgården", "Hanne Lind")]})
    assert [e.number for e in listing.employees] == ["NF010", *(s[0] for s in staff)]
    assert {a.name for a in listing.leavers} == {"Esben Kjær", "Nikolaj Dal", "Lærke Thomsen"}


def test_a_team_heading_with_an_aside_beside_it(tmp_path: Path) -> None:
    """A nursing home's heading "Team Rosen" with "(dagvagt, 1. sal)" in the next cell: the
    team is the department, the aside is not (it was read as the unit's name)."""
    listing = read(tmp_path, {"Medarbejdere": [
        ("Medarb.nr.", "Navn", "Stilling", "Teamleder"), ("Ledelse",),
        (60402, "Sofie Vestergaard", "Forstander", None),
        ("Team Rosen", "(dagvagt, 1. sal)"),
        (60403, "Ahmed Hussein", "Teamleder", "Sofie Vestergaard"),
        (60426, "Camilla Holm", "SOSU-hjælper", "Ahmed Hussein"),
        ("Team Valmuen", "(dagvagt, stueetagen)"),
        (60404, "Eva Berg", "Teamleder", "Sofie Vestergaard"),
        (60427, "Ole Dam", "SOSU-hjælper", "Eva Berg")]})
    assert [e.department for e in listing.employees] == [
        "Ledelse", "Team Rosen", "Team Rosen", "Team Valmuen", "Team Valmuen"]


def test_units_numbered_as_an_outline_with_a_vacant_post(tmp_path: Path) -> None:
    """A sheet of units numbered "1", "2", "2.1" …, each with its leader's number: a unit's
    leader reports to the leader of the unit its number is under, the heads of the top units
    to the one of "Direktion"; "vakant" is no leader, its unit led from the unit above."""
    listing = read(tmp_path, {
        "Medarbejdere": [("Nr.", "Navn", "Enhed", "Stilling"),
                         (148, "Lone Jørgensen", "1", "Direktør"),
                         (21, "Søren Jørgensen", "2", "Leder"),
                         (25, "Mohammed Ali", "2.1", "Leder"),
                         (30, "Camilla Holm", "2.1", "Servicemedarbejder"),
                         (19, "Karen Møller", "2.3", "Vinduespudser"),
                         (79, "Birgitte Madsen", "3", "Leder"),
                         (36, "Line Højgaard", "3", "Kundekoordinator")],
        "Organisation": [("Nr.", "Enhed", "Leder (nr.)"), ("1", "Direktion", 148),
                         ("2", "Drift", 21), ("2.1", "Rengøring Nord", 25),
                         ("2.3", "Vinduespolering", "vakant"), ("3", "Administration", 79)]})
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("148", "Direktion", ""), ("21", "Drift", "Lone Jørgensen"),
        ("25", "Rengøring Nord", "Søren Jørgensen"), ("30", "Rengøring Nord", "Mohammed Ali"),
        ("19", "Vinduespolering", "Søren Jørgensen"), ("79", "Administration", "Lone Jørgensen"),
        ("36", "Administration", "Birgitte Madsen")]


def test_a_leaver_flag_beside_a_leaving_date_to_come(tmp_path: Path) -> None:
    """Staffology's "Leaver" TRUE with its "Leaving Date": a day passed has left, a day to
    come (or today, the last day worked) is still employed; TRUE without a day has left."""
    listing = read_csv(tmp_path, "\n".join([
        '"Payroll Code","First Name","Last Name","Department","Line Manager","Leaver",'
        '"Leaving Date"',
        '"001","Charlotte","Jones","Finance","","FALSE",""',
        '"004","Olivia","Hughes","Finance","Charlotte Jones","TRUE","2026-01-18"',
        '"010","Hannah","Smith","Finance","Charlotte Jones","TRUE","2027-01-31"',
        '"016","Emily","Brown","Finance","Charlotte Jones","TRUE","2026-12-07"',
        '"017","Jack","Clarke","Finance","Charlotte Jones","TRUE",""',
        '"018","Ava","Lee","Finance","Charlotte Jones","FALSE",""']) + "\n")
    assert [e.number for e in listing.employees] == ["001", "010", "016", "018"]
    assert [a.number for a in listing.leavers] == ["004", "017"]


def test_a_blocked_card_whose_remark_says_why(tmp_path: Path) -> None:
    """An access-control export's "Spærret" Ja: "Fratrådt …" has left, "Orlov – kort
    deaktiveret" is leave, "Kort mistet – nyt kort bestilt" is the card's trouble, not the
    holder's (employed, noted); a shared "Fælleskort" is no person."""
    listing = read(tmp_path, {"Kortholdere": [
        ("Fornavn", "Efternavn", "Personalenummer", "Afdeling", "Gruppe", "Spærret",
         "Bemærkning", "Leder"),
        ("Hanne", "Christensen", 7001, "SFO", "Medarbejdere", "Nej", None, None),
        ("Øjvind", "Frølund", 7027, "SFO", "Medarbejdere", "Ja", "Fratrådt 26.03.2025",
         "Hanne Christensen"),
        ("Karen", "Højgaard", 7060, "SFO", "Medarbejdere", "Ja",
         "Orlov – kort deaktiveret til 1.8.2027", "Hanne Christensen"),
        ("Sofie", "Rasmussen", 7051, "SFO", "Medarbejdere", "Ja",
         "Kort mistet – nyt kort bestilt", "Hanne Christensen"),
        ("Firmakort", "Service", "FK01", "SFO", "Fælleskort", "Nej", None, None),
        ("Ida", "Lund", 7052, "SFO", "Medarbejdere", "Nej", None, "Hanne Christensen")]})
    assert [e.number for e in listing.employees] == ["7001", "7060", "7051", "7052"]
    assert sorted(a.number for a in listing.leavers) == ["7027", "FK01"]
    assert [a.number for a in listing.on_leave] == ["7060"]
    assert any(n.kind == "card-shut" for n in listing.notes)


@pytest.mark.parametrize(("kind", "left"), [
    ("Praktikant (ej anställd, skolpraktik)", True),
    ("Dirigeant d'entreprise (indépendant – pas de contrat de travail)", True),
    ("Praktikant", False)])
def test_a_kind_that_says_not_employed_whatever_its_end(tmp_path: Path, kind: str,
                                                        left: bool) -> None:
    """A trainee "ej anställd" whose term ends after today is still no employee (the end to
    come made them one leaving later); a self-employed director is none either."""
    listing = read(tmp_path, {"Personal": [
        ("Anst.nr", "Namn", "Avdelning", "Chef", "Anställningsform", "Anställd t.o.m."),
        (11, "Björn Larsson", "Kundtjänst", None, "Tillsvidare", None),
        (12, "Elin Karlsson", "Kundtjänst", "Björn Larsson", "Tillsvidare", None),
        (16, "Mikael Karlsson", "Kundtjänst", "Björn Larsson", kind, "2026-12-18"),
        (17, "Erik Sjöström", "Kundtjänst", "Björn Larsson", "Visstid", "2027-03-31")]})
    assert [a.number for a in listing.leavers] == (["16"] if left else [])


def test_a_column_of_x_headed_with_its_mark(tmp_path: Path) -> None:
    """"Udtrådt (x)": the header says the mark its cells hold; an x there has left."""
    listing = read(tmp_path, {"Ark1": [
        ("Nr.", "Efternavn", "Fornavn", "Afdeling", "Leder", "Udtrådt (x)"),
        (42, "Larsen", "Kirsten", "Ledelse", "-", None),
        (46, "Jensen", "Anders", "Bibliotek", "Kirsten Larsen", None),
        (59, "Nguyen", "Priya", "Ledelse", "Kirsten Larsen", "x"),
        (61, "Jørgensen", "Jakob", "Bibliotek", "Anders Jensen", None)]})
    assert [e.number for e in listing.employees] == ["42", "46", "61"]
    assert [a.number for a in listing.leavers] == ["59"]


def test_a_leader_cell_of_two_addresses_names_two_leaders(tmp_path: Path) -> None:
    """A team's two managers by address ("eva@…, ida@…"): who holds the talks cannot be told,
    so the list is refused as for two names (it was shown as a leader's name)."""
    rows = [("Nr", "Navn", "Afdeling", "Leder", "Mail"), (11, "Bo Lund", "Drift", None, "bo@x.dk"),
            (12, "Eva Holm", "Drift", "Bo Lund", "eva@x.dk"),
            (13, "Ida Dam", "Drift", "Bo Lund", "ida@x.dk"),
            (14, "Ole Bak", "Drift", "eva@x.dk, ida@x.dk", "ole@x.dk")]
    with pytest.raises(SpreadsheetError, match="names several people on the list"):
        read(tmp_path, {"A": rows})


def test_a_column_marking_leaders_1_is_yes_is_no_leader_column(tmp_path: Path) -> None:
    """Ennova's "Leder (1=ja)" marks who leads (1 or 0) beside "Leder-ID", the leader's
    number: the mark is no leader (the top's "1" was shown as her leader)."""
    listing = read(tmp_path, {"Deltagere": [
        ("Respondent-ID", "Fornavn", "Efternavn", "Niveau 1", "Leder (1=ja)", "Leder-ID"),
        (51002, "Lars", "Andersen", "Teknik", 1, None),
        (51007, "Kasper", "Holm", "Teknik", 1, 51002),
        (51022, "Torben", "Bjerre", "Teknik", 0, 51002),
        (51024, "Rikke", "Krogh", "Teknik", 0, 51007)]})
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("51002", ""), ("51007", "Lars Andersen"), ("51022", "Lars Andersen"),
        ("51024", "Kasper Holm")]


def test_a_cost_centres_name_in_finnish_is_no_persons_name(tmp_path: Path) -> None:
    """Mepco's "Kustannuspaikan nimi" (the cost centre's name) beside "Etunimet" and
    "Sukunimi": the unit, not a name column; "Nimi" alone is the name (Merit Palk)."""
    rows = ["Henkilönro;Sukunimi;Etunimet;Kustannuspaikka;Kustannuspaikan nimi;Esihenkilö",
            "2001;Frølund;Pernille;300;Johto;", "2002;Holm;Bo;302;Kuljetus;Frølund Pernille",
            "2003;Lund;Eva;303;Varasto;Frølund Pernille"]
    rows += [f"{2010 + i};Mørch;{first};302;Kuljetus;Holm Bo"
             for i, first in enumerate(("Rasmus", "Malene", "Aino", "Timo"))]
    rows += [f"{2020 + i};Kjær;{first};303;Varasto;Lund Eva"
             for i, first in enumerate(("Mikko", "Sanna", "Jussi", "Liisa"))]
    listing = read_csv(tmp_path, "\n".join(rows) + "\n")
    assert [e.department for e in listing.employees][:3] == ["Johto", "Kuljetus", "Varasto"]
    assert {e.department for e in listing.employees[3:]} == {"Kuljetus", "Varasto"}


def test_stopped_before_the_expected_end_of_a_season(tmp_path: Path) -> None:
    """A sugar campaign's "Slut" ("forventet 20.01.2027") beside a note "Stoppet før tid
    13.10.2026": stopped on that day, before the season's expected end (no form); one
    "Fritstillet fra 01.11.2026" beside an end to come is paid until then (a form)."""
    listing = read(tmp_path, {"Kampagne 2026": [
        ("Løn-nr", "Navn", "Hold", "Holdleder", "Slut", "Note"),
        (7050, "Line Friis", "Hold 1", None, "forventet 20.01.2027", None),
        (7051, "Birgitte Poulsen", "Hold 1", "Line Friis", "forventet 20.01.2027", None),
        (7064, "Søs Petersen", "Hold 1", "Line Friis", "forventet 20.01.2027",
         "Stoppet før tid 13.10.2026"),
        (7065, "Ole Dam", "Hold 1", "Line Friis", "20.01.2027", "Fritstillet fra 01.11.2026")]})
    assert [e.number for e in listing.employees] == ["7050", "7051", "7065"]
    assert [a.number for a in listing.leavers] == ["7064"]


def test_a_sheet_of_unit_codes_and_names_is_no_more_of_the_list(tmp_path: Path) -> None:
    """Acubiz's "Afdelinger" (Kode | Navn) beside the users: a key of the department codes,
    not five more employees named "Direktion", "Salg" … (they were given forms); a code the
    key lacks stays the code, warned."""
    users = [(500 + i, f"Person {c}sen", code, "BSK") for i, (c, code) in enumerate(
        zip("ABCDEFGHIJ", ["210", "220", "230", "240", "290"] * 2, strict=True))]
    listing = read(tmp_path, {
        "Brugere": [("Medarbejdernr", "Navn", "Afdeling", "Godkender", "Initialer"),
                    (526, "Bjørn Skovgaard", "100", None, "BSK"),
                    *((n, name, code, boss, f"P{n}") for n, name, code, boss in users)],
        "Afdelinger": [("Kode", "Navn"), ("100", "Direktion"), ("210", "Salg"),
                       ("220", "Indkøb"), ("230", "Økonomi"), ("240", "Lager og logistik")]})
    assert len(listing.employees) == 11
    assert [e.department for e in listing.employees][:3] == ["Direktion", "Salg", "Indkøb"]
    assert listing.employees[5].department == "290"
    assert any(w.kind == "unit-name-missing" for w in listing.warnings)
    assert not any(w.kind == "other-sheet" for w in listing.warnings)


def test_a_leader_by_first_name_and_the_initials_of_their_title(tmp_path: Path) -> None:
    """An agency writes "Sofie (CD)": of two Sofies, the Creative Director; "Anders (CEO)"
    the one whose title holds "CEO"; "Bjarke (PC)" the only Bjarke."""
    listing = read(tmp_path, {"Team": [
        ("Nr", "Navn", "Titel", "Afdeling", "Leder"),
        (323, "Anders Jensen", "Adm. direktør (CEO)", "Ledelse", None),
        (324, "Sofie Damgaard", "Creative Director", "Kreativ", "Anders (CEO)"),
        (325, "Sofie Holm", "Copywriter", "Kreativ", "Sofie (CD)"),
        (326, "Jesper Fjord", "Copywriter", "Kreativ", "Sofie (CD)"),
        (353, "Bjarke Holm", "Produktionschef", "Produktion", "Anders (CEO)"),
        (306, "Emma Boesen", "Producer", "Produktion", "Bjarke (PC)")]})
    assert [e.leader for e in listing.employees] == [
        "", "Anders Jensen", "Sofie Damgaard", "Sofie Damgaard", "Anders Jensen",
        "Bjarke Holm"]


def test_a_line_over_the_list_says_whom_the_foremen_and_the_office_report_to(
        tmp_path: Path) -> None:
    """A plumber's list in blocks, each heading naming its foreman, who stands in the block;
    the line over the header says "Formænd og kontoret refererer til direktør Nguyen Thi Lan
    (nth@…)": the foremen (a plural in -mænd) and the office's people get her."""
    listing = read(tmp_path, {"Medarbejdere": [
        ("Medarbejderliste Østjysk VVS A/S",),
        ("Formænd og kontoret refererer til direktør Nguyen Thi Lan (nth@o.dk).",), (),
        ("Løn nr.", "Navn", "Stilling"), ("KONTOR",), (1072, "Nguyen Thi Lan", "Direktør"),
        (1120, "Randi Christensen", "Bogholder"), (),
        ("SERVICE – formand Peter Ærenlund (pae@o.dk)",), (1079, "Peter Ærenlund", "Formand"),
        (1020, "Kasper Agerskov", "VVS-lærling"), (1021, "Bo Dam", "VVS-montør")]})
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("1072", "", ""), ("1120", "Nguyen Thi Lan", "nth@o.dk"),
        ("1079", "Nguyen Thi Lan", "nth@o.dk"), ("1020", "Peter Ærenlund", "pae@o.dk"),
        ("1021", "Peter Ærenlund", "pae@o.dk")]


def test_department_codes_explained_in_a_line_under_the_list(tmp_path: Path) -> None:
    """A sawmill's "Afd." holds codes a line under the list explains ("Afd.: ADM =
    Kontor/administration, SAV = Saveriet, …"): the units by their names."""
    listing = read(tmp_path, {"Folk": [
        ("Nr", "Navn", "Afd.", "Funktion", "Leder"), (2, "Jonas Agerskov", "ADM", "Direktør", None),
        (5, "Ole Shevchenko", "SAV", "Formand", "Jonas Agerskov"),
        (6, "Eva Ravn", "SAV", "Operatør", "Ole Shevchenko"),
        (7, "Bo Lind", "HØV", "Operatør", "Jonas Agerskov"), (),
        ("Afd.: ADM = Kontor/administration, SAV = Saveriet, HØV = Høvleriet",)]})
    assert [e.department for e in listing.employees] == [
        "Kontor/administration", "Saveriet", "Saveriet", "Høvleriet"]


@pytest.mark.parametrize(("title", "leads_it"), [
    ("Leder af Hovedbiblioteket", True), ("Chef for IT", True), ("Head of Sales", True),
    ("Sekretær for lederen", False), ("Lederens sekretær", False)])
def test_a_title_that_names_what_its_holder_leads(title: str, leads_it: bool) -> None:
    """"Leder af Hovedbiblioteket", "Head of Sales": a leader's title whose first word says
    they lead and names what; "Sekretær for lederen" does not lead."""
    assert leads(title) is leads_it


def test_leavers_said_in_the_ways_a_busy_hr_person_writes_them(tmp_path: Path) -> None:
    """A heading "----- Ophørte (slettes efter MUS-runden) -----" (a plural), a remark "Holdt
    op 31.10.2026" (two words), a status "fratr." (written short): all have left; "Holder op
    31.12.2026" is still to come."""
    listing = read(tmp_path, {"Medarbejdere": [
        ("Nr", "Navn", "Afdeling", "Leder", "Status", "Bemærkning"),
        (1, "Inge Thygesen", "Distrikt 1", None, "Aktiv", None),
        (2, "Ole Brøndum", "Distrikt 1", "Inge Thygesen", "Aktiv", "Holdt op 31.10.2026"),
        (3, "Helle Hansen", "Distrikt 1", "Inge Thygesen", "Aktiv", "Holder op 31.12.2026"),
        (4, "Bo Lind", "Distrikt 1", "Inge Thygesen", "fratr.", None),
        (5, "Eva Holm", "Distrikt 1", "Inge Thygesen", "Aktiv", None),
        ("----- Ophørte (slettes efter MUS-runden) -----",),
        (6, "Thomas Lauridsen", "Distrikt 1", "Inge Thygesen", None, None)]})
    assert [e.number for e in listing.employees] == ["1", "3", "5"]
    assert [a.number for a in listing.leavers] == ["2", "4", "6"]


def test_colours_written_as_words_and_explained_in_a_line(tmp_path: Path) -> None:
    """"Markering": rød, gul, grøn, the colours written as words for a black-and-white print,
    explained over the header ("rød = fratrådt, gul = på orlov/barsel, grøn = ny")."""
    listing = read(tmp_path, {"Personale": [
        ("Listen printes i sort/hvid, derfor står farven som tekst i kolonnen Markering: rød = "
         "fratrådt, gul = på orlov/barsel, grøn = ny siden sidste MUS.",), (),
        ("Nr", "Navn", "Afdeling", "Leder", "Markering"),
        ("0001", "Mikkel Petersen", "Hest", None, None),
        ("0058", "Bodil Christensen", "Hest", "Mikkel Petersen", "rød"),
        ("0059", "Ida Holm", "Hest", "Mikkel Petersen", "gul"),
        ("0060", "Bo Dam", "Hest", "Mikkel Petersen", "grøn"),
        ("0061", "Eva Lund", "Hest", "Mikkel Petersen", None)]})
    assert [e.number for e in listing.employees] == ["0001", "0059", "0060", "0061"]
    assert [a.number for a in listing.on_leave] == ["0059"]


def test_a_sentence_in_a_title_line_names_no_leader(tmp_path: Path) -> None:
    """"Fed skrift = afdelingens leder. Afdelingslederne refererer til forlagsdirektøren.":
    the words after "leder." are a sentence, no leader's name (it was every row's leader)."""
    rows = [("Forlaget Ravn – ansatte",),
            ("Fed skrift = afdelingens leder. Afdelingslederne refererer til forlagsdirektøren.",),
            (), ("Lønnr", "Navn", "Afdeling", "Titel"),
            ("011", "Morten Steffensen", "Direktion", "Forlagsdirektør"),
            ("002", "Morten Holm", "Skønlitteratur", "Redaktionschef"),
            ("033", "Kasper Thygesen", "Skønlitteratur", "Redaktør")]
    try:
        listing = read(tmp_path, {"Ansatte": rows})
    except SpreadsheetError as refused:
        assert "No employee's leader was found" in str(refused)
    else:
        assert not any("refererer" in e.leader for e in listing.employees)


def test_an_inactive_account_with_a_courses_expiry_to_come(tmp_path: Path) -> None:
    """A training matrix (one row per person per course): "User status" Inactive has left,
    whatever a course's "Expiry date" to come says (it was read as leaving later); agency
    "Leiharbeitnehmer" and a visitor's card ("Besucher") are no employees."""
    head = ("Employee number", "Last name", "First name", "Department", "Supervisor",
            "User status", "Course", "Expiry date")
    listing = read(tmp_path, {"Matrix": [
        head, (3700, "Frederiksen", "Ida", "Rigging", None, "Active", "Induction", "02.01.2028"),
        (3720, "Andersen", "Helle", "Rigging", "Ida Frederiksen", "Active", "Induction",
         "02.01.2028"),
        (3852, "Mølgaard", "Anders", "Rigging", "Ida Frederiksen", "Inactive", "H2S",
         "08.02.2028"),
        (3853, "Lund", "Bo", "Rigging", "Ida Frederiksen", "Active", "H2S", "08.02.2028")]})
    assert [e.number for e in listing.employees] == ["3700", "3720", "3853"]
    listing = read_csv(tmp_path, "\n".join([
        "Personalnummer;Name;Vorname;Personengruppe;Abteilung;Vorgesetzter",
        "2701;Kristensen;Bodil;Mitarbeiter;Verwaltung;",
        "2730;Bruun;Karina;Mitarbeiter;Verwaltung;Kristensen, Bodil",
        "L9001;Kaminski;Marek;Leiharbeitnehmer;Verwaltung;Kristensen, Bodil",
        "B0141;Hoffmann;Sabine;Besucher;Verwaltung;Kristensen, Bodil",
        "2731;Holm;Jan;Mitarbeiter;Verwaltung;Kristensen, Bodil"]) + "\n")
    assert [e.number for e in listing.employees] == ["2701", "2730", "2731"]


def test_a_leader_as_id_and_name_with_a_double_dash(tmp_path: Path) -> None:
    """Sage Intacct's "E1378--Charlotte Brøndum": the leader by ID, the name beside it."""
    listing = read_csv(tmp_path, "\n".join([
        "Employee ID,Name,Email,Department,Supervisor",
        "E1378,Charlotte Brøndum,cb@t.com,Sales,", "E1003,Rikke Jørgensen,rj@t.com,Sales,"
        "E1378--Charlotte Brøndum", "E1004,Bo Lund,bl@t.com,Sales,E1378--Charlotte Brøndum"])
        + "\n")
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("", ""), ("Charlotte Brøndum", "cb@t.com"), ("Charlotte Brøndum", "cb@t.com")]


def test_inactive_since_a_day_with_a_reason_code_of_leave(tmp_path: Path) -> None:
    """NAV's "Status" Inaktiv with "Inaktivdato" passed and "Årsagskode" ORLOV or SYG: leave
    (a form); without a reason, or with EGEN OPS, left. An "API User (system)" licence is a
    login, no person."""
    listing = read(tmp_path, {"Medarbejder": [
        ("Nr.", "Navn", "Afdeling", "Leder nr.", "Status", "Inaktivdato", "Årsagskode",
         "Licens"),
        ("M0004", "Birthe Juhl", "Økonomi", None, "Aktiv", None, None, "Full"),
        ("M0196", "Jørgen Nielsen", "Økonomi", "M0004", "Inaktiv", "10.05.2026", "ORLOV", "Full"),
        ("M0301", "Stine Larsen", "Økonomi", "M0004", "Inaktiv", "09.10.2026", "SYG", "Full"),
        ("M0302", "Bo Dam", "Økonomi", "M0004", "Inaktiv", "09.10.2026", None, "Full"),
        ("M0999", "Autotask API User", "Økonomi", None, "Aktiv", None, None,
         "API User (system)"),
        ("M0303", "Eva Holm", "Økonomi", "M0004", "Aktiv", None, None, "Full")]})
    assert [e.number for e in listing.employees] == ["M0004", "M0196", "M0301", "M0303"]
    assert [a.number for a in listing.on_leave] == ["M0196", "M0301"]
    assert [a.number for a in listing.leavers] == ["M0302", "M0999"]


def test_statuses_as_signs_a_legend_explains(tmp_path: Path) -> None:
    """"Status" ✔ / ⏸ / ✖, explained under the list: "✔ = ansat   ⏸ = orlov/barsel   ✖ =
    fratrådt (slettes efter feriepengeopgørelse)"."""
    listing = read(tmp_path, {"Personale": [
        ("Nr.", "Navn", "Afdeling", "Leder", "Status"), (16, "Kasper Bach", "Direktion", "—", "✔"),
        (17, "Ida Holm", "Redaktion", "Kasper Bach", "✔"),
        (18, "Bo Lind", "Redaktion", "Kasper Bach", "⏸"),
        (19, "Eva Dam", "Redaktion", "Kasper Bach", "✖"),
        (20, "Ole Friis", "Redaktion", "Kasper Bach", "✔"), (), ("Forklaring:",),
        ("✔ = ansat   ⏸ = orlov/barsel   ✖ = fratrådt (slettes efter feriepengeopgørelse)",)]})
    assert [e.number for e in listing.employees] == ["16", "17", "18", "20"]
    assert [a.number for a in listing.on_leave] == ["18"]
    assert [a.number for a in listing.leavers] == ["19"]


def test_unit_levels_written_with_their_number(tmp_path: Path) -> None:
    """Questback's "Niveau1" … "Niveau4" (no space): levels, each person's unit the deepest
    filled (the department was "Niveau4" alone, empty on most rows)."""
    listing = read(tmp_path, {"Respondenter": [
        ("Email", "Fornavn", "Efternavn", "Medarbejdernummer", "Niveau1", "Niveau2", "Niveau3",
         "Niveau4", "Leder_email"),
        ("gn@s.dk", "Gitte", "Nielsen", 1, "Teknik", None, None, None, None),
        ("iv@s.dk", "Irina", "Volkova", 2, "Teknik", "Vej og Park", None, None, "gn@s.dk"),
        ("to@s.dk", "Thomas", "Olsen", 3, "Teknik", "Vej og Park", "Driftsgården", None,
         "iv@s.dk"),
        ("ab@s.dk", "Anne", "Bak", 4, "Teknik", "Vej og Park", "Driftsgården", "Team Øst",
         "to@s.dk"),
        ("cd@s.dk", "Carl", "Dam", 5, "Teknik", "Vej og Park", "Driftsgården", "Team Øst",
         "to@s.dk"),
        ("ef@s.dk", "Eva", "Fog", 6, "Teknik", "Vej og Park", "Driftsgården", "Team Vest",
         "to@s.dk")]})
    assert [e.department for e in listing.employees] == [
        "Teknik", "Vej og Park", "Driftsgården", "Team Øst", "Team Øst", "Team Vest"]


def test_a_suspension_whose_reason_says_left(tmp_path: Path) -> None:
    """Beekeeper's "status" suspended with "suspension_reason" Fratrådt has left; suspended
    for Barsel is on leave."""
    listing = read_csv(tmp_path, "\n".join([
        "name,status,suspension_reason,custom_field:Medarbejdernr,custom_field:Afdeling,"
        "custom_field:Supervisor",
        "Bjørn Østergaard,activated,,H2591,Direktion,",
        "Ulla Juhl,suspended,Fratrådt,H2691,Reception,Bjørn Østergaard",
        "Stine Holm,suspended,Barsel,H2280,Reception,Bjørn Østergaard",
        "Jytte Friis,activated,,H2782,Reception,Bjørn Østergaard"]) + "\n")
    assert [e.number for e in listing.employees] == ["H2591", "H2280", "H2782"]
    assert [a.number for a in listing.on_leave] == ["H2280"]


def test_periods_among_a_few_terms_in_words(tmp_path: Path) -> None:
    """A depot's "Periode": seasons as two days, and "13 uger fra 02.11.2026" written in
    words: the seasons over have left (the words left the whole column unread)."""
    listing = read(tmp_path, {"Personale": [
        ("Lønnr.", "Navn", "Hold", "Formand", "Periode"),
        (1, "Troels Aagaard", "Vej og Park", None, None),
        (2, "Gitte Møller", "Hold 1", "Troels Aagaard", "01.04.2026–30.10.2026"),
        (3, "Rasmus Bøgh", "Hold 1", "Troels Aagaard", "01.04.2026–01.11.2026"),
        (4, "Camilla Nielsen", "Hold 1", "Troels Aagaard", "01.11.2026–31.03.2027"),
        (5, "Ole Dam", "Hold 1", "Troels Aagaard", "13 uger fra 02.11.2026"),
        (6, "Eva Bak", "Hold 1", "Troels Aagaard", "01.09.2026–28.02.2027")]})
    assert [e.number for e in listing.employees] == ["1", "4", "5", "6"]


def test_a_units_table_beside_the_list_with_a_note_under_it(tmp_path: Path) -> None:
    """A brewery's table of departments and their leaders beside the list, past an empty
    column, with a note under it ("Afdelingslederne refererer til adm. direktør."): a table
    of units (the note is none), never the rows' own next department and leader (each row
    had the department and leader of the table's row beside it)."""
    listing = read(tmp_path, {"Personale 2026": [
        ("Nr", "Fornavn", "Efternavn", "Afdeling", "Stilling", None, "Afdeling",
         "Afdelingsleder", "Mail"),
        (1032, "Mikkel", "Bak", "Direktion", "Adm. direktør", None, "Direktion", "Mikkel Bak",
         "mb@f.dk"),
        (1037, "Torben", "Larsen", "Administration", "Koordinator", None, "Administration",
         "Mikkel Bak", "mb@f.dk"),
        (1115, "Mads", "Søgaard", "Administration", "Assistent", None, "Brygning",
         "Helle Nørgaard", "hn@f.dk"),
        (1040, "Helle", "Nørgaard", "Brygning", "Bryggerimester", None,
         "Afdelingslederne refererer til adm. direktør."),
        (1064, "Villads", "Jensen", "Brygning", "Brygger"),
        (1075, "Mette", "Lund", "Brygning", "Brygger"),
        (1076, "Ole", "Dam", "Administration", "Bogholder")]})
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("1032", "Direktion", ""), ("1037", "Administration", "Mikkel Bak"),
        ("1115", "Administration", "Mikkel Bak"), ("1040", "Brygning", "Mikkel Bak"),
        ("1064", "Brygning", "Helle Nørgaard"), ("1075", "Brygning", "Helle Nørgaard"),
        ("1076", "Administration", "Mikkel Bak")]


def test_a_leaders_address_given_in_a_line_over_the_list(tmp_path: Path) -> None:
    """A parish council's staff list: the leader, an unpaid council member with no row of her
    own, is named with her address in a line over the header ("Kontaktperson: Tove
    Kristensen, tovekri@sogn.dk (…)"): her address is the leader's e-mail."""
    listing = read(tmp_path, {"Ansatte": [
        ("Vor Frue Sogn – ansatte ved menighedsrådet",),
        ("Kontaktperson: Tove Kristensen, tovekri@sogn.dk (menighedsrådsmedlem, ulønnet)",), (),
        ("Løn-nr.", "Navn", "Stilling", "Daglig leder", "E-mail"),
        ("0112", "Kåre Østergaard", "Graver", "Tove Kristensen", "ko@sogn.dk"),
        ("0131", "Marianne Munk", "Gravermedhjælper", "Kåre Østergaard", "mm@sogn.dk"),
        ("0118", "Lene Christensen", "Organist", "Tove Kristensen", "lc@sogn.dk")]})
    assert [(e.leader, e.leader_email) for e in listing.employees] == [
        ("Tove Kristensen", "tovekri@sogn.dk"), ("Kåre Østergaard", "ko@sogn.dk"),
        ("Tove Kristensen", "tovekri@sogn.dk")]
    assert any(n.kind == "title-address" for n in listing.notes)
