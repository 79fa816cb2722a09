"""The overview workbook as HR and a leader read it: opened with openpyxl and pandas and checked
against the forms that were filled in."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from pipeline.collect.ingest import IngestOptions, IngestResult, ingest
from pipeline.forms.generate import GenerateResult
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import DEFAULTS
from tests.overview.reading import (
    block,
    charts,
    column_of,
    figures,
    frame,
    line_after,
    ranges,
    sheet,
)

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
INJECTIONS = ['=HYPERLINK("http://evil","klik")', "+45 12 34 56 78", "-5%", "@leder",
              "=1+1", "#N/A"]
TODAY = dt.date(2027, 3, 1)
LONG = ("Jeg har brugt det meste af året på at lære det nye sagssystem at kende, og jeg vil "
        "gerne have mere tid til fordybelse.\nDerudover savner jeg sparring om prioriteringen "
        "af opgaverne i de travle perioder, især op til budgetfristerne.")


@pytest.fixture(scope="module")
def season(sample_forms: GenerateResult, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    folder = tmp_path_factory.mktemp("returned")
    form = lambda name: (sample_forms.out / name).read_bytes()  # noqa: E731
    (folder / "anne.docx").write_bytes(fill_by_tag(form("1001_Anne_Sørensen.docx"), {
        "mus:q:N1": "4 – I høj grad", "mus:q:N2": "2 – I lav grad", "mus:q:T3": "Ja",
        "mus:q:T1": LONG, "mus:q:N3": INJECTIONS[0], "mus:q:F1": INJECTIONS[1],
        "mus:q:F5": INJECTIONS[2], "mus:q:N4": "Mere sparring, tak", "mus:q:N6": "PRIVAT-TEKST",
        "mus:c:K1:now": "2 – Let øvet", "mus:c:K1:wanted": "5 – Ekspert",
        "mus:c:K2:now": "3 – Øvet", "mus:c:K2:wanted": "4 – Erfaren",
        "mus:goal:1:goal": "=SUM(A1:A9)", "mus:goal:1:deadline": dt.date(2027, 9, 1),
        "mus:goal:1:followup": dt.date(2027, 2, 1), "mus:goal:2:goal": "Lære SQL",
        "mus:goal:2:followup": dt.date(2027, 12, 1)}))
    (folder / "anne-leder.docx").write_bytes(fill_by_tag(form("1001_Anne_Sørensen_leder.docx"), {
        "mus:q:L1": "3 – I nogen grad", "mus:c:K1:now": "3 – Øvet",
        "mus:goal:1:goal": "Overtage budgetopfølgningen",
        "mus:goal:1:followup": dt.date(2027, 3, 20)}))
    (folder / "jens.docx").write_bytes(fill_by_tag(form("1007_Jens_Hansen.docx"), {
        "mus:q:N1": "2 – I lav grad", "mus:c:K1:now": "4 – Erfaren",
        "mus:c:K1:wanted": "4 – Erfaren", "mus:q:T1": INJECTIONS[3],
        "mus:q:N3": INJECTIONS[4], "mus:q:F1": INJECTIONS[5]}))
    (folder / "aisha.docx").write_bytes(fill_by_tag(form("00042_Aisha_Ahmed.docx"), {
        "mus:q:N1": "5 – I meget høj grad", "mus:q:T3": "No"}))
    (folder / "noter.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path_factory.mktemp("out")
    return ingest(IngestOptions(folder, EMPLOYEES, QUESTIONS, out / "MUS-oversigt-2027.xlsx",
                                per_leader=True, jobs=1), today=TODAY)


def test_sheets_in_order_each_with_a_header_kept_in_view(season: IngestResult) -> None:
    wb = openpyxl.load_workbook(season.workbook)
    assert wb.sheetnames == ["Overblik", "Medarbejdere", "Dækning", "Svar", "Udviklingsmål",
                             "Kompetencer", "Afdelinger", "Ledere", "Problemer", "Spørgsmål",
                             "Om"]
    assert wb.active is not None and wb.active.title == "Overblik"
    for ws in wb.worksheets[1:]:
        if ws.title == "Dækning":  # tables under headings, as on the front sheet
            assert ws.page_setup.orientation == "landscape"
            continue
        assert ws.freeze_panes is not None, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title  # the header on every printed page
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr is not None
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        if ws.title != "Om":
            assert ws.auto_filter.ref, ws.title
    assert wb.properties.title == "MUS 2027"


def test_front_sheet_counts_and_answers_per_department_and_leader(
        season: IngestResult) -> None:
    ws = sheet(season.workbook, "Overblik")
    assert ws["A1"].value == "MUS 2027 – Eksempel Kommune"
    numbers = figures(ws)
    assert numbers["Medarbejdere på listen"] == 25
    assert numbers["Har svaret"] == 3 and numbers["Mangler"] == 22
    assert numbers["Svarprocent"] == pytest.approx(3 / 25)
    assert numbers["Filer, der ikke kunne bruges"] == 1
    assert numbers["Lederskemaer modtaget"] == 1
    # Anne left F2 (required) empty, Jens and Aisha N2 and more: three forms back, none whole.
    assert numbers["Skemaer, der mangler påkrævede svar"] == 3
    # Where the season stands on 1 March 2027: the deadline (29 January) passed 31 days ago.
    assert numbers["Svarfrist"] == "29. januar 2027"
    assert numbers["Dage siden svarfristen"] == 31
    assert numbers["MUS-samtaler"] == "1. februar 2027 – 20. februar 2027"
    departments = block(ws, "Afdeling")
    assert [r[:4] for r in departments] == [("Borgerservice", 7, 0, 7), ("HR og Løn", 5, 0, 5),
                                            ("IT", 7, 2, 5), ("Økonomi", 6, 1, 5)]
    assert sum(r[1] for r in departments) == 25  # each employee once
    leaders = block(ws, "Leder")
    assert [r[:4] for r in leaders] == [("Ali Hassan", 7, 0, 7), ("Hanne Kjær", 6, 1, 5),
                                        ("Morten Dahl", 7, 2, 5), ("Pia Lund", 5, 0, 5)]


def test_front_sheet_charts_start_at_zero_and_show_every_label(season: IngestResult) -> None:
    drawn = charts(season.workbook, 1)
    assert len(drawn) == 3  # answers per department, per leader; now against wanted
    for xml in drawn:
        assert '<c:min val="0"/>' in xml  # no axis starting at 2.8
        assert '<c:tickLblSkip val="1"/>' in xml  # every category labelled
    assert '<c:grouping val="stacked"/>' in drawn[0]
    assert '<c:max val="5"/>' in drawn[2]  # the whole scale


def test_front_sheet_gaps_and_follow_ups(season: IngestResult) -> None:
    ws = sheet(season.workbook, "Overblik")
    gaps = block(ws, "Kompetence")
    assert gaps[0][0] == "K1 Faglig viden"  # Anne wants 5 and is 2; Jens 4 and 4
    assert gaps[0][1:5] == (pytest.approx(3.0), pytest.approx(4.5), pytest.approx(1.5), 2)
    assert ws.cell(row=_row_of(ws, "K1 Faglig viden"), column=2).number_format == "0.0"
    due = block(ws, "Medarbejder")
    # Overdue (1 February) and due within a month (20 March); December is not due yet.
    assert [(r[0], r[2].date(), r[3], r[4], r[6]) for r in due] == [
        ("Anne Sørensen", dt.date(2027, 2, 1), "Ja", "forslag (medarbejder)", "=SUM(A1:A9)"),
        ("Anne Sørensen", dt.date(2027, 3, 20), None, "forslag (leder)",
         "Overtage budgetopfølgningen")]


def _row_of(ws: openpyxl.worksheet.worksheet.Worksheet, first: str) -> int:
    return next(r[0].row for r in ws.iter_rows() if r[0].value == first)


def test_overview_lists_everyone_with_status(season: IngestResult) -> None:
    df = frame(season.workbook, "Medarbejdere")
    assert len(df) == 25
    status = dict(zip(df["Medarbejdernr."], df["Status"], strict=True))
    assert status["1001"] == "Modtaget" and status["1007"] == "Modtaget"
    assert status["00042"] == "Modtaget"  # leading zeros kept, as text
    assert status["1002"] == "Mangler"
    assert list(df["Afdeling"]) == sorted(df["Afdeling"], key=str.casefold)
    anne = df[df["Medarbejdernr."] == "1001"].iloc[0]
    assert anne["Lederens skema"] == "Modtaget" and anne["Fil"] == "anne.docx"
    # T1, N1, N2 answered; F2 left empty: question 10 on her form
    assert anne["Ubesvarede påkrævede"] == "10 (F2)"
    assert anne["Læst fra"] == "Fra felterne"
    assert anne["MUS-dato"].date() == dt.date(2027, 2, 1)
    ws = sheet(season.workbook, "Medarbejdere")
    status_col = column_of(ws, "Status")
    # after the deadline: Problem and Mangler coloured, nothing for being received
    assert ranges(ws)[f"{status_col}2:{status_col}26"] == ["cellIs"] * 2


def test_answers_with_full_questions_and_no_formula_injection(season: IngestResult) -> None:
    ws = sheet(season.workbook, "Svar")
    headers = [c.value for c in ws[1]]
    assert "N1 Hvordan trives du i dit arbejde?" in headers
    assert not any(str(h).startswith("N6") for h in headers)  # privat: never read
    assert not any(str(h).startswith("N4 ") for h in headers)  # leder: not in HR's workbook
    long_header = next(c for c in ws[1] if str(c.value).startswith("N5 "))
    assert str(long_header.value).endswith("…")  # cut to a header, at a word …
    assert long_header.comment is not None  # … the whole question on its note
    assert long_header.comment.text == ("Hvordan fungerer de digitale systemer og værktøjer, "
                                        "du arbejder med?")
    row = {h: c for h, c in zip(headers, next(r for r in ws.iter_rows(min_row=2)
                                              if r[0].value == "1001"), strict=True)}
    by_id = {h.split(" ")[0]: c for h, c in row.items()}
    assert by_id["N1"].value == 4 and by_id["T3"].value == "Ja"
    assert by_id["T1"].value == LONG and by_id["T1"].alignment.wrap_text
    height = ws.row_dimensions[by_id["T1"].row].height
    assert height is not None and height >= 4 * 15  # the long answer shows: no overlap
    cells = [c for r in ws.iter_rows(min_row=2) for c in r]
    texts = [c.value for c in cells]
    for attempt in INJECTIONS:
        assert attempt in texts
    for cell in cells:
        assert cell.data_type not in ("f", "e"), cell.value  # text is never a formula
    with zipfile.ZipFile(season.workbook) as z:
        everything = "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist())
        sheets = "".join(z.read(n).decode() for n in z.namelist()
                         if n.startswith("xl/worksheets/sheet"))
    assert "<f>" not in sheets and "<f " not in sheets  # no formula anywhere in the data
    assert "PRIVAT-TEKST" not in everything
    widths = {h: ws.column_dimensions[c.column_letter].width for h, c in row.items()}
    n1 = next(h for h in headers if h.startswith("N1 "))
    t1 = next(h for h in headers if h.startswith("T1 "))
    assert widths[n1] < 16 < 40 < widths[t1]  # a one-digit column is narrow, free text wide


def test_goals_with_real_dates_overdue_and_a_status_drop_down(season: IngestResult) -> None:
    ws = sheet(season.workbook, "Udviklingsmål")
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, r, strict=True)) for r in ws.iter_rows(min_row=2)]
    anne = [r for r in rows if r["Medarbejdernr."].value == "1001"]
    assert [r["Mål"].value for r in anne] == ["=SUM(A1:A9)", "Lære SQL",
                                              "Overtage budgetopfølgningen"]
    assert [r["Status i aftalen"].value for r in anne] == ["Forslag (medarbejder)"] * 2 + [
        "Forslag (leder)"]
    assert anne[0]["Mål"].data_type == "s"
    assert anne[0]["Frist"].is_date and anne[0]["Frist"].value.date() == dt.date(2027, 9, 1)
    assert anne[0]["Opfølgning overskredet"].value == "Ja"  # 1 Feb 2027 is before 1 Mar 2027
    assert anne[1]["Opfølgning overskredet"].value is None
    status = column_of(ws, "Status (HR)")
    [validation] = ws.data_validations.dataValidation
    assert validation.type == "list" and str(validation.sqref) == f"{status}2:{status}4"
    assert validation.formula1 == '"Ikke startet,I gang,Gennemført,Udskudt,Droppet"'


def test_competences_are_assessments_never_coloured(season: IngestResult) -> None:
    df = frame(season.workbook, "Kompetencer")
    k1 = df[(df["Medarbejdernr."] == "1001") & (df["Kompetence-ID"] == "K1")].iloc[0]
    assert (k1["Nu"], k1["Ønsket"], k1["Gab"], k1["Nu (leder)"]) == (2, 5, 3, 3)
    assert "Type" not in df.columns  # no summary table beside the rows
    # A level someone gives themselves (or their leader gives them) is no warning: a student
    # helper who rates himself 1 is new. No colour on the sheet at all.
    assert ranges(sheet(season.workbook, "Kompetencer")) == {}


def test_departments_and_leaders_in_separate_sheets_with_averages(season: IngestResult) -> None:
    departments = frame(season.workbook, "Afdelinger")
    assert departments["Medarbejdere"].sum() == 25  # a column sum counts everyone once
    it = departments[departments["Afdeling"] == "IT"].iloc[0]
    assert (it["Medarbejdere"], it["Modtaget"], it["Mangler"]) == (7, 2, 5)
    assert it["N1 Hvordan trives du i dit arbejde?"] == pytest.approx(3.5)
    assert it["K1 Faglig viden (nu)"] == pytest.approx(4)
    leaders = frame(season.workbook, "Ledere")
    hanne = leaders[leaders["Leder"] == "Hanne Kjær"].iloc[0]
    assert (hanne["Afdelinger"], hanne["Modtaget"], hanne["K1 Faglig viden (nu)"]) == (
        "Økonomi", 1, 2)
    ws = sheet(season.workbook, "Afdelinger")
    average = ws[f"{column_of(ws, 'N1 Hvordan trives du i dit arbejde?')}{_row_of(ws, 'IT')}"]
    assert average.value == pytest.approx(3.5) and average.number_format == "0.0"
    assert ws[f"{column_of(ws, 'Svarprocent')}2"].number_format == "0%"


def test_problems_questions_and_about(season: IngestResult) -> None:
    problems = frame(season.workbook, "Problemer")
    assert list(problems["Fil"]) == ["noter.pdf"]
    assert problems["Problem"][0] == "Dette er en PDF; svar kan ikke læses fra en PDF."
    questions = frame(season.workbook, "Spørgsmål")
    n6 = questions[questions["ID"] == "N6"].iloc[0]
    assert n6["Synlighed"] == "følsomt – læses aldrig"  # sensitive: not even its wording
    assert n6["Spørgsmål"] == "(følsomt spørgsmål: teksten står kun i skemaet)"
    assert questions[questions["ID"] == "N4"].iloc[0]["Synlighed"] == \
        "leder – kun lederens egen oversigt"
    assert questions[questions["ID"] == "N5"].iloc[0]["Spørgsmål"] == (
        "Hvordan fungerer de digitale systemer og værktøjer, du arbejder med?")
    about = dict(zip(*[frame(season.workbook, "Om")[c] for c in ("Oplysning", "Værdi")],
                     strict=True))
    assert about["Sæson"] == "2027" and about["Medarbejderskemaer modtaget"] == 3


def test_leaders_see_only_their_own_team_first(season: IngestResult) -> None:
    names = sorted(p.name for p in season.leader_workbooks)
    assert names == ["MUS-oversigt-2027-Ali_Hassan.xlsx", "MUS-oversigt-2027-Hanne_Kjær.xlsx",
                     "MUS-oversigt-2027-Morten_Dahl.xlsx", "MUS-oversigt-2027-Pia_Lund.xlsx"]
    hanne = next(p for p in season.leader_workbooks if "Hanne" in p.name)
    wb = openpyxl.load_workbook(hanne)
    # A page per conversation, her team's answers and goals; no departments of one bar, no
    # empty problem sheet.
    assert wb.sheetnames == ["Overblik", "Samtaleark", "Svar", "Udviklingsmål", "Kompetencer",
                             "Spørgsmål", "Om"]
    front = sheet(hanne, "Overblik")
    assert front["A1"].value == "MUS 2027: Hanne Kjærs medarbejdere"
    team = block(front, "Navn")
    assert [r[0] for r in team] == ["Anne Sørensen", "Jens Hansen", "Mette Nielsen",
                                    "Søren Østergaard", "Lærke Bjørn/Holm", "Frederik Møller"]
    assert team[0][1:5] == ("1001", dt.datetime(2027, 2, 1), "Modtaget", "Modtaget")
    assert team[1][3:5] == ("Mangler", "Mangler")
    assert charts(hanne, 1)  # her team's competences, now against wanted
    owed = block(front, "Medarbejder")
    assert [(r[0], r[6]) for r in owed] == [("Anne Sørensen", "=SUM(A1:A9)"),
                                            ("Anne Sørensen", "Overtage budgetopfølgningen")]
    answers = frame(hanne, "Svar")
    assert list(answers["Medarbejdernr."]) == ["1001"]
    assert answers["N4 Hvad har du brug for fra din leder?"][0] == "Mere sparring, tak"
    assert not any(str(c).startswith("N6") for c in answers.columns)


def test_a_leader_with_no_answers_gets_a_team_sheet_not_empty_sheets(
        season: IngestResult) -> None:
    pia = next(p for p in season.leader_workbooks if "Pia" in p.name)
    assert openpyxl.load_workbook(pia).sheetnames == ["Overblik", "Spørgsmål", "Om"]
    front = sheet(pia, "Overblik")
    assert figures(front)["Har svaret"] == 0
    assert {r[3] for r in block(front, "Navn")} == {"Mangler"}
    assert line_after(front, "Ingen opfølgninger forfalder inden 31. marts 2027.")
    assert not charts(pia, 1)


def test_english_workbook(sample_forms: GenerateResult, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "a.docx").write_bytes(fill_by_tag(
        (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes(),
        {"mus:q:N1": "4 – I høj grad", "mus:q:T3": "Ja", "mus:q:F3": "Mentorordning",
         "mus:c:K1:now": "3 – Øvet", "mus:goal:1:goal": "SQL"}))
    result = ingest(IngestOptions(folder, EMPLOYEES, QUESTIONS, tmp_path / "en.xlsx",
                                  lang="en", jobs=1))
    wb = openpyxl.load_workbook(result.workbook)
    assert wb.sheetnames == ["Summary", "Employees", "Coverage", "Answers", "Development goals",
                             "Competences", "Departments", "Leaders", "Problems", "Questions",
                             "About"]
    assert figures(sheet(result.workbook, "Summary"))["Have answered"] == 1
    overview = frame(result.workbook, "Employees")
    assert dict(zip(overview["Employee no."], overview["Status"], strict=True))["1001"] == \
        "Received"
    assert set(overview["Read from"].dropna()) == {"From the fields"}
    answers = frame(result.workbook, "Answers")
    t3 = next(c for c in answers.columns if c.startswith("T3 "))
    assert answers[t3][0] == "Yes"
    # The question set's English texts: questions, options chosen, phases, competences.
    assert "N1 How well are you thriving in your work?" in answers.columns
    f3 = next(c for c in answers.columns if c.startswith("F3 "))
    assert answers[f3][0] == "Mentoring"  # chosen on a Danish form: "Mentorordning"
    questions = frame(result.workbook, "Questions")
    assert questions[questions["ID"] == "T1"].iloc[0]["Phase"] == "Looking back"
    competences = frame(result.workbook, "Competences")
    assert competences["Competence"][0] == "Professional knowledge"
    summary = sheet(result.workbook, "Summary")
    assert summary["A1"].value == "MUS 2027 – Example Municipality"
    goals = frame(result.workbook, "Development goals")
    assert list(goals["Agreement status"]) == ["Proposed (employee)"]
