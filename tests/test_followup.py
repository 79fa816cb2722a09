"""Agreement → mus followup → the follow-up form filled as Word does and as LibreOffice saves it →
ingest: each agreed goal's latest status and date in the workbook; a second follow-up is another
follow-up, not a copy; next season starts from the latest status; the mail goes to the employee
with a copy to the leader, once per round."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.agreement import AgreementOptions, write_agreements
from pipeline.cli import main
from pipeline.collect.extract import extract_file
from pipeline.collect.ingest import IngestOptions, collect, ingest
from pipeline.followup import FollowupOptions, write_followups
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.forms.manifest import read_manifest
from pipeline.mail.compose import plan_messages
from pipeline.model import FormKind, PreviousGoalStatus
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.text import block_text
from pipeline.overview.previous import read_previous_goals
from pipeline.sheets import read_employees
from pipeline.workspace import DEFAULTS, Workspace
from tests.helpers import libreoffice_like, strip_controls
from tests.validation import assert_valid_ooxml

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
MAY, JUNE = dt.date(2027, 5, 1), dt.date(2027, 6, 1)


@pytest.fixture
def returned(sample_forms: GenerateResult, tmp_path: Path) -> Path:
    """Anne's form with two goals, and her agreement with a third written in the meeting: two
    agreed (follow-up in May and in August), one not agreed (follow-up in May: never followed
    up), signed."""
    folder = tmp_path / "returned"
    folder.mkdir()
    form = (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes()
    (folder / "anne.docx").write_bytes(fill_by_tag(form, {
        "mus:goal:1:goal": "Lære SQL", "mus:goal:1:followup": MAY,
        "mus:goal:2:goal": "Mentor for elev", "mus:goal:2:followup": dt.date(2027, 8, 1)}))
    made = write_agreements(AgreementOptions(folder, EMPLOYEES, QUESTIONS, tmp_path / "agr",
                                             only=("1001",)))
    (folder / "anne-aftale.docx").write_bytes(fill_by_tag(made.files[0].read_bytes(), {
        "mus:goal:3:goal": "Projektleder", "mus:goal:3:followup": MAY,
        "mus:goal:1:agreed": "Ja", "mus:goal:2:agreed": "Ja", "mus:goal:3:agreed": "Nej",
        "mus:agr:held": dt.date(2027, 2, 1), "mus:agr:employee_name": "Anne Sørensen",
        "mus:agr:leader_name": "Hanne Kjær"}))
    return folder


def test_followup_forms_for_the_agreed_goals_that_are_due(returned: Path,
                                                          tmp_path: Path) -> None:
    made = write_followups(FollowupOptions(returned, EMPLOYEES, QUESTIONS, JUNE,
                                           output_root=tmp_path / "output"))
    assert made.out == tmp_path / "output" / "followups" / "2027" / "2027-06-01"
    assert [p.name for p in made.files] == ["1001_Anne_Sørensen_opfølgning.docx"]
    assert made.goals == 1  # Mentor is due in August; Projektleder was not agreed
    assert_valid_ooxml(made.files[0])
    blank = extract_file(made.files[0]).response
    assert blank is not None and blank.kind is FormKind.FOLLOWUP
    assert blank.previous_goals == (PreviousGoalStatus("Lære SQL"),)
    assert [(e.kind, e.file) for e in read_manifest(made.out).forms] == [
        ("followup", "1001_Anne_Sørensen_opfølgning.docx")]
    with pytest.raises(Exception, match="already exist"):
        write_followups(FollowupOptions(returned, EMPLOYEES, QUESTIONS, JUNE,
                                        output_root=tmp_path / "output"))


@pytest.mark.parametrize("saved_by", ["word", "libreoffice", "copied"])
def test_a_filled_followup_reads_back(returned: Path, tmp_path: Path, saved_by: str,
                                      question_set: object) -> None:
    made = write_followups(FollowupOptions(returned, EMPLOYEES, QUESTIONS, JUNE,
                                           output_root=tmp_path / "output"))
    filled = fill_by_tag(made.files[0].read_bytes(), {
        "mus:prev:1:status": "I gang", "mus:prev:1:comment": "Kurset er taget.\nGodt.",
        "mus:prev:1:next": "Bruge det i hverdagen.", "mus:fu:held": dt.date(2027, 5, 20),
        "mus:fu:employee_name": "Anne Sørensen", "mus:fu:leader_name": "Hanne Kjær"})
    data = {"word": filled, "libreoffice": libreoffice_like(filled),
            "copied": strip_controls(filled)}[saved_by]
    path = tmp_path / "back.docx"
    path.write_bytes(data)
    response = extract_file(path, question_set=question_set).response  # type: ignore[arg-type]
    assert response is not None and response.kind is FormKind.FOLLOWUP
    assert response.previous_goals == (PreviousGoalStatus(
        "Lære SQL", "I gang", "Kurset er taget.\nGodt.", "Bruge det i hverdagen."),)
    if saved_by != "copied":  # (the signature lines are read only from their fields)
        assert response.extra["fu:held"] == dt.date(2027, 5, 20)
        assert response.problems == ()


def test_the_workbook_shows_each_goals_latest_followup(returned: Path, tmp_path: Path) -> None:
    first = write_followups(FollowupOptions(returned, EMPLOYEES, QUESTIONS, JUNE,
                                            output_root=tmp_path / "output"))
    (returned / "opf1.docx").write_bytes(fill_by_tag(first.files[0].read_bytes(), {
        "mus:prev:1:status": "I gang", "mus:fu:held": dt.date(2027, 5, 20),
        "mus:fu:employee_name": "Anne Sørensen"}))
    # Sent back untouched: no follow-up, and said so.
    (returned / "opf-urørt.docx").write_bytes(first.files[0].read_bytes())
    got = collect(returned, EMPLOYEES, QUESTIONS, jobs=1)
    assert [(p.file, p.code) for p in got.problems] == [("opf-urørt.docx", "followup-empty")]
    # Nothing more due by June: Lære SQL is followed up. By September, Mentor is due.
    again = write_followups(FollowupOptions(returned, EMPLOYEES, QUESTIONS, JUNE,
                                            output_root=tmp_path / "output2"))
    assert (again.files, again.done) == ([], 1)
    later = write_followups(FollowupOptions(returned, EMPLOYEES, QUESTIONS,
                                            dt.date(2027, 9, 1),
                                            output_root=tmp_path / "output"))
    assert later.goals == 1
    (returned / "opf-urørt.docx").unlink()
    (returned / "opf2.docx").write_bytes(fill_by_tag(later.files[0].read_bytes(), {
        "mus:prev:1:status": "Gennemført", "mus:fu:held": dt.date(2027, 8, 20),
        "mus:fu:leader_name": "Hanne Kjær"}))
    result = ingest(IngestOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "w.xlsx", jobs=1),
                    today=dt.date(2027, 9, 1))
    assert result.collected.problems == ()  # two follow-ups, neither a copy of the other
    goals = pd.read_excel(result.workbook, sheet_name="Udviklingsmål", dtype=object)
    anne = goals[goals["Medarbejdernr."] == "1001"].set_index("Mål")
    assert anne.loc["Lære SQL", "Seneste opfølgning"] == "I gang"
    assert anne.loc["Lære SQL", "Opfølgning holdt"].date() == dt.date(2027, 5, 20)
    assert anne.loc["Mentor for elev", "Seneste opfølgning"] == "Gennemført"
    assert pd.isna(anne.loc["Projektleder", "Seneste opfølgning"])
    assert anne.loc["Projektleder", "Status i aftalen"] == "Ikke aftalt"
    assert anne["Opfølgning overskredet"].isna().all()  # followed up, or not agreed
    # Next season: the agreed goals with their latest status; a dropped one is left out.
    previous = read_previous_goals(result.workbook)
    assert [(g.goal, g.status, g.status_date) for g in previous["1001"]] == [
        ("Lære SQL", "I gang", dt.date(2027, 5, 20)),
        ("Mentor for elev", "Gennemført", dt.date(2027, 8, 20))]
    forms = generate(GenerateOptions(EMPLOYEES, QUESTIONS, tmp_path / "2028", season="2028",
                                     previous=result.workbook, jobs=1, only=("1001",)))
    with SafeZip(forms.out / "1001_Anne_Sørensen.docx") as package:
        shown = block_text(package.xml("word/document.xml"))
    assert "Seneste status: I gang (20. maj 2027)" in shown
    assert "Seneste status: Gennemført (20. august 2027)" in shown
    assert "Projektleder" not in shown  # not agreed: nothing to look back on


def test_mail_followup_to_the_employee_with_a_copy_to_the_leader(returned: Path,
                                                                  ws: Workspace) -> None:
    made = write_followups(FollowupOptions(returned, ws.employees, ws.questions, JUNE,
                                           output_root=ws.output_dir))
    manifest = read_manifest(made.out)
    planned, skipped = plan_messages(manifest, read_employees(ws.employees))
    [item] = planned
    assert (item.to_address, item.cc) == ("ans@eksempel.dk", (("Hanne Kjær",
                                                                "hkj@eksempel.dk"),))
    assert item.key == f"2027:1001:followup:invitation:{manifest.generated}" and not skipped
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "mail", "--followup"])
    assert result.exit_code == 0, result.output
    draft = message_from_bytes(
        (ws.output_dir / "mail" / "1001_Anne_Sørensen_opfølgning.eml").read_bytes(),
        policy=default)
    assert draft["Subject"] == "MUS 2027: opfølgning på udviklingsmålene for Anne Sørensen"
    assert (draft["To"], draft["Cc"]) == ("Anne Sørensen <ans@eksempel.dk>",
                                          "Hanne Kjær <hkj@eksempel.dk>")
    assert "Kære Anne og Hanne" in draft.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    empty = CliRunner().invoke(main, ["--dir", str(ws.root / "nowhere"), "mail", "--followup",
                                      "--questions", str(ws.questions)])
    assert empty.exit_code == 1 and "Run `mus followup` first" in empty.output


def test_mus_followup_on_the_command_line(returned: Path, ws: Workspace) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "followup", str(returned),
                                       "--due-before", "01-06-2027"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "Read 1 agreement(s). Wrote 1 follow-up form(s) with 1 agreed goal(s) due for "
        f"follow-up by 1 June 2027 to {ws.output_dir / 'followups' / '2027' / '2027-06-01'}.")
    status = CliRunner().invoke(main, ["--dir", str(ws.root), "status", str(returned)])
    assert "Meetings held (agreement returned): 1 of 25. Agreed goals due for follow-up and " \
           "not followed up yet: " in status.output
    bad = CliRunner().invoke(main, ["--dir", str(ws.root), "followup", str(returned),
                                    "--due-before", "snart"])
    assert bad.exit_code == 2 and '"snart" is not a date' in bad.output


def _with_status(path: Path, leaver: str, status: str) -> Path:
    """The sample employee list with a Status column, `leaver` given `status`."""
    from openpyxl import load_workbook

    wb = load_workbook(EMPLOYEES)
    ws = wb.worksheets[0]
    column = ws.max_column + 1
    header = next(c.row for c in ws["A"] if c.value == "Medarbejdernr.")
    ws.cell(header, column, "Status")
    for row in range(header + 1, ws.max_row + 1):
        number = ws.cell(row, 1).value
        if number is not None:
            ws.cell(row, column, status if str(number) == leaver else "Aktiv")
    wb.save(path)
    return path


@pytest.mark.parametrize("option", ["include_leavers", "skip_on_leave"])
def test_a_followup_follows_the_list_on_leavers_and_leave(returned: Path, tmp_path: Path,
                                                          option: str) -> None:
    """Who left during the year gets no follow-up form unless --include-leavers; who is on
    leave gets one unless --skip-on-leave: the same rule as every other form."""
    status = "Fratrådt" if option == "include_leavers" else "Barsel"
    employees = _with_status(tmp_path / "employees.xlsx", "1001", status)

    def made(**flag: bool) -> list[str]:
        out = tmp_path / "output" / "_".join(flag) / option
        return [p.name for p in write_followups(FollowupOptions(
            returned, employees, QUESTIONS, JUNE, out=out, **flag)).files]

    by_default = [] if option == "include_leavers" else ["1001_Anne_Sørensen_opfølgning.docx"]
    assert made() == by_default
    assert made(**{option: True}) == (["1001_Anne_Sørensen_opfølgning.docx"]
                                      if option == "include_leavers" else [])


def test_the_leaver_flags_reach_followup_from_the_command_line(returned: Path,
                                                               ws: Workspace) -> None:
    _with_status(ws.employees, "1001", "Fratrådt")
    args = ["--dir", str(ws.root), "followup", str(returned), "--due-before", "01-06-2027"]
    left = CliRunner().invoke(main, args)
    assert left.exit_code == 0, left.output
    assert "Wrote 0 follow-up form(s)" in left.output
    kept = CliRunner().invoke(main, [*args, "--include-leavers", "--force"])
    assert kept.exit_code == 0, kept.output
    assert "Wrote 1 follow-up form(s)" in kept.output
