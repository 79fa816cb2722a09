"""Addresses with Danish letters: after the @ (an IDN domain) they go out in ASCII form; before
the @ they are not mailed, and `mus check` says so beforehand (issue 22, item 7)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.mail.addresses import address_problem, ascii_address
from pipeline.mail.run import MailOptions, run_mail
from pipeline.mail.smtp import Smtp
from pipeline.workspace import Workspace
from tests.helpers import employees_xlsx
from tests.mail.servers import Inbox


def _season(ws: Workspace) -> Path:
    employees_xlsx(ws.employees, rows=[
        (1005, "Jørgen Ødegaard", "jørgen@eksempel.dk", "Økonomi", "", "Hanne Kjær",
         "hkj@bjørnø.dk", None, "da"),
        (1007, "Jens Hansen", "jens@bjørnø.dk", "IT", "", "Søren Møller",
         "søren@eksempel.dk", None, "da"),
    ])
    return generate(GenerateOptions(ws.employees, ws.questions, ws.output_dir / "forms",
                                    jobs=1)).out


def test_the_rule() -> None:
    assert address_problem("jens@bjørnø.dk") is None
    assert ascii_address("jens@bjørnø.dk") == "jens@xn--bjrn-hrac.dk"
    assert ascii_address("jens@eksempel.dk") == "jens@eksempel.dk"
    assert address_problem("jørgen@eksempel.dk") == (
        "has letters outside a–z before the @ (ø), which most mail systems (Microsoft 365 "
        "among them) do not take")


def test_idn_domains_go_in_ascii_and_local_parts_with_letters_are_skipped(
        ws: Workspace, inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    forms = _season(ws)
    result = run_mail(MailOptions(
        forms, ws.employees, ws.questions, ws.output_dir / "mail",
        smtp=Smtp("127.0.0.1", port, "none"), sender="HR <hr@kommune-æ.dk>", pause=0,
        cc_leader=True))
    assert result.sent == 2  # Jens's form and the leader's form for Jørgen to Hanne
    assert [(s.employee_id, s.kind, s.reason) for s in result.skipped] == [
        ("1005", "employee", 'the e-mail address "jørgen@eksempel.dk" in row 2 has letters '
         "outside a–z before the @ (ø), which most mail systems (Microsoft 365 among them) do "
         "not take"),
        ("1007", "copy", 'the leader\'s e-mail address "søren@eksempel.dk" in row 3 has letters '
         "outside a–z before the @ (ø), which most mail systems (Microsoft 365 among them) do "
         "not take; the e-mail goes without the copy"),
        ("1007", "leader", 'the leader\'s e-mail address "søren@eksempel.dk" in row 3 has '
         "letters outside a–z before the @ (ø), which most mail systems (Microsoft 365 among "
         "them) do not take")]
    envelopes = sorted((frm, tuple(rcpt)) for frm, rcpt, _ in handler.received)
    assert envelopes == [("hr@xn--kommune--q0a.dk", ("hkj@xn--bjrn-hrac.dk",)),
                         ("hr@xn--kommune--q0a.dk", ("jens@xn--bjrn-hrac.dk",))]
    for _, _, message in handler.received:
        assert message["From"].addresses[0].addr_spec == "hr@xn--kommune--q0a.dk"
        assert str(message["Message-ID"]).endswith("@xn--kommune--q0a.dk>")
        assert message["To"].addresses[0].addr_spec.isascii()


def test_mus_check_says_so_beforehand_and_mail_says_it_in_plain_words(ws: Workspace) -> None:
    forms = _season(ws)
    check = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert check.exit_code == 0, check.output
    assert ('row 2, column "E-mail": The e-mail address "jørgen@eksempel.dk" of employee 1005 '
            "has letters outside a–z before the @ (ø), which most mail systems (Microsoft 365 "
            "among them) do not take, so mus mail will not send to it. Correct the address (IT "
            "knows the plain form of it).") in check.output
    assert ('column "Leders e-mail": The leader\'s e-mail address "søren@eksempel.dk" (row 3) '
            "has letters") in check.output
    assert "2 warning(s)" in check.output  # a Danish domain (bjørnø.dk) is fine
    dry = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms),
                                    "--dry-run", "--cc-leader"])
    assert dry.exit_code == 0, dry.output
    assert ('Not mailed: 1005 Jørgen Ødegaard (employee\'s form): the e-mail address '
            '"jørgen@eksempel.dk" in row 2 has letters outside a–z before the @ (ø)') in dry.output
    assert ("No copy to the leader: 1007 Jens Hansen: the leader's e-mail address "
            '"søren@eksempel.dk" in row 3 has letters') in dry.output
    assert "Would send to jens@xn--bjrn-hrac.dk" in dry.output
    assert "unexpected" not in dry.output.lower()


def test_a_sender_with_letters_before_the_at_is_refused_plainly(
        ws: Workspace, inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    forms = _season(ws)
    result = CliRunner().invoke(main, [
        "--dir", str(ws.root), "mail", "--forms", str(forms), "--smtp", f"127.0.0.1:{port}",
        "--security", "none", "--sender", "HR <personaleafdelingen.æøå@eksempel.dk>"])
    assert (result.exit_code, result.output) == (1, (
        'Error: The sender address "personaleafdelingen.æøå@eksempel.dk" has letters outside '
        "a–z before the @ (åæø), which most mail systems (Microsoft 365 among them) do not "
        "take. Give --sender with the mailbox's address in plain letters (IT knows it).\n"))
    assert handler.received == []
