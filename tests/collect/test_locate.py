"""The shortcut for forms Word saved reads exactly what the general way reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.collect.locate import Located, read_fields
from pipeline.demo import Respondent
from pipeline.forms.generate import GenerateResult
from pipeline.formspec import FormSpec
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.ns import qn
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.props import read_custom_props
from tests.collect.test_roundtrip import ANSWERS


def both_ways(path: Path) -> tuple[Located, Located]:
    with SafeZip(path) as package:
        spec = FormSpec.from_props(read_custom_props(package))
        body = package.xml("word/document.xml").find(qn("w:body"))
    assert spec is not None and body is not None
    return read_fields(body, spec.fields), read_fields(body, spec.fields, shortcut=False)


@pytest.mark.parametrize("make", [
    lambda data: data,  # blank
    lambda data: fill_by_tag(data, ANSWERS),  # every field kind
    lambda data: Respondent(seed=3).fill(data),
    lambda data: Respondent(seed=8, answer_rate=1.0).fill(data),
], ids=["blank", "answers", "respondent", "everything"])
def test_shortcut_equals_the_general_way(sample_forms: GenerateResult, tmp_path: Path,
                                         make: Callable[[bytes], bytes]) -> None:
    for name in ("1007_Jens_Hansen.docx", "1007_Jens_Hansen_leder.docx",
                 "00042_Aisha_Ahmed.docx"):
        path = tmp_path / name
        path.write_bytes(make((sample_forms.out / name).read_bytes()))
        fast, general = both_ways(path)
        assert fast.raws == general.raws, name
        assert len(fast.raws) > 10 and not fast.doubts and not fast.stray
