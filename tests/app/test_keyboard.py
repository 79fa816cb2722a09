"""Every page by keyboard alone, readable at 200 % zoom, and one stage run once however many
tabs ask for it."""

from __future__ import annotations

from typing import Any

from pipeline.workspace import init_workspace
from tests.app.conftest import Running
from tests.app.test_season import finished

PAGES = ("/", "/lister", "/skemaer", "/mail", "/svar", "/overblik", "/aftaler")


def focused(page: Any) -> str:
    return str(page.evaluate("() => (document.activeElement.innerText || "
                             "document.activeElement.value || '').trim()"))


def tab_to(page: Any, text: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == text:
            return
    raise AssertionError(f"{text!r} cannot be reached with Tab")


def test_a_season_step_by_keyboard_alone(app_run: Running, browser: Any) -> None:
    init_workspace(app_run.root)
    page = browser.new_page()
    page.goto(app_run.address)
    page.keyboard.press("Tab")  # the first stop skips to the content
    assert focused(page) == "Gå til indholdet"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.keyboard.press("Shift+Tab")
    tab_to(page, "2. Skemaer")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # where the focus is can be seen
    page.keyboard.press("Enter")
    page.wait_for_url("**/skemaer")
    tab_to(page, "Lav skemaerne")
    page.keyboard.press("Enter")
    finished(page, "generate")
    assert page.locator("#forms tbody tr").count() > 0
    tab_to(page, "Hent alle som zip")
    page.keyboard.press("Tab")  # the table, a region to scroll by keyboard
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "region"
    page.keyboard.press("Tab")  # and every form's link in it
    assert focused(page).endswith(".docx")
    page.keyboard.press("Tab")
    assert focused(page) == "Vis"
    page.keyboard.press("Enter")
    page.wait_for_url("**/skemaer/vis?fil=*")


def test_every_page_reflows_at_200_percent(app_run: Running, browser: Any) -> None:
    """1280 × 900 at 200 %: nothing wider than the window but a table in its own scroll box."""
    init_workspace(app_run.root)
    page = browser.new_page()
    page.set_viewport_size({"width": 640, "height": 450})
    page.goto(app_run.address)
    for path in PAGES:
        page.goto(app_run.base + path)
        wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert wide <= 0, (path, wide)
        assert page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)") >= 16


def test_two_tabs_share_one_run(app_run: Running, browser: Any) -> None:
    init_workspace(app_run.root)
    first, second = browser.new_page(), browser.new_page()
    first.goto(app_run.address)
    second.goto(app_run.base + "/skemaer")
    first.goto(app_run.base + "/skemaer")
    # Both clicks go out before either page waits for its answer: had the first click waited
    # for its page, a small season's forms could be made before the second click (CI saw the
    # second tab start a run of its own and be told the forms already exist).
    first.get_by_role("button", name="Lav skemaerne").click(no_wait_after=True)
    second.get_by_role("button", name="Lav skemaerne").click(no_wait_after=True)
    finished(first, "generate")
    # The second tab reloads itself when the job ends (app.js); a reload from here as well
    # raced with it ("Not attached to an active page" on CI's Chromium 156).
    finished(second, "generate")
    one = first.locator('[data-job="generate"]').get_attribute("data-number")
    assert second.locator('[data-job="generate"]').get_attribute("data-number") == one == "1"
    first.close()  # a tab that closes stops nothing: the work is the app's
