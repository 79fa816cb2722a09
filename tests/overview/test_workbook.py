"""The overview workbook, opened with openpyxl and pandas and checked against the forms."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipeline.collect.ingest import IngestOptions, IngestResult, ingest
from pipeline.errors import OutputError
from pipeline.forms.generate import GenerateResult
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import DEFAULTS

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
INJECTIONS = ['=HYPERLINK("http://evil","klik")', "+45 12 34 56 78", "-5%", "@leder",
              "=1+1", "#N/A"]
TODAY = dt.date(2027, 3, 1)


@pytest.fixture(scope="module")
def season(sample_forms: GenerateResult, tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    folder = tmp_path_factory.mktemp("returned")
    form = lambda name: (sample_forms.out / name).read_bytes()  # noqa: E731
    (folder / "anne.docx").write_bytes(fill_by_tag(form("1001_Anne_Sørensen.docx"), {
        "mus:q:N1": "4 – I høj grad", "mus:q:N2": "2 – I lav grad", "mus:q:T4": "Ja",
        "mus:q:T1": INJECTIONS[0], "mus:q:T2": INJECTIONS[1], "mus:q:N4": INJECTIONS[2],
        "mus:q:N7": INJECTIONS[3], "mus:q:F1": INJECTIONS[4], "mus:q:F2": INJECTIONS[5],
        "mus:q:N8": "Mere sparring, tak", "mus:q:N11": "PRIVAT-TEKST",
        "mus:c:K1:now": "2 – Let øvet", "mus:c:K1:wanted": "5 – Ekspert",
        "mus:goal:1:goal": "=SUM(A1:A9)", "mus:goal:1:deadline": dt.date(2027, 9, 1),
        "mus:goal:1:followup": dt.date(2027, 2, 1), "mus:goal:2:goal": "Lære SQL",
        "mus:goal:2:followup": dt.date(2027, 12, 1)}))
    (folder / "anne-leder.docx").write_bytes(fill_by_tag(form("1001_Anne_Sørensen_leder.docx"), {
        "mus:q:L1": "3 – I nogen grad", "mus:c:K1:now": "3 – Øvet",
        "mus:goal:1:goal": "Overtage budgetopfølgningen"}))
    (folder / "jens.docx").write_bytes(fill_by_tag(form("1007_Jens_Hansen.docx"), {
        "mus:q:N1": "2 – I lav grad", "mus:c:K1:now": "4 – Erfaren"}))
    (folder / "aisha.docx").write_bytes(fill_by_tag(form("00042_Aisha_Ahmed.docx"), {
        "mus:q:N1": "5 – I meget høj grad", "mus:q:T4": "No"}))
    (folder / "noter.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path_factory.mktemp("out")
    return ingest(IngestOptions(folder, EMPLOYEES, QUESTIONS, out / "MUS-oversigt-2027.xlsx",
                                per_leader=True, jobs=1), today=TODAY)


def frame(path: Path, sheet: str) -> pd.DataFrame:
    return pd.read_excel(path, sheet_name=sheet, dtype=object)


def test_sheets_in_order(season: IngestResult) -> None:
    wb = openpyxl.load_workbook(season.workbook)
    assert wb.sheetnames == ["Oversigt", "Svar", "Udviklingsmål", "Kompetencer", "Afdelinger",
                             "Problemer", "Om"]
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None
        assert ws.tables, ws.title


def test_overview_lists_everyone_with_status(season: IngestResult) -> None:
    df = frame(season.workbook, "Oversigt")
    assert len(df) == 25
    status = dict(zip(df["Medarbejdernr."], df["Status"], strict=True))
    assert status["1001"] == "Modtaget" and status["1007"] == "Modtaget"
    assert status["00042"] == "Modtaget"  # leading zeros kept, as text
    assert status["1002"] == "Mangler"
    assert list(df["Afdeling"]) == sorted(df["Afdeling"], key=str.casefold)
    anne = df[df["Medarbejdernr."] == "1001"].iloc[0]
    assert anne["Lederens skema"] == "Modtaget" and anne["Fil"] == "anne.docx"
    assert anne["Ubesvarede påkrævede"] == "N5"  # T1, N1, N2, F2 answered; N5 left empty


def test_answers_and_no_formula_injection(season: IngestResult) -> None:
    wb = openpyxl.load_workbook(season.workbook)
    ws = wb["Svar"]
    headers = [c.value for c in ws[1]]
    assert "N1 Hvordan trives du i dit arbejde?" in headers
    assert not any(str(h).startswith("N11") for h in headers)  # privat: never read
    assert not any(str(h).startswith("N8 ") for h in headers)  # leder: not in HR's workbook
    row = {h: c for h, c in zip(headers, next(r for r in ws.iter_rows(min_row=2)
                                              if r[0].value == "1001"), strict=True)}
    by_id = {h.split(" ")[0]: c for h, c in row.items()}
    assert by_id["N1"].value == 4
    assert by_id["T4"].value == "Ja"
    texts = [c.value for c in row.values()]
    for attempt in INJECTIONS:
        assert attempt in texts
    for cell in row.values():
        assert cell.data_type != "f", cell.value  # text from forms is never a formula
        assert cell.data_type != "e", cell.value
    with zipfile.ZipFile(season.workbook) as z:
        everything = "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist())
        sheets = "".join(z.read(n).decode() for n in z.namelist()
                         if n.startswith("xl/worksheets/sheet"))
    assert "<f>" not in sheets and "<f " not in sheets  # no formula anywhere in the data
    assert "PRIVAT-TEKST" not in everything


def test_goals_with_real_dates_and_overdue(season: IngestResult) -> None:
    wb = openpyxl.load_workbook(season.workbook)
    ws = wb["Udviklingsmål"]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, r, strict=True)) for r in ws.iter_rows(min_row=2)]
    anne = [r for r in rows if r["Medarbejdernr."].value == "1001"]
    assert [r["Mål"].value for r in anne] == ["=SUM(A1:A9)", "Lære SQL",
                                              "Overtage budgetopfølgningen"]
    assert [r["Kilde"].value for r in anne] == ["Forslag (medarbejder)"] * 2 + [
        "Forslag (leder)"]
    assert anne[0]["Mål"].data_type == "s"
    assert anne[0]["Deadline"].is_date and anne[0]["Deadline"].value.date() == dt.date(2027, 9, 1)
    assert anne[0]["Opfølgning overskredet"].value == "Ja"  # 1 Feb 2027 is before 1 Mar 2027
    assert anne[1]["Opfølgning overskredet"].value is None
    assert "Status (HR)" in headers


def test_competences_with_leader_view_gap_and_averages(season: IngestResult) -> None:
    df = frame(season.workbook, "Kompetencer")
    k1 = df[(df["Medarbejdernr."] == "1001") & (df["Kompetence-ID"] == "K1")].iloc[0]
    assert (k1["Nu"], k1["Ønsket"], k1["Gab"], k1["Nu (leder)"]) == (2, 5, 3, 3)
    averages = df.dropna(subset=["Type"])
    everyone = averages[averages["Type"] == "Alle"].iloc[0]
    assert everyone["K1 Faglig viden"] == pytest.approx((2 + 4) / 2)
    it = averages[(averages["Type"] == "Afdeling") & (averages["Navn.1"] == "IT")].iloc[0]
    assert it["K1 Faglig viden"] == 4
    ws = openpyxl.load_workbook(season.workbook)["Kompetencer"]
    assert ws.conditional_formatting  # colour scales
    with zipfile.ZipFile(season.workbook) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())


def test_departments(season: IngestResult) -> None:
    df = frame(season.workbook, "Afdelinger")
    it = df[(df["Type"] == "Afdeling") & (df["Navn"] == "IT")].iloc[0]
    assert (it["Medarbejdere"], it["Modtaget"], it["Mangler"]) == (7, 2, 5)
    assert it["N1 Hvordan trives du i dit arbejde?"] == pytest.approx(3.5)


def test_problems_and_about(season: IngestResult) -> None:
    problems = frame(season.workbook, "Problemer")
    assert list(problems["Fil"]) == ["noter.pdf"]
    assert problems["Problem"][0] == "Dette er en PDF; svar kan ikke læses fra en PDF."
    about = dict(zip(*[frame(season.workbook, "Om")[c] for c in ("Oplysning", "Værdi")],
                     strict=True))
    assert about["Sæson"] == "2027" and about["Medarbejderskemaer modtaget"] == 3


def test_leaders_see_only_their_own(season: IngestResult) -> None:
    names = sorted(p.name for p in season.leader_workbooks)
    assert names == ["MUS-oversigt-2027-Ali_Hassan.xlsx", "MUS-oversigt-2027-Hanne_Kjær.xlsx",
                     "MUS-oversigt-2027-Morten_Dahl.xlsx", "MUS-oversigt-2027-Pia_Lund.xlsx"]
    hanne = next(p for p in season.leader_workbooks if "Hanne" in p.name)
    overview = frame(hanne, "Oversigt")
    assert set(overview["Leder"]) == {"Hanne Kjær"} and len(overview) == 6
    answers = frame(hanne, "Svar")
    assert list(answers["Medarbejdernr."]) == ["1001"]
    assert answers["N8 Hvad forventer du af din leder?"][0] == "Mere sparring, tak"
    assert not any(str(c).startswith("N11") for c in answers.columns)
    assert frame(hanne, "Problemer").empty  # the stray PDF is nobody's


def test_workbook_write_is_atomic(season: IngestResult, monkeypatch: pytest.MonkeyPatch,
                                  tmp_path: Path) -> None:
    from pipeline.overview import workbook

    target = tmp_path / "w.xlsx"
    target.write_bytes(season.workbook.read_bytes())
    before = target.read_bytes()

    def locked(src: str, dst: str) -> None:  # what Windows does while Excel has the file open
        raise PermissionError(13, "The process cannot access the file", dst)

    monkeypatch.setattr("pipeline.overview.xlsx.os.replace", locked)
    with pytest.raises(OutputError, match="probably open in Excel"):
        workbook.write_overview(season.collected, target, "da", {})
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["w.xlsx"]


def test_english_workbook(sample_forms: GenerateResult, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "a.docx").write_bytes(fill_by_tag(
        (sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes(),
        {"mus:q:N1": "4 – I høj grad", "mus:q:T4": "Ja", "mus:goal:1:goal": "SQL"}))
    result = ingest(IngestOptions(folder, EMPLOYEES, QUESTIONS, tmp_path / "en.xlsx",
                                  lang="en", jobs=1))
    wb = openpyxl.load_workbook(result.workbook)
    assert wb.sheetnames == ["Overview", "Answers", "Development goals", "Competences",
                             "Departments", "Problems", "About"]
    overview = frame(result.workbook, "Overview")
    assert dict(zip(overview["Employee no."], overview["Status"], strict=True))["1001"] == \
        "Received"
    answers = frame(result.workbook, "Answers")
    t4 = next(c for c in answers.columns if c.startswith("T4 "))
    assert answers[t4][0] == "Yes"
    goals = frame(result.workbook, "Development goals")
    assert list(goals["Source"]) == ["Proposed (employee)"]
