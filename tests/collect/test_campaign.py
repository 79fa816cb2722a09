"""The campaign of realistic edits to returned forms (issue 19, tests/collect/campaign/).

Filled forms, each edited the way people edit forms, with the truth written down before the
edit: 41 as Microsoft Word writes the edit (XML). Each is read as
`mus extract --json` and `mus ingest` read it, and the oracle's verdict must be *read right* or
*reported* — never silently wrong, never misreported — and exactly what it is today, so that a
case going from read right to reported fails too, naming the case and what changed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.forms.generate import GenerateResult
from pipeline.model import QuestionSet
from pipeline.workspace import DEFAULTS
from tests.collect.campaign.cases import Case
from tests.collect.campaign.make import Made, make_xml
from tests.collect.campaign.oracle import classify, read_case
from tests.collect.campaign.verdict import READ_RIGHT, REPORTED
from tests.collect.campaign.xml_cases import XML_CASES

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"


def check(made: Made, question_set: QuestionSet) -> None:
    """The case read as mus reads it, and its verdict as the case says it is today."""
    case = made.case
    output = read_case(made.path, question_set, EMPLOYEES, QUESTIONS,
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
def test_edited_as_word_writes_it(case: Case, sample_forms: GenerateResult,
                                  question_set: QuestionSet, tmp_path: Path) -> None:
    check(make_xml(case, sample_forms.out, tmp_path), question_set)


def test_the_campaign_is_whole() -> None:
    """41 cases of unique names, each made the way it says."""
    cases = XML_CASES
    assert len({c.name for c in cases}) == len(cases) == 41
    assert all(c.how == "xml" and c.name.startswith("x_") and not c.ops for c in cases)
    assert Counter(c.now for c in cases) == {READ_RIGHT: 32, REPORTED: 9}
