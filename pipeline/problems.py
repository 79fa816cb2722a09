"""What can be wrong with a returned file, in plain words, with what HR can do about it.

A Problem carries a code and parameters; the sentence is made here, in Danish for the workbook
and English or Danish for the terminal. Parameters never hold answer text: only file names,
employee numbers and names, question IDs and counts.
"""

from __future__ import annotations

from pipeline.model import Problem

# code: (english reason, english todo, danish reason, danish todo)
MESSAGES: dict[str, tuple[str, str, str, str]] = {
    "empty": (
        "The file is empty (0 bytes).",
        "Ask the sender for the form again.",
        "Filen er tom (0 bytes).",
        "Bed afsenderen om skemaet igen.",
    ),
    "damaged": (
        "The file is damaged or incomplete and cannot be opened as a Word document.",
        "Ask the sender to save the form again and send it once more.",
        "Filen er beskadiget eller ufuldstændig og kan ikke åbnes som Word-dokument.",
        "Bed afsenderen om at gemme skemaet igen og sende det en gang til.",
    ),
    "unsafe": (
        "The file was refused because it is not what it claims to be ({detail}).",
        "Do not open it; ask the sender for the form again.",
        "Filen blev afvist, fordi den ikke er, hvad den giver sig ud for ({detail}).",
        "Åbn den ikke; bed afsenderen om skemaet igen.",
    ),
    "too-large": (
        "The file is too large to be read as a form: {detail}.",
        "Ask the employee to remove large pasted text or pictures from the form and send it "
        "again.",
        "Filen er for stor til at blive læst som et skema: {detail}.",
        "Bed medarbejderen fjerne store mængder indsat tekst eller billeder fra skemaet og "
        "sende det igen.",
    ),
    "password": (
        "The document is protected with a password, so it cannot be read.",
        "Ask the employee to remove the password (File > Info > Protect Document) and send it "
        "again.",
        "Dokumentet er beskyttet med en adgangskode og kan ikke læses.",
        "Bed medarbejderen fjerne adgangskoden (Filer > Oplysninger > Beskyt dokument) og sende "
        "det igen.",
    ),
    "old-word": (
        "The form was saved in the old Word 97-2003 format (.doc), which cannot be read.",
        "Open it and save it as .docx into the folder: in Word, File → Save As → Word Document "
        "(.docx); in LibreOffice, File → Save As → Word 2007–365 (.docx). Then run again.",
        "Skemaet er gemt i det gamle Word 97-2003-format (.doc), som ikke kan læses.",
        "Åbn det og gem det som .docx i mappen: i Word, Filer → Gem som → Word-dokument "
        "(.docx); i LibreOffice, Filer → Gem som → Word 2007–365 (.docx). Kør så igen.",
    ),
    "old-word-libreoffice": (
        "The form was saved by LibreOffice in the old Word 97-2003 format (.doc), which cannot "
        "be read.",
        "Open it in LibreOffice: File → Save As → Word 2007–365 (.docx), into the folder, and "
        "run again.",
        "Skemaet er gemt af LibreOffice i det gamle Word 97-2003-format (.doc), som ikke kan "
        "læses.",
        "Åbn det i LibreOffice: Filer → Gem som → Word 2007–365 (.docx) i mappen, og kør igen.",
    ),
    "rtf": (
        "The form was saved as Rich Text Format (.rtf), which cannot be read.",
        "Open it and save it as .docx into the folder: in Word, File → Save As → Word Document "
        "(.docx); in LibreOffice, File → Save As → Word 2007–365 (.docx). Then run again.",
        "Skemaet er gemt som Rich Text Format (.rtf), som ikke kan læses.",
        "Åbn det og gem det som .docx i mappen: i Word, Filer → Gem som → Word-dokument "
        "(.docx); i LibreOffice, Filer → Gem som → Word 2007–365 (.docx). Kør så igen.",
    ),
    "word-2003-xml": (
        "The form was saved as a Word 2003 XML document, an old format that cannot be read.",
        "Open it in Word and save it as .docx into the folder: File → Save As → Word Document "
        "(.docx). Then run again.",
        "Skemaet er gemt som Word 2003 XML-dokument, et gammelt format, som ikke kan læses.",
        "Åbn det i Word og gem det som .docx i mappen: Filer → Gem som → Word-dokument (.docx). "
        "Kør så igen.",
    ),
    "pdf": (
        "This is a PDF; answers cannot be read from a PDF.",
        "Ask the employee for the filled-in Word file (.docx).",
        "Dette er en PDF; svar kan ikke læses fra en PDF.",
        "Bed medarbejderen om den udfyldte Word-fil (.docx).",
    ),
    "odt": (
        "The form was saved as an OpenDocument text (.odt), which cannot be read.",
        "Open it in LibreOffice: File → Save As → Word 2007–365 (.docx), into the folder, and "
        "run again.",
        "Skemaet er gemt som OpenDocument-tekst (.odt), som ikke kan læses.",
        "Åbn det i LibreOffice: Filer → Gem som → Word 2007–365 (.docx) i mappen, og kør igen.",
    ),
    "not-docx": (
        "This is not a Word document ({suffix} file).",
        "Nothing to do if it is not a form; otherwise ask for the Word file.",
        "Dette er ikke et Word-dokument ({suffix}-fil).",
        "Intet at gøre, hvis det ikke er et skema; ellers bed om Word-filen.",
    ),
    "not-form": (
        "This Word document is not a MUS form made by mus.",
        "If it is an answer, ask the employee to fill in the form they were sent.",
        "Dette Word-dokument er ikke et MUS-skema lavet af mus.",
        "Hvis det er et svar, så bed medarbejderen udfylde det skema, de fik tilsendt.",
    ),
    "layout": (
        "The form's fields were gone, so the answers were read from the layout under the "
        "question headings.",
        "Please check this employee's answers against the file.",
        "Skemaets felter var væk, så svarene er læst ud fra layoutet under spørgsmålene.",
        "Kontrollér medarbejderens svar mod filen.",
    ),
    "no-properties": (
        "The form's hidden identity (its document properties) had been removed, for example by "
        "Word's Document Inspector; it was recognised by its title and employee number, and its "
        "answers read from the fields that still say which question they answer (the rest from "
        "the layout).",
        "Please check this employee's answers against the file.",
        "Skemaets skjulte identitet (dets dokumentegenskaber) var fjernet, fx af Words "
        "Dokumentinspektør; det er genkendt på titel og medarbejdernummer, og svarene er læst "
        "fra de felter, der stadig siger, hvilket spørgsmål de besvarer (resten fra layoutet).",
        "Kontrollér medarbejderens svar mod filen.",
    ),
    "layout-no-questions": (
        "The form's fields were gone and no question set was given to find the answers by.",
        "Run again with --questions so the answers can be found under the question headings.",
        "Skemaets felter var væk, og der var intet spørgsmålssæt at finde svarene ud fra.",
        "Kør igen med --questions, så svarene kan findes under spørgsmålene.",
    ),
    "missing-fields": (
        "{count} answer field(s) could not be found ({fields}).",
        "Check those answers in the file by hand.",
        "{count} svarfelt(er) blev ikke fundet ({fields}).",
        "Kontrollér de svar i filen i hånden.",
    ),
    "uncertain": (
        "It is not certain which answer field is the one for {fields}: a field was copied, "
        "moved or deleted, and the possibilities read differently. Not taken.",
        "Check those answers in the file by hand.",
        "Det er ikke sikkert, hvilket svarfelt der hører til {fields}: et felt er kopieret, "
        "flyttet eller slettet, og mulighederne giver forskellige svar. Ikke taget med.",
        "Kontrollér de svar i filen i hånden.",
    ),
    "stray-fields": (
        "{count} answer field(s) in the form belong to no question (copied or moved there); "
        "what they hold was not read.",
        "Check the file by hand for answers written in the wrong place.",
        "{count} svarfelt(er) i skemaet hører ikke til noget spørgsmål (kopieret eller flyttet "
        "dertil); indholdet er ikke læst.",
        "Kontrollér filen i hånden for svar, der står det forkerte sted.",
    ),
    "unlisted-fields": (
        "{count} answer field(s) in the form are missing from its hidden list of fields, so they "
        "were not read.",
        "Check those answers in the file by hand.",
        "{count} svarfelt(er) i skemaet mangler i dets skjulte liste over felter og er ikke læst.",
        "Kontrollér de svar i filen i hånden.",
    ),
    "identity": (
        "The form's hidden identity is incomplete or does not match the form ({detail}), so it "
        "was not read: it could be attributed to the wrong employee or form.",
        "Check the file by hand. If it is a real answer, ask the employee to copy the answers "
        "into the form they were sent and return that.",
        "Skemaets skjulte identitet er ufuldstændig eller passer ikke til skemaet ({detail}), så "
        "det er ikke læst: det kunne blive knyttet til den forkerte medarbejder eller det forkerte "
        "skema.",
        "Kontrollér filen i hånden. Er det et rigtigt svar, så bed medarbejderen kopiere svarene "
        "ind i det skema, de fik tilsendt, og sende det.",
    ),
    "text-outside-field": (
        "Something was written outside the answer fields, beside {where}; it was not read as "
        "part of the answer.",
        "Look at the form: `mus extract --json` shows that text under \"outside\" ({field}).",
        "Der er skrevet noget uden for svarfelterne, ved {where_da}; det er ikke læst som en del "
        "af svaret.",
        "Se skemaet: `mus extract --json` viser teksten under \"outside\" ({field}).",
    ),
    "marked-text": (
        "The answer to {fields} holds {what_en}.",
        "Check that answer against the form.",
        "Svaret på {fields} indeholder {what_da}.",
        "Kontrollér svaret mod skemaet.",
    ),
    "answer-cut": (
        "The answer to {field} is {length} characters long, more than a workbook cell holds; "
        "the workbook shows its first {shown}.",
        "Read the whole answer in the form, or with `mus extract --json`.",
        "Svaret på {field} er {length} tegn langt, mere end en celle i regnearket kan rumme; "
        "regnearket viser de første {shown}.",
        "Læs hele svaret i skemaet eller med `mus extract --json`.",
    ),
    "promise-visibility": (
        "The form promised that the answers to {fields} would be read only into the leader's "
        "own workbook; the question set now says everyone may see them. They stay out of HR's "
        "workbook, as the form promised (new forms follow the question set).",
        "Nothing to do; to show them to HR, ask the employee's consent.",
        "Skemaet lovede, at svarene på {fields} kun læses ind i lederens egen oversigt; "
        "spørgsmålssættet siger nu, at alle må se dem. De holdes ude af HR's oversigt, som "
        "skemaet lovede (nye skemaer følger spørgsmålssættet).",
        "Intet at gøre; skal HR se dem, så spørg medarbejderen om lov.",
    ),
    "promise-leader": (
        "The form was made while {before} was the employee's leader; the list now says {now}. "
        "The answers meant for the leader alone ({fields}) are in no leader's workbook.",
        "If the new leader may see them, ask the employee; if the list is wrong, correct it and "
        "run again.",
        "Skemaet blev lavet, mens {before} var medarbejderens leder; listen siger nu {now}. "
        "Svarene, der kun var til lederen ({fields}), er ikke i nogen leders oversigt.",
        "Må den nye leder se dem, så spørg medarbejderen; er listen forkert, så ret den og kør "
        "igen.",
    ),
    "two-forms": (
        "The file holds two forms: after this one comes another ({kind}) for employee {other}. "
        "Only this form was read, nothing from the other.",
        "If the other form's answers matter, ask for it as a file of its own.",
        "Filen indeholder to skemaer: efter dette kommer endnu et ({kind}) til medarbejder "
        "{other}. Kun dette skema er læst, intet fra det andet.",
        "Har det andet skemas svar betydning, så bed om det som en fil for sig.",
    ),
    "foreign-cards": (
        "{count} question card(s) in the form are not this form's ({ids}: pasted from another "
        "form, such as the leader's, or from another question set); what they hold was not read.",
        "Check the file by hand for answers written in those cards.",
        "{count} spørgsmålskort i skemaet hører ikke til dette skema ({ids}: sat ind fra et andet "
        "skema, fx lederens, eller fra et andet spørgsmålssæt); indholdet er ikke læst.",
        "Kontrollér filen i hånden for svar skrevet i de kort.",
    ),
    "not-a-file": (
        "This is not an ordinary file (a pipe, device or socket), so it was not opened.",
        "Remove it from the folder.",
        "Dette er ikke en almindelig fil (en pipe, enhed eller socket), så den er ikke åbnet.",
        "Fjern den fra mappen.",
    ),
    "link": (
        "This is a link to another file (it was put in place of a file while mus read the "
        "folder), so it was not read.",
        "Put the form itself in the folder, not a link to it, and run again.",
        "Dette er et link til en anden fil (det blev sat i stedet for en fil, mens mus læste "
        "mappen), så det er ikke læst.",
        "Læg selve skemaet i mappen, ikke et link til det, og kør igen.",
    ),
    "unreadable-folder": (
        "The folder could not be read ({detail}); forms in it were not read.",
        "Give your user access to the folder (or move the forms out of it) and run again.",
        "Mappen kunne ikke læses ({detail}); skemaer i den er ikke læst.",
        "Giv din bruger adgang til mappen (eller flyt skemaerne ud af den), og kør igen.",
    ),
    "read-error": (
        "The file could not be read: it is damaged in a way mus does not know ({detail}).",
        "Ask the sender to save the form again and send it once more.",
        "Filen kunne ikke læses: den er beskadiget på en måde, mus ikke kender ({detail}).",
        "Bed afsenderen om at gemme skemaet igen og sende det en gang til.",
    ),
    "unreadable-value": (
        "The answer to {field} is not {allowed}, so it was not taken.",
        "Check that answer in the file (`mus extract --json` shows what was written there).",
        "Svaret på {field} er ikke {allowed}, så det er ikke taget med.",
        "Kontrollér svaret i filen (`mus extract --json` viser, hvad der står).",
    ),
    "several-ticked": (
        "Several boxes are ticked for {field} ({steps}); none was taken.",
        "Ask the employee which one they meant.",
        "Der er sat flere krydser ved {field} ({steps}); intet er taget med.",
        "Spørg medarbejderen, hvilket der menes.",
    ),
    "other-season": (
        "The form is from season {found}, not {expected}.",
        "Move it out of this season's folder.",
        "Skemaet er fra sæson {found}, ikke {expected}.",
        "Flyt det ud af denne sæsons mappe.",
    ),
    "unknown-employee": (
        "The form is for employee {employee}, who is not on the employee list.",
        "Check the employee list, or remove the file if the person has left.",
        "Skemaet er til medarbejder {employee}, som ikke er på medarbejderlisten.",
        "Tjek medarbejderlisten, eller fjern filen, hvis personen er stoppet.",
    ),
    "leaver": (
        "The form is for employee {employee}, who has left ({reason}), so it is not in the "
        "overview.",
        "Nothing to do; to have it in the overview, run again with --include-leavers.",
        "Skemaet er til medarbejder {employee}, som er stoppet ({reason}), så det er ikke med i "
        "oversigten.",
        "Intet at gøre; skal det med i oversigten, så kør igen med --include-leavers.",
    ),
    "other-person": (
        "The form is for employee {employee}, {shown}, but the employee list has {listed} under "
        "that number, so its answers were not read in.",
        "If it is the same person under a new name, write the name the form shows in the "
        "employee list (or the new name in the form's header) and run again; otherwise check "
        "the employee numbers in the list.",
        "Skemaet er til medarbejder {employee}, {shown}, men medarbejderlisten har {listed} under "
        "det nummer, så svarene er ikke læst ind.",
        "Er det samme person med nyt navn, så skriv navnet fra skemaet i medarbejderlisten (eller "
        "det nye navn i skemaets hoved) og kør igen; ellers tjek medarbejdernumrene i listen.",
    ),
    "duplicate": (
        "Another copy of the form for employee {employee} ({kind}); {winner} was used, {why_en}.",
        "Nothing to do, unless this copy is the right one: then remove the other.",
        "En anden kopi af skemaet til medarbejder {employee} ({kind}); {winner} er brugt, "
        "{why_da}.",
        "Intet at gøre, medmindre denne kopi er den rigtige: fjern så den anden.",
    ),
    "duplicate-differs": (
        "This copy of the form for employee {employee} answers {fields}, which the copy used "
        "({winner}) leaves empty.",
        "Check which copy is the employee's last word, and remove the other.",
        "Denne kopi af skemaet til medarbejder {employee} besvarer {fields}, som den brugte kopi "
        "({winner}) lader stå tomme.",
        "Tjek hvilken kopi der er medarbejderens sidste ord, og fjern den anden.",
    ),
    "unverified": (
        "The form's hidden identity is not as mus signed it: it was changed after mus made the "
        "form (for example to show another employee), or the form was made in another working "
        "folder. It was read, but never in place of a copy that is confirmed.",
        "Check the file by hand: is it really employee {employee}'s form? If the forms were made "
        "in another working folder, run mus there.",
        "Skemaets skjulte identitet er ikke, som mus underskrev den: den er ændret, efter mus "
        "lavede skemaet (fx så det viser en anden medarbejder), eller skemaet er lavet i en "
        "anden arbejdsmappe. Det er læst, men aldrig i stedet for en kopi, der er bekræftet.",
        "Kontrollér filen i hånden: er det virkelig medarbejder {employee}s skema? Er skemaerne "
        "lavet i en anden arbejdsmappe, så kør mus dér.",
    ),
    "other-version": (
        "The form was made from another version of the question set ({found}, now {expected}).",
        "Answers to questions that still exist were read; check the rest by hand.",
        "Skemaet er lavet ud fra en anden udgave af spørgsmålssættet ({found}, nu {expected}).",
        "Svar på spørgsmål, der stadig findes, er læst; kontrollér resten i hånden.",
    ),
    "unreadable-file": (
        "The file could not be read ({detail}).",
        "Check that it is not open or locked by another program, and run again.",
        "Filen kunne ikke læses ({detail}).",
        "Tjek at den ikke er åben eller låst af et andet program, og kør igen.",
    ),
    "agreement-empty": (
        "The agreement has not been filled in (no conclusions, agreed levels, names or dates), "
        "so nothing in it is taken as agreed yet.",
        "Fill it in after the meeting, with both names and the date, and put it in the folder "
        "again.",
        "Aftalen er ikke udfyldt (ingen konklusioner, aftalte niveauer, navne eller datoer), så "
        "intet i den regnes for aftalt endnu.",
        "Udfyld den efter samtalen med begges navne og dato, og læg den i mappen igen.",
    ),
    "mail-damaged": (
        "This e-mail file is damaged and cannot be opened, so the forms in it were not read.",
        "Open it in Outlook and save the attached form itself into the folder (or drag the "
        "e-mail out of Outlook again), and run again.",
        "E-mail-filen er beskadiget og kan ikke åbnes, så skemaerne i den er ikke læst.",
        "Åbn den i Outlook og gem det vedhæftede skema i mappen (eller træk e-mailen ud af "
        "Outlook igen), og kør igen.",
    ),
    "mail-no-form": (
        "This e-mail has no attachment that could be a form.",
        "Nothing to do if it is not an answer; otherwise ask the sender to attach the form.",
        "E-mailen har ingen vedhæftet fil, der kunne være et skema.",
        "Intet at gøre, hvis det ikke er et svar; ellers bed afsenderen vedhæfte skemaet.",
    ),
    "mail-report": (
        "This e-mail is a delivery report (an e-mail that did not arrive); the form attached "
        "to it is the one mus sent, not an answer, so it was not read.",
        "Run `mus mail --bounces` to see which e-mails did not arrive, and remove this file.",
        "E-mailen er en rapport om en e-mail, der ikke kom frem; skemaet i den er det, mus "
        "sendte, ikke et svar, så det er ikke læst.",
        "Kør `mus mail --bounces` for at se, hvilke e-mails der ikke kom frem, og fjern filen.",
    ),
    "mail-own": (
        "This e-mail is one mus sent (a blank form on its way out), not an answer, so it was "
        "not read.",
        "Remove it from the folder.",
        "E-mailen er en, mus har sendt (et tomt skema på vej ud), ikke et svar, så den er ikke "
        "læst.",
        "Fjern den fra mappen.",
    ),
    "other-sender": (
        "The form came back by e-mail from {sender}, which is neither the employee's address "
        "nor their leader's on the employee list. It was read as usual.",
        "Check that the answers are the employee's own (ask them if in doubt).",
        "Skemaet kom retur med e-mail fra {sender}, som hverken er medarbejderens eller "
        "lederens adresse på medarbejderlisten. Det er læst som normalt.",
        "Kontrollér, at svarene er medarbejderens egne (spørg vedkommende, hvis du er i tvivl).",
    ),
    "followup-empty": (
        "The follow-up form has not been filled in (no status, nothing written, no names or "
        "dates), so no goal counts as followed up yet.",
        "Fill it in at the follow-up, with both names and the date, and put it in the folder "
        "again.",
        "Opfølgningsskemaet er ikke udfyldt (ingen status, intet skrevet, ingen navne eller "
        "datoer), så intet mål regnes for fulgt op endnu.",
        "Udfyld det ved opfølgningen med begges navne og dato, og læg det i mappen igen.",
    ),
}


KINDS = {"da": {"employee": "medarbejderens skema", "leader": "lederens skema",
                "agreement": "aftalen", "followup": "opfølgningsskemaet",
                "form": "ukendt slags"},
         "en": {"employee": "employee's form", "leader": "leader's form",
                "agreement": "agreement", "followup": "follow-up form",
                "form": "of an unknown kind"}}


# What a field allows (the "allowed" parameter), in Danish.
ALLOWED_DA = {"a date": "en dato", "yes or no": "ja eller nej",
              "one of the choices": "en af svarmulighederne"}


# What a marked answer holds ("what" of marked-text), in both languages.
MARKED = {
    "tracked": ("changes tracked with Track Changes that nobody accepted or rejected; it was "
                "read as if they were accepted",
                "ændringer registreret med Spor ændringer, som ingen har godkendt eller afvist; "
                "det er læst, som om de var godkendt"),
    "hidden": ("text formatted as hidden, which the reader does not see; it was left out",
               "tekst formateret som skjult, som læseren ikke ser; den er udeladt"),
    "struck": ("text that is struck through; it was left out, as crossed out",
               "gennemstreget tekst; den er udeladt som overstreget"),
}


def reason(problem: Problem, lang: str = "en") -> str:
    texts = MESSAGES[problem.code]
    params = dict(problem.params)
    if problem.code == "duplicate":
        why = params.get("why", "saved")
        params["why_en"], params["why_da"] = {
            "unverified": ("for its identity is confirmed by mus's signature and this copy's is "
                           "not", "fordi dens identitet er bekræftet af mus' underskrift, og "
                           "denne kopis ikke er"),
            "saved": ("for it was saved later", "fordi den er gemt senere"),
        }.get(why, ("for it was saved at the same time and its file is newer or named later",
                    "fordi den er gemt samtidig, og dens fil er nyere eller navngivet senere"))
    for count in ("length", "shown"):  # numbers as each language writes them
        if params.get(count, "").isdigit():
            written = f"{int(params[count]):,}"
            params[count] = written.replace(",", ".") if lang == "da" else written
    if "what" in params and problem.code == "marked-text":
        en, da = MARKED.get(params["what"], (params["what"], params["what"]))
        params["what_en"], params["what_da"] = en, da
    if "kind" in params:
        params["kind"] = KINDS["da" if lang == "da" else "en"].get(params["kind"],
                                                                    params["kind"])
    if lang == "da" and "allowed" in params:
        allowed = params["allowed"]
        params["allowed"] = ALLOWED_DA.get(allowed, allowed.replace("one of", "et af"))
    return (texts[2] if lang == "da" else texts[0]).format(**params)


def todo(problem: Problem, lang: str = "en") -> str:
    texts = MESSAGES[problem.code]
    return (texts[3] if lang == "da" else texts[1]).format(**problem.params)


def sentence(problem: Problem, lang: str = "en") -> str:
    return f"{reason(problem, lang)} {todo(problem, lang)}"
