"""Edits to a filled form written the way Microsoft Word 2016-365 writes them.

Tracked changes (w:ins, w:del, w:moveFrom/w:moveTo with id, author and date, also inside a smart
tag), struck and hidden words, a new table row from Tab in the last cell, comments, footnotes,
fields, hyperlinks, custom XML and nested controls, bullets, cards moved, the Document
Inspector's removals. Text boxes and pictures are in drawings.py, whole-file saves in saves.py.
"""

from __future__ import annotations

import copy

from tests.collect.campaign.wordml import (
    DATE,
    Docx,
    Element,
    Package,
    answer_paras,
    body,
    card,
    clear_placeholder,
    content,
    el,
    para,
    props,
    qn,
    question_cell,
    rows,
    rsid_para,
    run,
    sdt,
    text_of,
)

# ------------------------------------------------------------------------ tracked changes


def revision(doc: Docx, name: str, author: str) -> Element:
    return el(name, {"w:id": doc.next_id(), "w:author": author, "w:date": DATE})


def tracked_insert(doc: Docx, key: str, text: str, author: str) -> None:
    """Words typed at the end of an answer with Track Changes on."""
    ins = revision(doc, "w:ins", author)
    ins.append(run(text))
    answer_paras(doc.root, key)[-1].append(ins)


def _copy_rpr(r: Element) -> Element | None:
    rpr = r.find(qn("w:rPr"))
    return copy.deepcopy(rpr) if rpr is not None else None


def split_run_at(p: Element, words: str) -> Element:
    """Split the run holding ``words`` so they are a run of their own; return that run."""
    for r in list(p.iter(qn("w:r"))):
        t = r.find(qn("w:t"))
        if t is None or words not in (t.text or ""):
            continue
        before, after = (t.text or "").split(words, 1)
        parent = r.getparent()
        assert parent is not None
        i = parent.index(r)
        parent.remove(r)
        middle = run(words, _copy_rpr(r))
        for piece in [run(before, _copy_rpr(r)) if before else None, middle,
                      run(after, _copy_rpr(r)) if after else None]:
            if piece is not None:
                parent.insert(i, piece)
                i += 1
        return middle
    raise LookupError("words not in the paragraph")


def tracked_delete_words(doc: Docx, key: str, words: str, author: str) -> None:
    """Words of an answer selected and deleted with Track Changes on."""
    p = next(p for p in answer_paras(doc.root, key) if words in text_of(p))
    piece = split_run_at(p, words)
    for t in piece.findall(qn("w:t")):
        t.tag = qn("w:delText")
    deletion = revision(doc, "w:del", author)
    p.replace(piece, deletion)
    deletion.append(piece)


def tracked_row_delete(doc: Docx, row: Element, author: str) -> None:
    """Table > Delete > Rows with Track Changes on: the row marked deleted, its text too."""
    trpr = row.find(qn("w:trPr"))
    if trpr is None:
        trpr = el("w:trPr")
        row.insert(0, trpr)
    trpr.append(revision(doc, "w:del", author))
    for p in row.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = el("w:pPr")
            p.insert(0, ppr)
        mark = ppr.find(qn("w:rPr"))
        if mark is None:
            mark = el("w:rPr")
            ppr.append(mark)
        mark.append(revision(doc, "w:del", author))
        for r in list(p.iter(qn("w:r"))):
            parent = r.getparent()
            assert parent is not None
            if parent.tag == qn("w:del"):
                continue
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
            deletion = revision(doc, "w:del", author)
            parent.replace(r, deletion)
            deletion.append(r)


def _smart_tag(name: str | None, inner: Element) -> Element:
    if name is None:
        return inner
    return el("w:smartTag", {"w:uri": "urn:schemas-microsoft-com:office:smarttags",
                             "w:element": name}, inner)


def move_words(doc: Docx, from_key: str, words: str, to_key: str, author: str,
               smart_tag: str | None = None) -> None:
    """Words of one answer dragged into another with Track Changes on: a w:moveFrom where they
    were and a w:moveTo where they went (inside a smart tag, as Word wraps a name it knows)."""
    source = next(p for p in answer_paras(doc.root, from_key) if words in text_of(p))
    piece = split_run_at(source, words)
    name = f"move{doc.next_id()}"
    range_id = doc.next_id()
    moved_from = revision(doc, "w:moveFrom", author)
    parent = piece.getparent()
    assert parent is not None
    i = parent.index(piece)
    parent.remove(piece)
    moved_from.append(piece)
    parent.insert(i, el("w:moveFromRangeStart", {"w:id": range_id, "w:author": author,
                                                 "w:date": DATE, "w:name": name}))
    parent.insert(i + 1, _smart_tag(smart_tag, moved_from))
    parent.insert(i + 2, el("w:moveFromRangeEnd", {"w:id": range_id}))
    dest = answer_paras(doc.root, to_key)[-1]
    range_id = doc.next_id()
    moved_to = revision(doc, "w:moveTo", author)
    moved_to.append(run(" " + words if text_of(dest) else words))
    dest.append(el("w:moveToRangeStart", {"w:id": range_id, "w:author": author, "w:date": DATE,
                                          "w:name": name}))
    dest.append(_smart_tag(smart_tag, moved_to))
    dest.append(el("w:moveToRangeEnd", {"w:id": range_id}))


# ------------------------------------------------------------------------ typing and formatting

def format_words(doc: Docx, key: str, words: str, *properties: str) -> None:
    """Words of an answer selected and formatted, e.g. struck through (w:strike) or hidden
    (w:vanish)."""
    p = next(p for p in answer_paras(doc.root, key) if words in text_of(p))
    r = split_run_at(p, words)
    rpr = r.find(qn("w:rPr"))
    if rpr is None:
        rpr = el("w:rPr")
        r.insert(0, rpr)
    for name in properties:
        rpr.append(el(name))


def append_runs(doc: Docx, key: str, *runs: Element) -> None:
    """Runs added at the end of an answer's last paragraph."""
    p = answer_paras(doc.root, key)[-1]
    for r in runs:
        p.append(r)


def new_row(doc: Docx, qid: str, text: str) -> None:
    """Tab in the last cell of a card in Word: a new row like the last, then typed in."""
    last = rows(card(doc.root, qid))[-1]
    tc = el("w:tc", None, el("w:tcPr", None, el("w:gridSpan", {"w:val": "2"})))
    tc.append(rsid_para(text))
    last.addnext(el("w:tr", None, el("w:trPr"), tc))


def _replace_answer(doc: Docx, key: str, paragraphs: list[Element]) -> None:
    s = sdt(doc.root, key)
    clear_placeholder(s)
    c = content(s)
    for child in list(c):
        c.remove(child)
    for p in paragraphs:
        c.append(p)


def bullets(doc: Docx, key: str, lines: list[str]) -> None:
    """An answer typed as a bulleted list (Word's List Paragraph, numbering 1)."""
    _replace_answer(doc, key, [
        el("w:p", None, el("w:pPr", None, el("w:pStyle", {"w:val": "ListParagraph"}),
                           el("w:numPr", None, el("w:ilvl", {"w:val": "0"}),
                              el("w:numId", {"w:val": "1"}))), run(line))
        for line in lines])


def soft_breaks(doc: Docx, key: str) -> None:
    """An answer with tabs, a soft line break (Shift+Enter) and a non-breaking space."""
    _replace_answer(doc, key, [para(run("Mål:\tBedre planlægning"), el("w:r", None, el("w:br")),
                                    run("Middel:\tUgentlige møder 10\u00a0%"))])


def right_to_left(doc: Docx, key: str, words: str) -> None:
    """The words from ``words`` on typed with a right-to-left keyboard (a run of w:rtl)."""
    for r in content(sdt(doc.root, key)).iter(qn("w:r")):
        t = r.find(qn("w:t"))
        if t is not None and words in (t.text or ""):
            before, rest = (t.text or "").split(words, 1)
            t.text = before
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.addnext(el("w:r", None, el("w:rPr", None, el("w:rtl")),
                         el("w:t", text=words + rest)))
            return
    raise LookupError("words not in the answer")


# ------------------------------------------------------------------------ notes, fields, links

def add_comment(doc: Docx, key: str, text: str, author: str) -> None:
    """Review > New Comment on an answer: comments.xml, a range around the answer's last
    paragraph and a reference run."""
    part = "word/comments.xml"
    if doc.package.has(part):
        comments = doc.package.xml(part)
    else:
        comments = el("w:comments")
        doc.package.add_rel("comments", "comments.xml")
        doc.package.add_override(part, "application/vnd.openxmlformats-officedocument."
                                       "wordprocessingml.comments+xml")
    cid = str(len(comments))
    initials = "".join(x[0] for x in author.split())
    comment = el("w:comment", {"w:id": cid, "w:author": author, "w:date": DATE,
                               "w:initials": initials})
    for i, line in enumerate(text.split("\n")):
        p = para(style="CommentText")
        if i == 0:
            p.append(el("w:r", None, el("w:rPr", None, el("w:rStyle", {
                "w:val": "CommentReference"})), el("w:annotationRef")))
        p.append(run(line))
        comment.append(p)
    comments.append(comment)
    doc.package.set_xml(part, comments)
    p = answer_paras(doc.root, key)[-1]
    first = p.find(qn("w:r"))
    start = el("w:commentRangeStart", {"w:id": cid})
    if first is not None:
        first.addprevious(start)
    else:
        p.append(start)
    p.append(el("w:commentRangeEnd", {"w:id": cid}))
    p.append(el("w:r", None, el("w:rPr", None, el("w:rStyle", {"w:val": "CommentReference"})),
                el("w:commentReference", {"w:id": cid})))


def add_footnote(doc: Docx, key: str, text: str) -> None:
    """References > Insert Footnote at the end of an answer, and the note typed."""
    part = "word/footnotes.xml"
    if doc.package.has(part):
        notes = doc.package.xml(part)
    else:
        notes = el("w:footnotes", None,
                   el("w:footnote", {"w:type": "separator", "w:id": "-1"},
                      para(el("w:r", None, el("w:separator")))),
                   el("w:footnote", {"w:type": "continuationSeparator", "w:id": "0"},
                      para(el("w:r", None, el("w:continuationSeparator")))))
        doc.package.add_rel("footnotes", "footnotes.xml")
        doc.package.add_override(part, "application/vnd.openxmlformats-officedocument."
                                       "wordprocessingml.footnotes+xml")
    nid = str(len(notes) - 1)
    reference = el("w:rPr", None, el("w:rStyle", {"w:val": "FootnoteReference"}))
    notes.append(el("w:footnote", {"w:id": nid}, para(
        el("w:r", None, reference, el("w:footnoteRef")), run(" " + text),
        style="FootnoteText")))
    doc.package.set_xml(part, notes)
    append_runs(doc, key, el("w:r", None, copy.deepcopy(reference),
                             el("w:footnoteReference", {"w:id": nid})))


def hyperlink(doc: Docx, text: str, url: str) -> Element:
    rid = doc.package.add_rel("hyperlink", url, external=True)
    link = el("w:hyperlink", {"r:id": rid, "w:history": "1"})
    link.append(run(text, el("w:rPr", None, el("w:rStyle", {"w:val": "Hyperlink"}))))
    return link


def simple_field(instruction: str, shown: str) -> Element:
    return el("w:fldSimple", {"w:instr": instruction}, run(shown))


def complex_field(instruction: str, shown: str) -> list[Element]:
    return [el("w:r", None, el("w:fldChar", {"w:fldCharType": "begin"})),
            el("w:r", None, el("w:instrText", text=instruction)),
            el("w:r", None, el("w:fldChar", {"w:fldCharType": "separate"})),
            run(shown),
            el("w:r", None, el("w:fldChar", {"w:fldCharType": "end"}))]


def nested_table(table_rows: list[list[str]]) -> Element:
    """A small table pasted into an answer."""
    grid = el("w:tblGrid", None, *[el("w:gridCol", {"w:w": "2000"}) for _ in table_rows[0]])
    t = el("w:tbl", None, el("w:tblPr", None, el("w:tblStyle", {"w:val": "TableGrid"}),
                             el("w:tblW", {"w:w": "0", "w:type": "auto"})), grid)
    for row in table_rows:
        t.append(el("w:tr", None, *[
            el("w:tc", None, el("w:tcPr", None, el("w:tcW", {"w:w": "2000", "w:type": "dxa"})),
               para(run(c))) for c in row]))
    return t


# ------------------------------------------------------------------------ wrappers and structure

def custom_xml(doc: Docx, key: str) -> None:
    """w:customXml (a company's schema) around the first paragraph's run and around the second
    paragraph."""
    ps = content(sdt(doc.root, key)).findall(qn("w:p"))
    r = ps[0].find(qn("w:r"))
    assert r is not None
    uri = "http://schemas.eksempel.dk/hr/2009"
    inline = el("w:customXml", {"w:uri": uri, "w:element": "svartekst"})
    r.addprevious(inline)
    inline.append(r)
    block = el("w:customXml", {"w:uri": uri, "w:element": "afsnit"})
    ps[1].addprevious(block)
    block.append(ps[1])


def nested_control(doc: Docx, key: str, text: str) -> None:
    """A plain-text control of a person's own inside an answer."""
    inner = el("w:sdt", None,
               el("w:sdtPr", None, el("w:alias", {"w:val": "Uddybning"}),
                  el("w:id", {"w:val": "-1470034722"}), el("w:text")),
               el("w:sdtContent", None, run(text)))
    answer_paras(doc.root, key)[-1].append(inner)


def field_to_question(doc: Docx, key: str) -> None:
    """The answer control dragged from its cell into the question's cell."""
    s = sdt(doc.root, key)
    old_cell = s.getparent()
    assert old_cell is not None
    old_cell.remove(s)
    if old_cell.find(qn("w:p")) is None:
        old_cell.append(el("w:p"))  # a cell must end with a paragraph: Word leaves one
    question_cell(doc.root, key.split(":")[1]).append(s)


def swap_cards(doc: Docx, a: str, b: str) -> None:
    """Two question cards cut and pasted in each other's place."""
    first, second = card(doc.root, a), card(doc.root, b)
    marker = el("w:p")
    first.addprevious(marker)
    second.addprevious(first)
    marker.addprevious(second)
    parent = marker.getparent()
    assert parent is not None
    parent.remove(marker)


def append_other(doc: Docx) -> None:
    """Another form's whole body pasted at the end of this one (its controls and all)."""
    other = body(Package(doc.others["other"]).xml("word/document.xml"))
    section = body(doc.root).find(qn("w:sectPr"))
    assert section is not None
    for child in list(other):
        if child.tag != qn("w:sectPr"):
            section.addprevious(child)


# ------------------------------------------------------------------------ Document Inspector

def drop_hidden_text(doc: Docx) -> None:
    """Inspect Document > Hidden Text > Remove All: every run formatted hidden deleted."""
    for r in list(doc.root.iter(qn("w:r"))):
        rpr = r.find(qn("w:rPr"))
        parent = r.getparent()
        if rpr is not None and rpr.find(qn("w:vanish")) is not None and parent is not None:
            parent.remove(r)


def strip_tags_like_libreoffice(doc: Docx) -> None:
    """What a LibreOffice save does to the controls' properties: tag, id and lock dropped."""
    for s in doc.root.iter(qn("w:sdt")):
        found = props(s)
        for name in ("w:tag", "w:id", "w:lock"):
            for f in found.findall(qn(name)):
                found.remove(f)
