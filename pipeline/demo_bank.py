"""What the demo's people write: a small bank of answers per question of the sample set, in Danish
and English, each marked with the mood it fits, and development goals that fit a job.

Answers are keyed by question ID and by who writes them (the employee, or the leader on the
leader's form). ``{first}`` in a leader's answer is the employee's first name.
"""

from __future__ import annotations

GOOD, MIXED = "good", "mixed"

# (tone, Danish, English)
Answer = tuple[str, str, str]

EMPLOYEE: dict[str, tuple[Answer, ...]] = {
    "T1": (
        (GOOD, "Jeg er glad for, at vi fik styr på sagsbunkerne i efteråret, og for "
         "samarbejdet i teamet.", "I am glad we got on top of the backlog in the autumn, and "
         "pleased with how the team works together."),
        (GOOD, "Jeg har fået mere ansvar og er blevet mere sikker i mine opgaver.",
         "I have been given more responsibility and feel more confident in my tasks."),
        (MIXED, "Et travlt år. Jeg er mest tilfreds med, at vi holdt fristerne trods "
         "sygdom i afdelingen.", "A busy year. I am most satisfied that we kept our deadlines "
         "despite illness in the department."),
        (GOOD, "Godt. Jeg er mest tilfreds med, at jeg er blevet den, kollegerne spørger.",
         "Well. I am most pleased that I have become the one colleagues ask."),
        (MIXED, "Op og ned. Foråret var hårdt, men efteråret har været bedre.",
         "Up and down. The spring was hard, but the autumn has been better."),
        (GOOD, "Overgangen til det nye system tog tid. Jeg har lært at spørge om hjælp "
         "tidligere.", "The move to the new system took time. I have learned to ask for help "
         "sooner."),
        (MIXED, "Perioderne med mange opgaver på én gang. Jeg har lært at sige fra og "
         "prioritere sammen med min leder.", "The periods with many tasks at once. I have "
         "learned to say no and to set priorities with my leader."),
        (MIXED, "Det har været svært at nå det hele i travle perioder, og jeg har ikke altid "
         "fået sagt til i tide.", "It has been hard to get everything done in busy periods, "
         "and I have not always spoken up in time."),
    ),
    "N3": (
        (GOOD, "Energi: at løse en svær sag sammen med kolleger. Dræner: at lede efter "
         "oplysninger i flere systemer.", "Energy: solving a difficult case with colleagues. "
         "Drains me: hunting for information across several systems."),
        (GOOD, "Jeg får energi af at hjælpe andre og af opgaver med et tydeligt mål.",
         "I get energy from helping others and from tasks with a clear goal."),
        (MIXED, "Mange afbrydelser i løbet af dagen dræner mig; fordybelse giver energi.",
         "Many interruptions during the day drain me; time to concentrate gives me energy."),
    ),
    "N4": (
        (GOOD, "Faste 1:1-samtaler og feedback undervejs, ikke kun ved MUS.",
         "Regular one-to-one meetings and feedback along the way, not only at the review."),
        (MIXED, "Tydeligere prioriteringer, når der er mere arbejde, end vi kan nå.",
         "Clearer priorities when there is more work than we can do."),
        (GOOD, "Sparring på de svære sager og information om, hvad der sker i organisationen.",
         "Advice on the difficult cases and news about what is happening in the organisation."),
    ),
    "N6": (
        (MIXED, "Jeg har små børn og vil gerne kunne gå tidligt om onsdagen.",
         "I have young children and would like to be able to leave early on Wednesdays."),
        (MIXED, "Min far er syg, og jeg kan få brug for fri med kort varsel.",
         "My father is ill, and I may need time off at short notice."),
    ),
    "F1": (
        (GOOD, "I en lignende rolle med mere ansvar, fx som faglig tovholder.",
         "In a similar role with more responsibility, for example as a lead for my field."),
        (GOOD, "Jeg vil gerne blive her og blive specialist i mit område.",
         "I would like to stay here and become a specialist in my field."),
        (MIXED, "Det er jeg ikke afklaret med endnu; det vil jeg gerne tale om.",
         "I have not decided yet; I would like to talk about it."),
    ),
    "F5": (
        (GOOD, "Nej, det er dækket.", "No, that covers it."),
        (MIXED, "Arbejdsmiljøet i travle perioder.", "The working environment in busy periods."),
    ),
}

# Answers that only someone in one job family would write, beside the general ones above.
BY_FAMILY: dict[str, dict[str, tuple[Answer, ...]]] = {
    "T1": {
        "finance": ((GOOD, "Årsafslutningen gik glat, og jeg har fået styr på de nye "
                     "afstemninger.", "The year-end close went smoothly, and I have got the new "
                     "reconciliations under control."),),
        "it": ((GOOD, "Vi fik skiftet alle pc'er uden større nedbrud, og jeg har lært meget af "
                "projektet.", "We replaced every PC without major outages, and I learned a lot "
                "from the project."),
               (MIXED, "Mange akutte sager har fyldt; jeg er mest tilfreds med den nye "
                "backup-løsning.", "Many urgent tickets took up the time; I am most satisfied "
                "with the new backup set-up.")),
        "hr": ((GOOD, "Lønkørslerne er gået fejlfrit, og rekrutteringerne er blevet hurtigere.",
                "The payroll runs went without errors, and hiring has become quicker."),),
        "citizen": ((GOOD, "Vi fik styr på sagsbunkerne i efteråret, og borgerne venter "
                     "kortere tid.", "We got on top of the backlog in the autumn, and citizens "
                     "wait less."),
                    (MIXED, "Mange henvendelser og lange køer, men vi har hjulpet hinanden.",
                     "Many enquiries and long queues, but we have helped each other.")),
        "trainee": ((GOOD, "Jeg har lært rigtig meget og fået lov at prøve mange opgaver.",
                     "I have learned a great deal and been allowed to try many tasks."),),
    },
    "N3": {
        "finance": ((GOOD, "Analyser og budgetmøder giver energi; manuel bogføring dræner.",
                     "Analyses and budget meetings give me energy; manual bookkeeping drains "
                     "me."),),
        "it": ((GOOD, "At løse et svært problem giver energi; gentagne nulstillinger af "
                "adgangskoder dræner.", "Solving a hard problem gives me energy; resetting "
                "passwords again and again drains me."),),
        "hr": ((GOOD, "Samtaler med ledere giver energi; rettelser i lønsedler i sidste minut "
                "dræner.", "Conversations with leaders give me energy; last-minute payslip "
                "corrections drain me."),),
        "citizen": ((MIXED, "At hjælpe en borger videre giver energi; vrede henvendelser i "
                     "telefonen dræner.", "Helping a citizen on gives me energy; angry calls "
                     "drain me."),),
    },
}

# The new skills an employee needs, by job family (F2).
SKILLS: dict[str, tuple[tuple[str, str], ...]] = {
    "finance": (("Bedre til Power BI og rapporter, fordi ledelsen vil have tal oftere.",
                 "Better at Power BI and reports, because management wants figures more often."),
                ("Viden om de nye regler for moms og momsrefusion.",
                 "Knowledge of the new rules on VAT and VAT refunds.")),
    "it": (("Cloud-drift og sikkerhed, fordi flere systemer flytter til skyen.",
            "Cloud operations and security, as more systems move to the cloud."),
           ("Scripting (PowerShell) til at automatisere faste opgaver.",
            "Scripting (PowerShell) to automate routine tasks.")),
    "hr": (("Overenskomsternes nye regler og det nye lønsystem.",
            "The new rules in the collective agreements and the new payroll system."),
           ("Rekruttering med fokus på fastholdelse og onboarding.",
            "Recruitment with a focus on retention and onboarding.")),
    "citizen": (("Klart sprog og svære samtaler med borgere.",
                 "Plain language and difficult conversations with citizens."),
                ("Den nye lovgivning på området og sagssystemets nye funktioner.",
                 "The new legislation in the field and the case system's new features.")),
    "trainee": (("Grundlæggende fagsystemer og Excel, så jeg kan klare flere opgaver selv.",
                 "The basic systems and Excel, so I can handle more tasks on my own."),),
    "other": (("Projektarbejde og bedre planlægning af egne opgaver.",
               "Project work and better planning of my own tasks."),),
}

LEADER: dict[str, tuple[Answer, ...]] = {
    "L2": (
        (GOOD, "At {first} tager ansvar for de faste opgaver og hjælper nye kolleger i gang.",
         "That {first} takes charge of the routine tasks and helps new colleagues get "
         "started."),
        (MIXED, "At {first} holder fristerne og siger til i god tid, når noget skrider.",
         "That {first} keeps deadlines and speaks up in good time when something slips."),
    ),
    "L3": (
        (GOOD, "{first} er grundig og hjælpsom. Kan blive bedre til at dele sin viden i "
         "teamet.", "{first} is thorough and helpful, and could share more of that knowledge "
         "with the team."),
        (MIXED, "Fagligt stærk, men prioriterer ikke altid de vigtigste opgaver først.",
         "Strong in the field, but does not always put the most important tasks first."),
    ),
    "F2": (
        (GOOD, "Mere viden om det nye system, så {first} kan blive superbruger.",
         "More knowledge of the new system, so {first} can become a super-user."),
        (MIXED, "Planlægning og prioritering i travle perioder.",
         "Planning and setting priorities in busy periods."),
    ),
    "F5": (
        (GOOD, "Vi skal tale om, hvordan {first} kan få mere ansvar.",
         "We should talk about how {first} can take on more responsibility."),
        (MIXED, "Arbejdsmængden og fordelingen af opgaver i teamet.",
         "The workload and how tasks are shared in the team."),
    ),
}

# Goals that fit a job family: (goal, activities, criterion, responsible), Danish and English.
Goal = tuple[str, str, str, str]
GOALS: dict[str, tuple[tuple[Goal, Goal], ...]] = {
    "finance": (
        (("Lave månedsrapporter i Power BI", "Kursus i Power BI; sparring med controlleren",
          "Rapporten går ud hver måned uden hjælp", "Medarbejderen"),
         ("Produce the monthly reports in Power BI", "Power BI course; advice from the "
          "controller", "The report goes out every month without help", "The employee")),
        (("Blive sikker i de nye momsregler", "E-læring og temadag hos revisor",
          "Kan besvare afdelingens spørgsmål om moms", "Teamleder"),
         ("Become confident with the new VAT rules", "E-learning and a day with the auditors",
          "Can answer the department's questions on VAT", "Team leader")),
        (("Overtage budgetopfølgningen for ét område", "Sidemandsoplæring hos budgetanalytiker",
          "Har lavet to kvartalsopfølgninger selv", "Leder"),
         ("Take over the budget follow-up for one area", "Training alongside the budget "
          "analyst", "Has done two quarterly follow-ups alone", "Leader")),
    ),
    "it": (
        (("Automatisere brugeroprettelse med PowerShell", "Kursus og et internt projekt",
          "Nye brugere oprettes med ét script", "Medarbejderen"),
         ("Automate user set-up with PowerShell", "Course and an internal project",
          "New users are set up with one script", "The employee")),
        (("Certificering i cloud-sikkerhed", "Online kursus og eksamen",
          "Bestået certificering", "Leder"),
         ("Certification in cloud security", "Online course and exam",
          "Certification passed", "Leader")),
        (("Lede opgraderingen af netværket på et lokationssted", "Projektledelse i praksis med "
          "mentor", "Opgraderingen er gennemført til tiden", "IT-chef"),
         ("Lead the network upgrade at one site", "Hands-on project management with a mentor",
          "The upgrade is done on time", "Head of IT")),
    ),
    "hr": (
        (("Blive superbruger i det nye lønsystem", "Leverandørens kursus og sidemandsoplæring",
          "Kan hjælpe kolleger med lønkørslen", "Medarbejderen"),
         ("Become a super-user of the new payroll system", "Supplier course and training "
          "alongside a colleague", "Can help colleagues with the payroll run", "The employee")),
        (("Styrke onboarding af nye medarbejdere", "Arbejdsgruppe og interview af nyansatte",
          "Ny onboardingplan er taget i brug", "HR-chef"),
         ("Improve the onboarding of new staff", "Working group and interviews with new "
          "starters", "A new onboarding plan is in use", "Head of HR")),
        (("Opdatere viden om overenskomster", "Temadag hos KL og netværk",
          "Kan rådgive ledere om de nye regler", "Leder"),
         ("Update knowledge of collective agreements", "Course day and network meetings",
          "Can advise leaders on the new rules", "Leader")),
    ),
    "citizen": (
        (("Styrke formidlingen til borgere", "Kursus i klart sprog; mentorordning",
          "Flere henvendelser løses ved første kontakt", "Medarbejderen"),
         ("Communicate more clearly with citizens", "Plain-language course; mentoring",
          "More enquiries are solved at first contact", "The employee")),
        (("Blive fortrolig med det nye sagssystem", "Kursus og sidemandsoplæring",
          "Kan håndtere alle sagstyper selvstændigt", "Teamleder"),
         ("Get to know the new case system well", "Course and training alongside a "
          "colleague", "Can handle every kind of case alone", "Team leader")),
        (("Håndtere svære samtaler roligt", "Kursus i konflikthåndtering; supervision",
          "Føler sig tryg i de svære samtaler", "Leder"),
         ("Handle difficult conversations calmly", "Conflict-handling course; supervision",
          "Feels safe in difficult conversations", "Leader")),
    ),
    "trainee": (
        (("Klare de faste opgaver selv", "Sidemandsoplæring og skoleperiode",
          "Løser de faste opgaver uden hjælp", "Praktikvejleder"),
         ("Handle the routine tasks alone", "Training alongside a colleague and a school "
          "period", "Does the routine tasks without help", "Training supervisor")),
        (("Blive bedre til Excel", "E-læring og øvelser med kolleger",
          "Kan lave afdelingens faste oversigter", "Medarbejderen"),
         ("Get better at Excel", "E-learning and practice with colleagues",
          "Can make the department's regular overviews", "The employee")),
        (("Prøve kræfter med borgerkontakt", "Følge en erfaren kollega i en uge",
          "Har taget telefonen alene en hel dag", "Praktikvejleder"),
         ("Try working with citizens directly", "Shadow an experienced colleague for a week",
          "Has answered the phone alone for a whole day", "Training supervisor")),
    ),
    "other": (
        (("Bedre planlægning i travle perioder", "Planlægningsværktøj og ugentlig prioritering",
          "Færre overskredne frister", "Medarbejderen og leder"),
         ("Better planning in busy periods", "Planning tool and weekly priorities",
          "Fewer missed deadlines", "The employee and leader")),
        (("Lede et mindre projekt", "Kursus i projektledelse; mentor fra projektkontoret",
          "Projektet er afsluttet til tiden", "Leder"),
         ("Lead a small project", "Project management course; a mentor from the project "
          "office", "The project finished on time", "Leader")),
        (("Dele viden i teamet", "Oplæg på to teammøder; vejledning til nye kolleger",
          "Kolleger kan løse opgaverne uden at spørge", "Medarbejderen"),
         ("Share knowledge in the team", "Talks at two team meetings; guides for new "
          "colleagues", "Colleagues can do the tasks without asking", "The employee")),
    ),
}

FAMILY_WORDS = (
    ("trainee", ("elev", "student", "trainee", "apprentice", "praktikant")),
    ("hr", ("løn", "hr", "rekrutter", "payroll", "recruit")),
    ("it", ("it-", "it ", "udvikler", "system", "netværk", "sikkerhed", "developer",
            "network", "security")),
    ("finance", ("økonomi", "bogholder", "controller", "regnskab", "budget", "account",
                 "finance")),
    ("citizen", ("borger", "sagsbehandl", "teamkoordinator", "citizen", "caseworker")),
)


def family(job_title: str) -> str:
    """The job family a title belongs to ("other" when none fits)."""
    title = f"{job_title.casefold()} "
    for name, words in FAMILY_WORDS:
        if any(word in title for word in words):
            return name
    return "other"
