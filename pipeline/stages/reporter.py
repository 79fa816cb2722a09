"""How a stage tells a person what is going on while it runs, whatever face shows it.

A stage calls ``progress(done, total)`` as work is done and ``notify(text)`` with what the
person must see at once (the code to sign in with, a wait for a mail server's limit); its
results and problems come back in its result record. The terminal (``cli.py``) draws a progress
bar and prints to stderr; the web app (``app/jobs.py``) keeps both for the page, which follows
them by server-sent events. Texts passed to ``notify`` never hold answer text or secrets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Progress = Callable[[int, int], None]
Notify = Callable[[str], None]


class Reporter(Protocol):
    """What both faces implement."""

    def progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` items (forms, files, e-mails) are finished."""

    def notify(self, text: str) -> None:
        """A message the person must see now, in plain words."""


class Silent:
    """A reporter that shows nothing: for a stage called from Python or a test."""

    def progress(self, done: int, total: int) -> None:
        pass

    def notify(self, text: str) -> None:
        pass
