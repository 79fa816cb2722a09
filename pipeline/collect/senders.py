"""Who sent each form back, as evidence beside the answers.

A form collected from the mailbox (``mus collect``) has a line in the collect log beside it, with
the sender's address, the mail's date and subject; a form read out of a mail file carries its
mail's sender itself. A form that came from an address that is neither the employee's nor their
leader's on the employee list is flagged for HR to check; it is never rejected (a colleague may
have forwarded it, an employee may have used a private address).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.collect.scan import COLLECT_LOCK, COLLECT_LOG, shown_name
from pipeline.jsonlines import objects
from pipeline.model import Employee, FormKind, Problem, Response
from pipeline.places import read_own

LOG, LOCK = COLLECT_LOG, COLLECT_LOCK
SAVED = "saved"  # a collect log line about a file saved (other lines: messages read, moved)


@dataclass(frozen=True)
class Returned:
    senders: tuple[str, ...]  # the From address of each message on the way, outermost first
    at: dt.datetime | None


def log_lines(path: Path) -> list[dict[str, Any]]:
    """Every whole line of a collect log (a torn last line, from a run stopped while writing it,
    is no evidence and is skipped); [] where there is none or it cannot be read."""
    try:
        text = read_own(path).decode("utf-8", "replace")
    except OSError:
        return []
    lines = []
    for data in objects(text):
        lines.append({str(k): v if isinstance(v, list) else str(v) for k, v in data.items()})
    return lines


def read_senders(root: Path, logs: Iterable[Path]) -> dict[str, Returned]:
    """File name (as the scan of ``root`` shows it) → who returned it, from the collect logs
    found in ``root`` and below."""
    found: dict[str, Returned] = {}
    for log in logs:
        for line in log_lines(log):
            if line.get("event") != SAVED or not isinstance(line.get("file"), str):
                continue
            name = shown_name((log.parent / str(line["file"])).relative_to(root).as_posix())
            senders = line.get("senders")
            chain = tuple(str(s) for s in senders) if isinstance(senders, list) else (
                (str(line.get("sender", "")),))
            found[name] = Returned(tuple(s for s in chain if s), _when(str(line.get("date"))))
    return found


def _when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def with_senders(responses: Sequence[Response], returned: Mapping[str, Returned]
                 ) -> list[Response]:
    """Each response with who returned it, where a collect log says so."""
    out = []
    for r in responses:
        got = returned.get(r.file)
        if got is not None and not r.returned_by:
            r = replace(r, returned_by=got.senders, returned_at=got.at)
        out.append(r)
    return out


def sender_problems(responses: Iterable[Response], staff: Iterable[Employee]) -> list[Problem]:
    """A problem for each form returned from an address that is neither the employee's nor
    their leader's (when the list has an address for either of them to compare with)."""
    people = {e.number: e for e in staff}
    problems = []
    for r in responses:
        employee = people.get(r.employee_id)
        if not r.returned_by or employee is None:
            continue
        known = {a.strip().lower() for a in (employee.email, employee.leader_email) if a}
        if r.kind is FormKind.LEADER and employee.leader_number in people:
            known.add(people[employee.leader_number].email.strip().lower())
        known.discard("")
        if known and not known & {s.lower() for s in r.returned_by}:
            problems.append(Problem(r.file, "other-sender",
                                    {"sender": shown_senders(r.returned_by)}, r.employee_id))
    return problems


def shown_senders(senders: Sequence[str]) -> str:
    """'lbh@x.dk' or, for a forward, 'lbh@x.dk via hkj@x.dk': the author first."""
    if not senders:
        return ""
    author, forwarded = senders[-1], [s for s in reversed(senders[:-1]) if s != senders[-1]]
    if not forwarded:
        return author
    return " via ".join((author, *dict.fromkeys(forwarded)))
