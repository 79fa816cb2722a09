"""What a question set lacks for the forms it will make, said before the forms go out: English
texts for English forms (which then show the Danish, visibly reported, never silently), and the
leader's wording of questions both employee and leader answer."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.model import Audience, Employee, FormKind, QuestionSet

SHOWN = 12  # items listed before "and N more"


def _listed(items: Sequence[str]) -> str:
    shown = ", ".join(items[:SHOWN])
    return shown + (f" and {len(items) - SHOWN} more" if len(items) > SHOWN else "")


def missing_translations(question_set: QuestionSet) -> list[str]:
    """Every text an English form would show in Danish, as "N3 (Valgmuligheder (en))"."""
    out = [f"{q.id} ({', '.join(q.untranslated())})" for q in question_set.questions
           if q.untranslated()]
    out += [f"{c.id} ({', '.join(c.untranslated())})" for c in question_set.competences
            if c.untranslated()]
    settings = question_set.settings
    missing = list(settings.scale.untranslated())
    if settings.organisation and not settings.organisation_en:
        missing.append("Organisation (en)")
    if missing:
        out.append(f"the settings ({', '.join(missing)})")
    return out


def translation_warning(question_set: QuestionSet) -> str | None:
    """The warning for English forms, or None when the question set is fully translated."""
    missing = missing_translations(question_set)
    if not missing:
        return None
    return (f"English forms show Danish text where the question set has no English: "
            f"{_listed(missing)}. Write the English texts in those columns of the question set "
            "(the column names are in brackets).")


def leader_wording_warning(question_set: QuestionSet) -> str | None:
    """Questions for both employee and leader that ask the leader in the employee's words."""
    same = [q.id for q in question_set.questions
            if q.audience is Audience.BOTH and not q.leader_text]
    if not same:
        return None
    return (f"The leader's form asks {_listed(same)} in the employee's words (\"du\", \"dine\"), "
            "because they have no text in the column \"Spørgsmål til leder\". Write how the "
            "question should be put to the leader there.")


def question_set_warnings(question_set: QuestionSet, staff: Sequence[Employee],
                          default_lang: str = "da") -> list[str]:
    """What `mus check` and `mus generate` say about the question set for these employees:
    translations where anyone gets an English form, leader wordings where leaders get forms."""
    warnings = []
    english = default_lang == "en" or any(e.language == "en" for e in staff)
    translation = translation_warning(question_set) if english else None
    if translation:
        warnings.append(translation)
    leaders = any(q.audience.includes(FormKind.LEADER) for q in question_set.questions)
    wording = leader_wording_warning(question_set) if leaders else None
    if wording:
        warnings.append(wording)
    return warnings
