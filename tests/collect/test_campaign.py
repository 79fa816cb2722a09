"""The campaign of realistic edits to returned forms (issue 19, tests/collect/campaign/).

94 filled forms, each edited the way people edit forms, with the truth written down before the
edit: 41 as Microsoft Word writes the edit (XML), 51 in LibreOffice Writer itself (one soffice for
all of them), 2 through AbiWord and pandoc (where those are installed). Each is read as
`mus extract --json` and `mus ingest` read it, and the oracle's verdict must be *read right* or
*reported* — never silently wrong, never misreported — and exactly what it is today, so that a
case going from read right to reported fails too, naming the case and what changed.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from pipeline.forms.generate import GenerateResult
from pipeline.model import Problem, QuestionSet
from pipeline.workspace import DEFAULTS
from tests.collect.campaign.cases import Case
from tests.collect.campaign.drawings import png_bytes
from tests.collect.campaign.make import Made, make_with_tool, make_xml, writer_plan
from tests.collect.campaign.oracle import Output, classify, read_case
from tests.collect.campaign.truth import Marked, Truth
from tests.collect.campaign.verdict import READ_RIGHT, REPORTED, Verdict
from tests.collect.campaign.writer_cases import TOOL_CASES, WRITER_CASES
from tests.collect.campaign.xml_cases import XML_CASES
from tests.conftest import UnoDriver

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
CAMPAIGN = Path(__file__).resolve().parent / "campaign"
WRITER_EDITS = CAMPAIGN / "writer_edits.py"


def check(made: Made, question_set: QuestionSet) -> None:
    """The case read as mus reads it, and its verdict as the case says it is today. (The
    campaign's forms are made from the sample question set with N11 a private question with a
    field, as the campaign was written: its private answers must never be read.)"""
    case = made.case
    assert question_set.source is not None
    output = read_case(made.path, question_set, EMPLOYEES, question_set.source,
                       made.path.parent.parent / "book.xlsx")
    outcome = classify(made.truth, output)
    what = f"{case.name} ({case.edit}): {outcome.verdict.value}"
    acceptable = outcome.verdict in (READ_RIGHT, REPORTED)
    assert acceptable, f"{what}: {outcome.detail}"
    as_today = outcome.verdict is case.now
    assert as_today, f"{what}, was {case.now.value}: {outcome.detail or 'all read right now'}"


def name(case: Case) -> str:
    return case.name


@pytest.mark.parametrize("case", XML_CASES, ids=name)
def test_edited_as_word_writes_it(case: Case, private_forms: GenerateResult,
                                  private_question_set: QuestionSet, tmp_path: Path) -> None:
    check(make_xml(case, private_forms.out, tmp_path), private_question_set)


@pytest.fixture(scope="module")
def made_in_writer(uno: UnoDriver, private_forms: GenerateResult,
                   tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Made, str]]:
    """Every Writer case made in one soffice session: the case, and "ok" or what went wrong."""
    folder = tmp_path_factory.mktemp("campaign")
    picture = folder / "picture.png"
    picture.write_bytes(png_bytes())
    plans = [writer_plan(case, private_forms.out, folder, picture) for case in WRITER_CASES]
    report: dict[str, str] = uno(WRITER_EDITS, {"cases": [plan for _, plan in plans]})
    return {made.case.name: (made, report.get(made.case.name, "not made")) for made, _ in plans}


@pytest.mark.parametrize("case", WRITER_CASES, ids=name)
def test_edited_in_writer(case: Case, made_in_writer: dict[str, tuple[Made, str]],
                          private_question_set: QuestionSet) -> None:
    made, done = made_in_writer[case.name]
    assert done == "ok", f"{case.name}: Writer could not make the case: {done}"
    check(made, private_question_set)


@pytest.mark.parametrize("case", TOOL_CASES, ids=name)
def test_saved_again_by_another_editor(case: Case, private_forms: GenerateResult,
                                       private_question_set: QuestionSet,
                                       tmp_path: Path) -> None:
    """AbiWord and pandoc are not in CI (.ci/run installs LibreOffice only): run where they are."""
    if shutil.which(case.how) is None:
        pytest.skip(f"{case.how} is not installed")
    check(make_with_tool(case, private_forms.out, tmp_path), private_question_set)


def test_the_campaign_is_whole() -> None:
    """94 cases of unique names, each kind of edit made the way it says, each one Writer op the
    driver knows; 35 new variations of the kinds issue 19 lists, 59 kinds it does not."""
    cases = [*XML_CASES, *WRITER_CASES, *TOOL_CASES]
    assert len({c.name for c in cases}) == len(cases) == 94
    assert Counter(c.how for c in cases) == {"xml": 41, "writer": 51, "abiword": 1, "pandoc": 1}
    assert Counter(c.family for c in cases) == {"issue19": 35, "new": 59}
    assert all(c.name.startswith({"xml": "x_", "writer": "w_"}.get(c.how, "t_")) for c in cases)
    assert all(c.xml is None and c.save_as is None for c in WRITER_CASES)
    assert all(not c.ops for c in XML_CASES)
    ops_source = "".join((CAMPAIGN / f"writer_{part}.py").read_text(encoding="utf-8")
                         for part in ("typing", "layout"))
    known = set(re.findall(r"^def op_(\w+)\(", ops_source, re.M))
    used = {str(op["op"]) for c in WRITER_CASES for op in c.ops}
    assert used <= known, f"ops the Writer driver does not know: {sorted(used - known)}"
    assert Counter(c.now for c in cases) == {READ_RIGHT: 63, REPORTED: 31}


def reading(answers: dict[str, object], sentences: tuple[str, ...] = (),
            problems: tuple[Problem, ...] = (), employee: str | None = "1001") -> Output:
    """What mus might make of a form: its answers by question ID, its problems."""
    return Output({"employee_id": employee, "kind": "employee", "answers": answers,
                   "competences": {}, "goals": []}, problems, sentences, {})


def test_the_oracle_tells_silent_from_reported() -> None:
    """The oracle itself: what it must call silently wrong or misreported, it does."""
    truth = Truth("t", "1001", "employee", {"q:T1": "Svar og mere ved siden af."},
                  must_not_read=("Privat.",), wrong_reasons=("damaged",))
    assert classify(truth, reading({"T1": "Svar og mere\nved siden af."})).verdict is READ_RIGHT
    lost = reading({"T1": "Svar"})
    assert classify(truth, lost).verdict is Verdict.SILENTLY_WRONG
    named = reading({"T1": "Svar"}, ("Something was written beside question 1 (T1).",))
    assert classify(truth, named).verdict is REPORTED
    general = reading({"T1": "Svar"}, ("Please check the answers against the file.",))
    assert classify(truth, general).verdict is Verdict.MISREPORTED
    private = reading({"T1": "Svar og mere ved siden af.", "T2": "Privat."},
                      ("T2 is named, but what it holds must never be read",))
    assert classify(truth, private).verdict is Verdict.SILENTLY_WRONG
    refused = reading({}, ("The file is damaged.",), employee=None)
    assert classify(truth, refused).verdict is Verdict.MISREPORTED
    # Another form pasted in holds this form's answer word for word: once is this form's own.
    same = Truth("t", "1001", "employee", {"q:T1": "Samme svar."},
                 must_not_read=("Samme svar.",))
    assert classify(same, reading({"T1": "Samme svar."})).verdict is READ_RIGHT
    taken = reading({"T1": "Samme svar.", "F1": "Samme svar."}, ("F1",))
    assert classify(same, taken).verdict is Verdict.SILENTLY_WRONG


def test_the_oracle_holds_tracked_insertions_to_the_rule() -> None:
    """A tracked insertion nobody accepted is read, and a marked-text problem names the field;
    read without that problem, it is silently wrong."""
    truth = Truth("t", "1001", "employee", {"q:N4": Marked("Svar [Leder: tilføjet]")})
    tracked = Problem("f.docx", "marked-text", {"what": "tracked", "fields": "N4"}, "1001")
    read = {"N4": "Svar [Leder: tilføjet]"}
    assert classify(truth, reading(read, ("N4 holds tracked changes",), (tracked,))
                    ).verdict is REPORTED
    assert classify(truth, reading(read)).verdict is Verdict.SILENTLY_WRONG
