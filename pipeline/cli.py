"""The `mus` command. Each command parses options, calls one library function and prints.

Library errors (MusError) become a plain message and exit code 1; `--debug` shows the traceback.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline import __version__
from pipeline.atomic import explain
from pipeline.errors import MusError
from pipeline.workspace import Workspace, init_workspace

F = TypeVar("F", bound=Callable[..., Any])


class MusGroup(click.Group):
    """Turns the library's own errors into a message for the user, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MusError as err:
            if ctx.meta.get("mus.debug"):
                traceback.print_exc()
            click.secho(f"Error: {err}", err=True, fg="red")
            ctx.exit(err.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.secho("Stopped (Ctrl-C). No file was left half-written; run the same command "
                        "again to finish.", err=True, fg="red")
            ctx.exit(130)
        except OSError as err:  # the machine, not mus: a full disk, a read-only folder …
            if ctx.meta.get("mus.debug"):
                traceback.print_exc()
            where = Path(os.fsdecode(err.filename)) if err.filename else None
            click.secho(f"Error: {explain(err, where, writing=False)}", err=True, fg="red")
            ctx.exit(1)
        except Exception as err:  # a mistake of ours, not the user's: say so plainly
            if ctx.meta.get("mus.debug"):
                raise
            click.secho(f"Error: mus stopped on an unexpected problem ({type(err).__name__}). "
                        "Nothing was lost: returned forms are only ever read. Run the same "
                        "command again with --debug and send what it prints to the people who "
                        "support mus.", err=True, fg="red")
            ctx.exit(2)


def workspace(ctx: click.Context) -> Workspace:
    return Workspace(Path(ctx.meta.get("mus.dir", ".")))


def _remember(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    ctx.meta[f"mus.{param.name}"] = value
    return value


def include_hidden(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("mus.include_hidden"))


def include_leavers(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("mus.include_leavers"))


def skip_on_leave(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("mus.skip_on_leave"))


def input_options(func: F) -> F:
    """--employees and --questions, defaulting to the working folder's input/, and
    --include-hidden, --include-leavers, --skip-on-leave (read with ``include_hidden(ctx)``,
    ``include_leavers(ctx)``, ``skip_on_leave(ctx)``)."""
    func = click.option("--skip-on-leave", is_flag=True, expose_value=False,
                        callback=_remember,
                        help="No form and no mail for those the employee list says are on "
                             "leave (Orlov, Barsel, Leave …); by default they get theirs.")(func)
    func = click.option("--include-leavers", is_flag=True, expose_value=False,
                        callback=_remember,
                        help="Also give a form and mail to those the employee list says have "
                             "left (a status such as Fratrådt, or an end date in the past); "
                             "they are left out by default.")(func)
    func = click.option("--include-hidden", is_flag=True, expose_value=False,
                        callback=_remember,
                        help="Also read the rows the employee list hides (by hand or with a "
                             "filter); they are skipped by default.")(func)
    func = click.option("--questions", type=click.Path(path_type=Path),
                        help="The question set (default: input/questions.xlsx).")(func)
    func = click.option("--employees", type=click.Path(path_type=Path),
                        help="The employee list, .xlsx or .csv (default: input/employees.xlsx).")(
        func)
    return func


def templates_option(func: F) -> F:
    return click.option("--templates", type=click.Path(file_okay=False, path_type=Path),
                        help="Folder with form.docx and the texts (default: templates/, else "
                             "built-in).")(func)


def only_option(func: F) -> F:
    return click.option("--only", multiple=True, metavar="NUMBER",
                        help="Only these employee numbers (repeat, or separate by commas).")(func)


def jobs_option(func: F) -> F:
    return click.option("--jobs", type=click.IntRange(0, 64), default=0,
                        help="Processes to use (default: one per core).")(func)


def numbers(only: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n.strip() for item in only for n in item.split(",") if n.strip())


def lang_option(help_text: str) -> Callable[[F], F]:
    return click.option("--lang", type=click.Choice(["da", "en"]), default="da",
                        show_default=True, help=help_text)


class Progress:
    """A progress bar for long runs, shown on a terminal only; the library calls it with
    (done, total)."""

    def __init__(self, label: str, minimum: int = 200) -> None:
        self.label = label
        self.minimum = minimum
        self.bar: Any = None
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.minimum or not sys.stderr.isatty():
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


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
    click.echo(f"Working folder ready: {directory}")
    for path in written:
        click.echo(f"  wrote {path}")
    if not written:
        click.echo("  (every file was already there; nothing was replaced)")
    click.echo("Next: put your employees in input/employees.xlsx and your questions in "
               "input/questions.xlsx, then run `mus check`.")


def echo_warnings(warnings: list[Any]) -> None:
    """Warnings go to stderr: mus goes on, but HR should read them."""
    from pipeline.sheets.summary import warning_lines

    for line in warning_lines(warnings):
        click.secho(line, err=True, fg="yellow")


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
    from pipeline.forms.coverage import question_set_warnings
    from pipeline.inputs import read_all_inputs
    from pipeline.sheets.summary import issue_dict, list_summary, summary_lines

    ws = workspace(ctx)
    try:
        inputs = read_all_inputs(employees or ws.employees, questions or ws.questions,
                                 include_hidden(ctx), include_leavers=include_leavers(ctx),
                                 skip_on_leave=skip_on_leave(ctx))
    except MusError as err:
        if not as_json:
            raise
        mistakes = err.issues if isinstance(err, SpreadsheetError) else []
        click.echo(json.dumps({"ok": False, "error": str(err),
                               "mistakes": [issue_dict(i) for i in mistakes]},
                              ensure_ascii=False, indent=1))
        ctx.exit(err.exit_code)
    qs = inputs.question_set
    form_warnings = question_set_warnings(qs, inputs.staff)
    if as_json:
        click.echo(json.dumps({
            "ok": True,
            "employee_list": {**list_summary(inputs.listing),
                              "warnings": [issue_dict(w) for w in inputs.warnings]},
            "question_set": {"file": str(questions or ws.questions),
                             "questions": len(qs.questions), "phases": len(qs.phases),
                             "competences": len(qs.competences), "version": qs.version,
                             "warnings": form_warnings},
            "mistakes": []}, ensure_ascii=False, indent=1, default=str))
        return
    for line in summary_lines(inputs.listing):
        click.echo(line)
    click.echo(f"Question set: {len(qs.questions)} questions in {len(qs.phases)} phases, "
               f"{len(qs.competences)} competences (version {qs.version}).")
    echo_warnings(inputs.warnings)
    for warning in form_warnings:
        click.secho(f"Warning: {warning}", err=True, fg="yellow")
    click.echo("No mistakes found.")


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
                              include_leavers=include_leavers(ctx),
                              skip_on_leave=skip_on_leave(ctx))
    with Progress("Writing forms") as bar:
        result = run(options, progress=bar)
    echo_warnings(result.sheet_warnings)
    kinds = {k: sum(1 for e in result.entries if e.kind == k) for k in ("employee", "leader")}
    click.echo(f"Wrote {kinds['employee']} employee form(s)"
               + (f" and {kinds['leader']} leader's form(s)" if kinds["leader"] else "")
               + f" for season {result.season} to {result.out}")
    if result.no_leader:
        shown = ", ".join(f"{e.number} {e.name}" for e in result.no_leader[:5])
        more = len(result.no_leader) - 5
        click.echo(f"No leader's form for {len(result.no_leader)} employee(s) with no leader on "
                   f"the list: {shown}" + (f" and {more} more" if more > 0 else "")
                   + ". Add their leader to the list and run `mus generate --only NUMBER` if "
                   "they should have one.")
    if result.left_out:
        click.echo(f"No form for {result.left_out} on the list who have left"
                   + (" or are on leave" if skip_on_leave(ctx) else "")
                   + " (`mus check` lists them; --include-leavers gives leavers one).")
    if result.unfinished:
        click.echo(f"{result.unfinished} form(s) left unfinished by an earlier run that was "
                   "interrupted (there was no manifest for them, so none was mailed) were made "
                   "again.")
    click.echo(f"Manifest: {result.manifest} (question set version "
               f"{result.question_set_version})")
    for warning in result.warnings:
        click.secho(f"Warning: {warning}", err=True, fg="yellow")
    click.echo("Next: `mus mail` to prepare the e-mails, then collect the returned forms in a "
               "folder and run `mus ingest FOLDER`.")


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
    """Show what returned forms FILES hold: answers, competences, goals, problems."""
    from pipeline.collect.extract import extract_file
    from pipeline.report import extraction_json, extraction_text
    from pipeline.sheets import read_question_set

    ws = workspace(ctx)
    path = questions or (ws.questions if ws.questions.exists() else None)
    question_set = read_question_set(path) if path else None
    for file in files:
        result = extract_file(file, str(file), question_set)
        if as_json:
            click.echo(extraction_json(result))
        else:
            click.echo(extraction_text(result, question_set))


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
    from pipeline.collect.ingest import IngestOptions
    from pipeline.collect.ingest import ingest as run
    from pipeline.report import ingest_summary

    ws = workspace(ctx)
    options = IngestOptions(folder, employees or ws.employees, questions or ws.questions, out,
                            ws.output_dir, season, lang, per_leader, previous, jobs,
                            include_hidden(ctx), include_leavers=include_leavers(ctx),
                            skip_on_leave=skip_on_leave(ctx))
    with Progress("Reading forms") as bar:
        result = run(options, progress=bar)
    click.echo(ingest_summary(result))
    if strict and result.collected.problems:
        ctx.exit(1)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@input_options
@click.option("--season", help="The season the forms must be from.")
@click.pass_context
def status(ctx: click.Context, folder: Path, employees: Path | None, questions: Path | None,
           season: str | None) -> None:
    """Who has answered and who is missing, per leader, without writing a workbook."""
    from pipeline.collect.ingest import collect
    from pipeline.report import status_text

    ws = workspace(ctx)
    with Progress("Reading forms") as bar:
        collected = collect(folder, employees or ws.employees, questions or ws.questions,
                            season, progress=bar, include_hidden=include_hidden(ctx),
                            include_leavers=include_leavers(ctx), skip_on_leave=skip_on_leave(ctx))
    click.echo(status_text(collected))


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Where the demo season goes (default: output/demo/).")
@lang_option("Language of the forms and workbook.")
@click.pass_context
def demo(ctx: click.Context, out: Path | None, lang: str) -> None:
    """A whole MUS season on the sample data: forms, answers, overview workbook."""
    from pipeline.demo import run_demo
    from pipeline.report import ingest_summary

    ws = workspace(ctx)
    if not ws.employees.exists():
        ws = Workspace(Path(__file__).resolve().parent / "defaults")
    result = run_demo(ws, out or workspace(ctx).output_dir / "demo", lang)
    click.echo(f"1. Generated {len(result.generated.entries)} forms in {result.generated.out}")
    click.echo(f"2. Played the employees: filled forms in {result.returned}")
    click.echo("3. " + ingest_summary(result.ingested))
    click.echo(f"\nOpen {result.ingested.workbook} in Excel or LibreOffice Calc to see the "
               "season, and a filled form in the returned folder to see what employees see.")


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
@click.option("--resend-uncertain", is_flag=True,
              help="Also send again the e-mails whose first sending was never confirmed (they "
                   "may then arrive twice).")
@click.option("--dry-run", is_flag=True, help="Show what would go out; write and send nothing.")
@click.option("--pause", type=click.FloatRange(0, 60),
              help="Seconds between messages when sending (default: 1; 2 with --m365).")
@click.pass_context
def mail(ctx: click.Context, employees: Path | None, questions: Path | None, forms: Path | None,
         out: Path | None, templates: Path | None, cc_leader: bool, reminder: bool,
         returned: Path | None, m365: bool, drafts_in_mailbox: bool, client_id: str | None,
         tenant: str | None, smtp: str | None, security: str, sender: str | None,
         user: str | None, resend_uncertain: bool, dry_run: bool, pause: float | None) -> None:
    """E-mail every generated form: .eml drafts by default (nothing is sent), or sent through
    Microsoft 365 (--m365) or a mail server (--smtp). A send log makes a re-run send only what
    is left, and never twice."""
    from pipeline.errors import MailError
    from pipeline.forms.generate import season_of
    from pipeline.mail.auth import M365
    from pipeline.mail.run import MailOptions, run_mail
    from pipeline.mail.smtp import Smtp
    from pipeline.mail.summary import mail_summary
    from pipeline.sheets import read_question_set

    ws = workspace(ctx)
    questions = questions or ws.questions
    if forms is None:
        forms = ws.output_dir / "forms" / season_of(read_question_set(questions), None)
    m365 = m365 or drafts_in_mailbox
    if user and not smtp:
        raise MailError("--user is for signing in to a mail server given with --smtp; without "
                        "--smtp it would mean nothing. Add --smtp HOST:PORT or leave out --user.")
    server = Smtp.parse(smtp, security, user, m365=m365) if smtp else None
    account = M365.configure(client_id, tenant, sender or "") if m365 else None
    options = MailOptions(forms, employees or ws.employees, questions,
                          out or ws.output_dir / "mail", templates or ws.templates_or_none,
                          cc_leader, reminder,
                          returned or (ws.returned_dir if reminder else None), server,
                          sender or "", dry_run, pause, account, drafts_in_mailbox,
                          resend_uncertain, include_hidden=include_hidden(ctx),
                          include_leavers=include_leavers(ctx), skip_on_leave=skip_on_leave(ctx))
    with Progress("Sending", minimum=20) as bar:
        result = run_mail(options, progress=bar, notify=lambda text: click.echo(text, err=True))
    for line in mail_summary(result, options):
        click.echo(line)
    if result.refused:
        ctx.exit(1)


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
    with Progress("Writing agreements") as bar:
        result = write_agreements(options, progress=bar)
    click.echo(f"Wrote {len(result.files)} agreement document(s) for season {result.season} to "
               f"{result.out} ({result.with_proposals} with proposals from returned forms).")
    click.echo("Use them in the meetings; collect the signed-off documents with the returned "
               "forms and run `mus ingest`: agreed goals replace the proposals.")
