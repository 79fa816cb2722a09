"""Non-delivery reports matched to the send log.

Microsoft 365 answers ``202 Accepted`` before Exchange has looked at a message; past the daily
limit (or for an address that does not exist) the message comes back later as a report in the
sending mailbox. ``mus mail --bounces`` reads those reports (RFC 3464: a ``multipart/report``
with a ``message/delivery-status`` part), finds the Message-ID of an e-mail mus sent in them,
and marks that e-mail *bounced* in the send log, with the reason. Only evidence counts: a report
about a recipient other than the e-mail's own (a copy to the leader), or one older than the
e-mail's last sending, does not mark it.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message

from pipeline.mail import codes
from pipeline.mail.sendlog import LogEntry, SendLog

_ID = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")
_ORIGINAL = ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers",
             "message/global", "message/global-headers")
_STATUS = ("message/delivery-status", "message/global-delivery-status")
SLACK = dt.timedelta(minutes=10)  # clocks differ: a report this much "before" still counts


@dataclass(frozen=True)
class Bounce:
    """One recipient a report says could not be reached."""

    message_ids: frozenset[str]
    recipient: str
    status: str
    diagnostic: str
    received: dt.datetime | None = None

    @property
    def reason(self) -> str:
        return self.diagnostic or self.status or "no reason given"


def read_report(data: bytes, received: dt.datetime | None = None) -> list[Bounce]:
    """The failed recipients of one report; [] for anything that is not a delivery report."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    ids = set(_ID.findall(" ".join(str(message.get(h, "")) for h in ("In-Reply-To",
                                                                    "References"))))
    failed: list[tuple[str, str, str]] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind in _ORIGINAL:
            ids.update(_original_ids(part))
        elif kind in _STATUS:
            failed.extend(_failures(part))
    if not failed or not ids:
        return []
    return [Bounce(frozenset(ids), to, status, diagnostic, received)
            for to, status, diagnostic in failed]


def _original_ids(part: Message) -> list[str]:
    payload = part.get_payload()
    if isinstance(payload, list):  # message/rfc822: the original message itself
        return [i for m in payload if isinstance(m, Message)
                for i in _ID.findall(str(m.get("Message-ID", "")))]
    text = part.get_payload(decode=True)
    if isinstance(text, bytes):
        headers = email.message_from_bytes(text, policy=email.policy.default)
        return _ID.findall(str(headers.get("Message-ID", "")))
    return []


def _failures(part: Message) -> list[tuple[str, str, str]]:
    """(recipient, status, diagnostic) of every block with Action: failed."""
    blocks = part.get_payload()
    if not isinstance(blocks, list):
        text = part.get_payload(decode=True)
        raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(blocks)
        blocks = [email.message_from_string(b) for b in re.split(r"\r?\n\r?\n", raw) if b]
    failed = []
    for block in blocks[1:] if len(blocks) > 1 else blocks:
        if not isinstance(block, Message):
            continue
        if str(block.get("Action", "")).strip().lower() != "failed":
            continue
        recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
        diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
        failed.append((recipient.rpartition(";")[2].strip().strip("<>").lower(),
                       str(block.get("Status", "")).strip(), diagnostic.partition(";")[2].strip()
                       if ";" in diagnostic else diagnostic))
    return failed


def resend_after(entry: LogEntry) -> bool:
    """A bounced e-mail goes again by itself only when it was not about the recipient: the
    sender's limit, or the sender blocked (5.1.8) and since released."""
    return entry.problem == codes.LIMIT or codes.enhanced(entry.reason).endswith(".1.8")


@dataclass
class Reconciled:
    reports: int = 0  # reports read
    marked: list[LogEntry] = field(default_factory=list)  # newly bounced in the log
    known: int = 0  # about e-mails already marked bounced
    copies: list[tuple[LogEntry, Bounce]] = field(default_factory=list)  # a copy came back


def reconcile(reports: Iterable[tuple[bytes, dt.datetime | None]], log: SendLog) -> Reconciled:
    """Mark in ``log`` every e-mail mus sent that a report says did not arrive."""
    done = Reconciled()
    by_id = {e.message_id: e.key for e in log.entries.values() if e.message_id}
    for data, received in reports:
        done.reports += 1
        for bounce in read_report(data, received):
            for key in (by_id[i] for i in bounce.message_ids if i in by_id):
                _apply(bounce, log, key, done)
    return done


def _apply(bounce: Bounce, log: SendLog, key: str, done: Reconciled) -> None:
    entry = log.entries[key]
    ours = entry.to.lower() == bounce.recipient or (not bounce.recipient
                                                     and entry.recipients in ("", "1"))
    if not ours:
        done.copies.append((entry, bounce))
        return
    if entry.state == "bounced":
        done.known += 1
        return
    sent = entry.moment
    if entry.state != "sent" or (bounce.received is not None and sent is not None
                                 and bounce.received < sent - SLACK):
        return  # about an earlier sending of this e-mail, or not sent at all
    problem = codes.kind_of(f"{bounce.status} {bounce.diagnostic}")
    reported = bounce.received.isoformat(timespec="seconds") if bounce.received else ""
    log.bounced(entry, bounce.reason, problem, reported)
    done.marked.append(log.entries[key])
