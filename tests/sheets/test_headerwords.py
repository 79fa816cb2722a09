"""Headers no list names are read by their words, the way a person reads them; headers that name
something else name no field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.sheets import read_employee_list
from pipeline.sheets.columns import field_role
from pipeline.sheets.headerwords import header_words, inferred_role


@pytest.mark.parametrize(("header", "key"), [
    ("Employee #", "number"), ("Staff no.", "number"), ("Emp No", "number"),
    ("Person ID External", "number"), ("Registration Number of the Employee", "number"),
    ("Medarbejder-nr.", "number"), ("Tjenestenummer", "number"),
    ("Leder (tjenestenr.)", "leader_number"), ("Manager User ID", "leader_number"),
    ("Supervisor Employee #", "leader_number"), ("Reports To Associate ID", "leader_number"),
    ("ManagerID", "leader_number"),
    ("Manager Email", "leader_email"), ("Line manager email", "leader_email"),
    ("Nærmeste leder E-mail", "leader_email"), ("Email of manager", "leader_email"),
    ("Line manager", "leader"), ("Chef", "leader"), ("Reports To Name", "leader"),
    ("Afdelingsleder", "leader"), ("Department manager", "leader"),
    ("Email Address [Required]", "email"), ("Work Contact: Work Email", "email"),
    ("Primary Work Email", "email"), ("Mailadresse", "email"),
    ("First Name [Required]", "first"), ("Forename", "first"), ("Legal Last Name", "last"),
    ("Mellemnavn", "middle"), ("Worker", "name"), ("Employee name", "name"),
    ("Last name, First name", "name_reversed"), ("Redaktion", "department"),
    ("Refererer til", "leader"), ("Rapporterar till", "leader"), ("BNR", "number"),
    ("B-nummer", "number"),
    ("Home Department Description", "department"), ("Supervisory Organization", "department"),
    ("Departments", "department"), ("Org. enhed", "department"),
    ("Business Title", "job_title"), ("Job Title Description", "job_title"),
    ("Review date", "meeting_date"), ("Dato for MUS", "meeting_date"),
    ("Position Status", "status"), ("Lifecycle status", "status"),
    ("Status [READ ONLY]", "status"),
    ("Fratrædelsesdato", "end_date"), ("Termination Date", "end_date"),
    ("Ansat til", "end_date"), ("Last day of work", "end_date"),
    ("Sidste arbejdsdag", "end_date"), ("Deactivated at", "end_date"),
    ("Kontraktudløb", "end_date"),
    ("Active", "active"), ("accountEnabled", "active"),
    ("On Leave", "leave"), ("Orlov", "leave"), ("Leave type", "leave"),
    ("Orlov til", "leave"), ("Leave end date", "leave"), ("Barselsorlov slut", "leave"),
    ("Orlov fra", "leave_start"), ("Leave start", "leave_start"),
    ("Tj.nr.", "number"), ("Ressourcenr.", "number"), ("Leder (ressourcenr.)", "leader_number"),
    ("Butikschef", "leader"), ("Ledelseslinje", "leader"), ("Chefnr.", "leader_number"),
    ("Nærmeste leder (initialer)", "leader"), ("ou", "department"),
    ("Org Level 1 Description", "department"), ("Global dimension 1-kode", "department"),
    ("Afdeling (gammel)", "department"), ("Preferred name", "name"), ("Kaldenavn", "name"),
])
def test_a_header_is_read_by_its_words(header: str, key: str) -> None:
    role = field_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", [
    "Private email", "Personal Email", "Privat e-mail", "Phone number", "Mobile Phone",
    "Cost centre", "Employee group", "Employee Type", "Leders afdeling", "Manager's title",
    "Hire Date", "Ansat fra", "Ansættelsesdato", "MUS status", "Human Resource",
    "HR", "Løntrin", "Er leder", "Is manager", "Leder ja/nej", "Org Unit Path",
    "Medarbejderoversigt – Aarhus Kommune", "MUS 2027 – medarbejderliste",
    "Udskrevet 27-11-2026", "Brugernavn", "user_name", "Stillingsnr.", "Position ID",
    "Job level", "Coach", "Mentor", "Stedfortræder", "Leders leder", "Manager's Manager",
    "Assistant's Name", "lastLogin",
    # the company's registration number, the same on every row: no unit, no employee
    "Organisationsnr", "Organisationsnummer", "Org.nr.", "Organisasjonsnummer",
    "Organization number", "CVR-nr.", "CVR", "SE-nr.",
])
def test_a_header_that_names_something_else_names_no_field(header: str) -> None:
    assert field_role(header) is None


def test_words_of_compounds_camel_case_and_brackets() -> None:
    assert header_words("Leders tjenestenr.") == ("leders", "tjeneste", "nr")
    assert header_words("employeeNumber") == ("employee", "number")
    assert header_words("Email Address [Required]") == ("email", "address")
    assert header_words("Afdelingsnavn") == ("afdelings", "navn")
    assert header_words("Employee #") == ("employee", "nr")


def test_a_bare_number_header_is_weaker_than_one_that_says_whose() -> None:
    bare, whose = field_role("#"), field_role("Employee #")
    assert bare is not None and whose is not None and bare[1] > whose[1]


def test_every_word_stands_for_one_concept() -> None:
    from collections import Counter

    from pipeline.sheets.headerwords import _WORDS

    counts = Counter(word for words in _WORDS.values() for word in words)
    assert [word for word, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("header", ["Ansat under", "Ansat i", "Ansat ved", "Underafdeling"])
def test_where_someone_is_employed_is_the_department(header: str) -> None:
    role = field_role(header)
    assert role is not None and role[0] == "department"


@pytest.mark.parametrize("header", ["Mester/formand", "Formand", "Værkfører", "Arbejdsleder"])
def test_the_trades_foreman_is_the_leader(header: str) -> None:
    role = field_role(header)
    assert role is not None and role[0] == "leader"


@pytest.mark.parametrize(("header", "role"), [
    ("Medewerker", "name"), ("Roepnaam", "first"), ("Voorvoegsel", "middle"),
    ("Achternaam", "last"), ("Organisatorische eenheid", "department"), ("Functie", "job_title"),
    ("Leidinggevende", "leader"), ("E-mail werk", "email"), ("Datum uit dienst", "end_date"),
    ("Verlofsoort", "leave")])
def test_dutch_headers(header: str, role: str) -> None:
    """AFAS and other Dutch exports: read as the Nordic and German ones are."""
    found = field_role(header)
    assert found is not None and found[0] == role


@pytest.mark.parametrize(("header", "key"), [
    ("Leder (HR)", "leader"), ("Leder (iflg. lønsystem)", "leader"),
    ("Afdeling (SD)", "department"), ("Nærmeste leder (fra Opus)", "leader")])
def test_a_bracket_that_names_where_the_value_comes_from_changes_nothing(header: str,
                                                                         key: str) -> None:
    role = field_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", ["Leder (mentor)", "Leder (TR)", "Leder (stedfortræder)"])
def test_a_bracket_that_names_another_relation_still_does(header: str) -> None:
    role = field_role(header)
    assert role is None or role[0] != "leader"


@pytest.mark.parametrize(("header", "key"), [
    ("Leder (navn, mobil)", "leader"), ("Nærmeste leder (navn/telefon)", "leader"),
    ("Leder (navn og tlf.)", "leader"), ("Manager (name, phone)", "leader")])
def test_a_bracket_that_lists_the_name_and_a_phone_number_names_the_field(header: str,
                                                                        key: str) -> None:
    """The cells hold the name and a phone number after it; the header still names the leader."""
    role = field_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", ["Kontaktperson (navn, mobil)", "Leder (navn, afdeling)",
                                    "Mentor (name, phone)"])
def test_a_bracket_of_contents_names_no_other_field_than_its_header_does(header: str) -> None:
    role = field_role(header)
    assert role is None or role[0] != "leader"


@pytest.mark.parametrize(("header", "key"), [
    ("Mesters e-mail", "leader_email"), ("Formands nr.", "leader_number"),
    ("Værkførers mail", "leader_email")])
def test_a_leader_word_in_the_genitive_is_the_leaders(header: str, key: str) -> None:
    """A trade firm's 'Mesters e-mail' is the master's (the leader's) address, not the
    employee's own."""
    role = field_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", ["Prøvetid udløber", "Probation end date",
                                    "Kørekort udløber", "Certifikat udløb"])
def test_the_end_of_something_else_is_no_end_of_employment(header: str) -> None:
    """A probation that ends, a licence that expires: a word mus does not know says what
    ends, so the column is no end date (it had made people leavers)."""
    role = field_role(header)
    assert role is None or role[0] != "end_date"


@pytest.mark.parametrize(("header", "key"), [("Partner", "leader"),
                                             ("Ansvarlig partner", "leader"),
                                             ("Partner e-mail", "leader_email")])
def test_a_firms_responsible_partner_is_the_leader(header: str, key: str) -> None:
    """A law or audit firm's list: the partner an associate works under holds their MUS; an
    HR business partner is no one's leader."""
    role = field_role(header)
    assert role is not None and role[0] == key
    assert field_role("HR Business Partner") is None


@pytest.mark.parametrize(("header", "key"), [("Schulleitung", "leader"),
                                             ("E-Mail Schulleitung", "leader_email"),
                                             ("Abteilungsleiter", "leader")])
def test_a_german_leader_word_at_the_end_of_a_compound(header: str, key: str) -> None:
    role = field_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize(("header", "key"), [
    ("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "number"),
    ("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "department"),
    ("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName",
     "leader"),
    ("urn:ietf:params:scim:schemas:extension:acme:2.0:User:endDate", "end_date"),
    ("name.givenName", "first"), ("name.familyName", "last"),
    ("manager.displayName", "leader"), ('emails[type eq "work"].value', "email"),
])
def test_a_schemas_path_is_read_by_its_attribute(header: str, key: str) -> None:
    """SCIM and JSON exports head a column with the path to its attribute: the attribute is its
    last part, and an object's own part ("name.givenName") says it all, while a field of
    another object ("manager.displayName") is that object's."""
    role = field_role(header)
    assert role is not None and role[0] == key


def test_a_scim_export_is_read_by_its_attributes(tmp_path: Path) -> None:
    """The SCIM user ID ("id") is no employee number where employeeNumber stands beside it."""
    ent = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:"
    path = tmp_path / "scim.csv"
    path.write_text(
        f'id,userName,name.givenName,name.familyName,displayName,active,'
        f'"emails[type eq ""work""].value",{ent}employeeNumber,{ent}department,'
        f"{ent}manager.value,{ent}manager.displayName\n"
        "5f1a-01,sojo@k.dk,Sofie,Johansen,Sofie Johansen,True,sojo@k.dk,8920,Direktion,,\n"
        "5f1a-02,anye@k.dk,Anne,Yilmaz,Anne Yilmaz,True,anye@k.dk,9695,Teknik,5f1a-01,"
        "Sofie Johansen\n"
        "5f1a-03,kaba@k.dk,Kåre,Bach,Kåre Bach,False,kaba@k.dk,1675,Teknik,5f1a-02,Anne Yilmaz\n"
        "5f1a-04,bo@k.dk,Bo,Lind,Bo Lind,True,bo@k.dk,4410,Teknik,5f1a-02,Anne Yilmaz\n",
        encoding="utf-8")
    listing = read_employee_list(path, today=dt.date(2026, 12, 6))
    assert [(e.number, e.name, e.leader, e.leader_email) for e in listing.employees] == [
        ("8920", "Sofie Johansen", "", ""), ("9695", "Anne Yilmaz", "Sofie Johansen", "sojo@k.dk"),
        ("4410", "Bo Lind", "Anne Yilmaz", "anye@k.dk")]
    assert [a.number for a in listing.leavers] == ["1675"]


@pytest.mark.parametrize(("header", "key"), [
    ("Kundechef", None), ("Key account manager", None), ("Customer manager", None),
    ("Kundeservice leder", "leader"), ("Butikschef", "leader"),
    ("Initialer/nr", "number"), ("Filialdirektør/leder", "leader"),
    # a licence's number is no person's: a haulier's "Førerkortnr." beside "Chaufførnr."
    # (Quinyx's "Badgenr." is its employee number)
    ("Førerkortnr.", None), ("Chaufførnr.", "number"), ("Badgenr.", "number"),
])
def test_the_customers_contact_is_no_leader_and_two_names_for_one_column(
        header: str, key: str | None) -> None:
    """A bank's "Kundechef" leads customers, not the employee; "Initialer/nr" without spaces
    names one column twice, as "Initialer / nr" does."""
    role = field_role(header)
    assert (role[0] if role else None) == key


@pytest.mark.parametrize(("header", "key"), [
    ("Status (A/F)", "status"), ("Status (A, O, F)", "status"), ("Aktiv (Ja/Nej)", "active"),
    ("Inaktiv (J/N)", "end_date")])
def test_a_columns_codes_in_brackets_are_no_words_of_its_header(header: str, key: str) -> None:
    """A time-registration export's "Status (A/F)": the brackets list the column's codes; the
    header had been read as naming nothing, and its leavers got forms without a word."""
    role = inferred_role(header)
    assert role is not None and role[0] == key


@pytest.mark.parametrize("header", ["Ansat til (tidsbegr.)", "Sæson slut", "isdisabled",
                                    "Udmeldt", "Udmeldelsesdato"])
def test_ends_of_employment_written_short_or_run_together(header: str) -> None:
    """A law firm's "Ansat til (tidsbegr.)" had been read as naming nothing: its students
    whose fixed term had ended got forms."""
    role = inferred_role(header)
    assert role is not None and role[0] == "end_date"
