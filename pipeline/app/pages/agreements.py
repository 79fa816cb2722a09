"""Aftaler: after the talks, the agreement documents (the stage ``mus agreement`` runs) and
whose has come back filled in; during the year, the follow-up forms (``mus followup``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from pipeline.agreement import AgreementOptions, write_agreements
from pipeline.app.jobs import Job
from pipeline.app.pages.answers import recount
from pipeline.app.season import Season
from pipeline.app.web import (
    back_to,
    context,
    flag,
    job_view,
    lang_of,
    posted,
    relative,
    render,
)
from pipeline.errors import MusError
from pipeline.followup import FollowupOptions, write_followups
from pipeline.inputs import season_of
from pipeline.places import inside
from pipeline.report import agreement_lines, followup_lines
from pipeline.sheets import read_question_set


def documents_folder(season: Season) -> Path | None:
    try:
        name = season_of(read_question_set(season.questions), None)
        return inside(season.ws.output_dir / "agreements" / name, season.ws.output_dir)
    except MusError:
        return None


def documents(season: Season) -> tuple[Path | None, list[Path]]:
    folder = documents_folder(season)
    if folder is None or not folder.is_dir():
        return folder, []
    return folder, sorted(p for p in folder.iterdir() if p.suffix == ".docx" and p.is_file()
                          and not p.name.startswith((".", "~$")))


def make_agreements(season: Season, force: bool, lang: str) -> Callable[[Job], Any]:
    def work(job: Job) -> list[str]:
        ws = season.ws
        result = write_agreements(AgreementOptions(
            ws.returned_dir, season.employees, season.questions, output_root=ws.output_dir,
            templates=ws.templates_or_none, force=force, lang=lang), progress=job.progress)
        return agreement_lines(result)
    return work


def make_followups(season: Season, lang: str) -> Callable[[Job], Any]:
    def work(job: Job) -> list[str]:
        ws = season.ws
        result = write_followups(FollowupOptions(
            ws.returned_dir, season.employees, season.questions, output_root=ws.output_dir,
            templates=ws.templates_or_none, lang=lang), progress=job.progress)
        return followup_lines(result)
    return work


async def agreements(request: Request) -> Response:
    season = context(request).season
    if season.jobs.latest("status") is None:
        recount(season)
    folder, files = await run_in_threadpool(documents, season)
    counted = season.jobs.latest("status")
    back = counted.result.agreements if counted and counted.state == "done" else None
    people = []
    if counted is not None and counted.state == "done":
        people = [(team.label, e) for team in counted.result.standing.teams
                  for e in team.members]
    made, follow = season.jobs.latest("agreement"), season.jobs.latest("followup")
    output = season.ws.output_dir
    return render(request, "agreements.html", "aftaler", ready=season.ready,
                  job=job_view(made), followup=job_view(follow),
                  lines=made.result if made and made.state == "done" else [],
                  followup_lines=follow.result if follow and follow.state == "done" else [],
                  folder=relative(folder, season.root) if folder else "",
                  files=[relative(p, output) for p in files], back=back, people=people)


async def start(request: Request) -> Response:
    form = await posted(request)
    season = context(request).season
    season.jobs.start("agreement", make_agreements(season, flag(form, "force"),
                                                   lang_of(request)))
    return back_to("aftaler", "job-agreement-title")


async def start_followups(request: Request) -> Response:
    await posted(request)
    season = context(request).season
    season.jobs.start("followup", make_followups(season, lang_of(request)))
    return back_to("aftaler", "job-followup-title")


routes = [Route("/aftaler", agreements), Route("/aftaler/lav", start, methods=["POST"]),
          Route("/aftaler/opfoelgning", start_followups, methods=["POST"])]
