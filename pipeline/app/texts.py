"""The app's own words, in Danish (the default) and English.

What a stage says (its messages, as the command prints them) comes from the stage; the
problems with returned files are said in the page's language (problems.py has both).
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("da", "en")

# key: (Danish, English)
TEXTS: dict[str, tuple[str, str]] = {
    "skip": ("Gå til indholdet", "Skip to the content"),
    "nav": ("Sæsonen", "The season"),
    "switch": ("English", "Dansk"),
    "switch.label": ("Switch to English", "Skift til dansk"),
    "folder": ("Arbejdsmappe", "Working folder"),
    "page.home": ("Forside", "Start"),
    "page.lister": ("Lister", "Lists"),
    "page.skemaer": ("Skemaer", "Forms"),
    "page.mail": ("Mail", "Mail"),
    "page.svar": ("Svar", "Answers"),
    "page.overblik": ("Overblik", "Overview"),
    "page.aftaler": ("Aftaler", "Agreements"),
    "running": ("Kører", "Running"),
    "busy": ("I gang lige nu: {stages}.", "Running now: {stages}."),
    "job.running": ("{what} er i gang …", "{what} is running …"),
    "job.progress": ("{done} af {total}", "{done} of {total}"),
    "job.done": ("Færdig.", "Finished."),
    "job.failed": ("Det lykkedes ikke:", "It did not work:"),
    "job.other_tab": ("Du kan lukke fanen: arbejdet fortsætter, og siden viser det, når du "
                      "åbner den igen.",
                      "You may close the tab: the work goes on, and the page shows it when you "
                      "open it again."),
    "job.noscript": ("Siden opdaterer sig selv hvert andet sekund, til det er færdigt.",
                     "The page reloads itself every other second until it is finished."),
    "stage.check": ("Kontrol af listerne", "Checking the lists"),
    "stage.generate": ("Skemaerne", "The forms"),
    "stage.mail": ("Mail", "Mail"),
    "stage.signin": ("Log ind", "Sign-in"),
    "stage.collect": ("Hentning fra postkassen", "Collecting from the mailbox"),
    "stage.status": ("Optælling af svar", "Counting the answers"),
    "stage.ingest": ("Overblikket", "The overview"),
    "stage.agreement": ("Aftaledokumenterne", "The agreement documents"),
    "stage.followup": ("Opfølgningsskemaerne", "The follow-up forms"),
    "stage.demo": ("Demo-medarbejdernes svar", "The demo employees' answers"),
    "messages": ("Besked fra mus", "What mus says"),
    "error.title": ("Noget gik galt", "Something went wrong"),
    "download": ("Hent", "Download"),
    "none": ("Ingen.", "None."),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    # The start page
    "home.title": ("MUS-sæsonen", "The MUS season"),
    "home.intro": ("Her kører du årets MUS fra start til slut: listerne, skemaerne, mailen, "
                   "svarene og overblikket. Tag trinene i rækkefølge; hvert trin siger, hvad "
                   "der mangler.",
                   "Here you run this year's MUS from start to finish: the lists, the forms, "
                   "the mail, the answers and the overview. Take the steps in order; each says "
                   "what is missing."),
    "home.empty": ("Der er ingen medarbejderliste og intet spørgeskema i denne mappe endnu.",
                   "There is no employee list and no question set in this folder yet."),
    "home.init": ("Opret arbejdsmappen med eksempelfiler", "Create the working folder with "
                  "sample files"),
    "home.init.help": ("Lægger en eksempel-medarbejderliste og et eksempel-spørgeskema i input/ "
                       "og skabelonerne i templates/. Intet, der allerede er der, bliver "
                       "erstattet. Bagefter kan du hente dine egne lister ind under Lister.",
                       "Puts a sample employee list and question set in input/ and the "
                       "templates in templates/. Nothing already there is replaced. Afterwards "
                       "you can bring in your own lists under Lists."),
    "home.step.lister": ("Medarbejderlisten og spørgeskemaet: hvad mus har forstået, og hvad "
                         "der skal rettes.",
                         "The employee list and the question set: what mus understood, and "
                         "what to correct."),
    "home.step.skemaer": ("Et personligt Word-skema til hver medarbejder (og leder).",
                          "A personal Word form for every employee (and leader)."),
    "home.step.mail": ("Mails med skemaerne: se dem først, skriv kladder eller send.",
                       "E-mails with the forms: see them first, write drafts or send."),
    "home.step.svar": ("De udfyldte skemaer, der kommer tilbage: hvem har svaret, og hvem "
                       "mangler.",
                       "The filled forms that come back: who has answered, and who is "
                       "missing."),
    "home.step.overblik": ("Overbliksregnearket til HR og et til hver leder.",
                           "The overview workbook for HR, and one for each leader."),
    "home.step.aftaler": ("Efter samtalerne: aftaledokumenterne og opfølgningen.",
                          "After the talks: the agreement documents and the follow-up."),
    # Lister
    "lists.title": ("Lister", "Lists"),
    "lists.files": ("Filerne", "The files"),
    "lists.employees": ("Medarbejderliste", "Employee list"),
    "lists.questions": ("Spørgeskema", "Question set"),
    "lists.current": ("I brug", "In use"),
    "lists.missing": ("mangler", "missing"),
    "lists.upload": ("Hent en fil ind", "Bring in a file"),
    "lists.upload.help": ("Excel (.xlsx) eller en tekstfil (.csv, .txt). Filen gemmes i input/ "
                          "og tages i brug; en fil med samme navn erstattes ikke.",
                          "Excel (.xlsx) or a text file (.csv, .txt). The file is saved in "
                          "input/ and used; a file of the same name is not replaced."),
    "lists.upload.button": ("Hent ind og kontrollér", "Bring in and check"),
    "lists.refused": ("Filen blev ikke gemt: mus læser lister i Excel (.xlsx) eller tekstfiler "
                      "(.csv, .txt). Gem listen i et af de formater, og hent den ind igen.",
                      "The file was not saved: mus reads lists in Excel (.xlsx) or text files "
                      "(.csv, .txt). Save the list in one of those and bring it in again."),
    "lists.pick": ("Eller vælg en fil i input/", "Or pick a file in input/"),
    "lists.pick.button": ("Brug den valgte", "Use the one picked"),
    "lists.mistakes": ("Fejl, der skal rettes", "Mistakes to correct"),
    "lists.mistakes.help": ("Ret dem i regnearket, gem det, og hent det ind igen (eller "
                            "genindlæs siden, hvis du har rettet filen i input/).",
                            "Correct them in the spreadsheet, save it and bring it in again "
                            "(or reload the page if you corrected the file in input/)."),
    "lists.ok": ("Ingen fejl fundet.", "No mistakes found."),
    "lists.mapping": ("Hvilken kolonne blev til hvad", "Which column became what"),
    "lists.field": ("Felt", "Field"),
    "lists.column": ("Kolonne", "Column"),
    "lists.header": ("Overskrift", "Header"),
    "lists.withheld": ("Indeholder CPR-numre: læses aldrig, skrives aldrig",
                       "Holds CPR numbers: never read, never written"),
    "lists.kept": ("Også gemt, til tekster og filtre", "Also kept, for texts and filters"),
    "lists.counts": ("Rækkerne under overskriften", "The rows under the header"),
    "lists.kind": ("Slags", "Kind"),
    "lists.count": ("Antal", "Count"),
    "lists.skipped": ("Sprunget over", "Skipped"),
    "lists.row": ("Række", "Row"),
    "lists.sheets": ("ark", "sheets"),
    "lists.reason": ("Hvorfor", "Why"),
    "lists.leavers": ("Fratrådte (får intet skema og ingen mail)",
                      "Left (no form and no mail)"),
    "lists.on_leave": ("På orlov (får deres skema)", "On leave (they get their form)"),
    "lists.number": ("Nr.", "No."),
    "lists.name": ("Navn", "Name"),
    "lists.department": ("Afdeling", "Department"),
    "lists.leader": ("Leder", "Leader"),
    "lists.leader_email": ("Leders e-mail", "Leader's e-mail"),
    "lists.warnings": ("Advarsler: mus kan fortsætte, men tjek dem",
                       "Warnings: mus can go on, but check these"),
    "lists.where": ("Hvor", "Where"),
    "lists.what": ("Hvad", "What"),
    "lists.todo": ("Hvad du gør", "What to do"),
    "lists.notes": ("Læst sådan", "Read as"),
    "lists.first": ("De første rækker", "The first rows"),
    "lists.summary": ("Medarbejdere, ledere, afdelinger", "Employees, leaders, departments"),
    "lists.qs": ("Spørgeskemaet", "The question set"),
    "lists.qs.line": ("{questions} spørgsmål i {phases} faser, {competences} kompetencer "
                      "(version {version}).",
                      "{questions} questions in {phases} phases, {competences} competences "
                      "(version {version})."),
    "lists.terminal": ("Som `mus check` skriver det", "As `mus check` prints it"),
    # Skemaer
    "forms.title": ("Skemaer", "Forms"),
    "forms.make": ("Lav skemaerne", "Make the forms"),
    "forms.force": ("Lav dem igen, også dem der allerede er lavet (de kan være sendt)",
                    "Make them again, also those already made (they may have been sent)"),
    "forms.lang": ("Sprog for dem uden en Sprog-kolonne", "Language for those without a "
                   "Sprog column"),
    "forms.button": ("Lav skemaerne", "Make the forms"),
    "forms.list": ("Skemaerne i {folder}", "The forms in {folder}"),
    "forms.none": ("Der er ingen skemaer endnu.", "There are no forms yet."),
    "forms.zip": ("Hent alle som zip", "Download all as zip"),
    "forms.kind": ("Skema", "Form"),
    "forms.kind.employee": ("medarbejder", "employee"),
    "forms.kind.leader": ("leder", "leader"),
    "forms.language": ("Sprog", "Language"),
    "forms.file": ("Fil", "File"),
    "forms.preview": ("Vis", "Preview"),
    "forms.preview.title": ("Skemaet {file}", "The form {file}"),
    "forms.preview.pages": ("Side {n}", "Page {n}"),
    "forms.preview.plain": ("LibreOffice er ikke installeret, så her er skemaets tekst uden "
                            "opsætning. Åbn filen i Word for at se siderne.",
                            "LibreOffice is not installed, so here is the form's text without "
                            "its layout. Open the file in Word to see the pages."),
    "forms.back": ("Tilbage til skemaerne", "Back to the forms"),
    # Mail
    "mail.title": ("Mail", "Mail"),
    "mail.what": ("Hvilke mails", "Which e-mails"),
    "mail.reminder": ("Kun påmindelser: til dem, hvis skema ikke er kommet tilbage",
                      "Reminders only: to those whose form has not come back"),
    "mail.cc": ("Kopi til lederen af hver medarbejders mail",
                "A copy of each employee's e-mail to the leader"),
    "mail.way": ("Sådan sendes de", "How they go out"),
    "mail.way.drafts": ("Kladder (.eml) i output/mail/, som du åbner og sender fra Outlook: "
                        "intet sendes", "Drafts (.eml) in output/mail/ that you open and send "
                        "from Outlook: nothing is sent"),
    "mail.way.m365": ("Microsoft 365 (log ind i browseren)", "Microsoft 365 (sign in in the "
                      "browser)"),
    "mail.way.smtp": ("En mailserver (SMTP)", "A mail server (SMTP)"),
    "mail.way.google": ("Google Workspace (log ind i browseren)", "Google Workspace (sign in "
                        "in the browser)"),
    "mail.sender": ("Afsender, fx HR <hr@kommune.dk>", "Sender, e.g. HR <hr@kommune.dk>"),
    "mail.mailbox": ("Fælles postkasse at sende fra (Microsoft 365, valgfri)",
                     "Shared mailbox to send from (Microsoft 365, optional)"),
    "mail.client_id": ("App-registreringens klient-id (Microsoft 365)",
                       "The app registration's client ID (Microsoft 365)"),
    "mail.tenant": ("Organisationens domæne eller tenant-id (valgfri)",
                    "The organisation's domain or tenant ID (optional)"),
    "mail.smtp": ("Mailserver, fx smtp.kommune.dk:587", "Mail server, e.g. smtp.kommune.dk:587"),
    "mail.security": ("Forbindelsen til mailserveren", "The connection to the mail server"),
    "mail.security.starttls": ("STARTTLS (port 587)", "STARTTLS (port 587)"),
    "mail.security.ssl": ("SSL/TLS (port 465)", "SSL/TLS (port 465)"),
    "mail.security.none": ("Ukrypteret (kun en server i jeres eget net)",
                           "Unencrypted (only a server inside your own network)"),
    "mail.user": ("Brugernavn på mailserveren (valgfri)", "User name on the mail server "
                  "(optional)"),
    "mail.password": ("Adgangskode (gemmes aldrig)", "Password (never saved)"),
    "mail.limit": ("Højst så mange modtagere pr. døgn (valgfri)", "At most this many "
                   "recipients a day (optional)"),
    "mail.dry": ("Vis hvad der ville blive sendt", "Show what would go out"),
    "mail.go": ("Skriv kladderne / send", "Write the drafts / send"),
    "mail.go.help": ("Sendeloggen sørger for, at ingen får den samme mail to gange, også hvis "
                     "du trykker igen.",
                     "The send log makes sure nobody gets the same e-mail twice, even if you "
                     "press again."),
    "mail.signin": ("Log ind nu", "Sign in now"),
    "mail.signin.help": ("Åbner Microsofts eller Googles login i browseren; mus husker "
                         "login'et i din brugerprofil (aldrig i arbejdsmappen).",
                         "Opens Microsoft's or Google's sign-in in the browser; mus keeps the "
                         "sign-in in your user profile (never in the working folder)."),
    "mail.plan": ("Mails der ville blive sendt", "E-mails that would go out"),
    "mail.to": ("Til", "To"),
    "mail.cc.col": ("Kopi", "Copy"),
    "mail.subject": ("Emne", "Subject"),
    "mail.budget": ("Døgnets grænse", "The daily limit"),
    "mail.noforms": ("Lav skemaerne først (under Skemaer).", "Make the forms first (under "
                     "Forms)."),
    # Svar
    "answers.title": ("Svar", "Answers"),
    "answers.drop": ("Læg de returnerede skemaer her", "Put the returned forms here"),
    "answers.drop.help": ("Træk filerne (Word-skemaer, eller mails gemt som .msg/.eml) hen på "
                          "feltet, eller vælg dem. De gemmes i returned/; ingen fil der "
                          "erstattes.",
                          "Drag the files (Word forms, or e-mails saved as .msg/.eml) onto the "
                          "field, or choose them. They are saved in returned/; no file there "
                          "is replaced."),
    "answers.choose": ("Vælg filer", "Choose files"),
    "answers.upload": ("Gem i returned/", "Save in returned/"),
    "answers.saved": ("Gemt i returned/: {saved}. Allerede der: {same}.",
                      "Saved in returned/: {saved}. Already there: {same}."),
    "answers.refused": ("Ikke gemt", "Not saved"),
    "answers.mailbox": ("Hent fra postkassen", "Collect from the mailbox"),
    "answers.mailbox.help": ("Kopierer skemaerne fra svarene i HR-postkassen til returned/, "
                             "hver én gang. Intet i postkassen ændres.",
                             "Copies the forms from the replies in the HR mailbox to "
                             "returned/, each once. Nothing in the mailbox changes."),
    "answers.way": ("Hvilken postkasse", "Which mailbox"),
    "answers.way.m365": ("Microsoft 365", "Microsoft 365"),
    "answers.way.imap": ("En anden postkasse (IMAP)", "Another mailbox (IMAP)"),
    "answers.way.google": ("Google Workspace", "Google Workspace"),
    "answers.box": ("Postkassen, fx hr@kommune.dk", "The mailbox, e.g. hr@kommune.dk"),
    "answers.imap": ("IMAP-server, fx imap.kommune.dk", "IMAP server, e.g. imap.kommune.dk"),
    "answers.security.ssl": ("SSL/TLS (port 993)", "SSL/TLS (port 993)"),
    "answers.security.starttls": ("STARTTLS (port 143)", "STARTTLS (port 143)"),
    "answers.security.none": ("Ukrypteret (kun en server i jeres eget net)",
                              "Unencrypted (only a server inside your own network)"),
    "answers.plain": ("Send adgangskoden ukrypteret: kun til en server i jeres eget net, som I "
                      "stoler på", "Send the password unencrypted: only to a server inside your "
                      "own network that you trust"),
    "answers.folder": ("Mappe i postkassen (valgfri), fx Indbakke/MUS 2027",
                       "Mail folder (optional), e.g. Inbox/MUS 2027"),
    "answers.since": ("Fra dato (valgfri; ellers den dag skemaerne blev lavet)",
                      "From date (optional; else the day the forms were made)"),
    "answers.collect": ("Hent skemaerne", "Collect the forms"),
    "answers.standing": ("Hvem har svaret", "Who has answered"),
    "answers.live": ("Opdateres af sig selv, når der kommer filer i returned/.",
                     "Updates by itself when files arrive in returned/."),
    "answers.count": ("Sæson {season}: {answered} af {staff} har svaret; {missing} mangler.",
                      "Season {season}: {answered} of {staff} have answered; {missing} "
                      "missing."),
    "answers.team": ("Leder", "Leader"),
    "answers.noleader": ("(ingen leder)", "(no leader)"),
    "answers.answered": ("Har svaret", "Answered"),
    "answers.missing": ("Mangler", "Missing"),
    "answers.leader_forms": ("Lederskemaer", "Leader's forms"),
    "answers.agreements": ("Aftaler", "Agreements"),
    "answers.on_leave": ("orlov", "on leave"),
    "answers.ambiguous": ("navnet passer på flere på listen", "the name fits several people "
                          "on the list"),
    "answers.problems": ("{n} fil(er) med problemer: se dem under Overblik.",
                         "{n} file(s) with problems: see them under Overview."),
    "answers.demo": ("Demo: lad eksempel-medarbejderne svare", "Demo: let the sample "
                     "employees answer"),
    "answers.demo.help": ("Kun i en mappe med mus' eksempelliste: skemaerne udfyldes, som "
                          "`mus demo` gør det (nogle mangler, et kommer to gange, lidt andet "
                          "ligger ved siden af) og lægges i returned/.",
                          "Only in a folder with mus's sample list: the forms are filled as "
                          "`mus demo` does (some missing, one sent twice, some other files "
                          "beside them) and put in returned/."),
    "answers.demo.button": ("Udfyld og send skemaerne tilbage", "Fill in and send back the "
                            "forms"),
    "answers.recount": ("Tæl igen", "Count again"),
    # Overblik
    "overview.title": ("Overblik", "Overview"),
    "overview.make": ("Lav overblikket", "Make the overview"),
    "overview.per_leader": ("Også et regneark til hver leder med kun deres medarbejdere",
                            "Also a workbook for each leader with only their employees"),
    "overview.lang": ("Regnearkets sprog", "The workbook's language"),
    "overview.button": ("Læs svarene og lav overblikket", "Read the answers and make the "
                        "overview"),
    "overview.figures": ("Sæsonen lige nu", "The season now"),
    "overview.downloads": ("Regnearkene", "The workbooks"),
    "overview.workbook": ("HR's overblik", "HR's overview"),
    "overview.leaders": ("Ledernes regneark ({n})", "The leaders' workbooks ({n})"),
    "overview.problems": ("Filer med problemer, og hvad du gør", "Files with problems, and "
                          "what to do"),
    "overview.file": ("Fil", "File"),
    "overview.employee": ("Medarbejder", "Employee"),
    "overview.none": ("Der er ikke lavet noget overblik endnu.", "No overview has been made "
                      "yet."),
    # Aftaler
    "agreements.title": ("Aftaler", "Agreements"),
    "agreements.make": ("Lav aftaledokumenterne", "Make the agreement documents"),
    "agreements.make.help": ("Efter samtalerne: ét dokument pr. medarbejder med de foreslåede "
                             "mål fra de returnerede skemaer. Læg de udfyldte aftaler sammen "
                             "med svarene (under Svar), og lav overblikket igen.",
                             "After the talks: one document per employee with the goals "
                             "proposed in the returned forms. Put the filled-in agreements "
                             "with the answers (under Answers) and make the overview again."),
    "agreements.force": ("Lav dem igen, også dem der allerede er lavet",
                         "Make them again, also those already made"),
    "agreements.button": ("Lav aftaledokumenterne", "Make the agreement documents"),
    "agreements.list": ("Dokumenterne i {folder}", "The documents in {folder}"),
    "agreements.none": ("Der er ingen aftaledokumenter endnu.", "There are no agreement "
                        "documents yet."),
    "agreements.state": ("Status", "State"),
    "agreements.back": ("Kommet tilbage udfyldt", "Back, filled in"),
    "agreements.out": ("Ikke kommet tilbage", "Not back"),
    "agreements.unknown": ("Tæl svarene under Svar for at se status", "Count the answers under "
                           "Answers to see the state"),
    "agreements.followup": ("Opfølgning i løbet af året", "Follow-up during the year"),
    "agreements.followup.help": ("Et kort opfølgningsskema pr. medarbejder for de aftalte mål, "
                                 "hvis opfølgningsdato er inden for fire uger.",
                                 "A short follow-up form per employee for the agreed goals "
                                 "whose follow-up date is within four weeks."),
    "agreements.followup.button": ("Lav opfølgningsskemaerne", "Make the follow-up forms"),
}

# Words counted: key: ((Danish one, many), (English one, many))
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "employee": (("medarbejder", "medarbejdere"), ("employee", "employees")),
    "form": (("skema", "skemaer"), ("form", "forms")),
    "file": (("fil", "filer"), ("file", "files")),
}


def text(lang: str, key: str, **params: Any) -> str:
    danish, english = TEXTS[key]
    words = english if lang == "en" else danish
    return words.format(**params) if params else words


def plural(lang: str, count: int, key: str) -> str:
    danish, english = PLURALS[key]
    one, many = english if lang == "en" else danish
    return f"{count} {one if count == 1 else many}"
