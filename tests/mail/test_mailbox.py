"""Sending as the HR mailbox (--mailbox), a token obtained elsewhere with Graph's address given
(national clouds, tests), and IT told the right permission for each way (issue 22, items 4-6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.workspace import Workspace
from tests.mail.servers import TOKEN, GraphStandIn, Inbox
from tests.mail.test_graph import assert_each_once, graph  # noqa: F401  (the fixture)
from tests.mail.test_graph import mail as graph_mail
from tests.mail.test_smtp_oauth import CLIENT_ID, SENDER, assert_no_secret_anywhere


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def sign_in(config: Any, purpose: str, mailbox: str, notify: Callable[[str], None],
                **how: Any) -> Callable[[], str]:
        calls.append({"purpose": purpose, "mailbox": mailbox, **how})
        return lambda: TOKEN

    monkeypatch.setattr("pipeline.mail.run.sign_in", sign_in)
    return calls


def test_sending_as_the_shared_hr_mailbox(ws: Workspace, forms: GenerateResult,
                                          graph: GraphStandIn,  # noqa: F811
                                          signed_in: list[dict[str, Any]]) -> None:
    graph.mailbox = "hr@eksempel.dk"
    result = graph_mail(ws, forms, "--mailbox", "hr@eksempel.dk")
    assert result.exit_code == 0, result.output
    assert ("Sent 6 e-mail(s) through Microsoft 365 (the mailbox hr@eksempel.dk).") in result.output
    assert {c.path for c in graph.calls} == {"/v1.0/users/hr@eksempel.dk/sendMail"}
    assert_each_once(graph, forms)
    assert signed_in == [{"purpose": "graph", "mailbox": "hr@eksempel.dk", "shared": True,
                          "device_code": False}]
    drafts = graph_mail(ws, forms, "--mailbox", "hr@eksempel.dk", "--drafts-in-mailbox",
                        "--out", str(ws.root / "kladder"))
    assert drafts.exit_code == 0, drafts.output
    assert "Made 6 draft e-mail(s) in Microsoft 365 (drafts in hr@eksempel.dk)" in drafts.output
    assert {c.path for c in graph.calls[6:]} == {"/v1.0/users/hr@eksempel.dk/messages"}
    assert signed_in[-1]["purpose"] == "drafts" and signed_in[-1]["shared"]


def test_it_is_told_the_shared_permission_and_the_mailbox_rights(
        ws: Workspace, forms: GenerateResult, graph: GraphStandIn,  # noqa: F811
        signed_in: list[dict[str, Any]]) -> None:
    graph.mailbox = "hr@eksempel.dk"
    graph.script = [(403, {}, "ErrorAccessDenied")]
    result = graph_mail(ws, forms, "--mailbox", "hr@eksempel.dk")
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: Microsoft 365 refused access to the mailbox hr@eksempel.dk (403 "
        "ErrorAccessDenied): the signed-in person lacks the right \"Send as\" (or Full Access) "
        "on it, or the app registration lacks the permission Mail.Send.Shared (delegated) with "
        "admin consent.")
    assert ("Ask IT to grant Mail.Send.Shared (delegated) with admin consent and give you "
            '"Send as" (or Full Access) on hr@eksempel.dk: Add-MailboxPermission -Identity '
            "hr@eksempel.dk -User <you> -AccessRights FullAccess; Add-RecipientPermission "
            "-Identity hr@eksempel.dk -Trustee <you> -AccessRights SendAs.") in result.output


def test_mailbox_goes_with_m365_only(ws: Workspace, forms: GenerateResult) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms.out),
                                       "--mailbox", "hr@eksempel.dk"])
    assert (result.exit_code, result.output) == (1, (
        "Error: --mailbox names a Microsoft 365 mailbox to send from: it goes with --m365.\n"))


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_token_from_elsewhere_and_graphs_address_need_nothing_else(
        ws: Workspace, forms: GenerateResult, httpserver: HTTPServer,
        monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """`mus mail --m365 --graph-url URL` with MUS_M365_ACCESS_TOKEN: no app registration, no
    sign-in; the token is used as it is and written nowhere."""
    stand_in = GraphStandIn(httpserver).start()
    for name in ("MUS_M365_CLIENT_ID", "MUS_M365_TENANT", "MUS_M365_CLIENT_SECRET",
                 "MUS_GRAPH_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MUS_M365_ACCESS_TOKEN", TOKEN)
    where = ["--graph-url", stand_in.url] if how == "option" else []
    if how == "environment":
        monkeypatch.setenv("MUS_GRAPH_URL", stand_in.url)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms.out),
                                       "--m365", *where, "--sender", SENDER, "--pause", "0"])
    assert result.exit_code == 0, result.output
    assert "Sent 6 e-mail(s) through Microsoft 365." in result.output
    assert {c.path for c in stand_in.calls} == {"/v1.0/me/sendMail"}
    assert {c.authorization for c in stand_in.calls} == {f"Bearer {TOKEN}"}
    assert_each_once(stand_in, forms)
    assert_no_secret_anywhere(ws, result.output)


def test_the_apps_smtp_sign_in_asks_it_for_send_as_app(
        ws: Workspace, forms: GenerateResult, exchange: tuple[Inbox, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """There is no "SMTP.Send (application)": an app signs in to SMTP with SMTP.SendAsApp, a
    service principal in Exchange and a grant on the mailbox."""
    handler, port = exchange
    monkeypatch.setattr("pipeline.mail.run.sign_in", lambda *a, **k: lambda: "not-the-token")
    monkeypatch.setenv("MUS_M365_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("MUS_M365_CLIENT_SECRET", "app-secret-value")
    result = CliRunner().invoke(main, [
        "--dir", str(ws.root), "mail", "--forms", str(forms.out), "--m365", "--smtp",
        f"127.0.0.1:{port}", "--security", "none", "--sender", SENDER, "--pause", "0"])
    assert result.exit_code == 1
    assert "SMTP.Send (application)" not in result.output
    assert (f"did not accept the Microsoft 365 sign-in of the app registration {CLIENT_ID} for "
            "hr@eksempel.dk") in result.output
    assert ("the application permission SMTP.SendAsApp (under Office 365 Exchange Online) with "
            f"admin consent; the app made known to Exchange with New-ServicePrincipal -AppId "
            f"{CLIENT_ID} -ObjectId <the enterprise application's object ID>; and the mailbox "
            "granted to it with Add-MailboxPermission -Identity hr@eksempel.dk -User <that "
            "service principal> -AccessRights FullAccess.") in result.output
    assert handler.received == []
