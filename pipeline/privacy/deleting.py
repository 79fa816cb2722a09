"""Carrying out an erase plan (erase.py): files deleted, e-mail files, logs and manifests
written again without what is erased (rewrite.py), the overview workbooks made again
(rebuild.py), and every step written to the deletion log as soon as it is done (deletions.py),
so the log is true even of a run that was stopped part-way. Returned forms are otherwise only
ever read; here, and only here, mus deletes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.collect.scan import COLLECT_LOG
from pipeline.errors import MusError
from pipeline.privacy.deletions import Deletion, record
from pipeline.privacy.erase import DELETE, LINES, MAIL, MANIFEST, WORKBOOK, Plan, Selection, Step
from pipeline.privacy.holdings import DATA_KIND, RETURNED
from pipeline.privacy.rebuild import FROM_CELLS, Rebuilt, found_path, rebuild
from pipeline.privacy.rewrite import lines_without, mail_without, manifest_without, read_mail
from pipeline.workspace import Workspace


@dataclass
class Erased:
    plan: Plan
    done: list[Step] = field(default_factory=list)
    rebuilt: list[Rebuilt] = field(default_factory=list)


def carry_out(plan: Plan, today: dt.date | None = None) -> Erased:
    """Every step of the plan, each logged as soon as it is done."""
    ws, selection = plan.ws, plan.selection
    result = Erased(plan)
    why = selection.why

    def log(step: Step, action: str, count: int | None = None) -> None:
        # (whose it was only where one person's data was asked for: a season, or what has
        # passed its time, is everyone's)
        record(ws.root, Deletion(why, action, step.what, season=step.season, form=step.form,
                                 kind=DATA_KIND.get(step.form, step.form),
                                 employee=step.employee if selection.employees else "",
                                 count=step.count if count is None else count))
        result.done.append(step)

    emptied: set[Path] = set()
    for step in plan.steps:
        if step.action == DELETE and step.what != "workbook":
            _delete(step.path)
            emptied.add(step.path.parent)
            log(step, "deleted")
        elif step.action == MAIL:
            mail = read_mail(step.path)
            if mail is None:
                raise MusError(f"{step.path} could not be read again to take the forms out; "
                               "nothing more was changed. Run the same command again.")
            written = mail_without(step.path, mail, step.keep)
            if written != step.path:
                _delete(step.path)
            log(step, "rewritten")
    for path in dict.fromkeys(s.path for s in plan.steps if s.action == LINES):
        steps = [s for s in plan.steps if s.action == LINES and s.path == path]
        _rewrite_log(plan, path)
        for step in steps:
            log(step, "rewritten")
    for path in dict.fromkeys(s.path for s in plan.steps if s.action == MANIFEST):
        steps = [s for s in plan.steps if s.action == MANIFEST and s.path == path]
        manifest_without(path, _entry_chooser(selection, steps[0].season),
                         selection.employees, plan.inventory.people)
        for step in steps:
            log(step, "rewritten")
    for step in plan.steps:
        if step.action == DELETE and step.what == "workbook":
            _delete(step.path)
            log(step, "deleted")
    workbooks = [s for s in plan.steps if s.action == WORKBOOK]
    if workbooks:
        wanted = {s.path.resolve() for s in workbooks}
        overviews = [o for o in plan.inventory.overviews if o.path.resolve() in wanted]
        result.rebuilt = rebuild(ws, overviews, selection.employees, _erased_files(plan))
        for step in workbooks:
            how = next((r.how for r in result.rebuilt if r.path == step.path), FROM_CELLS)
            log(step, "rewritten" if how != FROM_CELLS else "rewritten-from-cells")
    _tidy(ws, emptied)
    return result


def _entry_chooser(selection: Selection, season: str) -> Callable[[dict[str, Any]], bool]:
    def chosen(entry: dict[str, Any]) -> bool:
        return selection.chosen(str(entry.get("employee_id", "")), season,
                                DATA_KIND.get(str(entry.get("kind", "")), ""))
    return chosen


def _rewrite_log(plan: Plan, path: Path) -> None:
    selection = plan.selection
    if path.name == COLLECT_LOG:
        from pipeline.mail.collecting import CollectLog

        owners = {h.path.resolve(): h for h in plan.inventory.holdings
                  if h.is_form and not h.part}
        addresses = [address for number, (_, address) in plan.inventory.people.items()
                     if number in selection.employees and address]

        def drop(line: dict[str, Any]) -> bool:
            saved = line.get("file")
            owner = owners.get((path.parent / str(saved)).resolve()) if saved else None
            if owner is not None:
                return selection.of(owner)
            reason = str(line.get("reason", "")).casefold()
            return line.get("event") == "refused" and any(a.casefold() in reason
                                                           for a in addresses)
        with CollectLog(path.parent):
            lines_without(path, drop)
        return
    from pipeline.mail.sendlog import SendLog

    def drop_sent(line: dict[str, Any]) -> bool:
        season = str(line.get("key", "")).split(":", 1)[0]
        return selection.chosen(str(line.get("employee_id", "")), season,
                                DATA_KIND.get(str(line.get("kind", "")), ""))
    with SendLog.open(path):
        lines_without(path, drop_sent)


def _erased_files(plan: Plan) -> set[str]:
    """The erased forms as a workbook's Fil column shows them: relative to the returned folder
    they were read from."""
    folders = {o.about.get("folder", "") for o in plan.inventory.overviews}
    roots = [plan.ws.returned_dir] + [p for f in folders
                                      if (p := found_path(plan.ws, f)) is not None]
    out = set()
    for step in plan.steps:
        if step.action in (DELETE, MAIL) and step.what in (RETURNED, "mail"):
            for root in roots:
                try:
                    out.add(step.path.resolve().relative_to(root.resolve()).as_posix())
                except ValueError:
                    continue
    return out


def _delete(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as err:
        from pipeline.atomic import explain

        raise MusError(f"{explain(err, path, writing=False)} Nothing after it was deleted; run "
                       "the same command again.") from err


def _tidy(ws: Workspace, folders: Collection[Path]) -> None:
    """Folders in output/ that the deletions left empty go too (a season's forms folder)."""
    output = ws.output_dir.resolve()
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        current = folder
        while current.resolve() != output and output in current.resolve().parents:
            try:
                current.rmdir()  # only an empty folder
            except OSError:
                break
            current = current.parent
