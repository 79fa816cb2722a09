"""Reading the employee list: mus against openpyxl's read-only mode, the usual way to read a
big workbook in Python (and what mus itself used before it read hidden rows, merged cells and
number formats).

    python benchmarks/employee_list.py                 # 50,000 employees
    python benchmarks/employee_list.py --sizes 10000 50000

Files, per size:
  openpyxl   written by openpyxl (inline strings), as the main benchmark's lists are
  calc       the same saved again by LibreOffice Calc (shared strings, as Excel saves), when
             LibreOffice is installed
  formatted  the openpyxl file with borders down to row 1,048,576, the last row of a sheet,
             which its dimension then claims (as Excel writes it)

The peer reads every row's values (``iter_rows(values_only=True)``); mus reads the list: values
as shown, layout, columns, leaders, checks. Best of three runs, wall and CPU seconds.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import write_employees  # noqa: E402


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, float, Any]:
    best = (float("inf"), float("inf"), None)
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu, result),
                   key=lambda b: b[0])
    return best


def openpyxl_rows(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()


def mus_rows(path: Path) -> int:
    from pipeline.sheets import read_employee_list

    return len(read_employee_list(path).employees)


def formatted_to_the_end(source: Path, target: Path) -> Path:
    """Borders on every row to the sheet's last, as a border applied to whole columns leaves."""
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    last = sheet.count(b"<row ")
    empty = b"".join(b'<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/></row>' % (r, r)
                     for r in range(last + 1, 1_048_577))
    sheet = re.sub(rb'<dimension ref="A1:([A-Z]+)\d+"/>', rb'<dimension ref="A1:\g<1>1048576"/>',
                   sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", empty + b"</sheetData>")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in args.sizes:
            files = {"openpyxl": write_employees(work / f"list-{size}.xlsx", size)}
            if soffice:
                out = work / "calc"
                subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}",
                                "--headless", "--convert-to", "xlsx", "--outdir", str(out),
                                str(files["openpyxl"])], check=True, capture_output=True)
                files["calc"] = out / files["openpyxl"].name
            files["formatted"] = formatted_to_the_end(files["openpyxl"],
                                                      work / f"formatted-{size}.xlsx")
            for kind, path in files.items():
                mus = best_of(args.runs, lambda p=path: mus_rows(p))
                peer = best_of(args.runs, lambda p=path: openpyxl_rows(p))
                line = (f"{size:>7,} employees, {kind:<9} mus {mus[0]:5.2f} s wall "
                        f"{mus[1]:5.2f} s CPU ({mus[2]:,} employees)")
                if peer:
                    line += (f" | openpyxl read-only {peer[0]:5.2f} s wall {peer[1]:5.2f} s "
                             f"CPU ({peer[2]:,} rows) | mus/peer {mus[0] / peer[0]:.2f}")
                print(line, flush=True)


if __name__ == "__main__":
    main()
