"""``mus generate --previous``: last season's goals on this season's forms, agreed goals spoken of
as agreed and proposals as proposals; what was carried and who had none said; a season whose
dates are last season's warned about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.collect.ingest import Collected
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.forms.season_dates import old_dates
from pipeline.model import FormKind, Goal, PreviousGoal, Response
from pipeline.overview.workbook import write_overview
from pipeline.sheets import read_employees, read_question_set
from pipeline.workspace import DEFAULTS, Workspace
from tests.forms.test_generate import body_text
from tests.helpers import write_xlsx

AGREED = "Hvordan er det gået med de mål, I aftalte ved sidste MUS?"


def _last_season(ws: Workspace, out: Path) -> Path:
    """Last season's workbook: Anne's agreement came back; Jens (1007) only proposed."""
    staff = read_employees(ws.employees)
    questions = read_question_set(ws.questions)

    def response(number: str, kind: FormKind, *goals: str) -> Response:
        # an agreement's goals agreed in the meeting (a goal is never agreed by default)
        agreed = True if kind is FormKind.AGREEMENT else None
        return Response(f"{number}-{kind.value}.docx", number, "2026", kind, {}, {},
                        tuple(Goal(g, "Kursus", deadline=dt.date(2026, 9, 1), agreed=agreed)
                              for g in goals), (), "controls")

    season = Collected(tuple(staff), questions, "2026", (
        response("1001", FormKind.EMPLOYEE, "Lære SQL", "Budgetmodeller"),
        response("1001", FormKind.AGREEMENT, "Lære SQL"),
        response("1007", FormKind.EMPLOYEE, "PowerShell", "Certificering")), (), 3)
    return write_overview(season, out, "da", {}, today=dt.date(2026, 5, 1))


def test_agreed_goals_are_agreed_proposals_are_proposals(ws: Workspace, tmp_path: Path) -> None:
    previous = _last_season(ws, tmp_path / "MUS-oversigt-2026.xlsx")
    result = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "forms",
                                      previous=previous, jobs=1))
    anne = body_text(result.out / "1001_Anne_Sørensen.docx")
    assert AGREED in anne and "Lære SQL" in anne
    assert "Budgetmodeller" not in anne  # her proposal, replaced by what was agreed
    assert "Forslag, ikke aftalt" not in anne
    jens = body_text(result.out / "1007_Jens_Hansen.docx")
    assert AGREED not in jens  # nothing was agreed with Jens: no "goals you agreed"
    assert "der kom ingen aftale om dem tilbage, så de står her som forslag" in jens
    assert jens.count("Forslag, ikke aftalt") == 2 and "PowerShell" in jens
    mette = body_text(result.out / "1003_Mette_Nielsen.docx")
    assert "Sidste års udviklingsmål" not in mette
    assert result.carried is not None
    got = result.carried
    assert (got.goals, got.agreed, got.proposed, got.employees) == (3, 1, 2, 2)
    assert len(got.without) == 23 and "1003" in {e.number for e in got.without}


def test_generate_says_what_it_carried_and_who_had_none(ws: Workspace, tmp_path: Path) -> None:
    previous = _last_season(ws, tmp_path / "MUS-oversigt-2026.xlsx")
    run = CliRunner().invoke(main, ["--dir", str(ws.root), "generate", "--previous",
                                    str(previous), "--only", "1001,1003,1007"])
    assert run.exit_code == 0, run.output
    assert ("Last season's goals: 3 goal(s) on 2 form(s) (1 agreed, 2 only proposed (no "
            "agreement came back; the form says so)).") in run.output
    assert "No goal from last season for 1 employee(s): 1003 Mette Nielsen." in run.output


def test_goals_of_someone_who_has_left_are_said_not_carried(ws: Workspace,
                                                           tmp_path: Path) -> None:
    """Anne is still on the list but has left: she gets no form, and her goal is said to be
    left behind with those of people no longer on the list."""
    previous = _last_season(ws, tmp_path / "MUS-oversigt-2026.xlsx")
    write_xlsx(ws.employees, {"Ark1": [
        ("Medarbejdernr.", "Navn", "E-mail", "Leder", "Status"),
        ("1001", "Anne Sørensen", "as@x.dk", "Hanne Kjær", "Fratrådt"),
        ("1003", "Mette Nielsen", "mn@x.dk", "Hanne Kjær", "Aktiv"),
        ("1007", "Jens Hansen", "jh@x.dk", "Hanne Kjær", "Aktiv")]})
    run = CliRunner().invoke(main, ["--dir", str(ws.root), "generate", "--jobs", "1",
                                    "--previous", str(previous)])
    assert run.exit_code == 0, run.output
    assert "Last season's goals: 2 goal(s) on 1 form(s) (0 agreed, 2 only proposed" in run.output
    assert ("1 employee(s) with goals last season get no form this season (not on this "
            "employee list, or they have left); their goals were not carried.") in run.output


def test_a_season_with_last_seasons_dates_is_warned_about(ws: Workspace, tmp_path: Path) -> None:
    result = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "f",
                                      season="2028", jobs=1, only=("1001",)))
    assert result.warnings[0] == (
        "The season is 2028, but the reply deadline (29 January 2027) and 1 meeting date(s) "
        "(1 February 2027) are from an earlier season: the forms would show them. Put this "
        "season's dates in Svarfrist on the question set's Indstillinger sheet and in the "
        "employee list's MUS-dato column (or check --season), and generate again with --force.")
    same = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "g", jobs=1,
                                    only=("1001",)))
    assert not any("earlier season" in w for w in same.warnings)


def test_which_dates_belong_to_a_season() -> None:
    staff = read_employees(DEFAULTS / "input" / "employees.xlsx")
    assert old_dates("2027", dt.date(2027, 1, 29), staff) is None
    assert old_dates("2026-27", dt.date(2026, 12, 1), staff) is None
    assert old_dates("2027", dt.date(2026, 11, 15), staff) is None  # forms out the autumn before
    assert old_dates("forår", dt.date(2020, 1, 1), staff) is None  # no year: nothing to say
    warning = old_dates("2029", None, staff)
    assert warning is not None and "25 meeting date(s)" in warning and "deadline" not in warning


def test_last_seasons_workbook_from_before_frist_still_reads(tmp_path: Path) -> None:
    """Workbooks made before the goal sheet said "Frist" say "Deadline": still read."""
    from pipeline.overview.previous import read_previous_goals
    from tests.helpers import write_xlsx

    path = write_xlsx(tmp_path / "MUS-oversigt-2026.xlsx", {"Udviklingsmål": [
        ("Medarbejdernr.", "Kilde", "Mål", "Aktiviteter", "Deadline"),
        ("1001", "Aftalt", "Lære SQL", "Kursus", dt.datetime(2026, 9, 1)),
        ("1007", "Forslag (medarbejder)", "PowerShell", "", None)]})
    goals = read_previous_goals(path)
    assert goals["1001"] == [PreviousGoal("Lære SQL", "Kursus", dt.date(2026, 9, 1))]
    assert goals["1007"] == [PreviousGoal("PowerShell", agreed=False)]
