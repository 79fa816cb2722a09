"""Who may talk to the app: only the person who started it, from this computer, in pages the app
itself served.

- The server listens on 127.0.0.1 only.
- Every request needs the token made for this run: in the address the first time (``?token=``,
  then taken out of the address again), after that in a cookie the browser keeps for this
  address only (HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it).
- The Host header must be this address (127.0.0.1:PORT or localhost:PORT): a page from
  elsewhere that re-points its own name at 127.0.0.1 (DNS rebinding) is refused.
- A form post must come from the app's own page: its Origin (or Referer) is this address, and it
  carries the form's own CSRF token (``web.py``: ``posted``).
- Every answer says: no caching, no framing, no scripts or styles but the app's own.
"""

from __future__ import annotations

import hmac
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_METHODS = {"GET", "HEAD"}
HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
     b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
REFUSED = {
    "host": (400, "This address is not mus's. Open mus from the address `mus app` printed "
                  "(http://127.0.0.1:PORT/…)."),
    "token": (403, "This page belongs to the person who started mus on this computer. Open it "
                   "from the address `mus app` printed (with its token), or start `mus app` "
                   "again."),
    "origin": (403, "This form was sent from another page than mus's own, so it was refused. "
                    "Open mus from the address `mus app` printed and use the form there."),
    "method": (405, "mus's pages are only read (GET) and sent (POST)."),
}


def cookie_name(port: int) -> str:
    """One cookie per port: two mus apps on one computer (one per working folder) do not share
    a cookie, since cookies do not tell ports apart."""
    return f"mus_token_{port}"


class Guard:
    """ASGI middleware in front of the whole app."""

    def __init__(self, app: ASGIApp, token: str, port: int, debug: bool = False) -> None:
        self.app = app
        self.debug = debug
        self.token = token
        self.port = port
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        self.cookie = cookie_name(port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets: the app has none
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        refusal = self.refusal(scope, headers)
        if refusal is not None:
            await _plain(send, *REFUSED[refusal])
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if "token" in query and scope["method"] in SAFE_METHODS:
            # The token leaves the address (and so the history) for the cookie.
            rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
            path = "/" + str(scope.get("path", "/")).lstrip("/")  # never //elsewhere
            where = path + (f"?{rest}" if rest else "")
            await _redirect(send, where, self.cookie, self.token)
            return
        try:
            await self.app(scope, receive, _secured(send))
        except Exception:  # the page has said so in plain words (server.py); no traceback here
            if self.debug:
                traceback.print_exc()

    def refusal(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """Why a request is refused (a key of REFUSED), or None."""
        if headers.get("host", "") not in self.hosts:
            return "host"
        method = scope.get("method", "")
        if method not in SAFE_METHODS | {"POST"}:
            return "method"
        if not self._has_token(scope, headers):
            return "token"
        if method == "POST" and not self._own_origin(headers):
            return "origin"
        return None

    def _has_token(self, scope: Scope, headers: dict[str, str]) -> bool:
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except Exception:  # a cookie header no browser of ours wrote
            cookies = SimpleCookie()
        given = [query.get("token", "")]
        if self.cookie in cookies:
            given.append(cookies[self.cookie].value)
        return any(g and hmac.compare_digest(g.encode(), self.token.encode()) for g in given)

    def _own_origin(self, headers: dict[str, str]) -> bool:
        """A post must say where it comes from, and it must be here. Browsers send Origin with
        every post; Referer where an old one does not."""
        origin = headers.get("origin")
        if origin is not None:
            return origin in self.origins
        referer = headers.get("referer")
        if referer:
            parts = urlsplit(referer)
            return f"{parts.scheme}://{parts.netloc}" in self.origins
        return False


def _secured(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *HEADERS]
        await send(message)
    return wrapped


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def _redirect(send: Send, where: str, cookie: str, token: str) -> None:
    value = f"{cookie}={token}; Path=/; HttpOnly; SameSite=Strict"
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", where.encode("latin-1", "replace")),
                            (b"set-cookie", value.encode("latin-1")),
                            (b"content-length", b"0"), *HEADERS]})
    await send({"type": "http.response.body", "body": b""})
