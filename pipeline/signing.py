"""A form's identity, signed by the working folder that made it.

An employee can edit a copy of their form to show a colleague's number and name (and its hidden
properties too, with some effort). mus therefore signs what it writes into each form: a keyed
hash (HMAC-SHA256) of the employee number, form kind, season, question-set version, field list
(with what each field promised about who sees it), the leader the form was made for and the
blank form's text, with a key kept in the working folder outside ``output/`` (``.mus/form-key``,
made by the first ``mus generate``, readable by its owner only). A returned form whose
signature does not verify was changed after mus made it, or made in another working folder: it
is reported, and never chosen over a copy that verifies.

The key is no password: anyone with the working folder has it. It only proves that a form is as
this folder's mus made it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path

from pipeline.atomic import atomic_path

KEY_FILE = Path(".mus") / "form-key"
SIGNATURE_LENGTH = 32  # hex digits kept: 128 bits


def key_path(root: Path) -> Path:
    return root / KEY_FILE


def load_key(path: Path | None) -> bytes | None:
    """The key, or None where there is none (a folder that never generated forms)."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="ascii").strip()
        return bytes.fromhex(text) if len(text) >= 32 else None
    except (OSError, ValueError, UnicodeError):
        return None


def ensure_key(path: Path) -> bytes:
    """The working folder's key, made on first use (random, 256 bits, owner-only)."""
    key = load_key(path)
    if key is not None:
        return key
    key = secrets.token_bytes(32)
    with atomic_path(path, mode=0o600) as tmp:  # (an OS error becomes a plain OutputError)
        tmp.write_bytes(key.hex().encode("ascii") + b"\n")
    return key


def sign(key: bytes, parts: list[str]) -> str:
    """The signature of a form's identity, given as its parts in a fixed order."""
    message = json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:SIGNATURE_LENGTH]


def verify(key: bytes, parts: list[str], signature: str) -> bool:
    return hmac.compare_digest(sign(key, parts), signature.strip().lower())


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
