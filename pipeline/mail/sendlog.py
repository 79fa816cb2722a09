"""The send log: each e-mail at most once, as far as mail allows.

A line is written (and flushed to disk) *before* a message is handed over and another once the
server has taken it. A message with the first line and not the second was handed over and never
confirmed: the connection dropped, or mus was stopped. Nobody can tell whether it arrived, so it is
*uncertain*: not sent again unless HR says so (``--resend-uncertain``).

The same log serves SMTP, Microsoft Graph sendMail and Graph drafts: a form that went out one way
is not sent again another way. Only one ``mus mail`` may use a log at a time (an OS file lock,
released by the OS even when the process is killed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pipeline.atomic import explain
from pipeline.errors import MailError, MusError, OutputError, os_detail
from pipeline.jsonlines import objects
from pipeline.mail.compose import Planned
from pipeline.places import LinkRefused, open_own, read_own

LOG = "mail-log.jsonl"
LOCK = "mail-log.lock"

ATTEMPT, ACCEPTED, REFUSED, UNCERTAIN = "attempt", "accepted", "refused", "uncertain"
BOUNCED = "bounced"  # taken, and later reported undeliverable (see bounces.py)
_TIME = "%Y-%m-%dT%H:%M:%S%z"


@dataclass(frozen=True)
class LogEntry:
    """The last line about one e-mail."""

    key: str
    event: str
    employee_id: str = ""
    kind: str = ""
    to: str = ""
    file: str = ""
    message_id: str = ""
    route: str = ""
    time: str = ""
    reason: str = ""
    sender: str = ""
    recipients: str = ""  # how many (the copy to the leader counts)
    problem: str = ""  # for a refusal or a bounce: what it was about (codes.py)

    @property
    def state(self) -> str:
        """sent, uncertain, bounced or open (never tried, or refused: safe to try again)."""
        if self.event == ACCEPTED:
            return "sent"
        if self.event in (ATTEMPT, UNCERTAIN):
            return "uncertain"
        if self.event == BOUNCED:
            return "bounced"
        return "open"

    @property
    def moment(self) -> dt.datetime | None:
        return parse_time(self.time)


def parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, _TIME)
    except ValueError:
        return None


def read_entries(path: Path) -> dict[str, LogEntry]:
    """The last line per e-mail. A torn last line (the process died while writing it) is not
    evidence of anything and is skipped; lines from before events existed mean "accepted"."""
    entries: dict[str, LogEntry] = {}
    try:
        text = read_own(path).decode("utf-8", errors="replace")
    except FileNotFoundError:
        return entries
    except LinkRefused as err:
        raise _link(path) from err
    except OSError as err:
        raise MailError(f"The send log {path} cannot be read ({os_detail(err)}). Without it mus "
                        "cannot know what was sent, so it sends nothing. Check the file and run "
                        "again.") from err
    for entry in _lines(text):
        entries[entry.key] = entry
    return entries


def _lines(text: str) -> list[LogEntry]:
    fields = set(LogEntry.__dataclass_fields__)
    lines = []
    for data in objects(text):
        if not isinstance(data.get("key"), str):
            continue
        data.setdefault("event", ACCEPTED)
        lines.append(LogEntry(**{k: str(v) for k, v in data.items() if k in fields}))
    return lines


def read_sends(path: Path, sender: str, since: dt.datetime) -> list[tuple[dt.datetime, int]]:
    """(time, recipients) of every message ``sender`` handed over since ``since`` and that may
    have gone: taken, uncertain, or cut off before an answer; not those refused there and then.
    Lines from before senders were logged count for every sender."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    except OSError as err:
        raise MailError(f"The send log {path} cannot be read ({os_detail(err)}). Run again when "
                        "it can.") from err
    sends: list[tuple[dt.datetime, int]] = []
    handed: dict[str, tuple[dt.datetime, int]] = {}
    for entry in _lines(text):
        if entry.sender and entry.sender.lower() != sender.lower():
            continue
        moment = entry.moment
        if entry.event == ATTEMPT and moment is not None:
            if entry.key in handed:
                sends.append(handed[entry.key])
            handed[entry.key] = (moment, int(entry.recipients or 1))
        elif entry.event == REFUSED:
            handed.pop(entry.key, None)
        elif entry.event in (ACCEPTED, UNCERTAIN) and entry.key in handed:
            sends.append(handed.pop(entry.key))
    sends.extend(handed.values())
    return sorted(s for s in sends if s[0] >= since)


@dataclass
class SendLog:
    """The open log of one sending run; use as a context manager (it holds the lock)."""

    path: Path
    entries: dict[str, LogEntry] = field(default_factory=dict)
    sender: str = ""  # the address sending in this run, on each line
    _lock: IO[bytes] | None = None
    _needs_newline: bool = False

    @classmethod
    def open(cls, path: Path) -> SendLog:
        log = cls(path)
        lock = path.parent / LOCK
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            log._lock = _own_file(lock, os.O_RDWR | os.O_CREAT, "r+b")
        except LinkRefused as err:
            raise _link(lock) from err
        except OSError as err:
            raise OutputError(f"The send log cannot be kept, so nothing was sent. "
                              f"{explain(err, lock)}") from err
        if not _try_lock(log._lock):
            log._lock.close()
            log._lock = None
            raise MailError(f"Another `mus mail` is sending with the send log {path} right now. "
                            "Wait until it has finished (two at once could send a form twice), "
                            "then run again.")
        try:
            log.entries = read_entries(path)
        except MusError:
            log.close()
            raise
        with contextlib.suppress(OSError), _own_file(path, os.O_RDONLY, "rb") as f:
            f.seek(0, os.SEEK_END)
            if f.tell():
                f.seek(-1, os.SEEK_END)
                log._needs_newline = f.read(1) != b"\n"
        return log

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the handle releases the lock
            self._lock = None

    def __enter__(self) -> SendLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def state(self, key: str) -> str:
        entry = self.entries.get(key)
        return entry.state if entry else "open"

    def attempt(self, item: Planned, message_id: str, route: str) -> None:
        """Written before the point of no return; if this cannot be written, nothing is sent."""
        self._write(item, ATTEMPT, message_id=message_id, route=route)

    def accepted(self, item: Planned, message_id: str, route: str, reply: str) -> None:
        self._write(item, ACCEPTED, message_id=message_id, route=route, reason=reply)

    def refused(self, item: Planned, route: str, reason: str, problem: str = "") -> None:
        self._write(item, REFUSED, route=route, reason=reason, problem=problem)

    def bounced(self, entry: LogEntry, reason: str, problem: str, reported: str) -> None:
        """``entry`` (sent) was reported undeliverable at ``reported`` (the report's time)."""
        data = {**{k: getattr(entry, k) for k in LogEntry.__dataclass_fields__},
                "event": BOUNCED, "reason": reason, "problem": problem,
                "time": time.strftime(_TIME), "reported": reported}
        self._append(data)

    def uncertain(self, item: Planned, route: str, reason: str) -> None:
        self._write(item, UNCERTAIN, route=route, reason=reason)

    def _write(self, item: Planned, event: str, **extra: str) -> None:
        previous = self.entries.get(item.key)
        data: dict[str, Any] = {
            "key": item.key, "event": event, "employee_id": item.employee.number,
            "kind": item.entry.kind, "to": item.to_address, "file": item.entry.file,
            "message_id": extra.pop("message_id", previous.message_id if previous else ""),
            "time": time.strftime(_TIME), "sender": self.sender,
            "recipients": str(1 + len(item.cc)),
            **{k: v for k, v in extra.items() if v}}
        self._append(data)

    def _append(self, data: dict[str, Any]) -> None:
        line = ("\n" if self._needs_newline else "") + json.dumps(data, ensure_ascii=False)
        try:
            with _own_file(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, "ab") as f:
                f.write((line + "\n").encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
        except LinkRefused as err:
            raise _link(self.path) from err
        except OSError as err:
            raise MailError(f"The send log cannot be written, so mus stops before sending "
                            f"anything it could not record. {explain(err, self.path)}") from err
        self._needs_newline = False
        fields = LogEntry.__dataclass_fields__
        self.entries[data["key"]] = LogEntry(**{k: str(v) for k, v in data.items() if k in fields})


def _own_file(path: Path, flags: int, mode: str) -> IO[bytes]:
    """The ordinary file at ``path``, opened never through a link (LinkRefused)."""
    fd, info = open_own(path, flags | getattr(os, "O_BINARY", 0))
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise IsADirectoryError(errno.EISDIR, "not an ordinary file", str(path))
    return os.fdopen(fd, mode)


def _link(path: Path) -> MailError:
    return MailError(f"{path} is a link to another file. mus keeps its send log (and the lock "
                     "beside it) only in files of its own, never writing through a link, so "
                     "nothing was sent. Remove the link (if it leads to the log of an earlier "
                     "run, move that file here in its place) and run the same command again.")


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
