"""Each leader sees their own team: leaders are who they are (number, e-mail), never a name two
leaders share. The sample list itself has two "Jens Hansen"; here both lead a team."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.collect.ingest import IngestOptions, IngestResult, ingest
from pipeline.errors import SpreadsheetError
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.model import Employee
from pipeline.ooxml.fill import fill_by_tag
from pipeline.report import status_text
from pipeline.teams import leader_key, teams
from pipeline.workspace import DEFAULTS, Workspace
from tests.overview.reading import frame

QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
ECONOMY_JENS = ("Jens Hansen", "jha@eksempel.dk")  # 1002, Økonomi
IT_JENS = ("Jens Hansen", "jeh@eksempel.dk")  # 1007, IT


def sample_list_with(path: Path, leaders: dict[str, tuple[str, str]]) -> Path:
    """The sample employee list with the leader (name, e-mail) of some employees changed."""
    wb = openpyxl.load_workbook(DEFAULTS / "input" / "employees.xlsx")
    ws = wb.active
    assert ws is not None
    for row in ws.iter_rows(min_row=4):
        number = str(row[0].value)
        if number in leaders:
            row[5].value, row[6].value = leaders[number]
    wb.save(path)
    return path


def season_with(tmp_path: Path, leaders: dict[str, tuple[str, str]],
                answers: dict[str, str]) -> IngestResult:
    """Forms for the changed list; the employees in ``answers`` return theirs with a
    leader-only answer (N4, Synlighed leder) and a general one (N1)."""
    employees = sample_list_with(tmp_path / "employees.xlsx", leaders)
    made = generate(GenerateOptions(employees, QUESTIONS, tmp_path / "forms", jobs=1))
    returned = tmp_path / "returned"
    returned.mkdir()
    for entry in made.entries:
        if entry.kind == "employee" and entry.employee_id in answers:
            data = (made.out / entry.file).read_bytes()
            (returned / entry.file).write_bytes(fill_by_tag(data, {
                "mus:q:N4": answers[entry.employee_id], "mus:q:N1": "4 – I høj grad"}))
    return ingest(IngestOptions(returned, employees, QUESTIONS, tmp_path / "out" / "w.xlsx",
                                per_leader=True, jobs=1), today=dt.date(2027, 3, 1))


TWO_JENS = {**{n: ECONOMY_JENS for n in ("1013", "1014", "1015", "1016", "1017")},
            **{n: IT_JENS for n in ("1018", "1019", "1020")}}


def test_two_leaders_of_one_name_get_a_workbook_each_with_only_their_own_team(
        tmp_path: Path) -> None:
    result = season_with(tmp_path, TWO_JENS, {"1013": "ØKONOMI-JENS-HEMMELIGT",
                                              "1018": "IT-JENS-HEMMELIGT"})
    by_name = {p.name: p for p in result.leader_workbooks}
    economy = by_name["MUS-oversigt-2027-Jens_Hansen-1002.xlsx"]
    it = by_name["MUS-oversigt-2027-Jens_Hansen-1007.xlsx"]
    assert len(by_name) == 5  # Hanne Kjær, Morten Dahl, Ali Hassan and the two Jens Hansens
    for path, own, others, secret, foreign in (
            (economy, {"1013", "1014", "1015", "1016", "1017"}, {"1018", "1019", "1020"},
             "ØKONOMI-JENS-HEMMELIGT", "IT-JENS-HEMMELIGT"),
            (it, {"1018", "1019", "1020"}, {"1013", "1014", "1015", "1016", "1017"},
             "IT-JENS-HEMMELIGT", "ØKONOMI-JENS-HEMMELIGT")):
        front = frame(path, "Overblik").to_string()
        answers = frame(path, "Svar")
        assert set(answers["Medarbejdernr."]) <= own
        assert secret in answers.to_string()  # the leader sees their own team's leder answer
        assert foreign not in answers.to_string() and foreign not in front
        assert not any(n in front for n in others)
        about = dict(zip(*[frame(path, "Om")[c] for c in ("Oplysning", "Værdi")], strict=True))
        assert about["Leder"] == f"Jens Hansen ({'1002' if path == economy else '1007'})"
    leaders = frame(result.workbook, "Ledere").set_index("Leder")
    assert leaders.loc["Jens Hansen (1002)", "Medarbejdere"] == 5
    assert leaders.loc["Jens Hansen (1007)", "Medarbejdere"] == 3
    hr_answers = frame(result.workbook, "Svar").set_index("Medarbejdernr.")
    assert hr_answers.loc["1013", "Leder"] == "Jens Hansen (1002)"
    assert "HEMMELIGT" not in frame(result.workbook, "Svar").to_string()  # leder: not for HR
    status = status_text(result.collected)
    assert "\nJens Hansen (1002): 1/5 answered" in status
    assert "\nJens Hansen (1007): 1/3 answered" in status


def test_a_leader_given_by_a_name_that_fits_two_people_is_refused_before_any_form(
        tmp_path: Path) -> None:
    """Whose team 1013 and 1014 are cannot be told, so no form, leader's form or workbook is
    made for a guessed leader: the list is refused with the rows and what to write."""
    employees = sample_list_with(tmp_path / "employees.xlsx",
                                 {"1013": ("Jens Hansen", ""), "1014": ("Jens Hansen", "")})
    with pytest.raises(SpreadsheetError) as caught:
        generate(GenerateOptions(employees, QUESTIONS, tmp_path / "forms", jobs=1))
    said = str(caught.value)
    assert '"Leder": The leader "Jens Hansen" (rows 16 and 17) fits several people' in said
    assert "(employees 1002 and 1007)" in said and "Leders e-mail" in said
    assert not (tmp_path / "forms").exists() or not any((tmp_path / "forms").rglob("*.docx"))


def test_a_296_character_leader_name_is_shortened_never_a_failure(ws: Workspace) -> None:
    long_name = ("Ærøskøbing-" * 27)[:296]
    sample_list_with(ws.employees, {"1013": (long_name, "lang@eksempel.dk")})
    runner = CliRunner()
    assert runner.invoke(main, ["--dir", str(ws.root), "generate", "--jobs", "1"],
                         catch_exceptions=False).exit_code == 0
    (ws.root / "returned").mkdir(exist_ok=True)
    result = runner.invoke(main, ["--dir", str(ws.root), "ingest", str(ws.root / "returned"),
                                  "--per-leader", "--jobs", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    made = [p.name for p in (ws.output_dir / "ledere").iterdir()]
    [long_one] = [n for n in made if n.startswith("MUS-oversigt-2027-Ærøskøbing")]
    assert len(long_one.encode()) <= 200 and long_one.endswith(".xlsx")
    assert "Leaders' workbooks: 5 in" in result.output


def _employee(number: str, leader: str = "", leader_number: str = "",
              leader_email: str = "", name: str = "") -> Employee:
    return Employee(number, name or f"Person {number}", leader=leader,
                    leader_number=leader_number, leader_email=leader_email)


def test_a_leader_is_their_number_then_their_e_mail_never_their_name() -> None:
    assert leader_key(_employee("1", "Jens Hansen", "1002", "jha@x.dk")) == "n:1002"
    assert leader_key(_employee("1", "Jens Hansen", "", "JHA@x.dk")) == "e:jha@x.dk|Jens Hansen"
    assert leader_key(_employee("1", "Jens Hansen")) == "t:Jens Hansen"
    assert leader_key(_employee("1")) == ""
    found = teams([_employee("1", "Jens Hansen", "1002"), _employee("2", "Jens Hansen", "1007"),
                   _employee("3", "Pia Lund", "", "plu@x.dk"),
                   _employee("4", "Pia Lund", "", "ledere@x.dk"), _employee("5")])
    assert [(t.label, [e.number for e in t.members]) for t in found] == [
        ("", ["5"]), ("Jens Hansen (1002)", ["1"]), ("Jens Hansen (1007)", ["2"]),
        ("Pia Lund (ledere@x.dk)", ["4"]), ("Pia Lund (plu@x.dk)", ["3"])]


@pytest.mark.parametrize("shared", ["ledere@x.dk", "LEDERE@x.dk"])
def test_a_shared_address_never_puts_two_leaders_in_one_team(shared: str) -> None:
    found = teams([_employee("1", "Pia Lund", "", "ledere@x.dk"),
                   _employee("2", "Ali Hassan", "", shared)])
    assert [[e.number for e in t.members] for t in found] == [["2"], ["1"]]
