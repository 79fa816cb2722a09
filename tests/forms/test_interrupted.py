"""`mus generate` killed part-way: its workers stop with it, and the next run knows the forms it
left were never finished (no manifest lists them, so none can have been mailed)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from pipeline.atomic import PREFIX
from pipeline.forms.generate import GenerateOptions, generate
from pipeline.workspace import Workspace
from tests.conftest import ROOT
from tests.helpers import employees_xlsx
from tests.test_workers import alive, children_of, linux_only, wait_for


@linux_only
def test_kill_9_then_run_again(ws: Workspace) -> None:
    rows = [(5000 + n, f"Ansat{n} Holm", f"p{n}@x.dk", "IT", "Udvikler", "Morten Dahl",
             "mda@x.dk", None, "da") for n in range(1500)]
    employees_xlsx(ws.employees, rows)
    out = ws.output_dir / "forms" / "2027"
    parent = subprocess.Popen([sys.executable, "-m", "pipeline", "--dir", str(ws.root),
                               "generate", "--jobs", "2"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert wait_for(lambda: out.is_dir() and len(list(out.glob("*.docx"))) >= 300, 60)
    workers = children_of(parent.pid)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 5), \
        "workers went on after generate was killed"
    left = len(list(out.glob("*.docx")))
    time.sleep(0.3)
    assert len(list(out.glob("*.docx"))) == left < 3000
    assert not (out / "manifest.json").exists()

    again = generate(GenerateOptions(ws.employees, ws.questions, output_root=ws.output_dir))
    assert again.unfinished == left
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["forms"]) == 3000
    assert not list(out.glob(f"{PREFIX}*"))
