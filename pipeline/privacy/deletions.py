"""The deletion log: what `mus erase` deleted, when and why, and never what it said.

``mus-deletion-log.jsonl`` in the working folder, a line for each thing deleted or written
again without someone, appended (and flushed to disk) as soon as it is done, so the log is true
even of a run that was stopped. A line says when, why (``request``: the person's own or HR's
decision for one person; ``left-before``; ``season``; ``retention``), what kind of thing
(a returned form, a form mus made, a draft, lines of a log, entries of a manifest, a workbook's
rows), which season and kind of form, how many, and whose: the employee number.

Why the number, not a salted hash: the log is the record that answers "was this person's data
erased, and when?" (the controller's accountability, and a backup restored later must be erased
again). That needs the number HR knows them by. A hash would not hide it: there are only so many
employee numbers, and the salt would lie beside it, so anyone who can read the log could find
the number again. No name, address, file name (it holds the name) or answer is ever written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.atomic import explain
from pipeline.errors import OutputError
from pipeline.places import LinkRefused, open_own
from pipeline.privacy.holdings import json_lines

LOG = "mus-deletion-log.jsonl"


@dataclass(frozen=True)
class Deletion:
    why: str  # request, left-before, season, retention
    action: str  # deleted, rewritten
    what: str  # what kind of thing (erase.WHAT)
    season: str = ""
    form: str = ""  # the kind of form (employee, leader, agreement, followup)
    kind: str = ""  # the kind of data the settings keep for a time (employee, leader,
    #                 agreement, overview)
    employee: str = ""  # the employee number; "" for a whole season or all whose time is up
    count: int = 1


def record(root: Path, deletion: Deletion, when: dt.datetime | None = None) -> None:
    """One line appended to the working folder's deletion log, on disk before this returns."""
    path = root / LOG
    moment = (when or dt.datetime.now().astimezone()).replace(microsecond=0)
    line = json.dumps({"time": moment.isoformat(), **asdict(deletion)}, ensure_ascii=False)
    try:
        fd, _ = open_own(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "ab") as f:
            f.write((line + "\n").encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
    except LinkRefused as err:
        raise OutputError(f"{path} is a link to another file; mus writes its deletion log only "
                          "into a file of its own. Remove the link and run again.") from err
    except OSError as err:
        raise OutputError(f"The deletion log cannot be written, so mus stops. "
                          f"{explain(err, path)}") from err


def retention_done(root: Path) -> set[tuple[str, str]]:
    """(season, kind) already erased because their time was up."""
    return {(str(line.get("season", "")), str(line.get("kind", "")))
            for line in json_lines(root / LOG) if line.get("why") == "retention"}


def lines(root: Path) -> Iterable[dict[str, object]]:
    return json_lines(root / LOG)
