"""A small season's e-mails sent from the Mail page through a mail server, with progress: the
list brought in on the Lister page, every form out once, a second press sending nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.app.conftest import Running
from tests.app.test_season import finished
from tests.mail.servers import Inbox, serve

LIST = ("Medarbejdernr.;Navn;E-mail;Afdeling;Leder\n"
        "2001;Bente Lund;bl@eksempel.dk;HR;\n"
        "2002;Carl Mogensen;cm@eksempel.dk;HR;Bente Lund\n"
        "2003;Dorte Krogh;dk@eksempel.dk;HR;Bente Lund\n")


@pytest.fixture
def relay() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    for port in serve(handler):
        yield handler, port


def test_the_forms_go_out_through_a_mail_server(app_run: Running, browser: Any, tmp_path: Path,
                                                relay: tuple[Inbox, int]) -> None:
    inbox, port = relay
    page = browser.new_page()
    page.goto(app_run.address)
    page.get_by_role("button", name="Opret arbejdsmappen med eksempelfiler").click()
    own = tmp_path / "Vores medarbejdere.csv"
    own.write_text(LIST, encoding="utf-8")
    page.locator("#upload-employees").set_input_files(str(own))
    page.locator("#upload-employees ~ button").click()
    page.wait_for_url("**/lister")
    assert page.locator("#count-employees").inner_text() == "3"
    assert (app_run.root / "input" / "Vores medarbejdere.csv").read_text(encoding="utf-8") == LIST
    page.get_by_role("link", name="2. Skemaer").click()
    page.get_by_role("button", name="Lav skemaerne").click()
    finished(page, "generate")
    forms = page.locator("#forms tbody tr").count()

    page.get_by_role("link", name="3. Mail").click()
    page.get_by_label("En mailserver (SMTP)").check()
    page.locator("#mail-sender").fill("HR <hr@eksempel.dk>")
    page.locator("#mail-smtp").fill(f"127.0.0.1:{port}")
    page.locator("#mail-security").select_option("none")
    page.get_by_role("button", name="Skriv kladderne / send").click()
    finished(page, "mail")
    assert len(inbox.received) == forms
    # the progress the stage reported, as the page shows it when done
    assert f"{forms} af {forms}" in page.locator('[data-job="mail"]').inner_text()
    assert {m["To"].addresses[0].addr_spec for _, _, m in inbox.received} >= {
        "bl@eksempel.dk", "cm@eksempel.dk", "dk@eksempel.dk"}
    said = page.locator("#mail-lines").inner_text()
    assert f"Sent {forms} e-mail(s) through" in said

    page.get_by_role("button", name="Skriv kladderne / send").click()  # again: nothing twice
    finished(page, "mail")
    assert len(inbox.received) == forms
    assert "Nothing left to send" in page.locator("#mail-lines").inner_text()
