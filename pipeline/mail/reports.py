"""Reading the non-delivery reports in the sending mailbox, for ``mus mail --bounces``:

- Microsoft 365 through Graph (permission Mail.Read; Mail.Read.Shared for a shared mailbox):
  the messages of class ``REPORT.IPM.Note.NDR`` (what Exchange files a non-delivery report as),
  each fetched as MIME (``…/messages/{id}/$value``);
- any other mailbox through IMAP (``--imap``), read-only: the messages since the first sending
  whose Content-Type is a delivery report, fetched without marking them read.

What they say is matched to the send log by bounces.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import imaplib
import json
import re
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline.errors import MailError
from pipeline.mail.graph import MAX_WAITS, retry_after

Report = tuple[bytes, dt.datetime | None]
NDR_FILTER = ("singleValueExtendedProperties/Any(ep: ep/id eq 'String 0x001A' and "
              "ep/value eq 'REPORT.IPM.Note.NDR')")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def graph_reports(token: Callable[[], str], base_url: str, mailbox: str | None,
                  since: dt.datetime, permission: str, timeout: float = 60.0,
                  notify: Callable[[str], None] | None = None) -> Iterator[Report]:
    """Every non-delivery report received since ``since`` in the mailbox (``/me`` for None)."""
    base = f"{mailbox_url(base_url, mailbox)}/messages"
    reader = GraphReader(token, mailbox, permission, timeout, notify)
    url: str | None = base + "?" + urllib.parse.urlencode(
        {"$filter": NDR_FILTER, "$select": "id,receivedDateTime", "$top": "50"},
        quote_via=urllib.parse.quote)
    while url:
        page = json.loads(reader.call(url))
        for message in page.get("value", []):
            received = _when(str(message.get("receivedDateTime", "")))
            if received is not None and received < since:
                continue
            mime = reader.call(f"{base}/{urllib.parse.quote(str(message['id']), safe='')}"
                               "/$value")
            yield mime, received
        url = page.get("@odata.nextLink")


def mailbox_url(base_url: str, mailbox: str | None) -> str:
    """``…/me`` (the signed-in person's own) or ``…/users/{mailbox}`` (a shared mailbox)."""
    who = "me" if mailbox is None else "users/" + urllib.parse.quote(mailbox, safe="@")
    return f"{base_url.rstrip('/')}/{who}"


@dataclass
class GraphReader:
    """Requests that read (or, asked, mark and move) mail in one mailbox through Graph. When
    Microsoft 365 asks mus to slow down (429) or is busy for a moment (503, 504), mus waits as
    long as it asks (Retry-After) and asks again: reading changes nothing, so that is safe."""

    token: Callable[[], str] = field(repr=False)
    mailbox: str | None
    permission: str  # what the app registration needs, as IT finds it
    timeout: float = 60.0
    notify: Callable[[str], None] | None = None
    sleep: Callable[[float], None] | None = None  # None: time.sleep
    headers: dict[str, str] = field(default_factory=dict)

    def call(self, url: str, method: str = "GET", body: object = None) -> bytes:
        where = self.mailbox or "your mailbox"
        data = None if body is None else json.dumps(body).encode()
        waits = 0
        while True:
            headers = {"Authorization": f"Bearer {self.token()}", **self.headers}
            if data is not None:
                headers["Content-Type"] = "application/json"
            request = urllib.request.Request(url, data=data, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    answer: bytes = response.read()
                    return answer
            except urllib.error.HTTPError as err:
                if err.code in (429, 503, 504) and waits < MAX_WAITS:
                    waits += 1
                    wait = retry_after(err.headers.get("Retry-After"), waits)
                    if self.notify is not None:
                        self.notify(f"Microsoft 365 asks mus to slow down ({err.code}); "
                                    f"waiting {wait:.0f} s, then going on.")
                    (self.sleep or time.sleep)(wait)
                    continue
                raise self._refusal(err.code, where) from err
            except (OSError, http.client.HTTPException) as err:
                raise MailError(f"Microsoft 365 ({urllib.parse.urlsplit(url).netloc}) cannot be "
                                f"reached while reading {where}. Check that this computer is "
                                "online, then run again: what was done is kept.") from err

    def _refusal(self, status: int, where: str) -> MailError:
        if status in (401, 403):
            return MailError(
                f"Microsoft 365 does not let mus read {where} ({status}): the app registration "
                f"needs the permission {self.permission} with admin consent" +
                ("" if self.mailbox is None else
                 f", and the person signing in Full Access on {self.mailbox}") +
                ". Ask IT (see \"Microsoft 365\" in the README). Nothing in the mailbox was "
                "changed.")
        if status == 404:
            return MailError(f"Microsoft 365 has no mailbox {where} (404), or the e-mail or "
                             "folder asked for is gone. Check --mailbox and run again.")
        return MailError(f"Microsoft 365 answered {status} while mus read {where}. What was "
                         "done is kept; run the same command again later.")


def _when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Imap:
    host: str
    port: int
    security: str = "ssl"  # ssl | starttls | none
    user: str = ""
    password: str | None = field(default=None, repr=False)
    token: Callable[[], str] | None = field(default=None, repr=False)
    timeout: float = 30.0

    @classmethod
    def parse(cls, target: str, security: str, user: str, password: str | None,
              token: Callable[[], str] | None) -> Imap:
        host, _, port = target.rpartition(":") if ":" in target else (target, ":", "993")
        if not host or not port.isdigit():
            raise MailError(f'"{target}" is not a mail server address: write it as HOST:PORT, '
                            "for example imap.gmail.com:993.")
        return cls(host, int(port), "ssl" if port == "993" else security, user, password, token)


def imap_reports(server: Imap, since: dt.datetime) -> Iterator[Report]:
    """The delivery reports in INBOX since ``since``, read-only (nothing is marked read)."""
    where = f"the mail server {server.host}:{server.port}"
    try:
        connection = _connect(server)
    except (OSError, imaplib.IMAP4.error) as err:
        raise MailError(f"Could not read the mailbox on {where} ({err}). Check --imap, --user "
                        "and the password or sign-in, then run again. Nothing was "
                        "marked.") from err
    try:
        connection.select("INBOX", readonly=True)
        day = f"{since.day:02d}-{_MONTHS[since.month - 1]}-{since.year}"
        _, found = connection.search(None, "SINCE", day)
        numbers = [n.decode("ascii") for n in (found[0] or b"").split()]
        reports = [n for n in numbers if _is_report(connection, n)]
        for number in reports:
            _, data = connection.fetch(number, "(INTERNALDATE BODY.PEEK[])")
            for part in data:
                if isinstance(part, tuple):
                    moment = imaplib.Internaldate2tuple(part[0])
                    received = (dt.datetime(*moment[:6]).astimezone() if moment else None)
                    yield part[1], received
    except (OSError, imaplib.IMAP4.error) as err:
        raise MailError(f"Reading the mailbox on {where} failed halfway ({err}); what was read "
                        "is marked. Run again to read the rest.") from err
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            connection.logout()


def _connect(server: Imap) -> imaplib.IMAP4:
    if server.security == "ssl":
        connection: imaplib.IMAP4 = imaplib.IMAP4_SSL(
            server.host, server.port, ssl_context=ssl.create_default_context(),
            timeout=server.timeout)
    else:
        connection = imaplib.IMAP4(server.host, server.port, timeout=server.timeout)
        if server.security == "starttls":
            connection.starttls(ssl.create_default_context())
    if server.token is not None:
        answer = f"user={server.user}\x01auth=Bearer {server.token()}\x01\x01".encode()
        connection.authenticate("XOAUTH2", lambda _: answer)
    else:
        connection.login(server.user, server.password or "")
    return connection


def _is_report(connection: imaplib.IMAP4, number: str) -> bool:
    """Evidence from the message's own Content-Type: a delivery status report (RFC 3464)."""
    _, data = connection.fetch(number, "(BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE)])")
    header = b" ".join(p[1] for p in data if isinstance(p, tuple)).decode("ascii", "replace")
    header = re.sub(r"\s+", " ", header).lower()
    return "multipart/report" in header and "delivery-status" in header
