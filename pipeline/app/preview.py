"""A form shown in the browser: its pages as pictures, drawn by LibreOffice where it is
installed (through a PDF, and poppler's pdftoppm for every page where that is there too, else
the first page as LibreOffice draws it); else its text, paragraph by paragraph and table by
table, as plain HTML.

The pictures are made once per file (and made again when the file changes), in a folder of the
app's own that goes when the app stops. LibreOffice runs with a profile of its own, so an open
LibreOffice of the person's is not disturbed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from pipeline.ooxml.blocks import Block, read_blocks
from pipeline.ooxml.parser import UnsafeFile

TIMEOUT = 120  # seconds for LibreOffice to draw one form
RESOLUTION = 80  # dots per inch: a page about 660 pixels wide


@dataclass(frozen=True)
class Preview:
    key: str  # names the pictures: /skemaer/side/<key>/<n>
    pages: tuple[Path, ...] = ()  # the pictures, where LibreOffice drew them
    blocks: tuple[Block, ...] = ()  # else the text


class Previews:
    """The pictures made so far, in a temporary folder of this run."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="mus-app-"))
        self._lock = threading.Lock()  # one LibreOffice at a time

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def of(self, form: Path) -> Preview:
        data = form.read_bytes()
        key = hashlib.sha256(data).hexdigest()[:32]
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is not None:
            pages = self._pages(soffice, form, data, key)
            if pages:
                return Preview(key, pages)
        try:
            return Preview(key, blocks=tuple(read_blocks(data)))
        except (UnsafeFile, KeyError, ValueError):
            return Preview(key)

    def page(self, key: str, number: int) -> Path | None:
        if not key.isalnum():
            return None
        path = self.folder / key / f"page-{number}.png"
        return path if path.is_file() else None

    def _pages(self, soffice: str, form: Path, data: bytes, key: str) -> tuple[Path, ...]:
        target = self.folder / key
        with self._lock:
            done = sorted(target.glob("page-*.png"), key=lambda p: int(p.stem[5:]))
            if done:
                return tuple(done)
            work = self.folder / f"{key}-work"
            work.mkdir(parents=True, exist_ok=True)
            source = work / "form.docx"
            source.write_bytes(data)
            try:
                pages = _draw(soffice, source, work)
            except (OSError, subprocess.SubprocessError):
                pages = []
            if not pages:
                return ()
            target.mkdir(exist_ok=True)
            for n, page in enumerate(pages, 1):
                page.replace(target / f"page-{n}.png")
            shutil.rmtree(work, ignore_errors=True)
            return tuple(target / f"page-{n}.png" for n in range(1, len(pages) + 1))


def _draw(soffice: str, source: Path, work: Path) -> list[Path]:
    profile = (work / "profile").as_uri()
    pdftoppm = shutil.which("pdftoppm")
    kind = "pdf" if pdftoppm else "png"
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", kind, "--outdir", str(work), str(source)],
                   check=True, capture_output=True, timeout=TIMEOUT)
    made = work / f"{source.stem}.{kind}"
    if not made.is_file():
        return []
    if pdftoppm is None:
        return [made]
    subprocess.run([pdftoppm, "-png", "-r", str(RESOLUTION), str(made), str(work / "p")],
                   check=True, capture_output=True, timeout=TIMEOUT)
    return sorted(work.glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
