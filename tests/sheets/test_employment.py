"""Leavers (a status such as Fratrådt or Terminated, Active = no, an end date in the past) get
no form and no mail, and are listed; those on leave have not left: they are listed and get
their form unless HR asks otherwise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from pipeline.sheets.statuswords import EMPLOYED, LEAVE, LEFT, marks_statuses, status_state
from pipeline.workspace import Workspace
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(("status", "state"), [
    ("Fratrådt", LEFT), ("Ophørt", LEFT), ("Inaktiv", LEFT), ("Terminated", LEFT),
    ("Inactive", LEFT), ("Inactive - No Payroll", LEFT), ("Ikke aktiv", LEFT),
    ("Not active", LEFT), ("DEPROVISIONED", LEFT), ("Udtrådt", LEFT), ("Pensioneret", LEFT),
    ("Orlov", LEAVE), ("Barsel", LEAVE), ("Leave", LEAVE), ("On Leave", LEAVE),
    ("Aktiv - på orlov", LEAVE), ("Forældreorlov", LEAVE), ("Langtidssyg", LEAVE),
    ("Aktiv", EMPLOYED), ("Active - Payroll Eligible", EMPLOYED), ("Ansat", EMPLOYED),
    ("Opsagt", EMPLOYED), ("Onboarding", EMPLOYED), ("Suspended - Payroll Eligible", LEAVE),
    # Oracle HCM's assignment statuses: "No Payroll" says how one is paid, not that one left
    ("Suspended - No Payroll", LEAVE), ("Active - No Payroll", EMPLOYED),
    ("Inactive - Payroll Eligible", LEFT),
    # Okta's states of an account that can still be used: how one signs in, not whether one
    # works here
    ("PASSWORD_EXPIRED", EMPLOYED), ("LOCKED_OUT", EMPLOYED), ("PROVISIONED", EMPLOYED),
    ("DEPROVISIONED", LEFT), ("Pending Hire", LEFT), ("Afsluttet", LEFT),
])
def test_status_words(status: str, state: str) -> None:
    assert status_state(status) == state


def test_an_unknown_status_is_said_and_taken_as_employed(tmp_path: Path) -> None:
    assert status_state("Udlånt") is None
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Afdeling"), (1, "Ida Thomsen", "Udlånt", "IT"),
        (2, "Bo Bach", "Udlånt", "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2"]
    [warning] = listing.warnings
    assert warning.what == ('The Status "Udlånt" (rows 2 and 3) is not a status mus knows, so '
                            "they are taken as employed and get a form.")


def test_a_column_that_marks_only_leavers_is_read_as_the_status(tmp_path: Path) -> None:
    """Podio's Tags: empty on everyone at work, "stoppet" on those who have left."""
    staff = [(f"M-{i:03}", f"Person {chr(65 + i)} Holm", None) for i in range(1, 10)]
    path = write_xlsx(tmp_path / "e.xlsx", {"Medarbejdere": [
        ("Medarbejder nr", "Medarbejder", "Tags"), *staff, ("M-010", "Pia Dahl", "stoppet"),
        ("M-011", "Poul Skov", "Stoppet"), ("M-012", "Eva Ry", "barsel")]})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == ["M-010", "M-011"]
    assert len(listing.employees) == 10
    assert [e.number for e in listing.employees if e.on_leave] == ["M-012"]
    assert listing.warnings[0].what.startswith('No column is headed as the employment status, '
                                               'but "Tags" (column C) holds statuses')
    # a date in it, a word that is no status, or filled on a third of the rows: no such mark
    assert marks_statuses(["stoppet", None, "Barsel"] + [None] * 7, 10)
    assert not marks_statuses(["stoppet 1/9"] + [None] * 9, 10)
    assert not marks_statuses(["rød", "stoppet"] + [None] * 8, 10)  # ("ny": a start, a mark)
    assert not marks_statuses(["barsel"] + [None] * 9, 10)  # leave alone: nobody leaves
    assert not marks_statuses(["stoppet"] * 4 + [None] * 6, 10)


def test_a_status_column_of_codes_mus_does_not_know_is_refused(tmp_path: Path) -> None:
    # SuccessFactors' one-letter codes: A active, T terminated, U unpaid leave
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Employee ID", "Name", "Department", "Employee Status"),
        (70001, "Ida Thomsen", "IT", "A"), (70002, "Bo Bach", "IT", "T"),
        (70003, "Eva Ry", "IT", "U"), (70004, "Ib Lund", "IT", "A")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert 'row 2, column "Employee Status": The column "Employee Status" holds codes mus does ' \
        "not know (A, T, U), so it cannot tell who has left or is on leave." in str(caught.value)


@pytest.mark.parametrize("legend", [
    [("Status: A = aktiv, T = fratrådt, U = orlov uden løn",)],
    [("Employee Status:",), ("A = Active",), ("T = Terminated",), ("U = Unpaid leave",)],
    [("A", "Active"), ("T", "Terminated"), ("U", "Unpaid leave")],  # code and meaning apart
])
def test_a_status_column_of_codes_is_read_through_the_legend_under_it(
        tmp_path: Path, legend: list[tuple[str, ...]]) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Employee ID", "Name", "Department", "Employee Status"),
        (70001, "Ida Thomsen", "IT", "A"), (70002, "Bo Bach", "IT", "T"),
        (70003, "Eva Ry", "IT", "U"), (70004, "Ib Lund", "IT", "A"), (), *legend]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["70001", "70003", "70004"]
    assert [a.number for a in listing.leavers] == ["70002"]
    assert [e.number for e in listing.employees if e.on_leave] == ["70003"]
    assert "code-legend" in {n.kind for n in listing.notes}


def test_a_department_that_says_its_people_left_is_a_section_of_leavers(tmp_path: Path) -> None:
    """HR moved its leavers to the department "Fratrådte 2026": no form, as under a heading."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ansatte": [
        ("Medarbejdernr", "Navn", "Afdeling", "Leder"), (701, "Hanne Sørensen", "Erhverv", None),
        (702, "Henrik Quist", "Erhverv", "Hanne Sørensen"),
        (705, "Jørgen Bæk", "Fratrådte 2026", "Henrik Quist"),
        (706, "Freja Thygesen", "Erhverv", "Henrik Quist")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["701", "702", "706"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("705", 'Afdeling "Fratrådte 2026"')]


def test_one_code_everyone_shares_is_said_not_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Afdeling"), (1, "Ida Thomsen", "A1", "IT"),
        (2, "Bo Bach", "A1", "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [w.kind for w in listing.warnings] == ["status-unknown"]


@pytest.mark.parametrize(("status", "left"), [
    ("opsagt, sidste dag 15/11-2026", True), ("fratræder 31/10-26", True),
    ("opsagt pr. 31/1-27", False), ("Opsagt – sidste arbejdsdag 15.1.2027", False),
    ("opsagt", False), ("fratræder 31-10-2026", True), ("Opsagt 2026-10-31", True),
    ("fratræder 31-01-2027", False)])
def test_notice_with_a_last_day_left_when_the_day_has_passed(tmp_path: Path, status: str,
                                                             left: bool) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Afdeling"), (1, "Ida Thomsen", "Aktiv", "IT"),
        (2, "Bo Bach", status, "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == (["1"] if left else ["1", "2"])
    assert [a.number for a in listing.leavers] == (["2"] if left else [])


def test_notice_with_a_last_day_without_a_year_far_off_is_refused(tmp_path: Path) -> None:
    """Half a year off, which year a last day without its year is cannot be told."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Afdeling"), (1, "Ida Thomsen", "Aktiv", "IT"),
        (2, "Bo Bach", "opsagt, sidste dag 30/5", "IT")]})
    with pytest.raises(SpreadsheetError, match="gives a last day without a year"):
        read_employee_list(path, today=TODAY)


@pytest.mark.parametrize(("status", "left"), [("opsagt, sidste dag 30/11", False),
                                              ("Stopper 20/11", True), ("Stopper 12/2", False)])
def test_notice_with_a_last_day_without_a_year_near_today_is_the_nearest(
        tmp_path: Path, status: str, left: bool) -> None:
    """A status's last day without its year, near today, is the nearest such day, as a
    remark's is: 30/11 three days ahead, 20/11 a week ago, 12/2 in the coming February."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Afdeling"), (1, "Ida Thomsen", "Aktiv", "IT"),
        (2, "Bo Bach", status, "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == (["2"] if left else [])


def staff(today: dt.date) -> list[tuple[object, ...]]:
    day = dt.datetime.combine(today, dt.time())
    return [
        ("Medarbejdernr.", "Navn", "E-mail", "Leder", "Status", "Fratrædelsesdato", "Afdeling"),
        (1, "Hanne Kjær", "hk@x.dk", None, "Aktiv", None, "IT"),
        (2, "Ida Thomsen", "it@x.dk", "Hanne Kjær", "Fratrådt", None, "IT"),
        (3, "Bo Bach", "bb@x.dk", "Hanne Kjær", "Aktiv", day - dt.timedelta(days=27), "IT"),
        (4, "Åse Holm", "ah@x.dk", "Hanne Kjær", "Aktiv", day + dt.timedelta(days=65), "IT"),
        (5, "Mads Lund", "ml@x.dk", "Hanne Kjær", "Barsel", None, "IT"),
        (6, "Ole Dam", "od@x.dk", "Hanne Kjær", "Aktiv", day, "IT"),
    ]


ROWS = staff(TODAY)


def test_leavers_by_status_and_end_date(tmp_path: Path) -> None:
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": ROWS}), today=TODAY)
    assert [(e.number, e.name, e.leader, e.leader_email, e.on_leave)
            for e in listing.employees] == [
        ("1", "Hanne Kjær", "", "", False), ("4", "Åse Holm", "Hanne Kjær", "hk@x.dk", False),
        ("5", "Mads Lund", "Hanne Kjær", "hk@x.dk", True),
        ("6", "Ole Dam", "Hanne Kjær", "hk@x.dk", False)]  # the last day is today
    assert [(a.row, a.number, a.name, a.reason) for a in listing.leavers] == [
        (3, "2", "Ida Thomsen", 'Status "Fratrådt"'),
        (4, "3", "Bo Bach", "Fratrædelsesdato 31-10-2026")]
    assert [(a.number, a.reason) for a in listing.on_leave] == [("5", 'Status "Barsel"')]
    # the end date itself, for `mus erase --left-before`; none where only the status says so
    assert [(a.number, a.ended) for a in listing.leavers] == [
        ("2", None), ("3", dt.date(2026, 10, 31))]


def test_include_leavers_and_skip_on_leave(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": ROWS})
    every = read_employee_list(path, today=TODAY, include_leavers=True)
    assert [e.number for e in every.employees] == ["1", "2", "3", "4", "5", "6"]
    assert every.leavers == ()
    some = read_employee_list(path, today=TODAY, skip_on_leave=True)
    assert [e.number for e in some.employees] == ["1", "4", "6"]
    assert [a.number for a in some.on_leave] == ["5"]


@pytest.mark.parametrize(("header", "value", "left"), [
    ("Active", "FALSE", True), ("Active", "TRUE", False), ("Enabled", "False", True),
    ("Aktiv", "nej", True), ("Aktiv", "ja", False), ("Fratrådt", "x", True),
    ("Fratrådt", "nej", False), ("Ansat til", "31.12.9999", False),
    ("Ansat til", "30.09.2026", True), ("Termination Date", "2026-06-30", True),
    ("End date", "", False), ("Slutdato", "-", False),
])
def test_flags_and_dates(tmp_path: Path, header: str, value: str, left: bool) -> None:
    path = tmp_path / "e.csv"
    path.write_text(f"Medarbejdernr.;Navn;{header}\n1;Ida Thomsen;{value}\n2;Bo Bach;\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [a.number for a in listing.leavers] == (["1"] if left else [])


@pytest.mark.parametrize(("header", "values"), [
    ("On Leave", ("Yes", "No", "")), ("Orlovstype", ("Forældreorlov", "", "nej")),
    ("Orlov", ("x", "", "-"))])
def test_a_leave_column(tmp_path: Path, header: str, values: tuple[str, str, str]) -> None:
    path = tmp_path / "e.csv"
    path.write_text(f"Employee ID,Name,{header}\n1,Ida Thomsen,{values[0]}\n"
                    f"2,Bo Bach,{values[1]}\n3,Åse Holm,{values[2]}\n", encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [
        ("1", True), ("2", False), ("3", False)]


@pytest.mark.parametrize(("start", "end", "on_leave"), [
    ("01-09-2026", "31-03-2027", True), ("01-09-2026", "31-10-2026", False),
    ("01-01-2027", "31-03-2027", False), ("", "31-03-2027", True), ("01-09-2026", "", True),
    ("", "", False)])
def test_leave_from_and_to(tmp_path: Path, start: str, end: str, on_leave: bool) -> None:
    path = tmp_path / "e.csv"
    path.write_text(f"Medarbejdernr.;Navn;Orlov fra;Orlov til\n1;Ida Thomsen;{start};{end}\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [e.on_leave for e in listing.employees] == [on_leave]


def test_an_end_date_that_reads_two_ways(tmp_path: Path) -> None:
    """Either way in the past: left. One way past, the other not: refused with the row."""
    path = tmp_path / "e.csv"
    path.write_text("Medarbejdernr.;Navn;Ansat til\n1;Ida Thomsen;03/04/2025\n"
                    "2;Bo Bach;12/01/2026\n3;Åse Holm;\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=dt.date(2026, 5, 1))
    assert str(caught.value).endswith(
        'row 3, column "Ansat til": The date "12/01/2026" in Ansat til could be day/month or '
        "month/day, and one of them has passed while the other has not, so it cannot be told "
        "whether this employee has left. Write it as 15-03-2027 (day-month-year) or "
        "2027-03-15.")
    listing = read_employee_list(path, today=dt.date(2026, 12, 20))
    assert [a.number for a in listing.leavers] == ["1", "2"]


def test_a_leader_who_has_left(tmp_path: Path) -> None:
    """Forms naming someone who is gone as the leader are refused, with the rows and what to
    do; with --include-leavers the leader is an employee again and found."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail", "Leder", "Status", "Afdeling"),
        (1, "Hanne Kjær", "hk@x.dk", None, "Fratrådt", "IT"),
        (2, "Ida Thomsen", "it@x.dk", "Hanne Kjær", "Aktiv", "IT"),
        (3, "Bo Bach", "bb@x.dk", "Hanne Kjær", "Aktiv", "IT")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert str(caught.value).endswith(
        'row 3, column "Leder": The leader "Hanne Kjær" (rows 3 and 4) has left (the list says '
        "so on their own row), so these forms would name someone who is gone as the leader, and "
        "the leader's forms would go to nobody. Write these employees' new leader in the rows "
        "(or leave the leader empty if nobody leads them yet) and run the command again; to "
        "read the leader as still here, add --include-leavers.")
    kept = read_employee_list(path, today=TODAY, include_leavers=True)
    assert [(e.number, e.leader_email) for e in kept.employees] == [
        ("1", ""), ("2", "hk@x.dk"), ("3", "hk@x.dk")]


def test_a_returning_employee_listed_twice(tmp_path: Path) -> None:
    """Rehired: the old row says Fratrådt, the new one is active; the number is one person."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Status"), (7, "Ida Thomsen", "Fratrådt"),
        (7, "Ida Thomsen", "Aktiv")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.row) for e in listing.employees] == [("7", 3)]


def test_leavers_get_no_form_and_no_mail(ws: Workspace) -> None:
    today = dt.date.today()
    write_xlsx(ws.employees, {"Ark1": staff(today)})

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, ["--dir", str(ws.root), *args])
        assert result.exit_code == 0, result.output
        return result.output

    check = run("check")
    assert ("Left or not employed here (so they get no form and no mail): 2, rows 3 and 4:\n"
            '  2 Ida Thomsen (Status "Fratrådt")\n'
            f"  3 Bo Bach (Fratrædelsesdato {today - dt.timedelta(days=27):%d-%m-%Y})\n"
            "  (To give them a form anyway, add --include-leavers.)\n") in check
    assert ("On leave (this one gets a form): 1, row 6:\n  5 Mads Lund (Status \"Barsel\")\n"
            "  (To give them no form, add --skip-on-leave.)\n") in check
    generated = run("generate", "--jobs", "1")
    assert generated.startswith("Wrote 4 employee form(s)")
    assert ("No form for 2 on the list who have left (`mus check` lists them; "
            "--include-leavers gives leavers one).") in generated
    forms = sorted(p.name for p in (ws.output_dir / "forms" / "2027").glob("*.docx"))
    assert not [f for f in forms if f.startswith(("2_", "3_"))]
    assert {f.split("_")[0] for f in forms} == {"1", "4", "5", "6"}
    mail = run("mail", "--dry-run")
    assert "it@x.dk" not in mail and "bb@x.dk" not in mail
    assert "Would send to ml@x.dk" in mail  # on leave: gets their form
    assert run("generate", "--jobs", "1", "--force", "--include-leavers").startswith(
        "Wrote 6 employee form(s)")
    mail = run("mail", "--dry-run")
    assert ("Not mailed: 2 Ida Thomsen (employee's form): has left (Status \"Fratrådt\"); "
            "--include-leavers mails them anyway.") in mail
    assert "Would send to it@x.dk" in run("mail", "--dry-run", "--include-leavers")


def test_the_overview_shows_leave_and_leaves_leavers_out(ws: Workspace) -> None:
    """Someone on leave whose form has not come back is "Orlov", not "Mangler"; a leaver's
    returned form is not in the overview, and said as such."""
    from pipeline.demo import Respondent
    from tests.overview.reading import frame

    write_xlsx(ws.employees, {"Ark1": staff(dt.date.today())})

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, ["--dir", str(ws.root), *args])
        assert result.exit_code == 0, result.output
        return result.output

    run("generate", "--jobs", "1", "--include-leavers")
    returned = ws.returned_dir
    returned.mkdir(exist_ok=True)
    for form in (ws.output_dir / "forms" / "2027").glob("*.docx"):
        if form.name.startswith(("2_", "4_")) and "leder" not in form.name:
            (returned / form.name).write_bytes(Respondent(seed=2).fill(form.read_bytes()))
    output = run("ingest", str(returned))
    assert "has left (Status \"Fratrådt\"), so it is not in the overview" in output
    df = frame(ws.output_dir / "MUS-oversigt-2027.xlsx", "Medarbejdere")
    status = dict(zip(df["Medarbejdernr."], df["Status"], strict=True))
    assert status == {"1": "Mangler", "4": "Modtaget", "5": "Orlov", "6": "Mangler"}
    assert "  missing: 5 Mads Lund (on leave)" in run("status", str(returned))


def test_a_column_of_statuses_under_another_header(tmp_path: Path) -> None:
    """The header says nothing mus knows; the cells say Aktiv and Fratrådt."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Ansættelsesforhold"), (1, "Ida Thomsen", "Aktiv"),
        (2, "Bo Bach", "Fratrådt"), (3, "Åse Holm", "Aktiv")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "3"]
    assert [a.number for a in listing.leavers] == ["2"]
    assert listing.warnings[0].what.startswith(
        'No column is headed as the employment status, but "Ansættelsesforhold" (column C) '
        'holds statuses ("Aktiv" and "Fratrådt"), so it is read as one')
    titles = write_xlsx(tmp_path / "t.xlsx", {"Ark1": [
        ("Medarbejdernr.", "Navn", "Ansættelse"), (1, "Ida Thomsen", "Fastansat"),
        (2, "Bo Bach", "Vikar")]})
    assert len(read_employee_list(titles, today=TODAY).employees) == 2


def test_inactive_with_leave_given_as_the_reason_is_leave(tmp_path: Path) -> None:
    """Business Central: Status Inaktiv, and "Årsag til inaktivitet" says BARSEL."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Årsag til inaktivitet", "Ophørsdato"),
        ("M001", "Torben Brandt", "Aktiv", None, None),
        ("M007", "Asger Christensen", "Ophørt", None, dt.date(2026, 9, 30)),
        ("M009", "Louise Jørgensen", "Inaktiv", "BARSEL", None),
        ("M010", "Asger Larsen", "Inaktiv", None, None)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.on_leave) for e in listing.employees] == [("M001", False),
                                                                   ("M009", True)]
    assert [(a.number, a.reason) for a in listing.on_leave] == [
        ("M009", 'Status "Inaktiv", Årsag til inaktivitet "BARSEL"')]
    assert [a.number for a in listing.leavers] == ["M007", "M010"]


@pytest.mark.parametrize("written", ["30-Sep-2026", "Sep 30, 2026", "30. september 2026"])
def test_an_end_date_with_the_month_in_words(tmp_path: Path, written: str) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Employee ID", "Name", "Employee Status", "Date of Exit"),
        ("KK001", "Helle Nielsen", "Active", None),
        ("KK008", "Mikkel Møller", "Resigned", written)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["KK001"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("KK008", 'Employee Status "Resigned"; Date of Exit 30-09-2026')]


def test_a_kind_of_employment_that_says_external_in_a_status_column(tmp_path: Path) -> None:
    """SAP's Medarbejderkreds of Funktionær, Timelønnet and Ekstern: the external consultant
    is not employed here, said with the column, never as an unknown status that gets a form."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Personalenummer", "Navn", "Medarbejderkreds"), (1, "Ida Thomsen", "Funktionær"),
        (2, "Bo Bach", "Timelønnet"), (3, "Åse Holm", "Funktionær"),
        (90014, "Solvej Sørensen", "Ekstern"), (4, "Jens Dahl", "Timelønnet"),
        (5, "Lis Krog", "Funktionær")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1", "2", "3", "4", "5"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("90014", 'Medarbejderkreds "Ekstern": not employed here')]
    assert [w.kind for w in listing.warnings] == ["header-content", "no-department"]
    assert '"Medarbejderkreds" (column C) holds statuses ("Funktionær", "Timelønnet" and ' \
        '"Ekstern"), so it is read as one' in listing.warnings[0].what


@pytest.mark.parametrize("remark", ["Ansat af Kirkeministeriet – ikke MR", "Frivillig, ulønnet",
                                    "ikke ansat her", "Employed by the ministry"])
def test_a_row_without_a_number_whose_remark_says_not_employed_here(tmp_path: Path,
                                                                  remark: str) -> None:
    """The priest employed by the ministry, an unpaid volunteer: no number, and a remark that
    says why; listed as not employed here (the remark's words never repeated), not refused
    as an employee whose number is missing."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Stilling", "Ansat under", "Bemærkning"),
        ("101", "Mikkel Overgaard", "Kordegn", "Kirkekontoret", None),
        ("104", "Rasmus Holm", "Kontorassistent", "Kirkekontoret", None),
        (None, "Tove Nyholm", "Sognepræst", "Kirken", remark)]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("101", "Kirkekontoret"), ("104", "Kirkekontoret")]
    assert [(a.row, a.name, a.reason) for a in listing.leavers] == [
        (4, "Tove Nyholm", "Bemærkning: not employed here")]


@pytest.mark.parametrize(("header", "kind"), [("Ansættelse", "Vikar (Falck Healthcare)"),
                                              ("Ansættelsesform", "Ekstern konsulent"),
                                              ("Status", "Vikar via Adecco")])
def test_a_row_without_a_number_whose_kind_says_not_employed_here(
        tmp_path: Path, header: str, kind: str) -> None:
    """An agency's temp on a nursing home's list, with no payroll number: the kind column says
    why, as it would for anyone; listed as not employed here, not refused."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Hus", header),
        ("88201", "Søren Schøler", "Ledelse", "Fast"),
        ("88205", "Sofie Sand", "Bøgehuset", "Fast afløser"),
        ("88211", "Karen Quist", "Egehuset", "Elev"),
        ("88212", "Emil Åkjær", "Egehuset", "Fast"), ("88213", "Bjørn Lund", "Egehuset", "Fast"),
        ("88214", "Tove Åkjær", "Egehuset", "Fast"),
        (None, "Kåre Lykke", "Bøgehuset", kind)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == [
        "88201", "88205", "88211", "88212", "88213", "88214"]
    assert [(a.row, a.name) for a in listing.leavers] == [(8, "Kåre Lykke")]
    assert "not employed here" in listing.leavers[0].reason


def test_a_row_without_a_number_and_an_ordinary_remark_is_still_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr.", "Navn", "Bemærkning"), ("101", "Mikkel Overgaard", None),
        (None, "Tove Nyholm", "Ny pr. 1/11")]})
    with pytest.raises(SpreadsheetError, match="This row has no employee number"):
        read_employee_list(path, today=TODAY)


def test_end_dates_written_as_a_person_writes_them(tmp_path: Path) -> None:
    """A "Fratræder" column of dates after a word or in the Danish hand: "30. november 2026",
    "udløb 31.10.26", "pr. 31/1-27" (day/month-year, still to come)."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Lønnr", "Navn", "Fratræder"), (1, "Sofie Åkjær", None),
        (2, "Bent Skov", "30. november 2026"), (3, "Hanne Lund", "udløb 31.10.26"),
        (4, "Ida Holm", "pr. 31/1-27"), (5, "Ole Dam", "30/11-2026")]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.number for e in listing.employees] == ["1", "4"]
    assert [(a.number, a.ended) for a in listing.leavers] == [
        ("2", dt.date(2026, 11, 30)), ("3", dt.date(2026, 10, 31)), ("5", dt.date(2026, 11, 30))]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_a_period_of_fra_and_til_ends_a_row(tmp_path: Path) -> None:
    """A unit change as two rows, each with its period (Fra/Til): the row whose Til has passed
    is an ended position, the person has not left; a Til alone that has passed is a leaver."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Placeringer": [
        ("Medarb.nr.", "Navn", "Enhed", "Fra", "Til"),
        (44001, "Solvej Vestergaard", "Ledelse", "06-04-2019", None),
        (44004, "Anne Hjorth", "Virksomhed", "12-10-2015", "31-05-2026"),
        (44004, "Anne Hjorth", "Ung", "01-06-2026", None),
        (44013, "Helle Lykke", "Ung", "01-02-2020", "31-08-2026")]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [(e.number, e.department) for e in listing.employees] == [
        ("44001", "Ledelse"), ("44004", "Ung")]
    assert [a.number for a in listing.leavers] == ["44013"]
    [note] = [n for n in listing.notes if n.kind == "period"]
    assert note.what.startswith('"Fra" and "Til" (columns D and E) are the period of each row')


@pytest.mark.parametrize("written", ["udgangen af oktober", "30/9", "ultimo marts"])
def test_an_end_date_without_a_year_is_refused_with_its_row(tmp_path: Path, written: str) -> None:
    """Whether "30/9" or "udgangen af oktober" has passed depends on a year the cell does not
    give: refused, never taken as still employed (the leaver got a form)."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr", "Navn", "Ansat til"), (61, "Ida Pedersen", None), (63, "Jens Hjorth", written),
        (71, "Lærke Quist", "tidsubegrænset")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert f'row 3, column "Ansat til": The end date "{written}" in Ansat til cannot be read' in \
        str(caught.value)
    assert "row 4" not in str(caught.value)  # "no end" in words is no date to read


def test_a_leaver_whose_leaving_date_is_still_to_come_is_here(tmp_path: Path) -> None:
    """Cezanne HR's Status "Leaver" beside a Leaving Date still to come: leaving, not yet
    left; one whose date has passed has left."""
    path = write_xlsx(tmp_path / "c.xlsx", {"Ark1": [
        ("Employee Code", "Forename", "Surname", "Status", "Leaving Date"),
        ("AB01", "Mikkel", "Brøndum", "Leaver", dt.date(2027, 2, 11)),
        ("AB02", "Morten", "Holm", "Leaver", dt.date(2026, 10, 1)),
        ("AB03", "Ida", "Lund", "Active", None)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["AB01", "AB03"]
    assert [a.number for a in listing.leavers] == ["AB02"]


def test_an_old_payroll_files_end_date_and_its_empty_date(tmp_path: Path) -> None:
    """A legacy print file: "FRATR-DATO" in YYYYMMDD, "00000000" for none."""
    path = tmp_path / "k.txt"
    path.write_text("LOENNR|NAVN|AFD-NAVN|FRATR-DATO\n033292|CAMILLA MØLGAARD|SUNDHED|00000000\n"
                    "003518|EJNAR IVERSEN|TRÆNING|20251218\n049168|IDA HOLM|SUNDHED|00000000\n",
                    encoding="utf-8")
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["033292", "049168"]
    assert [a.number for a in listing.leavers] == ["003518"]


def test_an_agency_temp_with_an_end_date_to_come_is_still_no_employee(tmp_path: Path) -> None:
    """The date still to come keeps a leaver here, never someone not employed here."""
    path = write_xlsx(tmp_path / "v.xlsx", {"Ark1": [
        ("Medarb.nr", "Navn", "Ansættelsestype", "Slutdato"),
        ("1447", "Jonas Thygesen", "Fastansat", None),
        ("1448", "Ida Lund", "Fastansat", None),
        ("V1", "Zeynep Kaya", "Vikar (VikarDanmark ApS)", "23-12-2026"),
        ("1449", "Bo Dam", "Sæsonansat", "23-12-2026"), ("1450", "Eva Ry", "Fastansat", None)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["1447", "1448", "1449", "1450"]
    assert [a.number for a in listing.leavers] == ["V1"]


def test_a_table_of_leavers_beside_the_list_names_them(tmp_path: Path) -> None:
    """A security firm's list: "Fratrådt i 2026" over a small table (Navn | Fratrådt) right of
    the list, on the header row; some it names are still in the list. They have left, said;
    its names are no unknown statuses."""
    path = write_xlsx(tmp_path / "s.xlsx", {"Medarbejdere": [
        ("Medarb.nr.", "Navn", "Afdeling", None, "Fratrådt i 2026", None),
        (None, None, None, None, "Navn", "Fratrådt"),
        (304, "Rasmus Kjærgaard", "Direktion", None, "Rasmus Andersen", dt.date(2026, 4, 3)),
        (305, "Anne Rasmussen", "Vagt", None, "Piotr Andersson", dt.date(2026, 6, 3)),
        (310, "Rasmus Andersen", "Vagt", None, "Pernille Holm", dt.date(2026, 8, 22)),
        (311, "Piotr Andersson", "Vagt", None, None, None),
        (312, "Ida Lund", "Vagt", None, None, None)]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == ["304", "305", "312"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("310", 'named under "Fratrådt i 2026"'), ("311", 'named under "Fratrådt i 2026"')]
    assert not [w for w in listing.warnings if w.kind == "status-unknown"]


def test_an_effective_dated_history_reads_the_row_valid_today(tmp_path: Path) -> None:
    """SAP's org. assignment history: one row per change, valid "Gyldig fra" … "Gyldig til"
    (31.12.9999: open). Each employee's row valid today is theirs; its action "Fratrædelse"
    makes a leaver."""
    head = ("Personalenummer", "Navn", "Gyldig fra", "Gyldig til", "Aktion",
            "Organisatorisk enhed", "Leders pers.nr.")
    path = write_xlsx(tmp_path / "h.xlsx", {"Sheet1": [
        head, ("00027075", "Ole Berg", "01.01.2010", "31.12.9999", "Ansættelse", "Vand", None),
        ("00013626", "Mia Højgaard", "01.06.2026", "31.08.2026", "Ansættelse", "Vand",
         "00027075"),
        ("00013626", "Mia Højgaard", "01.09.2026", "31.12.9999", "Fratrædelse", "Vand",
         "00027075"),
        ("00018235", "Ewa Lund", "22.01.1998", "30.06.2026", "Ansættelse", "Kloak", "00027075"),
        ("00018235", "Ewa Lund", "01.07.2026", "31.12.9999", "Organisatorisk ændring", "Vand",
         "00027075")]})
    listing = read_employee_list(path, today=TODAY)
    assert [(e.number, e.department) for e in listing.employees] == [
        ("00027075", "Vand"), ("00018235", "Vand")]
    assert [a.number for a in listing.leavers] == ["00013626"]
    assert any(n.kind == "history-rows" for n in listing.notes)


@pytest.mark.parametrize(("status", "begun"), [
    ("Tiltræder 05-02-2027", False), ("Starter 1/3-27", False), ("Starts 2027-01-04", False),
    ("Tiltræder 01-11-2026", True)])
def test_a_start_with_its_day_has_not_begun_until_the_day(tmp_path: Path, status: str,
                                                          begun: bool) -> None:
    """A status that says when someone starts: no form before the day (listed), employed
    after it (exports42's jobcentre)."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Status", "Afdeling"), (1, "Ida Thomsen", "Aktiv", "IT"),
        (2, "Bo Bach", status, "IT")]})
    listing = read_employee_list(path, today=TODAY)
    assert [e.number for e in listing.employees] == (["1", "2"] if begun else ["1"])
    assert [a.reason for a in listing.leavers] == ([] if begun else [
        f'Status "{status}": has not begun'])


def test_a_period_of_employment_over_or_not_begun(tmp_path: Path) -> None:
    """A museum's "Periode": the summer season over (no form, listed), the Christmas season
    under way, next summer not begun; staff without a period employed. A post paid from
    outside ("ekstern finansiering") is still employed here (exports42)."""
    path = write_xlsx(tmp_path / "e.xlsx", {"Ark1": [
        ("Nr.", "Navn", "Afdeling", "Ansættelse", "Periode"),
        (1, "Emil Krog", "Ledelse", "Fast", None),
        (2, "Lene Kjær", "Formidling", "Sæsonansat", "01.04.2026–31.10.2026"),
        (3, "Hanne Holm", "Butik", "Sæsonansat (julemarked)", "15.11.2026–10.01.2027"),
        (4, "Signe Fog", "Butik", "Sæsonansat", "01.04.2027 - 30.09.2027"),
        (5, "José García", "Forskning", "Projektansat (ekstern finansiering)",
         "01.03.2025–28.02.2027"),
        (6, "Ida Lund", "Formidling", "Fast", None)]})
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [e.number for e in listing.employees] == ["1", "3", "5", "6"]
    assert [(a.number, a.reason.rsplit(": ", 1)[1]) for a in listing.leavers] == [
        ("2", "the period is over"), ("4", "has not begun")]
