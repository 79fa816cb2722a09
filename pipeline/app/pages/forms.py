"""Skemaer: generate the forms (the stage ``mus generate`` runs) with a progress bar; every form
of the season listed, to preview as its pages and to download, one by one or all as a zip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from pipeline.app.files import zip_folder
from pipeline.app.jobs import Job
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
    text_field,
)
from pipeline.errors import MusError
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.forms.manifest import MANIFEST, Entry, read_manifest
from pipeline.report import generate_lines
from pipeline.sheets.summary import warning_lines
from pipeline.stages.season import season_forms


def forms_folder(season: Season) -> Path | None:
    """This season's forms folder, where the question set can be read."""
    try:
        return season_forms(season.ws.output_dir, season.questions)
    except MusError:
        return None


def listed(season: Season) -> tuple[Path | None, list[Entry]]:
    """The forms the manifest lists (what ``mus mail`` sends), in its order."""
    folder = forms_folder(season)
    if folder is None or not (folder / MANIFEST).is_file():
        return folder, []
    try:
        return folder, list(read_manifest(folder).forms)
    except MusError:
        return folder, []


def make_forms(season: Season, force: bool, lang: str) -> Any:
    def work(job: Job) -> GenerateResult:
        ws = season.ws
        return generate(GenerateOptions(season.employees, season.questions, None,
                                        ws.output_dir, ws.templates_or_none, force=force,
                                        lang=lang, key=ws.key_file), progress=job.progress)
    return work


async def forms(request: Request) -> Response:
    season = context(request).season
    job = season.jobs.latest("generate")
    lines: list[tuple[str, bool]] = []
    if job is not None and job.state == "done":
        result: GenerateResult = job.result
        lines = [(w, True) for w in warning_lines(result.sheet_warnings)] + generate_lines(
            result)
    folder, entries = await run_in_threadpool(listed, season)
    return render(request, "forms.html", "skemaer", job=job_view(job), lines=lines,
                  entries=entries, ready=season.ready,
                  folder=relative(folder, season.root) if folder else "")


async def start(request: Request) -> Response:
    form = await posted(request)
    season = context(request).season
    lang = text_field(form, "lang")
    season.jobs.start("generate", make_forms(season, flag(form, "force"),
                                             lang if lang in ("da", "en") else lang_of(request)))
    return back_to("skemaer", "job-generate-title")


async def download_zip(request: Request) -> Response:
    season = context(request).season
    folder, entries = await run_in_threadpool(listed, season)
    if folder is None or not entries:
        return back_to("skemaer")
    made = await run_in_threadpool(zip_folder, folder, (".docx", ".json"))
    return FileResponse(made, media_type="application/zip",
                        filename=f"MUS-skemaer-{folder.name}.zip",
                        background=BackgroundTask(made.unlink))


async def preview(request: Request) -> Response:
    season = context(request).season
    name = request.query_params.get("fil", "")
    folder, entries = await run_in_threadpool(listed, season)
    entry = next((e for e in entries if e.file == name), None)
    if folder is None or entry is None:
        return back_to("skemaer")
    shown = await run_in_threadpool(context(request).previews.of, folder / entry.file)
    return render(request, "preview.html", "skemaer", entry=entry, preview=shown)


async def page_image(request: Request) -> Response:
    number = request.path_params["n"]
    path = context(request).previews.page(request.path_params["key"], number)
    if path is None:
        return Response(status_code=404)
    return FileResponse(path, media_type="image/png")


async def form_file(request: Request) -> Response:
    season = context(request).season
    name = request.query_params.get("fil", "")
    folder, entries = await run_in_threadpool(listed, season)
    if folder is None or name not in {e.file for e in entries}:
        return back_to("skemaer")
    return FileResponse(folder / name, filename=name, media_type=(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))


routes = [Route("/skemaer", forms), Route("/skemaer/lav", start, methods=["POST"]),
          Route("/skemaer/zip", download_zip), Route("/skemaer/vis", preview),
          Route("/skemaer/fil", form_file),
          Route("/skemaer/side/{key}/{n:int}", page_image)]
