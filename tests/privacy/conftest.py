"""The planted working folder, built once and copied for each test that changes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.workspace import Workspace
from tests.privacy.planted import build


@pytest.fixture(scope="session")
def planted_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("planted") / "work").root


@pytest.fixture
def planted(planted_once: Path, tmp_path: Path) -> Workspace:
    """A copy of the two planted seasons, to change."""
    root = tmp_path / "work"
    shutil.copytree(planted_once, root, symlinks=True)
    return Workspace(root)
