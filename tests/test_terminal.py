"""What reaches the terminal: control characters from file names, forms and the employee list
are shown escaped, never acted on (forged lines, window titles, clipboard writes)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.forms.generate import GenerateResult
from pipeline.terminal import one_line, printable
from pipeline.workspace import Workspace

# A window title, a clipboard write (OSC 52), a cursor move, a right-to-left override, C1 CSI
HOSTILE = "a\x1b]0;owned\x07b\x1b]52;c;ZXZpbA==\x07c\x1b[2Ad\u202eexe.pdf\x9b31m"


def test_printable_shows_every_control_character_escaped() -> None:
    shown = printable(HOSTILE + "\nnext\tline\r")
    assert shown == ("a\\u001b]0;owned\\u0007b\\u001b]52;c;ZXZpbA==\\u0007c\\u001b[2Ad"
                     "\\u202eexe.pdf\\u009b31m\nnext\tline\\u000d")
    assert all(ch.isprintable() or ch in "\n\t" for ch in shown)


def test_one_line_escapes_line_breaks_too() -> None:
    assert one_line("x.docx\nRead 99 forms") == "x.docx\\u000aRead 99 forms"
    assert one_line("Søren\u00a0Østergaard") == "Søren\u00a0Østergaard"  # letters untouched


def test_escapes_keep_a_json_line_json() -> None:
    line = json.dumps({"file": "\u202e\U000e0041x\udcff"}, ensure_ascii=False)
    assert json.loads(printable(line)) == {"file": "\u202e\U000e0041x\udcff"}


@pytest.mark.skipif(sys.platform == "win32", reason="such names are not allowed on Windows")
def test_ingest_prints_a_hostile_file_name_escaped(sample_forms: GenerateResult, ws: Workspace,
                                                    tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    name = "x.pdf\nRead 99 form(s) from 99 file(s)\x1b]0;owned\x07.pdf"
    (folder / name).write_bytes(b"%PDF")
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen.docx", folder / "a.docx")
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "ingest", str(folder),
                                       "--jobs", "1"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line for line in lines if line.startswith("Read ")] == [
        "Read 1 form(s) from 2 file(s): 1 of 25 employees have answered, 24 still missing, "
        "1 problem(s)."]
    assert ("  x.pdf\\u000aRead 99 form(s) from 99 file(s)\\u001b]0;owned\\u0007.pdf: This is a "
            "PDF; answers cannot be read from a PDF.") in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_a_form_s_answers_are_shown_escaped_by_mus_extract(sample_forms: GenerateResult,
                                                           ws: Workspace, tmp_path: Path) -> None:
    from pipeline.ooxml.fill import fill_by_tag

    form = tmp_path / "a.docx"  # XML cannot hold C0 controls, but C1 and bidi controls it can
    form.write_bytes(fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                                 {"mus:q:T1": "Fint\u009b2J\u202e\nNæste linje"}))
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "extract", str(form)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "      Fint\\u009b2J\\u202e\n      Næste linje\n" in result.output
    assert "\u009b" not in result.output and "\u202e" not in result.output


def test_a_name_from_the_employee_list_is_shown_escaped(ws: Workspace) -> None:
    ws.employees.unlink()
    (ws.input_dir / "employees.csv").write_text(
        "Medarbejdernr.;Navn;E-mail;Afdeling\n"
        "1001;Anne\x1b[2J\x1b[1A\x07 Sørensen;ans@x.dk;IT\n", "utf-8")
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"], catch_exceptions=False)
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Anne\\u001b[2J\\u001b[1A\\u0007 Sørensen" in result.output
