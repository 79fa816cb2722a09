"""Sheet names, column names and the words of the overview workbook, in Danish and English.

Next season's ``mus generate --previous`` reads the goal sheet back by these names, in either
language, so HR may add columns or reorder them.
"""

from __future__ import annotations

SHEETS = {
    "da": {"summary": "Overblik", "overview": "Medarbejdere", "answers": "Svar",
           "goals": "Udviklingsmål", "competences": "Kompetencer", "departments": "Afdelinger",
           "leaders": "Ledere", "problems": "Problemer", "questions": "Spørgsmål", "about": "Om",
           "coverage": "Dækning", "talks": "Samtaleark"},
    "en": {"summary": "Summary", "overview": "Employees", "answers": "Answers",
           "goals": "Development goals", "competences": "Competences",
           "departments": "Departments", "leaders": "Leaders", "problems": "Problems",
           "questions": "Questions", "about": "About", "coverage": "Coverage",
           "talks": "Conversation sheets"},
}

COLUMNS = {
    "da": {
        "number": "Medarbejdernr.", "name": "Navn", "department": "Afdeling",
        "job_title": "Stilling", "leader": "Leder", "status": "Status", "file": "Fil",
        "saved": "Gemt", "unanswered": "Ubesvarede påkrævede", "leader_form": "Lederens skema",
        "leader_file": "Lederens fil", "agreement": "Aftale", "read_by": "Læst fra",
        "meeting": "MUS-dato",
        "form": "Skema", "source": "Status i aftalen", "goal": "Mål",
        "activities": "Aktiviteter",
        "criterion": "Succeskriterium", "deadline": "Frist", "responsible": "Ansvarlig",
        "follow_up": "Opfølgning", "overdue": "Opfølgning overskredet",
        "hr_status": "Status (HR)", "competence_id": "Kompetence-ID",
        "competence": "Kompetence", "group": "Gruppe", "now": "Nu", "wanted": "Ønsket",
        "gap": "Gab", "leader_now": "Nu (leder)", "leader_wanted": "Ønsket (leder)",
        "agreed_now": "Nu (aftalt)", "agreed_wanted": "Ønsket (aftalt)",
        "change": "Ændring siden sidst", "problem": "Problem", "todo": "Hvad gør jeg",
        "kind": "Type", "employees": "Medarbejdere", "returned": "Modtaget",
        "missing": "Mangler", "rate": "Svarprocent", "setting": "Oplysning", "value": "Værdi",
        "previous_status": "Status på sidste års mål", "departments": "Afdelinger",
        "problems": "Med problemer", "ratings": "Vurderinger", "avg_now": "Nu (gns.)",
        "avg_wanted": "Ønsket (gns.)", "avg_gap": "Gab (gns.)", "id": "ID", "phase": "Fase",
        "question": "Spørgsmål", "type": "Type", "audience": "Besvares af",
        "visibility": "Synlighed", "required": "Påkrævet", "employee_form": "Medarbejderskema",
        "own_form": "Dit skema", "returned_by": "Sendt retur af",
        "returned_at": "Modtaget pr. e-mail",
        "employee_comment": "Kommentar (medarbejder)", "leader_comment": "Kommentar (leder)",
        "latest_status": "Seneste opfølgning", "latest_date": "Opfølgning holdt",
        "latest_next": "Næste skridt", "leader_forms_missing": "Lederskemaer mangler",
        "agreements": "Aftaler modtaget", "leader_forms_in": "Lederskemaer modtaget",
        "employee_answer": "Medarbejderens svar", "own_answer": "Dit svar",
        "old_deadline": "Deadline",
    },
    "en": {
        "number": "Employee no.", "name": "Name", "department": "Department",
        "job_title": "Job title", "leader": "Leader", "status": "Status", "file": "File",
        "saved": "Saved", "unanswered": "Unanswered required", "leader_form": "Leader's form",
        "leader_file": "Leader's file", "agreement": "Agreement", "read_by": "Read from",
        "meeting": "Meeting date",
        "form": "Form", "source": "Agreement status", "goal": "Goal",
        "activities": "Activities",
        "criterion": "Success criterion", "deadline": "Deadline", "responsible": "Responsible",
        "follow_up": "Follow-up", "overdue": "Follow-up overdue", "hr_status": "Status (HR)",
        "competence_id": "Competence ID", "competence": "Competence", "group": "Group",
        "now": "Now", "wanted": "Wanted", "gap": "Gap", "leader_now": "Now (leader)",
        "leader_wanted": "Wanted (leader)", "agreed_now": "Now (agreed)",
        "agreed_wanted": "Wanted (agreed)", "change": "Change since last season",
        "problem": "Problem", "todo": "What to do", "kind": "Type", "employees": "Employees",
        "returned": "Returned", "missing": "Missing", "rate": "Response rate",
        "setting": "Item", "value": "Value", "previous_status": "Status of last year's goals",
        "departments": "Departments", "problems": "With problems", "ratings": "Ratings",
        "avg_now": "Now (avg.)", "avg_wanted": "Wanted (avg.)", "avg_gap": "Gap (avg.)",
        "id": "ID", "phase": "Phase", "question": "Question", "type": "Type",
        "audience": "Answered by", "visibility": "Visibility", "required": "Required",
        "employee_form": "Employee's form", "own_form": "Your form",
        "returned_by": "Returned by", "returned_at": "Received by e-mail",
        "employee_comment": "Comment (employee)", "leader_comment": "Comment (leader)",
        "latest_status": "Latest follow-up", "latest_date": "Follow-up held",
        "latest_next": "Next step",
        "leader_forms_missing": "Leader's forms missing", "agreements": "Agreements received",
        "leader_forms_in": "Leader's forms received", "employee_answer": "The employee's answer",
        "own_answer": "Your answer", "old_deadline": "Deadline",
    },
}

VALUES = {
    "da": {"received": "Modtaget", "missing": "Mangler", "problem": "Problem", "on_leave": "Orlov",
           "proposed_employee": "Forslag (medarbejder)", "proposed_leader": "Forslag (leder)",
           "agreed": "Aftalt", "not_agreed": "Ikke aftalt", "proposed": "Forslag",
           "yes": "Ja", "no": "Nej", "employee_form": "medarbejder",
           "leader_form": "leder", "department": "Afdeling", "leader": "Leder",
           "controls": "Fra felterne", "layout": "Fra layout – kontrollér", "all": "Alle",
           "agreement": "Aftale", "conclusions": "konklusioner", "other": "andre aftaler",
           "no_leader": "(ingen leder)", "no_department": "(ingen afdeling)",
           "short_agreed": "aftalt", "short_proposed_employee": "forslag (medarbejder)",
           "short_proposed_leader": "forslag (leder)", "short_not_agreed": "ikke aftalt",
           "short_proposed": "forslag",
           # question types, audiences and visibility, as the question set spells them
           "text": "tekst", "scale": "skala", "yesno": "ja/nej", "choice": "valg",
           "date": "dato", "aud_employee": "medarbejder", "aud_leader": "leder",
           "aud_both": "begge",
           "vis_all": "alle – HR og lederne", "vis_leader": "leder – kun lederens egen oversigt",
           "vis_private": "privat – læses aldrig",
           "vis_sensitive": "følsomt – læses aldrig",
           "sensitive_text": "(følsomt spørgsmål: teksten står kun i skemaet)",
           "beside_mark": "[+ mere skrevet ved siden af feltet – se Problemer]",
           "beside_note": "Medarbejderen har skrevet mere ved siden af svarfeltet. Det er ikke "
                          "læst med her: se arket Problemer og selve skemaet."},
    "en": {"received": "Received", "missing": "Missing", "problem": "Problem",
           "on_leave": "On leave",
           "proposed_employee": "Proposed (employee)", "proposed_leader": "Proposed (leader)",
           "agreed": "Agreed", "not_agreed": "Not agreed", "proposed": "Proposed",
           "yes": "Yes", "no": "No", "employee_form": "employee",
           "leader_form": "leader", "department": "Department", "leader": "Leader",
           "controls": "From the fields", "layout": "From the layout – check", "all": "All",
           "agreement": "Agreement", "conclusions": "conclusions", "other": "other agreements",
           "no_leader": "(no leader)", "no_department": "(no department)",
           "short_agreed": "agreed", "short_proposed_employee": "proposed (employee)",
           "short_proposed_leader": "proposed (leader)", "short_not_agreed": "not agreed",
           "short_proposed": "proposed",
           "text": "text", "scale": "scale", "yesno": "yes/no", "choice": "choice",
           "date": "date", "aud_employee": "employee", "aud_leader": "leader",
           "aud_both": "both",
           "vis_all": "all – HR and the leaders", "vis_leader": "leader – only the leader's own "
           "workbook", "vis_private": "private – never read",
           "vis_sensitive": "sensitive – never read",
           "sensitive_text": "(sensitive question: its text is in the form only)",
           "beside_mark": "[+ more written beside the field – see Problems]",
           "beside_note": "More was written beside the answer field. It is not read in here: "
                          "see the Problems sheet and the form itself."},
}

# The drop-down of the HR status column on the goal sheet. "Droppet"/"Dropped" is what next
# season's --previous leaves out (pipeline/overview/previous.py).
HR_STATUSES = {"da": ("Ikke startet", "I gang", "Gennemført", "Udskudt", "Droppet"),
               "en": ("Not started", "In progress", "Done", "Postponed", "Dropped")}

# The words of the front sheet.
TEXTS = {
    "da": {
        "title": "MUS {season}", "title_leader": "MUS {season}: {owner} medarbejdere",
        "title_no_leader": "MUS {season}: medarbejdere uden leder",
        "made": "Lavet {made} af mus {version}.",
        "figures": "Status", "staff": "Medarbejdere på listen", "answered": "Har svaret",
        "missing": "Mangler", "troubled": "Skemaer med problemer",
        "incomplete": "Skemaer, der mangler påkrævede svar", "see": "se arket {sheet}",
        "deadline": "Svarfrist", "days_left": "Dage til svarfristen",
        "days_past": "Dage siden svarfristen", "meetings": "MUS-samtaler",
        "missing_people": "Har ikke svaret endnu",
        "missing_people_late": "Har ikke svaret (svarfristen er overskredet)",
        "none_missing": "Alle har svaret.",
        "per_leader_forms": "Lederskemaer og aftaler pr. leder",
        "unanswered_note": "Påkrævede spørgsmål, som medarbejderen ikke har besvaret: nummeret på "
                           "medarbejderens skema og spørgsmålets ID (se arket Spørgsmål).",
        "n_note": "n: hvor mange svar gennemsnittet i kolonnen {column} er beregnet af.",
        "problem_files": "Filer, der ikke kunne bruges",
        "leader_forms": "Lederskemaer modtaget", "agreements": "Aftaler modtaget",
        "rate": "Svarprocent",
        "by_department": "Svar pr. afdeling", "by_leader": "Svar pr. leder",
        "gaps": "Kompetencer med størst forskel mellem nu og ønsket",
        "gaps_note": "Gennemsnit af medarbejdernes egne vurderinger på skalaen {low}–{high}, "
                     "over de n medarbejdere, der har vurderet både nu og ønsket; "
                     "gab = ønsket − nu.",
        "no_ratings": "Ingen kompetencevurderinger endnu.",
        "follow_ups": "Opfølgninger der er overskredet eller forfalder inden {until}",
        "no_follow_ups": "Ingen opfølgninger forfalder inden {until}.",
        "more_follow_ups": "… og {n} mere: se arket {sheet}.",
        "more_rows": "… og {n} mere: se arket {sheet}.",
        "team": "Dine medarbejdere", "your_follow_ups": "Opfølgninger du skal tage inden {until}",
        "your_forms": "Dine lederskemaer modtaget",
        "chart_answers": "Svar og manglende pr. {what}",
        "chart_gaps": "Nu og ønsket (gennemsnit)",
        "employee": "Medarbejder",
        "talk_meeting": "MUS-samtale {date}",
        "talk_no_form": "Medarbejderens skema er ikke kommet tilbage",
        "talk_no_own_form": "dit eget skema om medarbejderen er ikke kommet tilbage",
        "talk_competences": "Kompetencer: niveau nu → ønsket om et år",
        "talk_goals": "Forslag til udviklingsmål",
        "talk_goal_n": "Forslag {n}",
    },
    "en": {
        "title": "MUS {season}", "title_leader": "MUS {season}: {owner} team",
        "title_no_leader": "MUS {season}: employees without a leader",
        "made": "Made {made} by mus {version}.",
        "figures": "Status", "staff": "Employees on the list", "answered": "Have answered",
        "missing": "Missing", "troubled": "Forms with problems",
        "incomplete": "Forms missing a required answer", "see": "see the sheet {sheet}",
        "deadline": "Reply deadline", "days_left": "Days to the deadline",
        "days_past": "Days since the deadline", "meetings": "Reviews",
        "missing_people": "Not answered yet",
        "missing_people_late": "Not answered (the deadline has passed)",
        "none_missing": "Everyone has answered.",
        "per_leader_forms": "Leader's forms and agreements per leader",
        "unanswered_note": "Required questions the employee left unanswered: the number on the "
                           "employee's form and the question's ID (see the sheet Questions).",
        "n_note": "n: how many answers the average in the column {column} is of.",
        "problem_files": "Files that could not be used",
        "leader_forms": "Leader's forms received", "agreements": "Agreements received",
        "rate": "Response rate",
        "by_department": "Answers per department", "by_leader": "Answers per leader",
        "gaps": "Competences with the biggest gap between now and wanted",
        "gaps_note": "Averages of the employees' own ratings on the scale {low}–{high}, over "
                     "the n employees who rated both now and wanted; gap = wanted − now.",
        "no_ratings": "No competence ratings yet.",
        "follow_ups": "Follow-ups overdue or due before {until}",
        "no_follow_ups": "No follow-ups due before {until}.",
        "more_follow_ups": "… and {n} more: see the sheet {sheet}.",
        "more_rows": "… and {n} more: see the sheet {sheet}.",
        "team": "Your team", "your_follow_ups": "Follow-ups you owe before {until}",
        "your_forms": "Your leader's forms received",
        "chart_answers": "Answered and missing per {what}",
        "chart_gaps": "Now and wanted (average)",
        "employee": "Employee",
        "talk_meeting": "review on {date}",
        "talk_no_form": "The employee's form has not come back",
        "talk_no_own_form": "your own form about the employee has not come back",
        "talk_competences": "Competences: level now → wanted in a year",
        "talk_goals": "Proposed development goals",
        "talk_goal_n": "Proposal {n}",
    },
}


def column(lang: str, key: str) -> str:
    return COLUMNS.get(lang, COLUMNS["da"])[key]


def value(lang: str, key: str) -> str:
    return VALUES.get(lang, VALUES["da"])[key]


def sheet(lang: str, key: str) -> str:
    return SHEETS.get(lang, SHEETS["da"])[key]


def text(lang: str, key: str, **params: object) -> str:
    return TEXTS.get(lang, TEXTS["da"])[key].format(**params)


def aliases(key: str) -> tuple[str, ...]:
    """A column's names in every language, and its earlier names (Deadline, now Frist)."""
    old = {"deadline": "old_deadline"}.get(key)
    names = [COLUMNS[lang][k] for k in (key, old) if k for lang in COLUMNS]
    return tuple(dict.fromkeys(names))
