"""Work for tests/test_workers.py: module-level, so spawned workers can import it."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from pipeline.workers import map_chunks


def touch_slowly(work: tuple[Path, int]) -> int:
    """Write a file a tenth of a second, for ever (until the worker is stopped)."""
    folder, worker = work
    for n in range(10_000):
        (folder / f"{worker}-{n}.txt").write_text("x", encoding="utf-8")
        time.sleep(0.1)
    return worker


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":  # the parent process the test kills: two workers, writing
    # (as a terminal starts it: Ctrl-C raises KeyboardInterrupt even where the test run itself
    # was started with SIGINT ignored, which its children would otherwise inherit)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    out = Path(sys.argv[1])
    for _ in map_chunks(touch_slowly, [(out, 1), (out, 2)], jobs=2):
        pass
