"""What an Office file really is, from its first bytes: a zip (.docx/.xlsx), an encrypted
package (a password to open), an old binary file (.doc/.xls) or plain text."""

from __future__ import annotations

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


def sniff(data: bytes) -> str:
    """'zip', 'encrypted', 'ole', 'text' or '' (something else). ``data``: the file's first
    megabyte at least (the encryption mark sits in the compound file's directory)."""
    if data.startswith(b"PK"):
        return "zip"
    if data.startswith(OLE_MAGIC):
        return "encrypted" if ENCRYPTED_MARK in data[:1 << 20] else "ole"
    head = data[:4096]
    if not head:
        return ""
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "" if b"\x00" in head else "text"
