"""Look at a workbook as a user would: every sheet rendered by LibreOffice Calc to PNG pages.

    python tools/render_workbook.py WORKBOOK.xlsx OUT_DIR      # every page, OUT_DIR/<stem>-N.png
    python tools/render_workbook.py --readme                   # the pictures in docs/
    python tools/render_workbook.py --coverage                 # docs/daekning.png, med-rapport*

``--readme`` plays the demo season and renders what the README and docs/what-people-see.md
show: the front sheet as of 10 May 2027 (so that follow-ups are due; docs/overblik.png) and,
for the before/after pictures, the front sheet as of 20 January 2027 (nine days before the
reply deadline), the first page of a form and its goal card, and a page of a leader's
Samtaleark (docs/after-*.png). Needs LibreOffice (soffice) and poppler's pdftoppm (Debian:
poppler-utils); for us, not for HR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

README_PICTURE = ROOT / "docs" / "overblik.png"
COVERAGE_PICTURE = ROOT / "docs" / "daekning.png"
MED_PICTURE = ROOT / "docs" / "med-rapport.png"


def to_pdf(workbook: Path, out: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to render a workbook")
    with tempfile.TemporaryDirectory(prefix="mus-render-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), str(workbook)],
                       check=True, capture_output=True, timeout=600)
    return out / f"{workbook.stem}.pdf"


def to_png(pdf: Path, prefix: Path, dpi: int = 60, first: int | None = None,
           last: int | None = None, height: int | None = None) -> None:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render a PDF")
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    crop = ["-x", "0", "-y", "0", "-W", "100000", "-H", str(height)] if height else []
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), *pages, *crop, str(pdf), str(prefix)],
                   check=True)


def content_height(pdf: Path, dpi: int, page: int = 1) -> int:
    """The pixel rows down to the last one with anything on it (above the page footer)."""
    gray = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                           str(pdf)], check=True, capture_output=True).stdout
    magic, width, height, _maxval, pixels = gray.split(maxsplit=4)
    assert magic == b"P5"
    w, h = int(width), int(height)
    footer = int(h * 0.94)  # leave out the page number at the bottom
    last = 0
    for row in range(footer):
        line = pixels[row * w:(row + 1) * w]
        if min(line) < 200:
            last = row
    return min(h, last + int(dpi * 0.3))


def page_of(pdf: Path, text: str, sheet: bool = False) -> int:
    """The first page (1-based) whose text holds ``text`` (``sheet``: that is the name of its
    sheet, at the end of its running header)."""
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    for n, page in enumerate(pages, start=1):
        header = next((line for line in page.splitlines() if line.strip()), "")
        if (header.rstrip().endswith(f"  {text}") if sheet else text in page):
            return n
    raise LookupError(text)


def picture(pdf: Path, page: int, target: Path, dpi: int = 90, crop: bool = True) -> Path:
    """One page of ``pdf`` as ``target`` (cropped to what is on it)."""
    with tempfile.TemporaryDirectory(prefix="mus-picture-") as tmp:
        height = content_height(pdf, dpi, page) if crop else None
        to_png(pdf, Path(tmp) / "p", dpi, page, page, height)
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(next(Path(tmp).glob("p*.png")), target)
    return target


def pictures(docs: Path, prefix: str = "after") -> list[Path]:
    """The demo season's pictures into ``docs``: the README's front sheet and the before/after
    set (``prefix``-overblik.png, -form.png, -goal-card.png, -samtaleark.png)."""
    from pipeline.demo import run_demo
    from pipeline.overview.workbook import write_overview, write_per_leader
    from pipeline.workspace import DEFAULTS, Workspace

    made = []
    with tempfile.TemporaryDirectory(prefix="mus-readme-") as tmp:
        work = Path(tmp)
        demo = run_demo(Workspace(DEFAULTS), work / "demo", jobs=1)
        season = demo.ingested.collected
        may = write_overview(season, work / "may" / "MUS-oversigt-2027.xlsx", "da", {},
                             today=dt.date(2027, 5, 10))
        if prefix == "after":
            made.append(picture(to_pdf(may, work / "may"), 1, README_PICTURE, 100))
        january = write_overview(season, work / "jan" / "MUS-oversigt-2027.xlsx", "da", {},
                                 today=dt.date(2027, 1, 20))
        made.append(picture(to_pdf(january, work / "jan"), 1, docs / f"{prefix}-overblik.png"))
        form = to_pdf(demo.generated.out / "1007_Jens_Hansen.docx", work / "form")
        made.append(picture(form, 1, docs / f"{prefix}-form.png", 70, crop=False))
        made.append(picture(form, page_of(form, "Udviklingsmål 1"),
                            docs / f"{prefix}-goal-card.png", 70, crop=False))
        leaders = write_per_leader(season, work / "ledere", "da", {},
                                   today=dt.date(2027, 2, 3))
        leader = to_pdf(next(p for p in leaders if "Morten_Dahl" in p.name), work / "leader")
        try:
            page = page_of(leader, "Samtaleark", sheet=True)
        except LookupError:  # before Samtaleark: the answers, a row per employee
            page = page_of(leader, "Svar", sheet=True)
        made.append(picture(leader, page, docs / f"{prefix}-samtaleark.png", 70, crop=False))
    return made


def coverage_pictures() -> list[Path]:
    """docs/daekning.png (the Dækning sheet of the demo season played through the follow-ups,
    under Regelsæt kommune) and docs/med-rapport.png (its MED report, with last season played
    as the same people with fewer talks held, for a trend)."""
    import dataclasses

    from pipeline import samples
    from pipeline.collect.ingest import collect
    from pipeline.coverage import coverage
    from pipeline.demo import run_demo
    from pipeline.med import MedOptions, write_med_report
    from pipeline.overview.book import Book
    from pipeline.overview.coverage_sheet import coverage_sheet
    from pipeline.overview.output import replacing
    from pipeline.overview.workbook import write_overview
    from pipeline.workspace import Workspace, init_workspace
    from tests.helpers import questions_xlsx

    with tempfile.TemporaryDirectory(prefix="mus-readme-") as tmp:
        work = Path(tmp)
        init_workspace(work / "w")
        ws = Workspace(work / "w")
        questions_xlsx(ws.questions, settings=[*samples.SETTINGS, ("Regelsæt", "kommune")])
        demo = run_demo(ws, work / "demo", jobs=1, through="followups")
        assert demo.today is not None
        got = collect(demo.returned, ws.employees, ws.questions, jobs=1)
        sheet = work / "daekning.xlsx"
        with replacing(sheet) as (file, _), \
                Book(file, None, got.question_set.settings.scale, "Dækning", "da") as book:
            coverage_sheet(book, "Dækning", coverage(got, demo.today), got.season, "da")
        pdf = to_pdf(sheet, work)
        dpi = 90
        to_png(pdf, work / "cov", dpi, 1, 1, content_height(pdf, dpi))
        shutil.copyfile(next(work.glob("cov*.png")), COVERAGE_PICTURE)
        # Last season: the same people, a third of the agreements not (yet) back.
        last = dataclasses.replace(got, season="2026", responses=tuple(
            r for r in got.responses if r.kind.value != "agreement" or int(r.employee_id) % 3))
        previous = work / "MUS-oversigt-2026.xlsx"
        write_overview(last, previous, "da", {}, today=demo.today)
        med = write_med_report(MedOptions(demo.returned, ws.employees, ws.questions,
                                          work / "MUS-MED-2027.xlsx", previous=(previous,),
                                          today=demo.today))
        assert med.pdf is not None
        pictures = [COVERAGE_PICTURE]
        for page in (1, 2, 3):  # the front, the units, the trend
            to_png(med.pdf, work / f"med{page}", dpi, page, page,
                   content_height(med.pdf, dpi, page))
            target = MED_PICTURE if page == 1 else MED_PICTURE.with_name(
                f"med-rapport-{page}.png")
            shutil.copyfile(next(work.glob(f"med{page}*.png")), target)
            pictures.append(target)
    return pictures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workbook", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--readme", action="store_true", help="write the pictures in docs/")
    parser.add_argument("--coverage", action="store_true",
                        help="write docs/daekning.png and docs/med-rapport*.png")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if args.readme:
        for path in pictures(README_PICTURE.parent):
            print(path)
        return
    if args.coverage:
        print(*coverage_pictures())
        return
    if args.workbook is None or args.out is None:
        parser.error("give WORKBOOK and OUT_DIR, or --readme")
    args.out.mkdir(parents=True, exist_ok=True)
    pdf = to_pdf(args.workbook, args.out)
    to_png(pdf, args.out / args.workbook.stem, args.dpi)
    print(f"{pdf} and its pages as PNG in {args.out}")


if __name__ == "__main__":
    main()
