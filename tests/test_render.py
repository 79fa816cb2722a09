"""Templates HR edits run in Jinja's sandbox: one that reaches into Python is refused, plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.workspace import Workspace


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch pwned').read() }}",
    "{{ lipsum.__globals__['os'].system('touch pwned') }}",
    "{{ kolonne.__class__.__base__ }}",
])
def test_a_template_that_reaches_into_python_is_refused(ws: Workspace, attack: str) -> None:
    (ws.templates_dir / "intro.da.j2").write_text(f"Kære {{{{ fornavn }}}} {attack}", "utf-8")
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "generate", "--jobs", "1"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.startswith("Error: The template intro.da.j2 tries to reach inside "
                                    "Python (access to attribute")
    assert result.output.endswith("which templates may not: they can only show the fields "
                                  "(such as {{ fornavn }}) and use if and for. Remove that "
                                  "from the template and run again.\n")
    assert not (ws.root / "pwned").exists() and not Path("pwned").exists()
    assert not (ws.output_dir / "forms" / "2027").exists()
