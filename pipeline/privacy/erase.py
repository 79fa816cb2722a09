"""``mus erase``: someone's data (or a whole season's, or what has passed its time) out of the
working folder, everywhere mus keeps it, after showing what will go.

take stock (holdings.py) → choose (a Selection: employees, seasons, or kinds of a season whose
time is up; choose.py makes it from the command's options) → a Plan: files to delete, e-mail
files, logs and manifests to write again without them, overview workbooks to make again
without their rows, and what mus cannot reach; the plan in words for HR → carried out by
deleting.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.collect.mailfile import ARROW
from pipeline.errors import InputFileError
from pipeline.model import QuestionSet
from pipeline.privacy.holdings import (
    COLLECTED,
    MANIFESTS,
    RETURNED,
    SEND,
    Holding,
    Inventory,
    take_stock,
)
from pipeline.privacy.rebuild import found_path
from pipeline.privacy.retention import Due, describe, due, season_starts
from pipeline.privacy.rewrite import read_mail
from pipeline.workspace import Workspace

# What kind of thing a step is about, in words (the plan; the log keeps the key).
WHAT = {"returned": "returned form", "mail": "e-mail file with forms",
        "made": "form made by mus", "draft": "e-mail draft", "copy": "copy of a form",
        "send-log": "line(s) of the send log", "collect-log": "line(s) of the collect log",
        "manifest": "entry/entries of a manifest", "workbook": "overview workbook"}
FORM_WORDS = {"employee": "employee's form", "leader": "leader's form", "agreement": "agreement",
              "followup": "follow-up form"}
DELETE, MAIL, LINES, MANIFEST, WORKBOOK = "delete", "mail", "lines", "manifest", "workbook"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Selection:
    """What to erase: ``employees`` in every season, whole ``seasons``, or kinds of data of a
    season whose time is up (``due``: (season, kind); kind "overview" for the workbooks)."""

    why: str  # request, left-before, season, retention
    employees: frozenset[str] = frozenset()
    seasons: frozenset[str] = frozenset()
    due: frozenset[tuple[str, str]] = frozenset()

    def chosen(self, employee: str, season: str, kind: str) -> bool:
        return (employee in self.employees or season in self.seasons
                or (season, kind) in self.due)

    def of(self, holding: Holding) -> bool:
        return self.chosen(holding.employee, holding.season, holding.kind)

    def whole_overview(self, season: str) -> bool:
        return season in self.seasons or (season, "overview") in self.due


@dataclass(frozen=True)
class Step:
    action: str  # DELETE, MAIL, LINES, MANIFEST, WORKBOOK
    path: Path
    what: str  # a key of WHAT
    season: str = ""
    form: str = ""
    employee: str = ""
    count: int = 1
    keep: tuple[bool, ...] = ()  # MAIL: which attachments stay


@dataclass
class Plan:
    ws: Workspace
    selection: Selection
    inventory: Inventory
    steps: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    due: list[Due] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.steps


def stock(ws: Workspace, returned: Sequence[Path] = (), question_set: QuestionSet | None = None,
          progress: Progress | None = None) -> Inventory:
    from pipeline.signing import load_key

    return take_stock(ws, returned, question_set, load_key(ws.key_file), progress=progress)


def due_selection(inventory: Inventory, question_set: QuestionSet,
                  today: dt.date) -> tuple[Selection, list[Due], list[str]]:
    """What has passed its time under the question set's Slet … efter (år)."""
    retention = question_set.settings.retention
    if not retention.given:
        raise InputFileError(
            f"The question set {question_set.source or ''} says nothing about how long to keep "
            "the data, so nothing is due. Add Slet efter (år) (or one per kind: Slet "
            "forberedelsesskemaer efter (år), Slet lederskemaer efter (år), Slet aftaler efter "
            "(år), Slet oversigter efter (år)) to its Indstillinger sheet.")
    seasons = {h.season for h in inventory.holdings if h.season}
    seasons |= {o.season for o in inventory.overviews if o.season}
    found, undated = due(retention, season_starts(inventory.manifests.values()), seasons, today)
    return (Selection("retention", due=frozenset((d.season, d.kind) for d in found)), found,
            undated)


def plan_erase(ws: Workspace, selection: Selection, inventory: Inventory) -> Plan:
    plan = Plan(ws, selection, inventory)
    steps = plan.steps
    done_paths: set[Path] = set()
    for path, parts in inventory.mails.items():
        chosen = [h is not None and selection.of(h) for h in parts]
        if not any(chosen):
            continue
        done_paths.add(path)
        first = next(h for h, c in zip(parts, chosen, strict=True) if c and h is not None)
        what = "mail" if first.what == RETURNED else first.what
        mail = read_mail(path)
        whole = all(h is None or c for h, c in zip(parts, chosen, strict=True)) and all(
            h is not None for h in parts)
        if whole or mail is None or mail.skipped or len(mail.attachments) != len(parts):
            steps.append(Step(DELETE, path, what, first.season, first.form, first.employee,
                              sum(chosen)))
        else:
            steps.append(Step(MAIL, path, what, first.season, first.form, first.employee,
                              sum(chosen), tuple(not c for c in chosen)))
    for h in inventory.holdings:
        if h.is_form and not h.part and h.path not in done_paths and selection.of(h):
            done_paths.add(h.path)
            steps.append(Step(DELETE, h.path, h.what, h.season, h.form, h.employee))
    for h in inventory.holdings:
        if h.what in (SEND, COLLECTED) and selection.of(h):
            steps.append(Step(LINES, h.path, h.what, h.season, h.form, h.employee, h.count))
        elif h.what == MANIFESTS and (selection.of(h) or (
                not h.form and h.employee in selection.employees)):
            whole = h.season in selection.seasons
            if not (whole and any(s.path == h.path for s in steps)):
                steps.append(Step(DELETE if whole else MANIFEST, h.path, h.what, h.season,
                                  h.form, h.employee, h.count))
    for path, (season, _) in inventory.manifests.items():
        if season in selection.seasons and not any(s.path == path for s in steps):
            steps.append(Step(DELETE, path, MANIFESTS, season, count=0))
    for overview in inventory.overviews:
        if selection.whole_overview(overview.season):
            steps.append(Step(DELETE, overview.path, "workbook", overview.season, "overview"))
        else:
            for number in sorted(set(overview.rows) & selection.employees):
                steps.append(Step(WORKBOOK, overview.path, "workbook", overview.season,
                                  "overview", number, overview.rows[number]))
    plan.warnings += _warnings(plan)
    return plan


def _warnings(plan: Plan) -> list[str]:
    ws, inventory = plan.ws, plan.inventory
    out = []
    unread = [u for u in inventory.unreadable if u.code not in ("mail-own", "mail-report")]
    if unread:
        shown = ", ".join(_shown(ws, u.path) + (f" ({u.part.split(ARROW, 1)[-1]})" if u.part
                                                else "") for u in unread[:8])
        more = f" and {len(unread) - 8} more" if len(unread) > 8 else ""
        out.append(f"{len(unread)} file(s) could hold a form, but mus cannot read them, so it "
                   f"cannot tell whose they are: {shown}{more}. Look at them yourself and "
                   "delete any that belong to what you are erasing.")
    outside = sorted({o.about["folder"] for o in inventory.overviews if "folder" in o.about
                      and _outside(ws, o.about["folder"])})
    for folder in outside:
        out.append(f"An overview workbook was made from forms in {folder}, outside the working "
                   "folder: mus did not look there. Give that folder with --returned FOLDER, "
                   "or delete what you are erasing there yourself.")
    out.append("mus cannot reach copies outside the working folder: the e-mails in the HR "
               "mailbox (sent and received, forms attached), backups of this folder and of the "
               "mailbox, and any copy someone saved or printed. Delete those by hand "
               "(a backup: when it is restored, run the same `mus erase` again).")
    return out


def _outside(ws: Workspace, folder: str) -> bool:
    candidate = found_path(ws, folder) or Path(folder)
    try:
        candidate.resolve().relative_to(ws.root.resolve())
    except ValueError:
        return True
    return False


def _shown(ws: Workspace, path: Path) -> str:
    try:
        return path.relative_to(ws.root).as_posix()
    except ValueError:
        return str(path)


def plan_lines(plan: Plan, names: dict[str, str] | None = None) -> list[str]:
    """The plan as HR reads it: what goes, by file (or by kind and folder, for many)."""
    ws = plan.ws
    names = names or {}
    lines: list[str] = []
    for item in plan.due:
        lines.append(f"Due: {describe(item)}")
    files = [s for s in plan.steps if s.action == DELETE]
    if len(files) > 30:
        counts = Counter((s.what, _folder(ws, s.path)) for s in files)
        lines += [f"Delete {n} file(s) in {folder} ({WHAT[what]})" for (what, folder), n in
                  sorted(counts.items())]
    else:
        lines += [f"Delete {_shown(ws, s.path)} ({_about(s, names)})" for s in files]
    for s in plan.steps:
        if s.action == MAIL:
            lines.append(f"Write {_shown(ws, s.path)} again without {s.count} of its forms "
                         f"({_about(s, names)}); the other forms in it stay")
    sums: Counter[tuple[str, Path]] = Counter()
    for s in plan.steps:
        if s.action in (LINES, MANIFEST):
            sums[s.action, s.path] += s.count
    for (action, path), count in sums.items():
        what = "line(s)" if action == LINES else "entries or mentions"
        lines.append(f"Take {count} {what} out of {_shown(ws, path)}")
    rows: Counter[Path] = Counter()
    for s in plan.steps:
        if s.action == WORKBOOK:
            rows[s.path] += s.count
    for path, count in rows.items():
        lines.append(f"Make {_shown(ws, path)} again without {count} row(s)")
    return lines


def _folder(ws: Workspace, path: Path) -> str:
    return _shown(ws, path.parent) or "."


def _about(step: Step, names: dict[str, str]) -> str:
    who = f"employee {step.employee}" + (f", {names[step.employee]}" if step.employee in names
                                         else "")
    form = FORM_WORDS.get(step.form, "")
    return ", ".join(p for p in (WHAT[step.what], form, f"season {step.season}"
                                 if step.season else "", who if step.employee else "") if p)
