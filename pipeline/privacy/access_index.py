"""The index page of an access bundle (access.py), ``indeks.html``: what is included and where
it came from, what the send log, the collect log and the manifests record about the person, what
the employee list says, and what is not included, in Danish and English. A Jinja template with
autoescape and strict undefined: text from forms and logs cannot become markup."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from pipeline.model import Employee
from pipeline.places import read_own
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
from pipeline.workspace import Workspace

FORM_WORDS = {"employee": ("medarbejderens forberedelse", "the employee's preparation form"),
              "leader": ("lederens forberedelse", "the leader's preparation form"),
              "agreement": ("aftale", "agreement"), "followup": ("opfølgning", "follow-up")}
WHERE_WORDS = {RETURNED: ("som det kom retur", "as returned"),
               MADE: ("som mus lavede det", "as mus made it"),
               DRAFT: ("e-mail som mus lavede", "e-mail mus prepared"),
               COPY: ("kopi i arbejdsmappen", "copy in the working folder"),
               "mail": ("e-mail som den kom", "the e-mail as it came")}


@dataclass(frozen=True)
class Item:
    name: str  # in the zip
    data: bytes = field(repr=False)
    where: str  # RETURNED, MADE, DRAFT, COPY or "mail"
    season: str
    form: str
    source: str  # where it came from, in the working folder



def index_page(ws: Workspace, number: str, items: Sequence[Item],
               sheets: Sequence[tuple[Any, Any]], inventory: Inventory,
               person: Employee | None, unread: int, now: dt.datetime,
               rows_file: str) -> str:
    """The page; ``sheets``: (overview, rows) for each sheet with rows about the person, which
    the bundle holds in ``rows_file``."""
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
        items=items, forms=FORM_WORDS, where=WHERE_WORDS, rows_file=rows_file if sheets else "",
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


def _shown(ws: Workspace, path: Path) -> str:
    try:
        return path.relative_to(ws.root).as_posix()
    except ValueError:
        return str(path)
