"""Sheet and column names of the overview workbook, in Danish and English.

Next season's ``mus generate --previous`` reads the goal sheet back by these names, in either
language, so HR may add columns or reorder them.
"""

from __future__ import annotations

SHEETS = {
    "da": {"overview": "Oversigt", "answers": "Svar", "goals": "Udviklingsmål",
           "competences": "Kompetencer", "departments": "Afdelinger", "problems": "Problemer",
           "about": "Om"},
    "en": {"overview": "Overview", "answers": "Answers", "goals": "Development goals",
           "competences": "Competences", "departments": "Departments", "problems": "Problems",
           "about": "About"},
}

COLUMNS = {
    "da": {
        "number": "Medarbejdernr.", "name": "Navn", "department": "Afdeling",
        "job_title": "Stilling", "leader": "Leder", "status": "Status", "file": "Fil",
        "saved": "Gemt", "unanswered": "Ubesvarede påkrævede", "leader_form": "Lederens skema",
        "leader_file": "Lederens fil", "agreement": "Aftale", "read_by": "Læst fra",
        "form": "Skema", "source": "Kilde", "goal": "Mål", "activities": "Aktiviteter",
        "criterion": "Succeskriterium", "deadline": "Deadline", "responsible": "Ansvarlig",
        "follow_up": "Opfølgning", "overdue": "Opfølgning overskredet",
        "hr_status": "Status (HR)", "competence_id": "Kompetence-ID",
        "competence": "Kompetence", "group": "Gruppe", "now": "Nu", "wanted": "Ønsket",
        "gap": "Gab", "leader_now": "Nu (leder)", "leader_wanted": "Ønsket (leder)",
        "change": "Ændring siden sidst", "problem": "Problem", "todo": "Hvad gør jeg",
        "kind": "Type", "employees": "Medarbejdere", "returned": "Modtaget",
        "missing": "Mangler", "rate": "Svarprocent", "setting": "Oplysning", "value": "Værdi",
        "previous_status": "Status på sidste års mål",
    },
    "en": {
        "number": "Employee no.", "name": "Name", "department": "Department",
        "job_title": "Job title", "leader": "Leader", "status": "Status", "file": "File",
        "saved": "Saved", "unanswered": "Unanswered required", "leader_form": "Leader's form",
        "leader_file": "Leader's file", "agreement": "Agreement", "read_by": "Read from",
        "form": "Form", "source": "Source", "goal": "Goal", "activities": "Activities",
        "criterion": "Success criterion", "deadline": "Deadline", "responsible": "Responsible",
        "follow_up": "Follow-up", "overdue": "Follow-up overdue", "hr_status": "Status (HR)",
        "competence_id": "Competence ID", "competence": "Competence", "group": "Group",
        "now": "Now", "wanted": "Wanted", "gap": "Gap", "leader_now": "Now (leader)",
        "leader_wanted": "Wanted (leader)", "change": "Change since last season",
        "problem": "Problem", "todo": "What to do", "kind": "Type", "employees": "Employees",
        "returned": "Returned", "missing": "Missing", "rate": "Response rate",
        "setting": "Item", "value": "Value", "previous_status": "Status of last year's goals",
    },
}

VALUES = {
    "da": {"received": "Modtaget", "missing": "Mangler", "problem": "Problem",
           "proposed_employee": "Forslag (medarbejder)", "proposed_leader": "Forslag (leder)",
           "agreed": "Aftalt", "yes": "Ja", "no": "Nej", "employee_form": "medarbejder",
           "leader_form": "leder", "department": "Afdeling", "leader": "Leder",
           "controls": "felter", "layout": "layout (kontrollér)", "all": "Alle",
           "agreement": "Aftale", "conclusions": "konklusioner", "other": "andre aftaler"},
    "en": {"received": "Received", "missing": "Missing", "problem": "Problem",
           "proposed_employee": "Proposed (employee)", "proposed_leader": "Proposed (leader)",
           "agreed": "Agreed", "yes": "Yes", "no": "No", "employee_form": "employee",
           "leader_form": "leader", "department": "Department", "leader": "Leader",
           "controls": "fields", "layout": "layout (check)", "all": "All",
           "agreement": "Agreement", "conclusions": "conclusions", "other": "other agreements"},
}


def column(lang: str, key: str) -> str:
    return COLUMNS.get(lang, COLUMNS["da"])[key]


def value(lang: str, key: str) -> str:
    return VALUES.get(lang, VALUES["da"])[key]


def sheet(lang: str, key: str) -> str:
    return SHEETS.get(lang, SHEETS["da"])[key]


def aliases(key: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(COLUMNS[lang][key] for lang in COLUMNS))
