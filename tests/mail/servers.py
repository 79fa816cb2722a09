"""Loopback stand-ins for the mail services HR really has in 2027:

- :class:`Inbox`, an SMTP server (aiosmtpd) that answers like Exchange Online: it takes only the
  one XOAUTH2 token it was given, refuses passwords the way a tenant with SMTP AUTH turned off
  does (535 5.7.139, or 550 5.7.30), refuses to send as another mailbox (550 5.7.60), and can
  fail, stall or drop the connection after a message on demand;
- :class:`GraphStandIn`, an HTTP server (pytest-httpserver) standing in for Microsoft Graph: it
  checks the path, the bearer token and the MIME body, and answers 202/201, or 401, 403, 413,
  429 with Retry-After, 503, 500 as a test tells it to.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import email
import email.policy
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

TOKEN = "eyJ0eXAiOiJKV1QiLCJub25jZSI6InN0YW5kLWluIn0." + "tokenbody-" * 180 + ".sig-7c1d"
PASSWORD = "Sommer2027!hemmelig"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def who(message: EmailMessage) -> tuple[str, str]:
    """(recipient, subject): what a person would call "the same e-mail"."""
    return message["To"].addresses[0].addr_spec, str(message["Subject"])


class Inbox:
    """What the server took, and how it behaves.

    ``auth``: None (an open relay, no AUTH), "exchange" (XOAUTH2 with ``token`` only;
    passwords refused with ``basic_refusal``), "password" (user/``password``)."""

    def __init__(self, auth: str | None = None, token: str = TOKEN, mailbox: str = "",
                 basic_refusal: str = "535 5.7.139 Authentication unsuccessful, "
                 "SmtpClientAuthentication is disabled for the Tenant. Visit "
                 "https://aka.ms/smtp_auth_disabled for more information.") -> None:
        self.auth = auth
        self.token = token
        self.mailbox = mailbox
        self.basic_refusal = basic_refusal
        self.received: list[tuple[str, list[str], EmailMessage]] = []
        self.fail_after: int | None = None  # 451 from this many on
        self.drop_after_data: bool = False  # take the message, then hang up without a word
        self.stall_at: int | None = None  # hold the answer to message no. N (0-based) ...
        self.stalled = threading.Event()  # ... set once it is held
        self.release = threading.Event()
        self.auth_lines: list[bytes] = []
        self.delay = 0.0  # seconds to think before each answer to DATA, as real servers do
        self.one_per_connection = False  # close the connection after each message's "250"
        self.daily_limit: int | None = None  # recipients a day, then ``limit_reply`` at RCPT
        self.limit_reply = ("550 5.4.5 Daily user sending limit exceeded. For more information "
                            "on Gmail sending limits go to https://support.google.com/a/answer/"
                            "166852 a1-20020a05 - gsmtp")
        self.sender_refusal: str | None = None  # answer MAIL FROM with this (e.g. 5.1.8)
        self.rcpt_refusal: str | None = None  # answer every RCPT TO with this
        self.busy: list[str] = []  # answer the next MAIL FROMs with these (432 4.3.2)
        self.mails = 0  # MAIL FROM commands seen
        self.rcpts = 0  # recipients taken today

    # AUTH: Exchange Online's answers
    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) == 2:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("")
            blob = answer if isinstance(answer, bytes) else b""
        self.auth_lines.append(blob)
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        if self.auth == "exchange" and bearer == f"Bearer {self.token}" and (
                not self.mailbox or user == self.mailbox):
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False,
                          message="535 5.7.3 Authentication unsuccessful "
                                  "[AM0PR02CA0001.eurprd02.prod.outlook.com]")

    async def auth_LOGIN(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._password(server, args, "LOGIN")

    async def auth_PLAIN(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._password(server, args, "PLAIN")

    async def _password(self, server: SMTP, args: list[str], mechanism: str) -> AuthResult:
        if self.auth != "password":
            return AuthResult(success=False, handled=False, message=self.basic_refusal)
        if mechanism == "PLAIN":
            blob = base64.b64decode(args[1]) if len(args) == 2 else b""
            _, user, password = blob.decode().split("\x00")
        else:
            user = base64.b64decode(args[1]).decode() if len(args) == 2 else ""
            answer = await server.challenge_auth("Password:")
            password = answer.decode() if isinstance(answer, bytes) else ""
        if password == PASSWORD:
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Authentication credentials invalid")

    async def handle_RCPT(self, server: SMTP, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if self.rcpt_refusal:
            return self.rcpt_refusal
        if self.daily_limit is not None and self.rcpts >= self.daily_limit:
            return self.limit_reply
        self.rcpts += 1
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Recipient OK"

    async def handle_MAIL(self, server: SMTP, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        self.mails += 1
        if self.busy:
            return self.busy.pop(0)
        if self.sender_refusal:
            return self.sender_refusal
        if self.auth and not session.authenticated:
            return "530 5.7.57 Client not authenticated to send mail. [AM0PR02CA0001]"
        if self.auth and session.auth_data and address != session.auth_data:
            return "550 5.7.60 SMTP; Client does not have permissions to send as this sender"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        if self.fail_after is not None and len(self.received) >= self.fail_after:
            return "451 4.3.0 Mailbox temporarily unavailable"
        message = parsed(envelope.content)
        number = len(self.received)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        if self.stall_at == number:
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.02)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.drop_after_data:
            server.transport.abort()
        if self.one_per_connection:
            asyncio.get_running_loop().call_later(0.05, server.transport.close)
        return "250 2.0.0 OK <queued>"

    def who(self) -> list[tuple[str, str]]:
        return [who(m) for _, _, m in self.received]


class _WideSMTP(SMTP):
    """Takes AUTH XOAUTH2 with a real-sized token on one line, as Exchange Online does."""

    line_length_limit = 16384

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.command_size_limits = collections.defaultdict(lambda: 16384)


class _Controller(Controller):
    def factory(self) -> SMTP:
        return _WideSMTP(self.handler, **self.SMTP_kwargs)


def serve(inbox: Inbox, tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """Run ``inbox`` on a loopback port for the duration of a fixture. With ``tls``, as
    Exchange Online on port 587: STARTTLS first, AUTH offered only after it."""
    port = free_port()
    controller = _Controller(inbox, hostname="127.0.0.1", port=port,
                             auth_require_tls=tls is not None, tls_context=tls,
                             require_starttls=tls is not None)
    controller.start()
    try:
        yield port
    finally:
        inbox.release.set()
        controller.stop()


@dataclass
class GraphCall:
    path: str
    authorization: str
    content_type: str
    message: EmailMessage | None


@dataclass
class GraphStandIn:
    """Microsoft Graph on loopback. ``script`` holds answers for the next requests (status,
    headers, error code), used before the normal 202/201."""

    server: HTTPServer
    token: str = TOKEN
    mailbox: str | None = None  # None: /me; else /users/<mailbox>
    calls: list[GraphCall] = field(default_factory=list)
    script: list[tuple[int, dict[str, str], str]] = field(default_factory=list)
    hang: set[int] = field(default_factory=set)  # carry out delivery no. N, answer late
    refuse_at: dict[int, tuple[int, str]] = field(default_factory=dict)  # after N delivered
    daily_limit: int | None = None  # recipients a day; past it: 202, and a report later
    bad_addresses: set[str] = field(default_factory=set)  # 202, and a report: no such user
    today: int = 0  # recipients taken today
    reports: list[tuple[str, bytes, str]] = field(default_factory=list)  # (id, MIME, received)
    bounced: set[str] = field(default_factory=set)  # Message-IDs that never arrived
    cannot_read: bool = False  # 403 to reading the mailbox (no Mail.Read)
    reads: list[str] = field(default_factory=list)  # paths read

    @property
    def url(self) -> str:
        return self.server.url_for("/v1.0")

    def start(self) -> GraphStandIn:
        import re

        self.server.expect_request(re.compile("^/v1.0/.*")).respond_with_handler(self.handle)
        return self

    def handle(self, request: Request) -> Response:
        base = "/v1.0/me" if self.mailbox is None else f"/v1.0/users/{self.mailbox}"
        message = None
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return _error(401, "InvalidAuthenticationToken", "Access token is empty.")
        if request.method == "GET":
            return self.read(request, base)
        if request.path not in (f"{base}/sendMail", f"{base}/messages"):
            return _error(404, "ErrorInvalidUser", "The requested user is invalid.")
        if request.headers.get("Content-Type") != "text/plain":
            return _error(415, "ErrorInvalidContentType", "Wrong content type.")
        try:
            message = parsed(base64.b64decode(request.get_data(), validate=True))
        except ValueError:
            return _error(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string.")
        refusal = self.refuse_at.pop(len(self.delivered()), None)
        if refusal is not None:
            self.script.insert(0, (refusal[0], {}, refusal[1]))
        if self.script:
            status, headers, code = self.script.pop(0)
            self.calls.append(GraphCall(request.path, "", "", None))
            return _error(status, code, "Scripted.", headers)
        self.calls.append(GraphCall(request.path, str(request.headers.get("Authorization")),
                                    str(request.headers.get("Content-Type")), message))
        if len(self.delivered()) - 1 in self.hang:
            time.sleep(1.5)  # longer than the client waits: the answer is lost
        if not request.path.endswith("/messages"):
            self.exchange(message)
        if request.path.endswith("/messages"):
            number = len(self.delivered())
            return Response(json.dumps({"id": f"AAMkAD-draft-{number}", "isDraft": True}),
                            status=201, content_type="application/json")
        return Response(status=202)

    def delivered(self) -> list[EmailMessage]:
        return [c.message for c in self.calls if c.message is not None]

    def who(self) -> list[tuple[str, str]]:
        return [who(m) for m in self.delivered()]

    def exchange(self, message: EmailMessage) -> None:
        """What Exchange does after the 202: past the day's limit, or to an address that does
        not exist, the message comes back as a report in the sending mailbox."""
        to = message["To"].addresses[0].addr_spec
        count = 1 + len(message["Cc"].addresses if message["Cc"] else ())
        if to in self.bad_addresses:
            self.report(message, to, "5.1.10", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                        "Recipient not found by SMTP address lookup")
        elif self.daily_limit is not None and self.today + count > self.daily_limit:
            self.report(message, to, "5.2.0", "smtp;554 5.2.0 STOREDRV.Submission.Exception:"
                        "SubmissionQuotaExceededException; Failed to process message due to a "
                        "permanent exception with message [BeginDiagnosticData]Cannot submit "
                        "message.")
        else:
            self.today += count

    def report(self, message: EmailMessage, to: str, status: str, diagnostic: str) -> None:
        self.bounced.add(str(message["Message-ID"]))
        number = len(self.reports) + 1
        received = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.reports.append((f"AAMkAD-ndr-{number}", ndr(message, to, status, diagnostic),
                             received))

    def arrived(self) -> list[tuple[str, str]]:
        """(recipient, subject) of what reached its recipient."""
        return [who(m) for m in self.delivered() if str(m["Message-ID"]) not in self.bounced]

    def new_day(self) -> None:
        self.today = 0

    def read(self, request: Request, base: str) -> Response:
        query = request.query_string.decode()
        self.reads.append(request.path + (f"?{query}" if query else ""))
        if self.cannot_read:
            return _error(403, "ErrorAccessDenied", "Access is denied.")
        if request.path == f"{base}/messages":
            if "REPORT.IPM.Note.NDR" not in request.args.get("$filter", ""):
                return _error(400, "BadRequest", "Only reports here.")
            start = int(request.args.get("$skip", "0"))
            page = [{"id": i, "receivedDateTime": r} for i, _, r in self.reports[start:start + 2]]
            answer: dict[str, Any] = {"value": page}
            if start + 2 < len(self.reports):  # two a page: mus must follow the next link
                answer["@odata.nextLink"] = self.server.url_for(
                    f"{base}/messages?$skip={start + 2}&$filter=REPORT.IPM.Note.NDR")
            return _json(answer)
        for number, mime, _ in self.reports:
            if request.path == f"{base}/messages/{number}/$value":
                return Response(mime, content_type="message/rfc822")
        return _error(404, "ErrorItemNotFound", "Not found.")


def ndr(message: EmailMessage, to: str, status: str, diagnostic: str) -> bytes:
    """A non-delivery report as Exchange Online writes one (RFC 3464)."""
    headers = "".join(f"{k}: {v}\r\n" for k, v in message.items())
    return (
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@"
        "eksempel.dk>\r\nTo: hr@eksempel.dk\r\n"
        f"Subject: Undeliverable: {message['Subject']}\r\n"
        f"Message-ID: <ndr-{abs(hash(headers))}@eksempel.dk>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"Your message to {to} couldn't be delivered.\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns;AM0PR02MB0001.eurprd02.prod.outlook.com\r\n\r\n"
        f"Final-Recipient: rfc822;{to}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: {diagnostic}\r\n\r\n"
        "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"{headers}\r\n--b1--\r\n").encode()


def _error(status: int, code: str, text: str, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps({"error": {"code": code, "message": text}})
    return Response(body, status=status, headers=headers or {},
                    content_type="application/json")


ENTRA = "https://login.microsoftonline.com"


def _b64url(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@dataclass
class EntraStandIn:
    """The Microsoft sign-in service (login.microsoftonline.com) for one tenant: OpenID
    configuration, device code and token endpoints, as msal talks to them."""

    server: HTTPServer
    tenant: str = "eksempel.dk"
    username: str = "hr@eksempel.dk"
    pending: int = 1  # "authorization_pending" answers before the person has signed in
    token_error: dict[str, str] | None = None
    requests: list[dict[str, str]] = field(default_factory=list)
    nonce: str | None = None  # from the browser's sign-in page, echoed in the ID token

    def start(self) -> EntraStandIn:
        import re

        self.server.expect_request(re.compile("^/.*")).respond_with_handler(self.handle)
        return self

    def handle(self, request: Request) -> Response:
        prefix = f"/{self.tenant}"
        form = {k: str(v) for k, v in request.form.items()}
        self.requests.append({"path": request.path, **form})
        if request.path == f"{prefix}/v2.0/.well-known/openid-configuration":
            base = f"{ENTRA}{prefix}/oauth2/v2.0"
            return _json({"authorization_endpoint": f"{base}/authorize",
                          "token_endpoint": f"{base}/token",
                          "device_authorization_endpoint": f"{base}/devicecode",
                          "issuer": f"{ENTRA}/0b1c2d3e-0000-4000-8000-000000000001/v2.0"})
        if request.path == "/common/discovery/instance":
            return _json({"tenant_discovery_endpoint": f"{ENTRA}{prefix}/v2.0/.well-known/"
                          "openid-configuration", "api-version": "1.1", "metadata": [{
                              "preferred_network": "login.microsoftonline.com",
                              "preferred_cache": "login.windows.net",
                              "aliases": ["login.microsoftonline.com", "login.windows.net",
                                          "login.microsoft.com", "sts.windows.net"]}]})
        if not request.path.startswith(prefix):
            return _json({"error": "invalid_tenant", "error_description": "AADSTS90002: Tenant "
                          "not found."}, 400)
        if request.path == f"{prefix}/oauth2/v2.0/devicecode":
            return _json({"device_code": "dc-1", "user_code": "KQ7M-3XWD", "interval": 0,
                          "verification_uri": "https://microsoft.com/devicelogin",
                          "expires_in": 900, "message": "To sign in, use a web browser."})
        if request.path == f"{prefix}/oauth2/v2.0/token":
            if self.token_error is not None:
                return _json(self.token_error, 400)
            grant = form.get("grant_type", "")
            if grant.endswith("device_code") and self.pending > 0:
                self.pending -= 1
                return _json({"error": "authorization_pending",
                              "error_description": "AADSTS70016: Pending."}, 400)
            answer: dict[str, Any] = {"token_type": "Bearer", "expires_in": 3600,
                                      "scope": form.get("scope", ""), "access_token": TOKEN}
            if grant != "client_credentials":
                answer.update({
                    "refresh_token": "refresh-" + TOKEN[-12:],
                    "client_info": _b64url({"uid": "u-1", "utid": "t-1"}),
                    "id_token": ".".join([_b64url({"alg": "none"}), _b64url({
                        "aud": form.get("client_id"), "iss": f"{ENTRA}/t-1/v2.0",
                        "preferred_username": self.username, "oid": "u-1", "tid": "t-1",
                        "sub": "s-1", "exp": int(time.time()) + 3600,
                        "iat": int(time.time()),
                        **({"nonce": self.nonce} if self.nonce else {})}), ""])})
            return _json(answer)
        return _json({"error": "not_found"}, 404)


def _json(data: dict[str, Any], status: int = 200) -> Response:
    return Response(json.dumps(data), status=status, content_type="application/json")


def self_signed(folder: Any) -> tuple[ssl.SSLContext, Any]:
    """A server TLS context for 127.0.0.1 with a self-signed certificate, and the certificate's
    PEM file (for SSL_CERT_FILE, so that the client trusts it as it trusts a real CA)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "smtp.stand-in")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context, cert_file
