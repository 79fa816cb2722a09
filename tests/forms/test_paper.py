"""What a reader of each form finds on it: English throughout on an English form, the leader
addressed as the leader, the meaning of every scale printed, questions numbered 1, 2, 3, and the
truth about who sees which answers."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pipeline.forms.personalise import FormMaker
from pipeline.model import FormKind, QuestionType, Sensitivity, Visibility
from pipeline.ooxml.ns import qn
from pipeline.sheets import read_employees, read_question_set
from tests.forms.kinds import EMPLOYEES, GENERATED, QUESTIONS, make_every_kind

DANISH_WORDS = {"og", "til", "af", "på", "med", "din", "dit", "dine", "du", "skal", "ikke",
                "er", "det", "den", "som", "eller", "vælg", "skriv", "kære", "svarfrist",
                "leder", "niveau", "kompetence", "kompetencer", "udviklingsmål", "spørgsmål",
                "fortroligt", "side", "mål", "nej", "ja", "her", "nu", "forslag", "skemaet"}


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_every_kind(tmp_path_factory.mktemp("paper"))


def visible_texts(path: Path) -> list[str]:
    """Everything a reader of the document can see: body, header and footer (hidden text left
    out), the titles of its fields, the items of its drop-downs and its document title."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not (name == "word/document.xml" or name.startswith(("word/header",
                                                                    "word/footer"))):
                continue
            root = etree.fromstring(z.read(name))
            for p in root.iter(qn("w:p")):
                shown = "".join(t.text or "" for r in p.iter(qn("w:r"))
                                if r.find(f"{qn('w:rPr')}/{qn('w:vanish')}") is None
                                for t in r.iter(qn("w:t")))
                if shown.strip():
                    out.append(shown)
            out += [a.get(qn("w:val"), "") for a in root.iter(qn("w:alias"))]
            out += [i.get(qn("w:displayText"), "") for i in root.iter(qn("w:listItem"))]
        out += etree.fromstring(z.read("docProps/core.xml")).itertext()
    return out


def danish_in(texts: list[str], names: tuple[str, ...]) -> list[str]:
    found = []
    for text in texts:
        for name in names:
            text = text.replace(name, "")
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
        if re.search("[æøåÆØÅ]", text) or words & DANISH_WORDS:
            found.append(text)
    return found


@pytest.mark.parametrize("kind", ["english", "english-leader"])
def test_an_english_form_has_no_danish_but_names(every_kind: dict[str, Path],
                                                  kind: str) -> None:
    names = ("Aisha Ahmed", "Aisha", "Morten Dahl", "Morten", "IT-elev", "mus@eksempel.dk")
    texts = visible_texts(every_kind[kind])
    assert len(texts) > 100
    assert danish_in(texts, names) == []
    joined = "\n".join(texts)
    assert "Looking back" in joined and "5 February 2027" in joined
    assert "1 = To a very small extent" in joined and "Levels: 1 = Beginner" in joined
    assert "CONFIDENTIAL" in joined and "Page" in joined


def test_the_check_finds_danish_in_an_english_text() -> None:
    assert danish_in(["Choose a number.", "Vælg niveau.", "Dear Aisha og"], ("Aisha",)) == [
        "Vælg niveau.", "Dear  og"]


def test_the_leaders_form_speaks_to_the_leader(every_kind: dict[str, Path]) -> None:
    questions = read_question_set(QUESTIONS)
    leader = "\n".join(visible_texts(every_kind["leader"]))
    employee = "\n".join(visible_texts(every_kind["employee"]))
    assert "Kære Morten\n" in leader and "Kære Morten Dahl" not in leader
    assert "Kære Jens\n" in employee
    for q in questions.questions:
        if q.audience.includes(FormKind.LEADER) and q.audience.includes(FormKind.EMPLOYEE):
            assert q.text_for("da", FormKind.LEADER) in leader
            assert q.text not in leader  # never the employee's wording
            assert q.text in employee
    assert "kan du bruge dine kompetencer" not in leader


def test_every_scale_has_its_meaning_on_the_paper(every_kind: dict[str, Path]) -> None:
    questions = read_question_set(QUESTIONS)
    text = "\n".join(visible_texts(every_kind["employee"]))
    scale = questions.settings.scale
    staff = {e.number: e for e in read_employees(EMPLOYEES)}
    from pipeline.forms.filters import applies

    shown = [q for q in questions.questions if q.type is QuestionType.SCALE
             and q.audience.includes(FormKind.EMPLOYEE) and applies(q, staff["1007"])]
    keys = text.count("1 = ")
    assert keys == len(shown) + 1  # one key per scale question, one above the competences
    assert "1 = Meget dårligt  ·  2 = Dårligt  ·  3 = Nogenlunde  ·  4 = Godt  ·  5 = Rigtig godt" \
        in text  # "Hvordan trives du?" has its own texts
    assert "1 = I meget lav grad" in text
    assert f"Niveauer: 1 = {scale.competence_labels[0]}" in text
    assert ("Svarmuligheder: Kursus eller uddannelse  ·  Sidemandsoplæring  ·  Mentorordning  ·  "
            "Jobrotation  ·  Nye opgaver i mit nuværende job") in text
    assert "4 – Godt" in text and "4 – I høj grad" in text  # the drop-downs' own items
    checkboxes = "\n".join(visible_texts(every_kind["checkboxes"]))
    assert "5 – Rigtig godt" in checkboxes and "1 = I meget lav grad" not in checkboxes


def test_questions_are_numbered_for_the_reader(every_kind: dict[str, Path]) -> None:
    with zipfile.ZipFile(every_kind["employee"]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    numbers, ids = [], []
    for p in root.iter(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) != "MUSId":
            continue
        runs = p.findall(qn("w:r"))
        if len(runs) == 2 and runs[1].find(f"{qn('w:rPr')}/{qn('w:vanish')}") is not None:
            numbers.append("".join(runs[0].itertext()))
            ids.append("".join(runs[1].itertext()).strip())
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert len(numbers) == 14 and ids[:3] == ["T1", "T2", "T3"] and "N5" in ids


def test_the_form_says_who_sees_which_answers(every_kind: dict[str, Path]) -> None:
    questions = read_question_set(QUESTIONS)
    text = "\n".join(visible_texts(every_kind["employee"]))
    # Jens (IT) gets 14 questions; N4 (leder) is number 7, N6 (følsom: no field) number 9.
    by_number = {7: "N4", 9: "N6"}
    assert questions.question(by_number[7]).visibility is Visibility.LEADER  # type: ignore[union-attr]
    assert questions.question(by_number[9]).sensitive is Sensitivity.TALK  # type: ignore[union-attr]
    assert ("Dine svar på spørgsmål 1–6, 8 og 10–14, dine forslag til udviklingsmål og "
            "din vurdering af kompetencerne læses ind i HR's oversigt over årets MUS med dit navn"
            in text)
    assert ("Dit svar på spørgsmål 7 læses kun ind i din leders oversigt over teamet, ikke i "
            "HR's samlede oversigt.") in text
    assert ("Spørgsmål 9 er følsomt og har intet felt at skrive i: tag det op i samtalen, hvis "
            "du vil.") in text
    assert "læses ikke ind i nogen oversigt: det står kun" not in text  # no such answer here
    assert ("Skemaet sendes til mus@eksempel.dk senest 29. januar 2027, og den, der modtager "
            "det, kan læse hele skemaet.") in text
    assert "bruges kun til samtalen" not in text
    agreement = "\n".join(visible_texts(every_kind["agreement"]))
    assert "Hvem ser aftalen?" in agreement and "Svarfrist" not in agreement


def test_a_filtered_question_leaves_no_gap_in_the_numbers(tmp_path: Path) -> None:
    """Anne (Økonomi) does not get N5: the numbers still run on, and so does the text."""
    staff = {e.number: e for e in read_employees(EMPLOYEES)}
    questions = read_question_set(QUESTIONS)
    maker = FormMaker(questions, None, "2027", GENERATED)
    path = tmp_path / "anne.docx"
    path.write_bytes(maker.make(staff["1001"], FormKind.EMPLOYEE).data)
    text = "\n".join(visible_texts(path))
    assert "Dine svar på spørgsmål 1–6 og 9–13" in text
    assert "Spørgsmål 8 er følsomt og har intet felt" in text


def test_placeholders_look_empty_and_answers_do_not(every_kind: dict[str, Path],
                                                    tmp_path: Path) -> None:
    """Grey by the placeholder style and on the run itself (LibreOffice shows the run's
    colour); what replaces a placeholder takes the control's own plain run properties."""
    from pipeline.ooxml.fill import fill_by_tag

    with zipfile.ZipFile(every_kind["employee"]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    placeholders = [sdt for sdt in root.iter(qn("w:sdt"))
                    if sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None]
    assert len(placeholders) == 41  # 14 questions (N6 has no field), 16 levels, 12 goals
    shown = set()
    for sdt in placeholders:
        own = sdt.find(f"{qn('w:sdtPr')}/{qn('w:rPr')}")
        assert own is not None and len(own) == 0
        for r in sdt.find(qn("w:sdtContent")).iter(qn("w:r")):  # type: ignore[union-attr]
            props = r.find(qn("w:rPr"))
            assert props is not None
            assert props.find(qn("w:rStyle")).get(qn("w:val")) == "PlaceholderText"  # type: ignore[union-attr]
            assert props.find(qn("w:color")).get(qn("w:val")) == "808080"  # type: ignore[union-attr]
            shown.add("".join(r.itertext()))
    assert shown == {"Skriv her.", "Vælg et tal.", "Vælg et svar.", "Vælg en dato.",
                     "Vælg niveau."}

    filled = fill_by_tag(every_kind["employee"].read_bytes(),
                         {"mus:q:F3": "Mentorordning", "mus:q:F4": dt.date(2027, 6, 1)})
    path = tmp_path / "filled.docx"
    path.write_bytes(filled)
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for sdt in root.iter(qn("w:sdt")):
        tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None and tag.get(qn("w:val")) in ("mus:q:F3", "mus:q:F4"):
            runs = list(sdt.find(qn("w:sdtContent")).iter(qn("w:r")))  # type: ignore[union-attr]
            assert len(runs) == 1 and runs[0].find(qn("w:rPr")) is None


def test_a_yes_no_question_shows_its_answers_on_paper(every_kind: dict[str, Path]) -> None:
    questions = read_question_set(QUESTIONS)
    yes_no = [q for q in questions.questions if q.type is QuestionType.YESNO
              and q.audience.includes(FormKind.EMPLOYEE)]
    assert yes_no
    danish = "\n".join(visible_texts(every_kind["employee"]))
    assert danish.count("Svarmuligheder: Ja  ·  Nej") == len(yes_no)
    english = "\n".join(visible_texts(every_kind["english"]))
    assert english.count("Options: Yes  ·  No") == len(yes_no)


def test_the_intro_says_how_to_answer_the_form_in_hand(every_kind: dict[str, Path]) -> None:
    """A form with a box to tick per scale step says so; one with drop-downs does not."""
    boxes = "\n".join(visible_texts(every_kind["checkboxes"]))
    assert "sæt kryds i den boks, der passer" in boxes
    assert "sætter kryds med en kuglepen" in boxes
    plain = "\n".join(visible_texts(every_kind["employee"]))
    assert "kryds" not in plain and "Klik i de grå felter, og skriv eller vælg dit svar" in plain


@pytest.mark.parametrize("kind", ["employee", "leader", "english", "agreement"])
def test_the_header_block_has_no_empty_label(every_kind: dict[str, Path], kind: str) -> None:
    """Every shaded label cell of the header block names what is beside it."""
    with zipfile.ZipFile(every_kind[kind]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    header = next(root.iter(qn("w:tbl")))
    shaded = [tc for tc in header.iter(qn("w:tc"))
              if tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None]
    assert len(shaded) >= 6
    assert all("".join(tc.itertext()).strip() for tc in shaded)
