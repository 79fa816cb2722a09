"""Every document mus writes opens in Word: each kind passes the strict OOXML validator."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.forms.kinds import KINDS, make_every_kind
from tests.validation import assert_valid_ooxml


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_every_kind(tmp_path_factory.mktemp("kinds"))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_valid_ooxml(every_kind: dict[str, Path], kind: str) -> None:
    assert_valid_ooxml(every_kind[kind])


def test_tables_have_a_fixed_layout_word_honours(every_kind: dict[str, Path]) -> None:
    import zipfile

    document = zipfile.ZipFile(every_kind["employee"]).read("word/document.xml")
    assert document.count(b'<w:tblLayout w:type="fixed"/>') == document.count(b"<w:tbl>")
    settings = zipfile.ZipFile(every_kind["employee"]).read("word/settings.xml")
    assert b'w:percent="100"' in settings


def test_a_template_from_an_older_mus_still_makes_valid_forms(tmp_path: Path) -> None:
    """Working folders made by earlier versions hold a form.docx whose w:zoom lacks w:percent."""
    import zipfile

    from pipeline.forms.personalise import FormMaker
    from pipeline.model import FormKind
    from pipeline.workspace import DEFAULT_TEMPLATES
    from tests.forms.kinds import GENERATED, sample

    templates = tmp_path / "templates"
    templates.mkdir()
    with zipfile.ZipFile(DEFAULT_TEMPLATES / "form.docx") as source, \
            zipfile.ZipFile(templates / "form.docx", "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/settings.xml":
                data = data.replace(b'<w:zoom w:val="bestFit" w:percent="100"/>',
                                    b'<w:zoom w:val="bestFit"/>')
                assert b'<w:zoom w:val="bestFit"/>' in data
            target.writestr(name, data)
    staff, questions = sample()
    form = FormMaker(questions, templates, "2027", GENERATED).make(staff[0], FormKind.EMPLOYEE)
    path = tmp_path / "form.docx"
    path.write_bytes(form.data)
    assert_valid_ooxml(path)
