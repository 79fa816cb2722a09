"""Lister: the employee list and the question set, brought in or picked, and what ``mus check``
understood of them, as tables; every mistake with its row and what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from pipeline.app.files import save_uploads
from pipeline.app.season import SPREADSHEETS, Season
from pipeline.app.web import back_to, context, lang_of, posted, render, text_field
from pipeline.app.words import FIELDS, REASONS, ROW_KINDS, word
from pipeline.errors import MusError, SpreadsheetError
from pipeline.sheets.summary import issue_dict, list_summary, summary_lines, warning_lines
from pipeline.stages.check import check

KINDS = ("employees", "questions")


def checked(season: Season, lang: str) -> dict[str, Any]:
    """What the page shows of ``mus check``: the mapping, counts and rows, or the mistakes."""
    try:
        result = check(season.employees, season.questions)
    except SpreadsheetError as err:
        return {"mistakes": [issue_dict(i) | {"file": Path(i.file).name} for i in err.issues],
                "error": str(err)}
    except MusError as err:
        return {"mistakes": [], "error": str(err)}
    listing, qs = result.inputs.listing, result.inputs.question_set
    summary = list_summary(listing)
    mapping = [{"field": word(FIELDS, lang, key), **use}
               for key, use in (*summary["columns"].items(), *summary["identifiers"].items())]
    counts = [{"kind": word(ROW_KINDS, lang, key), "count": n}
              for key, n in summary["row_counts"].items()]
    skipped = [{"row": s.row, "sheet": s.sheet, "reason": word(REASONS, lang, s.reason),
                "text": s.text} for s in listing.skipped]
    mapped = {u.index for u in (*listing.layout.fields.values(),
                                *listing.layout.identifiers.values())}
    return {
        "mistakes": [], "error": "", "summary": summary, "mapping": mapping, "counts": counts,
        "skipped": skipped, "blank": list(listing.blank_rows),
        "kept": [u.header for u in listing.layout.kept if u.index not in mapped],
        "warnings": [issue_dict(w) | {"file": Path(w.file).name} for w in result.warnings],
        "form_warnings": result.form_warnings,
        "questions": {"questions": len(qs.questions), "phases": len(qs.phases),
                      "competences": len(qs.competences), "version": qs.version},
        "lines": [*summary_lines(listing), *warning_lines(result.warnings),
                  *(f"Warning: {w}" for w in result.form_warnings), "No mistakes found."],
    }


async def lists(request: Request) -> Response:
    season = context(request).season
    found = await run_in_threadpool(checked, season, lang_of(request)) if season.ready else None
    return render(request, "lists.html", "lister", check=found,
                  files={kind: getattr(season, kind) for kind in KINDS},
                  choices=[p.name for p in season.spreadsheets()],
                  refused=request.query_params.get("afvist", "") == "1")


async def upload(request: Request) -> Response:
    form = await posted(request)
    kind = text_field(form, "kind")
    files = [f for f in form.getlist("file") if isinstance(f, UploadFile) and f.filename]
    season = context(request).season
    if kind not in KINDS or not files:
        return back_to("lister")
    done = await save_uploads(files[:1], season.ws.input_dir, SPREADSHEETS)
    names = done.saved + done.same
    if not names:
        return RedirectResponse("/lister?afvist=1", 303)
    await run_in_threadpool(season.choose, kind, season.ws.input_dir / names[0])
    return back_to("lister")


async def pick(request: Request) -> Response:
    form = await posted(request)
    kind, name = text_field(form, "kind"), text_field(form, "name")
    season = context(request).season
    path = season.ws.input_dir / name
    if kind in KINDS and "/" not in name and "\\" not in name and season.is_input(path):
        season.choose(kind, path)
    return back_to("lister")


routes = [Route("/lister", lists), Route("/lister/hent", upload, methods=["POST"]),
          Route("/lister/vaelg", pick, methods=["POST"])]
