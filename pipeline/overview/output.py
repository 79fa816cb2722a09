"""Writing a workbook so that it appears whole or not at all, with plain words when it cannot.

Everything is written inside a scratch folder of ours beside the target (``.~mus-*.tmp``: the
writer's working files and the finished workbook), and the workbook is then moved over the old
one with ``os.replace``, which is atomic on one file system. The scratch folder is removed
whatever happens; one left by a run that was killed is removed by the next run that writes
there, as are the ``.~mus-*.xlsx`` files of earlier versions of mus.

This is the one place that knows how a workbook reaches the disk; swap it for a shared helper
without touching the sheets.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from pipeline.errors import OutputError

PREFIX = ".~mus-"
SCRATCH_SUFFIX = ".tmp"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def remove_stale(folder: Path) -> list[Path]:
    """Remove what an interrupted run of ours left in ``folder``: scratch folders and partial
    workbooks. Nothing else is touched."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(PREFIX):
            continue
        with contextlib.suppress(OSError):
            if name.endswith(SCRATCH_SUFFIX) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
                removed.append(entry)
            elif name.endswith(".xlsx") and entry.is_file() and not entry.is_symlink():
                entry.unlink()
                removed.append(entry)
    return removed


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """``with replacing(path) as (file, scratch):`` write the workbook to ``file`` (working files
    may go in ``scratch``); when the block ends without an error the workbook replaces ``path``.
    Any failure leaves ``path`` as it was and nothing of ours behind, and is an OutputError
    that says what to do."""
    folder = path.parent
    if path.is_dir():
        raise OutputError(
            f"There is a folder named {path} where the workbook should go. Rename or move that "
            "folder, or give another file name with --out, and run the command again.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as err:
        raise OutputError(
            f"{_blocking_file(folder)} is a file, but the workbook needs a folder there. Rename "
            "or move that file, or choose another place with --out.") from err
    except OSError as err:
        raise _error(err, path) from err
    remove_stale(folder)
    try:
        scratch = Path(tempfile.mkdtemp(prefix=PREFIX, suffix=SCRATCH_SUFFIX, dir=folder))
    except OSError as err:
        raise _error(err, path) from err
    try:
        target = scratch / "workbook.xlsx"
        with open(target, "wb") as file:
            yield file, scratch
        os.replace(target, path)
    except OutputError:
        raise
    except Exception as err:
        cause = _os_error(err)
        if cause is None:
            raise
        if isinstance(cause, PermissionError) and path.exists() and os.access(folder, os.W_OK):
            raise OutputError(
                f"{path} could not be replaced: it is probably open in Excel. Close it and run "
                "the command again (the new workbook was not written).") from err
        raise _error(cause, path) from err
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _os_error(err: BaseException) -> OSError | None:
    """The OSError behind ``err``: itself, or the one a library wrapped it in."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        inner = next((a for a in seen.args if isinstance(a, OSError)), None)
        if inner is not None:
            return inner
        seen = seen.__cause__ or seen.__context__
    return None


def _blocking_file(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.exists() and not candidate.is_dir():
            return candidate
    return folder


def _error(err: OSError, path: Path) -> OutputError:
    folder = path.parent
    if err.errno in _FULL:
        return OutputError(
            f"The disk that holds {folder} is full, so {path.name} could not be written. Free "
            "some space (or choose another folder with --out) and run the command again. "
            "Nothing was changed.")
    if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM,
                                                         errno.EROFS):
        return OutputError(
            f"mus may not write in {folder}. Choose another folder with --out, or ask IT for "
            "write access to it, and run the command again. Nothing was changed.")
    if isinstance(err, NotADirectoryError):
        return OutputError(
            f"{_blocking_file(folder)} is a file, but the workbook needs a folder there. Rename "
            "or move that file, or choose another place with --out.")
    return OutputError(
        f"{path} could not be written ({err.strerror or err}). Check the folder and run the "
        "command again. Nothing was changed.")
