"""What a working folder holds about whom.

Every place mus writes or keeps something about an employee, found by evidence, never by a
file's name: a form's own identity, read as ``mus ingest`` reads it (so a renamed, re-saved or
forwarded form is found as surely), the forms inside e-mail files and drafts (also the copies
of e-mails mus sent and delivery reports, which carry the form that was sent), the send log's
and collect log's lines, the manifests' entries and what they say about the list, and the
overview workbooks' rows. What could be a form but cannot be read is listed apart: mus cannot
tell whose it is. HR's own spreadsheets (input/) and templates are not looked at, nor the
demo's made-up season (output/demo/).
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.collect.extract import Extracted, extract_bytes
from pipeline.collect.identify import is_litter
from pipeline.collect.ingest import extract_all
from pipeline.collect.mailfile import ARROW, FORM_SUFFIXES, MAIL_SUFFIXES, MAX_MAIL
from pipeline.collect.scan import COLLECT_LOG
from pipeline.forms.manifest import MANIFEST
from pipeline.jsonlines import objects
from pipeline.mail.sendlog import LOG as SEND_LOG
from pipeline.model import FormKind, QuestionSet
from pipeline.places import read_own
from pipeline.privacy.overviews import Overview, is_workbook, read_overview
from pipeline.workspace import Workspace

RETURNED, MADE, DRAFT, COPY = "returned", "made", "draft", "copy"  # where a form lies
SEND, COLLECTED, MANIFESTS = "send-log", "collect-log", "manifest"  # lines about someone
# A form's kind → the kind of data the settings keep for a time (Slet … efter (år)).
DATA_KIND = {FormKind.EMPLOYEE.value: "employee", FormKind.LEADER.value: "leader",
             FormKind.AGREEMENT.value: "agreement", FormKind.FOLLOWUP.value: "agreement"}
DOCUMENTS = frozenset({".docx", ".docm", ".doc", ".odt", ".rtf", ".xml"}) | MAIL_SUFFIXES
_SUMMARY_LISTS = ("leavers", "on_leave", "skipped_rows", "warnings", "notes")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Holding:
    """Something about one employee: a form (file, or an attachment inside an e-mail file), or
    lines of a log, or entries of a manifest."""

    what: str  # RETURNED, MADE, DRAFT, COPY (a form) or SEND, COLLECTED, MANIFESTS (lines)
    path: Path
    employee: str
    season: str
    form: str = ""  # the kind of form ("employee", "leader", "agreement", "followup")
    part: str = ""  # inside an e-mail file: the attachment as mus names it ("x.msg → y.docx")
    count: int = 1  # lines or entries

    @property
    def kind(self) -> str:
        """The kind of data the retention settings name: employee, leader or agreement."""
        return DATA_KIND.get(self.form, "")

    @property
    def is_form(self) -> bool:
        return self.what in (RETURNED, MADE, DRAFT, COPY)


@dataclass(frozen=True)
class Unreadable:
    """A file that could hold a form, but whose owner mus cannot tell."""

    path: Path
    part: str
    code: str  # the problem's code (pipeline/problems.py)


@dataclass
class Inventory:
    root: Path
    holdings: list[Holding] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    overviews: list[Overview] = field(default_factory=list)
    # every e-mail file with forms in it: each attachment's form, in order (None: unknown)
    mails: dict[Path, tuple[Holding | None, ...]] = field(default_factory=dict)
    # every manifest: its season and when it was made (for the season's start)
    manifests: dict[Path, tuple[str, str]] = field(default_factory=dict)
    # names and addresses of employees, from the manifests (to find them in what is written)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)

    def of(self, numbers: Iterable[str]) -> list[Holding]:
        wanted = set(numbers)
        return [h for h in self.holdings if h.employee in wanted]


def take_stock(ws: Workspace, returned: Sequence[Path] = (),
               question_set: QuestionSet | None = None, key: bytes | None = None,
               jobs: int = 0, progress: Progress | None = None) -> Inventory:
    """Everything the working folder (and the returned folders given, wherever they are) holds
    about anyone."""
    folders = _unique([ws.returned_dir, *returned])
    inventory = Inventory(ws.root)
    skip = {ws.input_dir, ws.templates_dir, ws.output_dir / "demo"}
    files = _files(ws.root, skip)
    for folder in folders:
        if folder.is_dir() and not _under(folder, ws.root):
            files += _files(folder, skip)
    documents: list[tuple[Path, str]] = []
    places: dict[Path, str] = {}
    for path in files:
        name, suffix = path.name, path.suffix.lower()
        if name == MANIFEST:
            _manifest(path, inventory)
        elif name == SEND_LOG:
            _send_log(path, inventory)
        elif suffix == ".xlsx" and is_workbook(path):
            _overview(path, inventory)
        elif name != COLLECT_LOG:
            place = _place(path, ws, folders)
            if suffix in DOCUMENTS or (place == RETURNED and suffix in FORM_SUFFIXES):
                places[path] = place
                documents.append((path, _shown(path, ws.root)))
    by_display = {display: path for path, display in documents}
    for result in extract_all(documents, question_set, jobs, progress, key):
        display, _, _ = result.file.partition(ARROW)
        path = by_display[display]
        _document(path, places[path], result, inventory, question_set)
    for path in files:  # after the forms: a collect log's lines name the files it saved
        if path.name == COLLECT_LOG:
            _collect_log(path, inventory)
    return inventory


def _unique(folders: Iterable[Path]) -> list[Path]:
    seen: dict[Path, Path] = {}
    for folder in folders:
        seen.setdefault(folder.resolve(), folder)
    return list(seen.values())


def _under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _files(top: Path, skip: set[Path]) -> list[Path]:
    """Every ordinary file below ``top``; links are not followed, hidden folders (.mus) and
    ``skip`` not entered, editors' lock files and mus's own temporary files left out."""
    skipped = {p.resolve() for p in skip}
    out = []
    for folder, dirs, names in os.walk(top):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (here / d).is_symlink() and (here / d).resolve() not in skipped)
        for name in sorted(names):
            path = here / name
            if not is_litter(name) and not path.is_symlink() and path.is_file():
                out.append(path)
    return out


def _place(path: Path, ws: Workspace, returned: Sequence[Path]) -> str:
    if any(_under(path, folder) for folder in returned):
        return RETURNED
    try:
        parts = path.relative_to(ws.root).parts
    except ValueError:
        return COPY
    if parts[:2] in (("output", "forms"), ("output", "agreements"), ("output", "followups")):
        return MADE
    if parts[:2] == ("output", "mail") and path.suffix.lower() == ".eml":
        return DRAFT
    return COPY


def _document(path: Path, place: str, result: Extracted, inventory: Inventory,
              question_set: QuestionSet | None) -> None:
    """One form read (or one attachment of an e-mail file)."""
    mail = path.suffix.lower() in MAIL_SUFFIXES
    part = result.file if mail else ""
    response = result.response
    codes = {p.code for p in result.problems}
    if response is None and mail and codes & {"mail-own", "mail-report"}:
        for found in _sent_forms(path, result.file, question_set):
            _document(path, place, found, inventory, question_set)
        return
    if response is None:
        if not codes & {"mail-no-form"}:
            inventory.unreadable.append(Unreadable(path, part, next(iter(sorted(codes)), "")))
        if mail:
            _mail_part(inventory, path, None)
        return
    holding = Holding(place, path, response.employee_id, response.season, response.kind.value,
                      part)
    inventory.holdings.append(holding)
    if mail:
        _mail_part(inventory, path, holding)


def _mail_part(inventory: Inventory, path: Path, holding: Holding | None) -> None:
    inventory.mails[path] = (*inventory.mails.get(path, ()), holding)


def _sent_forms(path: Path, display: str, question_set: QuestionSet | None
                ) -> list[Extracted]:
    """The forms inside an e-mail mus sent (a draft, a copy of one) or a delivery report (it
    carries the e-mail it could not deliver): these hold a blank form, and who it was for."""
    try:
        data = read_own(path)
    except OSError:
        return []
    if len(data) > MAX_MAIL:
        return []
    message = email.message_from_bytes(data, policy=email.policy.default)
    out = []
    for part in message.walk():
        name = part.get_filename()
        if not name or Path(name).suffix.lower() not in FORM_SUFFIXES:
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            shown = f"{display}{ARROW}{Path(name).name}"
            out.append(extract_bytes(payload, name, shown, 0.0, question_set))
    return out


def _manifest(path: Path, inventory: Inventory) -> None:
    data = _json(path)
    if not isinstance(data, dict) or not isinstance(data.get("forms"), list):
        inventory.unreadable.append(Unreadable(path, "", "damaged"))
        return
    season = str(data.get("season", ""))
    inventory.manifests[path] = (season, str(data.get("generated", "")))
    counts: dict[tuple[str, str], int] = {}
    for entry in data["forms"]:
        if isinstance(entry, dict) and entry.get("employee_id"):
            number = str(entry["employee_id"])
            counts[number, str(entry.get("kind", ""))] = counts.get(
                (number, str(entry.get("kind", ""))), 0) + 1
            inventory.people.setdefault(number, (str(entry.get("name", "")),
                                                 str(entry.get("email", ""))))
    summary = data.get("employee_list")
    if isinstance(summary, dict):
        for number in mentioned(summary, inventory.people):
            counts.setdefault((number, ""), 0)
            counts[number, ""] += 1
    for (number, kind), count in sorted(counts.items()):
        inventory.holdings.append(Holding(MANIFESTS, path, number, season, kind, count=count))


def mentioned(summary: dict[str, Any], people: dict[str, tuple[str, str]]) -> list[str]:
    """The employees a manifest's summary of the list names: a leaver or someone on leave by
    their number; a warning, note or skipped row by their name or address (or their number,
    where it is long enough to say something)."""
    found: list[str] = []
    for key in ("leavers", "on_leave"):
        for item in summary.get(key) or ():
            if isinstance(item, dict) and str(item.get("number", "")) not in ("", *found):
                found.append(str(item["number"]))
    text = json.dumps([summary.get(key) for key in _SUMMARY_LISTS[2:]], ensure_ascii=False)
    for number, (name, address) in people.items():
        if number not in found and naming(text, number, name, address):
            found.append(number)
    return found


def naming(text: str, number: str, name: str = "", address: str = "") -> bool:
    """Whether ``text`` names the employee: their number as a word of its own (three
    characters or more: "1" names nobody), their name or their e-mail address."""
    if len(number) >= 3 and re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", text):
        return True
    folded = text.casefold()
    return bool((name and len(name) > 3 and name.casefold() in folded)
                or (address and address.casefold() in folded))


def _send_log(path: Path, inventory: Inventory) -> None:
    counts: dict[tuple[str, str, str], int] = {}
    for line in json_lines(path):
        number = str(line.get("employee_id", ""))
        if number:
            season = str(line.get("key", "")).split(":", 1)[0]
            key = (number, season, str(line.get("kind", "")))
            counts[key] = counts.get(key, 0) + 1
    for (number, season, kind), count in sorted(counts.items()):
        inventory.holdings.append(Holding(SEND, path, number, season, kind, count=count))


def _collect_log(path: Path, inventory: Inventory) -> None:
    """A collect log's lines about a saved file are the file's owner's; a line about an e-mail
    that could not be read names its sender, so it is theirs."""
    owners = {h.path.resolve(): h for h in inventory.holdings if h.is_form and not h.part}
    counts: dict[tuple[str, str, str], int] = {}
    for line in json_lines(path):
        saved = line.get("file")
        owner = owners.get((path.parent / str(saved)).resolve()) if saved else None
        if owner is not None:
            key = (owner.employee, owner.season, owner.form)
        else:
            reason = str(line.get("reason", "")).casefold() if line.get("event") == "refused" \
                else ""
            number = next((n for n, (_, address) in inventory.people.items()
                           if reason and address and address.casefold() in reason), "")
            if not number:
                continue
            key = (number, "", "")
        counts[key] = counts.get(key, 0) + 1
    for (number, season, form), count in sorted(counts.items()):
        inventory.holdings.append(Holding(COLLECTED, path, number, season, form, count=count))


def _overview(path: Path, inventory: Inventory) -> None:
    try:
        found = read_overview(path)
    except Exception:  # a damaged or locked workbook: mus cannot tell what is in it
        inventory.unreadable.append(Unreadable(path, "", "damaged"))
        return
    if found is not None:
        inventory.overviews.append(found)


def json_lines(path: Path) -> list[dict[str, Any]]:
    """Every whole line of a JSON-lines log (a torn last line is skipped); [] where there is
    none or it cannot be read."""
    try:
        text = read_own(path).decode("utf-8", "replace")
    except OSError:
        return []
    return list(objects(text))


def _json(path: Path) -> Any:
    try:
        return json.loads(read_own(path).decode("utf-8"))
    except (OSError, ValueError):
        return None
