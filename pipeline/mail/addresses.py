"""E-mail addresses in the form mail systems take them.

- A domain with letters like æøå (an internationalised domain name, ``bjørn.dk``) is sent in its
  ASCII form (``xn--bjrn-3ua.dk``), which every mail system understands.
- Letters outside a–z *before* the @ (``jørgen@kommune.dk``) need every server on the way to
  support SMTPUTF8, which Exchange Online and most others do not: such an address is not mailed,
  and ``mus check`` says so beforehand.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import formataddr, parseaddr
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import MailError, SheetIssue
from pipeline.model import Employee
from pipeline.sheets.values import valid_email

if TYPE_CHECKING:
    from pipeline.sheets.employees import EmployeeList


def address_problem(address: str) -> str | None:
    """Why ``address`` (valid as far as ``valid_email`` goes) cannot be mailed, or None."""
    local, _, domain = address.rpartition("@")
    odd = sorted({c for c in local if not c.isascii()})
    if odd:
        return (f"has letters outside a–z before the @ ({''.join(odd)}), which most mail "
                "systems (Microsoft 365 among them) do not take")
    try:
        domain.encode("idna")
    except UnicodeError:
        return "has a domain (after the @) that cannot be written in the form mail systems use"
    return None


def ascii_address(address: str) -> str:
    """``address`` with its domain in ASCII form; only for addresses without a problem."""
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.encode('idna').decode('ascii')}"


def sending_address(sender: str) -> str:
    """The From of ``--sender`` ("HR <hr@kommune.dk>") with the address in the form mail
    systems take; the name may have any letters."""
    name, address = parseaddr(sender)
    if not valid_email(address):
        raise MailError("Sending needs --sender, the address the e-mails come from, for example "
                        '"HR <hr@kommune.dk>".')
    problem = address_problem(address)
    if problem:
        raise MailError(f'The sender address "{address}" {problem}. Give --sender with the '
                        "mailbox's address in plain letters (IT knows it).")
    return formataddr((name, ascii_address(address)), charset="utf-8")


def address_warnings(staff: Sequence[Employee], source: Path, sheet: str | None = None,
                     columns: tuple[str | None, str | None] = (None, None)
                     ) -> list[SheetIssue]:
    """For ``mus check``: the addresses ``mus mail`` will not send to for the reasons above
    (the addresses that are not addresses at all are warned about by the list's own checks)."""
    warnings: list[SheetIssue] = []
    leaders: dict[str, list[int]] = {}
    sheets: dict[str, str] = {}  # each leader's address → the sheet of its first row
    for e in staff:
        problem = address_problem(e.email) if valid_email(e.email) else None
        if problem:
            warnings.append(SheetIssue(
                source, f'The e-mail address "{e.email}" of employee {e.number} {problem}, so '
                "mus mail will not send to it.", "Correct the address (IT knows the plain "
                "form of it).", e.sheet or sheet, e.row, columns[0]))
        if valid_email(e.leader_email) and address_problem(e.leader_email):
            leaders.setdefault(e.leader_email, []).append(e.row)
            sheets.setdefault(e.leader_email, e.sheet)
    for address, rows in leaders.items():
        where = f"row {rows[0]}" if len(rows) == 1 else f"rows {rows[0]} and {len(rows) - 1} more"
        warnings.append(SheetIssue(
            source, f'The leader\'s e-mail address "{address}" ({where}) '
            f"{address_problem(address)}, so mus mail will not send leaders' forms or copies "
            "to it.", "Correct the address (IT knows the plain form of it).",
            sheets[address] or sheet, rows[0],
            columns[1]))
    return warnings


def mail_address_warnings(listing: EmployeeList) -> list[SheetIssue]:
    """``address_warnings`` for the employee list as ``mus check`` read it."""
    def header(key: str) -> str | None:
        use = listing.layout.fields.get(key)
        return use.header if use else None

    return address_warnings(listing.employees, listing.file, listing.sheet or None,
                            (header("email"), header("leader_email")))
