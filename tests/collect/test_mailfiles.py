"""E-mails HR dragged out of Outlook (.msg) or another program (.eml) into the returned folder:
the forms attached to them are read as if saved on their own, problems name the mail and the
attachment, the sender is shown as evidence, and the folder is never touched."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.collect.ingest import IngestOptions, collect, ingest
from pipeline.collect.mailfile import MAX_ATTACHMENTS, MAX_DEPTH, MAX_MAIL, extract_any
from pipeline.forms.generate import GenerateResult
from pipeline.ooxml.fill import fill_by_tag
from pipeline.problems import sentence
from pipeline.workspace import DEFAULTS
from tests.collect.msgfiles import MsgMail, msg_bytes
from tests.collect.test_folder import snapshot
from tests.mail.servers import ndr

EMPLOYEES = DEFAULTS / "input" / "employees.xlsx"
QUESTIONS = DEFAULTS / "input" / "questions.xlsx"
T0 = dt.datetime(2027, 1, 10, 9, 0, tzinfo=dt.UTC)
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def filled(sample_forms: GenerateResult, name: str, answer: str, saved: dt.datetime = T0
           ) -> bytes:
    return fill_by_tag((sample_forms.out / name).read_bytes(), {"mus:q:N1": answer}, saved)


def eml(sender: str, subject: str, files: list[tuple[str, bytes]],
        mails: Sequence[EmailMessage] = (), date: str = "Mon, 08 Feb 2027 10:00:00 +0100"
        ) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "hr@eksempel.dk", subject
    message["Date"], message["Message-ID"] = date, f"<{abs(hash(subject))}@eksempel.dk>"
    message.set_content("Hej HR, hermed mit skema.")
    for name, data in files:
        kind = DOCX if name.endswith(".docx") else ("image", "png")
        message.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=name)
    for inner in mails:
        message.add_attachment(inner)
    return message


@pytest.fixture
def mailed(sample_forms: GenerateResult, tmp_path: Path) -> Path:
    """A returned folder as HR fills it by dragging e-mails out of Outlook."""
    folder = tmp_path / "returned"
    folder.mkdir()
    # Outlook: a reply with the form (and the signature's logo), from the employee.
    (folder / "Re_ MUS 2027.msg").write_bytes(msg_bytes(MsgMail(
        "SV: MUS 2027", "mni@eksempel.dk", "Mette Nielsen", exchange_sender=True,
        files=[("1003_Mette_Nielsen.docx", filled(sample_forms, "1003_Mette_Nielsen.docx",
                                                  "4 – I høj grad")),
               ("image001.png", b"\x89PNG\r\n\x1a\n")])))
    # Outlook: the leader forwards an employee's e-mail (attached as an item), and her own form.
    inner = MsgMail("SV: MUS 2027", "ans@eksempel.dk", "Anne Sørensen", files=[
        ("MUS Anne.docx", filled(sample_forms, "1001_Anne_Sørensen.docx", "2 – I lav grad"))])
    (folder / "VS_ MUS 2027.msg").write_bytes(msg_bytes(MsgMail(
        "VS: MUS 2027", "hkj@eksempel.dk", "Hanne Kjær", mails=[inner],
        files=[("1001_Anne_Sørensen_leder.docx",
                (sample_forms.out / "1001_Anne_Sørensen_leder.docx").read_bytes())])))
    # Another program: an .eml from a private address.
    (folder / "svar fra Jens.eml").write_bytes(bytes(eml(
        "Jens <jens.hansen@privat.dk>", "Mit MUS-skema",
        [("1002_Jens_Hansen.docx", filled(sample_forms, "1002_Jens_Hansen.docx",
                                          "3 – I nogen grad"))])))
    # A reply with no form at all, and a bounce carrying the blank form mus sent.
    (folder / "tak.eml").write_bytes(bytes(eml("soe@eksempel.dk", "Tak", [])))
    sent = eml("hr@eksempel.dk", "MUS 2027", [(
        "1004_Søren_Østergaard.docx",
        (sample_forms.out / "1004_Søren_Østergaard.docx").read_bytes())])
    report = ndr(sent, "soe@eksempel.dk", "5.1.10", "smtp;550 5.1.10 RecipientNotFound")
    (folder / "Undeliverable.eml").write_bytes(report)
    return folder


def test_forms_inside_mail_files_are_read_like_forms_saved_on_their_own(mailed: Path) -> None:
    before = snapshot(mailed)
    got = collect(mailed, EMPLOYEES, QUESTIONS)
    by_file = {r.file: r for r in got.responses}
    assert set(by_file) == {
        "Re_ MUS 2027.msg → 1003_Mette_Nielsen.docx",
        "VS_ MUS 2027.msg → SV: MUS 2027.msg → MUS Anne.docx",
        "VS_ MUS 2027.msg → 1001_Anne_Sørensen_leder.docx",
        "svar fra Jens.eml → 1002_Jens_Hansen.docx"}
    answers = {(r.employee_id, r.kind.value): r.answers.get("N1") for r in got.responses}
    assert answers[("1003", "employee")] == 4 and answers[("1001", "employee")] == 2
    assert answers[("1002", "employee")] == 3
    # the sender and the mail's date, as evidence: a forward shows its author and who sent it
    anne = by_file["VS_ MUS 2027.msg → SV: MUS 2027.msg → MUS Anne.docx"]
    assert anne.returned_by == ("hkj@eksempel.dk", "ans@eksempel.dk")
    mette = by_file["Re_ MUS 2027.msg → 1003_Mette_Nielsen.docx"]
    assert mette.returned_by == ("mni@eksempel.dk",)  # the SMTP address, not Exchange's X.500
    assert mette.returned_at == dt.datetime(2027, 2, 3, 10, 15, tzinfo=dt.UTC)
    problems = {(p.file, p.code) for p in got.problems}
    assert ("svar fra Jens.eml → 1002_Jens_Hansen.docx", "other-sender") in problems
    assert ("tak.eml", "mail-no-form") in problems
    assert ("Undeliverable.eml", "mail-report") in problems
    # the picture in the signature is no file HR has to hear about; no other sender flagged
    assert not any("image001" in p.file for p in got.problems)
    assert sum(1 for p in got.problems if p.code == "other-sender") == 1
    jens = next(p for p in got.problems if p.code == "other-sender")
    assert "jens.hansen@privat.dk" in sentence(jens) and "read as usual" in sentence(jens)
    assert snapshot(mailed) == before


def test_the_workbook_shows_who_returned_each_form_and_when(mailed: Path, tmp_path: Path
                                                           ) -> None:
    out = tmp_path / "MUS.xlsx"
    ingest(IngestOptions(mailed, EMPLOYEES, QUESTIONS, out, jobs=1))
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["Medarbejdere"].iter_rows(values_only=True))
    book.close()
    header = rows[0]
    column = {name: header.index(name) for name in ("Medarbejdernr.", "Status",
                                                   "Sendt retur af", "Modtaget pr. e-mail")}
    by_number = {row[column["Medarbejdernr."]]: row for row in rows[1:]}
    anne, jens, mette = by_number["1001"], by_number["1002"], by_number["1003"]
    assert anne[column["Sendt retur af"]] == "ans@eksempel.dk via hkj@eksempel.dk"
    assert mette[column["Sendt retur af"]] == "mni@eksempel.dk"
    sent = dt.datetime(2027, 2, 3, 10, 15, tzinfo=dt.UTC)
    assert mette[column["Modtaget pr. e-mail"]] == sent.astimezone().replace(tzinfo=None)
    assert jens[column["Status"]] == "Problem"  # flagged for HR to check, never rejected
    assert anne[column["Status"]] == "Modtaget" and mette[column["Status"]] == "Modtaget"
    assert by_number["1004"][column["Sendt retur af"]] is None


def test_problems_name_the_mail_file_and_the_attachment(sample_forms: GenerateResult,
                                                         tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    mail = msg_bytes(MsgMail("SV: MUS 2027", "mni@eksempel.dk", files=[
        ("1003_Mette_Nielsen.docx", b"PK\x03\x04 not really a form"),
        ("skema.pdf", b"%PDF-1.7")]))
    (folder / "Re_ MUS 2027.msg").write_bytes(mail)
    got = collect(folder, EMPLOYEES, QUESTIONS)
    named = {p.file: p.code for p in got.problems}
    assert named == {"Re_ MUS 2027.msg → 1003_Mette_Nielsen.docx": "damaged",
                     "Re_ MUS 2027.msg → skema.pdf": "pdf"}


def test_a_damaged_or_hostile_mail_file_is_named_and_the_rest_is_read(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    good = filled(sample_forms, "1003_Mette_Nielsen.docx", "5 – I meget høj grad")
    (folder / "ok.eml").write_bytes(bytes(eml("mni@eksempel.dk", "ok", [("f.docx", good)])))
    whole = msg_bytes(MsgMail("x", "a@eksempel.dk", files=[("f.docx", good)]))
    (folder / "cut.msg").write_bytes(whole[:len(whole) // 2])
    (folder / "short.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 too short")
    (folder / "empty.eml").write_bytes(b"")
    many = eml("a@eksempel.dk", "many", [(f"{n}.docx", b"x") for n in range(MAX_ATTACHMENTS + 1)])
    (folder / "many.eml").write_bytes(bytes(many))
    deep = eml("a@eksempel.dk", "deep", [("f.docx", good)])
    for n in range(MAX_DEPTH + 1):
        deep = eml("a@eksempel.dk", f"fw {n}", [], [deep])
    (folder / "deep.eml").write_bytes(bytes(deep))
    with (folder / "huge.eml").open("wb") as f:  # sparse: nothing of it is ever read
        f.truncate(MAX_MAIL + 1)
    got = collect(folder, EMPLOYEES, QUESTIONS)
    assert [r.file for r in got.responses] == ["ok.eml → f.docx"]
    codes = {p.file: p.code for p in got.problems}
    assert codes == {"cut.msg": "mail-damaged", "short.msg": "mail-damaged",
                     "empty.eml": "empty", "many.eml": "unsafe", "deep.eml": "unsafe",
                     "huge.eml": "unsafe"}
    assert "more than 200 attachments" in sentence(
        next(p for p in got.problems if p.file == "many.eml"))


def test_a_copy_of_what_mus_sent_is_not_an_answer(sample_forms: GenerateResult,
                                                   tmp_path: Path) -> None:
    """The blank form in a copy of mus's own e-mail (Sent Items dragged in) is not read as an
    answer from that employee."""
    sent = eml("hr@eksempel.dk", "MUS 2027", [(
        "1003_Mette_Nielsen.docx", (sample_forms.out / "1003_Mette_Nielsen.docx").read_bytes())])
    sent.replace_header("Message-ID", "<mus.0123456789abcdef0123456789abcdef@eksempel.dk>")
    path = tmp_path / "MUS 2027.eml"
    path.write_bytes(bytes(sent))
    [result] = extract_any(path, path.name)
    assert result.response is None and [p.code for p in result.problems] == ["mail-own"]


def test_mus_extract_shows_the_forms_in_a_mail_file(mailed: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--json", "--questions", str(QUESTIONS),
                                       str(mailed / "VS_ MUS 2027.msg")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(d["file"].split(" → ")[-1], d["employee_id"], d["kind"]) for d in lines] == [
        ("1001_Anne_Sørensen_leder.docx", "1001", "leader"), ("MUS Anne.docx", "1001",
                                                               "employee")]
