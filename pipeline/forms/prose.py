"""Sentences a form says in its own words: dates as people write them, lists of question
numbers, and who sees which answers (worked out from the question set's Synlighed, never a
promise written by hand)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.model import FormKind, Visibility

MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
AND = {"da": "og", "en": "and"}


def long_date(value: dt.date | None, lang: str) -> str:
    """'1. februar 2027' in Danish, '1 February 2027' in English; '' for no date."""
    if value is None:
        return ""
    month = MONTHS.get(lang, MONTHS["da"])[value.month - 1]
    if lang == "en":
        return f"{value.day} {month} {value.year}"
    return f"{value.day}. {month} {value.year}"


def number_list(numbers: Sequence[int], lang: str) -> str:
    """[1, 2, 3, 5, 7, 8] → '1–3, 5, 7 og 8': runs of three or more as a range."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} {AND.get(lang, 'og')} {parts[-1]}"


_PLAN = {"da": ("dine forslag til udviklingsmål", "din vurdering af kompetencerne"),
         "en": ("your proposed development goals", "your rating of the competences")}
_WHO: dict[str, dict[str | tuple[str, str], str]] = {
    "da": {
        "heading": "Hvem ser dine svar?",
        "heading_agreement": "Hvem ser aftalen?",
        "questions": "spørgsmål {n}",
        "answers_one": "dit svar på {questions}",
        "answers_many": "dine svar på {questions}",
        ("all", "employee"): "{Subject} læses ind i HR's oversigt over årets MUS med dit navn, og "
        "din leder kan få {them} i sin oversigt over teamet.",
        ("all", "leader"): "{Subject} læses ind i HR's oversigt over årets MUS under "
        "medarbejderens navn og i din egen oversigt over teamet.",
        ("leader", "employee"): "{Subject} læses kun ind i din leders oversigt over teamet, ikke "
        "i HR's samlede oversigt.",
        ("leader", "leader"): "{Subject} læses kun ind i din egen oversigt over teamet, ikke i "
        "HR's samlede oversigt.",
        ("private", "employee"): "{Subject} læses ikke ind i nogen oversigt: {it} står kun i "
        "selve skemaet.",
        ("private", "leader"): "{Subject} læses ikke ind i nogen oversigt: {it} står kun i "
        "selve skemaet.",
        "it_one": "det", "it_many": "de", "them_one": "det", "them_many": "dem",
        "talk_one": "Spørgsmål {n} er følsomt og har intet felt at skrive i: tag det op i "
        "samtalen, hvis du vil.",
        "talk_many": "Spørgsmål {n} er følsomme og har intet felt at skrive i: tag dem op i "
        "samtalen, hvis du vil.",
        "agreement_goals": "Dine vurderinger af medarbejderens kompetencer og dine forslag til "
        "udviklingsmål sættes ind i aftaledokumentet, som medarbejderen ser og skriver under "
        "på, hvis I bruger det efter samtalen.",
        "access_leader": "Medarbejderen kan bede om at se alt, hvad der er skrevet om ham eller "
        "hende, også dette skema.",
        "agreement": "Det, I skriver i dette dokument, læses ind i HR's oversigt over årets MUS "
        "under medarbejderens navn: konklusionerne, de aftalte udviklingsmål, "
        "kompetenceniveauerne og de andre aftaler.",
        "send": "Skemaet sendes til {to}{by}, og den, der modtager det, kan læse hele skemaet.",
        "send_agreement": "Dokumentet sendes til {to}, når I begge har skrevet navn og dato.",
        "heading_followup": "Hvem ser opfølgningen?",
        "followup": "Det, I skriver i dette skema, læses ind i HR's oversigt over årets MUS "
        "under medarbejderens navn: status, hvad der er sket, og næste skridt for hvert mål.",
        "send_followup": "Skemaet sendes til {to}, når I begge har skrevet navn og dato.",
        "by": " senest {date}",
        "hr": "HR",
    },
    "en": {
        "heading": "Who sees your answers?",
        "heading_agreement": "Who sees the agreement?",
        "questions": "question {n}",
        "questions_many": "questions {n}",
        "answers_one": "your answer to {questions}",
        "answers_many": "your answers to {questions}",
        ("all", "employee"): "{Subject} {are} read into HR's overview of this year's reviews "
        "with your name, and your leader may get {them} in their overview of the team.",
        ("all", "leader"): "{Subject} {are} read into HR's overview of this year's reviews under "
        "the employee's name and into your own overview of your team.",
        ("leader", "employee"): "{Subject} {are} read only into your leader's overview of the "
        "team, not into HR's overall overview.",
        ("leader", "leader"): "{Subject} {are} read only into your own overview of your team, "
        "not into HR's overall overview.",
        ("private", "employee"): "{Subject} {are} not read into any overview: {it} {stays} in "
        "this form only.",
        ("private", "leader"): "{Subject} {are} not read into any overview: {it} {stays} in this "
        "form only.",
        "it_one": "it", "it_many": "they", "them_one": "it", "them_many": "them",
        "talk_one": "Question {n} is sensitive and has no field to write in: bring it up in "
        "the review if you wish.",
        "talk_many": "Questions {n} are sensitive and have no field to write in: bring them up "
        "in the review if you wish.",
        "agreement_goals": "Your ratings of the employee's competences and your proposed "
        "development goals are filled into the agreement document, which the employee sees and "
        "signs, if you use one after the review.",
        "access_leader": "The employee may ask to see everything written about them, this form "
        "included.",
        "agreement": "What you write in this document is read into HR's overview of this year's "
        "reviews under the employee's name: the conclusions, the agreed development goals, the "
        "competence levels and the other agreements.",
        "send": "The form goes to {to}{by}, and whoever receives it can read all of it.",
        "send_agreement": "The document goes to {to} once you have both written your names and "
        "the date.",
        "heading_followup": "Who sees the follow-up?",
        "followup": "What you write in this form is read into HR's overview of this year's "
        "reviews under the employee's name: the status, what has happened and the next step "
        "for each goal.",
        "send_followup": "The form goes to {to} once you have both written your names and the "
        "date.",
        "by": " by {date}",
        "hr": "HR",
    },
}


@dataclass(frozen=True)
class Numbered:
    """What a form holds, for the sentences about who sees it: the numbers shown to the reader
    of the questions of each visibility, and whether goals or competences follow."""

    numbers: dict[Visibility, list[int]]
    plan: bool
    talk: tuple[int, ...] = ()  # sensitive questions without a field: raised in the talk


def heading(lang: str, kind: FormKind = FormKind.EMPLOYEE) -> str:
    words = _WHO.get(lang, _WHO["da"])
    return words[{FormKind.AGREEMENT: "heading_agreement",
                  FormKind.FOLLOWUP: "heading_followup"}.get(kind, "heading")]


def reply_to(address: str, lang: str) -> str:
    return address or _WHO.get(lang, _WHO["da"])["hr"]


def who_sees(kind: FormKind, lang: str, numbered: Numbered, address: str,
             deadline: dt.date | None) -> list[str]:
    """The paragraphs that tell the truth about where the answers go."""
    words = _WHO.get(lang, _WHO["da"])
    to = reply_to(address, lang)
    if kind is FormKind.AGREEMENT:
        return [words["agreement"], words["send_agreement"].format(to=to)]
    if kind is FormKind.FOLLOWUP:
        return [words["followup"], words["send_followup"].format(to=to)]
    reader = "leader" if kind is FormKind.LEADER else "employee"
    out = []
    for visibility in (Visibility.ALL, Visibility.LEADER, Visibility.PRIVATE):
        numbers = numbered.numbers.get(visibility, [])
        items: list[str] = []
        if numbers:
            many = len(numbers) > 1
            key = "questions_many" if many and "questions_many" in words else "questions"
            questions = (words[key]).format(n=number_list(numbers, lang))
            items.append((words["answers_many" if many else "answers_one"]).format(
                questions=questions))
        if visibility is Visibility.ALL and numbered.plan:
            items.extend(_PLAN.get(lang, _PLAN["da"]))
        if not items:
            continue
        many = len(items) > 1 or len(numbers) > 1
        subject = items[0] if len(items) == 1 else \
            f"{', '.join(items[:-1])} {AND.get(lang, 'og')} {items[-1]}"
        count = "many" if many else "one"
        out.append((words[(visibility.value, reader)]).format(
            Subject=subject[:1].upper() + subject[1:], it=words[f"it_{count}"],
            them=words[f"them_{count}"], are="are" if many else "is",
            stays="stay" if many else "stays"))
    if numbered.talk:
        many = len(numbered.talk) > 1
        out.append(words["talk_many" if many else "talk_one"].format(
            n=number_list(numbered.talk, lang)))
    if numbered.plan and kind is FormKind.LEADER:
        out.append(words["agreement_goals"])
    if kind is FormKind.LEADER:
        out.append(words["access_leader"])
    by = (words["by"]).format(date=long_date(deadline, lang)) if deadline else ""
    out.append((words["send"]).format(to=to, by=by))
    return out
