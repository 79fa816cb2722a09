"""What a refusal is about, read from its enhanced status code (RFC 3463, ``5.1.10``) and its
words: one rule for SMTP answers, Graph errors and non-delivery reports.

- ``limit``: the sender has sent as much as it may for now (Exchange Online's recipient rate
  limit ``5.1.90`` / ``5.2.2 Submission quota``, the tenant's ``5.7.232``/``5.7.233``, Gmail's
  ``5.4.5``): nothing is wrong with the mail or the address; it can go again later.
- ``sender``: the sender may not send at all (``5.1.8`` blocked, any ``5.7.x`` policy): every
  further message would be refused the same way, so mus stops at once.
- ``address``: this one recipient does not exist or cannot take mail; the rest can go on.
- ``wait``: too many connections or messages at once (``432 4.3.2``): wait and try again.
- ``other``: anything else (size, content, a full mailbox at the recipient).
"""

from __future__ import annotations

import re

LIMIT, SENDER, ADDRESS, WAIT, OTHER = "limit", "sender", "address", "wait", "other"

_CODE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_ADDRESS_CODES = {"1.1", "1.10", "1.2", "1.3", "1.4", "1.6", "2.1", "4.1", "4.4"}
_LIMIT_CODES = {"1.90", "4.5", "7.232", "7.233"}
_LIMIT_WORDS = ("quota exceeded", "limit exceeded", "rate limit", "sending limit", "daily limit",
                "submissionquota", "too many recipients", "exceeded its daily",
                "daily user sending")
_WAIT_WORDS = ("thread limit", "too many connections", "concurrent connections",
               "too many concurrent")
_ADDRESS_WORDS = ("recipient not found", "user unknown", "no such user", "does not exist",
                  "unknown user", "mailbox unavailable", "recipientnotfound")


def enhanced(text: str) -> str:
    """The first enhanced status code in ``text`` ("5.1.10"), or ""."""
    match = _CODE.search(text)
    return ".".join(match.groups()) if match else ""


def kind_of(text: str, code: int = 0) -> str:
    """What the refusal in ``text`` (an SMTP reply, a Graph error, a report's diagnostic) is
    about; ``code`` is the SMTP reply code when there is one."""
    said = enhanced(text)
    detail = said.split(".", 1)[1] if said else ""
    words = text.lower()
    if code == 432 or detail == "3.2" or any(w in words for w in _WAIT_WORDS):
        return WAIT
    if detail in _LIMIT_CODES or (detail == "2.2" and "submission" in words) or (
            detail in ("", "2.0", "7.0", "5.0", "3.0") and any(w in words for w in _LIMIT_WORDS)):
        return LIMIT
    if said.startswith("4") or 400 <= code < 500:
        return OTHER  # temporary: try again later
    if detail == "1.8" or detail.startswith("7."):
        return SENDER
    if detail in _ADDRESS_CODES or (not detail and any(w in words for w in _ADDRESS_WORDS)):
        return ADDRESS
    return OTHER
