"""Where the season stands, on the front sheet: the reply deadline and the days left, the
meeting window, the key numbers, who has not answered (name, leader, meeting date) and each
leader's forms and agreements.

Nothing here is coloured before the reply deadline: on the day the forms go out every form is
missing, and that is no warning. After it, the number missing is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.forms.prose import long_date
from pipeline.model import Employee
from pipeline.overview.frames import View
from pipeline.overview.labels import column, text
from pipeline.overview.summary import Counts, groups

MAX_MISSING = 30  # people listed by name on the front sheet; the Medarbejdere sheet holds all



@dataclass(frozen=True)
class Figure:
    """A key number: its label, its value (a number, a share or a text), how it is shown
    ("number", "percent", "text", or "warning": a number that is a warning, in pale red) and
    the sheet that says more (its key), if any."""

    label: str
    value: int | float | str | None
    shown: str = "number"
    see: str = ""


def meeting_window(staff: Sequence[Employee], lang: str) -> str:
    """'1. februar 2027 – 20. februar 2027' (one date where all meet on one day); '' if none."""
    dates = sorted(e.meeting_date for e in staff if e.meeting_date)
    if not dates:
        return ""
    first, last = long_date(dates[0], lang), long_date(dates[-1], lang)
    return first if first == last else f"{first} – {last}"


def season_figures(view: View, n: Counts, leader: bool) -> list[Figure]:
    """The key numbers: where the season stands in time, then the forms."""
    lang = view.lang

    def t(key: str) -> str:
        return text(lang, key)

    items: list[Figure] = []
    deadline = view.collected.question_set.settings.deadline
    if deadline is not None:
        items.append(Figure(t("deadline"), long_date(deadline, lang), "text"))
        days = (deadline - view.today).days
        items.append(Figure(t("days_left"), days) if days >= 0 else
                     Figure(t("days_past"), -days))
    window = meeting_window(view.staff, lang)
    if window:
        items.append(Figure(t("meetings"), window, "text"))
    items += [
        Figure(t("staff"), n.staff), Figure(t("answered"), n.answered),
        Figure(t("missing"), n.missing, "warning" if view.late and n.missing else "number"),
        Figure(t("rate"), n.rate, "percent")]
    if n.incomplete or not leader:
        items.append(Figure(t("incomplete"), n.incomplete, see="" if leader else "overview"))
    if n.troubled or not leader:
        items.append(Figure(t("troubled"), n.troubled, see="" if leader else "overview"))
    if not leader:
        items.append(Figure(t("problem_files"), n.problem_files, see="problems"))
    items.append(Figure(t("your_forms") if leader else t("leader_forms"), n.leader_forms))
    if n.agreements:
        items.append(Figure(t("agreements"), n.agreements))
    return items


def missing_people(view: View) -> tuple[str, list[str], list[tuple[Any, ...]], int]:
    """Who has not answered, soonest meeting first: the heading, the column headers, the rows
    shown (name, number, meeting date, leader) and how many there are in all."""
    lang = view.lang
    people = sorted((e for e in view.staff if not view.answered(e)),
                    key=lambda e: (e.meeting_date or dt.date.max, e.name.casefold(), e.number))
    heading = text(lang, "missing_people_late" if view.late else "missing_people")
    headers = [column(lang, k) for k in ("name", "number", "meeting", "leader")]
    rows = [(e.name, e.number, e.meeting_date, view.leader_of(e) or None)
            for e in people[:MAX_MISSING]]
    return heading, headers, rows, len(people)


def leader_forms(view: View) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Per leader: employees, the leader's forms received and missing, agreements received."""
    lang = view.lang
    headers = [column(lang, k) for k in ("leader", "employees", "leader_forms_in",
                                         "leader_forms_missing", "agreements")]
    rows = []
    for group in groups(view, "leader"):
        states = [view.leader_form_state(e) for e in group.members]
        received = sum(1 for s in states if s == "received")
        expected = sum(1 for s in states if s is not None)
        agreed = sum(1 for e in group.members if e.number in view.agreements)
        rows.append((group.name, len(group.members), received, expected - received, agreed))
    return headers, rows
