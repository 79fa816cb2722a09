"""Every kind of form as it prints: rendered by LibreOffice (one run for all kinds), read page by
page. No heading stands alone at the foot of a page, no goal is split, no page is left half
empty by keeping things together."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.read_controls import iter_controls
from pipeline.texts import form_text
from tests.forms.kinds import KINDS, make_every_kind
from tests.forms.pages import Page, apart, kept_together, read_pages

Convert = Callable[[list[Path], Path, str], list[Path]]


@pytest.fixture(scope="module")
def rendered(libreoffice: Convert,
             tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[Page]]]:
    folder = tmp_path_factory.mktemp("render")
    made = make_every_kind(folder / "docx")
    pdfs = libreoffice([made[k] for k in KINDS], folder / "pdf", "pdf")
    return {k: (made[k], read_pages(pdf)) for k, pdf in zip(KINDS, pdfs, strict=True)}


@pytest.mark.parametrize("kind", KINDS)
def test_headings_and_goals_stay_with_what_follows(
        rendered: dict[str, tuple[Path, list[Page]]], kind: str) -> None:
    docx, pages = rendered[kind]
    pairs = kept_together(docx)
    assert len(pairs) >= (4 if kind == "followup" else 8)  # headings, intros, goals found
    assert apart(pages, pairs) == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_page_left_half_empty(rendered: dict[str, tuple[Path, list[Page]]],
                                 kind: str) -> None:
    _, pages = rendered[kind]
    assert len(pages) >= (1 if kind == "followup" else 3)
    short = [(n, round(p.filled(), 2)) for n, p in enumerate(pages[:-1], start=1)
             if p.filled() < 0.6]
    assert short == []


@pytest.fixture(scope="module")
def agreements(libreoffice: Convert, tmp_path_factory: pytest.TempPathFactory
               ) -> list[tuple[Path, list[Page]]]:
    """Every agreement of the demo season (one per employee, with the proposals of their own
    returned forms, or none), as LibreOffice prints it."""
    from pipeline.demo import run_demo
    from pipeline.workspace import DEFAULTS, Workspace

    folder = tmp_path_factory.mktemp("agreements")
    demo = run_demo(Workspace(DEFAULTS), folder / "demo", jobs=1, through="agreements")
    assert demo.agreements is not None
    files = sorted(demo.agreements.files)
    pdfs = libreoffice(files, folder / "pdf", "pdf")
    return [(docx, read_pages(pdf)) for docx, pdf in zip(files, pdfs, strict=True)]


def test_every_agreement_ends_on_a_page_worth_printing(
        agreements: list[tuple[Path, list[Page]]]) -> None:
    """The closing line stays with the signatures, and the last page is never a lone sentence:
    at least a third of it is filled."""
    assert len(agreements) == 25
    last = {docx.name: round(pages[-1].filled(), 2) for docx, pages in agreements}
    assert {name: filled for name, filled in last.items() if filled < 1 / 3} == {}
    for docx, pages in agreements:
        assert apart(pages, kept_together(docx)) == [], docx.name
        lang = "en" if docx.stem.endswith("_agreement") else "da"
        closing = pages[-1].text
        assert form_text(lang, "confirm") in closing, docx.name
        assert form_text(lang, "closing_agreement", to="mus@eksempel.dk") in closing, docx.name


def test_an_agreement_labels_proposals_as_proposals(
        agreements: list[tuple[Path, list[Page]]]) -> None:
    """Until someone chooses Yes, each goal reads "proposal"; a goal's origin is said as its
    origin, never as its status; a blank agreement does not speak of proposals."""
    blank = 0
    for docx, pages in agreements:
        lang = "en" if docx.stem.endswith("_agreement") else "da"
        text = " ".join(p.text for p in pages)
        assert "Medarbejderens forslag" not in text and "Lederens forslag" not in text
        with SafeZip(docx) as package:
            tags = [c.tag for c in iter_controls(package.xml("word/document.xml"))]
        slots = sum(1 for tag in tags if tag.startswith("mus:goal:") and tag.endswith(":agreed"))
        assert slots >= 2, docx.name  # the sample's two goal rows, or a proposal more
        assert text.count(form_text(lang, "ph_agreed")) == slots, docx.name  # every goal slot
        if form_text(lang, "from_employee") not in text and \
                form_text(lang, "from_leader") not in text:
            assert form_text(lang, "agreement_goals_intro")[:40] not in text, docx.name
            assert form_text(lang, "agreement_goals_intro_none")[:40] in text, docx.name
            blank += 1
    assert blank >= 1  # the season has an agreement with no proposals at all


def test_the_check_sees_an_orphaned_heading() -> None:
    """The rule itself: a heading at the foot of a page, its table on the next, is caught."""
    from tests.forms.pages import Line

    pages = [Page(842, (Line("Her og nu", 100, 110), Line("Kompetencer", 760, 775))),
             Page(842, (Line("Kompetence Niveau nu Ønsket om et år", 70, 80),))]
    assert apart(pages, [("Kompetencer", "Ønsket om et år")]) == [
        '"Kompetencer" is on page 1, alone: "Ønsket om et år" follows on page 2']


def test_the_leaders_form_is_in_the_leaders_language(
        rendered: dict[str, tuple[Path, list[Page]]]) -> None:
    """Aisha writes English; Morten Dahl, her leader, reads Danish: his form about her is
    Danish. A leader whose own row says English gets English."""
    danish = " ".join(page.text for page in rendered["leader-of-english"][1])
    assert "Kære Morten" in danish and "MUS 2027: lederens forberedelse" in danish
    assert "Dear" not in danish and "Aisha Ahmed" in danish
    english = " ".join(page.text for page in rendered["english-leader"][1])
    assert "Dear Morten" in english and "the leader's preparation" in english


def test_the_sample_forms_are_three_to_four_pages(
        rendered: dict[str, tuple[Path, list[Page]]]) -> None:
    for kind in ("employee", "english"):
        assert 3 <= len(rendered[kind][1]) <= 4, kind
    for kind in ("leader", "english-leader", "leader-of-english"):
        assert len(rendered[kind][1]) <= 4, kind


def test_last_seasons_proposals_are_not_called_agreed(
        rendered: dict[str, tuple[Path, list[Page]]]) -> None:
    proposed = " ".join(page.text for page in rendered["previous-proposed"][1])
    assert "I aftalte" not in proposed
    assert "der kom ingen aftale om dem tilbage" in proposed
    assert proposed.count("Forslag, ikke aftalt") == 2
    agreed = " ".join(page.text for page in rendered["previous"][1])
    assert "Hvordan er det gået med de mål, I aftalte ved sidste MUS?" in agreed
    assert "Forslag, ikke aftalt" not in agreed
