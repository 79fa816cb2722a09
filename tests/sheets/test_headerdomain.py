"""A column of the part of each address before the @ under a header that names the domain
("Mail (@smagco.dk)"): read as whole addresses, said; a header without a domain, or cells that
are addresses already, change nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.sheets import read_employee_list
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 6)


def test_the_domain_in_the_header_completes_the_addresses(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Restaurant", "Mail (@smagco.dk)", "Leder"),
            ("1", "Henrik Mortensen", "Hovedkontor", "henrik.m", None),
            ("3", "Rūta Kazlauskienė", "Havnen", "ruta.k", "Henrik Mortensen"),
            ("5", "Hanne Christensen", "Havnen", "hanne.c", "Rūta Kazlauskienė")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Personale": rows}),
                                 today=TODAY)
    assert [(e.email, e.leader_email) for e in listing.employees] == [
        ("henrik.m@smagco.dk", ""), ("ruta.k@smagco.dk", "henrik.m@smagco.dk"),
        ("hanne.c@smagco.dk", "ruta.k@smagco.dk")]
    assert listing.layout.fields["email"].header == "Mail"
    [note] = [n for n in listing.notes if n.kind == "header-domain"]
    assert "read as addresses at smagco.dk" in note.what


def test_whole_addresses_under_such_a_header_stay_as_they_are(tmp_path: Path) -> None:
    rows = [("Nr", "Navn", "Afdeling", "E-mail (@firma.dk)", "Leder"),
            ("1", "Anne Holm", "Ledelse", "anne@firma.dk", None),
            ("2", "Bo Lund", "Salg", "bo@andet.dk", "Anne Holm")]
    listing = read_employee_list(write_xlsx(tmp_path / "e.xlsx", {"Ark1": rows}), today=TODAY)
    assert [e.email for e in listing.employees] == ["anne@firma.dk", "bo@andet.dk"]
    assert not any(n.kind == "header-domain" for n in listing.notes)
