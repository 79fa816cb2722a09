"""Making each kind of content control and reading it back, before and after filling it."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from pipeline.ooxml import controls
from pipeline.ooxml.fill import fill_text, pick, set_date, tick
from pipeline.ooxml.ns import W14, W
from pipeline.ooxml.parser import parse_xml
from pipeline.ooxml.read_controls import Control, iter_controls
from pipeline.ooxml.xml import paragraph, tostring

PROPS = controls.ControlProps(7, "mus:q:N2", "Svar N2", "Klik her.")


def body_with(*blocks: etree._Element) -> etree._Element:
    xml = f'<w:body xmlns:w="{W}" xmlns:w14="{W14}">' + tostring(*blocks) + "</w:body>"
    return parse_xml(xml.encode())


def only(body: etree._Element) -> Control:
    [control] = list(iter_controls(body))
    return control


def test_rich_text_block_shows_placeholder_and_takes_paragraphs() -> None:
    body = body_with(controls.rich_text_block(PROPS))
    control = only(body)
    assert (control.tag, control.alias, control.kind) == ("mus:q:N2", "Svar N2", "rich")
    assert control.showing_placeholder and control.text == "Klik her."
    assert control.props.find(f"{{{W}}}lock").get(f"{{{W}}}val") == "sdtLocked"
    fill_text(control, "Linje et\nLinje to")
    again = only(body_with(*body))
    assert not again.showing_placeholder
    assert again.text == "Linje et\nLinje to"
    assert len(again.content.findall(f"{{{W}}}p")) == 2


def test_dropdown_items_carry_display_text_as_value() -> None:
    body = body_with(paragraph(controls.dropdown_inline(PROPS, ["1 – Lav", "2 – Høj"])))
    control = only(body)
    assert control.kind == "dropdown"
    assert control.items == [("1 – Lav", "1 – Lav"), ("2 – Høj", "2 – Høj")]
    pick(control, "2 – Høj")
    assert (control.text, control.showing_placeholder) == ("2 – Høj", False)


def test_date_picker_records_full_date() -> None:
    body = body_with(paragraph(controls.date_inline(PROPS, "dd-MM-yyyy", "da-DK")))
    control = only(body)
    assert control.kind == "date" and control.full_date == ""
    set_date(control, dt.date(2027, 3, 1))
    assert control.full_date == "2027-03-01T00:00:00Z"
    assert control.text == "01-03-2027"


def test_checkbox_state_in_either_namespace() -> None:
    body = body_with(paragraph(controls.checkbox_inline(PROPS)))
    control = only(body)
    assert control.kind == "checkbox" and control.checked is False
    tick(control)
    assert control.checked is True and control.text == controls.CHECKED
    # LibreOffice 7.4 writes the state as w14:checked with a w:val attribute.
    state = control.props.find(".//{http://schemas.microsoft.com/office/word/2010/wordml}checked")
    state.attrib.clear()
    state.set(f"{{{W}}}val", "1")
    assert only(body_with(*body)).checked is True


def test_plain_text_inline_keeps_line_breaks() -> None:
    body = body_with(paragraph(controls.plain_text_inline(PROPS, multiline=True)))
    control = only(body)
    assert control.kind == "plain"
    fill_text(control, "a\nb")
    assert control.text == "a\nb"


def test_text_elements_side_by_side_are_lines() -> None:
    """How LibreOffice saves the lines typed in an input field: two w:t in one run."""
    from pipeline.ooxml.text import paragraph_text
    from pipeline.ooxml.xml import el

    p = el("w:p", None, el("w:r", None, el("w:t", text="Første"), el("w:t", text="Anden")),
           el("w:r", None, el("w:t", text=" og"), el("w:br"), el("w:t", text="tredje")))
    assert paragraph_text(p) == "Første\nAnden og\ntredje"


def test_a_checkbox_group_is_looked_through() -> None:
    """LibreOffice wraps the checkboxes of a cell in an untyped control with the first's title:
    the checkboxes are the fields, the wrapper is none."""
    from pipeline.ooxml.read_controls import field_controls
    from pipeline.ooxml.xml import el, val

    boxes = [paragraph(controls.checkbox_inline(controls.ControlProps(n, "", "", "")))
             for n in range(3)]
    wrapper = el("w:sdt", None, el("w:sdtPr", None, val("w:alias", "N1 trin 1")),
                 el("w:sdtContent", None, *boxes))
    text = controls.rich_text_block(PROPS)
    found = list(field_controls(body_with(wrapper, text)))
    assert [c.kind for c in found] == ["checkbox", "checkbox", "checkbox", "rich"]
