"""The fixed words on forms, in Danish and English.

HR rewords the introductions (Jinja templates in templates/) and restyles form.docx; these labels
and placeholders are fixed because the reading side recognises them (a placeholder left untouched
is no answer, whichever language the form was made in).
"""

from __future__ import annotations

LANGUAGES = ("da", "en")
WORD_LANG = {"da": "da-DK", "en": "en-GB"}
DATE_FORMAT = {"da": "dd-MM-yyyy", "en": "dd/MM/yyyy"}

FORM: dict[str, dict[str, str]] = {
    "da": {
        "title_employee": "MUS {season}: din forberedelse",
        "title_leader": "MUS {season}: lederens forberedelse",
        "title_agreement": "MUS {season}: aftaler",
        "subtitle_employee": "Forberedelsesskema til medarbejderudviklingssamtalen",
        "subtitle_leader": "Lederens forberedelse til samtalen med {name}",
        "subtitle_agreement": "Det, vi har aftalt i medarbejderudviklingssamtalen",
        "name": "Navn",
        "number": "Medarbejdernr.",
        "department": "Afdeling",
        "job_title": "Stilling",
        "leader": "Leder",
        "meeting": "MUS-dato",
        "deadline": "Svarfrist",
        "required": "skal besvares",
        "competences": "Kompetencer",
        "competences_intro_employee": "Vurdér dit niveau i dag og det niveau, du gerne vil have "
        "om et år.",
        "competences_intro_leader": "Vurdér medarbejderens niveau i dag og det niveau, du ser som "
        "realistisk og ønskeligt om et år.",
        "competence": "Kompetence",
        "level_now": "Niveau nu",
        "level_wanted": "Ønsket om et år",
        "agreed_now": "Aftalt niveau nu",
        "agreed_wanted": "Aftalt mål om et år",
        "plan": "Udviklingsplan",
        "plan_intro": "Foreslå op til {n} udviklingsmål. Aktiviteter kan være kurser, men også "
        "sidemandsoplæring, mentorordning, jobrotation eller nye opgaver.",
        "plan_intro_leader": "Foreslå op til {n} udviklingsmål for medarbejderen. Aktiviteter "
        "kan være kurser, men også sidemandsoplæring, mentorordning, jobrotation eller nye "
        "opgaver.",
        "goal_n": "Udviklingsmål {n}",
        "goal": "Mål",
        "activities": "Aktiviteter",
        "criterion": "Hvad viser, at målet er nået?",
        "goal_deadline": "Frist",
        "responsible": "Ansvarlig",
        "follow_up": "Dato for opfølgning",
        "previous": "Sidste års udviklingsmål",
        "previous_intro": "Hvordan er det gået med de mål, I aftalte ved sidste MUS?",
        "previous_intro_proposed": "Ved sidste MUS blev disse mål foreslået, men der kom ingen "
        "aftale om dem tilbage, så de står her som forslag. Hvordan er det gået med dem?",
        "previous_intro_mixed": "Hvordan er det gået med sidste års mål? Mål markeret som "
        "forslag blev foreslået, men der kom ingen aftale om dem tilbage.",
        "previous_proposed": "Forslag, ikke aftalt",
        "previous_n": "Mål {n}",
        "status": "Status",
        "comment": "Kommentar",
        "statuses": "Nået;Delvist nået;Ikke nået;Droppet",
        "yes": "Ja",
        "no": "Nej",
        "ph_text": "Skriv her.",
        "ph_line": "Skriv her.",
        "ph_choose": "Vælg et svar.",
        "ph_scale": "Vælg et tal.",
        "ph_level": "Vælg niveau.",
        "ph_date": "Vælg en dato.",
        "scale_key": "{items}",
        "scale_bare": "Skala fra {low} (lavest) til {high} (højest)",
        "levels_key": "Niveauer: {items}",
        "options_key": "Svarmuligheder: {items}",
        "mark_private": "læses ikke ind i nogen oversigt",
        "mark_sensitive": "følsomt spørgsmål",
        "sensitive_talk": "Her er ikke noget felt at skrive i, fordi spørgsmålet er følsomt. "
        "Tag det op i samtalen, hvis du vil.",
        "sensitive_field": "Følsomt spørgsmål: skemaet sendes til {to}, og den, der modtager "
        "det, kan læse alt, hvad du skriver her. Svaret læses ikke ind i nogen oversigt. Skriv "
        "ikke oplysninger om dit helbred her; tag dem op i samtalen.",
        "sensitive_field_leader": "Følsomt spørgsmål: skemaet sendes til {to}, og den, der "
        "modtager det, kan læse alt, hvad du skriver her. Svaret læses ikke ind i nogen "
        "oversigt. Skriv ikke oplysninger om medarbejderens helbred her; tag dem op i samtalen.",
        "mark_leader": "kun til din leders oversigt",
        "mark_leader_own": "kun til din egen oversigt",
        "alias_answer": "Svar {id}",
        "alias_now": "{id} niveau nu",
        "alias_wanted": "{id} ønsket niveau",
        "alias_goal": "Mål {n}: {part}",
        "alias_prev": "Sidste års mål {n}: {part}",
        "alias_step": "{id} trin {step}",
        "confidential": "Fortroligt",
        "closing": "Gem skemaet, når du er færdig, og send det til {to}{by}.",
        "closing_by": " senest {date}",
        "conclusions": "Konklusioner fra samtalen",
        "agreed_goals": "Aftalte udviklingsmål",
        "other_agreements": "Andre aftaler",
        "confirm_employee": "Medarbejder (navn og dato)",
        "confirm_leader": "Leder (navn og dato)",
        "proposed_by_employee": "Medarbejderens forslag",
        "proposed_by_leader": "Lederens forslag",
        "agreement_competences_intro": "Vælg det niveau, I er enige om i dag, og det, I aftaler "
        "at arbejde hen imod det kommende år. Forslagene fra forberedelsen står under hver "
        "kompetence (nu → om et år).",
        "proposals": "Forslag: medarbejder {employee} · leder {leader}",
        "free_goal": "Plads til et nyt mål",
        "name_label": "Navn",
        "date_label": "Dato",
        "alias_agr_conclusions": "Aftale: konklusioner",
        "alias_agr_other": "Aftale: andre aftaler",
        "alias_agr_employee_name": "Aftale: medarbejderens navn",
        "alias_agr_employee_date": "Aftale: medarbejderens dato",
        "alias_agr_leader_name": "Aftale: lederens navn",
        "alias_agr_leader_date": "Aftale: lederens dato",
        "title_followup": "MUS {season}: opfølgning",
        "subtitle_followup": "Opfølgning på de aftalte udviklingsmål",
        "goal_agreed": "Aftalt",
        "comment_employee": "Kommentar fra medarbejderen",
        "comment_leader": "Kommentar fra lederen",
        "ph_agreed": "Forslag: vælg Ja eller Nej.",
        "from_employee": "Fra medarbejderens forberedelse",
        "from_leader": "Fra lederens forberedelse",
        "agreement_goals_intro_none": "Der kom ingen forslag til udviklingsmål fra "
        "forberedelsen. Skriv de mål, I aftaler, og vælg Ja under Aftalt ved hvert af dem; et "
        "mål uden Ja er ikke aftalt.",
        "agreement_goals_intro": "Forslagene fra forberedelsen er sat ind. Ret, slet eller "
        "tilføj. Vælg Ja under Aftalt ved de mål, I begge er enige om; et mål uden Ja er ikke "
        "aftalt. Vælg Nej ved et mål, I ikke er enige om, og skriv hver jeres kommentar.",
        "agreement_competences_intro_none": "Vælg det niveau, I er enige om i dag, og det, I "
        "aftaler at arbejde hen imod det kommende år.",
        "held": "Samtalen blev holdt den",
        "confirm": "Underskrift",
        "confirm_intro": "Med jeres navne og datoen bekræfter I to ting: at samtalen er holdt, "
        "og at planen er, som den står i dette dokument. Mål med Nej under Aftalt er ikke "
        "aftalt, og underskriften gør dem ikke til det.",
        "closing_agreement": "Når I begge har skrevet navn og dato, sendes dokumentet til "
        "{to}.",
        "followup_goals": "De aftalte mål",
        "followup_intro": "Tal målene igennem sammen: hvor langt er I, hvad er sket, og hvad er "
        "næste skridt?",
        "followup_details": "Aktiviteter: {activities}",
        "followup_deadline": "Frist {date}",
        "followup_date": "Opfølgning {date}",
        "followup_last": "Seneste status: {status} ({date})",
        "happened": "Hvad er sket?",
        "next_step": "Næste skridt",
        "followup_statuses": "Ikke startet;I gang;Gennemført;Udskudt;Droppet",
        "followup_held": "Opfølgningen blev holdt den",
        "followup_confirm_intro": "Med jeres navne og datoen bekræfter I, at I har fulgt op "
        "på målene sammen, og at status er, som den står her.",
        "closing_followup": "Når I begge har skrevet navn og dato, sendes skemaet til {to}.",
        "alias_followup": "Opfølgning, mål {n}: {part}",
        "alias_agr_held": "Aftale: samtalens dato",
        "alias_fu_held": "Opfølgning: dato",
        "alias_fu_employee_name": "Opfølgning: medarbejderens navn",
        "alias_fu_employee_date": "Opfølgning: medarbejderens dato",
        "alias_fu_leader_name": "Opfølgning: lederens navn",
        "alias_fu_leader_date": "Opfølgning: lederens dato",
    },
    "en": {
        "title_employee": "Development review {season}: your preparation",
        "title_leader": "Development review {season}: the leader's preparation",
        "title_agreement": "Development review {season}: agreements",
        "subtitle_employee": "Preparation form for the annual development review",
        "subtitle_leader": "The leader's preparation for the review with {name}",
        "subtitle_agreement": "What we agreed in the development review",
        "name": "Name",
        "number": "Employee no.",
        "department": "Department",
        "job_title": "Job title",
        "leader": "Leader",
        "meeting": "Meeting date",
        "deadline": "Reply by",
        "required": "required",
        "competences": "Competences",
        "competences_intro_employee": "Rate your level today and the level you would like to "
        "have in a year.",
        "competences_intro_leader": "Rate the employee's level today and the level you see as "
        "realistic and desirable in a year.",
        "competence": "Competence",
        "level_now": "Level now",
        "level_wanted": "Wanted in a year",
        "agreed_now": "Agreed level now",
        "agreed_wanted": "Agreed aim in a year",
        "plan": "Development plan",
        "plan_intro": "Propose up to {n} development goals. Activities can be courses, but also "
        "on-the-job training, mentoring, job rotation or new tasks.",
        "plan_intro_leader": "Propose up to {n} development goals for the employee. Activities "
        "can be courses, but also on-the-job training, mentoring, job rotation or new tasks.",
        "goal_n": "Development goal {n}",
        "goal": "Goal",
        "activities": "Activities",
        "criterion": "How will we know it is reached?",
        "goal_deadline": "Deadline",
        "responsible": "Responsible",
        "follow_up": "Date of the follow-up",
        "previous": "Last year's development goals",
        "previous_intro": "How did the goals you agreed at the last review go?",
        "previous_intro_proposed": "These goals were proposed at the last review, but no "
        "agreement on them came back, so they are shown as proposals. How did they go?",
        "previous_intro_mixed": "How did last year's goals go? Goals marked as proposals were "
        "proposed, but no agreement on them came back.",
        "previous_proposed": "Proposal, not agreed",
        "previous_n": "Goal {n}",
        "status": "Status",
        "comment": "Comment",
        "statuses": "Reached;Partly reached;Not reached;Dropped",
        "yes": "Yes",
        "no": "No",
        "ph_text": "Write here.",
        "ph_line": "Write here.",
        "ph_choose": "Choose an answer.",
        "ph_scale": "Choose a number.",
        "ph_level": "Choose a level.",
        "ph_date": "Choose a date.",
        "scale_key": "{items}",
        "scale_bare": "Scale from {low} (lowest) to {high} (highest)",
        "levels_key": "Levels: {items}",
        "options_key": "Options: {items}",
        "mark_private": "not read into any overview",
        "mark_sensitive": "sensitive question",
        "sensitive_talk": "There is no field to write in, because the question is sensitive. "
        "Bring it up in the review if you wish.",
        "sensitive_field": "Sensitive question: the form goes to {to}, and whoever receives it "
        "can read everything you write here. The answer is not read into any overview. Do not "
        "write about your health here; bring it up in the review.",
        "sensitive_field_leader": "Sensitive question: the form goes to {to}, and whoever "
        "receives it can read everything you write here. The answer is not read into any "
        "overview. Do not write about the employee's health here; bring it up in the review.",
        "mark_leader": "only for your leader's overview",
        "mark_leader_own": "only for your own overview",
        "alias_answer": "Answer {id}",
        "alias_now": "{id} level now",
        "alias_wanted": "{id} wanted level",
        "alias_goal": "Goal {n}: {part}",
        "alias_prev": "Last year's goal {n}: {part}",
        "alias_step": "{id} step {step}",
        "confidential": "Confidential",
        "closing": "Save the form when you are done and send it to {to}{by}.",
        "closing_by": " by {date}",
        "conclusions": "Conclusions from the review",
        "agreed_goals": "Agreed development goals",
        "other_agreements": "Other agreements",
        "confirm_employee": "Employee (name and date)",
        "confirm_leader": "Leader (name and date)",
        "proposed_by_employee": "The employee's proposal",
        "proposed_by_leader": "The leader's proposal",
        "agreement_competences_intro": "Choose the level you agree on today, and the one you "
        "agree to work towards in the coming year. The proposals from the preparation are shown "
        "under each competence (now → in a year).",
        "proposals": "Proposed: employee {employee} · leader {leader}",
        "free_goal": "Room for a new goal",
        "name_label": "Name",
        "date_label": "Date",
        "alias_agr_conclusions": "Agreement: conclusions",
        "alias_agr_other": "Agreement: other agreements",
        "alias_agr_employee_name": "Agreement: employee's name",
        "alias_agr_employee_date": "Agreement: employee's date",
        "alias_agr_leader_name": "Agreement: leader's name",
        "alias_agr_leader_date": "Agreement: leader's date",
        "title_followup": "Development review {season}: follow-up",
        "subtitle_followup": "Follow-up on the agreed development goals",
        "goal_agreed": "Agreed",
        "comment_employee": "Comment from the employee",
        "comment_leader": "Comment from the leader",
        "ph_agreed": "Proposal: choose Yes or No.",
        "from_employee": "From the employee's preparation",
        "from_leader": "From the leader's preparation",
        "agreement_goals_intro_none": "No development goals were proposed in the preparation. "
        "Write the goals you agree on, and choose Yes under Agreed for each of them; a goal "
        "without Yes is not agreed.",
        "agreement_goals_intro": "The proposals from the preparation are filled in. Change, "
        "delete or add. Choose Yes under Agreed for the goals you both agree on; a goal without "
        "Yes is not agreed. Choose No for a goal you do not agree on, and each write your "
        "comment.",
        "agreement_competences_intro_none": "Choose the level you agree on today, and the one "
        "you agree to work towards in the coming year.",
        "held": "The review was held on",
        "confirm": "Signatures",
        "confirm_intro": "With your names and the date you confirm two things: that the review "
        "took place, and that the plan is as this document says. Goals with No under Agreed "
        "are not agreed, and signing does not make them so.",
        "closing_agreement": "When you have both written your names and the date, send the "
        "document to {to}.",
        "followup_goals": "The agreed goals",
        "followup_intro": "Go through the goals together: how far have you got, what has "
        "happened, and what is the next step?",
        "followup_details": "Activities: {activities}",
        "followup_deadline": "Deadline {date}",
        "followup_date": "Follow-up {date}",
        "followup_last": "Latest status: {status} ({date})",
        "happened": "What has happened?",
        "next_step": "Next step",
        "followup_statuses": "Not started;In progress;Done;Postponed;Dropped",
        "followup_held": "The follow-up was held on",
        "followup_confirm_intro": "With your names and the date you confirm that you have "
        "followed up on the goals together, and that their status is as written here.",
        "closing_followup": "When you have both written your names and the date, send the form "
        "to {to}.",
        "alias_followup": "Follow-up, goal {n}: {part}",
        "alias_agr_held": "Agreement: date of the review",
        "alias_fu_held": "Follow-up: date",
        "alias_fu_employee_name": "Follow-up: employee's name",
        "alias_fu_employee_date": "Follow-up: employee's date",
        "alias_fu_leader_name": "Follow-up: leader's name",
        "alias_fu_leader_date": "Follow-up: leader's date",
    },
}

# The canonical (Danish) status values stored in the workbook, by position in "statuses"
# (last year's goals) and "followup_statuses" (a follow-up during the year).
STATUSES = tuple(FORM["da"]["statuses"].split(";"))
FOLLOWUP_STATUSES = tuple(FORM["da"]["followup_statuses"].split(";"))


def form_text(lang: str, key: str, **params: object) -> str:
    text = FORM.get(lang, FORM["da"])[key]
    return text.format(**params) if params else text


# Placeholders of forms made by earlier versions, still recognised as "no answer" when read back.
LEGACY_PLACEHOLDERS = ("Klik her og skriv dit svar.", "Klik her og skriv.", "Vælg på skalaen.",
                       "Click here and write your answer.", "Click here and write.",
                       "Choose on the scale.")


# Labels of forms made by earlier versions (a goal card's rows before "Frist"), still read back
# by their text: a goal's rows where its controls are gone, and its controls' titles.
LEGACY_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "da": {"criterion": ("Hvornår er målet nået?",), "goal_deadline": ("Deadline",),
           "follow_up": ("Opfølgning (dato)",)},
    "en": {"follow_up": ("Follow-up (date)",)},
}


def label_texts(lang: str, key: str) -> tuple[str, ...]:
    """A label as forms print it now in ``lang``, then as earlier versions printed it."""
    return (form_text(lang, key), *LEGACY_LABELS.get(lang, {}).get(key, ()))


def placeholders() -> frozenset[str]:
    """Every placeholder text a form may show, in every language."""
    return frozenset([*(FORM[lang][key] for lang in LANGUAGES for key in FORM[lang]
                        if key.startswith("ph_")), *LEGACY_PLACEHOLDERS])


def yes_no_values() -> dict[str, bool]:
    return {FORM[lang][key].casefold(): key == "yes" for lang in LANGUAGES
            for key in ("yes", "no")}


def status_values() -> dict[str, str]:
    """Any language's status text → the Danish one kept in the workbook."""
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        for key, canonical in (("statuses", STATUSES), ("followup_statuses", FOLLOWUP_STATUSES)):
            for index, text in enumerate(FORM[lang][key].split(";")):
                out.setdefault(text.casefold(), canonical[index])
    return out
