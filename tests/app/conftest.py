"""The app as a person meets it: `mus app` started as a command, in a real browser.

The browser is Debian's Chromium driven by Playwright for Python (its own browser download is
not used). Where either is missing the browser tests are skipped, except in CI (``CI`` set, as
.ci/run does), where they must run: there a missing browser fails them.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("MUS_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = os.environ.get("MUS_APP_SCREENSHOTS")  # a folder: the README's pictures go there


@dataclass
class Running:
    """A `mus app` run: its first line's address, the folder, the process."""

    address: str  # with the token
    root: Path
    process: subprocess.Popen[str]
    lines: list[str]
    reader: threading.Thread

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    @property
    def base(self) -> str:
        return self.address.split("/?", 1)[0]

    @property
    def token(self) -> str:
        return self.address.rsplit("token=", 1)[1]

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])


def start_app(root: Path, *extra: str) -> Running:
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "app", "--dir", str(root), "--no-browser", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    seen: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line)
            lines.put(line)
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=60)
    except queue.Empty:
        first = ""
    running = Running(first.split(": ", 1)[-1].strip(), root, process, seen, reader)
    if not first.startswith("mus app: http://127.0.0.1:"):
        running.stop()
        raise AssertionError(f"mus app did not print its address first: {seen}")
    return running


@pytest.fixture
def app_run(tmp_path: Path) -> Iterator[Running]:
    """`mus app` on a new, empty working folder."""
    running = start_app(tmp_path / "season")
    yield running
    running.stop()


def _playwright() -> Any:
    why = ""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why = "Playwright for Python is not installed (pip install playwright)"
    if not why and not CHROMIUM.is_file():
        why = f"Chromium is not at {CHROMIUM} (apt-get install chromium)"
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"{why}: CI must run the browser tests (.ci/run installs both).")
        pytest.skip(why)
    return sync_playwright


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """A Chromium of its own (a new, empty profile), downloads allowed."""
    sync_playwright = _playwright()
    with sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM), headless=True,
            args=ARGS, accept_downloads=True, viewport={"width": 1280, "height": 900},
            locale="da-DK")
        context.set_default_timeout(60_000)
        yield context
        context.close()


def screenshot(page: Any, name: str, tmp_path: Path, height: int = 1500) -> Path:
    """A picture of the page from its top, at most ``height`` pixels: into MUS_APP_SCREENSHOTS
    (the README's docs/) when set."""
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    path = folder / f"app-{name}.png"
    page.evaluate("() => window.scrollTo(0, 0)")
    whole = page.evaluate("() => document.documentElement.scrollHeight")
    page.screenshot(path=str(path), full_page=True,
                    clip={"x": 0, "y": 0, "width": 1280, "height": min(whole, height)})
    assert path.stat().st_size > 10_000  # a page, not an empty picture
    return path
