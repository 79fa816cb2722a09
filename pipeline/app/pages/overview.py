"""Overblik: the returned forms read into the overview workbook (the stage ``mus ingest`` runs,
with the leaders' own workbooks), with progress; the workbooks to download; the front sheet's
key figures and the problems list, with what to do, on the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from pipeline.app.files import output_file
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
from pipeline.overview.front import front_figures
from pipeline.problems import reason, todo
from pipeline.report import ingest_summary
from pipeline.stages.ingest import IngestOptions, IngestResult, ingest

MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def make_overview(season: Season, per_leader: bool, lang: str) -> Callable[[Job], Any]:
    def work(job: Job) -> tuple[IngestResult, list[Any]]:
        ws = season.ws
        result = ingest(IngestOptions(ws.returned_dir, season.employees, season.questions,
                                      output_root=ws.output_dir, lang=lang,
                                      per_leader=per_leader, key=ws.key_file),
                        progress=job.progress)
        return result, front_figures(result.collected, lang)
    return work


def shown(figure: Any, lang: str) -> str:
    if figure.value is None:
        return "–"
    if figure.shown == "percent" and isinstance(figure.value, int | float):
        return f"{figure.value:.0%}".replace(".", ",") if lang == "da" else \
            f"{figure.value:.0%}"
    return str(figure.value)


async def overview(request: Request) -> Response:
    season = context(request).season
    lang = lang_of(request)
    job = season.jobs.latest("ingest")
    done: dict[str, Any] = {}
    if job is not None and job.state == "done":
        result, figures = job.result
        output = season.ws.output_dir
        done = {
            "figures": [{"label": f.label, "value": shown(f, lang), "warning":
                         f.shown == "warning"} for f in figures],
            "workbook": relative(result.workbook, output),
            "leaders": [relative(p, output) for p in result.leader_workbooks],
            "problems": [{"file": p.file, "employee": p.employee_id, "reason": reason(p, lang),
                          "todo": todo(p, lang)} for p in result.collected.problems],
            "lines": ingest_summary(result).splitlines(),
        }
    return render(request, "overview.html", "overblik", job=job_view(job), done=done,
                  ready=season.ready)


async def start(request: Request) -> Response:
    form = await posted(request)
    season = context(request).season
    lang = text_field(form, "lang")
    season.jobs.start("ingest", make_overview(
        season, flag(form, "per_leader"), lang if lang in ("da", "en") else lang_of(request)))
    return back_to("overblik", "job-ingest-title")


async def download(request: Request) -> Response:
    output = context(request).season.ws.output_dir
    path = output_file(output, request.query_params.get("fil", ""))
    if path is None:
        return Response("There is no such file in output/.", 404,
                        media_type="text/plain; charset=utf-8")
    media = MEDIA if path.suffix == ".xlsx" else "application/octet-stream"
    return FileResponse(path, filename=path.name, media_type=media)


routes = [Route("/overblik", overview), Route("/overblik/lav", start, methods=["POST"]),
          Route("/hent", download)]
