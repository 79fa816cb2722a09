"""A whole season clicked through in the browser on the sample data, each page checked against
what the command says of the same working folder: lists, forms (preview, zip), the mail's dry
run, returned forms dropped in (and one arriving by itself), the overview and its workbook, the
agreements. The README's pictures of the app are taken here (MUS_APP_SCREENSHOTS=docs)."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.demo import play_employees
from pipeline.forms.generate import GenerateResult
from pipeline.forms.manifest import read_manifest
from tests.app.conftest import Running, screenshot


def cli(root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--dir", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.output


def finished(page: Any, stage: str) -> None:
    """Wait for a stage's job to end: the page reloads itself with the result."""
    page.wait_for_selector(f'[data-job="{stage}"][data-state="done"], '
                           f'[data-job="{stage}"][data-state="failed"]', timeout=240_000)
    failed = page.locator(f'[data-job="{stage}"][data-state="failed"]')
    assert failed.count() == 0, failed.inner_text()


def number(text: str, pattern: str) -> int:
    found = re.search(pattern, text)
    assert found, (pattern, text)
    return int(found.group(1))


def test_a_season_in_the_browser(app_run: Running, browser: Any, tmp_path: Path) -> None:
    root = app_run.root
    page = browser.new_page()
    page.goto(app_run.address)
    assert "token=" not in page.url  # taken out of the address at once

    # An empty folder: made a working folder with the samples, as `mus init` does.
    page.get_by_role("button", name="Opret arbejdsmappen med eksempelfiler").click()
    page.wait_for_url("**/lister")
    assert (root / "input" / "employees.xlsx").is_file()

    # Lister: the mapping, counts and rows, as `mus check` understands them.
    checked = json.loads(cli(root, "check", "--json"))["employee_list"]
    assert page.locator("#count-employees").inner_text() == str(checked["employees"])
    mapping = page.locator("#mapping tbody tr")
    assert mapping.count() == len(checked["columns"]) + len(checked["identifiers"]) + len(
        checked["withheld_columns"])
    headers = page.locator("#mapping tbody tr td:nth-child(3)").all_inner_texts()
    assert headers[:len(checked["columns"])] == [c["header"] for c in checked["columns"].values()]
    counts = dict(zip(page.locator("#counts tbody th").all_inner_texts(),
                      page.locator("#counts tbody td").all_inner_texts(), strict=True))
    assert counts["medarbejdere"] == str(checked["row_counts"]["employee"])
    asked = re.search(r"Question set: (\d+) questions in (\d+) phases, (\d+) competences",
                      cli(root, "check"))
    assert asked
    assert page.locator("#qs-line").inner_text().startswith(
        "{} spørgsmål i {} faser, {} kompetencer".format(*asked.groups()))
    screenshot(page, "lister", tmp_path)

    # Skemaer: generate with progress, then every form listed, previewed, zipped.
    page.get_by_role("link", name="2. Skemaer").click()
    page.get_by_role("button", name="Lav skemaerne").click()
    finished(page, "generate")
    manifest = read_manifest(root / "output" / "forms" / "2027")
    rows = page.locator("#forms tbody tr")
    assert rows.count() == len(manifest.forms) >= 50
    wrote = re.compile(r"Wrote \d+ employee form\(s\)( and \d+ leader's form\(s\))? for "
                       r"season 2027")
    by_command = wrote.search(cli(root, "generate", "--out", str(tmp_path / "cli-forms")))
    assert by_command
    assert by_command.group(0) in page.locator("#generate-lines").inner_text()
    screenshot(page, "skemaer", tmp_path)
    with page.expect_download() as download:
        page.get_by_role("link", name="Hent alle som zip").click()
    zipped = tmp_path / "forms.zip"
    download.value.save_as(zipped)
    with zipfile.ZipFile(zipped) as archive:
        assert sorted(archive.namelist()) == sorted(
            [e.file for e in manifest.forms] + ["manifest.json"])
    first = manifest.forms[0]
    page.get_by_role("link", name=f"Vis {first.file}").click()
    page.wait_for_selector("h1")
    assert first.name in page.locator("main").inner_text()
    if shutil.which("soffice"):  # drawn by LibreOffice: each page a picture that loaded
        images = page.locator(".pages img")
        assert images.count() >= 2
        assert page.evaluate("() => [...document.images].every(i => i.naturalWidth > 300)")
    else:
        assert page.locator("article.plain table").count() > 0
    screenshot(page, "skema-vis", tmp_path)

    # Mail: the dry run as a table, as many as `mus mail --dry-run` would send.
    page.get_by_role("link", name="3. Mail").click()
    page.get_by_role("button", name="Vis hvad der ville blive sendt").click()
    finished(page, "mail")
    would = number(cli(root, "mail", "--dry-run"), r"Dry run: (\d+) e-mail")
    assert page.locator("#plan tbody tr").count() == would == len(manifest.forms)
    assert not (root / "output" / "mail").exists() or not any(
        (root / "output" / "mail").glob("*.eml"))  # a dry run writes nothing
    screenshot(page, "mail", tmp_path)

    # Svar: the filled forms (as `mus demo` fills them) dropped into the page.
    drop = tmp_path / "filled"
    generated = GenerateResult(root / "output" / "forms" / "2027", manifest.season,
                               manifest.question_set_version, list(manifest.forms))
    play_employees(generated, drop)
    files = sorted(p for p in drop.rglob("*") if p.is_file())
    # One employee's form is held back, to arrive in returned/ by itself later.
    late = next(p for p in files for e in manifest.forms
                if e.kind == "employee" and p.name == e.file)
    files.remove(late)
    page.get_by_role("link", name="4. Svar").click()
    page.locator("#returned-files").set_input_files([str(p) for p in files])
    page.get_by_role("button", name="Gem i returned/").click()
    page.wait_for_selector("#upload-result")
    assert sorted(p.name for p in (root / "returned").iterdir()) == sorted(p.name for p in files)
    status = cli(root, "status", str(root / "returned"))
    answered = number(status, r"(\d+) of \d+ employees have answered")
    staff = number(status, r"\d+ of (\d+) employees have answered")
    page.wait_for_function(
        f"() => (document.querySelector('#standing-count') || {{}}).textContent"
        f"?.includes('{answered} af {staff}')")
    screenshot(page, "svar", tmp_path)
    # A form that arrives in returned/ by itself is counted without a reload.
    shutil.copy(late, root / "returned" / late.name)
    page.wait_for_function(
        f"() => document.querySelector('#standing-count').textContent"
        f".includes('{answered + 1} af {staff}')", timeout=60_000)

    # Overblik: ingest with progress; the figures, problems and workbook as the command's.
    page.get_by_role("link", name="5. Overblik").click()
    page.get_by_role("button", name="Læs svarene og lav overblikket").click()
    finished(page, "ingest")
    said = cli(root, "ingest", str(root / "returned"), "--out",
               str(tmp_path / "cli" / "MUS-oversigt-2027.xlsx"))
    problems = number(said, r"(\d+) problem\(s\)")
    assert page.locator("#problems tbody tr").count() == problems > 0
    figures = dict(zip(page.locator("#figures dt").all_inner_texts(),
                       page.locator("#figures dd").all_inner_texts(), strict=True))
    assert figures["Har svaret"] == str(number(said, r"(\d+) of \d+ employees have answered"))
    screenshot(page, "overblik", tmp_path)
    with page.expect_download() as download:
        page.locator("#download-workbook").click()
    book = tmp_path / "downloaded.xlsx"
    download.value.save_as(book)
    assert download.value.suggested_filename == "MUS-oversigt-2027.xlsx"
    workbook = openpyxl.load_workbook(book, read_only=True)
    try:
        assert workbook.sheetnames[0] == "Overblik"
    finally:
        workbook.close()
    assert len(list((root / "output" / "ledere").glob("*.xlsx"))) > 0

    # Aftaler: one agreement document per employee, as the command counts them.
    page.get_by_role("link", name="6. Aftaler").click()
    page.get_by_role("button", name="Lav aftaledokumenterne").click()
    finished(page, "agreement")
    made = number(page.locator("#agreement-lines").inner_text(), r"Wrote (\d+) agreement")
    assert page.locator("#agreement-files li").count() == made == staff
    screenshot(page, "aftaler", tmp_path)

    # In English by the switch, and back.
    page.get_by_role("button", name="Switch to English").click()
    assert page.locator("h1").inner_text() == "Agreements"


def test_the_demo_season_from_the_first_command_to_the_workbook(
        app_run: Running, browser: Any, tmp_path: Path) -> None:
    """What the README's first command promises: by clicking alone, from an empty folder to the
    downloaded workbook, the demo's employees answering in between."""
    page = browser.new_page()
    page.goto(app_run.address)
    page.get_by_role("button", name="Opret arbejdsmappen med eksempelfiler").click()
    page.get_by_role("link", name="2. Skemaer").click()
    page.get_by_role("button", name="Lav skemaerne").click()
    finished(page, "generate")
    page.get_by_role("link", name="4. Svar").click()
    page.get_by_role("button", name="Udfyld og send skemaerne tilbage").click()
    finished(page, "demo")
    page.get_by_role("link", name="5. Overblik").click()
    page.get_by_role("button", name="Læs svarene og lav overblikket").click()
    finished(page, "ingest")
    with page.expect_download() as download:
        page.get_by_role("link", name="Hent HR's overblik").click()
    book = tmp_path / "MUS-oversigt-2027.xlsx"
    download.value.save_as(book)
    status = cli(app_run.root, "status", str(app_run.root / "returned"))
    answered = number(status, r"(\d+) of \d+ employees have answered")
    assert answered > 0
    workbook = openpyxl.load_workbook(book, read_only=True)
    try:
        front = [str(c) for row in workbook["Overblik"].iter_rows(values_only=True)
                 for c in row if c is not None]
    finally:
        workbook.close()
    assert "Har svaret" in front and front[front.index("Har svaret") + 1] == str(answered)


def test_a_list_with_mistakes_shows_each_with_its_row_and_what_to_do(
        app_run: Running, browser: Any, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(app_run.address)
    page.get_by_role("button", name="Opret arbejdsmappen med eksempelfiler").click()
    wrong = tmp_path / "liste med fejl.csv"
    wrong.write_text("Medarbejdernr.;Navn;E-mail\n3001;;ab@eksempel.dk\n3002;Eva Holm;"
                     "eh@eksempel.dk\n;Finn Berg;fb@eksempel.dk\n", encoding="utf-8")
    page.locator("#upload-employees").set_input_files(str(wrong))
    page.locator("#upload-employees ~ button").click()
    page.wait_for_selector("#mistakes-title")
    result = CliRunner().invoke(main, ["--dir", str(app_run.root), "check", "--json",
                                       "--employees", str(wrong)])
    mistakes = json.loads(result.output)["mistakes"]
    assert result.exit_code == 1 and len(mistakes) == 2
    rows = page.locator(".problems tbody tr")
    assert rows.count() == len(mistakes)
    for row, mistake in zip(rows.all(), mistakes, strict=True):
        cells = row.locator("td").all_inner_texts()
        assert cells[1] == str(mistake["row"])
        assert cells[3] == mistake["message"] and cells[4] == mistake["todo"]
    screenshot(page, "lister-fejl", tmp_path)


def test_a_list_split_over_sheets_shows_each_rows_sheet(
        app_run: Running, browser: Any, tmp_path: Path) -> None:
    """Funktionærer beside Timelønnede: the page names both sheets, gives each row with its
    sheet, and says which sheet a note is of."""
    from tests.helpers import write_xlsx

    page = browser.new_page()
    page.goto(app_run.address)
    page.get_by_role("button", name="Opret arbejdsmappen med eksempelfiler").click()
    split = write_xlsx(tmp_path / "to ark.xlsx", {
        "Funktionærer": [("Lønnr", "Navn", "Afdeling", "Nærmeste leder", "E-mail", "Status"),
                         (194, "Line Sand", "Kontor", None, "ls@x.dk", "Aktiv"),
                         (699, "Signe Bro", "Aarhus Ø", "Line Sand", "sb@x.dk", "Aktiv"),
                         (700, "Bo Eng", "Skejby", "Line Sand", "be@x.dk", "Aktiv")],
        "Timelønnede": [("Lønnr", "Navn", "Fag", "Opgave", "Formand", "Status"),
                        (300, "Niels Bak", "Tømrer", "Aarhus Ø", "Signe Bro", "Aktiv"),
                        (301, "Niels Dal", "Tømrer", "Aarhus Ø", "Bo Eng", "Fratrådt"),
                        (400, "Ole Ravn", "Murer", "Skejby", "Bo Eng", "Aktiv"),
                        (401, "Ole Krog", "Murer", "Skejby", "Signe Bro", "Aktiv")]})
    page.locator("#upload-employees").set_input_files(str(split))
    page.locator("#upload-employees ~ button").click()
    page.wait_for_selector("#notes-title")
    assert "ark Funktionærer, Timelønnede" in page.locator("main").inner_text()
    gone = page.locator("table:has(th:text('Hvorfor')) tbody tr").first
    assert gone.locator("td").first.inner_text() == "Timelønnede: 3"
    notes = page.locator("section[aria-labelledby=notes-title] li").all_inner_texts()
    assert any(n.startswith("Timelønnede: The sheet has no department column") for n in notes)
    screenshot(page, "lister-to-ark", tmp_path)
