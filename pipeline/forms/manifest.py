"""The manifest beside the forms: who got which file, from which question-set version.

``mus mail`` sends from it and ``mus status``/``mus ingest`` use it to tell who has not answered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline.atomic import write_atomic
from pipeline.errors import InputFileError
from pipeline.places import name_problem
from pipeline.terminal import one_line
from pipeline.texts import LANGUAGES

MANIFEST = "manifest.json"
KINDS = ("employee", "leader", "followup")


@dataclass(frozen=True)
class Entry:
    employee_id: str
    name: str
    kind: str
    file: str  # relative to the manifest's folder
    language: str
    email: str
    department: str
    leader: str
    leader_email: str


@dataclass(frozen=True)
class Manifest:
    season: str
    question_set_version: str
    generated: str
    forms: tuple[Entry, ...]
    employee_list: Mapping[str, Any] | None = None  # what was understood from the list


def write_manifest(folder: Path, manifest: Manifest) -> Path:
    """Write (merging with entries already there for other employees, as after --only)."""
    path = folder / MANIFEST
    old = read_manifest(folder) if path.exists() else None
    keep: list[Entry] = []
    if old and old.season == manifest.season:
        new_keys = {(e.employee_id, e.kind) for e in manifest.forms}
        keep = [e for e in old.forms if (e.employee_id, e.kind) not in new_keys]
    forms = sorted([*keep, *manifest.forms], key=lambda e: (e.employee_id, e.kind))
    data: dict[str, Any] = {"season": manifest.season,
                            "question_set_version": manifest.question_set_version,
                            "generated": manifest.generated}
    summary = manifest.employee_list or (old.employee_list if old else None)
    if summary is not None:
        data["employee_list"] = summary
    data["forms"] = [asdict(e) for e in forms]
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return path


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST if folder.is_dir() else folder
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        forms = tuple(Entry(**e) for e in data["forms"])
        manifest = Manifest(data["season"], data["question_set_version"], data["generated"],
                            forms, data.get("employee_list"))
    except FileNotFoundError as err:
        raise InputFileError(
            f"There is no {MANIFEST} in {folder}. Run `mus generate` first, or give the folder "
            "the forms were generated into."
        ) from err
    except (ValueError, KeyError, TypeError) as err:
        raise InputFileError(
            f"{path} is damaged. Run `mus generate --force` to make the forms and it again."
        ) from err
    for entry in forms:
        what = _entry_problem(entry)
        if what:
            raise InputFileError(
                f"{path} lists {what} for employee {one_line(entry.employee_id)}: that is not "
                "how mus writes it, so the manifest was edited or damaged, and nothing was "
                "used. Run `mus generate --force` to make the forms and the manifest again.")
    return manifest


def entries_for(manifest: Manifest, kinds: Sequence[str]) -> list[Entry]:
    return [e for e in manifest.forms if e.kind in kinds]


def _entry_problem(entry: Entry) -> str | None:
    """What is wrong with one entry that mus would use as a path or a template's name: its file
    must be one form in the manifest's own folder (``../../x`` would make ``mus mail`` attach
    any file), its kind and language ones mus makes."""
    if not all(isinstance(v, str) for v in asdict(entry).values()):
        return "a value that is not text"
    if name_problem(entry.file) or not entry.file.lower().endswith(".docx"):
        return f'the file "{one_line(entry.file)}", which is not one form in its own folder'
    if entry.kind not in KINDS:
        return f'the kind of form "{one_line(entry.kind)}"'
    if entry.language not in LANGUAGES:
        return f'the language "{one_line(entry.language)}"'
    return None
