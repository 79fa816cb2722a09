"""Reading a rendered form page by page, as a person leafing through the printout would: which
text is on which page, and how full each page is (from poppler's ``pdftotext -bbox-layout``).

And what a form promises about its pages, read from the .docx: every heading shares its page
with what it introduces (a table's first row, or the next paragraph), and a goal's table stands
whole on one page.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from pipeline.ooxml.ns import qn
from pipeline.ooxml.text import paragraph_text
from pipeline.texts import LANGUAGES, form_text

HEADINGS = {"Heading1", "Heading2"}
INTRO = "MUSIntro"
_SPACE = re.compile(r"\s+")
_XHTML = "{http://www.w3.org/1999/xhtml}"


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Line:
    text: str
    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    height: float
    lines: tuple[Line, ...]  # in reading order: top to bottom, left to right

    @property
    def text(self) -> str:
        return squash(" ".join(line.text for line in self.lines))

    def filled(self, top: float = 60.0, bottom_margin: float = 56.0) -> float:
        """How far down the page the body reaches, from 0 (empty) to 1 (to the bottom margin);
        the running header (above ``top``) and footer (below the margin) left out."""
        bottom = self.height - bottom_margin
        body = [line.bottom for line in self.lines if top < line.top < bottom]
        return (max(body) - top) / (bottom - top) if body else 0.0


def read_pages(pdf: Path) -> list[Page]:
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                           capture_output=True, timeout=120).stdout
    root = etree.fromstring(xhtml)
    pages = []
    for page in root.iter(f"{_XHTML}page"):
        lines = []
        for line in page.iter(f"{_XHTML}line"):
            words = [w.text or "" for w in line.iter(f"{_XHTML}word")]
            lines.append(Line(" ".join(words), float(line.get("yMin", 0)),
                              float(line.get("yMax", 0))))
        lines.sort(key=lambda ln: (round(ln.top), ln.text))
        pages.append(Page(float(page.get("height", 842)), tuple(lines)))
    return pages


# --- what the document promises ------------------------------------------------------------

def _style(p: etree._Element) -> str:
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(qn("w:val"), "") if style is not None else ""


def _rows(tbl: etree._Element) -> list[etree._Element]:
    return [tr for tr in tbl if tr.tag == qn("w:tr")]


def _row_text(tr: etree._Element) -> str:
    """The longest visible text of a row's cells (hidden text, the IDs, left out)."""
    texts = []
    for tc in tr.iter(qn("w:tc")):
        for p in tc.iter(qn("w:p")):
            shown = "".join(t.text or "" for r in p.iter(qn("w:r"))
                            if r.find(f"{qn('w:rPr')}/{qn('w:vanish')}") is None
                            for t in r.iter(qn("w:t")))
            if squash(shown):
                texts.append(squash(shown))
                break
    return max(texts, key=len) if texts else ""


def _goal_heads() -> re.Pattern[str]:
    heads = [re.escape(form_text(lang, key)).replace(re.escape("{n}"), r"\d+")
             for lang in LANGUAGES for key in ("goal_n", "previous_n")]
    return re.compile("^(?:" + "|".join(heads) + ")")


def kept_together(docx: Path) -> list[tuple[str, str]]:
    """Pairs of texts the form keeps on one page, in document order: each heading with what
    it introduces, the first and last rows of each goal."""
    with zipfile.ZipFile(docx) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(qn("w:body"))
    assert body is not None
    blocks = [b for b in body if b.tag in (qn("w:p"), qn("w:tbl"))
              and (b.tag == qn("w:tbl") or squash(paragraph_text(b)))]
    goal = _goal_heads()
    pairs = []
    for i, block in enumerate(blocks):
        if block.tag == qn("w:p") and _style(block) in HEADINGS and i + 1 < len(blocks):
            following = blocks[i + 1]
            if following.tag == qn("w:tbl"):
                pairs.append((squash(paragraph_text(block)), _row_text(_rows(following)[0])))
                continue
            pairs.append((squash(paragraph_text(block)), squash(paragraph_text(following))))
            k = i + 1
            while k < len(blocks) and blocks[k].tag == qn("w:p") and _style(blocks[k]) == INTRO:
                k += 1
            if k > i + 1 and k < len(blocks) and blocks[k].tag == qn("w:tbl"):
                pairs.append((squash(paragraph_text(block)), _row_text(_rows(blocks[k])[0])))
        elif block.tag == qn("w:tbl"):
            rows = _rows(block)
            first = _row_text(rows[0])
            if goal.match(first):
                pairs.append((first, _row_text(rows[-1])))
    return pairs


def apart(pages: list[Page], pairs: list[tuple[str, str]], prefix: int = 28) -> list[str]:
    """Each pair whose two texts landed on different pages, said as a reader would."""
    texts = [page.text for page in pages]
    failures = []
    cursor = (0, 0)

    def find(text: str, start: tuple[int, int]) -> tuple[int, int] | None:
        needle = squash(text)[:prefix]
        page, offset = start
        while page < len(texts):
            at = texts[page].find(needle, offset)
            if at >= 0:
                return page, at
            page, offset = page + 1, 0
        return None

    for first, then in pairs:
        a = find(first, cursor)
        if a is None:
            failures.append(f'"{first}" is not in the rendered form')
            continue
        b = find(then, (a[0], a[1] + 1))
        if b is None:
            failures.append(f'"{then}" (after "{first}") is not in the rendered form')
        elif b[0] != a[0]:
            failures.append(f'"{first}" is on page {a[0] + 1}, alone: "{then}" follows on '
                            f"page {b[0] + 1}")
        cursor = a  # the next pair may begin with the same heading
    return failures
