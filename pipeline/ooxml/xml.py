"""Small helpers to build WordprocessingML elements with lxml (no string surgery)."""

from __future__ import annotations

from lxml import etree

from pipeline.ooxml.ns import PREFIXES, XML, qn

NSMAP = {"w": PREFIXES["w"], "w14": PREFIXES["w14"], "r": PREFIXES["r"]}


_NAMES: dict[str, str] = {}


def _name(prefixed: str) -> str:
    name = _NAMES.get(prefixed)
    if name is None:
        name = _NAMES[prefixed] = qn(prefixed)
    return name


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element,
       text: str | None = None) -> etree._Element:
    """el('w:p', {'w:rsidR': '1'}, child, …): prefixed names for tags and attributes."""
    element = etree.Element(_name(tag), nsmap=NSMAP)
    if attrs:
        for key, value in attrs.items():
            element.set(_name(key), value)
    for child in children:
        element.append(child)
    if text is not None:
        element.text = text
    return element


def val(tag: str, value: str) -> etree._Element:
    return el(tag, {"w:val": value})


def t(text: str) -> etree._Element:
    """A w:t that keeps leading and trailing spaces."""
    element = el("w:t", text=text)
    if text != text.strip():
        element.set(f"{{{XML}}}space", "preserve")
    return element


def run(text: str, rpr: etree._Element | None = None) -> etree._Element:
    """A run; line breaks in ``text`` become w:br, tabs w:tab."""
    r = el("w:r")
    if rpr is not None:
        r.append(rpr)
    for i, line in enumerate(text.split("\n")):
        if i:
            r.append(el("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                r.append(el("w:tab"))
            if piece:
                r.append(t(piece))
    return r


def rpr(style: str | None = None, bold: bool = False, color: str | None = None,
        size: int | None = None, font: str | None = None, italic: bool = False,
        hidden: bool = False) -> etree._Element:
    props = el("w:rPr")
    if style:
        props.append(val("w:rStyle", style))
    if font:
        props.append(el("w:rFonts", {"w:ascii": font, "w:hAnsi": font, "w:eastAsia": font,
                                     "w:hint": "eastAsia"}))
    if bold:
        props.append(el("w:b"))
    if italic:
        props.append(el("w:i"))
    if hidden:
        props.append(el("w:vanish"))
    if color:
        props.append(val("w:color", color))
    if size:
        props.append(val("w:sz", str(size)))
    return props


def paragraph(*runs: etree._Element, style: str | None = None, keep_next: bool | None = None,
              align: str | None = None, spacing_after: int | None = None) -> etree._Element:
    """A paragraph. ``keep_next``: True keeps it on the page of the next one, False lets it part
    from the next even where its style keeps them together, None leaves that to the style."""
    p = el("w:p")
    if style or keep_next is not None or align or spacing_after is not None:
        ppr = el("w:pPr")
        if style:
            ppr.append(val("w:pStyle", style))
        if keep_next is not None:
            ppr.append(el("w:keepNext") if keep_next else val("w:keepNext", "0"))
        if spacing_after is not None:
            ppr.append(el("w:spacing", {"w:before": "0", "w:after": str(spacing_after)}))
        if align:
            ppr.append(val("w:jc", align))
        p.append(ppr)
    for r in runs:
        p.append(r)
    return p


def tostring(*elements: etree._Element) -> str:
    """Serialise elements as they will stand in the document body: inside a w:body that declares
    the namespaces once, so no element repeats the declarations (they would make every form
    larger and slower to read back). The elements are moved into that body."""
    holder = etree.Element(_name("w:body"), nsmap=NSMAP)
    for element in elements:
        holder.append(element)
    xml = etree.tostring(holder, encoding="unicode")
    return xml[xml.index(">") + 1:xml.rindex("<")]
