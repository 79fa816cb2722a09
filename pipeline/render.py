"""Jinja texts from templates/: strict (a missing field is an error) and, for form texts, escaped.

Spreadsheet values are only ever passed in as data, never compiled as templates, so a question or
name containing ``{{ 7*7 }}``, ``<`` or ``&`` appears literally. The templates themselves are
HR's to edit, and may come from anyone: they run in Jinja's sandbox, where reaching into Python
(``{{ ''.__class__.__mro__ }}``, a function's globals, ``os``) is refused, and are read only from
files inside their own folder.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from pipeline.errors import TemplateError
from pipeline.forms.prose import long_date, reply_to
from pipeline.model import Employee, Settings
from pipeline.places import is_inside
from pipeline.sheets.cpr import REFUSAL as CPR_REFUSAL
from pipeline.sheets.cpr import is_cpr_header
from pipeline.terminal import one_line
from pipeline.workspace import DEFAULT_TEMPLATES, outside_templates

_IDENT = re.compile(r"^[^\W\d]\w*$")


class _OwnFolderLoader(jinja2.FileSystemLoader):
    """Templates from files inside the folders searched: a template that is a link to a file
    elsewhere is refused (Jinja itself refuses ``..`` in a template's name)."""

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        folders = [Path(folder) for folder in self.searchpath]
        if not any(is_inside(Path(filename), folder) for folder in folders):
            raise TemplateError(outside_templates(Path(filename), folders[0]))
        return source, filename, uptodate


def environment(templates_dir: Path | None) -> jinja2.Environment:
    search = [str(templates_dir)] if templates_dir and templates_dir.is_dir() else []
    search.append(str(DEFAULT_TEMPLATES))
    return SandboxedEnvironment(
        loader=_OwnFolderLoader(search, encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=lambda name: name is not None and not name.startswith("mail"),
        keep_trailing_newline=False,
    )


def refused(name: str, err: SecurityError) -> TemplateError:
    """The message for a template that tried to reach inside Python."""
    return TemplateError(
        f"The template {name} tries to reach inside Python ({one_line(str(err).rstrip('.'))}), "
        "which templates may not: they can only show the fields (such as {{ fornavn }}) and "
        "use if and for. "
        "Remove that from the template and run again.")


def first_name(name: str) -> str:
    """The name to greet someone by: the first word of a full name; initials, e-mail addresses
    and one-word names as they are."""
    name = name.strip()
    if "@" in name or " " not in name:
        return name
    return name.split(" ")[0]


def employee_context(employee: Employee, settings: Settings, season: str,
                     lang: str) -> dict[str, Any]:
    """What a template may use: Danish and English names for the standard fields, every column
    by its own header in ``kolonne`` (and directly, where the header is a plain word). Dates are
    written as in a sentence: "1. februar 2027", "1 February 2027"."""
    first = employee.first_name or (employee.name.split(" ")[0] if employee.name else "")
    leader_first = first_name(employee.leader)
    meeting = long_date(employee.meeting_date, lang) or employee.meeting_text
    deadline = long_date(settings.deadline, lang)
    address = reply_to(settings.reply_to, lang)
    context: dict[str, Any] = {}
    for header, value in employee.columns.items():
        if _IDENT.match(header):
            context[header] = value
    context.update({
        "navn": employee.name, "name": employee.name,
        "fornavn": first, "first_name": first,
        "medarbejdernr": employee.number, "number": employee.number,
        "email": employee.email,
        "afdeling": employee.department, "department": employee.department,
        "stilling": employee.job_title, "job_title": employee.job_title,
        "leder": employee.leader, "leader": employee.leader,
        "leders_fornavn": leader_first, "leader_first_name": leader_first,
        "leders_email": employee.leader_email, "leader_email": employee.leader_email,
        "mus_dato": meeting, "meeting_date": meeting,
        "svarfrist": deadline, "deadline": deadline,
        "organisation": settings.organisation_for(lang),
        # the scale as a box to tick per step (Skala som = afkrydsning): the intro says so
        "afkrydsning": settings.scale_as_checkboxes, "checkboxes": settings.scale_as_checkboxes,
        "svaradresse": address, "reply_to": address,
        "saeson": season, "season": season,
        "kolonne": dict(employee.columns), "columns": dict(employee.columns),
    })
    return context


_CPR_CHECKED: weakref.WeakKeyDictionary[jinja2.Template, str] = weakref.WeakKeyDictionary()


def refuse_cpr(env: jinja2.Environment, template: jinja2.Template) -> None:
    """A text that asks for a CPR number is refused: CPR numbers never reach a form or a mail
    (the employee list's CPR column is dropped when it is read)."""
    if template not in _CPR_CHECKED:
        found = ""
        if template.filename and Path(template.filename).is_file():
            source = Path(template.filename).read_text(encoding="utf-8")
            found = next((word for word in _template_words(env, source) if is_cpr_header(word)),
                         "")
        _CPR_CHECKED[template] = found
    if _CPR_CHECKED[template]:
        raise TemplateError(
            f'The template {template.name} asks for a CPR number ("{_CPR_CHECKED[template]}"). '
            f"{CPR_REFUSAL} Remove it from the template."
        )


def _template_words(env: jinja2.Environment, source: str) -> list[str]:
    """Every name, attribute and quoted key a template refers to."""
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError:
        return []
    words: list[str] = []
    for node in tree.find_all((nodes.Name, nodes.Getattr, nodes.Const)):
        if isinstance(node, nodes.Name):
            words.append(node.name)
        elif isinstance(node, nodes.Getattr):
            words.append(node.attr)
        elif isinstance(node, nodes.Const) and isinstance(node.value, str) \
                and len(node.value) < 40:
            words.append(node.value)
    return words


def render(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    try:
        template = env.get_template(name)
        refuse_cpr(env, template)
        return template.render(**context)
    except jinja2.TemplateNotFound as err:
        raise TemplateError(
            f"The template {name} was not found in templates/ or among the standard templates."
        ) from err
    except SecurityError as err:
        raise refused(name, err) from err
    except jinja2.UndefinedError as err:
        fields = ", ".join(sorted(k for k in context if k not in ("kolonne", "columns")))
        raise TemplateError(
            f"The template {name} uses a field that does not exist ({err.message}). Correct the "
            f"template. Fields you can use: {fields}; any column as kolonne[\"Header\"]."
        ) from err
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(
            f"The template {name} has a mistake on line {err.lineno}: {err.message}. Correct it "
            "(fields are written as {{ navn }})."
        ) from err
