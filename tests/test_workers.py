"""Workers never outlive the command: killed parent, Ctrl-C, results in order."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.workers import map_chunks
from tests.conftest import ROOT
from tests.worker_jobs import square

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="reads the process table from /proc")


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_results_come_back_in_order() -> None:
    assert list(map_chunks(square, list(range(20)), jobs=2)) == [n * n for n in range(20)]


def start_parent(out: Path) -> tuple[subprocess.Popen[bytes], set[int]]:
    parent = subprocess.Popen([sys.executable, "-m", "tests.worker_jobs", str(out)], cwd=ROOT)
    assert wait_for(lambda: len(list(out.iterdir())) >= 4, 30), "the workers never started"
    # the spawn machinery adds a resource tracker: the workers are the ones writing files
    workers = {pid for pid in children_of(parent.pid)
               if "tests.worker_jobs" not in Path(f"/proc/{pid}/cmdline").read_text()}
    assert len(workers) >= 2
    return parent, workers


@linux_only
def test_workers_stop_when_the_parent_is_killed(tmp_path: Path) -> None:
    parent, workers = start_parent(tmp_path)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 5), \
        "workers kept running after their parent was killed"
    written = len(list(tmp_path.iterdir()))
    time.sleep(0.5)
    assert len(list(tmp_path.iterdir())) == written  # nobody goes on writing


@linux_only
def test_ctrl_c_stops_parent_and_workers(tmp_path: Path) -> None:
    parent, workers = start_parent(tmp_path)
    for pid in {parent.pid, *workers}:  # a terminal's Ctrl-C reaches the whole process group
        with contextlib.suppress(ProcessLookupError):  # a worker may already have stopped
            os.kill(pid, signal.SIGINT)
    assert parent.wait(timeout=10) != 0
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 5)
