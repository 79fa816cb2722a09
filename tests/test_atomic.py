"""Outputs on a hostile machine: a read-only folder, a full disk, a folder or file in the way, and
what a killed run leaves behind. Each gives a plain message with the path, exit 1, nothing
partial."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.atomic import PREFIX, clean_stale, write_atomic
from pipeline.cli import main
from pipeline.errors import OutputError
from pipeline.workspace import Workspace


def run(ws: Workspace, *args: str) -> Result:
    return CliRunner().invoke(main, ["--dir", str(ws.root), *args], catch_exceptions=False)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(f"{PREFIX}*"))


def dead_pid() -> int:
    """The number of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A small tmpfs at ``folder`` (root only): a real full disk or a real read-only folder."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs",
                                            str(folder)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def readonly_output(ws: Workspace) -> Iterator[Path]:
    """The working folder's output/ made read-only the way the machine enforces it: as root a
    read-only mount (root ignores file modes), otherwise the folder's mode."""
    out = ws.output_dir
    if os.geteuid() == 0:
        with mounted_tmpfs(out, "ro,size=1m"):
            yield out
    else:
        out.mkdir(exist_ok=True)
        out.chmod(0o555)
        try:
            yield out
        finally:
            out.chmod(0o755)


def test_write_atomic_leaves_the_old_file_when_the_disk_is_full(tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "small", "size=16k") as small:
        target = small / "manifest.json"
        target.write_bytes(b"old")
        with pytest.raises(OutputError) as caught:
            write_atomic(target, os.urandom(64 * 1024))
        assert str(caught.value) == (
            f"The disk is full: {target} could not be written. Free some space on that drive (or "
            "choose another folder with --out) and run the command again; nothing half-written "
            "was left behind.")
        assert target.read_bytes() == b"old"
        assert leftovers(small) == []


def test_write_atomic_over_a_folder(tmp_path: Path) -> None:
    (tmp_path / "form.docx").mkdir()
    with pytest.raises(OutputError) as caught:
        write_atomic(tmp_path / "form.docx", b"x")
    assert str(caught.value) == (
        f"There is a folder where the file {tmp_path / 'form.docx'} should go. Move or rename "
        "that folder (or choose another name with --out) and run the command again.")
    assert leftovers(tmp_path) == []


def test_write_atomic_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "forms").write_bytes(b"not a folder")
    with pytest.raises(OutputError) as caught:
        write_atomic(tmp_path / "forms" / "2027" / "a.docx", b"x")
    assert str(caught.value) == (
        f"{tmp_path / 'forms'} is a file, but mus needs a folder there. Move or rename the file, "
        "or choose another folder with --out, and run the command again.")


def test_clean_stale_removes_only_what_dead_runs_left(tmp_path: Path) -> None:
    dead = tmp_path / f"{PREFIX}{dead_pid()}-abc.xlsx"
    old_style = tmp_path / f"{PREFIX}k2j4h.tmp"  # written before temp names carried the process
    mine = tmp_path / f"{PREFIX}{os.getpid()}-def.tmp"
    other = tmp_path / "MUS-oversigt-2027.xlsx"
    for path in (dead, old_style, mine, other):
        path.write_bytes(b"x")
    assert clean_stale(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, other.name])


def test_generate_into_a_read_only_folder(ws: Workspace, readonly_output: Path) -> None:
    result = run(ws, "generate")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: mus may not write in {readonly_output} (the folder is read-only or you lack "
        "permission). Choose another folder with --out, or ask IT for write access, and run the "
        "command again.\n")


def test_ingest_into_a_read_only_folder(ws: Workspace, readonly_output: Path) -> None:
    ws.returned_dir.mkdir(exist_ok=True)
    result = run(ws, "ingest", str(ws.returned_dir))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: mus may not write in {readonly_output} (the folder "
                                    "is read-only or you lack permission).")


def test_ingest_onto_a_full_disk(ws: Workspace, tmp_path: Path) -> None:
    ws.returned_dir.mkdir(exist_ok=True)
    with mounted_tmpfs(tmp_path / "small", "size=8k") as small:
        out = small / "MUS-oversigt-2027.xlsx"
        result = run(ws, "ingest", str(ws.returned_dir), "--out", str(out))
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: The disk is full: {out} could not be "
                                        "written.")
        assert list(small.iterdir()) == []  # nothing partial


def test_ingest_when_a_folder_is_where_the_workbook_goes(ws: Workspace) -> None:
    ws.returned_dir.mkdir(exist_ok=True)
    (ws.output_dir / "MUS-oversigt-2027.xlsx").mkdir(parents=True)
    result = run(ws, "ingest", str(ws.returned_dir))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: There is a folder where the file {ws.output_dir / 'MUS-oversigt-2027.xlsx'} "
        "should go. Move or rename that folder (or choose another name with --out) and run the "
        "command again.\n")
    assert leftovers(ws.output_dir) == []


def test_ingest_removes_what_a_killed_run_left(ws: Workspace) -> None:
    ws.returned_dir.mkdir(exist_ok=True)
    ws.output_dir.mkdir(exist_ok=True)
    stale = ws.output_dir / f"{PREFIX}{dead_pid()}-x1y2.xlsx"
    stale.write_bytes(b"PK half a workbook")
    result = run(ws, "ingest", str(ws.returned_dir))
    assert result.exit_code == 0
    assert leftovers(ws.output_dir) == []
    assert (ws.output_dir / "MUS-oversigt-2027.xlsx").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_outputs_get_the_mode_of_any_new_file(tmp_path: Path) -> None:
    target = tmp_path / "form.docx"
    write_atomic(target, b"x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
