"""The employee list's words as the Lister page shows them, in Danish and English: its fields
(sheets/columns.py LABELS), the kinds of rows under its header (sheets/summary.py) and the
reasons a row is not an employee (sheets/rows.py REASONS)."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    "number": ("medarbejdernummer", "employee number"), "name": ("navn", "name"),
    "name_reversed": ("navn (efternavn først)", "name (last name first)"),
    "first": ("fornavn", "first name"), "last": ("efternavn", "last name"),
    "middle": ("mellemnavn", "middle name"), "email": ("e-mail", "e-mail"),
    "department": ("afdeling", "department"), "job_title": ("stilling", "job title"),
    "leader": ("leder", "leader"), "leader_last": ("leders efternavn", "leader's last name"),
    "leader_number": ("leders medarbejdernummer",
                                                    "leader's employee number"),
    "leader_email": ("leders e-mail", "leader's e-mail"),
    "meeting_date": ("MUS-dato", "meeting date"), "language": ("sprog", "language"),
    "status": ("ansættelsesstatus", "employment status"),
    "end_date": ("fratrædelsesdato", "end of employment"),
    "active": ("aktiv (ja/nej)", "active (yes/no)"), "leave": ("orlov", "on leave"),
    "leave_start": ("orlov fra", "leave from"),
    "initials": ("initialer/brugernavn", "initials/user name"),
    "upn": ("user principal name", "user principal name"),
    "dn": ("distinguished name", "distinguished name"),
    "object_id": ("objekt-id i kataloget", "directory object ID"),
}
ROW_KINDS: dict[str, tuple[str, str]] = {
    "employee": ("medarbejdere", "employees"), "on_leave": ("heraf på orlov", "of them on leave"),
    "on_leave_left_out": ("på orlov, udeladt", "on leave, left out"),
    "leaver": ("fratrådte eller ikke ansat her", "left or not employed here"),
    "heading": ("overskrifter", "headings"),
    "subtotal": ("subtotaler", "subtotals"), "total": ("totaler", "totals"),
    "header": ("overskriftsrækken igen", "header rows repeated"), "note": ("noter", "notes"),
    "blank": ("tomme", "blank"), "hidden": ("skjulte", "hidden"),
    "filtered": ("skjult af filteret", "hidden by the filter"),
    "vacancy": ("ubesatte stillinger", "positions not filled"),
    "account": ("konti, ikke personer", "accounts, not persons"),
    "other-domain": ("brugere på et andet domæne", "users at another domain"),
    "guest": ("gæster fra en anden organisation", "guests from another organisation"),
    "other-table": ("rækker i en anden tabel", "rows of another table"),
    "repeat": ("personer nævnt igen", "people listed again"),
    "example": ("skabelonens eksempelrækker", "template's example rows"),
    "position": ("anden stilling (samme person)", "second positions"),
    "ended": ("ophørte stillinger", "ended positions"),
}
REASONS: dict[str, tuple[str, str]] = {
    "filtered": ("skjult af arkets filter", "hidden by the sheet's filter"),
    "hidden": ("en skjult række", "a hidden row"), "header": ("overskrifterne igen",
                                                             "the headers again"),
    "total": ("en totalrække", "a total row"), "subtotal": ("en subtotalrække",
                                                           "a subtotal row"),
    "heading": ("en overskrift", "a heading"), "note": ("en note", "a note"),
    "vacancy": ("en ubesat stilling", "a position not filled"),
    "account": ("en konto, ikke en person", "an account, not a person"),
    "other-domain": ("en bruger på et andet af organisationens domæner, ikke ansat",
                     "a user at another domain of the organisation, not staff"),
    "guest": ("en gæst fra en anden organisation (#EXT#), ikke ansat",
              "a guest from another organisation (#EXT#), not staff"),
    "other-table": ("en række i en anden tabel under sin egen overskrift",
                    "a row of another table under its own header (keyed otherwise)"),
    "repeat": ("en person fra listen nævnt igen i en tabel for sig under listen",
               "a person of the list again, in a table of its own under the list"),
    "example": ("skabelonens eksempelrække", "a template's example row"),
    "position": ("en anden stilling for en medarbejder på listen",
                 "a second position of an employee on the list"),
    "ended": ("en ophørt stilling for en medarbejder på listen",
              "an ended position of an employee on the list"),
}


def word(table: dict[str, tuple[str, str]], lang: str, key: str) -> str:
    danish, english = table.get(key, (key, key))
    return english if lang == "en" else danish

