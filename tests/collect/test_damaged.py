"""Issue 13's findings, one test each: a damaged form is read right or reported, never silently
wrong; a hostile or odd file is refused by name; one bad file never stops a run."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from lxml import etree

from pipeline.collect.extract import extract_file
from pipeline.collect.ingest import collect
from pipeline.forms.generate import GenerateResult
from pipeline.model import Rating, Response
from pipeline.ooxml.fill import fill_by_tag
from pipeline.problems import sentence
from pipeline.workspace import DEFAULTS
from tests.collect import mutations as m
from tests.helpers import libreoffice_like, unwrap_controls

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
LEVELS = ["1 – Begynder", "2 – Let øvet", "3 – Øvet", "4 – Erfaren", "5 – Ekspert"]
SCALE = ["1 – I meget lav grad", "2 – I lav grad", "3 – I nogen grad", "4 – I høj grad",
         "5 – I meget høj grad"]
# Every competence rated, each differently, so that a shift shows.
ANSWERS: dict[str, object] = {
    **{f"mus:c:K{n}:now": LEVELS[n % 5] for n in range(1, 9)},
    **{f"mus:c:K{n}:wanted": LEVELS[(n + 2) % 5] for n in range(1, 9)},
    "mus:q:N1": SCALE[3], "mus:q:N2": SCALE[1], "mus:q:F3": "Mentorordning",
    "mus:q:N5": SCALE[4], "mus:q:T2": SCALE[2], "mus:q:T3": "Ja",
    "mus:q:N3": "Kunderne giver energi", "mus:q:N6": "Privat: skal aldrig læses",
    "mus:q:F1": "Teamleder om tre år", "mus:q:F4": dt.date(2027, 3, 1),
}
EXPECTED_RATINGS = {f"K{n}": Rating(n % 5 + 1, (n + 2) % 5 + 1) for n in range(1, 9)}


def lo_form(sample_forms: GenerateResult) -> bytes:
    """A filled form as LibreOffice saves it: tags gone, placement is all there is."""
    return libreoffice_like(fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx")
                                        .read_bytes(), ANSWERS))  # type: ignore[arg-type]


def read(tmp_path: Path, data: bytes, name: str = "f.docx") -> Response:
    path = tmp_path / name
    path.write_bytes(data)
    result = extract_file(path)
    assert result.response is not None, [sentence(p) for p in result.problems]
    return result.response


def codes(r: Response) -> list[str]:
    return [p.code for p in r.problems]


def index_of(data: bytes, wanted: str) -> int:
    """The position of a field's control among the controls (read from the tagged form)."""
    root = etree.fromstring(m.parts(data)[m.DOCUMENT])
    return [c.tag for c in m.controls(root)].index(wanted)


def test_untouched_libreoffice_form_reads_everything(sample_forms: GenerateResult,
                                                     tmp_path: Path) -> None:
    r = read(tmp_path, lo_form(sample_forms))
    assert dict(r.competences) == EXPECTED_RATINGS
    assert (r.answers["N1"], r.answers["N2"], r.answers["T3"]) == (4, 2, True)
    assert "N6" not in r.answers and r.problems == ()


def test_a_deleted_competence_row_moves_no_rating(sample_forms: GenerateResult,
                                                  tmp_path: Path) -> None:
    data = m.edit_document(lo_form(sample_forms),
                           lambda root: m.delete_row(root, m.competence_row(root, "K3")))
    r = read(tmp_path, data)
    assert {k: v for k, v in r.competences.items() if k != "K3"} == {
        k: v for k, v in EXPECTED_RATINGS.items() if k != "K3"}
    assert r.competences["K3"] == Rating()
    [problem] = r.problems
    assert (problem.code, problem.params["all"]) == ("missing-fields", "c:K3:now, c:K3:wanted")


def test_a_copied_competence_row_moves_no_rating(sample_forms: GenerateResult,
                                                 tmp_path: Path) -> None:
    data = m.edit_document(lo_form(sample_forms),
                           lambda root: m.duplicate_row(root, m.competence_row(root, "K3")))
    r = read(tmp_path, data)
    assert dict(r.competences) == EXPECTED_RATINGS  # the copy says the same: no doubt
    assert r.problems == ()


def test_a_copied_row_changed_is_reported_not_guessed(sample_forms: GenerateResult,
                                                      tmp_path: Path) -> None:
    def change(root: etree._Element) -> None:
        row = m.competence_row(root, "K3")
        m.duplicate_row(root, row)
        copy = row.getnext()
        ts = [t for t in copy.iter("{*}t") if t.text in LEVELS]
        ts[0].text = "1 – Begynder"
    r = read(tmp_path, m.edit_document(lo_form(sample_forms), change))
    assert r.competences["K3"] == Rating(None, EXPECTED_RATINGS["K3"].wanted)
    assert {k: v for k, v in r.competences.items() if k != "K3"} == {
        k: v for k, v in EXPECTED_RATINGS.items() if k != "K3"}
    [problem] = r.problems
    assert (problem.code, problem.params["all"]) == ("uncertain", "c:K3:now")
    assert sentence(problem).startswith("It is not certain which answer field is the one for "
                                        "c:K3:now")


@pytest.mark.parametrize("hide", [False, True], ids=["ids-shown", "no-ids"])
def test_a_deleted_drop_down_moves_no_answer(sample_forms: GenerateResult, tmp_path: Path,
                                             hide: bool) -> None:
    """N1's drop-down deleted. With IDs in the cards each answer is found by its question;
    without them (no evidence but place), the answers that could have moved are reported."""
    tagged = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                         ANSWERS)  # type: ignore[arg-type]
    where = index_of(tagged, "mus:q:N1")

    def change(root: etree._Element) -> None:
        m.delete_control(root, where)
        if hide:
            m.hide_ids(root)
    r = read(tmp_path, m.edit_document(libreoffice_like(tagged), change))
    assert r.answers["N1"] is None
    assert (r.answers["F3"], r.answers["N5"], r.answers["T2"]) == ("Mentorordning", 5, 3)
    if hide:
        assert r.answers["N2"] is None  # N1's place or N2's: not known, so not taken
        assert [(p.code, p.params["all"]) for p in r.problems] == [("uncertain", "N1, N2")]
    else:
        assert r.answers["N2"] == 2 and r.problems == ()
    assert dict(r.competences) == EXPECTED_RATINGS


def test_a_copied_drop_down_changed_is_reported(sample_forms: GenerateResult,
                                                tmp_path: Path) -> None:
    tagged = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                         ANSWERS)  # type: ignore[arg-type]
    where = index_of(tagged, "mus:q:N2")
    data = m.edit_document(libreoffice_like(tagged),
                           lambda root: m.duplicate_control(root, where, SCALE[4]))
    r = read(tmp_path, data)
    assert r.answers["N2"] is None and r.answers["N1"] == 4 and r.answers["N5"] == 5
    assert [(p.code, p.params["all"]) for p in r.problems] == [("uncertain", "N2")]


def test_a_private_control_copied_is_never_read(private_forms: GenerateResult,
                                                tmp_path: Path) -> None:
    tagged = fill_by_tag((private_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                         ANSWERS)  # type: ignore[arg-type]
    where = index_of(tagged, "mus:q:N6")
    for data in (m.edit_document(libreoffice_like(tagged),
                                 lambda root: m.duplicate_control(root, where)),
                 m.edit_document(tagged, lambda root: m.duplicate_control(root, where))):
        r = read(tmp_path, data)
        shown = [v for v in r.answers.values() if isinstance(v, str)]
        assert not any("Privat" in v for v in shown), r.answers
        assert r.answers["F1"] == "Teamleder om tre år"


def test_a_private_answer_moved_into_another_question_is_never_read(
        private_forms: GenerateResult, tmp_path: Path) -> None:
    """F1's control deleted and the private one copied into its cell (its title goes with it:
    LibreOffice keeps the titles of text controls)."""
    tagged = fill_by_tag((private_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                         ANSWERS)  # type: ignore[arg-type]
    private, f1 = index_of(tagged, "mus:q:N6"), index_of(tagged, "mus:q:F1")

    def change(root: etree._Element) -> None:
        found = m.controls(root)
        twin = etree.fromstring(etree.tostring(found[private].element))
        found[f1].element.addnext(twin)
        found[f1].element.getparent().remove(found[f1].element)
    r = read(tmp_path, m.edit_document(libreoffice_like(tagged), change))
    assert r.answers["F1"] is None and "Privat" not in str(r.answers)


def only_fields(props: dict[str, str], fields: str) -> None:
    for name in [n for n in props if n.startswith("MUS.Fields.")]:
        del props[name]
    props["MUS.Fields.1"] = fields


@pytest.mark.parametrize(("change", "detail"), [
    (lambda p: p.pop("MUS.Fields.2"), "MUS.Fields.2 missing"),
    (lambda p: p.pop("MUS.Fields.1"), "MUS.Fields.1 missing"),
    (lambda p: only_fields(p, "q:N1=s;c:K1=r"), "the field list holds c:K1=r"),
    (lambda p: only_fields(p, "q:N1=x"), "the field list holds 'q:N1=x'"),
    (lambda p: only_fields(p, "goal:one:goal=t"), "the field list holds goal:one:goal=t"),
    (lambda p: only_fields(p, "q:N1=s;q:N1=s"), "the field list names q:N1 twice"),
    (lambda p: only_fields(p, "q:N1=s;prev:1:status=c"), "MUS.Previous names fewer goals"),
    (lambda p: only_fields(p, "q:N1=s;q:N1:2:3=k"), "the field list holds q:N1:2:3=k"),
    (lambda p: p.pop("MUS.Kind"), "MUS.Kind missing"),
    (lambda p: p.update({"MUS.Kind": "boss"}), "MUS.Kind is 'boss'"),
    (lambda p: p.update({"MUS.Scale": "5..1"}), "MUS.Scale is '5..1'"),
    (lambda p: p.update({"MUS.EmployeeId": "1002"}), "the form shows employee 1007"),
    (lambda p: p.update({"MUS.Season": "2026"}), "the title says season 2027"),
    (lambda p: p.update({"MUS.Previous.1": "[broken"}), "MUS.Previous is damaged"),
])
def test_an_incomplete_or_inconsistent_identity_is_reported(sample_forms: GenerateResult,
                                                            tmp_path: Path, change: object,
                                                            detail: str) -> None:
    data = m.edit_props(lo_form(sample_forms), change)  # type: ignore[arg-type]
    path = tmp_path / "f.docx"
    path.write_bytes(data)
    result = extract_file(path)
    assert result.response is None
    [problem] = result.problems
    assert problem.code == "identity" and detail in problem.params["detail"], problem
    assert "Privat" not in sentence(problem)


def test_a_leader_form_without_its_kind_is_not_taken_for_the_employees(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "own.docx").write_bytes((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes())
    leader = (sample_forms.out / "1007_Jens_Hansen_leder.docx").read_bytes()
    (folder / "leader.docx").write_bytes(m.edit_props(leader, lambda p: p.pop("MUS.Kind")))
    (folder / "leader-as-own.docx").write_bytes(
        m.edit_props(leader, lambda p: p.update({"MUS.Kind": "employee"})))
    got = collect(folder, EMPLOYEES, QUESTIONS, jobs=1)
    assert [(r.file, r.kind.value) for r in got.responses] == [("own.docx", "employee")]
    assert sorted((p.file, p.code) for p in got.problems) == [
        ("leader-as-own.docx", "identity"), ("leader.docx", "identity")]
    details = {p.file: p.params["detail"] for p in got.problems}
    assert details["leader-as-own.docx"] == "the title says leader, MUS.Kind says employee"


def test_two_parts_with_one_name_are_refused(sample_forms: GenerateResult,
                                             tmp_path: Path) -> None:
    """One employee's identity after another's: which one is read must not be a guess."""
    mine = m.parts((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes())
    theirs = m.parts((sample_forms.out / "1002_Jens_Hansen.docx").read_bytes())
    files = [*mine.items(), ("docProps/custom.xml", theirs["docProps/custom.xml"])]
    path = tmp_path / "f.docx"
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that's the point
        path.write_bytes(m.build(files))
    result = extract_file(path)
    assert result.response is None
    assert [(p.code, p.params["detail"]) for p in result.problems] == [
        ("unsafe", "two parts are both called docProps/custom.xml")]


def test_a_part_name_in_invalid_utf8_is_one_problem(sample_forms: GenerateResult,
                                                    tmp_path: Path) -> None:
    data = bytearray((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes())
    name = b"word/webSettings.xml"
    for at in (data.find(name), data.rfind(name)):  # local header and central directory
        data[at:at + 4] = b"\xff\xfe\xfd\xfc"
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "bad.docx").write_bytes(bytes(data))
    (folder / "good.docx").write_bytes((sample_forms.out / "1001_Anne_Sørensen.docx")
                                       .read_bytes())
    got = collect(folder, EMPLOYEES, QUESTIONS, jobs=1)
    assert [r.employee_id for r in got.responses] == ["1001"]
    assert [(p.file, p.code, p.params["detail"]) for p in got.problems] == [
        ("bad.docx", "damaged", "a part's name is not valid UTF-8 (damaged)")]


def test_a_pipe_and_an_unreadable_folder_are_named_and_the_run_goes_on(
        sample_forms: GenerateResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "r"
    (folder / "låst").mkdir(parents=True)
    (folder / "låst" / "a.docx").write_bytes(b"")
    os.mkfifo(folder / "y.docx")  # would block an ordinary open for ever
    (folder / "good.docx").write_bytes((sample_forms.out / "1001_Anne_Sørensen.docx")
                                       .read_bytes())
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("låst"):
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]
    monkeypatch.setattr("pipeline.collect.scan.os.scandir", scandir)
    got = collect(folder, EMPLOYEES, QUESTIONS, jobs=1)
    assert [r.employee_id for r in got.responses] == ["1001"]
    assert [(p.file, p.code) for p in got.problems] == [("låst", "unreadable-folder"),
                                                        ("y.docx", "not-a-file")]
    assert sentence(got.problems[0]) == (
        "The folder could not be read (Permission denied); forms in it were not read. Give "
        "your user access to the folder (or move the forms out of it) and run again.")
    direct = extract_file(folder / "y.docx")  # mus extract on the pipe itself
    assert [p.code for p in direct.problems] == ["not-a-file"]


def test_a_file_name_that_is_not_utf8_is_shown_safely(sample_forms: GenerateResult,
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/svar \xe6\xf8\xe5.docx"  # Latin-1 bytes from an old system
    with open(raw, "wb") as f:
        f.write((sample_forms.out / "1001_Anne_Sørensen.docx").read_bytes())
    got = collect(folder, EMPLOYEES, QUESTIONS, jobs=1)
    assert [r.file for r in got.responses] == ["svar \ufffd\ufffd\ufffd.docx"]
    got.responses[0].file.encode("utf-8")  # any writer can hold it


def test_a_damaged_file_of_any_kind_is_one_problem(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever goes wrong inside, the file is named and the caller goes on."""
    path = tmp_path / "f.docx"
    path.write_bytes(b"PK\x03\x04")

    def boom(*_: object) -> object:
        raise IndexError("something no test foresaw")
    monkeypatch.setattr("pipeline.collect.extract._read_package", boom)
    monkeypatch.setattr("pipeline.collect.extract.SafeZip", lambda data: _Fake())
    result = extract_file(path)
    assert [(p.code, p.params["detail"]) for p in result.problems] == [
        ("read-error", "IndexError")]


class _Fake:
    def __enter__(self) -> _Fake:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def has(self, _: str) -> bool:
        return False


def test_copies_of_a_control_in_its_own_cell(sample_forms: GenerateResult,
                                             tmp_path: Path) -> None:
    """Word keeps the tag on a copy. Copies side by side hold the answer together: one left
    blank casts no doubt, two different answers do."""
    tagged = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                         ANSWERS)  # type: ignore[arg-type]
    n2, n4 = index_of(tagged, "mus:q:N2"), index_of(tagged, "mus:q:N3")

    def blank_copy(root: etree._Element) -> None:
        m.duplicate_control(root, n4, "")  # (the earlier control first: indexes stay)
        m.duplicate_control(root, n2, "")
    r = read(tmp_path, m.edit_document(tagged, blank_copy))
    assert (r.answers["N2"], r.answers["N3"]) == (2, "Kunderne giver energi")
    assert r.problems == ()
    r = read(tmp_path, m.edit_document(tagged, lambda root: m.duplicate_control(
        root, n2, SCALE[4])))
    assert r.answers["N2"] is None
    assert [(p.code, p.params["all"]) for p in r.problems] == [("uncertain", "N2")]


def test_a_copy_under_another_question_casts_doubt(sample_forms: GenerateResult,
                                                   tmp_path: Path) -> None:
    """N3's control copied, with text, into N5's card: whose answer is it? Not guessed."""
    tagged = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                         {"mus:q:N5": SCALE[2]})
    n4, n5 = index_of(tagged, "mus:q:N3"), index_of(tagged, "mus:q:N5")

    def change(root: etree._Element) -> None:
        found = m.controls(root)
        twin = etree.fromstring(etree.tostring(found[n4].element))
        for t in twin.iter("{*}t"):
            t.text = "Skrevet under N5"
        for flag in twin.iter("{*}showingPlcHdr"):  # typed into: no longer a placeholder
            flag.getparent().remove(flag)
        found[n5].element.getparent().append(twin)
    for data in (tagged, libreoffice_like(tagged)):
        r = read(tmp_path, m.edit_document(data, change))
        assert r.answers["N3"] is None and r.answers["N5"] == 3
        assert [(p.code, p.params["all"]) for p in r.problems] == [("uncertain", "N3")]


def test_every_control_gone_but_the_properties_kept(sample_forms: GenerateResult,
                                                    tmp_path: Path) -> None:
    r = read(tmp_path, m.edit_document(lo_form(sample_forms), unwrap_controls))
    assert r.read_by == "layout" and codes(r) == ["layout"]
    assert dict(r.competences) == EXPECTED_RATINGS
    assert (r.answers["N1"], r.answers["N3"]) == (4, "Kunderne giver energi")
    assert "N6" not in r.answers
