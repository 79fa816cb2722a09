"""Reading a small employee list made in a test, on the day the held-out rounds were built:
one copy of the helpers each round's test file used to repeat."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 7)


def read(tmp_path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Any:
    return read_employee_list(write_xlsx(tmp_path / "l.xlsx", sheets), today=TODAY)


def read_csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Any:
    path = tmp_path / "l.csv"
    path.write_bytes(text.encode(encoding))
    return read_employee_list(path, today=TODAY)


def rows_of(listing: Any) -> list[tuple[str, str, str, str, str]]:
    return [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees]
