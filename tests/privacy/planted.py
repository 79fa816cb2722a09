"""A working folder with two seasons in which one employee is planted, with a marker of their
own, in every kind of data mus keeps, and a reader that finds a marker anywhere: in file names,
in any file's bytes, inside workbooks and Word files (unzipped), inside e-mail files (.eml
parts decoded, .msg attachments taken out), also in UTF-16 (how a .msg keeps its text)."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

from click.testing import CliRunner

from pipeline import samples
from pipeline.cli import main
from pipeline.ooxml.fill import fill_by_tag
from pipeline.workspace import Workspace, init_workspace
from tests.collect.msgfiles import MsgMail, msg_bytes

NUMBER = "1003"
NAME = "Mette Qzmarker"  # the marker is in her name: it goes wherever she does
ADDRESS = "mette.qzmarker@eksempel.dk"
MARK = "Qzmarker"
# A marker of its own in each planted item, to find each in the access bundle.
ITEMS = {"form-2026": "QZ-FORM-2026", "leader-2026": "QZ-LEADER-2026",
         "form-2027": "QZ-FORM-2027", "leader-2027": "QZ-LEADER-2027",
         "agreement": "QZ-AGREEMENT", "followup": "QZ-FOLLOWUP"}
FOLLOW_UP_DAY = dt.date(2027, 5, 1)


def run(root: Path, *args: str) -> str:
    """A command run in the working folder, as HR runs it there (``cd mus-2027``): paths in
    what it writes are the folder's own, so a copy of the folder is whole."""
    with contextlib.chdir(root):
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def rows(without: Sequence[str] = ()) -> list[tuple[object, ...]]:
    out = []
    for row in samples.employee_rows():
        if str(row[0]) == NUMBER:
            row = (row[0], NAME, ADDRESS, *row[3:])
        if str(row[0]) not in without:
            out.append(row)
    return out


def _fill(source: Path, values: dict[str, object]) -> bytes:
    return fill_by_tag(source.read_bytes(), values)  # type: ignore[arg-type]


def build(root: Path) -> Workspace:
    """Season 2026 (forms, returned forms, workbooks) and season 2027 (forms, drafts, a send
    log, forms collected from the mailbox with the collect log, a forwarded Outlook e-mail with
    the leader's form, workbooks, agreements and follow-ups, as made and as returned)."""
    init_workspace(root)
    ws = Workspace(root)
    samples.write_employees(ws.employees, rows())
    returned = ws.returned_dir
    # --- 2026
    run(root, "generate", "--season", "2026")
    made = ws.forms_dir / "2026"
    (returned / "2026").mkdir(parents=True)
    (returned / "2026" / f"{NUMBER}_Mette_Qzmarker.docx").write_bytes(_fill(
        made / f"{NUMBER}_Mette_Qzmarker.docx", {"mus:q:T1": f"Svar {ITEMS['form-2026']}"}))
    (returned / "2026" / "mette-leder.docx").write_bytes(_fill(
        made / f"{NUMBER}_Mette_Qzmarker_leder.docx",
        {"mus:q:L2": f"Lederens svar {ITEMS['leader-2026']}"}))
    (returned / "2026" / "1004.docx").write_bytes(_fill(
        made / "1004_Søren_Østergaard.docx", {"mus:q:T1": "Sørens svar 2026"}))
    run(root, "ingest", "returned", "--season", "2026", "--per-leader",
        "--out", "output/MUS-oversigt-2026.xlsx")
    # --- 2027
    run(root, "generate")
    run(root, "mail")
    # what HR dragged into the returned folder too: a copy of the e-mail mus sent her (from Sent
    # Items), and the delivery report of another that came back (it carries the e-mail)
    sent = (ws.output_dir / "mail" / f"{NUMBER}_Mette_Qzmarker_leder.eml").read_bytes()
    (returned / "Sendt - MUS 2027.eml").write_bytes(sent)
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"], report["Subject"] = "postmaster@eksempel.dk", "Undeliverable: MUS 2027"
    report.attach(MIMEText("Delivery has failed to these recipients."))
    report.attach(MIMEMessage(email.message_from_bytes(
        (ws.output_dir / "mail" / f"{NUMBER}_Mette_Qzmarker.eml").read_bytes())))
    (returned / "Ikke leveret.eml").write_bytes(report.as_bytes())
    made = ws.forms_dir / "2027"
    saved = f"2027-02-03_{ADDRESS}_{NUMBER}_Mette_Qzmarker.docx"
    (returned / saved).write_bytes(_fill(made / f"{NUMBER}_Mette_Qzmarker.docx", {
        "mus:q:T1": f"Svar {ITEMS['form-2027']}", "mus:goal:1:goal": "Lære SQL",
        "mus:goal:1:followup": FOLLOW_UP_DAY}))
    (returned / "1004.docx").write_bytes(_fill(made / "1004_Søren_Østergaard.docx",
                                               {"mus:q:T1": "Sørens svar 2027"}))
    leader = _fill(made / f"{NUMBER}_Mette_Qzmarker_leder.docx",
                   {"mus:q:L2": f"Lederens svar {ITEMS['leader-2027']}"})
    other = _fill(made / "1005_Lærke_Bjørn-Holm.docx", {"mus:q:T1": "Lærkes svar"})
    inner = MsgMail(f"MUS – {NAME}", "hkj@eksempel.dk", "Hanne Kjær",
                    files=[(f"{NUMBER}_Mette_Qzmarker_leder.docx", leader), ("1005.docx", other)])
    (returned / "Fwd_ skemaer.msg").write_bytes(msg_bytes(MsgMail(
        "Fwd: skemaer", "pia@eksempel.dk", "Pia Lund", body="Videresendt", mails=[inner])))
    _logs(ws, saved)
    run(root, "ingest", "returned", "--per-leader")
    run(root, "agreement", "returned")
    agreement = ws.output_dir / "agreements" / "2027" / f"{NUMBER}_Mette_Qzmarker_aftale.docx"
    (returned / "mette-aftale.docx").write_bytes(_fill(agreement, {
        "mus:goal:1:agreed": "Ja", "mus:agr:conclusions": f"Konklusion {ITEMS['agreement']}",
        "mus:agr:held": dt.date(2027, 2, 10), "mus:agr:employee_name": NAME,
        "mus:agr:leader_name": "Hanne Kjær"}))
    run(root, "followup", "returned", "--due-before", "01-06-2027")
    followup = next((ws.output_dir / "followups" / "2027").glob(f"*/{NUMBER}_*.docx"))
    (returned / "mette-opfølgning.docx").write_bytes(_fill(followup, {
        "mus:prev:1:status": "I gang", "mus:prev:1:comment": f"Sket {ITEMS['followup']}",
        "mus:fu:held": dt.date(2027, 5, 20), "mus:fu:employee_name": NAME}))
    run(root, "ingest", "returned", "--per-leader")
    return ws


def _logs(ws: Workspace, saved: str) -> None:
    """The send log as `mus mail` writes it when sending, and the collect log as `mus collect`
    writes it (what a test cannot send or fetch is written as they write it)."""
    sent = []
    for number, name, address in ((NUMBER, NAME, ADDRESS),
                                  ("1004", "Søren Østergaard", "soe@eksempel.dk")):
        for kind in ("employee", "leader"):
            key = f"2027:{number}:{kind}:invitation"
            base = {"key": key, "employee_id": number, "kind": kind, "to": address,
                    "file": f"{number}_{name.replace(' ', '_')}.docx", "route": "smtp",
                    "message_id": f"<mus.{number}{kind}@eksempel.dk>",
                    "sender": "mus@eksempel.dk", "recipients": "1"}
            sent.append({**base, "event": "attempt", "time": "2027-01-11T09:00:00+0100"})
            sent.append({**base, "event": "accepted", "time": "2027-01-11T09:00:01+0100"})
    (ws.output_dir / "mail" / "mail-log.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in sent), encoding="utf-8")
    collected = [
        {"event": "saved", "file": saved, "key": "AAMk1/2", "sha256": "0" * 64,
         "message": "AAMk1", "sender": ADDRESS, "senders": [ADDRESS],
         "date": "2027-02-03T10:15:00+01:00", "subject": f"Re: MUS 2027 – {NAME}",
         "message_id": "<x1@eksempel.dk>", "time": "2027-02-03T11:00:00+0100"},
        {"event": "read", "message": "AAMk1", "forms": 1, "time": "2027-02-03T11:00:00+0100"},
        {"event": "saved", "file": "1004.docx", "key": "AAMk2/2", "sha256": "1" * 64,
         "message": "AAMk2", "sender": "soe@eksempel.dk", "senders": ["soe@eksempel.dk"],
         "date": "2027-02-04T10:15:00+01:00", "subject": "Re: MUS 2027",
         "message_id": "<x2@eksempel.dk>", "time": "2027-02-04T11:00:00+0100"},
        {"event": "refused", "message": "AAMk3", "time": "2027-02-05T11:00:00+0100",
         "reason": f"an e-mail from {NAME} <{ADDRESS}> of Fri, 05 Feb 2027: damaged"}]
    (ws.returned_dir / "mus-collect-log.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in collected),
        encoding="utf-8")


def contents(path: Path) -> Iterator[tuple[str, bytes]]:
    """Every piece of ``path`` a marker could hide in: its bytes, the parts of a zip (a
    workbook, a Word file), the decoded parts of an e-mail, the attachments of a .msg, each in
    turn taken apart the same way."""
    yield from _pieces(path.name, path.read_bytes())


def _pieces(name: str, data: bytes, depth: int = 0) -> Iterator[tuple[str, bytes]]:
    if data[:4] == b"PK\x03\x04" and depth <= 6:
        # a zip's own bytes are compressed: a short marker ("QZ-") turns up in them by chance
        # (a CI run found one in a workbook's deflated bytes), so its names and its parts,
        # unpacked, are what is searched
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            yield f"{name} (names)", "\n".join(z.namelist()).encode("utf-8")
            for member in z.namelist():
                yield from _pieces(f"{name}/{member}", z.read(member), depth + 1)
        return
    yield name, data
    if depth > 6:
        return
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        from pipeline.collect.mailfile import open_mail

        for attachment in open_mail(data).attachments:
            yield from _pieces(f"{name}/{attachment.name}", attachment.data, depth + 1)
    elif name.lower().endswith(".eml"):
        message = email.message_from_bytes(data, policy=email.policy.default)
        for n, part in enumerate(message.walk()):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                yield from _pieces(f"{name}/{n}-{part.get_filename() or ''}", payload,
                                   depth + 1)
            for header, value in part.items():
                yield f"{name}/{n}/{header}", str(value).encode("utf-8")


def found(folder: Path, marker: str) -> list[str]:
    """Where ``marker`` is in ``folder``: file names and contents, any case, UTF-8 or -16."""
    wanted = [marker.casefold().encode("utf-8"), marker.encode("utf-16-le"),
              marker.casefold().encode("utf-16-le")]
    hits = []
    for path in sorted(p for p in folder.rglob("*")):
        if marker.casefold() in path.name.casefold():
            hits.append(str(path.relative_to(folder)))
        if not path.is_file():
            continue
        for name, data in contents(path):
            folded = data.lower()
            if any(w in folded or w in data for w in wanted):
                hits.append(f"{path.relative_to(folder)}: {name}")
                break
    return hits
