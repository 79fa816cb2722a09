"""Issue 19: every character of a returned form accounted for, whatever a person did to it.

Each test makes one edit the way Word writes it (XML) or as a LibreOffice save leaves the form,
and checks that the answers are read right and that what a person wrote outside the fields is
reported by question, never lost and never read as an answer.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.collect.extract import extract_file
from pipeline.forms.generate import GenerateResult
from pipeline.model import Rating, Response
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.ns import MC, qn
from pipeline.problems import sentence
from tests.collect import mutations as m
from tests.collect.test_damaged import ANSWERS, EXPECTED_RATINGS, lo_form, read
from tests.helpers import libreoffice_like

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_form(sample_forms: GenerateResult, name: str = "1007_Jens_Hansen.docx") -> bytes:
    return fill_by_tag((sample_forms.out / name).read_bytes(), ANSWERS)  # type: ignore[arg-type]


def ingested(tmp_path: Path, data: bytes) -> Path:
    """HR's workbook of a fresh working folder whose returned folder holds ``data``."""
    folder = tmp_path / "returned"
    folder.mkdir()
    (folder / "1007.docx").write_bytes(data)
    work = tmp_path / "work"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(work)]).exit_code == 0
    out = runner.invoke(main, ["--dir", str(work), "ingest", str(folder)])
    assert out.exit_code == 0, out.output
    return next((work / "output").glob("MUS-oversigt-*.xlsx"))


def para(text: str) -> etree._Element:
    p = etree.Element(qn("w:p"))
    r = etree.SubElement(p, qn("w:r"))
    etree.SubElement(r, qn("w:t")).text = text
    return p


def card(root: etree._Element, qid: str) -> etree._Element:
    """The question card (a table) whose number cell ends with the question's hidden ID."""
    for tbl in root.iter(qn("w:tbl")):
        first = next(tbl.iter(qn("w:tc")))
        if m.cell_text(first).split()[-1:] == [qid]:
            return tbl
    raise LookupError(qid)


def question_cell(root: etree._Element, qid: str) -> etree._Element:
    return [c for c in card(root, qid).iter(qn("w:tc"))][1]


def outside(tmp_path: Path, data: bytes) -> dict[str, str]:
    path = tmp_path / "o.docx"
    path.write_bytes(data)
    out = CliRunner().invoke(main, ["extract", "--json", str(path)])
    assert out.exit_code == 0, out.output
    found: dict[str, str] = json.loads(out.output).get("outside", {})
    return found


def beside(r: Response) -> list[tuple[str, str]]:
    return [(p.params["field"], p.params["where"]) for p in r.problems
            if p.code == "text-outside-field"]


def test_an_untouched_form_and_its_libreoffice_save_have_nothing_beside(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    for data in (word_form(sample_forms), lo_form(sample_forms)):
        r = read(tmp_path, data)
        assert r.problems == () and r.beside == {}


def test_text_under_a_card_is_reported_by_question_and_kept_apart(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    for base in (word_form(sample_forms), lo_form(sample_forms)):
        data = m.edit_document(base, lambda root: card(root, "N3").addnext(
            para("Og så de lange møder")))
        r = read(tmp_path, data)
        assert r.answers["N3"] == "Kunderne giver energi"  # the answer itself, alone
        assert r.beside == {"N3": "Og så de lange møder"}
        [(field, where)] = beside(r)
        assert field == "N3" and where.startswith("question ") and where.endswith("(N3)")
        assert outside(tmp_path, data) == {"N3": "Og så de lange møder"}
        assert "lange møder" not in " ".join(sentence(p) for p in r.problems)


def test_text_in_the_questions_own_cell_and_in_a_new_row(sample_forms: GenerateResult,
                                                         tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        question_cell(root, "F1").append(para("Måske leder"))
        table = card(root, "F5")
        row = etree.SubElement(table, qn("w:tr"))  # Tab in the last cell: a new row
        cell = etree.SubElement(row, qn("w:tc"))
        cell.append(para("Tilføjet i en ny række"))
    r = read(tmp_path, m.edit_document(word_form(sample_forms), edit))
    assert r.answers["F1"] == "Teamleder om tre år"
    assert r.beside == {"F1": "Måske leder", "F5": "Tilføjet i en ny række"}


def test_a_sentence_typed_after_the_question_text_is_what_is_reported(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        first = question_cell(root, "F5").find(qn("w:p"))
        assert first is not None
        run = etree.SubElement(first, qn("w:r"))
        etree.SubElement(run, qn("w:t")).text = " Mere tid til faglighed"
    r = read(tmp_path, m.edit_document(word_form(sample_forms), edit))
    assert r.beside == {"F5": "Mere tid til faglighed"}


def test_text_beside_a_private_question_is_never_read(sample_forms: GenerateResult,
                                                      tmp_path: Path) -> None:
    data = m.edit_document(word_form(sample_forms), lambda root: card(root, "N6").addnext(
        para("Helbred: må ikke læses")))
    r = read(tmp_path, data)
    assert "N6" not in r.answers and r.beside == {} and r.problems == ()
    assert b"Helbred" not in json.dumps(outside(tmp_path, data)).encode()


def test_text_before_the_first_question_and_after_the_last_goal(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        body = root.find(qn("w:body"))
        assert body is not None
        card(root, "T1").addprevious(para("Jeg vil gerne flytte mødet"))
        body.insert(len(body) - 1, para("PS: tak for sidst"))
    r = read(tmp_path, m.edit_document(word_form(sample_forms), edit))
    assert r.beside["intro"] == "Jeg vil gerne flytte mødet"
    assert "PS: tak for sidst" in r.beside.values()
    assert len(beside(r)) == 2


def _tracked_delete_row(row: etree._Element) -> None:
    trpr = row.find(qn("w:trPr"))
    if trpr is None:
        trpr = etree.Element(qn("w:trPr"))
        row.insert(0, trpr)
    mark = etree.SubElement(trpr, qn("w:del"))
    mark.set(qn("w:id"), "901")
    mark.set(qn("w:author"), "Jens Hansen")
    for r in list(row.iter(qn("w:r"))):
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wrapper = etree.Element(qn("w:del"))
        wrapper.set(qn("w:id"), "902")
        wrapper.set(qn("w:author"), "Jens Hansen")
        r.addprevious(wrapper)
        wrapper.append(r)


def test_a_row_deleted_with_track_changes_gives_nothing(sample_forms: GenerateResult,
                                                        tmp_path: Path) -> None:
    data = m.edit_document(word_form(sample_forms),
                           lambda root: _tracked_delete_row(m.competence_row(root, "K3")))
    r = read(tmp_path, data)
    assert r.competences["K3"] == Rating()
    assert {k: v for k, v in r.competences.items() if k != "K3"} == {
        k: v for k, v in EXPECTED_RATINGS.items() if k != "K3"}
    assert [p.code for p in r.problems] == ["missing-fields"]


def test_text_moved_away_inside_a_smart_tag_is_not_read(sample_forms: GenerateResult,
                                                        tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        sdt = next(s for s in root.iter(qn("w:sdt"))
                   if s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == "mus:q:N3")
        p = next(sdt.iter(qn("w:p")))
        smart = etree.SubElement(p, qn("w:smartTag"))
        smart.set(qn("w:element"), "place")
        moved = etree.SubElement(smart, qn("w:moveFrom"))
        moved.set(qn("w:id"), "7")
        moved.set(qn("w:author"), "Jens")
        run = etree.SubElement(moved, qn("w:r"))
        etree.SubElement(run, qn("w:t")).text = " Flyttet væk"
    r = read(tmp_path, m.edit_document(word_form(sample_forms), edit))
    assert r.answers["N3"] == "Kunderne giver energi"
    # read as accepted, and said: the change may be someone else's
    assert [(p.code, p.params["what"], p.params["fields"]) for p in r.problems] == [
        ("marked-text", "tracked", "N3")]


def _text_box(text: str) -> etree._Element:
    """A run holding a text box as Word writes it: the drawing, and a VML fallback."""
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    v = "urn:schemas-microsoft-com:vml"
    run = etree.Element(qn("w:r"))
    alternate = etree.SubElement(run, f"{{{MC}}}AlternateContent")
    choice = etree.SubElement(alternate, f"{{{MC}}}Choice", Requires="wps")
    drawing = etree.SubElement(choice, qn("w:drawing"))
    box = etree.SubElement(etree.SubElement(drawing, f"{{{wps}}}wsp"), f"{{{wps}}}txbx")
    etree.SubElement(box, qn("w:txbxContent")).append(para(text))
    fallback = etree.SubElement(alternate, f"{{{MC}}}Fallback")
    pict = etree.SubElement(fallback, qn("w:pict"))
    textbox = etree.SubElement(etree.SubElement(pict, f"{{{v}}}shape"), f"{{{v}}}textbox")
    etree.SubElement(textbox, qn("w:txbxContent")).append(para(text))
    return run


def test_a_text_box_in_an_answer_is_read_once_on_a_line_of_its_own(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        sdt = next(s for s in root.iter(qn("w:sdt"))
                   if s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == "mus:q:N3")
        next(sdt.iter(qn("w:p"))).append(_text_box("Se også bilag"))
    r = read(tmp_path, m.edit_document(word_form(sample_forms), edit))
    assert r.answers["N3"] == "Kunderne giver energi\nSe også bilag"


def test_another_employees_form_pasted_at_the_end_is_not_read(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    other = fill_by_tag((sample_forms.out / "1003_Mette_Nielsen.docx").read_bytes(), {
        "mus:q:N3": "Mettes svar", "mus:q:T1": "Mettes tilbageblik", "mus:c:K1:now": "5 – Ekspert",
        "mus:q:F1": "Mettes fremtid"})
    other_body = etree.fromstring(m.parts(other)[m.DOCUMENT]).find(qn("w:body"))
    assert other_body is not None

    def edit(root: etree._Element) -> None:
        body = root.find(qn("w:body"))
        assert body is not None
        for block in other_body:
            if block.tag != qn("w:sectPr"):
                body.insert(len(body) - 1, copy.deepcopy(block))
    for base in (word_form(sample_forms), lo_form(sample_forms)):
        r = read(tmp_path, m.edit_document(base, edit))
        assert r.employee_id == "1007"
        assert r.answers["N3"] == "Kunderne giver energi"
        assert r.answers["T1"] is None and r.answers["F1"] == "Teamleder om tre år"
        assert r.competences == EXPECTED_RATINGS
        [two] = [p for p in r.problems if p.code == "two-forms"]
        assert two.params["other"] == "1003"
        assert "Mettes" not in json.dumps(r.beside, ensure_ascii=False)


def test_a_card_pasted_from_the_leaders_form_is_no_place_for_an_answer(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    """T2 is asked on both forms (in the leader's words on the leader's), L1 only on the
    leader's: neither card, pasted in place of a deleted drop-down, gives the employee's T2."""
    leader = fill_by_tag((sample_forms.out / "1007_Jens_Hansen_leder.docx").read_bytes(),
                         {"mus:q:T2": "1 – I meget lav grad", "mus:q:L1": "Godt samarbejde"})
    leader_root = etree.fromstring(m.parts(leader)[m.DOCUMENT])
    for pasted in ("T2", "L1"):
        leader_card = card(leader_root, pasted)

        def edit(root: etree._Element, leader_card: etree._Element = leader_card) -> None:
            own = card(root, "T2")
            for sdt in list(own.iter(qn("w:sdt"))):  # the employee's drop-down deleted
                parent = sdt.getparent()
                assert parent is not None
                parent.remove(sdt)
            own.addnext(copy.deepcopy(leader_card))
        for base in (word_form(sample_forms), lo_form(sample_forms)):
            r = read(tmp_path, m.edit_document(base, edit))
            assert r.answers["T2"] is None, pasted  # never the leader's 1
            assert "foreign-cards" in [p.code for p in r.problems], pasted
            assert r.answers["N2"] == 2 and r.answers["N5"] == 5  # nothing shifted


def test_a_field_dragged_under_its_question_keeps_the_question_out_of_the_answer(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        table = card(root, "N3")
        cells = list(table.iter(qn("w:tc")))
        question_paragraph = cells[1].find(qn("w:p"))
        assert question_paragraph is not None
        cells[2].append(question_paragraph)  # the question's text now in the answer's cell
        cells[1].append(para(""))
    for base in (word_form(sample_forms), lo_form(sample_forms)):
        r = read(tmp_path, m.edit_document(base, edit))
        assert r.answers["N3"] == "Kunderne giver energi"


def test_every_missing_field_is_named_with_its_number_and_question(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        for qid in ("N3", "F5"):
            table = card(root, qid)
            parent = table.getparent()
            assert parent is not None
            parent.remove(table)
    r = read(tmp_path, m.edit_document(word_form(sample_forms), edit))
    [missing] = [p for p in r.problems if p.code == "missing-fields"]
    assert missing.params["all"] == "N3, F5"
    named = missing.params["fields"].split("; ")
    assert named[0].startswith("6 N3 “Hvilke opgaver giver dig energi")
    assert named[1].startswith("14 F5 “")
    assert "N3" in sentence(missing) and "F5" in sentence(missing)


def test_a_date_answer_is_still_a_date(sample_forms: GenerateResult, tmp_path: Path) -> None:
    r = read(tmp_path, libreoffice_like(word_form(sample_forms)))
    assert r.answers["F4"] == dt.date(2027, 3, 1)


def _note_part(kind: str, text: str) -> bytes:
    root = etree.Element(qn(f"w:{kind}s"), nsmap={"w": W_NS})
    note = etree.SubElement(root, qn(f"w:{kind}"))
    note.set(qn("w:id"), "1")
    note.append(para(text))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def test_a_comment_and_a_footnote_are_text_beside_their_question(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    for kind, reference in (("comment", "commentReference"), ("footnote", "footnoteReference")):
        def edit(root: etree._Element, reference: str = reference) -> None:
            run = etree.SubElement(question_cell(root, "F5").find(qn("w:p")), qn("w:r"))
            etree.SubElement(run, qn(f"w:{reference}")).set(qn("w:id"), "1")
        data = m.edit_document(word_form(sample_forms), edit)
        files = m.parts(data)
        files[f"word/{kind}s.xml"] = _note_part(kind, "Se min mail fra i går")
        r = read(tmp_path, m.build(files))
        assert r.beside == {"F5": "Se min mail fra i går"}, kind
        assert [p.params["field"] for p in r.problems] == ["F5"]


def _run_formatted(sdt: etree._Element, text: str, mark: str) -> None:
    p = next(sdt.iter(qn("w:p")))
    run = etree.SubElement(p, qn("w:r"))
    etree.SubElement(etree.SubElement(run, qn("w:rPr")), qn(f"w:{mark}"))
    etree.SubElement(run, qn("w:t")).text = text


def _control(root: etree._Element, key: str) -> etree._Element:
    return next(s for s in root.iter(qn("w:sdt"))
                if s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == f"mus:{key}")


def test_hidden_and_struck_text_in_an_answer_is_left_out_and_said(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    def edit(root: etree._Element) -> None:
        _run_formatted(_control(root, "q:N3"), " husk at slette", "vanish")
        _run_formatted(_control(root, "q:F1"), " eller chef", "strike")
    for base in (word_form(sample_forms),):
        data = m.edit_document(base, edit)
        for shown in (data, libreoffice_like(data)):
            r = read(tmp_path, shown)
            assert r.answers["N3"] == "Kunderne giver energi"
            assert r.answers["F1"] == "Teamleder om tre år"
            marked = {p.params["what"]: p.params["fields"] for p in r.problems
                      if p.code == "marked-text"}
            assert marked == {"hidden": "N3", "struck": "F1"}
    # and as LibreOffice leaves an answer typed over its field: in the cell, no control
    def unwrapped(root: etree._Element) -> None:
        edit(root)
        sdt = _control(root, "q:N3")
        content = sdt.find(qn("w:sdtContent"))
        parent = sdt.getparent()
        assert content is not None and parent is not None
        for block in list(content):
            sdt.addprevious(block)
        parent.remove(sdt)
    r = read(tmp_path, m.edit_document(word_form(sample_forms), unwrapped))
    assert r.answers["N3"] == "Kunderne giver energi"
    assert ("marked-text", "hidden") in [(p.code, p.params.get("what")) for p in r.problems]


def test_strict_open_xml_is_read_like_the_ordinary_format(sample_forms: GenerateResult,
                                                          tmp_path: Path) -> None:
    strict = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main":
              "http://purl.oclc.org/ooxml/wordprocessingml/main",
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships":
              "http://purl.oclc.org/ooxml/officeDocument/relationships",
              "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties":
              "http://purl.oclc.org/ooxml/officeDocument/customProperties",
              "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes":
              "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"}

    def renamed(name: str) -> str:
        uri, _, local = name[1:].partition("}")
        return "{" + strict.get(uri, uri) + "}" + local if name.startswith("{") else name

    files = m.parts(word_form(sample_forms))
    for part in ("word/document.xml", "docProps/custom.xml"):
        root = etree.fromstring(files[part])
        for element in root.iter():
            if isinstance(element.tag, str):
                element.tag = renamed(element.tag)
            for attr in [str(a) for a in element.attrib]:
                element.set(renamed(attr), element.attrib.pop(attr))
        etree.cleanup_namespaces(root)
        files[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    assert b"purl.oclc.org" in files["word/document.xml"]
    r = read(tmp_path, m.build(files))
    assert (r.employee_id, r.answers["N3"], r.competences) == (
        "1007", "Kunderne giver energi", EXPECTED_RATINGS)
    assert r.problems == ()


def _flat_opc(docx: bytes) -> bytes:
    pkg = "http://schemas.microsoft.com/office/2006/xmlPackage"
    root = etree.Element(f"{{{pkg}}}package", nsmap={"pkg": pkg})
    for name, data in m.parts(docx).items():
        part = etree.SubElement(root, f"{{{pkg}}}part")
        part.set(f"{{{pkg}}}name", "/" + name)
        if name.endswith((".xml", ".rels")):
            etree.SubElement(part, f"{{{pkg}}}xmlData").append(etree.fromstring(data))
        else:
            import base64
            etree.SubElement(part, f"{{{pkg}}}binaryData").text = base64.b64encode(
                data).decode()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def test_word_xml_files_are_read_or_named(sample_forms: GenerateResult, tmp_path: Path) -> None:
    flat = _flat_opc(word_form(sample_forms))
    for name in ("1007.xml", "1007.docx"):  # as Word saves it, and renamed
        r = read(tmp_path, flat, name)
        assert (r.employee_id, r.answers["N3"], r.problems) == (
            "1007", "Kunderne giver energi", ())
    old = tmp_path / "old.xml"
    old.write_bytes(b'<?xml version="1.0"?><?mso-application progid="Word.Document"?>'
                    b'<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/'
                    b'wordml"><w:body/></w:wordDocument>')
    result = extract_file(old)
    assert [p.code for p in result.problems] == ["word-2003-xml"]
    assert "Word 2003 XML" in sentence(result.problems[0])


def test_a_long_paste_is_read_whole_and_the_workbook_says_it_is_cut(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    """5 MB of one pasted paragraph compresses a thousandfold: no zip bomb, just long."""
    long = "Lorem ipsum dolor sit amet. " * 200_000
    data = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                       {**ANSWERS, "mus:q:F5": long})  # type: ignore[dict-item]
    assert len(data) < 200_000
    r = read(tmp_path, data)
    assert r.answers["F5"] == long.strip() and r.problems == ()
    book = load_workbook(ingested(tmp_path, data), read_only=True)
    problems = [" ".join(str(c) for c in row if c) for row in book["Problemer"].values]
    book.close()
    assert any("F5" in p and "5.599.999 tegn" in p and "32.000" in p for p in problems), problems


def test_text_beside_a_field_is_marked_in_the_workbook(sample_forms: GenerateResult,
                                                       tmp_path: Path) -> None:
    data = m.edit_document(word_form(sample_forms), lambda root: card(root, "N3").addnext(
        para("Og så de lange møder")))
    book = load_workbook(ingested(tmp_path, data))
    sheet = book["Svar"]
    header = [c.value for c in sheet[1]]
    n3 = next(i for i, h in enumerate(header) if h and "Hvilke opgaver" in str(h))
    cell = sheet.cell(row=2, column=n3 + 1)
    assert str(cell.value).startswith("Kunderne giver energi\n[+ mere skrevet")
    assert cell.comment is not None and "Problemer" in cell.comment.text
    assert "lange møder" not in str(cell.value)  # never in the workbook: only the mark
    problems = [" ".join(str(c) for c in row if c) for row in book["Problemer"].values]
    assert any("spørgsmål 6 (N3)" in p for p in problems), problems
