"""Only the person who started `mus app`, on this computer, in the app's own pages: a request
without the token, for another Host (DNS rebinding) or posted from another origin is refused,
and nothing is done."""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pipeline.app.guard import cookie_name
from pipeline.app.server import HOST, listen
from tests.app.conftest import Running, start_app


@pytest.fixture(scope="module")
def quiet_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One `mus app` for the tests that only look, or are refused: none of them changes the
    folder (each checks that it did not)."""
    running = start_app(tmp_path_factory.mktemp("guard") / "season")
    yield running
    running.stop()


def client(running: Running, **headers: str) -> httpx.Client:
    return httpx.Client(base_url=running.base, headers=headers, follow_redirects=False,
                        timeout=30)


def signed_in(running: Running) -> httpx.Client:
    session = client(running)
    session.cookies.set(cookie_name(running.port), running.token)
    return session


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_the_address_printed_first_opens_the_app_once_the_token_is_in_a_cookie(
        app_run: Running) -> None:
    assert app_run.lines[0].startswith(f"mus app: http://{HOST}:{app_run.port}/?token=")
    with client(app_run) as web:
        first = web.get(f"/?token={app_run.token}")
        assert first.status_code == 303 and first.headers["location"] == "/"  # token out
        cookie = first.headers["set-cookie"]
        assert f"{cookie_name(app_run.port)}={app_run.token}" in cookie
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        page = web.get("/")  # the cookie from now on
        assert page.status_code == 200 and "MUS-sæsonen" in page.text


@pytest.mark.parametrize("path", ["/", "/lister", "/svar/live", "/static/style.css",
                                  "/hent?fil=MUS-oversigt-2027.xlsx", "/?token=wrong"])
def test_without_the_token_nothing_is_shown(quiet_app: Running, path: str) -> None:
    with client(quiet_app) as web:
        answer = web.get(path)
        assert answer.status_code == 403
        assert "Open it from the address `mus app` printed" in answer.text
        assert "set-cookie" not in answer.headers
        assert quiet_app.token not in answer.text


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1:1",
                                  "127.0.0.1", "localhost.evil.example:{port}", ""])
def test_another_host_is_refused_even_with_the_token(quiet_app: Running, host: str) -> None:
    """A site that points its own name at 127.0.0.1 (DNS rebinding) sends its own Host."""
    with signed_in(quiet_app) as web:
        answer = web.get(f"/?token={quiet_app.token}", headers={
            "host": host.format(port=quiet_app.port)})
        assert answer.status_code == 400
        assert "set-cookie" not in answer.headers
    with signed_in(quiet_app) as web:  # and by its other name, the app answers
        assert web.get("/", headers={"host": f"localhost:{quiet_app.port}"}).status_code == 200


@pytest.mark.parametrize(("headers", "with_csrf"), [
    ({"origin": "http://evil.example"}, True),
    ({"origin": "http://127.0.0.1:1"}, True),  # another port on this computer: another origin
    ({"origin": "null"}, True),
    ({"referer": "http://evil.example/page"}, True),
    ({}, True),  # says nowhere where it comes from
    ({"origin": "{own}"}, False),  # from the app's address, but not from its page
])
def test_a_post_from_elsewhere_is_refused_and_does_nothing(
        quiet_app: Running, headers: dict[str, str], with_csrf: bool) -> None:
    own = quiet_app.base
    with signed_in(quiet_app) as web:
        token = csrf_of(web.get("/").text)
        data = {"csrf": token} if with_csrf else {}
        answer = web.post("/init", data=data, headers={
            k: v.format(own=own) for k, v in headers.items()})
        assert answer.status_code == 403
    assert not (quiet_app.root / "input").exists()


def test_a_post_from_the_apps_own_page_is_done(app_run: Running) -> None:
    with signed_in(app_run) as web:
        token = csrf_of(web.get("/").text)
        answer = web.post("/init", data={"csrf": token}, headers={"origin": app_run.base})
        assert answer.status_code == 303
    assert (app_run.root / "input" / "employees.xlsx").is_file()


def test_every_post_asks_for_the_csrf_token(quiet_app: Running) -> None:
    """Each form post the app has is refused without the page's token."""
    from starlette.routing import Route

    from pipeline.app.server import make_app

    app: Any = make_app(quiet_app.root, "x", 1, previews=None)  # type: ignore[arg-type]
    posts = [r.path for r in app.app.routes if isinstance(r, Route) and "POST" in r.methods]
    assert len(posts) >= 10
    with signed_in(quiet_app) as web:
        for path in posts:
            answer = web.post(path, data={"csrf": "old"}, headers={"origin": quiet_app.base})
            assert answer.status_code == 403, path
    assert not (quiet_app.root / "input").exists()


def test_pages_load_nothing_from_elsewhere(quiet_app: Running) -> None:
    with signed_in(quiet_app) as web:
        for path in ("/", "/lister", "/skemaer", "/mail", "/svar", "/overblik", "/aftaler"):
            page = web.get(path)
            assert page.status_code == 200, path
            ids = re.findall(r'\sid="([^"]+)"', page.text)
            assert len(ids) == len(set(ids)), path  # each label finds its own field
            links = re.findall(r'(?:src|href|action)="([^"]*)"', page.text)
            assert links and all(link.startswith(("/", "#")) for link in links), links
            policy = page.headers["content-security-policy"]
            assert "default-src 'none'" in policy and "script-src 'self'" in policy
            assert page.headers["x-frame-options"] == "DENY"


def test_downloads_are_only_of_output(quiet_app: Running) -> None:
    (quiet_app.root / "secret.txt").write_text("x", encoding="utf-8")
    with signed_in(quiet_app) as web:
        for name in ("../secret.txt", "/etc/passwd", "..%2Fsecret.txt", "output/../secret.txt"):
            assert web.get("/hent", params={"fil": name}).status_code == 404


def test_the_app_listens_on_this_computer_only() -> None:
    sock = listen(0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
    finally:
        sock.close()


@pytest.fixture
def other_site(tmp_path: Path) -> Iterator[str]:
    """A page on another port of this computer that posts to the app as soon as it opens."""
    class Page(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path / "site"), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass
    (tmp_path / "site").mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_page_elsewhere_cannot_post_to_the_app_in_the_same_browser(
        app_run: Running, browser: Any, other_site: str, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(app_run.address)  # signed in: the browser holds the app's cookie
    (tmp_path / "site" / "attack.html").write_text(
        f'<form method="post" action="{app_run.base}/init"><input name="csrf" value="x">'
        "</form><script>document.forms[0].submit()</script>", encoding="utf-8")
    with page.expect_navigation(url=f"{app_run.base}/init"):
        page.goto(f"{other_site}/attack.html")
    assert "This form was sent from another page than mus's own" in page.content()
    assert not (app_run.root / "input").exists()
