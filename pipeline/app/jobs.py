"""Long work off the request thread: one job per stage at a time, followed by any number of tabs.

A page asks for a stage to run; the job runs in a thread of its own, so closing the tab stops
nothing. A second tab (or a second click) that asks for a stage already running gets the running
job, and sees its progress: a stage never runs twice at once. The job is the web app's Reporter
(``stages/reporter.py``): the stage calls ``progress`` and ``notify`` as the terminal's would,
and the page reads them by server-sent events. A stage's error becomes the same plain message
the command prints; never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.atomic import explain
from pipeline.errors import MusError

UNEXPECTED = ("mus stopped on an unexpected problem ({kind}). Nothing was lost: returned forms "
              "are only ever read. Run the same step again; if it stops again, start mus with "
              "`mus --debug app` and send what the window shows to the people who support mus.")


@dataclass
class Job:
    """One run of one stage. Read by the pages while it runs; changed only by its thread."""

    stage: str
    number: int
    state: str = "running"  # running, done, failed
    done: int = 0
    total: int = 0
    notices: list[str] = field(default_factory=list)
    error: str = ""
    result: Any = None
    started: dt.datetime = field(default_factory=dt.datetime.now)
    finished: dt.datetime | None = None
    changed: threading.Event = field(default_factory=threading.Event, repr=False)
    version: int = 0  # goes up at every change, for the pages that follow it

    # The Reporter a stage is given.
    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self._touch()

    def notify(self, text: str) -> None:
        self.notices.append(text)
        self._touch()

    @property
    def running(self) -> bool:
        return self.state == "running"

    def snapshot(self) -> dict[str, Any]:
        """What a page shows of it (no result: pages read that themselves)."""
        return {"stage": self.stage, "number": self.number, "state": self.state,
                "done": self.done, "total": self.total, "notices": list(self.notices),
                "error": self.error, "version": self.version}

    def _touch(self) -> None:
        self.version += 1
        self.changed.set()


class Jobs:
    """The jobs of one app: the running or last one of each stage."""

    def __init__(self, debug: bool = False) -> None:
        self._lock = threading.Lock()
        self._latest: dict[str, Job] = {}
        self._count = 0
        self.debug = debug

    def start(self, stage: str, work: Callable[[Job], Any]) -> tuple[Job, bool]:
        """Run ``work(job)`` for ``stage`` in a thread; (the job, whether it was started now).
        Where the stage is running already, that job is given instead and nothing starts."""
        with self._lock:
            running = self._latest.get(stage)
            if running is not None and running.running:
                return running, False
            self._count += 1
            job = Job(stage, self._count)
            self._latest[stage] = job
        threading.Thread(target=self._run, args=(job, work), name=f"mus-{stage}",
                         daemon=True).start()
        return job, True

    def latest(self, stage: str) -> Job | None:
        return self._latest.get(stage)

    def busy(self) -> list[Job]:
        return [job for job in list(self._latest.values()) if job.running]

    def _run(self, job: Job, work: Callable[[Job], Any]) -> None:
        try:
            job.result = work(job)
            job.state = "done"
        except MusError as err:
            job.error, job.state = str(err), "failed"
        except OSError as err:  # the machine, not mus: a full disk, a file open in Excel …
            where = Path(os.fsdecode(err.filename)) if err.filename else None
            job.error, job.state = explain(err, where, writing=False), "failed"
        except Exception as err:  # a mistake of ours: said plainly, shown in full with --debug
            if self.debug:
                traceback.print_exc()
            job.error, job.state = UNEXPECTED.format(kind=type(err).__name__), "failed"
        finally:
            job.finished = dt.datetime.now()
            job._touch()
