"""The sign-ins 2027 tenants allow (issue 22, item 6), each driven for real against loopback
stand-ins: msal's browser sign-in (authorization code with PKCE, the answer taken on
http://localhost) and Google's installed-app flow. The browser is played by the test: it reads
the address mus opens and requests the redirect URL itself; no real browser, no network."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import threading
import urllib.parse
import webbrowser
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.mail.auth import sign_in
from pipeline.workspace import Workspace
from tests.mail.servers import TOKEN, EntraStandIn, GraphStandIn, Inbox, serve
from tests.mail.test_auth import ToLoopback, cache_home, client, config, entra  # noqa: F401
from tests.mail.test_smtp_oauth import CLIENT_ID, assert_no_secret_anywhere

CODE = "0.AX8A-authorization-code-from-the-browser"


class PlayedBrowser:
    """Stands in for the person's browser: 'signs in' and sends the answer to the redirect
    address the sign-in page would send it to (form_post for msal, a GET for Google)."""

    def __init__(self) -> None:
        self.visited: list[dict[str, str]] = []
        self.answers: list[int] = []
        self.entra: EntraStandIn | None = None  # the sign-in page remembers the nonce there

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        query = {k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
                 .items()}
        self.visited.append(query)
        if self.entra is not None and "nonce" in query:
            self.entra.nonce = query["nonce"]

        def answer() -> None:
            fields = {"code": CODE, "state": query["state"]}
            if query.get("response_mode") == "form_post":
                done = requests.post(query["redirect_uri"], data=fields, timeout=10)
            else:
                done = requests.get(query["redirect_uri"], params=fields, timeout=10)
            self.answers.append(done.status_code)

        threading.Thread(target=answer, daemon=True).start()
        return True


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> PlayedBrowser:
    played = PlayedBrowser()
    monkeypatch.setattr(webbrowser, "open", played.open)
    monkeypatch.setattr(webbrowser, "get", lambda using=None: played)
    return played


def pkce(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def test_microsoft_sign_in_in_the_browser_with_pkce(
        entra: EntraStandIn, client: ToLoopback, cache_home: Path,  # noqa: F811
        browser: PlayedBrowser) -> None:
    browser.entra = entra
    said: list[str] = []
    token = sign_in(config(), "graph", "hr@eksempel.dk", said.append, http_client=client)
    assert token() == TOKEN
    assert said[0] == ("To sign in to Microsoft 365, a browser window opens on this computer: "
                       "sign in there as hr@eksempel.dk or as someone allowed to send from it. "
                       "mus waits here (up to 5 minutes).")
    [visit] = browser.visited
    assert visit["redirect_uri"].startswith("http://localhost:")
    assert (visit["response_type"], visit["code_challenge_method"]) == ("code", "S256")
    assert visit["client_id"] == CLIENT_ID
    assert "https://graph.microsoft.com/Mail.Send" in visit["scope"].split()
    [redeemed] = [r for r in entra.requests if r.get("grant_type") == "authorization_code"]
    assert redeemed["code"] == CODE
    assert pkce(redeemed["code_verifier"]) == visit["code_challenge"]  # PKCE, as promised
    assert browser.answers == [200]
    cache = cache_home / "mus" / "m365-token-cache.json"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert all(TOKEN not in line for line in said)
    again = sign_in(config(), "graph", "hr@eksempel.dk", said.append, http_client=client)
    assert again() == TOKEN and len(browser.visited) == 1  # kept: no browser the next time


def test_a_shared_mailbox_asks_for_the_shared_permission(
        entra: EntraStandIn, client: ToLoopback, cache_home: Path,  # noqa: F811
        browser: PlayedBrowser) -> None:
    entra.username = "lone.hansen@eksempel.dk"
    browser.entra = entra
    said: list[str] = []
    sign_in(config(), "drafts", "hr@eksempel.dk", said.append, http_client=client, shared=True)
    assert "https://graph.microsoft.com/Mail.ReadWrite.Shared" in browser.visited[0]["scope"]
    assert said[-1] == ("The e-mails go from the mailbox hr@eksempel.dk; "
                        "lone.hansen@eksempel.dk need(s) Full Access and \"Send as\" on it.")


def test_mus_mail_m365_signs_in_in_the_browser_by_default(
        ws: Workspace, forms: GenerateResult, httpserver: HTTPServer,
        client: ToLoopback, cache_home: Path, browser: PlayedBrowser,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    graph = GraphStandIn(httpserver).start()
    browser.entra = EntraStandIn(httpserver).start()
    monkeypatch.setenv("MUS_GRAPH_URL", graph.url)
    monkeypatch.setattr("pipeline.mail.run.sign_in", partial(sign_in, http_client=client))
    monkeypatch.delenv("MUS_M365_CLIENT_SECRET", raising=False)
    monkeypatch.delenv("MUS_M365_ACCESS_TOKEN", raising=False)
    result = CliRunner().invoke(main, [
        "--dir", str(ws.root), "mail", "--forms", str(forms.out), "--m365", "--sender",
        "HR <hr@eksempel.dk>", "--client-id", CLIENT_ID, "--pause", "0"])
    assert result.exit_code == 0, result.output
    assert "a browser window opens on this computer" in result.output
    assert "enter the code" not in result.output
    assert len(graph.who()) == len(set(graph.who())) == 6
    assert_no_secret_anywhere(ws, result.output)


GOOGLE_ID = "123456789012-mus.apps.googleusercontent.com"
GOOGLE_SECRET = "GOCSPX-desktop-client-secret"
REFRESH = "1//0refresh-token-for-hr"


@pytest.fixture
def google(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch,
           cache_home: Path) -> list[dict[str, str]]:  # noqa: F811
    """Google's token endpoint on loopback (its sign-in page is played by the browser)."""
    asked: list[dict[str, str]] = []

    def token(request: Request) -> Response:
        form = {k: str(v) for k, v in request.form.items()}
        asked.append(form)
        answer: dict[str, Any] = {"access_token": TOKEN, "expires_in": 3599,
                                  "scope": "https://mail.google.com/", "token_type": "Bearer"}
        if form.get("grant_type") == "authorization_code":
            if form.get("code") != CODE or not form.get("code_verifier"):
                return Response(json.dumps({"error": "invalid_grant"}), 400,
                                content_type="application/json")
            answer["refresh_token"] = REFRESH
        elif form.get("refresh_token") != REFRESH:
            return Response(json.dumps({"error": "invalid_grant"}), 400,
                            content_type="application/json")
        return Response(json.dumps(answer), content_type="application/json")

    httpserver.expect_request("/token", method="POST").respond_with_handler(token)
    monkeypatch.setattr("pipeline.mail.google.TOKEN_URI", httpserver.url_for("/token"))
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the stand-in speaks plain HTTP
    monkeypatch.setenv("MUS_GOOGLE_CLIENT_ID", GOOGLE_ID)
    monkeypatch.setenv("MUS_GOOGLE_CLIENT_SECRET", GOOGLE_SECRET)
    return asked


def test_google_sign_in_then_gmail_smtp_xoauth2(
        ws: Workspace, forms: GenerateResult, google: list[dict[str, str]],
        browser: PlayedBrowser, cache_home: Path) -> None:  # noqa: F811
    handler = Inbox(auth="exchange", token=TOKEN, mailbox="hr@eksempel.dk")
    for port in serve(handler):
        args = ["--dir", str(ws.root), "mail", "--forms", str(forms.out), "--google", "--smtp",
                f"127.0.0.1:{port}", "--security", "none", "--sender", "HR <hr@eksempel.dk>",
                "--pause", "0"]
        first = CliRunner().invoke(main, args)
        assert first.exit_code == 0, first.output
        assert ("To sign in to Google, a browser window opens on this computer: sign in there "
                "as hr@eksempel.dk.") in first.output
        assert len(handler.who()) == len(set(handler.who())) == 6
        [visit] = browser.visited
        assert visit["scope"] == "https://mail.google.com/"
        assert visit["redirect_uri"].startswith("http://localhost:")
        assert visit["login_hint"] == "hr@eksempel.dk"
        [redeemed] = [a for a in google if a["grant_type"] == "authorization_code"]
        assert pkce(redeemed["code_verifier"]) == visit["code_challenge"]
        assert handler.auth_lines[0] == (f"user=hr@eksempel.dk\x01auth=Bearer {TOKEN}\x01\x01"
                                         .encode())
        kept = cache_home / "mus" / "google-token.json"
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert json.loads(kept.read_text(encoding="utf-8")) == {
            "hr@eksempel.dk": {"client_id": GOOGLE_ID, "refresh": REFRESH}}
        assert TOKEN not in kept.read_text(encoding="utf-8")
        (ws.output_dir / "mail" / "mail-log.jsonl").unlink()
        second = CliRunner().invoke(main, args)  # kept: renewed without a browser
        assert second.exit_code == 0, second.output
        assert len(browser.visited) == 1
        assert [a["grant_type"] for a in google] == ["authorization_code", "refresh_token"]
        assert_no_secret_anywhere(ws, first.output, second.output)
        for output in (first.output, second.output):
            assert GOOGLE_SECRET not in output and REFRESH not in output


def test_google_needs_the_organisations_client(ws: Workspace, forms: GenerateResult,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MUS_GOOGLE_CLIENT_ID", raising=False)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms.out),
                                       "--google", "--sender", "hr@eksempel.dk"])
    assert (result.exit_code, result.output) == (1, (
        "Error: --google needs your organisation's OAuth client for mus: its client ID in "
        "MUS_GOOGLE_CLIENT_ID and its secret in MUS_GOOGLE_CLIENT_SECRET. See \"Google "
        'Workspace" in the README for what IT sets up.\n'))
