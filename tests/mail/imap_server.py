"""A small IMAP4rev1 server on loopback, enough for `mus mail --bounces --imap` and `mus collect
--imap`: CAPABILITY, LOGIN, AUTHENTICATE XOAUTH2, LIST, SELECT/EXAMINE, SEARCH SINCE, FETCH
(INTERNALDATE, BODY.PEEK[...]), UID SEARCH/FETCH/STORE/MOVE and LOGOUT, over an INBOX and
sub-folders. A folder opened with EXAMINE is read-only: STORE and MOVE are refused there, as a
real server does. It records every command, so a test can see nothing was changed."""

from __future__ import annotations

import base64
import datetime as dt
import re
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.mail.servers import PASSWORD, TOKEN, free_port

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Item:
    uid: int
    mime: bytes
    date: str  # INTERNALDATE, "03-Feb-2027 10:15:00 +0000"
    seen: bool = False


@dataclass
class Mailbox:
    user: str = "hr@eksempel.dk"
    messages: list[tuple[bytes, str]] = field(default_factory=list)  # INBOX: (MIME, INTERNALDATE)
    folders: dict[str, list[Item]] = field(default_factory=dict)  # others, by full name ("/")
    commands: list[str] = field(default_factory=list)
    move: bool = True  # offers the MOVE extension
    _inbox: list[Item] = field(default_factory=list)

    def folder(self, name: str) -> list[Item] | None:
        if name.upper() == "INBOX":
            for n in range(len(self._inbox), len(self.messages)):  # added since: next UIDs
                mime, date = self.messages[n]
                self._inbox.append(Item(n + 1, mime, date))
            return [i for i in self._inbox if i.uid > 0]
        return self.folders.get(name)

    def take(self, name: str, uid: int) -> Item | None:
        """Remove a message from a folder (moved away): its UID is never given again."""
        items = self._inbox if name.upper() == "INBOX" else self.folders.get(name, [])
        for item in items:
            if item.uid == uid:
                moved = Item(item.uid, item.mime, item.date, item.seen)
                item.uid = -item.uid
                if name.upper() != "INBOX":
                    items.remove(item)
                return moved
        return None


def _since(date: str, day: str) -> bool:
    moment = dt.datetime.strptime(date.split(" ")[0], "%d-%b-%Y").date()
    return moment >= dt.datetime.strptime(day, "%d-%b-%Y").date()


def decode_name(name: str) -> str:
    """Modified UTF-7 back to text ("&AMY-ldre" → "Ældre")."""
    def one(match: re.Match[str]) -> str:
        raw = match.group(1)
        if not raw:
            return "&"
        raw = raw.replace(",", "/") + "=" * (-len(raw) % 4)
        return base64.b64decode(raw).decode("utf-16-be")
    return re.sub(r"&([^-]*)-", one, name)


class _Handler(socketserver.StreamRequestHandler):
    def send(self, text: str | bytes) -> None:
        self.wfile.write(text.encode() if isinstance(text, str) else text)

    def handle(self) -> None:
        box: Mailbox = self.server.mailbox  # type: ignore[attr-defined]
        capability = "IMAP4rev1 AUTH=XOAUTH2" + (" MOVE" if box.move else "")
        self.send(f"* OK [CAPABILITY {capability}] stand-in ready\r\n")
        signed_in = False
        self.selected: str | None = None
        self.writable = False
        while True:
            line = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
            if not line:
                return
            tag, _, rest = line.partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            box.commands.append(command if command in ("LOGIN", "AUTHENTICATE") else rest)
            if command == "CAPABILITY":
                self.send(f"* CAPABILITY {capability}\r\n{tag} OK done\r\n")
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
            elif command == "LIST":
                self.send(f'* LIST (\\Noselect) "/" ""\r\n{tag} OK done\r\n')
            elif command in ("SELECT", "EXAMINE"):
                name = decode_name(args.strip().strip('"').replace('\\"', '"'))
                items = box.folder(name)
                if items is None:
                    self.send(f"{tag} NO [NONEXISTENT] no such folder\r\n")
                    continue
                self.selected, self.writable = name, command == "SELECT"
                access = "READ-WRITE" if self.writable else "READ-ONLY"
                self.send(f"* {len(items)} EXISTS\r\n* 0 RECENT\r\n"
                          f"* OK [UIDVALIDITY 7] ok\r\n{tag} OK [{access}] done\r\n")
            elif command == "UID":
                self.uid(box, tag, args)
            elif command == "SEARCH":
                items = box.folder(self.selected or "INBOX") or []
                numbers = " ".join(str(n + 1) for n in range(len(items)))
                self.send(f"* SEARCH {numbers}\r\n{tag} OK done\r\n")
            elif command == "FETCH":
                number, _, what = args.partition(" ")
                items = box.folder(self.selected or "INBOX") or []
                self.fetch(items[int(number) - 1], int(number), what, "")
                self.send(f"{tag} OK done\r\n")
            else:
                self.send(f"{tag} BAD not here\r\n")

    def uid(self, box: Mailbox, tag: str, args: str) -> None:
        command, _, rest = args.partition(" ")
        command = command.upper()
        items = box.folder(self.selected or "INBOX") or []
        if command == "SEARCH":
            day = rest.split()[-1].strip('"')
            found = " ".join(str(i.uid) for i in items if _since(i.date, day))
            self.send(f"* SEARCH {found}\r\n{tag} OK done\r\n")
            return
        uid_text, _, what = rest.partition(" ")
        by_uid = {i.uid: (n, i) for n, i in enumerate(items, 1)}
        if int(uid_text) not in by_uid:
            self.send(f"{tag} OK nothing\r\n")
            return
        number, item = by_uid[int(uid_text)]
        if command == "FETCH":
            self.fetch(item, number, what, f"UID {item.uid} ")
            if "PEEK" not in what.upper():
                item.seen = True
        elif command in ("STORE", "MOVE") and not self.writable:
            self.send(f"{tag} NO [READ-ONLY] the folder was opened read-only\r\n")
            return
        elif command == "STORE":
            item.seen = item.seen or "\\SEEN" in what.upper()
            self.send(f"* {number} FETCH (UID {item.uid} FLAGS (\\Seen))\r\n")
        elif command == "MOVE":
            target = decode_name(what.strip().strip('"').replace('\\"', '"'))
            if target not in box.folders:
                self.send(f"{tag} NO [TRYCREATE] no such folder\r\n")
                return
            moved = box.take(self.selected or "INBOX", item.uid)
            assert moved is not None
            folder = box.folders[target]
            moved.uid = max((i.uid for i in folder), default=0) + 1
            folder.append(moved)
            self.send(f"* {number} EXPUNGE\r\n")
        self.send(f"{tag} OK done\r\n")

    def fetch(self, item: Item, number: int, what: str, uid: str) -> None:
        if "HEADER.FIELDS" in what.upper():
            head = item.mime.split(b"\r\n\r\n", 1)[0] + b"\r\n"
            wanted = b"".join(m.group(0) + b"\r\n" for m in re.finditer(
                rb"(?im)^content-type:.*(?:\r\n[ \t].*)*", head))
            body, name = wanted + b"\r\n", "BODY[HEADER.FIELDS (CONTENT-TYPE)]"
            self.send(f"* {number} FETCH ({uid}{name} {{{len(body)}}}\r\n".encode() + body)
        else:
            self.send(f'* {number} FETCH ({uid}INTERNALDATE "{item.date}" BODY[] '
                      f'{{{len(item.mime)}}}\r\n'.encode() + item.mime)
        self.send(")\r\n")


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


def internal_date(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return f"{moment.day:02d}-{_MONTHS[moment.month - 1]}-{moment.year} " \
           f"{moment:%H:%M:%S} +0000"
