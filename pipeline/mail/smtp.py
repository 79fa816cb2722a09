"""SMTP: a password (``--user`` + ``MUS_SMTP_PASSWORD``), an OAuth token (``AUTH XOAUTH2``, for
Microsoft 365 and Google Workspace) or none (an internal relay).

The message is handed over step by step (MAIL, RCPT, DATA) rather than with ``send_message`` so
that mus knows exactly when the point of no return is passed: a connection lost before the final
"." was sent cannot have delivered anything; one lost after it may have.
"""

from __future__ import annotations

import contextlib
import email.policy
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr

from pipeline.errors import MailError
from pipeline.mail.compose import Planned
from pipeline.mail.replies import explain_smtp, smtp_reply
from pipeline.mail.transport import Refused, Unknown

TokenProvider = Callable[[], str]
PASSWORD_ENV = "MUS_SMTP_PASSWORD"
TOKEN_ENV = "MUS_SMTP_OAUTH_TOKEN"
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    security: str = "starttls"  # starttls | ssl | none
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    token: TokenProvider | None = field(default=None, repr=False)  # XOAUTH2 instead of password
    token_source: str = ""  # "m365", "google" or "environment", for the messages
    allow_plain_password: bool = False  # a password over an unencrypted connection, if trusted
    app_id: str = ""  # with a Microsoft 365 token: the app registration signing in by itself

    def check(self) -> None:
        """Refuse to send a password in clear unless HR said the relay is trusted."""
        if self.security == "none" and self.password and not self.allow_plain_password:
            raise MailError(
                f"--security none with --user would send the password in {PASSWORD_ENV} to "
                f"{self.host}:{self.port} unencrypted: anyone on the network between this "
                "computer and the server could read it. Use --security starttls (usually port "
                "587) or --security ssl (port 465). Only for a relay inside your own network "
                "that you trust, add --allow-plain-password.")

    @classmethod
    def parse(cls, target: str, security: str, user: str | None, *, m365: bool = False,
              password_env: str = PASSWORD_ENV, token_env: str = TOKEN_ENV,
              allow_plain_password: bool = False) -> Smtp:
        """From the command line; the password or token only ever from the environment. With
        ``m365`` the token comes from signing in to Microsoft 365 (see :meth:`with_token`)."""
        host, _, port = target.rpartition(":")
        if not host or not port.isdigit():
            raise MailError(f'"{target}" is not a mail server address: write it as HOST:PORT, '
                            "for example smtp.office365.com:587.")
        if m365:
            return cls(host, int(port), security, user, token_source="m365")
        password = os.environ.get(password_env) if user else None
        token = os.environ.get(token_env) if user else None
        if password and token:
            raise MailError(f"Both {password_env} and {token_env} are set: mus does not guess "
                            "which one to sign in with. Remove the one you do not mean and run "
                            "again.")
        if token:
            return cls(host, int(port), security, user, token=lambda: token,
                       token_source="environment")
        if user and not password:
            raise MailError(f"--user was given but the environment variable {password_env} is "
                            f"empty. Set it to the password (or {token_env} to an OAuth token; "
                            "neither is ever read from the command line) and run again.")
        return cls(host, int(port), security, user, password,
                   allow_plain_password=allow_plain_password)

    def with_token(self, token: TokenProvider, user: str, app_id: str = "") -> Smtp:
        """The same server, signing in with a Microsoft 365 token as ``user`` (unless --user
        named another); ``app_id``: the app registration signing in by itself."""
        return Smtp(self.host, self.port, self.security, self.user or user, None, self.timeout,
                    token, "m365", app_id=app_id)


class SmtpTransport:
    def __init__(self, server: Smtp, sender: str) -> None:
        self.server = server
        self.sender = parseaddr(sender)[1]
        self.route = f"smtp {server.host}:{server.port}"
        self.name = f"the mail server {server.host}:{server.port}"
        self.connection: smtplib.SMTP | None = None

    def open(self) -> None:
        self.connection = self._connect()

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.connection.quit()
            self.connection = None

    def deliver(self, item: Planned, message: EmailMessage,
                handing_over: Callable[[], None]) -> str:
        recipients = [item.to_address, *(address for _, address in item.cc)]
        try:
            return self._transmit(message, recipients, handing_over)
        except _Dropped:  # the server had closed an idle connection: once more, afresh
            self.close()
            self.connection = self._connect()
            try:
                return self._transmit(message, recipients, handing_over)
            except _Dropped as err:
                raise Refused(f"The connection to {self.name} was closed before the message "
                              f"could be handed over ({err}).",
                              "Wait a few minutes and check the connection.") from err

    def _transmit(self, message: EmailMessage, recipients: list[str],
                  handing_over: Callable[[], None]) -> str:
        connection = self.connection
        assert connection is not None
        try:
            connection.ehlo_or_helo_if_needed()  # what the server offers, e.g. SMTPUTF8
        except (smtplib.SMTPServerDisconnected, OSError) as err:
            raise _Dropped(_plain(err)) from err
        options: list[str] = []
        policy = email.policy.SMTP
        if not "".join([self.sender, *recipients]).isascii():
            if not connection.has_extn("smtputf8"):
                raise Refused(f"An address has letters outside the English alphabet "
                              f"({', '.join(recipients)}) and {self.name} cannot take such "
                              "addresses.", "Correct the address in the employee list.",
                              only_this=True)
            options = ["SMTPUTF8", "BODY=8BITMIME"]
            policy = email.policy.SMTPUTF8
        data = _LEADING_DOT.sub(b"..", message.as_bytes(policy=policy))
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        try:
            code, reply = connection.mail(self.sender, options)
            if code != 250:
                self._reset()
                raise explain_smtp(code, reply, "mail", self.server, self.sender)
            for address in recipients:
                code, reply = connection.rcpt(address)
                if code not in (250, 251):
                    self._reset()
                    raise explain_smtp(code, reply, "rcpt", self.server, address, self.sender)
            handing_over()
            code, reply = connection.docmd("DATA")
            if code != 354:
                self._reset()
                raise explain_smtp(code, reply, "data", self.server, self.sender)
        except (smtplib.SMTPServerDisconnected, OSError) as err:
            raise _Dropped(_plain(err)) from err
        try:
            connection.send(data + b".\r\n")
        except (smtplib.SMTPServerDisconnected, OSError) as err:  # the end never reached it
            self.connection = None
            raise Refused(f"The connection to {self.name} broke while the message was being "
                          f"handed over ({_plain(err)}); without its end the server cannot "
                          "have delivered it.", "Check the connection.") from err
        try:
            code, reply = connection.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as err:
            self.connection = None
            raise Unknown(f"The whole message was handed over to {self.name}, and then the "
                          f"connection was lost before the server said whether it took it "
                          f"({_plain(err)}).") from err
        if code != 250:
            raise explain_smtp(code, reply, "end", self.server, self.sender)
        return smtp_reply(code, reply)

    def _reset(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.connection.rset()

    def _connect(self) -> smtplib.SMTP:
        server = self.server
        where = f"{server.host}:{server.port}"
        token = server.token() if server.token is not None else None  # sign-in problems first
        try:
            if server.security == "ssl":
                connection: smtplib.SMTP = smtplib.SMTP_SSL(
                    server.host, server.port, timeout=server.timeout,
                    context=ssl.create_default_context())
            else:
                connection = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
                if server.security == "starttls":
                    connection.starttls(context=ssl.create_default_context())
        except smtplib.SMTPNotSupportedError as err:
            raise Refused(f"Could not connect to the mail server {where}: it does not offer "
                          "an encrypted connection with STARTTLS.",
                          "Use --security ssl (usually port 465), or --security none only for "
                          "an internal relay inside your own network.") from err
        except ssl.SSLError as err:
            raise Refused(f"Could not connect to the mail server {where}: the encrypted "
                          f"connection failed ({_plain(err)}).",
                          "Check --security: starttls goes with port 587, ssl with port 465."
                          ) from err
        except socket.gaierror as err:
            raise Refused(f"Could not connect to the mail server {where}: the name "
                          f"{server.host} cannot be found.",
                          "Check the spelling of the address and that this computer is "
                          "online.") from err
        except (OSError, smtplib.SMTPException) as err:
            raise Refused(f"Could not connect to the mail server {where} ({_plain(err)}).",
                          "Check the address, the port (587 with starttls, 465 with ssl, 25 "
                          "for an internal relay) and --security, and that no firewall blocks "
                          "the port.") from err
        try:
            if server.token is not None:
                connection.ehlo_or_helo_if_needed()
                connection.auth("XOAUTH2", _Xoauth2(server.user or self.sender, token or ""))
            elif server.user:
                connection.login(server.user, server.password or "")
        except smtplib.SMTPResponseException as err:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                connection.close()
            raise explain_smtp(err.smtp_code, err.smtp_error, "auth", server,
                               server.user or self.sender) from err
        except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as err:
            with contextlib.suppress(OSError):
                connection.close()
            raise Refused(f"The connection to the mail server {where} was lost while signing "
                          f"in ({_plain(err)}).", "Check the connection and run again.") from err
        except (OSError, smtplib.SMTPException) as err:  # no AUTH, or no mechanism in common
            with contextlib.suppress(OSError):
                connection.close()
            raise Refused(f"The mail server {where} offers no way of signing in that mus "
                          f"knows ({_plain(err)}).",
                          "Use --security starttls or ssl (servers offer sign-in only on an "
                          "encrypted connection), or leave out --user for an internal relay."
                          ) from err
        return connection


class _Dropped(Exception):
    """The connection was gone before the message was handed over."""


class _Xoauth2:
    """The SASL XOAUTH2 answer (RFC 7628 style, as Microsoft and Google take it). On failure the
    server may send a challenge with its error; the answer to that is empty, and then it says
    535. The token is never kept beyond the sign-in nor shown."""

    def __init__(self, user: str, token: str) -> None:
        self._answer: str | None = f"user={user}\x01auth=Bearer {token}\x01\x01"

    def __call__(self, challenge: bytes | None = None) -> str:
        answer, self._answer = self._answer, None
        return answer if challenge is None and answer is not None else ""


def _plain(err: BaseException) -> str:
    if isinstance(err, smtplib.SMTPResponseException):
        return smtp_reply(err.smtp_code, err.smtp_error)
    if isinstance(err, TimeoutError | socket.timeout):
        return "no answer in time"
    if isinstance(err, ConnectionRefusedError):
        return "nothing answers on that port"
    if isinstance(err, ConnectionResetError):
        return "the server closed the connection"
    return str(err) or type(err).__name__
