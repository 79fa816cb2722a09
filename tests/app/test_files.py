"""Files through the browser: saved under their own names made safe, never over another file;
downloaded only from output/."""

from __future__ import annotations

import asyncio
import io
import zipfile
from pathlib import Path

from starlette.datastructures import UploadFile

from pipeline.app.files import output_file, safe_name, save_uploads, zip_folder


def test_an_uploads_name_is_its_own_made_safe() -> None:
    assert safe_name("MUS skema Lærke udfyldt.docx") == "MUS skema Lærke udfyldt.docx"
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\hr\\Skrivebord\\svar:1.docx") == "svar-1.docx"
    assert safe_name("nul.docx") == "_nul.docx"  # a device on Windows
    assert safe_name(".hidden") == "hidden"
    assert safe_name("a\x1b]0;title\x07.docx") == "a-]0;title-.docx"
    assert safe_name("o\u0308.docx") == "ö.docx"  # one spelling of each letter (NFC)


def upload(name: str, data: bytes) -> UploadFile:
    return UploadFile(io.BytesIO(data), filename=name)


def test_saved_beside_what_is_there_never_over_it(tmp_path: Path) -> None:
    folder = tmp_path / "returned"
    folder.mkdir()
    (folder / "1001_Anne.docx").write_bytes(b"first")
    done = asyncio.run(save_uploads([upload("1001_Anne.docx", b"second"),
                                     upload("1001_Anne.docx", b"first"),
                                     upload("1002_Jens.docx", b"jens")], folder))
    assert done.saved == ["1001_Anne (2).docx", "1002_Jens.docx"]
    assert done.same == ["1001_Anne.docx"]  # the same bytes: already there
    assert (folder / "1001_Anne.docx").read_bytes() == b"first"
    assert (folder / "1001_Anne (2).docx").read_bytes() == b"second"


def test_a_list_of_the_wrong_kind_is_not_saved(tmp_path: Path) -> None:
    done = asyncio.run(save_uploads([upload("liste.pdf", b"%PDF")], tmp_path,
                                    (".xlsx", ".csv")))
    assert done.refused == [("liste.pdf", "wrong-kind")] and not any(tmp_path.iterdir())


def test_only_files_in_output_are_given_out(tmp_path: Path) -> None:
    output = tmp_path / "output"
    (output / "ledere").mkdir(parents=True)
    (output / "ledere" / "a.xlsx").write_bytes(b"x")
    (tmp_path / "secret.txt").write_bytes(b"x")
    (output / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert output_file(output, "ledere/a.xlsx") == output / "ledere" / "a.xlsx"
    for name in ("../secret.txt", "/etc/passwd", "ledere/../../secret.txt", "link.txt",
                 "ledere", "", "ledere\\a.xlsx"):
        assert output_file(output, name) is None, name


def test_the_forms_zipped(tmp_path: Path) -> None:
    (tmp_path / "1001_Anne.docx").write_bytes(b"a")
    (tmp_path / "manifest.json").write_bytes(b"{}")
    (tmp_path / "~$1001_Anne.docx").write_bytes(b"lock")
    (tmp_path / "notes.txt").write_bytes(b"n")
    made = zip_folder(tmp_path, (".docx", ".json"))
    try:
        with zipfile.ZipFile(made) as archive:
            assert archive.namelist() == ["1001_Anne.docx", "manifest.json"]
    finally:
        made.unlink()
