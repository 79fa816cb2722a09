"""Write the binary test fixtures that cannot be made with the project's own dependencies.

    pip install msoffcrypto-tool && python tools/make_fixtures.py

tests/fixtures/password-protected.xlsx and .docx: encrypted with the password "hemmelig", as
Excel and Word do when a user sets a password to open.
"""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto.format.ooxml
from docx import Document
from openpyxl import Workbook

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def encrypt(plain: bytes, target: Path) -> None:
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(plain)).encrypt("hemmelig", out)
    target.write_bytes(out.getvalue())


def main() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.append(["Medarbejdernr.", "Navn"])
    ws.append([1, "Test Testesen"])
    buf = io.BytesIO()
    wb.save(buf)
    encrypt(buf.getvalue(), FIXTURES / "password-protected.xlsx")
    doc = Document()
    doc.add_paragraph("Hemmeligt")
    buf = io.BytesIO()
    doc.save(buf)
    encrypt(buf.getvalue(), FIXTURES / "password-protected.docx")


if __name__ == "__main__":
    main()
