"""Employees with no leader on a list that has leaders: no leader's form is made for them, none is
counted as missing, and their leader-only answers go to no workbook (there is no leader to see
them). And an agreement sent back untouched does not make a good form a problem."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from pipeline.agreement import AgreementOptions, write_agreements
from pipeline.cli import main
from pipeline.collect.ingest import IngestOptions, ingest
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.ooxml.fill import fill_by_tag
from pipeline.report import status_text
from pipeline.workspace import DEFAULTS, Workspace
from tests.helpers import employees_xlsx
from tests.overview.reading import frame

QUESTIONS = DEFAULTS / "input" / "questions.xlsx"


def team(path: Path) -> Path:
    return employees_xlsx(path, rows=[
        (1, "Anne Holm", "a@x.dk", "IT", "Udvikler", "Pia Lund", "pl@x.dk", "", "da"),
        (2, "Ole Berg", "o@x.dk", "Direktion", "Direktør", "", "", "", "da")])


def test_no_leader_no_leaders_form(tmp_path: Path) -> None:
    employees = team(tmp_path / "employees.xlsx")
    made = generate(GenerateOptions(employees, QUESTIONS, tmp_path / "forms", jobs=1))
    assert sorted((e.employee_id, e.kind) for e in made.entries) == [
        ("1", "employee"), ("1", "leader"), ("2", "employee")]
    assert [e.number for e in made.no_leader] == ["2"]

    returned = tmp_path / "returned"
    returned.mkdir()
    ole = (made.out / "2_Ole_Berg.docx").read_bytes()
    (returned / "ole.docx").write_bytes(fill_by_tag(ole, {"mus:q:N4": "Klare mål",
                                                          "mus:q:N1": "4 – Godt"}))
    pia = (made.out / "1_Anne_Holm_leder.docx").read_bytes()
    (returned / "pia-om-anne.docx").write_bytes(fill_by_tag(pia, {"mus:q:N1": "4 – Godt"}))
    result = ingest(IngestOptions(returned, employees, QUESTIONS, tmp_path / "out" / "w.xlsx",
                                  per_leader=True, jobs=1))
    overview = frame(result.workbook, "Medarbejdere").set_index("Medarbejdernr.")
    assert overview.loc["1", "Lederens skema"] == "Modtaget"
    assert pd.isna(overview.loc["2", "Lederens skema"])  # none was made: none is missing
    status = status_text(result.collected)
    assert "\n(no leader): 1/1 answered\n" in status  # and no leader's form to count
    assert "\nPia Lund: 0/1 answered, leader's forms 1/1\n" in status

    nobody = next(p for p in result.leader_workbooks if p.name.endswith("uden-leder.xlsx"))
    answers = frame(nobody, "Svar")  # N4 (Hvad har du brug for fra din leder?): Synlighed = leder
    assert "Klare mål" not in answers.to_string()
    assert not [c for c in answers.columns if str(c).startswith("N4 ")]


def test_generate_says_who_got_no_leaders_form(ws: Workspace) -> None:
    team(ws.employees)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "generate"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert ("No leader's form for 1 employee(s) with no leader on the list: 2 Ole Berg. Add "
            "their leader to the list and run `mus generate --only NUMBER` if they should have "
            "one.\n") in result.output


def test_untouched_agreement_leaves_the_form_received(sample_forms: GenerateResult,
                                                      tmp_path: Path) -> None:
    employees = DEFAULTS / "input" / "employees.xlsx"
    returned = tmp_path / "returned"
    returned.mkdir()
    anne = (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes()
    (returned / "anne.docx").write_bytes(fill_by_tag(anne, {"mus:q:N1": "4 – Godt"}))
    made = write_agreements(AgreementOptions(returned, employees, QUESTIONS, tmp_path / "agr",
                                             only=("1001",)))
    (returned / "anne-aftale.docx").write_bytes(made.files[0].read_bytes())  # untouched
    result = ingest(IngestOptions(returned, employees, QUESTIONS, tmp_path / "w.xlsx", jobs=1))
    assert [p.code for p in result.collected.problems] == ["agreement-empty"]
    overview = frame(result.workbook, "Medarbejdere").set_index("Medarbejdernr.")
    assert overview.loc["1001", "Status"] == "Modtaget"
