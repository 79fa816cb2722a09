"""A returned folder as a season brings it: every case checked file by file, and the folder
never touched."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from pipeline.collect.ingest import collect
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.ooxml.fill import fill_by_tag
from pipeline.problems import sentence
from pipeline.workspace import DEFAULTS
from tests.conftest import FIXTURES
from tests.helpers import employees_xlsx, strip_controls

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
T0 = dt.datetime(2027, 1, 10, 9, 0, tzinfo=dt.UTC)


def snapshot(folder: Path) -> dict[str, tuple[str, float]]:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                         p.stat().st_mtime)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def odt_bytes() -> bytes:
    """What LibreOffice writes for File → Save As → ODF Text Document, in small."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<office:document-content xmlns:office='
                   '"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    return out.getvalue()


@pytest.fixture
def returned(sample_forms: GenerateResult, tmp_path: Path) -> Path:
    folder = tmp_path / "returned"
    (folder / "indbakke" / "uge 3").mkdir(parents=True)
    form = lambda name: (sample_forms.out / name).read_bytes()  # noqa: E731
    # Renamed, in a subfolder, saved again.
    (folder / "indbakke" / "uge 3" / "MUS Anne.docx").write_bytes(
        fill_by_tag(form("1001_Anne_Sørensen.docx"), {"mus:q:N1": "4 – I høj grad"}, T0))
    # Sent twice: the later save wins, whatever the file names say.
    (folder / "1002_Jens_Hansen.docx").write_bytes(
        fill_by_tag(form("1002_Jens_Hansen.docx"), {"mus:q:N1": "2 – I lav grad"},
                    T0 + dt.timedelta(days=2)))
    (folder / "1002_Jens_Hansen (nyeste).docx").write_bytes(
        fill_by_tag(form("1002_Jens_Hansen.docx"), {"mus:q:N1": "1 – I meget lav grad"}, T0))
    # Half-finished, and a leader's form.
    (folder / "1003.docx").write_bytes(form("1003_Mette_Nielsen.docx"))
    (folder / "1003_leder.docx").write_bytes(
        fill_by_tag(form("1003_Mette_Nielsen_leder.docx"), {"mus:q:L1": "3 – I nogen grad"}))
    # Controls gone: copied into a new document.
    (folder / "kopi.docx").write_bytes(strip_controls(
        fill_by_tag(form("1006_Frederik_Møller.docx"), {"mus:q:N2": "5 – I meget høj grad"})))
    # Not forms.
    (folder / "~$MUS Anne.docx").write_bytes(b"lock")
    (folder / ".~lock.1002_Jens_Hansen.docx#").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"\0\0")
    (folder / "Thumbs.db").write_bytes(b"\0")
    (folder / "gammel.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (folder / "svar.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "svar.odt").write_bytes(odt_bytes())
    (folder / "svar-omdøbt.docx").write_bytes(odt_bytes())  # an .odt renamed
    (folder / "tom.docx").write_bytes(b"")
    (folder / "halv.docx").write_bytes(form("1004_Søren_Østergaard.docx")[:3000])
    shutil.copyfile(FIXTURES / "password-protected.docx", folder / "kode.docx")
    (folder / "referat.docx").write_bytes(
        (DEFAULTS / "templates" / "form.docx").read_bytes())  # Word, but not a form
    (folder / "billede.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


def test_every_file_accounted_for(returned: Path, tmp_path: Path) -> None:
    before = snapshot(returned)
    got = collect(returned, EMPLOYEES, QUESTIONS, jobs=1)
    assert snapshot(returned) == before  # no file created, changed, moved or deleted
    by_file = {}
    for p in got.problems:
        by_file.setdefault(p.file, []).append(p.code)
    assert by_file == {
        "1002_Jens_Hansen (nyeste).docx": ["duplicate"],
        "billede.jpg": ["not-docx"],
        "gammel.doc": ["old-word"],
        "halv.docx": ["damaged"],
        "kode.docx": ["password"],
        "kopi.docx": ["layout"],
        "referat.docx": ["not-form"],
        "svar.odt": ["odt"],
        "svar-omdøbt.docx": ["odt"],
        "svar.pdf": ["pdf"],
        "tom.docx": ["empty"],
    }
    answers = {(r.employee_id, r.kind.value): r for r in got.responses}
    assert set(answers) == {("1001", "employee"), ("1002", "employee"), ("1003", "employee"),
                            ("1003", "leader"), ("1006", "employee")}
    assert answers[("1001", "employee")].file == "indbakke/uge 3/MUS Anne.docx"
    assert answers[("1001", "employee")].answers["N1"] == 4
    assert answers[("1002", "employee")].answers["N1"] == 2  # saved last
    assert answers[("1003", "leader")].answers["L1"] == 3
    assert answers[("1006", "employee")].answers["N2"] == 5
    assert answers[("1006", "employee")].read_by == "layout"
    assert got.files_seen == 15  # litter is not counted


def test_rerun_gives_the_same_result(returned: Path) -> None:
    one = collect(returned, EMPLOYEES, QUESTIONS, jobs=1)
    two = collect(returned, EMPLOYEES, QUESTIONS, jobs=1)
    assert one == two


def test_parallel_reading_gives_the_same_result(returned: Path, monkeypatch:
                                                pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.collect.ingest.PARALLEL_FROM", 1)
    assert collect(returned, EMPLOYEES, QUESTIONS, jobs=2) == collect(
        returned, EMPLOYEES, QUESTIONS, jobs=1)


def test_other_season_and_unknown_employee(sample_forms: GenerateResult,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen.docx", folder / "a.docx")
    shutil.copyfile(sample_forms.out / "1002_Jens_Hansen.docx", folder / "b.docx")
    staff = employees_xlsx(tmp_path / "e.xlsx", rows=[(1002, "Jens", "", "", "", "", "", "", "")])
    other = collect(folder, staff, QUESTIONS, season="2028", jobs=1)
    assert [(p.file, p.code, dict(p.params)) for p in other.problems] == [
        ("a.docx", "other-season", {"found": "2027", "expected": "2028"}),
        ("b.docx", "other-season", {"found": "2027", "expected": "2028"})]
    same = collect(folder, staff, QUESTIONS, jobs=1)
    assert [(p.file, p.code) for p in same.problems] == [("a.docx", "unknown-employee")]
    assert [r.employee_id for r in same.responses] == ["1002"]


def test_forms_from_an_older_question_set_are_read_and_flagged(tmp_path: Path) -> None:
    from tests.helpers import question, questions_xlsx

    old = questions_xlsx(tmp_path / "old.xlsx", questions=[
        question("N1", "Trives du?", "skala"), question("X9", "Udgået spørgsmål")])
    forms = generate(GenerateOptions(EMPLOYEES, old, tmp_path / "f", jobs=1, only=("1001",)))
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "a.docx").write_bytes(fill_by_tag(
        (forms.out / "1001_Anne_Sørensen.docx").read_bytes(), {"mus:q:N1": "4 – I høj grad"}))
    got = collect(folder, EMPLOYEES, QUESTIONS, jobs=1)
    assert [p.code for p in got.problems] == ["other-version"]
    assert got.responses[0].answers["N1"] == 4


def test_a_form_for_another_person_under_the_same_number(sample_forms: GenerateResult,
                                                         tmp_path: Path) -> None:
    """The list read at ingest gives the form's number to someone else (a number reused, or
    another list): the answers are not put under that person; a new middle name is no doubt."""
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen.docx", folder / "a.docx")
    shutil.copyfile(sample_forms.out / "1001_Anne_Sørensen_leder.docx", folder / "a-l.docx")
    shutil.copyfile(sample_forms.out / "1002_Jens_Hansen.docx", folder / "b.docx")
    staff = employees_xlsx(tmp_path / "e.xlsx", rows=[
        (1001, "Bent Bentsen", "", "", "", "Hanne Kjær", "", "", ""),
        (1002, "Jens Peter Hansen", "", "", "", "Hanne Kjær", "", "", "")])
    got = collect(folder, staff, QUESTIONS, jobs=1)
    assert [(p.file, p.code, dict(p.params)) for p in got.problems] == [
        ("a-l.docx", "other-person", {"employee": "1001", "shown": "Anne Sørensen",
                                      "listed": "Bent Bentsen"}),
        ("a.docx", "other-person", {"employee": "1001", "shown": "Anne Sørensen",
                                    "listed": "Bent Bentsen"})]
    assert [r.employee_id for r in got.responses] == ["1002"]
    assert "Bent Bentsen" in sentence(got.problems[0]) and "Anne Sørensen" in sentence(
        got.problems[0], "da")
