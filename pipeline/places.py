"""Every path stays in its place.

Names that come from data (a season from the question set, a form's file in the manifest) are
one plain name each, never a path: ``../../x`` cannot lead out of ``output/``. A folder mus
makes from such names is checked, resolved, to be inside the folder it belongs in. A file mus
reads or appends to on its own account (a returned form, an attachment, the send log and its
lock) is opened without following a link at its last step (``O_NOFOLLOW``) and checked after
opening to be the very file the folder holds there: a file swapped for a link between listing
and opening is refused, on systems without ``O_NOFOLLOW`` too.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from pipeline.errors import OutputError
from pipeline.forms.names import not_a_device

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_LINK_ERRORS = {errno.ELOOP, getattr(errno, "EMLINK", errno.ELOOP)}
# What no system allows in a name, control characters, and the invisible bidi controls.
_NOT_IN_A_NAME = re.compile('[<>:"/\\\\|?*\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e'
                            "\u2066-\u2069]")
MAX_FOLDER_NAME = 64  # characters of a season, which names folders


class LinkRefused(OSError):
    """The path is a link (or was swapped for one): mus does not follow it."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ELOOP, "is a link to another file", str(path))


def name_problem(name: str) -> str | None:
    """What keeps ``name`` from being one folder or file name on every system (None: nothing):
    a folder part, a character no system allows, a Windows device name, a dot at either end."""
    stripped = name.strip()
    if not stripped:
        return "it is empty"
    bad = _NOT_IN_A_NAME.search(name)
    if bad:
        char = bad.group(0)
        return (f'it holds "{char}"' if char.isprintable() and char != " "
                else f"it holds the control character U+{ord(char):04X}")
    if stripped in (".", "..") or name.startswith(".") or name.endswith((".", " ")):
        return "it begins or ends with a dot or a space"
    if not_a_device(name) != name:
        return "Windows keeps that name for a device"
    return None


def season_problem(season: str) -> str | None:
    """What keeps a season from naming the folders its forms, agreements and drafts go in."""
    if len(season) > MAX_FOLDER_NAME:
        return f"it is longer than {MAX_FOLDER_NAME} characters"
    return name_problem(season)


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, with every link and ``..`` resolved, lies in ``folder`` (resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def inside(path: Path, folder: Path) -> Path:
    """``path``, checked to lie in ``folder``; else an OutputError that names both."""
    if not is_inside(path, folder):
        raise OutputError(
            f"mus would write to {path}, which is outside {folder} where it belongs (a "
            f"folder there is a link to somewhere else: {path.resolve()}). Nothing was "
            "written. Remove the link, or give the folder to write to with --out.")
    return path


def open_own(path: Path, flags: int, mode: int = 0o666) -> tuple[int, os.stat_result]:
    """``os.open(path, flags)`` without following a link at the last step, and the open file's
    status. LinkRefused where ``path`` is a link or what was opened is not what the folder holds
    at ``path`` (swapped between two looks); other OSErrors as the system gives them."""
    try:
        fd = os.open(path, flags | _NOFOLLOW, mode)
    except OSError as err:
        if err.errno in _LINK_ERRORS and os.path.islink(path):
            raise LinkRefused(path) from err
        raise
    try:
        info = os.fstat(fd)
        try:
            seen = os.lstat(path)
        except OSError:
            seen = None
        if seen is None or stat.S_ISLNK(seen.st_mode) or (seen.st_dev, seen.st_ino) != (
                info.st_dev, info.st_ino):
            raise LinkRefused(path)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def read_own(path: Path) -> bytes:
    """The whole of the ordinary file at ``path``, never through a link (LinkRefused); a folder,
    pipe or device is an IsADirectoryError or OSError, never waited on."""
    fd, info = open_own(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)
                        | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file", str(path))
        return f.read()
