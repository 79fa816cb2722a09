"""Server-sent events: a page follows the job of its stage as it runs, in any number of tabs.

Each event is the job's snapshot (state, done, total, notices, error) as JSON, sent when it
changes; the stream ends when the job does. A tab that closes only stops its own stream.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from pipeline.app.jobs import Jobs
from pipeline.app.web import context

STAGES = ("generate", "mail", "signin", "collect", "status", "ingest", "agreement", "followup",
          "demo")
TICK = 0.2  # seconds between looks at a job
WAIT = 15.0  # a comment this often keeps a quiet stream open


def event(data: object, name: str = "") -> str:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data, ensure_ascii=False)}\n\n"


async def follow(request: Request, jobs: Jobs, stage: str) -> AsyncIterator[str]:
    seen: tuple[int, int] | None = None
    quiet = 0.0
    while not await request.is_disconnected():
        job = jobs.latest(stage)
        if job is not None and (job.number, job.version) != seen:
            seen, quiet = (job.number, job.version), 0.0
            yield event(job.snapshot())
            if not job.running:
                return
        elif quiet >= WAIT:
            quiet = 0.0
            yield ": still here\n\n"
        await asyncio.sleep(TICK)
        quiet += TICK


async def job_events(request: Request) -> Response:
    stage = request.path_params["stage"]
    if stage not in STAGES:
        return Response(status_code=404)
    return StreamingResponse(follow(request, context(request).season.jobs, stage),
                             media_type="text/event-stream",
                             headers={"X-Accel-Buffering": "no"})


routes = [Route("/jobb/{stage}/events", job_events)]
