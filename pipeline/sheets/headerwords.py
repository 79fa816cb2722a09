"""What a header says, word by word, in Danish, Norwegian, Swedish, German or English, however
it is written.

``Employee #``, ``Leder (tjenestenr.)``, ``Email Address [Required]``, ``Manager User ID``,
``Supervisor Employee #`` and ``Fratrædelsesdato`` are understood the way a person reads them:
the header is split into words (camelCase, Danish compounds such as ``Leders|tjeneste|nr``,
brackets such as ``[Required]`` dropped), each word stands for a concept (the employee, the
leader, a number, a name, an address, a department, an end …), and the concepts together name
the field. A header whose words name something else (a phone number, a cost centre, a count) or
that is mostly words mus does not know names no field.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.sheets.headers import INFERRED, STRONG, WEAK, without_field_type

# Concepts.
SELF, LEADER, NUMBER, NAME, FIRST, LAST, MIDDLE, EMAIL, PRIVATE = (
    "self", "leader", "number", "name", "first", "last", "middle", "email", "private")
USER, ALIAS, OLD, LEVEL, INITIALS = "user", "alias", "old", "level", "initials"
DEPT, DIVISION, DESC, JOB, DATE, MEETING, LANGUAGE = (
    "dept", "division", "desc", "job", "date", "meeting", "language")
STATUS, ACTIVE, END, START, LEAVE, KIND, OTHER, FILLER = (
    "status", "active", "end", "start", "leave", "kind", "other", "filler")

# Who approves someone's time, absence or expenses: read as their leader only where no column
# names the nearest leader
APPROVERS = ("godkender", "godkendere", "approver", "approvers", "attestant", "reviewer",
             "reviewers",
             # who holds a cost centre's budget ("Budgetansvarlig"): often the leader's leader
             "budgetansvarlig", "budgetholder", "budgetejer")

_WORDS: dict[str, tuple[str, ...]] = {
    SELF: ("medewerker", "medewerkers",  # Dutch
           "medarbejder", "medarbejdere", "medarbejderens", "medarbejders", "medarb", "ma",
           "employee", "employees", "emp", "ee", "worker", "workers", "ansat", "ansatte",
           "ans",  # "Ans.start", "Ans.slut": the employment's start and end, written short
           "ansattes", "personale", "personalet", "personnel", "person", "staff", "tjeneste",
           "tj", "tjenestemand", "løn", "lønmodtager", "payroll", "associate", "kollega",
           "colleague", "ressource", "ressourcer", "ressourcens", "resource", "resources",
           # Norwegian and Swedish
           "ansatt", "anställd", "anställda", "anställnings", "anst",
           "medarbetare",
           # German
           "mitarbeiter", "mitarbeiterin", "mitarbeiters", "mitarbeitende", "mitarbeitenden",
           "beschäftigte", "beschäftigter", "angestellte", "angestellter", "personals",
           # French (Lucca, PayFit: a French-owned firm's export)
           "salarié", "salariés", "salarie", "salaries", "collaborateur", "collaborateurs",
           "employé", "employés", "employe"),
    # A user name or login is who someone is to a system, not their name.
    USER: ("user", "users", "bruger", "brugers", "brugerens", "benutzer", "benutzername",
           "anmeldename"),
    # A second name for the same person (the legal one is the name).
    ALIAS: ("preferred", "foretrukken", "foretrukne", "foretrukket", "kalde",
            "nickname", "alias", "kendt", "known", "rufname", "spitzname"),
    # What was so before: loses to a column that says what is so now.
    OLD: ("gammel", "gamle", "old", "former", "tidligere", "previous", "forrige",
          "forhenværende", "ehemalig", "ehemalige", "ehemaliger", "alt", "alte", "alter",
          "vorherige", "vorheriger", "früher", "frühere"),
    LEVEL: ("level", "levels", "niveau", "niveauer", "lvl"),
    INITIALS: ("initialer", "initials", "initial", "brugerinitialer", "forkortelse", "kortnavn",
               "kürzel", "kuerzel", "signatur", "förkortning", "forkortelser",
               "init"),  # "Init." as a law firm heads its initials
    LEADER: ("esihenkilö", "esihenkilön", "esimies", "esimiehen",  # Finnish
             # Icelandic, Estonian, Lithuanian, Latvian (a Danish group's subsidiaries)
             "yfirmaður", "yfirmanns", "juht", "juhi", "vadovas", "vadovo", "vadītājs",
             "vadītāja",
             "przełożony", "przełożonego", "kierownik", "kierownika",  # Polish
             "leder", "leders", "ledere", "lederens", "ledernes", "nærmeste", "manager",
             "leidinggevende", "verantwoordelijke",  # Dutch
             "leiðari", "leiðarin",  # Faroese
             "närmaste", "närmsta", "chefen",
             "managers", "mgr", "supervisor", "supervisors", "chef", "chefs", "chefens", "boss",
             "lead", "leader", "leaders",  # "Team lead", "Team Lead Email", "Group leader"
             "ledelse", "ledelses", "ledelsen",
             "reports", "reporting", "rapporterer", "refererer", "foresat", "foresatte",
             "overordnet", "overordnede", "superior", "head", "personaleansvarlig",
             "personaleansvarlige", "personaleleder", "personalechef", "ansvarshavende",
             # who approves someone's time and absence is their leader (Unit4, Timegrip;
             # Pleo's "Team reviewer"), where nothing names the nearest leader (choice.py)
             *APPROVERS,
             "manages",  # Float's "Manages": whom the row's person leads (reverseleaders.py)
             # the trades: the master and the foreman lead the crew (not the sjakbajs, the
             # spokesperson the crew elects among themselves)
             "mester", "formand", "formænd", "værkfører", "arbejdsleder",
             # a law or audit firm: the responsible partner leads the associates
             "partner", "partneren",
             # German
             "vorgesetzter", "vorgesetzte", "vorgesetzten", "vorgesetzen", "führungskraft",
             "führungskräfte", "fuehrungskraft", "leiter", "leiterin", "leiters", "leitung",
             "disziplinarisch", "disziplinarischer", "fachlich", "fachlicher",
             # French: "Responsable hiérarchique", the line manager
             "responsable", "hiérarchique", "hierarchique",
             # Spanish and Italian (a Danish group's company in Spain or Italy): "Responsable",
             # "Responsabile", "Jefe directo"
             "responsabile", "jefe", "superiore", "diretto"),
    NUMBER: ("henkilönumero", "henkilönro", "työntekijänumero", "ewidencyjny",  # Finnish, Polish
             "starfsmannanúmer", "númer", "kood", "kodas", "kods",  # Icelandic, Baltic
             "symbol",  # InsERT Gratyfikant's (Polish) code of the employee: "PR/0007"
            "nr", "no", "num", "number", "numbers", "nummer", "numre", "id", "ids", "ident",
             "bnr",  # a bank's employee number, the "B-nummer"
             "nøgle",  # a payroll system's key: "Ledernøgle", "Medarbejdernøgle"
             "timekeeper",  # Elite 3E: the timekeeper's number (or initials) is theirs
             "identifier", "identifikation", "identification", "kode", "code", "ref", "reference",
             "referanse", "referens", "kennung", "kennziffer", "schlüssel",
             "matricule", "numéro", "numero",
             "código", "codigo", "matricola"),  # Spanish, Italian
    NAME: ("navn", "navne", "name", "names", "namn", "naam",  # (Dutch: Exact Online)
           "nafn",  # Icelandic ("Nimi" alone: inferred_role)
           "nom", "noms"),  # French
    FIRST: ("etunimi", "etunimet", "imię", "imie", "imiona",  # Finnish, Polish
            "eesnimi", "vardas", "vārds",  # Estonian, Lithuanian, Latvian
            "roepnaam", "voornaam", "voornamen",  # Dutch
            "fornavn", "fornavne", "first", "given", "forename", "forenames", "förnamn",
            "vorname", "vornamen", "prénom", "prénoms", "prenom", "prenoms",
            "nombre", "nome"),  # Spanish, Italian: beside "Apellidos", "Cognome"
    LAST: ("sukunimi", "nazwisko",  # Finnish, Polish
           "perekonnanimi", "pavardė", "pavarde", "uzvārds",  # Estonian, Baltic
           "achternaam", "geslachtsnaam",  # Dutch
           "efternavn", "efternavne", "last", "surname", "surnames", "family", "sn",
           "familienavn", "sidste", "etternavn", "efternamn", "slektsnavn",
           "nachname", "nachnamen", "familienname", "zuname",
           "apellidos", "apellido", "cognome", "cognomi"),  # Spanish, Italian
    MIDDLE: ("voorvoegsel", "tussenvoegsel",  # Dutch: "de", "van"
             "mellemnavn", "mellemnavne", "middle", "mi"),
    EMAIL: ("sähköposti", "työsähköposti", "sahkoposti",  # Finnish
            "netfang", "paštas", "pasts", "epasts",  # Icelandic, Lithuanian, Latvian
            "email", "emails", "mail", "mails", "epost", "emailadresse", "mailadresse",
            "teldupostur",  # Faroese
            "courriel", "mél",  # French
            "mailanschrift", "correo"),
    PRIVATE: ("privat", "private", "personal", "personlig", "home", "hjemme", "alternate",
              "alternative", "alternativ", "other", "anden", "andet", "secondary", "sekundær",
              "backup", "recovery", "persönlich", "persönliche", "weitere", "zweite"),
    DEPT: ("organisaatioyksikkö", "yksikkö", "osasto", "dział", "dzial",  # Finnish, Polish
           "osakond", "padalinys", "struktūrvienība", "nodaļa",  # Estonian, Baltic
           "afdeling", "afdelinger", "afdelings", "afdelingen", "afd", "department",
           "avd",  # Swedish, Norwegian: "Avd.namn", "Avd.nr"
           "station", "stationer",  # a fire and rescue service's or police's units
           "eenheid",  # Dutch: "Organisatorische eenheid"
           "deild",  # Faroese
           "departments", "dept", "enhed", "enheder", "enheds", "enhedens", "unit", "units",
           "klub", "klubber",  # a municipality's youth clubs, a club's own units
           "org", "organisation", "organization", "organisatorisk", "organisational",
           "organizational", "sektion", "section", "område", "center", "centre", "ou",
           "afsnit", "afsnits", "seksjon", "subunit", "subdepartment",
           "redaktion", "redaktionen",  # a newspaper's desks: "Redaktion Sønderborg"
           "practice", "praksisgruppe",  # a consultancy's or a law firm's practice
           "avdeling", "avdelinger", "avdelings", "avdelning", "avdelningar", "enhet",
           # German
           "abteilung", "abteilungen", "abteilungs", "einheit", "einheiten", "organisations",
           "bereich", "bereiche", "bereichs", "referat", "dezernat", "fachbereich",
           "département", "departement", "équipe", "equipe",
           "departamento", "reparto", "dipartimento", "sección", "seccion", "ufficio"),
    DIVISION: ("division", "divisions", "team", "teams", "forvaltning", "direktørområde",
               "dimension", "dimensions", "butik", "butikker", "butikken", "store", "stores",
               "filial", "filialer", "branch", "branches", "sparte", "geschäftsbereich",
               "filiale", "niederlassung",
               "sogn", "sogne", "pastorat", "pastoratet", "parish",  # a church's workplaces
               "region", "regioner",  # a cleaning firm's or a chain's regions
               # a guard firm's, a home care's or a police force's areas
               "distrikt", "distrikter", "distrikts", "district", "districts",
               # a work team: Swedish schools' "Arbetslag", "Arbejdshold" (not "Hold" alone,
               # nor "Vagthold": a shift)
               "arbetslag", "arbeidslag", "arbejdslag", "arbejdshold"),
    DESC: ("beskrivelse", "betegnelse", "description", "descr", "desc", "tekst", "text",
           "label", "bezeichnung", "beschreibung", "kurztext", "langtext"),
    JOB: ("tehtävänimike", "nimike", "stanowisko",  # Finnish, Polish
          "starfsheiti", "ametikoht", "ametinimetus", "pareigos", "amats",  # IS, EE, LT, LV
           "functie",  # Dutch
          "stilling", "stillinger", "stillings", "stillingen", "jobtitel", "job", "jobs",
          "title", "titel", "titles", "position", "positions", "funktion", "rolle", "role",
          "tittel", "befattning", "stillingstittel",
          "fagområde", "fagområder",  # a trade or profession ("Murer", "Tømrer"), no unit
          "stelle", "stellen", "stellenbezeichnung", "tätigkeit", "berufsbezeichnung",
          "funktionsbezeichnung",
          "poste", "intitulé", "intitule", "fonction", "emploi",
          "puesto", "cargo", "qualifica", "mansione"),  # Spanish, Italian
    DATE: ("dato", "datoer", "date", "dates", "dag", "day", "tidspunkt", "tid", "time", "when",
           "data", "datums", "kuupäev",  # Polish, Latvian, Estonian: "Data zwolnienia"
           "datum", "tag", "stichtag", "fecha"),
    MEETING: ("mus", "medarbejderudviklingssamtale", "udviklingssamtale", "samtale",
              "samtalen", "møde", "mødet", "meeting", "review"),
    LANGUAGE: ("sprog", "language", "languages", "lang", "locale", "sprogkode"),
    STATUS: ("situação", "situacao",  # Portuguese
              "staða", "olek", "būsena", "statuss",  # Icelandic, Estonian, Baltic
              "tila",  # Finnish
              "status", "lifecycle", "state", "zustand", "beschäftigungsstatus", "støða", "statut",
             "aktion", "action",  # SAP's personnel action: Ansættelse, Fratrædelse
             "situación", "situacion", "estado", "stato"),  # Spanish, Italian
    ACTIVE: ("aktiv", "aktive", "active", "activated", "enabled", "aktiveret", "aktivert",
             "aktiviert", "actif", "actifs"),
    END: ("päättymispvm", "rozwiązania",  # Finnish, Polish
          "starfslok", "lõpp", "lõpu", "atleidimo", "atlaišanas",  # IS, EE, LT, LV
          "fratrådt", "fratraadt", "fratræder", "fratræde", "stopper", "fratrædelse",
          "stop", "stopdato", "stoppet",  # OS2sofd's "Stopdato"; a date under "Stoppet"
          "fratr",  # an old payroll file's "FRATR-DATO"
          "fratrædelses", "fratræden", "ophør", "ophørs",
          "ophørt", "udtrådt", "udtræden", "udtrædelse", "udtr", "slut", "end", "ended",
          "termination",
          "terminated", "terminering", "exit", "leaving", "leaver", "left", "deactivated",
          "disabled",  # Dataverse's "isdisabled": True for a user who is gone
          "deleted", "removed",  # a database's "deleted_at", a member's "Removed on"
          # not "in" + "active": an "Inactive" flag (Priority's "Y") marks who has gone
          "inactive", "inaktiv", "inaktive", "inaktivt", "inaktiveret", "deaktiv",
          "separation",  # Peakon's, and US HR's, "Separation date"
          "udmeldt", "udmeldelse", "udmeldelses",  # "Udmeldt" 08.07.2026: left that day
          "deaktiveret", "deprovisioned", "udløb", "udløbs", "expiry", "fratrædelsesdag",
          "slutt", "sluttet", "opphør", "avgang", "avgång", "avslutad", "avsluttet",
          "austritt", "austritts", "ausgetreten", "ende", "beendigung", "beendigungs",
          "kündigung", "kündigungs", "ausscheiden", "ausscheidens", "ausgeschieden",
          "sortie", "départ", "fin",
          "baja", "cese", "cessazione", "dimissioni",  # Spanish, Italian
          # the words of a leaver's status as the header of their day ("Afgået" 31.10.2026)
          "afgået", "afgang", "afgangs", "fratrådte", "udtraadt", "ophoert", "opphørt",
          "termineret", "afskediget", "pensioneret", "offboarded", "exited", "resigned",
          "retired", "separated",
          # a leaving to come, as the header of its day ("Udtræder pr.", "Pensioneres pr.")
          "udtræder", "udgår", "pensioneres", "pensionering", "pensionerings",
          "udgået", "udgaaet",  # "Udgået": x on those who have left
          "gavst", "givist",  # Faroese: quit (the day under "Gavst")
          "demissão", "demissao",  # Portuguese: "Data Demissão"
          "einddatum", "uitdiensttreding",  # Dutch (Exact Online's "Einddatum")
          "oph",  # a payroll file's "OPH_DATO" (ophør): the end
          "tom",  # Swedish "t.o.m." written as a word: "Anställd tom" (Hogia)
          "uit",  # Dutch "Uit dienst"
          "päättynyt", "päättymispäivä", "zwolniony", "zwolnienia",  # Finnish, Polish
          # Finnish: "Työsuhde päättyy" (the employment ends), "Loppupäivä" (the last day)
          "päättyy", "loppupäivä", "loppuu", "lähtöpäivä"),
    START: ("alkamispäivä", "alkamispvm", "zatrudnienia",  # Finnish, Polish
            "alkaa", "aloituspäivä", "alkupäivä",  # Finnish: "Työsuhde alkaa" (it begins)
            "indtr", "indtrådt", "indtræden", "indtrædelse",  # a payroll's "Indtr." / "Udtr."
            "upphaf", "algus", "priėmimo", "pieņemšanas",  # IS, EE, LT, LV
            "start", "startdato", "begin", "begyndelse", "hire", "hired", "tiltrædelse",
            "tiltrædelses",
            "tiltrådt", "fra", "from", "siden", "since",
            "eintritt", "eintritts", "beginn", "einstellung", "einstellungs", "seit",
            "entrée", "entree", "embauche", "arrivée", "arrivee",
            "alta", "assunzione",  # Spanish, Italian
            "fom"),  # Swedish "f.o.m." as a word: "Anställd fom"
    LEAVE: ("poissaolo", "nieobecność",  # Finnish, Polish: absence
            "leyfi", "eemalolek",  # Icelandic, Estonian
            "verlof", "verlofsoort",  # Dutch
            "orlov", "barsel", "barselsorlov", "forældreorlov", "leave", "fravær",
            "fraværs", "absence", "sabbatical", "permisjon", "permisjoner", "ledighet",
            "tjänstledighet", "föräldraledighet", "frånvaro", "frånvarande",
            "elternzeit", "abwesenheit", "abwesenheits", "mutterschutz", "karenz",
            "beurlaubung", "fehlzeit"),
    KIND: ("type", "typer", "kategori", "category", "gruppe", "group", "klasse", "class", "forhold",
           "art", "årsag", "reason", "kind", "er", "is", "har", "has", "form",
           "typ", "kategorie", "grund",
           # German compounds of one word: "Anstellungsart", "Vertragsart" (kind of contract)
           "anstellungsart", "vertragsart", "anstellungsverhältnis"),
    OTHER: ("telefon", "tlf", "phone", "telephone", "mobil", "mobile", "fax", "adresse",
            # the last time an account was used ("Last Logon", "Last seen"): no last name
            "logon", "logged", "seen", "activity", "accessed", "visited", "synced",
            # a phone's extension ("Lokalnr.", "Ext.", "Durchwahl"), no person's number
            "lokal", "ext", "extension", "lokalnummer", "durchwahl", "anknytning",
            "linjenummer", "internnummer",
            "address", "addresses", "postnr", "postnummer", "zip", "postal", "by", "city",
            "land", "country", "kommune", "cpr", "bank", "ordre", "order",
            # a licence's number, not the person's ("Førerkortnr.": the driver card; not a
            # "Badgenr.", Quinyx's own employee number)
            "førerkort", "kørekort", "certifikat", "certificate",
            "projekt", "project", "cost", "omkostning", "omkostningssted", "lokation",
            "location", "site", "kontor", "office", "lokale", "etage", "floor", "building",
            "bygning", "trin", "grade", "salary", "lønramme", "sats", "rate", "timer", "hours",
            "pct", "procent", "percent", "beløb", "amount", "skat", "tax", "fødsel",
            "max", "maks", "maximum", "minimum", "capacity", "kapacitet",  # "Max Units"
            "fødselsdato", "birth", "birthday", "køn", "gender", "alder", "age",
            "nationalitet", "nationality", "licens", "licenses", "license", "password",
            "adgangskode", "count", "antal", "sum", "total", "photo", "billede", "url", "link",
            "note", "noter", "notes", "bemærkning", "bemærkninger", "kommentar", "comment",
            "comments", "remark", "path", "hr", "human", "object",
            "guid", "uuid", "objectguid", "proxy", "usage", "sip",
            "anciennitet", "seniority", "beskæftigelsesgrad", "tjenestested", "arbejdssted",
            "workplace", "institution", "company", "firma", "selskab", "employer",
            "arbejdsgiver", "login", "sidst", "oprettet", "created", "modified",
            "ændret", "sign",
            # other people someone has, who are not their leader
            "coach", "mentor", "mentee", "buddy", "fadder", "stedfortræder", "substitute",
            "deputy", "assistant", "assistent", "sekretær", "secretary", "kontaktperson",
            "owner", "ejer", "tillidsrepræsentant", "tr",
            # German
            "telefonnummer", "handy", "anschrift", "straße", "strasse", "plz", "ort", "wohnort",
            "stadt", "kostenstelle", "kostenstellen", "kosten", "geburtsdatum", "geburtstag",
            "geburt", "geburts", "geschlecht", "anrede", "gehalt", "lohn", "steuer",
            "sozialversicherung", "sozialversicherungsnummer", "anzahl", "summe", "gesamt",
            "bemerkung", "bemerkungen", "notiz", "standort",
            "gesellschaft", "unternehmen", "buchungskreis", "mandant", "betriebsrat",
            "stellvertreter", "stellvertretung", "wochenstunden", "stunden", "arbeitszeit",
            "nationalität", "staatsangehörigkeit", "bankverbindung", "iban", "angelegt",
            "geändert",
            "arbejdsmiljørepræsentant", "amr", "sponsor", "onboarding", "vikar",
            # French
            "téléphone", "portable", "établissement", "etablissement", "société", "societe",
            "naissance", "sexe", "salaire", "contrat"),
    FILLER: ("of", "the", "af", "for", "til", "to", "at", "i", "in", "på", "og", "and", "work",
             "under",
             "arbejds", "arbejde", "primary", "primær", "primære", "business", "official",
             "officiel", "legal", "juridisk", "full", "fulde", "fuldt", "display", "visnings",
             "current",
             "nuværende", "nuv", "external", "ekstern", "internal", "intern", "registration",
             "reg", "new", "ny", "s", "required", "optional", "direct", "direkte", "line",
             "linje", "employment", "ansættelse", "ansættelses", "ansettelse", "ansettelses",
             # "Ledelseskæde (øverst → nærmest)": a management line; a system's own prefix
             "kæde", "chain", "hierarki", "hierarchy", "øverst", "nærmest", "custom",
             "attribute", "attr", "defined",  # D2L's "OrgDefinedId": not "de", "fin", "d"
             "profile", "field",  # Moodle's own prefix of a custom field: "profile_field_leder"
             "ansættelsens", "ansættelsesforholdets",  # "Ansættelsesforholdets ophør": its end
             "työsuhteen", "työsuhde", "umowy",  # Finnish, Polish: the employment's, contract's
             "næsti", "otsene", "tiesioginis", "tiešais",  # IS, EE, LT, LV: nearest, direct
             "töötaja", "darbuotojo", "darbinieka", "lepingu",  # the employee's, the contract's
             "anställning", "anställningens", "ansettelsens", "arbeidsforholdets",  # Swedish,
             # Norwegian: "Anställningens slutdatum", "Arbeidsforholdets sluttdato"
             # "Ansat til (tidsbegr.)": the end of a fixed term, abbreviated
             "tidsbegr",
             # a seasonal worker's "Sæson slut": the end of their employment
             "sæson", "sæsonen", "sæsons", "season", "seasonal",
             "service",  # Nmbrs' "EndOfService": the end of the employment
             "assignment", "supervisory",
             # "Actual Termination Date" (Oracle): the day it happened, not another day
             "actual", "faktisk", "faktiske",
             "contact", "kontakt", "account", "konto", "contract", "kontrakt", "løbe", "read",
             "only", "upload", "must", "be", "e", "on", "ved", "pr", "per", "with", "med",
             "planlagt", "planned", "scheduled", "aftalt", "dit", "din", "your", "his", "her",
             "hans", "hendes", "deres", "their", "who", "hvem", "nearest", "immediate",
             # German
             "der", "die", "das", "des", "dem", "den", "von", "vom", "und", "für", "zum", "zur",
             "am", "im", "beim", "geschäftlich", "geschäftliche", "dienstlich", "dienstliche",
             "aktuell", "aktuelle", "aktueller", "vollständiger", "vollständige", "r",
             "beschäftigungs", "personalstamm", "direkter", "unmittelbarer", "zugeordnet",
             "zugeordnete",
             # French
             "du", "de", "la", "le", "les", "d", "professionnel", "professionnelle",
             "pro",
             # Spanish and Italian (no short words: they would split Danish compounds,
             # "tilladelse" into "til", "la", "del", "e")
             "electrónico", "electronico", "elettronica"),
}
_CONCEPT = {word: concept for concept, words in _WORDS.items() for word in words}
_PHRASES = (
    (("ansat", "til"), END), (("ansat", "fra"), START),
    # a fixed-term contract's last day: "Tidsbegrænset til", "Midlertidig til", "Kontrakt til"
    (("tidsbegrænset", "til"), END), (("midlertidig", "til"), END), (("kontrakt", "til"), END),
    (("periode", "til"), END), (("periode", "fra"), START),  # a season's "Periode fra/til"
    (("term", "date"), END), (("hire", "date"), START),  # Elite 3E's "Term Date", "Hire Date"
    (("ansat", "hos"), OTHER), (("employed", "by"), OTHER),  # the employer, no person's name
    (("ansat", "siden"), START),
    # Dutch, as Exact Online writes them: "In dienst", "Uit dienst"
    (("uit", "dienst"), END), (("in", "dienst"), START),
    # Oyster's and Deel's "Team member ID": the person, one of the team, not the team
    (("team", "member"), SELF), (("team", "members"), SELF),
    # "LeaveDate", Entra ID's "employeeLeaveDateTime": the day someone leaves (a leave of
    # absence has a start and an end: "Leave start date")
    (("leave", "date", "time"), END), (("leave", "date"), END),
    # Italian: "Data cessazione", "Data di assunzione" (the day of the end, of the start)
    (("data", "cessazione"), END), (("data", "di", "cessazione"), END),
    (("data", "assunzione"), START), (("data", "di", "assunzione"), START),
    # "employed until" in the Nordic languages: "Anställd t.o.m." (till och med), "Ansatt til"
    (("ansatt", "til"), END), (("anställd", "till"), END), (("anställd", "t", "o", "m"), END),
    (("ansat", "t", "o", "m"), END), (("ansatt", "t", "o", "m"), END),
    # "t.o.m." (till och med, up to and with) and "fr.o.m." (från och med) after any word of
    # what they bound: "Anst. t.o.m.", "Frånvaro t.o.m."
    (("t", "o", "m"), END), (("fr", "o", "m"), START),
    # Dutch: "Datum uit dienst" (left), "Datum in dienst" (hired)
    (("uit", "dienst"), END), (("in", "dienst"), START),
    # Oyster's and Deel's "Team member ID": the person, one of the team, not the team
    (("team", "member"), SELF), (("team", "members"), SELF),
    # "LeaveDate", Entra ID's "employeeLeaveDateTime": the day someone leaves (a leave of
    # absence has a start and an end: "Leave start date")
    (("leave", "date", "time"), END), (("leave", "date"), END),
    # Italian: "Data cessazione", "Data di assunzione" (the day of the end, of the start)
    (("data", "cessazione"), END), (("data", "di", "cessazione"), END),
    (("data", "assunzione"), START), (("data", "di", "assunzione"), START),
    # the last day in other words: "Final Working Date" (PeopleHR), "Date de fin de contrat"
    (("final", "working"), END), (("fin", "de", "contrat"), END),
    (("data", "demissão"), END), (("data", "demissao"), END),  # Portuguese (PRIMAVERA)
    # the day an account was blocked, as an end: "Spærret dato" (CDK Autoline), "Lukket pr."
    (("spærret", "dato"), END), (("spærret", "pr"), END), (("spærret", "fra"), END),
    # Polish: "Data zatrudnienia" (hired), "Data rozwiązania umowy" (the contract ended)
    (("data", "zatrudnienia"), START), (("data", "rozwiązania"), END),
    # "Ansættelse" over "Fra"/"Til" (a two-row header read together)
    (("ansættelse", "til"), END), (("ansættelse", "fra"), START),
    (("ansettelse", "til"), END), (("ansettelse", "fra"), START),
    (("anställning", "till"), END), (("anställning", "från"), START),
    (("anställd", "fr", "o", "m"), START), (("ansatt", "fra"), START),
    (("employed", "until"), END), (("employed", "to"), END), (("employed", "from"), START),
    (("reports", "to"), LEADER), (("reporting", "to"), LEADER), (("rapporterer", "til"), LEADER),
    (("refererer", "til"), LEADER), (("rapporterar", "till"), LEADER),
    # Expensify: whom one's expense reports go to is who approves them, the leader; where
    # an approver sends them on ("Approves To") is the next level, no one's leader
    (("submits", "to"), LEADER), (("approves", "to"), OTHER),
    # "Ansat under Kirkekontoret": the unit a person is employed in
    (("ansat", "under"), DEPT), (("ansat", "i"), DEPT), (("ansat", "ved"), DEPT),
    # the company's own registration number, the same for everyone: no unit, no employee
    (("organisations", "nr"), OTHER), (("organisations", "nummer"), OTHER),
    (("org", "nr"), OTHER), (("organisasjons", "nummer"), OTHER),
    (("organisasjons", "nr"), OTHER), (("organization", "number"), OTHER),
    (("organisation", "number"), OTHER), (("cvr", "nr"), OTHER), (("cvr", "nummer"), OTHER),
    (("cvr",), OTHER), (("se", "nr"), OTHER),
    (("on", "leave"), LEAVE), (("i", "alt"), OTHER), (("last", "day"), END),
    (("last", "working", "day"), END), (("sidste", "dag"), END),
    (("sidste", "arbejds", "dag"), END),
    # the day of retirement: "Overgår til pension pr.", "Går på pension", "Pension pr."
    (("overgår", "til", "pension"), END), (("går", "på", "pension"), END),
    (("pension", "pr"), END), (("pension", "per"), END),
    (("work", "day"), DATE), (("arbejds", "dag"), DATE),
    (("human", "resource"), OTHER), (("human", "resources"), OTHER),
    # the leader's own leader, one step further up, is not the leader
    (("leders", "leder"), OTHER), (("lederens", "leder"), OTHER), (("chefens", "chef"), OTHER),
    (("manager", "s", "manager"), OTHER), (("managers", "manager"), OTHER),
    (("skip", "level"), OTHER), (("second", "level"), OTHER),
)
_BRACKETS = re.compile(r"\[[^\]]*\]")
_LOOKUP_ID = re.compile(r"_?id(?:_value)?$|_value$", re.IGNORECASE)
_LEGEND_ASIDE = re.compile(r"\([^()]*=[^()]*\)")
_CODES_ASIDE = re.compile(r"\(\s*[^\W_]{1,3}(?:\s*[/,|]\s*[^\W_]{1,3})+\s*\)")
_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
_TOKEN = re.compile(r"[^\W_]+")
_PERSONAL_NUMBER = re.compile(r"\bpersonal(?=[\s\-.]*n(?:umme)?r\b)")
_LINKS = ("s", "e")
# Words that may end a compound whose first part mus does not know: "Butiks|chef",
# "Ressource|nr", "Kunde|afdeling" still say what the column is.
_TAILS = tuple(sorted(("leder", "chef", "manager", "supervisor", "ledelse", "ledelses", "nr",
                       "nummer", "number", "afdeling", "enhed", "department", "unit",
                       "afsnit", "abteilung", "leitung", "leiter", "leiterin",
                       # "Lærlingestatus", "Indkomsttype": a status, a kind of something
                       "status", "type"),
                      key=len, reverse=True))


@lru_cache(maxsize=4096)
def _split(word: str) -> tuple[str, ...] | None:
    """A word as known words: ``tjenestenummer`` → (``tjeneste``, ``nummer``), with a linking
    ``s`` or ``e`` allowed between them (``afdeling·s·navn``); None if it is not made of them."""
    if word in _CONCEPT:
        return (word,)
    for cut in range(len(word) - 2, 1, -1):
        head, tail = word[:cut], word[cut:]
        if head not in _CONCEPT:
            continue
        rest = _split(tail)
        if rest is None and tail[:1] in _LINKS:
            rest = _split(tail[1:])
        if rest is not None:
            return (head, *rest)
    return None


# a level written with its number ("Niveau1", "Level2", "Ebene3"), as a survey tool writes it
_LEVEL_NUMBER = re.compile(r"\b(niveau|level|lvl|niv|ebene|nivå|taso)(\d{1,2})\b")


@lru_cache(maxsize=4096)
def header_words(header: str) -> tuple[str, ...]:
    """The words of a header, compounds split: ``Leder (tjenestenr.)`` → ``leder tjeneste nr``.
    Words mus does not know are kept as they are."""
    text = _BRACKETS.sub(" ", unicodedata.normalize("NFC", header))
    if "@odata." in text.casefold():
        # Dataverse's "businessunitid@OData.Community.Display.V1.FormattedValue": the field's
        # shown value, for a lookup ("_x_value", "xid") what its ID points to, not the ID
        text = _LOOKUP_ID.sub("", text.split("@", 1)[0].strip("_"))
    if " " not in text.strip() and text.count(":") >= 2:
        # a schema's path (SCIM's "urn:ietf:params:scim:schemas:extension:enterprise:2.0:
        # User:employeeNumber"): the attribute is its last part
        text = text.rsplit(":", 1)[1]
    container, dot, rest = text.partition(".")
    if dot and container and rest and " " not in text.strip() and _last_concept(
            container) == _last_concept(rest):
        text = rest  # a JSON object's own part ("name.givenName"): the part says it all
    if "(" in text:  # "Leder (short text)": the field's type, nothing of what it holds
        text = without_field_type(text)
    text = _LEGEND_ASIDE.sub(" ", text)  # "Navn (gul = orlov, rød = fratrådt)": a legend
    text = _CODES_ASIDE.sub(" ", text)  # "Status (A/F)", "Aktiv (J/N)": the column's codes
    text = _CAMEL.sub(" ", text).casefold()
    text = text.replace("e-mail", "email").replace("e-post", "epost").replace("#", " nr ")
    # German "Personalnummer" is the staff's number, not a personal one
    text = _PERSONAL_NUMBER.sub("personale ", text)
    text = _LEVEL_NUMBER.sub(r"\1 \2", text)  # "Niveau1": the level and its number
    words: list[str] = []
    for token in _TOKEN.findall(text):
        words += _split(token) or _tail_split(token)
    return tuple(words)


def _last_concept(text: str) -> str | None:
    """The concept of a text's last word ("name" of "givenName"), to tell an object's parts
    ("name.givenName") from a field of another object ("manager.displayName")."""
    tokens = _TOKEN.findall(_CAMEL.sub(" ", text).casefold())
    return _CONCEPT.get(tokens[-1]) if tokens else None


def _tail_split(token: str) -> tuple[str, ...]:
    """``butikschef`` → (``butiks``, ``chef``): a known word at the end of an unknown one."""
    for tail in _TAILS:
        if token.endswith(tail) and len(token) - len(tail) >= 3:
            return token[:-len(tail)], tail
    return (token,)


def concepts(words: tuple[str, ...]) -> tuple[list[str], int]:
    """The concepts of a header's words in order (fillers left out), and how many words were
    unknown."""
    found: list[str] = []
    unknown = 0
    i = 0
    while i < len(words):
        for phrase, concept in _PHRASES:
            if words[i:i + len(phrase)] == phrase:
                found.append(concept)
                i += len(phrase)
                break
        else:
            known = _CONCEPT.get(words[i]) or _genitive(words[i])
            if known is None:
                unknown += not words[i].isdigit()
            elif known != FILLER:
                found.append(known)
            i += 1
    return found, unknown


def _genitive(word: str) -> str | None:
    """A known word with a genitive or plural s ("Mesters e-mail", "Formands nr."): the word's
    concept."""
    if len(word) >= 5 and word.endswith("s"):
        return _CONCEPT.get(word[:-1])
    return None


def _leader_role(found: list[str], compound: bool = False,
                 bracketed: bool = False) -> tuple[str, int] | None:
    has = set(found)
    if EMAIL in has:
        return None if has & {PRIVATE, OLD} else ("leader_email", INFERRED)
    if compound and found in ([KIND, LEADER], [OTHER, LEADER]):
        return "leader", INFERRED  # "Gruppeleder", "Kontorchef": who leads the group or the
        # office ("Er leder" is no field)
    if has & {OTHER, KIND, DATE, STATUS, END, START, LEAVE, MEETING, LANGUAGE, PRIVATE, LEVEL,
              OLD}:
        return None
    if NUMBER in has and INITIALS not in has:
        return "leader_number", INFERRED
    if LAST in has and FIRST not in has:  # "Leder efternavn" beside "Leder fornavn"
        return "leader_last", INFERRED
    if has & {DEPT, DIVISION, JOB, DESC}:
        # "Afdelingsleder" is a leader; "Leders afdeling" is the leader's department; "Leder
        # (stilling)" the leader, given by their post (the bracket says how)
        return ("leader", INFERRED) if found[-1] == LEADER or (found == [LEADER, JOB] and (
            bracketed)) else None
    return "leader", INFERRED


def _employment_role(has: set[str]) -> tuple[str, int] | None:
    if STATUS in has:
        return None if has & {MEETING, DATE} else ("status", INFERRED)
    if LEAVE in has:
        if START in has:
            return "leave_start", INFERRED  # "Orlov fra", "Leave start date"
        if DATE in has and END not in has:
            return None  # "Leave date": the day one leaves, or leave starts? Not guessed.
        return "leave", INFERRED  # "Orlov", "On leave", "Orlov til", "Leave end date"
    if END in has:
        return ("end_date", INFERRED) if START not in has else None
    if ACTIVE in has and not has & {DATE, START}:
        return "active", INFERRED
    return None


def _own_role(found: list[str]) -> tuple[str, int] | None:
    has = set(found)
    if EMAIL in has:
        return None if has & {PRIVATE, OLD} else ("email", INFERRED)
    if OTHER in has:
        return None
    employment = _employment_role(has)
    if employment or has & {STATUS, END, LEAVE, ACTIVE, START}:
        return employment
    if MEETING in has:
        return ("meeting_date", INFERRED) if DATE in has else None
    if LANGUAGE in has:
        return "language", INFERRED
    if has & {DEPT, DIVISION}:
        if KIND in has or JOB in has:
            return None
        if NUMBER in has or DEPT not in has:
            return "department", WEAK
        return "department", STRONG if has & {NAME, DESC} else INFERRED
    if JOB in has:  # "Stillingsnr.", "Job level", "Job type" are no job title
        return None if has & {KIND, LEVEL, NUMBER} else ("job_title", INFERRED)
    if KIND in has or DATE in has:
        return None
    if FIRST in has and LAST in has:
        return ("name_reversed" if found.index(LAST) < found.index(FIRST) else "name", INFERRED)
    if FIRST in has and NAME in has and found.index(NAME) < found.index(FIRST):
        return "name_reversed", INFERRED  # German "Name, Vorname": the family name first
    for concept, key in ((FIRST, "first"), (LAST, "last"), (MIDDLE, "middle")):
        if concept in has:
            return key, INFERRED
    if INITIALS in has:  # who someone is to their colleagues: an identifier, no field;
        # "Init.nr.": the number of someone's initials, a number at best
        return ("number", WEAK) if NUMBER in has and NAME not in has else None
    if USER in has:  # "Brugernavn", "User name": a login; "User ID": a number at best
        return ("number", WEAK) if NUMBER in has and NAME not in has else None
    if NUMBER in has:
        return "number", INFERRED if SELF in has else WEAK
    if NAME in has:  # "Preferred name" only where no other column is the name
        return "name", WEAK if has & {ALIAS, OLD} else INFERRED
    if has == {SELF}:
        return "name", INFERRED
    return None


# Where a value comes from, in brackets after what it is: "Leder (HR)", "Afdeling (SD)",
# "Leder (iflg. lønsystem)". The bracket says the source, not another field.
_SOURCE_WORDS = frozenset({"hr", "hris", "sd", "ad", "opus", "kmd", "løn", "lønsystem",
                           "lønsystemet", "system", "systemet", "entra", "azure", "payroll",
                           "iflg", "ifølge", "fra", "per", "according", "to", "from",
                           # who put it there: "Leder (tilføjet af HR)", "(added by HR)"
                           "tilføjet", "tilføjede", "indsat", "udfyldt", "af", "added", "by",
                           "manuelt", "manual", "manually"})
_SOURCE = re.compile(r"\s*\(([^()]*)\)\s*$")


# When a column is filled in, in brackets after it: "Leder (hvis anden)", "Leder (kun hvis
# anden end afsnitslederen)", "Manager (if different)". The bracket says when the cell holds the
# field, not another field.
_CONDITION_WORDS = frozenset({"hvis", "kun", "udfyldes", "udfyld", "såfremt", "når", "if",
                              "only", "when", "where", "unless", "medmindre", "om"})


def _conditioned(header: str) -> bool:
    """A header with a bracket that says its cell is filled where the value differs ("(hvis
    ikke afd.leder)", "(if different)"), not when something happens ("(hvis fravær)")."""
    found = _SOURCE.search(header)
    words = _TOKEN.findall(found.group(1).casefold()) if found else []
    return bool(words) and words[0] in _CONDITION_WORDS and bool(set(words) & _ANOTHER)


# "another", "not", "different": a leader other than the usual one
_ANOTHER = frozenset({"anden", "andet", "andre", "other", "another", "different", "ikke", "not",
                      "afvigende", "afviger", "end", "than"})


def _without_source(header: str) -> str:
    found = _SOURCE.search(header)
    if found is None or found.start() == 0:
        return header
    words = _TOKEN.findall(found.group(1).casefold())
    if words and (set(words) <= _SOURCE_WORDS or words[0] in _CONDITION_WORDS):
        return header[:found.start()]
    return header


# What a bracket says the cell holds beside the field: "Leder (navn, mobil)", "Kontakt (navn og
# tlf.)". The cells then hold the field first and a phone number after it, which the reading of
# the cell leaves out; the header names the field.
_CONTACT_WORDS = frozenset({"telefon", "tlf", "phone", "telephone", "mobil", "mobile", "mob",
                            "mobilnr", "tlfnr", "telefonnr", "nr", "lokalnr", "handy", "cell"})
_PARTS = re.compile(r"\s*(?:,|/|\+|&|\bog\b|\band\b)\s*", re.IGNORECASE)


def _without_contents(header: str) -> str:
    found = _SOURCE.search(header)
    if found is None or found.start() == 0:
        return header
    parts = [p for p in _PARTS.split(found.group(1).casefold()) if p.strip()]
    if len(parts) < 2 or not set(header_words(parts[0])) & {"navn", "name"}:
        return header
    rest = {w for part in parts[1:] for w in _TOKEN.findall(part)}
    return f"{header[:found.start()]} ({parts[0]})" if rest and rest <= _CONTACT_WORDS else header


# the mark a column of ticks holds, said after its header: "(x)", "(ja/nej)", "(J/N)"
_MARK_ASIDE = re.compile(
    r"\s*\((?:x|ja\s*/\s*nej|j\s*/\s*n|y\s*/\s*n|yes\s*/\s*no|1\s*/\s*0|"
    r"[^()=]{1,3}=\s*(?:ja|yes|nej|no))\)\s*$", re.IGNORECASE)  # (and "(1=ja)", "(x = ja)")
_TWO_WORDS = re.compile(r"^\s*[^\W\d_]{2,}\.?/[^\W\d_]{2,}\.?\s*$")  # "Initialer/nr"


@lru_cache(maxsize=4096)
def inferred_role(header: str) -> tuple[str, int] | None:
    """(field key, tier) that a header's words name, or None. A header of two names for one
    column ("Kontorchef / nærmeste leder") names a field where both names do, or one does and
    the other names nothing else."""
    if _MARK_ASIDE.search(header):  # "Udtrådt (x)": the header, and the mark its cells hold
        role = inferred_role(_MARK_ASIDE.sub("", header))
        # ("Leder (1=ja)": a mark of who leads, no leader's name; read_flag_leaders)
        return None if role is not None and role[0].startswith("leader") else role
    if " / " in header or _TWO_WORDS.match(header):
        sides = [inferred_role(side) for side in re.split(r"\s*/\s*", header) if side.strip()]
        named = {role for role in sides if role is not None}
        if len(sides) >= 2 and len({key for key, _ in named}) == 1:
            return min(named, key=lambda role: role[1])
    found, unknown = concepts(header_words(_without_contents(_without_source(header))))
    words = header_words(header)
    if words == ("nimi",):
        return "name", INFERRED  # Estonian and Finnish "Nimi" (not "Kustannuspaikan nimi", the
        # cost centre's name)
    if len(words) == 2 and words[0] in _TERMS and words[1] in _ACTIVE_UNTIL:
        return "end_date", INFERRED  # "Sæson til", "Vikariat til": the term's last day
    if len(words) == 2 and words[0] in _VALID and words[1] in _VALID_UNTIL:
        return "end_date", INFERRED  # "Gyldig til" 12.06.2026: the person's record closed then
    if not found or unknown > len(found):
        return None
    if found[0] == ACTIVE and len(found) <= 2 and words[-1] in _ACTIVE_UNTIL:
        return "end_date", INFERRED  # "Aktiv til" 13.04.2026: a key user closed that day
    if EMAIL in found:
        found = [c for c in found if c != OTHER]  # "E-mail address"
    if END in found and unknown and LEADER not in found:
        return None  # "Prøvetid udløber", "Kørekort udløber": the end of something else
    if END in found and MEETING in found:
        return None  # "Fratrædelsessamtale", "Fratrædelsesmøde": the exit interview, no day of
        # leaving (its cells say when the talk is, "aftalt 18/12")
    if LEADER in found:
        if found[0] == PRIVATE and words[0] in _ANOTHER and set(found[1:]) == {LEADER} and (
                _conditioned(header)):
            return "leader", INFERRED  # "Anden nærmeste leder (hvis ikke afd.leder)": the
            # leader where another than the unit's leads (not a second, a backup leader)
        if words[-1] == "sip" and len(words) == 2 and _ONLY_BRACKET.match(header):
            return "leader", INFERRED  # "Leder (SIP)": the leader, by their SIP address
        if found == [OTHER, LEADER] and words[0] in _TASKS:
            return None  # "Projektleder": who leads a piece of work, not the people
        if words[0] in _CUSTOMERS and words[-1] in _CONCEPT and _CONCEPT[words[-1]] == LEADER:
            return None  # "Kundechef", "Key account manager": the customers' contact
        if words[0] in ("hr", "hrbp"):
            return None  # "HR-partner e-mail", "HR Business Partner": HR's contact, no leader
        return _leader_role(found, " " not in header.strip(), bool(_ONLY_BRACKET.match(header)))
    return _own_role(found)


_TASKS = frozenset({"projekt", "project", "opgave", "task"})
_ACTIVE_UNTIL = frozenset({"til", "indtil", "until"})
# "Gyldig til", "Valid to", "Gültig bis": the last day a person's record holds (a history's
# other rows are set aside first, newvalues.current_rows)
_VALID = frozenset({"gyldig", "gælder", "valid", "gültig", "giltig"})
_VALID_UNTIL = _ACTIVE_UNTIL | {"to", "bis", "till"}
# A post for a time, whose last day a header may give: "Sæson til", "Vikariat til"
_TERMS = frozenset({"sæson", "sæsonen", "vikariat", "vikariatet", "tidsbegrænset",
                    "tidsbegrænsning", "projektansættelse", "ansættelsesperiode", "season",
                    "contract", "term", "visstid", "befristet", "befristung"})
_CUSTOMERS = frozenset({"kunde", "kunder", "customer", "customers", "client", "klient",
                        "key", "account"})
_ONLY_BRACKET = re.compile(r"^\s*[^\W\d_]+\s*\([^()]+\)\s*$")  # "Leder (stilling)"


@lru_cache(maxsize=4096)
def mentions(header: str, wanted: frozenset[str]) -> bool:
    """Whether the header speaks of one of the ``wanted`` concepts in any shape: one of its
    words, or the start or end of a compound mus cannot split (``Organisationstilknytning``),
    with nothing that says it is something else (a kind, a count, a job, a leader)."""
    found, _ = concepts(header_words(header))
    if set(found) & {KIND, OTHER, JOB, LEADER, DATE, STATUS, END, START, LEVEL}:
        return False
    if set(found) & wanted:
        return True
    stems = [w for w, c in _CONCEPT.items() if c in wanted and len(w) >= 4]
    return any(word not in _CONCEPT and any(word.startswith(s) or word.endswith(s) for s in stems)
               for word in header_words(header))


def says(header: str, concept: str) -> bool:
    """Whether one of the header's words stands for the concept."""
    return concept in concepts(header_words(header))[0]
