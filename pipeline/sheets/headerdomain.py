"""A column of addresses whose header names their domain ("Mail (@smagco.dk)") and whose
cells hold only the part before the @: read as whole addresses."""

from __future__ import annotations

import re
from typing import Any

from pipeline.sheets.findings import Findings
from pipeline.sheets.headers import HeaderRow
from pipeline.sheets.listheaders import match_fields
from pipeline.sheets.values import cell_text

# A domain named in a header: "Mail (@smagco.dk)", "E-mail @firma.dk"
_HEADER_DOMAIN = re.compile(r"\s*[(\[]?\s*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*[)\]]?\s*",
                            re.IGNORECASE)
_LOCAL_PART = re.compile(r"^[\w.+'-]+$")


def domain_in_header(rows: list[tuple[int, tuple[Any, ...]]], header: HeaderRow,
                     findings: Findings) -> tuple[list[tuple[int, tuple[Any, ...]]], HeaderRow]:
    """A column whose header names the domain its addresses are at ("Mail (@smagco.dk)") and
    whose cells hold only the part before the @ ("ruta.k"): each cell is read as the whole
    address ("ruta.k@smagco.dk") and the header without the domain, said."""
    found: dict[int, str] = {}
    for index, text in enumerate(header.headers):
        domain = _HEADER_DOMAIN.search(text or "")
        if domain is None or not _HEADER_DOMAIN.sub(" ", text).strip():
            continue
        cells = [cell_text(values[index]) for _, values in rows[:200] if index < len(values)]
        cells = [c for c in cells if c]
        if cells and all(_LOCAL_PART.match(c) for c in cells):
            found[index] = domain.group(1).lower()
    if not found:
        return rows, header
    out = [(number, tuple(f"{cell_text(v)}@{found[i]}" if i in found and cell_text(v) else v
                          for i, v in enumerate(values))) for number, values in rows]
    headers = tuple(" ".join(_HEADER_DOMAIN.sub(" ", h).split()) if i in found else h
                    for i, h in enumerate(header.headers))
    for index, at in found.items():
        findings.note("header-domain", f'The column "{header.headers[index]}" holds the part of '
                      f"each address before the @, and its header names the domain: they are "
                      f"read as addresses at {at}.", header.row, header.headers[index])
    return out, HeaderRow(header.row, headers, match_fields(headers))
