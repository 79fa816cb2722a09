"""Small builders for the spreadsheets and forms the tests need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

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


def strip_controls(docx: bytes) -> bytes:
    """The form as if copied into a new document: every control unwrapped (its content kept in
    place) and the custom properties gone."""
    import io
    import zipfile

    from lxml import etree

    from pipeline.ooxml.ns import qn

    source = zipfile.ZipFile(io.BytesIO(docx))
    root = etree.fromstring(source.read("word/document.xml"))
    for sdt in list(root.iter(qn("w:sdt"))):
        parent = sdt.getparent()
        assert parent is not None
        content = sdt.find(qn("w:sdtContent"))
        index = parent.index(sdt)
        for child in list(content) if content is not None else []:
            parent.insert(index, child)
            index += 1
        parent.remove(sdt)
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
