"""The coverage sheet (Dækning / Coverage): per department and per leader and in total, how far
the cycle has come under the chosen rules, and, for each leader, who is not covered yet and
what is lacking. In a leader's own workbook: their team alone.

Each table has its header row and one row per group; the department table comes first and is
what next season's MED report reads back for the year-over-year trend (``read_units``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.coverage import LACKING, TOTAL, Coverage, Person, Tally, rules_sentence
from pipeline.overview.book import LINE, Book, header_height, text_lines
from pipeline.overview.frames import Kind
from pipeline.overview.labels import SHEETS

WIDTHS = (32, 22, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11)
COUNT_KEYS = ("employees", "leave", "returned", "held", "written", "agreed", "followup_due",
              "followed_up", "covered", "rate")
HEADERS = {
    "da": {"department": "Afdeling", "leader": "Leder", "employees": "Medarbejdere på listen",
           "leave": "På orlov", "returned": "Skema modtaget", "held": "Samtale holdt",
           "written": "Skriftlig plan", "agreed": "Aftalt plan (begge)",
           "followup_due": "Opfølgning forfalden", "followed_up": "Opfølgning holdt",
           "covered": "Dækket", "rate": "Dækning", "name": "Navn", "number": "Medarbejdernr.",
           "lacking": "Mangler"},
    "en": {"department": "Department", "leader": "Leader", "employees": "Employees on the list",
           "leave": "On leave", "returned": "Form returned", "held": "Talk held",
           "written": "Written plan", "agreed": "Agreed plan (both)",
           "followup_due": "Follow-up due", "followed_up": "Follow-up held",
           "covered": "Covered", "rate": "Coverage", "name": "Name", "number": "Employee no.",
           "lacking": "Lacking"},
}
TITLES = {
    "da": {"title": "Dækning – MUS {season}", "departments": "Pr. afdeling",
           "leaders": "Pr. leder", "uncovered": "Ikke dækket endnu, pr. leder",
           "none": "Alle på listen er dækket.", "team": "Dit team",
           "note": "Opfølgning forfalden: medarbejdere med aftalte mål, hvis opfølgningsdato er "
                   "passeret; holdt: hvert af dem er fulgt op."},
    "en": {"title": "Coverage – development reviews {season}", "departments": "Per department",
           "leaders": "Per leader", "uncovered": "Not covered yet, per leader",
           "none": "Everyone on the list is covered.", "team": "Your team",
           "note": "Follow-up due: employees with agreed goals whose follow-up date has passed; "
                   "held: every one of them followed up."},
}


def counts(t: Tally) -> list[Any]:
    return [t.employees, t.leave, t.returned, t.held, t.written, t.agreed, t.followup_due,
            t.followed_up, t.covered, t.rate]


def _words(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    return HEADERS.get(lang, HEADERS["da"]), TITLES.get(lang, TITLES["da"])


class TableSheet:
    """A sheet of headings and small tables, written top to bottom."""

    def __init__(self, book: Book, name: str, widths: Sequence[float] = WIDTHS,
                 landscape: bool = True) -> None:
        self.book = book
        self.ws = book.sheet(name, landscape)
        self.row = 0
        self.widths = tuple(widths)
        for col, width in enumerate(widths):
            self.ws.set_column(col, col, width)

    def line(self, content: str, fmt: Any, height: float | None = None) -> None:
        if height:
            self.ws.set_row(self.row, height)
        self.book.put(self.ws, self.row, 0, content, fmt)
        self.row += 1

    def note(self, content: str) -> None:
        """A sentence wrapped across the sheet's columns (never overflowing the printed page)."""
        if not hasattr(self, "_wrapped"):
            self._wrapped = self.book.wb.add_format({"italic": True, "font_color": "#595959",
                                                     "text_wrap": True, "valign": "top"})
        width = sum(self.widths)
        lines = text_lines(content, width)
        self.ws.set_row(self.row, lines * LINE + 2)
        self.ws.merge_range(self.row, 0, self.row, len(self.widths) - 1, content, self._wrapped)
        self.row += 1

    def table(self, headers: Sequence[str], kinds: Sequence[Kind],
              rows: Sequence[Sequence[Any]], total: Sequence[Any] | None = None) -> None:
        book, ws = self.book, self.ws
        ws.set_row(self.row, header_height(headers, self.widths[:len(headers)]))
        for col, header in enumerate(headers):
            ws.write_string(self.row, col, header, book.header)
        self.row += 1
        for values in [*rows, *([total] if total is not None else [])]:
            for col, value in enumerate(values):
                book.put(ws, self.row, col, value, book.formats[kinds[col]])
            self.row += 1
        self.row += 1


def coverage_sheet(book: Book, name: str, cover: Coverage, season: str, lang: str,
                   team: bool = False) -> None:
    """The sheet ``name``: HR's (every department and leader), or a leader's (``team``)."""
    h, t = _words(lang)
    sheet = TableSheet(book, name)
    sheet.line(t["title"].format(season=season), book.big, 26)
    sheet.note(rules_sentence(cover.rules, lang))
    sheet.note(t["note"])
    sheet.row += 1
    kinds: list[Kind] = ["text", "int", "int", "int", "int", "int", "int", "int", "int", "int",
                         "percent"]
    count_headers = [h[k] for k in COUNT_KEYS]
    if not team:
        sheet.line(t["departments"], book.heading, 20)
        sheet.table([h["department"], *count_headers], kinds,
                    [[d.name, *counts(d)] for d in cover.departments],
                    [cover.total.name, *counts(cover.total)])
    sheet.line(t["team"] if team else t["leaders"], book.heading, 20)
    sheet.table([h["leader"], *count_headers], kinds,
                [[leader.name, *counts(leader)] for leader, _ in cover.leaders],
                None if team else [cover.total.name, *counts(cover.total)])
    sheet.line(t["uncovered"], book.heading, 20)
    missing = [(leader.name, p) for leader, members in cover.leaders
               for p in cover.uncovered(members)]
    if not missing:
        sheet.line(t["none"], book.note)
        return
    lacking = LACKING.get(lang, LACKING["da"])
    sheet.table([h["leader"], h["name"], h["number"], h["department"], h["lacking"]],
                ["text", "text", "id", "text", "text"],
                [[leader, p.employee.name, p.employee.number, p.employee.department,
                  lacking[p.lacking]] for leader, p in missing])


def uncovered_lines(people: Sequence[Person], lang: str) -> list[tuple[str, str, str]]:
    """(number, name, what is lacking) of those not covered."""
    lacking = LACKING.get(lang, LACKING["da"])
    return [(p.employee.number, p.employee.name, lacking[p.lacking]) for p in people]


Units = dict[str, tuple[int, int, int, int, int]]


def read_units(path: Path) -> tuple[str, Units] | None:
    """An earlier season's departments from its overview workbook's coverage sheet: the season
    (from the sheet's title) and name → (employees, on leave, covered, follow-up due, follow-up
    held); None when the workbook has no coverage sheet (made before mus counted coverage)."""
    from pipeline.sheets.headers import normalise_header
    from pipeline.sheets.table import open_workbook_sheets
    from pipeline.sheets.values import cell_text

    sheets = open_workbook_sheets(path, "last season's overview workbook")
    names = {normalise_header(SHEETS[lang]["coverage"]) for lang in SHEETS}
    sheet = next((s for n, s in sheets.items() if normalise_header(n) in names), None)
    if sheet is None:
        return None
    wanted = {normalise_header(HEADERS[lang][k]): k for lang in HEADERS
              for k in ("department", *COUNT_KEYS)}
    columns: dict[str, int] | None = None
    units: Units = {}
    season = ""
    last = 0
    for number, row in sheet.rows:
        cells = [cell_text(v) for v in row]
        if not season and cells and cells[0].strip():
            season = cells[0].split()[-1]  # "Dækning – MUS 2026"
        if columns is None:
            found = {wanted[normalise_header(c)]: i for i, c in enumerate(cells)
                     if normalise_header(c) in wanted}
            if "department" in found and {"employees", "covered"} <= set(found):
                columns, last = found, number
            continue
        name = cells[columns["department"]] if len(cells) > columns["department"] else ""
        if number != last + 1 or not name.strip() or name in TOTAL.values():
            break  # the department table ends with its total (the leaders' table follows)
        last = number
        try:
            employees, leave, covered, due, held = (
                int(float(cells[columns[k]] or 0)) if k in columns else 0
                for k in ("employees", "leave", "covered", "followup_due", "followed_up"))
        except (ValueError, IndexError):
            continue
        units[name] = (employees, leave, covered, due, held)
    return season or path.stem, units
