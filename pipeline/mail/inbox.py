"""The mailbox the replies arrive in, for ``mus collect``: the messages of one folder since a
day, each fetched whole (MIME, as an .eml file holds it), and, only when HR asks, marked read or
moved to another folder. Two ways in:

- Microsoft 365 through Graph (permission Mail.Read, Mail.Read.Shared for a shared mailbox;
  Mail.ReadWrite(.Shared) to mark or move): ids that survive a move (``ImmutableId``), pages
  followed to the end, throttling waited out (reports.GraphReader);
- any other mailbox through IMAP (``--imap``), opened read-only (EXAMINE) unless HR asked to
  mark or move; messages fetched with ``BODY.PEEK`` so that not even the "read" flag changes.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import imaplib
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.errors import MailError
from pipeline.mail.reports import _MONTHS, GraphReader, Imap, _connect, mailbox_url

WELL_KNOWN = {"inbox", "archive", "deleteditems", "drafts", "junkemail", "sentitems"}
PAGE = 100


@dataclass(frozen=True)
class Found:
    """One message in the folder: its id there (the same on every run) and when it came."""

    id: str
    received: dt.datetime | None = None


def folder_parts(path: str | None) -> list[str]:
    """``Indbakke/MUS 2027`` → ["Indbakke", "MUS 2027"] (a backslash separates too)."""
    return [p.strip() for p in re.split(r"[/\\]", path or "") if p.strip()]


class GraphInbox:
    """One folder of a Microsoft 365 mailbox (``mailbox`` None: the signed-in person's own)."""

    def __init__(self, reader: GraphReader, base_url: str, folder: str | None) -> None:
        self.reader = reader
        reader.headers["Prefer"] = 'IdType="ImmutableId"'
        self.base = mailbox_url(base_url, reader.mailbox)
        self.where = reader.mailbox or "your mailbox"
        self.folder_name = folder or "Inbox"
        self.folder = self._resolve(folder_parts(folder)) if folder else "inbox"
        self.targets: dict[str, str] = {}

    def _get(self, url: str) -> dict[str, Any]:
        answer = json.loads(self.reader.call(url))
        return answer if isinstance(answer, dict) else {}

    def _resolve(self, parts: list[str]) -> str:
        """A folder by its path of names: from the mailbox's top, or else from the inbox."""
        first, rest = parts[0], parts[1:]
        if first.lower() in WELL_KNOWN:
            current = first.lower()
        else:
            current = self._child(None, first) or self._child("inbox", first) or ""
            if not current:
                raise self._missing(first, None)
        for name in rest:
            found = self._child(current, name)
            if not found:
                raise self._missing(name, current)
            current = found
        return current

    def _child(self, parent: str | None, name: str) -> str | None:
        escaped = name.replace("'", "''")
        where = "mailFolders" if parent is None else f"mailFolders/{parent}/childFolders"
        query = urllib.parse.urlencode({"$filter": f"displayName eq '{escaped}'",
                                        "$select": "id,displayName"},
                                       quote_via=urllib.parse.quote)
        for folder in self._get(f"{self.base}/{where}?{query}").get("value", []) or []:
            if isinstance(folder, dict) and str(folder.get("displayName", "")).casefold() \
                    == name.casefold():
                return str(folder["id"])
        return None

    def _missing(self, name: str, parent: str | None) -> MailError:
        where = "at the top of" if parent is None else "in that folder of"
        return MailError(f'There is no folder "{name}" {where} {self.where}. Write the folder '
                         'as Outlook shows it, with "/" between a folder and its sub-folder '
                         '(e.g. --folder "Indbakke/MUS 2027").')

    def messages(self, since: dt.datetime) -> Iterator[Found]:
        moment = since.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        query = urllib.parse.urlencode({
            "$filter": f"receivedDateTime ge {moment}", "$orderby": "receivedDateTime asc",
            "$select": "id,receivedDateTime", "$top": str(PAGE)},
            quote_via=urllib.parse.quote)
        url: str | None = f"{self.base}/mailFolders/{self.folder}/messages?{query}"
        while url:
            page = self._get(url)
            for message in page.get("value", []) or []:
                if isinstance(message, dict) and message.get("id"):
                    yield Found(str(message["id"]), _when(str(message.get(
                        "receivedDateTime", ""))))
            link = page.get("@odata.nextLink")
            url = str(link) if link else None

    def fetch(self, found: Found) -> bytes:
        return self.reader.call(f"{self.base}/messages/{_quote(found.id)}/$value")

    def mark_read(self, found: Found) -> None:
        self.reader.call(f"{self.base}/messages/{_quote(found.id)}", "PATCH", {"isRead": True})

    def move(self, found: Found, folder: str) -> None:
        if folder not in self.targets:
            self.targets[folder] = self._resolve(folder_parts(folder))
        self.reader.call(f"{self.base}/messages/{_quote(found.id)}/move", "POST",
                         {"destinationId": self.targets[folder]})

    def close(self) -> None:
        pass


def _quote(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def _when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


class ImapInbox:
    """One folder of a mailbox on an IMAP server; read-only unless ``write`` (to mark or move)."""

    def __init__(self, server: Imap, folder: str | None, write: bool = False,
                 move: bool = False) -> None:
        self.server = server
        self.where = f"the mail server {server.host}:{server.port}"
        try:
            self.connection = _connect(server)
        except (OSError, imaplib.IMAP4.error) as err:
            raise MailError(f"Could not sign in to {where_of(server)} ({_said(err)}). Check "
                            "--imap, --user and the password or sign-in, then run again. "
                            "Nothing in the mailbox was changed.") from err
        self.delimiter = self._delimiter()
        self.folder_name = folder or "INBOX"
        if move and "MOVE" not in self.connection.capabilities:
            self.close()
            raise MailError(f"{where_of(server)} cannot move e-mails (it lacks IMAP MOVE), so "
                            "--move-to cannot be done there. Leave out --move-to (and move them "
                            "in your mail program) and run again.")
        status, _ = self.connection.select(self.mailbox_name(self.folder_name),
                                           readonly=not write)
        if status != "OK":
            self.close()
            raise MailError(f'There is no folder "{self.folder_name}" in the mailbox on '
                            f'{where_of(server)}. Write it as your mail program shows it, with '
                            '"/" between a folder and its sub-folder (e.g. --folder '
                            '"INBOX/MUS 2027").')
        validity = self.connection.response("UIDVALIDITY")[1]
        self.validity = (validity[0] or b"0").decode("ascii", "replace") if validity and \
            isinstance(validity[0], bytes) else "0"

    def _delimiter(self) -> str:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            _, data = self.connection.list('""', '""')
            match = re.search(rb'\) "(.)"', data[0] or b"") if data and isinstance(
                data[0], bytes) else None
            if match:
                return match.group(1).decode("ascii", "replace")
        return "/"

    def mailbox_name(self, path: str) -> str:
        name = self.delimiter.join(folder_parts(path)) or "INBOX"
        encoded = modified_utf7(name)
        return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def messages(self, since: dt.datetime) -> Iterator[Found]:
        day = f"{since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}"
        found = self._uid("SEARCH", "SINCE", day)
        for uid in (found[0] or b"").split() if found and isinstance(found[0], bytes) else []:
            yield Found(f"{self.validity}:{uid.decode('ascii')}")

    def fetch(self, found: Found) -> bytes:
        data = self._uid("FETCH", _uid_of(found), "(BODY.PEEK[])")
        for part in data:
            if isinstance(part, tuple):
                return bytes(part[1])
        raise MailError(f"The e-mail {found.id} is no longer in {self.folder_name} on "
                        f"{self.where} (moved or deleted while mus read). Run again.")

    def mark_read(self, found: Found) -> None:
        self._uid("STORE", _uid_of(found), "+FLAGS", "(\\Seen)")

    def move(self, found: Found, folder: str) -> None:
        self._uid("MOVE", _uid_of(found), self.mailbox_name(folder))

    def _uid(self, command: str, *args: str) -> list[object]:
        try:
            status, data = self.connection.uid(command, *args)
        except (OSError, imaplib.IMAP4.error) as err:
            raise MailError(f"Reading the mailbox on {self.where} failed halfway "
                            f"({_said(err)}); what was collected is kept. Run the same command "
                            "again to collect the rest.") from err
        if status != "OK":
            raise MailError(f"{self.where} refused {command} ({_said(data)}). What was collected "
                            "is kept; run again, or ask IT about the mailbox.")
        return list(data)

    def close(self) -> None:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            self.connection.logout()


def _uid_of(found: Found) -> str:
    return found.id.rpartition(":")[2]


def where_of(server: Imap) -> str:
    return f"the mail server {server.host}:{server.port}"


def _said(detail: object) -> str:
    text = detail[0] if isinstance(detail, list) and detail else detail
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())[:200]


def modified_utf7(text: str) -> str:
    """A folder name as IMAP writes it (RFC 3501 5.1.3): "Ældre" → "&AMY-ldre"."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + raw.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in text:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


Inbox = GraphInbox | ImapInbox
Opener = Callable[[], Inbox]
