"""A small season's forms to mail, and the loopback servers to mail them through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.workspace import Workspace
from tests.helpers import employees_xlsx
from tests.mail.servers import Inbox, serve


@pytest.fixture
def forms(ws: Workspace) -> GenerateResult:
    """Four employees: two with good addresses (one Danish, one English form), one without an
    address and one with a broken one; every leader has a valid address. Six e-mails go out."""
    employees_xlsx(ws.employees, rows=[
        (1005, "Lærke Bjørn/Holm", "lbh@eksempel.dk", "Økonomi", "Elev", "Hanne Kjær",
         "hkj@eksempel.dk", None, "da"),
        (1007, "Jens Hansen", "jeh@eksempel.dk", "IT", "Udvikler", "Morten Dahl",
         "mda@eksempel.dk", None, "en"),
        (1008, "Uden Mail", "", "IT", "", "Morten Dahl", "mda@eksempel.dk", None, ""),
        (1009, "Forkert Mail", "forkert@", "IT", "", "Morten Dahl", "mda@eksempel.dk", None, ""),
    ])
    return generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir / "forms",
                                    jobs=1))


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    """An internal relay: no sign-in."""
    handler = Inbox()
    for port in serve(handler):
        yield handler, port


@pytest.fixture
def exchange() -> Iterator[tuple[Inbox, int]]:
    """Exchange Online as of 2027: XOAUTH2 for hr@eksempel.dk with the stand-in token only."""
    handler = Inbox(auth="exchange", mailbox="hr@eksempel.dk")
    for port in serve(handler):
        yield handler, port
