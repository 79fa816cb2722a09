"""A small IMAP4rev1 server on loopback, enough for `mus mail --bounces --imap`: CAPABILITY,
LOGIN, AUTHENTICATE XOAUTH2, SELECT/EXAMINE, SEARCH SINCE, FETCH (INTERNALDATE, BODY.PEEK[...])
and LOGOUT, over one INBOX. It records every command, so a test can see nothing was changed."""

from __future__ import annotations

import base64
import re
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.mail.servers import PASSWORD, TOKEN, free_port


@dataclass
class Mailbox:
    user: str = "hr@eksempel.dk"
    messages: list[tuple[bytes, str]] = field(default_factory=list)  # (MIME, INTERNALDATE)
    commands: list[str] = field(default_factory=list)


class _Handler(socketserver.StreamRequestHandler):
    mailbox: Mailbox

    def send(self, text: str | bytes) -> None:
        self.wfile.write(text.encode() if isinstance(text, str) else text)

    def handle(self) -> None:
        box = self.server.mailbox  # type: ignore[attr-defined]
        self.send("* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] stand-in ready\r\n")
        signed_in = False
        while True:
            line = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
            if not line:
                return
            tag, _, rest = line.partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            box.commands.append(command if command in ("LOGIN", "AUTHENTICATE") else rest)
            if command == "CAPABILITY":
                self.send(f"* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n{tag} OK done\r\n")
            elif command == "LOGIN":
                user, password = (a.strip('"') for a in args.split(" ", 1))
                signed_in = user == box.user and password == PASSWORD
                self.send(f"{tag} OK logged in\r\n" if signed_in else
                          f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n")
            elif command == "AUTHENTICATE":
                self.send("+ \r\n")
                blob = base64.b64decode(self.rfile.readline().strip()).decode()
                signed_in = blob == f"user={box.user}\x01auth=Bearer {TOKEN}\x01\x01"
                self.send(f"{tag} OK signed in\r\n" if signed_in else
                          f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials\r\n")
            elif command == "LOGOUT":
                self.send(f"* BYE\r\n{tag} OK bye\r\n")
                return
            elif not signed_in:
                self.send(f"{tag} BAD sign in first\r\n")
            elif command in ("SELECT", "EXAMINE"):
                self.send(f"* {len(box.messages)} EXISTS\r\n* 0 RECENT\r\n"
                          f"* OK [UIDVALIDITY 1] ok\r\n{tag} OK [READ-ONLY] done\r\n")
            elif command == "SEARCH":
                numbers = " ".join(str(n + 1) for n in range(len(box.messages)))
                self.send(f"* SEARCH {numbers}\r\n{tag} OK done\r\n")
            elif command == "FETCH":
                self.fetch(box, tag, args)
            else:
                self.send(f"{tag} BAD not here\r\n")

    def fetch(self, box: Mailbox, tag: str, args: str) -> None:
        number, _, what = args.partition(" ")
        mime, date = box.messages[int(number) - 1]
        if "HEADER.FIELDS" in what.upper():
            head = mime.split(b"\r\n\r\n", 1)[0] + b"\r\n"
            wanted = b"".join(m.group(0) + b"\r\n" for m in re.finditer(
                rb"(?im)^content-type:.*(?:\r\n[ \t].*)*", head))
            body, name = wanted + b"\r\n", "BODY[HEADER.FIELDS (CONTENT-TYPE)]"
            self.send(f"* {number} FETCH ({name} {{{len(body)}}}\r\n".encode() + body)
        else:
            self.send(f'* {number} FETCH (INTERNALDATE "{date}" BODY[] {{{len(mime)}}}\r\n'
                      .encode() + mime)
        self.send(f")\r\n{tag} OK done\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve_imap(box: Mailbox) -> Iterator[int]:
    port = free_port()
    server = _Server(("127.0.0.1", port), _Handler)
    server.mailbox = box  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        server.shutdown()
        server.server_close()
