"""Svar: the replies' forms collected from the HR mailbox from the page, as `mus collect` does,
and counted as they land in returned/."""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx

from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import init_workspace
from tests.app.conftest import Running
from tests.app.test_guard import csrf_of, signed_in
from tests.app.test_season import cli, finished, number
from tests.mail.imap_server import Mailbox, internal_date, serve_imap
from tests.mail.servers import PASSWORD

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def reply(sender: str, name: str, data: bytes, when: dt.datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "hr@eksempel.dk", "Re: MUS"
    message["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = f"<{abs(hash((sender, name)))}@eksempel.dk>"
    message.set_content("Hej HR. Her er mit skema.")
    message.add_attachment(data, maintype=DOCX[0], subtype=DOCX[1], filename=name)
    return message


def test_the_forms_in_the_mailbox_come_into_returned(app_run: Running, browser: Any,
                                                     tmp_path: Path) -> None:
    root = app_run.root
    init_workspace(root)
    cli(root, "generate", "--jobs", "1")
    forms = root / "output" / "forms" / "2027"
    sent = dt.datetime.now(dt.UTC).replace(microsecond=0)
    answers = [("ans@eksempel.dk", "1001_Anne_Sørensen.docx"),
               ("mni@eksempel.dk", "1003_Mette_Nielsen.docx")]
    box = Mailbox(messages=[
        (bytes(reply(sender, name, fill_by_tag((forms / name).read_bytes(),
                                               {"mus:q:N1": "Godt"}, sent), sent)),
         internal_date(sent)) for sender, name in answers])
    page = browser.new_page()
    page.goto(app_run.address)
    page.get_by_role("link", name="4. Svar").click()
    for port in serve_imap(box):
        page.get_by_label("En anden postkasse (IMAP)").check()
        page.locator("#box-imap").fill(f"127.0.0.1:{port}")
        page.locator("#box-security").select_option("none")
        page.locator("#box-plain").check()
        page.locator("#box-user").fill("hr@eksempel.dk")
        page.locator("#box-password").fill(PASSWORD)
        page.get_by_role("button", name="Hent skemaerne").click()
        finished(page, "collect")
    saved = sorted(p.name for p in (root / "returned").iterdir() if p.suffix == ".docx")
    assert len(saved) == len(answers)
    assert all(got.endswith(f"_{sender}_{name}")
               for got, (sender, name) in zip(saved, sorted(answers), strict=True))
    assert PASSWORD not in page.content()  # never shown again, nor kept
    assert "2" in page.locator("#collect-lines").inner_text()
    status = cli(root, "status", str(root / "returned"))
    answered = number(status, r"(\d+) of \d+ employees have answered")
    assert answered == 2
    page.wait_for_function("() => document.querySelector('#standing-count')?.textContent"
                           ".includes('2 af ')", timeout=60_000)


def test_a_count_that_ends_between_the_page_and_its_live_stream_is_still_sent(
        app_run: Running) -> None:
    """The page reloads itself after a mailbox collect; a count of returned/ that ends after
    the page was made but before its live stream connects must reach the page, or the page
    shows the old standing for good (the race behind a flaky browser test)."""
    init_workspace(app_run.root)

    def shown(web: httpx.Client) -> tuple[str, str]:
        """The page, and the count it shows ("number.version"), once no count is running."""
        for _ in range(400):
            page = web.get("/svar").text
            if 'role="status"' not in web.get("/svar/stand").text:
                found = re.search(r'data-live="/svar/live\?seen=(\d+)\.(\d+)"', page)
                assert found, "the page says which count it shows"
                return page, found.group(1)
            time.sleep(0.05)
        raise AssertionError("the count did not end")

    with signed_in(app_run) as web:
        page, first = shown(web)  # the count the page was made with
        stream = html.unescape(re.findall(r'data-live="([^"]+)"', page)[0])
        counted = web.post("/svar/optael", data={"csrf": csrf_of(page)},
                           headers={"origin": app_run.base})
        assert counted.status_code == 303
        _, second = shown(web)
        assert second != first  # a newer count has ended before the old page's stream connects
        got: list[str] = []
        with web.stream("GET", stream, timeout=httpx.Timeout(10.0)) as answer:
            for line in answer.iter_lines():
                got.append(line)
                if line.startswith("event:"):
                    break
        assert "event: standing" in got
