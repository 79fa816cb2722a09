"""One small export for each system systems.py knows, in the shape that system writes it (its
headers, its status and end-date columns, its way of giving the leader), with what a correct
reading gives for every row."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

from tests.sheets.exports import Shape, csv_bytes, put, workbook, write_text


def google_workspace(path: Path) -> Path:
    """Admin console > Users > Download: [Required] headers, the manager by e-mail, a
    suspended account, the Org Unit Path (not the department)."""
    rows = [("First Name [Required]", "Last Name [Required]", "Email Address [Required]",
             "Password [Required]", "Org Unit Path [Required]", "Employee ID", "Employee Title",
             "Manager Email", "Department", "Status [READ ONLY]", "Recovery Email"),
            ("Karen", "Ravn", "karen@firma.dk", "****", "/", "G-1", "Direktør", "", "Ledelse",
             "Active", "karen@gmail.com"),
            ("Mikkel", "Juhl", "mikkel@firma.dk", "****", "/Salg", "G-2", "Sælger",
             "karen@firma.dk", "Salg", "Active", "")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def jumpcloud(path: Path) -> Path:
    """JumpCloud's user export: camelCase headers, the manager by e-mail, a state per account
    (ACTIVATED, SUSPENDED: a user who can no longer sign in), a support mailbox."""
    rows = [("username", "firstname", "lastname", "email", "employeeIdentifier", "department",
             "jobTitle", "manager", "state"),
            ("hanne.thy", "Hanne", "Thygesen", "ht@k.dk", "KL001", "Direktion", "CEO", "",
             "ACTIVATED"),
            ("support", "Support", "Kodelab", "support@k.dk", "", "Support", "", "",
             "ACTIVATED"),
            ("ulla.baek", "Ulla", "Bæk", "ub@k.dk", "KL003", "Udvikling", "Udvikler",
             "ht@k.dk", "ACTIVATED"),
            ("joenne.lykke", "Jønne", "Lykke", "jl@k.dk", "KL008", "Udvikling", "Tester",
             "ht@k.dk", "SUSPENDED")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def m365_admin(path: Path) -> Path:
    """Microsoft 365 admin center > Active users > Export users: no employee number."""
    rows = [("Block credential", "City", "Department", "Display name", "First name",
             "Last name", "Licenses", "Object Id", "Title", "Usage location",
             "User principal name"),
            ("False", "Aarhus", "HR", "Line Mortensen", "Line", "Mortensen",
             "firma:ENTERPRISEPACK", "11111111-2222-4333-8444-555555555555", "HR-konsulent",
             "DK", "line@firma.dk")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8", codecs.BOM_UTF8)


def entra(path: Path) -> Path:
    """Entra admin center > Users > Download users: camelCase, accountEnabled, a guest."""
    rows = [("userPrincipalName", "displayName", "surname", "mail", "givenName", "id",
             "userType", "jobTitle", "department", "accountEnabled", "employeeId", "ageGroup",
             "creationType"),
            ("pia@firma.dk", "Pia Lund", "Lund", "pia@firma.dk", "Pia",
             "22222222-3333-4444-8555-666666666666", "Member", "HR-chef", "HR", "True", "3000",
             "", ""),
            ("ole@firma.dk", "Ole Gammel", "Gammel", "ole@firma.dk", "Ole",
             "33333333-4444-4555-8666-777777777777", "Member", "Konsulent", "HR", "False",
             "3002", "", "")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


def active_directory(path: Path) -> Path:
    """Get-ADUser | Export-Csv: Enabled False for a leaver, the manager as a DN."""
    rows = [("Name", "GivenName", "Surname", "SamAccountName", "EmployeeID", "Department",
             "EmailAddress", "Manager", "DistinguishedName", "Enabled"),
            ("Østergaard, Jens", "Jens", "Østergaard", "JØS", "2001", "Teknik", "jos@k.dk", "",
             "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk", "True"),
            ("Kjær, Mette", "Mette", "Kjær", "MKJ", "2002", "Teknik", "mkj@k.dk",
             "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk",
             "CN=Kjær\\, Mette,OU=Ansatte,DC=k,DC=dk", "True"),
            ("Bach, Thomas", "Thomas", "Bach", "TBA", "2003", "Teknik", "tba@k.dk",
             "CN=Østergaard\\, Jens,OU=Ledere,DC=k,DC=dk",
             "CN=Bach\\, Thomas,OU=Ansatte,DC=k,DC=dk", "False")]
    text = csv_bytes(rows, ",", quote=True,
                     head=["#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser"])
    return write_text(path.with_suffix(".csv"), text, "utf-8", codecs.BOM_UTF8)


def successfactors(path: Path) -> Path:
    """The user data file: field names, then their labels; NO_MANAGER and NO_HR; the leader by
    user ID; an inactive user."""
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        put(ws, [("STATUS", "USERID", "USERNAME", "FIRSTNAME", "LASTNAME", "MI", "EMAIL",
                  "MANAGER", "HR", "DEPARTMENT", "TITLE", "EMPID"),
                 ("Status", "User ID", "Username", "First Name", "Last Name", "Middle Name",
                  "Email", "Manager", "Human Resource", "Department", "Title", "Employee Id"),
                 ("active", "u100", "kravn", "Karen", "Ravn", "Bøgh", "karen@firma.dk",
                  "NO_MANAGER", "NO_HR", "Ledelse", "CEO", "10001"),
                 ("active", "u101", "mjuhl", "Mikkel", "Juhl", "", "mikkel@firma.dk", "u100",
                  "u100", "Salg", "Sælger", "10002"),
                 ("inactive", "u102", "bfri", "Bo", "Fri", "", "bo@firma.dk", "u100",
                  "NO_HR", "Salg", "Sælger", "10003")])
    return workbook(path.with_suffix(".xlsx"), build)


def workday(path: Path) -> Path:
    """A Workers report: Worker is the name, the Supervisory Organization the department,
    Active Status and Termination Date, On Leave."""
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        put(ws, [("Employee ID", "Worker", "Legal Name", "Business Title",
                  "Supervisory Organization", "Manager", "Primary Work Email", "Active Status",
                  "On Leave", "Termination Date"),
                 ("21001", "Karen Ravn", "Karen Bøgh Ravn", "CFO", "Finance", "", "karen@w.com",
                  "Yes", "No", None),
                 ("21002", "Emma Holt", "Emma Holt", "Analyst", "Finance", "Karen Ravn",
                  "emma@w.com", "Yes", "Yes", None),
                 ("21003", "Per Gået", "Per Gået", "Analyst", "Finance", "Karen Ravn",
                  "per@w.com", "No", "No", dt.datetime(2026, 9, 30))])
    return workbook(path.with_suffix(".xlsx"), build)


def visma(path: Path) -> Path:
    """Visma Løn: department number beside its name, Ansat/Fratrådt dato."""
    rows = [("Medarbejdernr", "Navn", "Afdelingsnr", "Afdelingsnavn", "E-mail", "Ansat dato",
             "Fratrådt dato", "Nærmeste leder"),
            ("501", "Sara Lind", "10", "Drift", "sara@v.dk", "01-02-2019", "", "Kim Vest"),
            ("500", "Kim Vest", "10", "Drift", "kim@v.dk", "01-02-2015", "", ""),
            ("499", "Old Timer", "10", "Drift", "old@v.dk", "01-02-2010", "31-08-2026",
             "Kim Vest")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ";"), "cp1252")


def sd_personaleoversigt(path: Path) -> Path:
    """SD Løn's Personaleoversigt: Tjenestenummer, Ansat fra/til (31.12.9999: no end), the
    leader by Tjenestenummer, a CPR column."""
    rows = [("Tjenestenummer", "CPR-nummer", "Navn", "Institution", "Afdelingsnavn",
             "Stillingsbetegnelse", "Ansat fra", "Ansat til", "Leders tjenestenummer",
             "Arbejdsmail"),
            ("00401", "020275-4321", "Østergaard, Jens", "XY", "Løn", "Leder", "01.01.2010",
             "31.12.9999", "", "jos@kommune.dk"),
            ("00418", "010190-1234", "Kjær, Mette", "XY", "Løn", "Lønkonsulent", "01.03.2015",
             "31.12.9999", "00401", "mkj@kommune.dk"),
            ("00420", "150688-2468", "Bøgh, Søren", "XY", "Løn", "Lønkonsulent", "01.03.2015",
             "31.10.2026", "00401", "sbo@kommune.dk")]
    text = csv_bytes(rows, head=["Personaleoversigt pr. 27.11.2026"])
    return write_text(path.with_suffix(".csv"), text, "cp1252")


def kmd_opus(path: Path) -> Path:
    """KMD Opus: Org. enhed (a code) beside Org. enhed navn, Ansættelsesstatus."""
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        put(ws, [("Tjenestenr.", "Navn", "Org. enhed", "Org. enhed navn", "Nærmeste leder",
                  "Arbejdsmail", "Ansættelsesstatus"),
                 ("5001", "Anne Sørensen", "1234", "Borgerservice", "Ali Hassan",
                  "ans@aarhus.dk", "Aktiv"),
                 ("5002", "Ali Hassan", "1234", "Borgerservice", "", "aha@aarhus.dk", "Aktiv"),
                 ("5003", "Birgitte Friis", "1234", "Borgerservice", "Ali Hassan",
                  "bfr@aarhus.dk", "Orlov")])
    return workbook(path.with_suffix(".xlsx"), build)


def danlon(path: Path) -> Path:
    """Danløn: Lønperiode and Medarbejdertype, Fratrådt as a date."""
    rows = [("Medarbejdernummer", "Navn", "Afdeling", "E-mail", "Lønperiode", "Medarbejdertype",
             "Fratrådt"),
            ("12", "Lærke Holm", "Butik", "lh@firma.dk", "Månedsløn", "Funktionær", ""),
            ("13", "Frederik Møller", "Lager", "fm@firma.dk", "14-dagesløn", "Timelønnet",
             "15-10-2026")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows), "utf-8", codecs.BOM_UTF8)


def emply(path: Path) -> Path:
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        put(ws, [("MA-nr.", "Fulde navn", "Afdeling/enhed", "Stilling", "Nærmeste leder",
                  "Arbejdsmail", "Status", "Fratrædelsesdato"),
                 ("E1", "Camilla Rasmussen", "Salg", "Sælger", "Peter Larsen", "cr@firma.dk",
                  "Aktiv", None),
                 ("E2", "Peter Larsen", "Salg", "Salgschef", None, "pl@firma.dk", "Aktiv",
                  None),
                 ("E3", "Gitte Ud", "Salg", "Sælger", "Peter Larsen", "gu@firma.dk",
                  "Fratrådt", "30-06-2026")])
    return workbook(path.with_suffix(".xlsx"), build)


def personio(path: Path) -> Path:
    """Personio: its own ID (not the number), Status with leave, a termination date."""
    rows = [("ID", "First name", "Last name", "Email", "Status", "Department", "Position",
             "Supervisor", "Personnel number", "Hire date", "Termination date"),
            ("88123", "Emma", "Andersen", "ea@firma.dk", "active", "Marketing", "Specialist",
             "Niels Christiansen", "P-1017", "03/25/2019", ""),
            ("88124", "Niels", "Christiansen", "nc@firma.dk", "active", "Marketing", "Head",
             "", "P-1013", "01/15/2015", ""),
            ("88125", "Lea", "Berg", "lb@firma.dk", "leave", "Marketing", "Specialist",
             "Niels Christiansen", "P-1020", "02/01/2021", ""),
            ("88126", "Tom", "Fri", "tf@firma.dk", "inactive", "Marketing", "Specialist",
             "Niels Christiansen", "P-1021", "02/01/2021", "06/30/2026")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def hibob(path: Path) -> Path:
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        ws.title = "People"
        put(ws, [("Employee ID", "Display name", "Email", "Department", "Job title",
                  "Reports to", "Site", "Lifecycle status"),
                 ("H-1", "Ida Thomsen", "it@firma.dk", "Tech", "Engineer", "Rasmus Poulsen",
                  "Aarhus", "Employed"),
                 ("H-2", "Rasmus Poulsen", "rp@firma.dk", "Tech", "CTO", None, "Aarhus",
                  "Employed"),
                 ("H-3", "Jon Gik", "jg@firma.dk", "Tech", "Engineer", "Rasmus Poulsen",
                  "Aarhus", "Terminated")])
    return workbook(path.with_suffix(".xlsx"), build)


def zendesk(path: Path) -> Path:
    """Zendesk's user export: agents and admins (the staff, HR's number in external_id) among
    the customers who wrote in (end-users, some with no organization), a shared inbox."""
    lines = [("name", "email", "role", "organization", "external_id", "suspended",
              "user_fields.afdeling", "user_fields.teamleder"),
             ("Rasmus Kjær", "rasmus71@mail.dk", "end-user", "Webshop kunder", "", "false", "",
              ""),
             ("Niels Nørgaard", "nn@kc.dk", "admin", "Kundecentret ApS", "2764", "false",
              "Ledelse", ""),
             ("Emil Mølgaard", "emil2@outlook.dk", "end-user", "", "", "false", "", ""),
             ("Ida Petersen", "ip@kc.dk", "agent", "Kundecentret ApS", "2655", "false",
              "2nd Line", "nn@kc.dk"),
             ("Kundeservice (fælles indbakke)", "kundeservice@kc.dk", "agent",
              "Kundecentret ApS", "", "false", "1st Line", "nn@kc.dk"),
             ("Anders Thomsen", "at@kc.dk", "agent", "Kundecentret ApS", "2734", "false",
              "1st Line", "nn@kc.dk")]
    return write_text(path.with_suffix(".csv"), csv_bytes(lines, ",", quote=True), "utf-8")


def brightspace(path: Path) -> Path:
    """Brightspace (D2L) users at a university college: instructors and administrators (HR's
    number in OrgDefinedId) among learners and external guest lecturers."""
    lines = [("OrgDefinedId", "Username", "FirstName", "LastName", "Email", "Role", "OrgUnit",
              "ManagerEmail"),
             ("710000", "miso", "Mia", "Sørensen", "miso@ph.dk", "Administrator", "Ledelse", ""),
             ("710888", "soch", "Søren", "Christensen", "soch@ph.dk", "Instructor",
              "Pædagoguddannelsen", "miso@ph.dk"),
             ("830001", "s830001", "Ida", "Holm", "s830001@stud.ph.dk", "Learner",
              "Pædagoguddannelsen", ""),
             ("714079", "jobl", "Jonas", "Bloch", "jobl@ph.dk", "Instructor",
              "Pædagoguddannelsen", "miso@ph.dk"),
             ("900001", "jela", "Jesper", "Lauridsen", "jela@gmail.com",
              "Guest Lecturer (external)", "Pædagoguddannelsen", "miso@ph.dk")]
    return write_text(path.with_suffix(".csv"), csv_bytes(lines, ","), "utf-8")


def harvest(path: Path) -> Path:
    """Harvest's people export with HR's own columns added (the employee number, the leader):
    its Roles are the teams people log time in, the unit; contractors and archived people
    are no staff."""
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        ws.title = "people"
        put(ws, [("First Name", "Last Name", "Email", "Roles", "Is Contractor", "Archived",
                  "Weekly Capacity", "Cost Rate", "Medarbejdernr", "Leder"),
                 ("Camilla", "Søgaard", "cs@nordlys.dk", "Direktion", "No", "No", 37, 900,
                  "70", None),
                 ("Michael", "Larsen", "ml@nordlys.dk", "Design", "No", "No", 37, 800, "12",
                  "Camilla Søgaard"),
                 ("Anne", "Møller", "am@nordlys.dk", "Design", "No", "No", 37, 600, "97",
                  "Michael Larsen"),
                 ("Jens", "Lund", "jl@nordlys.dk", "Drift", "No", "No", 37, 800, "15",
                  "Camilla Søgaard"),
                 ("Emil", "Lykke", "el@nordlys.dk", "Drift", "No", "No", 30, 600, "85",
                  "Jens Lund"),
                 ("Lars", "Frilans", "lf@gmail.com", "Design", "Yes", "No", 20, 700, None,
                  "Michael Larsen"),
                 ("Ole", "Gået", "og@nordlys.dk", "Design", "No", "Yes", 37, 600, "44",
                  "Michael Larsen")])
    return workbook(path.with_suffix(".xlsx"), build)


def peoplesoft(path: Path) -> Path:
    """A PeopleSoft HCM query saved to Excel: the query's name over the header, names "Last,
    First", the leader by Supervisor ID, the status as PeopleSoft's codes (A active, L and P
    leave, T terminated)."""
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        ws.title = "sheet1"
        put(ws, [("DK_HR_MUS_EMPL - Medarbejdere til MUS", None, None, None, None, 5),
                 ("ID", "Empl Rcd#", "Name", "Dept ID", "Descr", "Job Title", "Supervisor ID",
                  "Business Email", "Empl Status"),
                 ("0010452", 0, "Lindberg,Åge", "DK1000", "Direktion", "Adm. direktør", None,
                  "al@tf.dk", "A"),
                 ("0010459", 0, "Kirkegaard,Claus", "DK1010", "Skadeservice", "Afdelingschef",
                  "0010452", "ck@tf.dk", "A"),
                 ("0010495", 0, "Mehta,Rahul", "DK1010", "Skadeservice", "Taksator", "0010459",
                  "rm@tf.dk", "L"),
                 ("0010481", 0, "Bak,Kim", "DK1010", "Skadeservice", "Taksator", "0010459",
                  "kb@tf.dk", "T")])
    return workbook(path.with_suffix(".xlsx"), build)


def epicor(path: Path) -> Path:
    """Epicor Kinetic's employee list (EmpBasic) as CSV: the department as code and name, the
    leader by SupervisorID, the status A or I."""
    rows = [("EmpID", "Name", "EMailAddress", "EmpStatus", "JCDept", "Shift", "SupervisorID",
             "ResourceGrpID"),
            ("E0001", "Jens Kvist", "jk@ks.dk", "A", "ADM - Administration", "1", "", "ADM1"),
            ("E0002", "Erik Thygesen", "et@ks.dk", "A", "SVE - Svejsning", "1", "E0001",
             "SVE3"),
            ("E0022", "Thomas Kristiansen", "", "I", "SVE - Svejsning", "3", "E0002", "SVE1"),
            ("E0023", "Ida Holm", "", "A", "SVE - Svejsning", "2", "E0002", "SVE1")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def adp_workforce_now(path: Path) -> Path:
    """ADP Workforce Now's employee export: ADP's own "Associate ID" before the payroll's
    "File Number" (the employee number), the leader by name and by their Position ID, US
    dates, a past Termination Date and a Leave of Absence."""
    rows = [("Position ID", "Associate ID", "File Number", "Legal First Name", "Legal Last Name",
             "Position Status", "Home Department Code", "Home Department Description",
             "Reports To Name", "Reports To Position ID", "Work Contact: Work Email",
             "Hire Date", "Termination Date"),
            ("NSH003030", "G3ZQ73XKK7", "003030", "Christian", "Nielsen", "Active", "100100",
             "Direktion", "", "", "cn@ns.com", "05/26/2009", ""),
            ("NSH003091", "G341VPJD7V", "003091", "Fatima", "Al-Sayed", "Active", "200120",
             "Crewing", "Nielsen, Christian", "NSH003030", "fa@ns.com", "09/04/2020",
             "05/14/2027"),
            ("NSH003004", "G3PQF3HQ6Y", "003004", "Nanna", "Bech", "Leave", "200120",
             "Crewing", "Nielsen, Christian", "NSH003030", "nb@ns.com", "05/26/2019", ""),
            ("NSH003011", "G3HCBTD9W7", "003011", "Ole", "Gået", "Terminated", "200120",
             "Crewing", "Nielsen, Christian", "NSH003030", "og@ns.com", "05/26/2012",
             "06/12/2026")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def moodle(path: Path) -> Path:
    """Moodle's user download: its own "id" first, the institution's "idnumber" the employee
    number, the guest and the admin without one, the leader in a custom profile field."""
    rows = [("id", "username", "email", "firstname", "lastname", "idnumber", "institution",
             "department", "icq", "skype", "aim", "yahoo", "msn", "profile_field_leder"),
            ("1", "guest", "root@localhost", "Guest user", " ", "", "", "", "", "", "", "", "",
             ""),
            ("2", "admin", "admin@hf.dk", "Admin", "User", "", "", "", "", "", "", "", "", ""),
            ("4", "kila", "kila@hf.dk", "Kirsten", "Lauridsen", "124207", "HF Syd", "Ledelse",
             "", "", "", "", "", ""),
            ("5", "hahe", "hahe@hf.dk", "Hans", "Hedegaard", "132837", "HF Syd", "Sprog", "",
             "", "", "", "", "kila@hf.dk"),
            ("6", "bosk", "bosk@hf.dk", "Bo", "Skov", "149429", "HF Syd", "Sprog", "", "", "",
             "", "", "kila@hf.dk")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def gam(path: Path) -> Path:
    """GAM's "print users": the employee ID as an external ID of type organization, the
    manager as a relation of type manager, suspended users."""
    rows = [("primaryEmail", "name.givenName", "name.familyName", "name.fullName", "orgUnitPath",
             "suspended", "externalIds.0.type", "externalIds.0.value", "relations.0.type",
             "relations.0.value", "organizations.0.department", "organizations.0.title"),
            ("chenw@f.io", "Wei", "Chen", "Wei Chen", "/Staff/Sales DK", "False", "organization",
             "E10001", "", "", "Sales DK", "Sales Director"),
            ("aased@f.io", "Åse", "Dalsgaard", "Åse Dalsgaard", "/Staff/Sales DK", "False",
             "organization", "E29841", "manager", "chenw@f.io", "Sales DK", "Konsulent"),
            ("bo@f.io", "Bo", "Ravn", "Bo Ravn", "/Staff/Sales DK", "False", "organization",
             "E29842", "manager", "chenw@f.io", "Sales DK", "Konsulent"),
            ("ole@f.io", "Ole", "Gået", "Ole Gået", "/Offboarded", "True", "organization",
             "E29843", "manager", "chenw@f.io", "Sales DK", "Konsulent")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def deputy(path: Path) -> Path:
    """Deputy's employee export: its own Employee Id before the Payroll ID (the number), a
    short Display Name, the location the unit, Active No for a leaver."""
    rows = [("Employee Id", "Payroll ID", "First Name", "Last Name", "Display Name", "Email",
             "Main Location", "Reports To", "Access Level", "Active"),
            ("101", "4012", "Morten", "Hansen", "Morten H.", "mh@k.dk", "Hovedkontor", "",
             "System Administrator", "Yes"),
            ("102", "4016", "Zofia", "Wójcik", "Zofia W.", "zw@k.dk", "Café Nord",
             "Morten Hansen", "Location Manager", "Yes"),
            ("103", "4017", "Ahmed", "Hassan", "Ahmed H.", "ah@k.dk", "Café Nord", "Zofia Wójcik",
             "Employee", "Yes"),
            ("104", "4021", "Ole", "Gået", "Ole G.", "og@k.dk", "Café Nord", "Zofia Wójcik",
             "Employee", "No")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def epic(path: Path) -> Path:
    """Epic's user records from a hospital (Sundhedsplatformen): "EFTERNAVN, FORNAVN" in
    capitals, the unit as the LOGIN DEPARTMENT, agency nurses and a test login by USER TYPE."""
    rows = [("EMP ID", "EMP NAME", "LOGIN DEPARTMENT", "USER TYPE", "MANAGER", "MANAGER EMAIL",
             "STATUS"),
            ("712200", "FRIIS, STEEN", "Afsnit 2141 Sengeafsnit", "Afdelingssygeplejerske",
             "", "", "Active"),
            ("712116", "DAMGAARD, HANNE", "Afsnit 2141 Sengeafsnit", "Sygeplejerske",
             "FRIIS, STEEN", "steen.friis@rh.dk", "Active"),
            ("712861", "DAMGAARD, EMMA", "Afsnit 2141 Sengeafsnit", "Sygeplejerske",
             "FRIIS, STEEN", "steen.friis@rh.dk", "Inactive"),
            ("713032", "BØGH, AKSEL", "Afsnit 2141 Sengeafsnit", "Lægesekretær",
             "FRIIS, STEEN", "steen.friis@rh.dk", "Active"),
            ("995500", "ANDERSEN, EBBE", "Afsnit 2141 Sengeafsnit", "Bureauvikar (ekstern)",
             "FRIIS, STEEN", "steen.friis@rh.dk", "Active"),
            ("100001", "EPICTEST, BRUGER", "Afsnit 2141 Sengeafsnit", "Testbruger", "", "",
             "Active")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def paylocity(path: Path) -> Path:
    """Paylocity's employee census: the status as its codes A, L and T (no legend), the
    supervisor by name and number, a cost centre beside the department."""
    rows = [("Company Code", "Employee Id", "Last Name", "First Name", "Employee Status",
             "Cost Center 1", "Cost Center 1 Description", "Department", "Supervisor",
             "Supervisor Employee Id", "Work Email", "Hire Date", "Term Date"),
            ("DBK01", "153", "Møller", "Birgitte", "A", "4100", "Nordic Sales", "Field Sales",
             "", "", "bm@db.com", "01/01/2009", ""),
            ("DBK01", "103", "Al-Sayed", "Fatima", "A", "4100", "Nordic Sales", "Field Sales",
             "Møller, Birgitte", "153", "fa@db.com", "01/01/2015", ""),
            ("DBK01", "163", "Bækgaard", "Jens", "L", "4100", "Nordic Sales", "Field Sales",
             "Møller, Birgitte", "153", "jb@db.com", "08/03/2015", ""),
            ("DBK01", "170", "Gået", "Ole", "T", "4100", "Nordic Sales", "Field Sales",
             "Møller, Birgitte", "153", "og@db.com", "08/03/2015", "10/31/2025")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def ukg_pro(path: Path) -> Path:
    """UKG Pro (UltiPro): UKG's own "EEID" before the "EmployeeNumber", the supervisor by
    EEID, the status as codes A, L and T, the units as OrgLevel codes beside their names."""
    rows = [("CompanyCode", "EEID", "EmployeeNumber", "LastName", "FirstName",
             "EmploymentStatus", "OrgLevel1Code", "OrgLevel1Desc", "OrgLevel2Code",
             "OrgLevel2Desc", "SupervisorID", "EmailAddress", "DateOfLastHire",
             "DateOfTermination"),
            ("CDK", "E9M3KA0L9H", "10001", "Holm", "Ida", "A", "EXE", "Executive", "", "",
             "", "ih@c.com", "2010-01-04T00:00:00", ""),
            ("CDK", "I5TTSITDIU", "10126", "Møller", "Anders", "A", "OPS", "Operations", "TEC",
             "Technology", "E9M3KA0L9H", "am@c.com", "2012-05-02T00:00:00", ""),
            ("CDK", "AJQ2EU3QSV", "10736", "Møller", "Bodil", "L", "EXE", "Executive", "FIN",
             "Finance", "E9M3KA0L9H", "bm@c.com", "2026-03-20T00:00:00", ""),
            ("CDK", "ZZQ2EU3QSV", "10740", "Gået", "Ole", "T", "EXE", "Executive", "FIN",
             "Finance", "E9M3KA0L9H", "og@c.com", "2016-03-20T00:00:00",
             "2025-09-26T00:00:00")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


def jd_edwards(path: Path) -> Path:
    """JD Edwards' address book: employees (E), suppliers (V) and customers (C) in one book,
    "Last, First" names, the business unit's code padded with spaces, its description the
    unit, the supervisor by address number."""
    def build(wb: object) -> None:
        ws = wb.active  # type: ignore[attr-defined]
        ws.title = "Address Book"
        put(ws, [("Address Number", "Alpha Name", "Sch Typ", "Business Unit", "Description",
                  "Supervisor", "Electronic Address"),
                 (1200, "Juhl, Susanne", "E", "       400", "Direktion", None, "sj@hm.dk"),
                 (1202, "Jensen, Per Ole", "E", "       410", "Svejsning", 1200, "pj@hm.dk"),
                 (1230, "Holm, Ida", "E", "       410", "Svejsning", 1202, "ih@hm.dk"),
                 (20000, "Würth Danmark A/S", "V", None, None, None, "ordre@wurth.dk"),
                 (20111, "Vestas Wind Systems A/S", "C", None, None, None, None)])
    return workbook(path.with_suffix(".xlsx"), build)


def sharepoint(path: Path) -> Path:
    """A SharePoint list of the staff exported to CSV: the person is each item's "Title", the
    list's own columns follow, then SharePoint's Modified, Created By, Item Type and Path."""
    rows = [("Title", "Medarbejdernummer", "Afdeling", "Leder", "Leder e-mail", "Modified",
             "Created By", "Item Type", "Path"),
            ("Bent Bøgh Ravn", "4401", "Direktion", "", "", "11/17/2026 2:14 PM", "Lone HR",
             "Item", "sites/HR/Lists/Medarbejdere"),
            ("Arkiv 2025", "", "", "", "", "1/3/2026 9:02 AM", "Lone HR", "Folder",
             "sites/HR/Lists/Medarbejdere"),  # a folder of the list: no person
            ("Bjørn Kragh", "4402", "Vand", "Bent Bøgh Ravn", "bbr@n.dk", "11/17/2026 2:14 PM",
             "Lone HR", "Item", "sites/HR/Lists/Medarbejdere")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8-sig")


def sharepoint_dansk(path: Path) -> Path:
    """The same list from a Danish SharePoint (Titel, Elementtype, Sti), as Excel's query
    brings it in: the leavers kept in a folder "Fratrådte", whose path says so."""
    rows = [("Titel", "Medarbejdernr", "Afdeling", "Leder", "E-mail", "Elementtype", "Sti"),
            ("Fratrådte", None, None, None, None, "Mappe", "sites/HR/Lists/Medarbejdere"),
            ("Esben Thygesen", "201", "Ledelse", None, "et@k.dk", "Element",
             "sites/HR/Lists/Medarbejdere"),
            ("Ida Holm", "202", "Café", "Esben Thygesen", "ih@k.dk", "Element",
             "sites/HR/Lists/Medarbejdere"),
            ("Bo Dam", "203", "Café", "Esben Thygesen", "bd@k.dk", "Element",
             "sites/HR/Lists/Medarbejdere/Fratrådte")]
    return workbook(path.with_suffix(".xlsx"), lambda wb: put(wb.active, rows))


def workday_norsk(path: Path) -> Path:
    """Workday with Norwegian labels: "Arbeider" is the worker's name, the supervisory
    organisation is written with its manager in brackets."""
    rows = [("Ansatt-ID", "Arbeider", "Overordnet organisasjon", "Stillingstittel",
             "E-post – arbeid", "Leder", "Arbeidstakertype", "Status"),
            ("21001", "Torben Mølgaard", "Ledelse", "Direktør", "tm@f.no", None, "Fast ansatt",
             "Aktiv"),
            ("21002", "Karen Kjær", "Regnskap", "Regnskapssjef", "kk@f.no", "Torben Mølgaard",
             "Fast ansatt", "Aktiv"),
            ("21003", "Lise Skov", "Regnskap", "Lønnsansvarlig", "ls@f.no", "Karen Kjær",
             "Fast ansatt", "Sluttet")]
    return workbook(path.with_suffix(".xlsx"), lambda wb: put(wb.active, rows))


def planday(path: Path) -> Path:
    """Planday: the payroll number is the "Salary identifier"; "Departments" lists every
    department someone works in, "Primary department" the one that is theirs; Deactivated."""
    rows = [("Salary identifier", "First name", "Last name", "Email", "Departments",
             "Primary department", "Employee groups", "Status", "Nærmeste leder"),
            (101, "Niels", "Hvid", "nh@c.dk", "Ledelse, Køkken", "Ledelse", "Leder", "Active",
             None),
            (102, "Mads", "Bøgh Ravn", "mb@c.dk", "Køkken, Bar", "Køkken", "Timelønnet",
             "Active", "Niels Hvid"),
            (103, "Ida", "Lund", "il@c.dk", "Bar", "Bar", "Timelønnet", "Deactivated",
             "Niels Hvid")]
    return workbook(path.with_suffix(".xlsx"), lambda wb: put(wb.active, rows))


def planday_dansk(path: Path) -> Path:
    """Planday with Danish labels: "Afdelinger" lists every shop someone works in, "Primær
    afdeling" the one that is theirs; "Medarbejder-ID" is Planday's own number, used where the
    export has no "Lønnummer"."""
    rows = [("Medarbejder-ID", "Fornavn", "Efternavn", "E-mail", "Medarbejdergrupper",
             "Afdelinger", "Primær afdeling", "Nærmeste leder", "Deaktiveret"),
            ("3180211", "Anna Sofie", "Friis", "af@b.dk", "Ejer", "Hovedkontor", "Hovedkontor",
             "", "Nej"),
            ("3180479", "Mads", "Holm", "mh@b.dk", "Barista", "Østerbro, Frederiksberg",
             "Østerbro", "Anna Sofie Friis", "Nej")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8-sig")


def trello(path: Path) -> Path:
    """A Trello board of one card a person: the custom fields give number, leader and e-mail,
    the list a card is in is the team, the members are HR's own user names, an archived card
    someone who left."""
    rows = [("Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members",
             "List Name", "Archived", "Medarbejdernr.", "Leder", "E-mail"),
            ("a1", "Niels Lykke", "https://trello.com/c/1", "", "", "", "Ledelse", "false",
             "61", "", "nl@r.dk"),
            ("a2", "Rasmus Holm", "https://trello.com/c/2", "", "", "nielshr", "Kreativ",
             "false", "62", "Niels Lykke", "rh@r.dk"),
            ("a3", "Ida Sand", "https://trello.com/c/3", "", "Barsel", "rasmushr", "Kreativ",
             "false", "63", "Rasmus Holm", "is@r.dk"),
            ("a4", "Bo Dam", "https://trello.com/c/4", "", "", "rasmushr", "Kreativ", "true",
             "64", "Rasmus Holm", "bd@r.dk")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def outlook_contacts(path: Path) -> Path:
    """Outlook's contacts exported to CSV (Windows-1252, every field quoted): the number in
    "Organizational ID Number", "Title" a salutation, a double first name split into First and
    Middle Name, a supplier's key account manager and a meeting room among the staff."""
    head = ("Title", "First Name", "Middle Name", "Last Name", "Company", "Department",
            "Job Title", "Business Street", "E-mail Address", "E-mail Type",
            "E-mail Display Name", "Manager's Name", "Assistant's Name",
            "Organizational ID Number", "Categories")
    rows = [head,
            ("", "Katrine", "", "Ravn", "Hedeplast A/S", "Direktion", "Direktør",
             "Industrivej 14", "kr@hp.dk", "SMTP", "Katrine Ravn (kr@hp.dk)", "", "", "2349",
             "Medarbejdere"),
            ("Fru", "Jens", "Peter", "Brødsgaard", "Hedeplast A/S", "Lakering", "Formand",
             "Industrivej 14", "jpb@hp.dk", "SMTP", "", "Katrine Ravn", "", "2358",
             "Medarbejdere"),
            ("", "Aksel", "", "Møller", "Brdr. Dahl A/S", "", "Key account manager", "",
             "am@dahl.dk", "SMTP", "", "", "", "", "Leverandører"),
            ("", "Mødelokale", "", "Ikast", "Hedeplast A/S", "", "", "", "moede@hp.dk", "SMTP",
             "", "", "", "", "Lokaler")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "cp1252")


def outlook_kontakter(path: Path) -> Path:
    """The same from a Danish Outlook: Danish labels, "Kategorier" of "Personale" and
    "Eksterne" (the parents' board, the caretaker), and "Bo" at bot@…, who is no bot."""
    head = ("Titel", "Fornavn", "Mellemnavn", "Efternavn", "Firma", "Afdeling", "Stilling",
            "Gade (arbejde)", "Kategorier", "Leders navn", "Mail-adresse", "Mail - type",
            "Mail - vist navn", "Organisations-id-nummer")
    rows = [head,
            ("", "Julie", "", "Kristiansen", "Børnehuset Kløver", "Ledelse", "Leder",
             "Kløvervej 12", "Personale", "", "jk@kl.dk", "SMTP", "", "40"),
            ("", "Bo", "", "Thomsen", "Børnehuset Kløver", "Solsikken", "Pædagog",
             "Kløvervej 12", "Personale", "Julie Kristiansen", "bot@kl.dk", "SMTP", "", "59"),
            ("", "Anne", "Marie", "Holm", "Børnehuset Kløver", "Solsikken", "Pædagog",
             "Kløvervej 12", "Personale", "Julie Kristiansen", "amh@kl.dk", "SMTP", "", "61"),
            ("", "Jan", "", "Thorsen", "", "", "Vicevært", "", "Eksterne", "", "jan@ts.dk",
             "SMTP", "", ""),
            ("", "Lene", "", "Krog", "Børnehuset Kløver", "Solsikken", "Pædagog",
             "Kløvervej 12", "Personale", "Julie Kristiansen", "lk@kl.dk", "SMTP", "", "62")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "cp1252")


def podio(path: Path) -> Path:
    """A Podio app exported to CSV: the person's name in the item's title field ("Titel"), the
    e-mail field as "Arbejde: address", Podio's own "Item ID" and who made the item."""
    rows = [("Titel", "Medarbejdernr.", "Afdeling", "Stilling", "E-mail", "Leder", "Status",
             "Oprettet af", "Oprettet den", "Item ID"),
            ("Sara Kjær", "917", "Direktion", "Direktør", "Arbejde: sk@gf.dk", "", "Ansat",
             "Peter Holm", "2016-03-01 09:27:00", "2125335199"),
            ("Peter Holm", "920", "Direktion", "HR", "Arbejde: ph@gf.dk", "Sara Kjær", "Ansat",
             "Peter Holm", "2016-03-01 09:29:00", "2125345987"),
            ("Ole Bøgh", "907", "Administration", "Rådgiver", "Arbejde: ob@gf.dk", "Peter Holm",
             "Fratrådt", "Peter Holm", "2016-03-01 09:11:00", "2125349594")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def omada(path: Path) -> Path:
    """Omada Identity's identity export: upper-case attributes run together, the leader by
    their IDENTITYID, a contractor, a service identity (a robot), an identity made inactive."""
    rows = [("IDENTITYID", "DISPLAYNAME", "FIRSTNAME", "LASTNAME", "EMAIL", "IDENTITYTYPE",
             "IDENTITYSTATUS", "OUNIT", "JOBTITLE", "MANAGER", "EMPLOYMENTSTART",
             "EMPLOYMENTEND"),
            ("TF10167", "Lene Christensen", "Lene", "Christensen", "lc@t.dk", "Employee",
             "Active", "Direktion", "Direktør", "", "2001-02-21", ""),
            ("TF10368", "Stine Kofoed", "Stine", "Kofoed", "sk@t.dk", "Employee", "Active",
             "Skade Privat", "Skadebehandler", "TF10167", "2005-03-01", ""),
            ("EXT500", "Ole Thy", "Ole", "Thy", "ot@t.dk", "Contractor", "Active",
             "Skade Privat", "Konsulent", "TF10167", "2020-01-01", ""),
            ("SVC001", "Robot Skadeflow", "Robot", "Skadeflow", "rpa@t.dk", "Service", "Active",
             "Skade Privat", "RPA", "TF10167", "2021-01-01", ""),
            ("TF10400", "Bo Dam", "Bo", "Dam", "bd@t.dk", "Employee", "Inactive",
             "Skade Privat", "Skadebehandler", "TF10167", "2010-01-01", "2026-06-30"),
            ("TF10401", "Eva Ry", "Eva", "Ry", "er@t.dk", "Employee", "Active",
             "Skade Privat", "Skadebehandler", "TF10167", "2012-01-01", "")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


def odoo(path: Path) -> Path:
    """Odoo's employee list exported with Danish labels: the number is the "registration
    number", "Coach" a mentor beside the leader, Aktiv False an archived leaver, every field
    quoted."""
    rows = [("Registreringsnummer for medarbejderen", "Navn", "Arbejds-e-mail", "Afdeling",
             "Jobstilling", "Leder", "Coach", "Aktiv"),
            ("0260", "Agnes Bech", "ab@nf.dk", "Forsyning / Drift", "Driftschef", "", "",
             "True"),
            ("0072", "Ane Vest", "av@nf.dk", "Forsyning / Drift / Vand", "Tekniker",
             "Agnes Bech", "Bo Lund", "True"),
            ("0247", "Bo Lund", "bl@nf.dk", "Forsyning / Drift / Vand", "Tekniker",
             "Agnes Bech", "", "False")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ",", quote=True), "utf-8")


def odoo_english(path: Path) -> Path:
    """The same from an English Odoo, as a workbook."""
    rows = [("Employee Name", "Work Email", "Department", "Job Position", "Manager", "Coach",
             "Registration Number of the Employee", "Active"),
            ("Agnes Bech", "ab@nf.dk", "Operations", "Head", None, None, "0260", True),
            ("Ane Vest", "av@nf.dk", "Operations", "Technician", "Agnes Bech", "Bo Lund",
             "0072", True),
            ("Bo Lund", "bl@nf.dk", "Operations", "Technician", "Agnes Bech", None, "0247",
             False)]
    return workbook(path.with_suffix(".xlsx"), lambda wb: put(wb.active, rows))


def google_contacts(path: Path) -> Path:
    """Google Contacts' "Google CSV": the number and the manager in typed pairs, the unit as the
    organisation's department, leavers and suppliers by their group."""
    head = ("Name", "Given Name", "Family Name", "Name Prefix", "Given Name Yomi",
            "Family Name Yomi", "Initials", "Group Membership", "E-mail 1 - Type",
            "E-mail 1 - Value",
            "Organization 1 - Name", "Organization 1 - Title", "Organization 1 - Department",
            "Relation 1 - Type", "Relation 1 - Value", "Custom Field 1 - Type",
            "Custom Field 1 - Value")
    def person(name: str, group: str, unit: str, leader: str, number: str) -> tuple[str, ...]:
        first, last = name.split(" ", 1)
        return (name, first, last, "", "", "", "", f"{group} ::: * myContacts", "* Work",
                f"{first.lower()}@hb.dk", "Havnby Bibliotekerne", "Bibliotekar", unit,
                "Manager" if leader else "", leader, "Medarbejdernr.", number)
    rows = [head, person("Lise Johansen", "Personale", "Ledelse", "", "5521"),
            person("Jakob Jørgensen", "Personale", "Børnebiblioteket", "Lise Johansen", "5522"),
            person("Amira Haddad", "Personale", "Børnebiblioteket", "Jakob Jørgensen", "5793"),
            person("Ole Berg", "Fratrådte", "Børnebiblioteket", "Jakob Jørgensen", "5100")]
    return write_text(path.with_suffix(".csv"), csv_bytes(rows, ","), "utf-8")


def elite_3e(path: Path) -> Path:
    """Elite 3E's timekeeper list: title rows, names surname first, the supervising partner as
    the leader, Inactive timekeepers."""
    return workbook(path.with_suffix(".xlsx"), lambda wb: put(wb.active, [
        ("Timekeeper List – Active and Inactive",), ("Run date: 04-12-2026 07:12",),
        ("Timekeeper", "Name", "Title", "Practice Group", "Office", "Supervising Partner",
         "Email", "Status", "Rate Class"),
        ("0599", "Bach, Laura", "Partner", "Proces", "København", "", "lb@l.dk", "Active", "A"),
        ("0610", "Holm, Jens", "Advokat", "Proces", "København", "Bach, Laura", "jh@l.dk",
         "Active", "B"),
        ("0611", "Dam, Eva", "Advokat", "Proces", "Aarhus", "Bach, Laura", "ed@l.dk",
         "Inactive", "B")]))


def factorial(path: Path) -> Path:
    """Factorial's employee export: the "Company identifier" is the number, a team the unit, a
    termination day gone by a leaver."""
    return workbook(path.with_suffix(".xlsx"), lambda wb: put(wb.active, [
        ("Full name", "Email", "Company identifier", "Team(s)", "Location", "Manager",
         "Job title", "Terminated on", "Termination reason"),
        ("Søren Iversen", "si@v.dk", "2001", "Ledelse", "Herning", None, "Direktør", None, None),
        ("Poul Jensen", "pj@v.dk", "2081", "Produktion", "Herning", "Søren Iversen",
         "Operatør", None, None),
        ("Lars Holm", "lh@v.dk", "2077", "Produktion", "Herning", "Søren Iversen", "Operatør",
         dt.datetime(2026, 9, 30), "Resignation")]))


SYSTEM_SHAPES = [
    (Shape("google-workspace", google_workspace, [
        ("G-1", "Karen Ravn", "Ledelse", "", ""),
        ("G-2", "Mikkel Juhl", "Salg", "Karen Ravn", "karen@firma.dk")]), "Google Workspace"),
    (Shape("m365-admin", m365_admin, refused=[
        "row 1: No column with the employee number was found in this Microsoft 365 admin "
        "center export. The admin center's user export holds no employee number and no "
        "manager."]), "Microsoft 365 admin center"),
    (Shape("entra", entra, [("3000", "Pia Lund", "HR", "", "")]), "Microsoft Entra ID"),
    (Shape("jumpcloud", jumpcloud, [("KL001", "Hanne Thygesen", "Direktion", "", ""),
                                    ("KL003", "Ulla Bæk", "Udvikling", "Hanne Thygesen",
                                     "ht@k.dk")]), "JumpCloud"),
    (Shape("sharepoint", sharepoint, [("4401", "Bent Bøgh Ravn", "Direktion", "", ""),
                                      ("4402", "Bjørn Kragh", "Vand", "Bent Bøgh Ravn",
                                       "bbr@n.dk")]), "SharePoint list"),
    (Shape("sharepoint-dansk", sharepoint_dansk, [
        ("201", "Esben Thygesen", "Ledelse", "", ""),
        ("202", "Ida Holm", "Café", "Esben Thygesen", "et@k.dk")]), "SharePoint-liste"),
    (Shape("workday-norsk", workday_norsk, [
        ("21001", "Torben Mølgaard", "Ledelse", "", ""),
        ("21002", "Karen Kjær", "Regnskap", "Torben Mølgaard", "tm@f.no")]), "Workday (norsk)"),
    (Shape("outlook-contacts", outlook_contacts, [
        ("2349", "Katrine Ravn", "Direktion", "", ""),
        ("2358", "Jens Peter Brødsgaard", "Lakering", "Katrine Ravn", "kr@hp.dk")]),
     "Outlook contacts"),
    (Shape("outlook-kontakter", outlook_kontakter, [
        ("40", "Julie Kristiansen", "Ledelse", "", ""),
        ("59", "Bo Thomsen", "Solsikken", "Julie Kristiansen", "jk@kl.dk"),
        ("61", "Anne Marie Holm", "Solsikken", "Julie Kristiansen", "jk@kl.dk"),
        ("62", "Lene Krog", "Solsikken", "Julie Kristiansen", "jk@kl.dk")]),
     "Outlook-kontakter"),
    (Shape("podio", podio, [("917", "Sara Kjær", "Direktion", "", ""),
                            ("920", "Peter Holm", "Direktion", "Sara Kjær", "sk@gf.dk")]),
     "Podio"),
    (Shape("omada", omada, [("TF10167", "Lene Christensen", "Direktion", "", ""),
                            ("TF10368", "Stine Kofoed", "Skade Privat", "Lene Christensen",
                             "lc@t.dk"),
                            ("TF10401", "Eva Ry", "Skade Privat", "Lene Christensen",
                             "lc@t.dk")]), "Omada Identity"),
    (Shape("odoo", odoo, [("0260", "Agnes Bech", "Drift", "", ""),
                          ("0072", "Ane Vest", "Vand", "Agnes Bech",
                           "ab@nf.dk")]), "Odoo"),
    (Shape("odoo-english", odoo_english, [("0260", "Agnes Bech", "Operations", "", ""),
                                          ("0072", "Ane Vest", "Operations", "Agnes Bech",
                                           "ab@nf.dk")]), "Odoo (English)"),
    (Shape("google-contacts", google_contacts, [
        ("5521", "Lise Johansen", "Ledelse", "", ""),
        ("5522", "Jakob Jørgensen", "Børnebiblioteket", "Lise Johansen", "lise@hb.dk"),
        ("5793", "Amira Haddad", "Børnebiblioteket", "Jakob Jørgensen", "jakob@hb.dk")]),
     "Google Contacts"),
    (Shape("elite-3e", elite_3e, [("0599", "Laura Bach", "Proces", "", ""),
                                  ("0610", "Jens Holm", "Proces", "Laura Bach", "lb@l.dk")]),
     "Elite 3E"),
    (Shape("factorial", factorial, [("2001", "Søren Iversen", "Ledelse", "", ""),
                                    ("2081", "Poul Jensen", "Produktion", "Søren Iversen",
                                     "si@v.dk")]), "Factorial"),
    (Shape("planday", planday, [("101", "Niels Hvid", "Ledelse", "", ""),
                                ("102", "Mads Bøgh Ravn", "Køkken", "Niels Hvid", "nh@c.dk")]),
     "Planday"),
    (Shape("planday-dansk", planday_dansk, [
        ("3180211", "Anna Sofie Friis", "Hovedkontor", "", ""),
        ("3180479", "Mads Holm", "Østerbro", "Anna Sofie Friis", "af@b.dk")]),
     "Planday (dansk)"),
    (Shape("trello", trello, [("61", "Niels Lykke", "Ledelse", "", ""),
                              ("62", "Rasmus Holm", "Kreativ", "Niels Lykke", "nl@r.dk"),
                              ("63", "Ida Sand", "Kreativ", "Rasmus Holm", "rh@r.dk")]),
     "Trello"),
    (Shape("active-directory", active_directory, [
        ("2001", "Jens Østergaard", "Teknik", "", ""),
        ("2002", "Mette Kjær", "Teknik", "Jens Østergaard", "jos@k.dk")]), "Active Directory"),
    (Shape("successfactors", successfactors, [
        ("10001", "Karen Bøgh Ravn", "Ledelse", "", ""),
        ("10002", "Mikkel Juhl", "Salg", "Karen Bøgh Ravn", "karen@firma.dk")]),
     "SAP SuccessFactors"),
    (Shape("workday", workday, [
        ("21001", "Karen Ravn", "Finance", "", ""),
        ("21002", "Emma Holt", "Finance", "Karen Ravn", "karen@w.com")]), "Workday"),
    (Shape("visma", visma, [("501", "Sara Lind", "Drift", "Kim Vest", "kim@v.dk"),
                            ("500", "Kim Vest", "Drift", "", "")]), "Visma"),
    (Shape("sd-personaleoversigt", sd_personaleoversigt, [
        ("00401", "Jens Østergaard", "Løn", "", ""),
        ("00418", "Mette Kjær", "Løn", "Jens Østergaard", "jos@kommune.dk")]), "SD Løn"),
    (Shape("kmd-opus", kmd_opus, [
        ("5001", "Anne Sørensen", "Borgerservice", "Ali Hassan", "aha@aarhus.dk"),
        ("5002", "Ali Hassan", "Borgerservice", "", ""),
        ("5003", "Birgitte Friis", "Borgerservice", "Ali Hassan", "aha@aarhus.dk")]),
     "KMD Opus"),
    (Shape("danlon", danlon, [("12", "Lærke Holm", "Butik", "", "")]), "Danløn"),
    (Shape("emply", emply, [("E1", "Camilla Rasmussen", "Salg", "Peter Larsen", "pl@firma.dk"),
                            ("E2", "Peter Larsen", "Salg", "", "")]), "Emply"),
    (Shape("personio", personio, [
        ("P-1017", "Emma Andersen", "Marketing", "Niels Christiansen", "nc@firma.dk"),
        ("P-1013", "Niels Christiansen", "Marketing", "", ""),
        ("P-1020", "Lea Berg", "Marketing", "Niels Christiansen", "nc@firma.dk")]), "Personio"),
    (Shape("hibob", hibob, [("H-1", "Ida Thomsen", "Tech", "Rasmus Poulsen", "rp@firma.dk"),
                            ("H-2", "Rasmus Poulsen", "Tech", "", "")]), "HiBob"),
    (Shape("harvest", harvest, [
        ("70", "Camilla Søgaard", "Direktion", "", ""),
        ("12", "Michael Larsen", "Design", "Camilla Søgaard", "cs@nordlys.dk"),
        ("97", "Anne Møller", "Design", "Michael Larsen", "ml@nordlys.dk"),
        ("15", "Jens Lund", "Drift", "Camilla Søgaard", "cs@nordlys.dk"),
        ("85", "Emil Lykke", "Drift", "Jens Lund", "jl@nordlys.dk")]), "Harvest"),
    (Shape("zendesk", zendesk, [
        ("2764", "Niels Nørgaard", "Ledelse", "", ""),
        ("2655", "Ida Petersen", "2nd Line", "Niels Nørgaard", "nn@kc.dk"),
        ("2734", "Anders Thomsen", "1st Line", "Niels Nørgaard", "nn@kc.dk")]), "Zendesk"),
    (Shape("brightspace", brightspace, [
        ("710000", "Mia Sørensen", "Ledelse", "", ""),
        ("710888", "Søren Christensen", "Pædagoguddannelsen", "Mia Sørensen", "miso@ph.dk"),
        ("714079", "Jonas Bloch", "Pædagoguddannelsen", "Mia Sørensen", "miso@ph.dk")]),
     "Brightspace"),
    (Shape("jd-edwards", jd_edwards, [
        ("1200", "Susanne Juhl", "Direktion", "", ""),
        ("1202", "Per Ole Jensen", "Svejsning", "Susanne Juhl", "sj@hm.dk"),
        ("1230", "Ida Holm", "Svejsning", "Per Ole Jensen", "pj@hm.dk")]), "JD Edwards"),
    (Shape("peoplesoft", peoplesoft, [
        ("0010452", "Åge Lindberg", "Direktion", "", ""),
        ("0010459", "Claus Kirkegaard", "Skadeservice", "Åge Lindberg", "al@tf.dk"),
        ("0010495", "Rahul Mehta", "Skadeservice", "Claus Kirkegaard", "ck@tf.dk")]),
     "PeopleSoft HCM"),
    (Shape("epicor", epicor, [
        ("E0001", "Jens Kvist", "ADM - Administration", "", ""),
        ("E0002", "Erik Thygesen", "SVE - Svejsning", "Jens Kvist", "jk@ks.dk"),
        ("E0023", "Ida Holm", "SVE - Svejsning", "Erik Thygesen", "et@ks.dk")]), "Epicor Kinetic"),
    (Shape("adp-workforce-now", adp_workforce_now, [
        ("003030", "Christian Nielsen", "Direktion", "", ""),
        ("003091", "Fatima Al-Sayed", "Crewing", "Christian Nielsen", "cn@ns.com"),
        ("003004", "Nanna Bech", "Crewing", "Christian Nielsen", "cn@ns.com")]),
     "ADP Workforce Now"),
    (Shape("moodle", moodle, [
        ("124207", "Kirsten Lauridsen", "Ledelse", "", ""),
        ("132837", "Hans Hedegaard", "Sprog", "Kirsten Lauridsen", "kila@hf.dk"),
        ("149429", "Bo Skov", "Sprog", "Kirsten Lauridsen", "kila@hf.dk")]), "Moodle"),
    (Shape("gam", gam, [
        ("E10001", "Wei Chen", "Sales DK", "", ""),
        ("E29841", "Åse Dalsgaard", "Sales DK", "Wei Chen", "chenw@f.io"),
        ("E29842", "Bo Ravn", "Sales DK", "Wei Chen", "chenw@f.io")]), "GAM"),
    (Shape("deputy", deputy, [
        ("4012", "Morten Hansen", "Hovedkontor", "", ""),
        ("4016", "Zofia Wójcik", "Café Nord", "Morten Hansen", "mh@k.dk"),
        ("4017", "Ahmed Hassan", "Café Nord", "Zofia Wójcik", "zw@k.dk")]), "Deputy"),
    (Shape("epic", epic, [
        ("712200", "STEEN FRIIS", "Afsnit 2141 Sengeafsnit", "", ""),
        ("712116", "HANNE DAMGAARD", "Afsnit 2141 Sengeafsnit", "STEEN FRIIS", "steen.friis@rh.dk"),
        ("713032", "AKSEL BØGH", "Afsnit 2141 Sengeafsnit", "STEEN FRIIS", "steen.friis@rh.dk")]),
     "Epic"),
    (Shape("paylocity", paylocity, [
        ("153", "Birgitte Møller", "Field Sales", "", ""),
        ("103", "Fatima Al-Sayed", "Field Sales", "Birgitte Møller", "bm@db.com"),
        ("163", "Jens Bækgaard", "Field Sales", "Birgitte Møller", "bm@db.com")]), "Paylocity"),
    (Shape("ukg-pro", ukg_pro, [
        ("10001", "Ida Holm", "Executive", "", ""),
        ("10126", "Anders Møller", "Technology", "Ida Holm", "ih@c.com"),
        ("10736", "Bodil Møller", "Finance", "Ida Holm", "ih@c.com")]), "UKG Pro"),
]
