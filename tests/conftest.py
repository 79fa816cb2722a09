"""Shared fixtures: a copy of the sample working folder, generated forms, LibreOffice."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


@pytest.fixture(scope="session")
def private_questions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample question set with its health question (N6) a plain private question, with a
    field, rather than a sensitive one (Følsom: no field): the reader's tests of a private
    field (a private control copied or moved, the campaign's private answers) need one."""
    from pipeline import samples
    from tests.helpers import questions_xlsx

    rows = [(*row[:-1], "nej") if row[-1] == "ja" else row for row in samples.QUESTIONS]
    return questions_xlsx(tmp_path_factory.mktemp("private") / "questions.xlsx", questions=rows)


@pytest.fixture(scope="session")
def private_question_set(private_questions: Path) -> QuestionSet:
    return read_question_set(private_questions)


@pytest.fixture(scope="session")
def private_forms(tmp_path_factory: pytest.TempPathFactory,
                  private_questions: Path) -> GenerateResult:
    """The sample season's forms from ``private_questions`` (read-only!)."""
    out = tmp_path_factory.mktemp("private-forms")
    return generate(GenerateOptions(DEFAULTS / "input" / "employees.xlsx", private_questions,
                                    out, jobs=1))


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


SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's python3-uno is importable only there
FILL_WITH_WRITER = Path(__file__).resolve().parent / "lo" / "fill_with_writer.py"
WriterFill = Callable[[list[dict[str, object]]], list[dict[str, object]]]
UnoDriver = Callable[[Path, dict[str, object]], Any]


@pytest.fixture(scope="session")
def uno(tmp_path_factory: pytest.TempPathFactory) -> UnoDriver:
    """Run a script that drives LibreOffice over UNO (tests/lo/fill_with_writer.py, or one built
    on its Writer) on a plan, with the system python3 and this repository importable: the plan
    gets the soffice to start and a fresh profile; the script's JSON report is returned. Each
    call is one soffice start, so give it everything a module needs at once.

    In CI LibreOffice and python3-uno must be there (.ci/run installs them): missing, the tests
    fail, never skip.
    """
    binary = soffice()
    has_uno = SYSTEM_PYTHON.exists() and subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True).returncode == 0
    if binary is None or not has_uno:
        missing = "LibreOffice (soffice)" if binary is None else "python3-uno"
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is not installed; .ci/run should install it")
        pytest.skip(f"{missing} is not installed")
    work = tmp_path_factory.mktemp("uno")

    def drive(script: Path, plan: dict[str, object]) -> Any:
        plan_file = work / f"plan-{uuid.uuid4().hex}.json"
        plan_file.write_text(json.dumps({**plan, "soffice": binary,
                                         "profile": str(work / uuid.uuid4().hex)},
                                        ensure_ascii=False), encoding="utf-8")
        done = subprocess.run([str(SYSTEM_PYTHON), str(script), str(plan_file)],
                              capture_output=True, text=True, timeout=900,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout)

    return drive


@pytest.fixture(scope="module")
def writer(uno: UnoDriver) -> WriterFill:
    """Fill forms in LibreOffice Writer itself, as a person does (tests/lo/fill_with_writer.py
    over UNO), and save them as .docx: one soffice start per call, so call it once per module
    with every form the module needs."""
    def fill(forms: list[dict[str, object]]) -> list[dict[str, object]]:
        report: list[dict[str, object]] = uno(FILL_WITH_WRITER, {"forms": forms})
        return report

    return fill
