"""A LibreOffice 7.4 save drops tags and placeholder flags, moves paragraphs out of controls and
rewrites drop-downs and checkboxes. Every field kind must still read back exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.collect.extract import extract_file
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.model import Rating
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.read_controls import iter_controls
from pipeline.workspace import Workspace
from tests.collect.test_roundtrip import ANSWERS, EXPECTED_GOALS, check
from tests.helpers import questions_xlsx

Convert = Callable[[list[Path], Path, str], list[Path]]


@pytest.fixture(scope="module")
def saved_by_libreoffice(sample_forms: GenerateResult, libreoffice: Convert,
                         tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Filled and blank forms, Danish and English, each opened and saved by LibreOffice."""
    work = tmp_path_factory.mktemp("lo-in")
    filled = work / "1007_Jens_Hansen.docx"
    filled.write_bytes(fill_by_tag((sample_forms.out / filled.name).read_bytes(), ANSWERS))
    english = work / "00042_Aisha_Ahmed.docx"
    english.write_bytes(fill_by_tag((sample_forms.out / english.name).read_bytes(), {
        "mus:q:T3": "Yes", "mus:q:N1": "3 – Fairly", "mus:q:T1": "One\nTwo"}))
    sources = [filled, english, sample_forms.out / "1001_Anne_Sørensen.docx"]
    saved = libreoffice(sources, tmp_path_factory.mktemp("lo-out"), "docx")
    return {p.name: p for p in saved}


def test_libreoffice_really_rewrote_the_controls(saved_by_libreoffice: dict[str, Path]) -> None:
    with SafeZip(saved_by_libreoffice["1007_Jens_Hansen.docx"]) as package:
        app = package.read("docProps/app.xml")
        controls = list(iter_controls(package.xml("word/document.xml")))
    assert b"LibreOffice" in app
    assert controls and not any(c.tag for c in controls)  # tags dropped


def test_filled_form_reads_back_exactly(saved_by_libreoffice: dict[str, Path]) -> None:
    r = extract_file(saved_by_libreoffice["1007_Jens_Hansen.docx"]).response
    assert r is not None
    assert (r.employee_id, r.read_by) == ("1007", "controls")
    check(dict(r.answers))
    assert r.competences["K1"] == Rating(2, 4)
    assert r.competences["K8"] == Rating(None, 5)
    assert r.goals == EXPECTED_GOALS
    assert r.problems == ()


def test_blank_form_placeholders_are_not_answers(saved_by_libreoffice: dict[str, Path]) -> None:
    r = extract_file(saved_by_libreoffice["1001_Anne_Sørensen.docx"]).response
    assert r is not None
    assert all(v is None for v in r.answers.values())
    assert all(rating == Rating() for rating in r.competences.values())
    assert r.goals == () and r.problems == ()


def test_english_form(saved_by_libreoffice: dict[str, Path]) -> None:
    r = extract_file(saved_by_libreoffice["00042_Aisha_Ahmed.docx"]).response
    assert r is not None
    assert r.answers["T3"] is True and r.answers["N1"] == 3 and r.answers["T1"] == "One\nTwo"


def test_checkbox_scale_survives(ws: Workspace, libreoffice: Convert, tmp_path: Path) -> None:
    questions_xlsx(ws.questions, settings=[("Sæson", "2027"), ("Skala som", "afkrydsning")])
    result = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "f", jobs=1,
                                      only=("1007",)))
    filled = tmp_path / "in" / "1007_Jens_Hansen.docx"
    filled.parent.mkdir()
    filled.write_bytes(fill_by_tag((result.out / filled.name).read_bytes(),
                                   {"mus:q:N1:4": True, "mus:q:F4": dt.date(2027, 1, 2)}))
    [saved] = libreoffice([filled], tmp_path / "out", "docx")
    r = extract_file(saved).response
    assert r is not None
    assert r.answers["N1"] == 4 and r.answers["N2"] is None
    assert r.answers["F4"] == dt.date(2027, 1, 2)
