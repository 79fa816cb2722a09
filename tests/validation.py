"""Validate what mus writes as a strict Office consumer would (ISO/IEC 29500 transitional schemas
plus the rules Word and Excel enforce beyond them).

The validator and the schemas are a vendored copy of ``../shared/ooxml-schemas`` (see
``tests/ooxml_validator/README.md``), so the check runs wherever the tests run.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent / "ooxml_validator"


@functools.cache
def _validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mus_ooxml_validate", HERE / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@functools.cache
def _schema() -> tuple[Any, Any, Any]:
    module = _validator()
    return module.load_schema(HERE / "schemas")  # type: ignore[no-any-return]


def ooxml_findings(path: Path, severities: tuple[str, ...] = ("ERROR",)) -> list[str]:
    """Every finding of the given severities for one .docx/.xlsx, as readable lines."""
    schema, known, understood = _schema()
    report = _validator().validate_file(Path(path), schema, known, understood)
    return [f"{i['severity']} {i['area']} {i['part']}: {i['message']}"
            for i in report.items if i["severity"] in severities]


def assert_valid_ooxml(path: Path) -> None:
    """Fail with every ERROR the strict validator finds in ``path``."""
    errors = ooxml_findings(path)
    assert not errors, f"{path.name} breaks the OOXML rules:\n" + "\n".join(errors)
