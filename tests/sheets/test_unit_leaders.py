"""Leaders given outside a leader column (issue 20): a heading row that names its unit's leader,
a line "Leder: Name" under a heading, or another sheet that pairs each unit with its leader.
Every employee gets their unit's leader (with the e-mail on the leader's own row), the leader is
not their own leader, and each reading is said in `mus check`; what does not fit (a unit with
two leaders, a unit named differently, a leader not in the list) is reported, never guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.employees import EmployeeList
from tests.helpers import merged_xlsx, write_xlsx

TODAY = dt.date(2026, 12, 5)
Row = tuple[str, str, str, str]  # number, department, leader, leader's e-mail


def _read(path: Path) -> EmployeeList:
    return read_employee_list(path, today=TODAY)


def _rows(listing: EmployeeList) -> list[Row]:
    return [(e.number, e.department, e.leader, e.leader_email) for e in listing.employees]


def _kinds(listing: EmployeeList) -> set[str]:
    return {n.kind for n in (*listing.notes, *listing.warnings)}


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- heading rows that name the leader -------------------------------------------------------

def test_danish_headings_merged_across_the_row_give_unit_and_leader(tmp_path: Path) -> None:
    expected = [
        ("1", "Ledelse", "", ""),
        ("2", "Ledelse", "Maja Friis", "mf@pc.dk"),
        ("3", "Afsnit Bøgen", "Freja Wøldike", "fw@pc.dk"),
        ("4", "Afsnit Bøgen", "Freja Wøldike", "fw@pc.dk"),
    ]
    path = merged_xlsx(tmp_path / "plejehjem.xlsx", [
        ("Lønnr.", "Navn", "Stilling", "Mail"),
        ("Ledelse – forstander Maja Friis",),
        (1, "Maja Friis", "Forstander", "mf@pc.dk"),
        (2, "Freja Wøldike", "Afdelingsleder", "fw@pc.dk"),
        ("Afsnit Bøgen – afdelingsleder Freja Wøldike",),
        (3, "Jønne Bæk", "SSA", "jb@pc.dk"),
        (4, "Emil Hvid", "SSH", "eh@pc.dk"),
    ], ["A2:D2", "A5:D5"])
    listing = _read(path)
    assert _rows(listing) == expected
    assert {"heading-leaders", "own-leader"} <= _kinds(listing)
    note = next(n for n in listing.notes if n.kind == "heading-leaders")
    assert "rows 2 and 5" in note.what


def test_english_headings_with_the_leader_in_brackets_in_the_first_column(
        tmp_path: Path) -> None:
    expected = [
        ("7", "Team North", "", ""),
        ("8", "Team North", "Ann Ray", "ar@c.uk"),
        ("9", "Team South", "Bo Lee", "bl@c.uk"),
        ("10", "Team South", "Bo Lee", "bl@c.uk"),
    ]
    path = write_xlsx(tmp_path / "staff.xlsx", {"Staff": [
        ("Employee #", "Name", "Email"),
        ("Team North (manager: Ann Ray)",),
        (7, "Ann Ray", "ar@c.uk"), (8, "Bo Lee", "bl@c.uk"),
        ("Team South (team lead: Bo Lee)",),
        (9, "Cy Fox", "cf@c.uk"), (10, "Di Moe", "dm@c.uk"),
    ]})
    assert _rows(_read(path)) == expected


def test_norwegian_headings_in_a_csv(tmp_path: Path) -> None:
    expected = [
        ("101", "Avdeling Nord", "", ""),
        ("102", "Avdeling Nord", "Kari Nordmann", "kn@k.no"),
        ("103", "Avdeling Sør", "Ola Dahl", "od@k.no"),
    ]
    path = _csv(tmp_path / "ansatte.csv", [
        "Ansattnummer;Navn;E-post",
        "Avdeling Nord, avdelingsleder Kari Nordmann;;",
        "101;Kari Nordmann;kn@k.no", "102;Ola Dahl;od@k.no",
        "Avdeling Sør, avdelingsleder Ola Dahl;;",
        "103;Per Berg;pb@k.no",
    ])
    listing = _read(path)
    assert _rows(listing) == expected
    assert "heading-leaders" in _kinds(listing)


# --- a leader line under the heading ---------------------------------------------------------

def test_a_line_afsnitsleder_under_a_danish_heading(tmp_path: Path) -> None:
    expected = [
        ("1", "Bøgen", "", ""),
        ("2", "Bøgen", "Freja Wøldike", "fw@pc.dk"),
        ("3", "Egen", "Villads Kjær", "vk@pc.dk"),
        ("4", "Egen", "", ""),
    ]
    path = merged_xlsx(tmp_path / "afsnit.xlsx", [
        ("Lønnr.", "Navn", "Mail"),
        ("Afdeling: Bøgen",), ("Afsnitsleder: Freja Wøldike",),
        (1, "Freja Wøldike", "fw@pc.dk"), (2, "Jønne Bæk", "jb@pc.dk"),
        ("Afdeling: Egen",), ("Afsnitsleder: Villads Kjær",),
        (3, "Anne Ulstrup", "au@pc.dk"), (4, "Villads Kjær", "vk@pc.dk"),
    ], ["A2:C2", "A3:C3", "A6:C6", "A7:C7"])
    assert _rows(_read(path)) == expected


def test_a_line_leder_under_a_heading_in_a_csv(tmp_path: Path) -> None:
    expected = [("11", "Køkken", "Torben Frølund", "tf@pc.dk"), ("12", "Køkken", "", "")]
    path = _csv(tmp_path / "liste.csv", [
        "Medarbejdernr.;Navn;E-mail", "Køkken;;", "Leder: Torben Frølund;;",
        "11;Hanne Vestergaard;hv@pc.dk", "12;Torben Frølund;tf@pc.dk",
    ])
    assert _rows(_read(path)) == expected


_DATED = [("Lønnr.", "Navn", "Mail"), ("Område Vest",), None,
          (1, "Lise Juul", "lj@h.dk"), (2, "Torben Laursen", "tl@h.dk"), ("Område Øst",),
          ("Leder: Birgitte Hjorth",), (3, "Emil Skov", "es@h.dk"),
          (4, "Birgitte Hjorth", "bh@h.dk")]


@pytest.mark.parametrize("line", [
    "Leder: Torben Laursen (fra 1/9, tidl. Lone Krog)",  # since a day that has come
    "Leder: Torben Laursen (tidl. Lone Krog)",  # who led before is history
    "Afdelingsleder: Torben Laursen (konstitueret)",  # acting: the one who leads now
])
def test_a_leader_line_with_a_remark_in_brackets_gives_the_leader(tmp_path: Path,
                                                                  line: str) -> None:
    rows = [r if r is not None else (line,) for r in _DATED]
    listing = _read(write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows}))
    assert _rows(listing) == [("1", "Område Vest", "Torben Laursen", "tl@h.dk"),
                              ("2", "Område Vest", "", ""),
                              ("3", "Område Øst", "Birgitte Hjorth", "bh@h.dk"),
                              ("4", "Område Øst", "", "")]


@pytest.mark.parametrize("line", [
    "Leder: Torben Laursen (fra 1/1-2027, tidl. Lone Krog)",  # a day still to come
    "Leder: Torben Laursen (syg, spørg Lone Krog)",  # a remark mus does not read
    "Leder: Torben Laurits",  # nobody on the list, and not written as a leader's name alone
])
def test_a_leader_line_mus_cannot_read_refuses(tmp_path: Path, line: str) -> None:
    rows = [r if r is not None else (line,) for r in _DATED]
    if line.endswith("Laurits"):
        rows[2] = ("Leder: Torben Laurits (fra 1/9 - tidl. Lone Krog, spørg)",)
    with pytest.raises(SpreadsheetError) as caught:
        _read(write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows}))
    message = str(caught.value)
    assert "Row 3 gives the leader of the rows under it, but not as mus can read it" in message
    assert "Lone Krog" not in message and "spørg" not in message  # the line is not repeated


def test_a_leader_line_under_the_list_with_nobody_under_it_changes_nothing(
        tmp_path: Path) -> None:
    rows = [r if r is not None else ("Leder: Torben Laursen",) for r in _DATED]
    rows += [(), ("Ansvarlig: HR-afdelingen, december 2026",)]
    listing = _read(write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows}))
    assert len(listing.employees) == 4


def test_a_leader_line_of_a_vacant_post_is_no_leader(tmp_path: Path) -> None:
    rows = [r if r is not None else ("Leder: vakant",) for r in _DATED]
    listing = _read(write_xlsx(tmp_path / "l.xlsx", {"Ark1": rows}))
    assert [e.leader for e in listing.employees] == ["", "", "Birgitte Hjorth", ""]


def test_a_line_team_lead_under_an_english_heading(tmp_path: Path) -> None:
    expected = [("21", "Support", "Jane Doe", "jd@x.com"), ("22", "Support", "", ""),
                ("23", "Sales", "", "")]
    path = write_xlsx(tmp_path / "team.xlsx", {"Sheet1": [
        ("Employee ID", "Full name", "Email"),
        ("Support",), ("Team lead: Jane Doe",),
        (21, "Tom Hill", "th@x.com"), (22, "Jane Doe", "jd@x.com"),
        ("Sales",), (23, "Liv Ash", "la@x.com"),
    ]})
    listing = _read(path)
    assert _rows(listing) == expected  # the next heading ends Jane Doe's block


# --- what is reported, never guessed ---------------------------------------------------------

def test_a_leader_named_in_a_heading_who_is_not_in_the_list_is_kept_and_warned_of(
        tmp_path: Path) -> None:
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Lønnr.", "Navn", "Mail"),
        ("Afsnit Bøgen – afdelingsleder Karin Holm",),
        (1, "Jønne Bæk", "jb@pc.dk"), (2, "Emil Hvid", "eh@pc.dk"),
    ], ["A2:C2"])
    listing = _read(path)
    assert _rows(listing) == [("1", "Afsnit Bøgen", "Karin Holm", ""),
                              ("2", "Afsnit Bøgen", "Karin Holm", "")]
    warning = next(w for w in listing.warnings if w.kind == "heading-leader-missing")
    assert "Karin Holm" in warning.what and "row 2" in warning.what


def test_a_heading_leader_whose_name_two_people_share_is_refused(tmp_path: Path) -> None:
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Lønnr.", "Navn", "Mail"),
        ("Afsnit Bøgen – afdelingsleder Jens Hansen",),
        (1, "Jens Hansen", "jh1@pc.dk"), (2, "Jens Hansen", "jh2@pc.dk"),
        (3, "Emil Hvid", "eh@pc.dk"),
    ], ["A2:C2"])
    with pytest.raises(SpreadsheetError) as caught:
        _read(path)
    assert any("Jens Hansen" in i.what and "several" in i.what for i in caught.value.issues)


def test_a_heading_whose_tail_is_no_person_stays_the_department(tmp_path: Path) -> None:
    expected = [("1", "Afsnit Egen – 2. sal", "", ""), ("2", "Team Nord – Aarhus Vest", "", "")]
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Lønnr.", "Navn", "Mail"),
        ("Afsnit Egen – 2. sal",), (1, "Jønne Bæk", "jb@pc.dk"),
        ("Team Nord – Aarhus Vest",), (2, "Emil Hvid", "eh@pc.dk"),
    ], ["A2:C2", "A4:C4"])
    listing = _read(path)
    assert _rows(listing) == expected
    assert "heading-leaders" not in _kinds(listing)


def test_a_leader_column_wins_over_a_heading(tmp_path: Path) -> None:
    path = merged_xlsx(tmp_path / "e.xlsx", [
        ("Lønnr.", "Navn", "Mail", "Leder"),
        ("Afsnit Bøgen – afdelingsleder Freja Wøldike",),
        (1, "Freja Wøldike", "fw@pc.dk", "Maja Friis"),
        (2, "Jønne Bæk", "jb@pc.dk", "Maja Friis"),
        (3, "Maja Friis", "mf@pc.dk", ""),
    ], ["A2:D2"])
    listing = _read(path)
    assert [e.leader for e in listing.employees] == ["Maja Friis", "Maja Friis", ""]
    assert "heading-leaders" not in _kinds(listing)


# --- a sheet of units and their leaders ------------------------------------------------------

def test_a_danish_sheet_of_units_with_leader_and_e_mail(tmp_path: Path) -> None:
    expected = [
        ("11", "Dagtilbud", "", ""),
        ("12", "Dagtilbud", "Jørgen Frølund", "jf@k.dk"),
        ("13", "Lærkereden", "Bent Sønderby", "bs@k.dk"),
        ("14", "Lærkereden", "Bent Sønderby", "bs@k.dk"),
    ]
    path = write_xlsx(tmp_path / "dagtilbud.xlsx", {
        "Medarbejdere": [("Tjenestenr.", "Navn", "Arbejdssted", "E-mail"),
                         (11, "Jørgen Frølund", "Dagtilbud", "jf@k.dk"),
                         (12, "Bent Sønderby", "Dagtilbud", "bs@k.dk"),
                         (13, "Thøger Bjørn", "Lærkereden", "tb@k.dk"),
                         (14, "Freja Kjær", "Lærkereden", "fk@k.dk")],
        "Ledere": [("Arbejdssted", "Leder", "Leders e-mail"),
                   ("Dagtilbud", "Jørgen Frølund", "jf@k.dk"),
                   ("Lærkereden", "Bent Sønderby", "bs@k.dk")]})
    listing = _read(path)
    assert _rows(listing) == expected
    note = next(n for n in listing.notes if n.kind == "unit-sheet-leaders")
    assert '"Ledere"' in note.what


def test_a_sheet_of_units_with_a_role_column_takes_the_leader_not_the_deputy(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "fond.xlsx", {
        "Medarbejdere": [("Nr.", "Navn", "Afdeling", "E-mail"),
                         (1, "Mette Lykke", "Direktion", "ml@f.dk"),
                         (2, "Jens Hjorth", "Forskning", "jh@f.dk"),
                         (3, "Villads Vest", "Forskning", "vv@f.dk"),
                         (4, "Bo Sand", "Forskning", "bs@f.dk"),
                         (5, "Ida Dal", "Formidling", "id@f.dk"),
                         (6, "Pia Ry", "Formidling", "pr@f.dk")],
        "Ledere": [("Afdeling", "Rolle", "Navn", "Mail"),
                   ("Direktion", "Leder", "Mette Lykke", "ml@f.dk"),
                   ("Forskning", "Leder", "Jens Hjorth", "jh@f.dk"),
                   ("Forskning", "Stedfortræder", "Villads Vest", "vv@f.dk"),
                   ("Formidling", "Leder", "Ida Dal", "id@f.dk")]})
    listing = _read(path)
    assert [(e.number, e.leader) for e in listing.employees] == [
        ("1", ""), ("2", "Mette Lykke"), ("3", "Jens Hjorth"), ("4", "Jens Hjorth"),
        ("5", "Mette Lykke"), ("6", "Ida Dal")]
    # the units' leaders: led by the director of "Direktion", as the sheet does not say, warned
    [top] = [w for w in listing.warnings if w.kind == "unit-leaders-top"]
    assert top.rows == (3, 6) and "led by Mette Lykke, the leader of \"Direktion\"" in top.what


def test_the_column_a_sheet_of_units_pairs_with_leaders_is_the_department(
        tmp_path: Path) -> None:
    """A header mus has no word for ("Rute", "Tur"): the sheet that pairs its values with
    leaders shows it holds the units, so it gives the department too (said, not warned);
    "Distrikt" is a unit by its header."""
    for header in ("Distrikt", "Rute", "Tur"):
        path = write_xlsx(tmp_path / f"{header}.xlsx", {
            "Medarbejdere": [("Lønnr", "Navn", header, "Stilling"),
                             (5121, "Susanne Kjær", "Nord", "Distriktsleder"),
                             (5122, "Niels Schøler", "Nord", "SSH"),
                             (5129, "Kirsten Kløve", "Syd", "Distriktsleder"),
                             (5130, "Anne Mørch", "Syd", "SSA")],
            "Ledere": [(header, "Leder", "Mail"), ("Nord", "Susanne Kjær", "sk@s.dk"),
                       ("Syd", "Kirsten Kløve", "kk@s.dk")]})
        listing = _read(path)
        assert _rows(listing) == [("5121", "Nord", "", ""), ("5122", "Nord", "Susanne Kjær",
                                                               "sk@s.dk"),
                                  ("5129", "Syd", "", ""), ("5130", "Syd", "Kirsten Kløve",
                                                             "kk@s.dk")], header
        # the titles (one "Distriktsleder" in each) may show it before the sheet does
        assert header == "Distrikt" or {"unit-sheet-department",
                                        "department-by-content"} & _kinds(listing)
        assert not [w for w in listing.warnings if w.kind == "no-department"]


def test_a_sheet_of_units_and_leaders_for_departments_given_by_headings(
        tmp_path: Path) -> None:
    """A nursing home's shifts as headings over their staff ("Dagvagt"), and a "Ledere" sheet
    pairing each shift with its leader: the headings' department finds the leader."""
    path = write_xlsx(tmp_path / "vagtlag.xlsx", {
        "Personale": [("Nr.", "Navn", "Stilling"), ("Dagvagt",),
                      (4002, "Bjørn Østergaard", "Afdelingsleder"),
                      (4003, "Solvej Jørgensen", "SSH"), ("Nattevagt",),
                      (4016, "Jens Thygesen", "Afdelingsleder"), (4017, "Ida Nørgaard", "SSA")],
        "Ledere": [("Vagtlag", "Leder", "Mail"), ("Dagvagt", "Bjørn Østergaard", "bo@l.dk"),
                   ("Nattevagt", "Jens Thygesen", "jt@l.dk")]})
    listing = _read(path)
    assert _rows(listing) == [("4002", "Dagvagt", "", ""),
                              ("4003", "Dagvagt", "Bjørn Østergaard", "bo@l.dk"),
                              ("4016", "Nattevagt", "", ""),
                              ("4017", "Nattevagt", "Jens Thygesen", "jt@l.dk")]


def test_an_english_sheet_keyed_by_unit_code_giving_the_leader_by_number(
        tmp_path: Path) -> None:
    expected = [
        ("501", "Finance", "", ""),
        ("502", "Finance", "Ann Ray", "ar@c.uk"),
        ("503", "IT", "Bo Lee", "bl@c.uk"),
        ("504", "IT", "Bo Lee", "bl@c.uk"),
    ]
    path = write_xlsx(tmp_path / "staff.xlsx", {
        "Staff": [("Employee ID", "Name", "Dept code", "Department", "Email"),
                  (501, "Ann Ray", "F10", "Finance", "ar@c.uk"),
                  (502, "Bo Lee", "F10", "Finance", "bl@c.uk"),
                  (503, "Cy Fox", "I20", "IT", "cf@c.uk"),
                  (504, "Di Moe", "I20", "IT", "dm@c.uk")],
        "Org": [("Code", "Head (employee ID)"), ("F10", 501), ("I20", 502)]})
    assert _rows(_read(path)) == expected


def test_a_norwegian_sheet_giving_the_leader_by_e_mail(tmp_path: Path) -> None:
    expected = [("1", "Drift", "", ""), ("2", "Drift", "Kari Nordmann", "kn@k.no"),
                ("3", "Lager", "Ola Dahl", "od@k.no")]
    path = write_xlsx(tmp_path / "ansatte.xlsx", {
        "Ansatte": [("Ansattnummer", "Navn", "Avdeling", "E-post"),
                    (1, "Kari Nordmann", "Drift", "kn@k.no"),
                    (2, "Ola Dahl", "Drift", "od@k.no"),
                    (3, "Per Berg", "Lager", "pb@k.no")],
        "Ark2": [("Avdeling", "Leder e-post"), ("Drift", "kn@k.no"), ("Lager", "od@k.no")]})
    assert _rows(_read(path)) == expected


def test_units_on_the_sheet_that_match_no_department_are_named_not_guessed(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", {
        "Medarbejdere": [("Tjenestenr.", "Navn", "Arbejdssted", "E-mail"),
                         (11, "Jørgen Frølund", "Dagtilbud", "jf@k.dk"),
                         (12, "Bent Sønderby", "Dagtilbud", "bs@k.dk"),
                         (13, "Thøger Bjørn", "Lærkereden", "tb@k.dk"),
                         (14, "Hanne Sand", "Spiren", "hs@k.dk"),
                         (15, "Bent Skov", "Spiren", "bsk@k.dk")],
        "Ledere": [("Arbejdssted", "Leder"), ("Dagtilbud", "Jørgen Frølund"),
                   ("Spiren", "Hanne Sand"), ("Børnehuset Lærkereden", "Bent Sønderby")]})
    listing = _read(path)
    assert [e.leader for e in listing.employees] == ["", "Jørgen Frølund", "", "",
                                                     "Hanne Sand"]
    unmatched = next(w for w in listing.warnings if w.kind == "unit-sheet-unmatched")
    assert '"Børnehuset Lærkereden" (row 4)' in unmatched.what
    missing = next(w for w in listing.warnings if w.kind == "unit-sheet-missing")
    assert '"Lærkereden"' in missing.what


def test_a_unit_with_two_leaders_on_the_sheet_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", {
        "Medarbejdere": [("Tjenestenr.", "Navn", "Arbejdssted"),
                         (11, "Jørgen Frølund", "Dagtilbud"), (12, "Bent Sønderby", "Dagtilbud"),
                         (13, "Thøger Bjørn", "Spiren"), (14, "Hanne Sand", "Spiren")],
        "Ledere": [("Arbejdssted", "Leder"), ("Dagtilbud", "Jørgen Frølund"),
                   ("Spiren", "Hanne Sand"), ("Spiren", "Bent Sønderby")]})
    with pytest.raises(SpreadsheetError) as caught:
        _read(path)
    assert any('"Spiren"' in i.what and "2 leaders" in i.what for i in caught.value.issues)


def test_a_lookup_sheet_of_units_without_people_gives_no_leaders(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", {
        "Medarbejdere": [("Tjenestenr.", "Navn", "Afdeling"),
                         (11, "Jørgen Frølund", "Dagtilbud"), (12, "Bent Sønderby", "Dagtilbud"),
                         (13, "Thøger Bjørn", "Spiren"), (14, "Hanne Sand", "Spiren")],
        "Omkostningssteder": [("Afdeling", "Omk.sted", "Adresse"), ("Dagtilbud", 4410, "Vej 1"),
                              ("Spiren", 4420, "Vej 2")]})
    listing = _read(path)
    assert [e.leader for e in listing.employees] == ["", "", "", ""]
    assert not {"unit-sheet-leaders", "unit-sheet-unmatched"} & _kinds(listing)


def test_a_note_that_names_someone_in_the_list_is_no_heading(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Afdeling"), (1, "Jens Hansen", "Løn"), (2, "Ida Holm", "Løn"),
        ("Bemærk: Jens Hansen",), (3, "Bo Bach", "Løn")]})
    listing = _read(path)
    assert [(e.department, e.leader) for e in listing.employees] == [("Løn", "")] * 3
    assert "heading-leaders" not in _kinds(listing)


def test_one_unit_written_twice_with_the_same_leader_is_one_leader(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", {
        "Medarbejdere": [("Tjenestenr.", "Navn", "Arbejdssted"),
                         (11, "Jørgen Frølund", "Dagtilbud"), (12, "Bent Sønderby", "Dagtilbud"),
                         (13, "Thøger Bjørn", "Spiren"), (14, "Hanne Sand", "Spiren")],
        "Ark2": [("Arbejdssted", "Leder"), ("Dagtilbud", "Jørgen Frølund"),
                 ("Spiren", "Hanne Sand"), ("spiren", "HANNE SAND")]})
    assert [e.leader for e in _read(path).employees] == ["", "Jørgen Frølund", "Hanne Sand", ""]


@pytest.mark.parametrize("mark", ["·", "•", "|", "»"])
def test_a_heading_whose_unit_and_leader_a_middle_dot_or_bar_parts(tmp_path: Path,
                                                                  mark: str) -> None:
    path = write_xlsx(tmp_path / "h.xlsx", {"Ark1": [
        ("Medarb.nr.", "Navn", "Mail"),
        (1, "Solvej Thy", "st@n.dk"),
        (f"Distrikt Nord {mark} leder: Mikkel Tøt",),
        (2, "Mikkel Tøt", "mt@n.dk"), (3, "Peter Lau", "pl@n.dk"), (4, "Mette Ove", "mo@n.dk")]})
    assert _rows(_read(path))[1:] == [("2", "Distrikt Nord", "", ""),
                                      ("3", "Distrikt Nord", "Mikkel Tøt", "mt@n.dk"),
                                      ("4", "Distrikt Nord", "Mikkel Tøt", "mt@n.dk")]


@pytest.mark.parametrize("above", ["Refererer til", "Reports to", "Overordnet"])
def test_a_leaders_sheet_that_says_whom_each_unit_leader_reports_to(tmp_path: Path,
                                                                     above: str) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {
        "Medarbejdere": [("Medarbejdernr.", "Navn", "Afdeling", "E-mail"),
                         (121, "Bent Ærenlund", "Ledelse", "be@s.dk"),
                         (122, "Henrik Krog", "Undervisning", "hk@s.dk"),
                         (123, "Lise Ravn", "Undervisning", "lr@s.dk"),
                         (130, "Trine Møller", "Køkken", "tm@s.dk"),
                         (131, "Tove Bæk", "Køkken", "tb@s.dk")],
        "Afdelingsledere": [("Afdeling", "Afdelingsleder", above),
                            ("Ledelse", "Bent Ærenlund", "Bestyrelsen"),
                            ("Undervisning", "Henrik Krog", "Bent Ærenlund"),
                            ("Køkken", "Trine Møller", "Bent Ærenlund")]})
    assert [(n, lead) for n, _, lead, _ in _rows(_read(path))] == [
        ("121", ""), ("122", "Bent Ærenlund"), ("123", "Henrik Krog"),
        ("130", "Bent Ærenlund"), ("131", "Trine Møller")]


@pytest.mark.parametrize(("line", "address"), [
    ("Leder: Gry Høj (gh@v.dk)", "gh@v.dk"),
    ("Team lead: Gry Høj <gry.hoej@v.dk>", "gry.hoej@v.dk"),
    ("Nærmeste leder: Gry Høj [gh@v.dk]", "gh@v.dk"),
])
def test_a_leader_line_with_the_leaders_address(tmp_path: Path, line: str,
                                                address: str) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {"MUS 2027": [
        ("MUS-runde 2027 – deltagere fordelt på leder",), (),
        ("Medarb.nr.", "Navn", "Afdeling", "E-mail"),
        (line,),
        ("G003", "Camilla Tøt", "Sprog", "ct@v.dk"), ("G004", "Ida Hvid", "Sprog", "ih@v.dk"),
        ("Leder: Ida Hvid (ih@v.dk)",),
        ("G005", "Gry Høj", "Sprog", "gh@v.dk")]})
    listing = _read(path)
    assert _rows(listing) == [("G003", "Sprog", "Gry Høj", address),
                              ("G004", "Sprog", "Gry Høj", address),
                              ("G005", "Sprog", "Ida Hvid", "ih@v.dk")]


def test_a_text_reports_unit_and_leader_lines_with_the_address_after_a_comma(
        tmp_path: Path) -> None:
    path = _csv(tmp_path / "r.csv", [
        "Tjenestenr.;Navn;Stilling;E-mail",
        "Enhed: Hjemmeplejen Nord;;;", "Leder: Ulla Lykke, ulla.lykke@h.dk;;;",
        "55103;Kåre Øst;SSA;ko@h.dk", "55104;Jønne Rød;SSH;jr@h.dk", ";;;",
        "Enhed: Visitation;;;", "Leder: Freja Aa - freja.aa@h.dk;;;",
        "55110;Åse Tøt;SSH;at@h.dk"])
    listing = _read(path)
    assert _rows(listing) == [
        ("55103", "Hjemmeplejen Nord", "Ulla Lykke", "ulla.lykke@h.dk"),
        ("55104", "Hjemmeplejen Nord", "Ulla Lykke", "ulla.lykke@h.dk"),
        ("55110", "Visitation", "Freja Aa", "freja.aa@h.dk")]
    missing = [w.what for w in listing.warnings if w.kind == "heading-leader-missing"]
    assert len(missing) == 2 and all("go to the address the heading gives" in w for w in missing)


def test_a_unit_sheet_of_codes_names_and_the_unit_above(tmp_path: Path) -> None:
    """Only a unit code on the list; the "Enheder" sheet names each code, gives its leader by
    number and the unit above it: the department is the unit's name, a unit leader's own
    leader the leader of the unit above, the top's nobody."""
    path = write_xlsx(tmp_path / "e.xlsx", {
        "Medarbejdere": [("Medarbejdernr.", "Navn", "Enhedskode", "E-mail"),
                         (301, "Signe Kjær", 100, "sk@x.dk"), (302, "Åse Krøyer", 110, "ak@x.dk"),
                         (303, "Bent Schøler", 120, "bs@x.dk"),
                         (306, "Ulla Skov", 110, "us@x.dk"), (309, "Jørgen Bech", 120, "jb@x.dk"),
                         (310, "Mads Vest", 120, "mv@x.dk")],
        "Enheder": [("Enhedskode", "Enhed", "Leder (medarbejdernr.)", "Overordnet enhed"),
                    (100, "Direktion", 301, None), (110, "Økonomi", 302, 100),
                    (120, "IT", 303, 100)]})
    listing = _read(path)
    assert [(e.number, e.department, e.leader) for e in listing.employees] == [
        ("301", "Direktion", ""), ("302", "Økonomi", "Signe Kjær"),
        ("303", "IT", "Signe Kjær"), ("306", "Økonomi", "Åse Krøyer"),
        ("309", "IT", "Bent Schøler"), ("310", "IT", "Bent Schøler")]
    assert {"unit-sheet-leaders", "unit-sheet-names"} <= _kinds(listing)


def test_a_compact_pivot_of_leaders_units_and_people(tmp_path: Path) -> None:
    """Excel's compact pivot: one "Rækkenavne" column of leader rows ("Leder: Camilla Krog
    (CK)"), units indented under them, people indented under those, a count on every row,
    subtotals named for the leader and a grand total."""
    path = write_xlsx(tmp_path / "p.xlsx", {"Pivot": [
        ("Rækkenavne", "Nr", "E-mail", "Antal af Nr"),
        ("Leder: (tom)", None, None, 1), ("  Ledelse", None, None, 1),
        ("    Camilla Krog", 601, "ck@g.dk", 1), ("(tom) I alt", None, None, 1),
        ("Leder: Camilla Krog (CK)", None, None, 2), ("  Naturfag", None, None, 1),
        ("    Poul Sønderby", 602, "ps@g.dk", 1), ("  Sprog", None, None, 1),
        ("    Malene Høj", 608, "mh@g.dk", 1), ("Camilla Krog I alt", None, None, 2),
        ("Leder: Poul Sønderby (PS)", None, None, 2), ("  Naturfag", None, None, 2),
        ("    Rasmus Bundgaard", 603, "rb@g.dk", 1), ("    Maja Holm", 604, "mah@g.dk", 1),
        ("Poul Sønderby I alt", None, None, 2), ("Hovedtotal", None, None, 5)]})
    listing = _read(path)
    assert _rows(listing) == [
        ("601", "Ledelse", "", ""), ("602", "Naturfag", "Camilla Krog", "ck@g.dk"),
        ("608", "Sprog", "Camilla Krog", "ck@g.dk"),
        ("603", "Naturfag", "Poul Sønderby", "ps@g.dk"),
        ("604", "Naturfag", "Poul Sønderby", "ps@g.dk")]


def test_a_column_of_the_units_each_leads_gives_everyone_their_units_leader(
        tmp_path: Path) -> None:
    """"Leder for", filled on the leaders' rows with the units they lead (one leads two): no
    one's leader, but who leads each unit; the chief who leads her own unit has no leader."""
    head = ("Nr", "Navn", "Enhed", "Stilling", "Leder for", "Mail")
    rows = [head,
            (8603, "Ane Rasmussen", "Hjemmepleje Nord", "SSH", None, "ar@e.dk"),
            (8666, "Bjørn Kristensen", "Hjemmepleje Syd", "SSH", None, "bk@e.dk"),
            (8700, "Carla Holm", "Plejecenter Lindely", "SSA", None, "ch@e.dk"),
            (8701, "Dorte Lund", "Plejecenter Lindely", "SSA", None, "dl@e.dk"),
            (6561, "Birgitte Rasmussen", "Ældre og Sundhed", "Ældrechef", "Ældre og Sundhed",
             "br@e.dk"),
            (6496, "Torben Jørgensen", "Ældre og Sundhed", "Leder",
             "Hjemmepleje Nord, Hjemmepleje Syd", "tj@e.dk"),
            (7872, "Tove Kristensen", "Ældre og Sundhed", "Leder", "Plejecenter Lindely",
             "tk@e.dk")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}),
                                 today=dt.date(2026, 12, 6))
    assert [(e.number, e.leader, e.leader_email) for e in listing.employees] == [
        ("8603", "Torben Jørgensen", "tj@e.dk"), ("8666", "Torben Jørgensen", "tj@e.dk"),
        ("8700", "Tove Kristensen", "tk@e.dk"), ("8701", "Tove Kristensen", "tk@e.dk"),
        ("6561", "", ""), ("6496", "Birgitte Rasmussen", "br@e.dk"),
        ("7872", "Birgitte Rasmussen", "br@e.dk")]
    [said] = [n for n in listing.notes if n.kind == "leaders-of-units"]
    assert said.column == "Leder for" and "rows 6, 7 and 8" in said.what
