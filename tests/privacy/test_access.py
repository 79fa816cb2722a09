"""`mus access`: the bundle holds every planted item (each season's forms, the leader's forms
about her, the agreement and the follow-up as returned, the form inside the forwarded e-mail,
her rows from every overview), an index in Danish and English of where each came from, and
nothing of anyone else's."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.workspace import Workspace
from tests.privacy.planted import ADDRESS, ITEMS, NAME, NUMBER, _pieces
from tests.validation import assert_valid_ooxml


def bundle(ws: Workspace, out: Path, number: str = NUMBER) -> tuple[int, str]:
    with contextlib.chdir(ws.root):
        result = CliRunner().invoke(main, ["access", "--employee", number, "--out", str(out)])
    return result.exit_code, result.output


def everything(path: Path) -> bytes:
    return b"\n".join(data for _, data in _pieces(path.name, path.read_bytes()))


def test_the_bundle_holds_every_planted_item(planted_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "indsigt-1003.zip"
    code, output = bundle(Workspace(planted_once), out)
    assert code == 0, output
    assert f"Wrote {out}:" in output
    text = everything(out)
    for item, marker in ITEMS.items():
        assert marker.encode() in text, item
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        index = z.read("indeks.html").decode("utf-8")
        rows = z.read("oversigter.xlsx")
    assert "skemaer/2026/returneret/1003_Mette_Qzmarker.docx" in names
    assert "skemaer/2027/returneret/1003_Mette_Qzmarker_leder.docx" in names  # from the .msg
    assert any(n.startswith("skemaer/2027/lavet-af-mus/") for n in names)
    assert any(n.startswith("skemaer/2027/e-mails/") for n in names)  # the drafts
    # nobody else's: not the other form in the forwarded e-mail, not Søren's rows
    assert "Lærkes svar".encode() not in text and "Sørens svar".encode() not in text
    assert b"1004_" not in b"\n".join(n.encode() for n in names)
    # the index, in both languages: what, from where, and what the logs and the list say
    assert "Det, mus har om medarbejder 1003" in index
    assert "What mus holds about employee" in index
    assert "returned/Fwd_ skemaer.msg" in index and "output/forms/2026/" in index
    assert "lederens forberedelse, som det kom retur" in index
    assert "the leader&#39;s preparation form,\nas returned" in index
    assert ADDRESS in index  # the send log's lines, the collect log's
    assert "accepted" in index and "2027-02-03" in index
    assert NAME in index  # what the employee list says about her
    assert "Hvad er ikke med" in index and "What is not included" in index
    # her rows from every overview, HR's and the leader's, of both seasons
    path = tmp_path / "rows.xlsx"
    path.write_bytes(rows)
    assert_valid_ooxml(path)
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = book.sheetnames
    assert sheets[0] == "Indhold"
    assert {"2026 Medarbejdere", "2027 Medarbejdere", "2027 Svar",
            "2027 Svar (leder)"} <= set(sheets)
    for name in sheets[1:]:
        numbers = {r[0] for r in book[name].iter_rows(min_row=2, values_only=True)}
        numbers |= {r[1] for r in book[name].iter_rows(min_row=2, values_only=True)}
        assert NUMBER in numbers and "1004" not in numbers, name
    book.close()


def test_the_bundle_is_written_whole(planted_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "indsigt.zip"
    out.write_bytes(b"old")
    assert bundle(Workspace(planted_once), out, "1004")[0] == 0
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as z:
        assert z.testzip() is None and "indeks.html" in z.namelist()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~mus-")]


def test_nobody_found_still_gets_an_index(planted_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.zip"
    code, output = bundle(Workspace(planted_once), out, "9999")
    assert code == 0 and "found nothing about employee 9999" in output
    with zipfile.ZipFile(out) as z:
        assert z.namelist() == ["indeks.html"]
        assert "Ingen." in z.read("indeks.html").decode("utf-8")
