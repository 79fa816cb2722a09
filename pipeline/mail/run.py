"""``mus mail``: plan, compose, then write ``.eml`` drafts or send one of three ways (SMTP,
Microsoft Graph sendMail, Graph drafts in the mailbox), all through the same composed messages,
the same pause and the same send log; reminders only to those missing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from pipeline.errors import MailError
from pipeline.forms.manifest import read_manifest
from pipeline.inputs import read_all_inputs
from pipeline.mail import graph
from pipeline.mail.addresses import sending_address
from pipeline.mail.auth import M365, TokenProvider, permission, sign_in
from pipeline.mail.bounces import SLACK, Reconciled, reconcile, resend_after
from pipeline.mail.budget import DAY, Allowance, Budget, provider_of
from pipeline.mail.codes import ADDRESS
from pipeline.mail.compose import (
    Planned,
    Skipped,
    build_message,
    plan_messages,
    render_mail,
)
from pipeline.mail.drafts import write_drafts
from pipeline.mail.reports import Imap, graph_reports, imap_reports
from pipeline.mail.sendlog import LOG, REFUSED, LogEntry, SendLog, read_entries, read_sends
from pipeline.mail.smtp import Smtp, SmtpTransport
from pipeline.mail.transport import Loop, Transport, deliver_all
from pipeline.model import FormKind
from pipeline.render import environment

GRAPH_URL_ENV = "MUS_GRAPH_URL"
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
    mailbox: str | None = None  # send and draft in this (shared) mailbox: /users/{mailbox}
    daily_limit: int | None = None  # instead of the provider's own (budget.PROVIDERS)
    device_code: bool = False  # a person signs in with a code instead of in the browser
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
    bounced: list[LogEntry] = field(default_factory=list)  # came back; not sent again
    resent_bounced: int = 0  # came back for a limit, and sent again now
    budget: Budget | None = None  # the sender's last 24 hours, when sending
    held: int = 0  # not sent in this run: the daily limit is reached
    resume: dt.datetime | None = None  # ... until then
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())


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
        # a follow-up form counts as back only for its own round
        answered = {(r.employee_id, r.kind.value) for r in got.responses
                    if r.kind is not FormKind.FOLLOWUP or r.generated == manifest.generated}
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
    sender = sending_address(options.sender) if sending else options.sender

    def compose(items: list[Planned], draft: bool) -> Iterator[tuple[Planned, EmailMessage]]:
        for item in items:  # one at a time: attachments are not all held in memory
            yield item, build_message(item, *rendered[item.key], sender, options.forms, draft)

    if not sending:
        if not options.dry_run:
            result.drafts = write_drafts(compose(planned, True), options.out)
        result.pending = planned
        return result
    address = parseaddr(sender)[1]
    if not options.drafts_in_mailbox:
        result.budget = Budget(Allowance.of(_provider(options), options.daily_limit),
                               read_sends(log_path, address, result.now - DAY))
    if options.dry_run:
        _sort(result, read_entries(log_path), options.resend_uncertain)
        return result
    with SendLog.open(log_path) as log:
        log.sender = address
        known_bad = _sort(result, log.entries, options.resend_uncertain)
        if not result.pending:
            return result
        first = 1 + len(result.pending[0].cc)
        if result.budget is not None and not result.budget.fits(first, result.now):
            result.held = len(result.pending)  # nothing fits: no need to connect at all
            result.resume = result.budget.free_at(first, result.now)
            return result
        transport = _transport(options, sender, notify)
        result.way = transport.name
        pause = options.pause if options.pause is not None else (
            M365_PAUSE if options.m365 is not None or options.token is not None else 1.0)
        total = len(result.pending)
        loop = Loop(log, pause, result.budget, known_bad, total,
                    (lambda n: progress(n, total)) if progress else None,
                    notify or (lambda text: None))
        delivery = deliver_all(compose(result.pending, False), transport, log, loop=loop)
    result.sent, result.refused = delivery.sent, delivery.refused
    result.held, result.resume = delivery.held, delivery.resume
    return result


def run_bounces(options: MailOptions, imap: Imap | None = None,
                notify: Callable[[str], None] | None = None) -> Reconciled:
    """``mus mail --bounces``: read the non-delivery reports in the sending mailbox and mark the
    e-mails they are about as bounced in the send log. Sends nothing."""
    log_path = options.out / LOG
    entries = read_entries(log_path)
    moments = [e.moment for e in entries.values() if e.message_id and e.moment is not None]
    if not moments:
        raise MailError(f"Nothing has been sent from {options.out} yet (no send log {LOG} "
                        "there), so there are no reports to read.")
    since = min(moments) - SLACK
    if imap is not None:
        reports = imap_reports(imap, since)
    elif options.m365 is not None or options.token is not None:
        sender = parseaddr(options.sender)[1]
        app_only = options.m365 is not None and options.m365.app_only
        mailbox = options.mailbox or (sender if app_only else None)
        token = options.token
        if token is None:
            assert options.m365 is not None
            token = sign_in(options.m365, "read", mailbox or sender,
                            notify or (lambda text: None), shared=bool(options.mailbox),
                            device_code=options.device_code)
        reports = graph_reports(token, graph_url(options), mailbox, since,
                                permission("read", app_only, bool(options.mailbox)),
                                notify=notify)
    else:
        raise MailError("--bounces reads the reports in the sending mailbox: add --m365 (through "
                        "Microsoft Graph) or --imap HOST:PORT (any other mail service, e.g. "
                        "imap.gmail.com:993), with the same sign-in as for sending.")
    with SendLog.open(log_path) as log:
        return reconcile(reports, log)


def _provider(options: MailOptions) -> str:
    microsoft = options.smtp is None or options.m365 is not None or (
        options.smtp.token_source == "m365")
    return provider_of(options.smtp.host if options.smtp else None, microsoft)


def _check_ways(options: MailOptions) -> None:
    if options.smtp is not None:
        options.smtp.check()
    if options.drafts_in_mailbox and options.smtp is not None:
        raise MailError("--drafts-in-mailbox makes drafts in the mailbox through Microsoft Graph "
                        "and sends nothing, so it does not go with --smtp. Leave out one of "
                        "them.")
    if options.drafts_in_mailbox and options.m365 is None and options.token is None:
        raise MailError("--drafts-in-mailbox needs --m365: the drafts are made in a Microsoft "
                        "365 mailbox.")


def _sort(result: MailResult, entries: dict[str, LogEntry],
          resend_uncertain: bool) -> frozenset[str]:
    """Which planned e-mails go now: never those sent, uncertain ones only when asked, bounced
    ones when the reason was the sender's limit or the address has been corrected since.
    Addresses refused before go last (so that they do not count as "several in a row");
    their keys are returned."""
    later: list[Planned] = []
    for item in result.planned:
        entry = entries.get(item.key)
        state = entry.state if entry else "open"
        if state == "sent":
            result.already_sent += 1
        elif state == "uncertain" and entry is not None and not resend_uncertain:
            result.uncertain.append(entry)
        elif state == "bounced" and entry is not None:
            if resend_after(entry) or entry.to.lower() != item.to_address.lower():
                result.resent_bounced += 1
                result.pending.append(replace(item, bounced=entry.message_id))
            else:
                result.bounced.append(entry)
        elif (entry is not None and entry.event == REFUSED and entry.problem == ADDRESS
              and entry.to.lower() == item.to_address.lower()):
            later.append(item)
        else:
            result.resent_uncertain += state == "uncertain"
            result.pending.append(item)
    result.pending.extend(later)
    return frozenset(item.key for item in later)


def _transport(options: MailOptions, from_: str,
               notify: Callable[[str], None] | None) -> Transport:
    sender = parseaddr(from_)[1]
    purpose = ("drafts" if options.drafts_in_mailbox else
               "smtp" if options.smtp is not None else "graph")
    m365 = options.m365
    app_only = m365 is not None and m365.app_only
    mailbox = options.mailbox or (sender if app_only else None)
    token = options.token
    if token is None and m365 is not None:
        token = sign_in(m365, purpose, mailbox or sender, notify or (lambda text: None),
                        shared=bool(options.mailbox) and purpose != "smtp",
                        device_code=options.device_code)
    if options.smtp is not None:
        if token is None:
            return SmtpTransport(options.smtp, from_)
        app_id = m365.client_id if m365 is not None and app_only else ""
        user = mailbox if app_only and mailbox else sender
        return SmtpTransport(options.smtp.with_token(token, user, app_id), from_)
    assert token is not None
    transport = graph.GraphTransport(token, mailbox, options.drafts_in_mailbox,
                                     base_url=graph_url(options), notify=notify,
                                     delegated=not app_only)
    if options.drafts_in_mailbox:
        transport.name = f"Microsoft 365 (drafts in {mailbox or 'your own mailbox'})"
    elif mailbox and not app_only:
        transport.name = f"Microsoft 365 (the mailbox {mailbox})"
    return transport


def graph_url(options: MailOptions) -> str:
    """--graph-url, MUS_GRAPH_URL (a national cloud, a stand-in), or Microsoft Graph's own."""
    return (options.graph_url or os.environ.get(GRAPH_URL_ENV) or graph.GRAPH_URL).rstrip("/")
