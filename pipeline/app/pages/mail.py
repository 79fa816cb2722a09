"""Mail: the e-mails with the forms (the stage ``mus mail`` runs): what would go out as a table
(the dry run), drafts or sending with progress and the daily limit, reminders, and signing in
to Microsoft 365 or Google in the browser as the command does.

A password typed here is handed to the mail server for this run only, as the command takes it
from MUS_SMTP_PASSWORD: it is never written to a file, a log or the page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from email.utils import parseaddr
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from pipeline.app.jobs import Job
from pipeline.app.season import Season
from pipeline.app.web import back_to, context, flag, job_view, posted, render, text_field
from pipeline.errors import MailError
from pipeline.mail.run import MailOptions, MailResult, run_mail
from pipeline.mail.setup import MailCommand, mail_options
from pipeline.mail.smtp import PASSWORD_ENV
from pipeline.mail.summary import mail_summary
from pipeline.places import inside
from pipeline.stages.season import season_forms

WAYS = ("drafts", "m365", "smtp", "google")
REMEMBERED = ("way", "sender", "mailbox", "client_id", "tenant", "smtp", "security", "user",
              "limit", "reminder", "cc")


def command(values: dict[str, str]) -> MailCommand:
    way = values.get("way", "drafts")
    limit = values.get("limit", "")
    return MailCommand(
        m365=way == "m365", google=way == "google", smtp=values.get("smtp") or None
        if way == "smtp" else None, security=values.get("security") or "starttls",
        sender=values.get("sender") or None, user=(values.get("user") or None)
        if way in ("smtp", "google") else None,
        mailbox=(values.get("mailbox") or None) if way == "m365" else None,
        client_id=(values.get("client_id") or os.environ.get("MUS_M365_CLIENT_ID") or None)
        if way == "m365" else None,
        tenant=(values.get("tenant") or None) if way == "m365" else None,
        daily_limit=int(limit) if limit.isdigit() and int(limit) > 0 else None)


def options(season: Season, values: dict[str, str], dry_run: bool, password: str,
            notify: Callable[[str], None]) -> MailOptions:
    ws = season.ws
    env = dict(os.environ)
    if password:
        env[PASSWORD_ENV] = password
    reminder = values.get("reminder") == "1"
    made, _ = mail_options(command(values), season_forms(ws.output_dir, season.questions),
                           season.employees, season.questions,
                           inside(ws.output_dir / "mail", ws.output_dir), ws.templates_or_none,
                           values.get("cc") == "1", reminder,
                           ws.returned_dir if reminder else None, dry_run, None, False, False,
                           notify, env)
    return made


def mail_work(season: Season, values: dict[str, str], dry_run: bool,
              password: str) -> Callable[[Job], Any]:
    def work(job: Job) -> tuple[MailResult, MailOptions]:
        made = options(season, values, dry_run, password, job.notify)
        return run_mail(made, progress=job.progress, notify=job.notify), made
    return work


def signin_work(values: dict[str, str]) -> Callable[[Job], Any]:
    def work(job: Job) -> str:
        way = values.get("way")
        sender = parseaddr(values.get("sender", ""))[1]
        if way == "m365":
            from pipeline.mail.auth import M365, sign_in

            mailbox = values.get("mailbox", "")
            account = M365.configure(command(values).client_id, values.get("tenant") or None,
                                     mailbox or sender)
            sign_in(account, "graph", mailbox or sender, job.notify, shared=bool(mailbox))()
        elif way == "google":
            from pipeline.mail.google import google_sign_in

            google_sign_in(values.get("user") or sender, job.notify)()
        else:
            raise MailError("Signing in in the browser is for Microsoft 365 and Google "
                            "Workspace: choose one of them under \"How they go out\".")
        return "signed in"
    return work


def remembered(form: FormData) -> dict[str, str]:
    values = {key: text_field(form, key) for key in REMEMBERED}
    values["way"] = values["way"] if values["way"] in WAYS else "drafts"
    values["security"] = values["security"] if values["security"] in (
        "starttls", "ssl", "none") else "starttls"
    values["reminder"] = "1" if flag(form, "reminder") else ""
    values["cc"] = "1" if flag(form, "cc") else ""
    return values


async def mail(request: Request) -> Response:
    season = context(request).season
    job, signin = season.jobs.latest("mail"), season.jobs.latest("signin")
    shown: dict[str, Any] = {}
    if job is not None and job.state == "done":
        result, made = job.result
        shown = {"dry_run": made.dry_run, "pending": [
            {"to": item.to_address, "cc": ", ".join(a for _, a in item.cc),
             "subject": result.subjects.get(item.key, ""), "file": item.entry.file}
            for item in result.pending] if made.dry_run else [],
            # the dry run's "Would send to …" lines are the table's rows
            "lines": [line for line in mail_summary(result, made)
                      if not (made.dry_run and line.startswith("Would send to "))]}
    return render(request, "mail.html", "mail", job=job_view(job), signin=job_view(signin),
                  result=shown, values=season.remembered.get("mail", {"way": "drafts"}),
                  ways=WAYS, ready=season.ready)


async def start(request: Request) -> Response:
    form = await posted(request)
    season = context(request).season
    values = remembered(form)
    season.remembered["mail"] = values
    action = text_field(form, "action")
    if action == "signin":
        season.jobs.start("signin", signin_work(values))
        return back_to("mail", "job-signin-title")
    password = text_field(form, "password")
    season.jobs.start("mail", mail_work(season, values, action != "send", password))
    return back_to("mail", "job-mail-title")


routes = [Route("/mail", mail), Route("/mail/koer", start, methods=["POST"])]
