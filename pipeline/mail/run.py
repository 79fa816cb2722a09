"""``mus mail``: plan, compose, then write ``.eml`` drafts or send one of three ways (SMTP,
Microsoft Graph sendMail, Graph drafts in the mailbox), all through the same composed messages,
the same pause and the same send log; reminders only to those missing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from pipeline.errors import MailError
from pipeline.forms.manifest import read_manifest
from pipeline.inputs import read_all_inputs
from pipeline.mail import graph
from pipeline.mail.auth import M365, TokenProvider, sign_in
from pipeline.mail.compose import (
    Planned,
    Skipped,
    build_message,
    plan_messages,
    render_mail,
)
from pipeline.mail.drafts import write_drafts
from pipeline.mail.sendlog import LOG, LogEntry, SendLog, read_entries
from pipeline.mail.smtp import Smtp, SmtpTransport
from pipeline.mail.transport import Transport, deliver_all
from pipeline.render import environment
from pipeline.sheets.values import valid_email

M365_PAUSE = 2.0  # Exchange Online takes at most 30 messages a minute from one mailbox


@dataclass(frozen=True)
class MailOptions:
    forms: Path
    employees: Path
    questions: Path
    out: Path  # drafts go here; the send log beside them
    templates: Path | None = None
    cc_leader: bool = False
    reminder: bool = False
    returned: Path | None = None
    smtp: Smtp | None = None
    sender: str = ""
    dry_run: bool = False
    pause: float | None = None  # None: 1 s, or 2 s through Microsoft 365
    m365: M365 | None = None  # sign in to Microsoft 365: Graph, or the token for --smtp
    drafts_in_mailbox: bool = False
    resend_uncertain: bool = False
    token: TokenProvider | None = None  # a token provider of one's own instead of msal's
    graph_url: str | None = None  # Microsoft Graph's address (default: graph.GRAPH_URL)
    include_hidden: bool = False  # rows the employee list hides are employees too
    include_leavers: bool = False  # those the list says have left are mailed too
    skip_on_leave: bool = False  # those on leave are not mailed


@dataclass
class MailResult:
    planned: list[Planned]
    skipped: list[Skipped]
    subjects: dict[str, str] = field(default_factory=dict)  # key → subject
    drafts: list[Path] = field(default_factory=list)
    sent: int = 0
    already_sent: int = 0
    uncertain: list[LogEntry] = field(default_factory=list)  # left alone: may have arrived
    resent_uncertain: int = 0
    refused: list[tuple[Planned, str]] = field(default_factory=list)
    pending: list[Planned] = field(default_factory=list)
    log: Path | None = None
    way: str = ""  # how they went, in words


def run_mail(options: MailOptions,
             progress: Callable[[int, int], None] | None = None,
             notify: Callable[[str], None] | None = None) -> MailResult:
    """``notify`` gets what the person must see while it runs: the sign-in code, waits."""
    _check_ways(options)
    manifest = read_manifest(options.forms)
    inputs = read_all_inputs(options.employees, options.questions, options.include_hidden,
                             include_leavers=options.include_leavers,
                             skip_on_leave=options.skip_on_leave)
    staff, question_set = inputs.staff, inputs.question_set
    absent = {a.number: f"has left ({a.reason}); --include-leavers mails them anyway"
              for a in inputs.listing.leavers}
    if options.skip_on_leave:
        absent.update({a.number: f"is on leave ({a.reason}) and --skip-on-leave was given"
                       for a in inputs.listing.on_leave})
    only_missing = None
    if options.reminder:
        if options.returned is None:
            raise MailError("--reminder needs --returned FOLDER: the folder the returned forms "
                            "are collected in, so that only those missing are reminded.")
        from pipeline.collect.ingest import collect

        got = collect(options.returned, options.employees, options.questions, manifest.season,
                      include_hidden=options.include_hidden,
                      include_leavers=options.include_leavers,
                      skip_on_leave=options.skip_on_leave)
        answered = {(r.employee_id, r.kind.value) for r in got.responses}
        only_missing = {(e.employee_id, e.kind) for e in manifest.forms} - answered
    planned, skipped = plan_messages(manifest, staff, cc_leader=options.cc_leader,
                                     reminder=options.reminder, only_missing=only_missing,
                                     absent=absent)
    log_path = options.out / LOG
    result = MailResult(planned, skipped, log=log_path)
    env = environment(options.templates)
    settings = question_set.settings
    rendered = {}
    for item in planned:  # every text first: a template mistake stops before any mail
        rendered[item.key] = render_mail(env, item, settings, manifest.season)
        result.subjects[item.key] = rendered[item.key][0]
    sending = options.smtp is not None or options.m365 is not None or options.token is not None
    if sending and not valid_email(parseaddr(options.sender)[1]):
        raise MailError("Sending needs --sender, the address the e-mails come from, for example "
                        '"HR <hr@kommune.dk>".')

    def compose(items: list[Planned], draft: bool) -> Iterator[tuple[Planned, EmailMessage]]:
        for item in items:  # one at a time: attachments are not all held in memory
            yield item, build_message(item, *rendered[item.key], options.sender,
                                      options.forms, draft)

    if not sending:
        if not options.dry_run:
            result.drafts = write_drafts(compose(planned, True), options.out)
        result.pending = planned
        return result
    if options.dry_run:
        _sort(result, read_entries(log_path), options.resend_uncertain)
        return result
    with SendLog.open(log_path) as log:
        _sort(result, log.entries, options.resend_uncertain)
        if not result.pending:
            return result
        transport = _transport(options, notify)
        result.way = transport.name
        pause = options.pause if options.pause is not None else (
            M365_PAUSE if options.m365 is not None else 1.0)
        total = len(result.pending)
        delivery = deliver_all(compose(result.pending, False), transport, log, pause,
                               (lambda n: progress(n, total)) if progress else None)
    result.sent, result.refused = delivery.sent, delivery.refused
    return result


def _check_ways(options: MailOptions) -> None:
    if options.drafts_in_mailbox and options.smtp is not None:
        raise MailError("--drafts-in-mailbox makes drafts in the mailbox through Microsoft Graph "
                        "and sends nothing, so it does not go with --smtp. Leave out one of "
                        "them.")
    if options.drafts_in_mailbox and options.m365 is None and options.token is None:
        raise MailError("--drafts-in-mailbox needs --m365: the drafts are made in a Microsoft "
                        "365 mailbox.")


def _sort(result: MailResult, entries: dict[str, LogEntry], resend_uncertain: bool) -> None:
    """Which planned e-mails go now: never those sent, uncertain ones only when asked."""
    for item in result.planned:
        entry = entries.get(item.key)
        state = entry.state if entry else "open"
        if state == "sent":
            result.already_sent += 1
        elif state == "uncertain" and entry is not None and not resend_uncertain:
            result.uncertain.append(entry)
        else:
            result.resent_uncertain += state == "uncertain"
            result.pending.append(item)


def _transport(options: MailOptions, notify: Callable[[str], None] | None) -> Transport:
    sender = parseaddr(options.sender)[1]
    purpose = ("drafts" if options.drafts_in_mailbox else
               "smtp" if options.smtp is not None else "graph")
    m365 = options.m365
    token = options.token
    if token is None and m365 is not None:
        token = sign_in(m365, purpose, sender, notify or (lambda text: None))
    if options.smtp is not None:
        server = options.smtp if token is None else options.smtp.with_token(token, sender)
        return SmtpTransport(server, options.sender)
    assert token is not None
    mailbox = sender if m365 is not None and m365.app_only else None
    transport = graph.GraphTransport(token, mailbox, options.drafts_in_mailbox,
                                     base_url=options.graph_url or graph.GRAPH_URL,
                                     notify=notify)
    if options.drafts_in_mailbox:
        transport.name = f"Microsoft 365 (drafts in {mailbox or 'your own mailbox'})"
    return transport
