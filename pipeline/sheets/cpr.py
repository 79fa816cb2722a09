"""CPR numbers (the Danish personal ID) stay out of everything mus writes.

A column is taken for CPR numbers by its header or by what it holds (``ddmmyy-xxxx`` or ten
digits whose first six are a date, also when Excel dropped the leading zero). Such a column is
dropped when the list is read, so it can never reach a form, the manifest, a mail or a workbook.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from pipeline.sheets.headers import normalise_header

CPR_HEADERS = ("CPR", "CPR-nr.", "CPR-nummer", "CPR nr", "Cpr.nr.", "CPRNR", "Personnummer",
               "Personnr.", "Person nr.", "CPR-no.", "CPR number", "Civil registration number",
               "Social security number", "SSN", "National ID", "National identification number")
_CPR_NAMES = {normalise_header(h) for h in CPR_HEADERS}
_SHAPE = re.compile(r"^(\d{2})(\d{2})(\d{2})-?\d{4}$")
REFUSAL = ("mus never reads or writes CPR numbers: they stay in the employee list and never "
           "reach a form, a mail, the manifest or a workbook.")


def is_cpr_header(header: str) -> bool:
    norm = normalise_header(header)
    return norm in _CPR_NAMES or norm.startswith("cpr")


def looks_like_cpr(value: Any) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int | float):
        if not float(value).is_integer() or not 10**8 <= value < 10**10:
            return False
        text = f"{int(value):010d}"
    else:
        text = str(value).strip()
    match = _SHAPE.match(text)
    if not match:
        return False
    day, month, year = (int(g) for g in match.groups())
    try:
        dt.date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def is_cpr_column(values: Iterable[Any]) -> bool:
    """Most of the column's values are CPR numbers (a few typos do not hide it)."""
    filled = cpr = 0
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        filled += 1
        cpr += looks_like_cpr(value)
    return filled > 0 and cpr >= 0.8 * filled
