"""The files in a returned folder, in a stable order, litter left out. Only ever reads.

Only ordinary files are read. A pipe, device or socket is named and skipped by what the folder
listing says it is, without opening it (opening a pipe waits forever); a folder or file that
cannot be read is named; symbolic links are not followed. Any file name, whatever bytes it is
made of, is shown in a form every report and workbook can hold.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.collect.identify import is_litter
from pipeline.errors import InputFileError, os_detail
from pipeline.model import Problem

# ``mus collect``'s log of who sent each file (pipeline/collect/senders.py) and its lock.
COLLECT_LOG, COLLECT_LOCK = "mus-collect-log.jsonl", "mus-collect-log.lock"


@dataclass(frozen=True)
class Scanned:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, name in the folder)
    problems: list[Problem] = field(default_factory=list)  # what was skipped, and why
    logs: list[Path] = field(default_factory=list)  # collect logs, read for their senders


def shown_name(name: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (a file from an old system)
    become '�' rather than stopping whatever writes the name."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def scan(folder: Path) -> Scanned:
    """Every ordinary file below ``folder``, with its name relative to it."""
    if not folder.exists():
        raise InputFileError(
            f"The folder {folder} does not exist. Give the folder where the returned forms are "
            "collected."
        )
    if not folder.is_dir():
        raise InputFileError(f"{folder} is a file; give the folder the returned forms are in.")
    try:
        with os.scandir(folder):
            pass
    except OSError as err:
        raise InputFileError(
            f"mus may not read the folder {folder} ({os_detail(err)}). Give "
            "your user access to it, or copy the forms to a folder you can read."
        ) from err
    scanned = Scanned()
    stack = [folder]
    while stack:
        directory = stack.pop()
        subfolders = _visit(folder, directory, scanned)
        stack.extend(reversed(subfolders))
    return scanned


def _visit(root: Path, directory: Path, scanned: Scanned) -> list[Path]:
    """The files of one folder into ``scanned``; its subfolders returned, in order."""
    where = shown_name(directory.relative_to(root).as_posix())
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as err:
        scanned.problems.append(Problem(where, "unreadable-folder",
                                        {"detail": os_detail(err)}))
        return []
    subfolders = []
    for entry in entries:
        name = entry.name
        path = Path(entry.path)
        shown = shown_name(path.relative_to(root).as_posix())
        try:
            if entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                if not name.startswith("."):
                    subfolders.append(path)
                continue
            if is_litter(name):
                continue
            if name in (COLLECT_LOG, COLLECT_LOCK):
                if name == COLLECT_LOG and entry.is_file(follow_symlinks=False):
                    scanned.logs.append(path)
                continue
            if entry.is_file(follow_symlinks=False):
                scanned.files.append((path, shown))
            else:  # a pipe, device or socket: never opened
                scanned.problems.append(Problem(shown, "not-a-file"))
        except OSError as err:
            scanned.problems.append(Problem(shown, "unreadable-file",
                                            {"detail": os_detail(err)}))
    return subfolders
