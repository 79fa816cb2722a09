"""The README's command reference is the commands' own --help."""

from __future__ import annotations

from pathlib import Path

from pipeline.cli_docs import with_reference

README = Path(__file__).resolve().parent.parent / "README.md"


def test_command_reference_is_in_sync() -> None:
    text = README.read_text(encoding="utf-8")
    assert text == with_reference(text), "run `python -m pipeline.cli_docs` to update README.md"


def test_readme_has_the_two_commands_ci_runs() -> None:
    text = README.read_text(encoding="utf-8")
    assert "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/mus demo" in text
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    test_command = ('python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && '
                    ".venv/bin/python -m pytest")
    assert test_command in text and test_command in ci
