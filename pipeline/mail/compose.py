"""Who gets which e-mail with which form, and the messages themselves (proper MIME: Danish
letters in names, subjects, bodies and attachment names arrive intact)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError

from pipeline.errors import MailError, TemplateError
from pipeline.forms.manifest import Entry, Manifest
from pipeline.mail.addresses import address_problem, ascii_address
from pipeline.model import Employee, Settings
from pipeline.places import LinkRefused, read_own
from pipeline.render import employee_context, refuse_cpr, refused
from pipeline.sheets.values import valid_email

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


@dataclass(frozen=True)
class Planned:
    """One e-mail to go out: the form, to whom, and the key that marks it sent in the log."""

    key: str
    entry: Entry
    employee: Employee
    to_name: str
    to_address: str
    cc: tuple[tuple[str, str], ...]
    reminder: bool
    bounced: str = ""  # the Message-ID of an earlier sending that came back undelivered


@dataclass(frozen=True)
class Skipped:
    employee_id: str
    name: str
    kind: str
    reason: str


def plan_messages(manifest: Manifest, staff: Sequence[Employee], *, cc_leader: bool = False,
                  reminder: bool = False, only_missing: set[tuple[str, str]] | None = None,
                  today: dt.date | None = None, absent: Mapping[str, str] | None = None
                  ) -> tuple[list[Planned], list[Skipped]]:
    """The e-mails for the forms in the manifest: employee forms to the employee, leaders'
    forms to the leader, follow-up forms to the employee with a copy to the leader (they fill
    it in together). For reminders, only forms in ``only_missing`` ((employee, kind)).
    ``absent``: why someone on the list is not among the staff (has left, on leave)."""
    by_number = {e.number: e for e in staff}
    stamp = (today or dt.date.today()).isoformat()
    planned, skipped = [], []
    for entry in manifest.forms:
        if only_missing is not None and (entry.employee_id, entry.kind) not in only_missing:
            continue
        employee = by_number.get(entry.employee_id)
        if employee is None:
            skipped.append(Skipped(entry.employee_id, entry.name, entry.kind,
                                   (absent or {}).get(entry.employee_id,
                                                      "no longer on the employee list")))
            continue
        if entry.kind == "leader":
            name, address, row_what = employee.leader, employee.leader_email, "leader's e-mail"
        else:
            name, address, row_what = employee.name, employee.email, "e-mail"
        if not address:
            skipped.append(Skipped(employee.number, employee.name, entry.kind,
                                   f"has no {row_what} address ({employee.where})"))
            continue
        problem = "is not valid" if not valid_email(address) else address_problem(address)
        if problem:
            skipped.append(Skipped(employee.number, employee.name, entry.kind,
                                   f'the {row_what} address "{address}" in {employee.where} '
                                   f"{problem}"))
            continue
        cc: tuple[tuple[str, str], ...] = ()
        copy_to = employee.leader_email
        followup = entry.kind == "followup"
        if followup and employee.leader and not valid_email(copy_to):
            skipped.append(Skipped(employee.number, employee.name, "copy",
                                   f"the list has no valid e-mail address for the leader in "
                                   f"{employee.where}; the follow-up form goes to the employee "
                                   "alone"))
        elif (followup or (cc_leader and entry.kind == "employee")) and valid_email(copy_to):
            problem = address_problem(copy_to)
            if problem:
                skipped.append(Skipped(employee.number, employee.name, "copy",
                                       f'the leader\'s e-mail address "{copy_to}" in '
                                       f"{employee.where} {problem}; the e-mail goes without the "
                                       "copy"))
            else:
                cc = ((employee.leader, ascii_address(copy_to)),)
        kind = "reminder:" + stamp if reminder else "invitation"
        if followup:  # one employee has a follow-up form in each round: each goes once
            kind += f":{manifest.generated}"
        planned.append(Planned(f"{manifest.season}:{employee.number}:{entry.kind}:{kind}", entry,
                               employee, name, ascii_address(address), cc, reminder))
    return planned, skipped


def template_name(item: Planned) -> str:
    if item.entry.kind == "leader":
        return f"mail-leader.{item.entry.language}.j2"
    if item.entry.kind == "followup":
        return f"mail-followup.{item.entry.language}.j2"
    base = "mail-reminder" if item.reminder else "mail"
    return f"{base}.{item.entry.language}.j2"


def render_mail(env: jinja2.Environment, item: Planned, settings: Settings,
                season: str) -> tuple[str, str]:
    """(subject, body) from the template's blocks ``subject`` and ``body``."""
    name = template_name(item)
    context = employee_context(item.employee, settings, season, item.entry.language)
    context.update({"paamindelse": item.reminder, "reminder": item.reminder})
    try:
        template = env.get_template(name)
        refuse_cpr(env, template)
        ctx = template.new_context(context)
        subject = "".join(template.blocks["subject"](ctx)).strip()
        body = "".join(template.blocks["body"](ctx)).strip() + "\n"
    except jinja2.TemplateNotFound as err:
        raise TemplateError(f"The mail template {name} was not found.") from err
    except SecurityError as err:
        raise refused(name, err) from err
    except KeyError as err:
        raise TemplateError(
            f"The mail template {name} needs a {{% block subject %}} and a {{% block body %}}."
        ) from err
    except jinja2.UndefinedError as err:
        raise TemplateError(
            f"The mail template {name} uses a field that does not exist ({err.message}). "
            "Correct the template."
        ) from err
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(
            f"The mail template {name} has a mistake on line {err.lineno}: {err.message}."
        ) from err
    return " ".join(subject.split()), body


def message_id(item: Planned, sender: str) -> str:
    """The same Message-ID every time this e-mail is composed: a message sent again after an
    uncertain first try carries the ID of the first, so mail systems that drop duplicates can.
    One sent again after it came back undelivered gets a new one, so that the old report is
    never taken for one about the new sending."""
    address = parseaddr(sender)[1]
    domain = address.rsplit("@", 1)[1] if "@" in address else "mus.invalid"
    again = f"\n{item.bounced}" if item.bounced else ""
    digest = hashlib.sha256(f"{item.key}\n{item.to_address}{again}".encode()).hexdigest()[:32]
    return f"<mus.{digest}@{domain}>"


def build_message(item: Planned, subject: str, body: str, sender: str, forms_dir: Path,
                  draft: bool) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    if sender:  # a draft may leave it to the mail program
        message["From"] = sender
    message["To"] = Address(item.to_name, addr_spec=item.to_address)
    if item.cc:
        message["Cc"] = [Address(n, addr_spec=a) for n, a in item.cc]
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = message_id(item, sender)
    if draft:
        message["X-Unsent"] = "1"  # Outlook opens it as a draft, ready to send
    message.set_content(body)
    path = forms_dir / item.entry.file  # one plain name (read_manifest checks it)
    try:
        data = read_own(path)
    except LinkRefused as err:
        raise MailError(
            f"The form {path} for employee {item.employee.number} is a link to another file; "
            "mus attaches only the form it wrote, never what a link leads to, so nothing more "
            "was mailed. Remove the link, run `mus generate --force --only "
            f"{item.employee.number}` and then `mus mail` again."
        ) from err
    except OSError as err:
        raise MailError(
            f"The form {path} for employee {item.employee.number} cannot be read. Run "
            "`mus generate` again (with --only for that employee) and then `mus mail`."
        ) from err
    message.add_attachment(data, maintype=DOCX[0], subtype=DOCX[1], filename=item.entry.file)
    return message
