"""Numbers HR can trust: every figure over the people it claims, n beside every average, the gap
wanted − now over the same people; colours only where a value is a warning, and a missing form
only once the reply deadline has passed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.collect.ingest import Collected
from pipeline.model import FormKind, Rating, Response, Value
from pipeline.overview.workbook import write_overview
from pipeline.sheets import read_employees, read_question_set
from pipeline.workspace import DEFAULTS
from tests.overview.reading import block, column_of, figures, frame, ranges, sheet

STAFF = read_employees(DEFAULTS / "input" / "employees.xlsx")
QUESTIONS = read_question_set(DEFAULTS / "input" / "questions.xlsx")
BEFORE, AFTER = dt.date(2027, 1, 5), dt.date(2027, 2, 10)  # the deadline is 29 January 2027


def _form(number: str, ratings: dict[str, Rating], answers: dict[str, Value] | None = None
          ) -> Response:
    return Response(f"{number}.docx", number, "2027", FormKind.EMPLOYEE, answers or {},
                    ratings, (), (), "controls")


def _season(*responses: Response) -> Collected:
    return Collected(tuple(STAFF), QUESTIONS, "2027", tuple(responses), (), len(responses))


def test_the_gap_is_wanted_minus_now_over_the_same_people(tmp_path: Path) -> None:
    """The issue's K3: five rate now, four of them wanted too. Now, wanted and the gap are all
    over those four, and n says so."""
    numbers = ["1001", "1002", "1003", "1005", "1006"]
    nows, wanteds = [3, 2, 3, 4, 3], [4, 4, 3, 5, None]
    forms = [_form(n, {"K3": Rating(now, wanted), "K1": Rating(2 + i % 3, 3 + i % 2)})
             for i, (n, now, wanted) in enumerate(zip(numbers, nows, wanteds, strict=True))]
    out = write_overview(_season(*forms), tmp_path / "w.xlsx", "da", {}, today=BEFORE)
    rows = block(sheet(out, "Overblik"), "Kompetence")
    k3 = next(r for r in rows if r[0] == "K3 Problemløsning")
    assert k3[1:5] == (pytest.approx(3.0), pytest.approx(4.0), pytest.approx(1.0), 4)
    for name, now, wanted, gap, n in (r[:5] for r in rows):
        assert round(wanted - now, 1) == pytest.approx(gap), name  # as shown, to one decimal
        assert n >= 1
    gaps = [r[3] for r in rows]
    assert gaps == sorted(gaps, reverse=True)  # sorted by the gap shown


def test_n_beside_every_average(tmp_path: Path) -> None:
    forms = [_form("1007", {"K1": Rating(4, 4)}, {"N1": 2}),
             _form("1008", {"K1": Rating(2, 3)}, {"N1": 4, "N2": 5}),
             _form("1009", {}, {"N1": 3})]
    out = write_overview(_season(*forms), tmp_path / "w.xlsx", "da", {}, today=AFTER)
    departments = frame(out, "Afdelinger").set_index("Afdeling")
    n1 = "N1 Hvordan trives du i dit arbejde?"
    assert departments.loc["IT", n1] == pytest.approx(3.0)
    assert departments.loc["IT", "n (N1)"] == 3
    n2 = next(c for c in departments.columns if c.startswith("N2 "))
    assert departments.loc["IT", n2] == pytest.approx(5.0)
    assert departments.loc["IT", "n (N2)"] == 1
    assert departments.loc["IT", "n (K1)"] == 2
    assert departments.loc["Økonomi", "n (N1)"] == 0  # nobody answered: no average, n 0
    headers = list(departments.columns)
    for col, header in enumerate(headers):
        if header.startswith(("N", "T", "K")) and not header.startswith("n ("):
            assert headers[col + 1] == f"n ({header.split(' ')[0]})", header


def test_a_low_well_being_average_is_coloured_self_assessments_are_not(tmp_path: Path) -> None:
    out = write_overview(_season(_form("1007", {"K1": Rating(1, 2)}, {"N1": 2})),
                         tmp_path / "w.xlsx", "da", {}, today=AFTER)
    ws = sheet(out, "Afdelinger")
    coloured = {area.split(":")[0].rstrip("0123456789") for area in ranges(ws)}
    assert column_of(ws, "N1 Hvordan trives du i dit arbejde?") in coloured
    assert column_of(ws, "K1 Faglig viden (nu)") not in coloured
    assert column_of(ws, "n (N1)") not in coloured


def test_no_warning_colours_before_the_deadline(tmp_path: Path) -> None:
    """On the day the forms go out every form is missing and every rate 0 %: no warning."""
    season = _season()
    before = write_overview(season, tmp_path / "before.xlsx", "da", {}, today=BEFORE)
    after = write_overview(season, tmp_path / "after.xlsx", "da", {}, today=AFTER)
    assert figures(sheet(before, "Overblik"))["Dage til svarfristen"] == 24
    assert figures(sheet(after, "Overblik"))["Dage siden svarfristen"] == 12
    for name in ("Overblik", "Medarbejdere", "Afdelinger", "Ledere"):
        assert len(_rules(before, name)) < len(_rules(after, name)), name
    missing = sheet(after, "Overblik")
    assert missing.cell(row=_row(missing, "Mangler"), column=2).fill.fgColor.rgb == "FFFFC7CE"
    quiet = sheet(before, "Overblik")
    assert quiet.cell(row=_row(quiet, "Mangler"), column=2).fill.fgColor.rgb in (None,
                                                                                 "00000000")


def test_without_a_reply_deadline_the_first_meeting_is_the_deadline(tmp_path: Path) -> None:
    settings = replace(QUESTIONS.settings, deadline=None)
    season = replace(_season(), question_set=replace(QUESTIONS, settings=settings))
    early = write_overview(season, tmp_path / "a.xlsx", "da", {}, today=dt.date(2027, 2, 1))
    late = write_overview(season, tmp_path / "b.xlsx", "da", {}, today=dt.date(2027, 2, 2))
    # the two status columns (own form, leader's form): Problem always; Mangler from the day
    # after the first meeting (1 February)
    assert _rules(early, "Medarbejdere") == ["cellIs"] * 2
    assert _rules(late, "Medarbejdere") == ["cellIs"] * 4
    assert "Svarfrist" not in figures(sheet(early, "Overblik"))


def test_who_has_not_answered_soonest_meeting_first(tmp_path: Path) -> None:
    answered = {e.number for e in STAFF} - {"1004", "1013", "1021"}
    forms = [_form(n, {}) for n in sorted(answered)]
    out = write_overview(_season(*forms), tmp_path / "w.xlsx", "da", {}, today=BEFORE)
    rows = block(sheet(out, "Overblik"), "Navn")
    assert [(r[0], r[1], r[2].date(), r[3]) for r in rows] == [
        ("Julie Holm", "1021", dt.date(2027, 2, 1), "Ali Hassan"),
        ("Søren Østergaard", "1004", dt.date(2027, 2, 4), "Hanne Kjær"),
        ("Niels Christiansen", "1013", dt.date(2027, 2, 13), "Pia Lund")]
    per_leader = block(sheet(out, "Overblik"), "Leder")
    assert per_leader  # answers per leader …
    forms_block = [r for r in sheet(out, "Overblik").iter_rows(values_only=True)
                   if r[0] == "Lederskemaer og aftaler pr. leder"]
    assert forms_block  # … and each leader's forms and agreements


def _rules(path: Path, name: str) -> list[str]:
    return [kind for kinds in ranges(sheet(path, name)).values() for kind in kinds]


def _row(ws: Worksheet, first: str) -> int:
    return next(int(r[0].row) for r in ws.iter_rows() if r[0].value == first)
