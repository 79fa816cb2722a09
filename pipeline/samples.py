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
                    "Målgruppe", "Gælder for", "Påkrævet", "Synlighed",
                    # Optional, to the right: English texts, the leader's wording, own scale.
                    "Fase (en)", "Spørgsmål (en)", "Hjælpetekst (en)", "Valgmuligheder (en)",
                    "Spørgsmål til leder", "Spørgsmål til leder (en)", "Skalatekster",
                    "Skalatekster (en)", "Følsom")
GOOD_DA = "Meget dårligt; Dårligt; Nogenlunde; Godt; Rigtig godt"
GOOD_EN = "Very poorly; Poorly; Fairly; Well; Very well"


def _q(qid: str, phase: str, text: str, help_text: str, qtype: str, options: str,
       audience: str, applies: str, required: str, visibility: str, *, en: str,
       help_en: str = "", options_en: str = "", phase_en: str = "", leader: str = "",
       leader_en: str = "", labels: str = "", labels_en: str = "",
       sensitive: str = "nej") -> tuple[str, ...]:
    return (qid, phase, text, help_text, qtype, options, audience, applies, required, visibility,
            phase_en, en, help_en, options_en, leader, leader_en, labels, labels_en, sensitive)


# fmt: off
# A set a Danish HR consultant would send as it is: fourteen questions (thirteen outside IT and
# Borgerservice), three phases, three or four printed pages with the competences and the plan;
# the leader answers seven about the employee. Every text in Danish and English.
QUESTIONS: tuple[tuple[str, ...], ...] = (
    _q("T1", "Tilbageblik", "Hvad er gået godt siden sidste MUS, og hvad har været svært?",
       "Tænk på dine opgaver, dine resultater og samarbejdet i det forløbne år.", "tekst", "",
       "medarbejder", "", "ja", "alle", phase_en="Looking back",
       en="What has gone well since your last review, and what has been difficult?",
       help_en="Think of your tasks, your results and the collaboration over the past year."),
    _q("T2", "Tilbageblik",
       "I hvilken grad er aftalerne fra sidste MUS blevet fulgt op?", "", "skala", "",
       "begge", "", "nej", "alle",
       en="To what extent have the agreements from your last review been followed up?",
       leader="I hvilken grad har I fulgt op på aftalerne fra sidste MUS?",
       leader_en="To what extent have you and the employee followed up on the agreements from "
       "the last review?"),
    _q("T3", "Tilbageblik",
       "Har du deltaget i kurser eller anden kompetenceudvikling siden sidste MUS?",
       "Fx kurser, sidemandsoplæring, mentorordning eller nye opgaver.", "ja/nej", "",
       "medarbejder", "", "nej", "alle",
       en="Have you taken part in courses or other competence development since your last "
       "review?", help_en="For example courses, on-the-job training, mentoring or new tasks."),
    _q("N1", "Her og nu", "Hvordan trives du i dit arbejde?",
       "Trivsel handler både om opgaverne, kollegerne og balancen mellem arbejde og fritid.",
       "skala", "", "medarbejder", "", "ja", "alle", phase_en="Here and now",
       en="How well are you thriving in your work?",
       help_en="Well-being covers your tasks, your colleagues and the balance between work "
       "and private life.", labels=GOOD_DA, labels_en=GOOD_EN),
    _q("N2", "Her og nu",
       "I hvilken grad oplever du, at din arbejdsmængde er passende?",
       "", "skala", "", "medarbejder", "", "ja", "alle",
       en="To what extent do you find your workload reasonable?"),
    _q("N3", "Her og nu",
       "Hvilke opgaver giver dig energi, og hvilke dræner dig?", "", "tekst", "",
       "medarbejder", "", "nej", "alle",
       en="Which tasks give you energy, and which drain you?"),
    _q("N4", "Her og nu", "Hvad har du brug for fra din leder?",
       "Fx sparring, feedback, tydelige prioriteringer eller information.", "tekst", "",
       "medarbejder", "", "nej", "leder", en="What do you need from your leader?",
       help_en="For example advice, feedback, clear priorities or information."),
    _q("N5", "Her og nu", "Hvordan fungerer de digitale systemer og værktøjer, du arbejder med?",
       "", "skala", "", "medarbejder", "Afdeling=IT,Borgerservice", "nej", "alle",
       en="How well do the digital systems and tools you work with serve you?",
       labels=GOOD_DA, labels_en=GOOD_EN),
    _q("N6", "Her og nu",
       "Er der forhold i dit arbejdsliv eller privatliv, som du ønsker, at vi tager hensyn til?",
       "Fx helbred eller familieforhold, der påvirker dit arbejde.", "tekst", "", "medarbejder",
       "", "nej", "privat",
       en="Is there anything in your working or private life you would like us to take into "
       "account?",
       help_en="For example health or family circumstances that affect your work.",
       sensitive="ja"),
    _q("L1", "Her og nu", "Hvordan vurderer du medarbejderens trivsel?", "", "skala", "",
       "leder", "", "nej", "leder", en="How do you judge the employee's well-being?",
       labels="Meget dårlig; Dårlig; Nogenlunde; God; Rigtig god",
       labels_en="Very poor; Poor; Fair; Good; Very good"),
    _q("L2", "Her og nu", "Hvad forventer arbejdspladsen af medarbejderen i det kommende år?",
       "Opgaver, resultater og samarbejde.", "tekst", "", "leder", "", "ja", "alle",
       en="What does the workplace expect of the employee in the coming year?",
       help_en="Tasks, results and collaboration."),
    _q("L3", "Her og nu",
       "Hvad fungerer godt i medarbejderens opgaveløsning, og hvad kan blive bedre?",
       "", "tekst", "", "leder", "", "nej", "leder",
       en="What works well in how the employee carries out their tasks, and what could be "
       "better?"),
    _q("F1", "Fremadrettet", "Hvor ser du dig selv om et til tre år?", "", "tekst", "",
       "medarbejder", "", "nej", "alle", phase_en="Looking ahead",
       en="Where do you see yourself in one to three years?"),
    _q("F2", "Fremadrettet", "Hvilke nye kvalifikationer får du brug for, og hvorfor?",
       "Tænk på ændringer i opgaver, systemer og lovgivning.", "tekst", "", "begge", "", "ja",
       "alle", en="Which new skills will you need, and why?",
       help_en="Think of changes in tasks, systems and legislation.",
       leader="Hvilke nye kvalifikationer får medarbejderen brug for, og hvorfor?",
       leader_en="Which new skills will the employee need, and why?"),
    _q("F3", "Fremadrettet", "Hvilken form for udvikling passer bedst til dig?", "", "valg",
       "Kursus eller uddannelse; Sidemandsoplæring; Mentorordning; Jobrotation; "
       "Nye opgaver i mit nuværende job", "medarbejder", "", "nej", "alle",
       en="Which kind of development suits you best?",
       options_en="Course or education; On-the-job training; Mentoring; Job rotation; "
       "New tasks in my current job"),
    _q("F4", "Fremadrettet", "Hvornår vil du foreslå, at vi følger op på aftalerne?", "", "dato",
       "", "begge", "", "nej", "alle",
       en="When would you suggest that we follow up on the agreements?",
       leader="Hvornår foreslår du, at I følger op på aftalerne?",
       leader_en="When do you suggest that you and the employee follow up on the agreements?"),
    _q("F5", "Fremadrettet", "Er der andet, du gerne vil tage op til samtalen?", "", "tekst", "",
       "begge", "", "nej", "alle",
       en="Is there anything else you would like to raise in the review?",
       leader="Er der andet, du gerne vil tage op med medarbejderen?",
       leader_en="Is there anything else you would like to raise with the employee?"),
)

COMPETENCE_HEADERS = ("ID", "Kompetence", "Beskrivelse", "Gruppe", "Kompetence (en)",
                      "Beskrivelse (en)", "Gruppe (en)")
COMPETENCES: tuple[tuple[str, ...], ...] = (
    ("K1", "Faglig viden", "Kender og bruger fagets metoder, regler og viden.", "faglig",
     "Professional knowledge", "Knows and uses the methods, rules and knowledge of the field.",
     "professional"),
    ("K2", "Kvalitet og grundighed", "Leverer korrekt arbejde til tiden.", "faglig",
     "Quality and thoroughness", "Delivers correct work on time.", "professional"),
    ("K3", "Problemløsning", "Finder og vurderer løsninger på nye problemer.", "faglig",
     "Problem solving", "Finds and weighs solutions to new problems.", "professional"),
    ("K4", "Samarbejde", "Deler viden og hjælper kolleger; bidrager til fællesskabet.", "social",
     "Collaboration", "Shares knowledge and helps colleagues; contributes to the team.",
     "social"),
    ("K5", "Kommunikation og service", "Formidler klart i tale og skrift og møder borgere og "
     "samarbejdspartnere imødekommende.", "social", "Communication and service",
     "Communicates clearly in speech and writing and meets citizens and partners helpfully.",
     "social"),
    ("K6", "Selvstændighed og initiativ", "Planlægger eget arbejde og tager ansvar.", "personlig",
     "Independence and initiative", "Plans their own work and takes responsibility.",
     "personal"),
    ("K7", "Omstillingsparathed", "Håndterer forandringer og nye opgaver konstruktivt.",
     "personlig", "Adaptability", "Handles change and new tasks constructively.", "personal"),
    ("K8", "Digitale kompetencer", "Bruger fagsystemer og digitale værktøjer sikkert og "
     "håndterer personoplysninger efter reglerne.", "digital", "Digital skills",
     "Uses case systems and digital tools with confidence and handles personal data by the "
     "rules.", "digital"),
)

SETTINGS: tuple[tuple[str, Any], ...] = (
    ("Organisation", ORGANISATION),
    ("Organisation (en)", "Example Municipality"),
    ("Sæson", SEASON),
    ("Svarfrist", DEADLINE),
    ("Svaradresse", "mus@eksempel.dk"),
    ("Antal udviklingsmål", 2),
    ("Skala", "1-5"),
    ("Skalatekster", "I meget lav grad; I lav grad; I nogen grad; I høj grad; I meget høj grad"),
    ("Skalatekster (en)", "To a very small extent; To a small extent; To some extent; "
     "To a large extent; To a very large extent"),
    ("Kompetencetekster", "Begynder; Let øvet; Øvet; Erfaren; Ekspert"),
    ("Kompetencetekster (en)", "Beginner; Basic; Competent; Experienced; Expert"),
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
    _sheet(ws, QUESTION_HEADERS, QUESTIONS,
           (6, 14, 60, 45, 9, 40, 13, 24, 10, 10, 14, 60, 45, 40, 50, 50, 40, 40, 10))
    _sheet(wb.create_sheet("Kompetencer"), COMPETENCE_HEADERS, COMPETENCES,
           (6, 28, 60, 12, 28, 60, 12))
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
