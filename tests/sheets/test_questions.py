from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SpreadsheetError
from pipeline.model import Audience, Condition, FormKind, QuestionType, Sensitivity, Visibility
from pipeline.sheets import read_question_set
from pipeline.workspace import DEFAULTS
from tests.helpers import question, questions_xlsx, write_xlsx


def test_sample_question_set_covers_the_three_phases() -> None:
    qs = read_question_set(DEFAULTS / "input" / "questions.xlsx")
    assert qs.phases == ("Tilbageblik", "Her og nu", "Fremadrettet")
    # What a Danish HR consultant would send: 12–14 questions on each employee's form.
    from pipeline.forms.filters import applies
    from pipeline.sheets import read_employees

    for e in read_employees(DEFAULTS / "input" / "employees.xlsx"):
        asked = [q for q in qs.questions if q.audience.includes(FormKind.EMPLOYEE)
                 and applies(q, e)]
        assert 12 <= len(asked) <= 14, e.number
    assert 6 <= len(qs.competences) <= 10
    types = {q.type for q in qs.questions}
    assert types == set(QuestionType)
    assert {q.audience for q in qs.questions} == set(Audience)
    assert {q.visibility for q in qs.questions} == set(Visibility)
    assert all(not q.untranslated() for q in qs.questions)  # both languages, throughout
    f3 = qs.question("F3")
    assert f3 is not None and f3.options[:2] == ("Kursus eller uddannelse", "Sidemandsoplæring")
    n5 = qs.question("N5")
    assert n5 is not None and n5.applies_to == (Condition("Afdeling", ("IT", "Borgerservice")),)
    # health and family, asked with care: sensitive (no field: the form says to bring it up in
    # the talk), so private (never read back), never required
    n6 = qs.question("N6")
    assert n6 is not None and n6.visibility is Visibility.PRIVATE and not n6.required
    assert n6.sensitive is Sensitivity.TALK and "helbred" in n6.help
    assert qs.settings.goal_rows == 2 and qs.settings.organisation == "Eksempel Kommune"
    assert qs.settings.scale.labels[0] == "I meget lav grad"


def test_version_changes_with_the_questions_only(tmp_path: Path) -> None:
    a = read_question_set(questions_xlsx(tmp_path / "a.xlsx"))
    b = read_question_set(questions_xlsx(tmp_path / "b.xlsx"))
    assert a.version == b.version
    changed = read_question_set(questions_xlsx(tmp_path / "c.xlsx", questions=[
        question("X1", "Et nyt spørgsmål")]))
    assert changed.version != a.version


def test_english_sheet_and_header_names(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "q.xlsx", {
        "Questions": [("ID", "Phase", "Question", "Type", "Options", "Audience", "Required"),
                      ("A1", "Now", "How are you?", "scale", "", "both", "yes"),
                      ("A2", "", "Which?", "choice", "x; y", "", "")],
        "Competences": [("ID", "Competence"), ("C1", "Python")],
        "Settings": [("Scale", "1-6"), ("Scale labels", "a;b;c;d;e;f"), ("Goal rows", 2)],
    })
    qs = read_question_set(path)
    a1, a2 = qs.questions
    assert a1.type is QuestionType.SCALE and a1.audience is Audience.BOTH and a1.required
    assert a2.phase == "Now" and a2.options == ("x", "y")  # phase carried down from above
    assert (qs.settings.scale.low, qs.settings.scale.high) == (1, 6)
    assert qs.settings.scale.labels == ("a", "b", "c", "d", "e", "f")
    assert qs.settings.scale.competence_labels == ()  # default texts only fit 1-5
    assert qs.settings.goal_rows == 2


def test_every_question_mistake_at_once(tmp_path: Path) -> None:
    path = questions_xlsx(tmp_path / "q.xlsx", questions=[
        question("N1", "Trives du?", "skala"),
        question("N1", "Igen?", "skala"),
        question("N2", "Hvilken?", "valg"),
        question("N3", "Hvad?", "fritekst-ish"),
        question("N 4", "Mellemrum?"),
    ])
    with pytest.raises(SpreadsheetError) as caught:
        read_question_set(path)
    text = str(caught.value)
    assert 'sheet "Spørgsmål", row 3, column "ID": The question ID "N1" is also used in row 2.' \
        in text
    assert ('row 4, column "Valgmuligheder": Question N2 is a choice but has no options. Write '
            "the options in the \"Valgmuligheder\" column, separated by ;") in text
    assert ('row 5, column "Type": The type "fritekst-ish" of question N3 is not known. Use one '
            "of: tekst, skala, ja/nej, valg, dato (or text, scale, yesno, choice, date).") in text
    assert 'The question ID "N 4" has characters that cannot be used.' in text
    assert len(caught.value.issues) == 4


def test_settings_mistakes(tmp_path: Path) -> None:
    path = questions_xlsx(tmp_path / "q.xlsx", settings=[
        ("Skala", "1 til 5"), ("Svarfrist", "snart"), ("Antal udviklingsmål", "mange")])
    with pytest.raises(SpreadsheetError) as caught:
        read_question_set(path)
    text = str(caught.value)
    assert 'sheet "Indstillinger", row 2, column "Skala": The scale "1 til 5" cannot be read.' \
        in text
    assert 'The reply deadline "snart" is not a date.' in text
    assert '"mange" is not a number of goals from 0 to 20.' in text


def test_missing_question_sheet_lists_the_sheets_there_are(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "q.xlsx", {"Ark1": [("ID",)], "Andet": [("x",)]})
    with pytest.raises(SpreadsheetError, match=r'it has "Ark1", "Andet"'):
        read_question_set(path)


def test_question_text_is_kept_literally(tmp_path: Path) -> None:
    path = questions_xlsx(tmp_path / "q.xlsx", questions=[
        question("Z1", "Er {{ 7*7 }} < 50 & \"sandt\"?")])
    assert read_question_set(path).questions[0].text == 'Er {{ 7*7 }} < 50 & "sandt"?'


def test_sample_question_set_is_bilingual() -> None:
    qs = read_question_set(DEFAULTS / "input" / "questions.xlsx")
    assert [q.id for q in qs.questions if q.untranslated()] == []
    assert [c.id for c in qs.competences if c.untranslated()] == []
    assert qs.settings.scale.untranslated() == ()
    assert [qs.phase_for(p, "en") for p in qs.phases] == ["Looking back", "Here and now",
                                                          "Looking ahead"]
    both = [q for q in qs.questions if q.audience is Audience.BOTH]
    assert both and all(q.leader_text and q.leader_text_en for q in both)
    n1 = qs.question("N1")
    assert n1 is not None and n1.labels_for("da", qs.settings.scale)[3] == "Godt"
    assert n1.labels_for("en", qs.settings.scale)[3] == "Well"
    assert qs.settings.reply_to == "mus@eksempel.dk"


def test_english_columns_and_the_leaders_wording(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "q.xlsx", {
        "Spørgsmål": [
            ("ID", "Fase", "Fase (en)", "Spørgsmål", "Spørgsmål (en)", "Spørgsmål til leder",
             "Spørgsmål til leder (en)", "Hjælpetekst", "Hjælpetekst (en)", "Type",
             "Valgmuligheder", "Valgmuligheder (en)", "Målgruppe", "Skalatekster",
             "Skalatekster (en)"),
            ("A1", "Nu", "Now", "Trives du?", "Are you thriving?", "Trives hun?",
             "Is she thriving?", "Tænk efter.", "Think.", "skala", "", "", "begge",
             "Dårligt; Nogenlunde; Godt", "Poorly; Fairly; Well"),
            ("A2", "Nu", "", "Hvilken?", "", "", "", "", "", "valg", "Ja tak; Nej tak",
             "Yes please; No thanks", "", "", ""),
        ],
        "Indstillinger": [("Skala", "1-3"), ("Skalatekster", "Lidt; Noget; Meget"),
                          ("Svaradresse", "hr@x.dk")],
    })
    qs = read_question_set(path)
    a1, a2 = qs.questions
    assert a1.text_for("en") == "Are you thriving?" and a1.text_for("da") == "Trives du?"
    assert a1.text_for("da", FormKind.LEADER) == "Trives hun?"
    assert a1.text_for("en", FormKind.LEADER) == "Is she thriving?"
    assert a1.help_for("en") == "Think." and a1.phase_for("en") == "Now"
    assert a1.labels_for("en", qs.settings.scale) == ("Poorly", "Fairly", "Well")
    assert a2.phase_en == "Now"  # the phase goes on, and so does its English name
    assert a2.text_for("en") == "Hvilken?"  # no English: the Danish, and reported
    assert a2.untranslated() == ("Spørgsmål (en)",)
    assert a2.options_for("en") == ("Yes please", "No thanks")
    assert a2.canonical_option("no thanks") == "Nej tak"
    assert a2.option_for("Nej tak", "en") == "No thanks"
    # The set's own texts are Danish only: the English scale is missing, not the default's.
    assert qs.settings.scale.labels_for("en") == ("Lidt", "Noget", "Meget")
    assert qs.settings.scale.untranslated() == ("Skalatekster (en)",)
    assert qs.settings.reply_to == "hr@x.dk"


def test_mistakes_in_the_english_and_scale_columns(tmp_path: Path) -> None:
    rows = [question("B1", "Trives du?", "skala"), question("B2", "Hvilken?", "valg",
                                                           options="a; b; c"),
            question("B3", "Hvad?")]
    extra = {"B1": ("", "", "", "", "", "", "Lidt; Meget", ""),
             "B2": ("", "", "", "x; y", "", "", "", ""),
             "B3": ("", "", "", "", "", "", "Lidt; Noget; Meget; Mere; Mest", "")}
    path = questions_xlsx(tmp_path / "q.xlsx", questions=[r + extra[r[0]] for r in rows])
    with pytest.raises(SpreadsheetError) as caught:
        read_question_set(path)
    text = str(caught.value)
    assert ('row 3, column "Valgmuligheder (en)": Question B2 has 3 options but 2 in English. '
            "Write one English option for each option, in the same order, separated by ;") \
        in text
    assert ('row 4, column "Skalatekster": Question B3 has scale texts but is not a scale '
            'question. Delete the scale texts, or change its type to "skala".') in text
    assert ('row 2, column "Skalatekster": Question B1 has 2 scale texts for a scale of 5 '
            "steps. Write exactly 5 texts separated by ;, one per step from 1 to 5.") in text
    assert len(caught.value.issues) == 3


def test_a_formula_without_a_saved_result_in_the_question_set(tmp_path: Path) -> None:
    path = questions_xlsx(tmp_path / "q.xlsx",
                          questions=[question("A", '="Hvordan "&"går det?"'),
                                     question("B", "#N/A")])
    with pytest.raises(SpreadsheetError) as caught:
        read_question_set(path)
    text = str(caught.value)
    assert (f'{path}, sheet "Spørgsmål", row 2: Cell C2 holds a formula whose result was not '
            "saved with the file, so its value is unknown. Open the file in Excel (or "
            "LibreOffice Calc), let it calculate, save it and run the command again.") in text
    assert (f'{path}, sheet "Spørgsmål", row 3: Cell C3 shows the error #N/A. Correct the '
            "formula or the value in that cell.") in text
