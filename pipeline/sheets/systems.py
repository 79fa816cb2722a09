"""The exports of known HR, payroll and directory systems, kept as data: one entry per system.

An export is recognised by headers only that system writes (its marks); its headers then mean
what the system means by them, before any general reading of the words (``Worker`` is the name
in Workday, Personio's own ``ID`` is not the employee number, SuccessFactors' ``HR`` column is
the HR partner, not the leader). A header mapped to "" is a column mus does not use. `mus
check` says which system it recognised; a system whose export cannot hold what mus needs says
what to export instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pipeline.sheets.headers import normalise_header


@dataclass(frozen=True)
class System:
    name: str
    marks: tuple[str, ...]  # headers that tell this system's export
    fields: Mapping[str, str]  # header → field key ("": not used; "key~": only if no other)
    identifiers: Mapping[str, str] = field(default_factory=dict)  # header → identifier key
    need: int = 2  # how many marks must be there
    no_number: str = ""  # what to do when its export has no employee number
    # the system's own status codes, as its documentation gives them: header → code → meaning
    codes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def role(self, header: str) -> str | None:
        return _normalised(self).get(normalise_header(header))

    def identifier(self, header: str) -> str | None:
        return {normalise_header(h): k for h, k in self.identifiers.items()}.get(
            normalise_header(header))


_CACHE: dict[str, dict[str, str]] = {}


def _normalised(system: System) -> dict[str, str]:
    if system.name not in _CACHE:
        _CACHE[system.name] = {normalise_header(h): k for h, k in system.fields.items()}
    return _CACHE[system.name]


SYSTEMS = (
    System("Google Workspace", ("First Name [Required]", "Last Name [Required]",
                                "Email Address [Required]", "Org Unit Path [Required]",
                                "Password [Required]"), {
        "First Name [Required]": "first", "Last Name [Required]": "last",
        "Email Address [Required]": "email", "Employee ID": "number",
        "Employee Title": "job_title", "Manager Email": "leader_email",
        "Department": "department", "Status [READ ONLY]": "status",
        "Org Unit Path [Required]": "", "Employee Type": "", "Recovery Email": "",
        "Home Secondary Email": "", "Work Secondary Email": "", "Cost Center": ""},
        no_number="Fill in Employee ID for every user in the Admin console (Users > user > "
                  "Employee information), or add a column \"Medarbejdernr.\" to the file."),
    System("Microsoft 365 admin center", ("Block credential", "Licenses", "Usage location",
                                          "Oath token meta data", "Soft deletion time stamp"), {
        "Display name": "name", "User principal name": "email", "First name": "",
        "Last name": "", "Department": "department", "Title": "job_title",
        "Preferred language": "", "Proxy addresses": "", "Object Id": ""},
        identifiers={"User principal name": "upn", "Object Id": "object_id"},
        no_number="The admin center's user export holds no employee number and no manager. "
                  "Export the users from the Entra admin center (Users > Download users, with "
                  "employeeId) or with PowerShell (Get-MgUser -Property EmployeeId,Manager,…), "
                  "or add a column \"Medarbejdernr.\" to this file."),
    System("JumpCloud", ("employeeIdentifier", "username", "state", "jobTitle"), {
        "employeeIdentifier": "number", "firstname": "first", "lastname": "last",
        "email": "email", "department": "department", "jobTitle": "job_title",
        "manager": "leader", "state": "status", "username": ""},
        identifiers={"username": "initials"}, need=3),
    # A SharePoint list exported to Excel or CSV: each item's "Title" is what the list is of,
    # here the person; the list's own columns follow, then SharePoint's bookkeeping.
    # (a folder of the list is its path's last step: "…/Medarbejdere/Fratrådte" holds leavers,
    # so the path is read as the status where the list has none of its own)
    System("SharePoint list", ("Item Type", "Path", "Modified", "Created By", "Modified By"), {
        "Title": "name~", "Item Type": "", "Path": "status~", "Modified": "", "Created": "",
        "Created By": "", "Modified By": ""}, need=3),
    System("SharePoint-liste", ("Elementtype", "Sti", "Ændret", "Oprettet af", "Ændret af"), {
        "Titel": "name~", "Elementtype": "", "Sti": "status~", "Ændret": "", "Oprettet": "",
        "Oprettet af": "", "Ændret af": ""}, need=2),
    # A board kept as the staff list: one card a person, the list (column) a card is in is
    # the team, the card's members are whoever works on it, an archived card someone gone.
    System("Trello", ("Card ID", "Card Name", "Card URL", "List Name", "Archived"), {
        "Card Name": "name", "List Name": "department", "Archived": "", "Members": "",
        "Labels": "", "Card Description": "", "Card ID": "", "Card URL": ""}, need=3),
    System("Microsoft Entra ID", ("userType", "accountEnabled", "ageGroup", "creationType",
                                  "identityIssuer", "invitationState"), {
        "employeeId": "number", "displayName": "name", "mail": "email", "givenName": "",
        "surname": "", "jobTitle": "job_title", "department": "department",
        "accountEnabled": "active", "userType": "", "alternateEmailAddress": "",
        "authenticationEmail": "", "otherMails": ""},
        identifiers={"userPrincipalName": "upn", "id": "object_id", "objectId": "object_id"},
        no_number="Fill in employeeId for the users in Entra ID, or add a column "
                  "\"Medarbejdernr.\" to the file."),
    System("Active Directory", ("SamAccountName", "DistinguishedName", "ObjectGUID",
                                "EmployeeID", "GivenName"), {
        "EmployeeID": "number", "EmployeeNumber": "number~", "Name": "name", "DisplayName": "name",
        "GivenName": "first", "Surname": "last", "EmailAddress": "email", "Mail": "email",
        "Department": "department", "Title": "job_title", "Manager": "leader",
        "Enabled": "active", "CN": ""},
        identifiers={"SamAccountName": "initials", "UserPrincipalName": "upn",
                     "DistinguishedName": "dn", "ObjectGUID": "object_id"},
        no_number="Export the users with their employee number: Get-ADUser -Filter * "
                  "-Properties EmployeeID,Manager,Department,EmailAddress | Export-Csv "
                  "-Encoding UTF8."),
    System("SAP SuccessFactors", ("Person ID External", "USERID", "Manager User ID", "HR",
                                  "Human Resource", "REVIEW_FREQ", "MI", "TIMEZONE"), {
        "Person ID External": "number", "EMPID": "number", "Employee Id": "number",
        "User ID": "number~", "USERID": "number~", "FIRSTNAME": "first", "First Name": "first",
        "LASTNAME": "last", "Last Name": "last", "MI": "middle", "Middle Name": "middle",
        "EMAIL": "email", "Email": "email", "MANAGER": "leader", "Manager": "leader",
        "Manager User ID": "leader_number", "HR": "", "Human Resource": "",
        "DEPARTMENT": "department", "Department": "department", "TITLE": "job_title",
        "Job Title": "job_title", "STATUS": "status", "Status": "status",
        "Employee Status": "status", "DIVISION": "", "Division": "", "USERNAME": "",
        "Username": "", "JOBCODE": "", "Job Code": ""},
        identifiers={"User ID": "initials", "USERID": "initials", "USERNAME": "initials",
                     "Username": "initials"}),
    System("Workday", ("Worker", "Supervisory Organization", "Business Title", "Job Profile",
                       "Primary Work Email", "Worker Type"), {
        "Worker": "name", "Employee ID": "number", "Legal Name": "name~", "Preferred Name": "",
        "Business Title": "job_title", "Job Profile": "", "Supervisory Organization":
        "department", "Manager": "leader", "Primary Work Email": "email",
        "Termination Date": "end_date", "Active Status": "active", "On Leave": "leave",
        "Worker Status": "status", "Worker Type": "", "Cost Center": "", "Company": ""}),
    # Planday's employee export: the payroll number is the "Salary identifier", a person in
    # several departments has one "Primary department"
    System("Planday", ("Salary identifier", "Primary department", "Employee groups",
                       "Departments"), {
        "Salary identifier": "number", "First name": "first", "Last name": "last",
        "Email": "email", "Primary department": "department", "Departments": "",
        "Employee groups": "job_title", "Status": "status", "Mobile phone": ""}),
    System("Planday (dansk)", ("Medarbejdergrupper", "Afdelinger", "Primær afdeling",
                               "Medarbejder-ID", "Lønnummer"), {
        "Lønnummer": "number", "Medarbejder-ID": "number~", "Fornavn": "first",
        "Efternavn": "last", "E-mail": "email", "Primær afdeling": "department",
        "Afdelinger": "", "Medarbejdergrupper": "job_title"}, need=3),
    # Workday with Norwegian labels: "Arbeider" is the worker, the name column
    System("Workday (norsk)", ("Arbeider", "Overordnet organisasjon", "Arbeidstakertype",
                               "Ansatt-ID", "Stillingstittel"), {
        "Arbeider": "name", "Ansatt-ID": "number", "Overordnet organisasjon": "department",
        "Stillingstittel": "job_title", "E-post – arbeid": "email", "Leder": "leader",
        "Arbeidstakertype": "", "Status": "status"}, need=3),
    System("Visma", ("Ansat dato", "Fratrådt dato", "Afdelingsnr", "Afdelingsnavn"), {
        "Medarbejdernr": "number", "Medarbejdernummer": "number", "Navn": "name",
        "Afdelingsnr": "", "Afdelingsnavn": "department", "Fratrådt dato": "end_date",
        "Ansat dato": "", "Nærmeste leder": "leader", "Leder medarbejdernr": "leader_number"},
        need=3),
    System("SD Løn", ("Tjenestenummer", "Institution", "Beskæftigelsesgrad", "Ansat til",
                      "Ansat fra", "Stamafdeling"), {
        "Tjenestenummer": "number", "Ansat til": "end_date", "Ansat fra": "",
        "Beskæftigelsesgrad": "", "Institution": "", "Stamafdeling": "department~",
        "Afdelingsnavn": "department", "Leders tjenestenummer": "leader_number"}),
    System("KMD Opus", ("Org. enhed", "Org. enhed navn", "Opus brugernavn", "Tjenestenr."), {
        "Org. enhed navn": "department", "Tjenestenr.": "number", "Opus brugernavn": ""},
        identifiers={"Opus brugernavn": "initials"}),
    System("Danløn", ("Lønperiode", "Lønform", "Medarbejdertype", "Fratrådt"), {
        "Medarbejdernr.": "number", "Medarbejdernummer": "number", "Fratrådt": "end_date",
        "Lønperiode": "", "Lønform": "", "Medarbejdertype": ""}),
    System("Emply", ("MA-nr.", "Afdeling/enhed", "Fulde navn"), {
        "MA-nr.": "number", "Fulde navn": "name", "Afdeling/enhed": "department",
        "Fratrædelsesdato": "end_date", "Status": "status"}),
    System("Personio", ("Personnel number", "Supervisor", "Hire date", "Cost centers",
                        "Employment type"), {
        "ID": "", "Personnel number": "number", "Status": "status", "Supervisor": "leader",
        "Termination date": "end_date", "Team": "", "Office": "", "Position": "job_title",
        "Employment type": ""}),
    # Outlook's contacts exported to a CSV file (File > Open & Export > Export to a file): the
    # employee number is the "Organizational ID Number", "Title" is the salutation, a double
    # first name is split into first and middle name; in Danish Outlook the labels are Danish
    System("Outlook contacts", ("Organizational ID Number", "Manager's Name", "E-mail Display Name",
                                "E-mail Type", "Business Street", "Assistant's Name"), {
        "Organizational ID Number": "number", "First Name": "first", "Middle Name": "middle",
        "Last Name": "last", "E-mail Address": "email", "Department": "department",
        "Job Title": "job_title", "Manager's Name": "leader", "Title": "", "Suffix": "",
        "Company": "", "E-mail Display Name": "", "E-mail Type": "", "Assistant's Name": "",
        "Nickname": ""}, need=3),
    System("Outlook-kontakter", ("Organisations-id-nummer", "Leders navn", "Mail - vist navn",
                                 "Mail - type", "Gade (arbejde)", "Assistents navn"), {
        "Organisations-id-nummer": "number", "Fornavn": "first", "Mellemnavn": "middle",
        "Efternavn": "last", "Mail-adresse": "email", "Afdeling": "department",
        "Stilling": "job_title", "Leders navn": "leader", "Titel": "", "Suffiks": "",
        "Firma": "", "Mail - vist navn": "", "Mail - type": "", "Assistents navn": "",
        "Kaldenavn": ""}, need=3),
    # Podio's app export: the item's title field ("Titel", "Title") is the person's name where
    # the app has no other name field; "Item ID" is Podio's own key, "Oprettet af" / "Created by"
    # whoever made the item (no leader)
    System("Podio", ("Item ID", "Oprettet af", "Oprettet den", "Created by", "Created on",
                     "Tags"), {
        "Titel": "name~", "Title": "name~", "Item ID": "", "Oprettet af": "", "Oprettet den": "",
        "Created by": "", "Created on": ""}, need=2),
    # Omada Identity's identity data export: upper-case attribute names run together; the
    # identity's ID is the employee number its HR source gave, MANAGER the leader's ID
    System("Omada Identity", ("IDENTITYID", "IDENTITYTYPE", "IDENTITYSTATUS", "OUNIT"), {
        "IDENTITYID": "number~", "DISPLAYNAME": "name", "FIRSTNAME": "", "LASTNAME": "",
        "EMAIL": "email", "IDENTITYSTATUS": "status", "OUNIT": "department",
        "JOBTITLE": "job_title", "MANAGER": "leader", "EMPLOYMENTSTART": "",
        "EMPLOYMENTEND": "end_date"}, need=3),
    # Odoo's employee list exported (Medarbejdere > Eksportér, Danish or English labels): the
    # employee number is the "registration number", "Coach" is a mentor, not the leader
    System("Odoo", ("Registreringsnummer for medarbejderen", "Coach", "Arbejdsmobil",
                    "Arbejds-e-mail", "Arbejdsmail", "Jobstilling", "Badge-ID"), {
        "Registreringsnummer for medarbejderen": "number", "Navn": "name",
        "Arbejds-e-mail": "email", "Arbejdsmail": "email", "Afdeling": "department",
        "Jobstilling": "job_title", "Leder": "leader", "Coach": "", "Badge-ID": "",
        "Aktiv": "active", "Virksomhed": ""}),
    System("Odoo (English)", ("Registration Number of the Employee", "Coach", "Work Mobile",
                              "Job Position", "Badge ID"), {
        "Registration Number of the Employee": "number", "Employee Name": "name",
        "Name": "name", "Work Email": "email", "Department": "department",
        "Job Position": "job_title", "Manager": "leader", "Coach": "", "Badge ID": "",
        "Active": "active", "Company": ""}),
    # Google Contacts' "Google CSV": the person's organisation is the employer, its
    # department the unit; the employee number and the manager stand in typed pairs
    # (typedpairs.py), the groups ("Fratrådte ::: * myContacts") say who has left
    System("Google Contacts", ("Given Name Yomi", "Family Name Yomi", "Group Membership",
                               "Organization 1 - Name", "Organization 1 - Department",
                               "Name Prefix"), {
        "Name": "name", "Given Name": "", "Additional Name": "", "Family Name": "",
        "Organization 1 - Department": "department", "Organization 1 - Name": "",
        "Organization 1 - Title": "job_title", "Organization 1 - Location": "",
        "Organization 1 - Type": "", "E-mail 1 - Value": "email", "E-mail 1 - Type": "",
        "Group Membership": "status"}, need=3),
    # Elite 3E's timekeeper list (law firms): the timekeeper number is the employee number,
    # the supervising partner the leader, the practice group the unit
    System("Elite 3E", ("Timekeeper", "Supervising Partner", "Rate Class", "Practice Group"), {
        "Timekeeper": "number", "Name": "name", "Title": "job_title",
        "Practice Group": "department", "Office": "", "Supervising Partner": "leader",
        "Email": "email", "Status": "status", "Rate Class": ""}),
    # Factorial's employee export: the "Company identifier" is the employee number
    System("Factorial", ("Company identifier", "Team(s)", "Terminated on", "Termination reason"),
           {"Company identifier": "number", "Full name": "name", "Team(s)": "department",
            "Manager": "leader", "Job title": "job_title", "Terminated on": "end_date",
            "Termination reason": "", "Location": "", "Email": "email"}),
    System("HiBob", ("Reports to", "Lifecycle status", "Site", "Display name"), {
        "Employee ID": "number", "Display name": "name", "First name": "", "Last name": "",
        "Reports to": "leader", "Lifecycle status": "status", "Termination date": "end_date",
        "Site": ""}),
    # PeopleSoft HCM's query output: the person's ID, the employment record's number, the
    # status as PeopleSoft's one-letter codes (EMPL_STATUS)
    System("PeopleSoft HCM", ("Empl Rcd#", "Empl Status", "Supervisor ID", "Dept ID"), {
        "Empl Rcd#": ""}, codes={"Empl Status": {
            "A": "Active", "L": "Leave of Absence", "P": "Leave With Pay", "S": "Suspended",
            "W": "Short Work Break", "T": "Terminated", "U": "Terminated With Pay",
            "V": "Terminated With Pension", "R": "Retired", "Q": "Retired With Pay",
            "X": "Retired - Pension Administration", "D": "Deceased"}}),
    # Epicor Kinetic's employee list (EmpBasic): the status as A, I or T
    System("Epicor Kinetic", ("EmpID", "EmpStatus", "JCDept", "SupervisorID", "ResourceGrpID"),
           {"JCDept": "department", "ResourceGrpID": "", "Shift": ""},
           codes={"EmpStatus": {"A": "Active", "I": "Inactive", "T": "Terminated"}}),
    # JD Edwards' address book (P01012): one book of employees, suppliers and customers told
    # apart by the search type; the supervisor by address number
    System("JD Edwards", ("Address Number", "Alpha Name", "Sch Typ", "Business Unit"), {
        "Address Number": "number", "Alpha Name": "name", "Description": "department",
        "Business Unit": "", "Sch Typ": "", "Supervisor": "leader", "Electronic Address": "email"},
        codes={"Sch Typ": {"E": "Employee", "X": "Ex-employee", "V": "Supplier",
                           "C": "Customer (external)", "F": "Facility (external)",
                           "P": "Prospect (external)"}}),
    # Zendesk's user export: the staff (agents and admins) among the customers who wrote in
    # (end-users), told apart by the role; the employee number is HR's own external ID
    System("Zendesk", ("external_id", "role", "organization", "suspended"), {
        "external_id": "number", "name": "name", "email": "email", "organization": "",
        "role": "", "suspended": ""}, need=3,
        codes={"role": {"end-user": "Customer (external)", "agent": "Agent (employee)",
                        "admin": "Admin (employee)"}}),
    # Brightspace (D2L) users at a university college: the staff (instructors, administrators)
    # among the learners, told apart by the role; the employee number is the OrgDefinedId
    System("Brightspace", ("OrgDefinedId", "Username", "OrgUnit", "Role"), {
        "OrgDefinedId": "number", "Username": "", "OrgUnit": "department", "Role": ""},
        need=3,
        codes={"Role": {"Learner": "Learner (student, external)",
                        "Student": "Student (external)",
                        "Guest Lecturer (external)": "Guest lecturer (external)",
                        "Instructor": "Instructor (employee)",
                        "Administrator": "Administrator (employee)",
                        "Teaching Assistant": "Teaching assistant (employee)"}}),
    # Harvest's people export (time tracking): its Roles are the teams people log time in,
    # the unit (HR adds the number and the leader)
    System("Harvest", ("Is Contractor", "Weekly Capacity", "Roles", "Cost Rate"), {
        "Roles": "department", "Weekly Capacity": "", "Cost Rate": "",
        "Default Billable Rate": ""}),
    # ADP Workforce Now's employee export: the "File Number" is the payroll number; the
    # "Associate ID" is ADP's own, the "Position ID" the post (the leader is given by theirs)
    System("ADP Workforce Now", ("Associate ID", "File Number", "Position ID",
                                 "Reports To Position ID", "Position Status"), {
        "File Number": "number", "Associate ID": "", "Position ID": "",
        "Reports To Position ID": "", "Reports To Name": "leader",
        "Home Department Description": "department", "Home Department Code": "",
        "Position Status": "status"}),
    # Moodle's user download: "id" is Moodle's own row number, "idnumber" the institution's
    # number for the person (HR's); the site's guest and admin have none
    System("Moodle", ("idnumber", "username", "firstname", "lastname", "institution", "icq",
                      "skype", "aim", "yahoo", "msn"), {
        "idnumber": "number", "id": "", "username": "", "institution": "", "icq": "",
        "skype": "", "aim": "", "yahoo": "", "msn": "", "url": ""}, need=4),
    # GAM's "print users" (Google Workspace from the command line): the employee ID is the
    # organisation's external ID, the manager a relation given by address
    System("GAM", ("primaryEmail", "name.givenName", "name.familyName", "orgUnitPath",
                   "externalIds.0.value", "relations.0.value"), {
        # (the typed pairs read as one column each, named by their type: typedpairs.py)
        "organization": "number", "manager": "leader", "orgUnitPath": "",
        "externalIds.0.value": "number", "externalIds.0.type": "", "relations.0.value": "leader",
        "relations.0.type": "", "organizations.0.department": "department",
        "organizations.0.title": "job_title", "organizations.0.primary": "",
        "primaryEmail": "email", "name.fullName": "name", "name.givenName": "first",
        "name.familyName": "last"}, need=3),
    # Deputy (rostering): its own "Employee Id" beside the payroll's "Payroll ID", the number;
    # the "Display Name" a short form ("Ahmed H."), the name is first and last
    System("Deputy", ("Payroll ID", "Display Name", "Main Location", "Access Level"), {
        "Payroll ID": "number", "Employee Id": "", "Display Name": "",
        "Main Location": "department", "Access Level": "", "Reports To": "leader",
        "Report To": "leader"}, need=3),
    # Epic's user records (Sundhedsplatformen, a hospital's EMP/SER extract): the unit a user
    # logs in to is their department
    System("Epic", ("EMP ID", "EMP NAME", "LOGIN DEPARTMENT", "USER TYPE"), {
        "EMP ID": "number", "EMP NAME": "name", "LOGIN DEPARTMENT": "department"}),
    # Paylocity's employee census: the status as its codes (A, L, T)
    System("Paylocity", ("Company Code", "Employee Status", "Cost Center 1",
                         "Supervisor Employee Id", "Term Date"), {
        "Cost Center 1": "", "Cost Center 1 Description": "", "Company Code": "",
        "Supervisor Employee Id": "leader_number"},
        codes={"Employee Status": {"A": "Active", "L": "Leave of Absence",
                                   "T": "Terminated"}}),
    # UKG Pro (UltiPro): the "EEID" is UKG's own key, by which the supervisor is given; the
    # employee number is "EmployeeNumber"; the status as its codes (A, L, T)
    System("UKG Pro", ("EEID", "EmploymentStatus", "OrgLevel1Code", "OrgLevel1Desc",
                       "SupervisorID", "DateOfLastHire"), {
        "EmployeeNumber": "number", "EEID": "", "SupervisorID": "leader_number",
        "CompanyCode": "", "OrgLevel1Code": "", "OrgLevel2Code": "", "OrgLevel3Code": "",
        "OrgLevel4Code": ""},
        identifiers={"EEID": "initials"},
        codes={"EmploymentStatus": {"A": "Active", "L": "Leave of Absence",
                                    "T": "Terminated"}}),
)


def unused_by(name: str, header: str) -> bool:
    """Whether the system whose export this is says the column is none of mus's (its search
    type, its business unit code): not a unit level however its cells look."""
    system = next((s for s in SYSTEMS if s.name == name), None)
    return system is not None and system.role(header) == ""


def known_codes(name: str) -> dict[str, Mapping[str, str]]:
    """The status codes of the system whose export this is, by its header normalised."""
    system = next((s for s in SYSTEMS if s.name == name), None)
    return {normalise_header(h): c for h, c in system.codes.items()} if system else {}


def recognise(headers: Sequence[str]) -> System | None:
    """The system whose export these headers are, if they show it."""
    present = {normalise_header(h) for h in headers if h}
    best: tuple[int, System] | None = None
    for system in SYSTEMS:
        hits = sum(normalise_header(m) in present for m in system.marks)
        if hits >= min(system.need, len(system.marks)) and (best is None or hits > best[0]):
            best = (hits, system)
    return best[1] if best else None
