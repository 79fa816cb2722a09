"""How a workbook reaches the disk: whole or not at all, with plain words when it cannot.

The workbook goes to a temporary file beside the target that replaces it in one step
(``pipeline.atomic``). A big workbook's working files (XlsxWriter's rows of each sheet, and in
them answers) go to a scratch folder of ours beside it, never to the system's temp folder, and
are removed whatever happens. What a killed run left is removed by the next run that writes
there.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from xlsxwriter.exceptions import XlsxWriterException

from pipeline.atomic import atomic_path, clean_stale, ensure_folder, scratch_folder


@contextlib.contextmanager
def replacing(path: Path, scratch: bool = False) -> Iterator[tuple[BinaryIO, Path | None]]:
    """``with replacing(path, scratch) as (file, folder):`` write the workbook to ``file`` (with
    ``scratch``, working files go in ``folder``); when the block ends without an error the
    workbook replaces ``path``. A failure leaves ``path`` as it was and nothing of ours behind;
    an OS error (also one XlsxWriter wrapped) is an OutputError that says what to do.

    XlsxWriter zips into memory (the finished workbook is a few MiB, some 40 at 50,000
    employees) and the bytes are then written in one go: a zip that fails half-way never holds
    a file of ours open."""
    ensure_folder(path.parent)
    clean_stale(path.parent)
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(atomic_path(path, ".xlsx"))
        folder = stack.enter_context(scratch_folder(path.parent)) if scratch else None
        buffer = io.BytesIO()
        try:
            yield buffer, folder
        except XlsxWriterException as err:
            cause = _os_error(err)
            if cause is None:
                raise
            raise cause from err
        with open(tmp, "wb") as file:
            file.write(buffer.getbuffer())


def _os_error(err: BaseException) -> OSError | None:
    """The OSError behind ``err``: the one XlsxWriter wrapped (FileCreateError(OSError))."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        inner = next((a for a in seen.args if isinstance(a, OSError)), None)
        if inner is not None:
            return inner
        seen = seen.__cause__ or seen.__context__
    return None
