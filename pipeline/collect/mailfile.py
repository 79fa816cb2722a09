"""E-mails as files: an Outlook ``.msg`` (what Outlook saves when HR drags a mail out of it) or an
``.eml`` (other programs; also what a mailbox hands over for ``mus collect``). The attachments
inside, nested messages too (a forward of a forward), are read as if each had been saved on its
own; a problem names the mail file and the attachment ("Re_ MUS 2027.msg → 1003_Mette.docx").

Only evidence decides what a mail is: the OLE signature makes it Outlook's, anything else is read
as MIME. A delivery report (a bounce: it carries the e-mail mus sent, blank form and all) and a
copy of an e-mail mus sent itself (its Message-ID says so) hold no returned form: their
attachments are left alone. Hostile mail is refused like any other file: too large, too many
attachments, nested too deep.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

from pipeline.collect.extract import Extracted, extract_bytes, extract_file, file_mtime
from pipeline.model import Problem, QuestionSet
from pipeline.places import read_own

MAIL_SUFFIXES = frozenset({".msg", ".eml"})
# What a returned form can have been saved as (what mus collect keeps; ingest says what it is).
FORM_SUFFIXES = frozenset({".docx", ".docm", ".doc", ".odt", ".rtf", ".pdf", ".zip"})
MAX_MAIL = 100 * 1024 * 1024  # bytes of one mail file
MAX_ATTACHMENTS = 200  # in one mail, nested ones included
MAX_DEPTH = 8  # messages inside messages
MAX_TOTAL = 256 * 1024 * 1024  # bytes of all attachments of one mail together
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ARROW = " → "
_OWN_ID = re.compile(r"<mus\.[0-9a-f]{32}@")  # pipeline/mail/compose.py's message_id
_TYPES = {  # an attachment without a file name, by what it says it is
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc", "application/pdf": ".pdf", "application/zip": ".zip",
    "application/vnd.oasis.opendocument.text": ".odt", "application/rtf": ".rtf",
    "application/vnd.ms-outlook": ".msg"}  # never text/*: that is the e-mail's own text
_SPACE = re.compile(r"\s+")


class MailRefused(Exception):
    """The mail is not read: hostile or broken (the text says which, for the problem)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Attachment:
    name: str  # its own file name, as the sender's program gave it (one line, no folders)
    data: bytes = field(repr=False)
    part: str  # where in the mail: "2", "3.1" (the same mail always gives the same)
    inside: tuple[str, ...] = ()  # the attached messages it is in, outermost first
    senders: tuple[str, ...] = ()  # the From address of each message on the way, outermost first

    def shown(self, mail: str) -> str:
        return ARROW.join((mail, *self.inside, self.name))


@dataclass(frozen=True)
class Mail:
    """One e-mail's own facts (never its text) and the attachments that could be a form."""

    sender: str = ""
    sent: dt.datetime | None = None
    subject: str = ""
    message_id: str = ""
    attachments: tuple[Attachment, ...] = ()
    skipped: str = ""  # "report" or "own": a bounce, or a copy of what mus sent


@dataclass
class _Budget:
    count: int = 0
    size: int = 0

    def take(self, data: bytes) -> None:
        self.count += 1
        self.size += len(data)
        if self.count > MAX_ATTACHMENTS:
            raise MailRefused("unsafe", f"more than {MAX_ATTACHMENTS} attachments")
        if self.size > MAX_TOTAL:
            raise MailRefused("unsafe", f"attachments larger than {MAX_TOTAL // 2**20} MB")


def could_be_form(name: str) -> bool:
    return Path(name).suffix.lower() in FORM_SUFFIXES


def open_mail(data: bytes) -> Mail:
    """The facts and the attachments (could-be-forms only) of one e-mail, .msg or MIME.
    MailRefused when it cannot or must not be read."""
    if len(data) > MAX_MAIL:
        raise MailRefused("unsafe", f"larger than {MAX_MAIL // 2**20} MB")
    if not data.strip():
        raise MailRefused("empty")
    budget = _Budget()
    if data.startswith(OLE):
        return _read_msg(data, budget, 0, "", (), ())
    return _read_mime(_parse(data), budget, 0, "", (), ())


def _parse(data: bytes) -> Message:
    return email.message_from_bytes(data, policy=email.policy.default)


def _one_line(text: object) -> str:
    return _SPACE.sub(" ", str(text or "")).strip()


def _attachment_name(name: str, fallback: str) -> str:
    """The last part of a name that may carry a sender's folders, on one line."""
    name = _one_line(re.split(r"[/\\]", name)[-1]) if name else ""
    return name or fallback


# --- MIME (.eml, and what a mailbox hands over) ---

def _address(value: object) -> str:
    try:
        found = getaddresses([str(value or "")])
    except (TypeError, ValueError, IndexError):
        return ""
    return next((a.lower() for _, a in found if "@" in a), "")


def _mime_facts(message: Message) -> tuple[str, dt.datetime | None, str, str]:
    try:
        sent: dt.datetime | None = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        sent = None
    return (_address(message.get("From")), sent, _one_line(message.get("Subject", "")),
            _one_line(message.get("Message-ID", "")))


def _read_mime(message: Message, budget: _Budget, depth: int, prefix: str,
               inside: tuple[str, ...], senders: tuple[str, ...]) -> Mail:
    if depth > MAX_DEPTH:
        raise MailRefused("unsafe", f"messages nested more than {MAX_DEPTH} deep")
    sender, sent, subject, message_id = _mime_facts(message)
    facts = Mail(sender, sent, subject, message_id)
    if message.get_content_type() == "multipart/report":
        return replace(facts, skipped="report")
    if _OWN_ID.match(message_id):
        return replace(facts, skipped="own")
    chain = (*senders, sender)
    found: list[Attachment] = []
    for number, part in _parts(message, prefix):
        kind = part.get_content_type()
        if kind in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                title = part.get_filename() or _one_line(inner[0].get("Subject")) or "message"
                name = _attachment_name(title, "message")
                nested = _read_mime(inner[0], budget, depth + 1, number, (*inside, name), chain)
                found.extend(nested.attachments)
            continue
        filename = part.get_filename()
        if not filename and kind not in _TYPES:
            continue  # the text of the mail, a picture in it
        name = _attachment_name(filename or "", f"attachment{_TYPES.get(kind, '')}")
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        found.extend(_attached(name, data, number, budget, depth, inside, chain))
    return replace(facts, attachments=tuple(found))


def _parts(message: Message, prefix: str) -> Iterator[tuple[str, Message]]:
    """Every leaf part and attached message, numbered by its place (as IMAP numbers parts)."""
    if not message.is_multipart():
        yield prefix or "1", message
        return
    payload = message.get_payload()
    for n, sub in enumerate(payload if isinstance(payload, list) else [], 1):
        number = f"{prefix}.{n}" if prefix else str(n)
        if sub.get_content_type() in ("message/rfc822", "message/global") or (
                not sub.is_multipart()):
            yield number, sub
        else:
            yield from _parts(sub, number)


def _attached(name: str, data: bytes, number: str, budget: _Budget, depth: int,
              inside: tuple[str, ...], chain: tuple[str, ...]) -> list[Attachment]:
    """One attachment: a mail file is opened in turn, a could-be-form kept, the rest left."""
    budget.take(data)
    if Path(name).suffix.lower() in MAIL_SUFFIXES:
        try:
            if data.startswith(OLE):
                nested = _read_msg(data, budget, depth + 1, number, (*inside, name), chain)
            else:
                nested = _read_mime(_parse(data), budget, depth + 1, number, (*inside, name),
                                    chain)
        except MailRefused as err:
            if err.code == "unsafe":
                raise
            # kept as it is, so that it is named (and the other forms of this mail still read)
            return [Attachment(name, data, number, inside, chain)]
        return list(nested.attachments)
    if not could_be_form(name):
        return []
    return [Attachment(name, data, number, inside, chain)]


# --- Outlook .msg ---

def _quiet() -> None:
    logger = logging.getLogger("extract_msg")
    if not logger.handlers:  # its notes about odd files are not for HR's terminal
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _read_msg(data: bytes, budget: _Budget, depth: int, prefix: str,
              inside: tuple[str, ...], senders: tuple[str, ...]) -> Mail:
    if len(data) < 1536:  # shorter than any OLE file (olefile would take it for a path)
        raise MailRefused("damaged")
    _quiet()
    import extract_msg

    try:
        with extract_msg.openMsg(data) as msg:
            return _walk_msg(msg, budget, depth, prefix, inside, senders)
    except MailRefused:
        raise
    except (MemoryError, RecursionError) as err:
        raise MailRefused("unsafe", "too large or too deeply nested to read") from err
    except Exception as err:  # extract_msg's own errors, olefile's, a damaged stream
        raise MailRefused("damaged") from err


def _walk_msg(msg: Any, budget: _Budget, depth: int, prefix: str,
              inside: tuple[str, ...], senders: tuple[str, ...]) -> Mail:
    import extract_msg

    if depth > MAX_DEPTH:
        raise MailRefused("unsafe", f"messages nested more than {MAX_DEPTH} deep")
    sent = getattr(msg, "date", None)
    facts = Mail(_msg_sender(msg), sent if isinstance(sent, dt.datetime) else None,
                 _one_line(getattr(msg, "subject", "")),
                 _one_line(getattr(msg, "messageId", "")))
    if str(getattr(msg, "classType", "") or "").upper().startswith("REPORT."):
        return replace(facts, skipped="report")
    if _OWN_ID.match(facts.message_id):
        return replace(facts, skipped="own")
    chain = (*senders, facts.sender)
    found: list[Attachment] = []
    for n, attachment in enumerate(getattr(msg, "attachments", ()) or (), 1):
        number = f"{prefix}.{n}" if prefix else str(n)
        inner = attachment.data
        title = (getattr(attachment, "longFilename", None) or getattr(attachment, "name", None)
                 or getattr(attachment, "shortFilename", None) or "")
        if isinstance(inner, extract_msg.MSGFile):
            name = _attachment_name(str(title), "message.msg")
            budget.take(b"")
            nested = _walk_msg(inner, budget, depth + 1, number, (*inside, name), chain)
            found.extend(nested.attachments)
        elif isinstance(inner, bytes):
            name = _attachment_name(str(title), f"attachment-{n}")
            found.extend(_attached(name, inner, number, budget, depth, inside, chain))
    return replace(facts, attachments=tuple(found))


def _msg_sender(msg: Any) -> str:
    """The sender's SMTP address: Exchange keeps its own (X.500) address beside it."""
    for stream in ("__substg1.0_5D01", "__substg1.0_5D02", "__substg1.0_0C1F",
                   "__substg1.0_0065"):
        try:
            value = msg.getStringStream(stream)
        except Exception:  # a damaged property is no address
            value = None
        if value and "@" in value and not value.startswith("/"):
            return _address(value)
    return _address(getattr(msg, "sender", ""))


# --- a mail file in the returned folder ---

def extract_any(path: Path, display: str, question_set: QuestionSet | None = None,
                key: bytes | None = None) -> list[Extracted]:
    """One returned file read: a form file gives one result, a mail file one per attachment
    that could be a form (or one naming the mail file, when it holds none or cannot be read)."""
    if path.suffix.lower() not in MAIL_SUFFIXES:
        return [extract_file(path, display, question_set, key)]
    try:
        if os.lstat(path).st_size > MAX_MAIL:  # not even read into memory
            raise MailRefused("unsafe", f"larger than {MAX_MAIL // 2**20} MB")
        data = read_own(path)
        mail = open_mail(data)
    except MailRefused as err:
        return [_failed(display, err.code, err.detail)]
    except OSError:
        return [extract_file(path, display, question_set, key)]  # names the file as it does
    mtime = mail.sent.timestamp() if mail.sent else file_mtime(path)
    if mail.skipped or not mail.attachments:
        code = {"report": "mail-report", "own": "mail-own"}.get(mail.skipped, "mail-no-form")
        return [Extracted(display, problems=(Problem(display, code),), mtime=mtime)]
    results = []
    for attachment in mail.attachments:
        result = extract_bytes(attachment.data, attachment.name, attachment.shown(display),
                               mtime, question_set, key)
        if result.response is not None:
            result = replace(result, response=replace(
                result.response, returned_by=tuple(s for s in attachment.senders if s),
                returned_at=mail.sent))
        results.append(result)
    return results


def _failed(display: str, code: str, detail: str) -> Extracted:
    params = {"detail": detail} if code in ("unsafe", "damaged") else {}
    if code == "damaged":
        code = "mail-damaged"
    return Extracted(display, problems=(Problem(display, code, params),))
