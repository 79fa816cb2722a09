"""SMTP as Exchange Online and Google Workspace run it in 2027: AUTH XOAUTH2 with a token, and
passwords refused. Against a loopback server that answers like Exchange Online."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.errors import MailError
from pipeline.forms.generate import GenerateResult
from pipeline.mail.auth import M365
from pipeline.mail.run import MailOptions, run_mail
from pipeline.mail.smtp import Smtp
from pipeline.workspace import Workspace
from tests.mail.servers import PASSWORD, TOKEN, Inbox, serve

CLIENT_ID = "3f2a1b0c-5d4e-4f60-8a7b-9c0d1e2f3a4b"
SENDER = "HR Afdelingen <hr@eksempel.dk>"


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """msal's sign-in replaced by a token provider (the real one is tested in test_auth)."""
    calls: list[tuple[str, str]] = []

    def sign_in(config: M365, purpose: str, mailbox: str,
                notify: Callable[[str], None], **how: bool) -> Callable[[], str]:
        calls.append((purpose, mailbox))
        return lambda: TOKEN

    monkeypatch.setattr("pipeline.mail.run.sign_in", sign_in)
    monkeypatch.setenv("MUS_M365_CLIENT_ID", CLIENT_ID)
    return calls


def mail(ws: Workspace, forms: GenerateResult, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms.out),
                                     "--pause", "0", *args])


def assert_no_secret_anywhere(ws: Workspace, *outputs: str) -> None:
    """No token or password in any file of the working folder, nor in what was printed."""
    secrets = [TOKEN, PASSWORD, base64.b64encode(TOKEN.encode()).decode()[:40], TOKEN[-40:]]
    for path in Path(ws.root).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                assert secret.encode() not in data, f"a secret in {path}"
    for output in outputs:
        for secret in secrets:
            assert secret not in output


def test_every_form_reaches_its_owner_once_through_smtp_xoauth2(
        ws: Workspace, forms: GenerateResult, exchange: tuple[Inbox, int],
        signed_in: list[tuple[str, str]]) -> None:
    handler, port = exchange
    handler.fail_after = 4  # a failure halfway ...
    first = mail(ws, forms, "--m365", "--smtp", f"127.0.0.1:{port}", "--security", "none",
                 "--sender", SENDER)
    assert first.exit_code == 1
    assert "asked mus to try again later (451 4.3.0" in first.output
    assert "4 message(s) were sent before it in this run" in first.output
    handler.fail_after = None  # ... and a re-run
    again = mail(ws, forms, "--m365", "--smtp", f"127.0.0.1:{port}", "--security", "none",
                 "--sender", SENDER)
    assert again.exit_code == 0, again.output
    assert (f"Sent 2 e-mail(s) through the mail server 127.0.0.1:{port}; 4 had been sent "
            "before (see the send log) and were not sent again.") in again.output
    assert len(handler.who()) == len(set(handler.who())) == 6
    assert {frm for frm, _, _ in handler.received} == {"hr@eksempel.dk"}
    assert signed_in == [("smtp", "hr@eksempel.dk"), ("smtp", "hr@eksempel.dk")]
    assert handler.auth_lines[0] == f"user=hr@eksempel.dk\x01auth=Bearer {TOKEN}\x01\x01".encode()
    assert_no_secret_anywhere(ws, first.output, again.output)


def test_a_token_exchange_does_not_take(ws: Workspace, forms: GenerateResult,
                                        exchange: tuple[Inbox, int],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    handler, port = exchange
    monkeypatch.setattr("pipeline.mail.run.sign_in", lambda *a, **k: lambda: "expired-token")
    monkeypatch.setenv("MUS_M365_CLIENT_ID", CLIENT_ID)
    result = mail(ws, forms, "--m365", "--smtp", f"127.0.0.1:{port}", "--security", "none",
                  "--sender", SENDER)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: The mail server 127.0.0.1:{port} did not accept the Microsoft 365 sign-in for "
        "hr@eksempel.dk (535 5.7.3 Authentication unsuccessful "
        "[AM0PR02CA0001.eurprd02.prod.outlook.com]). Nothing was sent. Ask IT to turn SMTP "
        "AUTH on for this one mailbox (Set-CASMailbox -Identity hr@eksempel.dk "
        "-SmtpClientAuthenticationDisabled $false) and to check that the app registration has "
        "the delegated permission SMTP.Send; or leave out --smtp, and mus sends through "
        "Microsoft Graph instead.\n")
    assert handler.received == []


@pytest.mark.parametrize(("refusal", "words"), [
    ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
     "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
     "signing in with a user name and password (SMTP AUTH) is turned off for this mailbox or "
     "for the whole organisation, as Microsoft now does by default."),
    ("550 5.7.30 Basic authentication is not supported for Client Submission.",
     "basic authentication (a user name and password) is turned off."),
])
def test_a_password_is_refused_as_exchange_online_refuses_it(
        ws: Workspace, forms: GenerateResult, monkeypatch: pytest.MonkeyPatch,
        refusal: str, words: str) -> None:
    handler = Inbox(auth="exchange", mailbox="hr@eksempel.dk", basic_refusal=refusal)
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    for port in serve(handler):
        result = mail(ws, forms, "--smtp", f"127.0.0.1:{port}", "--security", "none",
                      "--sender", SENDER, "--user", "hr@eksempel.dk", "--allow-plain-password")
        assert result.exit_code == 1
        assert result.output == (
            f"Error: Microsoft 365 refused the sign-in ({refusal}): {words} Nothing was sent. "
            "Use --m365 instead: mus then signs in the way Microsoft 365 requires (see "
            '"Microsoft 365" in the README).\n')
        assert "Check the address, port" not in result.output  # not the wrong place to look
        assert_no_secret_anywhere(ws, result.output)


def test_not_allowed_to_send_as_another_mailbox(ws: Workspace, forms: GenerateResult,
                                                exchange: tuple[Inbox, int],
                                                signed_in: list[tuple[str, str]]) -> None:
    handler, port = exchange
    result = mail(ws, forms, "--m365", "--smtp", f"127.0.0.1:{port}", "--security", "none",
                  "--sender", "Direktionen <direktion@eksempel.dk>", "--user",
                  "hr@eksempel.dk")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: The mail server 127.0.0.1:{port} does not allow hr@eksempel.dk to send as the "
        "sender given with --sender (550 5.7.60 SMTP; Client does not have permissions to "
        "send as this sender). So the e-mail to lbh@eksempel.dk with the form for employee "
        "1005 (1005_Lærke_Bjørn-Holm.docx) was not sent. No message was sent in this run. Use "
        "--sender with the address of the mailbox that signs in, or ask IT to give "
        'hr@eksempel.dk the right "Send as" on the sender\'s mailbox. Then run the same command '
        "again: only what is left is sent.\n")
    assert handler.received == []


def test_google_workspace_with_a_token_from_the_environment(
        ws: Workspace, forms: GenerateResult, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = Inbox(auth="exchange", token=TOKEN, mailbox="hr@eksempel.dk")
    monkeypatch.delenv("MUS_SMTP_PASSWORD", raising=False)
    monkeypatch.setenv("MUS_SMTP_OAUTH_TOKEN", TOKEN)
    for port in serve(handler):
        result = mail(ws, forms, "--smtp", f"127.0.0.1:{port}", "--security", "none",
                      "--sender", SENDER, "--user", "hr@eksempel.dk")
        assert result.exit_code == 0, result.output
        assert len(handler.received) == 6
        assert_no_secret_anywhere(ws, result.output)


def test_google_refuses_an_ordinary_password(ws: Workspace, forms: GenerateResult) -> None:
    handler = Inbox(auth="exchange", basic_refusal="535-5.7.8 Username and Password not "
                    "accepted. For more information, go to\r\n535 5.7.8  "
                    "https://support.google.com/mail/?p=BadCredentials a1-20020a05 - gsmtp")
    server = Smtp("127.0.0.1", 0, "none", "hr@eksempel.dk", PASSWORD)
    for port in serve(handler):
        with pytest.raises(MailError) as caught:
            run_mail(MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail",
                                 smtp=Smtp(server.host, port, "none", server.user,
                                           server.password, allow_plain_password=True),
                                 sender=SENDER, pause=0))
        assert str(caught.value).startswith(
            "Google refused the sign-in for hr@eksempel.dk (535 5.7.8 Username and Password "
            "not accepted. For more information, go to 5.7.8 https://support.google.com/mail/"
            "?p=BadCredentials a1-20020a05 - gsmtp): Google Workspace no longer takes an "
            "account's ordinary password from programs. Nothing was sent.")
        assert ("Use an app password, Google's SMTP relay or an OAuth token (see \"Google "
                'Workspace" in the README).') in str(caught.value)


def test_plain_password_sign_in_still_works(ws: Workspace, forms: GenerateResult) -> None:
    handler = Inbox(auth="password")
    for port in serve(handler):
        result = run_mail(MailOptions(
            forms.out, ws.employees, ws.questions, ws.output_dir / "mail",
            smtp=Smtp("127.0.0.1", port, "none", "hr@eksempel.dk", PASSWORD,
                      allow_plain_password=True),
            sender=SENDER, pause=0))
        assert result.sent == 6 and len(handler.received) == 6


def test_a_relay_that_wants_a_sign_in(ws: Workspace, forms: GenerateResult,
                                      exchange: tuple[Inbox, int]) -> None:
    port = exchange[1]
    with pytest.raises(MailError) as caught:
        run_mail(MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail",
                             smtp=Smtp("127.0.0.1", port, "none"), sender=SENDER, pause=0))
    assert str(caught.value).startswith(
        f"The mail server 127.0.0.1:{port} wants a sign-in before it sends anything (530 "
        "5.7.57 Client not authenticated to send mail. [AM0PR02CA0001]). So the e-mail to")
    assert "Add --user NAME (with the password in MUS_SMTP_PASSWORD), or use --m365" in str(
        caught.value)


def test_both_a_password_and_a_token_is_a_question_not_a_guess(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("MUS_SMTP_OAUTH_TOKEN", TOKEN)
    with pytest.raises(MailError, match="Both MUS_SMTP_PASSWORD and MUS_SMTP_OAUTH_TOKEN are "
                                        "set: mus does not guess"):
        Smtp.parse("smtp.gmail.com:587", "starttls", "hr@eksempel.dk")


def test_secrets_are_not_in_the_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    server: Any = Smtp.parse("smtp.eksempel.dk:587", "starttls", "hr")
    assert PASSWORD not in repr(server)
    config = M365.configure(CLIENT_ID, None, SENDER, env={"MUS_M365_CLIENT_SECRET": PASSWORD})
    assert PASSWORD not in repr(config) and config.tenant == "eksempel.dk" and config.app_only


def test_starttls_then_xoauth2_as_on_port_587(ws: Workspace, forms: GenerateResult,
                                              tmp_path: Path, signed_in: list[tuple[str, str]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """As Exchange Online on 587: STARTTLS first, AUTH only offered after it. A certificate
    the computer does not trust is a plain message; one it trusts lets every form through."""
    from tests.mail.servers import self_signed

    context, certificate = self_signed(tmp_path)
    handler = Inbox(auth="exchange", mailbox="hr@eksempel.dk")
    for port in serve(handler, tls=context):
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-file.pem"))
        untrusted = mail(ws, forms, "--m365", "--smtp", f"127.0.0.1:{port}", "--sender", SENDER)
        assert untrusted.exit_code == 1
        assert untrusted.output.startswith(
            f"Error: Could not connect to the mail server 127.0.0.1:{port}: the encrypted "
            "connection failed ([SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
        assert ("Check --security: starttls goes with port 587, ssl with port 465."
                in untrusted.output)
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
        trusted = mail(ws, forms, "--m365", "--smtp", f"127.0.0.1:{port}", "--sender", SENDER)
        assert trusted.exit_code == 0, trusted.output
        assert len(handler.who()) == len(set(handler.who())) == 6
        assert_no_secret_anywhere(ws, untrusted.output, trusted.output)


def test_a_password_in_clear_is_refused_unless_the_relay_is_trusted(
        ws: Workspace, forms: GenerateResult, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21, item 8: --security none --user would send the password unencrypted."""
    handler = Inbox(auth="password")
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    for port in serve(handler):
        refused = mail(ws, forms, "--smtp", f"127.0.0.1:{port}", "--security", "none",
                       "--sender", SENDER, "--user", "hr@eksempel.dk")
        assert (refused.exit_code, refused.output) == (1, (
            "Error: --security none with --user would send the password in MUS_SMTP_PASSWORD "
            f"to 127.0.0.1:{port} unencrypted: anyone on the network between this computer and "
            "the server could read it. Use --security starttls (usually port 587) or --security "
            "ssl (port 465). Only for a relay inside your own network that you trust, add "
            "--allow-plain-password.\n"))
        assert handler.received == [] and handler.auth_lines == []
        trusted = mail(ws, forms, "--smtp", f"127.0.0.1:{port}", "--security", "none",
                       "--sender", SENDER, "--user", "hr@eksempel.dk", "--allow-plain-password")
        assert trusted.exit_code == 0, trusted.output
        assert len(handler.who()) == len(set(handler.who())) == 6
        assert_no_secret_anywhere(ws, refused.output, trusted.output)
