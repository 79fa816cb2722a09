"""The sample employee list and question set that ship with mus (input/ and `mus init`).

They are written from here so that their content is reviewable text; tests check that the shipped
workbooks are exactly what this module writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

ORGANISATION = "Eksempel Kommune"
SEASON = "2027"
DEADLINE = dt.date(2027, 1, 29)

QUESTION_HEADERS = ("ID", "Fase", "Spørgsmål", "Hjælpetekst", "Type", "Valgmuligheder",
                    "Målgruppe", "Gælder for", "Påkrævet", "Synlighed")
# fmt: off
QUESTIONS: tuple[tuple[str, ...], ...] = (
    ("T1", "Tilbageblik", "Hvordan er det gået siden sidste MUS? Hvad er du mest tilfreds med?",
     "Tænk på dine opgaver, resultater og samarbejdet i det forløbne år.", "tekst", "",
     "medarbejder", "", "ja", "alle"),
    ("T2", "Tilbageblik", "Hvad har været svært, og hvad har du lært af det?", "", "tekst", "",
     "medarbejder", "", "nej", "alle"),
    ("T3", "Tilbageblik", "I hvilken grad er aftalerne fra sidste MUS blevet fulgt op?", "",
     "skala", "", "begge", "", "nej", "alle"),
    ("T4", "Tilbageblik", "Har du deltaget i kurser eller anden kompetenceudvikling siden sidste "
     "MUS?", "Fx kurser, sidemandsoplæring, mentorordning eller nye opgaver.", "ja/nej", "",
     "medarbejder", "", "nej", "alle"),
    ("T5", "Tilbageblik", "Hvordan har du kunnet bruge det, du har lært, i dit arbejde?", "",
     "tekst", "", "medarbejder", "", "nej", "alle"),
    ("N1", "Her og nu", "Hvordan trives du i dit arbejde?",
     "Trivsel handler både om arbejdet, kollegerne og balancen mellem arbejde og fritid.",
     "skala", "", "medarbejder", "", "ja", "alle"),
    ("N2", "Her og nu", "I hvilken grad oplever du, at din arbejdsmængde er passende?", "",
     "skala", "", "medarbejder", "", "ja", "alle"),
    ("N3", "Her og nu", "Hvordan oplever du arbejdspresset i travle perioder?", "", "valg",
     "For lavt; Passende; Lidt for højt; Alt for højt", "medarbejder", "", "nej", "alle"),
    ("N4", "Her og nu", "Hvilke opgaver giver dig mest energi, og hvilke dræner dig?", "",
     "tekst", "", "medarbejder", "", "nej", "alle"),
    ("N5", "Her og nu", "I hvilken grad kan du bruge dine kompetencer i dit nuværende job?", "",
     "skala", "", "begge", "", "ja", "alle"),
    ("N6", "Her og nu", "Hvordan fungerer samarbejdet med dine kolleger?", "", "skala", "",
     "medarbejder", "", "nej", "alle"),
    ("N7", "Her og nu", "Hvad forventer du af arbejdspladsen og af dine kolleger?",
     "Og hvad tror du, at arbejdspladsen forventer af dig?", "tekst", "", "medarbejder", "",
     "nej", "alle"),
    ("N8", "Her og nu", "Hvad forventer du af din leder?",
     "Fx sparring, feedback, prioritering af opgaver eller information.", "tekst", "",
     "medarbejder", "", "nej", "leder"),
    ("N9", "Her og nu", "I hvilken grad får du den feedback og anerkendelse, du har brug for?",
     "", "skala", "", "medarbejder", "", "nej", "alle"),
    ("N10", "Her og nu", "Hvordan fungerer de digitale systemer og værktøjer, du arbejder med?",
     "", "skala", "", "medarbejder", "Afdeling=IT,Borgerservice", "nej", "alle"),
    ("N11", "Her og nu", "Er der forhold i dit liv, som du ønsker, at vi tager hensyn til?",
     "Dit svar læses ikke ind i HR's oversigt. Det bliver i dit eget skema til samtalen.",
     "tekst", "", "medarbejder", "", "nej", "privat"),
    ("L1", "Her og nu", "Hvordan vurderer du medarbejderens trivsel?", "", "skala", "",
     "leder", "", "nej", "leder"),
    ("L2", "Her og nu", "Hvad forventer arbejdspladsen af medarbejderen i det kommende år?",
     "Opgaver, resultater og adfærd.", "tekst", "", "leder", "", "ja", "alle"),
    ("L3", "Her og nu", "Hvad fungerer godt i medarbejderens opgaveløsning, og hvad kan blive "
     "bedre?", "", "tekst", "", "leder", "", "nej", "leder"),
    ("F1", "Fremadrettet", "Hvor ser du dig selv om et til tre år?", "", "tekst", "",
     "medarbejder", "", "nej", "alle"),
    ("F2", "Fremadrettet", "Hvilke nye kvalifikationer får du brug for, og hvorfor?",
     "Tænk på ændringer i opgaver, systemer og lovgivning.", "tekst", "", "begge", "", "ja",
     "alle"),
    ("F3", "Fremadrettet", "Hvilken form for udvikling passer bedst til dig?", "", "valg",
     "Kursus eller uddannelse; Sidemandsoplæring; Mentorordning; Jobrotation; "
     "Nye opgaver i mit nuværende job", "medarbejder", "", "nej", "alle"),
    ("F4", "Fremadrettet", "Ønsker du at drøfte ændringer i dine opgaver eller dit ansvar?", "",
     "ja/nej", "", "medarbejder", "", "nej", "alle"),
    ("L4", "Fremadrettet", "Hvilke udviklingsmuligheder ser du for medarbejderen?", "", "tekst",
     "", "leder", "", "nej", "alle"),
    ("F5", "Fremadrettet", "Hvornår vil du foreslå, at vi følger op på aftalerne?", "", "dato",
     "", "begge", "", "nej", "alle"),
    ("F6", "Fremadrettet", "Er der andet, du gerne vil tage op til samtalen?", "", "tekst", "",
     "begge", "", "nej", "alle"),
)

COMPETENCE_HEADERS = ("ID", "Kompetence", "Beskrivelse", "Gruppe")
COMPETENCES: tuple[tuple[str, str, str, str], ...] = (
    ("K1", "Faglig viden", "Kender og bruger fagets metoder, regler og viden.", "faglig"),
    ("K2", "Kvalitet og grundighed", "Leverer korrekt arbejde til tiden.", "faglig"),
    ("K3", "Problemløsning", "Finder og vurderer løsninger på nye problemer.", "faglig"),
    ("K4", "Samarbejde", "Deler viden og hjælper kolleger; bidrager til fællesskabet.", "social"),
    ("K5", "Kommunikation", "Formidler klart i tale og skrift til kolleger og borgere.", "social"),
    ("K6", "Service", "Møder borgere og samarbejdspartnere imødekommende og professionelt.",
     "social"),
    ("K7", "Selvstændighed og initiativ", "Planlægger eget arbejde og tager ansvar.", "personlig"),
    ("K8", "Omstillingsparathed", "Håndterer forandringer og nye opgaver konstruktivt.",
     "personlig"),
    ("K9", "Digitale kompetencer", "Bruger fagsystemer, Office og nye digitale værktøjer sikkert.",
     "digital"),
    ("K10", "Datasikkerhed og GDPR", "Håndterer personoplysninger sikkert og efter reglerne.",
     "digital"),
)

SETTINGS: tuple[tuple[str, Any], ...] = (
    ("Organisation", ORGANISATION),
    ("Sæson", SEASON),
    ("Svarfrist", DEADLINE),
    ("Antal udviklingsmål", 3),
    ("Skala", "1-5"),
    ("Skalatekster", "I meget lav grad; I lav grad; I nogen grad; I høj grad; I meget høj grad"),
    ("Kompetencetekster", "Begynder; Let øvet; Øvet; Erfaren; Ekspert"),
    ("Skala som", "rullemenu"),
)

EMPLOYEE_HEADERS = ("Medarbejdernr.", "Navn", "E-mail", "Afdeling", "Stilling", "Leder",
                    "Leders e-mail", "MUS-dato", "Sprog", "Arbejdssted")
_LEADERS = {
    "Økonomi": ("Hanne Kjær", "hkj", "Rådhuset"),
    "IT": ("Morten Dahl", "mda", "Teknikerbyen"),
    "HR og Løn": ("Pia Lund", "plu", "Rådhuset"),
    "Borgerservice": ("Ali Hassan", "aha", "Borgerservice Nord"),
}
_PEOPLE: tuple[tuple[int | str, str, str, str, str], ...] = (
    (1001, "Anne Sørensen", "ans", "Økonomi", "Økonomikonsulent"),
    (1002, "Jens Hansen", "jha", "Økonomi", "Bogholder"),
    (1003, "Mette Nielsen", "mni", "Økonomi", "Controller"),
    (1004, "Søren Østergaard", "soe", "Økonomi", "Regnskabsmedarbejder"),
    (1005, "Lærke Bjørn/Holm", "lbh", "Økonomi", "Økonomielev"),
    (1006, "Frederik Møller", "fmo", "Økonomi", "Budgetanalytiker"),
    (1007, "Jens Hansen", "jeh", "IT", "Systemadministrator"),
    (1008, "Camilla Rasmussen", "cra", "IT", "IT-supporter"),
    (1009, "Mads Kristensen", "mkr", "IT", "Udvikler"),
    (1010, "Sofie Jørgensen", "sjo", "IT", "IT-projektleder"),
    (1011, "Rasmus Poulsen", "rpo", "IT", "Netværkstekniker"),
    (1012, "Ida Thomsen", "ith", "IT", "IT-sikkerhedskonsulent"),
    (1013, "Niels Christiansen", "nch", "HR og Løn", "Lønkonsulent"),
    (1014, "Karen Johansen", "kjo", "HR og Løn", "HR-partner"),
    (1015, "Line Mortensen", "lmo", "HR og Løn", "HR-konsulent"),
    (1016, "Peter Larsen", "pla", "HR og Løn", "Lønbogholder"),
    (1017, "Emma Andersen", "ean", "HR og Løn", "Rekrutteringskonsulent"),
    (1018, "Ahmad Rahimi", "ara", "Borgerservice", "Borgerservicemedarbejder"),
    (1019, "Birgitte Friis", "bfr", "Borgerservice", "Teamkoordinator"),
    (1020, "Thomas Bach", "tba", "Borgerservice", "Borgerservicemedarbejder"),
    (1021, "Julie Holm", "jho", "Borgerservice", "Sagsbehandler"),
    (1022, "Oliver Skov", "osk", "Borgerservice", "Sagsbehandler"),
    (1023, "Maria Eriksen", "mer", "Borgerservice", "Borgerservicemedarbejder"),
    (1024, "Jonas Winther", "jwi", "Borgerservice", "Studentermedhjælper"),
    ("00042", "Aisha Ahmed", "aah", "IT", "IT-elev"),
)
# fmt: on


def employee_rows() -> list[tuple[Any, ...]]:
    rows = []
    for index, (number, name, initials, department, title) in enumerate(_PEOPLE):
        leader, leader_initials, place = _LEADERS[department]
        day = dt.datetime(2027, 2, 1, 9, 0) + dt.timedelta(days=index % 20, hours=index % 3)
        language = "en" if name == "Aisha Ahmed" else "da"
        rows.append((number, name, f"{initials}@eksempel.dk", department, title, leader,
                     f"{leader_initials}@eksempel.dk", day.date(), language, place))
    return rows


def _sheet(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[int], first: int = 1) -> None:
    for col, header in enumerate(headers, start=1):
        cell: Any = ws.cell(row=first, column=col, value=header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        ws.column_dimensions[cell.column_letter].width = widths[col - 1]
    for r, row in enumerate(rows, start=first + 1):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, dt.date):
                cell.number_format = "DD-MM-YYYY"
    ws.freeze_panes = f"A{first + 1}"


def write_employees(path: Path, rows: Sequence[Sequence[Any]] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Medarbejdere"
    ws["A1"] = f"Medarbejderliste til MUS {SEASON} – {ORGANISATION}"
    ws["A1"].font = Font(bold=True, size=14)
    _sheet(ws, EMPLOYEE_HEADERS, employee_rows() if rows is None else rows,
           (16, 24, 24, 16, 26, 16, 22, 13, 8, 20), first=3)
    _save(wb, path)
    return path


def write_questions(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Spørgsmål"
    _sheet(ws, QUESTION_HEADERS, QUESTIONS, (6, 14, 60, 45, 9, 40, 13, 24, 10, 10))
    _sheet(wb.create_sheet("Kompetencer"), COMPETENCE_HEADERS, COMPETENCES, (6, 28, 60, 12))
    _sheet(wb.create_sheet("Indstillinger"), ("Indstilling", "Værdi"), SETTINGS, (22, 70))
    _save(wb, path)
    return path


def _save(wb: Workbook, path: Path) -> None:
    """Fixed document times, so the shipped files only change when their content does."""
    stamp = dt.datetime(2026, 11, 1, 8, 0, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "mus"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
