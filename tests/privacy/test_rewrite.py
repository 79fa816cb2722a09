"""An e-mail file that holds other people's forms too is written again without the erased
person's: the other forms stay, with who sent them and when (each message on the way), and
nothing else of the e-mail does (its text and subject may be about the person)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from pipeline.collect.mailfile import extract_any, open_mail
from pipeline.forms.generate import GenerateResult
from pipeline.mail.compose import DOCX
from pipeline.privacy.rewrite import lines_without, mail_without, manifest_without


def _attach(message: EmailMessage, name: str, data: bytes) -> None:
    message.add_attachment(data, maintype=DOCX[0], subtype=DOCX[1], filename=name)


def test_a_forwarded_eml_keeps_the_other_forms_and_their_senders(
        sample_forms: GenerateResult, tmp_path: Path) -> None:
    forms = sample_forms.out
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "ans@eksempel.dk", "Mettes og mit skema"
    inner.set_content("Her er Mettes skema om hendes sygdom, og mit.")
    _attach(inner, "1003_Mette_Nielsen.docx", (forms / "1003_Mette_Nielsen.docx").read_bytes())
    _attach(inner, "1001.docx", (forms / "1001_Anne_Sørensen.docx").read_bytes())
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "hkj@eksempel.dk", "Fwd: Mette Nielsen m.fl."
    outer["Date"] = "Wed, 03 Feb 2027 10:15:00 +0100"
    outer.set_content("Videresendt.")
    outer.add_attachment(inner, filename="Mette Nielsen.eml")
    _attach(outer, "1004.docx", (forms / "1004_Søren_Østergaard.docx").read_bytes())
    path = tmp_path / "Fwd.eml"
    path.write_bytes(bytes(outer))
    mail = open_mail(path.read_bytes())
    assert [a.name for a in mail.attachments] == ["1003_Mette_Nielsen.docx", "1001.docx",
                                                  "1004.docx"]
    assert mail_without(path, mail, (False, True, True)) == path
    data = path.read_bytes()
    for gone in (b"Mette", b"sygdom", b"m.fl.", b"Videresendt"):
        assert gone not in data
    read = {r.response.employee_id: r.response for r in extract_any(path, path.name)
            if r.response is not None}
    assert set(read) == {"1001", "1004"}
    assert read["1001"].returned_by == ("hkj@eksempel.dk", "ans@eksempel.dk")
    assert read["1004"].returned_by == ("hkj@eksempel.dk",)
    assert read["1004"].returned_at is not None and read["1004"].returned_at.day == 3


def test_a_log_loses_only_the_lines_asked_and_a_torn_one(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_text('{"employee_id": "1003"}\n{"employee_id": "1004"}\n{"employee_id": "10',
                    encoding="utf-8")
    assert lines_without(path, lambda line: line.get("employee_id") == "1003") == 2
    assert path.read_text(encoding="utf-8") == '{"employee_id": "1004"}\n'


def test_a_manifest_loses_the_entries_and_what_its_summary_says(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({
        "season": "2027", "generated": "2027-01-10T09:00:00+00:00",
        "employee_list": {"leavers": [{"row": 5, "number": "1003", "name": "Mette Nielsen",
                                       "reason": "Fratrædelsesdato 31-10-2026"}],
                          "on_leave": [{"row": 6, "number": "1004", "name": "Søren",
                                        "reason": "Barsel"}],
                          "warnings": [{"what": "mni@eksempel.dk is used twice"},
                                       {"what": "row 7 has no leader"}]},
        "forms": [{"employee_id": "1003", "kind": "employee"},
                  {"employee_id": "1004", "kind": "employee"}]}), encoding="utf-8")
    gone = manifest_without(path, lambda e: e["employee_id"] == "1003", {"1003"},
                            {"1003": ("Mette Nielsen", "mni@eksempel.dk")})
    assert gone == 3
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["forms"] == [{"employee_id": "1004", "kind": "employee"}]
    assert data["employee_list"]["leavers"] == []
    assert [a["number"] for a in data["employee_list"]["on_leave"]] == ["1004"]
    assert data["employee_list"]["warnings"] == [{"what": "row 7 has no leader"}]
    assert data["generated"] == "2027-01-10T09:00:00+00:00"
