"""The question set: questions, competences and settings from questions.xlsx."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from pipeline.errors import SheetIssue, raise_if_issues
from pipeline.model import (
    Audience,
    Competence,
    Condition,
    Question,
    QuestionSet,
    QuestionType,
    Sensitivity,
    Settings,
    Visibility,
)
from pipeline.sheets.headers import (
    Column,
    HeaderRow,
    accepted,
    find_header_row,
    normalise_header,
    value_at,
)
from pipeline.sheets.settings import parse_settings
from pipeline.sheets.table import Sheet, cell_issues, open_workbook_sheets
from pipeline.sheets.values import cell_text, parse_yes_no

QUESTION_SHEETS = ("Spørgsmål", "Questions")
COMPETENCE_SHEETS = ("Kompetencer", "Competences")
SETTINGS_SHEETS = ("Indstillinger", "Settings")

Q_ID = Column("id", ("ID", "Spørgsmåls-ID", "Question ID", "Nr.", "Nummer"))
Q_PHASE = Column("phase", ("Fase", "Phase", "Afsnit", "Section"))
Q_TEXT = Column("text", ("Spørgsmål", "Question", "Spørgsmålstekst", "Tekst", "Text"))
Q_HELP = Column("help", ("Hjælpetekst", "Help text", "Hjælp", "Help", "Vejledning"))
Q_TYPE = Column("type", ("Type", "Svartype", "Answer type"))
Q_OPTIONS = Column("options", ("Valgmuligheder", "Options", "Choices", "Svarmuligheder"))
Q_AUDIENCE = Column("audience", ("Målgruppe", "Audience", "Hvem svarer", "Who answers"))
Q_APPLIES = Column("applies_to", ("Gælder for", "Applies to", "Filter"))
Q_REQUIRED = Column("required", ("Påkrævet", "Required", "Obligatorisk"))
Q_VISIBILITY = Column("visibility", ("Synlighed", "Visibility"))
# Optional: the English texts, the leader's wording and a question's own scale texts.
Q_TEXT_EN = Column("text_en", ("Spørgsmål (en)", "Question (en)", "Spørgsmål på engelsk",
                               "Question in English"))
Q_HELP_EN = Column("help_en", ("Hjælpetekst (en)", "Help text (en)", "Hjælp (en)", "Help (en)"))
Q_OPTIONS_EN = Column("options_en", ("Valgmuligheder (en)", "Options (en)", "Choices (en)",
                                     "Svarmuligheder (en)"))
Q_PHASE_EN = Column("phase_en", ("Fase (en)", "Phase (en)", "Afsnit (en)", "Section (en)"))
Q_LEADER = Column("leader_text", ("Spørgsmål til leder", "Question for leader",
                                  "Question for the leader", "Lederens spørgsmål"))
Q_LEADER_EN = Column("leader_text_en", ("Spørgsmål til leder (en)", "Question for leader (en)",
                                        "Question for the leader (en)",
                                        "Lederens spørgsmål (en)"))
Q_LABELS = Column("scale_labels", ("Skalatekster", "Scale labels", "Skalaens tekster"))
Q_LABELS_EN = Column("scale_labels_en", ("Skalatekster (en)", "Scale labels (en)"))
Q_SENSITIVE = Column("sensitive", ("Følsom", "Følsomt", "Følsomt spørgsmål", "Sensitive",
                                   "Sensitive question"))
QUESTION_COLUMNS = (Q_ID, Q_PHASE, Q_TEXT, Q_HELP, Q_TYPE, Q_OPTIONS, Q_AUDIENCE, Q_APPLIES,
                    Q_REQUIRED, Q_VISIBILITY, Q_TEXT_EN, Q_HELP_EN, Q_OPTIONS_EN, Q_PHASE_EN,
                    Q_LEADER, Q_LEADER_EN, Q_LABELS, Q_LABELS_EN, Q_SENSITIVE)

C_ID = Column("id", ("ID", "Kompetence-ID", "Competence ID", "Nr."))
C_NAME = Column("name", ("Kompetence", "Competence", "Navn", "Name"))
C_DESC = Column("description", ("Beskrivelse", "Description"))
C_GROUP = Column("group", ("Gruppe", "Group", "Kategori", "Category", "Type"))
C_NAME_EN = Column("name_en", ("Kompetence (en)", "Competence (en)", "Navn (en)", "Name (en)"))
C_DESC_EN = Column("description_en", ("Beskrivelse (en)", "Description (en)"))
C_GROUP_EN = Column("group_en", ("Gruppe (en)", "Group (en)", "Kategori (en)", "Category (en)"))
COMPETENCE_COLUMNS = (C_ID, C_NAME, C_DESC, C_GROUP, C_NAME_EN, C_DESC_EN, C_GROUP_EN)

TYPES = {
    "tekst": QuestionType.TEXT, "text": QuestionType.TEXT, "fritekst": QuestionType.TEXT,
    "skala": QuestionType.SCALE, "scale": QuestionType.SCALE,
    "janej": QuestionType.YESNO, "yesno": QuestionType.YESNO,
    "valg": QuestionType.CHOICE, "choice": QuestionType.CHOICE,
    "dato": QuestionType.DATE, "date": QuestionType.DATE,
}
ALLOWED_TYPES = "tekst, skala, ja/nej, valg, dato (or text, scale, yesno, choice, date)"
AUDIENCES = {"medarbejder": Audience.EMPLOYEE, "employee": Audience.EMPLOYEE, "": Audience.EMPLOYEE,
             "leder": Audience.LEADER, "leader": Audience.LEADER, "manager": Audience.LEADER,
             "begge": Audience.BOTH, "both": Audience.BOTH}
VISIBILITIES = {"alle": Visibility.ALL, "all": Visibility.ALL, "": Visibility.ALL,
                "leder": Visibility.LEADER, "leader": Visibility.LEADER,
                "privat": Visibility.PRIVATE, "private": Visibility.PRIVATE}
_FIELD_WORDS = ("felt", "field")


def parse_sensitivity(text: str) -> Sensitivity | None:
    """Følsom: nej/no or empty, ja/yes (no field: brought up in the talk), or "ja, med felt"
    / "yes, with a field" (a field that is never read); None when it is none of them."""
    words = re.findall(r"[^\W_]+", text.casefold())
    if not words or words in (["nej"], ["no"], ["n"]):
        return Sensitivity.NO
    if any(w in _FIELD_WORDS for w in words):
        rest = [w for w in words if w not in (*_FIELD_WORDS, "med", "with", "a", "et")]
        return Sensitivity.FIELD if rest in ([], ["ja"], ["yes"]) else None
    if words in (["ja"], ["yes"], ["j"], ["y"], ["x"]):
        return Sensitivity.TALK
    return None


ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


def find_sheet(sheets: dict[str, Sheet], names: tuple[str, ...]) -> Sheet | None:
    wanted = {normalise_header(n) for n in names}
    return next((s for title, s in sheets.items() if normalise_header(title) in wanted), None)


def read_question_set(path: Path) -> QuestionSet:
    """Questions, competences and settings, or a SpreadsheetError listing every mistake."""
    path = Path(path)
    sheets = open_workbook_sheets(path, "question set")
    issues: list[SheetIssue] = []
    q_sheet = find_sheet(sheets, QUESTION_SHEETS)
    if q_sheet is None:
        names = ", ".join(f'"{n}"' for n in sheets)
        issues.append(SheetIssue(
            path,
            f'The question set has no sheet named "Spørgsmål" (or "Questions"); it has {names}.',
            'Rename the sheet with the questions to "Spørgsmål".'))
        questions: list[Question] = []
    else:
        questions = parse_questions(q_sheet, issues)
    c_sheet = find_sheet(sheets, COMPETENCE_SHEETS)
    competences = parse_competences(c_sheet, issues) if c_sheet else []
    s_sheet = find_sheet(sheets, SETTINGS_SHEETS)
    for sheet in (q_sheet, c_sheet, s_sheet):
        issues += cell_issues(sheet)
    settings = parse_settings(s_sheet, issues) if s_sheet else Settings()
    if q_sheet is not None:
        issues += scale_label_issues(q_sheet, questions, settings)
    raise_if_issues(issues)
    return QuestionSet(tuple(questions), tuple(competences), settings,
                       question_set_version(questions, competences, settings), path)


def question_set_version(
    questions: list[Question], competences: list[Competence], settings: Settings
) -> str:
    """A short fingerprint of everything that shapes a form (not the season or deadline)."""
    shape = {
        # (a question that is not sensitive is shaped as before Følsom existed: forms already
        # out keep their version)
        "q": [{k: v for k, v in asdict(q).items() if k != "row" and not (
            k == "sensitive" and v == Sensitivity.NO)} for q in questions],
        "c": [{k: v for k, v in asdict(c).items() if k != "row"} for c in competences],
        "goals": settings.goal_rows,
        "scale": asdict(settings.scale),
        "checkboxes": settings.scale_as_checkboxes,
    }
    blob = json.dumps(shape, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def _issue_maker(
    sheet: Sheet, issues: list[SheetIssue]
) -> Callable[[str, str, int | None, str | None], None]:
    def issue(what: str, todo: str, row: int | None, column: str | None) -> None:
        issues.append(SheetIssue(sheet.file, what, todo, sheet.name, row, column))

    return issue


def _header(sheet: Sheet, columns: tuple[Column, ...], required: tuple[Column, ...],
            issue: Callable[[str, str, int | None, str | None], None]) -> HeaderRow | None:
    """The header row, or None after reporting each required column that is missing."""
    header = find_header_row(sheet, columns, [c.key for c in required])
    missing = [c for c in required if header is None or c.key not in header.found]
    for column in missing:
        issue(f'No column for "{column.headers[0]}" was found.',
              f"Give the column one of these headers: {accepted(column)}.",
              header.row if header else None, None)
    return None if header is None or missing else header


def parse_questions(sheet: Sheet, issues: list[SheetIssue]) -> list[Question]:
    issue = _issue_maker(sheet, issues)
    header = _header(sheet, QUESTION_COLUMNS, (Q_ID, Q_TEXT, Q_TYPE), issue)
    if header is None:
        return []
    found = header.found

    def col(key: str) -> str | None:
        return header.headers[found[key]] if key in found else None

    questions: list[Question] = []
    seen: dict[str, int] = {}
    phase = phase_en = ""
    for number, values in sheet.rows:
        if number <= header.row:
            continue

        def text(key: str, values: tuple[object, ...] = values) -> str:
            return cell_text(value_at(values, found.get(key)))

        qid = text("id")
        if not qid:
            issue("This question has no ID.",
                  "Give every question a short unique ID such as N2; keep it the same next year.",
                  number, col("id"))
            continue
        if not ID_PATTERN.match(qid):
            issue(f'The question ID "{qid}" has characters that cannot be used.',
                  "Use only letters, digits, '-', '_' and '.', with no spaces, for example N2.",
                  number, col("id"))
            continue
        if qid in seen:
            issue(f'The question ID "{qid}" is also used in row {seen[qid]}.',
                  "Every question needs its own ID: change one of them.", number, col("id"))
            continue
        seen[qid] = number
        if text("phase") and text("phase") != phase:  # a new phase: its English name, if any
            phase, phase_en = text("phase"), text("phase_en")
        else:  # the phase goes on, written again or not
            phase_en = text("phase_en") or phase_en
        if not phase:
            issue(f"Question {qid} has no phase.",
                  "Write the phase (for example Tilbageblik) in the first question's row.",
                  number, col("phase"))
        qtext = text("text")
        if not qtext:
            issue(f"Question {qid} has no text.", "Write the question.", number, col("text"))
        qtype = TYPES.get(normalise_header(text("type")))
        if qtype is None:
            issue(f'The type "{text("type")}" of question {qid} is not known.',
                  f"Use one of: {ALLOWED_TYPES}.", number, col("type"))
            continue
        options = split_list(text("options"))
        if qtype is QuestionType.CHOICE and not options:
            issue(f"Question {qid} is a choice but has no options.",
                  f'Write the options in the "{col("options") or "Valgmuligheder"}" column, '
                  "separated by ;", number, col("options") or "Valgmuligheder")
            continue
        options_en = split_list(text("options_en"))
        if options_en and len(options_en) != len(options):
            issue(f"Question {qid} has {len(options)} options but {len(options_en)} in "
                  "English.",
                  "Write one English option for each option, in the same order, separated by ;",
                  number, col("options_en"))
            continue
        labels, labels_en = split_list(text("scale_labels")), split_list(text("scale_labels_en"))
        if (labels or labels_en) and qtype is not QuestionType.SCALE:
            issue(f"Question {qid} has scale texts but is not a scale question.",
                  'Delete the scale texts, or change its type to "skala".', number,
                  col("scale_labels") or col("scale_labels_en"))
            continue
        if labels_en and not labels:
            issue(f"Question {qid} has English scale texts but no Danish ones.",
                  f'Write the Danish texts in the "{col("scale_labels") or "Skalatekster"}" '
                  "column too, one per step, separated by ;", number,
                  col("scale_labels") or "Skalatekster")
            continue
        audience = AUDIENCES.get(text("audience").lower())
        if audience is None:
            issue(f'The audience "{text("audience")}" of question {qid} is not known.',
                  "Use medarbejder, leder or begge.", number, col("audience"))
            continue
        visibility = VISIBILITIES.get(text("visibility").lower())
        if visibility is None:
            issue(f'The visibility "{text("visibility")}" of question {qid} is not known.',
                  "Use alle, leder or privat (empty means alle).", number, col("visibility"))
            continue
        try:
            required = parse_yes_no(value_at(values, found.get("required")))
        except ValueError:
            issue(f'"{text("required")}" is not ja or nej (question {qid}).',
                  "Write ja or nej.", number, col("required"))
            continue
        sensitive = parse_sensitivity(text("sensitive"))
        if sensitive is None:
            issue(f'"{text("sensitive")}" is not a way to say whether question {qid} is '
                  "sensitive.", 'Write nej, ja (no field: the form says to bring it up in the '
                  'talk) or "ja, med felt" (a field that is never read).', number,
                  col("sensitive"))
            continue
        if sensitive is not Sensitivity.NO:
            if text("visibility") and visibility is not Visibility.PRIVATE:
                issue(f"Question {qid} is sensitive (Følsom), so its answer is never read into "
                      f'any overview, but its Synlighed says "{text("visibility")}".',
                      "Write privat in Synlighed (or leave it empty), or nej in Følsom.",
                      number, col("visibility"))
                continue
            if required:
                issue(f"Question {qid} is sensitive (Følsom) and required: nobody should have "
                      "to answer a sensitive question in writing.", "Write nej in Påkrævet.",
                      number, col("required"))
                continue
            visibility = Visibility.PRIVATE
        try:
            conditions = parse_filter(text("applies_to"))
        except ValueError:
            issue(f'The filter "{text("applies_to")}" of question {qid} cannot be read.',
                  "Write it as Column=value, for example Afdeling=IT; several values as "
                  "Afdeling=IT,Salg; several conditions separated by ;", number, col("applies_to"))
            continue
        questions.append(Question(
            id=qid, phase=phase, text=qtext, type=qtype, help=text("help"), options=options,
            audience=audience, applies_to=conditions, required=required, visibility=visibility,
            row=number, text_en=text("text_en"), help_en=text("help_en"), options_en=options_en,
            phase_en=phase_en, leader_text=text("leader_text"),
            leader_text_en=text("leader_text_en"), scale_labels=labels,
            scale_labels_en=labels_en, sensitive=sensitive))
    if not questions and not issues:
        issue("The question set has no questions.", "Add one row per question under the headers.",
              header.row, None)
    return questions


def split_list(text: str) -> tuple[str, ...]:
    """``a; b ;c`` → ("a", "b", "c")."""
    return tuple(p.strip() for p in text.split(";") if p.strip())


def scale_label_issues(sheet: Sheet, questions: list[Question],
                       settings: Settings) -> list[SheetIssue]:
    """A question's own scale texts must have one text per step of the set's scale."""
    scale = settings.scale
    steps = scale.high - scale.low + 1
    header = find_header_row(sheet, QUESTION_COLUMNS, [Q_ID.key])
    issues = []
    for q in questions:
        for labels, column in ((q.scale_labels, Q_LABELS), (q.scale_labels_en, Q_LABELS_EN)):
            if labels and len(labels) != steps:
                name = (header.header_of(column.key) if header and column.key in header.found
                        else column.headers[0])
                issues.append(SheetIssue(
                    sheet.file,
                    f"Question {q.id} has {len(labels)} scale texts for a scale of {steps} steps.",
                    f"Write exactly {steps} texts separated by ;, one per step from {scale.low} "
                    f"to {scale.high}.", sheet.name, q.row, name))
    return issues


def parse_filter(text: str) -> tuple[Condition, ...]:
    """``Afdeling=IT,Salg; Stilling!=Elev`` → conditions that must all hold."""
    conditions = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        negate = "!=" in part
        column, sep, values = part.partition("!=" if negate else "=")
        options = tuple(v.strip() for v in values.split(",") if v.strip())
        if not sep or not column.strip() or not options:
            raise ValueError(part)
        conditions.append(Condition(column.strip(), options, negate))
    return tuple(conditions)


def parse_competences(sheet: Sheet, issues: list[SheetIssue]) -> list[Competence]:
    issue = _issue_maker(sheet, issues)
    header = _header(sheet, COMPETENCE_COLUMNS, (C_ID, C_NAME), issue)
    if header is None:
        return []
    found = header.found
    competences: list[Competence] = []
    seen: dict[str, int] = {}
    for number, values in sheet.rows:
        if number <= header.row:
            continue
        cid = cell_text(value_at(values, found["id"]))
        name = cell_text(value_at(values, found["name"]))
        id_header = header.header_of("id")
        if not cid:
            issue("This competence has no ID.", "Give every competence a short unique ID such "
                  "as K4.", number, id_header)
            continue
        if not ID_PATTERN.match(cid):
            issue(f'The competence ID "{cid}" has characters that cannot be used.',
                  "Use only letters, digits, '-', '_' and '.', with no spaces.", number, id_header)
            continue
        if cid in seen:
            issue(f'The competence ID "{cid}" is also used in row {seen[cid]}.',
                  "Every competence needs its own ID: change one of them.", number, id_header)
            continue
        seen[cid] = number
        if not name:
            issue(f"Competence {cid} has no name.", "Write the competence's name.", number,
                  header.header_of("name"))
            continue
        def text(key: str, values: tuple[object, ...] = values) -> str:
            return cell_text(value_at(values, found.get(key)))

        competences.append(Competence(
            id=cid, name=name, description=text("description"), group=text("group"),
            row=number, name_en=text("name_en"), description_en=text("description_en"),
            group_en=text("group_en")))
    return competences
