"""Outlook .msg files for tests, written as Outlook writes them when HR drags an e-mail out of it:
an OLE compound file (written with extract_msg's own OleWriter) holding the message's MAPI
properties ([MS-OXMSG]: a ``__properties_version1.0`` stream, ``__substg1.0_TTTTtttt`` streams
for strings and binaries, one ``__recip_version1.0_#N`` storage per recipient, one
``__attach_version1.0_#N`` storage per attachment, a forwarded e-mail as an embedded message in
``__substg1.0_3701000D``, and the named-property map ``__nameid_version1.0``). The layout and the
properties follow .msg files saved by Outlook for Windows (checked against such files while this
was written).
"""

from __future__ import annotations

import datetime as dt
import io
import struct
from dataclasses import dataclass, field

from extract_msg.ole_writer import OleWriter

STRING, BINARY, LONG, TIME, BOOL, OBJECT = 0x001F, 0x0102, 0x0003, 0x0040, 0x000B, 0x000D
_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


@dataclass
class MsgMail:
    subject: str
    sender: str  # an SMTP address
    sender_name: str = ""
    to: str = "hr@eksempel.dk"
    sent: dt.datetime = dt.datetime(2027, 2, 3, 10, 15, tzinfo=dt.UTC)
    body: str = "Hermed mit skema."
    message_id: str = "<AM0PR02MB0001@eurprd02.prod.outlook.com>"
    message_class: str = "IPM.Note"
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (file name, data)
    mails: list[MsgMail] = field(default_factory=list)  # attached e-mails (a forward)
    exchange_sender: bool = False  # the sender as Exchange keeps it: X.500, SMTP beside it


def _filetime(moment: dt.datetime) -> bytes:
    return struct.pack("<Q", int((moment - _EPOCH).total_seconds() * 10_000_000))


class _Properties:
    def __init__(self) -> None:
        self.entries: list[bytes] = []
        self.streams: dict[str, bytes] = {}

    def fixed(self, prop: int, kind: int, value: bytes) -> None:
        self.entries.append(struct.pack("<II", (prop << 16) | kind, 6) + value.ljust(8, b"\0"))

    def string(self, prop: int, text: str) -> None:
        data = text.encode("utf-16-le")
        self.streams[f"__substg1.0_{prop:04X}{STRING:04X}"] = data
        self.entries.append(struct.pack("<IIII", (prop << 16) | STRING, 6, len(data) + 2, 0))

    def binary(self, prop: int, data: bytes) -> None:
        self.streams[f"__substg1.0_{prop:04X}{BINARY:04X}"] = data
        self.entries.append(struct.pack("<IIII", (prop << 16) | BINARY, 6, len(data), 0))

    def stream(self, header: bytes) -> bytes:
        return header + b"".join(self.entries)


def _message(writer: OleWriter, base: str, mail: MsgMail, top: bool) -> None:
    p = _Properties()
    p.string(0x001A, mail.message_class)
    p.string(0x0037, mail.subject)
    p.string(0x0E1D, mail.subject)
    p.string(0x0C1A, mail.sender_name or mail.sender)
    p.string(0x0042, mail.sender_name or mail.sender)
    if mail.exchange_sender:
        x500 = ("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN="
                "RECIPIENTS/CN=" + mail.sender.split("@")[0].upper())
        p.string(0x0C1E, "EX")
        p.string(0x0C1F, x500)
        p.string(0x5D01, mail.sender)
    else:
        p.string(0x0C1E, "SMTP")
        p.string(0x0C1F, mail.sender)
    p.string(0x0E04, mail.to)
    p.string(0x1000, mail.body)
    p.string(0x1035, mail.message_id)
    p.fixed(0x0039, TIME, _filetime(mail.sent))
    p.fixed(0x0E06, TIME, _filetime(mail.sent + dt.timedelta(seconds=3)))
    p.fixed(0x0E07, LONG, struct.pack("<I", 0x1 | (0x10 if mail.files or mail.mails else 0)))
    p.fixed(0x0E1B, BOOL, b"\x01" if mail.files or mail.mails else b"\0")
    count = len(mail.files) + len(mail.mails)
    reserved = b"\0" * 8
    header = reserved + struct.pack("<IIII", 1, count, 1, count) + (reserved if top else b"")
    _write(writer, base, p, header)
    recipient = _Properties()
    recipient.string(0x3001, mail.to)
    recipient.string(0x3003, mail.to)
    recipient.string(0x3002, "SMTP")
    recipient.string(0x39FE, mail.to)
    recipient.fixed(0x0C15, LONG, struct.pack("<I", 1))
    _storage(writer, f"{base}__recip_version1.0_#00000000")
    _write(writer, f"{base}__recip_version1.0_#00000000/", recipient, reserved)
    for n, (name, data) in enumerate(mail.files):
        folder = f"{base}__attach_version1.0_#{n:08X}"
        _storage(writer, folder)
        a = _Properties()
        a.fixed(0x3705, LONG, struct.pack("<I", 1))  # ATTACH_BY_VALUE
        a.fixed(0x0E21, LONG, struct.pack("<I", n))
        a.string(0x3001, name)
        a.string(0x3707, name)
        a.string(0x3704, (name.split(".")[0][:6].upper() + "~1." + name.rsplit(".", 1)[-1][:3]
                          .upper()) if "." in name else name[:8].upper())
        a.string(0x3703, "." + name.rsplit(".", 1)[-1] if "." in name else "")
        a.binary(0x3701, data)
        _write(writer, folder + "/", a, reserved)
    for m, inner in enumerate(mail.mails, start=len(mail.files)):
        folder = f"{base}__attach_version1.0_#{m:08X}"
        _storage(writer, folder)
        a = _Properties()
        a.fixed(0x3705, LONG, struct.pack("<I", 5))  # ATTACH_EMBEDDED_MSG
        a.fixed(0x0E21, LONG, struct.pack("<I", m))
        a.string(0x3001, inner.subject)
        a.entries.append(struct.pack("<IIII", (0x3701 << 16) | OBJECT, 6, 0xFFFFFFFF, 0))
        _write(writer, folder + "/", a, reserved)
        _storage(writer, f"{folder}/__substg1.0_3701000D")
        _message(writer, f"{folder}/__substg1.0_3701000D/", inner, top=False)


def _storage(writer: OleWriter, path: str) -> None:
    writer.addEntry(path, storage=True)


def _write(writer: OleWriter, base: str, p: _Properties, header: bytes) -> None:
    writer.addEntry(f"{base}__properties_version1.0", p.stream(header))
    for name, data in p.streams.items():
        writer.addEntry(f"{base}{name}", data)


def msg_bytes(mail: MsgMail) -> bytes:
    """The .msg file Outlook saves for ``mail``."""
    writer = OleWriter()
    _storage(writer, "__nameid_version1.0")
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        writer.addEntry(f"__nameid_version1.0/{stream}", b"")
    _message(writer, "", mail, top=True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
