"""Retention: `Slet … efter (år)` in the settings; `mus erase --due` deletes exactly what has
passed its time and nothing else (every other file byte for byte as it was); `mus status` says
what is due until it is gone."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import SpreadsheetError
from pipeline.model import Retention
from pipeline.privacy.retention import add_years, due, season_starts
from pipeline.sheets import read_question_set
from pipeline.workspace import Workspace
from tests.helpers import questions_xlsx
from tests.privacy.planted import NUMBER

TODAY = dt.date.today()


def run(ws: Workspace, *args: str, answer: str | None = None) -> tuple[int, str]:
    with contextlib.chdir(ws.root):
        result = CliRunner().invoke(main, list(args), input=answer)
    return result.exit_code, result.output


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()}


def settings(ws: Workspace, *rows: tuple[str, object]) -> None:
    book = openpyxl.load_workbook(ws.questions)
    for row in rows:
        book["Indstillinger"].append(row)
    book.save(ws.questions)


def began(ws: Workspace, season: str, day: dt.date) -> None:
    """The season's manifests say it began on ``day``."""
    for path in ws.output_dir.glob(f"*/{season}/**/manifest.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["generated"] = f"{day.isoformat()}T09:00:00+00:00"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def test_retention_settings(tmp_path: Path) -> None:
    path = questions_xlsx(tmp_path / "q.xlsx", settings=[
        ("Slet efter (år)", 10), ("Slet forberedelsesskemaer efter (år)", "5"),
        ("Delete overviews after (years)", 3)])
    assert read_question_set(path).settings.retention == Retention(5, 10, 10, 3)
    bad = questions_xlsx(tmp_path / "bad.xlsx", settings=[("Slet aftaler efter (år)", "fem"),
                                                          ("Slet efter (år)", 0)])
    with pytest.raises(SpreadsheetError) as err:
        read_question_set(bad)
    assert sorted(i.column or "" for i in err.value.issues) == [
        "Slet aftaler efter (år)", "Slet efter (år)"]
    assert '"fem" is not a number of years from 1 to 100.' in str(err.value)


def test_a_kind_is_due_when_its_years_have_passed_since_the_season_began() -> None:
    starts = season_starts([("2020", "2020-01-10T09:00:00+00:00"),
                            ("2020", "2020-06-01T09:00:00+00:00"), ("2026", "2026-01-10")])
    assert starts == {"2020": dt.date(2020, 1, 10), "2026": dt.date(2026, 1, 10)}
    found, unknown = due(Retention(employee=5, overview=6), starts, ["2020", "2026", "2019"],
                         dt.date(2026, 1, 9))
    assert [(d.season, d.kind) for d in found] == [("2020", "employee")]
    assert unknown == ["2019"]
    found, _ = due(Retention(employee=5, overview=6), starts, ["2020"], dt.date(2026, 1, 10))
    assert [(d.season, d.kind) for d in found] == [("2020", "employee"), ("2020", "overview")]
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_erase_due_deletes_exactly_what_has_passed_its_time(planted: Workspace) -> None:
    """Season 2026 began six years ago: its preparation forms (kept five years) and its
    overviews (six) are due, its leaders' forms (kept ten) and everything of 2027 are not."""
    settings(planted, ("Slet forberedelsesskemaer efter (år)", 5),
             ("Slet oversigter efter (år)", 6), ("Slet lederskemaer efter (år)", 10))
    began(planted, "2026", add_years(TODAY, -6))
    began(planted, "2027", add_years(TODAY, -1))
    manifest = json.loads((planted.forms_dir / "2026" / "manifest.json").read_text("utf-8"))
    employee_forms = {f"output/forms/2026/{e['file']}" for e in manifest["forms"]
                      if e["kind"] == "employee"}
    code, output = run(planted, "status", "returned")
    assert code == 0 and "Due for deletion under the settings" in output
    assert "season 2026 (began" in output and "preparation forms (5 years)" in output
    assert "overviews (6 years)" in output and "leader's forms (10" not in output
    before = snapshot(planted.root)
    code, output = run(planted, "erase", "--due", "--dry-run")
    assert code == 0 and "Due: season 2026: preparation forms, kept 5 years" in output
    assert snapshot(planted.root) == before
    code, output = run(planted, "erase", "--due", "--yes")
    assert code == 0, output
    after = snapshot(planted.root)
    gone = set(before) - set(after)
    changed = {p for p in after if p in before and after[p] != before[p]}
    assert gone == employee_forms | {
        f"returned/2026/{NUMBER}_Mette_Qzmarker.docx", "returned/2026/1004.docx",
        "output/MUS-oversigt-2026.xlsx", *(p for p in before if p.startswith(
            "output/ledere/MUS-oversigt-2026-"))}
    assert changed == {"output/forms/2026/manifest.json"}
    assert set(after) - set(before) == {"mus-deletion-log.jsonl"}
    left = json.loads((planted.forms_dir / "2026" / "manifest.json").read_text("utf-8"))
    assert {e["kind"] for e in left["forms"]} == {"leader"}
    assert left["generated"] == manifest["generated"] and left["season"] == "2026"
    log = [json.loads(line) for line in
           (planted.root / "mus-deletion-log.jsonl").read_text("utf-8").splitlines()]
    assert {(line["why"], line["season"], line["kind"]) for line in log} == {
        ("retention", "2026", "employee"), ("retention", "2026", "overview")}
    # done: nothing more is due, and status no longer says so
    code, output = run(planted, "erase", "--due", "--yes")
    assert code == 0 and "Nothing to erase" in output
    assert "Due for deletion" not in run(planted, "status", "returned")[1]


def test_erase_due_needs_settings(planted: Workspace) -> None:
    code, output = run(planted, "erase", "--due")
    assert code == 1
    assert "says nothing about how long to keep the data" in output


def test_erase_a_whole_season(planted: Workspace) -> None:
    before = snapshot(planted.root)
    code, output = run(planted, "erase", "--season", "2026", "--yes")
    assert code == 0, output
    after = snapshot(planted.root)
    assert not (planted.forms_dir / "2026").exists()
    assert not [p for p in after if "2026" in p.split("/")[-1] and p.endswith(".xlsx")]
    assert not [p for p in after if p.startswith("returned/2026/")]
    assert all(after[p] == before[p] for p in after
               if p.startswith(("output/forms/2027/", "output/MUS-oversigt-2027")))


def test_check_says_what_is_kept_and_what_is_sensitive(planted: Workspace) -> None:
    settings(planted, ("Slet efter (år)", 10), ("Slet forberedelsesskemaer efter (år)", 5))
    code, output = run(planted, "check")
    assert code == 0
    assert "Sensitive questions (Følsom): N6 (no field: raised in the talk)." in output
    assert ("Kept: preparation forms 5 years, leader's forms 10 years, agreements and "
            "follow-ups 10 years, overviews 10 years (counted from the day a season began") \
        in output
    data = json.loads(run(planted, "check", "--json")[1])
    assert data["question_set"]["sensitive"] == {"N6": "talk"}
    assert data["question_set"]["retention"] == {"employee": 5, "leader": 10,
                                                 "agreement": 10, "overview": 10}
