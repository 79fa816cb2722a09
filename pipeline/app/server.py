"""``mus app``: the season in the browser, served from this computer to this computer only.

It binds 127.0.0.1 (a free port unless one is given), makes a token for this run, prints the
address with the token as the first line of its output, opens it in the default browser, and
serves until stopped (Ctrl-C). Every asset is its own (``static/``): no page loads anything from
elsewhere, and nothing here calls out to the network. What the guard lets in is said in
``guard.py``.
"""

from __future__ import annotations

import secrets
import socket
import webbrowser
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from pipeline.app.guard import Guard
from pipeline.app.jobs import UNEXPECTED, Jobs
from pipeline.app.pages import agreements, answers, events, forms, home, lists, mail, overview
from pipeline.app.preview import Previews
from pipeline.app.season import Season
from pipeline.app.web import Context, environment, render
from pipeline.errors import AppError, MusError, os_detail

STATIC = Path(__file__).resolve().parent / "static"
HOST = "127.0.0.1"


def make_app(root: Path, token: str, port: int, previews: Previews,
             debug: bool = False) -> Guard:
    """The whole app behind its guard, for ``root`` (the working folder)."""
    season = Season(root, Jobs(debug))
    routes = [*home.routes, *lists.routes, *forms.routes, *mail.routes, *answers.routes,
              *overview.routes, *agreements.routes, *events.routes,
              Mount("/static", StaticFiles(directory=STATIC), name="static")]
    app = Starlette(debug=False, routes=routes,
                    exception_handlers={MusError: said, HTTPException: said, Exception: said})
    app.state.mus = Context(season, secrets.token_urlsafe(32), port, environment(),
                            previews)
    return Guard(app, token, port, debug)


async def said(request: Request, err: Exception) -> Response:
    """An error as a page: the stage's own message, or plain words for a mistake of ours."""
    if isinstance(err, HTTPException):
        status, message = err.status_code, str(err.detail)
    elif isinstance(err, MusError):
        status, message = 400, str(err)
    else:
        status, message = 500, UNEXPECTED.format(kind=type(err).__name__)
    try:
        return render(request, "error.html", "home", status, message=message)
    except Exception:  # the page itself cannot be made: the words alone
        return PlainTextResponse(message, status)


def listen(port: int) -> socket.socket:
    """A socket on 127.0.0.1 (``port`` 0: a free one), ready to serve."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as err:
        sock.close()
        raise AppError(f"mus cannot listen on port {port} of this computer "
                       f"({os_detail(err)}): another program (or another mus app) uses it. "
                       "Leave out --port to let mus take a free one.") from err
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def serve(root: Path, port: int = 0, browser: bool = True, debug: bool = False,
          say: Callable[[str], None] = print) -> None:
    """Serve the app for ``root`` until stopped; ``say`` prints (the address first)."""
    import uvicorn

    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise AppError(f"The working folder {root} cannot be made ({os_detail(err)}). Give "
                       "another folder with --dir.") from err
    sock = listen(port)
    port = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    address = f"http://{HOST}:{port}/?token={token}"
    say(f"mus app: {address}")
    say(f"The season of {root} in your browser. Keep this window open while you work; "
        "Ctrl-C stops mus.")
    previews = Previews()
    config = uvicorn.Config(make_app(root, token, port, previews, debug), log_level="warning",
                            access_log=False, lifespan="off", timeout_graceful_shutdown=2,
                            server_header=False, date_header=False)
    server = uvicorn.Server(config)
    if browser:
        webbrowser.open(address)
    try:
        server.run(sockets=[sock])
    finally:
        previews.close()
