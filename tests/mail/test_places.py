"""Mail stays in its place: the manifest's files are forms in their own folder, an attachment or
the send log is never read or written through a link, and mail templates run sandboxed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline.errors import InputFileError, MailError, TemplateError
from pipeline.forms.generate import GenerateResult
from pipeline.mail.run import MailOptions, run_mail
from pipeline.mail.smtp import Smtp
from pipeline.workspace import Workspace
from tests.mail.servers import Inbox

links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights there")


def _manifest(forms: GenerateResult) -> dict[str, object]:
    data: dict[str, object] = json.loads((forms.out / "manifest.json").read_text("utf-8"))
    return data


def test_a_manifest_entry_leading_out_of_its_folder_is_refused(
        ws: Workspace, forms: GenerateResult, tmp_path: Path) -> None:
    secret = ws.root / "input" / "employees.xlsx"
    data = _manifest(forms)
    entries = data["forms"]
    assert isinstance(entries, list)
    entries[0]["file"] = "../../input/employees.xlsx"
    (forms.out / "manifest.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputFileError, match=r'lists the file "\.\./\.\./input/employees\.xlsx", '
                                        r"which is not one form in its own folder") as caught:
        run_mail(MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail"))
    assert "Run `mus generate --force`" in str(caught.value)
    assert not (ws.output_dir / "mail").exists()  # no draft, so nothing attached
    assert secret.exists()


@links
def test_a_form_replaced_by_a_link_is_never_attached(ws: Workspace, forms: GenerateResult,
                                                     inbox: tuple[Inbox, int]) -> None:
    secret = ws.root / "input" / "employees.xlsx"
    form = forms.out / "1005_Lærke_Bjørn-Holm.docx"
    form.unlink()
    form.symlink_to(secret)
    with pytest.raises(MailError, match="is a link to another file; mus attaches only the form "
                                        "it wrote"):
        run_mail(MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail",
                             smtp=Smtp("127.0.0.1", inbox[1], "none"), sender="hr@eksempel.dk",
                             pause=0))
    handler = inbox[0]
    secret_bytes = secret.read_bytes()
    for _, _, message in handler.received:
        for part in message.iter_attachments():
            assert part.get_content() != secret_bytes


@links
@pytest.mark.parametrize("planted", ["mail-log.jsonl", "mail-log.lock"])
def test_the_send_log_and_its_lock_are_never_written_through_a_link(
        ws: Workspace, forms: GenerateResult, inbox: tuple[Inbox, int], tmp_path: Path,
        planted: str) -> None:
    target = tmp_path / "bashrc"
    target.write_text("echo hello\n", "utf-8")
    mail = ws.output_dir / "mail"
    mail.mkdir(parents=True)
    (mail / planted).symlink_to(target)
    with pytest.raises(MailError, match=f"{planted} is a link to another file. mus keeps its "
                                        "send log"):
        run_mail(MailOptions(forms.out, ws.employees, ws.questions, mail,
                             smtp=Smtp("127.0.0.1", inbox[1], "none"), sender="hr@eksempel.dk",
                             pause=0))
    assert target.read_text("utf-8") == "echo hello\n"
    assert inbox[0].received == []


def test_a_mail_template_that_reaches_into_python_is_refused(ws: Workspace,
                                                            forms: GenerateResult) -> None:
    (ws.templates_dir / "mail.da.j2").write_text(
        "{% block subject %}x{% endblock %}{% block body %}"
        "{{ cycler.__init__.__globals__ }}{% endblock %}", "utf-8")
    with pytest.raises(TemplateError, match=r"The template mail\.da\.j2 tries to reach inside"):
        run_mail(MailOptions(forms.out, ws.employees, ws.questions, ws.output_dir / "mail",
                             templates=ws.templates_dir))
    assert not (ws.output_dir / "mail").exists()
