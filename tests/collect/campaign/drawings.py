"""Text boxes and pictures as Word writes them into a form."""

from __future__ import annotations

import struct
import zlib

from lxml import etree

from tests.collect.campaign.wordml import NS, Docx, Element, R, el, para, qn, run


def _box_text(text: str) -> Element:
    return el("w:txbxContent", None, *[para(run(line)) for line in text.split("\n")])


def textbox_run(text: str, shape_id: int = 3) -> Element:
    """A text box as Word 2010+ writes it: mc:AlternateContent, the drawing (wps:txbx) in the
    Choice and the same text again in the VML v:textbox of the Fallback."""
    a, wp, wps, v = NS["a"], NS["wp"], NS["wps"], NS["v"]
    choice = el("mc:Choice", {"Requires": "wps"})
    drawing = etree.SubElement(choice, qn("w:drawing"))
    inline = etree.SubElement(drawing, f"{{{wp}}}inline", distT="0", distB="0", distL="0",
                              distR="0")
    etree.SubElement(inline, f"{{{wp}}}extent", cx="2743200", cy="457200")
    etree.SubElement(inline, f"{{{wp}}}effectExtent", l="0", t="0", r="19050", b="19050")
    etree.SubElement(inline, f"{{{wp}}}docPr", id=str(shape_id), name=f"Tekstfelt {shape_id}")
    etree.SubElement(inline, f"{{{wp}}}cNvGraphicFramePr")
    graphic = etree.SubElement(inline, f"{{{a}}}graphic")
    data = etree.SubElement(graphic, f"{{{a}}}graphicData", uri=wps)
    shape = etree.SubElement(data, f"{{{wps}}}wsp")
    etree.SubElement(shape, f"{{{wps}}}cNvSpPr", txBox="1")
    shape_props = etree.SubElement(shape, f"{{{wps}}}spPr")
    xfrm = etree.SubElement(shape_props, f"{{{a}}}xfrm")
    etree.SubElement(xfrm, f"{{{a}}}off", x="0", y="0")
    etree.SubElement(xfrm, f"{{{a}}}ext", cx="2743200", cy="457200")
    geometry = etree.SubElement(shape_props, f"{{{a}}}prstGeom", prst="rect")
    etree.SubElement(geometry, f"{{{a}}}avLst")
    etree.SubElement(shape, f"{{{wps}}}txbx").append(_box_text(text))
    etree.SubElement(shape, f"{{{wps}}}bodyPr", rot="0", vert="horz", wrap="square")
    fallback = el("mc:Fallback")
    pict = etree.SubElement(fallback, qn("w:pict"))
    vml = etree.SubElement(pict, f"{{{v}}}shape", id=f"Tekstfelt {shape_id}",
                           style="width:216pt;height:36pt", type="#_x0000_t202")
    etree.SubElement(vml, f"{{{v}}}textbox").append(_box_text(text))
    return el("w:r", None, el("w:rPr", None, el("w:noProof")),
              el("mc:AlternateContent", None, choice, fallback))


def vml_textbox_run(text: str) -> Element:
    """A text box as Word 2007 (and compatibility mode) writes it: VML only."""
    v = NS["v"]
    pict = el("w:pict")
    shape = etree.SubElement(pict, f"{{{v}}}shape", id="_x0000_s1026",
                             style="width:216pt;height:36pt", type="#_x0000_t202")
    etree.SubElement(shape, f"{{{v}}}textbox").append(_box_text(text))
    return el("w:r", None, pict)


def png_bytes(width: int = 40, height: int = 30, seed: int = 7) -> bytes:
    """A small picture, the same every time."""
    raw = b"".join(
        bytes([0]) + b"".join(bytes([(x * seed + y * 3) % 256, (x * 2 + seed) % 256,
                                     (y * 5) % 256]) for x in range(width))
        for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def image_run(doc: Docx, png: bytes, name: str = "image1.png", pid: int = 7) -> Element:
    """A picture pasted into the text (in line with text), as Word writes it."""
    doc.package.set(f"word/media/{name}", png)
    doc.package.add_default("png", "image/png")
    rid = doc.package.add_rel("image", f"media/{name}")
    a, wp, pic = NS["a"], NS["wp"], NS["pic"]
    drawing = el("w:drawing")
    inline = etree.SubElement(drawing, f"{{{wp}}}inline", distT="0", distB="0", distL="0",
                              distR="0")
    etree.SubElement(inline, f"{{{wp}}}extent", cx="914400", cy="685800")
    etree.SubElement(inline, f"{{{wp}}}docPr", id=str(pid), name=f"Billede {pid}")
    graphic = etree.SubElement(inline, f"{{{a}}}graphic")
    data = etree.SubElement(graphic, f"{{{a}}}graphicData",
                            uri="http://schemas.openxmlformats.org/drawingml/2006/picture")
    picture = etree.SubElement(data, f"{{{pic}}}pic")
    names = etree.SubElement(picture, f"{{{pic}}}nvPicPr")
    etree.SubElement(names, f"{{{pic}}}cNvPr", id="0", name=name)
    etree.SubElement(names, f"{{{pic}}}cNvPicPr")
    fill = etree.SubElement(picture, f"{{{pic}}}blipFill")
    etree.SubElement(fill, f"{{{a}}}blip").set(f"{{{R}}}embed", rid)
    etree.SubElement(etree.SubElement(fill, f"{{{a}}}stretch"), f"{{{a}}}fillRect")
    shape_props = etree.SubElement(picture, f"{{{pic}}}spPr")
    xfrm = etree.SubElement(shape_props, f"{{{a}}}xfrm")
    etree.SubElement(xfrm, f"{{{a}}}off", x="0", y="0")
    etree.SubElement(xfrm, f"{{{a}}}ext", cx="914400", cy="685800")
    geometry = etree.SubElement(shape_props, f"{{{a}}}prstGeom", prst="rect")
    etree.SubElement(geometry, f"{{{a}}}avLst")
    return el("w:r", None, el("w:rPr", None, el("w:noProof")), drawing)
