"""`mus app` as a command: what it says when it cannot start."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.app.server import listen
from pipeline.cli import main


def test_a_port_in_use_is_said_plainly(tmp_path: Path) -> None:
    taken = listen(0)
    port = taken.getsockname()[1]
    try:
        result = CliRunner().invoke(main, ["app", "--dir", str(tmp_path), "--port", str(port),
                                           "--no-browser"])
    finally:
        taken.close()
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: mus cannot listen on port {port} of this computer")
    assert "Leave out --port to let mus take a free one." in result.output
    assert "Traceback" not in result.output
