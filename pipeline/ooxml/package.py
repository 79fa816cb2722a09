"""Writing .docx zips fast and byte-for-byte repeatably.

Parts that are the same in every form (styles, theme, header, footer …) are compressed once and
copied raw into each file; only the personal parts are compressed per form. Entries carry a fixed
timestamp, so the same input gives the same bytes (pipeline.atomic writes them into place).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

_DOS_TIME = 0
_DOS_DATE = (1980 - 1980) << 9 | 1 << 5 | 1  # 1980-01-01


@dataclass(frozen=True)
class Part:
    name: str
    crc: int
    size: int
    data: bytes  # raw deflate stream


def compress(name: str, data: bytes, level: int = 6) -> Part:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    packed = c.compress(data) + c.flush()
    return Part(name, zlib.crc32(data), len(data), packed)


def zip_bytes(parts: Iterable[Part]) -> bytes:
    out = bytearray()
    central = bytearray()
    count = 0
    for part in parts:
        name = part.name.encode("utf-8")
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0800, 8, _DOS_TIME, _DOS_DATE,
                           part.crc, len(part.data), part.size, len(name), 0)
        out += name
        out += part.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0800, 8, _DOS_TIME,
                               _DOS_DATE, part.crc, len(part.data), part.size, len(name), 0, 0,
                               0, 0, 0, offset)
        central += name
        count += 1
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out)


def raw_parts(data: bytes) -> list[Part]:
    """The parts of a zip as they are stored, deflated ones without inflating them, so that a
    copy with a few parts replaced costs only those parts."""
    import io
    import zipfile

    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        for info in source.infolist():
            if info.compress_type != zipfile.ZIP_DEFLATED:
                parts.append(compress(info.filename, source.read(info)))
                continue
            header = data[info.header_offset:info.header_offset + 30]
            name_len, extra_len = struct.unpack("<HH", header[26:30])
            start = info.header_offset + 30 + name_len + extra_len
            parts.append(Part(info.filename, info.CRC, info.file_size,
                              data[start:start + info.compress_size]))
    return parts
