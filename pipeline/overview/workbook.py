"""The HR overview workbook (and each leader's own), sheet by sheet."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from pipeline import __version__
from pipeline.collect.ingest import Collected
from pipeline.forms.names import safe_part
from pipeline.model import Employee
from pipeline.overview.frames import Frames, build_frames
from pipeline.overview.labels import column, sheet, value
from pipeline.overview.previous import read_previous_levels
from pipeline.overview.xlsx import (
    add_table,
    header_cells,
    row_cells,
    save_atomic,
    width_for,
)

RED = PatternFill("solid", fgColor="F8CBAD")
GREEN = PatternFill("solid", fgColor="C6EFCE")
ORANGE = PatternFill("solid", fgColor="FFE699")


def default_name(season: str, lang: str = "da") -> str:
    return f"MUS-oversigt-{safe_part(season)}.xlsx"


def write_overview(collected: Collected, out: Path, lang: str, sources: Mapping[str, Path],
                   previous: Path | None = None, today: dt.date | None = None) -> Path:
    levels = read_previous_levels(previous) if previous else None
    frames = build_frames(collected, lang, "hr", previous_levels=levels, today=today)
    _write(frames, out, lang, _about(collected, lang, sources, "hr", collected.staff, previous))
    return out


def write_per_leader(collected: Collected, folder: Path, lang: str,
                     sources: Mapping[str, Path], previous: Path | None = None,
                     today: dt.date | None = None) -> list[Path]:
    """One workbook per leader with only that leader's employees (and the leder answers)."""
    levels = read_previous_levels(previous) if previous else None
    teams: dict[str, list[Employee]] = defaultdict(list)
    for e in collected.staff:
        teams[e.leader or "-"].append(e)
    written = []
    for leader in sorted(teams):
        team = teams[leader]
        frames = build_frames(collected, lang, "leader", staff=team, previous_levels=levels,
                              today=today)
        name = f"MUS-oversigt-{safe_part(collected.season)}-{safe_part(leader) or 'uden-leder'}"
        path = folder / f"{name}.xlsx"
        _write(frames, path, lang, _about(collected, lang, sources, "leader", team, previous,
                                          leader))
        written.append(path)
    return written


def _about(collected: Collected, lang: str, sources: Mapping[str, Path], scope: str,
           staff: Sequence[Employee], previous: Path | None,
           leader: str | None = None) -> list[tuple[str, Any]]:
    da = lang == "da"
    numbers = {e.number for e in staff}
    responses = [r for r in collected.responses if r.employee_id in numbers]
    answered = {r.employee_id for r in responses if r.kind.value == "employee"}
    rows: list[tuple[str, Any]] = [
        ("Sæson" if da else "Season", collected.season),
        ("Lavet" if da else "Made", dt.datetime.now().replace(microsecond=0)),
        ("Lavet med" if da else "Made with", f"mus {__version__}"),
        ("Returmappe" if da else "Returned folder", str(sources.get("folder", ""))),
        ("Medarbejderliste" if da else "Employee list", str(sources.get("employees", ""))),
        ("Spørgsmålssæt" if da else "Question set", str(sources.get("questions", ""))),
        ("Spørgsmålssættets version" if da else "Question-set version",
         collected.question_set.version),
        ("Medarbejdere på listen" if da else "Employees on the list", len(staff)),
        ("Medarbejderskemaer modtaget" if da else "Employee forms received", len(answered)),
        ("Mangler" if da else "Missing", len(staff) - len(answered)),
        ("Skemaer i alt læst" if da else "Forms read in all", len(responses)),
        ("Filer i mappen" if da else "Files in the folder", collected.files_seen),
        ("Problemer" if da else "Problems", len(collected.problems) if scope == "hr" else
         sum(1 for p in collected.problems if p.employee_id in numbers)),
    ]
    if previous:
        rows.append(("Sidste sæsons oversigt" if da else "Last season's overview", str(previous)))
    if leader:
        rows.insert(1, ("Leder" if da else "Leader", leader))
        rows.append(("Indhold" if da else "Content",
                     "Kun denne leders medarbejdere; svar med synlighed alle og leder."
                     if da else "Only this leader's employees; answers visible to all and to "
                     "leaders."))
    return rows


def _write(frames: Frames, path: Path, lang: str, about: list[tuple[str, Any]]) -> None:
    wb = Workbook(write_only=True)
    c = partial(column, lang)
    ws = _sheet(wb, sheet(lang, "overview"), frames.overview, "Oversigt", freeze="C2")
    status_col = _col(frames.overview, c("status"))
    if status_col:
        rng = f"{status_col}2:{status_col}{len(frames.overview) + 1}"
        for key, fill in (("missing", RED), ("received", GREEN), ("problem", ORANGE)):
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal",
                                                          formula=[f'"{value(lang, key)}"'],
                                                          fill=fill))
    _sheet(wb, sheet(lang, "answers"), frames.answers, "Svar", freeze="C2",
           wrap=frames.text_columns.get("answers", set()))
    ws = _sheet(wb, sheet(lang, "goals"), frames.goals, "Udviklingsmaal", freeze="C2",
                wrap=frames.text_columns.get("goals", set()))
    follow = _col(frames.goals, c("follow_up"))
    if follow and len(frames.goals):
        rng = f"{follow}2:{follow}{len(frames.goals) + 1}"
        ws.conditional_formatting.add(rng, FormulaRule(
            formula=[f"AND({follow}2<>\"\",{follow}2<TODAY())"], fill=RED))
    _competence_sheet(wb, frames, lang)
    _departments_sheet(wb, frames, lang)
    _sheet(wb, sheet(lang, "problems"), frames.problems, "Problemer", freeze="A2",
           wrap=frames.text_columns.get("problems", set()))
    about_frame = pd.DataFrame(about, columns=[c("setting"), c("value")])
    _sheet(wb, sheet(lang, "about"), about_frame, "Om", freeze="A2")
    save_atomic(wb, path)


def _col(frame: pd.DataFrame, name: str) -> str | None:
    if name not in frame.columns:
        return None
    return get_column_letter(list(frame.columns).index(name) + 1)


def _sheet(wb: Workbook, title: str, frame: pd.DataFrame, table: str, freeze: str = "A2",
           wrap: set[str] | None = None, side: pd.DataFrame | None = None,
           side_table: str = "") -> Any:
    """A sheet holding ``frame`` as an Excel table (and ``side`` as a second table to its right,
    two columns apart)."""
    ws = wb.create_sheet(title)
    wrap = wrap or set()
    headers = [str(h) for h in frame.columns]
    wraps = [h in wrap for h in headers]
    sample = frame.head(200)
    for i, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width_for(h, h in wrap, sample[h])
    side_headers = [str(h) for h in side.columns] if side is not None else []
    offset = len(headers) + 2
    if side is not None:
        for i, h in enumerate(side_headers, start=offset + 1):
            ws.column_dimensions[get_column_letter(i)].width = width_for(
                h, False, side[h].head(50))
    ws.freeze_panes = freeze
    header_row = header_cells(ws, headers)
    if side is not None:
        header_row += [None, None, *header_cells(ws, side_headers)]
    ws.append(header_row)
    side_rows = list(side.itertuples(index=False, name=None)) if side is not None else []
    main_rows = frame.itertuples(index=False, name=None)
    for n, values in enumerate(main_rows):
        row = row_cells(ws, values, wraps)
        if n < len(side_rows):
            row += [None, None, *row_cells(ws, side_rows[n], [False] * len(side_headers))]
        ws.append(row)
    for n in range(len(frame), len(side_rows)):
        ws.append([None] * (len(headers) + 2) + row_cells(ws, side_rows[n],
                                                          [False] * len(side_headers)))
    add_table(ws, table, headers, 1, 1, len(frame))
    if side is not None and side_headers:
        add_table(ws, side_table, side_headers, offset + 1, 1, len(side_rows))
    return ws


def _competence_sheet(wb: Workbook, frames: Frames, lang: str) -> None:
    c = partial(column, lang)
    comp, summary = frames.competences, frames.competence_summary
    ws = _sheet(wb, sheet(lang, "competences"), comp, "Kompetencer", freeze="C2",
                side=summary, side_table="KompetencerGennemsnit")
    rows = len(comp) + 1
    levels = ColorScaleRule(start_type="min", start_color="F8696B", mid_type="percentile",
                            mid_value=50, mid_color="FFEB84", end_type="max",
                            end_color="63BE7B")
    for key in ("now", "wanted", "leader_now", "leader_wanted"):
        letter = _col(comp, c(key))
        if letter and len(comp):
            ws.conditional_formatting.add(f"{letter}2:{letter}{rows}", levels)
    for key in ("gap", "change"):
        letter = _col(comp, c(key))
        if letter and len(comp):
            ws.conditional_formatting.add(f"{letter}2:{letter}{rows}", ColorScaleRule(
                start_type="num", start_value=0, start_color="FFFFFF", end_type="max",
                end_color="F4B183"))
    if len(summary) and len(summary.columns) > 2:
        first = len(comp.columns) + 3
        last = first + len(summary.columns) - 1
        ws.conditional_formatting.add(
            f"{get_column_letter(first + 2)}2:{get_column_letter(last)}{len(summary) + 1}",
            levels)
        chart = BarChart()
        chart.type = "col"
        chart.title = "Gennemsnitligt niveau nu" if lang == "da" else "Average level now"
        chart.y_axis.title = c("now")
        chart.height, chart.width = 8, 18
        total_row = len(summary) + 1  # the last summary row: everyone
        data = Reference(ws, min_col=first + 2, max_col=last, min_row=total_row,
                         max_row=total_row)
        cats = Reference(ws, min_col=first + 2, max_col=last, min_row=1, max_row=1)
        chart.add_data(data, from_rows=True, titles_from_data=False)
        chart.set_categories(cats)
        chart.legend = None
        ws.add_chart(chart, f"{get_column_letter(first)}{len(summary) + 4}")


def _departments_sheet(wb: Workbook, frames: Frames, lang: str) -> None:
    c = partial(column, lang)
    deps = frames.departments
    ws = _sheet(wb, sheet(lang, "departments"), deps, "Afdelinger", freeze="C2")
    rate = _col(deps, c("rate"))
    if rate is None or not len(deps):
        return
    kind_col = list(deps.columns).index(c("kind"))
    n_departments = sum(1 for v in deps.iloc[:, kind_col] if v == value(lang, "department"))
    if not n_departments:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Svar pr. afdeling" if lang == "da" else "Answers per department"
    first = list(deps.columns).index(c("returned")) + 1
    data = Reference(ws, min_col=first, max_col=first + 1, min_row=1, max_row=n_departments + 1)
    names = list(deps.columns).index(c("name")) + 1
    cats = Reference(ws, min_col=names, min_row=2, max_row=n_departments + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart.height, chart.width = 7, 16
    ws.add_chart(chart, f"B{len(deps) + 4}")
