"""The truth of a case, written down before the edit is made.

``expect`` holds every answered field by key (``q:T1``, ``c:K3:now``, ``goal:1:deadline``) with
the value a careful person reading the edited form states as the answer: text written beside a
field, in a new row under it, in a text box, comment or footnote on it counts for that field;
struck-through or hidden words and tracked deletions do not. Fields not listed are empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.collect.campaign.wordml import Answer


@dataclass(frozen=True)
class AnyOf:
    """Either value is the person's answer (an English form's choice: `mus extract` shows it in
    English as the form does, the workbook in the question set's Danish)."""

    values: tuple[str, ...]


@dataclass(frozen=True)
class Marked:
    """The project's rule for a tracked change nobody accepted (issue 19: insertions are in, the
    text a person sees with the changes accepted): the answer is read as ``read``, and a
    ``marked-text`` problem (``what``) names the field. As the answer is then not the person's
    own words alone, HR must look: the field counts as reported."""

    read: str
    what: str = "tracked"


Expected = Answer | AnyOf | Marked


@dataclass(frozen=True)
class Need:
    """A problem that must be reported: one matching ``pattern`` (a regular expression, any
    case), or with ``pattern`` None any problem at all (text that belongs to no field)."""

    why: str
    pattern: str | None = None


@dataclass(frozen=True)
class Truth:
    case: str
    employee_id: str
    kind: str  # "employee" or "leader"
    expect: dict[str, Expected]
    must_report: tuple[Need, ...] = ()
    # Text that must never be in the output (a private answer, another person's answers) beyond
    # where this form's own answers hold the same words.
    must_not_read: tuple[str, ...] = ()
    wrong_reasons: tuple[str, ...] = ()  # refusal reasons that are false for this file
