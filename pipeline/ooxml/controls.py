"""Content controls (w:sdt): making each kind, as Word writes them.

Kinds: rich text (block level, may hold several paragraphs and tables), plain text (inline),
drop-down list, date picker and checkbox (inline). Every control gets a tag (what it holds), an
alias (the title Word shows on it), a lock against deletion (not against typing) and placeholder
text shown in the "Placeholder Text" character style while it is empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from pipeline.ooxml.xml import el, paragraph, rpr, run, val

PLACEHOLDER_STYLE = "PlaceholderText"
PLACEHOLDER_COLOR = "808080"  # on the run too: LibreOffice shows a block control's style black
CHECKED = "☒"
UNCHECKED = "☐"
CHECKBOX_FONT = "MS Gothic"


@dataclass(frozen=True)
class ControlProps:
    """What every control carries in its w:sdtPr."""

    id: int
    tag: str
    alias: str
    placeholder: str = ""


def _sdt_pr(props: ControlProps, *kind: etree._Element,
            showing_placeholder: bool = True) -> etree._Element:
    pr = el("w:sdtPr")
    if showing_placeholder:
        # What typed text looks like when it replaces the placeholder: plain, never the
        # placeholder's grey (Word takes this, not the placeholder run's own formatting).
        pr.append(el("w:rPr"))
    pr.append(val("w:alias", props.alias))
    pr.append(val("w:tag", props.tag))
    pr.append(val("w:id", str(props.id)))
    pr.append(val("w:lock", "sdtLocked"))
    if showing_placeholder:
        pr.append(el("w:showingPlcHdr"))
    for k in kind:
        pr.append(k)
    return pr


def _placeholder_run(text: str) -> etree._Element:
    """Grey in Word (the style) and in LibreOffice (the colour on the run itself), so an empty
    field never looks answered."""
    return run(text, rpr(style=PLACEHOLDER_STYLE, color=PLACEHOLDER_COLOR))


def rich_text_block(props: ControlProps, keep_next: bool | None = None) -> etree._Element:
    """A block-level rich-text control: takes several paragraphs, lists, even a pasted table.
    Its paragraph has no style of its own: it takes the table's (or Normal)."""
    content = el("w:sdtContent", None, paragraph(_placeholder_run(props.placeholder),
                                                 keep_next=keep_next))
    return el("w:sdt", None, _sdt_pr(props), content)


def plain_text_inline(props: ControlProps, multiline: bool = False) -> etree._Element:
    kind = el("w:text", {"w:multiLine": "1"}) if multiline else el("w:text")
    return el("w:sdt", None, _sdt_pr(props, kind),
              el("w:sdtContent", None, _placeholder_run(props.placeholder)))


def dropdown_inline(props: ControlProps, items: Sequence[str]) -> etree._Element:
    """A drop-down list. Each item's value is its display text: LibreOffice replaces display texts
    by values when it saves, so this way the choice reads the same before and after."""
    lst = el("w:dropDownList")
    for item in items:
        lst.append(el("w:listItem", {"w:displayText": item, "w:value": item}))
    return el("w:sdt", None, _sdt_pr(props, lst),
              el("w:sdtContent", None, _placeholder_run(props.placeholder)))


def date_inline(props: ControlProps, date_format: str, lang: str) -> etree._Element:
    date = el("w:date", None, val("w:dateFormat", date_format), val("w:lid", lang),
              val("w:storeMappedDataAs", "dateTime"), val("w:calendar", "gregorian"))
    return el("w:sdt", None, _sdt_pr(props, date),
              el("w:sdtContent", None, _placeholder_run(props.placeholder)))


def checkbox_inline(props: ControlProps, checked: bool = False) -> etree._Element:
    box = el("w14:checkbox", None,
             el("w14:checked", {"w14:val": "1" if checked else "0"}),
             el("w14:checkedState", {"w14:val": "2612", "w14:font": CHECKBOX_FONT}),
             el("w14:uncheckedState", {"w14:val": "2610", "w14:font": CHECKBOX_FONT}))
    glyph = run(CHECKED if checked else UNCHECKED, rpr(font=CHECKBOX_FONT))
    return el("w:sdt", None, _sdt_pr(props, box, showing_placeholder=False),
              el("w:sdtContent", None, glyph))
