"""Stop 50 of #20: rules found by fresh held-out exports, each by the rule behind its example."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from tests.sheets.reading import read, read_csv


def test_a_note_under_a_units_table_beside_the_list_says_whom_the_heads_report_to(
        tmp_path: Path) -> None:
    """A table of units beside the list (code, name, head, mail) and under its last unit a note
    "Afdelingslederne refererer til skolelederen": the heads of the units, whatever their own
    titles, are led by the one person whose title the note names."""
    rows = [("Nr.", "Navn", "Stilling", "Afd.", "Bemærkning", None, "Afd.", "Navn", "Leder",
             "Mail"),
            (1, "Rita Holm", "Skoleleder", "ADM", None, None, "ADM", "Administration",
             "Rita Holm", "rh@skole.dk"),
            (2, "Ole Dam", "Pedel", "TEK", None, None, "TEK", "Teknik", "Bo Lund", "bl@skole.dk"),
            (3, "Bo Lund", "Driftsleder", "TEK", None, None, "UND", "Undervisning", "Eva Kok",
             "ek@skole.dk"),
            (4, "Eva Kok", "Viceforstander", "UND", None),
            (5, "Ib Ravn", "Lærer", "UND", None, None,
             "Afdelingslederne refererer til skolelederen."),
            (6, "Ane Juhl", "Lærer", "UND", "orlov"),
            (7, "Lis Berg", "Sekretær", "ADM", None)]
    listing = read(tmp_path, {"Ansatte": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["3"] == ("Teknik", "Rita Holm", "rh@skole.dk")
    assert got["4"] == ("Undervisning", "Rita Holm", "rh@skole.dk")
    assert got["2"] == ("Teknik", "Bo Lund", "bl@skole.dk")
    assert got["1"][1] == ""


def test_the_head_of_all_gets_the_address_a_units_table_gives_them(tmp_path: Path) -> None:
    """A units table over the list gives each unit's head by initials with a mail; the heads,
    each given as their own leader, report to the one whose title heads the whole, whose own
    row has no mail: their leader's address is the one the table gives that person."""
    rows = [("Afdelinger",),
            ("Afd.", "Afdelingsnavn", "Leder (init.)", "E-mail"),
            (10, "Tryk", "GTH", "gth@etiket.dk"),
            (20, "Lager", "TBA", "tba@etiket.dk"),
            (90, "Administration", "SMA", "sma@etiket.dk"),
            (None,),
            ("Init.", "Medarb.nr.", "Navn", "Afd.", "Stilling"),
            ("GTH", 1001, "Grethe Thygesen", 10, "Trykkerileder"),
            ("FHO", 1002, "Finn Holm", 10, "Trykker"),
            ("TBA", 1003, "Tina Bach", 20, "Lagerchef"),
            ("JJU", 1004, "Jonas Juhl", 20, "Lagermedarbejder"),
            ("SMA", 1005, "Sebastian Madsen", 90, "Adm. direktør"),
            ("LIS", 1006, "Lis Iversen", 90, "Bogholder")]
    listing = read(tmp_path, {"MUS": rows})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["1001"] == ("Tryk", "Sebastian Madsen", "sma@etiket.dk")
    assert got["1003"] == ("Lager", "Sebastian Madsen", "sma@etiket.dk")
    assert got["1002"] == ("Tryk", "Grethe Thygesen", "gth@etiket.dk")


def test_block_leaders_given_by_their_initials_after_an_abbreviated_label(
        tmp_path: Path) -> None:
    """Blocks of a CSV, each a unit's name, a line "Ansv.: <initials>" and the header again:
    the leader is the one whose initials the list's initials column gives; "Ansv." is a
    leader's label, never the unit, also for the first block over the header."""
    lines = ["FIRMA ApS – PERSONALE;;;", ";;;", "Kontor;;;", "Ansv.: GGR;;;",
             "Init;Lønnr;Navn;Stilling", "GGR;48;Grethe Gregersen;Direktør",
             "LNI;51;Lars Nielsen;Bogholder", "AAE;82;Anker Ærenlund;Halansvarlig", ";;;",
             "Hal Nord;;;", "Ansv.: AAE;;;", "Init;Lønnr;Navn;Stilling",
             "SHA;83;Sara Haile;Klargører", "OBO;84;Olena Bondarenko;Polerer", ";;;",
             "Hal Syd;;;", "Ansv.: GGR;;;", "Init;Lønnr;Navn;Stilling",
             "TOL;89;Tove Olsen;Polerer"]
    listing = read_csv(tmp_path, "\r\n".join(lines) + "\r\n")
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["51"] == ("Kontor", "Grethe Gregersen")
    assert got["83"] == got["84"] == ("Hal Nord", "Anker Ærenlund")
    assert got["89"] == ("Hal Syd", "Grethe Gregersen")


def test_a_line_of_leaders_that_ends_with_the_persons_own_initials(tmp_path: Path) -> None:
    """A "Ledelseskæde" of initials joined by bare slashes, from the top down to the row's own
    person ("OTH/ALI/HBR" on HBR's row): the nearest leader is the one before the person."""
    rows = [("Medarb.nr", "Initialer", "Navn", "Enhed", "Ledelseskæde", "E-mail"),
            (1, "OTH", "Oliver Thorsen", "Ledelse", "OTH", "oth@f.dk"),
            (2, "ALI", "Aksel Lind", "Planteavl", "OTH/ALI", "ali@f.dk"),
            (3, "HBR", "Helle Brøndum", "Planteavl", "OTH/ALI/HBR", "hbr@f.dk"),
            (4, "BHO", "Birgitte Højer", "Mark", "OTH/ALI/BHO", "bho@f.dk"),
            (5, "ABA", "Anne Bæk", "Mark", "OTH/ALI/BHO/ABA", "aba@f.dk"),
            (6, "SJE", "Steen Jensen", "Husdyr", "OTH/SJE", "sje@f.dk"),
            (7, "BNI", "Bo Nielsen", "Husdyr", "OTH/SJE/BNI", "bni@f.dk")]
    listing = read(tmp_path, {"Ansatte": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["3"] == ("Aksel Lind", "ali@f.dk")
    assert got["5"] == ("Birgitte Højer", "bho@f.dk")
    assert got["2"] == got["6"] == ("Oliver Thorsen", "oth@f.dk")
    assert got["7"] == ("Steen Jensen", "sje@f.dk")
    assert got["1"] == ("", "")


def test_a_unit_whose_remark_says_another_units_leader_leads_it(tmp_path: Path) -> None:
    """A units sheet with a unit that has no leader of its own and a remark "Varetages af
    lederen for 31" or "Samme leder som Kundeservice": its employees are led by the leader of
    the unit the remark names (by code or by name), said; the parent column's code before the
    remark is no part of it."""
    staff = [("Nr.", "Navn", "Enhed", "Mail"),
             (1, "Lene Holm", "10", "lh@t.dk"),
             (2, "Bo Dam", "31", "bd@t.dk"),
             (3, "Eva Lund", "31", "el@t.dk"),
             (4, "Ali Demir", "32", "ad@t.dk"),
             (5, "Ida Juhl", "33", "ij@t.dk"),
             (6, "Per Krog", "33", "pk@t.dk"),
             (7, "Tove Bak", "34", "tb@t.dk")]
    units = [("Kode", "Enhed", "Overordnet", "Leder (nr.)", "Bemærkning"),
             ("10", "Direktion", None, 1, None),
             ("30", "Kunder", "10", 1, None),
             ("31", "Kundeservice", "30", 2, None),
             ("32", "Billetter", "30", None, "Varetages af lederen for 31"),
             ("33", "Salg", "30", 5, None),
             ("34", "Kontrol", "30", None, "Samme leder som Salg")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Enheder": units})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["4"] == ("Billetter", "Bo Dam")
    assert got["7"] == ("Kontrol", "Ida Juhl")
    assert got["3"] == ("Kundeservice", "Bo Dam")


def test_dates_written_as_eight_digit_numbers_year_first(tmp_path: Path) -> None:
    """Silkeborg Data writes its dates as numbers of eight digits, year first (20261031), in
    number cells: a day like any other, so a leaving day gone by is a leaver and one to come
    keeps the form."""
    rows = [("Medarbejdernr", "Navn", "Afdeling", "Ansættelsesdato", "Fratrædelsesdato"),
            (38259, "Jørn Mogensen", "Ungerådgivningen", 20150801, None),
            (30176, "Ole Olsen", "Ungerådgivningen", 20190101, 20261031),
            (33070, "Ioana Popescu", "Ungerådgivningen", 20200315, 20270131),
            (33071, "Finn Schmidt", "Ungerådgivningen", 20100101, None)]
    listing = read(tmp_path, {"Udtræk": rows})
    assert {e.number for e in listing.employees} == {"38259", "33070", "33071"}


def _workshop(leader_of_new: str) -> list[tuple[object, ...]]:
    return [("Nr", "Navn", "Afdeling", "Nærmeste leder", "Job/bem."),
            (301, "Ole Sørensen", "Ledelse", None, "Direktør"),
            (302, "Tove Poulsen", "Værksted", "Ole Sørensen", "Værkfører"),
            (303, "Christian Lind", "Service", "Ole Sørensen", "Serviceleder"),
            (305, "Jens Lund", "Værksted", "Tove Poulsen", "Mekaniker"),
            (312, "Niels Jensen", "Værksted", "Tove Poulsen", "fratrådt 06.09.2026"),
            (315, "Jesper Højer", "Service", "Christian Lind", "stoppet 15.09.2026"),
            (316, "Bo Bach", "Service", "Christian Lind", "Montør"),
            (325, "Gitte Holm", "Vinterlager", leader_of_new, "Pladsmand"),
            (326, "Julie Aagaard", "Vinterlager", leader_of_new, "Mekaniker")]


def test_a_leaving_written_in_the_job_title_column(tmp_path: Path) -> None:
    """A column of job titles where a leaving is written instead of the title on some rows
    ("Job/bem.": "fratrådt 06.09.2026"): those rows are leavers."""
    listing = read(tmp_path, {"MUS": _workshop("Tove Poulsen")})
    numbers = {e.number for e in listing.employees}
    assert "312" not in numbers and "315" not in numbers
    assert {"301", "305", "316", "325"} <= numbers


@pytest.mark.parametrize("undecided", ["Tove eller Christian (aftales)", "Tove or Christian",
                                       "Aftales", "Anna Berg eller Bo Dam"])
def test_a_leader_cell_that_leaves_the_choice_open_is_refused(tmp_path: Path,
                                                              undecided: str) -> None:
    """"Tove eller Christian (aftales)": two people as a choice, or a leader still to be
    agreed; the list is refused with the rows, never read with the words as a name."""
    with pytest.raises(SpreadsheetError, match="leaves open who leads"):
        read(tmp_path, {"MUS": _workshop(undecided)})


def test_numbers_in_brackets_with_a_legend_over_the_list(tmp_path: Path) -> None:
    """"Medarbejdernr. i parentes = fratrådt i år" over the header: a row whose number stands in
    brackets ("(1009)") has left; its number is read without the brackets."""
    rows = [("Dækcenter – ansatte 2026",),
            ("Medarbejdernr. i parentes = fratrådt i år (beholdes til årsopgørelsen)",),
            (None,),
            ("Medarb.nr.", "Navn", "Afdeling", "Afdelingsleder"),
            (1002, "Frederik Lykke", "Ledelse", None),
            ("(1009)", "Astrid Lund", "Lager", "Frederik Lykke"),
            (1011, "Stine Madsen", "Lager", "Frederik Lykke"),
            ("(1016)", "Marianne Bæk", "Værksted", "Frederik Lykke"),
            (1017, "Ingrid Solberg", "Værksted", "Frederik Lykke")]
    listing = read(tmp_path, {"Ansatte": rows})
    assert {e.number for e in listing.employees} == {"1002", "1011", "1017"}


def test_inactive_because_on_leave_is_leave(tmp_path: Path) -> None:
    """PerformYard's "Inactive - Leave of Absence" (and "Inaktiv – orlov"): not at work because
    on leave, so on leave and given their form; "Inactive" alone has left."""
    rows = [("Employee ID", "Name", "Department", "Manager", "Employment Status"),
            ("PY-1", "Nikolaj Søndergaard", "Management", None, "Active"),
            ("PY-2", "Yusuf Demir", "Operations", "Nikolaj Søndergaard",
             "Inactive - Leave of Absence"),
            ("PY-3", "Børge Holm", "Operations", "Nikolaj Søndergaard", "Inaktiv – orlov"),
            ("PY-4", "Signe Bæk", "Operations", "Nikolaj Søndergaard", "Inactive"),
            ("PY-5", "Jens Aagaard", "Operations", "Nikolaj Søndergaard", "Active")]
    listing = read(tmp_path, {"People": rows})
    got = {e.number: e.on_leave for e in listing.employees}
    assert set(got) == {"PY-1", "PY-2", "PY-3", "PY-5"}
    assert got["PY-2"] and got["PY-3"]


def test_machines_among_the_staff_by_a_column_of_kinds(tmp_path: Path) -> None:
    """A planning system's staff register with its machines ("Typ": "Resurs" beside
    "Anställd"), whose names say nothing of a machine ("Laserskærer"): no person, no form."""
    text = ("Sign;Namn;Pers.nr;Avd;Chef;E-post;Typ\r\n"
            "MKJ;Martin Kjær;0100;Montage;;mkj@s.dk;Anställd\r\n"
            "AAB;Åse Bach;0133;Montage;MKJ;aab@s.dk;Anställd\r\n"
            "AHO;Anders Holm;0306;Svets;MKJ;aho@s.dk;Anställd\r\n"
            "LS1;Laserskærer;R03;Svets;MKJ;;Resurs\r\n"
            "KP2;Kantbukker;R02;Montage;MKJ;;Resurs\r\n"
            "EMO;Ejner Mortensen;0184;Lager;MKJ;emo@s.dk;Anställd\r\n")
    listing = read_csv(tmp_path, text, "cp1252")
    assert {e.number for e in listing.employees} == {"0100", "0133", "0306", "0184"}


def test_a_management_line_of_initials_under_any_header(tmp_path: Path) -> None:
    """An intranet's "Ledelseslinje" of initials joined by bare slashes from the top down to the
    person's own leader ("ESI/NKO/OKR"): the last step is the nearest leader, found by the
    list's initials."""
    rows = [("Initialer", "Lønnr.", "Navn", "Afdeling", "Ledelseslinje", "E-mail"),
            ("ESI", 1001, "Erik Simonsen", "Direktion", None, "esi@h.dk"),
            ("NKO", 1002, "Nina Kock", "Konstruktion", "ESI", "nko@h.dk"),
            ("OKR", 1003, "Ole Kragh", "Konstruktion", "ESI/NKO", "okr@h.dk"),
            ("ADE", 1205, "Ahmed Demir", "Konstruktion", "ESI/NKO/OKR", "ade@h.dk"),
            ("FLA", 1004, "Frida Lau", "Vand", "ESI", "fla@h.dk"),
            ("LKI", 1005, "Lærke Kirk", "Vand", "ESI/FLA", "lki@h.dk"),
            ("AOL", 1321, "Ana Olsen", "Vand", "ESI/FLA/LKI", "aol@h.dk")]
    listing = read(tmp_path, {"Hvem er hvem": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["1205"] == ("Ole Kragh", "okr@h.dk")
    assert got["1321"] == ("Lærke Kirk", "lki@h.dk")
    assert got["1003"] == ("Nina Kock", "nko@h.dk")
    assert got["1002"] == ("Erik Simonsen", "esi@h.dk")


def test_a_sharepoint_lookup_of_the_leader(tmp_path: Path) -> None:
    """A SharePoint list exported with its lookup column as "36;#Tina Kristensen" (the ID of
    the row it points to, then the name it shows): the leader is the name."""
    rows = [("ID", "Navn", "Lønnummer", "Afdeling", "Mail", "Nærmeste leder"),
            (36, "Tina Kristensen", 101, "Forstanderskab", "tina@h.dk", None),
            (5, "Christian Bæk", 106, "Kontor", "christian@h.dk", "36;#Tina Kristensen"),
            (131, "Hoa Bech", 102, "Undervisning", "hoa@h.dk", "36;#Tina Kristensen"),
            (10, "Mads Rasmussen", 118, "Undervisning", "mads@h.dk", "131;#Hoa Bech")]
    listing = read(tmp_path, {"Medarbejdere": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["106"] == ("Tina Kristensen", "tina@h.dk")
    assert got["118"] == ("Hoa Bech", "hoa@h.dk")


def test_blocks_labelled_as_units_and_units_under_them(tmp_path: Path) -> None:
    """Blocks of a report: "Afdeling: Produktion | Leder: HAN | mail" where the numbers stand
    (a heading, never an employee), then "Underafdeling: Bryghus" with no leader of its own
    (led by the department's leader), "Underafdeling: Tapperi | Leder: KWI" (whose leader
    reports to the department's) and "Underafdeling: Tapperi > Pakkeri" (led by Tapperi's)."""
    header = "Nr;Navn;Initialer;Stilling"
    lines = ["Bryghus ApS – Medarbejdere pr. afdeling;;;", ";;;",
             "Afdeling: Direktion;Leder: AJØ;ajoe@b.dk;", header,
             "301;Astrid Jørgensen;AJØ;Direktør",
             ";;;", "Afdeling: Produktion;Leder: HAN;han@b.dk;", header,
             "304;Hoa Andersen;HAN;Leder", "317;Ib Hussain;IHU;Operatør", ";;;",
             "Underafdeling: Bryghus;;;", header, "320;Kim Krogh;KKR;Brygger", ";;;",
             "Underafdeling: Tapperi;Leder: KWI;kwi@b.dk;", header,
             "308;Katarzyna Winther;KWI;Leder", "338;Marianne Ærenlund;MÆR;Brygger", ";;;",
             "Underafdeling: Tapperi > Pakkeri;;;", header, "352;Hanne Andersen;HAD;Pakker",
             ";;;", "Afdeling: Logistik;Leder: MBA;mba@b.dk;", header,
             "310;Malene Bak;MBA;Leder", "364;Agnes Haddad;AHA;Chauffør"]
    listing = read_csv(tmp_path, "\r\n".join(lines) + "\r\n")
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert set(got) == {"301", "304", "317", "320", "308", "338", "352", "310", "364"}
    assert got["317"] == ("Produktion", "Hoa Andersen")
    assert got["320"] == ("Bryghus", "Hoa Andersen")
    assert got["308"] == ("Tapperi", "Hoa Andersen")
    assert got["338"] == ("Tapperi", "Katarzyna Winther")
    assert got["352"] == ("Tapperi > Pakkeri", "Katarzyna Winther")
    assert got["364"] == ("Logistik", "Malene Bak")


def test_a_unit_without_a_leader_on_the_units_sheet_is_led_by_the_unit_above(
        tmp_path: Path) -> None:
    """A units sheet with a column of the unit above, where a unit's leader cell is empty:
    its employees are led by the leader of the unit above it, said (where no unit above is
    given, it stays a unit without a leader, warned)."""
    staff = [("Tjenestenr", "Navn", "Enhedsnr", "E-mail"),
             (1, "Torben Bøgh", 100, "tb@b.dk"),
             (2, "Stine Wiśniewska", 200, "sw@b.dk"),
             (3, "Gry Gade", 200, "gg@b.dk"),
             (4, "Ole Lund", 210, "ol@b.dk"),
             (5, "Eva Dam", 210, "ed@b.dk")]
    units = [("Enhedsnr", "Enhedsnavn", "Overordnet enhed", "Leder (tjenestenr)"),
             (100, "Direktion", None, 1),
             (200, "Administration", 100, 2),
             (210, "Udlejning", 200, None)]
    listing = read(tmp_path, {"Medarbejdere": staff, "Enheder": units})
    got = {e.number: (e.department, e.leader, e.leader_email) for e in listing.employees}
    assert got["4"] == got["5"] == ("Udlejning", "Stine Wiśniewska", "sw@b.dk")
    assert got["3"] == ("Administration", "Stine Wiśniewska", "sw@b.dk")


def test_a_leader_by_one_of_the_posts_a_title_joins(tmp_path: Path) -> None:
    """A payroll bureau's list whose leader column says "Mester", the owner's title on her
    own row being "Indehaver / mester": she is the leader."""
    text = ("Medarbejdernr.;Navn;Stilling;Afdeling;Arbejdsleder\r\n"
            "1;Gitte Olsen;Indehaver / mester;Kontor;\r\n"
            "2;Christian Brask;Kontorassistent;Kontor;Mester\r\n"
            "3;Torben Kowalski;Arbejdsleder;Service;Mester\r\n"
            "5;Jens Thygesen;Servicemontør;Service;Torben Kowalski\r\n")
    listing = read_csv(tmp_path, text, "cp1252")
    got = {e.number: e.leader for e in listing.employees}
    assert got["2"] == got["3"] == "Gitte Olsen"
    assert got["5"] == "Torben Kowalski"


def test_agency_workers_by_a_column_of_kinds_under_any_header(tmp_path: Path) -> None:
    """An access-control system's staff master data with "MA-Typ": "Leiharbeiter" (agency
    workers, numbered L…) beside "Gewerblich" and "Angestellter" (waged and salaried), and
    visitor cards: the agency workers are not employed here, no form."""
    lines = ["Pers.-Nr.;Name;Vorname;MA-Typ;Abteilung;Vorgesetzter;Eintritt;Austritt",
             "1040;Friis;Hanne;Angestellter;Fabriksledelse;;14.06.2018;"]
    lines += [f"{1041 + i};Holm{i};Ole;{'Angestellter' if i < 6 else 'Gewerblich'};Montage;"
              "1040;01.02.2015;" for i in range(30)]
    lines += [f"L90{i};Lewandowski{i};Marek;Leiharbeiter;Montage;1041;01.10.2026;"
              for i in range(1, 4)]
    lines += ["B01;Besucher;Karte 1;Besucher;Empfang;;;",
              "B02;Besucher;Karte 2;Besucher;Empfang;;;"]
    listing = read_csv(tmp_path, "\r\n".join(lines) + "\r\n", "cp1252")
    numbers = {e.number for e in listing.employees}
    assert "1040" in numbers and "1070" in numbers and len(numbers) == 31


def test_signs_before_and_letters_after_names_with_a_legend_in_comment_lines(
        tmp_path: Path) -> None:
    """A CSV whose "#" lines over the header explain signs by where they stand: "÷ foran navn
    = fratrådt", "(B) efter navn = barsel/orlov", "* foran navn = ny": the marks are no part of
    the names, "÷" has left, "(B)" is on leave."""
    text = ("\ufeff# Personaleliste – Skoleflyvning\r\n"
            '"# Tegnforklaring: * foran navn = ny siden sidste liste, (B) efter navn = '
            'barsel/orlov, ÷ foran navn = fratrådt (slettes ved årsskifte)",,,\r\n'
            "Nr,Navn,Afdeling,Nærmeste leder\r\n"
            "001,Kim Rasmussen,Ledelse,\r\n"
            "002,Poul Brøndum,Flyveinstruktion,Kim Rasmussen\r\n"
            "006,÷ Ellen Olsen,Flyveinstruktion,Poul Brøndum\r\n"
            "008,Ramón García (B),Flyveinstruktion,Poul Brøndum\r\n"
            "012,* Marianne Aagaard,Flyveinstruktion,Poul Brøndum\r\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: (e.name, e.on_leave) for e in listing.employees}
    assert set(got) == {"001", "002", "008", "012"}
    assert got["008"] == ("Ramón García", True)
    assert got["012"] == ("Marianne Aagaard", False)


def test_block_leaders_report_to_the_leader_named_over_the_header(tmp_path: Path) -> None:
    """A line over the header names the head of the whole ("Ledelse: forstander Lars Nielsen
    (ln@…), medarb.nr. 101", the number after the address); each block has a unit heading and
    a "Leder:" line, its leader the block's first row: each block's leader reports to the
    head, their staff to them (never to the block before)."""
    rows = [("Søsportsskolen – personaleliste",),
            ("Ledelse: forstander Lars Nielsen (ln@s.dk), medarb.nr. 101",),
            (None,),
            ("Medarb.nr.", "Navn", "Stilling", "Bemærkning"),
            ("KONTOR OG ADMINISTRATION",),
            ("Leder: Kirsten Damgaard, kd@s.dk",),
            (102, "Kirsten Damgaard", "Afdelingsleder"),
            (103, "Åge Skov", "Bogholder"),
            (None,),
            ("JOLLESEJLADS OG KAJAK",),
            ("Leder: Lars Brøndum, lb@s.dk",),
            (113, "Lars Brøndum", "Afdelingsleder"),
            (119, "Sune Andersen", "Instruktør")]
    listing = read(tmp_path, {"Personale": rows})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["102"] == got["113"] == ("Lars Nielsen", "ln@s.dk")
    assert got["103"] == ("Kirsten Damgaard", "kd@s.dk")
    assert got["119"] == ("Lars Brøndum", "lb@s.dk")


def _tea(note: str) -> list[tuple[object, ...]]:
    return [("Nr", "Navn", "Afdeling", "Leder", "Leder mail"),
            (61, "Hanne Christensen", "Direktion", None, None),
            (62, "Erik Thomsen", "Indkøb", "Hanne Christensen", "hc@t.dk"),
            (63, "Ellen Poulsen", "Salg", "Hanne Christensen", "hc@t.dk"),
            (77, "Jens Andersen", "Salg", "Ellen Poulsen", "ep@t.dk"),
            (78, "Mia Holm", "Salg", "Ellen Poulsen", "ep@t.dk"),
            (79, "Ib Dahl", "Indkøb", "Erik Thomsen", "et@t.dk"),
            (None,),
            ("Ændringer siden sidste MUS-runde (ikke rettet i listen ovenfor):",),
            (note,)]


def test_a_note_that_someone_has_moved_is_read(tmp_path: Path) -> None:
    """A note under a list not yet corrected: "Jens Andersen skifter til Indkøb pr. 1/12 og
    har nu Erik Thomsen som leder" (the day gone by): his department and leader are the ones
    the note names, said."""
    listing = read(tmp_path, {"Medarbejdere": _tea(
        "• Jens Andersen skifter til Indkøb pr. 1/12 og har nu Erik Thomsen som leder.")})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["77"] == ("Indkøb", "Erik Thomsen")
    assert got["78"] == ("Salg", "Ellen Poulsen")


def test_a_note_of_a_move_to_come_leaves_the_columns(tmp_path: Path) -> None:
    listing = read(tmp_path, {"Medarbejdere": _tea(
        "• Jens Andersen skifter til Indkøb pr. 1/2-2027 og får Erik Thomsen som leder.")})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["77"] == ("Salg", "Ellen Poulsen")


def test_a_note_of_a_move_mus_cannot_read_refuses(tmp_path: Path) -> None:
    """"Jens Andersen har fået ny leder" names no leader on the list: refused, never read as
    if the note were not there."""
    with pytest.raises(SpreadsheetError, match="moves or has a new leader"):
        read(tmp_path, {"Medarbejdere": _tea("• Jens Andersen har fået ny leder pr. 1/11.")})


def test_a_vacant_units_remark_that_says_whom_the_team_reports_to(tmp_path: Path) -> None:
    """A teams sheet whose lead is "(vakant)" and whose note says "teamet refererer direkte til
    Ebbe Dalsgaard (CTO) indtil ny lead er ansat": the team is led by him for now, said."""
    staff = [("ID", "Navn", "Team", "Mail"),
             ("SV010", "Poul Thomsen", "Management", "poul@s.dk"),
             ("SV011", "Ebbe Dalsgaard", "Management", "ebbe@s.dk"),
             ("SV020", "Ida Holm", "Firmware", "ida@s.dk"),
             ("SV022", "Bo Lind", "Firmware", "bo@s.dk"),
             ("SV030", "Anders Bøgh", "Hardware", "anders@s.dk"),
             ("SV031", "Eva Ravn", "Hardware", "eva@s.dk")]
    teams = [("Team", "Team lead", "Lead mail", "Note"),
             ("Management", "Poul Thomsen", "poul@s.dk", None),
             ("Firmware", "(vakant)", None, "Lead stoppede i sommer – teamet refererer direkte "
              "til Ebbe Dalsgaard (CTO) indtil ny lead er ansat"),
             ("Hardware", "Anders Bøgh", "anders@s.dk", None)]
    listing = read(tmp_path, {"Medarbejdere": staff, "Teams": teams})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["SV020"] == got["SV022"] == ("Ebbe Dalsgaard", "ebbe@s.dk")
    assert got["SV031"] == ("Anders Bøgh", "anders@s.dk")


def test_shop_heads_by_title_under_a_regions_heading_and_the_head_office_sheet(
        tmp_path: Path) -> None:
    """A sheet per region titled with its regional manager ("Region Øst – regionschef Gitte
    Jørgensen (…)") over rows of several shops, each shop with one "Butikschef": the shop's
    staff are led by their Butikschef, who is led by the regional manager; the head office's
    sheet, whose columns are headed otherwise but who holds the regional managers the titles
    name, is part of the list."""
    head_office = [("Søvnhuset A/S – hovedkontor",), (None,),
                   ("Nr", "Navn", "Afdeling", "Stilling", "Mail"),
                   (10001, "Bodil Sørensen", "Hovedkontor", "Adm. direktør", "bs@s.dk"),
                   (10002, "Gitte Jørgensen", "Hovedkontor", "Regionschef, Region Øst", "gj@s.dk"),
                   (10003, "Karin Andersen", "Hovedkontor", "Regionschef, Region Vest",
                    "ka@s.dk"),
                   (10005, "Mette Sørensen", "Hovedkontor", "Marketing", "ms@s.dk")]

    def region(title: str, first: int) -> list[tuple[object, ...]]:
        return [(title,), (None,), ("Nr", "Navn", "Butik", "Stilling", "Mail"),
                (first, "Birgitte Friis", "Roskilde", "Butikschef", f"b{first}@s.dk"),
                (first + 1, "Villads Nielsen", "Roskilde", "Sælger", None),
                (first + 2, "Kasper Bruun", "Roskilde", "Søvnrådgiver", None),
                (first + 3, "Nanna Madsen", "Glostrup", "Butikschef", f"n{first}@s.dk"),
                (first + 4, "Ali Demir", "Glostrup", "Sælger", None)]

    listing = read(tmp_path, {
        "Hovedkontor": head_office,
        "Region Øst": region("Region Øst – regionschef Gitte Jørgensen (gj@s.dk)", 10011),
        "Region Vest": region("Region Vest – regionschef Karin Andersen (ka@s.dk)", 10021)})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["10002"][0] == "Hovedkontor"
    assert got["10012"] == ("Roskilde", "Birgitte Friis")
    assert got["10015"] == ("Glostrup", "Nanna Madsen")
    assert got["10011"] == ("Roskilde", "Gitte Jørgensen")
    assert got["10024"] == ("Glostrup", "Karin Andersen")


def test_a_school_with_an_acting_period_in_one_cell_and_the_heads_leader_outside(
        tmp_path: Path) -> None:
    """A departments sheet with "Konstitueret leder" and one "Konstitutionsperiode" cell
    ("01.09.2026–28.02.2027" holds today; "01.02.2026–30.06.2026" is over), the school leader
    in "Ledelse og administration" (the top: the other heads report to her), and a note that
    she reports to the head of schools, who is not on the list."""
    staff = [("Medarb.nr.", "Navn", "Stilling", "Afdeling", "E-mail"),
             (1, "Gry Mortensen", "Skoleleder", "Ledelse og administration", "gm@s.dk"),
             (2, "Lis Holm", "Sekretær", "Ledelse og administration", "lh@s.dk"),
             (3, "Anne Holm", "Afdelingsleder", "Udskolingen", "ah@s.dk"),
             (4, "Stine Mikkelsen", "Lærer", "Udskolingen", "sm@s.dk"),
             (5, "Bo Dam", "Lærer", "Udskolingen", "bd@s.dk"),
             (6, "Freja Møller", "Afdelingsleder", "Mellemtrinnet", "fm@s.dk"),
             (7, "Nikolaj Rask", "Lærer", "Mellemtrinnet", "nr@s.dk"),
             (8, "Ida Lund", "Lærer", "Mellemtrinnet", "il@s.dk")]
    units = [("Afdeling", "Afdelingsleder", "Konstitueret leder", "Konstitutionsperiode",
              "Bemærkning"),
             ("Ledelse og administration", "Gry Mortensen", None, None, None),
             ("Mellemtrinnet", "Freja Møller", "Nikolaj Rask", "01.02.2026–30.06.2026",
              "Konstitution ophørt"),
             ("Udskolingen", "Anne Holm", "Stine Mikkelsen", "01.09.2026–28.02.2027",
              "Anne på barsel"),
             (None,),
             ("Skolelederen refererer til skolechef Bente Lauritsen, Børn og Unge "
              "(bla@kom.dk).",)]
    listing = read(tmp_path, {"Personale": staff, "Afdelinger": units})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["5"] == ("Stine Mikkelsen", "sm@s.dk")
    assert got["8"] == ("Freja Møller", "fm@s.dk")
    assert got["6"] == got["4"] == ("Gry Mortensen", "gm@s.dk")
    assert got["1"] == ("Bente Lauritsen", "bla@kom.dk")


def test_workday_supervisory_and_superior_organizations(tmp_path: Path) -> None:
    """Workday's "Workers by Supervisory Organization": each row's unit and its manager in one
    cell ("Accounting (Mads Lund)"), and the unit above the same way ("Finance (Lasse
    Villadsen)"): a manager, who heads their own unit, is led by the manager of the unit
    above."""
    rows = [("Employee ID", "Worker", "Business Title", "Supervisory Organization",
             "Superior Organization", "Email - Work"),
            (1, "Ib Bak", "CEO", "Executive Management (Ib Bak)", None, "ib@s.com"),
            (2, "Lasse Villadsen", "Manager, Finance", "Finance (Lasse Villadsen)",
             "Executive Management (Ib Bak)", "lv@s.com"),
            (3, "Søs Poulsen", "Specialist", "Finance (Lasse Villadsen)",
             "Executive Management (Ib Bak)", "sp@s.com"),
            (4, "Mads Lund", "Manager, Accounting", "Accounting (Mads Lund)",
             "Finance (Lasse Villadsen)", "ml@s.com"),
            (5, "Trine Bæk", "Accountant", "Accounting (Mads Lund)",
             "Finance (Lasse Villadsen)", "tb@s.com"),
            (6, "Henrik Laursen", "Manager, Operations", "Operations (Henrik Laursen)",
             "Executive Management (Ib Bak)", "hl@s.com"),
            (7, "Sune Andersen", "Operative", "Operations (Henrik Laursen)",
             "Executive Management (Ib Bak)", "sa@s.com")]
    listing = read(tmp_path, {"Workers": rows})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["4"] == ("Accounting", "Lasse Villadsen")
    assert got["5"] == ("Accounting", "Mads Lund")
    assert got["2"] == ("Finance", "Ib Bak") and got["6"] == ("Operations", "Ib Bak")
    assert got["1"][1] == ""


def test_a_dotted_line_manager_is_not_the_line_manager(tmp_path: Path) -> None:
    """Jostle's "Reports To" beside "Dotted Line Manager", the latter filled on a few rows
    (heads with a second line to a product lead): the leader is "Reports To"; the dotted-line
    column's names are no shifted row."""
    text = ("Employee ID,First Name,Last Name,Team,Reports To,Dotted Line Manager,Email\r\n"
            "E1001,Tina,Hussain,Management,,,tina@f.io\r\n"
            "E1002,Zainab,Gade,Product,Tina Hussain,,zainab@f.io\r\n"
            "E1007,Åse,Nørgaard,Platform Team,Tina Hussain,Zainab Gade,aase@f.io\r\n"
            "E1009,Inger,Larsen,App Team,Tina Hussain,Zainab Gade,inger@f.io\r\n"
            "E1031,Rasmus,Andersen,Platform Team,Åse Nørgaard,,rasmus@f.io\r\n"
            "E1039,Camilla,Birk,App Team,Inger Larsen,,camilla@f.io\r\n"
            "E1040,Bo,Lund,App Team,Inger Larsen,,bo@f.io\r\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: e.leader for e in listing.employees}
    assert got["E1031"] == "Åse Nørgaard" and got["E1039"] == "Inger Larsen"
    assert got["E1007"] == got["E1009"] == "Tina Hussain"


def test_an_exit_interview_column_is_no_end_date(tmp_path: Path) -> None:
    """An on- and offboarding sheet's "Fratrædelsessamtale" ("aftalt 18/12", "holdt 28/11")
    says when the exit interview is, not when someone leaves: "Sidste arbejdsdag" does."""
    rows = [("Nr.", "Medarbejder", "Afdeling", "Leder", "Sidste arbejdsdag",
             "Fratrædelsessamtale"),
            (401, "Malthe Jensen", "Direktion", None, None, None),
            (402, "Lukas Baumann", "Økonomi", "Malthe Jensen", None, None),
            (403, "Ida Holm", "Økonomi", "Malthe Jensen", "31.12.2026", "aftalt 18/12"),
            (404, "Bo Lund", "Havn", "Malthe Jensen", "30.11.2026", "holdt 28/11"),
            (405, "Eva Dam", "Havn", "Malthe Jensen", None, None)]
    listing = read(tmp_path, {"Medarbejdere": rows})
    assert {e.number for e in listing.employees} == {"401", "402", "403", "405"}


def test_the_first_blocks_heading_over_the_header_heads_no_more_than_its_block(
        tmp_path: Path) -> None:
    """A CSV of shop blocks whose first heading stands over the header ("Butik Skagen –
    ansvarlig: Bent Friis (…)", his own row the first under it): he leads his shop only; the
    other shops' leaders are not his, but led as before (by the director, whose title heads
    the whole)."""
    lines = ["Personaleliste Havets Fisk A/S;;;", ";;;",
             "Butik Skagen – ansvarlig: Bent Friis (bent@h.dk);;;", "Lønnr;Navn;Stilling;Bem.",
             "0014;Bent Friis;Butiksleder;", "0016;Rikke Bruun;Fiskehandler;", ";;;",
             "Butik Sæby – ansvarlig: Thomas Andersen (thomas@h.dk);;;",
             "Lønnr;Navn;Stilling;Bem.", "0047;Thomas Andersen;Butiksleder;",
             "0051;Anders Mølgaard;Elev;", ";;;",
             "Kontor – ansvarlig: direktør Birgitte Skov (birgitte@h.dk);;;",
             "Lønnr;Navn;Stilling;Bem.", "0087;Birgitte Skov;Direktør;",
             "0088;Ole Dam;Bogholder;"]
    listing = read_csv(tmp_path, "\r\n".join(lines) + "\r\n", "cp1252")
    got = {e.number: e.leader for e in listing.employees}
    assert got["0016"] == "Bent Friis" and got["0051"] == "Thomas Andersen"
    assert got["0047"] != "Bent Friis" and got["0014"] != "Bent Friis"


def test_a_leaving_month_written_by_its_name(tmp_path: Path) -> None:
    """"Stoppet": "aug. 2026" (a month gone by: left), "marts 2027" (to come: still employed);
    the month of today itself cannot tell whether the day has come, and is refused."""
    rows = [("Nr", "Navn", "Truck", "Stoppet"),
            (1, "Kasper Holm", "Nord", None),
            (2, "Ida Lund", "Nord", "aug. 2026"),
            (3, "Bo Dam", "Syd", "marts 2027"),
            (4, "Eva Berg", "Syd", None)]
    listing = read(tmp_path, {"Folk": rows})
    assert {e.number for e in listing.employees} == {"1", "3", "4"}
    rows[2] = (2, "Ida Lund", "Nord", "december 2026")
    with pytest.raises(SpreadsheetError, match="december 2026"):
        read(tmp_path, {"Folk": rows})


def test_a_leaving_written_where_the_address_was(tmp_path: Path) -> None:
    """A phone and mail list whose "Mail" cell says "lukket – fratrådt 30.09.2026" for those
    who left: they have left (and the rows are no shifted rows, though the leader's address
    stands in the column before)."""
    text = ("Medarbejdernr;Navn;Afdeling;Nærmeste leder;Lederens mail;Mail\r\n"
            "601;Tobias Jensen;Ledelse;;;tj@d.dk\r\n"
            "602;Kåre Ravn;Smådyr;Tobias Jensen;tj@d.dk;kr@d.dk\r\n"
            "606;Ove Østergaard;Ledelse;Tobias Jensen;tj@d.dk;lukket – fratrådt 01.03.2026\r\n"
            "610;Susanne Krogh;Smådyr;Kåre Ravn;kr@d.dk;lukket – fratrådt 30.09.2026\r\n"
            "611;Asger Vest;Ledelse;Tobias Jensen;tj@d.dk;av@d.dk\r\n"
            "612;Bo Kjær;Smådyr;Kåre Ravn;kr@d.dk;bk@d.dk\r\n")
    listing = read_csv(tmp_path, text)
    assert {e.number for e in listing.employees} == {"601", "602", "611", "612"}


def test_a_guest_lecturer_who_invoices_has_no_number_and_no_form(tmp_path: Path) -> None:
    """A school's staff workbook where a guest lecturer, "faktureres via eget firma" in the
    kind of employment, has no number: not employed here, no refusal for the empty number."""
    rows = [("Init.", "Lønnr.", "Navn", "Faggruppe", "Uddannelsesleder", "Ansættelse"),
            ("JGR", "0100", "Jørgen Grønbæk", "Skoleledelse", None, "Fastansat"),
            ("ABR", "0312", "Astrid Brøndum", "Værksteder", "Jørgen Grønbæk", "Fastansat"),
            ("LEA", None, "Lea Abildgaard", "Efteruddannelse", "Jørgen Grønbæk",
             "Gæsteforelæser – faktureres via eget firma"),
            ("LMO", "0573", "Lene Mortensen", "Efteruddannelse", "Jørgen Grønbæk", "Fastansat"),
            ("KJE", "0247", "Kåre Jensen", "Værksteder", "Jørgen Grønbæk", "Fastansat")]
    listing = read(tmp_path, {"Undervisere": rows})
    assert {e.number for e in listing.employees} == {"0100", "0312", "0573", "0247"}


def test_a_key_of_shop_leaders_in_one_line_over_the_header(tmp_path: Path) -> None:
    """One hand-typed line over a CSV's header gives each shop's leader ("Butiksledere:
    Nørreport = Steen Rasmussen (…) | Østerport = … | Kontor = Sune Ærenlund (…) –
    butikslederne refererer til Sune"): each row's leader is its shop's, and the shop leaders
    report to the one the line names, by a first name only one of them has."""
    text = ("Butiksledere: Nørreport = Steen Rasmussen (sr@k.dk) | Østerport = Marianne Møller "
            "(mm@k.dk) | Kontor = Sune Ærenlund (sa@k.dk) – butikslederne refererer til Sune\r\n"
            "\r\n"
            "Medarbejdernr;Fornavn;Efternavn;Butik;Timer\r\n"
            "3001;Sune;Ærenlund;Kontor;37\r\n"
            "3002;Steen;Rasmussen;Nørreport;37\r\n"
            "3003;Marianne;Møller;Østerport;37\r\n"
            "3010;Ida;Holm;Nørreport;20\r\n"
            "3011;Bo;Dam;Østerport;15\r\n"
            "3012;Lis;Berg;Kontor;30\r\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["3010"] == ("Steen Rasmussen", "sr@k.dk")
    assert got["3011"] == ("Marianne Møller", "mm@k.dk")
    assert got["3012"] == ("Sune Ærenlund", "sa@k.dk")
    assert got["3002"] == got["3003"] == ("Sune Ærenlund", "sa@k.dk")
    assert got["3001"][0] == ""


def test_a_note_naming_someone_by_number_and_first_name(tmp_path: Path) -> None:
    """"NB: 1171 Pernille er stoppet 30.09.2026 - skal slettes" under a CSV list: the one whose
    number and first name those are has left."""
    text = ("Nr;Navn;Afdeling;Formand\r\n1100;Dorthe Rasmussen;Kontor;\r\n"
            "1171;Pernille Winther;Slib;Dorthe Rasmussen\r\n"
            "1172;Jonas Berg;Slib;Dorthe Rasmussen\r\n"
            "1173;Ida Holm;Slib;Dorthe Rasmussen\r\n;;;\r\n"
            "NB: 1171 Pernille er stoppet 30.09.2026 - skal slettes;;;\r\n")
    listing = read_csv(tmp_path, text)
    assert {e.number for e in listing.employees} == {"1100", "1172", "1173"}


def test_a_legend_mark_that_says_starts_later(tmp_path: Path) -> None:
    """"(N) = ny, starter senere" in a legend over the list: "Else Søndergaard (N)" has not
    begun and gets no form yet."""
    rows = [("Tegnforklaring:  (O) = orlov    (S) = stoppet    (N) = ny, starter senere",),
            (None,),
            ("Nr", "Navn", "Afdeling", "Leder"),
            (301, "Rasmus Juhl", "Drift", None),
            (320, "Mihai Brøndum (S)", "Drift", "Rasmus Juhl"),
            (327, "Troels Johansen (O)", "Drift", "Rasmus Juhl"),
            (330, "Else Søndergaard (N)", "Drift", "Rasmus Juhl"),
            (331, "Ib Lund", "Drift", "Rasmus Juhl")]
    listing = read(tmp_path, {"Ansatte": rows})
    got = {e.number: e.on_leave for e in listing.employees}
    assert set(got) == {"301", "327", "331"} and got["327"]


def test_note_rows_that_point_up_at_a_person(tmp_path: Path) -> None:
    """A Google Sheets list with note rows under a person's row, "↑ stoppet 30/11-2026",
    "↑ barsel fra 15/10-2026 til 1/8-2027": remarks on the row above."""
    text = ("Nr\tNavn\tAfdeling\tLeder\r\n11\tBrian Juhl\tLedelse\t\r\n"
            "20\tJulie Madsen\tOpdræt\tBrian Juhl\r\n\t↑ barsel fra 15/10-2026 til 1/8-2027\t\t\r\n"
            "21\tFreja Friis\tOpdræt\tBrian Juhl\r\n"
            "26\tMarianne Poulsen\tOpdræt\tBrian Juhl\r\n\t↑ stoppet 30/11-2026\t\t\r\n"
            "27\tBo Dam\tOpdræt\tBrian Juhl\r\n")
    listing = read_csv(tmp_path, text)
    got = {e.number: e.on_leave for e in listing.employees}
    assert set(got) == {"11", "20", "21", "27"} and got["20"] and not got["21"]


def test_a_change_column_beside_the_day_it_takes_effect(tmp_path: Path) -> None:
    """"Ændring" ("Fratræder", "Skifter afdeling") beside "Pr. dato": a leaving whose day has
    gone by has left; one to come is still employed; a move says nothing of leaving."""
    rows = [("Nr", "Navn", "Afdeling", "Leder", "Ændring", "Pr. dato"),
            (301, "Ida Iversen", "Ledelse", None, None, None),
            (311, "Marianne Bach", "Pakkeri", "Ida Iversen", None, None),
            (414, "Karina Pedersen", "Pakkeri", "Marianne Bach", "Fratræder", "31.10.2026"),
            (415, "Bo Dam", "Pakkeri", "Marianne Bach", "Fratræder", "31.01.2027"),
            (416, "Eva Lund", "Pakkeri", "Marianne Bach", "Skifter afdeling", "01.02.2027"),
            (417, "Ole Berg", "Pakkeri", "Marianne Bach", None, None)]
    listing = read(tmp_path, {"Oversigt": rows})
    assert {e.number for e in listing.employees} == {"301", "311", "415", "416", "417"}


def test_a_retirement_with_its_day_in_a_column_of_absences(tmp_path: Path) -> None:
    """"Fravær/årsag": "Pension pr. 31.07.2026" has left (the day has come), "Pension pr.
    31.03.2027" is still employed, "Orlov uden løn" is on leave."""
    rows = [("Medarbejdernr", "Navn", "Afdeling", "Leder", "Fravær/årsag"),
            ("00150", "Bodil Holm", "Direktion", None, None),
            ("00280", "Peter Bæk", "El", "Bodil Holm", "Pension pr. 31.07.2026"),
            ("00281", "Ole Sø", "El", "Bodil Holm", "Pension pr. 31.03.2027"),
            ("00185", "Ingrid Frø", "El", "Bodil Holm", "Orlov uden løn"),
            ("00186", "Ida Lund", "El", "Bodil Holm", None)]
    listing = read(tmp_path, {"Ansatte": rows})
    got = {e.number: e.on_leave for e in listing.employees}
    assert set(got) == {"00150", "00281", "00185", "00186"} and got["00185"]


def test_remarks_with_long_danish_dates(tmp_path: Path) -> None:
    """Remarks that write their day the long way, with the weekday: "Opsagt i prøvetiden,
    sidste dag fredag den 4. december 2026" (gone by), "Starter mandag den 4. januar 2027 –
    lærling 1. år" (not begun); a course's date is no leaving."""
    rows = [("Nr", "Navn", "Afdeling", "Leder", "Bemærkning"),
            (44, "Ulla Petersen", "Ledelse", None, None),
            (48, "Kasper Olsen", "Sjak", "Ulla Petersen",
             "Starter mandag den 4. januar 2027 – lærling 1. år"),
            (56, "Anders Mortensen", "Sjak", "Ulla Petersen",
             "Opsagt i prøvetiden, sidste dag fredag den 4. december 2026"),
            (57, "Ib Holm", "Sjak", "Ulla Petersen", "Kursus torsdag den 10. december 2026"),
            (58, "Eva Dam", "Sjak", "Ulla Petersen", None)]
    listing = read(tmp_path, {"Personale": rows})
    assert {e.number for e in listing.employees} == {"44", "57", "58"}


def test_a_table_of_leaders_under_the_list_is_no_employees(tmp_path: Path) -> None:
    """Under the list, after blank rows, "Ledere:" and a table of its own ("Kaldenavn | Fulde
    navn | Mail", then "Zofia | Zofia Wiśniewska | …"): its rows are no employees (their
    "numbers" are names, where every number of the list has digits)."""
    rows = [("Nr", "Navn", "Afdeling", "Leder"),
            (201, "Zofia Wiśniewska", "Salg", None),
            (202, "Ida Holm", "Salg", "Zofia"),
            (203, "Bo Dam", "Salg", "Zofia"),
            (204, "Søs Rasmussen", "Montage", "Zofia"),
            (205, "Eva Lund", "Montage", "Søs"),
            (None,), (None,),
            ("Ledere:",),
            ("Kaldenavn", "Fulde navn", "Mail"),
            ("Zofia", "Zofia Wiśniewska", "zw@m.dk"),
            ("Søs", "Søs Rasmussen", "sr@m.dk")]
    listing = read(tmp_path, {"Personale": rows})
    assert {e.number for e in listing.employees} == {"201", "202", "203", "204", "205"}


def test_former_people_by_a_word_before_the_name_or_a_status(tmp_path: Path) -> None:
    """"fhv. Kim Lund" (a word before the name that says former), a relation "Tidligere
    medarbejder" and a chat workspace's status "alumni": no form for them; a title "Specialist
    (fhv. afdelingsleder)" says what someone was, and they are employed."""
    rows = [("Lønnr", "Navn", "Titel", "Afdeling", "Leder", "Relation"),
            (715, "Peter Brøndum", "Direktør", "Direktion", None, "Medarbejder"),
            (760, "fhv. Kim Lund", "Ejendomsfunktionær", "Syd", "Peter Brøndum", "Medarbejder"),
            (761, "Ida Holm", "Specialist (fhv. afdelingsleder)", "Syd", "Peter Brøndum",
             "Medarbejder"),
            (762, "Bo Dam", "Ejendomsfunktionær", "Syd", "Peter Brøndum",
             "Tidligere medarbejder"),
            (763, "Eva Berg", "Ejendomsfunktionær", "Syd", "Peter Brøndum", "Medarbejder"),
            (764, "Ole Lind", "Ejendomsfunktionær", "Syd", "Peter Brøndum", "alumni")]
    listing = read(tmp_path, {"Personale": rows})
    assert {e.number for e in listing.employees} == {"715", "761", "763"}


def test_a_crew_heading_with_its_foreman_labelled_in_brackets(tmp_path: Path) -> None:
    """Merged crew headings "Sjak 1  (formand: Signe Damgaard)" under a line that says whom
    all foremen report to: each crew's rows have the crew as department and its foreman as
    leader; the foremen are led by the owner."""
    rows = [("Brolæggerfirmaet – folk pr. 1/12-2026",),
            ("Alle formænd refererer til indehaver Kirsten Grøn.",),
            (None,),
            ("Nr", "Navn", "Funktion", "Tlf"),
            ("Kontor",),
            ("01", "Kirsten Grøn", "Indehaver", "75 82 11 40"),
            ("Sjak 1  (formand: Signe Damgaard)",),
            ("02", "Signe Damgaard", "Formand", "47 50 87 47"),
            ("07", "Allan Rasmussen", "Anlægsarbejder", "59 68 94 80"),
            ("Sjak 2  (formand: Ole Bak)",),
            ("03", "Ole Bak", "Formand", "47 50 87 48"),
            ("09", "Ib Lund", "Anlægsarbejder", "59 68 94 81")]
    listing = read(tmp_path, {"Folk": rows})
    got = {e.number: (e.department, e.leader) for e in listing.employees}
    assert got["07"] == ("Sjak 1", "Signe Damgaard")
    assert got["09"] == ("Sjak 2", "Ole Bak")
    assert got["02"] == ("Sjak 1", "Kirsten Grøn")


def test_a_units_sheet_whose_top_reports_to_a_body_outside_the_list(tmp_path: Path) -> None:
    """"Hører under" names each section's department, the department's own a body outside the
    list ("Center for Ortopædi (Direktion)"): the section leaders are led by the department's
    leader, and a vacant section ("Vakant (opslået – …)") by the department's leader too."""
    staff = [("Medarbejdernr", "Navn", "Afsnit"),
             (1, "Vibeke Holm", "Ortopædkirurgisk Afdeling"),
             (2, "Kåre Christensen", "Sengeafsnit O1"),
             (3, "Ida Lund", "Sengeafsnit O1"),
             (4, "Bo Dam", "Sengeafsnit O2"),
             (5, "Eva Berg", "Sengeafsnit O2"),
             (6, "Tomasz Kowalski", "Ambulatorium"),
             (7, "Lis Holm", "Ambulatorium")]
    units = [("Afsnit", "Hører under", "Afsnitsleder", "Mail"),
             ("Ortopædkirurgisk Afdeling", "Center for Ortopædi (Direktion)", "Vibeke Holm",
              "vih@r.dk"),
             ("Sengeafsnit O1", "Ortopædkirurgisk Afdeling", "Kåre Christensen", "kac@r.dk"),
             ("Sengeafsnit O2", "Ortopædkirurgisk Afdeling",
              "Vakant (opslået – forventes besat 1/2-2027)", None),
             ("Ambulatorium", "Ortopædkirurgisk Afdeling", "Tomasz Kowalski", "tok@r.dk")]
    listing = read(tmp_path, {"Medarbejdere": staff, "Afsnit og ledelse": units})
    got = {e.number: (e.leader, e.leader_email) for e in listing.employees}
    assert got["2"] == got["6"] == ("Vibeke Holm", "vih@r.dk")
    assert got["4"] == got["5"] == ("Vibeke Holm", "vih@r.dk")
    assert got["3"] == ("Kåre Christensen", "kac@r.dk")


def test_more_people_in_a_layout_of_their_own_under_a_heading_are_not_passed_over(
        tmp_path: Path) -> None:
    """A block pasted in under a heading with its own layout ("Navn | Medarb.nr | Fag", the
    number no longer first) holds more people, not a key of those above: they are never
    passed over as another table (mus refuses what it cannot line up, as before)."""
    rows: list[tuple[object, ...]] = [("Nr", "Navn", "Titel", "Leder"),
                                      (1501, "Jesper Thomsen", "Direktør", None)]
    rows += [(1502 + i, f"Person Nr{i}", "Sælger", "Jesper Thomsen") for i in range(8)]
    rows += [(None,),
             ("Fra Line (Teknik):",),
             ("Navn", "Medarb.nr", "Fag"),
             ("Ole Dam", 1560, "Lyd"),
             ("Ida Holm", 1561, "Lys")]
    try:
        listing = read(tmp_path, {"MUS": rows})
    except SpreadsheetError:
        return  # refused: fine
    assert {"1560", "1561"} <= {e.number for e in listing.employees}


def test_rows_shifted_by_a_decimal_comma_are_still_refused(tmp_path: Path) -> None:
    """An unquoted comma CSV whose part-timers' hours "32,5" split into two fields: the leader
    stands under "Leder email" on those rows. A leader's address column beside the leader is
    no leader column of its own: the rows are shifted, and the list is refused (a guard for
    the dotted-line rule, which exempts only a column headed as a leader)."""
    text = ("Nr,Navn,Afdeling,Timer pr uge,Leder,Leder email,Status\r\n"
            "32,Søs Jensen,Ledelse,37,,,Aktiv\r\n"
            "33,Chloé Dubois,Behandling,37,Søs Jensen,sj@f.dk,Aktiv\r\n"
            "34,Nikolaj Juul,Reception,32,5,Søs Jensen,sj@f.dk,Aktiv\r\n"
            "35,Ida Krämer,Behandling,37,Chloé Dubois,cd@f.dk,Aktiv\r\n"
            "36,Bo Lund,Behandling,28,5,Chloé Dubois,cd@f.dk,Aktiv\r\n"
            "37,Eva Holm,Reception,37,Søs Jensen,sj@f.dk,Aktiv\r\n"
            "38,Ole Dam,Behandling,37,Chloé Dubois,cd@f.dk,Aktiv\r\n")
    with pytest.raises(SpreadsheetError, match="one column to the right"):
        read_csv(tmp_path, text)
