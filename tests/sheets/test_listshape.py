"""Lists in a shape mus does not read are refused with what the shape is and what to do: a
list that runs sideways, a text file of fixed-width columns (side-by-side tables: see
test_split_list)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 5)


def test_a_list_that_runs_sideways(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", {"Personale": [
        ("Afsnit M/K – personale pr. 1. december 2026",), (),
        ("Lønnr.", 60311, 60312, 60313),
        ("Navn", "Karen Ulstrup", "Niels Ærenlund", "Nanna Mørch"),
        ("Stilling", "Oversygeplejerske", "Afdelingsleder", "SSA"),
        ("Nærmeste leder", None, "Karen Ulstrup", "Niels Ærenlund"),
        ("E-mail", "ku@r.dk", "na@r.dk", "nm@r.dk")]})
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    said = str(caught.value)
    assert 'row 3: The list runs sideways: its headers are down column A (rows 3–7: "Lønnr.", ' \
        '"Navn", "Stilling", "Nærmeste leder" …) and each person is a column' in said
    assert "Paste Special > Transpose" in said


def test_a_fixed_width_text_file(tmp_path: Path) -> None:
    lines = ["LØNPORTAL  Medarbejderliste   Firma 31207", "",
             "Lønnr   Navn                      Afdeling      Nærmeste leder",
             "------- ------------------------- ------------- -------------------------",
             "71      Freja Lykke               Direktion",
             "72      Malene Hvid               Produktion    Freja Lykke",
             "73      Peter Brøndum             Produktion    Malene Hvid"]
    path = tmp_path / "liste.txt"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(path, today=TODAY)
    assert "The columns of this text file are set apart by spaces to a fixed width, not by a " \
        "separator" in str(caught.value)


def test_a_tab_separated_file_with_spaces_in_names_is_read(tmp_path: Path) -> None:
    path = tmp_path / "liste.txt"
    path.write_text("Lønnr\tNavn\tAfdeling\n71\tFreja  Lykke\tDirektion\n"
                    "72\tMalene Hvid\tProduktion\n", encoding="utf-8")
    assert [e.number for e in read_employee_list(path, today=TODAY).employees] == ["71", "72"]


def test_a_report_with_two_lines_for_each_employee_is_refused_once(tmp_path: Path) -> None:
    """A payroll report saved to Excel: the number line, then "Nærmeste leder: …" under it.
    One refusal that says so, not a missing number for every second line."""
    rows: list[tuple[object, ...]] = [("Lønnr", "Navn", "Afdeling"),
                                      (None, "Leder", "Leder e-mail")]
    leader = "–"
    for number, name in ((4101, "Karen Lykke"), (4102, "Lise Lykke"), (4103, "Nanna Rødgaard"),
                         (4104, "Lise Thygesen"), (4105, "Freja Frølund")):
        rows += [(number, name, "Kantinen"), (None, f"Nærmeste leder: {leader}", None)]
        leader = "Karen Lykke"
    with pytest.raises(SpreadsheetError) as caught:
        read_employee_list(write_xlsx(tmp_path / "r.xlsx", {"Rapport": rows}),
                           today=dt.date(2026, 12, 6))
    said = str(caught.value)
    assert "There is 1 mistake" in said
    assert 'Each employee takes two lines (rows 3 and 4, rows 5 and 6 …): a line with the ' \
        'number and one without it under it ("Nærmeste leder: –")' in said
