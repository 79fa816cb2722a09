"""The front sheet (Overblik / Summary), the first thing HR or a leader reads.

HR's: where the season stands (the reply deadline and days left, the meeting window, the
numbers, who has not answered), answers per department and per leader (a small table and a bar
chart each), each leader's forms and agreements, the competences with the biggest gap between
now and wanted, and the follow-ups that are due. A leader's: their team (who has answered,
whose conversation is when), their team's gaps and the follow-ups they owe.

The sheet is written top to bottom (constant_memory); a chart sits to the right of its table
and the next block starts below whichever of the two is taller.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from xlsxwriter.chart_bar import ChartBar
from xlsxwriter.worksheet import Worksheet

from pipeline import __version__
from pipeline.forms.prose import long_date
from pipeline.model import Collected
from pipeline.overview.book import LINE, MAX_HEIGHT, Book, header_height, text_lines
from pipeline.overview.frames import Kind, Rule, View, make_view, status_of
from pipeline.overview.labels import column, sheet, text, value
from pipeline.overview.standing import Figure, leader_forms, missing_people, season_figures
from pipeline.overview.summary import Group, counts, due_until, follow_ups, gaps, groups

# Column widths of the front sheet: names | four numbers | a name | a text.
WIDTHS = (34, 14, 14, 17, 14, 26, 50)
MAX_ROWS = 30  # rows of a table on the front sheet; the detail sheets hold the rest
MAX_CHART = 30  # categories a bar chart shows with every label readable
ROW_PX = 20  # a default row, in pixels
# Answers in blue; forms not back in grey until the reply deadline, then in light orange (a
# missing form is no warning on the day the forms go out).
ANSWERED, WAITING, LATE, NOW, WANTED = "#5B9BD5", "#D9D9D9", "#F4B183", "#5B9BD5", "#A5A5A5"


@dataclass(frozen=True)
class Block:
    """A small table: headers, what each column holds, its rows and colour rules."""

    headers: Sequence[str]
    kinds: Sequence[Kind]
    rows: Sequence[Sequence[Any]]
    rules: dict[int, Rule]


class Front:
    def __init__(self, book: Book, view: View, name: str) -> None:
        self.book, self.view, self.lang = book, view, view.lang
        self.ws: Worksheet = book.sheet(name, landscape=False)
        self.name = name
        self.row = 0
        for col, width in enumerate(WIDTHS):
            self.ws.set_column(col, col, width)

    def t(self, key: str, **params: object) -> str:
        return text(self.lang, key, **params)

    def line(self, content: str, fmt: Any = None, height: float | None = None) -> None:
        if height:
            self.ws.set_row(self.row, height)
        self.book.put(self.ws, self.row, 0, content, fmt)
        self.row += 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows

    def title(self, title: str, made: dt.datetime) -> None:
        self.line(title, self.book.big, 26)
        when = f"{long_date(made.date(), self.lang)} {made:%H:%M}"
        self.line(self.t("made", made=when, version=__version__), self.book.note)
        self.skip()

    def figures(self, items: Sequence[Figure]) -> None:
        """The key numbers: a label and a number, a share or a text (a date) a row."""
        self.line(self.t("figures"), self.book.heading, 20)
        book = self.book
        formats = {"number": book.number, "percent": book.percent, "text": book.figure_text,
                   "warning": book.number_bad}
        for item in items:
            if item.value is None:
                continue
            book.put(self.ws, self.row, 0, item.label, book.label)
            book.put(self.ws, self.row, 1, item.value, formats[item.shown])
            if item.see:
                book.put(self.ws, self.row, 2, self.t("see", sheet=sheet(self.lang, item.see)),
                         book.note)
            self.row += 1
        self.skip()

    def block(self, block: Block, heading: str | None = None,
              chart: Callable[[int], int] | None = None) -> None:
        """The heading (if any), then the table, with ``chart(header_row)`` beside it. The next
        block starts below the table or below the chart, whichever is lower."""
        ws, book = self.ws, self.book
        if heading is not None:
            self.line(heading, book.heading, 20)
        top = self.row
        chart_rows = chart(top) if chart else 0
        widths = [WIDTHS[i] for i in range(len(block.headers))]
        ws.set_row(top, header_height(block.headers, widths))
        for col, header in enumerate(block.headers):
            ws.write_string(top, col, header, book.header)
        wraps = [col for col, kind in enumerate(block.kinds) if kind == "wrap"]
        for n, values in enumerate(block.rows, start=1):
            lines = max((text_lines(v, WIDTHS[c]) for c in wraps
                         if isinstance(v := values[c], str)), default=1)
            if lines > 1:
                ws.set_row(top + n, min(MAX_HEIGHT, lines * LINE + 2))
            for col, v in enumerate(values):
                book.put(ws, top + n, col, v, book.formats[block.kinds[col]])
        if block.rows:
            for col, rule in block.rules.items():
                book.rule(ws, top + 1, col, top + len(block.rows), col, rule)
        self.row = max(top + 1 + len(block.rows), top + chart_rows) + 1

    def more(self, shown: int, total: int, sheet_key: str) -> None:
        if total > shown:
            self.row -= 1
            self.line(self.t("more_rows", n=total - shown, sheet=sheet(self.lang, sheet_key)),
                      self.book.note)
            self.skip()

    # --- charts ---------------------------------------------------------------------------

    def bar_chart(self, top: int, count: int, title: str, series: Sequence[tuple[int, str]],
                  stacked: bool, maximum: float | None = None, step: float | None = None) -> int:
        """A horizontal bar chart of the block whose header is on row ``top``: categories
        from column A, a series per (column, colour). Returns the rows it covers."""
        chart = self.book.wb.add_chart({"type": "bar", "subtype": "stacked" if stacked
                                        else "clustered"})
        if not isinstance(chart, ChartBar):  # None only for a chart type XlsxWriter lacks
            raise TypeError("XlsxWriter made no bar chart")
        first, last = top + 1, top + count
        for col, colour in series:
            chart.add_series({
                "name": [self.name, top, col],
                "categories": [self.name, first, 0, last, 0],
                "values": [self.name, first, col, last, col],
                "fill": {"color": colour}, "border": {"none": True},
                "gap": 40 if stacked else 60})
        per_bar = 22 if stacked else 30
        height = 90 + per_bar * count
        axis: dict[str, Any] = {"min": 0, "num_font": {"size": 9},
                                "major_gridlines": {"visible": True,
                                                    "line": {"color": "#D9D9D9"}}}
        if maximum is not None:
            axis["max"] = maximum
        if step is not None:
            axis["major_unit"] = step
        chart.set_x_axis(axis)
        # Categories top to bottom as in the table, the value axis below them.
        chart.set_y_axis({"reverse": True, "interval_unit": 1, "num_font": {"size": 9},
                          "crossing": "max"})
        chart.set_title({"name": title, "name_font": {"size": 11, "bold": True}})
        chart.set_legend({"position": "bottom", "font": {"size": 9}})
        width = int((WIDTHS[5] + WIDTHS[6]) * 7 + 10)
        chart.set_size({"width": width, "height": height})
        self.ws.insert_chart(top, 5, chart, {"x_offset": 8, "y_offset": 0})
        return math.ceil(height / ROW_PX) + 1

    # --- the blocks -----------------------------------------------------------------------

    def groups(self, key: str) -> None:
        """Answers per department or per leader: a table and, when it can be read, a chart."""
        lang, c = self.lang, partial(column, self.lang)
        everyone = groups(self.view, key)
        shown: list[Group] = everyone
        if len(everyone) > MAX_ROWS:  # many: the ones with most missing first
            shown = sorted(everyone, key=lambda g: (-g.missing, g.name.casefold()))[:MAX_ROWS]
        block = Block([c(key), c("employees"), c("returned"), c("missing"), c("rate")],
                      ["text", "int", "int", "int", "percent"],
                      [(g.name, len(g.members), g.answered, g.missing, g.rate) for g in shown],
                      {4: "rate"})
        heading = self.t("by_department" if key == "department" else "by_leader")
        what = value(lang, key).lower()
        chart = None
        if 1 < len(shown) <= MAX_CHART:  # one bar says nothing the table does not
            largest = max(len(g.members) for g in shown)
            chart = partial(self.bar_chart, count=len(shown),
                            title=self.t("chart_answers", what=what),
                            series=[(2, ANSWERED), (3, LATE if self.view.late else WAITING)],
                            stacked=True,
                            step=1 if largest <= 10 else None)  # people, not halves
        self.block(block, heading, chart)
        self.more(len(shown), len(everyone), "departments" if key == "department"
                  else "leaders")

    def missing(self) -> None:
        """Who has not answered, soonest meeting first (HR's front sheet)."""
        heading, headers, rows, total = missing_people(self.view)
        if not total:
            self.line(heading, self.book.heading, 20)
            self.line(self.t("none_missing"), self.book.note)
            self.skip()
            return
        self.block(Block(headers, ["text", "id", "date", "text"], rows, {}), heading)
        self.more(len(rows), total, "overview")

    def leader_forms(self) -> None:
        """Each leader's forms and agreements (where the question set has a leader's form, or
        agreements have come back)."""
        if not (self.view.has_leader_forms or self.view.agreements):
            return
        headers, rows = leader_forms(self.view)
        shown = rows[:MAX_ROWS]
        self.block(Block(headers, ["text", "int", "int", "int", "int"], shown, {}),
                   self.t("per_leader_forms"))
        self.more(len(shown), len(rows), "leaders")

    def gaps(self) -> None:
        if not self.view.collected.question_set.competences:
            return  # a question set without competences: nothing to say about them
        c = partial(column, self.lang)
        found = gaps(self.view)
        self.line(self.t("gaps"), self.book.heading, 20)
        if not found:
            self.line(self.t("no_ratings"), self.book.note)
            self.skip()
            return
        scale = self.view.collected.question_set.settings.scale
        self.line(self.t("gaps_note", low=scale.low, high=scale.high), self.book.note)
        shown = found[:10]
        # No colours: these are self-assessments; the chart beside shows the whole scale.
        block = Block([c("competence"), c("avg_now"), c("avg_wanted"), c("avg_gap"), "n"],
                      ["text", "decimal", "decimal", "decimal", "int"],
                      [(g.competence, g.now, g.wanted, g.gap, g.n) for g in shown], {})
        chart = partial(self.bar_chart, count=len(shown), title=self.t("chart_gaps"),
                        series=[(1, NOW), (2, WANTED)], stacked=False, maximum=scale.high,
                        step=1)
        self.block(block, chart=chart)

    def follow_ups(self, heading_key: str) -> None:
        c = partial(column, self.lang)
        until = long_date(due_until(self.view), self.lang)
        due = follow_ups(self.view)
        heading = self.t(heading_key, until=until)
        if not due:
            self.line(heading, self.book.heading, 20)
            self.line(self.t("no_follow_ups", until=until), self.book.note)
            self.skip()
            return
        yes = value(self.lang, "yes")
        shown = due[:MAX_ROWS]
        rows = [(g.employee.name, g.employee.number, g.goal.follow_up,
                 yes if g.goal.follow_up and g.goal.follow_up < self.view.today else None,
                 value(self.lang, f"short_{g.source}"), self.view.leader_of(g.employee),
                 g.goal.goal)
                for g in shown]
        block = Block([self.t("employee"), c("number"), c("follow_up"), c("overdue"),
                       c("source"), c("leader"), c("goal")],
                      ["text", "id", "date", "text", "text", "text", "wrap"], rows, {2: "overdue"})
        self.block(block, heading)
        self.more(len(shown), len(due), "goals")

    def team(self) -> None:
        """A leader's team: who has answered, whose conversation is when."""
        lang, c, view = self.lang, partial(column, self.lang), self.view
        people = sorted(view.staff, key=lambda e: (e.meeting_date or dt.date.max,
                                                   e.name.casefold()))
        headers = [c("name"), c("number"), c("meeting"), c("employee_form")]
        kinds: list[Kind] = ["text", "id", "date", "text"]
        rules: dict[int, Rule] = {3: "status"}
        if view.has_leader_forms:
            headers.append(c("own_form"))
            kinds.append("text")
            rules[4] = "status"
        headers.append(c("job_title"))
        kinds.append("text")
        if view.agreements:  # not coloured: an agreement comes after the conversation
            headers.append(c("agreement"))
            kinds.append("text")
        rows = []
        for e in people:
            row: list[Any] = [e.name, e.number, e.meeting_date, value(lang, status_of(view, e))]
            if view.has_leader_forms:
                state = view.leader_form_state(e)
                row.append(value(lang, state) if state else None)
            row.append(e.job_title)
            if view.agreements:
                row.append(value(lang, "received" if e.number in view.agreements
                                 else "missing"))
            rows.append(row)
        self.block(Block(headers, kinds, rows, rules), self.t("team"))


def possessive(name: str, lang: str) -> str:
    """Hanne Kjærs, Lars'; Hanne Kjær's."""
    if lang != "da":
        return f"{name}'s"
    return f"{name}'" if name[-1:].lower() in ("s", "x", "z") else f"{name}s"


def front_figures(collected: Collected, lang: str, today: dt.date | None = None
                  ) -> list[Figure]:
    """The front sheet's key numbers for HR, as the workbook shows them (for a page)."""
    view = make_view(collected, lang, "hr", today=today)
    return season_figures(view, counts(view), leader=False)


def summary_sheet(book: Book, view: View, made: dt.datetime) -> None:
    """HR's front sheet."""
    front = Front(book, view, sheet(view.lang, "summary"))
    organisation = view.collected.question_set.settings.organisation_for(view.lang)
    title = text(view.lang, "title", season=view.collected.season)
    front.title(f"{title} – {organisation}" if organisation else title, made)
    front.figures(season_figures(view, counts(view), leader=False))
    front.missing()
    front.groups("department")
    front.groups("leader")
    front.leader_forms()
    front.gaps()
    front.follow_ups("follow_ups")


def team_sheet(book: Book, view: View, title: str, made: dt.datetime) -> None:
    """A leader's front sheet: their team first."""
    front = Front(book, view, sheet(view.lang, "summary"))
    front.title(title, made)
    front.figures(season_figures(view, counts(view), leader=True))
    front.team()
    front.follow_ups("your_follow_ups")
    front.gaps()
