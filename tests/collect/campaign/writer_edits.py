"""Edit filled forms in LibreOffice Writer itself, the ways a person does, and save them.

Run by tests/collect/test_campaign.py with the system Python (Debian's python3-uno is importable
only there) and the repository on PYTHONPATH, through conftest's ``uno`` fixture:

    /usr/bin/python3 tests/collect/campaign/writer_edits.py plan.json

plan.json: {"soffice": "/usr/bin/soffice", "profile": "/tmp/…/profile",
            "cases": [{"name": "w_…", "source": "filled.docx", "target": "out.docx",
                       "filter": "MS Word 2007 XML", "ops": [{"op": "…", …}, …]}]}

One soffice for every case (tests/lo/fill_with_writer.py's Writer; a fresh one if a case makes it
die). Each op (writer_typing.py, writer_layout.py) imitates what a person does with keyboard and
mouse: click beside a field and type, Tab in the last cell, Track Changes, cut and paste a card,
insert a text box, footnote, table or picture, type in the header… Cards are found as a person
finds them: by the question number and ID shown in their first cell (writer_find.py). Prints a
JSON report: per case "ok" or what went wrong.
"""

from __future__ import annotations

import contextlib
import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uno

from tests.collect.campaign import writer_layout, writer_typing
from tests.collect.campaign.writer_find import Editing, Op
from tests.lo.fill_with_writer import Writer, prop

# Every op by name: op_fill is "fill".
OPS: dict[str, Callable[[Editing, Op], None]] = {
    name[3:]: fn for module in (writer_typing, writer_layout)
    for name, fn in vars(module).items() if name.startswith("op_")}


def edit_case(writer: Writer, case: dict[str, Any]) -> None:
    doc = writer.open(Path(case["source"]))
    if doc is None:
        raise RuntimeError("Writer could not open the filled form")
    try:
        editing = Editing(writer, doc)
        for op in case["ops"]:
            OPS[op["op"]](editing, op)
        with contextlib.suppress(Exception):
            doc.getTextFields().refresh()
        doc.storeToURL(uno.systemPathToFileUrl(case["target"]),
                       (prop("FilterName", case["filter"]), prop("Overwrite", True)))
    finally:
        with contextlib.suppress(Exception):
            doc.close(True)


def main(plan_file: str) -> int:
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    binary, profile = plan["soffice"], Path(plan["profile"])
    writer = Writer(binary, profile)
    report: dict[str, str] = {}
    try:
        for case in plan["cases"]:
            try:
                edit_case(writer, case)
                report[case["name"]] = "ok"
            except Exception as err:  # one case's failure is reported, the rest go on
                report[case["name"]] = (f"{type(err).__name__}: {err} | "
                                        + traceback.format_exc().splitlines()[-3].strip())
                if writer.process.poll() is not None or "Disposed" in type(err).__name__:
                    writer.close()  # soffice died: a fresh one, in a fresh profile
                    writer = Writer(binary, profile.with_name(f"{profile.name}-{len(report)}"))
    finally:
        writer.close()
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
