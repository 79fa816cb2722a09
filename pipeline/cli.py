"""The `mus` command. Each command parses options, calls one library function and prints.

Library errors (MusError) become a plain message and exit code 1; `--debug` shows the traceback.
Everything printed goes through ``say``: control characters from file names, forms and the
employee list are shown escaped, never passed to the terminal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from pipeline import __version__
from pipeline.cli_support import (
    MusGroup,
    Terminal,
    _date,
    include_hidden,
    include_leavers,
    input_options,
    jobs_option,
    lang_option,
    numbers,
    only_option,
    say,
    skip_on_leave,
    templates_option,
    workspace,
)
from pipeline.errors import MusError
from pipeline.workspace import Workspace, init_workspace


@click.group(cls=MusGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mus")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              default=".", help="The working folder (input/, templates/, output/). Default: here.")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.pass_context
def main(ctx: click.Context, directory: Path, debug: bool) -> None:
    """mus: MUS preparation forms out to employees, one HR overview workbook back in.

    A season: `mus check`, `mus generate`, `mus mail`, collect the returned forms in a folder,
    `mus status`, `mus ingest`. `mus demo` runs it all on sample data.
    """
    ctx.meta["mus.debug"] = debug
    ctx.meta["mus.dir"] = str(directory)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path) -> None:
    """Make a new working folder DIRECTORY with sample spreadsheets and templates."""
    written = init_workspace(directory)
    say(f"Working folder ready: {directory}")
    for path in written:
        say(f"  wrote {path}")
    if not written:
        say("  (every file was already there; nothing was replaced)")
    say("Next: put your employees in input/employees.xlsx and your questions in "
               "input/questions.xlsx, then run `mus check`.")


def echo_warnings(warnings: list[Any]) -> None:
    """Warnings go to stderr: mus goes on, but HR should read them."""
    from pipeline.sheets.summary import warning_lines

    for line in warning_lines(warnings):
        say(line, err=True, fg="yellow")


@main.command()
@input_options
@click.option("--json", "as_json", is_flag=True,
              help="Print what was understood as one JSON object (mistakes too, exit code 1).")
@click.pass_context
def check(ctx: click.Context, employees: Path | None, questions: Path | None,
          as_json: bool) -> None:
    """Read the employee list and question set, show what was understood (which column is
    which, what was skipped and why, the first rows) and report every mistake in them."""
    import json

    from pipeline.errors import SpreadsheetError
    from pipeline.sheets.summary import issue_dict, list_summary, summary_lines
    from pipeline.stages.check import check as run

    ws = workspace(ctx)
    try:
        result = run(employees or ws.employees, questions or ws.questions, include_hidden(ctx),
                     include_leavers=include_leavers(ctx), skip_on_leave=skip_on_leave(ctx))
    except MusError as err:
        if not as_json:
            raise
        mistakes = err.issues if isinstance(err, SpreadsheetError) else []
        say(json.dumps({"ok": False, "error": str(err),
                               "mistakes": [issue_dict(i) for i in mistakes]},
                              ensure_ascii=False, indent=1))
        ctx.exit(err.exit_code)
    inputs, qs = result.inputs, result.inputs.question_set
    if as_json:
        say(json.dumps({
            "ok": True,
            "employee_list": {**list_summary(inputs.listing),
                              "warnings": [issue_dict(w) for w in result.warnings]},
            "question_set": {"file": str(result.questions),
                             "questions": len(qs.questions), "phases": len(qs.phases),
                             "competences": len(qs.competences), "version": qs.version,
                             "sensitive": {q.id: q.sensitive.value for q in qs.questions
                                           if q.sensitive.value != "no"},
                             "retention": {k: qs.settings.retention.years(k)
                                           for k in ("employee", "leader", "agreement",
                                                     "overview")},
                             "warnings": result.form_warnings},
            "mistakes": []}, ensure_ascii=False, indent=1, default=str))
        return
    for line in summary_lines(inputs.listing):
        say(line)
    say(f"Question set: {len(qs.questions)} questions in {len(qs.phases)} phases, "
               f"{len(qs.competences)} competences (version {qs.version}).")
    from pipeline.privacy.retention import settings_lines

    for line in settings_lines(qs):
        say(line)
    echo_warnings(result.warnings)
    for warning in result.form_warnings:
        say(f"Warning: {warning}", err=True, fg="yellow")
    say("No mistakes found.")


@main.command()
@input_options
@templates_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where the forms go (default: output/forms/<season>/).")
@click.option("--season", help="The season, e.g. 2027 (default: from the question set).")
@click.option("--previous", type=click.Path(dir_okay=False, path_type=Path),
              help="Last season's overview workbook: its goals are shown for a status.")
@only_option
@click.option("--force", is_flag=True, help="Replace forms that were already generated.")
@lang_option("Language of forms for employees without a Sprog column value.")
@jobs_option
@click.pass_context
def generate(ctx: click.Context, employees: Path | None, questions: Path | None,
             templates: Path | None, out: Path | None, season: str | None,
             previous: Path | None, only: tuple[str, ...], force: bool, lang: str,
             jobs: int) -> None:
    """Write one Word preparation form per employee (and a leader's form where the question set
    has leader questions)."""
    from pipeline.forms.generate import GenerateOptions
    from pipeline.forms.generate import generate as run

    ws = workspace(ctx)
    options = GenerateOptions(employees or ws.employees, questions or ws.questions, out,
                              ws.output_dir, templates or ws.templates_or_none, season, previous,
                              numbers(only), force, lang, jobs, include_hidden(ctx),
                              ws.key_file, include_leavers=include_leavers(ctx),
                              skip_on_leave=skip_on_leave(ctx))
    with Terminal("Writing forms") as terminal:
        result = run(options, progress=terminal.progress)
    from pipeline.report import generate_lines

    echo_warnings(result.sheet_warnings)
    for line, warning in generate_lines(result, skip_on_leave(ctx)):
        say(line, err=warning, fg="yellow" if warning else None)


@main.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.option("--questions", type=click.Path(path_type=Path),
              help="The question set, to read forms whose fields are gone (default: "
                   "input/questions.xlsx, if there is one).")
@click.pass_context
def extract(ctx: click.Context, files: tuple[Path, ...], as_json: bool,
            questions: Path | None) -> None:
    """Show what returned forms FILES hold: answers, competences, goals, problems (for an
    e-mail saved as .msg or .eml: the forms attached to it)."""
    from pipeline.collect.mailfile import extract_any
    from pipeline.report import extraction_json, extraction_text
    from pipeline.sheets import read_question_set

    ws = workspace(ctx)
    path = questions or (ws.questions if ws.questions.exists() else None)
    question_set = read_question_set(path) if path else None
    for file in files:
        for result in extract_any(file, str(file), question_set):  # a mail file: each form
            if as_json:
                say(extraction_json(result))
            else:
                say(extraction_text(result, question_set))


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@input_options
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="The workbook to write (default: output/MUS-oversigt-<season>.xlsx).")
@click.option("--season", help="The season the forms must be from (default: the question "
                               "set's).")
@click.option("--previous", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Last season's overview workbook, to show each employee's change.")
@click.option("--per-leader", is_flag=True,
              help="Also write one workbook per leader with only that leader's employees.")
@click.option("--strict", is_flag=True, help="Exit with code 1 if there were any problems.")
@lang_option("Language of the workbook.")
@jobs_option
@click.pass_context
def ingest(ctx: click.Context, folder: Path, employees: Path | None, questions: Path | None,
           out: Path | None, season: str | None, previous: Path | None, per_leader: bool,
           strict: bool, lang: str, jobs: int) -> None:
    """Read every returned form in FOLDER (and below) into the HR overview workbook."""
    from pipeline.report import ingest_summary
    from pipeline.stages.ingest import IngestOptions
    from pipeline.stages.ingest import ingest as run

    ws = workspace(ctx)
    options = IngestOptions(folder, employees or ws.employees, questions or ws.questions, out,
                            ws.output_dir, season, lang, per_leader, previous, jobs,
                            include_hidden(ctx), ws.key_file,
                            include_leavers=include_leavers(ctx),
                            skip_on_leave=skip_on_leave(ctx))
    with Terminal("Reading forms") as terminal:
        result = run(options, progress=terminal.progress)
    say(ingest_summary(result))
    if strict and result.collected.problems:
        ctx.exit(1)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@input_options
@click.option("--season", help="The season the forms must be from.")
@click.option("--coverage", "show_coverage", is_flag=True,
              help="Coverage under the rule set of the settings (Regelsæt): per department, "
                   "per leader and in total, and who is not covered yet for each leader.")
@click.pass_context
def status(ctx: click.Context, folder: Path, employees: Path | None, questions: Path | None,
           season: str | None, show_coverage: bool) -> None:
    """Who has answered and who is missing, per leader, without writing a workbook; and what
    has passed its time under the settings' Slet … efter (år)."""
    from pipeline.collect.ingest import collect
    from pipeline.report import coverage_text, status_text

    ws = workspace(ctx)
    with Terminal("Reading forms") as terminal:
        collected = collect(folder, employees or ws.employees, questions or ws.questions,
                            season, progress=terminal.progress, include_hidden=include_hidden(ctx),
                            key=ws.key_file, include_leavers=include_leavers(ctx),
                            skip_on_leave=skip_on_leave(ctx))
    say(coverage_text(collected) if show_coverage else status_text(collected))
    from pipeline.privacy.retention import status_lines

    due = status_lines(ws, collected.question_set.settings.retention, dt.date.today())
    if due:
        say("")
    for line in due:
        say(line, fg="yellow")


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where the demo season goes (default: output/demo/).")
@lang_option("Language of the forms and workbook.")
@click.option("--through", type=click.Choice(["forms", "agreements", "followups"]),
              default="forms", show_default=True,
              help="How far to play the season: the preparation forms, the talks (agreements "
                   "filled in), or the follow-ups during the year too.")
@click.pass_context
def demo(ctx: click.Context, out: Path | None, lang: str, through: str) -> None:
    """A whole MUS season on the sample data: forms, answers, overview workbook."""
    from pipeline.demo import run_demo
    from pipeline.report import ingest_summary

    ws = workspace(ctx)
    if not ws.employees.exists():
        ws = Workspace(Path(__file__).resolve().parent / "defaults")
    result = run_demo(ws, out or workspace(ctx).output_dir / "demo", lang, through=through)
    say(f"1. Generated {len(result.generated.entries)} forms in {result.generated.out}")
    say(f"2. Played the employees: filled forms in {result.returned}")
    if result.agreements is not None:
        held = sum(1 for m in result.meetings if m.held)
        say(f"   Played the talks: {len(result.agreements.files)} agreement documents in "
            f"{result.agreements.out}, {held} filled in and returned")
    if result.followups is not None:
        say(f"   Played the follow-ups: {len(result.followups.files)} follow-up forms in "
            f"{result.followups.out}")
    say("3. " + ingest_summary(result.ingested))
    say(f"\nOpen {result.ingested.workbook} in Excel or LibreOffice Calc to see the "
               "season, and a filled form in the returned folder to see what employees see.")


@main.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
              help="The working folder (default: mus's --dir, else the current folder); made "
                   "if it is not there.")
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="The port on 127.0.0.1 to listen on (default: a free one).")
@click.option("--no-browser", is_flag=True, help="Do not open the browser; only print the "
                                                 "address.")
@click.pass_context
def app(ctx: click.Context, folder: Path | None, port: int, no_browser: bool) -> None:
    """The season in the browser: lists, forms, mail, answers, overview and agreements as pages,
    for this computer only. The first line printed is the address to open, with its token."""
    from pipeline.app.server import serve

    root = (folder or Path(ctx.meta.get("mus.dir", "."))).absolute()
    serve(root, port, not no_browser, bool(ctx.meta.get("mus.debug")), say)


@main.command()
@input_options
@click.option("--forms", type=click.Path(file_okay=False, path_type=Path),
              help="The generated forms and their manifest (default: output/forms/<season>/).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where drafts and the send log go (default: output/mail/).")
@templates_option
@click.option("--cc-leader", is_flag=True, help="Send a copy of each employee's e-mail to the "
                                                "leader.")
@click.option("--reminder", is_flag=True,
              help="Only to those whose form has not come back (see --returned).")
@click.option("--returned", type=click.Path(file_okay=False, path_type=Path),
              help="The folder of returned forms, for --reminder (default: returned/).")
@click.option("--followup", is_flag=True,
              help="The follow-up forms of `mus followup` (default --forms: its latest round "
                   "in output/followups/<season>/), each to the employee with a copy to the "
                   "leader.")
@click.option("--m365", is_flag=True,
              help="Send through Microsoft 365, signing in the way it requires (a code in the "
                   "browser, or the app's own secret or certificate from the environment). "
                   "Without --smtp: through Microsoft Graph.")
@click.option("--drafts-in-mailbox", is_flag=True,
              help="With --m365: put every e-mail in the mailbox's Drafts folder instead of "
                   "sending it, to review and send from Outlook.")
@click.option("--client-id", envvar="MUS_M365_CLIENT_ID", show_envvar=True, metavar="ID",
              help="With --m365: the application (client) ID of your organisation's app "
                   "registration for mus.")
@click.option("--tenant", envvar="MUS_M365_TENANT", show_envvar=True,
              help="With --m365: your organisation's domain or tenant ID (default: the "
                   "--sender's domain).")
@click.option("--smtp", metavar="HOST:PORT",
              help="Send through this mail server (with --m365: signed in with Microsoft 365, "
                   "e.g. smtp.office365.com:587).")
@click.option("--security", type=click.Choice(["starttls", "ssl", "none"]), default="starttls",
              show_default=True, help="How to talk to the mail server.")
@click.option("--sender", help='The From address, e.g. "HR <hr@kommune.dk>" (needed to send).')
@click.option("--user", help="Log in to the mail server as this user; the password is read from "
                             "the environment variable MUS_SMTP_PASSWORD (or an OAuth token "
                             "from MUS_SMTP_OAUTH_TOKEN).")
@click.option("--mailbox", metavar="ADDRESS",
              help="With --m365: send from (and make drafts in) this mailbox, e.g. the shared "
                   "hr@kommune.dk; the person signing in needs Full Access and Send As on it.")
@click.option("--device-code", is_flag=True,
              help="With --m365: sign in with a code typed on a web page (e.g. on another "
                   "device) instead of in this computer's browser.")
@click.option("--graph-url", envvar="MUS_GRAPH_URL", show_envvar=True, metavar="URL",
              help="With --m365: Microsoft Graph's address, for a national cloud (default: "
                   "https://graph.microsoft.com/v1.0).")
@click.option("--google", is_flag=True,
              help="Sign in to Google Workspace in the browser (OAuth) and send through Gmail "
                   "(default --smtp smtp.gmail.com:587).")
@click.option("--daily-limit", type=click.IntRange(1), metavar="N",
              help="At most N recipients (Gmail: messages) in 24 hours from the sender "
                   "(default: 10,000 for Microsoft 365 and Google's SMTP relay, 2,000 for "
                   "Gmail).")
@click.option("--bounces", is_flag=True,
              help="Send nothing: read the non-delivery reports in the sending mailbox (--m365, "
                   "or --imap) and mark those e-mails bounced in the send log.")
@click.option("--imap", metavar="HOST:PORT",
              help="With --bounces: read the reports from this IMAP server (e.g. "
                   "imap.gmail.com:993), signed in as for --smtp.")
@click.option("--allow-plain-password", is_flag=True,
              help="With --security none and --user: send the password unencrypted, to a relay "
                   "inside your own network that you trust (refused otherwise).")
@click.option("--resend-uncertain", is_flag=True,
              help="Also send again the e-mails whose first sending was never confirmed (they "
                   "may then arrive twice).")
@click.option("--dry-run", is_flag=True, help="Show what would go out; write and send nothing.")
@click.option("--pause", type=click.FloatRange(0, 60),
              help="Seconds between messages when sending (default: 1; 2 with --m365).")
@click.pass_context
def mail(ctx: click.Context, employees: Path | None, questions: Path | None, forms: Path | None,
         out: Path | None, templates: Path | None, cc_leader: bool, reminder: bool,
         returned: Path | None, followup: bool, m365: bool, drafts_in_mailbox: bool,
         client_id: str | None,
         tenant: str | None, smtp: str | None, security: str, sender: str | None,
         user: str | None, mailbox: str | None, device_code: bool, graph_url: str | None,
         google: bool, daily_limit: int | None, bounces: bool, imap: str | None,
         allow_plain_password: bool, resend_uncertain: bool, dry_run: bool,
         pause: float | None) -> None:
    """E-mail every generated form: .eml drafts by default (nothing is sent), or sent through
    Microsoft 365 (--m365) or a mail server (--smtp). A send log makes a re-run send only what
    is left, and never twice."""
    from pipeline.mail.setup import MailCommand, mail_options
    from pipeline.mail.summary import bounce_summary, mail_summary
    from pipeline.places import inside
    from pipeline.stages.season import followup_forms, season_forms

    ws = workspace(ctx)
    questions = questions or ws.questions
    if forms is None:
        forms = (followup_forms(ws.output_dir, questions) if followup
                 else season_forms(ws.output_dir, questions))
    command = MailCommand(m365=m365, drafts_in_mailbox=drafts_in_mailbox, client_id=client_id,
                          tenant=tenant, smtp=smtp, security=security, sender=sender, user=user,
                          mailbox=mailbox, device_code=device_code, graph_url=graph_url,
                          google=google, daily_limit=daily_limit, bounces=bounces, imap=imap,
                          allow_plain_password=allow_plain_password)

    terminal = Terminal("Sending", minimum=20)
    notify = terminal.notify
    options, reader = mail_options(
        command, forms, employees or ws.employees, questions,
        out or inside(ws.output_dir / "mail", ws.output_dir),
        templates or ws.templates_or_none, cc_leader, reminder,
        returned or (ws.returned_dir if reminder else None), dry_run, pause, resend_uncertain,
        include_hidden(ctx), notify, include_leavers=include_leavers(ctx),
        skip_on_leave=skip_on_leave(ctx))
    if bounces:
        from pipeline.mail.run import run_bounces

        for line in bounce_summary(run_bounces(options, reader, notify), options):
            say(line)
        return
    from pipeline.mail.run import run_mail

    with terminal:
        result = run_mail(options, progress=terminal.progress, notify=notify)
    for line in mail_summary(result, options):
        say(line)
    if result.refused:
        ctx.exit(1)


@main.command()
@input_options
@click.option("--to", "to", type=click.Path(file_okay=False, path_type=Path),
              help="The folder the forms are saved in (default: returned/).")
@click.option("--forms", type=click.Path(file_okay=False, path_type=Path),
              help="The generated forms and their manifest, for the day they were made "
                   "(default: output/forms/<season>/).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Only e-mails received from this day on, e.g. 2027-01-10 (default: the day "
                   "the forms were generated).")
@click.option("--folder", metavar="PATH",
              help='The mail folder to read, e.g. "Indbakke/MUS 2027" (default: the inbox).')
@click.option("--m365", is_flag=True,
              help="Read a Microsoft 365 mailbox through Microsoft Graph, signed in as for "
                   "`mus mail --m365`.")
@click.option("--mailbox", metavar="ADDRESS",
              help="With --m365: read this (shared) mailbox, e.g. hr@kommune.dk.")
@click.option("--client-id", envvar="MUS_M365_CLIENT_ID", show_envvar=True, metavar="ID",
              help="With --m365: the application (client) ID of your organisation's app "
                   "registration for mus.")
@click.option("--tenant", envvar="MUS_M365_TENANT", show_envvar=True,
              help="With --m365: your organisation's domain or tenant ID (default: the "
                   "--mailbox's domain).")
@click.option("--device-code", is_flag=True,
              help="With --m365: sign in with a code typed on a web page instead of in this "
                   "computer's browser.")
@click.option("--graph-url", envvar="MUS_GRAPH_URL", show_envvar=True, metavar="URL",
              help="With --m365: Microsoft Graph's address, for a national cloud.")
@click.option("--imap", metavar="HOST[:PORT]",
              help="Read the mailbox on this IMAP server (port 993 unless given), e.g. "
                   "imap.gmail.com.")
@click.option("--google", is_flag=True,
              help="Sign in to Google Workspace in the browser (OAuth) and read through Gmail's "
                   "IMAP (default --imap imap.gmail.com:993).")
@click.option("--user", help="With --imap: sign in as this user; the password is read from "
                             "MUS_SMTP_PASSWORD (or an OAuth token from MUS_SMTP_OAUTH_TOKEN).")
@click.option("--security", type=click.Choice(["ssl", "starttls", "none"]), default="ssl",
              show_default=True, help="With --imap: how to talk to the server.")
@click.option("--allow-plain-password", is_flag=True,
              help="With --imap and --security none: send the password unencrypted, to a server "
                   "inside your own network that you trust.")
@click.option("--mark-read", is_flag=True,
              help="Mark the e-mails whose forms were saved as read (off: nothing changes).")
@click.option("--move-to", metavar="FOLDER",
              help='Move the e-mails whose forms were saved to this mail folder, e.g. '
                   '"Indbakke/MUS 2027 - gemt" (off: nothing moves).')
@click.pass_context
def collect(ctx: click.Context, employees: Path | None, questions: Path | None,
            to: Path | None, forms: Path | None, since: dt.datetime | None,
            folder: str | None, m365: bool, mailbox: str | None, client_id: str | None,
            tenant: str | None, device_code: bool, graph_url: str | None, imap: str | None,
            google: bool, user: str | None, security: str, allow_plain_password: bool,
            mark_read: bool, move_to: str | None) -> None:
    """Copy the forms that came back by e-mail from the mailbox (Microsoft 365 with --m365, or
    any IMAP mailbox) into the returned folder, each once, then show who has answered. Reads
    only: nothing in the mailbox changes unless --mark-read or --move-to is given."""
    from pipeline.collect.ingest import collect as collect_folder
    from pipeline.mail.collecting import CollectOptions, collect_summary, run_collect
    from pipeline.mail.setup import CollectCommand, open_inbox
    from pipeline.report import status_text
    from pipeline.stages.season import generated_day, season_forms

    ws = workspace(ctx)
    questions = questions or ws.questions
    employees = employees or ws.employees
    start = since.astimezone() if since is not None else generated_day(
        forms or season_forms(ws.output_dir, questions))
    command = CollectCommand(m365=m365, client_id=client_id, tenant=tenant, mailbox=mailbox,
                             device_code=device_code, graph_url=graph_url, imap=imap,
                             google=google, user=user, security=security,
                             allow_plain_password=allow_plain_password, folder=folder,
                             mark_read=mark_read, move_to=move_to)
    terminal = Terminal("Collecting", minimum=20)
    inbox = open_inbox(command, terminal.notify)
    options = CollectOptions(to or ws.returned_dir, start, mark_read, move_to)
    try:
        with terminal:
            result = run_collect(options, inbox, progress=terminal.progress)
    finally:
        inbox.close()
    for line in collect_summary(result, options):
        say(line)
    say("")
    with Terminal("Reading forms") as terminal:
        got = collect_folder(options.to, employees, questions, progress=terminal.progress,
                             include_hidden=include_hidden(ctx),
                             include_leavers=include_leavers(ctx),
                             skip_on_leave=skip_on_leave(ctx))
    say(status_text(got))


@main.command()
@click.argument("returned", required=False, type=click.Path(file_okay=False, path_type=Path))
@input_options
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where the documents go (default: output/agreements/<season>/).")
@templates_option
@click.option("--season", help="The season (default: the question set's).")
@only_option
@click.option("--force", is_flag=True, help="Replace agreement documents already made.")
@lang_option("Language for employees without a Sprog column value.")
@click.pass_context
def agreement(ctx: click.Context, returned: Path | None, employees: Path | None,
              questions: Path | None, out: Path | None, templates: Path | None,
              season: str | None, only: tuple[str, ...], force: bool, lang: str) -> None:
    """After the conversations: one agreement document per employee, with the proposed goals
    and competence wishes from the returned forms in RETURNED (default: returned/) filled in."""
    from pipeline.agreement import AgreementOptions, write_agreements

    ws = workspace(ctx)
    options = AgreementOptions(returned or ws.returned_dir, employees or ws.employees,
                               questions or ws.questions, out, ws.output_dir,
                               templates or ws.templates_or_none, season, numbers(only), force,
                               lang, include_hidden(ctx), include_leavers=include_leavers(ctx),
                               skip_on_leave=skip_on_leave(ctx))
    with Terminal("Writing agreements") as terminal:
        result = write_agreements(options, progress=terminal.progress)
    from pipeline.report import agreement_lines

    for line in agreement_lines(result):
        say(line)


@main.command()
@click.argument("returned", required=False, type=click.Path(file_okay=False, path_type=Path))
@input_options
@click.option("--due-before", callback=_date, metavar="DATE",
              help="Goals whose follow-up date is on or before DATE (default: four weeks from "
                   "today).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where the forms go (default: output/followups/<season>/<DATE>/).")
@templates_option
@click.option("--season", help="The season (default: the question set's).")
@only_option
@click.option("--force", is_flag=True, help="Replace follow-up forms already made.")
@lang_option("Language for employees without a Sprog column value.")
@click.pass_context
def followup(ctx: click.Context, returned: Path | None, employees: Path | None,
             questions: Path | None, due_before: Any, out: Path | None,
             templates: Path | None, season: str | None, only: tuple[str, ...], force: bool,
             lang: str) -> None:
    """During the year: a short follow-up form per employee for the agreed goals (from the
    agreements in RETURNED, default returned/) whose follow-up date has come."""
    from pipeline.followup import FollowupOptions, write_followups

    ws = workspace(ctx)
    options = FollowupOptions(returned or ws.returned_dir, employees or ws.employees,
                              questions or ws.questions, due_before, out, ws.output_dir,
                              templates or ws.templates_or_none, season, numbers(only), force,
                              lang, include_hidden(ctx), include_leavers=include_leavers(ctx),
                              skip_on_leave=skip_on_leave(ctx))
    with Terminal("Writing follow-up forms") as terminal:
        result = write_followups(options, progress=terminal.progress)
    from pipeline.report import followup_lines

    for line in followup_lines(result):
        say(line)


@main.command()
@click.argument("returned", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--med", is_flag=True,
              help="The report for the MED committee: coverage, follow-up rate and the trend "
                   "per unit, with no names, numbers or answers, no group under five.")
@input_options
@click.option("--previous", multiple=True, type=click.Path(exists=True, dir_okay=False,
                                                           path_type=Path),
              help="An earlier season's overview workbook, for the trend (repeat for more).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="The workbook to write (default: output/MUS-MED-<season>.xlsx); the PDF "
                   "goes beside it.")
@click.option("--season", help="The season (default: the question set's).")
@click.option("--no-pdf", is_flag=True, help="Only the workbook, no PDF.")
@lang_option("Language of the report.")
@click.pass_context
def report(ctx: click.Context, returned: Path | None, med: bool, employees: Path | None,
           questions: Path | None, previous: tuple[Path, ...], out: Path | None,
           season: str | None, no_pdf: bool, lang: str) -> None:
    """A report on the season from the returned forms and agreements in RETURNED (default:
    returned/). --med: for the MED committee."""
    if not med:
        raise click.UsageError("Say which report: --med (the report for the MED committee).")
    from pipeline.med import SMALLEST, MedOptions, write_med_report

    ws = workspace(ctx)
    result = write_med_report(MedOptions(returned or ws.returned_dir, employees or ws.employees,
                                         questions or ws.questions, out, ws.output_dir, season,
                                         previous, lang, include_hidden(ctx), pdf=not no_pdf,
                                         include_leavers=include_leavers(ctx),
                                         skip_on_leave=skip_on_leave(ctx)))
    say(f"MED report for season {result.season}: {result.workbook}"
        + (f" and {result.pdf}" if result.pdf else ""))
    say(f"{result.units} unit(s) shown" + (f"; {result.merged} unit(s) of fewer than {SMALLEST} "
                                           "people merged" if result.merged else "")
        + (f"; trend from {', '.join(result.trend_seasons)}" if result.trend_seasons else "")
        + ". No names, employee numbers or answers are in it.")
    if result.pdf_problem:
        say(result.pdf_problem, err=True, fg="yellow")


# The commands about personal data live in their own module (it imports this one).
from pipeline.cli_privacy import access, erase  # noqa: E402

main.add_command(erase)
main.add_command(access)
