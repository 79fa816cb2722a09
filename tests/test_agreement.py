"""Preparation form → agreement pre-filled with that employee's proposals → agreement edited as
in Word → ingest: agreed goals show as agreed and replace the proposals; the others stay
proposed; next season's --previous carries the agreed goals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pipeline.agreement import AgreementOptions, write_agreements
from pipeline.collect.extract import extract_file
from pipeline.collect.ingest import IngestOptions, collect, ingest
from pipeline.errors import OutputError
from pipeline.forms.generate import GenerateResult
from pipeline.model import FormKind, Goal, Rating
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.read_controls import iter_controls
from pipeline.ooxml.text import block_text
from pipeline.overview.previous import read_previous_goals
from pipeline.workspace import DEFAULTS

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"


@pytest.fixture
def returned(sample_forms: GenerateResult, tmp_path: Path) -> Path:
    folder = tmp_path / "returned"
    folder.mkdir()
    form = lambda name: (sample_forms.out / name).read_bytes()  # noqa: E731
    (folder / "anne.docx").write_bytes(fill_by_tag(form("1001_Anne_Sørensen.docx"), {
        "mus:goal:1:goal": "Lære SQL", "mus:goal:1:activities": "Kursus",
        "mus:goal:1:deadline": dt.date(2027, 9, 1), "mus:goal:2:goal": "Mentor for elev",
        "mus:c:K1:now": "2 – Let øvet", "mus:c:K1:wanted": "4 – Erfaren"}))
    (folder / "anne-leder.docx").write_bytes(fill_by_tag(form("1001_Anne_Sørensen_leder.docx"), {
        "mus:goal:1:goal": "Overtage budgetopfølgning", "mus:c:K2:now": "3 – Øvet"}))
    (folder / "jens.docx").write_bytes(fill_by_tag(form("1002_Jens_Hansen.docx"), {
        "mus:goal:1:goal": "Blive superbruger i lønsystemet"}))
    return folder


def test_agreement_round_trip(returned: Path, tmp_path: Path) -> None:
    made = write_agreements(AgreementOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "agr",
                                             only=("1001", "1002", "1003")))
    assert sorted(p.name for p in made.files) == ["1001_Anne_Sørensen_aftale.docx",
                                                 "1002_Jens_Hansen_aftale.docx",
                                                 "1003_Mette_Nielsen_aftale.docx"]
    assert made.with_proposals == 2
    anne = made.out / "1001_Anne_Sørensen_aftale.docx"

    # The proposed goals pre-filled in editable controls, with a free slot after them; the
    # proposed levels shown beside empty agreed levels.
    before = extract_file(anne).response
    assert before is not None and before.kind is FormKind.AGREEMENT
    assert [g.goal for g in before.goals] == ["Lære SQL", "Mentor for elev",
                                              "Overtage budgetopfølgning"]
    assert before.goals[0] == Goal("Lære SQL", "Kursus", deadline=dt.date(2027, 9, 1))
    assert before.competences["K1"] == Rating(None, None)
    with SafeZip(anne) as package:
        document = package.xml("word/document.xml")
    tags = [c.tag for c in iter_controls(document)]
    assert {"mus:agr:conclusions", "mus:agr:other", "mus:agr:employee_name",
            "mus:agr:leader_date", "mus:goal:4:goal"} <= set(tags)
    assert "mus:goal:5:goal" not in tags
    text = block_text(document)
    assert "Forslag: medarbejder 2 → 4 · leder –" in text  # K1: Anne's; her leader gave none
    assert "Forslag: medarbejder – · leder 3 → ?" in text  # K2: the leader's
    assert "Svarfrist" not in text and "29. januar 2027" not in text  # no reply deadline
    mette = extract_file(made.out / "1003_Mette_Nielsen_aftale.docx").response
    assert mette is not None and mette.goals == ()  # nothing came back: empty goal rows

    # Sent back untouched, it is no agreement: reported, and the proposals stay proposals.
    (returned / "anne-urørt.docx").write_bytes(anne.read_bytes())
    untouched = collect(returned, EMPLOYEES, QUESTIONS, jobs=1)
    assert not [r for r in untouched.responses if r.kind is FormKind.AGREEMENT]
    assert [(p.file, p.code, p.employee_id) for p in untouched.problems] == [
        ("anne-urørt.docx", "agreement-empty", "1001")]
    (returned / "anne-urørt.docx").unlink()

    # Edited in the meeting, as in Word: one goal changed and agreed, one dropped, one not
    # agreed (each said why), the day it was held, signed by both.
    signed = tmp_path / "signed" / "anne-aftale.docx"
    signed.parent.mkdir()
    signed.write_bytes(fill_by_tag(anne.read_bytes(), {
        "mus:goal:1:goal": "Lære SQL og Power BI", "mus:goal:1:followup": dt.date(2027, 3, 1),
        "mus:goal:1:agreed": "Ja", "mus:goal:3:agreed": "Nej",
        "mus:goal:3:employee_comment": "Ikke nu.", "mus:goal:3:leader_comment": "Vigtigt.",
        "mus:agr:held": dt.date(2027, 2, 1),
        "mus:goal:2:goal": "", "mus:goal:2:activities": "",
        "mus:agr:conclusions": "Trives godt.\nVil gerne mere ansvar.",
        "mus:c:K1:now": "3 – Øvet",
        "mus:agr:employee_name": "Anne Sørensen", "mus:agr:employee_date": dt.date(2027, 2, 2),
        "mus:agr:leader_name": "Hanne Kjær", "mus:agr:leader_date": dt.date(2027, 2, 2)}))
    after = extract_file(signed).response
    assert after is not None
    assert [g.goal for g in after.goals] == ["Lære SQL og Power BI", "Overtage budgetopfølgning"]
    assert after.extra["agr:conclusions"] == "Trives godt.\nVil gerne mere ansvar."
    assert after.extra["agr:leader_date"] == dt.date(2027, 2, 2)
    assert after.extra["agr:held"] == dt.date(2027, 2, 1)
    assert [g.agreed for g in after.goals] == [True, False]
    assert (after.goals[1].employee_comment, after.goals[1].leader_comment) == ("Ikke nu.",
                                                                                "Vigtigt.")
    assert after.competences["K1"] == Rating(3, None)

    # Ingest: the agreement beside the preparation forms.
    signed.rename(returned / "anne-aftale.docx")
    result = ingest(IngestOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "w.xlsx", jobs=1))
    goals = pd.read_excel(result.workbook, sheet_name="Udviklingsmål", dtype=object)
    rows = list(zip(goals["Medarbejdernr."], goals["Status i aftalen"], goals["Mål"],
                    strict=True))
    assert rows == [("1001", "Aftalt", "Lære SQL og Power BI"),
                    ("1001", "Ikke aftalt", "Overtage budgetopfølgning"),
                    ("1002", "Forslag (medarbejder)", "Blive superbruger i lønsystemet")]
    assert list(goals["Kommentar (leder)"].fillna("")) == ["", "Vigtigt.", ""]
    overview = pd.read_excel(result.workbook, sheet_name="Medarbejdere", dtype=object)
    agreement = dict(zip(overview["Medarbejdernr."], overview["Aftale"], strict=True))
    assert agreement["1001"] == "Modtaget" and agreement["1002"] == "Mangler"
    answers = pd.read_excel(result.workbook, sheet_name="Svar", dtype=object)
    assert answers.loc[answers["Medarbejdernr."] == "1001", "Aftale: konklusioner"].iloc[0] == \
        "Trives godt.\nVil gerne mere ansvar."

    # Next season: the agreed goals are the ones to look back on; the one not agreed is not.
    previous = read_previous_goals(result.workbook)
    assert [g.goal for g in previous["1001"]] == ["Lære SQL og Power BI"]
    assert [g.goal for g in previous["1002"]] == ["Blive superbruger i lønsystemet"]


def test_agreements_are_not_overwritten(returned: Path, tmp_path: Path) -> None:
    options = AgreementOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "agr", only=("1001",))
    write_agreements(options)
    with pytest.raises(OutputError, match="already exist"):
        write_agreements(options)


def test_next_season_starts_from_last_seasons_workbook(returned: Path, tmp_path: Path) -> None:
    from pipeline.forms.generate import GenerateOptions, generate

    last = ingest(IngestOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "2027.xlsx", jobs=1))
    forms = generate(GenerateOptions(EMPLOYEES, QUESTIONS, tmp_path / "2028", season="2028",
                                     previous=last.workbook, jobs=1, only=("1001",)))
    form = forms.out / "1001_Anne_Sørensen.docx"
    blank = extract_file(form).response
    assert blank is not None and blank.season == "2028"
    assert [g.goal for g in blank.previous_goals] == ["Lære SQL", "Mentor for elev"]
    folder = tmp_path / "returned-2028"
    folder.mkdir()
    (folder / "anne.docx").write_bytes(fill_by_tag(form.read_bytes(), {
        "mus:prev:1:status": "Nået", "mus:prev:2:status": "Droppet",
        "mus:c:K1:now": "4 – Erfaren"}))
    now = ingest(IngestOptions(folder, EMPLOYEES, QUESTIONS, tmp_path / "2028.xlsx",
                               season="2028", previous=last.workbook, jobs=1))
    comp = pd.read_excel(now.workbook, sheet_name="Kompetencer", dtype=object)
    k1 = comp[(comp["Medarbejdernr."] == "1001") & (comp["Kompetence-ID"] == "K1")].iloc[0]
    assert (k1["Nu"], k1["Ændring siden sidst"]) == (4, 2)  # 2 last season, 4 now
    answers = pd.read_excel(now.workbook, sheet_name="Svar", dtype=object)
    assert answers["Status på sidste års mål"][0] == "Lære SQL: Nået\nMentor for elev: Droppet"


@pytest.mark.parametrize(("extra", "ratings", "filled"), [
    ({}, {}, False),
    ({"agr:conclusions": None, "agr:leader_name": ""}, {"K1": Rating()}, False),
    ({"agr:conclusions": "Trives."}, {}, True),
    ({"agr:employee_date": dt.date(2027, 2, 2)}, {}, True),
    ({}, {"K1": Rating(None, 4)}, True),
])
def test_an_agreement_counts_once_someone_has_written_in_it(
        extra: dict[str, object], ratings: dict[str, Rating], filled: bool) -> None:
    from pipeline.formspec import agreement_filled
    from pipeline.model import Response

    response = Response("a.docx", "1001", "2027", FormKind.AGREEMENT, {}, ratings,
                        (Goal("Lære SQL"),), (), "controls", extra=extra)  # type: ignore[arg-type]
    assert agreement_filled(response) is filled


def test_agreed_levels_reach_the_workbook(returned: Path, tmp_path: Path) -> None:
    """The levels chosen in the meeting are read from the agreement: they must be in HR's
    workbook beside the proposals, not read and dropped."""
    made = write_agreements(AgreementOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "agr",
                                             only=("1001", "1003")))
    anne, mette = (made.out / "1001_Anne_Sørensen_aftale.docx",
                   made.out / "1003_Mette_Nielsen_aftale.docx")
    signed = {"mus:agr:employee_name": "x", "mus:agr:employee_date": dt.date(2027, 2, 2)}
    (returned / "anne-aftale.docx").write_bytes(fill_by_tag(anne.read_bytes(), {
        **signed, "mus:c:K1:now": "3 – Øvet", "mus:c:K1:wanted": "4 – Erfaren",
        "mus:c:K2:wanted": "5 – Ekspert"}))
    # Mette sent no form, only the agreement: her agreed levels count all the same.
    (returned / "mette-aftale.docx").write_bytes(fill_by_tag(mette.read_bytes(), {
        **signed, "mus:c:K3:now": "2 – Let øvet"}))
    result = ingest(IngestOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "w.xlsx", jobs=1))
    levels = pd.read_excel(result.workbook, sheet_name="Kompetencer", dtype=object)
    by_key = {(n, c): row for n, c, row in zip(levels["Medarbejdernr."],
                                               levels["Kompetence-ID"],
                                               levels.to_dict("records"), strict=True)}
    anne_k1 = by_key[("1001", "K1")]
    assert (anne_k1["Nu"], anne_k1["Ønsket"]) == (2, 4)  # her own proposal stays beside
    assert (anne_k1["Nu (aftalt)"], anne_k1["Ønsket (aftalt)"]) == (3, 4)
    assert pd.isna(by_key[("1001", "K2")]["Nu (aftalt)"])
    assert by_key[("1001", "K2")]["Ønsket (aftalt)"] == 5
    assert by_key[("1003", "K3")]["Nu (aftalt)"] == 2
    assert pd.isna(by_key[("1002", "K1")]["Nu (aftalt)"])  # no agreement back for Jens


def test_an_agreement_copied_into_a_new_document_keeps_what_was_agreed(
        returned: Path, tmp_path: Path) -> None:
    """The fields gone (pasted into a new document): each goal and its Ja/Nej are read from
    the rows under its heading, by their labels; the names from the signature rows."""
    from pipeline.sheets import read_question_set
    from tests.helpers import strip_controls

    made = write_agreements(AgreementOptions(returned, EMPLOYEES, QUESTIONS, tmp_path / "agr",
                                             only=("1001",)))
    filled = fill_by_tag(made.files[0].read_bytes(), {
        "mus:goal:1:agreed": "Ja", "mus:goal:2:agreed": "Nej",
        "mus:goal:2:leader_comment": "Ikke i år.", "mus:agr:leader_name": "Hanne Kjær",
        "mus:agr:held": dt.date(2027, 2, 1)})
    path = tmp_path / "kopi.docx"
    path.write_bytes(strip_controls(filled))
    r = extract_file(path, question_set=read_question_set(QUESTIONS)).response
    assert r is not None and (r.kind, r.read_by) == (FormKind.AGREEMENT, "layout")
    assert [(g.goal, g.agreed) for g in r.goals] == [
        ("Lære SQL", True), ("Mentor for elev", False), ("Overtage budgetopfølgning", None)]
    assert r.goals[1].leader_comment == "Ikke i år."
    assert (r.extra["agr:leader_name"], r.extra["agr:held"]) == ("Hanne Kjær",
                                                                 dt.date(2027, 2, 1))
