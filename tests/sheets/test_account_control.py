"""Active Directory's userAccountControl (csvde, ldifde, Get-ADUser -Properties *): a disabled
account (the ACCOUNTDISABLE flag, 2: 514, 546, 66050) is a person who no longer works here,
listed with the code; every other value (512, 66048, 544) is an account in use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list


@pytest.mark.parametrize(("header", "encoding"), [
    ("userAccountControl", "utf-16"),   # csvde -u
    ("UserAccountControl", "utf-8"),    # Get-ADUser -Properties * | Export-Csv
    ("useraccountcontrol", "utf-8-sig"),
])
def test_a_disabled_account_has_left(tmp_path: Path, header: str, encoding: str) -> None:
    path = tmp_path / "users.csv"
    path.write_text(
        f"cn,displayName,mail,department,employeeID,{header}\n"
        "Mette Høj,Mette Høj,mh@h.dk,Direktion,1010,66048\n"
        "Asger Bech,Asger Bech,ab@h.dk,Montage,1011,512\n"
        "Helle Åkjær,Helle Åkjær,ha@h.dk,Montage,1014,514\n"
        "Peter Skov,Peter Skov,ps@h.dk,Montage,1015,544\n"
        "Dorthe Ulstrup,Dorthe Ulstrup,du@h.dk,Montage,1022,66050\n", encoding=encoding)
    listing = read_employee_list(path, today=dt.date(2026, 12, 5))
    assert [e.number for e in listing.employees] == ["1010", "1011", "1015"]
    assert [(a.number, a.reason) for a in listing.leavers] == [
        ("1014", f"{header} 514: the account is disabled"),
        ("1022", f"{header} 66050: the account is disabled")]
