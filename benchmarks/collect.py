"""`mus collect` at the scale of a season: N replies (default 5,000) in a Microsoft 365 mailbox
on loopback (the test suite's Graph stand-in, 100 messages a page as Graph gives them), each with
a filled form and a signature picture, collected into an empty returned folder; then the same
command again (nothing new). Needs `pip install -e ".[test]"` (the stand-in's web server).

    python benchmarks/collect.py --replies 5000

Prints the wall and CPU time of each run and what it saved; the figure in the README's Speed
section comes from here. The stand-in answers at once: against Microsoft 365 each request takes
what the network and Exchange take (typically 50–150 ms), so expect minutes there, not seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import struct
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402

from pipeline.cli import main as mus  # noqa: E402
from pipeline.ooxml.fill import fill_by_tag  # noqa: E402
from pipeline.workspace import init_workspace  # noqa: E402
from tests.mail.mailbox_server import GraphMailbox  # noqa: E402
from tests.mail.servers import TOKEN  # noqa: E402

START = dt.datetime(2027, 2, 1, 8, 0, tzinfo=dt.UTC)


def variant(docx: bytes, n: int) -> bytes:
    """The form with a zip comment of its own: another file, byte for byte, as each reply is."""
    comment = f"reply {n}".encode()
    end = docx.rfind(b"PK\x05\x06")
    return docx[:end + 20] + struct.pack("<H", len(comment)) + comment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=5000)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the stand-in's request lines
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "work"
        init_workspace(work)
        generated = CliRunner().invoke(mus, ["--dir", str(work), "generate", "--jobs", "1"])
        assert generated.exit_code == 0, generated.output
        form = fill_by_tag((work / "output" / "forms" / "2027" / "1003_Mette_Nielsen.docx")
                           .read_bytes(), {"mus:q:N1": "4 – I høj grad"}, START)
        server = HTTPServer(host="127.0.0.1", port=0)
        server.start()
        try:
            box = GraphMailbox(server, page=100).start()
            for n in range(args.replies):
                message = EmailMessage()
                message["From"] = f"person{n}@eksempel.dk"
                message["Subject"] = "SV: MUS 2027"
                when = START + dt.timedelta(minutes=n)
                message["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
                message.set_content("Hermed mit skema.")
                message.add_attachment(variant(form, n), maintype="application",
                                       subtype="octet-stream", filename="MUS skema.docx")
                message.add_attachment(b"\x89PNG" * 400, maintype="image", subtype="png",
                                       filename="image001.png")
                box.add(bytes(message), when)
            os.environ["MUS_M365_ACCESS_TOKEN"] = TOKEN
            command = ["--dir", str(work), "collect", "--since", "2027-02-01", "--m365",
                       "--mailbox", "hr@eksempel.dk", "--graph-url", box.url]
            for label in ("first run", "again"):
                wall, cpu = time.perf_counter(), time.process_time()
                result = CliRunner().invoke(mus, command)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                assert result.exit_code == 0, result.output
                first = result.output.splitlines()[:2]
                print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU (this process)")
                for line in first:
                    print(f"  {line}")
            saved = sum(1 for p in (work / "returned").iterdir() if p.suffix == ".docx")
            print(f"{saved} forms in returned/ from {args.replies} replies")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
