"""Microsoft Graph sendMail and drafts in the mailbox, against a loopback stand-in for Graph that
checks the path, the bearer token and the MIME body."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.forms.manifest import Entry
from pipeline.mail.compose import Planned
from pipeline.mail.graph import GraphTransport
from pipeline.mail.sendlog import LOG, SendLog, read_entries
from pipeline.mail.transport import deliver_all
from pipeline.model import Employee
from pipeline.workspace import Workspace
from tests.mail.servers import TOKEN, GraphStandIn
from tests.mail.test_smtp_oauth import CLIENT_ID, SENDER, assert_no_secret_anywhere

FORMS = {"1005": "1005_Lærke_Bjørn-Holm", "1007": "1007_Jens_Hansen",
         "1008": "1008_Uden_Mail", "1009": "1009_Forkert_Mail"}


@pytest.fixture
def graph(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphStandIn]:
    """Graph on loopback, mus pointed at it, and msal's sign-in replaced by a token provider
    (the real one is tested in test_auth)."""
    stand_in = GraphStandIn(httpserver).start()
    monkeypatch.setattr("pipeline.mail.graph.GRAPH_URL", stand_in.url)
    monkeypatch.setattr("pipeline.mail.run.sign_in", lambda *a, **k: lambda: TOKEN)
    monkeypatch.setenv("MUS_M365_CLIENT_ID", CLIENT_ID)
    monkeypatch.delenv("MUS_M365_CLIENT_SECRET", raising=False)
    yield stand_in


@pytest.fixture
def app_only(graph: GraphStandIn, monkeypatch: pytest.MonkeyPatch) -> GraphStandIn:
    """An app registration with its own secret, limited to the HR mailbox."""
    monkeypatch.setenv("MUS_M365_CLIENT_SECRET", "app-secret-not-a-token")
    graph.mailbox = "hr@eksempel.dk"
    return graph


def mail(ws: Workspace, forms: GenerateResult, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms.out),
                                     "--pause", "0", "--m365", "--sender", SENDER, *args])


def assert_each_once(graph: GraphStandIn, forms: GenerateResult) -> None:
    """Six e-mails, each to its owner, each once, each with its own form attached intact."""
    delivered = graph.delivered()
    assert len(graph.who()) == len(set(graph.who())) == 6
    for message in delivered:
        [attachment] = list(message.iter_attachments())
        name = attachment.get_filename()
        assert name is not None
        assert attachment.get_content() == (forms.out / name).read_bytes()
        number = name.split("_", 1)[0]
        to = message["To"].addresses[0].addr_spec
        if name.endswith(("_leder.docx", "_leader.docx")):
            assert to in ("hkj@eksempel.dk", "mda@eksempel.dk")
        else:
            assert {"1005": "lbh@eksempel.dk", "1007": "jeh@eksempel.dk"}[number] == to
        assert message["From"].addresses[0].addr_spec == "hr@eksempel.dk"
        assert "X-Unsent" not in message


def test_sendmail_every_form_to_its_owner_once(ws: Workspace, forms: GenerateResult,
                                               graph: GraphStandIn) -> None:
    result = mail(ws, forms)
    assert result.exit_code == 0, result.output
    assert result.output.endswith(
        f"Sent 6 e-mail(s) through Microsoft 365. Send log: {ws.output_dir / 'mail' / LOG}\n")
    assert {c.path for c in graph.calls} == {"/v1.0/me/sendMail"}  # delegated: own mailbox
    assert {c.authorization for c in graph.calls} == {f"Bearer {TOKEN}"}
    assert {c.content_type for c in graph.calls} == {"text/plain"}
    assert_each_once(graph, forms)
    again = mail(ws, forms)
    assert again.output.endswith("Nothing left to send: all 6 e-mail(s) had been sent before. "
                                 f"Send log: {ws.output_dir / 'mail' / LOG}\n")
    assert len(graph.calls) == 6
    assert_no_secret_anywhere(ws, result.output, again.output)


def test_an_app_of_its_own_sends_from_the_hr_mailbox(ws: Workspace, forms: GenerateResult,
                                                     app_only: GraphStandIn) -> None:
    result = mail(ws, forms)
    assert result.exit_code == 0, result.output
    assert {c.path for c in app_only.calls} == {"/v1.0/users/hr@eksempel.dk/sendMail"}
    assert_each_once(app_only, forms)
    assert_no_secret_anywhere(ws, result.output)


def test_drafts_in_the_mailbox(ws: Workspace, forms: GenerateResult,
                               app_only: GraphStandIn) -> None:
    result = mail(ws, forms, "--drafts-in-mailbox")
    assert result.exit_code == 0, result.output
    assert ("Made 6 draft e-mail(s) in Microsoft 365 (drafts in hr@eksempel.dk): review them in "
            "Outlook's Drafts folder and send them from there. Send log:") in result.output
    assert {c.path for c in app_only.calls} == {"/v1.0/users/hr@eksempel.dk/messages"}
    assert_each_once(app_only, forms)
    entries = read_entries(ws.output_dir / "mail" / LOG)
    assert {e.route for e in entries.values()} == {"graph drafts"}
    assert {e.reason for e in entries.values()} == {f"201 draft AAMkAD-draft-{n}"
                                                    for n in range(1, 7)}
    # A form with a draft made is not sent again, by drafts or any other way
    assert mail(ws, forms).exit_code == 0 and len(app_only.calls) == 6


def test_throttled_it_waits_as_asked_and_goes_on(ws: Workspace, forms: GenerateResult,
                                                 graph: GraphStandIn) -> None:
    status = 429
    graph.script = [(status, {"Retry-After": "1"}, "ApplicationThrottled")]
    started = time.monotonic()
    result = mail(ws, forms)
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0
    assert (f"Microsoft 365 asks mus to slow down ({status}); waiting 1 s, then going on."
            in result.output)
    assert_each_once(graph, forms)


@pytest.mark.parametrize(("status", "code", "words"), [
    (401, "InvalidAuthenticationToken",
     "Error: Microsoft 365 did not accept the sign-in (401 InvalidAuthenticationToken): the "
     "app registration is missing the permission Mail.Send (delegated) with admin consent, or "
     "the sign-in has run out. So the e-mail to jeh@eksempel.dk with the form for employee "
     "1007 (1007_Jens_Hansen.docx) was not sent. 2 message(s) were sent "
     "before it in this run and are in the send log {log}. Ask IT to add Mail.Send "
     '(delegated) and grant admin consent (see "Microsoft 365" in the README). Then run the '
     "same command again: only what is left is sent.\n"),
    (403, "ErrorAccessDenied",
     "Error: Microsoft 365 refused access to the signed-in mailbox (403 ErrorAccessDenied): "
     "the app registration is missing the permission Mail.Send (delegated) with admin "
     "consent. So the e-mail to jeh@eksempel.dk with the form for employee 1007 "
     "(1007_Jens_Hansen.docx) was not sent. 2 message(s) were sent before it in "
     "this run and are in the send log {log}. Ask IT to grant Mail.Send (delegated) with "
     "admin consent. Then run the same command again: only what is left is sent.\n"),
    (413, "ErrorRequestEntityTooLarge",
     "Error: Microsoft 365 refused the e-mail to jeh@eksempel.dk as too large (413 "
     "ErrorRequestEntityTooLarge). So the e-mail to jeh@eksempel.dk with the form for "
     "employee 1007 (1007_Jens_Hansen.docx) was not sent. 2 message(s) were "
     "sent before it in this run and are in the send log {log}. Make the form smaller (a "
     "smaller logo in templates/form.docx) or send through SMTP (--m365 --smtp "
     "smtp.office365.com:587). Then run the same command again: only what is left is sent.\n"),
])
def test_a_refusal_halfway_stops_cleanly_and_a_rerun_sends_the_rest(
        ws: Workspace, forms: GenerateResult, graph: GraphStandIn, status: int, code: str,
        words: str) -> None:
    graph.refuse_at = {2: (status, code)}
    result = mail(ws, forms)
    assert result.exit_code == 1
    assert result.output == words.format(log=ws.output_dir / "mail" / LOG)
    assert len(graph.delivered()) == 2
    again = mail(ws, forms)
    assert again.exit_code == 0, again.output
    assert "Sent 4 e-mail(s) through Microsoft 365; 2 had been sent before" in again.output
    assert_each_once(graph, forms)


def test_drafts_after_a_refusal_halfway_each_once(ws: Workspace, forms: GenerateResult,
                                                  app_only: GraphStandIn) -> None:
    app_only.refuse_at = {3: (403, "ErrorAccessDenied")}
    first = mail(ws, forms, "--drafts-in-mailbox")
    assert first.exit_code == 1
    assert "missing the permission Mail.ReadWrite (application)" in first.output
    assert "3 message(s) were sent before it in this run" in first.output
    again = mail(ws, forms, "--drafts-in-mailbox")
    assert again.exit_code == 0, again.output
    assert "Made 3 draft e-mail(s)" in again.output and "3 had been sent before" in again.output
    assert {c.path for c in app_only.calls} == {"/v1.0/users/hr@eksempel.dk/messages"}
    assert_each_once(app_only, forms)


def test_the_mailbox_is_not_in_the_app_access_policy(ws: Workspace, forms: GenerateResult,
                                                      app_only: GraphStandIn) -> None:
    app_only.script = [(403, {}, "ErrorAccessDenied")]
    result = mail(ws, forms)
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: Microsoft 365 refused access to hr@eksempel.dk (403 ErrorAccessDenied): the "
        "app registration is missing the permission Mail.Send (application) with admin "
        "consent, or an application access policy does not include hr@eksempel.dk.")
    drafts = mail(ws, forms, "--drafts-in-mailbox")
    assert "Mail.ReadWrite (application)" not in drafts.output  # the second try went through
    app_only.script = [(401, {}, "InvalidAuthenticationToken")]
    (ws.output_dir / "mail" / LOG).unlink()
    drafts = mail(ws, forms, "--drafts-in-mailbox", "--out", str(ws.root / "andet"))
    assert "missing the permission Mail.ReadWrite (application)" in drafts.output


def test_a_lost_answer_is_uncertain_and_not_sent_again(tmp_path: Path,
                                                       graph: GraphStandIn) -> None:
    graph.hang = {1}
    transport = GraphTransport(lambda: TOKEN, None, base_url=graph.url, timeout=0.5)
    messages = [_message(n) for n in range(3)]
    with SendLog.open(tmp_path / LOG) as log, pytest.raises(Exception) as caught:
        deliver_all(messages, transport, log, pause=0)
    assert ("The message was handed over to Microsoft 365, and then the connection was lost "
            "before it answered (no answer in time). mus cannot know whether the e-mail to "
            "p1@eksempel.dk") in str(caught.value)
    assert read_entries(tmp_path / LOG)["k1"].state == "uncertain"
    time.sleep(1.2)  # the stand-in finishes the hung request (it did carry it out)
    graph.hang = set()
    with SendLog.open(tmp_path / LOG) as log:
        pending = [(i, m) for i, m in messages if log.state(i.key) == "open"]
        assert deliver_all(pending, transport, log, pause=0).sent == 1
    assert [m["To"].addresses[0].addr_spec for m in graph.delivered()] == [
        "p0@eksempel.dk", "p1@eksempel.dk", "p2@eksempel.dk"]


@pytest.mark.parametrize(("status", "code"), [(500, "UnknownError"), (503, "ErrorServerBusy"),
                                              (504, "GatewayTimeout")])
def test_an_internal_error_after_taking_it_is_uncertain(ws: Workspace, forms: GenerateResult,
                                                        graph: GraphStandIn, status: int,
                                                        code: str) -> None:
    """Microsoft documents that a message answered 503 ErrorServerBusy is sometimes delivered:
    it is never sent again by itself (issue 22, item 7)."""
    graph.script = [(status, {"Retry-After": "1"}, code)]
    result = mail(ws, forms)
    assert result.exit_code == 1
    assert ("Microsoft 365 answered with a problem of its own while taking the message "
            f"({status} {code}); Microsoft says such a message is sometimes delivered all the "
            "same. mus cannot know whether") in result.output
    assert len(graph.calls) == 1  # not tried again
    again = mail(ws, forms)
    assert "Uncertain, not sent again: the e-mail to lbh@eksempel.dk" in again.output
    assert len(graph.who()) == 5


def test_over_4_mb_is_refused_before_sending(tmp_path: Path, graph: GraphStandIn) -> None:
    item, message = _message(0, attachment=b"\x00" * 2_400_000)  # 4.2 MB as base64 twice
    transport = GraphTransport(lambda: TOKEN, None, base_url=graph.url)
    with SendLog.open(tmp_path / LOG) as log, pytest.raises(Exception) as caught:
        deliver_all([(item, message)], transport, log, pause=0)
    assert str(caught.value).startswith(
        "The e-mail to p0@eksempel.dk would be 4.2 MB, more than the 4 MB Microsoft 365 takes "
        "in one message through Graph. So the e-mail to p0@eksempel.dk")
    assert "--m365 --smtp smtp.office365.com:587 takes up to 35 MB" in str(caught.value)
    assert graph.calls == []
    just_under = _message(1, attachment=b"\x00" * 2_250_000)  # 3.9 MB
    with SendLog.open(tmp_path / LOG) as log:
        assert deliver_all([just_under], transport, log, pause=0).sent == 1
    assert len(graph.delivered()) == 1


def test_graph_cannot_be_reached(tmp_path: Path) -> None:
    from tests.mail.servers import free_port

    transport = GraphTransport(lambda: TOKEN, None, base_url=f"http://127.0.0.1:{free_port()}")
    with SendLog.open(tmp_path / LOG) as log, pytest.raises(Exception) as caught:
        deliver_all([_message(0)], transport, log, pause=0)
    assert str(caught.value).startswith("Microsoft 365 (127.0.0.1:")
    assert "cannot be reached" in str(caught.value)
    assert read_entries(tmp_path / LOG)["k0"].state == "open"  # not uncertain: it never left


def test_drafts_in_mailbox_needs_microsoft_365_and_not_smtp(
        ws: Workspace, forms: GenerateResult, graph: GraphStandIn) -> None:
    result = mail(ws, forms, "--drafts-in-mailbox", "--smtp", "smtp.office365.com:587")
    assert result.exit_code == 1
    assert result.output == (
        "Error: --drafts-in-mailbox makes drafts in the mailbox through Microsoft Graph and "
        "sends nothing, so it does not go with --smtp. Leave out one of them.\n")


def _message(n: int, attachment: bytes = b"PK") -> tuple[Planned, EmailMessage]:
    entry = Entry(str(n), f"P {n}", "employee", f"{n}.docx", "da", "", "", "", "")
    item = Planned(f"k{n}", entry, Employee(str(n), f"P {n}"), f"P {n}", f"p{n}@eksempel.dk",
                   (), False)
    message = EmailMessage()
    message["From"] = "hr@eksempel.dk"
    message["To"] = item.to_address
    message["Subject"] = f"MUS {n}"
    message["Message-ID"] = f"<{n}@eksempel.dk>"
    message.set_content("Kære P")
    message.add_attachment(attachment, maintype="application", subtype="octet-stream",
                           filename=entry.file)
    return item, message



def test_user_without_smtp_means_nothing_and_says_so(ws: Workspace, forms: GenerateResult,
                                                      graph: GraphStandIn) -> None:
    result = mail(ws, forms, "--user", "hr@eksempel.dk")
    assert (result.exit_code, result.output) == (1, (
        "Error: --user is for signing in to a mail server given with --smtp; without --smtp it "
        "would mean nothing. Add --smtp HOST:PORT or leave out --user.\n"))
    assert graph.calls == []


def test_from_python_with_a_token_provider_of_ones_own(ws: Workspace, forms: GenerateResult,
                                                       graph: GraphStandIn) -> None:
    from pipeline.mail.run import MailOptions, run_mail

    result = run_mail(MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail",
                                  sender=SENDER, pause=0, token=lambda: TOKEN,
                                  graph_url=graph.url))
    assert (result.sent, result.way) == (6, "Microsoft 365")
    assert_each_once(graph, forms)
