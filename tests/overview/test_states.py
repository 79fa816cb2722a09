"""Every state of the season gives workbooks a strict consumer accepts: no form back yet, one
form back (and no goals), all back, leaders with no answers, a question set without
competences. Each is validated against the ECMA-376 schemas, opened with openpyxl and pandas
(warnings are errors) and converted to PDF by LibreOffice Calc. 50,000 employees are in
benchmarks/run.py."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipeline.collect.ingest import IngestOptions, IngestResult, ingest
from pipeline.demo import play_employees
from pipeline.errors import InputFileError
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.ooxml.fill import fill_by_tag
from pipeline.overview.previous import read_previous_goals, read_previous_levels
from pipeline.workspace import DEFAULTS
from tests.helpers import questions_xlsx
from tests.overview.reading import block, figures, line_after, sheet
from tests.validation import assert_valid_ooxml

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
HR_SHEETS = ["Overblik", "Medarbejdere", "Dækning", "Svar", "Udviklingsmål", "Kompetencer",
             "Afdelinger", "Ledere", "Problemer", "Spørgsmål", "Om"]


@dataclass
class State:
    name: str
    result: IngestResult

    @property
    def workbooks(self) -> list[Path]:
        return [self.result.workbook, *self.result.leader_workbooks]


def _ingest(folder: Path, out: Path, questions: Path = QUESTIONS) -> IngestResult:
    return ingest(IngestOptions(folder, EMPLOYEES, questions, out / "MUS-oversigt-2027.xlsx",
                                per_leader=True, jobs=1))


@pytest.fixture(scope="module")
def states(sample_forms: GenerateResult, tmp_path_factory: pytest.TempPathFactory,
           ) -> dict[str, State]:
    made = tmp_path_factory.mktemp("states")
    out: dict[str, State] = {}

    empty = made / "empty-returned"
    empty.mkdir()
    out["empty"] = State("no form back yet", _ingest(empty, made / "empty"))

    one = made / "one-returned"
    one.mkdir()
    (one / "anne.docx").write_bytes(fill_by_tag(
        (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes(),
        {"mus:q:N1": "4 – I høj grad", "mus:c:K1:now": "2 – Let øvet"}))
    out["one"] = State("one form back, no goals", _ingest(one, made / "one"))

    every = made / "all-returned"
    play_employees(sample_forms, every, missing=())
    out["all"] = State("all forms back", _ingest(every, made / "all"))

    # A big workbook is written in XlsxWriter's constant_memory mode: the same states that way.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.overview.workbook.CONSTANT_MEMORY_FROM", 0)
        out["empty-big"] = State("no form back yet, as a big workbook",
                                 _ingest(empty, made / "empty-big"))
        out["all-big"] = State("all forms back, as a big workbook", _ingest(every, made / "big"))

    plain = questions_xlsx(made / "no-competences.xlsx", competences=[])
    forms = generate(GenerateOptions(EMPLOYEES, plain, made / "plain-forms", jobs=1,
                                     only=("1001", "1002")))
    returned = made / "plain-returned"
    returned.mkdir()
    (returned / "anne.docx").write_bytes(fill_by_tag(
        (forms.out / "1001_Anne_Sørensen.docx").read_bytes(), {"mus:q:N1": "4 – I høj grad",
                                                               "mus:goal:1:goal": "SQL"}))
    out["plain"] = State("a question set with no competences",
                         _ingest(returned, made / "plain", plain))
    return out


NAMES = ["empty", "one", "all", "plain", "empty-big", "all-big"]


@pytest.mark.parametrize("name", NAMES)
def test_every_workbook_validates_against_the_schemas(states: dict[str, State],
                                                      name: str) -> None:
    for path in states[name].workbooks:
        assert_valid_ooxml(path)


@pytest.mark.parametrize("name", NAMES)
def test_every_workbook_opens_in_openpyxl_and_pandas(states: dict[str, State],
                                                     name: str) -> None:
    for path in states[name].workbooks:
        wb = openpyxl.load_workbook(path)
        frames = pd.read_excel(path, sheet_name=None)
        assert list(frames) == wb.sheetnames
        for ws in wb.worksheets[1:]:
            assert ws.max_row >= 1 and ws["A1"].value, (path.name, ws.title)


@pytest.mark.parametrize("name", ["empty", "empty-big"])
def test_no_form_back_yet(states: dict[str, State], name: str) -> None:
    result = states[name].result
    wb = openpyxl.load_workbook(result.workbook)
    assert wb.sheetnames == HR_SHEETS  # the same sheets as later in the season
    front = sheet(result.workbook, "Overblik")
    assert figures(front)["Har svaret"] == 0 and figures(front)["Mangler"] == 25
    assert {r[2] for r in block(front, "Afdeling")} == {0}
    assert line_after(front, "Ingen kompetencevurderinger endnu.")
    answers = pd.read_excel(result.workbook, sheet_name="Svar")
    assert answers.empty and "N1 Hvordan trives du i dit arbejde?" in answers.columns
    goals = pd.read_excel(result.workbook, sheet_name="Udviklingsmål")
    assert goals.empty and "Status (HR)" in goals.columns
    # On the day the forms go out, every leader's workbook is their team and nothing empty.
    assert len(result.leader_workbooks) == 4
    for path in result.leader_workbooks:
        assert openpyxl.load_workbook(path).sheetnames == ["Overblik", "Spørgsmål", "Om"]
    assert read_previous_levels(result.workbook) == {}  # next season can start from it


@pytest.mark.parametrize("name", ["all", "all-big"])
def test_all_forms_back(states: dict[str, State], name: str) -> None:
    result = states[name].result
    front = sheet(result.workbook, "Overblik")
    assert figures(front)["Har svaret"] == 25 and figures(front)["Mangler"] == 0
    assert {r[4] for r in block(front, "Afdeling")} == {1}  # 100 % everywhere
    for path in result.leader_workbooks:
        names = openpyxl.load_workbook(path).sheetnames
        assert names[:5] == ["Overblik", "Samtaleark", "Svar", "Udviklingsmål", "Kompetencer"]


def test_a_big_workbook_holds_the_same_as_one_built_in_memory(
        states: dict[str, State]) -> None:
    small, big = states["all"].result.workbook, states["all-big"].result.workbook
    for name in HR_SHEETS[1:-1]:  # Om holds the time it was made
        assert pd.read_excel(small, sheet_name=name).equals(
            pd.read_excel(big, sheet_name=name)), name


def test_a_question_set_without_competences(states: dict[str, State]) -> None:
    result = states["plain"].result
    wb = openpyxl.load_workbook(result.workbook)
    assert "Kompetencer" not in wb.sheetnames
    departments = pd.read_excel(result.workbook, sheet_name="Afdelinger")
    assert not any("(nu)" in str(c) for c in departments.columns)
    front = sheet(result.workbook, "Overblik")
    assert not any(r[0] == "Kompetence" for r in front.iter_rows(values_only=True))
    assert read_previous_levels(result.workbook) == {}


def test_libreoffice_converts_every_state_to_pdf(
        states: dict[str, State], tmp_path: Path,
        libreoffice: Callable[[list[Path], Path, str], list[Path]]) -> None:
    staged = []
    for key in NAMES:  # HR's, the first leader's and the last leader's of each state
        books = states[key].workbooks
        for n, path in enumerate([books[0], books[1], books[-1]]):
            copy = tmp_path / "in" / f"{key}-{n}.xlsx"
            copy.parent.mkdir(exist_ok=True)
            shutil.copyfile(path, copy)
            staged.append(copy)
    pdfs = libreoffice(staged, tmp_path / "pdf", "pdf")
    for source, pdf in zip(staged, pdfs, strict=True):
        data = pdf.read_bytes()
        sheets = len(openpyxl.load_workbook(source, read_only=True).sheetnames)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        assert data.startswith(b"%PDF") and pages >= sheets, (source.name, pages)


def test_last_season_must_be_an_overview_workbook() -> None:
    for read, sheet_name in ((read_previous_levels, "Kompetencer"),
                             (read_previous_goals, "Udviklingsmål")):
        with pytest.raises(InputFileError) as caught:
            read(EMPLOYEES)
        assert str(caught.value) == (
            f'{EMPLOYEES} has no sheet "{sheet_name}". Give last season\'s overview workbook '
            "(MUS-oversigt-<season>.xlsx) as --previous.")
