"""Svar: the returned forms brought in (dropped into the page and saved in ``returned/``, or
collected from the mailbox as ``mus collect`` does), and who has answered and who is missing
per leader (``mus status``), counted again by itself when files arrive."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from pipeline.app.files import save_uploads
from pipeline.app.jobs import Job
from pipeline.app.pages.events import event
from pipeline.app.season import Season
from pipeline.app.web import back_to, context, flag, job_view, posted, render, text_field
from pipeline.collect.ingest import collect
from pipeline.demo import play_employees
from pipeline.forms.generate import GenerateResult
from pipeline.forms.manifest import read_manifest
from pipeline.mail.collecting import CollectOptions, collect_summary, run_collect
from pipeline.mail.setup import CollectCommand, open_inbox
from pipeline.mail.smtp import PASSWORD_ENV
from pipeline.model import FormKind
from pipeline.report import Standing, standing
from pipeline.sheets import read_employees
from pipeline.stages.season import generated_day, season_forms
from pipeline.workspace import DEFAULT_INPUT

LOOK = 2.0  # seconds between looks at returned/
REMEMBERED = ("way", "mailbox", "client_id", "tenant", "imap", "user", "folder", "since",
              "security", "plain")


def signature(folder: Path) -> str:
    """What changes when a file arrives in, changes in or leaves ``folder`` (and below)."""
    digest = hashlib.sha256()
    if not folder.is_dir():
        return ""
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            try:
                stat = os.stat(os.path.join(base, name), follow_symlinks=False)
            except OSError:
                continue
            digest.update(f"{base}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode(
                "utf-8", "surrogateescape"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Counted:
    """What the status stage found: the standing per leader, and whose agreement is back."""

    standing: Standing
    agreements: frozenset[str]  # employee numbers


def count(season: Season) -> Callable[[Job], Any]:
    """The status stage: the returned folder read against the list (nothing is written)."""
    def work(job: Job) -> Counted:
        seen = signature(season.ws.returned_dir)
        season.remembered["status"] = {"signature": seen}  # counted, whatever comes of it
        got = collect(season.ws.returned_dir, season.employees, season.questions,
                      progress=job.progress, key=season.ws.key_file)
        return Counted(standing(got), frozenset(r.employee_id for r in got.responses
                                                if r.kind is FormKind.AGREEMENT))
    return work


def recount(season: Season) -> None:
    if season.ready and season.ws.returned_dir.is_dir():
        season.jobs.start("status", count(season))


def from_mailbox(season: Season, values: dict[str, str], password: str) -> Callable[[Job], Any]:
    def work(job: Job) -> list[str]:
        way = values.get("way", "m365")
        env = dict(os.environ)
        if password:
            env[PASSWORD_ENV] = password
        command = CollectCommand(
            m365=way == "m365", google=way == "google",
            imap=(values.get("imap") or None) if way == "imap" else None,
            mailbox=(values.get("mailbox") or None) if way == "m365" else None,
            client_id=(values.get("client_id") or env.get("MUS_M365_CLIENT_ID") or None),
            tenant=values.get("tenant") or None, user=values.get("user") or None,
            folder=values.get("folder") or None,
            security=security if (security := values.get("security", "")) in (
                "ssl", "starttls", "none") else "ssl",
            allow_plain_password=values.get("plain") == "1")
        since = values.get("since", "")
        start = (dt.datetime.fromisoformat(since).astimezone() if _is_date(since) else
                 generated_day(season_forms(season.ws.output_dir, season.questions)))
        inbox = open_inbox(command, job.notify, env)
        options = CollectOptions(season.ws.returned_dir, start)
        try:
            result = run_collect(options, inbox, progress=job.progress)
        finally:
            inbox.close()
        return collect_summary(result, options)
    return work


def is_demo(season: Season) -> bool:
    """Whether the folder works on mus's own sample list (``mus init``'s): only there can the
    demo's employees answer, never on a real season's list."""
    try:
        return season.employees.read_bytes() == (DEFAULT_INPUT / "employees.xlsx").read_bytes()
    except OSError:
        return False


def play(season: Season) -> Callable[[Job], Any]:
    """The demo's employees fill the season's forms and send them back into returned/, as
    ``mus demo`` plays them (some late, some twice, junk beside them)."""
    def work(job: Job) -> int:
        forms = season_forms(season.ws.output_dir, season.questions)
        manifest = read_manifest(forms)
        generated = GenerateResult(forms, manifest.season, manifest.question_set_version,
                                   list(manifest.forms))
        titles = {e.number: e.job_title for e in read_employees(season.employees)}
        play_employees(generated, season.ws.returned_dir, jobs=titles)
        return len(manifest.forms)
    return work


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def standing_view(season: Season) -> dict[str, Any]:
    """The standing to show, and which count it is (``shown``: the job's number and version,
    for the live stream to tell whether the page is behind). The version is read before the
    state: a count that ends between the two is then sent again, never missed."""
    job = season.jobs.latest("status")
    shown = f"{job.number}.{job.version}" if job is not None else ""
    done = job if job is not None and job.state == "done" else None
    return {"counting": job_view(job), "standing": done.result.standing if done else None,
            "shown": shown}


def _shown(text: str) -> tuple[int, int] | None:
    """The count a page shows, as ``standing_view`` wrote it ("7.3"); None when it showed none."""
    number, _, version = text.partition(".")
    return (int(number), int(version)) if number.isdigit() and version.isdigit() else None


async def answers(request: Request) -> Response:
    season = context(request).season
    if season.jobs.latest("status") is None:
        recount(season)
    mailbox = season.jobs.latest("collect")
    query = request.query_params
    return render(request, "answers.html", "svar", **standing_view(season),
                  mailbox=job_view(mailbox), demo=is_demo(season),
                  played=job_view(season.jobs.latest("demo")),
                  mailbox_lines=mailbox.result if mailbox and mailbox.state == "done" else [],
                  values=season.remembered.get("collect", {"way": "m365"}), ready=season.ready,
                  saved=query.get("gemt"), same=query.get("samme"),
                  refused=[n for n in query.getlist("afvist")])


async def fragment(request: Request) -> Response:
    """The standing alone, for the page to swap in when it changes."""
    return render(request, "_standing.html", "svar", **standing_view(context(request).season))


async def upload(request: Request) -> Response:
    form = await posted(request)
    season = context(request).season
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    done = await save_uploads(files, season.ws.returned_dir)
    recount(season)
    query = [("gemt", str(len(done.saved))), ("samme", str(len(done.same))),
             *(("afvist", name) for name, _ in done.refused)]
    return RedirectResponse(f"/svar?{urlencode(query)}#upload-title", 303)


async def mailbox(request: Request) -> Response:
    form = await posted(request)
    season = context(request).season
    values = {key: text_field(form, key) for key in REMEMBERED}
    values["plain"] = "1" if flag(form, "plain") else ""
    season.remembered["collect"] = values
    season.jobs.start("collect", from_mailbox(season, values, text_field(form, "password")))
    return back_to("svar", "job-collect-title")


async def demo(request: Request) -> Response:
    await posted(request)
    season = context(request).season
    if is_demo(season):
        season.jobs.start("demo", play(season))
    return back_to("svar", "job-demo-title")


async def count_again(request: Request) -> Response:
    await posted(request)
    recount(context(request).season)
    return back_to("svar", "standing-title")


async def live(request: Request) -> Response:
    season = context(request).season

    # What the page showed when it was made, not what is latest now: a count that ends
    # between the page and this stream (the page reloads after a mailbox collect) is sent.
    seen = _shown(request.query_params.get("seen", ""))

    async def watch() -> AsyncIterator[str]:
        nonlocal seen
        while not await request.is_disconnected():
            job = season.jobs.latest("status")
            if job is not None and not job.running and (job.number, job.version) != seen:
                seen = (job.number, job.version)
                yield event({"job": job.number}, "standing")
            now = await run_in_threadpool(signature, season.ws.returned_dir)
            counted = season.remembered.get("status", {}).get("signature")
            if job is None or (not job.running and now != counted):
                recount(season)
            await asyncio.sleep(LOOK)

    return StreamingResponse(watch(), media_type="text/event-stream")


routes = [Route("/svar", answers), Route("/svar/stand", fragment),
          Route("/svar/live", live), Route("/svar/hent", upload, methods=["POST"]),
          Route("/svar/postkasse", mailbox, methods=["POST"]),
          Route("/svar/optael", count_again, methods=["POST"]),
          Route("/svar/demo", demo, methods=["POST"])]
