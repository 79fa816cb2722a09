"""Typed records passed between the stages. Frozen: a stage never changes what it was given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path


class QuestionType(StrEnum):
    TEXT = "text"
    SCALE = "scale"
    YESNO = "yesno"
    CHOICE = "choice"
    DATE = "date"


class Audience(StrEnum):
    EMPLOYEE = "employee"
    LEADER = "leader"
    BOTH = "both"

    def includes(self, kind: FormKind) -> bool:
        if self is Audience.BOTH:
            return kind in (FormKind.EMPLOYEE, FormKind.LEADER)
        return self.value == kind.value


class Visibility(StrEnum):
    ALL = "all"  # HR workbook and the leaders' workbooks
    LEADER = "leader"  # only the leaders' own workbooks
    PRIVATE = "private"  # never read back


class Sensitivity(StrEnum):
    """The question set's ``Følsom``: a question too sensitive to collect (health, family)."""

    NO = "no"
    TALK = "talk"  # no field to write in: the form says to bring it up in the talk
    FIELD = "field"  # a field, never read, and the form says plainly who receives it


class FormKind(StrEnum):
    EMPLOYEE = "employee"
    LEADER = "leader"
    AGREEMENT = "agreement"
    FOLLOWUP = "followup"  # a short form during the year on the agreed goals whose time has come


@dataclass(frozen=True)
class Employee:
    number: str
    name: str
    email: str = ""
    department: str = ""
    job_title: str = ""
    leader: str = ""
    leader_email: str = ""
    meeting_date: dt.date | None = None
    language: str = ""  # "da", "en" or "" (use the default)
    columns: Mapping[str, str] = field(default_factory=dict)  # every column, by its own header
    row: int = 0  # the row as Excel shows it
    first_name: str = ""  # given names, where the list says which they are (for the greeting)
    leader_number: str = ""  # the leader's own employee number, when found in the list
    on_leave: bool = False  # the list says they are on leave (Orlov, Barsel …)
    meeting_text: str = ""  # a meeting date written as text ("uge 48"), shown as written
    sheet: str = ""  # the sheet the row is on, where the list is split over sheets

    @property
    def where(self) -> str:
        """Their row, as a message names it: "row 12", or 'row 12 of the sheet "Syd"'."""
        return f'row {self.row} of the sheet "{self.sheet}"' if self.sheet else f"row {self.row}"


def expects_leader_form(employee: Employee, list_names_leaders: bool) -> bool:
    """Whether a leader's form is made for ``employee`` (where the question set has one): when
    the list names their leader, or when it names no leader at all (HR then hands the leaders'
    forms out itself). An employee with no leader in a list that has leaders gets none: there is
    nobody to fill it in."""
    return bool(employee.leader) or not list_names_leaders


@dataclass(frozen=True)
class Condition:
    """One part of a question's applies-to filter: ``Afdeling=IT,Salg`` or ``Stilling!=Elev``."""

    column: str
    values: tuple[str, ...]
    negate: bool = False


def _in(lang: str, danish: str, english: str) -> str:
    """The English text on English forms where there is one, else the Danish."""
    return english if lang == "en" and english else danish


def _missing(*texts: tuple[object, object, str]) -> tuple[str, ...]:
    """The columns (third) whose Danish text (first) has no English (second)."""
    return tuple(column for danish, english, column in texts if danish and not english)


@dataclass(frozen=True)
class Question:
    """One question of the set. The Danish texts are the question set's main columns; the
    English ones (``*_en``) and the leader's wording are optional. Whatever the language, the
    answer belongs to ``id``."""

    id: str
    phase: str
    text: str
    type: QuestionType
    help: str = ""
    options: tuple[str, ...] = ()
    audience: Audience = Audience.EMPLOYEE
    applies_to: tuple[Condition, ...] = ()
    required: bool = False
    visibility: Visibility = Visibility.ALL
    row: int = 0
    text_en: str = ""
    help_en: str = ""
    options_en: tuple[str, ...] = ()
    phase_en: str = ""
    leader_text: str = ""  # the question as the leader's form asks it (audience "begge")
    leader_text_en: str = ""
    scale_labels: tuple[str, ...] = ()  # this question's own scale texts (else the set's)
    scale_labels_en: tuple[str, ...] = ()
    # Følsom: never read, whatever it holds (its visibility is then always PRIVATE)
    sensitive: Sensitivity = Sensitivity.NO

    def text_for(self, lang: str, kind: FormKind = FormKind.EMPLOYEE) -> str:
        """The question as the form of ``kind`` in ``lang`` asks it: the leader's wording on a
        leader's form, English on an English one, falling back to the Danish."""
        if kind is FormKind.LEADER and self.leader_text:
            return _in(lang, self.leader_text, self.leader_text_en)
        return _in(lang, self.text, self.text_en)

    def help_for(self, lang: str) -> str:
        return _in(lang, self.help, self.help_en)

    def options_for(self, lang: str) -> tuple[str, ...]:
        if lang == "en" and len(self.options_en) == len(self.options):
            return self.options_en
        return self.options

    def phase_for(self, lang: str) -> str:
        return _in(lang, self.phase, self.phase_en)

    def labels_for(self, lang: str, scale: Scale) -> tuple[str, ...]:
        """The texts of this question's scale steps (its own, else the set's)."""
        if self.scale_labels:
            if lang == "en" and self.scale_labels_en:
                return self.scale_labels_en
            return self.scale_labels
        return scale.labels_for(lang)

    def canonical_option(self, text: str) -> str:
        """A chosen option in the question set's own (Danish) words, whichever language the
        form was in: answers from English and Danish forms belong together."""
        folded = text.casefold()
        for danish, english in zip(self.options, self.options_en, strict=False):
            if folded == english.casefold() and folded != danish.casefold():
                return danish
        return text

    def option_for(self, option: str, lang: str) -> str:
        """A chosen option (in the set's own words) as a workbook in ``lang`` shows it."""
        if lang == "en" and len(self.options_en) == len(self.options):
            for danish, english in zip(self.options, self.options_en, strict=True):
                if option == danish:
                    return english
        return option

    def untranslated(self) -> tuple[str, ...]:
        """What an English form of this question would show in Danish, by column name."""
        return _missing(
            (self.text, self.text_en, "Spørgsmål (en)"),
            (self.help, self.help_en, "Hjælpetekst (en)"),
            (self.options, len(self.options_en) == len(self.options), "Valgmuligheder (en)"),
            (self.phase, self.phase_en, "Fase (en)"),
            (self.leader_text, self.leader_text_en, "Spørgsmål til leder (en)"),
            (self.scale_labels, self.scale_labels_en, "Skalatekster (en)"))


@dataclass(frozen=True)
class Competence:
    id: str
    name: str
    description: str = ""
    group: str = ""
    row: int = 0
    name_en: str = ""
    description_en: str = ""
    group_en: str = ""

    def name_for(self, lang: str) -> str:
        return _in(lang, self.name, self.name_en)

    def description_for(self, lang: str) -> str:
        return _in(lang, self.description, self.description_en)

    def group_for(self, lang: str) -> str:
        return _in(lang, self.group, self.group_en)

    def untranslated(self) -> tuple[str, ...]:
        return _missing((self.name, self.name_en, "Kompetence (en)"),
                        (self.description, self.description_en, "Beskrivelse (en)"),
                        (self.group, self.group_en, "Gruppe (en)"))


DEFAULT_LABELS = ("I meget lav grad", "I lav grad", "I nogen grad", "I høj grad",
                  "I meget høj grad")
DEFAULT_LABELS_EN = ("To a very small extent", "To a small extent", "To some extent",
                     "To a large extent", "To a very large extent")
DEFAULT_COMPETENCE_LABELS = ("Begynder", "Let øvet", "Øvet", "Erfaren", "Ekspert")
DEFAULT_COMPETENCE_LABELS_EN = ("Beginner", "Basic", "Competent", "Experienced", "Expert")


@dataclass(frozen=True)
class Scale:
    low: int = 1
    high: int = 5
    labels: tuple[str, ...] = DEFAULT_LABELS
    competence_labels: tuple[str, ...] = DEFAULT_COMPETENCE_LABELS
    labels_en: tuple[str, ...] = DEFAULT_LABELS_EN
    competence_labels_en: tuple[str, ...] = DEFAULT_COMPETENCE_LABELS_EN

    @property
    def steps(self) -> range:
        return range(self.low, self.high + 1)

    def labels_for(self, lang: str) -> tuple[str, ...]:
        return self.labels_en if lang == "en" and self.labels_en else self.labels

    def competence_labels_for(self, lang: str) -> tuple[str, ...]:
        if lang == "en" and self.competence_labels_en:
            return self.competence_labels_en
        return self.competence_labels

    def untranslated(self) -> tuple[str, ...]:
        return _missing((self.labels, self.labels_en, "Skalatekster (en)"),
                        (self.competence_labels, self.competence_labels_en,
                         "Kompetencetekster (en)"))


class RuleSet(StrEnum):
    """Which rules decide who is covered (the setting ``Regelsæt``)."""

    STATE = "stat"  # the state: concrete, written development goals agreed by both
    MUNICIPAL = "kommune"  # every employee has had a talk and has a plan
    REGIONAL = "region"  # as the municipalities
    PRIVATE = "privat"  # as configured with ``Dækningskrav``


class Requirement(StrEnum):
    """What one employee needs to count as covered."""

    TALK = "samtale"  # the talk was held
    PLAN = "plan"  # the talk was held and a plan with written goals came of it
    AGREED = "aftalt"  # held, written goals, agreed (marked so) and signed by both


@dataclass(frozen=True)
class Rules:
    rule_set: RuleSet = RuleSet.PRIVATE
    private_requirement: Requirement = Requirement.PLAN  # what ``privat`` counts
    given: bool = False  # the settings named a rule set (else the default)

    @property
    def requirement(self) -> Requirement:
        if self.rule_set is RuleSet.STATE:
            return Requirement.AGREED
        if self.rule_set in (RuleSet.MUNICIPAL, RuleSet.REGIONAL):
            return Requirement.PLAN
        return self.private_requirement


DATA_KINDS = ("employee", "leader", "agreement", "overview")


@dataclass(frozen=True)
class Retention:
    """How many years each kind of a season's data is kept (the settings' ``Slet … efter
    (år)``), counted from the day the season's forms were made; None: kept until HR erases it.
    """

    employee: int | None = None  # preparation forms: generated, mailed, returned
    leader: int | None = None  # the leader's forms about the employee
    agreement: int | None = None  # agreement documents and the follow-up forms on them
    overview: int | None = None  # the overview workbooks, HR's and the leaders'

    def years(self, kind: str) -> int | None:
        found: int | None = getattr(self, kind)
        return found

    @property
    def given(self) -> bool:
        return any(self.years(kind) is not None for kind in DATA_KINDS)


@dataclass(frozen=True)
class Settings:
    organisation: str = ""
    season: str = ""
    deadline: dt.date | None = None
    goal_rows: int = 3
    scale: Scale = field(default_factory=Scale)
    scale_as_checkboxes: bool = False
    reply_to: str = ""  # where forms go back: an e-mail address or a place ("HR, Rådhuset")
    organisation_en: str = ""
    rules: Rules = field(default_factory=Rules)
    retention: Retention = field(default_factory=Retention)

    def organisation_for(self, lang: str) -> str:
        return _in(lang, self.organisation, self.organisation_en)


@dataclass(frozen=True)
class QuestionSet:
    questions: tuple[Question, ...]
    competences: tuple[Competence, ...]
    settings: Settings
    version: str  # a short hash of everything that shapes a form
    source: Path | None = None

    @property
    def phases(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for q in self.questions:
            seen.setdefault(q.phase, None)
        return tuple(seen)

    def canonical_answers(self, answers: Mapping[str, Value]) -> Mapping[str, Value]:
        """Answers with every chosen option in the set's own (Danish) words: an English form's
        "About right" and a Danish form's "Passende" are the same answer."""
        changed: dict[str, Value] | None = None
        for q in self.questions:
            chosen = answers.get(q.id)
            if q.options_en and isinstance(chosen, str):
                canonical = q.canonical_option(chosen)
                if canonical != chosen:
                    changed = dict(answers) if changed is None else changed
                    changed[q.id] = canonical
        return answers if changed is None else changed

    def phase_for(self, phase: str, lang: str) -> str:
        """A phase's name in ``lang`` (from the first of its questions that translates it)."""
        for q in self.questions:
            if q.phase == phase and q.phase_en:
                return q.phase_for(lang)
        return phase

    def question(self, qid: str) -> Question | None:
        for q in self.questions:
            if q.id == qid:
                return q
        return None


@dataclass(frozen=True, slots=True)
class PreviousGoal:
    """A goal from last season, shown in the look-back phase for a status: one agreed in the
    meeting, or (where no agreement came back) one the employee proposed, said to be so; or an
    agreed goal whose follow-up has come, on a follow-up form."""

    goal: str
    activities: str = ""
    deadline: dt.date | None = None
    status: str = ""  # the latest follow-up's status (in the workbook's Danish words)
    status_date: dt.date | None = None  # … and when that follow-up was
    follow_up: dt.date | None = None  # when the goal was to be followed up
    agreed: bool = True


Value = str | int | bool | dt.date | None


@dataclass(frozen=True, slots=True)
class Goal:
    goal: str | None = None
    activities: str | None = None
    criterion: str | None = None
    deadline: dt.date | None = None
    responsible: str | None = None
    follow_up: dt.date | None = None
    # Only in an agreement document: whether employee and leader agree on the goal (None: not
    # said, which is never agreed), and each one's comment where they do not.
    agreed: bool | None = None
    employee_comment: str | None = None
    leader_comment: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))

    @property
    def written(self) -> bool:
        """A goal someone wrote down (not a slot with only a mark or a date in it)."""
        return bool(self.goal and self.goal.strip())


@dataclass(frozen=True, slots=True)
class PreviousGoalStatus:
    goal: str
    status: str | None = None
    comment: str | None = None  # on a follow-up form: what has happened
    next_step: str | None = None  # only on a follow-up form


@dataclass(frozen=True, slots=True)
class Rating:
    now: int | None = None
    wanted: int | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something HR should know about one returned file. ``code`` picks the sentence (texts.py)."""

    file: str
    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    employee_id: str = ""


@dataclass(frozen=True, slots=True)
class Response:
    """What one returned form holds: the one contract between reading forms and writing
    workbooks."""

    file: str
    employee_id: str
    season: str
    kind: FormKind
    answers: Mapping[str, Value]
    competences: Mapping[str, Rating]
    goals: tuple[Goal, ...]
    previous_goals: tuple[PreviousGoalStatus, ...]
    read_by: str  # "controls" or "layout"
    problems: tuple[Problem, ...] = ()
    question_set_version: str = ""
    saved: dt.datetime | None = None
    file_mtime: float = 0.0
    extra: Mapping[str, Value] = field(default_factory=dict)  # agreement fields etc.
    # What a field shows where it could not be read as its kind (a drop-down typed into with
    # something that is none of its items, a date that is no date), by field key: for HR to see
    # beside the problem, which names only the field.
    unreadable: Mapping[str, str] = field(default_factory=dict)
    # The employee's name as the form's identity table shows it (empty where it shows none):
    # checked against the list's name for the number, so a number now someone else's is noticed.
    shown_name: str = ""
    # Text a person wrote outside every field, by what it stands beside: a question's ID, a
    # competence's ID, "goal:N" or "prev:N" (collect/accounting.py). Never a private question's.
    beside: Mapping[str, str] = field(default_factory=dict)
    # What the form promised when it was made: the questions whose answers only the leader's
    # own workbook shows, and who the leader was (teams.leader_key; "" unknown).
    leader_only: frozenset[str] = frozenset()
    form_leader: str = ""
    # Whether the form's identity is as this working folder's mus signed it (signing.py); None
    # where there was nothing to check it with.
    verified: bool | None = None
    # Who sent the form back by e-mail and when (from the mail file it came in, or the collect
    # log beside the file): the From address of each message on the way, outermost first.
    returned_by: tuple[str, ...] = ()
    returned_at: dt.datetime | None = None
    # When the form was made (its MUS.Generated): follow-up forms of one employee made at
    # different times are different follow-ups, not copies of one.
    generated: str = ""


@dataclass(frozen=True)
class Collected:
    """What a returned folder holds, checked against the employee list and season: the one
    record between reading forms (``collect/``) and writing workbooks (``overview/``)."""

    staff: tuple[Employee, ...]
    question_set: QuestionSet
    season: str
    responses: tuple[Response, ...]  # one per employee and form kind
    problems: tuple[Problem, ...]  # every problem, files skipped included
    files_seen: int
