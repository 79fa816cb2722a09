"""``mus demo``: a whole season on the sample data, with employees played by a program.

generate the forms → fill most of them as employees would (varied, plausible answers; some
renamed, one sent twice, one left half-done, some not returned, junk beside them) → ingest → the
overview workbook. The same respondent is used by the benchmarks and the tests.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.collect.ingest import IngestOptions, IngestResult, ingest
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.formspec import TAG_PREFIX
from pipeline.ooxml.fill import FillValue, fill
from pipeline.ooxml.read_controls import Control
from pipeline.workspace import Workspace

TEXTS = (
    "Jeg er glad for mine opgaver og for samarbejdet i teamet.",
    "Det har været et travlt år med mange nye sager, men vi er kommet godt igennem det.",
    "Jeg vil gerne have mere tid til fordybelse og færre afbrydelser i løbet af dagen.",
    "Overgangen til det nye fagsystem tog mere tid end ventet.\nNu fungerer det godt.",
    "Jeg savner mere sparring om prioriteringen af opgaverne, især i travle perioder.",
    "Jeg har lært meget af at oplære vores nye kollega.",
    "Jeg kunne godt tænke mig at prøve kræfter med projektledelse.",
    "Mere feedback undervejs, ikke kun ved MUS.",
    "Det fungerer fint, som det er.",
    "Jeg vil gerne blive bedre til at formidle komplekse regler til borgerne.",
)
LIST_ANSWERS = (
    ("Tydelige prioriteringer", "Faste 1:1-samtaler", "Hurtig afklaring af spørgsmål"),
    ("Kursus i Excel", "Sidemandsoplæring i lønsystemet"),
)
GOALS = (
    ("Blive fortrolig med det nye sagssystem", "Kursus og sidemandsoplæring",
     "Kan håndtere alle sagstyper selvstændigt", "Teamleder"),
    ("Styrke formidling til borgere", "Kursus i klarsprog; mentorordning med erfaren kollega",
     "Borgerhenvendelser løses ved første kontakt", "Medarbejderen selv"),
    ("Prøve projektledelse i mindre projekter", "Jobrotation i 3 måneder i projektkontoret",
     "Har ledet ét projekt fra start til slut", "Leder"),
    ("Opdatere viden om GDPR", "E-læring og temadag", "Bestået test", "HR"),
    ("Bedre overblik i travle perioder", "Planlægningsværktøj og ugentlig prioritering",
     "Færre overskredne frister", "Medarbejderen og leder"),
)


@dataclass
class Respondent:
    """Answers a form the way a person might: not every field, varied, mostly positive."""

    seed: int
    answer_rate: float = 0.85
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def decide(self, control: Control) -> FillValue | None:
        tag = control.tag
        if not tag.startswith(TAG_PREFIX):
            return None
        parts = tag[len(TAG_PREFIX):].split(":")
        rng = self.rng
        if parts[0] == "goal":
            return self._goal(int(parts[1]), parts[2])
        if rng.random() > self.answer_rate:
            return None
        if control.kind == "dropdown":
            items = [display for display, _ in control.items if display.strip()]
            if not items:
                return None
            if parts[0] == "c":
                index = rng.choice((1, 2, 2, 3, 3)) if parts[2] == "now" else rng.choice(
                    (2, 3, 3, 4, 4))
                return items[min(index, len(items) - 1)]
            weights = [1 + i for i in range(len(items))] if items[0][:1].isdigit() else None
            return rng.choices(items, weights=weights)[0]
        if control.kind == "date":
            return dt.date(2027, 4, 1) + dt.timedelta(days=rng.randrange(0, 180))
        if control.kind == "checkbox":
            return None
        if rng.random() < 0.15:
            return list(rng.choice(LIST_ANSWERS))
        return rng.choice(TEXTS)

    def _goal(self, number: int, part: str) -> FillValue | None:
        count = 1 + self.seed % 2
        if number > count:
            return None
        goal = GOALS[(self.seed + number) % len(GOALS)]
        if part in ("deadline", "followup"):
            months = 6 if part == "deadline" else 3
            return dt.date(2027, 2, 1) + dt.timedelta(days=30 * months + number)
        index = {"goal": 0, "activities": 1, "criterion": 2, "responsible": 3}[part]
        return goal[index]

    def fill(self, docx: bytes, saved: dt.datetime | None = None) -> bytes:
        return fill(docx, self.decide, saved)


@dataclass
class DemoResult:
    folder: Path
    generated: GenerateResult
    returned: Path
    ingested: IngestResult


def run_demo(workspace: Workspace, folder: Path, lang: str = "da", jobs: int = 0) -> DemoResult:
    """The whole season in ``folder`` (emptied first when it holds an earlier demo)."""
    if folder.exists() and (folder / "forms").exists():
        shutil.rmtree(folder)
    forms = folder / "forms"
    returned = folder / "returned"
    generated = generate(GenerateOptions(workspace.employees, workspace.questions, forms,
                                         templates=workspace.templates_or_none, force=True,
                                         lang=lang, jobs=jobs))
    play_employees(generated, returned)
    result = ingest(IngestOptions(returned, workspace.employees, workspace.questions,
                                  folder / f"MUS-oversigt-{generated.season}.xlsx",
                                  season=generated.season, lang=lang, per_leader=True,
                                  jobs=jobs))
    return DemoResult(folder, generated, returned, result)


def play_employees(generated: GenerateResult, returned: Path,
                   missing: Sequence[str] = ("1004", "1013", "1021")) -> None:
    """Fill and "send back" the forms as a season brings them: most returned, some renamed or
    in a subfolder, one sent twice, a few employees not (yet) answering, junk beside them."""
    returned.mkdir(parents=True, exist_ok=True)
    base = dt.datetime(2027, 1, 10, 9, 0, tzinfo=dt.UTC)
    for n, entry in enumerate(generated.entries):
        if entry.employee_id in missing:
            continue
        data = (generated.out / entry.file).read_bytes()
        saved = base + dt.timedelta(hours=n)
        filled = Respondent(seed=n).fill(data, saved)
        name = entry.file
        if n % 7 == 0:
            name = f"MUS skema {entry.name.split(' ')[0]} udfyldt {n}.docx"
        target = returned / ("indbakke" if n % 5 == 0 else "") / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(filled)
        if n == 4:  # sent twice: an earlier, half-done copy
            early = Respondent(seed=n, answer_rate=0.3).fill(data, saved - dt.timedelta(days=3))
            (returned / f"kopi af {entry.file}").write_bytes(early)
    (returned / "invitation.pdf").write_bytes(b"%PDF-1.4\n% not a form\n")
    (returned / "~$MUS skema.docx").write_bytes(b"lock")
    (returned / "Thumbs.db").write_bytes(b"")
