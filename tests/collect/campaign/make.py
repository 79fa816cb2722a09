"""Making a case's file: its truth first, then the filled form, then the edit.

Each case gets a folder of its own, ``<case>/returned/<case><suffix>``, so that reading the
folder (as `mus ingest` does) sees that one file.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.collect.campaign.answers import blank_name
from tests.collect.campaign.cases import Case, Filled, filled, prefilled, truth
from tests.collect.campaign.truth import Truth
from tests.collect.campaign.wordml import edit, fill_bytes


@dataclass(frozen=True)
class Made:
    case: Case
    truth: Truth
    path: Path  # the edited file (for a Writer case: once Writer has saved it)


def _target(case: Case, folder: Path) -> Path:
    returned = folder / case.name / "returned"
    returned.mkdir(parents=True, exist_ok=True)
    return returned / f"{case.name}{case.suffix}"


def _filled_form(case: Case, answers: Filled, blanks: Path) -> bytes:
    return fill_bytes((blanks / blank_name(case.employee, case.kind)).read_bytes(),
                      prefilled(case, answers))


def _others(case: Case, answers: Filled, blanks: Path) -> dict[str, bytes]:
    return {name: fill_bytes((blanks / blank_name(other.employee, other.kind)).read_bytes(),
                             answers.others[name])
            for name, other in case.others.items()}


def make_xml(case: Case, blanks: Path, folder: Path) -> Made:
    """A case edited as Word writes the edit."""
    answers = filled(case)
    made = Made(case, truth(case, answers), _target(case, folder))  # the truth comes first
    data = _filled_form(case, answers, blanks)
    if case.xml is not None:
        data = edit(data, case.xml, _others(case, answers, blanks))
    if case.save_as is not None:
        data = case.save_as(data)
    made.path.write_bytes(data)
    return made


def writer_plan(case: Case, blanks: Path, folder: Path, picture: Path
                ) -> tuple[Made, dict[str, object]]:
    """A case Writer is to edit: its truth, and the plan for writer_edits.py (the filled form to
    open, what to do, where to save and in which format)."""
    answers = filled(case)
    made = Made(case, truth(case, answers), _target(case, folder))
    sources = folder / case.name / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    source = sources / "filled.docx"
    source.write_bytes(_filled_form(case, answers, blanks))
    paths: dict[str, str] = {}
    for name, data in _others(case, answers, blanks).items():
        (sources / f"{name}.docx").write_bytes(data)
        paths[name] = str(sources / f"{name}.docx")
    ops = [{k: (answers.fill_in(v, paths).replace("{image}", str(picture))
                if isinstance(v, str) else v) for k, v in op.items()} for op in case.ops]
    return made, {"name": case.name, "source": str(source), "target": str(made.path),
                  "filter": case.filter, "ops": ops}


def make_with_tool(case: Case, blanks: Path, folder: Path) -> Made:
    """A case opened and saved again by AbiWord, or converted by pandoc."""
    answers = filled(case)
    made = Made(case, truth(case, answers), _target(case, folder))
    source = folder / case.name / "filled.docx"
    source.write_bytes(_filled_form(case, answers, blanks))
    program = shutil.which(case.how)
    assert program is not None, f"{case.how} is not installed"
    command = ([program, "--to=docx", f"--to-name={made.path}", str(source)]
               if case.how == "abiword" else [program, str(source), "-o", str(made.path)])
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    return made
