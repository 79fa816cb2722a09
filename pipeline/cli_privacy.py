"""The commands about personal data: ``mus erase`` and ``mus access`` (registered on the ``mus``
group by pipeline/cli.py). Like every command, each parses its options, calls the library
(pipeline/privacy/) and prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from pipeline.cli_support import F, Terminal, _date, numbers, say, workspace


def _returned_option(func: F) -> F:
    return click.option(
        "--returned", multiple=True, type=click.Path(file_okay=False, path_type=Path),
        help="Another folder of returned forms to look in, besides returned/ (repeat for "
             "more).")(func)


@click.command()
@click.option("--employee", "employees", multiple=True, metavar="NUMBER",
              help="Erase this employee's data in every season (repeat, or separate by "
                   "commas).")
@click.option("--left-before", callback=_date, metavar="DATE",
              help="Erase everyone the employee list says left before DATE (its end-date "
                   "column), e.g. 01-01-2022.")
@click.option("--season", "seasons", multiple=True, metavar="SEASON",
              help="Erase a whole season (repeat for more).")
@click.option("--due", is_flag=True,
              help="Erase what has passed its time under the question set's settings (Slet "
                   "efter (år) and the like).")
@_returned_option
@click.option("--employees", "employee_list", type=click.Path(path_type=Path),
              help="The employee list, .xlsx or .csv (default: input/employees.xlsx).")
@click.option("--questions", type=click.Path(path_type=Path),
              help="The question set (default: input/questions.xlsx).")
@click.option("--dry-run", is_flag=True, help="Show what would be deleted; delete nothing.")
@click.option("--yes", is_flag=True, help="Delete without asking first.")
@click.pass_context
def erase(ctx: click.Context, employees: tuple[str, ...], left_before: dt.date | None,
          seasons: tuple[str, ...], due: bool, returned: tuple[Path, ...],
          employee_list: Path | None, questions: Path | None, dry_run: bool,
          yes: bool) -> None:
    """Delete personal data from the working folder: one employee's (--employee), everyone's
    who left before a day (--left-before), a whole season (--season), or what has passed its
    time (--due). Shows what will go and asks first; every deletion is written to
    mus-deletion-log.jsonl (what, when and why, never what it said)."""
    from pipeline.privacy.choose import EraseOptions, prepare, selection_text
    from pipeline.privacy.deleting import carry_out
    from pipeline.privacy.erase import plan_lines
    from pipeline.privacy.rebuild import FROM_CELLS

    ws = workspace(ctx)
    options = EraseOptions(numbers(employees), left_before, seasons, due, returned,
                           employee_list, questions)
    with Terminal("Looking through the working folder") as bar:
        prepared = prepare(ws, options, progress=bar.progress)
    plan = prepared.plan
    what = selection_text(plan.selection, prepared.names)
    if plan.empty:
        say(f"Nothing to erase: mus found nothing of {what} in {ws.root}.")
    else:
        say(f"To erase {what}:")
        for line in plan_lines(plan, prepared.names):
            say(f"  {line}")
    for warning in plan.warnings:
        say(f"Note: {warning}", err=True, fg="yellow")
    if plan.empty:
        return
    if dry_run:
        say("Nothing was deleted (--dry-run).")
        return
    if not yes:
        click.confirm("Delete all of this?", abort=True)
    result = carry_out(plan)
    deleted = sum(1 for s in result.done if s.action == "delete")
    rewritten = len(result.done) - deleted
    say(f"Done: {deleted} file(s) deleted, {rewritten} step(s) of writing a file again "
        "without what was erased.")
    for rebuilt in result.rebuilt:
        if rebuilt.how == FROM_CELLS:
            say(f"{rebuilt.path} could not be made again as it was ({rebuilt.why}); it was "
                "written again from its own cells, without the sheets that count everyone. Run "
                "`mus ingest` to make those again.", fg="yellow")
        else:
            say(f"{rebuilt.path} was made again without the erased rows.")
    from pipeline.privacy.deletions import LOG

    say(f"What was deleted, when and why: {ws.root / LOG}")


@click.command()
@click.option("--employee", required=True, metavar="NUMBER", help="The employee's number.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The .zip file to write, e.g. indsigt-1003.zip.")
@_returned_option
@click.option("--employees", "employee_list", type=click.Path(path_type=Path),
              help="The employee list, .xlsx or .csv (default: input/employees.xlsx).")
@click.option("--questions", type=click.Path(path_type=Path),
              help="The question set (default: input/questions.xlsx).")
@click.pass_context
def access(ctx: click.Context, employee: str, out: Path, returned: tuple[Path, ...],
           employee_list: Path | None, questions: Path | None) -> None:
    """Everything the working folder holds about one employee, for their right of access
    (GDPR art. 15), in one .zip: every season's forms, the leader's forms about them,
    agreements and follow-ups as returned, their rows from every overview workbook, and an
    index page (Danish and English) of what is included and where it came from."""
    from pipeline.privacy.access import AccessOptions, write_access

    ws = workspace(ctx)
    with Terminal("Looking through the working folder") as bar:
        result = write_access(ws, AccessOptions(employee.strip(), out, returned, employee_list,
                                                questions), progress=bar.progress)
    if not result.files and not result.rows:
        say(f"mus found nothing about employee {employee} in the working folder; {out} says "
            "so.", fg="yellow")
    else:
        say(f"Wrote {out}: {result.files} file(s), {result.rows} row(s) from "
            f"{result.workbooks} overview workbook(s), and an index (indeks.html).")
    for warning in result.warnings:
        say(f"Note: {warning}", err=True, fg="yellow")
