"""The workbooks as they print: rendered by LibreOffice Calc, looked at as pixels and as page
text. On the day the forms go out nothing is red; once the deadline has passed a missing form
is; the front sheet's gap is wanted − now on every row as printed; a leader's Samtaleark is one
page per employee, soonest meeting first."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from pipeline.demo import run_demo
from pipeline.overview.workbook import write_overview, write_per_leader
from pipeline.workspace import DEFAULTS, Workspace
from tests.validation import assert_valid_ooxml

Convert = Callable[[list[Path], Path, str], list[Path]]
BEFORE, AFTER = dt.date(2026, 12, 5), dt.date(2027, 2, 3)  # the deadline is 29 January 2027


@dataclass(frozen=True)
class Rendered:
    workbook: Path
    pdf: Path

    def pages(self) -> list[str]:
        """Each page's text, laid out as printed."""
        out = subprocess.run(["pdftotext", "-layout", str(self.pdf), "-"], check=True,
                             capture_output=True, text=True).stdout
        return out.split("\f")[:-1]


@pytest.fixture(scope="module")
def rendered(libreoffice: Convert, tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Rendered]:
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftoppm, pdftotext) is not installed")
    work = tmp_path_factory.mktemp("render")
    demo = run_demo(Workspace(DEFAULTS), work / "demo", jobs=1)
    season = demo.ingested.collected
    nothing = replace(season, responses=(), problems=())
    books = {
        "no-answers": write_overview(nothing, work / "in" / "no-answers.xlsx", "da", {},
                                     today=BEFORE),
        "after-deadline": write_overview(season, work / "in" / "after-deadline.xlsx", "da", {},
                                         today=AFTER),
    }
    for path in write_per_leader(nothing, work / "in" / "empty-leaders", "da", {},
                                 today=BEFORE)[:1]:
        books["no-answers-leader"] = path
    leaders = write_per_leader(season, work / "in" / "leaders", "da", {}, today=AFTER)
    books["leader"] = next(p for p in leaders if "Morten_Dahl" in p.name)
    staged = []
    for key, path in books.items():
        staged.append(work / "stage" / f"{key}.xlsx")
        staged[-1].parent.mkdir(exist_ok=True)
        shutil.copyfile(path, staged[-1])
    pdfs = libreoffice(staged, work / "pdf", "pdf")
    return {key: Rendered(path, pdf) for (key, path), pdf in zip(books.items(), pdfs,
                                                                    strict=True)}


def red_pixels(pdf: Path, folder: Path) -> dict[int, int]:
    """Per page (1-based), how many pixels are reddish: pale red, orange or saturated red."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "30", str(pdf), str(folder / "p")], check=True)
    found = {}
    for n, image in enumerate(sorted(folder.glob("p*.ppm")), start=1):
        data = image.read_bytes()
        magic, width, height, _, pixels = data.split(maxsplit=4)
        assert magic == b"P6"
        count = 0
        for i in range(0, int(width) * int(height) * 3, 3):
            r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
            if r >= 200 and r - max(g, b) >= 40:
                count += 1
        found[n] = count
    return found


@pytest.mark.parametrize("key", ["no-answers", "no-answers-leader"])
def test_nothing_is_red_on_the_day_the_forms_go_out(rendered: dict[str, Rendered], key: str,
                                                    tmp_path: Path) -> None:
    pages = red_pixels(rendered[key].pdf, tmp_path)
    assert len(pages) >= 2
    assert {n: c for n, c in pages.items() if c} == {}


def test_after_the_deadline_a_missing_form_is_red(rendered: dict[str, Rendered],
                                                  tmp_path: Path) -> None:
    """The check above can see red: the same season after the deadline shows it."""
    pages = red_pixels(rendered["after-deadline"].pdf, tmp_path)
    assert pages[1] > 0  # the number missing, on the front sheet


def test_every_gap_is_wanted_minus_now_as_printed(rendered: dict[str, Rendered]) -> None:
    front = rendered["after-deadline"].pages()[0]
    rows = re.findall(r"^\s*(K\d+ [^\d\n]+?)\s+(\d+\.\d)\s+(\d+\.\d)\s+(-?\d+\.\d)\s+(\d+)",
                      front, re.MULTILINE)
    assert len(rows) == 8  # every competence of the sample set
    for name, now, wanted, gap, n in rows:
        assert round(float(wanted) - float(now), 1) == float(gap), name
        assert int(n) > 0
    gaps = [float(r[3]) for r in rows]
    assert gaps == sorted(gaps, reverse=True)


def test_the_leaders_samtaleark_is_one_page_per_employee(
        rendered: dict[str, Rendered]) -> None:
    from openpyxl import load_workbook

    book = rendered["leader"]
    assert_valid_ooxml(book.workbook)
    assert load_workbook(book.workbook).sheetnames[:2] == ["Overblik", "Samtaleark"]
    talks = [page for page in book.pages() if re.search(r"^\S.*\s{2,}Samtaleark\s*$", page,
                                                        re.MULTILINE)]
    names = [re.search(r"^\s*(.+?) \((\d+)\) · MUS-samtale (\d+)\. februar 2027", page,
                       re.MULTILINE) for page in talks]
    assert all(names), [p[:200] for p, m in zip(talks, names, strict=True) if not m]
    people = [(m.group(1), m.group(2), int(m.group(3))) for m in names if m]
    team = {"00042", "1007", "1008", "1009", "1010", "1011", "1012"}  # Morten Dahl's
    assert sorted(number for _, number, _ in people) == sorted(team)  # one page each
    assert [day for _, _, day in people] == sorted(day for _, _, day in people)
    for page in talks:  # the question, the employee's answer and the leader's own
        assert "Medarbejderens svar" in page and "Dit svar" in page
        assert "Hvad forventer arbejdspladsen af" in page  # a question for the leader
        assert "Kompetencer: niveau nu → ønsket om et år" in page
