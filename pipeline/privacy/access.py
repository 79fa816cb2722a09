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

import jinja2
import pandas as pd

from pipeline.atomic import atomic_path
from pipeline.collect.mailfile import ARROW, MailRefused, open_mail
from pipeline.forms.names import safe_part
from pipeline.model import Employee, Scale
from pipeline.overview.book import Book
from pipeline.overview.frames import Kind, SheetData
from pipeline.places import read_own
from pipeline.privacy.choose import optional_listing, optional_question_set
from pipeline.privacy.erase import stock
from pipeline.privacy.holdings import (
    COLLECTED,
    COPY,
    DRAFT,
    MADE,
    RETURNED,
    SEND,
    Holding,
    Inventory,
    json_lines,
)
from pipeline.privacy.overviews import rows_about
from pipeline.workspace import Workspace

INDEX, ROWS = "indeks.html", "oversigter.xlsx"
FOLDERS = {RETURNED: "returneret", MADE: "lavet-af-mus", DRAFT: "e-mails", COPY: "kopier"}
FORM_WORDS = {"employee": ("medarbejderens forberedelse", "the employee's preparation form"),
              "leader": ("lederens forberedelse", "the leader's preparation form"),
              "agreement": ("aftale", "agreement"), "followup": ("opfølgning", "follow-up")}
WHERE_WORDS = {RETURNED: ("som det kom retur", "as returned"),
               MADE: ("som mus lavede det", "as mus made it"),
               DRAFT: ("e-mail som mus lavede", "e-mail mus prepared"),
               COPY: ("kopi i arbejdsmappen", "copy in the working folder"),
               "mail": ("e-mail som den kom", "the e-mail as it came")}


@dataclass(frozen=True)
class AccessOptions:
    employee: str
    out: Path
    returned: tuple[Path, ...] = ()
    employee_list: Path | None = None
    questions: Path | None = None


@dataclass(frozen=True)
class Item:
    name: str  # in the zip
    data: bytes = field(repr=False)
    where: str  # RETURNED, MADE, DRAFT, COPY or "mail"
    season: str
    form: str
    source: str  # where it came from, in the working folder


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
    page = _index(ws, number, items, sheets, inventory, person, unread,
                  now or dt.datetime.now().astimezone())
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


def _index(ws: Workspace, number: str, items: Sequence[Item],
           sheets: Sequence[tuple[Any, Any]], inventory: Inventory, person: Employee | None,
           unread: int, now: dt.datetime) -> str:
    mine = inventory.of([number])
    sent = [line for path in {h.path for h in mine if h.what == SEND}
            for line in json_lines(path) if str(line.get("employee_id", "")) == number]
    collected = _collected(inventory, mine)
    manifests = [entry for path in sorted({h.path for h in mine if h.what == "manifest"})
                 for entry in _entries(path, number)]
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(PAGE)
    return template.render(
        number=number, made=now.strftime("%d-%m-%Y %H:%M"), folder=str(ws.root),
        items=items, forms=FORM_WORDS, where=WHERE_WORDS, rows_file=ROWS if sheets else "",
        sheets=[(o.season, _shown(ws, o.path), r.sheet, len(r.rows)) for o, r in sheets],
        sent=[(str(x.get("time", "")), str(x.get("key", "")).split(":", 1)[0],
               str(x.get("kind", "")), str(x.get("event", "")), str(x.get("to", "")))
              for x in sent],
        collected=collected, manifests=manifests, unread=unread,
        person=_person(person))


def _collected(inventory: Inventory, mine: Sequence[Holding]) -> list[tuple[str, str, str]]:
    files = {h.path.resolve() for h in mine if h.is_form and not h.part}
    out = []
    for path in sorted({h.path for h in mine if h.what == COLLECTED}):
        for line in json_lines(path):
            saved = line.get("file")
            if saved and (path.parent / str(saved)).resolve() in files:
                senders = line.get("senders") or [line.get("sender", "")]
                out.append((str(line.get("date", "")), str(saved),
                            " via ".join(str(s) for s in senders if s)))
    return out


def _entries(path: Path, number: str) -> list[tuple[str, str, str, str, str]]:
    import json

    try:
        data = json.loads(read_own(path).decode("utf-8"))
    except (OSError, ValueError):
        return []
    season = str(data.get("season", ""))
    return [(season, str(e.get("kind", "")), str(e.get("email", "")),
             str(e.get("department", "")), str(e.get("leader", "")))
            for e in data.get("forms", []) if isinstance(e, dict)
            and str(e.get("employee_id", "")) == number]


def _person(employee: Employee | None) -> list[tuple[str, str, str]]:
    if employee is None:
        return []
    fields = (("Medarbejdernr.", "Employee no.", employee.number),
              ("Navn", "Name", employee.name), ("E-mail", "E-mail", employee.email),
              ("Afdeling", "Department", employee.department),
              ("Stilling", "Job title", employee.job_title),
              ("Leder", "Leader", employee.leader),
              ("MUS-dato", "Meeting date",
               f"{employee.meeting_date:%d-%m-%Y}" if employee.meeting_date else ""),
              ("Sprog", "Language", employee.language))
    return [(da, en, value) for da, en, value in fields if value]


PAGE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>Indsigt / Access – {{ number }}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.2em .5em;
text-align:left;vertical-align:top}th{background:#1F4E79;color:#fff}.en{color:#444}</style>
</head><body>
<h1>Det, mus har om medarbejder {{ number }}<br><span class="en">What mus holds about employee
{{ number }}</span></h1>
<p>Lavet {{ made }} af mus ud fra arbejdsmappen {{ folder }}. Her er alle skemaer om dig, som de
ligger i mappen (dine egne forberedelser, lederens forberedelser om dig, aftaler og
opfølgninger, som de kom retur, og som mus lavede dem), dine rækker i hver oversigt, og hvad
logfilerne siger om dig.</p>
<p class="en">Made {{ made }} by mus from the working folder {{ folder }}. Here is every form
about you as it lies in the folder (your own preparation forms, the leader's forms about you,
agreements and follow-ups, as returned and as mus made them), your rows in every overview, and
what the logs record about you.</p>

<h2>Filer / Files</h2>
{% if items %}<table><tr><th>Fil i denne zip / File in this zip</th><th>Hvad / What</th>
<th>Sæson / Season</th><th>Kom fra / Came from</th></tr>
{% for item in items %}<tr><td>{{ item.name }}</td>
<td>{{ forms.get(item.form, (item.form, item.form))[0] }}, {{ where[item.where][0] }}<br>
<span class="en">{{ forms.get(item.form, (item.form, item.form))[1] }},
{{ where[item.where][1] }}</span></td><td>{{ item.season }}</td><td>{{ item.source }}</td></tr>
{% endfor %}</table>{% else %}<p>Ingen. <span class="en">None.</span></p>{% endif %}

<h2>Rækker i oversigterne / Rows in the overviews</h2>
{% if rows_file %}<p>I <b>{{ rows_file }}</b>, et ark for hvert ark med rækker om dig.
<span class="en">In <b>{{ rows_file }}</b>, a sheet for each sheet with rows about you.</span></p>
<table><tr><th>Sæson / Season</th><th>Oversigt / Workbook</th><th>Ark / Sheet</th>
<th>Rækker / Rows</th></tr>
{% for season, path, sheet, count in sheets %}<tr><td>{{ season }}</td><td>{{ path }}</td>
<td>{{ sheet }}</td><td>{{ count }}</td></tr>{% endfor %}</table>
{% else %}<p>Ingen. <span class="en">None.</span></p>{% endif %}

<h2>E-mails, som mus har lavet eller sendt / E-mails mus prepared or sent</h2>
{% if sent %}<table><tr><th>Tid / Time</th><th>Sæson / Season</th><th>Skema / Form</th>
<th>Status</th><th>Til / To</th></tr>
{% for time, season, kind, event, to in sent %}<tr><td>{{ time }}</td><td>{{ season }}</td>
<td>{{ kind }}</td><td>{{ event }}</td><td>{{ to }}</td></tr>{% endfor %}</table>
{% else %}<p>Ingen i sendeloggen. <span class="en">None in the send log.</span></p>{% endif %}

<h2>Skemaer hentet fra postkassen / Forms collected from the mailbox</h2>
{% if collected %}<table><tr><th>Modtaget / Received</th><th>Fil / File</th>
<th>Sendt af / Sent by</th></tr>
{% for date, file, by in collected %}<tr><td>{{ date }}</td><td>{{ file }}</td><td>{{ by }}</td>
</tr>{% endfor %}</table>
{% else %}<p>Ingen. <span class="en">None.</span></p>{% endif %}

<h2>Manifester / Manifests</h2>
{% if manifests %}<table><tr><th>Sæson / Season</th><th>Skema / Form</th><th>E-mail</th>
<th>Afdeling / Department</th><th>Leder / Leader</th></tr>
{% for season, kind, address, department, leader in manifests %}<tr><td>{{ season }}</td>
<td>{{ kind }}</td><td>{{ address }}</td><td>{{ department }}</td><td>{{ leader }}</td></tr>
{% endfor %}</table>{% else %}<p>Ingen. <span class="en">None.</span></p>{% endif %}

<h2>Medarbejderlisten / The employee list</h2>
{% if person %}<p>Det, mus læser om dig i HR's medarbejderliste (et CPR-nummer læses aldrig).
<span class="en">What mus reads about you in HR's employee list (a CPR number is never
read).</span></p><table>
{% for da, en, value in person %}<tr><th>{{ da }} / {{ en }}</th><td>{{ value }}</td></tr>
{% endfor %}</table>{% else %}<p>Du står ikke på listen nu. <span class="en">You are not on the
list now.</span></p>{% endif %}

<h2>Hvad er ikke med / What is not included</h2>
<p>E-mails i HR's postkasse, sikkerhedskopier og kopier uden for arbejdsmappen kan mus ikke se;
spørg HR om dem. Svar på følsomme og private spørgsmål læses aldrig af mus: de står kun i selve
skemaerne ovenfor.{% if unread %} {{ unread }} fil(er) i mappen kan mus ikke læse, så det
kan ikke se, om de er dine.{% endif %}</p>
<p class="en">E-mails in HR's mailbox, backups and copies outside the working folder are out of
mus's sight; ask HR about them. Answers to sensitive and private questions are never read by
mus: they are only in the forms themselves, above.{% if unread %} {{ unread }} file(s) in the
folder cannot be read by mus, so it cannot tell whether they are yours.{% endif %}</p>
</body></html>
"""
