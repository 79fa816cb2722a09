"""The shipped defaults: the repository's own working folder is the packaged one, and the sample
workbooks hold exactly what pipeline/samples.py says."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from pipeline import samples
from pipeline.workspace import DEFAULT_INPUT, DEFAULT_TEMPLATES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("folder", ["input", "templates"])
def test_repository_working_folder_matches_the_packaged_defaults(folder: str) -> None:
    packaged = DEFAULT_INPUT if folder == "input" else DEFAULT_TEMPLATES
    names = sorted(p.name for p in packaged.iterdir() if p.is_file())
    assert names == sorted(p.name for p in (ROOT / folder).iterdir() if p.is_file())
    for name in names:
        assert (ROOT / folder / name).read_bytes() == (packaged / name).read_bytes(), name


def values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c for c in row) for row in ws.iter_rows(values_only=True)]
            for ws in wb.worksheets}


def test_sample_workbooks_hold_what_samples_py_writes(tmp_path: Path) -> None:
    for name, write in (("employees.xlsx", samples.write_employees),
                        ("questions.xlsx", samples.write_questions)):
        assert values(DEFAULT_INPUT / name) == values(write(tmp_path / name)), name
