"""The files in a returned folder, in a stable order, litter left out. Only ever reads."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.collect.identify import is_litter
from pipeline.errors import InputFileError


def scan(folder: Path) -> list[tuple[Path, str]]:
    """(path, name relative to the folder) of every file below it; symlinks are not followed."""
    if not folder.exists():
        raise InputFileError(
            f"The folder {folder} does not exist. Give the folder where the returned forms are "
            "collected."
        )
    if not folder.is_dir():
        raise InputFileError(f"{folder} is a file; give the folder the returned forms are in.")
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if is_litter(name) or path.is_symlink():
                continue
            found.append((path, path.relative_to(folder).as_posix()))
    return found
