"""The start page: the season's steps, or where the folder has no spreadsheets yet, making it a
working folder with the samples (``mus init``); and the language switch."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from pipeline.app.texts import LANGUAGES
from pipeline.app.web import LANG_COOKIE, PAGES, back_to, context, posted, render, text_field
from pipeline.workspace import init_workspace


async def home(request: Request) -> Response:
    season = context(request).season
    return render(request, "home.html", "home", ready=season.ready,
                  employees=season.employees.name, questions=season.questions.name)


async def make_folder(request: Request) -> Response:
    await posted(request)
    init_workspace(context(request).season.root)
    return back_to("lister")


async def switch_language(request: Request) -> Response:
    form = await posted(request)
    lang = text_field(form, "lang")
    back = text_field(form, "back")
    where = back if back.strip("/") in ("", *PAGES) else "/"  # only to a page of the app
    response = RedirectResponse(where or "/", 303)
    if lang in LANGUAGES:
        response.set_cookie(f"{LANG_COOKIE}_{context(request).port}", lang, path="/",
                            httponly=True, samesite="strict")
    return response


routes = [Route("/", home), Route("/init", make_folder, methods=["POST"]),
          Route("/sprog", switch_language, methods=["POST"])]
