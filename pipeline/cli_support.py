"""What the `mus` command's modules share: printing safely, the options most commands take, the
working folder, and the terminal's progress bar (pipeline/cli.py and pipeline/cli_privacy.py
both build on it)."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline.atomic import explain
from pipeline.errors import MusError
from pipeline.terminal import printable
from pipeline.workspace import Workspace

F = TypeVar("F", bound=Callable[..., Any])


def say(text: str = "", err: bool = False, fg: str | None = None) -> None:
    """Print one message (stderr with ``err``), every character that could act on the terminal
    shown escaped."""
    click.secho(printable(text), err=err, fg=fg)


class MusGroup(click.Group):
    """Turns the library's own errors into a message for the user, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MusError as err:
            if ctx.meta.get("mus.debug"):
                traceback.print_exc()
            say(f"Error: {err}", err=True, fg="red")
            ctx.exit(err.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            say("Stopped (Ctrl-C). No file was left half-written; run the same command "
                        "again to finish.", err=True, fg="red")
            ctx.exit(130)
        except OSError as err:  # the machine, not mus: a full disk, a read-only folder …
            if ctx.meta.get("mus.debug"):
                traceback.print_exc()
            where = Path(os.fsdecode(err.filename)) if err.filename else None
            say(f"Error: {explain(err, where, writing=False)}", err=True, fg="red")
            ctx.exit(1)
        except Exception as err:  # a mistake of ours, not the user's: say so plainly
            if ctx.meta.get("mus.debug"):
                raise
            say(f"Error: mus stopped on an unexpected problem ({type(err).__name__}). "
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


class Terminal:
    """The terminal's Reporter (stages/reporter.py): a progress bar for long runs, shown on a
    terminal only, and notices (a sign-in code, a wait) on stderr."""

    def __init__(self, label: str, minimum: int = 200) -> None:
        self.label = label
        self.minimum = minimum
        self.bar: Any = None
        self.shown = 0

    def progress(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.minimum or not sys.stderr.isatty():
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def notify(self, text: str) -> None:
        say(text, err=True)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> object:
    if value is None:
        return None
    from pipeline.collect.values import parse_date

    found = parse_date(value)
    if found is None:
        raise click.BadParameter(f'"{value}" is not a date; write it as 30-04-2027 or '
                                 "2027-04-30.")
    return found
