"""A Microsoft 365 mailbox behind Microsoft Graph, on loopback (pytest-httpserver), as `mus
collect --m365` reads it: mail folders by display name (``mailFolders``, ``childFolders``, the
well-known ``inbox``), messages listed a page at a time (``$filter=receivedDateTime ge``,
``$orderby``, ``$top``, ``@odata.nextLink``), each fetched as MIME (``/$value``), marked read
(PATCH ``isRead``) or moved (POST ``/move``) only when asked. Ids are immutable (they survive a
move), as with ``Prefer: IdType="ImmutableId"``. It can throttle (429 with Retry-After) and
records every request, so a test sees that nothing was changed."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.mail.servers import TOKEN, _error, _json


@dataclass
class Message:
    id: str
    mime: bytes
    received: dt.datetime
    folder: str = "inbox-id"
    read: bool = False


@dataclass
class GraphMailbox:
    server: HTTPServer
    mailbox: str | None = "hr@eksempel.dk"  # None: /me
    token: str = TOKEN
    page: int = 25  # at most this many a page, whatever $top asks
    folders: dict[str, tuple[str, str | None]] = field(default_factory=lambda: {
        "inbox-id": ("Indbakke", None), "sent-id": ("Sendt post", None),
        "archive-id": ("Arkiv", None)})  # id → (display name, parent id)
    messages: list[Message] = field(default_factory=list)
    throttle: list[int] = field(default_factory=list)  # answer request no. N with 429
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path?query)
    prefer: set[str] = field(default_factory=set)  # Prefer headers seen

    WELL_KNOWN: ClassVar[dict[str, str]] = {"inbox": "inbox-id", "sentitems": "sent-id",
                                            "archive": "archive-id"}

    @property
    def url(self) -> str:
        return self.server.url_for("/v1.0")

    def start(self) -> GraphMailbox:
        self.server.expect_request(re.compile("^/v1.0/.*")).respond_with_handler(self.handle)
        return self

    def add(self, mime: bytes, received: dt.datetime, folder: str = "inbox-id") -> Message:
        message = Message(f"AAMkAD-{len(self.messages) + 1:05d}=", mime, received, folder)
        self.messages.append(message)
        return message

    def folder(self, name: str, parent: str | None) -> str:
        number = f"folder-{len(self.folders) + 1}"
        self.folders[number] = (name, parent)
        return number

    def changes(self) -> list[tuple[str, str]]:
        return [r for r in self.requests if r[0] != "GET"]

    def handle(self, request: Request) -> Response:
        query = request.query_string.decode()
        self.requests.append((request.method, request.path + (f"?{query}" if query else "")))
        if len(self.requests) - 1 in self.throttle:
            return _error(429, "ApplicationThrottled", "Too many requests.",
                          {"Retry-After": "1"})
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return _error(401, "InvalidAuthenticationToken", "Access token is empty.")
        self.prefer.add(str(request.headers.get("Prefer", "")))
        base = "/v1.0/me" if self.mailbox is None else f"/v1.0/users/{self.mailbox}"
        if not request.path.startswith(base + "/"):
            return _error(404, "ErrorInvalidUser", "The requested user is invalid.")
        path = request.path[len(base):]
        if match := re.fullmatch(r"/mailFolders(?:/([^/]+)/childFolders)?", path):
            return self.list_folders(request, match.group(1))
        if match := re.fullmatch(r"/mailFolders/([^/]+)/messages", path):
            return self.list_messages(request, self.WELL_KNOWN.get(match.group(1),
                                                                   match.group(1)))
        if match := re.fullmatch(r"/messages/([^/]+)(/\$value|/move)?", path):
            return self.one(request, match.group(1), match.group(2) or "")
        return _error(400, "BadRequest", "Not here.")

    def list_folders(self, request: Request, parent: str | None) -> Response:
        parent = self.WELL_KNOWN.get(parent or "", parent)
        wanted = re.fullmatch(r"displayName eq '(.*)'", request.args.get("$filter", ""))
        name = wanted.group(1).replace("''", "'") if wanted else None
        value = [{"id": i, "displayName": n} for i, (n, p) in self.folders.items()
                 if p == parent and (name is None or n == name)]
        return _json({"value": value})

    def list_messages(self, request: Request, folder: str) -> Response:
        wanted = re.fullmatch(r"receivedDateTime ge (\S+)", request.args.get("$filter", ""))
        if not wanted or request.args.get("$orderby") != "receivedDateTime asc":
            return _error(400, "BadRequest", "Filter by receivedDateTime, ordered by it.")
        since = dt.datetime.fromisoformat(wanted.group(1).replace("Z", "+00:00"))
        chosen = sorted((m for m in self.messages if m.folder == folder and m.received >= since),
                        key=lambda m: m.received)
        start = int(request.args.get("$skip", "0"))
        size = min(int(request.args.get("$top", "10")), self.page)
        page = chosen[start:start + size]
        answer: dict[str, Any] = {"value": [
            {"id": m.id, "receivedDateTime": m.received.astimezone(dt.UTC).strftime(
                "%Y-%m-%dT%H:%M:%SZ")} for m in page]}
        if start + size < len(chosen):
            args = {**request.args, "$skip": str(start + size)}
            answer["@odata.nextLink"] = self.server.url_for(request.path) + "?" + "&".join(
                f"{k}={v}" for k, v in args.items()).replace(" ", "%20")
        return _json(answer)

    def one(self, request: Request, number: str, what: str) -> Response:
        message = next((m for m in self.messages if m.id == number), None)
        if message is None:
            return _error(404, "ErrorItemNotFound", "The specified object was not found.")
        if request.method == "GET" and what == "/$value":
            return Response(message.mime, content_type="text/plain")
        if request.method == "PATCH" and not what:
            message.read = bool(json.loads(request.get_data()).get("isRead"))
            return _json({"id": message.id, "isRead": message.read})
        if request.method == "POST" and what == "/move":
            target = json.loads(request.get_data()).get("destinationId")
            target = self.WELL_KNOWN.get(target, target)
            if target not in self.folders:
                return _error(404, "ErrorItemNotFound", "No such folder.")
            message.folder = target
            return _json({"id": message.id}, 201)
        return _error(405, "ErrorInvalidRequest", "Not allowed.")
