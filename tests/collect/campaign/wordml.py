"""A form's .docx as a zip of parts, its WordprocessingML, and filling it as Word does.

Nothing of mus is used: a card is found by the hidden ' <ID>' run of its first cell (what a reader
sees as the question's number), a competence row by its ID, a goal by 'Udviklingsmål N', and a
control by its tag, which Word keeps.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import itertools
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

Element = etree._Element
Answer = str | int | bool

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {
    "w": W, "r": R,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "v": "urn:schemas-microsoft-com:vml",
}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = "2027-01-10T14:32:00Z"  # when the edits were made (fixed: the build is deterministic)


def qn(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


class Package:
    """The parts of a .docx, in their order, to read and change."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            self.parts = [(i.filename, z.read(i)) for i in z.infolist()]

    def get(self, name: str) -> bytes:
        found = next((d for n, d in self.parts if n == name), None)
        if found is None:
            raise LookupError(name)
        return found

    def has(self, name: str) -> bool:
        return any(n == name for n, _ in self.parts)

    def set(self, name: str, data: bytes) -> None:
        for i, (n, _) in enumerate(self.parts):
            if n == name:
                self.parts[i] = (n, data)
                return
        self.parts.append((name, data))

    def remove(self, name: str) -> None:
        self.parts = [(n, d) for n, d in self.parts if n != name]

    def xml(self, name: str) -> Element:
        return etree.fromstring(self.get(name))

    def set_xml(self, name: str, root: Element) -> None:
        self.set(name, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True))

    def data(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts:
                info = zipfile.ZipInfo(name, date_time=(2027, 1, 10, 14, 32, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
        return out.getvalue()

    def add_rel(self, rtype: str, target: str, external: bool = False) -> str:
        rels = self.xml("word/_rels/document.xml.rels")
        ids = {r.get("Id") for r in rels}
        rid = next(f"rId{n}" for n in itertools.count(100) if f"rId{n}" not in ids)
        rel = etree.SubElement(rels, f"{{{PACKAGE_RELS}}}Relationship", Id=rid,
                               Type=f"{DOC_RELS}/{rtype}", Target=target)
        if external:
            rel.set("TargetMode", "External")
        self.set_xml("word/_rels/document.xml.rels", rels)
        return rid

    def add_override(self, part: str, ctype: str) -> None:
        types = self.xml("[Content_Types].xml")
        if not any(o.get("PartName") == "/" + part for o in types):
            etree.SubElement(types, f"{{{CONTENT_TYPES}}}Override", PartName="/" + part,
                             ContentType=ctype)
        self.set_xml("[Content_Types].xml", types)

    def add_default(self, ext: str, ctype: str) -> None:
        types = self.xml("[Content_Types].xml")
        if not any(o.get("Extension") == ext for o in types):
            default = etree.Element(f"{{{CONTENT_TYPES}}}Default", Extension=ext,
                                    ContentType=ctype)
            types.insert(0, default)
        self.set_xml("[Content_Types].xml", types)


@dataclass
class Docx:
    """A form being edited: its parts, its document tree, and the ids Word numbers marks with
    (every tracked change, comment range and move carries one, unique in the document)."""

    package: Package
    root: Element
    others: Mapping[str, bytes] = field(default_factory=dict)  # other forms pasted from
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(900))

    def next_id(self) -> str:
        return str(next(self.ids))


def edit(data: bytes, change: Callable[[Docx], None],
         others: Mapping[str, bytes] | None = None) -> bytes:
    package = Package(data)
    doc = Docx(package, package.xml("word/document.xml"), others or {})
    change(doc)
    package.set_xml("word/document.xml", doc.root)
    return package.data()


# ------------------------------------------------------------------------------ building

def el(name: str, attrs: Mapping[str, str] | None = None, *children: Element,
       text: str | None = None) -> Element:
    e = etree.Element(qn(name))
    for k, v in (attrs or {}).items():
        e.set(qn(k) if ":" in k else k, v)
    for c in children:
        e.append(c)
    if text is not None:
        e.text = text
        if text != text.strip():
            e.set(XML_SPACE, "preserve")
    return e


def run(text: str, rpr: Element | None = None, tag: str = "w:t") -> Element:
    """A run of text as Word writes it: a tab is a w:tab of its own."""
    r = el("w:r")
    if rpr is not None:
        r.append(rpr)
    for i, part in enumerate(text.split("\t")):
        if i:
            r.append(el("w:tab"))
        if part:
            r.append(el(tag, text=part))
    return r


def para(*children: Element, style: str | None = None) -> Element:
    p = el("w:p")
    if style:
        p.append(el("w:pPr", None, el("w:pStyle", {"w:val": style})))
    for c in children:
        p.append(c)
    return p


def rsid_para(text: str) -> Element:
    """A paragraph as Word writes one typed by a person: rsid attributes, a line break between
    lines (Shift+Enter)."""
    p = el("w:p", {"w:rsidR": "00B41C7E", "w:rsidRDefault": "00B41C7E"})
    for i, line in enumerate(text.split("\n")):
        if i:
            p.append(el("w:r", None, el("w:br")))
        p.append(run(line))
    return p


def text_of(e: Element) -> str:
    return "".join(t.text or "" for t in e.iter(qn("w:t")))


# ------------------------------------------------------------------------------ finding

def sdt(root: Element, key: str) -> Element:
    for s in root.iter(qn("w:sdt")):
        tag = s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None and tag.get(qn("w:val")) == f"mus:{key}":
            return s
    raise LookupError(key)


def content(s: Element) -> Element:
    found = s.find(qn("w:sdtContent"))
    if found is None:
        raise LookupError("control without content")
    return found


def props(s: Element) -> Element:
    found = s.find(qn("w:sdtPr"))
    if found is None:
        raise LookupError("control without properties")
    return found


def card(root: Element, qid: str) -> Element:
    """The card table whose first cell ends in the hidden ' <ID>' run."""
    for t in root.iter(qn("w:tbl")):
        first = t.find(f"{qn('w:tr')}/{qn('w:tc')}")
        if (first is not None and text_of(first).split()[-1:] == [qid]
                and len(t.findall(qn("w:tr"))) <= 3):
            return t
    raise LookupError(f"card {qid}")


def rows(table: Element) -> list[Element]:
    return table.findall(qn("w:tr"))


def cells(row: Element) -> list[Element]:
    return row.findall(qn("w:tc"))


def question_cell(root: Element, qid: str) -> Element:
    return cells(rows(card(root, qid))[0])[1]


def para_after(table: Element) -> Element:
    following = table.getnext()
    if following is None or following.tag != qn("w:p"):
        raise LookupError("no paragraph after the table")
    return following


def competence_row(root: Element, cid: str) -> Element:
    for tr in root.iter(qn("w:tr")):
        cs = cells(tr)
        if len(cs) == 4 and text_of(cs[0]).strip() == cid:
            return tr
    raise LookupError(cid)


def body(root: Element) -> Element:
    found = root.find(qn("w:body"))
    if found is None:
        raise LookupError("no body")
    return found


def answer_paras(root: Element, key: str) -> list[Element]:
    return content(sdt(root, key)).findall(qn("w:p"))


# ------------------------------------------------------------------------------ filling

def clear_placeholder(s: Element) -> Element:
    """The control's properties, its placeholder flag gone (Word drops it on the first key)."""
    found = props(s)
    flag = found.find(qn("w:showingPlcHdr"))
    if flag is not None:
        found.remove(flag)
    return found


def _empty(c: Element) -> None:
    for child in list(c):
        c.remove(child)


def fill_control(s: Element, value: Answer | tuple[str, int]) -> None:
    """Fill one control as Word does when a person types, picks an item or picks a date.
    ``("choice", i)``: the drop-down's i-th item, whatever language it shows."""
    found = clear_placeholder(s)
    c = content(s)
    items = found.find(qn("w:dropDownList"))
    date = found.find(qn("w:date"))
    if items is not None:
        shown = [str(i.get(qn("w:displayText"))) for i in items.findall(qn("w:listItem"))]
        if isinstance(value, tuple):
            choice = shown[value[1]]
        elif isinstance(value, bool):
            choice = shown[0 if value else 1]
        elif isinstance(value, int):
            choice = next(x for x in shown if x.split()[0] == str(value))
        else:
            choice = next(x for x in shown if x == value)
        _empty(c)
        c.append(run(choice))
        items.set(qn("w:lastValue"), choice)
        return
    if date is not None:
        day = dt.date.fromisoformat(str(value))
        date.set(qn("w:fullDate"), f"{day.isoformat()}T00:00:00Z")
        _empty(c)
        c.append(run(day.strftime("%d-%m-%Y")))
        return
    first = c.find(qn("w:p"))
    ppr = first.find(qn("w:pPr")) if first is not None else None
    _empty(c)
    for line in str(value).split("\n"):
        p = el("w:p")
        if ppr is not None:
            p.append(copy.deepcopy(ppr))
        p.append(run(line))
        c.append(p)


def fill_bytes(data: bytes, values: Mapping[str, Answer | tuple[str, int]]) -> bytes:
    """The blank form filled as Word fills it, every value in its control."""
    def fill(doc: Docx) -> None:
        for key, value in values.items():
            fill_control(sdt(doc.root, key), value)
    return edit(data, fill)

