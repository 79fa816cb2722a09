"""The working folder as the app sees it: which employee list and question set are in use, and
the last result of each stage, for the pages to show.

The choice of spreadsheets is kept in ``.mus/app.json`` (beside the form key, outside
``output/``), so that it is the same after a restart; by default it is what the command reads
(``input/employees.xlsx``, ``input/questions.xlsx``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.app.jobs import Jobs
from pipeline.atomic import ensure_folder, write_atomic
from pipeline.places import is_inside
from pipeline.workspace import Workspace

SPREADSHEETS = (".xlsx", ".xlsm", ".csv", ".txt")
CHOICE = "app.json"


@dataclass
class Season:
    root: Path
    jobs: Jobs = field(default_factory=Jobs)
    # What was last written in a page's form (never a password), to show it filled in again.
    remembered: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def ws(self) -> Workspace:
        return Workspace(self.root)

    @property
    def ready(self) -> bool:
        """Whether there is an employee list and a question set to work with."""
        return self.employees.is_file() and self.questions.is_file()

    @property
    def employees(self) -> Path:
        return self._chosen("employees") or self.ws.employees

    @property
    def questions(self) -> Path:
        return self._chosen("questions") or self.ws.questions

    def choose(self, kind: str, path: Path) -> None:
        """Use ``path`` (a spreadsheet in input/) as the employee list or the question set."""
        if kind not in ("employees", "questions") or not self.is_input(path):
            raise ValueError(kind)
        chosen = self._choices()
        chosen[kind] = path.name
        ensure_folder(self._choice_file.parent)
        write_atomic(self._choice_file, json.dumps(chosen, indent=1).encode("utf-8"))

    def spreadsheets(self) -> list[Path]:
        """The spreadsheets in input/, to pick from."""
        folder = self.ws.input_dir
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir()
                      if p.suffix.lower() in SPREADSHEETS and self.is_input(p)
                      and not p.name.startswith((".", "~$")))

    def is_input(self, path: Path) -> bool:
        return (path.parent == self.ws.input_dir and path.is_file()
                and is_inside(path, self.ws.input_dir))

    @property
    def _choice_file(self) -> Path:
        return self.root / ".mus" / CHOICE

    def _choices(self) -> dict[str, Any]:
        try:
            data = json.loads(self._choice_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _chosen(self, kind: str) -> Path | None:
        name = self._choices().get(kind)
        if not isinstance(name, str) or "/" in name or "\\" in name:
            return None
        path = self.ws.input_dir / name
        return path if self.is_input(path) else None
