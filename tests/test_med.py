"""The MED committee's report: coverage, follow-up rate and the trend per unit, with no name, no
employee number, no answer text and no group under five, in the workbook and in its PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.collect.ingest import collect
from pipeline.demo import DemoResult, run_demo
from pipeline.med import SMALLEST, MedOptions, Unit, merge_small, write_med_report
from pipeline.model import Value
from pipeline.sheets import read_employees
from pipeline.workspace import Workspace, init_workspace
from tests.validation import assert_valid_ooxml

# Two tiny units (2 and 2 people) beside the sample's four departments of 5 to 7.
SMALL = {"1003": "Kantine", "1009": "Kantine", "1015": "Arkiv", "1020": "Arkiv"}


@pytest.fixture(scope="module")
def season(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, DemoResult]:
    work = tmp_path_factory.mktemp("med")
    init_workspace(work / "w")
    ws = Workspace(work / "w")
    wb = openpyxl.load_workbook(ws.employees)
    sheet = wb.worksheets[0]
    top = next(row for row in sheet.iter_rows() if any(c.value == "Medarbejdernr." for c in row))
    header = [c.value for c in top]
    number, department = header.index("Medarbejdernr."), header.index("Afdeling")
    for row in sheet.iter_rows(min_row=top[0].row + 1):
        if str(row[number].value) in SMALL:
            row[department].value = SMALL[str(row[number].value)]
    wb.save(ws.employees)
    return ws, run_demo(ws, work / "demo", jobs=1, through="followups")


def texts_of(xlsx: Path) -> str:
    with zipfile.ZipFile(xlsx) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist()
                         if n.endswith(".xml"))


def cells_of(xlsx: Path) -> list[object]:
    wb = openpyxl.load_workbook(xlsx)
    return [v for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
            for v in row if v is not None]


def personal(ws: Workspace, demo: DemoResult) -> tuple[set[str], set[str], set[str]]:
    """Every name (employees' and leaders', each word of them), employee number and answer or
    goal text of the season."""
    staff = read_employees(ws.employees)
    names = {part for e in staff for name in (e.name, e.leader) for part in name.split()
             if len(part) > 2}
    numbers = {e.number for e in staff}
    got = collect(demo.returned, ws.employees, ws.questions, jobs=1)
    answers: set[str] = set()

    def add(value: Value) -> None:
        if isinstance(value, str) and len(value) > 3:
            answers.add(value)
    for r in got.responses:
        for v in r.answers.values():
            add(v)
        for v in r.extra.values():
            add(v)
        for g in r.goals:
            for text in (g.goal, g.activities, g.criterion, g.employee_comment,
                         g.leader_comment):
                add(text)
        for p in r.previous_goals:
            for text in (p.goal, p.comment, p.next_step):
                add(text)
    return names, numbers, answers


def test_the_med_report_holds_nothing_personal(season: tuple[Workspace, DemoResult],
                                               tmp_path: Path) -> None:
    ws, demo = season
    # Last season's overview workbook gives the trend (the same played season here).
    result = write_med_report(MedOptions(demo.returned, ws.employees, ws.questions,
                                         tmp_path / "med.xlsx",
                                         previous=(demo.ingested.workbook,),
                                         today=demo.today, pdf=False))
    assert_valid_ooxml(result.workbook)
    assert result.merged == 3  # Kantine and Arkiv, 4 together, and the smallest unit with them
    names, numbers, answers = personal(ws, demo)
    assert len(names) > 40 and len(answers) > 100  # the season has plenty that must stay out
    everything = texts_of(result.workbook)
    assert [n for n in names if re.search(rf"\b{re.escape(n)}\b", everything)] == []
    assert [a for a in answers if a in everything] == []
    cells = cells_of(result.workbook)
    assert not [c for c in cells if str(c) in numbers]
    assert not [c for c in cells if isinstance(c, str) and re.search(r"\b\d{4,5}\b", c)
                and not re.search(r"\b20\d\d\b", c)]  # years only
    # No group under five: every unit row of the units sheet counts five or more people.
    units = openpyxl.load_workbook(result.workbook)["Enheder"]
    rows = [r for r in units.iter_rows(values_only=True) if isinstance(r[1], int)]
    assert rows and all(r[1] >= SMALLEST for r in rows)
    shown = {r[0] for r in rows}
    assert "Øvrige enheder" in shown and not shown & {"Kantine", "Arkiv"}
    assert sum(r[1] for r in rows) == 25
    trend = [r for r in openpyxl.load_workbook(result.workbook)["Udvikling"].iter_rows(
        values_only=True) if r[0] in shown]
    assert len(trend) == len(shown) and all(r[3] == 0 for r in trend if r[1] is not None)


def test_merging_never_leaves_a_group_under_five() -> None:
    def unit(name: str, n: int) -> Unit:
        return Unit(name, n, 0, n, n, n, n, 0, 0)

    for sizes in ([1], [4], [1, 1, 1, 1], [1, 5], [2, 2, 9], [4, 6, 7], [3, 30], [5, 5, 1],
                  [1, 2, 3, 4, 5, 6]):
        units = [unit(f"U{n}", size) for n, size in enumerate(sizes)]
        shown, _ = merge_small(units, "Øvrige")
        if sum(sizes) < SMALLEST:
            assert shown == []
        else:
            assert all(u.employees >= SMALLEST for u in shown), sizes
            assert sum(u.employees for u in shown) == sum(sizes)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and poppler make and read the PDF")
def test_mus_report_med_writes_the_pdf_too(season: tuple[Workspace, DemoResult]) -> None:
    ws, demo = season
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "report", "--med",
                                       str(demo.returned)])
    assert result.exit_code == 0, result.output
    pdf = ws.output_dir / "MUS-MED-2027.pdf"
    assert result.output.splitlines()[0] == (
        f"MED report for season 2027: {ws.output_dir / 'MUS-MED-2027.xlsx'} and {pdf}")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "rapport til MED-udvalget" in text and "Øvrige enheder" in text
    names, numbers, _ = personal(ws, demo)
    assert [n for n in names if re.search(rf"\b{re.escape(n)}\b", text)] == []
    assert [n for n in numbers if re.search(rf"\b{n}\b", text)] == []


def test_mus_report_needs_to_be_told_which(ws: Workspace) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "report"])
    assert result.exit_code == 2 and "Say which report: --med" in result.output


def test_the_med_report_counts_whom_the_list_counts(season: tuple[Workspace, DemoResult],
                                                    tmp_path: Path) -> None:
    """A leaver is not counted unless --include-leavers, as in every other command."""
    ws, demo = season
    wb = openpyxl.load_workbook(ws.employees)
    sheet = wb.worksheets[0]
    status = sheet.max_column + 1
    header = next(c.row for c in sheet["A"] if c.value == "Medarbejdernr.")
    sheet.cell(header, status, "Status")
    for row in range(header + 1, sheet.max_row + 1):
        if sheet.cell(row, 1).value is not None:
            sheet.cell(row, status, "Fratrådt" if row == header + 1 else "Aktiv")
    employees = tmp_path / "employees.xlsx"
    wb.save(employees)

    def counted(**flag: bool) -> int:
        result = write_med_report(MedOptions(demo.returned, employees, ws.questions,
                                             tmp_path / f"med{len(flag)}.xlsx",
                                             today=demo.today, pdf=False, **flag))
        rows = openpyxl.load_workbook(result.workbook)["Enheder"].iter_rows(values_only=True)
        return sum(r[1] for r in rows if isinstance(r[1], int))

    assert counted() == 24
    assert counted(include_leavers=True) == 25
