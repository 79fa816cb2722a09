"""Microsoft Graph: each finished MIME message sent with ``sendMail`` or created as a draft in the
mailbox (``POST …/messages``), one request per e-mail, with the standard library's HTTP client.

Throttling (429, 503) is waited out as Graph asks (Retry-After). A request whose answer is lost
after it was sent may have been carried out: that message is uncertain, as with SMTP.
"""

from __future__ import annotations

import base64
import email.policy
import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from email.message import EmailMessage

from pipeline.mail.compose import Planned
from pipeline.mail.transport import Refused, Unknown

GRAPH_URL = "https://graph.microsoft.com/v1.0"
LIMIT = 4 * 1024 * 1024  # Graph takes at most 4 MB of (base64) MIME in one request
MAX_WAITS = 8
LONGEST_WAIT = 300.0

TokenProvider = Callable[[], str]


class GraphTransport:
    """sendMail, or drafts with ``drafts=True``. ``mailbox`` None means the signed-in user's own
    (``/me``, delegated sign-in); else ``/users/{mailbox}`` (an app with its own permission)."""

    def __init__(self, token: TokenProvider, mailbox: str | None, drafts: bool = False, *,
                 base_url: str = GRAPH_URL, timeout: float = 60.0,
                 notify: Callable[[str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.token = token
        self.mailbox = mailbox
        self.drafts = drafts
        who = "me" if mailbox is None else "users/" + urllib.parse.quote(mailbox, safe="@")
        self.url = f"{base_url.rstrip('/')}/{who}/{'messages' if drafts else 'sendMail'}"
        self.route = "graph drafts" if drafts else "graph sendMail"
        self.name = "Microsoft 365"
        self.timeout = timeout
        self.notify = notify or (lambda text: None)
        self.sleep = sleep

    def open(self) -> None:
        self.token()  # sign in before the first message, so that a refusal comes first

    def close(self) -> None:
        pass

    def deliver(self, item: Planned, message: EmailMessage,
                handing_over: Callable[[], None]) -> str:
        payload = base64.b64encode(message.as_bytes(policy=email.policy.SMTP))
        if len(payload) > LIMIT:
            raise Refused(f"The e-mail to {item.to_address} would be {len(payload) / 2**20:.1f} "
                          "MB, more than the 4 MB Microsoft 365 takes in one message through "
                          "Graph.",
                          "Make the form smaller (a smaller logo in templates/form.docx, then "
                          "`mus generate --force`), or send through SMTP instead "
                          "(--m365 --smtp smtp.office365.com:587 takes up to 35 MB).")
        waits = 0
        handed = False
        while True:
            token = self.token()
            request = urllib.request.Request(
                self.url, data=payload, method="POST",
                headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"})
            if not handed:
                handing_over()
                handed = True
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    status, body = response.status, response.read()
            except urllib.error.HTTPError as err:
                status, body = err.code, _read(err)
                if status in (429, 503) and waits < MAX_WAITS:
                    waits += 1
                    wait = _retry_after(err.headers.get("Retry-After"), waits)
                    self.notify(f"Microsoft 365 asks mus to slow down ({status}); waiting "
                                f"{wait:.0f} s, then going on.")
                    self.sleep(wait)
                    continue
                raise self._refusal(item, status, body) from err
            except urllib.error.URLError as err:  # the request never got there
                raise Refused(f"Microsoft 365 ({urllib.parse.urlsplit(self.url).netloc}) "
                              f"cannot be reached ({_reason(err.reason)}).",
                              "Check that this computer is online (and the proxy, if your "
                              "organisation uses one).") from err
            except (OSError, http.client.HTTPException) as err:
                raise Unknown(f"The message was handed over to Microsoft 365, and then the "
                              f"connection was lost before it answered ({_reason(err)}).") from err
            if 200 <= status < 300:
                return self._confirmation(status, body)
            raise self._refusal(item, status, body)

    def _confirmation(self, status: int, body: bytes) -> str:
        if self.drafts:
            try:
                draft = json.loads(body)
                return f"{status} draft {draft['id']}"
            except (ValueError, KeyError, TypeError):
                return f"{status} draft created"
        return f"{status} accepted"

    def _refusal(self, item: Planned, status: int, body: bytes) -> Refused | Unknown:
        code, text = _graph_error(body)
        said = f"{status} {code}".strip()
        permission = "Mail.ReadWrite" if self.drafts else "Mail.Send"
        kind = "delegated" if self.mailbox is None else "application"
        mailbox = self.mailbox or "the signed-in mailbox"
        if status in (500, 502, 504):
            return Unknown(f"Microsoft 365 had an internal problem while taking the message "
                           f"({said}); it may have been carried out.")
        if status in (429, 503):
            return Refused(f"Microsoft 365 kept asking mus to slow down ({said}).",
                           "Wait half an hour.")
        if code == "ErrorSendAsDenied" or "send as" in text.lower():
            return Refused(f"Microsoft 365 does not allow {mailbox} to send as the sender given "
                           f"with --sender ({said}).",
                           "Use --sender with the mailbox's own address, or ask IT to give it "
                           'the right "Send as" on the sender\'s mailbox.')
        if code == "ErrorMessageSubmissionBlocked":
            return Refused(f"Microsoft 365 has blocked {mailbox} from sending ({said}), usually "
                           "after many messages in a short time.",
                           "IT can release it in the Microsoft Defender portal (Restricted "
                           "users); then wait a while.")
        if status == 401:
            return Refused(f"Microsoft 365 did not accept the sign-in ({said}): the app "
                           f"registration is missing the permission {permission} "
                           f"({kind}) with admin consent, or the sign-in has run out.",
                           f"Ask IT to add {permission} ({kind}) and grant admin consent (see "
                           '"Microsoft 365" in the README).')
        if status == 403:
            extra = ("" if self.mailbox is None else
                     f", or an application access policy does not include {mailbox}")
            return Refused(f"Microsoft 365 refused access to {mailbox} ({said}): the app "
                           f"registration is missing the permission {permission} ({kind}) "
                           f"with admin consent{extra}.",
                           f"Ask IT to grant {permission} ({kind}) with admin consent" +
                           ("" if self.mailbox is None else
                            f" and to include {mailbox} in the app's access policy") + ".")
        if status == 404:
            return Refused(f"Microsoft 365 has no mailbox {mailbox} ({said}).",
                           "Check --sender: it must be the address of a mailbox in your "
                           "organisation.")
        if status == 413:
            return Refused(f"Microsoft 365 refused the e-mail to {item.to_address} as too "
                           f"large ({said}).",
                           "Make the form smaller (a smaller logo in templates/form.docx) or "
                           "send through SMTP (--m365 --smtp smtp.office365.com:587).")
        if code == "ErrorQuotaExceeded" or "quota" in text.lower():
            return Refused(f"Microsoft 365 will not send more from {mailbox} now: it has reached "
                           f"a limit ({said}).",
                           "Run the same command again tomorrow: the send log keeps track of "
                           "what went.")
        return Refused(f"Microsoft 365 refused the e-mail to {item.to_address} ({said}).",
                       "")


def _graph_error(body: bytes) -> tuple[str, str]:
    """Graph's error code and message ({"error": {"code": …, "message": …}})."""
    try:
        error = json.loads(body)["error"]
        return str(error.get("code", "")), str(error.get("message", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        return "", ""


def _retry_after(value: str | None, attempt: int) -> float:
    try:
        seconds = float(value) if value is not None else 0.0
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        seconds = min(2.0 ** attempt, 60.0)
    return min(seconds, LONGEST_WAIT)


def _read(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read()
    except (OSError, http.client.HTTPException):
        return b""


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "no answer in time"
    return str(reason) or type(reason).__name__

