"""`mus collect`: the replies in the HR mailbox (Microsoft 365 through a loopback Graph, or any
mailbox through a loopback IMAP server) copied into the returned folder: exactly the forms, once
each, on every run; nothing in the mailbox changed unless asked; stopped and started again, it
goes on where it stopped."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer

from pipeline.cli import main
from pipeline.collect.senders import LOG
from pipeline.mail.inbox import GraphInbox, modified_utf7
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import Workspace
from tests.collect.msgfiles import MsgMail, msg_bytes
from tests.collect.test_folder import snapshot
from tests.mail.imap_server import Item, Mailbox, decode_name, internal_date, serve_imap
from tests.mail.mailbox_server import GraphMailbox
from tests.mail.servers import PASSWORD, TOKEN

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
SENT = dt.datetime(2027, 2, 1, 8, 0, tzinfo=dt.UTC)  # replies come in from here
DAY = dt.timedelta(days=1)


def mail(sender: str, subject: str, files: Sequence[tuple[str, bytes]] = (),
         mails: Sequence[EmailMessage] = (), when: dt.datetime = SENT) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "hr@eksempel.dk", subject
    message["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = f"<{abs(hash((sender, subject, when)))}@eksempel.dk>"
    message.set_content("Hej HR. Svarene står i skemaet.")
    for name, data in files:
        kind = DOCX if name.endswith(".docx") else ("application", "octet-stream")
        message.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    for inner in mails:
        message.add_attachment(inner)
    return message


def bounce(original: EmailMessage) -> EmailMessage:
    """Exchange's report for an e-mail that did not arrive, the e-mail (form and all) inside."""
    report = EmailMessage()
    report["From"] = "Microsoft Outlook <MicrosoftExchange329e71ec@eksempel.dk>"
    report["Subject"], report["Date"] = "Undeliverable: MUS 2027", "Mon, 01 Feb 2027 09:00:00 +0000"
    report.set_content("Your message couldn't be delivered.")
    report.make_mixed()
    report.add_attachment(original)
    report.set_type("multipart/report")
    report.set_param("report-type", "delivery-status")
    return report


@pytest.fixture
def season(ws: Workspace) -> Workspace:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "generate", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return ws


def forms_dir(ws: Workspace) -> Path:
    return ws.output_dir / "forms" / "2027"


def filled(ws: Workspace, name: str, answer: str) -> bytes:
    return fill_by_tag((forms_dir(ws) / name).read_bytes(), {"mus:q:N1": answer}, SENT)


def replies(ws: Workspace) -> list[tuple[EmailMessage | bytes, dt.datetime]]:
    """What the HR mailbox holds a week into the season."""
    mette = filled(ws, "1003_Mette_Nielsen.docx", "4 – I høj grad")
    anne = filled(ws, "1001_Anne_Sørensen.docx", "2 – I lav grad")
    jens = filled(ws, "1002_Jens_Hansen.docx", "3 – I nogen grad")
    soren = filled(ws, "1004_Søren_Østergaard.docx", "5 – I meget høj grad")
    leader = (forms_dir(ws) / "1001_Anne_Sørensen_leder.docx").read_bytes()
    blank = (forms_dir(ws) / "1005_Lærke_Bjørn-Holm.docx").read_bytes()
    sent = mail("HR <hr@eksempel.dk>", "MUS 2027", [("1005_Lærke_Bjørn-Holm.docx", blank)])
    outlook_item = msg_bytes(MsgMail("SV: MUS 2027", "soe@eksempel.dk", "Søren Østergaard",
                                     files=[("1004_Søren_Østergaard.docx", soren)]))
    item = EmailMessage()
    item["From"], item["Subject"] = "soe@eksempel.dk", "Mit skema"
    item["Date"] = (SENT + 3 * DAY).strftime("%a, %d %b %Y %H:%M:%S +0000")
    item.set_content("Se vedhæftet.")
    item.add_attachment(outlook_item, maintype="application", subtype="vnd.ms-outlook",
                        filename="SV_ MUS 2027.msg")
    return [
        (mail("Anne Sørensen <ans@eksempel.dk>", "Gammelt", [("skema.docx", anne)],
              when=SENT - 20 * DAY), SENT - 20 * DAY),  # before the season: not collected
        (mail("Mette Nielsen <mni@eksempel.dk>", "SV: MUS 2027",
              [("1003_Mette_Nielsen.docx", mette), ("image001.png", b"\x89PNG")]), SENT),
        (mail("ans@eksempel.dk", "SV: MUS 2027",  # the form attached twice
              [("1001_Anne_Sørensen.docx", anne), ("1001_Anne_Sørensen.docx", anne)],
              when=SENT + DAY), SENT + DAY),
        (mail("Hanne Kjær <hkj@eksempel.dk>", "VS: MUS 2027",  # a forward, and her own form
              [("1001_Anne_Sørensen_leder.docx", leader)],
              [mail("Jens Hansen <jha@eksempel.dk>", "SV: MUS 2027",
                    [("MUS Jens.docx", jens)], when=SENT + DAY)], when=SENT + 2 * DAY),
         SENT + 2 * DAY),
        (mail("Mette Nielsen <mni@eksempel.dk>", "SV: MUS 2027 (igen)",  # the same, again
              [("1003_Mette_Nielsen.docx", mette)], when=SENT + 2 * DAY), SENT + 2 * DAY),
        (mail("fmo@eksempel.dk", "Spørgsmål", [("budget.xlsx", b"PK\x03\x04"),
                                               ("foto.jpg", b"\xff\xd8")],
              when=SENT + 2 * DAY), SENT + 2 * DAY),
        (bounce(sent), SENT + 2 * DAY),
        (item, SENT + 3 * DAY),
    ]


EXPECTED = {
    "2027-02-01_mni@eksempel.dk_1003_Mette_Nielsen.docx",
    "2027-02-02_ans@eksempel.dk_1001_Anne_Sørensen.docx",
    "2027-02-03_hkj@eksempel.dk_1001_Anne_Sørensen_leder.docx",
    "2027-02-03_jha@eksempel.dk_MUS_Jens.docx",
    "2027-02-04_soe@eksempel.dk_1004_Søren_Østergaard.docx",
}


def graph_box(server: HTTPServer, ws: Workspace) -> GraphMailbox:
    box = GraphMailbox(server, page=3).start()
    for message, received in replies(ws):
        box.add(bytes(message), received)
    return box


def imap_box(ws: Workspace) -> Mailbox:
    return Mailbox(messages=[(bytes(m), internal_date(when)) for m, when in replies(ws)])


def collect(ws: Workspace, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), "collect", "--since", "2027-02-01",
                                     *args])


def saved(ws: Workspace) -> set[str]:
    return {p.name for p in ws.returned_dir.iterdir() if p.name.endswith(".docx")}


@pytest.fixture
def graph(season: Workspace, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[tuple[GraphMailbox, Callable[..., Result]]]:
    monkeypatch.setenv("MUS_M365_ACCESS_TOKEN", TOKEN)
    box = graph_box(httpserver, season)

    def run(*args: str) -> Result:
        return collect(season, "--m365", "--mailbox", "hr@eksempel.dk", "--graph-url", box.url,
                       *args)
    yield box, run


@pytest.fixture
def imap(season: Workspace, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[tuple[Mailbox, Callable[..., Result]]]:
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    box = imap_box(season)
    for port in serve_imap(box):
        def run(*args: str, port: int = port) -> Result:
            return collect(season, "--imap", f"127.0.0.1:{port}", "--security", "none",
                           "--allow-plain-password", "--user", "hr@eksempel.dk", *args)
        yield box, run


@pytest.mark.parametrize("way", ["graph", "imap"])
def test_exactly_the_forms_once_each_on_every_run(way: str, request: pytest.FixtureRequest,
                                                   season: Workspace) -> None:
    box, run = request.getfixturevalue(way)
    first = run()
    assert first.exit_code == 0, first.output
    assert saved(season) == EXPECTED
    assert "Read 7 new e-mail(s)" in first.output
    assert "Saved 5 file(s) that could be forms" in first.output
    assert "1 delivery report(s) and copies of e-mails mus sent, left alone" in first.output
    assert "Nothing in the mailbox was changed." in first.output
    assert "Season 2027: 4 of 25 employees have answered; 21 missing." in first.output
    # the collect log: who, when and the subject beside each file; never the answers
    lines = [json.loads(x) for x in (season.returned_dir / LOG).read_text().splitlines()]
    jens = next(x for x in lines if x.get("file", "").endswith("MUS_Jens.docx"))
    assert jens["senders"] == ["hkj@eksempel.dk", "jha@eksempel.dk"]
    assert jens["subject"] == "VS: MUS 2027" and jens["date"].startswith("2027-02-03")
    log_text = (season.returned_dir / LOG).read_text()
    assert "I høj grad" not in log_text and "Svarene står" not in log_text
    before = snapshot(season.returned_dir)
    again = run()
    assert again.exit_code == 0, again.output
    assert "Read 0 new e-mail(s)" in again.output and "(7 there, 7 read by an earlier run)" \
        in again.output
    assert snapshot(season.returned_dir) == before  # nothing new: not a byte changed
    assert_unchanged(box)
    # the files read as the forms they are, with who sent them
    ingest = CliRunner().invoke(main, ["--dir", str(season.root), "ingest",
                                       str(season.returned_dir), "--jobs", "1"])
    assert ingest.exit_code == 0, ingest.output
    assert "other-sender" not in ingest.output and "neither the employee" not in ingest.output


def assert_unchanged(box: GraphMailbox | Mailbox) -> None:
    if isinstance(box, GraphMailbox):
        assert box.changes() == []
        assert all(not m.read and m.folder == "inbox-id" for m in box.messages)
        assert 'IdType="ImmutableId"' in box.prefer
    else:
        assert not any(c.upper().startswith(("SELECT", "STORE", "UID STORE", "UID MOVE",
                                              "EXPUNGE", "COPY")) for c in box.commands)
        assert all("PEEK" in c for c in box.commands if "FETCH" in c.upper())
        assert len(box.folder("INBOX") or []) == 8


@pytest.mark.parametrize("way", ["graph", "imap"])
def test_marked_and_moved_only_when_asked_and_only_those_with_forms(
        way: str, request: pytest.FixtureRequest, season: Workspace) -> None:
    box, run = request.getfixturevalue(way)
    archive = ""
    if isinstance(box, GraphMailbox):
        archive = box.folder("MUS 2027 gemt", "inbox-id")
        result = run("--mark-read", "--move-to", "Indbakke/MUS 2027 gemt")
    else:
        box.folders["INBOX/MUS 2027 gemt"] = []
        result = run("--mark-read", "--move-to", "INBOX/MUS 2027 gemt")
    assert result.exit_code == 0, result.output
    assert saved(season) == EXPECTED
    assert "Marked 5 e-mail(s) with forms as read." in result.output
    assert "Moved 5 e-mail(s) with forms to" in result.output
    if isinstance(box, GraphMailbox):
        moved = [m for m in box.messages if m.folder == archive]
        assert len(moved) == 5 and all(m.read for m in moved)
        assert {m.folder for m in box.messages} == {archive, "inbox-id"}
    else:
        assert [i.seen for i in box.folders["INBOX/MUS 2027 gemt"]] == [True] * 5
        assert len(box.folder("INBOX") or []) == 3
    again = run("--mark-read", "--move-to", "x")  # nothing left with forms: nothing done
    assert again.exit_code == 0, again.output
    assert "Marked" not in again.output and saved(season) == EXPECTED


def test_stopped_halfway_it_goes_on_where_it_stopped(graph: tuple[GraphMailbox, Callable[
        ..., Result]], season: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    _, run = graph
    real = GraphInbox.fetch
    calls = {"n": 0}

    def interrupted(self: GraphInbox, found: object) -> bytes:
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real(self, found)  # type: ignore[arg-type]
    monkeypatch.setattr(GraphInbox, "fetch", interrupted)
    stopped = run()
    assert stopped.exit_code == 130 and "Stopped (Ctrl-C)" in stopped.output
    assert 0 < len(saved(season)) < len(EXPECTED)
    monkeypatch.setattr(GraphInbox, "fetch", real)
    done = run()
    assert done.exit_code == 0, done.output
    assert saved(season) == EXPECTED
    assert "Read 4 new e-mail(s)" in done.output and "3 read by an earlier run" in done.output
    names = [json.loads(x).get("file") for x in (season.returned_dir / LOG).read_text()
             .splitlines()]
    assert sorted(n for n in names if n) == sorted(EXPECTED)  # each logged once


def test_throttling_is_waited_out_and_pages_followed(graph: tuple[GraphMailbox, Callable[
        ..., Result]], season: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    box, run = graph
    waits: list[float] = []
    monkeypatch.setattr("pipeline.mail.reports.time.sleep", waits.append)
    box.throttle = [1, 5]
    result = run()
    assert result.exit_code == 0, result.output
    assert waits == [1.0, 1.0]
    assert "Microsoft 365 asks mus to slow down (429); waiting 1 s" in result.output
    assert saved(season) == EXPECTED
    pages = [p for m, p in box.requests if "/mailFolders/inbox/messages" in p]
    assert len(pages) >= 3  # three a page: every page followed


def test_a_sub_folder_by_its_path(season: Workspace, httpserver: HTTPServer,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUS_M365_ACCESS_TOKEN", TOKEN)
    box = GraphMailbox(httpserver).start()
    sub = box.folder("MUS 2027", box.folder("Skemaer", "inbox-id"))
    for message, received in replies(season):
        box.add(bytes(message), received, sub)
    base = ["--m365", "--mailbox", "hr@eksempel.dk", "--graph-url", box.url]
    missing = collect(season, *base, "--folder", "Indbakke/MUS 2027")
    assert missing.exit_code == 1
    assert 'There is no folder "MUS 2027"' in missing.output
    found = collect(season, *base, "--folder", "Skemaer/MUS 2027")  # under the inbox
    assert found.exit_code == 0, found.output
    assert saved(season) == EXPECTED
    assert "in Skemaer/MUS 2027 received since 2027-02-01" in found.output


def test_imap_folder_names_are_written_as_imap_wants_them(season: Workspace,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    assert modified_utf7("Ældre svar & MUS") == "&AMY-ldre svar &- MUS"
    assert decode_name(modified_utf7("Skemaer/Ældre")) == "Skemaer/Ældre"
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    box = Mailbox(folders={"INBOX/Ældre": [
        Item(n, bytes(m), internal_date(when)) for n, (m, when) in enumerate(replies(season), 1)]})
    for port in serve_imap(box):
        result = collect(season, "--imap", f"127.0.0.1:{port}", "--security", "none",
                         "--allow-plain-password", "--user", "hr@eksempel.dk",
                         "--folder", "INBOX/Ældre")
        assert result.exit_code == 0, result.output
    assert saved(season) == EXPECTED


def test_no_token_or_password_anywhere(season: Workspace, httpserver: HTTPServer,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUS_M365_ACCESS_TOKEN", TOKEN)
    box = graph_box(httpserver, season)
    result = collect(season, "--m365", "--mailbox", "hr@eksempel.dk", "--graph-url", box.url)
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("MUS_SMTP_PASSWORD", PASSWORD)
    imap = imap_box(season)
    for port in serve_imap(imap):
        other = collect(season, "--imap", f"127.0.0.1:{port}", "--security", "none",
                        "--allow-plain-password", "--user", "hr@eksempel.dk")
        assert other.exit_code == 0, other.output
    written = b"".join(p.read_bytes() for p in season.root.rglob("*") if p.is_file())
    for secret in (TOKEN, PASSWORD):
        assert secret not in result.output and secret not in other.output
        assert secret.encode() not in written


def test_refusals_say_what_it_takes(season: Workspace, httpserver: HTTPServer,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUS_M365_ACCESS_TOKEN", "not-the-token")
    box = graph_box(httpserver, season)
    denied = collect(season, "--m365", "--mailbox", "hr@eksempel.dk", "--graph-url", box.url)
    assert denied.exit_code == 1
    assert "Mail.Read.Shared (delegated)" in denied.output and "Full Access" in denied.output
    nowhere = collect(season)
    assert nowhere.exit_code == 1 and "add --m365" in nowhere.output
    no_password = CliRunner().invoke(main, ["--dir", str(season.root), "collect", "--imap",
                                         "imap.eksempel.dk", "--user", "hr@eksempel.dk"])
    assert no_password.exit_code == 1 and "MUS_SMTP_PASSWORD" in no_password.output
    assert not list(season.returned_dir.glob("*.docx"))  # nothing was saved
    assert not (season.returned_dir / LOG).exists()


def test_the_day_the_forms_were_made_is_the_default_start(
        graph: tuple[GraphMailbox, Callable[..., Result]], season: Workspace) -> None:
    box, _ = graph
    manifest = forms_dir(season) / "manifest.json"
    data = json.loads(manifest.read_text())
    data["generated"] = "2027-02-02T07:30:00+00:00"
    manifest.write_text(json.dumps(data))
    result = CliRunner().invoke(main, ["--dir", str(season.root), "collect", "--m365",
                                       "--mailbox", "hr@eksempel.dk", "--graph-url", box.url])
    assert result.exit_code == 0, result.output
    assert "received since 2027-02-02" in result.output
    assert "2027-02-01_mni@eksempel.dk_1003_Mette_Nielsen.docx" not in saved(season)
    assert "2027-02-04_soe@eksempel.dk_1004_Søren_Østergaard.docx" in saved(season)
