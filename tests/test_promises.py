"""Issue 21: a form keeps the promises it was made with, and its identity cannot be forged by
editing it. Each attack of the audit, played through the commands a user runs."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.ns import qn
from tests.collect import mutations as m

SECRET = "Kun til min leder: jeg overvejer at søge væk"


def _season(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(work)]).exit_code == 0
    out = runner.invoke(main, ["--dir", str(work), "generate"])
    assert out.exit_code == 0, out.output
    assert (work / ".mus" / "form-key").stat().st_mode & 0o077 == 0  # owner only
    return work


def _form(work: Path, name: str) -> Path:
    return work / "output" / "forms" / "2027" / name


def _return(work: Path, name: str, data: bytes) -> Path:
    folder = work / "returned"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return folder


def _set_cell(path: Path, sheet: str | None, key_header: str, key: str, header: str,
              value: str) -> None:
    book = load_workbook(path)
    ws = book[sheet] if sheet else book.active
    rows = list(ws.iter_rows())
    head = next(n for n, row in enumerate(rows) if any(c.value == key_header for c in row))
    names = [c.value for c in rows[head]]
    for row in rows[head + 1:]:
        if str(row[names.index(key_header)].value) == key:
            row[names.index(header)].value = value
    book.save(path)


def _ingest(work: Path, folder: Path) -> str:
    out = CliRunner().invoke(main, ["--dir", str(work), "ingest", str(folder), "--per-leader"])
    assert out.exit_code == 0, out.output
    return out.output


def _text_of(book: Path) -> str:
    workbook = load_workbook(book, read_only=True)
    try:
        return "\n".join(str(c) for ws in workbook.worksheets for row in ws.values
                         for c in row if c is not None)
    finally:
        workbook.close()


def _hr_book(work: Path) -> Path:
    return next((work / "output").glob("MUS-oversigt-*.xlsx"))


def test_a_wider_visibility_after_the_mail_out_keeps_the_forms_promise(tmp_path: Path) -> None:
    work = _season(tmp_path)
    data = fill_by_tag(_form(work, "1003_Mette_Nielsen.docx").read_bytes(),
                       {"mus:q:N4": SECRET})
    folder = _return(work, "1003.docx", data)
    # HR widens N4 ("Hvad har du brug for fra din leder?") from leder to alle after the forms went
    _set_cell(work / "input" / "questions.xlsx", "Spørgsmål", "ID", "N4", "Synlighed", "alle")
    _ingest(work, folder)
    hr = _text_of(_hr_book(work))
    assert SECRET not in hr
    assert "kun læses ind i lederens egen oversigt" in hr  # the promise, reported
    leader_books = list((work / "output" / "ledere").glob("*Hanne_Kj*r*.xlsx"))
    assert leader_books and SECRET in _text_of(leader_books[0])


def test_an_employee_moved_to_another_leader_keeps_leader_only_answers_from_the_new_one(
        tmp_path: Path) -> None:
    work = _season(tmp_path)
    data = fill_by_tag(_form(work, "1003_Mette_Nielsen.docx").read_bytes(),
                       {"mus:q:N4": SECRET, "mus:q:N3": "Tallene giver energi"})
    folder = _return(work, "1003.docx", data)
    _set_cell(work / "input" / "employees.xlsx", None, "Medarbejdernr.", "1003", "Leder",
              "Morten Dahl")
    _set_cell(work / "input" / "employees.xlsx", None, "Medarbejdernr.", "1003",
              "Leders e-mail", "mda@eksempel.dk")
    _ingest(work, folder)
    for book in (work / "output" / "ledere").glob("*.xlsx"):
        assert SECRET not in _text_of(book), book.name
    new = next((work / "output" / "ledere").glob("*Morten_Dahl*.xlsx"))
    assert "Tallene giver energi" in _text_of(new)  # what everyone may see still goes
    assert "var medarbejderens leder" in _text_of(_hr_book(work))


def _forge(data: bytes, number: str, name: str, saved: dt.datetime) -> bytes:
    """A copy edited by hand to be another employee's: the identity table, the hidden
    number and the save date all changed."""
    def change(root: etree._Element) -> None:
        cells = list(next(root.iter(qn("w:tbl"))).iter(qn("w:tc")))
        texts = [m.cell_text(c) for c in cells]
        for label, value in (("Navn", name), ("Medarbejdernr.", number)):
            target = cells[texts.index(label) + 1]
            ts = list(target.iter(qn("w:t")))
            ts[0].text = value
            for t in ts[1:]:
                t.text = ""
    data = m.edit_document(data, change)
    data = m.edit_props(data, lambda p: p.update({"MUS.EmployeeId": number}))
    files = m.parts(data)
    core = files["docProps/core.xml"].decode()
    start = core.index("<dcterms:modified")
    end = core.index("</dcterms:modified>") + len("</dcterms:modified>")
    core = (core[:start] + '<dcterms:modified xsi:type="dcterms:W3CDTF">'
            + saved.strftime("%Y-%m-%dT%H:%M:%SZ") + "</dcterms:modified>" + core[end:])
    files["docProps/core.xml"] = core.encode()
    return m.build(files)


def test_a_forged_copy_never_replaces_the_real_form(tmp_path: Path) -> None:
    work = _season(tmp_path)
    real = fill_by_tag(_form(work, "1003_Mette_Nielsen.docx").read_bytes(),
                       {"mus:q:N3": "Mettes eget svar"})
    own = fill_by_tag(_form(work, "1005_Lærke_Bjørn-Holm.docx").read_bytes(),
                      {"mus:q:N3": "Skrevet i Mettes navn"})
    forged = _forge(own, "1003", "Mette Nielsen", dt.datetime(2027, 1, 30, 12, 0))
    _return(work, "1003_Mette_Nielsen.docx", real)
    folder = _return(work, "1003_Mette_Nielsen (rettet).docx", forged)
    output = _ingest(work, folder)
    hr = _text_of(_hr_book(work))
    assert "Mettes eget svar" in hr and "Skrevet i Mettes navn" not in hr
    assert "ikke, som mus underskrev den" in hr  # the forged copy, reported
    assert "fordi dens identitet er bekræftet" in hr  # and why the real one was used
    assert "Traceback" not in output


def test_a_form_from_another_working_folder_is_read_but_reported(tmp_path: Path) -> None:
    work = _season(tmp_path)
    other = _season(tmp_path / "elsewhere")
    data = fill_by_tag(_form(other, "1003_Mette_Nielsen.docx").read_bytes(),
                       {"mus:q:N3": "Fra den anden mappe"})
    folder = _return(work, "1003.docx", data)
    _ingest(work, folder)
    hr = _text_of(_hr_book(work))
    assert "Fra den anden mappe" in hr and "ikke, som mus underskrev den" in hr


def test_a_folder_without_a_key_reads_its_forms_as_before(tmp_path: Path) -> None:
    work = _season(tmp_path)
    data = fill_by_tag(_form(work, "1003_Mette_Nielsen.docx").read_bytes(),
                       {"mus:q:N3": "Uden nøgle"})
    (work / ".mus" / "form-key").unlink()
    folder = _return(work, "1003.docx", data)
    _ingest(work, folder)
    hr = _text_of(_hr_book(work))
    assert "Uden nøgle" in hr and "underskrev" not in hr


def test_the_signature_covers_the_promises(tmp_path: Path) -> None:
    """Edited to promise less (a leader-only question made 'all' in the field list), the form
    no longer verifies."""
    work = _season(tmp_path)
    data = fill_by_tag(_form(work, "1003_Mette_Nielsen.docx").read_bytes(), {"mus:q:N4": SECRET})

    def widen(props: dict[str, str]) -> None:
        for name, value in props.items():
            props[name] = value.replace("q:N4=tl", "q:N4=t")
    edited = m.edit_props(data, widen)
    assert b"q:N4=tl" not in zipfile.ZipFile(io.BytesIO(edited)).read("docProps/custom.xml")
    folder = _return(work, "1003.docx", edited)
    _ingest(work, folder)
    assert "ikke, som mus underskrev den" in _text_of(_hr_book(work))
