"""``mus mail``'s options turned into what the run needs: which way out, which sign-in, which
mailbox; the combinations that mean nothing are refused with plain words before anything is read.

Secrets only ever come from the environment: ``MUS_SMTP_PASSWORD``, ``MUS_SMTP_OAUTH_TOKEN``,
``MUS_M365_*`` and ``MUS_M365_ACCESS_TOKEN`` (a Microsoft 365 token obtained elsewhere, e.g. for
a national cloud or a test: used as it is, never written anywhere).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path

from pipeline.errors import MailError
from pipeline.mail.auth import M365
from pipeline.mail.graph import GRAPH_URL
from pipeline.mail.inbox import GraphInbox, ImapInbox, Inbox
from pipeline.mail.reports import Imap
from pipeline.mail.run import MailOptions
from pipeline.mail.smtp import PASSWORD_ENV, TOKEN_ENV, Smtp

ACCESS_TOKEN_ENV = "MUS_M365_ACCESS_TOKEN"
GMAIL_SMTP, GMAIL_IMAP = "smtp.gmail.com:587", "imap.gmail.com:993"


@dataclass(frozen=True)
class MailCommand:
    """How to send, as given on the command line."""

    m365: bool = False
    drafts_in_mailbox: bool = False
    client_id: str | None = None
    tenant: str | None = None
    smtp: str | None = None
    security: str = "starttls"
    sender: str | None = None
    user: str | None = None
    mailbox: str | None = None
    device_code: bool = False
    graph_url: str | None = None
    google: bool = False
    daily_limit: int | None = None
    bounces: bool = False
    imap: str | None = None
    allow_plain_password: bool = False


def mail_options(c: MailCommand, forms: Path, employees: Path, questions: Path, out: Path,
                 templates: Path | None, cc_leader: bool, reminder: bool,
                 returned: Path | None, dry_run: bool, pause: float | None,
                 resend_uncertain: bool, include_hidden: bool,
                 notify: Callable[[str], None] = lambda text: None,
                 env: Mapping[str, str] | None = None, *, include_leavers: bool = False,
                 skip_on_leave: bool = False) -> tuple[MailOptions, Imap | None]:
    env = os.environ if env is None else env
    m365 = c.m365 or c.drafts_in_mailbox
    _refuse_nonsense(c, m365)
    sender = c.sender or c.mailbox or ""
    access = env.get(ACCESS_TOKEN_ENV, "").strip() if m365 else ""
    token = (lambda: access) if access else None
    google_token = None
    if c.google:
        from pipeline.mail.google import google_sign_in

        google_token = google_sign_in(c.user or parseaddr(sender)[1], notify)
    target = c.smtp or (GMAIL_SMTP if c.google else None)
    server = None
    if target and google_token is not None:
        plain = Smtp.parse(target, c.security, None)
        server = dataclasses.replace(plain, user=c.user or parseaddr(sender)[1],
                                     token=google_token, token_source="google")
    elif target:
        server = Smtp.parse(target, c.security, c.user, m365=m365,
                            allow_plain_password=c.allow_plain_password)
    account = M365.configure(c.client_id, c.tenant, sender) if m365 and not access else None
    reader = _reader(c, sender, google_token, env) if c.bounces and not m365 else None
    options = MailOptions(forms, employees, questions, out, templates, cc_leader, reminder,
                          returned, server, sender, dry_run, pause, account, c.drafts_in_mailbox,
                          resend_uncertain, token, c.graph_url, include_hidden, c.mailbox,
                          c.daily_limit, c.device_code, include_leavers, skip_on_leave)
    return options, reader


def _refuse_nonsense(c: MailCommand, m365: bool) -> None:
    if c.user and not (c.smtp or c.imap or c.google):
        raise MailError("--user is for signing in to a mail server given with --smtp; without "
                        "--smtp it would mean nothing. Add --smtp HOST:PORT or leave out --user.")
    if m365 and c.google:
        raise MailError("--m365 and --google are two different mail services: give the one "
                        "your organisation uses.")
    if c.mailbox and not m365:
        raise MailError("--mailbox names a Microsoft 365 mailbox to send from: it goes with "
                        "--m365.")
    if c.imap and not c.bounces:
        raise MailError("--imap is where --bounces reads the non-delivery reports; without "
                        "--bounces it would mean nothing.")


def _reader(c: MailCommand, sender: str, google_token: Callable[[], str] | None,
            env: Mapping[str, str]) -> Imap | None:
    """Where --bounces reads the reports of a mailbox that is not Microsoft 365's."""
    target = c.imap or (GMAIL_IMAP if c.google else None)
    if target is None:
        return None
    return imap_server(target, c.security, c.user or parseaddr(sender)[1], google_token,
                       c.allow_plain_password, env, "--bounces --imap")


def imap_server(target: str, security: str, user: str,
                google_token: Callable[[], str] | None, allow_plain_password: bool,
                env: Mapping[str, str], what: str) -> Imap:
    """An IMAP server to read with the sign-in from the environment (or Google's): an OAuth
    token (XOAUTH2) in MUS_SMTP_OAUTH_TOKEN, else the password in MUS_SMTP_PASSWORD."""
    token = google_token
    password = None
    if token is None:
        given = env.get(TOKEN_ENV, "").strip()
        token = (lambda: given) if given else None
    if token is None:
        password = env.get(PASSWORD_ENV) or None
        if not password:
            raise MailError(f"{what} needs the mailbox's sign-in, as for sending: "
                            f"--user with the password in {PASSWORD_ENV} (or an OAuth token in "
                            f"{TOKEN_ENV}, or --google).")
    reader = Imap.parse(target, security, user, password, token)
    if reader.security == "none" and password and not allow_plain_password:
        raise MailError(f"--security none would send the password in {PASSWORD_ENV} to "
                        f"{reader.host}:{reader.port} unencrypted. Use port 993 (or --security "
                        "starttls); only for a server inside your own network that you trust, "
                        "add --allow-plain-password.")
    return reader


@dataclass(frozen=True)
class CollectCommand:
    """Where ``mus collect`` reads, as given on the command line."""

    m365: bool = False
    client_id: str | None = None
    tenant: str | None = None
    mailbox: str | None = None
    device_code: bool = False
    graph_url: str | None = None
    imap: str | None = None
    google: bool = False
    user: str | None = None
    security: str = "ssl"
    allow_plain_password: bool = False
    folder: str | None = None
    mark_read: bool = False
    move_to: str | None = None


def open_inbox(c: CollectCommand, notify: Callable[[str], None] = lambda text: None,
               env: Mapping[str, str] | None = None) -> Inbox:
    """The mailbox folder to collect from, signed in; read-only unless asked to mark or move."""
    env = os.environ if env is None else env
    if c.m365 and (c.imap or c.google):
        raise MailError("--m365 reads through Microsoft Graph; --imap and --google are for other "
                        "mail services: give the one your organisation uses.")
    if not (c.m365 or c.imap or c.google):
        raise MailError("`mus collect` reads the mailbox the replies arrive in: add --m365 (the "
                        "HR mailbox in Microsoft 365; --mailbox hr@… for a shared one) or --imap "
                        "HOST[:PORT] (any other mail service; --google for Gmail).")
    if c.mailbox and not c.m365:
        raise MailError("--mailbox names a Microsoft 365 mailbox: it goes with --m365 (with "
                        "--imap, sign in as the mailbox with --user).")
    write = c.mark_read or bool(c.move_to)
    if not c.m365:
        google_token = None
        if c.google:
            from pipeline.mail.google import google_sign_in

            google_token = google_sign_in(c.user or "", notify)
        user = c.user or ""
        if not user:
            raise MailError("--imap needs --user: the mailbox (or the person) to sign in as, "
                            "e.g. --user hr@firma.dk.")
        server = imap_server(c.imap or GMAIL_IMAP, c.security, user, google_token,
                             c.allow_plain_password, env, "mus collect --imap")
        return ImapInbox(server, c.folder, write, bool(c.move_to))
    from pipeline.mail.auth import permission, sign_in
    from pipeline.mail.reports import GraphReader
    from pipeline.mail.run import GRAPH_URL_ENV

    purpose = "modify" if write else "read"
    access = env.get(ACCESS_TOKEN_ENV, "").strip()
    app_only = False
    if access:
        token: Callable[[], str] = lambda: access  # noqa: E731
    else:
        if not (c.mailbox or c.tenant):
            raise MailError("--m365 needs --mailbox (the mailbox the replies arrive in, e.g. "
                            "hr@kommune.dk) or --tenant (your organisation's domain or tenant "
                            "ID).")
        account = M365.configure(c.client_id, c.tenant, c.mailbox or "", env)
        app_only = account.app_only
        if app_only and not c.mailbox:
            raise MailError("The app signs in by itself (a secret or certificate in the "
                            "environment), so it has no mailbox of its own: give the mailbox "
                            "to read with --mailbox hr@kommune.dk.")
        token = sign_in(account, purpose, c.mailbox or "", notify, shared=bool(c.mailbox),
                        device_code=c.device_code)
    base = (c.graph_url or env.get(GRAPH_URL_ENV) or GRAPH_URL).rstrip("/")
    reader = GraphReader(token, c.mailbox, permission(purpose, app_only, bool(c.mailbox)),
                         notify=notify)
    return GraphInbox(reader, base, c.folder)
