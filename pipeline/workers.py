"""Work spread over processes, the one way mus does it (``generate`` and ``ingest``).

Spawn-safe (workers get plain data), results in the order given, and no orphans: a worker ignores
Ctrl-C and instead ends the moment its parent says stop (Ctrl-C, an error) or is gone (even after
a ``kill -9`` of the parent), so nothing goes on writing after the command has stopped.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_chunks(func: Callable[[T], R], chunks: Sequence[T], jobs: int,
               initializer: Callable[..., None] | None = None,
               initargs: tuple[Any, ...] = ()) -> Iterator[R]:
    """``func`` over ``chunks`` on ``jobs`` processes, results in order. ``func`` and
    ``initializer`` must be module-level functions (spawn pickles them by name)."""
    context = multiprocessing.get_context("spawn")
    stop_read, stop_write = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                               initargs=(stop_read, initializer, initargs))
    try:
        yield from pool.map(func, chunks)
        pool.shutdown(wait=True)
    except BaseException:
        # Ctrl-C, an error, or the caller stopped early: every worker ends now, mid-chunk.
        stop_write.send_bytes(b"stop")
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        stop_write.close()
        stop_read.close()


def _start_worker(stop: Connection, initializer: Callable[..., None] | None,
                  initargs: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watched: list[Any] = [stop]
    parent = multiprocessing.parent_process()
    if parent is not None:
        watched.append(parent.sentinel)
    threading.Thread(target=_exit_on, args=(watched,), daemon=True,
                     name="mus-stop-watch").start()
    if initializer is not None:
        initializer(*initargs)


def _exit_on(watched: list[Any]) -> None:
    wait(watched)
    os._exit(1)  # told to stop, or the parent is gone: stop at once, whatever this was doing
