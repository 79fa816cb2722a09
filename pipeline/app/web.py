"""What every page of the app shares: the Jinja pages (packaged with mus, autoescaped), the
language, the form posts' CSRF token, the navigation, and the jobs the pages follow.

The pages' own templates are mus's, never HR's: they are loaded from the package and not
sandboxed, but every value is escaped and a missing one is an error (StrictUndefined).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from pipeline.app.jobs import Job
from pipeline.app.preview import Previews
from pipeline.app.season import Season
from pipeline.app.texts import LANGUAGES, plural, text
from pipeline.terminal import printable

PAGES = ("lister", "skemaer", "mail", "svar", "overblik", "aftaler")
LANG_COOKIE = "mus_lang"
MAX_FORM_FIELDS = 200
MAX_FILES = 2000


@dataclass
class Context:
    """The app's own state, one per run."""

    season: Season
    csrf: str
    port: int
    env: jinja2.Environment
    previews: Previews


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline.app", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["shown"] = printable  # control characters from files shown, never acted on
    return env


def context(request: Request) -> Context:
    found: Context = request.app.state.mus
    return found


def lang_of(request: Request) -> str:
    lang = request.cookies.get(f"{LANG_COOKIE}_{context(request).port}", "da")
    return lang if lang in LANGUAGES else "da"


def render(request: Request, template: str, page: str, http_status: int = 200,
           **values: Any) -> HTMLResponse:
    ctx = context(request)
    lang = lang_of(request)

    def t(key: str, **params: Any) -> str:
        return text(lang, key, **params)

    def n(count: int, key: str) -> str:
        return plural(lang, count, key)

    html = ctx.env.get_template(template).render(
        t=t, n=n, lang=lang, other="en" if lang == "da" else "da", page=page, pages=PAGES,
        csrf=ctx.csrf, path=request.url.path, root=str(ctx.season.root),
        busy=[t(f"stage.{job.stage}") for job in ctx.season.jobs.busy()], **values)
    return HTMLResponse(html, http_status)


async def posted(request: Request) -> FormData:
    """The form of a post, once its CSRF token is checked (the Origin was, by the guard)."""
    form = await request.form(max_files=MAX_FILES, max_fields=MAX_FORM_FIELDS)
    given = form.get("csrf")
    if not isinstance(given, str) or not hmac.compare_digest(
            given.encode(), context(request).csrf.encode()):
        raise HTTPException(403, "This form is not from mus's page (its CSRF token is missing "
                                 "or old). Reload the page and send it again.")
    return form


def back_to(page: str, anchor: str = "") -> RedirectResponse:
    """After a post: to the page again (a reload never posts twice)."""
    return RedirectResponse(f"/{page}" + (f"#{anchor}" if anchor else ""), 303)


def job_view(job: Job | None) -> dict[str, Any] | None:
    """What a page shows of a stage's job: running or last run, progress, notices, error."""
    if job is None:
        return None
    return {**job.snapshot(), "percent": int(100 * job.done / job.total) if job.total else 0}


def text_field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def flag(form: FormData, name: str) -> bool:
    return text_field(form, name) in ("1", "on", "yes", "ja")


def relative(path: Path, root: Path) -> str:
    """A path as the page shows it: from the working folder, where it is in it."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
