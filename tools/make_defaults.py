"""Write the defaults that ship with mus: the sample spreadsheets and the Word form templates.

    python tools/make_defaults.py

writes pipeline/defaults/{input,templates}/ and copies them to the repository's own input/ and
templates/ (the repository root is a ready working folder). The Jinja texts in
pipeline/defaults/templates/ are edited by hand; this script only copies them.
HR restyles form.docx in Word; this script is for us, when the house style itself changes.
"""

from __future__ import annotations

import io
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

from pipeline import samples  # noqa: E402

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
FONT = "Calibri"


def _para_style(doc, name, size, bold=False, color=None, italic=False, before=0, after=4,
                keep_next=False, base="Normal"):
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(
        name, WD_STYLE_TYPE.PARAGRAPH)
    if base and name != base:
        style.base_style = styles[base]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next
    return style


def _field(paragraph, instruction, shown):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _table_style(doc):
    """"MUS Table": thin grey borders and roomy cells, once for every table of the form."""
    style = doc.styles.add_style("MUS Table", WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    tbl_pr = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"),
                           ("color", "BFBFBF")):
            border.set(qn(f"w:{key}"), value)
        borders.append(border)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("top", 57), ("left", 108), ("bottom", 57), ("right", 108)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(width))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tbl_pr.append(margins)
    # Paragraphs in the tables (the answers) without space after them.
    ppr = OxmlElement("w:pPr")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "0")
    ppr.append(spacing)
    style.element.append(ppr)
    # CT_Style: name, basedOn, …, pPr, rPr, tblPr, trPr, tcPr, tblStylePr: tblPr after rPr.
    anchor = style.element.find(qn("w:rPr"))
    if anchor is None:
        anchor = style.element.find(qn("w:pPr"))
    if anchor is None:
        style.element.append(tbl_pr)
    else:
        anchor.addnext(tbl_pr)


def build_template(confidential: str, page: str, of: str) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    normal = _para_style(doc, "Normal", 10.5, after=4, base="")
    normal.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
    normal.paragraph_format.line_spacing = 1.1
    _para_style(doc, "Title", 20, bold=True, color=BLUE, after=2)
    _para_style(doc, "Subtitle", 12, color=GREY, after=12)
    _para_style(doc, "Heading 1", 14, bold=True, color=BLUE, before=18, after=6, keep_next=True)
    _para_style(doc, "Heading 2", 12, bold=True, color=BLUE, before=12, after=4, keep_next=True)
    _para_style(doc, "MUS Question", 10.5, bold=True, after=2, keep_next=True)
    _para_style(doc, "MUS Help", 9, italic=True, color=GREY, after=0, keep_next=True)
    _para_style(doc, "MUS Answer", 10.5, after=0)
    _para_style(doc, "MUS Label", 9, color=GREY, after=0)
    _para_style(doc, "MUS Id", 9.5, bold=True, color=RGBColor(0x59, 0x59, 0x59), after=0,
                keep_next=True)
    _para_style(doc, "MUS Intro", 10.5, after=6)
    _table_style(doc)
    placeholder = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    placeholder.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(confidential.upper())
    run.font.bold = True
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    footer_style = _para_style(doc, "Footer", 8, color=GREY, after=0)
    footer = section.footer.paragraphs[0]
    footer.style = footer_style
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{page} ")
    _field(footer, " PAGE ", "1")
    footer.add_run(f" {of} ")
    _field(footer, " NUMPAGES ", "1")

    settings = doc.settings.element
    for zoom in settings.iter(qn("w:zoom")):
        zoom.set(qn("w:percent"), "100")  # required by the schema; Word refuses it missing
    for compat in settings.iter(qn("w:compatSetting")):
        if compat.get(qn("w:name")) == "compatibilityMode":
            compat.set(qn("w:val"), "15")
    out = io.BytesIO()
    doc.save(out)
    return _without_thumbnail(out.getvalue())


def _without_thumbnail(data: bytes) -> bytes:
    """python-docx's default package carries a thumbnail of its own sample page: drop it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            blob = src.read(info)
            if info.filename == "_rels/.rels":
                blob = _drop_rel(blob)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return out.getvalue()


def _drop_rel(rels: bytes) -> bytes:
    from lxml import etree

    root = etree.fromstring(rels)
    for rel in list(root):
        if rel.get("Target", "").endswith("thumbnail.jpeg"):
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _values(path: Path) -> list[list[tuple[object, ...]]]:
    import openpyxl

    return [list(ws.iter_rows(values_only=True))
            for ws in openpyxl.load_workbook(path).worksheets]


def main() -> None:
    defaults = ROOT / "pipeline" / "defaults"
    (defaults / "templates" / "form.docx").write_bytes(
        build_template("Fortroligt", "Side", "af"))
    (defaults / "templates" / "form-en.docx").write_bytes(
        build_template("Confidential", "Page", "of"))
    for name, write in (("employees.xlsx", samples.write_employees),
                        ("questions.xlsx", samples.write_questions)):
        target = defaults / "input" / name
        fresh = write(defaults / "input" / f"new-{name}")
        if target.exists() and _values(target) == _values(fresh):
            fresh.unlink()  # same content: keep the file, so git sees no change
        else:
            fresh.replace(target)
    for name in ("input", "templates"):
        (ROOT / name).mkdir(exist_ok=True)
        for source in sorted((defaults / name).iterdir()):
            if source.is_file():
                shutil.copyfile(source, ROOT / name / source.name)
    print("wrote", defaults)


if __name__ == "__main__":
    main()
