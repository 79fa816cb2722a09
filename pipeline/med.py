"""``mus report --med``: the report for the MED committee, which evaluates how MUS is used.

A workbook (and a PDF of it, through LibreOffice, where LibreOffice is installed) with coverage
under the chosen rules, the follow-up rate and the year-over-year trend per unit (department),
and nothing that points at a person: no names, no employee numbers, no leaders, no answer or goal
text. A unit of fewer than ``SMALLEST`` people on the list is merged with the other small units
into "Øvrige enheder"; where those together are still fewer, the smallest other units join them
until they are not; a whole organisation that small is not reported at all. Earlier seasons
(``--previous``: their overview workbooks, read from their Dækning sheets) are merged by the same
rule, each on its own.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.atomic import write_atomic
from pipeline.collect.ingest import collect
from pipeline.coverage import Tally, coverage, rules_sentence
from pipeline.errors import InputFileError
from pipeline.forms.names import file_name, safe_part
from pipeline.overview.book import Book
from pipeline.overview.coverage_sheet import TableSheet, Units, read_units
from pipeline.overview.frames import Kind
from pipeline.overview.output import replacing
from pipeline.places import inside

SMALLEST = 5
WORDS = {
    "da": {"title": "MUS {season} – rapport til MED-udvalget", "front": "MED-rapport",
           "units": "Enheder", "trend": "Udvikling", "others": "Øvrige enheder",
           "unit": "Enhed", "employees": "Medarbejdere på listen", "leave": "På orlov",
           "held": "Samtale holdt", "written": "Skriftlig plan", "agreed": "Aftalt plan (begge)",
           "covered": "Dækket", "rate": "Dækning", "followup_due": "Opfølgning forfalden",
           "followed_up": "Opfølgning holdt", "followup_rate": "Opfølgningsgrad",
           "figures": "Hele organisationen", "made": "Lavet {date} af mus.",
           "privacy": "Rapporten har ingen navne, medarbejdernumre, ledere eller svar. Enheder "
                      "med under {n} medarbejdere er slået sammen til \"Øvrige enheder\" (og er de "
                      "tilsammen under {n}, er de næstmindste enheder lagt til), så ingen tal "
                      "handler om færre end {n} personer.",
           "merged": "Slået sammen i \"Øvrige enheder\": {n} enheder.",
           "too_few": "Organisationen har færre end {n} medarbejdere på listen; tallene vises "
                      "ikke, så de ikke kan føres tilbage til enkelte.",
           "change": "Ændring (point)", "trend_note": "Dækning og opfølgningsgrad pr. sæson; "
                     "en enhed, der var slået sammen et år, står uden tal det år.",
           "no_trend": "Ingen tidligere sæsoner er givet (--previous), så der er ingen "
                       "udvikling at vise endnu.",
           "cover_in": "Dækning {season}", "followup_in": "Opfølgning {season}"},
    "en": {"title": "Development reviews {season} – report to the MED committee",
           "front": "MED report", "units": "Units", "trend": "Trend",
           "others": "Other units", "unit": "Unit", "employees": "Employees on the list",
           "leave": "On leave", "held": "Talk held", "written": "Written plan",
           "agreed": "Agreed plan (both)", "covered": "Covered", "rate": "Coverage",
           "followup_due": "Follow-up due", "followed_up": "Follow-up held",
           "followup_rate": "Follow-up rate", "figures": "The whole organisation",
           "made": "Made {date} by mus.",
           "privacy": "The report holds no names, employee numbers, leaders or answers. Units of "
                      "fewer than {n} employees are merged into \"Other units\" (and where those "
                      "together are fewer than {n}, the next smallest units are added), so that no "
                      "figure is about fewer than {n} people.",
           "merged": "Merged into \"Other units\": {n} units.",
           "too_few": "The organisation has fewer than {n} employees on the list; the figures "
                      "are not shown, so that they cannot be traced to anyone.",
           "change": "Change (points)", "trend_note": "Coverage and follow-up rate per season; "
                     "a unit merged in a year has no figures for that year.",
           "no_trend": "No earlier seasons were given (--previous), so there is no trend to show "
                       "yet.",
           "cover_in": "Coverage {season}", "followup_in": "Follow-up {season}"},
}


@dataclass(frozen=True)
class MedOptions:
    returned: Path
    employees: Path
    questions: Path
    out: Path | None = None  # None: <output_root>/MUS-MED-<season>.xlsx
    output_root: Path = Path("output")
    season: str | None = None
    previous: tuple[Path, ...] = ()
    lang: str = "da"
    include_hidden: bool = False
    today: dt.date | None = None
    pdf: bool = True
    include_leavers: bool = False  # those the list says have left count too
    skip_on_leave: bool = False  # those on leave are not counted


@dataclass
class MedResult:
    workbook: Path
    season: str
    units: int  # units shown (after merging)
    merged: int  # small units merged
    pdf: Path | None = None
    pdf_problem: str = ""  # why there is no PDF, where one was wanted
    trend_seasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unit:
    """A unit as reported: its name (or "others") and counts, never fewer than SMALLEST."""

    name: str
    employees: int
    leave: int
    held: int
    written: int
    agreed: int
    covered: int
    followup_due: int
    followed_up: int

    @property
    def rate(self) -> float | None:
        counted = self.employees - self.leave
        return self.covered / counted if counted else None

    @property
    def followup_rate(self) -> float | None:
        return self.followed_up / self.followup_due if self.followup_due else None


def _unit(t: Tally) -> Unit:
    return Unit(t.name, t.employees, t.leave, t.held, t.written, t.agreed, t.covered,
                t.followup_due, t.followed_up)


def merge_small(units: Sequence[Unit], others: str) -> tuple[list[Unit], int]:
    """The units as they may be shown: none under SMALLEST (the small ones merged, and the next
    smallest added while the merged one is still small); [] when everyone together is. Returns
    the units and how many were merged."""
    if sum(u.employees for u in units) < SMALLEST:
        return [], len(units)
    big = sorted((u for u in units if u.employees >= SMALLEST), key=lambda u: u.employees)
    small = [u for u in units if u.employees < SMALLEST]
    while small and sum(u.employees for u in small) < SMALLEST:
        small.append(big.pop(0))
    shown = sorted(big, key=lambda u: u.name.casefold())
    if small:
        shown.append(Unit(others, *(sum(getattr(u, f) for u in small) for f in (
            "employees", "leave", "held", "written", "agreed", "covered", "followup_due",
            "followed_up"))))
    return shown, len(small)


def _previous_units(units: Units, others: str) -> dict[str, Unit]:
    found = [Unit(name, employees, leave, 0, 0, 0, covered, due, held)
             for name, (employees, leave, covered, due, held) in units.items()]
    shown, _ = merge_small(found, others)
    return {u.name: u for u in shown}


def write_med_report(options: MedOptions) -> MedResult:
    got = collect(options.returned, options.employees, options.questions, options.season,
                  include_hidden=options.include_hidden,
                  include_leavers=options.include_leavers, skip_on_leave=options.skip_on_leave)
    lang = options.lang if options.lang in WORDS else "da"
    w = WORDS[lang]
    cover = coverage(got, options.today, lang=lang)
    units, merged = merge_small([_unit(t) for t in cover.departments], w["others"])
    earlier: list[tuple[str, dict[str, Unit]]] = []
    for path in options.previous:
        found = read_units(path)
        if found is None:
            raise InputFileError(
                f"{path} has no Dækning sheet: give the overview workbook of an earlier season "
                "made by this version of mus (mus ingest writes it), or leave out --previous.")
        earlier.append((found[0], _previous_units(found[1], w["others"])))
    out = options.out or inside(options.output_root / file_name(
        ("MUS-MED", safe_part(got.season)), ".xlsx"), options.output_root)
    title = w["title"].format(season=got.season)
    total = _unit(cover.total) if units else None
    with replacing(out) as (file, _), \
            Book(file, None, got.question_set.settings.scale, title, lang) as book:
        book.wb.set_properties({"title": title, "subject": "MUS", "author": "mus",
                                "company": got.question_set.settings.organisation_for(lang)})
        _front(book, w, title, rules_sentence(cover.rules, lang), total, merged)
        _units(book, w, units)
        _trend(book, w, [*earlier, (got.season, {u.name: u for u in units})])
    result = MedResult(out, got.season, len(units), merged,
                       trend_seasons=[season for season, _ in earlier])
    if options.pdf:
        result.pdf, result.pdf_problem = to_pdf(out)
    return result


def _front(book: Book, w: dict[str, str], title: str, rules: str, total: Unit | None,
           merged: int) -> None:
    sheet = TableSheet(book, w["front"], (44, 16, 40), landscape=False)
    sheet.line(title, book.big, 26)
    sheet.line(w["made"].format(date=dt.date.today().strftime("%d-%m-%Y")), book.note)
    sheet.note(rules)
    sheet.note(w["privacy"].format(n=SMALLEST))
    if merged:
        sheet.note(w["merged"].format(n=merged))
    sheet.row += 1
    if total is None:
        sheet.note(w["too_few"].format(n=SMALLEST))
        return
    sheet.line(w["figures"], book.heading, 20)
    for key in ("employees", "leave", "held", "written", "agreed", "covered", "rate",
                "followup_due", "followed_up", "followup_rate"):
        number = getattr(total, key)
        book.put(sheet.ws, sheet.row, 0, w[key], book.label)
        book.put(sheet.ws, sheet.row, 1, number,
                 book.percent if key.endswith("rate") else book.number)
        sheet.row += 1


def _units(book: Book, w: dict[str, str], units: Sequence[Unit]) -> None:
    keys = ("employees", "leave", "held", "written", "agreed", "covered", "rate",
            "followup_due", "followed_up", "followup_rate")
    sheet = TableSheet(book, w["units"], (30, *([16 if k.endswith("rate") else 12
                                                  for k in keys])))
    sheet.line(w["units"], book.heading, 20)
    kinds: list[Kind] = ["text", *("percent" if k.endswith("rate") else "int" for k in keys)]
    sheet.table([w["unit"], *(w[k] for k in keys)], kinds,
                [[u.name, *(getattr(u, k) for k in keys)] for u in units])


def _trend(book: Book, w: dict[str, str], seasons: Sequence[tuple[str, dict[str, Unit]]]) -> None:
    sheet = TableSheet(book, w["trend"], (30, *([14] * (2 * len(seasons) + 1))))
    sheet.line(w["trend"], book.heading, 20)
    if len(seasons) < 2:
        sheet.note(w["no_trend"])
        return
    sheet.note(w["trend_note"])
    names = list(seasons[-1][1])
    names += sorted({n for _, units in seasons[:-1] for n in units} - set(names), key=str.casefold)
    headers = [w["unit"], *(w["cover_in"].format(season=s) for s, _ in seasons), w["change"],
               *(w["followup_in"].format(season=s) for s, _ in seasons)]
    rows: list[list[Any]] = []
    for name in names:
        rates = [units[name].rate if name in units else None for _, units in seasons]
        change = (round((rates[-1] - rates[-2]) * 100) if rates[-1] is not None
                  and rates[-2] is not None else None)
        rows.append([name, *rates, change,
                     *(units[name].followup_rate if name in units else None
                       for _, units in seasons)])
    percent: list[Kind] = ["percent"] * len(seasons)
    kinds: list[Kind] = ["text", *percent, "int", *percent]
    sheet.table(headers, kinds, rows)


def to_pdf(workbook: Path, timeout: float = 300) -> tuple[Path | None, str]:
    """The workbook as a PDF beside it, through LibreOffice; (None, why) where it cannot be."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None, "LibreOffice is not installed, so no PDF was made (the workbook was)."
    with tempfile.TemporaryDirectory(prefix="mus-pdf-") as tmp:
        folder = Path(tmp)
        try:
            subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                            "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                            str(workbook)], check=True, capture_output=True, timeout=timeout)
            made = folder / f"{workbook.stem}.pdf"
            data = made.read_bytes()
        except (OSError, subprocess.SubprocessError):
            return None, "LibreOffice could not make the PDF (the workbook was made); open " \
                         "the workbook and save it as PDF yourself."
    target = workbook.with_suffix(".pdf")
    write_atomic(target, data)
    return target, ""
