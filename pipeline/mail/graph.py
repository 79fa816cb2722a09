"""Microsoft Graph: each finished MIME message sent with ``sendMail`` or created as a draft in the
mailbox (``POST …/messages``), one request per e-mail, with the standard library's HTTP client.

Throttling (429) is waited out as Graph asks (Retry-After): the request was not carried out. A
request whose answer is lost after it was sent may have been carried out: that message is
uncertain, as with SMTP; so is one answered 500, 502, 503 or 504 (Microsoft documents that a
message answered ``503 ErrorServerBusy`` is sometimes delivered), and none is sent again by
itself.
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

from pipeline.mail import codes
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
                 sleep: Callable[[float], None] = time.sleep, delegated: bool | None = None
                 ) -> None:
        self.token = token
        self.mailbox = mailbox
        self.drafts = drafts
        # a person signed in (their own rights) or the app by itself; by default: /me is a person
        self.delegated = mailbox is None if delegated is None else delegated
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
                if status == 429 and waits < MAX_WAITS:
                    waits += 1
                    wait = retry_after(err.headers.get("Retry-After"), waits)
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
        mailbox = self.mailbox or "the signed-in mailbox"
        if status in (500, 502, 503, 504):
            return Unknown(f"Microsoft 365 answered with a problem of its own while taking the "
                           f"message ({said}); Microsoft says such a message is sometimes "
                           "delivered all the same.")
        if status == 429:
            return Refused(f"Microsoft 365 kept asking mus to slow down ({said}).",
                           "Wait half an hour.", kind=codes.WAIT)
        if code == "ErrorSendAsDenied" or "send as" in text.lower():
            return Refused(f"Microsoft 365 does not allow {mailbox} to send as the sender given "
                           f"with --sender ({said}).",
                           "Use --sender with the mailbox's own address, or ask IT to give it "
                           'the right "Send as" on the sender\'s mailbox.', kind=codes.SENDER)
        if code == "ErrorMessageSubmissionBlocked":
            return Refused(f"Microsoft 365 has blocked {mailbox} from sending ({said}), usually "
                           "after many messages in a short time.",
                           "IT can release it in the Microsoft Defender portal (Restricted "
                           "entities); then wait a while.", kind=codes.SENDER)
        if code in ("ErrorQuotaExceeded", "ErrorSubmissionQuotaExceeded") or codes.kind_of(
                f"{code} {text}") == codes.LIMIT or "quota" in text.lower():
            return Refused(f"Microsoft 365 will not take more from {mailbox} now: it has "
                           f"reached a limit ({said}). This is not a missing permission. Either "
                           "the mailbox is full (sent e-mails are kept in Sent Items) or it has "
                           "sent as much as Exchange Online allows in 24 hours (10,000 "
                           "recipients).", "If the mailbox is full, make room in it; otherwise "
                           "run the same command again tomorrow.", kind=codes.LIMIT)
        if status == 401:
            return Refused(f"Microsoft 365 did not accept the sign-in ({said}): the app "
                           f"registration is missing the permission {self.permission} with "
                           "admin consent, or the sign-in has run out.",
                           f"Ask IT to add {self.permission} and grant admin consent (see "
                           '"Microsoft 365" in the README).', kind=codes.SENDER)
        if status == 403:
            return self._forbidden(said)
        if status == 404:
            return Refused(f"Microsoft 365 has no mailbox {mailbox} ({said}).",
                           "Check --sender (and --mailbox): it must be the address of a mailbox "
                           "in your organisation.", kind=codes.SENDER)
        if status == 413:
            return Refused(f"Microsoft 365 refused the e-mail to {item.to_address} as too "
                           f"large ({said}).",
                           "Make the form smaller (a smaller logo in templates/form.docx) or "
                           "send through SMTP (--m365 --smtp smtp.office365.com:587).")
        if status == 400 and "recipient" in f"{code} {text}".lower():
            return Refused(f"Microsoft 365 refused the address {item.to_address} ({said}).",
                           "Correct the address in the employee list.", only_this=True,
                           kind=codes.ADDRESS)
        return Refused(f"Microsoft 365 refused the e-mail to {item.to_address} ({said}).",
                       "")

    @property
    def permission(self) -> str:
        """The permission this way needs, as IT finds it in the app registration."""
        base = "Mail.ReadWrite" if self.drafts else "Mail.Send"
        if not self.delegated:
            return f"{base} (application)"
        shared = self.mailbox is not None
        return f"{base}{'.Shared' if shared else ''} (delegated)"

    def _forbidden(self, said: str) -> Refused:
        mailbox = self.mailbox or "the signed-in mailbox"
        if not self.delegated:
            return Refused(f"Microsoft 365 refused access to {mailbox} ({said}): the app "
                           f"registration is missing the permission {self.permission} with "
                           f"admin consent, or an application access policy does not include "
                           f"{mailbox}.",
                           f"Ask IT to grant {self.permission} with admin consent and to "
                           f"include {mailbox} in the app's access policy (Test-"
                           f"ApplicationAccessPolicy -Identity {mailbox} -AppId <client ID> "
                           "shows whether it is).", kind=codes.SENDER)
        if self.mailbox is not None:
            right = "Full Access" if self.drafts else '"Send as" (or Full Access)'
            return Refused(f"Microsoft 365 refused access to the mailbox {mailbox} ({said}): "
                           f"the signed-in person lacks the right {right} on it, or the app "
                           f"registration lacks the permission {self.permission} with admin "
                           "consent.",
                           f"Ask IT to grant {self.permission} with admin consent and give you "
                           f"{right} on {mailbox}: Add-MailboxPermission -Identity {mailbox} "
                           "-User <you> -AccessRights FullAccess" +
                           ("" if self.drafts else f"; Add-RecipientPermission -Identity "
                            f"{mailbox} -Trustee <you> -AccessRights SendAs") + ".",
                           kind=codes.SENDER)
        return Refused(f"Microsoft 365 refused access to {mailbox} ({said}): the app "
                       f"registration is missing the permission {self.permission} with admin "
                       "consent.", f"Ask IT to grant {self.permission} with admin consent.",
                       kind=codes.SENDER)


def _graph_error(body: bytes) -> tuple[str, str]:
    """Graph's error code and message ({"error": {"code": …, "message": …}})."""
    try:
        error = json.loads(body)["error"]
        return str(error.get("code", "")), str(error.get("message", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        return "", ""


def retry_after(value: str | None, attempt: int) -> float:
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

