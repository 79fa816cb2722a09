"""A season larger than one mailbox's day (issue 22), against loopback stand-ins that enforce a
daily limit, bounce after 202, refuse the sender and throttle: no mail is lost, no one gets a
form twice, HR is told the true state and the time to go on, IT the right permission."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.mail.sendlog import LOG, read_entries
from pipeline.workspace import Workspace
from tests.helpers import employees_xlsx
from tests.mail.servers import GraphStandIn, Inbox
from tests.mail.test_graph import graph  # noqa: F401  (the fixture)
from tests.mail.test_graph import mail as graph_mail
from tests.mail.test_smtp_oauth import assert_no_secret_anywhere

SENDER = "hr@eksempel.dk"
TIME = r"\d\d:\d\d( tomorrow| on \d\d-\d\d-\d{4})?"


def smtp_mail(ws: Workspace, forms: GenerateResult, port: int, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--forms", str(forms.out),
                                     "--smtp", f"127.0.0.1:{port}", "--security", "none",
                                     "--sender", SENDER, "--pause", "0", *args])


def a_day_passes(ws: Workspace) -> None:
    """The clock moves on 25 hours: every line of the send log is a day older."""
    log = ws.output_dir / "mail" / LOG
    lines = []
    for line in log.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        moment = dt.datetime.strptime(data["time"], "%Y-%m-%dT%H:%M:%S%z")
        data["time"] = (moment - dt.timedelta(hours=25)).strftime("%Y-%m-%dT%H:%M:%S%z")
        lines.append(json.dumps(data, ensure_ascii=False))
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_season_over_several_days_stops_before_the_limit_each_day(
        ws: Workspace, forms: GenerateResult, inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    dry = smtp_mail(ws, forms, port, "--cc-leader", "--daily-limit", "3", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert ("Dry run: 6 e-mail(s) would go out to 8 recipients (the copies to leaders count); "
            "nothing was written or sent.") in dry.output
    assert ("Daily limit: the mail server allows 3 recipients in 24 hours from this sender "
            "(--daily-limit changes it); 0 used in the last 24 hours, 8 needed. The season "
            "takes 3 days") in dry.output
    runs = []
    for day in range(3):
        result = smtp_mail(ws, forms, port, "--cc-leader", "--daily-limit", "3")
        assert result.exit_code == 0, result.output
        runs.append(result.output)
        assert handler.rcpts == [3, 6, 8][day]  # never more than 3 recipients a day
        if day < 2:
            assert re.search(r"Daily limit: the mail server allows 3 recipients in 24 hours "
                             r"from this sender, and that is reached\. 2 sent; the rest can go "
                             rf"after {TIME} \({[4, 2][day]} e-mail\(s\)\): run the same "
                             "command again then", result.output), result.output
            again = smtp_mail(ws, forms, port, "--cc-leader", "--daily-limit", "3")
            assert again.exit_code == 0 and handler.rcpts == [3, 6][day]  # nothing fits today
            assert f"Nothing was sent now; {[2, 4][day]} had been sent before" in again.output
            assert "0 sent; the rest" in again.output
            a_day_passes(ws)
    assert "Daily limit" not in runs[-1]
    assert len(handler.who()) == len(set(handler.who())) == 6


def test_graph_takes_past_the_limit_and_the_reports_bring_them_back(
        ws: Workspace, forms: GenerateResult, graph: GraphStandIn) -> None:  # noqa: F811
    """Graph answers 202 before Exchange has looked; past the tenant's day the rest bounce
    later. `--bounces` finds them, the next run sends exactly those, once."""
    graph.daily_limit = 4
    first = graph_mail(ws, forms)
    assert first.exit_code == 0, first.output
    assert len(graph.arrived()) == 4 and len(graph.bounced) == 2
    found = graph_mail(ws, forms, "--bounces")
    assert found.exit_code == 0, found.output
    assert found.output.startswith(
        "Read 2 non-delivery report(s); 2 e-mail(s) newly marked as bounced in the send log "
        f"{ws.output_dir / 'mail' / LOG}.\n2 came back because the sender had reached a limit "
        "(or was blocked): the next `mus mail` (the same command without --bounces) sends them "
        "again, within the daily limit.\n")
    assert graph.reads[0].startswith("/v1.0/me/messages?%24filter=singleValueExtendedProperties")
    assert len([r for r in graph.reads if r.endswith("/$value")]) == 2
    bounced = [e for e in read_entries(ws.output_dir / "mail" / LOG).values()
               if e.state == "bounced"]
    assert {e.problem for e in bounced} == {"limit"}
    assert all("SubmissionQuotaExceededException" in e.reason for e in bounced)
    graph.new_day()
    second = graph_mail(ws, forms)
    assert second.exit_code == 0, second.output
    assert ("Sent 2 e-mail(s) through Microsoft 365; 4 had been sent before (see the send log) "
            "and were not sent again; 2 that had come back") in second.output
    assert len(graph.arrived()) == len(set(graph.arrived())) == 6  # all, each once
    third = graph_mail(ws, forms, "--bounces")  # the old reports are not about the new sending
    assert "0 e-mail(s) newly marked as bounced" in third.output
    assert "(2 more had been marked before)" not in third.output
    assert "Nothing left to send: all 6 e-mail(s)" in graph_mail(ws, forms).output
    assert_no_secret_anywhere(ws, first.output, found.output, second.output, third.output)


def test_a_bad_address_is_listed_and_goes_again_only_when_corrected(
        ws: Workspace, forms: GenerateResult, graph: GraphStandIn) -> None:  # noqa: F811
    graph.bad_addresses = {"jeh@eksempel.dk"}
    assert graph_mail(ws, forms).exit_code == 0
    found = graph_mail(ws, forms, "--bounces")
    words = ("Bad address: the e-mail to jeh@eksempel.dk (employee 1007, employee's form) came "
             "back as undeliverable (550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
             "found by SMTP address lookup). Correct the address in the employee list and run "
             "the same command again: it goes to the corrected address.")
    assert words in found.output
    again = graph_mail(ws, forms)
    assert ("Nothing left to send: 5 e-mail(s) had been sent before and 1 came back "
            "(below).") in again.output
    assert words in again.output and len(graph.delivered()) == 6
    employees_xlsx(ws.employees, rows=[
        (1005, "Lærke Bjørn/Holm", "lbh@eksempel.dk", "Økonomi", "Elev", "Hanne Kjær",
         "hkj@eksempel.dk", None, "da"),
        (1007, "Jens Hansen", "jens.hansen@eksempel.dk", "IT", "Udvikler", "Morten Dahl",
         "mda@eksempel.dk", None, "en"),
        (1008, "Uden Mail", "", "IT", "", "Morten Dahl", "mda@eksempel.dk", None, ""),
        (1009, "Forkert Mail", "forkert@", "IT", "", "Morten Dahl", "mda@eksempel.dk", None, ""),
    ])
    corrected = graph_mail(ws, forms)
    assert "Sent 1 e-mail(s) through Microsoft 365" in corrected.output, corrected.output
    assert graph.arrived()[-1][0] == "jens.hansen@eksempel.dk"
    assert len(graph.arrived()) == len(set(graph.arrived())) == 6


def test_a_sender_blocked_stops_at_once(ws: Workspace, forms: GenerateResult,
                                        inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    handler.sender_refusal = "550 5.1.8 Access denied, bad outbound sender AS(42004)"
    result = smtp_mail(ws, forms, port)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: The mail server 127.0.0.1:{port} has blocked hr@eksempel.dk from sending (550 "
        "5.1.8 Access denied, bad outbound sender AS(42004)). So the e-mail to lbh@eksempel.dk "
        "with the form for employee 1005 (1005_Lærke_Bjørn-Holm.docx) was not sent. No message "
        "was sent in this run. Ask IT why the mailbox is blocked from sending. Then run the same "
        "command again: only what is left is sent.\n")
    assert handler.mails == 1  # nothing more was attempted
    handler.sender_refusal = None  # IT released it
    assert smtp_mail(ws, forms, port).exit_code == 0
    assert len(handler.who()) == len(set(handler.who())) == 6


def test_a_policy_refusal_at_the_address_is_about_the_sender(
        ws: Workspace, forms: GenerateResult, inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    handler.rcpt_refusal = ("550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked "
                            "using Spamhaus")
    result = smtp_mail(ws, forms, port)
    assert result.exit_code == 1
    assert (f"Error: The mail server 127.0.0.1:{port} refused to take mail from hr@eksempel.dk "
            "under a policy (550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked "
            "using Spamhaus). It would refuse every further e-mail the same way.") in result.output
    assert "Correct the address" not in result.output
    assert handler.mails == 1


def test_several_addresses_refused_in_a_row_stop_the_run(
        ws: Workspace, forms: GenerateResult, inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    handler.rcpt_refusal = "550 5.1.1 User unknown"
    result = smtp_mail(ws, forms, port)
    assert result.exit_code == 1
    assert (f"Error: The mail server 127.0.0.1:{port} refused 3 addresses in a row "
            "(lbh@eksempel.dk, hkj@eksempel.dk, jeh@eksempel.dk); the last answer: The mail "
            f"server 127.0.0.1:{port} refused the address jeh@eksempel.dk (550 5.1.1 User "
            "unknown). Several in a row is more likely about the sender than about the "
            "addresses, so mus stopped and tried nothing more.") in result.output
    assert handler.mails == 3
    handler.rcpt_refusal = None
    again = smtp_mail(ws, forms, port)
    assert again.exit_code == 0, again.output
    assert [to for to, _ in handler.who()][-3:] == ["lbh@eksempel.dk", "hkj@eksempel.dk",
                                                    "jeh@eksempel.dk"]  # refused before: last
    assert len(handler.who()) == len(set(handler.who())) == 6


def test_too_many_connections_is_waited_out(ws: Workspace, forms: GenerateResult,
                                            inbox: tuple[Inbox, int],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.mail.transport.WAITS", (0.05, 0.05, 0.05, 0.05))
    handler, port = inbox
    handler.busy = ["432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded"] * 2
    result = smtp_mail(ws, forms, port)
    assert result.exit_code == 0, result.output
    assert (f"The mail server 127.0.0.1:{port} has too many connections or messages from this "
            "mailbox at once (432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded). "
            "mus waits 1 minute(s) and tries again.") in result.output
    assert "tomorrow" not in result.output
    assert len(handler.who()) == len(set(handler.who())) == 6


def test_the_servers_own_limit_says_when_to_go_on(ws: Workspace, forms: GenerateResult,
                                                  inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    handler.daily_limit = 4
    result = smtp_mail(ws, forms, port)
    assert result.exit_code == 1
    assert (f"Error: The mail server 127.0.0.1:{port} will not send more from this mailbox for "
            "now: it has reached its sending limit (550 5.4.5 Daily user sending limit "
            "exceeded.") in result.output
    assert re.search(r"nothing is wrong with the e-mails or the addresses\. So the e-mail to "
                     r"\S+ with the .*? was not sent\. 4 message\(s\) were sent before it in "
                     rf"this run and are in the send log \S+ 4 sent; the rest can go after "
                     rf"{TIME}: run the same command again then", result.output), result.output
    assert "Correct the address" not in result.output
    handler.rcpts = 0
    a_day_passes(ws)
    assert smtp_mail(ws, forms, port).exit_code == 0
    assert len(handler.who()) == len(set(handler.who())) == 6


def test_a_quota_is_not_a_missing_permission(ws: Workspace, forms: GenerateResult,
                                             graph: GraphStandIn) -> None:  # noqa: F811
    graph.refuse_at = {2: (403, "ErrorQuotaExceeded")}
    result = graph_mail(ws, forms)
    assert result.exit_code == 1
    assert ("Microsoft 365 will not take more from the signed-in mailbox now: it has reached a "
            "limit (403 ErrorQuotaExceeded). This is not a missing permission.") in result.output
    assert "Mail.Send" not in result.output
    assert re.search(rf"2 sent; the rest can go after {TIME}", result.output)


def _log(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_log_says_who_sent_to_how_many(ws: Workspace, forms: GenerateResult,
                                           inbox: tuple[Inbox, int]) -> None:
    assert smtp_mail(ws, forms, inbox[1], "--cc-leader").exit_code == 0
    lines = [line for line in _log(ws.output_dir / "mail" / LOG) if line["event"] == "accepted"]
    assert {line["sender"] for line in lines} == {SENDER}
    assert sorted(line["recipients"] for line in lines) == ["1"] * 4 + ["2"] * 2
