"""Every path stays in its place: the audit's ways out of a folder, each refused or reported, and
nothing written, attached or read where it does not belong."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline import samples
from pipeline.cli import main
from pipeline.collect.ingest import extract_all
from pipeline.collect.scan import scan
from pipeline.errors import TemplateError
from pipeline.forms.generate import GenerateResult
from pipeline.places import LinkRefused, name_problem, open_own, read_own
from pipeline.workspace import Workspace
from tests.helpers import questions_xlsx

links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights there")


def run(ws: Workspace, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), *args], catch_exceptions=False)


def everything_in(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def with_season(ws: Workspace, season: str) -> None:
    settings = [(k, season if k == "Sæson" else v) for k, v in samples.SETTINGS]
    questions_xlsx(ws.questions, settings=settings)


@pytest.mark.parametrize("season", ["../../x", "..", "2027/../../x", "nul", "2027\u202e"])
def test_a_season_that_would_lead_out_of_output_is_refused(ws: Workspace, season: str) -> None:
    with_season(ws, season)
    before = everything_in(ws.root.parent)
    result = run(ws, "generate", "--jobs", "1")
    assert result.exit_code == 1
    assert "cannot name a folder" in result.output
    assert "Write it as plain text, for example 2027 or 2026-27." in result.output
    assert everything_in(ws.root.parent) == before  # no form anywhere
    check = run(ws, "check")
    assert check.exit_code == 1 and "cannot name a folder" in check.output
    assert "\u202e" not in result.output + check.output


def test_a_season_given_on_the_command_line_is_checked_too(ws: Workspace) -> None:
    result = run(ws, "generate", "--season", "../../x", "--jobs", "1")
    assert result.exit_code == 1
    assert result.output == (
        'Error: The season "../../x" (--season) cannot name a folder: it holds "/". Write the '
        "season as plain text, for example 2027 or 2026-27; nothing was written.\n")
    assert not (ws.root.parent / "x").exists() and not ws.output_dir.joinpath("forms").exists()


def test_an_ordinary_season_with_a_space_is_a_folder_name() -> None:
    assert name_problem("MUS 2027") is None and name_problem("2026-27") is None


@links
def test_a_forms_folder_that_is_a_link_elsewhere_is_refused(ws: Workspace,
                                                           tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (ws.output_dir / "forms").mkdir(parents=True)
    (ws.output_dir / "forms" / "2027").symlink_to(elsewhere, target_is_directory=True)
    result = run(ws, "generate", "--jobs", "1")
    assert result.exit_code == 1
    assert "which is outside" in result.output and "Remove the link" in result.output
    assert list(elsewhere.iterdir()) == []


@links
def test_a_returned_form_swapped_for_a_link_after_listing_is_not_read(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen.docx", folder / "a.docx")
    listed = scan(folder).files
    (folder / "a.docx").unlink()  # between listing and opening: someone else's form, linked
    (folder / "a.docx").symlink_to(sample_forms.out / "1007_Jens_Hansen.docx")
    [result] = extract_all(listed, None, jobs=1)
    assert result.response is None
    assert [p.code for p in result.problems] == ["link"]


@links
def test_a_file_opened_is_the_file_the_folder_holds(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the system has no O_NOFOLLOW (Windows), the check after opening still refuses."""
    (tmp_path / "real").write_bytes(b"secret")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    monkeypatch.setattr("pipeline.places._NOFOLLOW", 0)
    with pytest.raises(LinkRefused):
        open_own(tmp_path / "link", os.O_RDONLY)
    assert read_own(tmp_path / "real") == b"secret"


@links
def test_a_template_that_is_a_link_outside_its_folder_is_refused(ws: Workspace,
                                                                 tmp_path: Path) -> None:
    outside = tmp_path / "outside.j2"
    outside.write_text("{{ navn }}", "utf-8")
    (ws.templates_dir / "intro.da.j2").unlink()
    (ws.templates_dir / "intro.da.j2").symlink_to(outside)
    result = run(ws, "generate", "--jobs", "1")
    assert result.exit_code == 1
    assert f"The template {ws.templates_dir / 'intro.da.j2'} is a link to a file outside" \
        in result.output
    assert not (ws.output_dir / "forms" / "2027").exists()
    with pytest.raises(TemplateError, match="uses templates only from the templates folder"):
        from pipeline.workspace import template_path

        (ws.templates_dir / "form.docx").unlink()
        (ws.templates_dir / "form.docx").symlink_to(outside)
        template_path(ws.templates_dir, "form.docx")
