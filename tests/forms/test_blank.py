"""The blank form's text a form keeps (forms/blank.py) is exactly what its body shows outside its
fields: worked out piece by piece while the form is made (the personal heading from its
stencil, without parsing it), it must equal a reading of the whole finished document, or every
returned form would look edited."""

from __future__ import annotations

from pathlib import Path

from pipeline.forms.generate import GenerateResult
from pipeline.formspec import FormSpec
from pipeline.model import Employee
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.props import read_custom_props
from pipeline.ooxml.visible import marked_paragraphs


def _kept_and_shown(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    with SafeZip(path.read_bytes()) as package:
        spec = FormSpec.read(read_custom_props(package))
        body = package.xml("word/document.xml").find(qn("w:body"))
    assert spec is not None and spec.blank is not None and body is not None
    return spec.blank.entries, tuple(marked_paragraphs(body))


def test_every_generated_form_keeps_exactly_its_own_text(sample_forms: GenerateResult) -> None:
    forms = sorted(sample_forms.out.glob("*.docx"))
    assert len(forms) > 20
    for path in forms:
        kept, shown = _kept_and_shown(path)
        assert kept == shown, path.name


def test_odd_personal_texts_are_kept_as_the_form_shows_them(tmp_path: Path) -> None:
    """Names and titles with extra spaces, tabs and line breaks, and empty fields."""
    from pipeline.forms.personalise import FormMaker
    from pipeline.model import FormKind
    from pipeline.sheets import read_question_set
    from pipeline.workspace import DEFAULTS

    maker = FormMaker(read_question_set(DEFAULTS / "input" / "questions.xlsx"), None, "2027",
                      "2026-12-01T00:00:00+00:00")
    odd = Employee(number="77", name="  Åse\tMarie  Bøgh ", email="", department="",
                   job_title="Leder\nog konsulent", leader="", leader_email="")
    for kind in (FormKind.EMPLOYEE, FormKind.LEADER):
        path = tmp_path / f"{kind.value}.docx"
        path.write_bytes(maker.make(odd, kind).data)
        kept, shown = _kept_and_shown(path)
        assert kept == shown, kind
