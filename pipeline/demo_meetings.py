"""The demo season past the preparation forms: the talks (agreements filled in as leader and
employee would in the meeting) and the follow-ups during the year.

Each employee's meeting is played from their number, so a demo is the same every time: most
talks held and signed, most proposed goals agreed, some not (each one saying why), some left
undecided, a new goal agreed now and then; a few talks not held yet, a few agreements signed by
one only. What was played is kept (``Meeting``), so that a test can count what the workbook
should show without reading it back.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.collect.extract import extract_file
from pipeline.model import Employee, FormKind
from pipeline.ooxml.fill import FillValue, fill_by_tag

NEW_GOAL = {"da": ("Deltage i en faglig netværksgruppe", "Netværksmøder hver måned"),
            "en": ("Join a professional network group", "Monthly network meetings")}
DISAGREE = {"da": ("Jeg vil gerne have målet med i år.", "Det passer ikke med afdelingens "
                   "planer i år."),
            "en": ("I would like this goal this year.", "It does not fit the department's "
                   "plans this year.")}
STATUS_WORDS = {"da": ("I gang", "Gennemført", "Udskudt"),
                "en": ("In progress", "Done", "Postponed")}


@dataclass
class Meeting:
    """What was played for one employee's talk."""

    number: str
    held: bool = False  # the agreement came back filled in
    goals: list[tuple[str, bool | None]] = field(default_factory=list)  # (goal, agreed)
    signed_employee: bool = False
    signed_leader: bool = False
    followed_up: list[str] = field(default_factory=list)  # goals with a follow-up status


def play_meetings(files: Sequence[Path], staff: Sequence[Employee], returned: Path,
                  lang_of: dict[str, str]) -> list[Meeting]:
    """Fill the agreements as the meetings go and put them in ``returned``."""
    meetings = []
    by_number = {e.number: e for e in staff}
    for path in files:
        response = extract_file(path).response
        if response is None or response.kind is not FormKind.AGREEMENT:
            continue
        employee = by_number[response.employee_id]
        rng = random.Random(f"meeting:{employee.number}")
        meeting = Meeting(employee.number)
        meetings.append(meeting)
        if rng.random() < 0.15:
            continue  # not held yet: no agreement back
        lang = lang_of.get(employee.number, "da")
        yes, no = ("Yes", "No") if lang == "en" else ("Ja", "Nej")
        day = employee.meeting_date or dt.date(2027, 2, 15)
        values: dict[str, FillValue] = {"mus:agr:held": day}
        for n, goal in enumerate(response.goals, start=1):
            choice = rng.choices((True, False, None), (7, 2, 1))[0]
            if choice is not None:
                values[f"mus:goal:{n}:agreed"] = yes if choice else no
            if choice is False:
                values[f"mus:goal:{n}:employee_comment"] = DISAGREE[lang][0]
                values[f"mus:goal:{n}:leader_comment"] = DISAGREE[lang][1]
            meeting.goals.append((goal.goal or "", choice))
        if rng.random() < 0.3:  # a goal of their own in the free slot
            n = len(response.goals) + 1
            new, activities = NEW_GOAL[lang]
            values.update({f"mus:goal:{n}:goal": new, f"mus:goal:{n}:activities": activities,
                           f"mus:goal:{n}:followup": day + dt.timedelta(days=100),
                           f"mus:goal:{n}:agreed": yes})
            meeting.goals.append((new, True))
        meeting.signed_employee = rng.random() < 0.95
        meeting.signed_leader = rng.random() < 0.9
        if meeting.signed_employee:
            values.update({"mus:agr:employee_name": employee.name,
                           "mus:agr:employee_date": day})
        if meeting.signed_leader:
            values.update({"mus:agr:leader_name": employee.leader or "Leder",
                           "mus:agr:leader_date": day})
        meeting.held = True
        (returned / "aftaler").mkdir(parents=True, exist_ok=True)
        (returned / "aftaler" / path.name).write_bytes(fill_by_tag(path.read_bytes(), values))
    return meetings


def play_followups(files: Sequence[Path], staff: Sequence[Employee], returned: Path,
                   meetings: Sequence[Meeting], held: dt.date) -> None:
    """Fill most follow-up forms (status, what happened, next step, the date, both names)."""
    by_number = {m.number: m for m in meetings}
    people = {e.number: e for e in staff}
    for path in files:
        response = extract_file(path).response
        if response is None or response.kind is not FormKind.FOLLOWUP:
            continue
        rng = random.Random(f"followup:{response.employee_id}")
        if rng.random() < 0.2:
            continue  # not followed up yet
        lang = "en" if "follow-up" in path.name else "da"
        employee = people[response.employee_id]
        values: dict[str, FillValue] = {"mus:fu:held": held, "mus:fu:employee_date": held,
                                        "mus:fu:employee_name": employee.name,
                                        "mus:fu:leader_name": employee.leader or "Leder",
                                        "mus:fu:leader_date": held}
        meeting = by_number[response.employee_id]
        for n, goal in enumerate(response.previous_goals, start=1):
            values[f"mus:prev:{n}:status"] = rng.choice(STATUS_WORDS[lang])
            values[f"mus:prev:{n}:comment"] = ("Kurset er taget." if lang == "da"
                                               else "The course is done.")
            values[f"mus:prev:{n}:next"] = ("Bruge det i hverdagen." if lang == "da"
                                            else "Use it day to day.")
            meeting.followed_up.append(goal.goal)
        (returned / "opfølgning").mkdir(parents=True, exist_ok=True)
        (returned / "opfølgning" / path.name).write_bytes(
            fill_by_tag(path.read_bytes(), values))
