"""mus demo: the whole season on the sample data, as the README's first command runs it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.workspace import Workspace


def test_demo_runs_the_season_end_to_end(ws: Workspace, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "demo", "--out",
                                       str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"1. Generated 50 forms in {tmp_path / 'demo' / 'forms'}"
    assert lines[2].startswith("3. Read 44 form(s) from 46 file(s): 22 of 25 employees have "
                               "answered, 3 still missing, 3 problem(s).")
    # the PDF; the half-done earlier copy of Mette's form, which also answers a question her
    # later form leaves empty
    assert "invitation.pdf: This is a PDF" in result.output
    assert ("kopi af 1003_Mette_Nielsen.docx: This copy of the form for employee 1003 answers "
            "N2, which the copy used (1003_Mette_Nielsen.docx) leaves empty.") in result.output
    workbook = tmp_path / "demo" / "MUS-oversigt-2027.xlsx"
    assert f"Open {workbook} in Excel" in result.output
    wb = openpyxl.load_workbook(workbook)
    status = [row[5] for row in wb["Medarbejdere"].iter_rows(min_row=2, values_only=True)]
    assert status.count("Mangler") == 3 and status.count("Modtaget") == 22
    assert wb["Udviklingsmål"].max_row > 20  # every employee proposed a goal or two
    assert len(list((tmp_path / "demo" / "ledere").glob("*.xlsx"))) == 4
    # Run again: same folder, same result (the earlier demo is replaced, not added to).
    again = CliRunner().invoke(main, ["--dir", str(ws.root), "demo", "--out",
                                      str(tmp_path / "demo")])
    assert again.exit_code == 0 and again.output.splitlines()[2] == lines[2]
