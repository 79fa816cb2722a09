"""Drafts (.eml) or SMTP, and the send log that makes a re-run send only what is left."""

from __future__ import annotations

import contextlib
import json
import os
import smtplib
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from pipeline.atomic import write_atomic
from pipeline.errors import MailError
from pipeline.forms.names import safe_part
from pipeline.mail.compose import Planned

LOG = "mail-log.jsonl"


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    security: str = "starttls"  # starttls | ssl | none
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0

    @classmethod
    def parse(cls, target: str, security: str, user: str | None,
              password_env: str = "MUS_SMTP_PASSWORD") -> Smtp:
        host, _, port = target.rpartition(":")
        if not host or not port.isdigit():
            raise MailError(f'"{target}" is not a mail server address: write it as HOST:PORT, '
                            "for example smtp.office365.com:587.")
        password = os.environ.get(password_env) if user else None
        if user and not password:
            raise MailError(f"--user was given but the environment variable {password_env} is "
                            "empty. Set it to the password (it is never read from the command "
                            "line) and run again.")
        return cls(host, int(port), security, user, password)


@dataclass
class SendLog:
    """A line per message delivered, written and flushed right after the server took it."""

    path: Path
    sent: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, path: Path) -> SendLog:
        log = cls(path)
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    log.sent.add(json.loads(line)["key"])
                except (ValueError, KeyError, TypeError):
                    continue  # a torn last line after a crash: that message was not confirmed
        return log

    def record(self, item: Planned, message_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"key": item.key, "employee_id": item.employee.number, "kind": item.entry.kind,
                 "to": item.to_address, "file": item.entry.file, "message_id": message_id,
                 "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        self.sent.add(item.key)


def draft_name(item: Planned) -> str:
    prefix = "paamindelse_" if item.reminder else ""
    return prefix + Path(item.entry.file).stem + ".eml"


def write_drafts(messages: Iterable[tuple[Planned, EmailMessage]], folder: Path) -> list[Path]:
    written = []
    for item, message in messages:
        path = folder / safe_part(draft_name(item))
        write_atomic(path, bytes(message))
        written.append(path)
    return written


def send(messages: Iterable[tuple[Planned, EmailMessage]], server: Smtp, log: SendLog,
         pause: float = 1.0, progress: Callable[[int], None] | None = None) -> int:
    """Send each message not yet in the log; stop at the first failure (the log says what went).
    Returns the number sent."""
    count = 0
    try:
        connection = _connect(server)
    except (OSError, smtplib.SMTPException) as err:
        raise MailError(f"Could not connect to the mail server {server.host}:{server.port} "
                        f"({_reason(err)}). Check the address, port and --security, and "
                        "run again.") from err
    try:
        for item, message in messages:
            if item.key in log.sent:
                continue
            if count and pause:
                time.sleep(pause)
            try:
                connection.send_message(message)
            except (OSError, smtplib.SMTPException) as err:
                raise MailError(
                    f"The mail server refused the message to {item.to_address} (employee "
                    f"{item.employee.number}): {_reason(err)}. {count} message(s) were sent "
                    f"before it and are in the send log {log.path}; run the same command again "
                    "to send the rest."
                ) from err
            log.record(item, str(message["Message-ID"]))
            count += 1
            if progress:
                progress(count)
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            connection.quit()
    return count


def _connect(server: Smtp) -> smtplib.SMTP:
    if server.security == "ssl":
        connection: smtplib.SMTP = smtplib.SMTP_SSL(
            server.host, server.port, timeout=server.timeout,
            context=ssl.create_default_context())
    else:
        connection = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        if server.security == "starttls":
            connection.starttls(context=ssl.create_default_context())
    if server.user:
        connection.login(server.user, server.password or "")
    return connection


def _reason(err: BaseException) -> str:
    if isinstance(err, smtplib.SMTPResponseException):
        text = err.smtp_error
        shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        return f"{err.smtp_code} {shown}"
    return str(err) or type(err).__name__
