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
    "not-a-file": (
        "This is not an ordinary file (a pipe, device or socket), so it was not opened.",
        "Remove it from the folder.",
        "Dette er ikke en almindelig fil (en pipe, enhed eller socket), så den er ikke åbnet.",
        "Fjern den fra mappen.",
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
        "An older copy of the form for employee {employee} ({kind}); {winner} was used.",
        "Nothing to do, unless this copy is the right one: then remove the other.",
        "En ældre kopi af skemaet til medarbejder {employee} ({kind}); {winner} er brugt.",
        "Intet at gøre, medmindre denne kopi er den rigtige: fjern så den anden.",
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
}


KINDS = {"da": {"employee": "medarbejderens skema", "leader": "lederens skema",
                "agreement": "aftalen"},
         "en": {"employee": "employee's form", "leader": "leader's form",
                "agreement": "agreement"}}


# What a field allows (the "allowed" parameter), in Danish.
ALLOWED_DA = {"a date": "en dato", "yes or no": "ja eller nej",
              "one of the choices": "en af svarmulighederne"}


def reason(problem: Problem, lang: str = "en") -> str:
    texts = MESSAGES[problem.code]
    params = dict(problem.params)
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
