"""``mus access``: everything the working folder holds about one employee, for their right of
access (GDPR art. 15), in one .zip written whole or not at all.

In it: every form about them as it lies in the folder (their own preparation forms, the
leader's forms about them, agreements and follow-ups, as returned and as mus made them; a form
that came inside an e-mail as the attachment it was, or the whole e-mail where every form in it
is theirs), their rows from every overview workbook in one small workbook, and ``indeks.html``:
what is included and where it came from, what the logs and manifests record about them, what
the employee list says, and what is not included (the mailbox, backups), in Danish and English.
The same inventory as `mus erase` finds them, so the two cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.atomic import atomic_path
from pipeline.collect.mailfile import ARROW, MailRefused, open_mail
from pipeline.forms.names import safe_part
from pipeline.model import Scale
from pipeline.overview.book import Book
from pipeline.overview.frames import Kind, SheetData
from pipeline.places import read_own
from pipeline.privacy.access_index import Item, index_page
from pipeline.privacy.choose import optional_listing, optional_question_set
from pipeline.privacy.erase import stock
from pipeline.privacy.holdings import (
    COPY,
    DRAFT,
    MADE,
    RETURNED,
    Holding,
    Inventory,
)
from pipeline.privacy.overviews import rows_about
from pipeline.workspace import Workspace

INDEX, ROWS = "indeks.html", "oversigter.xlsx"
FOLDERS = {RETURNED: "returneret", MADE: "lavet-af-mus", DRAFT: "e-mails", COPY: "kopier"}


@dataclass(frozen=True)
class AccessOptions:
    employee: str
    out: Path
    returned: tuple[Path, ...] = ()
    employee_list: Path | None = None
    questions: Path | None = None


@dataclass
class AccessResult:
    out: Path
    files: int = 0
    rows: int = 0
    workbooks: int = 0
    warnings: list[str] = field(default_factory=list)


def write_access(ws: Workspace, options: AccessOptions,
                 progress: Callable[[int, int], None] | None = None,
                 now: dt.datetime | None = None) -> AccessResult:
    number = options.employee
    question_set = optional_question_set(options.questions or ws.questions, False)
    listing = optional_listing(options.employee_list or ws.employees, False)
    inventory = stock(ws, options.returned, question_set, progress)
    items = _items(ws, inventory, number)
    sheets = [(o, rows) for o in inventory.overviews if number in o.rows
              for rows in rows_about(o.path, {number})]
    person = None
    if listing is not None:
        person = next((e for e in listing.employees if e.number == number), None)
    result = AccessResult(options.out, len(items), sum(len(r.rows) for _, r in sheets),
                          len({o.path for o, _ in sheets}))
    unread = len(inventory.unreadable)
    if unread:
        result.warnings.append(f"{unread} file(s) in the working folder could hold a form but "
                               "cannot be read, so mus cannot tell whether they are this "
                               "employee's: `mus erase --dry-run` names them.")
    page = index_page(ws, number, items, sheets, inventory, person, unread,
                      now or dt.datetime.now().astimezone(), ROWS)
    with atomic_path(options.out, ".zip") as tmp, zipfile.ZipFile(
            tmp, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(INDEX, page.encode("utf-8"))
        if sheets:
            bundle.writestr(ROWS, _rows_workbook(ws, sheets))
        for item in items:
            bundle.writestr(item.name, item.data)
    return result


def _items(ws: Workspace, inventory: Inventory, number: str) -> list[Item]:
    whole = {path for path, parts in inventory.mails.items() if parts and all(
        h is not None and h.employee == number for h in parts)}
    items: list[Item] = []
    used: set[str] = set()

    def add(where: str, season: str, form: str, name: str, data: bytes, path: Path) -> None:
        folder = f"skemaer/{safe_part(season) or 'ukendt'}/{FOLDERS.get(where, 'e-mails')}"
        stem, dot, ext = (safe_part(name) or "fil").rpartition(".")
        candidate, n = f"{folder}/{stem or ext}{dot if stem else ''}{ext if stem else ''}", 1
        while candidate.casefold() in used:
            n += 1
            candidate = f"{folder}/{stem}-{n}.{ext}" if stem else f"{folder}/{ext}-{n}"
        used.add(candidate.casefold())
        items.append(Item(candidate, data, where, season, form, _shown(ws, path)))

    for path in sorted(whole):
        first = next(h for h in inventory.mails[path] if h is not None)
        add("mail", first.season, first.form, path.name, read_own(path), path)
    for h in inventory.of([number]):
        if not h.is_form or h.path in whole:
            continue
        data = _attachment(inventory, h) if h.part else _read(h.path)
        if data is not None:
            name = h.part.rsplit(ARROW, 1)[-1] if h.part else h.path.name
            add(h.what, h.season, h.form, name, data, h.path)
    return items


def _read(path: Path) -> bytes | None:
    try:
        return read_own(path)
    except OSError:
        return None


def _attachment(inventory: Inventory, holding: Holding) -> bytes | None:
    """The attachment's own bytes: by its place in the e-mail, or (in an e-mail mus sent, or a
    delivery report) by its name."""
    data = _read(holding.path)
    if data is None:
        return None
    try:
        mail = open_mail(data)
    except MailRefused:
        mail = None
    parts = inventory.mails.get(holding.path, ())
    if mail is not None and not mail.skipped and len(mail.attachments) == len(parts):
        at = next(n for n, h in enumerate(parts) if h is holding)
        return mail.attachments[at].data
    message = email.message_from_bytes(data, policy=email.policy.default)
    display = holding.part.split(ARROW, 1)[0]
    for part in message.walk():
        name = part.get_filename()
        if name and f"{display}{ARROW}{Path(name).name}" == holding.part:
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None


def _shown(ws: Workspace, path: Path) -> str:
    try:
        return path.relative_to(ws.root).as_posix()
    except ValueError:
        return str(path)


def _rows_workbook(ws: Workspace, sheets: Sequence[tuple[Any, Any]]) -> bytes:
    buffer = io.BytesIO()
    names: set[str] = set()
    contents = []
    with Book(buffer, None, Scale(), "MUS", "da") as book:
        chosen = []
        for overview, rows in sheets:
            base = f"{overview.season} {rows.sheet}" + (" (leder)" if overview.leader else "")
            name, n = base[:31], 1
            while name.casefold() in names:
                n += 1
                name = f"{base[:27]} {n}"
            names.add(name.casefold())
            chosen.append((name, rows))
            contents.append((name, _shown(ws, overview.path), rows.sheet, len(rows.rows)))
        headers = ["Ark / Sheet", "Oversigt / Workbook", "Ark i oversigten / Sheet there",
                   "Rækker / Rows"]
        book.detail("Indhold", SheetData(pd.DataFrame(contents, columns=headers, dtype=object)),
                    freeze=0)
        for name, rows in chosen:
            frame = pd.DataFrame(list(rows.rows), columns=list(rows.headers), dtype=object)
            frame = frame.astype(object).where(frame.notna(), None)
            kinds: dict[str, Kind] = {h: _kind(frame[h].tolist()) for h in rows.headers}
            book.detail(name, SheetData(frame, kinds), freeze=0)
    return buffer.getvalue()


def _kind(values: list[Any]) -> Kind:
    for value in values:
        if isinstance(value, dt.datetime):
            return "datetime"
        if isinstance(value, dt.date):
            return "date"
        if isinstance(value, str) and len(value) > 40:
            return "wrap"
    return "text"
