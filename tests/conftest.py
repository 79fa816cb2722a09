"""Shared fixtures: a copy of the sample working folder, generated forms, LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.model import QuestionSet
from pipeline.sheets import read_question_set
from pipeline.workspace import DEFAULTS, Workspace, init_workspace

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = Path(os.environ.get("MUS_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    """A fresh working folder with the sample spreadsheets and templates."""
    init_workspace(tmp_path / "work")
    return Workspace(tmp_path / "work")


@pytest.fixture(scope="session")
def question_set() -> QuestionSet:
    return read_question_set(DEFAULTS / "input" / "questions.xlsx")


@pytest.fixture(scope="session")
def sample_forms(tmp_path_factory: pytest.TempPathFactory) -> GenerateResult:
    """The sample season's forms, generated once for the whole test run (read-only!)."""
    out = tmp_path_factory.mktemp("forms")
    return generate(GenerateOptions(DEFAULTS / "input" / "employees.xlsx",
                                    DEFAULTS / "input" / "questions.xlsx", out, jobs=1))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="session")
def libreoffice(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[list[Path], Path, str], list[Path]]:
    """Open a file in LibreOffice and save it again (as Debian 12's LibreOffice 7.4 does).

    In CI LibreOffice must be there (.ci/run installs it): a missing one fails, never skips.
    """
    binary = soffice()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is not installed; .ci/run should install it")
        pytest.skip("LibreOffice is not installed")
    profile_root = tmp_path_factory.mktemp("lo-profile")

    def convert(sources: list[Path], out_dir: Path, to: str = "docx") -> list[Path]:
        """Open and save again ``sources`` into ``out_dir`` (one LibreOffice start for all)."""
        profile = profile_root / uuid.uuid4().hex
        out_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([binary, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", to, "--outdir", str(out_dir), *map(str, sources)],
                       check=True, capture_output=True, timeout=300)
        results = [out_dir / f"{source.stem}.{to.split(':')[0]}" for source in sources]
        for result in results:
            assert result.exists(), f"LibreOffice did not write {result}"
        return results

    return convert
