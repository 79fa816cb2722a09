"""Coverage by the rules: a demo season played past the talks and the follow-ups, counted in the
workbook's Dækning sheet and by `mus status --coverage` under each rule set, against what the
demo played (not against what was read back); a goal signed as not agreed is never counted
agreed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline import samples
from pipeline.cli import main
from pipeline.collect.ingest import IngestOptions, collect, ingest
from pipeline.coverage import coverage
from pipeline.demo import DemoResult, run_demo
from pipeline.demo_meetings import Meeting
from pipeline.errors import SpreadsheetError
from pipeline.model import Requirement
from pipeline.report import coverage_text
from pipeline.sheets import read_employees, read_question_set
from pipeline.workspace import Workspace, init_workspace
from tests.helpers import questions_xlsx
from tests.validation import assert_valid_ooxml

RULES = [("stat", None, Requirement.AGREED), ("kommune", None, Requirement.PLAN),
         ("region", None, Requirement.PLAN), ("privat", None, Requirement.PLAN),
         ("privat", "samtale", Requirement.TALK), ("privat", "aftalt", Requirement.AGREED)]


@pytest.fixture(scope="module")
def season(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, DemoResult]:
    work = tmp_path_factory.mktemp("coverage")
    init_workspace(work / "w")
    ws = Workspace(work / "w")
    return ws, run_demo(ws, work / "demo", jobs=1, through="followups")


def played(meetings: Sequence[Meeting], requirement: Requirement) -> dict[str, int]:
    """What the counts must be, from what the demo played."""
    held = [m for m in meetings if m.held]
    written = [m for m in held if m.goals]
    agreed = [m for m in written if any(a is True for _, a in m.goals)
              and m.signed_employee and m.signed_leader]
    covered = {Requirement.TALK: held, Requirement.PLAN: written,
               Requirement.AGREED: agreed}[requirement]
    return {"held": len(held), "written": len(written), "agreed": len(agreed),
            "covered": len(covered)}


def total_row(workbook: Path) -> dict[str, object]:
    """The department table's total row of the Dækning sheet, by header."""
    ws = openpyxl.load_workbook(workbook)["Dækning"]
    rows = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
    header = next(r for r in rows if r[0] == "Afdeling")
    total = next(r for r in rows[rows.index(header):] if r[0] == "I alt")
    return dict(zip(header, total, strict=False))


@pytest.mark.parametrize(("rule_set", "requirement", "meaning"), RULES)
def test_the_counts_of_a_played_season_under_each_rule_set(
        season: tuple[Workspace, DemoResult], tmp_path: Path, rule_set: str,
        requirement: str | None, meaning: Requirement) -> None:
    ws, demo = season
    questions = questions_xlsx(tmp_path / "questions.xlsx", settings=[
        *samples.SETTINGS, ("Regelsæt", rule_set),
        *([("Dækningskrav", requirement)] if requirement else [])])
    assert read_question_set(questions).settings.rules.requirement is meaning
    expected = played(demo.meetings, meaning)
    assert 0 < expected["agreed"] < expected["written"] < expected["held"] < 25  # all kinds
    result = ingest(IngestOptions(demo.returned, ws.employees, questions,
                                  tmp_path / "w.xlsx", jobs=1), today=demo.today)
    assert_valid_ooxml(result.workbook)
    total = total_row(result.workbook)
    assert (total["Medarbejdere på listen"], total["På orlov"]) == (25, 0)
    assert {"held": total["Samtale holdt"], "written": total["Skriftlig plan"],
            "agreed": total["Aftalt plan (begge)"], "covered": total["Dækket"]} == expected
    assert total["Dækning"] == pytest.approx(expected["covered"] / 25)
    assert total["Skema modtaget"] == 22
    # Follow-ups: every goal the demo followed up is counted as followed up.
    followed = sum(1 for m in demo.meetings if m.followed_up)
    assert followed > 0 and total["Opfølgning holdt"] == followed
    # The same counts on the command line.
    cli = CliRunner().invoke(main, ["--dir", str(ws.root), "status", str(demo.returned),
                                    "--questions", str(questions), "--coverage"])
    assert cli.exit_code == 0, cli.output
    line = next(x for x in cli.output.splitlines() if x.startswith("Total"))
    numbers = line.split()[1:]
    assert (int(numbers[3]), int(numbers[4]), int(numbers[5]), int(numbers[8])) == (
        expected["held"], expected["written"], expected["agreed"], expected["covered"])


def test_the_uncovered_are_named_for_their_leader(season: tuple[Workspace, DemoResult]) -> None:
    ws, demo = season
    got = collect(demo.returned, ws.employees, ws.questions, jobs=1)
    cover = coverage(got, demo.today)
    staff = {e.number: e for e in read_employees(ws.employees)}
    not_held = [m.number for m in demo.meetings if not m.held]
    no_goals = [m.number for m in demo.meetings if m.held and not m.goals]
    named = {p.employee.number: p.lacking for _, members in cover.leaders
             for p in cover.uncovered(members)}
    assert named == {**{n: "talk" for n in not_held}, **{n: "plan" for n in no_goals}}
    text = coverage_text(got, demo.today)
    for number in not_held:
        leader = staff[number].leader
        block = text[text.index(f"{leader}:\n"):]
        assert f"  {number} {staff[number].name}: no talk recorded" in block
    # A leader's own workbook shows their team's coverage (after the conversation sheets,
    # which came first in the season).
    for path in demo.ingested.leader_workbooks:
        own = openpyxl.load_workbook(path)
        assert own.sheetnames[:3] == ["Overblik", "Samtaleark", "Dækning"], path.name
        assert_valid_ooxml(path)
    assert_valid_ooxml(demo.ingested.workbook)


def test_a_goal_signed_as_not_agreed_is_never_counted_agreed(
        season: tuple[Workspace, DemoResult], tmp_path: Path) -> None:
    ws, demo = season
    questions = questions_xlsx(tmp_path / "questions.xlsx",
                               settings=[*samples.SETTINGS, ("Regelsæt", "stat")])
    got = collect(demo.returned, ws.employees, questions, jobs=1)
    cover = coverage(got, demo.today)
    by_number = {p.employee.number: p for p in cover.people}
    refused = [m for m in demo.meetings if m.held and m.goals
               and not any(a is True for _, a in m.goals)]
    for m in demo.meetings:
        if not m.held:
            continue
        p = by_number[m.number]
        assert p.plan.agreed == sum(1 for _, a in m.goals if a is True), m.number
        assert p.plan.not_agreed == sum(1 for _, a in m.goals if a is False), m.number
        if not any(a is True for _, a in m.goals):
            assert not p.plan.is_agreed and not p.covered
    result = ingest(IngestOptions(demo.returned, ws.employees, questions, tmp_path / "w.xlsx",
                                  jobs=1), today=demo.today)
    goals = openpyxl.load_workbook(result.workbook)["Udviklingsmål"]
    header = [c.value for c in goals[1]]
    rows = [dict(zip(header, r, strict=True)) for r in goals.iter_rows(min_row=2,
                                                                       values_only=True)]
    states = {(r["Medarbejdernr."], r["Mål"]): r["Status i aftalen"] for r in rows}
    for m in demo.meetings:
        for goal, agreed in m.goals:
            assert states[(m.number, goal)] == {True: "Aftalt", False: "Ikke aftalt",
                                                None: "Forslag"}[agreed]
    assert any(a is False for m in demo.meetings for _, a in m.goals)
    assert any(a is None for m in demo.meetings for _, a in m.goals)
    assert refused  # the demo has talks where no goal was agreed: none of them covered


@pytest.mark.parametrize(("settings", "message"), [
    ([("Regelsæt", "kommunalt ansat")], '"kommunalt ansat" is not a rule set'),
    ([("Regelsæt", "stat"), ("Dækningskrav", "samtale")],
     "Dækningskrav is used only with Regelsæt privat"),
    ([("Regelsæt", "privat"), ("Dækningskrav", "nogle")], '"nogle" is not a coverage'),
])
def test_rule_settings_mus_cannot_use_are_refused(tmp_path: Path, settings: list[tuple[str, str]],
                                                   message: str) -> None:
    path = questions_xlsx(tmp_path / "q.xlsx", settings=[*samples.SETTINGS, *settings])
    with pytest.raises(SpreadsheetError, match=message):
        read_question_set(path)


def test_without_a_rule_set_the_default_says_so(season: tuple[Workspace, DemoResult]) -> None:
    ws, demo = season
    text = coverage_text(collect(demo.returned, ws.employees, ws.questions, jobs=1),
                         dt.date(2027, 6, 15))
    assert "Rule set: private (the default; set Regelsæt in the question set). Covered: the " \
           "talk was held and the agreement has at least one written development goal." in text
