"""The working folder: input/, templates/ and output/, with packaged defaults behind templates/.

Every path is explicit: nothing here reads the current directory unless the caller passes it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import TemplateError
from pipeline.places import is_inside

DEFAULTS = Path(__file__).resolve().parent / "defaults"
DEFAULT_TEMPLATES = DEFAULTS / "templates"
DEFAULT_INPUT = DEFAULTS / "input"


@dataclass(frozen=True)
class Workspace:
    root: Path

    @property
    def input_dir(self) -> Path:
        return self.root / "input"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def templates_or_none(self) -> Path | None:
        """templates/ where the folder has one; None means the built-in templates."""
        return self.templates_dir if self.templates_dir.is_dir() else None

    @property
    def output_dir(self) -> Path:
        return self.root / "output"

    @property
    def forms_dir(self) -> Path:
        return self.output_dir / "forms"

    @property
    def key_file(self) -> Path:
        """The key that signs the forms this folder makes (signing.py): outside output/."""
        return self.root / ".mus" / "form-key"

    @property
    def returned_dir(self) -> Path:
        return self.root / "returned"

    @property
    def employees(self) -> Path:
        for name in ("employees.xlsx", "medarbejdere.xlsx", "employees.csv", "medarbejdere.csv"):
            if (self.input_dir / name).exists():
                return self.input_dir / name
        return self.input_dir / "employees.xlsx"

    @property
    def questions(self) -> Path:
        for name in ("questions.xlsx", "spoergsmaal.xlsx"):
            if (self.input_dir / name).exists():
                return self.input_dir / name
        return self.input_dir / "questions.xlsx"


def template_path(templates_dir: Path | None, name: str) -> Path:
    """HR's own template where the folder has it, else the one shipped with mus. A template is
    a file in the templates folder itself: one that is a link to somewhere else is refused."""
    if templates_dir is not None and (templates_dir / name).is_file():
        path = templates_dir / name
        if not is_inside(path, templates_dir):
            raise TemplateError(outside_templates(path, templates_dir))
        return path
    return DEFAULT_TEMPLATES / name


def outside_templates(path: Path, folder: Path) -> str:
    return (f"The template {path} is a link to a file outside {folder} "
            f"({path.resolve()}); mus uses templates only from the templates folder itself. "
            "Copy the file into the folder in place of the link and run again.")


def init_workspace(target: Path) -> list[Path]:
    """Make a new working folder from the packaged defaults. Existing files are never replaced.

    Returns the files written.
    """
    written = []
    for source_dir, name in ((DEFAULT_INPUT, "input"), (DEFAULT_TEMPLATES, "templates")):
        (target / name).mkdir(parents=True, exist_ok=True)
        for source in sorted(source_dir.iterdir()):
            if source.name.startswith((".", "__")) or not source.is_file():
                continue
            destination = target / name / source.name
            if not destination.exists():
                shutil.copyfile(source, destination)
                written.append(destination)
    (target / "output").mkdir(exist_ok=True)
    (target / "returned").mkdir(exist_ok=True)
    return written
