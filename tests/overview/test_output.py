"""What reaches the disk: any file name and any text written safely, the old workbook kept when
the new one cannot be written, nothing of ours left behind (answers included), and what a
killed run left removed by the next."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import openpyxl
import pytest

from pipeline.atomic import PREFIX
from pipeline.collect.ingest import IngestOptions, IngestResult, ingest
from pipeline.errors import OutputError
from pipeline.forms.generate import GenerateResult
from pipeline.ooxml.fill import fill_by_tag
from pipeline.overview import workbook
from pipeline.overview.book import MAX_TEXT, clean, text_lines
from pipeline.workspace import DEFAULTS
from tests.helpers import employees_xlsx
from tests.overview.reading import frame
from tests.test_atomic import dead_pid, leftovers
from tests.validation import assert_valid_ooxml

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"


@pytest.fixture
def one_back(sample_forms: GenerateResult, tmp_path: Path) -> Path:
    folder = tmp_path / "returned"
    folder.mkdir()
    form = (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes()
    (folder / "anne.docx").write_bytes(fill_by_tag(form, {"mus:q:N1": "4 – I høj grad"}))
    return folder


def _ingest(folder: Path, out: Path, per_leader: bool = False,
            employees: Path = EMPLOYEES) -> IngestResult:
    return ingest(IngestOptions(folder, employees, QUESTIONS, out, per_leader=per_leader, jobs=1))


@pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                    reason="only Linux lets a file name hold bytes that are not UTF-8")
def test_file_names_in_invalid_utf8_are_written_safely(sample_forms: GenerateResult,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    data = fill_by_tag((sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes(),
                       {"mus:q:N1": "4 – I høj grad"})
    (folder / os.fsdecode(b"MUS \xff\xfe skema.docx")).write_bytes(data)  # from an old zip
    (folder / os.fsdecode(b"\xe6ble.txt")).write_bytes(b"x")  # Latin-1, not UTF-8
    result = _ingest(folder, tmp_path / "out" / "w.xlsx")
    assert_valid_ooxml(result.workbook)
    overview = frame(result.workbook, "Medarbejdere")
    assert list(overview["Fil"].dropna()) == ["MUS \ufffd\ufffd skema.docx"]
    assert list(frame(result.workbook, "Problemer")["Fil"]) == ["\ufffdble.txt"]


def test_any_text_becomes_a_cell() -> None:
    assert clean("S\udcf8ren.docx") == "S\ufffdren.docx"  # undecodable byte, Linux
    assert clean("a\ud800b") == "a?b"  # a lone surrogate, Windows
    assert clean("før\x00\x07efter\ttab\nlinje") == "førefter\ttab\nlinje"
    long = clean("x" * 40_000)
    assert len(long) == MAX_TEXT + 2 and long.endswith(" …")
    assert clean("=HYPERLINK(\"x\")") == "=HYPERLINK(\"x\")"  # text stays text (write_string)


def test_wrapped_text_lines() -> None:
    assert text_lines("kort", 20) == 1
    assert text_lines("en\nto\ntre", 20) == 3
    assert text_lines("ord " * 30, 20) >= 5  # 120 characters in a column of 20
    assert text_lines("x" * 100, 10) >= 9  # one long word breaks anywhere


def test_a_workbook_open_in_excel_is_kept_and_nothing_left(
        one_back: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "w.xlsx"
    first = _ingest(one_back, target)
    before = target.read_bytes()

    def locked(src: str, dst: str) -> None:  # what Windows does while Excel has the file open
        raise PermissionError(13, "The process cannot access the file", dst)

    monkeypatch.setattr("pipeline.atomic.os.replace", locked)
    with pytest.raises(OutputError, match="probably open in Excel"):
        workbook.write_overview(first.collected, target, "da", {})
    assert target.read_bytes() == before
    assert leftovers(target.parent) == []


def test_answers_never_reach_the_system_temp_folder(one_back: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    monkeypatch.setattr("pipeline.overview.workbook.CONSTANT_MEMORY_FROM", 0)  # working files
    result = _ingest(one_back, tmp_path / "out" / "w.xlsx", per_leader=True)
    assert list(system_temp.iterdir()) == []  # XlsxWriter's row files went to our scratch
    assert leftovers(tmp_path / "out") == []  # … which is gone
    assert len(result.leader_workbooks) == 4


def test_what_a_killed_run_left_is_removed(one_back: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "ledere").mkdir(parents=True)
    pid = dead_pid()
    for folder in (out, out / "ledere"):
        scratch = folder / f"{PREFIX}{pid}-k3j2.tmp"  # a writer's scratch, answers in it
        scratch.mkdir()
        (scratch / "tmpa1b2").write_text("<row><c><is><t>svar</t></is></c></row>")
        (folder / f"{PREFIX}{pid}-x9y8.xlsx").write_bytes(b"PK half a workbook")
    result = _ingest(one_back, out / "w.xlsx", per_leader=True)
    assert leftovers(out) == []
    openpyxl.load_workbook(result.workbook)


def test_leaders_whose_names_differ_only_in_case_get_a_workbook_each(
        tmp_path: Path) -> None:
    employees = employees_xlsx(tmp_path / "employees.xlsx", rows=[
        (1, "Anne", "a@x.dk", "IT", "Udvikler", "Pia Lund", "", "", "da"),
        (2, "Jens", "j@x.dk", "IT", "Udvikler", "PIA LUND", "", "", "da"),
        (3, "Ole", "o@x.dk", "IT", "Udvikler", "", "", "", "da")])
    (tmp_path / "returned").mkdir()
    result = _ingest(tmp_path / "returned", tmp_path / "out" / "w.xlsx", per_leader=True,
                     employees=employees)
    names = [p.name for p in result.leader_workbooks]
    # On Windows and macOS the first two would be one file: one leader's team lost.
    assert names == ["MUS-oversigt-2027-uden-leder.xlsx", "MUS-oversigt-2027-PIA_LUND.xlsx",
                     "MUS-oversigt-2027-Pia_Lund-2.xlsx"]
    teams = [tuple(frame(p, "Overblik").iloc[:, 0].dropna()) for p in result.leader_workbooks]
    assert "Ole" in teams[0] and "Jens" in teams[1] and "Anne" in teams[2]
    assert frame(result.leader_workbooks[0], "Overblik").columns[0] == \
        "MUS 2027: medarbejdere uden leder"
