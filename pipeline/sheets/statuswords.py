"""What a status, a remark or a header says about employment, word by word: left
(``Fratrådt``, ``Ophørt``, ``Terminated``, ``Farin úr starvi``), on leave (``Orlov``,
``Barsel``, ``Leave``), employed, outside the workplace (``Ekstern``, ``Honorarmodtager``,
``Fremdfirma``), or not for a form; and whether a column's values are statuses or kinds of
employment. The row-by-row reading of a list is ``employment.py``'s; this module only judges
texts."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from openpyxl.utils.datetime import from_excel

from pipeline.sheets.dates import MONTHS, read_date
from pipeline.sheets.evidence import NO, NO_VALUE, YES
from pipeline.sheets.values import cell_text

if TYPE_CHECKING:
    pass


EMPLOYED, LEFT, LEAVE = "employed", "left", "leave"
NOT_HERE = "not employed here"  # the end of every reason that says so, to tell it from leaving
# A leave by its dates: between them (or after its start, or until its end), not yet begun,
# or over. Either of the last two overrules the first.
DATED, NOT_NOW = "leave-dated", "leave-not-now"
IDLE = "left-inactive"  # inactive, and why not said by the status itself
LEFT_WORDS = frozenset({
    "alumni", "alumnus", "alumna",  # a company's former people (a chat workspace's status)
    "päättynyt", "päättyi", "eronnut", "lopettanut",  # Finnish: ended, resigned
    "zwolniony", "zwolniona", "rozwiązana",  # Polish: dismissed, (contract) ended
    "hættur", "hætt", "lõpetatud", "vallandatud",  # Icelandic, Estonian: quit, ended
    "óvirkur", "óvirk", "mitteaktiivne",  # Icelandic, Estonian: inactive (as "inaktiv")
    "atleistas", "atleista", "atlaists", "atlaista", "atbrīvots",  # Lithuanian, Latvian
    "farin", "fráfarin", "gavst",  # Faroese: "Farin úr starvi", "Gavst"
    "inativo", "inativa", "desligado", "desligada",  # Portuguese: inactive, let go
    "inactief", "inactieve",  # Dutch (Exact Online); "Uit dienst" is a pair, below
    "fratræden",  # "har meddelt fratræden pr. 30/11": the leaving, dated
    "fratrådt", "fratraadt", "fratrådte", "ophørt", "ophoert", "udtrådt", "udtraadt",
    "afsked", "afskedigelse",  # dismissed (KMD Opus: "Afsked")
    "inaktiv", "inaktive", "inactive", "terminated", "termineret", "former", "left", "ex",
    "terminate",  # Oracle's assignment status "Terminate Assignment"
    "baja", "cessato", "cessata",  # Spanish "Baja" (not "Baja médica": leave), Italian
    "deprovisioned", "deleted", "removed", "slettet", "deaktiveret", "deactivated", "disabled",
    "stoppet",
    "stoppede",  # "Stoppede 07/07": stopped
    "ophørte", "udtrådte", "afgåede", "stopped", "quit",  # plurals, and English
    "fratr",  # "fratr." written short
    "pensioneret", "retired", "deceased", "død", "afgået", "afskediget", "fritstillet",
    # gone on early retirement or a pension ("Overgået til efterløn pr. 31.03.2026")
    "efterløn", "efterlønner", "efterlønsmodtager", "førtidspension", "førtidspensionist",
    "folkepension", "folkepensionist",
    # a retired civil servant paid a pension from the payroll ("Pensionist (tj.m.pension)")
    "pensionist", "pensionister", "pensionär", "pensionärer", "pensjonist", "pensjonister",
    "fritstillede",
    "dismissed", "withdrawn", "separated", "gået", "udmeldt", "exited", "offboarded", "leaver",
    "ended", "expired", "udløbet", "afsluttet",  # Pento: "Afsluttet"
    "archived", "arkiveret",  # CharlieHR's "Archived": a person's record put away on leaving
    "blocked", "blokeret", "spærret",  # Speakap's and Infor's "Blocked": an account shut
    "resigned",  # a status, as "Terminated" is (not a reason: "Resignation")
    "fratrædelse",  # SAP's action "Fratrædelse" (leaving)
    "ophævet", "ophævelse",  # "Læreaftale ophævet": an apprenticeship or a post ended at once
    "rådighedsløn",  # a civil servant whose post is abolished, released from service
    # Norwegian and Swedish
    "sluttet", "avsluttet", "opphørt", "pensjonert", "avslutad", "slutat", "avgått",
    "sluttede", "slutade",  # "Sæsonansat, sluttede 31.10.2026": ended
    "pensionerad", "avliden",
    # German
    "ausgetreten", "ausgeschieden", "verstorben", "rentner",
    "ruhestand", "ehemalig", "ehemalige", "entlassen", "abgemeldet", "deaktiviert",
    # French
    "sorti", "sortie", "parti", "partie", "démissionnaire", "licencié", "licenciée",
    "retraité", "retraitée", "inactif", "désactivé", "archivé"})
# Someone who has not begun: a directory's account made ahead of the first day (Okta's
# STAGED), a hire not yet started.
_NOT_STARTED = frozenset({"staged", "preboarding", "prehire", "fremtidig", "future",
                          "kommende", "upcoming",  # "Kommende medarbejdere (tiltræder …)"
                          "kommande", "tuleva", "tulevat"})  # Swedish, Finnish: to come
# "not" before a word of having begun: "Ikke påbegyndt", "Ej tillträtt", "Not started"
_NOT_YET = ("ikke", "ej", "not", "yet", "inte", "ikkje", "nicht", "niet")  # ("not yet started")
_BEGUN = ("startet", "tiltrådt", "tiltraadt", "påbegyndt", "begyndt", "started", "begun",
          "commenced", "joined", "tillträtt", "tillträdd", "börjat", "påbörjat", "begynt",
          "tiltredt", "starta", "angetreten", "begonnen")
_NOT_STARTED_PAIRS = frozenset({("pending", "hire"), ("pending", "start"),  # Cornerstone
                                ("to", "join"),  # Freshteam's "Yet to Join"
                                *((no, begun) for no in _NOT_YET for begun in _BEGUN)})
# A leaving said in two words: Dutch "Uit dienst" (out of service)
_LEFT_PAIRS = frozenset({("uit", "dienst"), ("außer", "dienst"), ("ausser", "dienst"),
                         ("holdt", "op"),  # "Holdt op 30.09.2026": stopped
                         # a former employee ("Relation: Tidligere medarbejder")
                         ("tidligere", "medarbejder"), ("tidligere", "ansat"),
                         ("fhv", "medarbejder"), ("forhenværende", "medarbejder"),
                         # a hiring called off ("Udeblev første dag – ansættelse annulleret"),
                         # not a notice taken back ("opsigelse annulleret": stays)
                         *((hiring, off) for hiring in ("ansættelse", "ansættelsen",
                                                        "ansættelsesaftale", "kontrakt",
                                                        "kontrakten", "hire", "hiring")
                           for off in ("annulleret", "aflyst", "cancelled", "canceled"))})
_LEAVE = frozenset({
    "farloyvi", "barsilsfarloyvi", "barnsburðarfarloyvi",  # Faroese
    "fæðingarorlof", "fæðingarorlofi", "orlof", "orlofi", "veikindaleyfi", "leyfi",  # Icelandic
    "lapsehoolduspuhkus", "puhkus",  # Estonian: childcare leave, leave
    "atostogos", "atostogose", "atvaļinājums", "atvaļinājumā",  # Lithuanian, Latvian: leave
    "orlov", "barsel", "barselsorlov", "forældreorlov", "fædreorlov", "leave", "parental",
    "maternity", "paternity", "sabbatical", "sabbat", "sygeorlov", "sygemeldt", "syg",
    "langtidssyg", "langtidssygemeldt", "sick", "absent", "fravær", "uddannelsesorlov",
    "suspended", "suspenderet", "suspension", "loa",
    "suspend",  # Oracle's "Suspend Assignment"
    "excedencia", "aspettativa",  # Spanish, Italian: leave of absence
    # Norwegian and Swedish
    "permisjon", "foreldrepermisjon", "fødselspermisjon", "permittert", "sykmeldt",
    "sykemeldt", "syk", "tjänstledig", "föräldraledig", "sjukskriven", "sjukledig",
    "sjuk", "tjenestefri", "tjänstefri",
    # German
    "elternzeit", "mutterschutz", "karenz", "beurlaubt", "beurlaubung", "sonderurlaub",
    "krank", "langzeitkrank", "ruhend", "sabbatjahr", "freistellung", "freigestellt",
    # French
    "congé", "conge", "congés", "maternité", "paternité", "maladie",
    "suspendu",
    # Finnish and Polish ("Perhevapaalla": on family leave; "Urlop macierzyński")
    "perhevapaa", "perhevapaalla", "vanhempainvapaa", "vanhempainvapaalla", "äitiysvapaa",
    "äitiysvapaalla", "isyysvapaa", "opintovapaa", "opintovapaalla", "virkavapaa",
    "virkavapaalla", "sairausloma", "sairauslomalla", "urlop", "urlopie",
    "licença", "licenca"})  # Portuguese: "Licença parental"
# A kind of leave written as one word: "Foreldrepermisjon", "Föräldraledig", "Barselsorlov".
_LEAVE_ENDS = ("orlov", "permisjon", "ledig", "barsel", "leave", "sygemeldt", "sykmeldt",
               "urlaub", "elternzeit")
# Words that say someone is not working now, not why: another cell of the row may say it is
# leave ("Inaktiv" with "Årsag til inaktivitet: BARSEL").
INACTIVE = frozenset({"inaktiv", "inaktive", "inactive", "disabled", "deaktiveret",
                       "óvirkur", "óvirk", "mitteaktiivne",  # Icelandic, Estonian
                       "deactivated", "deaktiviert", "inactif"})
_EMPLOYED = frozenset({
    "actief", "actieve",  # Dutch
    "virkur", "virk", "töötab", "dirba", "strādā",  # Icelandic, Estonian, Baltic: working
    "ativo", "ativa",  # Portuguese
    "voimassa", "aktiivinen", "työssä",  # Finnish: in force, active, at work
    "aktywny", "aktywna", "zatrudniony", "zatrudniona",  # Polish
    "starvi",  # Faroese: "Í starvi"
    "aktiv", "aktive", "active", "activated", "aktiveret", "ansat", "employed", "arbejde",
    "working", "fastansat", "fastansatte", "alta",  # Spanish "Alta": registered, employed
    "helårs", "helår",  # year-round, beside the seasons
    "timelønnet", "vikar", "onboarding", "nyansat", "hired", "prøvetid", "probation",
    "eligible", "current", "nuværende", "normal", "ok", "in", "opsagt", "fratræder",
    "ophører", "resigned", "notice", "tidsbegrænset", "fuldtid", "deltid", "elev", "lærling",
    "trainee", "intern", "praktikant", "enabled", "payroll", "employee", "employees",
    # Norwegian and Swedish
    "ansatt", "anställd", "fast", "tillsvidare", "provanställd", "vikarie", "visstid",
    "tidsbegränsad", "allmän", "timanställd", "timansatt", "vikariat",
    # kinds of employment that say someone is employed (the state's and others')
    "tjenestemand", "tjenestemænd", "funktionær", "månedslønnet", "honorarlønnet",
    "overenskomst",  # employed on a collective agreement (beside "Tjenestemand")
    "studentermedhjælper", "student", "studiejob", "fleksjob", "fleksjobber", "løntilskud",
    "seniorjob", "afløser", "ferieafløser", "midlertidig", "midlertidigt", "temporary",
    "permanent", "regular", "fixed", "member", "members", "medarbejder", "medarbejdere",
    "medarbeider", "medarbetare", "personale", "staff", "svend", "svende", "provisioned",
    # a university's staff: technical-administrative, academic, part-time academic, PhD
    "tap", "vip", "dvip", "ph", "phd",
    "arbejdsmand", "arbejdsmænd", "ufaglært", "faglært",
    "sæson", "sæsonarbejder", "seasonal", "season",  # a seasonal worker (their end: a date)
    # forms of pay that say employed ("Lønform": a music school's "Timeløn", "Månedsløn")
    "timeløn", "månedsløn", "fastløn", "elevløn", "timeloen", "maanedsloen",
    # on call, extra hands: "Ekstra/tilkalde"
    "ekstra", "tilkalde", "tilkald", "tilkaldevikar", "tilkaldeafløser", "ekstramedarbejder",
    # leaving on a day (the day, in the cell or beside it, says whether it has come: NOTICE)
    "udgår", "afgår", "udtræder",
    # an apprentice away at school, between the firm's periods: still employed
    "skoleophold", "skoleperiode", "skoleforløb", "hovedforløb", "praktikperiode",
    # an identity system's last action on the account: made, changed, unchanged (its
    # "Slettet", deleted, is a leaver's)
    "oprettet", "ændret", "uændret",
    # German
    "beschäftigt", "angestellt", "angestellte", "festangestellt", "befristet",
    "unbefristet", "vollzeit", "teilzeit", "auszubildender", "auszubildende", "azubi",
    "werkstudent", "probezeit", "mitarbeiter", "mitarbeiterin", "gekündigt",
    "angestellter", "arbeiter", "arbeiterin", "beschäftigter", "beschäftigte", "gewerblich",
    # French
    "actif", "salarié", "salariée", "cdi", "cdd", "stagiaire", "alternant",
    "alternante", "apprenti", "apprentie"})
# A kind of employment written as one word: "Overenskomstansat", "Deltidsansat", "Fastansatt".
_EMPLOYED_ENDS = ("ansat", "ansatt", "anställd", "lønnet", "lønnede", "vikar", "elev",
                  "vikariat", "svend")  # "Tømrersvend": a journeyman
_EMPLOYED_PAIRS = frozenset({("full", "time"), ("part", "time"),
                             # "A-indkomst": pay with tax withheld, a wage (a fee is
                             # "B-indkomst", no employee's)
                             ("a", "indkomst"),
                             ("i", "virksomheden")})  # an apprentice at the firm, not at school
# A temp who comes through someone else ("Vikar via Randstad", "Temp from Adecco") is the
# agency's employee, not ours; a temp alone ("Vikar") is ours.
_TEMPS = frozenset({"vikar", "vikarer", "vikarie", "temp", "temps", "vikarar"})
ACCOUNT_DISABLED = 0x2  # userAccountControl's ACCOUNTDISABLE flag (514 = 512 + 2)
_TEMP_FROM = re.compile(r"([^()\-–—:]+?)\s*(?:[-–—:]\s*(.+)|\((.+)\))")
_THROUGH = frozenset({"via", "fra", "from", "through", "gennem", "genom", "från", "gjennom"})
# People who work here without being employed here: no MUS.
_OUTSIDE = frozenset({
    "ekstern", "eksterne", "external", "contingent", "contractor", "contractors", "freelance",
    "ext",  # "Person (ext.)"
    "kontrahent", "kontrahenter",  # Dynamics 365 in Danish: Contractor
    "freelancer", "bureau", "bureauvikar", "vikarbureau", "innleid", "innleide", "inhyrd",
    "inhyrda", "underleverandør", "underleverandører", "underentreprenør", "underentreprenører",
    "subcontractor", "subcontractors", "leverandør", "leverandører", "supplier", "suppliers",
    "vendor",
    "vendors", "agency", "konsulentfirma",
    "stringer", "stringere", "stringers",  # a newspaper's local writer paid by the piece
    "indlejet", "indlejede", "indlejning",  # hired in from a staffing firm
    # a staffing firm's people: Swedish "Bemanning (Dedicare AB)", Danish "Bemanding"
    "bemanning", "bemanningsföretag", "bemanding", "bemandingsbureau",
    "lejet", "lejede",  # "Lejet (Jobpartner)": hired in (not "udlånt": ours, lent out)
    # an airline's crew leased in with the aircraft from another airline: "ACMI (wet lease)"
    "acmi", "leased", "leaset",
    # paid by invoice, not by salary: "Konsulent (faktura)"
    "faktura", "fakturering", "faktureres", "fakturerer", "fakturerende", "invoice", "invoiced",
    "invoices",
    # a board sits over the organisation, not in it: "Type: Bestyrelse", "Bestyrelsesmedlem"
    "bestyrelse", "bestyrelsen", "bestyrelsesmedlem", "bestyrelsesmedlemmer",
    "bestyrelsesformand", "board",
    # an address book's other people: clients, customers, partners' staff (Outlook categories)
    "klient", "klienter", "client", "clients",
    "samarbejdspartner", "samarbejdspartnere",
    "selvstændig", "consultant", "konsult", "konsulter", "kontingent", "guest", "guests",
    # self-employed, no contract of employment: "Dirigeant (indépendant)", "Selbständig"
    "indépendant", "indépendante", "selbständig", "selbstständig", "egenföretagare",
    "selvstendig",
    "gæst", "gæster", "gjest",
    "gäst", "ulønnet", "ulønnede", "unpaid", "volunteer", "frivillig", "honorarlønnet",
    "emeritus", "emerita",  # a retired professor keeps a desk, not a post
    "honorarlønnede", "honorar", "honorarmodtager", "honorarmodtagere", "indkomstmodtager",
    # "B-indkomst": paid a fee, not a salary (freelance); "B-indkomst" splits into b + indkomst
    # German: an outside firm's worker, a temp through an agency, an external
    "fremdfirma", "fremdpersonal", "fremdkraft", "leiharbeit", "leiharbeiter", "leiharbeiterin",
    "leiharbeitnehmer", "leiharbeitnehmerin", "leiharbeitskraft", "besucher", "besucherin",
    # a visitor's card among the staff's (an access-control system)
    "visitor", "visitors", "besøgende",
    "zeitarbeit", "zeitarbeiter", "zeitarbeiterin", "extern", "externe", "externer",
    # Swiss German: staff lent by an agency ("Temporär (Personalverleih)")
    "personalverleih", "personalverleiher", "arbeitnehmerüberlassung",
    "subunternehmer", "werkvertrag", "fremdfirmen", "dienstleister",
    # French: an agency temp ("Intérimaires", Kelio's population), a subcontractor
    "intérimaire", "intérimaires", "interimaire", "interimaires", "prestataire",
    "prestataires", "sous-traitant",
    # Dutch: an agency temp ("Uitzendkracht (Randstad)"), one hired in, a freelancer
    "uitzendkracht", "uitzendkrachten", "ingeleend", "ingeleende", "zzp", "zzp'er",
    # a board member's fee on the payroll ("Bestyrelseshonorar"): a board member, no employee
    "bestyrelseshonorar", "bestyrelseshonorarer"})
_CUSTOMER_STEMS = ("kunde", "custom", "forhandler", "dealer")
_CUSTOMER = frozenset({"kunde", "kunder", "customer", "customers", "forhandler", "forhandlere",
                       "dealer", "dealers"})
_CLAUSE = re.compile(r"\s+[–—-]\s+|[;,]\s*|\.\s+")
_UNPAID = frozenset({"ulønnet", "ulønnede", "unpaid", "ulønt", "ulönad"})
# Words that say what kind of employment a column holds ("Ansættelsesform", "Worker type").
_FORM_WORDS = frozenset({"ansættelses", "ansættelse", "ansettelses", "ansettelse",
                         "anställnings", "anställning", "employment", "employee", "worker",
                         "medarbejder", "contract", "kontrakt",
                         "anstellungsart", "vertragsart", "anstellungsverhältnis"})
_NOT = frozenset({"ikke", "not", "non", "no", "un",
                  "ej", "inte", "ikkje", "nicht", "niet", "pas"})  # "Praktikant (ej anställd)"
WORD = re.compile(r"[^\W\d_]+")
# A yes/no column whose header names a state of not working here ("suspended", "Disabled",
# "Konto spærret", "Archived"): yes means no form. The words of an account or a person switched
# off; a leave by its header ("Orlov") is the leave column's.
_OFF = frozenset({"gearchiveerd", "archiviert",  # Dutch (TOPdesk), German: archived
                  "suspended", "suspenderet", "blocked", "blokeret", "locked", "låst", "archived",
                  "arkiveret", "spærret", "sperret", "spärrad", "lukket", "closed", "stengt",
                  "deaktiveret", "deactivated", "disabled", "inactive", "inaktiv", "deleted",
                  "slettet", "terminated", "fratrådt", "ophørt", "offboarded", "deprovisioned"})


def excel_serial(text: str) -> dt.date | None:
    """A whole number Excel counts days by, between 1954 and 2119: "46295" (30-09-2026)."""
    if not text.isdigit() or not 20_000 <= int(text) <= 80_000:
        return None
    day: dt.datetime = from_excel(int(text))
    return day.date()


_BACK = frozenset({"tilbage", "retur", "returned", "back", "tillbaka", "zurück", "kommet"})
_FROM = frozenset({"fra", "from", "från", "von", "efter", "after"})


# SAP HCM's employment status (STAT2) with its code: 0 Udtrådt, 1 Inaktiv, 2 Pensioneret,
# 3 Aktiv; 1 is someone away for a while (parental leave, military service), still employed
_SAP_INACTIVE = re.compile(r"^1\s*[-–]?\s*(?:inaktiv|inactive)\s*$", re.IGNORECASE)
_SIGN_IN = frozenset({("locked", "out"), ("password", "expired"), ("password", "reset")})


_BAJA_LEAVE = frozenset({"médica", "medica", "maternidad", "paternidad", "enfermedad", "it",
                         "temporal", "nacimiento"})


# The words of a state of not working now, which a leave beside them explains
_INACTIVE = frozenset({"inactive", "inaktiv", "inaktive", "deaktiveret", "deactivated",
                       "disabled", "passiv", "passive", "suspended", "suspenderet"})


def status_state(text: str) -> str | None:
    """LEFT, LEAVE or EMPLOYED for a status as written (``Inactive - No Payroll``, ``Aktiv -
    på orlov``, ``Ikke aktiv``), None when it is not known."""
    if text[:1] == "1" and _SAP_INACTIVE.match(text):
        return LEAVE  # SAP HCM's employment status 1: inactive, still employed (on leave)
    words = WORD.findall(text.casefold())
    if words[:1] == ["baja"] and set(words[1:]) & _BAJA_LEAVE:
        return LEAVE  # Spanish "Baja médica", "Baja por maternidad": off sick, on leave
    if "password" in words or any(p in _SIGN_IN for p in pairwise(words)):
        return EMPLOYED  # Okta's PASSWORD_EXPIRED, LOCKED_OUT: how one signs in, not whether
        # one works here
    went = [w for w in words if w in LEFT_WORDS]
    if went and set(went) <= {"gået", *_INACTIVE} and any(w in _LEAVE for w in words):
        return LEAVE  # "Gået på barsel": gone on leave, not gone; "Inactive - Leave of
        # Absence" (PerformYard), "Inaktiv – orlov": not at work because on leave
    if any(w in LEFT_WORDS or w in _NOT_STARTED for w in words) or any(
            p in _NOT_STARTED_PAIRS or p in _LEFT_PAIRS for p in pairwise(words)) or any(
            a in _WENT and b in ("på", "til", "on") and c in RETIREMENT
            for a, b, c in zip(words, words[1:], words[2:], strict=False)):
        return LEFT  # left, or not begun: no form either way; "Gik på pension 1. okt. 2026"
    if any(a in _NOT and b in _EMPLOYED and b != "payroll" for a, b in pairwise(words)):
        return LEFT  # "Ikke aktiv", "Not active" (Oracle's "No Payroll" says how one is paid)
    if _no_form(words):
        return LEFT  # "skal ikke have skema", "ingen MUS", "no review this year": no form
    if len(words) <= 2 and words[:1] and words[0] in _OPEN_CLOSED:
        return _OPEN_CLOSED[words[0]]  # an account's state: "Lukket" (closed), "Åben"
    leave = any(w in _LEAVE or (w.endswith(_LEAVE_ENDS) and len(w) > 8) for w in words)
    if leave and any(a in _BACK and b in _FROM for a, b in pairwise(words)):
        return EMPLOYED  # "Tilbage fra barsel 1.12.2026", "Returned from leave" (not "Orlov,
        # tilbage 1/3": back then)
    if leave:
        return LEAVE
    if any(w in _EMPLOYED or (w.endswith(_EMPLOYED_ENDS) and len(w) > 7) for w in words):
        return EMPLOYED
    if any((a, b) in _EMPLOYED_PAIRS for a, b in pairwise(words)):
        return EMPLOYED  # "Full-Time", "Part time"
    return None


def not_begun(text: str) -> bool:
    """A remark that says its person has not begun: "ikke startet endnu", "Not yet started",
    or a word of it alone ("Kommende"; not "kommende teamleder", a post to come)."""
    words = WORD.findall(text.casefold())
    return (len(words) <= 2 and any(w in _NOT_STARTED for w in words)) or any(
        p in _NOT_STARTED_PAIRS for p in pairwise(words))


# Gone on a pension, in the past tense: "Gik på pension", "Overgik til efterløn", "Went on
# retirement" (not "går på pension 1/3-2027": to come)
_WENT = frozenset({"gik", "gået", "overgik", "overgået", "went", "gone"})
# the words of retiring (also for a day beside them: notice_date)
RETIREMENT = frozenset({"pension", "efterløn", "folkepension", "førtidspension", "retirement",
                        "pensjon"})


def retires(text: str) -> bool:
    """A text that speaks of retirement ("Pension pr. 31.07.2026", "Efterløn fra 1/11")."""
    return bool(set(WORD.findall(text.casefold())) & RETIREMENT)


# An account's state alone, as a user list gives it ("Konto": Åben / Lukket); in a remark
# ("lukket for nye sager") these words say nothing of the person
_OPEN_CLOSED = {"lukket": LEFT, "lukkede": LEFT, "closed": LEFT, "åben": EMPLOYED,
                "åbent": EMPLOYED, "open": EMPLOYED}
# What a list calls the form or the talk, and the words that say someone is not to have it.
_FORM = frozenset({"skema", "skemaet", "skemaer", "mus", "mus-skema", "form", "forms",
                   "review", "appraisal", "samtale", "udviklingssamtale", "medarbejdersamtale",
                   "medarbetarsamtal", "utviklingssamtale", "invitation"})
_FORM_DONE = frozenset({"udfyldt", "returneret", "modtaget", "afleveret", "sendt", "filled",
                        "returned", "received", "submitted", "sent", "besvaret", "answered"})
_NONE = frozenset({"ikke", "ingen", "intet", "not", "no", "uden", "without", "undtaget",
                   "excluded", "exempt", "fritaget", "ej", "inte", "ikkje"})


def _no_form(words: Sequence[str]) -> bool:
    """"skal ikke have skema", "ingen MUS", "no review", "fritaget for MUS": a negation up to
    three words before what the list calls the form or the talk."""
    if set(words) & _FORM_DONE:
        return False  # "ikke udfyldt skema": about the form's state, not who gets one
    return any(w in _FORM and any(n in _NONE for n in words[max(0, i - 3):i])
               for i, w in enumerate(words))


def a_temp(text: str) -> bool:
    """A title that says its person is a temp ("Buschauffør (vikar, Jobpatruljen)"): on a
    row without an employee number, someone an agency sends, not staff."""
    return any(w in _TEMPS for w in WORD.findall(text.casefold()))


def outside(text: str) -> bool:
    """Whether a kind of employment says they are not employed here ("Ekstern konsulent",
    "Vikar (bureau)", "Contingent Worker", "Innleid", "Honorarmodtager (B-indkomst)")."""
    words = WORD.findall(text.casefold())
    if _UNPAID.intersection(words) and any(w in _LEAVE for w in words):
        words = [w for w in words if w not in _UNPAID]  # "ulønnet orlov": a leave, unpaid
    if _FUNDING.intersection(words):  # "Projektansat (ekstern finansiering)": the money is
        # from outside, the person employed here
        words = [w for i, w in enumerate(words) if not (
            i + 1 < len(words) and words[i + 1] in _FUNDING)]
    # ("Test", "System" alone are a user type of no person; "System Administrator" is a role)
    alone = len(words) == 1
    return any(w in _OUTSIDE or _agency(w) or (_placement(w) and (alone or w not in _ALONE))
               for w in words) or any(
        a in _ACCOUNT_KINDS and b in ("account", "accounts") for a, b in pairwise(words)) or any(
        a == "b" and b.startswith("indkomst") for a, b in pairwise(words)) or any(
        a in _TEMPS and b in _THROUGH for a, b in pairwise(words)) or any(
        a in _HIRED and b in _VIA for a, b in pairwise(words)) or _temp_from(text)


# Someone hired in through a firm: "Konsulent via Emagine" (not "Konsulent fra 2019")
_HIRED = frozenset({"konsulent", "konsulenter", "consultant", "consultants", "contractor",
                    "contractors", "freelancer", "rådgiver", "specialist"})
_VIA = frozenset({"via", "through", "gennem", "genom"})


# What pays for a post: "ekstern finansiering", "externally funded" says where the money comes
# from, not who employs
_FUNDING = frozenset({"finansiering", "finansieret", "midler", "bevilling",
                      "funding", "funded", "finansiert", "finansierad", "finanzierung",
                      "drittmittel"})


# A placement the job centre or a school makes, whose people are citizens or pupils, not staff:
# "Virksomhedspraktik", "Erhvervspraktikant", "Jobpraktik", "Sprogpraktik", "Arbejdsprøvning",
# "Nytteindsats". A "Praktikant" or "Elev" alone is employed.
_AGENCIES = ("vikarbureau", "vikarbureauet", "bemandingsbureau", "bemandingsbureauet",
             "personalebureau", "personalebureauet", "vikarbyrå", "bemanningsbyrå",
             "konsulenthus", "konsulenthuset")  # a consultancy that hires its people out
# Accounts that are no one's (not "NemKonto" or "bankkonto", which are someone's money)
_ACCOUNTS = frozenset({"funktionskonto", "fælleskonto", "systemkonto", "servicekonto",
                       "teknikkonto", "gruppekonto", "ressourcekonto", "fælleslogin",
                       "fællesbruger", "funktionsbruger",  # a login a team shares (Nexus)
                       # a user type of no person: Epic's "Test", Cornerstone's "System"
                       "test", "testbruger", "testuser", "system", "systembruger"})
_ALONE = frozenset({"test", "system"})  # account words only when they are the whole value
# "Service account", "Shared account": no person; an "Account manager" is one
_ACCOUNT_KINDS = frozenset({"service", "shared", "system", "function", "functional", "generic",
                            "group", "resource", "test", "room", "device"})
_MAILBOXES = ("mailbox", "postkasse", "postkassen")
_PLACEMENTS = frozenset({"arbejdsprøvning", "nytteindsats", "nyttejob", "nyttejobber",
                         "praktikplads", "praksisplass", "arbetsträning", "arbeidstrening",
                         "arbeidspraksis"})


# Words that say a person is no employee even beside an employee number, in a job title or a
# staff category: not "Konsulent" or "Ekstern" (a consultancy's consultants, an external
# lecturer are employees), only the unpaid, the retired and an agency's temps
_NO_EMPLOYEE = frozenset({"emeritus", "emerita", "ulønnet", "ulønnede", "unpaid", "frivillig",
                          "frivillige", "volunteer", "bureauvikar", "vikarbureau",
                          # a court's lay judges and jurors: citizens called in, no staff
                          "domsmand", "domsmænd", "nævning", "nævninger", "lægdommer",
                          # foster and respite families paid a fee through payroll, conscripts
                          # doing their national service
                          "plejefamilie", "plejefamilier", "aflastningsfamilie",
                          "aflastningsfamilier", "plejeforælder", "plejeforældre",
                          "netværksplejefamilie", "værnepligtig", "værnepligtige",
                          # an appointed external examiner: paid by the exam, employed by none
                          "censor", "censorer", "censorkorps", "censorkorpset",
                          # a board sits over the organisation: its members hold no job in it
                          "bestyrelse", "bestyrelsen", "bestyrelsesmedlem",
                          "bestyrelsesmedlemmer"})


# The stems of those words, looked for in a title before its words are split (substrings,
# which most titles show to be absent faster than one pattern of them all)
_NO_EMPLOYEE_STEMS = ("emerit", "ulønn", "unpaid", "frivillig", "volunt", "vikar", "temp",
                      "bureau", "domsm", "nævning", "lægdom", "plejefamil", "plejeforæld",
                      "aflastningsfamil", "værnepligt", "bestyrelse", "censor")


def customer(text: str) -> bool:
    """A title or kind that is a customer ("Kunde", "Dealer": an LMS's learners from the
    customers, SumTotal's Extended Enterprise); not a remark that names one ("Kunde hos
    reklamebureau"), and never read in a unit's name ("Kunder" is a department)."""
    low = text.casefold()
    if not any(stem in low for stem in _CUSTOMER_STEMS):
        return False  # (most titles: one look)
    words = WORD.findall(low)
    return len(words) == 1 and words[0] in _CUSTOMER  # ("Customer Support" is a unit)


def may_say_no_employee(text: str) -> bool:
    """A quick look before no_employee(): whether the text holds one of its words' stems."""
    low = text.casefold()
    return any(stem in low for stem in _NO_EMPLOYEE_STEMS)


def no_employee(text: str) -> bool:
    """A title or category that says its person is no employee whatever their number:
    "Professor emeritus (ulønnet)", "Vikar - bureau", "Vikar (JobVikar ApS)"."""
    words = WORD.findall(text.casefold())
    return bool(_NO_EMPLOYEE.intersection(words)) or _temp_from(text) or (
        bool(_TEMPS.intersection(words)) and any(_agency(w) for w in words))


def _agency(word: str) -> bool:
    """A temp agency ("Vikarbureau", "Bemandingsbureauet", "Bureauansat"), not any bureau
    ("lønbureau" keeps the payroll, "reklamebureau" is a client)."""
    return word.startswith("bureau") or word.endswith(_AGENCIES) or (
        word.startswith("honorar") and word not in _EMPLOYED)  # "Honorarkraft": paid a fee


def placement(text: str) -> bool:
    """A placement the job centre or a school makes ("Erhvervspraktik", "Virksomhedspraktik")
    named in the text."""
    return any(_placed(w) for w in WORD.findall(text.casefold()))


def _placement(word: str) -> bool:
    if word in _ACCOUNTS or word.endswith(_MAILBOXES):  # "Funktionskonto": no person at all
        return True
    return _placed(word)


def _placed(word: str) -> bool:
    return word in _PLACEMENTS or any(
        word.endswith(end) and word.startswith(_UNPAID_PLACEMENTS)
        for end in ("praktik", "praktikant", "praktikanter", "praksis"))


# The placements no one is paid for here: a job centre's ("Virksomhedspraktik"), a school
# pupil's ("Erhvervspraktikant"), a language course's ("Sprogpraktik"); not a paid intern's
# ("Journalistpraktikant", "Praktikant" alone)
_UNPAID_PLACEMENTS = ("virksomheds", "erhvervs", "sprog", "jobcenter", "skole", "ulønnet",
                      "arbejdsprøvning", "afklaring")


def _temp_from(text: str) -> bool:
    """"Vikar – Dansk Sygeplejeservice", "Temp (Adecco)": a temp and, after a dash or in
    brackets, who they come from: words that say nothing of the employment ("Vikar
    (timelønnet)", "Vikar – barselsvikariat" are ours); who they come from is a name."""
    match = _TEMP_FROM.fullmatch(text.strip())
    if not match:
        return False
    head = WORD.findall(match.group(1).casefold())
    rest = match.group(2) or match.group(3) or ""
    return len(head) == 1 and head[0] in _TEMPS and any(  # a name: "Medicare", not "time"
        w[:1].isupper() for w in WORD.findall(rest)) and not any(
        c.isdigit() for c in rest) and (status_state(rest) is None or bool(_FIRM.search(rest)))


# A firm's legal form after its name: "JobVikar ApS", "Adecco A/S" (its name may read as a kind)
_FIRM = re.compile(r"(?:^|\s)(?:ApS|A/S|I/S|K/S|P/S|IVS|AB|AS|ASA|GmbH|Ltd|Inc|Oy|LLC|Plc|AG|"
                   r"BV|B\.V|SAS|S\.A|Sp\. z o\.o|S\.r\.l)\.?$")
# A transfer to another company: "Overflyttet til Plastform Polska Sp. z o.o." (to a unit of
# one's own, "Overflyttet til Lager", one is still here)
_TRANSFER = re.compile(r"^\s*(?:overflyttet|overført|flyttet|transferred|moved|overdraget|"
                       r"overdrages|virksomhedsoverdraget|overgået|overgår)\s+(?:til|to)\s+"
                       r"(?P<to>.+?)"
                       r"(?:\s+(?:pr\.?|per|fra|from|den)?\s*\d[\d./-]*\d)?\s*$",
                       re.IGNORECASE)
LAST_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # "… (virksomhedsoverdragelse)"
TRANSFER_WORDS = frozenset({"overflyttet", "overført", "flyttet", "transferred", "moved",
                            "overdraget", "overdrages", "virksomhedsoverdraget", "overgået",
                            "overgår"})


def transferred_away(text: str) -> bool:
    """Whether a status says its person has moved to another company (an aside after it,
    "(virksomhedsoverdragelse)", says how)."""
    text = LAST_ASIDE.sub("", text)
    found = _TRANSFER.match(text) if len(text) > 14 else None
    if found is None:
        return False
    to = found.group("to")
    words = WORD.findall(to.casefold())
    return a_firm(to) or any(w.endswith(("selskab", "selskabet")) or w in _COMPANY
                             for w in words) or (
        # another public employer by its kind: "Fjordby Kommune", "Region Syd", "Styrelsen
        # for …", "Kulturministeriet"
        bool(words) and (words[-1] == "kommune" or words[0] in _AUTHORITY or any(
            w.endswith(("ministeriet", "styrelsen")) for w in words)))


_AUTHORITY = frozenset({"region", "styrelsen", "ministeriet"})
# A company named by what it is: "Overflyttet til søsterselskab", "moved to another company"
_COMPANY = frozenset({"company", "firma", "firmaet", "virksomhed", "virksomheden",
                      "koncern", "koncernen"})


def a_firm(text: str) -> bool:
    """A company's name with its legal form ("Nordic Biopharm A/S", "CRO Partner ApS")."""
    return bool(_FIRM.search(text.strip()))


# Headers of a free remark ("Bemærkning", "Kommentar", "Notes"): read only for leave.
_REMARK = frozenset({"note", "noter", "notes", "notat", "notater", "bemærkning",
                     "bemærkninger", "kommentar", "kommentarer", "comment", "comments", "remark",
                     "remarks", "anmærkning", "merknad", "merknader", "anmärkning",
                     "anteckning", "anteckningar",
                     # a directory's free text (AD's Description), where HR writes such things
                     "description", "beskrivelse", "beskrivning", "info"})
# Words that turn a leave in a remark into something past or planned: "tilbage fra barsel",
# "back from leave", "barsel slut", "orlov søgt", "planlagt orlov".
# the words that say something ended: a leave's end where a leave is named, else the job's
_ENDED = frozenset({"slut", "sluttet", "ended"})
# Why someone left, which says nothing of when: "efter eget ønske", "på egen anmodning"
_OWN_WISH = re.compile(r"\b(?:efter|på|at)\s+(?:eget|egen|their\s+own|own)\s+"
                       r"(?:ønske|anmodning|request|opsigelse)\b", re.IGNORECASE)
# the past tense, which tells when something was, not that it is over or to come
_PAST = frozenset({"var", "was", "været", "varit", "vært", "haft", "had"})
_NOT_NOW_WORDS = frozenset({"tilbage", "retur", "returned", "back", "efter", "after", "slut",
                            "sluttet", "ended", "søgt", "ansøgt", "planlagt", "planned",
                            "kommende", "kommande", "upcoming", "evt", "måske", "maybe",
                            "tidligere",
                            "previous", "former", "tillbaka", "etter", "været", "var", "was",
                            "haft", "had", "varit", "vært"})


def is_start_header(header: str) -> bool:
    """``Ansat fra``, ``Start date``, ``Hire date``, ``Tiltrædelsesdato``: when the employment
    begins (not a leave's start, nor a start in a position)."""
    from pipeline.sheets.headerwords import DATE, SELF, START, concepts, header_words

    words = header_words(header)
    found = set(concepts(words)[0])
    if len(words) == 2 and words[0] in _EMPLOYED_WORDS and words[1] in _DAY_WORDS:
        return True  # "Ansættelsesdato", "Anst.datum", "Employment date": the day they began
    if words in (("ansat",), ("ansatt",), ("anställd",), ("hired",)):
        return True  # "Ansat" 03-11-2026: employed since (its words, "Helårs", read nothing)
    if len(words) == 2 and words[0] in ("ansat", "ansatt", "anställd") and words[1] in (
            "pr", "per", "siden", "since", "sedan"):
        return True  # "Ansat pr." 04.01.2027: employed as of that day
    if words[:1] and words[0] in ("første", "first", "första", "förste") and DATE in found and (
            set(words[1:]) & {"arbejds", "arbejdsdag", "working", "work", "arbets", "dag", "day"}):
        return True  # "Første arbejdsdag", "First working day": beside "Sidste arbejdsdag"
    return START in found and found <= {START, DATE, SELF}


# The day of one's employment is the day it began: "Ansættelsesdato", "Anst.datum", "Ansat dato"
_EMPLOYED_WORDS = frozenset({"ansættelses", "ansat", "ansatt", "ansettelses", "anst",
                             "anställnings", "anställd", "employment", "hire", "hiring"})
_DAY_WORDS = frozenset({"dato", "datum", "date", "dag", "dagen"})


def is_remark_header(header: str) -> bool:
    from pipeline.sheets.headerwords import header_words

    words = header_words(header)
    return 0 < len(words) <= 2 and bool(_REMARK & set(words))


# The Danish hand's date: day/month-year ("31/1-27", "30/11-2026")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})-(\d{2}|\d{4})$")


def date_in_words(text: str, order: str | None) -> dt.date | None:
    """A date written after a few words ("pr. 31/1-27", "udløb 31.10.26", "den 30.
    november 2026"), or in the Danish hand (day/month-year): the date, else None."""
    start = next((i for i, c in enumerate(text) if c.isdigit()), None)
    if start is None or len(text[:start].split()) > 3:
        return None  # ("Går på efterløn 31. marts 2027": three words before the day)
    rest = text[start:].strip().rstrip(".")
    match = _DAY_MONTH_YEAR.match(rest)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            return None
    if start == 0:
        return None
    try:
        return read_date(rest, order)
    except ValueError:
        return None


# Words of notice given or a last day to come: the date beside them says whether it has come.
NOTICE = frozenset({"opsagt", "opsagde", "fratræder", "fratræde", "stopper", "sidste",
                    "udtræder", "ophører", "resigned", "resigning", "leaving", "last",
                    "oppsagt", "slutter", "uppsagd", "slutar", "gekündigt", "udløb", "udløber",
                    "expires", "expiring", "udgår", "afgår", "stop"})  # ("STOP 30.09.2026")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s*(?:[./]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}|\d{2}))?|-(\d{1,2})"
                        r"-(\d{4}|\d{2}))\b")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


# A start with its day: "Tiltræder 05-02-2027", "Starter 1/3-27", "Starts 2027-01-04"
STARTS = frozenset({"tiltræder", "tiltræde", "tiltrædelse", "starter", "begynder", "starts",
                    "starting", "ansættes", "tiltrer", "börjar", "ny", "nye", "new", "tilgang"})
# a start said to come without its day: "starter senere", "starts later"
_LATER = frozenset({"senere", "later", "snart", "soon", "senare", "seinere"})


def starts_later(text: str) -> bool:
    """A legend's meaning that says someone starts later ("starter senere", "🌱 = starter
    senere", "(N) = ny, starter senere"): not begun."""
    words = set(WORD.findall(text.casefold()))
    return bool(words & STARTS and words & _LATER)


def start_date(text: str) -> tuple[bool, dt.date | None]:
    """A start with its date, as ``notice_date`` reads a notice."""
    return notice_date(text, STARTS)


# A post for a time, with its last day after it ("Tidsbegrænset til 10.11.2026", "Vikariat
# til 30.06.2027", a farm's "Sæson til 30.09.2026", "Kontrakt til …", "Contract until …",
# a remark's "Sæsonansat til 31.10.2026"); not a probation's end ("Prøvetid til …"), after
# which the post goes on
FIXED_TERM = frozenset({"tidsbegrænset", "tidsbegrænsning", "vikariat", "midlertidig",
                        "midlertidigt", "tidsbestemt", "sæsonansat", "projektansat", "sæson",
                        "sæsonansættelse", "sæsonkontrakt", "sæsonarbejde", "kontrakt",
                        "projektansættelse", "season", "seasonal", "contract", "temporary",
                        "fixed", "befristet", "säsong", "visstid", "vikar",
                        # a public chief's appointment for a term of years ("Åremål til …")
                        "åremål", "åremålsansættelse", "åremålsansat", "åremålskontrakt"})


# a notice taken back: "opsigelse trukket tilbage", "tilbagekaldt", "withdrawn"
_WITHDRAWN = frozenset({"tilbagetrukket", "tilbagekaldt", "annulleret", "annullerет",
                        "withdrawn", "rescinded", "revoked", "cancelled", "canceled",
                        "fortrudt", "återkallad", "tilbaketrukket"})
_WITHDRAWN_PAIRS = frozenset({("trukket", "tilbage"), ("trak", "tilbage"), ("taget", "tilbage"),
                              ("tog", "tilbage"), ("dragit", "tillbaka"), ("trukket", "tilbake")})


# a day with its month's name and year: "4. december 2026", "4 Dec 2026"
_NAMED_DAY = re.compile(r"\b(\d{1,2})\.?\s+([^\W\d_]{3,9})\.?\s+(\d{4})\b")


def named_day(text: str) -> dt.date | None:
    """The first day written with its month's name and year anywhere in a text ("… sidste dag
    fredag den 4. december 2026"), or None."""
    for found in _NAMED_DAY.finditer(text):
        month = MONTHS.get(found.group(2).casefold())
        if month is not None:
            try:
                return dt.date(int(found.group(3)), month, int(found.group(1)))
            except ValueError:
                return None
    return None


def notice_date(text: str, words: frozenset[str] = NOTICE) -> tuple[bool, dt.date | None]:
    """A notice with its date ("opsagt, sidste dag 30/11-2026", "fratræder 31/1-27"):
    (True, the date), or (True, None) where the date has no year ("sidste dag 30/11");
    (False, None) for a text that gives no notice with a date."""
    said = WORD.findall(text.casefold())
    if not words & set(said) or set(said) & _WITHDRAWN or any(
            (a, b) in _WITHDRAWN_PAIRS for a, b in pairwise(said)):
        return False, None  # ("opsagt 30/9, opsigelse trukket tilbage 12/11": no notice now)
    iso = _ISO_DAY.search(text)
    match = iso or _DAY_MONTH.search(text)
    if match is None:
        named = named_day(text)  # "sidste dag fredag den 4. december 2026"
        return (True, named) if named is not None else (False, None)
    day, month, year = (iso.group(3), iso.group(2), iso.group(1)) if iso else (
        match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5))
    if year is None:
        return True, None
    try:
        return True, dt.date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        return True, None


def remark_state(text: str) -> str | None:
    """LEAVE or LEFT where a short remark plainly says so ("på barsel til marts", "Fratrådt
    31/10"), else None: a remark that is long, or says the leave is over or to come, says
    nothing mus acts on."""
    text = _OWN_WISH.sub("", text)  # "fratrådte 30.11.2026 efter eget ønske": why, not when
    words = WORD.findall(text.casefold())
    if len(words) > 8:
        # "barsel til marts, MUS når hun er tilbage – send alligevel", "stoppet 30/11 – skal
        # ikke have MUS, og mailen lukkes": what the first clause says, and more after it
        first = _CLAUSE.split(text, maxsplit=1)[0]
        return remark_state(first) if first != text else None
    if not words:
        return None
    if (not_now := set(words) & _NOT_NOW_WORDS) and not (
            not_now <= _ENDED and not any(w in _LEAVE or w.endswith(_LEAVE_ENDS) for w in words)):
        # ("Sluttet 21.10.2026" alone: Norwegian for left; "barsel sluttet": back)
        first = _CLAUSE.split(text, maxsplit=1)[0]
        if first != text and not_now <= _PAST and set(WORD.findall(
                first.casefold())) & LEFT_WORDS and not set(WORD.findall(
                first.casefold())) & (_NOT_NOW_WORDS | _NOT):
            return LEFT  # "stoppet – sidste dag var 31/10": the leaving said first, its day
            # told in the past after it (not "var på barsel": no leaving in the first clause)
        return None
    if _no_form(words):
        return LEFT  # "Fratrådt 31/8 - skal ikke have MUS", "ingen MUS i år"
    if set(words) & _NOT:
        # "ikke fratrådt" says no; "Stoppet 31/10 – ikke slettet endnu" says one thing per
        # clause, and its "ikke" belongs to the second
        clauses = [WORD.findall(c.casefold()) for c in _CLAUSE.split(text)]
        if len(clauses) > 1 and any(set(c) & LEFT_WORDS and not set(c) & _NOT
                                    for c in clauses):
            return LEFT
        return None
    if any(w in LEFT_WORDS for w in words) or left_pair(words):
        return LEFT
    if any(w in _LEAVE or (w.endswith(_LEAVE_ENDS) and len(w) > 8) for w in words):
        return LEAVE
    return None


def left_pair(words: Sequence[str]) -> bool:
    """Two words side by side that say someone left: "Holdt op", "Uit dienst"."""
    return any(p in _LEFT_PAIRS for p in pairwise(words))


def is_form_header(header: str) -> bool:
    """``Ansættelsesform``, ``Employment type``, ``Worker type``: the kind of employment (also
    how one is paid: ``Aflønning``, ``Lønform``)."""
    from pipeline.sheets.headerwords import KIND, SELF, concepts, header_words

    words = header_words(header)
    found = set(concepts(words)[0])
    return (KIND in found and found <= {KIND, SELF} and bool(_FORM_WORDS & set(words))) or (
        words in _PAY_FORMS)


# how one is paid, which says whether one is employed ("Faktura (selvstændig)": not)
_PAY_FORMS = frozenset({("aflønning",), ("aflønningsform",), ("løn", "form"),
                        ("aflønnings", "form"), ("lønningsform",)})


_DUMMY = frozenset({"dummy", "test", "fiktiv", "placeholder"})
# "Tidligere ansat", "Former employee", "Ex-medarbejder": yes is someone who has left
_FORMER = frozenset({"tidligere", "former", "ex", "fhv", "forhenværende", "ehemalig",
                     "ehemaliger"})
_STAFF = frozenset({"ansat", "ansatte", "employee", "employed", "medarbejder", "staff",
                    "mitarbeiter"})
# Kinds of account a yes/no column may flag ("Is Application User", "Servicekonto")
_FLAGGED_ACCOUNT = frozenset({"application", "service", "system", "bot", "robot", "integration",
                              "api", "shared", "resource", "ressource", "funktion"})
_AN_ACCOUNT = frozenset({"user", "account", "konto", "bruger", "login"})


def is_off_flag(header: str, values: Callable[[], Sequence[Any]]) -> bool:
    """A yes/no column (``True``/``False``, ``Ja``/``Nej``) whose header names a state of not
    working here, not negated: ``suspended``, ``isDisabled``, ``Konto spærret``."""
    from pipeline.sheets.headerwords import header_words

    words = header_words(header)
    if not 0 < len(words) <= 4 or _NOT & set(words) or not (
            _OFF & set(words) or _OUTSIDE & set(words) or _DUMMY & set(words) or (
                _FLAGGED_ACCOUNT & set(words) and (
                    words[0] == "is" or _AN_ACCOUNT & set(words))) or (
                _FORMER & set(words) and _STAFF & set(words))):
        return False  # (One Identity's "IsExternal", "IsDummyPerson": yes is no staff; a
        # service desk's "Is Application User": yes is no person)
    texts = [t.casefold() for t in (cell_text(v) for v in values()) if t]  # header first
    cells = texts[1:] if texts and texts[0] not in ("t", "f") else texts
    if len(cells) >= 2 and all(t in ("t", "f") for t in cells):  # PostgreSQL's t and f
        return "t" in cells
    return bool(texts) and all(t in YES or t in NO for t in texts) and any(t in YES for t in texts)


def _filled(values: Sequence[Any]) -> list[str]:
    """A column's cells as text, without the empty ones and those that say nothing ("-")."""
    return [t for t in (cell_text(v) for v in values) if t and t.casefold() not in NO_VALUE]


def _few_short(values: Sequence[Any]) -> tuple[Counter[str], list[str]] | None:
    """A column of short words (statuses, kinds): its values counted (case folded), and its
    texts; None where it has under four, or any longer than four words or with a digit."""
    texts = _filled(values)
    if texts and all(_CODED.match(t) for t in texts):
        texts = [_CODED.sub("", t) for t in texts]  # SAP's "8 Ekstern", "1 Funktionær"
    # (words in brackets are an aside: "Vikar (bureau: Konsulenthuset Nord ApS)" is one kind)
    # (nor what follows a dash: "Gæst – ansat ved andet universitet" is the kind "Gæst")
    if len(texts) < 4 or any(len(_DASHED.split(_BRACKETED.sub(" ", t))[0].split()) > 4
                             or any(c.isdigit() for c in t) for t in texts):
        return None
    return Counter(t.casefold() for t in texts), texts


_BRACKETED = re.compile(r"\([^()]*\)")
_DASHED = re.compile(r"\s[-–—]\s")
_CODED = re.compile(r"^\d{1,2}\s+(?=[^\W\d_])")  # a value after its code: "8 Ekstern"


def holds_statuses(values: Sequence[Any]) -> bool:
    """A column of employment statuses whatever its header: nearly every cell a status mus
    knows, and some of them leavers or leave (a column of job titles is not)."""
    texts = _filled(values)
    if len(texts) < 2:
        return False
    states = [status_state(t) for t in texts]
    known = [s for s in states if s is not None]
    return len(known) >= 0.9 * len(texts) and any(s != EMPLOYED for s in known) and any(
        s == EMPLOYED for s in known)


def marks_statuses(values: Sequence[Any], rows: int) -> bool:
    """A column that marks only those who are not simply at work, empty on everyone else: a
    tag or flag column (Podio's ``Tags`` of ``stoppet``), each filled cell a bare status word
    of leaving or leave (one or two words, no date), at least one of them leaving, on under a
    third of the ``rows``. Read as the status (empty: employed)."""
    if sum(v is not None and v != "" for v in values) >= rows / 3:
        return False  # filled on many rows: most columns end here, before their texts
    texts = _filled(values)
    if not texts:
        return False
    states = []
    for text in texts:
        if len(text.split()) > 2 or any(c.isdigit() for c in text):
            return False
        words = set(WORD.findall(text.casefold()))
        # a change list's marks ("NY", "UDGÅR"): a start or a leaving, its day beside it
        states.append("leaving" if words & NOTICE else "start" if words & STARTS else
                      status_state(text))
    return all(s in (LEFT, LEAVE, IDLE, "leaving", "start") for s in states) and any(
        s in (LEFT, IDLE, "leaving") for s in states)


def shaped_like_statuses(values: Sequence[Any]) -> bool:
    """A column shaped as statuses are, whatever its words: a few short values, one of them a
    status mus knows as employed (``Aktiv``) on most rows, and others rarer beside it, at least
    one of them not known as employed. What it does not know is then said, row by row."""
    counted = _few_short(values)
    if counted is None:
        return False
    counts, texts = counted
    (common, most), *rest = counts.most_common()
    return bool(rest) and most >= 0.5 * len(texts) and len(counts) <= max(
        4, 0.2 * len(texts)) and status_state(common) == EMPLOYED and any(
        status_state(t) != EMPLOYED for t, _ in rest)


def _as_written(texts: Sequence[str]) -> dict[str, str]:
    """Each value (case folded) as first written: "Vikar (Falck Healthcare)" names an agency,
    which its lower case no longer shows."""
    written: dict[str, str] = {}
    for text in texts:
        written.setdefault(text.casefold(), text)
    return written


def holds_kinds(values: Sequence[Any]) -> bool:
    """A column of kinds of employment whatever its header: short values, one known as employed
    on most rows (``Fastansat``, ``Member``), rarer ones beside it of which at least one says
    the person is not employed here (``Konsulent (ekstern)``, ``Guest``), and nearly every row
    a kind mus understands. What it does not understand is said, row by row."""
    counted = _few_short(values)
    if counted is None:
        return False
    counts, texts = counted
    written = _as_written(texts)
    (common, _), *rest = counts.most_common()
    away = {t for t in counts if outside(written[t])}
    known = sum(n for t, n in counts.items() if t in away or status_state(t) is not None)
    # employed kinds on most rows, together (a craftsman's Svend, Lærling and Arbejdsmand)
    employed = sum(n for t, n in counts.items() if t not in away and status_state(t) == EMPLOYED)
    return (bool(rest) and employed >= 0.5 * len(texts) and known >= 0.8 * len(texts)
            and status_state(common) == EMPLOYED and common not in away
            and any(t in away for t, _ in rest))


# Kinds of row that are things, not people: a timetable's "Room" and "Equipment" beside "Staff"
THINGS = frozenset({"room", "rooms", "equipment", "udstyr", "lokale", "lokaler", "mødelokale",
                    "device", "devices", "vehicle", "køretøj", "maskine", "machine", "resource",
                    "ressource", "asset", "resurs", "ressurs", "maskin", "utstyr", "utrustning",
                    # a time clock or a kiosk among the staff (Timegrip's "Terminal")
                    "terminal", "terminaler", "stempelur", "kiosk", "printer",
                    # a company's shared payment or fuel card among the cardholders
                    "fælleskort", "firmakort"})


def marks_outsiders(values: Sequence[Any]) -> bool:
    """A column headed as a kind (``License type``, ``Brugertype``) of one value on most rows
    that says nothing of employment (``Full user``) and rarer ones that each say the person is
    not employed here (``Subcontractor``): the rows of those are outsiders."""
    counted = _few_short(values)
    if counted is None:
        return False
    counts, texts = counted
    written = _as_written(texts)
    (common, most), *rest = counts.most_common()
    return (bool(rest) and most >= 0.6 * len(texts) and not outside(written[common])
            and status_state(common) in (EMPLOYED, None) and common not in THINGS
            and all(outside(written[t]) or t in THINGS for t, _ in rest))


def kinds_not_states(values: Sequence[Any]) -> bool:
    """A column headed as the status whose every value is a kind of employment (Full-Time,
    Part-Time, Contractor) and none a leaver's or leave: some say "not employed here"."""
    texts = {t.casefold() for t in _filled(values)}
    kinds = [outside(t) or status_state(t) == EMPLOYED for t in texts]
    return len(texts) >= 2 and all(kinds) and any(map(outside, texts))


@lru_cache(maxsize=1024)
def misspelt_status(text: str) -> tuple[str, str] | None:
    """A status of one word that is a known one with one letter wrong, missing, added or two
    swapped ("Fratårdt" for Fratrådt), six letters or more and only one known word so near:
    (its state, the word meant); None otherwise."""
    word = text.strip().casefold()
    if len(word) < 6 or not word.isalpha():
        return None
    near = {w for w in (*LEFT_WORDS, *_LEAVE, *_EMPLOYED) if len(w) >= 6 and abs(
        len(w) - len(word)) <= 1 and w[0] == word[0] and one_edit(word, w)}
    # (the first letter kept, as a slip of the hand keeps it: a prefix is a word of its own,
    # Icelandic "Óvirkur", inactive, is no "virkur", active)
    if len(near) != 1:
        return None
    meant = next(iter(near))
    state = status_state(meant)
    return (state, meant) if state is not None else None


def one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped, or two side by side
    swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[
            diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
