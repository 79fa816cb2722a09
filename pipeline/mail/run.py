"""``mus mail``: plan, compose, then write drafts or send; reminders only to those missing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from pipeline.errors import MailError
from pipeline.forms.generate import read_inputs
from pipeline.forms.manifest import read_manifest
from pipeline.mail.compose import Planned, Skipped, build_message, plan_messages, render_mail
from pipeline.mail.deliver import SendLog, Smtp, send, write_drafts
from pipeline.render import environment


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
    pause: float = 1.0


@dataclass
class MailResult:
    planned: list[Planned]
    skipped: list[Skipped]
    subjects: dict[str, str] = field(default_factory=dict)  # key → subject
    drafts: list[Path] = field(default_factory=list)
    sent: int = 0
    already_sent: int = 0
    log: Path | None = None


def run_mail(options: MailOptions,
             progress: Callable[[int, int], None] | None = None) -> MailResult:
    manifest = read_manifest(options.forms)
    staff, question_set = read_inputs(options.employees, options.questions)
    only_missing = None
    if options.reminder:
        if options.returned is None:
            raise MailError("--reminder needs --returned FOLDER: the folder the returned forms "
                            "are collected in, so that only those missing are reminded.")
        from pipeline.collect.ingest import collect

        got = collect(options.returned, options.employees, options.questions, manifest.season)
        answered = {(r.employee_id, r.kind.value) for r in got.responses}
        only_missing = {(e.employee_id, e.kind) for e in manifest.forms} - answered
    planned, skipped = plan_messages(manifest, staff, cc_leader=options.cc_leader,
                                     reminder=options.reminder, only_missing=only_missing)
    log_path = options.out / "mail-log.jsonl"
    result = MailResult(planned, skipped, log=log_path)
    env = environment(options.templates)
    settings = question_set.settings
    rendered = {}
    for item in planned:  # every text first: a template mistake stops before any mail
        rendered[item.key] = render_mail(env, item, settings, manifest.season)
        result.subjects[item.key] = rendered[item.key][0]
    if options.dry_run:
        return result
    if options.smtp is not None and not options.sender:
        raise MailError("Sending needs --sender, the address the e-mails come from, for example "
                        '"HR <hr@kommune.dk>".')

    def compose(items: list[Planned], draft: bool) -> Iterator[tuple[Planned, EmailMessage]]:
        for item in items:  # one at a time: attachments are not all held in memory
            yield item, build_message(item, *rendered[item.key], options.sender,
                                      options.forms, draft)

    if options.smtp is None:
        result.drafts = write_drafts(compose(planned, True), options.out)
        return result
    log = SendLog.open(log_path)
    pending = [item for item in planned if item.key not in log.sent]
    result.already_sent = len(planned) - len(pending)
    result.sent = send(compose(pending, False), options.smtp, log, options.pause,
                       (lambda n: progress(n, len(pending))) if progress else None)
    return result
