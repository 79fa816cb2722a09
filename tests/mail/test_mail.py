"""Mail against a real SMTP server on localhost (aiosmtpd): every message received and checked,
a server that fails halfway, a re-run that sends only the rest, and drafts parsed back."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import MailError
from pipeline.forms.generate import GenerateResult
from pipeline.mail.run import MailOptions, run_mail
from pipeline.mail.smtp import Smtp
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import Workspace
from tests.mail.servers import Inbox, free_port


def options(ws: Workspace, forms: GenerateResult, **kw: Any) -> MailOptions:
    return MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail", **kw)


def test_every_message_received_intact(ws: Workspace, forms: GenerateResult,
                                       inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    result = run_mail(options(ws, forms, smtp=Smtp("127.0.0.1", port, "none"),
                              sender="HR Afdelingen <hr@eksempel.dk>", pause=0,
                              cc_leader=True))
    # Two employees with valid addresses, and four leader's forms (1008 and 1009 have no valid
    # address of their own, but their leader has).
    assert result.sent == 6
    assert [(s.employee_id, s.kind) for s in result.skipped] == [
        ("1008", "employee"), ("1009", "employee")]
    assert 'the e-mail address "forkert@" in row 5 is not valid' in result.skipped[1].reason
    by_to = {m["To"].addresses[0].addr_spec + ":" + m["Subject"]: (rcpt, m)
             for _, rcpt, m in handler.received}
    rcpt, laerke = by_to["lbh@eksempel.dk:MUS 2027: dit forberedelsesskema"]
    assert sorted(rcpt) == ["hkj@eksempel.dk", "lbh@eksempel.dk"]  # the leader in copy
    assert laerke["To"].addresses[0].display_name == "Lærke Bjørn/Holm"
    assert laerke["From"].addresses[0].display_name == "HR Afdelingen"
    body = laerke.get_body(("plain",))
    assert body is not None and "Kære Lærke" in body.get_content()
    [attachment] = list(laerke.iter_attachments())
    assert attachment.get_filename() == "1005_Lærke_Bjørn-Holm.docx"
    assert attachment.get_content() == (forms.out / "1005_Lærke_Bjørn-Holm.docx").read_bytes()
    assert "X-Unsent" not in laerke
    english = next(m for key, (_, m) in by_to.items() if key.startswith("jeh@"))
    assert english["Subject"] == "Development review 2027: your preparation form"
    # Jens writes English; his leader Morten Dahl (not on the list: the default language)
    # gets his own form and mail about Jens in Danish.
    leader = next(m for key, (_, m) in by_to.items() if key.startswith("mda@"))
    assert leader["Subject"] == "MUS 2027: din forberedelse til samtalen med Jens Hansen"


def test_failure_halfway_then_rerun_sends_only_the_rest(
        ws: Workspace, forms: GenerateResult, inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    handler.fail_after = 2
    opts = options(ws, forms, smtp=Smtp("127.0.0.1", port, "none"), sender="hr@eksempel.dk",
                   pause=0)
    with pytest.raises(MailError, match=r"2 message\(s\) were sent before it") as caught:
        run_mail(opts)
    assert "451" in str(caught.value)
    first = [(m["To"].addresses[0].addr_spec, m["Subject"]) for _, _, m in handler.received]
    assert len(first) == 2
    handler.fail_after = None
    again = run_mail(opts)
    assert (again.sent, again.already_sent) == (4, 2)
    everything = [(m["To"].addresses[0].addr_spec, m["Subject"]) for _, _, m in handler.received]
    assert len(everything) == len(set(everything)) == 6  # nobody got a form twice
    third = run_mail(opts)
    assert (third.sent, third.already_sent) == (0, 6)
    assert len(handler.received) == 6


def test_unreachable_server(ws: Workspace, forms: GenerateResult) -> None:
    with pytest.raises(MailError, match=r"Could not connect to the mail server 127\.0\.0\.1"):
        run_mail(options(ws, forms, smtp=Smtp("127.0.0.1", free_port(), "none", timeout=2),
                         sender="hr@eksempel.dk", pause=0))


def test_drafts_parse_back_as_unsent_messages(ws: Workspace, forms: GenerateResult) -> None:
    result = run_mail(options(ws, forms))
    assert sorted(p.name for p in result.drafts) == [
        "1005_Lærke_Bjørn-Holm.eml", "1005_Lærke_Bjørn-Holm_leder.eml",
        "1007_Jens_Hansen.eml", "1007_Jens_Hansen_leder.eml", "1008_Uden_Mail_leder.eml",
        "1009_Forkert_Mail_leder.eml"]
    draft = email.message_from_bytes(result.drafts[0].read_bytes(), policy=email.policy.default)
    assert isinstance(draft, EmailMessage)
    assert draft["X-Unsent"] == "1" and "From" not in draft
    assert draft["To"].addresses[0].addr_spec == "lbh@eksempel.dk"
    [attachment] = list(draft.iter_attachments())
    assert attachment.get_content() == (forms.out / "1005_Lærke_Bjørn-Holm.docx").read_bytes()
    assert not (ws.output_dir / "mail" / "mail-log.jsonl").exists()  # drafts are not sending


def test_reminder_only_to_those_missing(ws: Workspace, forms: GenerateResult,
                                       inbox: tuple[Inbox, int], tmp_path: Path) -> None:
    handler, port = inbox
    returned = tmp_path / "returned"
    returned.mkdir()
    (returned / "svar.docx").write_bytes(fill_by_tag(
        (forms.out / "1005_Lærke_Bjørn-Holm.docx").read_bytes(), {"mus:q:N1": "4 – I høj grad"}))
    result = run_mail(options(ws, forms, reminder=True, returned=returned,
                              smtp=Smtp("127.0.0.1", port, "none"), sender="hr@eksempel.dk",
                              pause=0))
    assert result.sent == 5  # all but Lærke's own form, which came back
    subjects = sorted((m["To"].addresses[0].addr_spec, m["Subject"])
                      for _, _, m in handler.received)
    assert subjects == [
        ("hkj@eksempel.dk", "Påmindelse: MUS 2027: din forberedelse til samtalen med Lærke "
                            "Bjørn/Holm"),
        ("jeh@eksempel.dk", "Reminder: development review 2027, preparation form"),
        ("mda@eksempel.dk", "Påmindelse: MUS 2027: din forberedelse til samtalen med "
                            "Forkert Mail"),
        ("mda@eksempel.dk", "Påmindelse: MUS 2027: din forberedelse til samtalen med "
                            "Jens Hansen"),  # Jens writes English; his leader reads Danish
        ("mda@eksempel.dk", "Påmindelse: MUS 2027: din forberedelse til samtalen med Uden Mail")]


def test_password_only_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MUS_SMTP_PASSWORD", raising=False)
    with pytest.raises(MailError, match="environment variable MUS_SMTP_PASSWORD is empty"):
        Smtp.parse("smtp.example.dk:587", "starttls", "hr")
    monkeypatch.setenv("MUS_SMTP_PASSWORD", "hemmelig")
    assert Smtp.parse("smtp.example.dk:587", "starttls", "hr").password == "hemmelig"
    with pytest.raises(MailError, match="HOST:PORT"):
        Smtp.parse("smtp.example.dk", "starttls", None)


def test_cli_dry_run(ws: Workspace, forms: GenerateResult) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms",
                                       str(forms.out), "--dry-run", "--cc-leader"])
    assert result.exit_code == 0
    assert ("Not mailed: 1008 Uden Mail (employee's form): has no e-mail address (row 4). "
            "Correct the employee list and run again.") in result.output
    assert ("Would send to lbh@eksempel.dk (cc hkj@eksempel.dk): MUS 2027: dit "
            "forberedelsesskema [1005_Lærke_Bjørn-Holm.docx]") in result.output
    assert result.output.endswith(
        "Dry run: 6 e-mail(s) would go out to 8 recipients (the copies to leaders count); "
        "nothing was written or sent.\n")
    assert not (ws.output_dir / "mail").exists()
