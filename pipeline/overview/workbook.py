"""The HR overview workbook (and each leader's own), sheet by sheet.

HR's: Overblik (the front sheet), Medarbejdere, Dækning (coverage under the chosen rules), Svar,
Udviklingsmål, Kompetencer, Afdelinger, Ledere, Problemer, Spørgsmål, Om, in every state of the
season (an empty returned folder gives the same sheets, with their header rows). A leader's:
Overblik with their team, Samtaleark once a form of the team has come back, Dækning once their
talks are held, then only the sheets that have something in them, then Spørgsmål and Om.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.atomic import clean_stale, ensure_folder
from pipeline.coverage import coverage
from pipeline.forms.names import file_name, safe_part, unique_names
from pipeline.model import Collected, Problem, Response
from pipeline.overview.book import CONSTANT_MEMORY_FROM, Book
from pipeline.overview.coverage_sheet import coverage_sheet
from pipeline.overview.frames import (
    SheetData,
    View,
    answers_sheet,
    competences_sheet,
    goals_sheet,
    make_view,
    overview_sheet,
    problems_sheet,
    questions_sheet,
)
from pipeline.overview.front import possessive, summary_sheet, team_sheet
from pipeline.overview.labels import column, sheet, text
from pipeline.overview.output import replacing
from pipeline.overview.previous import read_previous_levels
from pipeline.overview.summary import group_sheet
from pipeline.overview.talks import has_talks, talk_sheet
from pipeline.teams import Team, teams


def default_name(season: str, lang: str = "da") -> str:
    return file_name(("MUS-oversigt", safe_part(season)), ".xlsx")


def write_overview(collected: Collected, out: Path, lang: str, sources: Mapping[str, Path],
                   previous: Path | None = None, today: dt.date | None = None) -> Path:
    levels = read_previous_levels(previous) if previous else None
    view = make_view(collected, lang, "hr", previous_levels=levels, today=today)
    made = dt.datetime.now().replace(microsecond=0)
    about = _about(view, sources, previous, made)
    title = text(lang, "title", season=collected.season)
    scale = collected.question_set.settings.scale
    with replacing(out, big(view)) as (file, scratch), \
            Book(file, scratch, scale, title, lang, view.late) as book:
        _properties(book, view, title, made)
        summary_sheet(book, view, made)
        book.detail(sheet(lang, "overview"), overview_sheet(view))
        coverage_sheet(book, sheet(lang, "coverage"),
                       coverage(collected, view.today, lang=lang), collected.season, lang)
        book.detail(sheet(lang, "answers"), answers_sheet(view))
        book.detail(sheet(lang, "goals"), goals_sheet(view))
        if collected.question_set.competences:
            book.detail(sheet(lang, "competences"), competences_sheet(view))
        book.detail(sheet(lang, "departments"), group_sheet(view, "department"), freeze=1)
        book.detail(sheet(lang, "leaders"), group_sheet(view, "leader"), freeze=1)
        book.detail(sheet(lang, "problems"), problems_sheet(view), freeze=1)
        book.detail(sheet(lang, "questions"), questions_sheet(view), freeze=1)
        book.detail(sheet(lang, "about"), about, freeze=0, filters=False)
    return out


def write_per_leader(collected: Collected, folder: Path, lang: str,
                     sources: Mapping[str, Path], previous: Path | None = None,
                     today: dt.date | None = None) -> list[Path]:
    """One workbook per leader with only that leader's employees (and the leder answers). A
    leader is who they are (teams.py): two leaders of one name get a workbook each, named by
    name and number. A team whose leader is a name that fits several people on the list gets
    none (``ambiguous_teams`` says which): nobody can tell whose it is."""
    levels = read_previous_levels(previous) if previous else None
    everyone = teams(collected.staff)
    labels = {e.number: team.label for team in everyone for e in team.members}
    shown = [team for team in everyone if not team.ambiguous]
    season = safe_part(collected.season)
    names = unique_names([leader_file_name(season, team) for team in shown])
    ensure_folder(folder)
    clean_stale(folder)
    responses: dict[str, list[Response]] = defaultdict(list)
    for r in collected.responses:
        responses[r.employee_id].append(r)
    problems: dict[str, list[Problem]] = defaultdict(list)
    for p in collected.problems:
        problems[p.employee_id].append(p)
    written = []
    for team, name in zip(shown, names, strict=True):
        members = list(team.members)
        # Only the team's forms and problems: each leader's view is made from a few, not all.
        own = replace(collected, responses=tuple(r for e in members for r in responses[e.number]),
                      problems=tuple(p for e in members for p in problems[e.number]))
        view = make_view(own, lang, "leader" if team.key else "team", staff=members,
                         previous_levels=levels, today=today, labels=labels)
        path = folder / name
        _write_leader(view, path, team, sources, previous)
        written.append(path)
    return written


def ambiguous_teams(collected: Collected) -> list[Team]:
    """The teams whose leader is only a name that fits several people on the list."""
    return [team for team in teams(collected.staff) if team.ambiguous]


def leader_file_name(season: str, team: Team) -> str:
    """``MUS-oversigt-2027-Jens_Hansen-1002.xlsx``: the leader's name and number (their e-mail
    where they have no number and share the name), cut to fit, never a failure."""
    if not team.key:
        return file_name(("MUS-oversigt", season, "uden-leder"), ".xlsx")
    identity = team.number or (team.email if team.label != team.name else "")
    return file_name(("MUS-oversigt", season, safe_part(team.name) or "leder",
                      safe_part(identity)), ".xlsx", shorten=2)


def _write_leader(view: View, path: Path, team: Team, sources: Mapping[str, Path],
                  previous: Path | None) -> None:
    lang = view.lang
    made = dt.datetime.now().replace(microsecond=0)
    season = view.collected.season
    title = (text(lang, "title_leader", season=season, owner=possessive(team.name, lang))
             if team.key else text(lang, "title_no_leader", season=season))
    scale = view.collected.question_set.settings.scale
    who = f"{team.name} ({team.identity})" if team.key and team.identity else team.name
    with replacing(path, big(view)) as (file, scratch), \
            Book(file, scratch, scale, title, lang, view.late) as book:
        _properties(book, view, title, made)
        team_sheet(book, view, title, made)
        if team.key and has_talks(view):  # a leader's own: one page per conversation
            talk_sheet(book, view)
        if team.key and view.agreements:  # once talks are held: who is covered, who not yet
            coverage_sheet(book, sheet(lang, "coverage"),
                           coverage(view.collected, view.today, view.staff, lang), season, lang,
                           team=True)
        for key, data in (("answers", answers_sheet(view)), ("goals", goals_sheet(view)),
                          ("competences", competences_sheet(view)),
                          ("problems", problems_sheet(view))):
            if len(data.frame):  # a leader gets no empty sheets
                book.detail(sheet(lang, key), data, freeze=1 if key == "problems" else 2)
        book.detail(sheet(lang, "questions"), questions_sheet(view), freeze=1)
        book.detail(sheet(lang, "about"), _about(view, sources, previous, made, who),
                    freeze=0, filters=False)


def big(view: View) -> bool:
    """Whether the workbook is too big to build in memory (an estimate of its cells, from the
    number of employees and of questions and competences)."""
    question_set = view.collected.question_set
    per_employee = 20 + len(question_set.questions) + 12 * len(question_set.competences) + 13 * 2
    return len(view.staff) * per_employee > CONSTANT_MEMORY_FROM


def _properties(book: Book, view: View, title: str, made: dt.datetime) -> None:
    settings = view.collected.question_set.settings
    book.wb.set_properties({
        "title": title, "subject": "MUS", "author": f"mus {__version__}",
        "company": settings.organisation_for(view.lang), "created": made,
        "comments": "Fortroligt: indeholder MUS-svar." if view.lang == "da" else
        "Confidential: holds MUS answers."})


def _about(view: View, sources: Mapping[str, Path], previous: Path | None, made: dt.datetime,
           leader: str | None = None) -> SheetData:
    da = view.lang == "da"
    collected = view.collected
    staff = view.staff
    numbers = {e.number for e in staff}
    responses = sum(1 for r in collected.responses if r.employee_id in numbers)
    answered = sum(1 for e in staff if view.answered(e))
    rows: list[tuple[str, Any]] = [
        ("Sæson" if da else "Season", collected.season),
        ("Lavet" if da else "Made", made.strftime("%d-%m-%Y %H:%M")),
        ("Lavet med" if da else "Made with", f"mus {__version__}"),
        ("Returmappe" if da else "Returned folder", str(sources.get("folder", ""))),
        ("Medarbejderliste" if da else "Employee list", str(sources.get("employees", ""))),
        ("Spørgsmålssæt" if da else "Question set", str(sources.get("questions", ""))),
        ("Spørgsmålssættets version" if da else "Question-set version",
         collected.question_set.version),
        ("Medarbejdere på listen" if da else "Employees on the list", len(staff)),
        ("Medarbejderskemaer modtaget" if da else "Employee forms received", answered),
        ("Mangler" if da else "Missing", len(staff) - answered),
        ("Skemaer i alt læst" if da else "Forms read in all", responses),
        ("Filer i mappen" if da else "Files in the folder", collected.files_seen),
        ("Problemer" if da else "Problems", len(view.problems)),
    ]
    if previous:
        rows.append(("Sidste sæsons oversigt" if da else "Last season's overview", str(previous)))
    if leader is not None:
        rows.insert(1, ("Leder" if da else "Leader", leader))
        rows.append(("Indhold" if da else "Content",
                     "Kun denne leders medarbejdere; svar med synlighed alle og leder."
                     if da else "Only this leader's employees; answers visible to all and to "
                     "leaders."))
    c = partial(column, view.lang)
    frame = pd.DataFrame(rows, columns=[c("setting"), c("value")], dtype=object)
    return SheetData(frame, {c("value"): "plain"})

