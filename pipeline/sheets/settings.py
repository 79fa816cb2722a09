"""The optional settings sheet: two columns, a setting's name and its value."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.errors import SheetIssue
from pipeline.model import DATA_KINDS, Requirement, Retention, Rules, RuleSet, Scale, Settings
from pipeline.sheets.headers import normalise_header
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, parse_date

KEYS = {
    "organisation": ("Organisation", "Organization", "Virksomhed", "Arbejdsplads"),
    "season": ("Sæson", "Season", "År", "Year"),
    "deadline": ("Svarfrist", "Reply deadline", "Deadline", "Frist"),
    "goal_rows": ("Antal udviklingsmål", "Antal mål", "Goal rows", "Number of goals", "Mål"),
    "scale": ("Skala", "Scale"),
    "scale_labels": ("Skalatekster", "Scale labels", "Skalaens tekster"),
    "competence_labels": ("Kompetencetekster", "Competence labels", "Kompetenceskala"),
    "scale_style": ("Skala som", "Scale as", "Skalavisning"),
    "scale_labels_en": ("Skalatekster (en)", "Scale labels (en)"),
    "competence_labels_en": ("Kompetencetekster (en)", "Competence labels (en)"),
    "reply_to": ("Svaradresse", "Send svar til", "Svar til", "Returadresse", "Reply to",
                 "Reply address", "Send replies to"),
    "organisation_en": ("Organisation (en)", "Organization (en)"),
    "rule_set": ("Regelsæt", "Rule set", "Regler", "Rules"),
    "requirement": ("Dækningskrav", "Coverage requirement", "Dækning kræver"),
    # How long a season's data is kept (pipeline/privacy/retention.py): one for all kinds, and
    # one per kind that wins over it.
    "retention": ("Slet efter (år)", "Slet efter", "Delete after (years)", "Delete after"),
    "retention_employee": ("Slet forberedelsesskemaer efter (år)",
                           "Slet medarbejderskemaer efter (år)",
                           "Delete preparation forms after (years)",
                           "Delete employee forms after (years)"),
    "retention_leader": ("Slet lederskemaer efter (år)", "Delete leader's forms after (years)",
                         "Delete leader forms after (years)"),
    "retention_agreement": ("Slet aftaler efter (år)", "Delete agreements after (years)"),
    "retention_overview": ("Slet oversigter efter (år)", "Delete overviews after (years)"),
}
MAX_YEARS = 100
RULE_SETS = {"stat": RuleSet.STATE, "staten": RuleSet.STATE, "state": RuleSet.STATE,
             "kommune": RuleSet.MUNICIPAL, "kommunal": RuleSet.MUNICIPAL,
             "municipal": RuleSet.MUNICIPAL, "municipality": RuleSet.MUNICIPAL,
             "region": RuleSet.REGIONAL, "regional": RuleSet.REGIONAL,
             "privat": RuleSet.PRIVATE, "private": RuleSet.PRIVATE}
REQUIREMENTS = {"samtale": Requirement.TALK, "talk": Requirement.TALK,
                "plan": Requirement.PLAN, "aftalt": Requirement.AGREED,
                "agreed": Requirement.AGREED}
_LOOKUP = {normalise_header(alias): key for key, aliases in KEYS.items() for alias in aliases}
_RANGE = re.compile(r"^\s*(-?\d+)\s*[-–—]\s*(-?\d+)\s*$")
DEFAULT = Settings()


def parse_settings(sheet: Sheet, issues: list[SheetIssue]) -> Settings:
    values: dict[str, tuple[int, str, object]] = {}
    for number, row in sheet.rows:
        key = _LOOKUP.get(normalise_header(cell_text(row[0] if row else "")))
        if key and len(row) > 1:
            values[key] = (number, cell_text(row[0]), row[1])

    def issue(key: str, what: str, todo: str) -> None:
        number, name, _ = values[key]
        issues.append(SheetIssue(sheet.file, what, todo, sheet.name, number, name))

    def text(key: str) -> str:
        return cell_text(values[key][2]) if key in values else ""

    deadline = None
    if text("deadline"):
        try:
            deadline = parse_date(values["deadline"][2])
        except ValueError:
            issue("deadline", f'The reply deadline "{text("deadline")}" is not a date.',
                  "Write it as a date, for example 01-03-2027.")
    goal_rows = DEFAULT.goal_rows
    if text("goal_rows"):
        try:
            goal_rows = int(text("goal_rows"))
            if not 0 <= goal_rows <= 20:
                raise ValueError
        except ValueError:
            issue("goal_rows", f'"{text("goal_rows")}" is not a number of goals from 0 to 20.',
                  "Write a whole number such as 3.")
            goal_rows = DEFAULT.goal_rows
    scale = DEFAULT.scale
    if text("scale"):
        match = _RANGE.match(text("scale"))
        low, high = (int(match.group(1)), int(match.group(2))) if match else (0, -1)
        if not match or not 2 <= high - low + 1 <= 11:
            issue("scale", f'The scale "{text("scale")}" cannot be read.',
                  "Write it as lowest-highest, for example 1-5 or 1-6 (2 to 11 steps).")
        else:
            scale = Scale(low, high, *(_labels(labels, low, high) for labels in (
                scale.labels, scale.competence_labels, scale.labels_en,
                scale.competence_labels_en)))
    texts: dict[str, tuple[str, ...]] = {}
    for key in ("scale_labels", "competence_labels", "scale_labels_en", "competence_labels_en"):
        if text(key):
            labels = tuple(p.strip() for p in text(key).split(";") if p.strip())
            steps = scale.high - scale.low + 1
            if len(labels) != steps:
                issue(key, f"There are {len(labels)} texts for a scale of {steps} steps.",
                      f"Write exactly {steps} texts separated by ;, one per step from "
                      f"{scale.low} to {scale.high}.")
            else:
                texts[key] = labels
    scale = _with_texts(scale, texts)
    style = normalise_header(text("scale_style"))
    checkboxes = style in ("afkrydsning", "afkrydsningsfelter", "checkbox", "checkboxes")
    if style and not checkboxes and style not in ("rullemenu", "dropdown", "liste", "list"):
        issue("scale_style", f'"{text("scale_style")}" is not a way to show a scale.',
              "Write rullemenu (a drop-down, the default) or afkrydsning (a checkbox per step).")
    return Settings(organisation=text("organisation"), season=text("season"), deadline=deadline,
                    goal_rows=goal_rows, scale=scale, scale_as_checkboxes=checkboxes,
                    reply_to=text("reply_to"), organisation_en=text("organisation_en"),
                    rules=_rules(text("rule_set"), text("requirement"), issue),
                    retention=_retention(text, issue))


def _retention(text: Callable[[str], str], issue: Callable[[str, str, str], None]) -> Retention:
    """Slet efter (år) for every kind of data, and Slet … efter (år) for one kind: a whole
    number of years from 1; empty keeps that kind until HR erases it."""
    years: dict[str, int | None] = {}
    for key in ("retention", *(f"retention_{kind}" for kind in DATA_KINDS)):
        written = text(key)
        if not written:
            continue
        try:
            number = float(written.replace(",", "."))
            if number != int(number) or not 1 <= number <= MAX_YEARS:
                raise ValueError
            years[key] = int(number)
        except ValueError:
            issue(key, f'"{written}" is not a number of years from 1 to {MAX_YEARS}.',
                  "Write a whole number of years such as 5, or leave it empty to keep that "
                  "data until you erase it.")
    every = years.get("retention")
    return Retention(**{kind: years.get(f"retention_{kind}", every) for kind in DATA_KINDS})


def _rules(rule_set: str, requirement: str, issue: Callable[[str, str, str], None]) -> Rules:
    """Regelsæt (stat, kommune, region or privat: which rules decide who is covered) and, for
    privat, Dækningskrav (samtale, plan or aftalt; default plan)."""
    chosen = RULE_SETS.get(normalise_header(rule_set)) if rule_set else RuleSet.PRIVATE
    if chosen is None:
        issue("rule_set", f'"{rule_set}" is not a rule set mus knows.',
              "Write stat (the state: written goals agreed by both), kommune or region (every "
              "employee has a talk and a plan) or privat (as Dækningskrav says).")
        chosen = RuleSet.PRIVATE
    wanted = REQUIREMENTS.get(normalise_header(requirement)) if requirement else None
    if requirement and wanted is None:
        issue("requirement", f'"{requirement}" is not a coverage requirement mus knows.',
              "Write samtale (the talk was held), plan (held, with written goals) or aftalt "
              "(held, written goals agreed by both).")
    elif requirement and chosen is not RuleSet.PRIVATE:
        issue("requirement", f"Dækningskrav is used only with Regelsæt privat; the rules of "
              f"{chosen.value} decide what counts by themselves.",
              "Delete the row Dækningskrav, or set Regelsæt to privat.")
        wanted = None
    return Rules(chosen, wanted or Requirement.PLAN, bool(rule_set))


def _with_texts(scale: Scale, texts: dict[str, tuple[str, ...]]) -> Scale:
    """HR's own scale texts. Danish texts of their own without English ones leave the English
    empty (reported by `mus check`), rather than pairing them with the default translation."""
    labels = texts.get("scale_labels", scale.labels)
    competence = texts.get("competence_labels", scale.competence_labels)
    labels_en = texts.get("scale_labels_en",
                          scale.labels_en if labels == scale.labels else ())
    competence_en = texts.get("competence_labels_en", scale.competence_labels_en
                              if competence == scale.competence_labels else ())
    return Scale(scale.low, scale.high, labels, competence, labels_en, competence_en)


def _labels(default: tuple[str, ...], low: int, high: int) -> tuple[str, ...]:
    """The default labels fit only a 1-5 scale; other ranges show numbers until HR writes texts."""
    return default if (low, high) == (1, 5) else ()
