"""The columns of an employee list and the headers HR and payroll systems give them.

The README's table of recognised headers is made from these (``python -m pipeline.cli_docs``),
so the two never disagree.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.sheets.cpr import CPR_HEADERS
from pipeline.sheets.headers import Column
from pipeline.sheets.headerwords import inferred_role

NUMBER = Column(
    "number",
    ("Medarbejdernr.", "Medarbejdernummer", "Medarbejder ID", "Medarbejder-ID", "MA-nr.",
     "Medarb.nr.", "Mnr.", "Løbenr.", "Employee number", "Employee no."),
    weak=("EmployeeNumber", "ID", "Nr.", "Initialer", "Initials", "Init."),
    strong=("Tjenestenummer", "Tjenestenr.", "Lønnummer", "Lønnr.", "Personalenummer",
            "Personalenr.", "Personnel number", "EmployeeId", "Employee ID"),
)
NAME = Column(
    "name",
    ("Navn", "Fulde navn", "Navn (for-/efternavn)", "Full name", "Medarbejdernavn",
     "Medarbejderens navn", "Employee name"),
    # a pivot table's row labels, whose innermost level is the people ("Rækkenavne")
    weak=("Name", "CN", "Rækkenavne", "Row Labels", "Radetiketter", "Zeilenbeschriftungen"),
    strong=("displayName", "Display name", "Visningsnavn"),
)
NAME_REVERSED = Column("name_reversed", ("Efternavn, Fornavn", "Efternavn, fornavn(e)",
                                         "Last name, First name", "Surname, Given name"))
FIRST = Column("first", ("Fornavn", "Fornavne", "First name", "Given name", "GivenName"))
LAST = Column("last", ("Efternavn", "Last name", "Surname", "Family name"))
EMAIL = Column(
    "email",
    ("E-mail", "Email", "Mail", "E-mailadresse", "Mailadresse", "Email address", "EmailAddress",
     "Arbejdsmail", "Arbejds-e-mail", "Arbejdsemail", "Work email", "Work e-mail",
     "Business email"),
    weak=("userPrincipalName", "UPN"),
)
DEPARTMENT = Column(
    "department",
    ("Afdeling", "Department", "Stamafdeling", "Org. enhed", "Organisatorisk enhed", "Enhed",
     "Afdeling/enhed", "Org unit", "Organisational unit"),
    weak=("Team",),
    strong=("Afdelingsnavn", "Enhedsnavn", "Department name", "Org. enhed navn"),
)
JOB_TITLE = Column(
    "job_title",
    ("Stilling", "Stillingsbetegnelse", "Jobtitel", "Job title", "JobTitle", "Title", "Titel",
     "Position", "Stillingsnavn"),
    # a crew's trade ("Tømrer", "Formand") where no column is headed as the title; beside
    # "Stilling" it is the trade group, a unit ("Anlæg", "Murer")
    weak=("Fag",),
)
LEADER = Column(
    "leader",
    ("Nærmeste leder", "Leder", "Leders navn", "Ledernavn", "Manager", "Manager name", "Leader",
     "Supervisor", "Supervisor name", "Reports to", "Reports to name",
     "NL"),  # HR's short form of "nærmeste leder"
)
# "Leder fornavn" beside "Leder efternavn" (KMD Opus): the first is the leader column, the
# last name is added to it.
LEADER_LAST = Column("leader_last", ("Leders efternavn", "Leder efternavn", "Manager last name",
                                     "Manager surname"))
LEADER_NUMBER = Column(
    "leader_number",
    ("Leders medarbejdernr.", "Leders medarbejdernummer", "Leder-ID", "Leders ID", "Leder nr.",
     "Leders nr.", "Ledernummer", "Leders tjenestenummer", "Leders tjenestenr.",
     "Leders lønnummer",
     "Manager ID", "Manager employee ID", "Supervisor ID", "Reports to ID"),
)
LEADER_EMAIL = Column(
    "leader_email",
    ("Leders e-mail", "Leder e-mail", "Leders mail", "Nærmeste leders e-mail", "Manager e-mail",
     "Manager email", "Manager's e-mail", "Leader e-mail", "Supervisor email",
     "Supervisor e-mail", "Reports to email", "NL-mail", "NL e-mail"),
)
MIDDLE = Column("middle", ("Mellemnavn", "Mellemnavne", "Middle name"))
STATUS = Column("status", ("Status", "Ansættelsesstatus", "Medarbejderstatus", "Employment status",
                           "Employee status", "Worker status"))
# The last day worked is the end only where the day employment ends is not given: someone
# released from work in their notice ("fritstillet") is employed until their leaving day.
END_DATE = Column("end_date", ("Ansat til", "Fratrædelsesdato", "Fratrådt", "Slutdato",
                               "Ophørsdato", "End date", "Termination date"),
                  weak=("Sidste arbejdsdag", "Last day of work", "Last working day"))
ACTIVE = Column("active", ("Aktiv", "Active", "Enabled", "accountEnabled"))
LEAVE = Column("leave", ("Orlov", "Barsel", "On leave", "Leave", "Orlov til", "Leave end date"))
LEAVE_START = Column("leave_start", ("Orlov fra", "Leave start date"))
MEETING = Column("meeting_date", ("MUS-dato", "Mødedato", "Samtaledato", "Dato for MUS",
                                  "Meeting date", "MUS date"))
LANGUAGE = Column("language", ("Sprog", "Language", "Foretrukket sprog", "Preferred language"))

# Columns that say who someone is, so that a leader given by any of them can be found.
INITIALS = Column("initials", ("Initialer", "Initials", "SamAccountName", "Brugernavn",
                               "Brugerinitialer", "Username", "User name", "Login", "Bruger",
                               "User", "Forkortelse", "Kortnavn", "Kürzel", "Förkortning",
                               "Signatur", "Init."))
UPN = Column("upn", ("userPrincipalName", "UPN"))
DN = Column("dn", ("DistinguishedName", "Distinguished name", "DN"))
OBJECT_ID = Column("object_id", ("Id", "ObjectId", "ObjectGUID", "Object ID", "GUID"))

FIELDS = (NUMBER, NAME_REVERSED, NAME, FIRST, LAST, MIDDLE, EMAIL, DEPARTMENT, JOB_TITLE, LEADER,
          LEADER_LAST, LEADER_NUMBER, LEADER_EMAIL, MEETING, LANGUAGE, STATUS, END_DATE, ACTIVE,
          LEAVE, LEAVE_START)
IDENTIFIERS = (INITIALS, UPN, DN, OBJECT_ID)
# What each field is called in messages and in `mus check`.
# The columns that give an employee's leader: by name (or any ID), by number, by e-mail.
LEADER_FIELDS = ("leader", "leader_number", "leader_email")
LABELS = {
    "number": "employee number", "name": "name", "name_reversed": "name (last name first)",
    "first": "first name", "last": "last name", "middle": "middle name", "email": "e-mail",
    "department": "department", "job_title": "job title", "leader": "leader",
    "leader_last": "leader's last name", "leader_number": "leader's employee number",
    "leader_email": "leader's e-mail",
    "meeting_date": "meeting date", "language": "language",
    "status": "employment status", "end_date": "end of employment", "active": "active (yes/no)",
    "leave": "on leave", "leave_start": "leave from", "initials": "initials/user name",
    "upn": "user principal name", "dn": "distinguished name", "object_id": "directory object ID",
}

_NOTES = {
    "number": "required; never a column of GUIDs; of two, the one that is unique, headed as the "
              "employee's and runs in order",
    "name": "required, or first and last name; `Kjær, Mette` is turned around; full and legal "
            "names before user names and preferred names",
    "email": "the work address before a private one at gmail, hotmail …",
    "department": "a shown, current column before a hidden or old one, names before codes; "
                  "where no header names it, a column of a few unit names under a unit-like "
                  "header; none at all is warned about",
    "leader": "a name, initials, number, e-mail/UPN, distinguished name (also a Lotus Notes "
              "name, `CN=Hanne Eriksen/OU=Borgmest/O=Smaaby`) or any ID on the list, "
              "`Name (ID)`, `Name ID`, or the last step of `A > B`, looked up in the list; where "
              "no header names it, a column whose cells name colleagues",
    "meeting_date": "a date cell, 15-03-2027, 15.03.2027, 2027-03-15; slash dates only when the "
                    "file shows their order",
    "language": "da or en",
    "status": "`Fratrådt`, `Ophørt`, `Inaktiv`, `Terminated`, `Inactive` …: no form; `Orlov`, "
              "`Barsel`, `Leave` …: on leave",
    "end_date": "a date in the past: no form",
    "active": "no/false: no form",
    "leave": "yes, a kind of leave, or the date it ends: on leave",
    "leave_start": "a date that has come: on leave (unless its end has passed)",
}


@lru_cache(maxsize=4096)
def field_role(header: str) -> tuple[str, int] | None:
    """(field key, tier) for a header of the employee list: a listed header first, else what
    its words say (headerwords.py)."""
    for column in FIELDS:
        tier = column.tier(header)
        if tier is not None:
            return column.key, tier
    return inferred_role(header)


def _names(headers: tuple[str, ...]) -> str:
    return ", ".join(f"`{h}`" for h in headers)


def recognised_headers() -> str:
    """The README's table: every field and the headers it goes by, the preferred ones first."""
    lines = ["| what | headers mus recognises (case, spaces and punctuation do not matter) |",
             "|---|---|"]
    for column in (NUMBER, NAME, NAME_REVERSED, FIRST, LAST, MIDDLE, EMAIL, DEPARTMENT,
                   JOB_TITLE, LEADER, LEADER_LAST, LEADER_NUMBER, LEADER_EMAIL, MEETING,
                   LANGUAGE, STATUS, END_DATE, ACTIVE, LEAVE, LEAVE_START, *IDENTIFIERS):
        text = _names(column.headers)
        if column.strong:
            text = f"{_names(column.strong)}, before {text}"
        if column.weak:
            text += f"; only if none of those: {_names(column.weak)}"
        note = _NOTES.get(column.key)
        what = LABELS[column.key] + (f" ({note})" if note else "")
        lines.append(f"| {what} | {text} |")
    lines.append(f"| CPR number: never read, never written | {_names(CPR_HEADERS)}, or any "
                 "column that holds CPR numbers (a `Personnr` column that holds no CPR number, "
                 "only a short code for each employee, is the employee number where no other "
                 "column is, warned) |")
    return "\n".join(lines)
