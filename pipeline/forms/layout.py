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

from pipeline.forms.prose import long_date, reply_to
from pipeline.formspec import (
    AGREEMENT_GOAL_PARTS,
    GOAL_LABELS,
    GOAL_PARTS,
    Field,
    FieldKind,
    alias,
    scale_items,
)
from pipeline.model import (
    Competence,
    FormKind,
    Question,
    QuestionSet,
    QuestionType,
    Scale,
    Sensitivity,
    Visibility,
)
from pipeline.ooxml import controls
from pipeline.ooxml.tables import Cell, Row, table
from pipeline.ooxml.xml import paragraph, rpr, run, tostring
from pipeline.texts import DATE_FORMAT, WORD_LANG, form_text

NUMBER_SLOT = "\ue000"  # stands for the question's number in a card's XML until it is known

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


@dataclass(frozen=True)
class Card:
    """A question card, built once; the number the reader sees is set per form (numbers run
    1, 2, 3 over the questions an employee gets, whatever their IDs)."""

    before: str  # the XML up to the number
    after: str
    fields: tuple[Field, ...]
    visibility: Visibility
    talk: bool = False  # sensitive, with no field: to be brought up in the talk

    def numbered(self, number: int) -> Fragment:
        return Fragment(f"{self.before}{number}{self.after}", self.fields)


class Builder:
    """Makes blocks in one language with one template's style ids; numbers controls uniquely."""

    def __init__(self, lang: str, styles: Mapping[str, str], first_id: int = 1,
                 kind: FormKind | None = None) -> None:
        """``kind``: the form the blocks are for, where it names its fields its own way (a
        follow-up form's goals)."""
        self.lang = lang
        self.styles = styles
        self.kind = kind
        self._ids = count(first_id)

    def text(self, key: str, **params: object) -> str:
        return form_text(self.lang, key, **params)

    def style(self, key: str) -> str:
        return self.styles.get(key, key)

    def para(self, text: str, style: str | None = None,
             keep_next: bool | None = None) -> etree._Element:
        """``keep_next``: True keeps the paragraph (and its table row) on the page of what
        follows, False lets them part although the style keeps them, None follows the style."""
        return paragraph(run(text), style=self.style(style) if style else None,
                         keep_next=keep_next)

    def table(self, widths: Sequence[int], rows: Sequence[Row]) -> etree._Element:
        return table(widths, rows, self.style("MUSTable"))

    def props(self, field: Field, placeholder: str) -> controls.ControlProps:
        return controls.ControlProps(next(self._ids), field.tag,
                                     alias(field, self.lang, self.kind), placeholder)

    # --- answer fields -------------------------------------------------------------------
    def answer(self, field: Field, items: Sequence[str] = (), keep_next: bool | None = None,
               placeholder: str | None = None) -> list[etree._Element]:
        """The blocks of an answer cell holding one field's control (``placeholder``: a key of
        its own instead of the kind's)."""
        # Answer paragraphs carry no style of their own (the table's): a returned folder is
        # parsed paragraph by paragraph, and every attribute costs (measured: 5 % a form).
        kind = field.kind
        if kind is FieldKind.TEXT:
            return [controls.rich_text_block(self.props(field, self.text("ph_text")),
                                             keep_next)]
        if kind is FieldKind.LINE:
            sdt = controls.plain_text_inline(self.props(field, self.text("ph_line")))
        elif kind is FieldKind.DATE:
            sdt = controls.date_inline(self.props(field, self.text("ph_date")),
                                       DATE_FORMAT[self.lang], WORD_LANG[self.lang])
        else:
            key = placeholder or {FieldKind.SCALE: "ph_scale",
                                  FieldKind.RATING: "ph_level"}.get(kind, "ph_choose")
            sdt = controls.dropdown_inline(self.props(field, self.text(key)), items)
        return [paragraph(sdt, keep_next=keep_next)]

    def checkbox_steps(self, question: Question, scale: Scale, private: bool,
                       leader_only: bool = False) -> tuple[list[etree._Element], list[Field]]:
        blocks, fields = [], []
        labels = question.labels_for(self.lang, scale)
        for step, label in zip(scale.steps, scale_items(scale.low, scale.high, labels),
                               strict=True):
            field = Field(f"q:{question.id}:{step}", FieldKind.CHECK, private, leader_only)
            box = controls.checkbox_inline(self.props(field, ""))
            blocks.append(paragraph(box, run(f"  {label}")))
            fields.append(field)
        return blocks, fields

    def scale_key(self, low: int, high: int, labels: Sequence[str], key: str = "scale_key",
                  style: str = "MUSLabel") -> etree._Element:
        """What the steps of a scale mean, in one line: printed, a drop-down says nothing."""
        if labels and len(labels) == high - low + 1:
            items = "  ·  ".join(f"{n} = {label}" for n, label in
                                 zip(range(low, high + 1), labels, strict=True))
            text = self.text(key, items=items)
        else:
            text = self.text("scale_bare", low=low, high=high)
        return self.para(text, style, keep_next=True)

    def options_key(self, options: Sequence[str]) -> etree._Element:
        """A drop-down's options, printed: on paper the reader marks one."""
        return self.para(self.text("options_key", items="  ·  ".join(options)), "MUSLabel",
                         keep_next=True)

    # --- blocks --------------------------------------------------------------------------
    def question_card(self, question: Question, kind: FormKind, scale: Scale,
                      checkboxes: bool, to: str = "") -> Card:
        """The question in a shaded row (its number, its text, help and what the scale means),
        the answer in the row below; the two always on one page. A sensitive question (Følsom)
        has no field unless the question set asks for one, and then says plainly who receives
        the form (``to``) and what not to write."""
        lang = self.lang
        head = [self.para(question.text_for(lang, kind), "MUSQuestion")]
        if question.required:
            head[0].append(run(f"  ({self.text('required')})", rpr(color="C00000", size=16)))
        sensitive = question.sensitive is not Sensitivity.NO
        mark = "mark_sensitive" if sensitive else {
            Visibility.PRIVATE: "mark_private",
            Visibility.LEADER: "mark_leader_own" if kind is FormKind.LEADER
            else "mark_leader"}.get(question.visibility)
        if mark:
            head[0].append(run(f"  ({self.text(mark)})", rpr(color="595959", size=16,
                                                             italic=True)))
        if question.help_for(lang):
            head.append(self.para(question.help_for(lang), "MUSHelp"))
        private = question.visibility is Visibility.PRIVATE or sensitive
        leader_only = question.visibility is Visibility.LEADER and not private
        field = Field(f"q:{question.id}", FIELD_KINDS[question.type], private, leader_only)
        talk = question.sensitive is Sensitivity.TALK
        if talk:
            # No field at all: the form lists the question as asked without one (FormSpec's
            # unwritten), and nothing written at it is ever read (collect/accounting.py).
            answer = [self.para(self.text("sensitive_talk"), "MUSHelp")]
            fields: list[Field] = []
        elif question.type is QuestionType.SCALE and checkboxes:
            answer, fields = self.checkbox_steps(question, scale, private, leader_only)
        else:
            if question.type is QuestionType.SCALE:
                head.append(self.scale_key(scale.low, scale.high,
                                           question.labels_for(lang, scale)))
            elif question.type is QuestionType.CHOICE:
                head.append(self.options_key(question.options_for(lang)))
            elif question.type is QuestionType.YESNO:  # on paper too: Ja · Nej
                head.append(self.options_key([self.text("yes"), self.text("no")]))
            answer = self.answer(field, self.items(question, scale))
            fields = [field]
        if question.sensitive is Sensitivity.FIELD:
            note = "sensitive_field_leader" if kind is FormKind.LEADER else "sensitive_field"
            head.append(self.para(self.text(note, to=to or "HR"), "MUSHelp"))
        # The number shown, and the ID hidden beside it: a form whose controls are gone is
        # still read by the IDs in its cells (collect/locate.py).
        number = paragraph(run(NUMBER_SLOT), run(f" {question.id}", rpr(hidden=True)),
                           style=self.style("MUSId"))
        height = 900 if question.type is QuestionType.TEXT else None  # room for 2–3 lines
        tbl = self.table([ID_WIDTH, PAGE_WIDTH - ID_WIDTH], [
            Row([Cell([number], fill=HEAD_FILL), Cell(head, fill=HEAD_FILL)]),
            Row([Cell(answer, span=2)], keep=question.type is not QuestionType.TEXT,
                min_height=height),
        ])
        before, _, after = (tostring(tbl) + self.spacer()).partition(NUMBER_SLOT)
        return Card(before, after, tuple(fields),
                    Visibility.PRIVATE if private else question.visibility, talk)

    def items(self, question: Question, scale: Scale) -> list[str]:
        if question.type is QuestionType.SCALE:
            return scale_items(scale.low, scale.high, question.labels_for(self.lang, scale))
        if question.type is QuestionType.YESNO:
            return [self.text("yes"), self.text("no")]
        return list(question.options_for(self.lang))

    def competence_table(self, competences: Sequence[Competence], kind: FormKind,
                         scale: Scale, notes: Mapping[str, str] | None = None,
                         intro_key: str | None = None) -> Fragment:
        """A row per competence with level now and wanted, under the key to the levels;
        ``notes`` adds a line under a competence's name (the agreement's proposals). The
        table may break between competences, never inside one."""
        lang = self.lang
        labels = scale.competence_labels_for(lang)
        levels = scale_items(scale.low, scale.high, labels)
        level_width = 2300
        widths = [ID_WIDTH, PAGE_WIDTH - ID_WIDTH - 2 * level_width, level_width, level_width]
        agreed = kind is FormKind.AGREEMENT
        rows = [Row([Cell([self.para("", "MUSLabel")], fill=HEAD_FILL),
                     Cell([self.para(self.text("competence"), "MUSQuestion")], fill=HEAD_FILL),
                     Cell([self.para(self.text("agreed_now" if agreed else "level_now"),
                                     "MUSQuestion")], fill=HEAD_FILL),
                     Cell([self.para(self.text("agreed_wanted" if agreed else "level_wanted"),
                                     "MUSQuestion")], fill=HEAD_FILL)], header=True)]
        fields: list[Field] = []
        group = None
        for comp in competences:
            if comp.group and comp.group != group:
                group = comp.group
                shown = comp.group_for(lang)
                rows.append(Row([Cell([self.para(shown[:1].upper() + shown[1:], "MUSLabel",
                                                 keep_next=True)], span=4, fill=GROUP_FILL)]))
            now = Field(f"c:{comp.id}:now", FieldKind.RATING)
            wanted = Field(f"c:{comp.id}:wanted", FieldKind.RATING)
            name = [self.para(comp.name_for(lang), "MUSQuestion", keep_next=False)]
            if comp.description_for(lang):
                name.append(self.para(comp.description_for(lang), "MUSHelp", keep_next=False))
            if notes and notes.get(comp.id):
                name.append(self.para(notes[comp.id], "MUSHelp", keep_next=False))
            rows.append(Row([Cell([self.para(comp.id, "MUSId", keep_next=False)]), Cell(name),
                             Cell(self.answer(now, levels), valign="center"),
                             Cell(self.answer(wanted, levels), valign="center")]))
            fields += [now, wanted]
        intro = self.text(intro_key or {FormKind.LEADER: "competences_intro_leader",
                                         FormKind.AGREEMENT: "agreement_competences_intro"}.get(
                               kind, "competences_intro_employee"))
        xml = tostring(self.para(self.text("competences"), "Heading1"),
                       self.para(intro, "MUSIntro", keep_next=True),
                       self.scale_key(scale.low, scale.high, labels, "levels_key", "MUSIntro"),
                       self.table(widths, rows))
        return Fragment(xml + self.spacer(), tuple(fields))

    def goal_tables(self, n: int, prefix: str = "goal", heading: str | None = None,
                    intro: str | None = None, notes: Mapping[int, str] | None = None,
                    agreement: bool = False) -> Fragment:
        """``n`` goal tables, each kept whole on one page; ``notes`` adds a line under a goal's
        heading. An agreement's goals say besides whether both agree on them (never agreed
        until someone chooses Yes: the choice shows "proposal" till then), and each one's
        comment where they do not."""
        xml = []
        if heading:
            xml.append(tostring(self.para(heading, "Heading1")))
        if intro:
            xml.append(tostring(self.para(intro, "MUSIntro", keep_next=True)))
        fields: list[Field] = []
        label_width = 2600
        for number in range(1, n + 1):
            head = [self.para(self.text("goal_n", n=number), "MUSQuestion")]
            if notes and notes.get(number):
                head.append(self.para(notes[number], "MUSHelp"))
            rows = [Row([Cell(head, span=2, fill=HEAD_FILL)])]
            parts = (*GOAL_PARTS, *AGREEMENT_GOAL_PARTS) if agreement else GOAL_PARTS
            for part in parts:
                kind = (FieldKind.DATE if part in ("deadline", "followup") else
                        FieldKind.YESNO if part == "agreed" else FieldKind.TEXT)
                field = Field(f"{prefix}:{number}:{part}", kind)
                keep = None if part == parts[-1] else True
                label = [self.para(self.text(GOAL_LABELS[part]), "MUSLabel", keep_next=keep)]
                if part == "agreed":
                    answer = self.answer(field, [self.text("yes"), self.text("no")], keep,
                                         placeholder="ph_agreed")
                else:
                    answer = self.answer(field, keep_next=keep)
                rows.append(Row([Cell(label), Cell(answer)]))
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
    cards: Mapping[str, Card]  # question id → card
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
    to = reply_to(settings.reply_to, lang)
    cards = {q.id: builder.question_card(q, kind, settings.scale, settings.scale_as_checkboxes,
                                         to) for q in questions}
    phases = tuple((phase, tuple(q for q in questions if q.phase == phase))
                   for phase in question_set.phases)
    headings = {phase: tostring(builder.para(question_set.phase_for(phase, lang), "Heading1"))
                for phase, _ in phases}
    competences = (builder.competence_table(question_set.competences, kind, settings.scale)
                   if question_set.competences else None)
    plan_intro = "plan_intro_leader" if kind is FormKind.LEADER else "plan_intro"
    goals = builder.goal_tables(settings.goal_rows, heading=builder.text("plan"),
                                intro=builder.text(plan_intro, n=settings.goal_rows))
    deadline = long_date(settings.deadline, lang)
    by = builder.text("closing_by", date=deadline) if deadline else ""
    closing = tostring(builder.para(builder.text(
        "closing", to=reply_to(settings.reply_to, lang), by=by), "MUSIntro"))
    return Skeleton(kind, lang, cards, phases, headings, competences, goals, closing)
