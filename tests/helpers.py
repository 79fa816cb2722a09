"""Small builders for the spreadsheets and forms the tests need."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from pipeline import samples


def write_xlsx(path: Path, sheets: Mapping[str, Sequence[Sequence[Any]]]) -> Path:
    wb = Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        assert ws is not None
        ws.title = name
        first = False
        for row in rows:
            ws.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def merged_xlsx(path: Path, rows: Sequence[Sequence[Any]], blocks: Sequence[str]) -> Path:
    """One sheet "Ark1" of ``rows`` with the cell ranges in ``blocks`` merged ("A2:A4")."""
    write_xlsx(path, {"Ark1": rows})
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for block in blocks:
        ws.merge_cells(block)
    wb.save(path)
    return path


def employees_xlsx(path: Path, rows: Sequence[Sequence[Any]] | None = None,
                   headers: Sequence[str] = ("Medarbejdernr.", "Navn", "E-mail", "Afdeling",
                                             "Stilling", "Leder", "Leders e-mail", "MUS-dato",
                                             "Sprog")) -> Path:
    if rows is None:
        rows = [(1001, "Anne Sørensen", "ans@x.dk", "IT", "Udvikler", "Morten Dahl",
                 "mda@x.dk", dt.date(2027, 2, 1), "da"),
                (1002, "Jens Hansen", "jha@x.dk", "Økonomi", "Bogholder", "Hanne Kjær",
                 "hkj@x.dk", dt.date(2027, 2, 2), "da")]
    return write_xlsx(path, {"Medarbejdere": [headers, *rows]})


def questions_xlsx(path: Path, questions: Sequence[Sequence[Any]] | None = None,
                   competences: Sequence[Sequence[Any]] | None = None,
                   settings: Sequence[Sequence[Any]] | None = None) -> Path:
    sheets: dict[str, Sequence[Sequence[Any]]] = {
        "Spørgsmål": [samples.QUESTION_HEADERS,
                      *(samples.QUESTIONS if questions is None else questions)],
        "Kompetencer": [samples.COMPETENCE_HEADERS,
                        *(samples.COMPETENCES if competences is None else competences)],
    }
    sheets["Indstillinger"] = [("Indstilling", "Værdi"),
                               *(samples.SETTINGS if settings is None else settings)]
    return write_xlsx(path, sheets)


def question(qid: str, text: str, qtype: str = "tekst", phase: str = "Her og nu",
             options: str = "", audience: str = "medarbejder", applies: str = "",
             required: str = "nej", visibility: str = "alle",
             help_text: str = "") -> tuple[str, ...]:
    return (qid, phase, text, help_text, qtype, options, audience, applies, required, visibility)


def unwrap_controls(root: Any) -> None:
    """Every control gone, its content left in place (as pasting the form's text does)."""
    from pipeline.ooxml.ns import qn

    for sdt in list(root.iter(qn("w:sdt"))):
        parent = sdt.getparent()
        if parent is None:
            continue
        content = sdt.find(qn("w:sdtContent"))
        index = parent.index(sdt)
        for child in list(content) if content is not None else []:
            parent.insert(index, child)
            index += 1
        parent.remove(sdt)


def strip_controls(docx: bytes) -> bytes:
    """The form as if copied into a new document: every control unwrapped (its content kept in
    place) and the custom properties gone."""
    import io
    import zipfile

    from lxml import etree


    source = zipfile.ZipFile(io.BytesIO(docx))
    root = etree.fromstring(source.read("word/document.xml"))
    unwrap_controls(root)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "docProps/custom.xml":
                continue
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            target.writestr(info.filename, data)
    return out.getvalue()


LIBREOFFICE_APP = (b"<Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2"
                   b"</Application>")


def libreoffice_like(docx: bytes) -> bytes:
    """The form as a LibreOffice 7.4 save leaves it (measured on real saves, see
    tests/collect/test_writer_filled.py): tags, ids and locks gone; titles kept only on text
    controls; the placeholder flag kept only on drop-downs and dates; the checkboxes of a cell
    wrapped in an extra untyped control carrying the first checkbox's title."""
    import io
    import zipfile

    from lxml import etree

    from pipeline.ooxml.ns import qn
    from pipeline.ooxml.read_controls import Control

    source = zipfile.ZipFile(io.BytesIO(docx))
    root = etree.fromstring(source.read("word/document.xml"))
    for cell in list(root.iter(qn("w:tc"))):
        boxes = [p for p in cell.iterchildren(qn("w:p"))
                 if any(Control(s).kind == "checkbox" for s in p.iter(qn("w:sdt")))]
        if not boxes:
            continue
        first = Control(next(boxes[0].iter(qn("w:sdt"))))
        wrapper = etree.SubElement(cell, qn("w:sdt"))
        props = etree.SubElement(wrapper, qn("w:sdtPr"))
        etree.SubElement(props, qn("w:alias")).set(qn("w:val"), first.alias or "")
        content = etree.SubElement(wrapper, qn("w:sdtContent"))
        cell.insert(cell.index(boxes[0]), wrapper)
        for p in boxes:
            content.append(p)
    for sdt in list(root.iter(qn("w:sdt"))):
        control = Control(sdt)
        kind = control.kind
        for name in ("w:tag", "w:id", "w:lock"):
            for found in control.props.findall(qn(name)):
                control.props.remove(found)
        if kind not in ("rich", "plain"):
            for found in control.props.findall(qn("w:alias")):
                control.props.remove(found)
        if kind not in ("dropdown", "date"):
            for found in control.props.findall(qn("w:showingPlcHdr")):
                control.props.remove(found)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            elif info.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>[^<]*</Application>", LIBREOFFICE_APP, data)
            target.writestr(info.filename, data)
    return out.getvalue()
