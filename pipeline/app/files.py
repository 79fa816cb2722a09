"""Files in and out of the working folder through the browser.

In: an uploaded file is saved in the folder it belongs in (``input/``, ``returned/``) under its
own name made safe for every system; a file already there is never replaced (the same bytes
are "already there"; other bytes get a name of their own). Written atomically.

Out: only files in ``output/`` are downloaded, checked to lie there once every link is
resolved; the forms of a season go as one zip.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import UploadFile

from pipeline.atomic import ensure_folder, write_atomic
from pipeline.forms.names import clipped, not_a_device
from pipeline.places import is_inside, name_problem

MAX_UPLOAD = 100 * 1024 * 1024  # a returned form, an e-mail with its attachments, a list
CHUNK = 1024 * 1024
_NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


@dataclass
class Saved:
    saved: list[str] = field(default_factory=list)
    same: list[str] = field(default_factory=list)  # the same bytes were there already
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, why)


def safe_name(name: str) -> str:
    """The name an upload is saved under: its own (spaces and Danish letters kept), less any
    folder part and the characters no system allows in a name."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    base = _NOT_IN_A_NAME.sub("-", base).strip(" .")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = clipped(stem, 150).strip(" .") or "fil"
    return not_a_device(f"{stem}.{ext}" if ext else stem)


async def save_uploads(uploads: list[UploadFile], folder: Path,
                       allowed: tuple[str, ...] | None = None) -> Saved:
    """Save each upload in ``folder``; ``allowed``: the extensions taken (None: any)."""
    done = Saved()
    ensure_folder(folder)
    for upload in uploads:
        shown = upload.filename or "?"
        name = safe_name(shown)
        if allowed is not None and not name.lower().endswith(allowed):
            done.refused.append((shown, "wrong-kind"))
            continue
        if name_problem(name):
            done.refused.append((shown, "name"))
            continue
        data = await _read(upload)
        if data is None:
            done.refused.append((shown, "too-large"))
            continue
        target, same = _place(folder, name, data)
        if same:
            done.same.append(target.name)
            continue
        write_atomic(target, data)
        done.saved.append(target.name)
    return done


async def _read(upload: UploadFile) -> bytes | None:
    parts, size = [], 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > MAX_UPLOAD:
            return None
        parts.append(chunk)
    return b"".join(parts)


def _place(folder: Path, name: str, data: bytes) -> tuple[Path, bool]:
    """Where ``data`` goes: (the path, whether the same bytes are there already)."""
    digest = hashlib.sha256(data).digest()
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    for n in range(1, 10_000):
        candidate = folder / (name if n == 1 else f"{stem} ({n}){dot}{ext}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate, False
        if candidate.is_file() and not candidate.is_symlink() and \
                hashlib.sha256(candidate.read_bytes()).digest() == digest:
            return candidate, True
    raise OSError(f"too many files called {name} in {folder}")


def output_file(output_dir: Path, relative: str) -> Path | None:
    """A file in ``output/`` by its path from there, or None where that is no such file (or
    leads elsewhere)."""
    if not relative or relative.startswith(("/", "\\")) or "\\" in relative:
        return None
    path = output_dir / relative
    if ".." in Path(relative).parts or not is_inside(path, output_dir):
        return None
    return path if path.is_file() else None


def zip_folder(folder: Path, suffixes: tuple[str, ...]) -> Path:
    """The files of ``folder`` (not below it) with these suffixes, zipped into a temporary file
    the caller removes."""
    handle = tempfile.NamedTemporaryFile(prefix="mus-", suffix=".zip", delete=False)  # noqa: SIM115
    with handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.is_symlink() and path.suffix.lower() in suffixes \
                    and not path.name.startswith((".", "~$")):
                archive.write(path, path.name)
    return Path(handle.name)
