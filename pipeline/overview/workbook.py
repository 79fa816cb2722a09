"""The HR overview workbook (and each leader's own), sheet by sheet."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.collect.ingest import Collected
from pipeline.forms.names import safe_part
from pipeline.model import Employee
from pipeline.overview.frames import Frames, build_frames
from pipeline.overview.labels import column, sheet, value
from pipeline.overview.previous import read_previous_levels
from pipeline.overview.xlsx import GREEN, ORANGE, RED, Chart, Rule, Workbook, column_letter


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
    c = partial(column, lang)
    with Workbook(path) as wb:
        overview = frames.overview
        status = _letter(overview, c("status"))
        rules = [Rule(f"{status}2:{status}{len(overview) + 1}", "equal", value(lang, key), fill)
                 for key, fill in (("missing", RED), ("received", GREEN), ("problem", ORANGE))
                 ] if status else []
        _sheet(wb, sheet(lang, "overview"), overview, "Oversigt", freeze=(1, 2), rules=rules)
        _sheet(wb, sheet(lang, "answers"), frames.answers, "Svar", freeze=(1, 2),
               wrap=frames.text_columns.get("answers", set()))
        goals = frames.goals
        follow = _letter(goals, c("follow_up"))
        rules = [Rule(f"{follow}2:{follow}{len(goals) + 1}", "expression",
                      f'AND({follow}2<>"",{follow}2<TODAY())', RED)] if follow else []
        _sheet(wb, sheet(lang, "goals"), goals, "Udviklingsmaal", freeze=(1, 2),
               wrap=frames.text_columns.get("goals", set()), rules=rules)
        _competence_sheet(wb, frames, lang)
        _departments_sheet(wb, frames, lang)
        _sheet(wb, sheet(lang, "problems"), frames.problems, "Problemer", freeze=(1, 0),
               wrap=frames.text_columns.get("problems", set()))
        _sheet(wb, sheet(lang, "about"), pd.DataFrame(about, columns=[c("setting"), c("value")]),
               "Om", freeze=(1, 0))


def _letter(frame: pd.DataFrame, name: str) -> str | None:
    if name not in frame.columns:
        return None
    return column_letter(list(frame.columns).index(name))


def _python(frame: pd.DataFrame) -> list[tuple[Any, ...]] | Any:
    """Rows of plain Python values (numpy numbers boxed, missing values None)."""
    return frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)


def _formats(frame: pd.DataFrame, wrap: set[str]) -> list[str | None]:
    out: list[str | None] = []
    for name in frame.columns:
        if name in wrap:
            out.append("wrap")
        elif frame[name].dtype.kind == "f" and not _whole(frame[name]):
            out.append("decimal")  # averages; levels (whole numbers, some missing) stay plain
        else:
            out.append(None)
    return out


def _whole(values: pd.Series) -> bool:
    present = values.dropna()
    return bool((present == present.round()).all())


def _widths(frame: pd.DataFrame, wrap: set[str]) -> list[float]:
    sample = frame.head(200)
    return [width_for(str(h), h in wrap, sample[h]) for h in frame.columns]


def _sheet(wb: Workbook, title: str, frame: pd.DataFrame, table: str,
           freeze: tuple[int, int] = (1, 0), wrap: set[str] | None = None,
           rules: Sequence[Rule] = (), charts: Sequence[Chart] = (),
           formats: dict[str, str] | None = None,
           side: tuple[pd.DataFrame, str] | None = None) -> None:
    wrap = wrap or set()
    kinds = _formats(frame, wrap)
    for name, kind in (formats or {}).items():
        if name in frame.columns:
            kinds[list(frame.columns).index(name)] = kind
    side_spec = None
    if side is not None:
        side_frame, side_table = side
        side_spec = ([str(h) for h in side_frame.columns], list(_python(side_frame)),
                     _formats(side_frame, set()), side_table)
    wb.sheet(title, [str(h) for h in frame.columns], _python(frame),
             widths=_widths(frame, wrap), formats=kinds, freeze=freeze, table=table,
             rules=rules, charts=charts, side=side_spec)


def _competence_sheet(wb: Workbook, frames: Frames, lang: str) -> None:
    c = partial(column, lang)
    comp, summary = frames.competences, frames.competence_summary
    rows = len(comp) + 1
    rules = []
    for key in ("now", "wanted", "leader_now", "leader_wanted"):
        letter = _letter(comp, c(key))
        if letter:
            rules.append(Rule(f"{letter}2:{letter}{rows}", "scale"))
    for key in ("gap", "change"):
        letter = _letter(comp, c(key))
        if letter:
            rules.append(Rule(f"{letter}2:{letter}{rows}", "gap"))
    charts = []
    if len(summary) and len(summary.columns) > 2:
        first = len(comp.columns) + 2  # the summary table starts two columns after the main one
        rules.append(Rule(f"{column_letter(first + 2)}2:"
                          f"{column_letter(first + len(summary.columns) - 1)}{len(summary) + 1}",
                          "scale"))
        total = len(summary) + 1  # its last row: everyone
        charts.append(Chart(
            "Gennemsnitligt niveau nu" if lang == "da" else "Average level now",
            f"${column_letter(first + 2)}$1:${column_letter(first + len(summary.columns) - 1)}$1",
            (("", f"${column_letter(first + 2)}${total}:"
                  f"${column_letter(first + len(summary.columns) - 1)}${total}"),),
            (first, len(summary) + 3), size=(15, 12)))
    _sheet(wb, sheet(lang, "competences"), comp, "Kompetencer", freeze=(1, 2), rules=rules,
           charts=charts, side=(summary, "KompetencerGennemsnit"))


def _departments_sheet(wb: Workbook, frames: Frames, lang: str) -> None:
    c = partial(column, lang)
    deps = frames.departments
    charts = []
    if len(deps) and c("kind") in deps.columns:
        n = int((deps[c("kind")] == value(lang, "department")).sum())
        if n:
            names = column_letter(list(deps.columns).index(c("name")))
            got = column_letter(list(deps.columns).index(c("returned")))
            missing = column_letter(list(deps.columns).index(c("missing")))
            charts.append(Chart(
                "Svar pr. afdeling" if lang == "da" else "Answers per department",
                f"${names}$2:${names}${n + 1}",
                ((f"${got}$1", f"${got}$2:${got}${n + 1}"),
                 (f"${missing}$1", f"${missing}$2:${missing}${n + 1}")),
                (1, len(deps) + 3), direction="bar", stacked=True,
                size=(max(8, n + 4), 10)))
    _sheet(wb, sheet(lang, "departments"), deps, "Afdelinger", freeze=(1, 2), charts=charts,
           formats={c("rate"): "percent"})


def width_for(header: str, wrap: bool, sample: Iterable[Any]) -> float:
    """A column wide enough for its header and the first values, within reason."""
    if wrap:
        return 45
    longest = len(header)
    for v in sample:
        if isinstance(v, dt.datetime):
            longest = max(longest, 16)
        elif isinstance(v, dt.date):
            longest = max(longest, 11)
        elif v is not None and v == v:  # not NaN
            longest = max(longest, len(str(v)))
    return float(min(max(longest + 2, 8), 40))
