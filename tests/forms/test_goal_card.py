"""The goal card says what each row asks: the success criterion as a criterion, not a third
date beside the deadline (Frist) and the follow-up; and forms made with the old labels still
read back when they return after an update, even saved by LibreOffice (which drops the tags) or
copied into a new document (no fields at all: a goal's rows are read by their labels, the old
ones as well as the new)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from lxml import etree

from pipeline.collect.extract import extract_file
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.model import Goal
from pipeline.ooxml.fill import fill_by_tag
from pipeline.sheets import read_question_set
from pipeline.texts import FORM
from pipeline.workspace import Workspace
from tests.collect.mutations import cell_text, delete_row, edit_document, rows_with_controls
from tests.helpers import strip_controls

Convert = Callable[[list[Path], Path, str], list[Path]]
GOAL = {"mus:goal:1:goal": "Lære SQL", "mus:goal:1:activities": "Kursus",
        "mus:goal:1:criterion": "Kan skrive egne rapporter",
        "mus:goal:1:deadline": dt.date(2027, 9, 30), "mus:goal:1:responsible": "Jens selv",
        "mus:goal:1:followup": dt.date(2027, 6, 1), "mus:goal:2:goal": "Mentorordning"}
# The labels the version before this one printed (the criterion read as a third date, and
# "Deadline" is English).
OLD_LABELS = {"criterion": "Hvornår er målet nået?", "goal_deadline": "Deadline",
              "follow_up": "Opfølgning (dato)"}
EXPECTED = (Goal("Lære SQL", "Kursus", "Kan skrive egne rapporter", dt.date(2027, 9, 30),
                 "Jens selv", dt.date(2027, 6, 1)), Goal("Mentorordning"))


def _labels(path: Path) -> list[str]:
    """The labels of the first goal card, top to bottom."""
    tables = docx.Document(str(path)).tables
    card = next(t for t in tables if t.rows[0].cells[0].text.startswith(("Udviklingsmål 1",
                                                                          "Development goal 1")))
    return [row.cells[0].text for row in card.rows[1:]]


def test_each_label_says_what_it_asks(ws: Workspace, tmp_path: Path) -> None:
    result = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "f", jobs=1,
                                      only=("1007", "00042")))
    assert _labels(result.out / "1007_Jens_Hansen.docx") == [
        "Mål", "Aktiviteter", "Hvad viser, at målet er nået?", "Frist", "Ansvarlig",
        "Dato for opfølgning"]
    assert _labels(result.out / "00042_Aisha_Ahmed.docx") == [
        "Goal", "Activities", "How will we know it is reached?", "Deadline", "Responsible",
        "Date of the follow-up"]


@pytest.fixture
def old_form(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Jens's form as the version before this one made it: its goal labels the old ones."""
    for key, old in OLD_LABELS.items():
        monkeypatch.setitem(FORM["da"], key, old)
    result = generate(GenerateOptions(ws.employees, ws.questions, tmp_path / "old", jobs=1,
                                      only=("1007",)))
    assert "Deadline" in _labels(result.out / "1007_Jens_Hansen.docx")
    filled = tmp_path / "in" / "1007_Jens_Hansen.docx"
    filled.parent.mkdir()
    filled.write_bytes(fill_by_tag((result.out / filled.name).read_bytes(), GOAL))
    return filled


def test_a_form_with_the_old_labels_reads_back(old_form: Path) -> None:
    r = extract_file(old_form).response
    assert r is not None and r.goals == EXPECTED and r.problems == ()


def test_a_form_with_the_old_labels_copied_into_a_new_document_reads_back(
        old_form: Path, ws: Workspace, tmp_path: Path) -> None:
    """Without its fields, a goal's rows are read by their labels: the old ones too (not only
    goal, activities and responsible, with the criterion and follow-up dropped)."""
    copied = tmp_path / "copied" / old_form.name
    copied.parent.mkdir()
    copied.write_bytes(strip_controls(old_form.read_bytes()))
    r = extract_file(copied, copied.name, read_question_set(ws.questions)).response
    assert r is not None and r.read_by == "layout"
    assert r.goals == EXPECTED and [p.code for p in r.problems] == ["layout"]


def test_a_form_with_the_old_labels_saved_by_libreoffice_reads_back(
        old_form: Path, libreoffice: Convert, tmp_path: Path) -> None:
    [saved] = libreoffice([old_form], tmp_path / "lo", "docx")
    r = extract_file(saved).response
    assert r is not None and r.goals == EXPECTED and r.problems == ()


def test_an_old_form_with_a_goal_row_deleted_keeps_each_date_in_its_place(
        old_form: Path, libreoffice: Convert, tmp_path: Path) -> None:
    """With a goal's "Deadline" row deleted and the tags gone, the date left is still the
    follow-up, never taken for the deadline."""

    def without_deadline(root: etree._Element) -> None:
        delete_row(root, next(row for row in rows_with_controls(root)
                              if cell_text(row[-2]).startswith("Deadline")))

    edited = tmp_path / "edited" / old_form.name
    edited.parent.mkdir()
    edited.write_bytes(edit_document(old_form.read_bytes(), without_deadline))
    [saved] = libreoffice([edited], tmp_path / "lo", "docx")
    r = extract_file(saved).response
    assert r is not None
    assert r.goals[0].deadline is None and r.goals[0].follow_up == dt.date(2027, 6, 1)
