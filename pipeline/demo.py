"""``mus demo``: a whole season on the sample data, with employees played by a program.

generate the forms → fill most of them as employees and leaders would (answers from a bank that
fits each question, in the form's language, matching each person's mood and job; some renamed,
one sent twice, one left half-done, some not returned, junk beside them) → (``--through
agreements``: the agreements, filled in as the talks go; ``followups``: and the follow-ups of the
agreed goals, demo_meetings.py) → ingest → the overview workbook. The same respondent is used by
the benchmarks and the tests.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.agreement import AgreementOptions, AgreementResult, write_agreements
from pipeline.demo_bank import (
    BY_FAMILY,
    EMPLOYEE,
    GOALS,
    GOOD,
    LEADER,
    MIXED,
    SKILLS,
    Answer,
    family,
)
from pipeline.demo_meetings import Meeting, play_followups, play_meetings
from pipeline.followup import FollowupOptions, FollowupResult, write_followups
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.formspec import TAG_PREFIX, FormSpec
from pipeline.model import FormKind
from pipeline.ooxml.fill import FillValue, fill
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.props import read_custom_props
from pipeline.ooxml.read_controls import Control
from pipeline.sheets import read_employees
from pipeline.stages.ingest import IngestOptions, IngestResult, ingest
from pipeline.workspace import Workspace

LISTS = {"da": ("Faste 1:1-samtaler", "Feedback undervejs", "Tydelige prioriteringer"),
         "en": ("Regular one-to-one meetings", "Feedback along the way", "Clear priorities")}
GENERIC = {"da": "Det vil jeg gerne tale om til samtalen.",
           "en": "I would like to talk about this in the review."}
# Where an option's place says something about the person (yes/no: 0 is yes).
MOODY_CHOICES = {"T3": {5: (0, 0, 1), 4: (0, 0, 1), 3: (0, 1), 2: (1,)}}
FAMILY_CHOICE = {"F3": {"trainee": 1, "it": 0, "finance": 0, "hr": 0, "citizen": 1,
                        "other": 4}}


@dataclass(frozen=True)
class Person:
    """Who fills the form in: the employee's first name and job (the leader writes about them
    on the leader's form), and how things are going for them, from 2 (not well) to 5."""

    first_name: str = ""
    job_title: str = ""
    mood: int = 4
    goal: int = 0  # where in the job's goals this person's begin (the leader's follow them)

    @classmethod
    def of(cls, number: str, name: str, job_title: str) -> Person:
        rng = random.Random(f"person:{number}")
        mood = rng.choices((2, 3, 4, 5), (1, 3, 5, 2))[0]
        return cls(name.split(" ")[0], job_title, mood, rng.randrange(12))


@dataclass
class Respondent:
    """Answers a form as a person might: not every field, in the form's language, each answer
    chosen to fit its question, the person's mood and job; the leader about the employee."""

    seed: int
    answer_rate: float = 0.85
    person: Person | None = None
    always: frozenset[str] = frozenset()  # fields (tags) answered whatever the answer rate
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        if self.person is None:  # someone made up from the seed
            job = ("Bogholder", "Udvikler", "HR-konsulent", "Sagsbehandler", "IT-elev")[
                self.seed % 5]
            self.person = Person("", job, self.rng.choices((2, 3, 4, 5), (1, 3, 5, 2))[0],
                                 self.seed)
        self.lang = "da"
        self.leader = False
        self._scale: dict[str, int] = {}
        self._levels: dict[str, int] = {}

    @property
    def who(self) -> Person:
        assert self.person is not None
        return self.person

    def decide(self, control: Control) -> FillValue | None:
        tag = control.tag
        if not tag.startswith(TAG_PREFIX):
            return None
        parts = tag[len(TAG_PREFIX):].split(":")
        if parts[0] == "goal":
            return self._goal(int(parts[1]), parts[2])
        if parts[0] == "agr":
            return None
        if self.rng.random() > self.answer_rate and tag not in self.always:
            return None
        if parts[0] == "c":
            return self._level(control, parts[1], parts[2])
        if parts[0] == "prev":
            return self._previous(control, parts[2])
        qid = parts[1]
        if control.kind == "checkbox":
            return True if len(parts) == 3 and int(parts[2]) == self._scale_value(qid) else None
        if control.kind == "dropdown":
            return self._choose(control, qid)
        if control.kind == "date":
            return dt.date(2027, 5, 1) + dt.timedelta(days=self.rng.randrange(0, 120))
        return self._text(qid)

    def _scale_value(self, qid: str) -> int:
        """One value per question (all the checkboxes of a scale agree), near the mood."""
        if qid not in self._scale:
            shift = self.rng.choice((-1, 0, 0, 0, 1))
            if qid == "N2" and self.who.mood <= 3:  # the workload weighs on the tired
                shift -= 1
            self._scale[qid] = max(1, min(5, self.who.mood + shift))
            if self._scale[qid] == 1 and self.rng.random() < 0.7:  # few say "not at all"
                self._scale[qid] = 2
        return self._scale[qid]

    def _choose(self, control: Control, qid: str) -> str | None:
        items = [display for display, _ in control.items if display.strip()]
        if not items:
            return None
        if items[0][:1].isdigit():  # a scale: its steps in order
            return items[min(self._scale_value(qid), len(items)) - 1]
        index: int | None = None
        if qid in MOODY_CHOICES:
            index = self.rng.choice(MOODY_CHOICES[qid].get(self.who.mood, (0,)))
        elif qid in FAMILY_CHOICE and self.rng.random() < 0.7:
            index = FAMILY_CHOICE[qid].get(family(self.who.job_title), 0)
        if index is None or index >= len(items):
            index = self.rng.randrange(len(items))
        return items[index]

    def _level(self, control: Control, cid: str, part: str) -> str | None:
        """A level now (low for a trainee), and the wish for a year on: the same or higher."""
        items = [display for display, _ in control.items if display.strip()]
        if not items:
            return None
        if cid not in self._levels:
            now = (self.rng.choice((1, 2)) if family(self.who.job_title) == "trainee"
                   else 3 + self.rng.choice((-1, 0, 0, 1)))
            self._levels[cid] = now
        now = self._levels[cid]
        level = now if part == "now" else now + self.rng.choice((0, 1, 1))
        return items[max(1, min(level, len(items))) - 1]

    def _previous(self, control: Control, part: str) -> FillValue | None:
        if part == "status":
            items = [display for display, _ in control.items if display.strip()]
            return items[self.rng.choices(range(len(items)), (5, 3, 1, 1)[:len(items)])[0]] \
                if items else None
        if self.rng.random() < 0.5:
            return None
        return {"da": "Godt i gang; vi tager resten med i år.",
                "en": "Well under way; we carry the rest into this year."}[self.lang]

    def _text(self, qid: str) -> FillValue | None:
        lang = self.lang
        if qid == "N6" and self.rng.random() > 0.25:
            return None  # most have nothing they want taken into account
        if qid == "N4" and self.rng.random() < 0.3:
            return list(LISTS[lang])  # a bulleted list, as some write
        if qid == "F2" and not self.leader:
            skills = SKILLS[family(self.who.job_title)]
            return self.rng.choice(skills)[lang == "en"]
        if self.leader and qid in LEADER:
            answers: tuple[Answer, ...] = LEADER[qid]
        else:
            own = BY_FAMILY.get(qid, {}).get(family(self.who.job_title), ())
            answers = own * 2 + EMPLOYEE.get(qid, ())  # one's own job comes to mind first
        if not answers:
            return GENERIC[lang]
        tone = GOOD if self.who.mood >= 4 else MIXED
        fitting = [a for a in answers if a[0] == tone] or list(answers)
        _, danish, english = self.rng.choice(fitting)
        first = self.who.first_name or {"da": "Medarbejderen", "en": "The employee"}[lang]
        return (english if lang == "en" else danish).format(first=first)

    def _goal(self, number: int, part: str) -> FillValue | None:
        """One or two goals of the person's job; the leader proposes one more of them."""
        count = 1 if self.leader else 1 + self.seed % 2
        if number > count:
            return None
        goals = GOALS[family(self.who.job_title)]
        first = self.who.goal + (2 if self.leader else 0)
        goal = goals[(first + number - 1) % len(goals)][self.lang == "en"]
        if part in ("deadline", "followup"):
            months = 6 if part == "deadline" else 3
            return dt.date(2027, 2, 1) + dt.timedelta(days=30 * months + number)
        index = {"goal": 0, "activities": 1, "criterion": 2, "responsible": 3}[part]
        return goal[index]

    def fill(self, docx: bytes, saved: dt.datetime | None = None) -> bytes:
        """The form filled in its own language, as its reader (employee or leader)."""
        with SafeZip(docx) as package:
            spec = FormSpec.from_props(read_custom_props(package))
        if spec is not None:
            self.lang = "en" if spec.language == "en" else "da"
            self.leader = spec.kind is FormKind.LEADER
        self._scale = {}
        self._levels = {}
        return fill(docx, self.decide, saved)


@dataclass
class DemoResult:
    folder: Path
    generated: GenerateResult
    returned: Path
    ingested: IngestResult
    agreements: AgreementResult | None = None
    followups: FollowupResult | None = None
    meetings: list[Meeting] = field(default_factory=list)  # what the talks were played as
    today: dt.date | None = None  # the day the demo's season stands at (None: today)


STAGES = ("forms", "agreements", "followups")
# The day the season stands at when played past the forms: after the talks; after the
# follow-ups of the goals agreed in them.
TODAY = {"agreements": dt.date(2027, 3, 15), "followups": dt.date(2027, 6, 15)}


def run_demo(workspace: Workspace, folder: Path, lang: str = "da", jobs: int = 0,
             through: str = "forms") -> DemoResult:
    """The whole season in ``folder`` (emptied first when it holds an earlier demo), played
    through the preparation forms, the talks (``agreements``) or the follow-ups too
    (``followups``)."""
    if folder.exists() and (folder / "forms").exists():
        shutil.rmtree(folder)
    forms = folder / "forms"
    returned = folder / "returned"
    generated = generate(GenerateOptions(workspace.employees, workspace.questions, forms,
                                         templates=workspace.templates_or_none, force=True,
                                         lang=lang, jobs=jobs, key=workspace.key_file))
    staff = read_employees(workspace.employees)
    titles = {e.number: e.job_title for e in staff}
    play_employees(generated, returned, jobs=titles)
    today = TODAY.get(through)
    agreements = followups = None
    meetings: list[Meeting] = []
    if through in ("agreements", "followups"):
        agreements = write_agreements(AgreementOptions(
            returned, workspace.employees, workspace.questions, folder / "agreements",
            templates=workspace.templates_or_none, season=generated.season, force=True,
            lang=lang))
        languages = {e.employee_id: e.language for e in generated.entries}
        meetings = play_meetings(agreements.files, staff, returned, languages)
    if through == "followups" and today is not None:
        followups = write_followups(FollowupOptions(
            returned, workspace.employees, workspace.questions, today, folder / "followups",
            templates=workspace.templates_or_none, season=generated.season, force=True,
            lang=lang, today=today))
        play_followups(followups.files, staff, returned, meetings, today - dt.timedelta(days=7))
    result = ingest(IngestOptions(returned, workspace.employees, workspace.questions,
                                  folder / f"MUS-oversigt-{generated.season}.xlsx",
                                  season=generated.season, lang=lang, per_leader=True,
                                  jobs=jobs, key=workspace.key_file), today=today)
    return DemoResult(folder, generated, returned, result, agreements, followups, meetings,
                      today)


def play_employees(generated: GenerateResult, returned: Path,
                   missing: Sequence[str] = ("1004", "1013", "1021"),
                   jobs: Mapping[str, str] | None = None) -> None:
    """Fill and "send back" the forms as a season brings them: most returned, some renamed or
    in a subfolder, one sent twice, a few employees not (yet) answering, junk beside them.
    ``jobs`` (employee number → job title) lets answers and goals fit each job."""
    returned.mkdir(parents=True, exist_ok=True)
    base = dt.datetime(2027, 1, 10, 9, 0, tzinfo=dt.UTC)
    for n, entry in enumerate(generated.entries):
        if entry.employee_id in missing:
            continue
        data = (generated.out / entry.file).read_bytes()
        saved = base + dt.timedelta(hours=n)
        person = Person.of(entry.employee_id, entry.name, (jobs or {}).get(entry.employee_id, ""))
        filled = Respondent(seed=n, person=person).fill(data, saved)
        name = entry.file
        if n % 7 == 0:
            name = f"MUS skema {entry.name.split(' ')[0]} udfyldt {n}.docx"
        target = returned / ("indbakke" if n % 5 == 0 else "") / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(filled)
        if n == 4:  # sent twice: an earlier, half-done copy, which answers a question the
            # later one leaves empty (for HR to see that said)
            early = Respondent(seed=n, answer_rate=0.3, person=person,
                               always=_left_empty(filled)).fill(
                data, saved - dt.timedelta(days=3))
            (returned / f"kopi af {entry.file}").write_bytes(early)
    (returned / "invitation.pdf").write_bytes(b"%PDF-1.4\n% not a form\n")
    (returned / "~$MUS skema.docx").write_bytes(b"lock")
    (returned / "Thumbs.db").write_bytes(b"")


def _left_empty(filled: bytes) -> frozenset[str]:
    """The first question a filled form leaves unanswered, as the tag of its field."""
    from pipeline.collect.extract import extract_bytes

    response = extract_bytes(filled, "form.docx", "form.docx").response
    empty = [qid for qid, value in (response.answers.items() if response else ())
             if value is None]
    return frozenset({f"{TAG_PREFIX}q:{empty[0]}"} if empty else ())
