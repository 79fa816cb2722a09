"""Non-delivery reports read and matched to the send log (issue 22, item 2): the report format
itself, and `mus mail --bounces --imap` against a loopback IMAP server with the standard
library's imaplib as the client."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.mail.bounces import read_report
from pipeline.mail.codes import ADDRESS, LIMIT, OTHER, SENDER, WAIT, kind_of
from pipeline.mail.sendlog import LOG, read_entries
from pipeline.workspace import Workspace
from tests.mail.imap_server import Mailbox, serve_imap
from tests.mail.servers import PASSWORD, Inbox, ndr, parsed
from tests.mail.test_smtp_oauth import assert_no_secret_anywhere

FROM = "hr@eksempel.dk"
GMAIL_LIMIT = "smtp;550 5.4.5 Daily user sending limit exceeded - gsmtp"
NO_SUCH_USER = ("smtp;550 5.1.1 The email account that you tried to reach does not exist. - "
                "gsmtp")


@pytest.mark.parametrize(("text", "kind"), [
    ("550 5.1.90 Your message can't be sent because you've reached your daily limit for "
     "message recipients", LIMIT),
    ("554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException", LIMIT),
    ("550 5.7.232 Your message can't be sent because your trial tenant has exceeded its daily "
     "limit for sending email to external recipients", LIMIT),
    ("550 5.7.233 tenant has exceeded its external recipient rate limit", LIMIT),
    ("550 5.4.5 Daily user sending limit exceeded", LIMIT),
    ("550 5.1.8 Access denied, bad outbound sender", SENDER),
    ("550 5.7.1 Delivery not authorized", SENDER),
    ("432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded", WAIT),
    ("550 5.1.10 RESOLVER.ADR.RecipientNotFound", ADDRESS),
    ("550 5.1.1 User unknown", ADDRESS),
    ("552 5.2.2 The email account that you tried to reach is over quota", OTHER),
    ("452 4.2.2 The email account that you tried to reach is over quota", OTHER),
])
def test_what_a_refusal_is_about(text: str, kind: str) -> None:
    assert kind_of(text) == kind


def test_a_report_names_the_message_and_only_failed_recipients() -> None:
    original = parsed(b"From: hr@eksempel.dk\r\nTo: a@eksempel.dk\r\nCc: b@eksempel.dk\r\n"
                      b"Subject: MUS\r\nMessage-ID: <mus.abc@eksempel.dk>\r\n\r\nHej\r\n")
    [bounce] = read_report(ndr(original, "b@eksempel.dk", "5.1.1", NO_SUCH_USER))
    assert bounce.message_ids == {"<mus.abc@eksempel.dk>"}
    assert (bounce.recipient, bounce.status) == ("b@eksempel.dk", "5.1.1")
    assert bounce.reason.startswith("550 5.1.1 The email account")
    reply = (b"From: a@eksempel.dk\r\nTo: hr@eksempel.dk\r\nSubject: Re: MUS\r\n"
             b"In-Reply-To: <mus.abc@eksempel.dk>\r\n\r\nHer er mit skema\r\n")
    assert read_report(reply) == []  # a reply about our message is not a report


def bounces(ws: Workspace, port: int, *args: str) -> Result:
    return CliRunner().invoke(main, [
        "--dir", str(ws.root), "mail", "--bounces", "--imap", f"127.0.0.1:{port}", "--security",
        "none", "--user", FROM, "--sender", FROM, *args])


def test_bounces_through_imap(ws: Workspace, forms: GenerateResult, inbox: tuple[Inbox, int],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    handler, port = inbox
    smtp = ["--dir", str(ws.root), "mail", "--forms", str(forms.out), "--smtp",
            f"127.0.0.1:{port}", "--security", "none", "--sender", FROM, "--pause", "0"]
    assert CliRunner().invoke(main, smtp).exit_code == 0
    by_to = {m["To"].addresses[0].addr_spec: m for _, _, m in handler.received}
    now = time.strftime("%d-%b-%Y %H:%M:%S +0000", time.gmtime())
    reply = (b"From: lbh@eksempel.dk\r\nTo: hr@eksempel.dk\r\nSubject: Re: MUS\r\nIn-Reply-To: "
             + str(by_to["lbh@eksempel.dk"]["Message-ID"]).encode() +
             b"\r\nContent-Type: text/plain\r\n\r\nHer er mit skema\r\n")
    box = Mailbox(messages=[
        (reply, now),
        (ndr(by_to["jeh@eksempel.dk"], "jeh@eksempel.dk", "5.1.1", NO_SUCH_USER), now),
        (ndr(by_to["hkj@eksempel.dk"], "hkj@eksempel.dk", "5.4.5", GMAIL_LIMIT), now)])
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    for imap in serve_imap(box):
        refused = bounces(ws, imap)  # a password in clear: only for a trusted server
        assert refused.exit_code == 1 and "--allow-plain-password" in refused.output
        found = bounces(ws, imap, "--allow-plain-password")
        assert found.exit_code == 0, found.output
        assert found.output.startswith(
            "Read 2 non-delivery report(s); 2 e-mail(s) newly marked as bounced in the send log "
            f"{ws.output_dir / 'mail' / LOG}.\n1 came back because the sender had reached a "
            "limit")
        assert ("Bad address: the e-mail to jeh@eksempel.dk (employee 1007, employee's form) "
                "came back as undeliverable (550 5.1.1 The email account that you tried to "
                "reach does not exist. - gsmtp).") in found.output
        assert not any(c.upper().startswith(("STORE", "SELECT", "EXPUNGE", "COPY"))
                       for c in box.commands)  # read-only: EXAMINE, and PEEK only
        assert any(c.startswith("EXAMINE") for c in box.commands)
        assert all("PEEK" in c for c in box.commands if c.startswith("FETCH"))
        again = bounces(ws, imap, "--allow-plain-password")
        assert "0 e-mail(s) newly marked as bounced in the send log" in again.output
        assert "(2 more had been marked before)" in again.output
    states = {e.to: e.state for e in read_entries(ws.output_dir / "mail" / LOG).values()}
    assert states["jeh@eksempel.dk"] == states["hkj@eksempel.dk"] == "bounced"
    assert states["lbh@eksempel.dk"] == "sent"  # the reply is not a report
    resent = CliRunner().invoke(main, smtp)
    assert resent.exit_code == 0, resent.output
    assert "Sent 1 e-mail(s)" in resent.output
    assert [m["To"].addresses[0].addr_spec for _, _, m in handler.received][-1] == (
        "hkj@eksempel.dk")
    assert "Bad address: the e-mail to jeh@eksempel.dk" in resent.output
    assert len(handler.received) == 7  # six, and the one that hit the limit, once more
    assert_no_secret_anywhere(ws, found.output, again.output, resent.output)
