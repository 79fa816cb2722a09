"""Logs of one JSON object a line (the send log, the collect log): read as far as they can be.

A line cut short by a crash, or one that is no JSON object, is passed over: each log is written
so that the lines before it stand whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def objects(text: str) -> Iterator[dict[str, Any]]:
    """Every line of ``text`` that is a JSON object, in order."""
    for line in text.splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            yield data
