"""The form's building blocks, made once per question set, form kind and language.

Every answer sits alone in a table cell: a question is a small card (ID and question in a shaded
row, the answer field below), competences are rows of one table, each goal is a small table of
labelled fields. Whatever an editor does to the controls inside, the answer stays in its cell, so it
can be read back by control, by order, or from the layout alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import count

from lxml import etree

from pipeline.formspec import GOAL_LABELS, GOAL_PARTS, Field, FieldKind, alias, scale_items
from pipeline.model import (
    Competence,
    FormKind,
    Question,
    QuestionSet,
    QuestionType,
    Scale,
    Visibility,
)
from pipeline.ooxml import controls
from pipeline.ooxml.tables import Cell, Row, table
from pipeline.ooxml.xml import paragraph, rpr, run, tostring
from pipeline.texts import DATE_FORMAT, WORD_LANG, form_text

PAGE_WIDTH = 9638  # A4 with 2 cm margins, in twips
ID_WIDTH = 760
HEAD_FILL = "DEEAF6"
GROUP_FILL = "F2F2F2"
FIELD_KINDS = {QuestionType.TEXT: FieldKind.TEXT, QuestionType.SCALE: FieldKind.SCALE,
               QuestionType.YESNO: FieldKind.YESNO, QuestionType.CHOICE: FieldKind.CHOICE,
               QuestionType.DATE: FieldKind.DATE}


@dataclass(frozen=True)
class Fragment:
    """A piece of body XML and the answer fields it holds, in document order."""

    xml: str
    fields: tuple[Field, ...] = ()


class Builder:
    """Makes blocks in one language with one template's style ids; numbers controls uniquely."""

    def __init__(self, lang: str, styles: Mapping[str, str], first_id: int = 1) -> None:
        self.lang = lang
        self.styles = styles
        self._ids = count(first_id)

    def text(self, key: str, **params: object) -> str:
        return form_text(self.lang, key, **params)

    def style(self, key: str) -> str:
        return self.styles.get(key, key)

    def para(self, text: str, style: str | None = None,
             keep_next: bool = False) -> etree._Element:
        return paragraph(run(text), style=self.style(style) if style else None,
                         keep_next=keep_next)

    def table(self, widths: Sequence[int], rows: Sequence[Row]) -> etree._Element:
        return table(widths, rows, self.style("MUSTable"))

    def props(self, field: Field, placeholder: str) -> controls.ControlProps:
        return controls.ControlProps(next(self._ids), field.tag, alias(field, self.lang),
                                     placeholder)

    # --- answer fields -------------------------------------------------------------------
    def answer(self, field: Field, items: Sequence[str] = ()) -> list[etree._Element]:
        """The blocks of an answer cell holding one field's control."""
        # Answer paragraphs carry no style of their own (the table's): a returned folder is
        # parsed paragraph by paragraph, and every attribute costs (measured: 5 % a form).
        kind = field.kind
        if kind is FieldKind.TEXT:
            return [controls.rich_text_block(self.props(field, self.text("ph_text")))]
        if kind is FieldKind.LINE:
            sdt = controls.plain_text_inline(self.props(field, self.text("ph_line")))
        elif kind is FieldKind.DATE:
            sdt = controls.date_inline(self.props(field, self.text("ph_date")),
                                       DATE_FORMAT[self.lang], WORD_LANG[self.lang])
        else:
            key = "ph_scale" if kind in (FieldKind.SCALE, FieldKind.RATING) else "ph_choose"
            sdt = controls.dropdown_inline(self.props(field, self.text(key)), items)
        return [paragraph(sdt)]

    def checkbox_steps(self, question: Question, scale: Scale,
                       private: bool) -> tuple[list[etree._Element], list[Field]]:
        blocks, fields = [], []
        for step, label in zip(scale.steps, scale_items(scale.low, scale.high, scale.labels),
                               strict=True):
            field = Field(f"q:{question.id}:{step}", FieldKind.CHECK, private)
            box = controls.checkbox_inline(self.props(field, ""))
            blocks.append(paragraph(box, run(f"  {label}")))
            fields.append(field)
        return blocks, fields

    # --- blocks --------------------------------------------------------------------------
    def question_card(self, question: Question, scale: Scale, checkboxes: bool) -> Fragment:
        head = [self.para(question.text, "MUSQuestion")]
        if question.required:
            head[0].append(run(f"  ({self.text('required')})", rpr(color="C00000", size=16)))
        if question.help:
            head.append(self.para(question.help, "MUSHelp"))
        private = question.visibility is Visibility.PRIVATE
        field = Field(f"q:{question.id}", FIELD_KINDS[question.type], private)
        if question.type is QuestionType.SCALE and checkboxes:
            answer, fields = self.checkbox_steps(question, scale, private)
        else:
            answer = self.answer(field, self.items(question, scale))
            fields = [field]
        height = 1100 if question.type is QuestionType.TEXT else None
        tbl = self.table([ID_WIDTH, PAGE_WIDTH - ID_WIDTH], [
            Row([Cell([self.para(question.id, "MUSId")], fill=HEAD_FILL),
                 Cell(head, fill=HEAD_FILL)]),
            Row([Cell(answer, span=2)], keep=question.type is not QuestionType.TEXT,
                min_height=height),
        ])
        return Fragment(tostring(tbl) + self.spacer(), tuple(fields))

    def items(self, question: Question, scale: Scale) -> list[str]:
        if question.type is QuestionType.SCALE:
            return scale_items(scale.low, scale.high, scale.labels)
        if question.type is QuestionType.YESNO:
            return [self.text("yes"), self.text("no")]
        return list(question.options)

    def competence_table(self, competences: Sequence[Competence], kind: FormKind,
                         scale: Scale, notes: Mapping[str, str] | None = None) -> Fragment:
        """A row per competence with level now and wanted; ``notes`` adds a line under a
        competence's name (the agreement shows the proposals there)."""
        levels = scale_items(scale.low, scale.high, scale.competence_labels)
        level_width = 2300
        widths = [ID_WIDTH, PAGE_WIDTH - ID_WIDTH - 2 * level_width, level_width, level_width]
        rows = [Row([Cell([self.para("", "MUSLabel")], fill=HEAD_FILL),
                     Cell([self.para(self.text("competence"), "MUSQuestion")], fill=HEAD_FILL),
                     Cell([self.para(self.text("level_now"), "MUSQuestion")], fill=HEAD_FILL),
                     Cell([self.para(self.text("level_wanted"), "MUSQuestion")],
                          fill=HEAD_FILL)], header=True)]
        fields: list[Field] = []
        group = None
        for comp in competences:
            if comp.group and comp.group != group:
                group = comp.group
                rows.append(Row([Cell([self.para(group.capitalize(), "MUSLabel",
                                                 keep_next=True)], span=4, fill=GROUP_FILL)]))
            now = Field(f"c:{comp.id}:now", FieldKind.RATING)
            wanted = Field(f"c:{comp.id}:wanted", FieldKind.RATING)
            name = [self.para(comp.name, "MUSQuestion")]
            if comp.description:
                name.append(self.para(comp.description, "MUSHelp"))
            if notes and notes.get(comp.id):
                name.append(self.para(notes[comp.id], "MUSHelp"))
            rows.append(Row([Cell([self.para(comp.id, "MUSId")]), Cell(name),
                             Cell(self.answer(now, levels), valign="center"),
                             Cell(self.answer(wanted, levels), valign="center")]))
            fields += [now, wanted]
        intro = self.text({FormKind.LEADER: "competences_intro_leader",
                           FormKind.AGREEMENT: "agreement_competences_intro"}.get(
                               kind, "competences_intro_employee"))
        xml = (tostring(self.para(self.text("competences"), "Heading1"))
               + tostring(self.para(intro, "MUSIntro")) + tostring(self.table(widths, rows)))
        return Fragment(xml + self.spacer(), tuple(fields))

    def goal_tables(self, n: int, prefix: str = "goal", heading: str | None = None,
                    intro: str | None = None,
                    notes: Mapping[int, str] | None = None) -> Fragment:
        """``n`` goal tables; ``notes`` adds a line under a goal's heading."""
        xml = []
        if heading:
            xml.append(tostring(self.para(heading, "Heading1")))
        if intro:
            xml.append(tostring(self.para(intro, "MUSIntro")))
        fields: list[Field] = []
        label_width = 2600
        for number in range(1, n + 1):
            head = [self.para(self.text("goal_n", n=number), "MUSQuestion")]
            if notes and notes.get(number):
                head.append(self.para(notes[number], "MUSHelp"))
            rows = [Row([Cell(head, span=2, fill=HEAD_FILL)])]
            for part in GOAL_PARTS:
                kind = FieldKind.DATE if part in ("deadline", "followup") else FieldKind.TEXT
                field = Field(f"{prefix}:{number}:{part}", kind)
                rows.append(Row([Cell([self.para(self.text(GOAL_LABELS[part]), "MUSLabel")]),
                                 Cell(self.answer(field))]))
                fields.append(field)
            xml.append(tostring(self.table([label_width, PAGE_WIDTH - label_width], rows)))
            xml.append(self.spacer())
        return Fragment("".join(xml), tuple(fields))

    def spacer(self) -> str:
        return tostring(paragraph(style=self.style("MUSAnswer"), spacing_after=120))


@dataclass(frozen=True)
class Skeleton:
    """Everything about a form that is the same for every employee of one kind and language."""

    kind: FormKind
    lang: str
    cards: Mapping[str, Fragment]  # question id → card
    phases: tuple[tuple[str, tuple[Question, ...]], ...]
    phase_headings: Mapping[str, str]
    competences: Fragment | None
    goals: Fragment
    closing: str


def build_skeleton(question_set: QuestionSet, kind: FormKind, lang: str,
                   styles: Mapping[str, str]) -> Skeleton:
    builder = Builder(lang, styles)
    settings = question_set.settings
    questions = [q for q in question_set.questions if q.audience.includes(kind)]
    cards = {q.id: builder.question_card(q, settings.scale, settings.scale_as_checkboxes)
             for q in questions}
    phases = tuple((phase, tuple(q for q in questions if q.phase == phase))
                   for phase in question_set.phases)
    headings = {phase: tostring(builder.para(phase, "Heading1")) for phase, _ in phases}
    competences = (builder.competence_table(question_set.competences, kind, settings.scale)
                   if question_set.competences else None)
    goals = builder.goal_tables(settings.goal_rows, heading=builder.text("plan"),
                                intro=builder.text("plan_intro", n=settings.goal_rows))
    closing = tostring(builder.para(builder.text("closing"), "MUSIntro"))
    return Skeleton(kind, lang, cards, phases, headings, competences, goals, closing)
