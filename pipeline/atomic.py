"""Writing outputs so that nothing half-written is ever left behind, and saying in plain words why
a write failed (no permission, disk full, a folder in the way).

Every output goes to a temporary file in the target's own folder (named ``.~mus-<pid>-….tmp``)
and replaces the target in one step. A run that is killed leaves such a file behind; the next run
removes the ones whose process is gone (``clean_stale``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import OutputError, os_detail

PREFIX = ".~mus-"

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def _new_file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _new_file_mode()


def explain(err: OSError, path: Path | None, writing: bool = True) -> str:
    """What went wrong writing (or, with ``writing=False``, using) ``path`` and what to do, for
    an HR person."""
    code = err.errno
    if path is None:
        return _explain_unplaced(err)
    if not writing:
        return _explain_use(err, path)
    if code in _FULL:
        return (f"The disk is full: {path} could not be written. Free some space on that drive "
                "(or choose another folder with --out) and run the command again; nothing "
                "half-written was left behind.")
    if isinstance(err, IsADirectoryError) or (code == errno.EISDIR):
        return (f"There is a folder where the file {path} should go. Move or rename that folder "
                "(or choose another name with --out) and run the command again.")
    if isinstance(err, NotADirectoryError) or code == errno.ENOTDIR:
        return (f"{path} cannot be written because a file is in the way of one of its folders "
                f"({_blocking_file(path)}). Move or rename that file, or choose another folder "
                "with --out, and run the command again.")
    if code in _DENIED or isinstance(err, PermissionError):
        if path.exists() and not path.is_dir():
            return (f"{path} could not be replaced: it is probably open in Excel, Word or another "
                    "program, or it is read-only. Close it (or ask IT for write access) and run "
                    "the command again.")
        return _denied_folder(path.parent)
    return (f"{path} could not be written ({os_detail(err)}). Check the "
            "folder and run the command again.")


def _denied_folder(folder: Path) -> str:
    return (f"mus may not write in {folder} (the folder is read-only or you lack permission). "
            "Choose another folder with --out, or ask IT for write access, and run the command "
            "again.")


def _explain_unplaced(err: OSError) -> str:
    if err.errno in _FULL:
        return "The disk is full. Free some space on the drive and run the command again."
    return (f"The computer refused an operation ({os_detail(err)}). Check "
            "the folders the command uses and run it again.")


def _explain_use(err: OSError, path: Path) -> str:
    code = err.errno
    if code in _FULL:
        return (f"The disk is full ({path}). Free some space on that drive and run the command "
                "again.")
    if code in _DENIED or isinstance(err, PermissionError):
        return (f"mus has no permission to use {path} (it is read-only, locked, or open in "
                "another program). Close it, or ask IT for access, and run the command again.")
    if isinstance(err, IsADirectoryError):
        return f"{path} is a folder where mus expected a file. Give the path of the file."
    if isinstance(err, NotADirectoryError):
        return (f"{path} cannot be used because a file is in the way of one of its folders "
                f"({_blocking_file(path)}). Move or rename that file and run the command again.")
    if isinstance(err, FileNotFoundError):
        return f"{path} does not exist. Check the path and run the command again."
    return (f"{path} could not be used ({os_detail(err)}). Check it and run "
            "the command again.")


def _blocking_file(path: Path) -> Path:
    for parent in [path, *path.parents]:
        if parent.exists() and not parent.is_dir():
            return parent
    return path.parent


def ensure_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents), or an OutputError that says why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as err:
        raise OutputError(f"{_blocking_file(folder)} is a file, but mus needs a folder there. "
                          "Move or rename the file, or choose another folder with --out, and run "
                          "the command again.") from err
    except OSError as err:
        # name the folder mus could not write in: the last one that exists
        existing = next((p for p in folder.parents if p.is_dir()), folder.parent)
        if err.errno in _DENIED:
            raise OutputError(_denied_folder(existing)) from err
        raise OutputError(explain(err, folder)) from err


@contextlib.contextmanager
def atomic_path(path: Path, suffix: str = ".tmp", mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it replaces ``path`` when the block ends
    without an error, and is removed when it does not. The file gets ``mode`` (default: what
    any new file gets here). OS errors become an OutputError."""
    ensure_folder(path.parent)
    if path.is_dir():
        raise OutputError(explain(IsADirectoryError(errno.EISDIR, "is a folder"), path))
    try:
        fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=suffix,
                                    dir=path.parent)
    except OSError as err:
        raise OutputError(explain(err, path)) from err
    os.close(fd)
    tmp = Path(name)
    try:
        try:
            yield tmp
            # a temporary file is made for this user only; the output gets the mode any
            # program's new file gets here (colleagues on a shared drive can open it)
            os.chmod(tmp, _NEW_FILE_MODE if mode is None else mode)
            os.replace(tmp, path)
        except OSError as err:
            raise OutputError(explain(err, path)) from err
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half."""
    with atomic_path(path) as tmp, tmp.open("wb") as f:
        f.write(data)


@contextlib.contextmanager
def scratch_folder(folder: Path) -> Iterator[Path]:
    """A private folder inside ``folder`` for a writer's working files (named like the
    temporary files, so ``clean_stale`` removes one a killed run left); removed with everything
    in it when the block ends. OS errors are raised as they are (inside ``atomic_path`` they
    become its OutputError)."""
    name = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        yield Path(name)
    finally:
        shutil.rmtree(name, ignore_errors=True)


def clean_stale(folder: Path) -> int:
    """Remove the temporary files (and scratch folders) that runs killed part-way left in
    ``folder``; the ones of a process still running are kept. Returns how many were removed."""
    removed = 0
    try:
        names = [entry for entry in os.scandir(folder)
                 if entry.name.startswith(PREFIX) and (entry.is_file(follow_symlinks=False)
                                                       or entry.is_dir(follow_symlinks=False))]
    except OSError:
        return 0
    for entry in names:
        owner = _owner(entry.name)
        if owner is not None and (owner == os.getpid() or _alive(owner)):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)  # on Windows, a file still open elsewhere refuses: kept
            removed += 1
        except OSError:
            pass
    return removed


def _owner(name: str) -> int | None:
    pid, sep, _ = name[len(PREFIX):].partition("-")
    return int(pid) if sep and pid.isdigit() else None


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # signal 0 is not a probe there; an open file refuses deletion
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # on Linux a killed process may linger as a zombie, which signal 0 still finds
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]
