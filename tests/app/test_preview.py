"""A form previewed where no LibreOffice is installed: its text, paragraph by paragraph and table
by table, escaped like everything else on the page."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from pipeline.app.guard import cookie_name
from pipeline.app.preview import Previews
from pipeline.app.server import make_app
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.workspace import Workspace


def test_without_libreoffice_the_form_is_shown_as_text(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("pipeline.app.preview.shutil.which", lambda name: None)
    result = generate(GenerateOptions(ws.employees, ws.questions, output_root=ws.output_dir,
                                      jobs=1))
    entry = result.entries[0]
    previews = Previews()

    async def look() -> httpx.Response:
        app = make_app(ws.root, "token", 8027, previews)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://127.0.0.1:8027",
                                     cookies={cookie_name(8027): "token"}) as web:
            return await web.get("/skemaer/vis", params={"fil": entry.file})
    try:
        page = asyncio.run(look())
    finally:
        previews.close()
    assert page.status_code == 200
    assert "LibreOffice er ikke installeret" in page.text
    assert '<article class="plain">' in page.text and "<table" in page.text
    assert entry.name in page.text
    assert "<img" not in page.text
