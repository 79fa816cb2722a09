"""French HR exports (Lucca, PayFit: a French-owned firm's Danish staff) read like the others:
French headers (Matricule, Nom beside Prénom, Département, Poste, Manager, Email manager, Date
d'entrée, Date de sortie) and French status words (Actif, Sorti, Congé maternité)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.headerwords import inferred_role
from tests.helpers import write_xlsx

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("header", "key"), [
    ("Matricule", "number"), ("Numéro de matricule", "number"), ("Nom", "name"),
    ("Prénom", "first"), ("Email professionnel", "email"), ("Courriel", "email"),
    ("Département", "department"), ("Poste", "job_title"), ("Intitulé de poste", "job_title"),
    ("Manager", "leader"), ("Responsable hiérarchique", "leader"),
    ("Email manager", "leader_email"), ("E-mail du manager", "leader_email"),
    ("Matricule du manager", "leader_number"), ("Date de sortie", "end_date"),
    ("Date de départ", "end_date"), ("Statut", "status"),
])
def test_french_headers_name_the_fields(header: str, key: str) -> None:
    role = inferred_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", ["Établissement", "Téléphone portable", "Date de naissance",
                                    "Date d'entrée", "Société", "Type de contrat"])
def test_french_headers_of_other_things_name_no_field(header: str) -> None:
    assert inferred_role(header) is None


def test_a_lucca_export(tmp_path: Path) -> None:
    """Nom beside Prénom is the family name; a past Date de sortie has left; Congé maternité is
    leave; the matricule keeps its letters and zeros."""
    head = ("Matricule", "Nom", "Prénom", "Email professionnel", "Département", "Poste",
            "Manager", "Email manager", "Date d'entrée", "Date de sortie", "Statut",
            "Établissement")
    boss = ("Peter Johansen", "pj@bellevue.dk")
    rows = [head,
            ("DK00101", "Johansen", "Peter", "pj@bellevue.dk", "Direction", "Directeur", None,
             None, dt.datetime(2013, 3, 1), None, "Actif", "Copenhague"),
            ("DK00103", "Møller", "Nanna", "nm@bellevue.dk", "Commercial", "Responsable", *boss,
             dt.datetime(2017, 10, 7), None, "Actif", "Copenhague"),
            ("DK00105", "Christiansen-Aagaard", "Nanna", "na@bellevue.dk", "Logistique",
             "Magasinier", "Nanna Møller", "nm@bellevue.dk", dt.datetime(2015, 12, 4), None,
             "Congé maternité", "Aarhus"),
            ("DK00107", "Thomsen", "Tove", "tt@bellevue.dk", "Logistique", "Magasinier",
             "Nanna Møller", "nm@bellevue.dk", dt.datetime(2019, 1, 2),
             dt.datetime(2026, 9, 30), "Sorti", "Aarhus"),
            ("DK00108", "Holm", "Ib", "ih@bellevue.dk", "Commercial", "Vendeur",
             "Nanna Møller", "nm@bellevue.dk", dt.datetime(2020, 5, 1), None, "Actif",
             "Aarhus")]
    listing = read_employee_list(write_xlsx(tmp_path / "lucca.xlsx", {"Collaborateurs": rows}),
                                 today=TODAY)
    assert [(e.number, e.name, e.department, e.leader, e.leader_email)
            for e in listing.employees] == [
        ("DK00101", "Peter Johansen", "Direction", "", ""),
        ("DK00103", "Nanna Møller", "Commercial", "Peter Johansen", "pj@bellevue.dk"),
        ("DK00105", "Nanna Christiansen-Aagaard", "Logistique", "Nanna Møller",
         "nm@bellevue.dk"),
        ("DK00108", "Ib Holm", "Commercial", "Nanna Møller", "nm@bellevue.dk")]
    assert [a.number for a in listing.leavers] == ["DK00107"]
    assert [e.on_leave for e in listing.employees] == [False, False, True, False]
