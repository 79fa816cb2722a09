"""``.eml`` drafts in a folder: nothing is sent; HR opens each in a mail program and sends it.

Each is marked ``X-Unsent: 1``, which classic Outlook for Windows, Thunderbird and Apple Mail open
as a message ready to send. New Outlook does not promise that: for it, use drafts in the mailbox
(``--m365 --drafts-in-mailbox``).
"""

from __future__ import annotations

from collections.abc import Iterable
from email.message import EmailMessage
from pathlib import Path

from pipeline.atomic import write_atomic
from pipeline.forms.names import safe_part
from pipeline.mail.compose import Planned


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
