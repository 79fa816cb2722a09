"""What the people of the campaign write in their forms: banks of answers drawn with a seeded
random generator per case, so that every run makes the same forms."""

from __future__ import annotations

import random
from collections.abc import Mapping

from tests.collect.campaign.wordml import Answer

SEED = 1919

TEXTS = [
    "Året er gået godt. Jeg er mest tilfreds med det nye budgetværktøj, vi fik i gang.",
    "Det har været et travlt år, men samarbejdet i teamet har båret os igennem.",
    "Jeg har lært meget af at stå for årsafslutningen alene i december.",
    "Jeg får mest energi af opgaver, hvor jeg hjælper kolleger med at finde en løsning.",
    "Rutineopgaverne med bilag dræner mig, især når systemet er langsomt.",
    "Om tre år vil jeg gerne have ansvar for et mindre team.",
    "Jeg vil gerne blive bedre til Power BI og til at præsentere tal for ledelsen.",
    "Jeg forventer, at vi holder fast i de faste møder hver anden uge.",
    "Kurset i projektledelse har jeg brugt direkte i planlægningen af flytningen.",
    "Det svære har været at sige nej til ekstra opgaver midt i en travl periode.",
    "Jeg ønsker mere sparring om prioriteringer, når der kommer nye opgaver ind.",
    "Jeg kunne godt tænke mig at prøve kræfter med udbud og indkøb.",
    "Arbejdsmiljøet er generelt godt, men larmen i kontorlandskabet er en udfordring.",
    "Jeg vil gerne tale om mulighederne for at arbejde hjemme en dag om ugen.",
    "Borgerkontakten giver mening, og jeg er stolt af vores svartider.",
    "Jeg har brug for en introduktion til det nye sagssystem før sommerferien.",
    "Jeg har haft god gavn af sidemandsoplæringen med Lone i foråret.",
    "Jeg vil gerne bruge mere tid på analyser og mindre tid på manuel afstemning.",
    "Jeg savner en tydeligere plan for, hvem der har ansvaret for hvad.",
    "Mit mål er at blive certificeret i den nye lønmodul-version i år.",
    "Vi skal blive bedre til at dele viden på tværs af afdelingerne.",
    "Jeg har fået mere selvtillid i at lede møder med eksterne parter.",
    "Jeg vil gerne have et kursus i konflikthåndtering.",
    "Jeg synes, at opgavefordelingen er blevet mere retfærdig siden sidste år.",
]
PRIVATE = [
    "Min mor er alvorligt syg, og det fylder meget for mig lige nu.",
    "Jeg er i behandling for stress og vil gerne tale om det under fire øjne.",
    "Min søn har diagnoser, og jeg har brug for fleksibilitet om morgenen.",
]
LEADER_TEXTS = [
    "Lederen vurderer: stærk faglighed, skal tage mere ansvar i projekter.",
    "Lederen ser gerne, at medarbejderen overtager koordineringen af årsregnskabet.",
    "Lederen forventer stabil levering og mere deling af viden i teamet.",
    "Lederen foreslår et forløb i præsentationsteknik i efteråret.",
]
GOALS = ["Lære Power BI på et niveau, hvor jeg selv kan bygge rapporter",
         "Tage ansvar for at koordinere årsafslutningen",
         "Gennemføre kursus i projektledelse"]
F3 = ["Kursus eller uddannelse", "Sidemandsoplæring", "Mentorordning", "Jobrotation",
      "Nye opgaver i mit nuværende job"]
# What the English form's drop-downs show for the same items.
ENGLISH = {"q:F3": (F3, ["Course or education", "On-the-job training", "Mentoring",
                         "Job rotation", "New tasks in my current job"])}
DATES = ["2027-03-15", "2027-04-01", "2027-05-20", "2027-06-30", "2027-09-01"]

# The sample employee list's people: number → the stem of their form's file name.
STEMS = {"1001": "1001_Anne_Sørensen", "1002": "1002_Jens_Hansen",
         "1003": "1003_Mette_Nielsen", "1004": "1004_Søren_Østergaard",
         "1005": "1005_Lærke_Bjørn-Holm", "1006": "1006_Frederik_Møller",
         "1007": "1007_Jens_Hansen", "1008": "1008_Camilla_Rasmussen",
         "1009": "1009_Mads_Kristensen", "1010": "1010_Sofie_Jørgensen",
         "1011": "1011_Rasmus_Poulsen", "1012": "1012_Ida_Thomsen",
         "1013": "1013_Niels_Christiansen", "1014": "1014_Karen_Johansen",
         "1015": "1015_Line_Mortensen", "1016": "1016_Peter_Larsen",
         "1017": "1017_Emma_Andersen", "1018": "1018_Ahmad_Rahimi",
         "1019": "1019_Birgitte_Friis", "1020": "1020_Thomas_Bach",
         "1021": "1021_Julie_Holm", "1022": "1022_Oliver_Skov",
         "1023": "1023_Maria_Eriksen", "1024": "1024_Jonas_Winther",
         "00042": "00042_Aisha_Ahmed"}


def blank_name(employee: str, kind: str = "employee") -> str:
    """The file name `mus generate` gives the person's blank form of this kind."""
    stem = STEMS[employee]
    if kind == "leader":  # in the leader's language: none of the sample's leaders writes English
        stem += "_leder"
    return f"{stem}.docx"


def filled_by(rng: random.Random, kind: str = "employee") -> tuple[dict[str, Answer], list[str]]:
    """What the person filled in before the edit (field key → value as chosen or typed), and
    more texts from the bank for the case's own edits."""
    texts = rng.sample(TEXTS, 8)
    if kind == "leader":
        leader = rng.sample(LEADER_TEXTS, 3)
        return {"q:T2": rng.randint(1, 5),
                "q:L1": rng.randint(1, 5), "q:L2": leader[0], "q:L3": leader[1],
                "q:F2": leader[2], "q:F4": rng.choice(DATES),
                "c:K1:now": rng.randint(1, 5), "c:K1:wanted": rng.randint(1, 5)}, texts[3:]
    return {
        "q:T1": texts[0], "q:T2": rng.randint(1, 5), "q:T3": rng.random() < 0.5,
        "q:N1": rng.randint(1, 5), "q:N2": rng.randint(1, 5),
        "q:N3": texts[1], "q:N6": rng.choice(PRIVATE), "q:F1": texts[2],
        "q:F3": rng.choice(F3), "q:F4": rng.choice(DATES),
        "c:K1:now": rng.randint(1, 4), "c:K1:wanted": 5, "c:K2:now": rng.randint(1, 5),
        "c:K2:wanted": rng.randint(1, 5), "c:K3:now": rng.randint(1, 5),
        "c:K3:wanted": rng.randint(1, 5),
        "goal:1:goal": rng.choice(GOALS), "goal:1:deadline": rng.choice(DATES),
    }, texts[3:]


def long_text(length: int, rng: random.Random) -> str:
    """Sentences from the bank, one after another, to exactly ``length`` characters."""
    out: list[str] = []
    total = 0
    while total < length:
        sentence = rng.choice(TEXTS)
        out.append(sentence)
        total += len(sentence) + 1
    return " ".join(out)[:length]


def log_text(size: int) -> str:
    """What a person pastes from a system: many lines of a log."""
    lines: list[str] = []
    total = 0
    i = 0
    while total < size:
        i += 1
        line = (f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} 08:{i % 60:02d}:{(i * 7) % 60:02d} "
                f"INFO bilag {100000 + i} bogført konto {4000 + (i * 13) % 900} beløb "
                f"{(i * 37) % 10000},{i % 100:02d} kr.")
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def repeated_text(size: int, rng: random.Random) -> str:
    """One paragraph pasted over and over (Ctrl+V held down) to about ``size`` characters."""
    chunk = " ".join(rng.sample(TEXTS, 3))
    return "\n".join([chunk] * (size // (len(chunk) + 1)))


def fill_in(text: str, values: Mapping[str, Answer], spare: list[str],
            others: Mapping[str, tuple[str, Mapping[str, Answer]]]) -> str:
    """A case's text with its placeholders filled in: '{q:N3}' the filled value of q:N3,
    '{q:N3:first3}' its first three words, '{q:N3:retyped}' those words retyped as 'Kort sagt',
    '{spare0}' a spare text, '{other}' the path of the other form, '{other:q:T1}' its T1."""
    out = text
    for k, v in values.items():
        if isinstance(v, str):
            out = out.replace("{" + k + "}", v)
            out = out.replace("{" + k + ":first3}", " ".join(v.split()[:3]))
            out = out.replace("{" + k + ":retyped}", "Kort sagt " + " ".join(v.split()[3:]))
        elif not isinstance(v, bool):
            out = out.replace("{" + k + "}", str(v))
    for i, s in enumerate(spare):
        out = out.replace("{spare" + str(i) + "}", s)
    for name, (path, other_values) in others.items():
        out = out.replace("{" + name + "}", path)
        for k, v in other_values.items():
            if isinstance(v, str):
                out = out.replace("{" + name + ":" + k + "}", v)
    return out
