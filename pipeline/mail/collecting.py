"""``mus collect``: the forms that came back by e-mail, copied from the mailbox into the returned
folder, each once.

Every message of the folder since the day the forms went out is fetched whole and opened like a
mail file in the returned folder (pipeline/collect/mailfile.py): each attachment that could be a
form, also inside forwarded messages, is saved under a name that says when, from whom and what
(``2027-02-03_mni@kommune.dk_1003_Mette_Nielsen.docx``), and a line in the collect log beside it
says who sent it, the mail's date and its subject (never a word of the answers).

Read-only and idempotent: a message already read is not fetched again, an attachment already
saved (by message and attachment, or the very same file from another mail) is not saved again,
and nothing in the mailbox changes unless HR asks (``--mark-read``, ``--move-to``). Each file is
written whole or not at all and the log line follows it, so Ctrl-C at any point loses nothing and
the same command goes on where it stopped.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import IO, Any

from pipeline.atomic import clean_stale, ensure_folder, explain, write_atomic
from pipeline.collect.mailfile import OLE, Attachment, Mail, MailRefused, open_mail
from pipeline.collect.senders import LOCK, LOG, SAVED, log_lines
from pipeline.errors import MailError, OutputError
from pipeline.forms.names import MAX_NAME_BYTES, clipped, not_a_device, safe_part
from pipeline.mail.inbox import Found, Inbox
from pipeline.mail.sendlog import _own_file, _try_lock
from pipeline.places import LinkRefused, inside, read_own

READ, MARKED, MOVED, REFUSED = "read", "marked", "moved", "refused"


@dataclass(frozen=True)
class CollectOptions:
    to: Path  # the returned folder
    since: dt.datetime
    mark_read: bool = False
    move_to: str | None = None


@dataclass
class CollectResult:
    folder: str = ""  # the mailbox folder, as given
    messages: int = 0  # in the folder since the day
    already: int = 0  # read by an earlier run
    read: int = 0  # read now
    saved: list[Path] = field(default_factory=list)
    known: int = 0  # attachments saved before (this mail, or the same file from another)
    no_form: int = 0  # messages read now with no attachment that could be a form
    reports: int = 0  # delivery reports and copies of mus's own e-mails: left alone
    refused: list[str] = field(default_factory=list)  # messages that could not be read, why
    marked: int = 0
    moved: int = 0


class CollectLog:
    """The log beside the collected files; one ``mus collect`` at a time (an OS lock)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOG
        self.lines = log_lines(self.path)
        self.read = {str(x.get("message")): x for x in self.lines if x.get("event") == READ}
        self.keys = {str(x.get("key")) for x in self.lines if x.get("event") == SAVED}
        self.digests = {str(x.get("sha256")) for x in self.lines if x.get("event") == SAVED}
        self.names = {str(x.get("file")).casefold() for x in self.lines if x.get("file")}
        try:  # what the folder already holds (HR's own files too): never written over
            self.present = {p.name.casefold() for p in folder.iterdir()}
        except OSError:
            self.present = set()
        self.done = {(str(x.get("message")), str(x.get("event"))) for x in self.lines}
        self._lock: IO[bytes] | None = None

    def __enter__(self) -> CollectLog:
        lock = self.path.parent / LOCK
        try:
            self._lock = _own_file(lock, os.O_RDWR | os.O_CREAT, "r+b")
        except LinkRefused as err:
            raise _link(lock) from err
        except OSError as err:
            raise OutputError(f"The collect log cannot be kept. {explain(err, lock)}") from err
        if not _try_lock(self._lock):
            self._lock.close()
            raise MailError(f"Another `mus collect` is saving into {self.path.parent} right now. "
                            "Wait until it has finished, then run again.")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.close()

    def append(self, data: dict[str, Any]) -> None:
        data = {**data, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        line = json.dumps(data, ensure_ascii=False) + "\n"
        try:
            with _own_file(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, "ab") as f:
                if f.tell() and not read_own(self.path).endswith(b"\n"):
                    line = "\n" + line  # after a line torn by a run that was stopped
                f.write(line.encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
        except LinkRefused as err:
            raise _link(self.path) from err
        except OSError as err:
            raise OutputError(f"The collect log cannot be written, so mus stops. "
                              f"{explain(err, self.path)}") from err
        self.lines.append(data)
        self.done.add((str(data.get("message")), str(data.get("event"))))


def _link(path: Path) -> MailError:
    return MailError(f"{path} is a link to another file. mus keeps its collect log (and the lock "
                     "beside it) only in files of its own, never writing through a link. Remove "
                     "the link and run the same command again.")


def run_collect(options: CollectOptions, inbox: Inbox,
                progress: Callable[[int, int], None] | None = None) -> CollectResult:
    folder = options.to
    ensure_folder(folder)
    clean_stale(folder)
    result = CollectResult(folder=inbox.folder_name)
    with CollectLog(folder) as log:
        found = list(inbox.messages(options.since))
        result.messages = len(found)
        todo = [f for f in found if f.id not in log.read]
        result.already = len(found) - len(todo)
        if progress:
            progress(0, len(todo))
        for n, message in enumerate(todo, 1):
            _collect_one(message, inbox, log, folder, result)
            if progress:
                progress(n, len(todo))
        for message in found:  # asked to mark or move: those whose forms are saved
            entry = log.read.get(message.id)
            if entry is not None and str(entry.get("forms", "0")) != "0":
                _tidy(message, inbox, log, options, result)
    return result


def _collect_one(message: Found, inbox: Inbox, log: CollectLog, folder: Path,
                 result: CollectResult) -> None:
    data = inbox.fetch(message)
    try:
        mail = open_mail(data)
    except MailRefused as err:
        reason = f"{_headline(data)}: {err.detail or 'damaged'}"
        result.refused.append(reason)
        log.append({"event": REFUSED, "message": message.id, "reason": reason})
        entry: dict[str, Any] = {"event": READ, "message": message.id, "forms": 0}
        log.append(entry)
        log.read[message.id] = entry
        return
    result.read += 1
    if mail.skipped:
        result.reports += 1
    elif not mail.attachments:
        result.no_form += 1
    for attachment in mail.attachments:
        key = f"{message.id}/{attachment.part}"
        digest = hashlib.sha256(attachment.data).hexdigest()
        if key in log.keys or digest in log.digests:
            result.known += 1
            continue
        path = _save(folder, attachment, mail, digest, log)
        sent = mail.sent or message.received
        log.append({"event": SAVED, "file": path.name, "key": key, "sha256": digest,
                    "message": message.id, "sender": mail.sender,
                    "senders": [s for s in attachment.senders if s],
                    "date": sent.isoformat() if sent else "", "subject": mail.subject,
                    "message_id": mail.message_id})
        log.keys.add(key)
        log.digests.add(digest)
        result.saved.append(path)
    entry = {"event": READ, "message": message.id, "forms": len(mail.attachments)}
    log.append(entry)
    log.read[message.id] = entry


def _save(folder: Path, attachment: Attachment, mail: Mail, digest: str,
          log: CollectLog) -> Path:
    """The attachment written whole under a name of its own; a file a run stopped before its
    log line was written is found again by its content and kept."""
    sent = mail.sent.date().isoformat() if mail.sent else "udateret"
    author = next((s for s in reversed(attachment.senders) if s), "ukendt")
    original = Path(attachment.name)
    suffix = original.suffix.lower()
    stem = "_".join(p for p in (sent, safe_part(author), safe_part(original.stem)) if p)
    stem = clipped(stem, MAX_NAME_BYTES - len(suffix.encode()) - 4)
    for n in range(1, 10_000):
        name = not_a_device(f"{stem}{'' if n == 1 else f'-{n}'}{suffix}")
        path = inside(folder / name, folder)
        key = name.casefold()  # Windows and macOS do not tell case apart
        if key in log.names:
            continue
        if key in log.present:
            try:
                if hashlib.sha256(read_own(path)).hexdigest() == digest:
                    break  # saved by a run stopped before it logged it
            except OSError:
                pass
            continue
        write_atomic(path, attachment.data)
        break
    else:  # pragma: no cover - ten thousand files of one name from one sender on one day
        raise OutputError(f"Too many files named {stem}{suffix} in {folder}.")
    if mail.sent is not None:  # the newest mail's form wins when one is sent twice
        stamp = mail.sent.timestamp()
        os.utime(path, (stamp, stamp))
    log.names.add(key)
    log.present.add(key)
    return path


def _tidy(message: Found, inbox: Inbox, log: CollectLog, options: CollectOptions,
          result: CollectResult) -> None:
    if options.mark_read and (message.id, MARKED) not in log.done:
        inbox.mark_read(message)
        log.append({"event": MARKED, "message": message.id})
        result.marked += 1
    if options.move_to and (message.id, MOVED) not in log.done:
        inbox.move(message, options.move_to)
        log.append({"event": MOVED, "message": message.id, "to": options.move_to})
        result.moved += 1


def _headline(data: bytes) -> str:
    """Who a message that cannot be read is from, and when: enough for HR to find it."""
    if data.startswith(OLE):
        return "an Outlook item"
    try:
        head = BytesHeaderParser(policy=email.policy.default).parsebytes(data[:65536])
        sender, date = str(head.get("From", "")), str(head.get("Date", ""))
    except (TypeError, ValueError, IndexError):
        return "an e-mail"
    return " ".join(f"an e-mail from {sender or '(no sender)'} of {date or '(no date)'}"
                    .split())


def collect_summary(result: CollectResult, options: CollectOptions) -> list[str]:
    lines = [f"Read {result.read} new e-mail(s) in {result.folder} received since "
             f"{options.since.date().isoformat()} ({result.messages} there, {result.already} "
             "read by an earlier run)."]
    others = []
    if result.known:
        others.append(f"{result.known} already saved from an earlier e-mail or run")
    if result.no_form:
        others.append(f"{result.no_form} e-mail(s) without a form")
    if result.reports:
        others.append(f"{result.reports} delivery report(s) and copies of e-mails mus sent, "
                      "left alone")
    lines.append(f"Saved {len(result.saved)} file(s) that could be forms into {options.to}"
                 + (f" ({'; '.join(others)})" if others else "") + ".")
    for reason in result.refused:
        lines.append(f"Not read: {reason}. Open it in your mail program and save its form into "
                     f"{options.to} by hand.")
    if result.marked:
        lines.append(f"Marked {result.marked} e-mail(s) with forms as read.")
    if result.moved:
        lines.append(f"Moved {result.moved} e-mail(s) with forms to {options.move_to}.")
    if not (options.mark_read or options.move_to):
        lines.append("Nothing in the mailbox was changed.")
    lines.append(f"Who sent each file, and when: {options.to / LOG}")
    return lines
