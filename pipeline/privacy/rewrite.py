"""Files that hold several people's data, written again without some of them: an e-mail file
with forms of several people, a log, a manifest. Each is written whole or not at all
(pipeline/atomic.py); a log is rewritten under the lock its writer takes, so no `mus mail` or
`mus collect` writes to it meanwhile.

An e-mail file (.msg or .eml) that holds other people's forms too becomes an .eml that keeps,
for those forms, who sent them and when (each message on the way, for a forward) and the forms
themselves, and nothing else: not the erased person's attachments, and not the e-mail's own
text or subject, which may be about them. A .msg cannot be written again, so it is replaced by
that .eml (mus reads both the same way).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from pipeline.atomic import write_atomic
from pipeline.collect.mailfile import Attachment, Mail, MailRefused, open_mail
from pipeline.forms.names import not_a_device
from pipeline.mail.compose import DOCX
from pipeline.places import read_own
from pipeline.privacy.holdings import mentioned

NOTE = {"da": "mus erase har fjernet vedhæftede filer om en anden person fra denne e-mail; "
              "resten er, som det kom.",
        "en": "mus erase removed attachments about someone else from this e-mail; the rest is "
              "as it came."}


def read_mail(path: Path) -> Mail | None:
    try:
        return open_mail(read_own(path))
    except (OSError, MailRefused):
        return None


def mail_without(path: Path, mail: Mail, keep: Sequence[bool]) -> Path:
    """The e-mail file at ``path`` written again with only the attachments ``keep`` marks (in
    the order ``open_mail`` gives them); returns the file written (an .eml beside a .msg, which
    the caller then deletes)."""
    kept = [a for a, k in zip(mail.attachments, keep, strict=True) if k]
    message = _message(kept, 0, mail.sender, mail)
    target = path if path.suffix.lower() == ".eml" else _free(path.with_suffix(".eml"))
    write_atomic(target, bytes(message))
    return target


def _free(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(not_a_device(f"{path.stem}-{n}{path.suffix}"))
    return candidate


def _message(kept: Sequence[Attachment], depth: int, sender: str,
             mail: Mail | None) -> EmailMessage:
    """One message on the way: its sender (and, outermost, its date), the attachments that
    were directly in it, and the messages that were attached to it, each built the same way."""
    message = EmailMessage()
    if sender:
        message["From"] = sender
    if mail is not None and mail.sent is not None:
        message["Date"] = format_datetime(mail.sent)
    message.set_content(NOTE["da"] + "\n" + NOTE["en"] + "\n" if depth == 0 else "\n")
    inner: dict[str, list[Attachment]] = {}
    for attachment in kept:
        if len(attachment.inside) > depth:
            inner.setdefault(attachment.inside[depth], []).append(attachment)
            continue
        kind = DOCX if attachment.name.lower().endswith(".docx") else ("application",
                                                                      "octet-stream")
        message.add_attachment(attachment.data, maintype=kind[0], subtype=kind[1],
                               filename=attachment.name)
    for n, group in enumerate(inner.values(), start=1):
        senders = group[0].senders
        nested = _message(group, depth + 1, senders[depth + 1] if len(senders) > depth + 1
                          else "", None)
        # (named by its place: an attached e-mail's own name is its subject, which may name
        # the person erased)
        message.add_attachment(nested, filename=f"e-mail-{n}.eml")
    return message


def lines_without(path: Path, drop: Callable[[dict[str, Any]], bool]) -> int:
    """A JSON-lines log written again without the lines ``drop`` picks (and without a torn
    line, which is no line of anything); returns how many lines went."""
    text = read_own(path).decode("utf-8", "replace")
    kept: list[str] = []
    gone = 0
    for line in text.splitlines(keepends=True):
        try:
            data = json.loads(line)
        except ValueError:
            gone += bool(line.strip())
            continue
        if isinstance(data, dict) and drop(data):
            gone += 1
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    if gone:
        write_atomic(path, "".join(kept).encode("utf-8"))
    return gone


def manifest_without(path: Path, drop: Callable[[dict[str, Any]], bool],
                     numbers: Collection[str], people: dict[str, tuple[str, str]]) -> int:
    """A manifest written again without the entries ``drop`` picks, and without what its
    summary of the list says about ``numbers`` (a leaver, someone on leave, a warning about
    their row); returns how many entries and mentions went."""
    data = json.loads(read_own(path).decode("utf-8"))
    forms = [e for e in data.get("forms", []) if not (isinstance(e, dict) and drop(e))]
    gone = len(data.get("forms", [])) - len(forms)
    data["forms"] = forms
    summary = data.get("employee_list")
    if isinstance(summary, dict) and numbers:
        known = {n: people.get(n, ("", "")) for n in numbers}
        for key in ("leavers", "on_leave", "skipped_rows", "warnings", "notes"):
            items = summary.get(key)
            if not isinstance(items, list):
                continue
            left = [item for item in items
                    if not set(mentioned({key: [item]}, known)) & set(numbers)]
            gone += len(items) - len(left)
            summary[key] = left
    if gone:
        write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n")
                     .encode("utf-8"))
    return gone
