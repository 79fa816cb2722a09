"""One employee's form: the shared skeleton plus the personal parts, as .docx bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2
from lxml import etree

from pipeline.forms.blank import BlankText
from pipeline.forms.blank import paragraphs as blank_paragraphs
from pipeline.forms.filters import applies
from pipeline.forms.layout import HEAD_FILL, PAGE_WIDTH, Builder, Fragment, Skeleton, build_skeleton
from pipeline.forms.prose import Numbered, heading, long_date, who_sees
from pipeline.forms.richtext import to_paragraphs
from pipeline.forms.template import FormTemplate, load_template, template_file
from pipeline.formspec import Field, FieldKind, FormSpec
from pipeline.model import Employee, FormKind, PreviousGoal, QuestionSet, Settings, Visibility
from pipeline.ooxml.package import zip_bytes
from pipeline.ooxml.props import core_props_xml, custom_props_xml
from pipeline.ooxml.stencil import Stencil
from pipeline.ooxml.tables import Cell, Row
from pipeline.ooxml.visible import clean_paragraph
from pipeline.ooxml.xml import paragraph, rpr, run, tostring
from pipeline.render import employee_context, environment, render
from pipeline.signing import sign
from pipeline.teams import leader_key
from pipeline.texts import WORD_LANG, form_text

PERSONAL_IDS = 100_000  # control ids of personal parts start here, after the skeleton's


@dataclass(frozen=True)
class Form:
    data: bytes
    spec: FormSpec


class FormMaker:
    """Makes forms for one question set and season. Templates and skeletons are built on first
    use per form kind and language, then reused for every employee."""

    def __init__(self, question_set: QuestionSet, templates_dir: Path | None, season: str,
                 generated: str, default_lang: str = "da", key: bytes | None = None,
                 languages: Mapping[str, str] | None = None) -> None:
        """``key`` signs each form's identity (signing.py); None: unsigned. ``languages``: the
        language (Sprog) of everyone on the employee list who has one, by employee number: a
        leader who is on the list gets their forms in their own."""
        self.question_set = question_set
        self.key = key
        self.templates_dir = templates_dir
        self.season = season
        self.generated = generated
        self.default_lang = default_lang
        self.languages = dict(languages or {})
        self._templates: dict[str, FormTemplate] = {}
        self._skeletons: dict[tuple[FormKind, str], Skeleton] = {}
        self._env: jinja2.Environment | None = None
        self._headings: dict[tuple[FormKind, str], Stencil] = {}
        self._who: dict[tuple[FormKind, str, tuple[tuple[int, ...], ...], bool,
                              tuple[int, ...]], str] = {}
        self.blank_text = BlankText()
        self._heading_texts: dict[tuple[FormKind, str], tuple[str, ...]] = {}

    def language(self, employee: Employee, kind: FormKind = FormKind.EMPLOYEE) -> str:
        """The language of ``employee``'s form of ``kind``: their own (Sprog), else the default.
        The leader's form about them is the leader's to read: in the leader's language, from
        the leader's own row where the list has one, else the default; never the employee's."""
        if kind is FormKind.LEADER:
            return self.languages.get(employee.leader_number, "") or self.default_lang
        return employee.language or self.default_lang

    def template(self, lang: str) -> FormTemplate:
        if lang not in self._templates:
            self._templates[lang] = load_template(template_file(self.templates_dir, lang),
                                                  WORD_LANG[lang])
        return self._templates[lang]

    def skeleton(self, kind: FormKind, lang: str) -> Skeleton:
        key = (kind, lang)
        if key not in self._skeletons:
            self._skeletons[key] = build_skeleton(self.question_set, kind, lang,
                                                  self.template(lang).styles)
        return self._skeletons[key]

    @property
    def env(self) -> jinja2.Environment:
        if self._env is None:
            self._env = environment(self.templates_dir)
        return self._env

    def builder(self, lang: str, kind: FormKind | None = None) -> Builder:
        """A builder for an employee's personal parts (control ids after the skeleton's)."""
        return Builder(lang, self.template(lang).styles, PERSONAL_IDS, kind)

    def has_leader_form(self) -> bool:
        return any(q.audience.includes(FormKind.LEADER) for q in self.question_set.questions)

    def make(self, employee: Employee, kind: FormKind,
             previous: Sequence[PreviousGoal] = ()) -> Form:
        lang = self.language(employee, kind)
        skeleton = self.skeleton(kind, lang)
        settings = self.question_set.settings
        builder = self.builder(lang)
        body: list[str] = []
        fields: list[Field] = []

        def add(fragment: Fragment) -> None:
            body.append(fragment.xml)
            fields.extend(fragment.fields)

        body.append(self.opening(builder, employee, kind))
        who_at = len(body)
        previous = previous if kind is FormKind.EMPLOYEE else ()
        numbers: dict[Visibility, list[int]] = {v: [] for v in Visibility}
        talk: list[int] = []  # sensitive questions with no field
        unwritten: list[str] = []
        for index, (phase, questions) in enumerate(skeleton.phases):
            chosen = [q for q in questions if applies(q, employee)]
            with_previous = index == 0 and bool(previous)
            if not chosen and not with_previous:
                continue
            body.append(skeleton.phase_headings[phase])
            for q in chosen:
                card = skeleton.cards[q.id]
                number = sum(len(n) for n in numbers.values()) + len(talk) + 1
                (talk if card.talk else numbers[card.visibility]).append(number)
                if card.talk:
                    unwritten.append(q.id)
                add(card.numbered(number))
            if with_previous:
                add(previous_goals(builder, previous))
        if skeleton.competences is not None:
            add(skeleton.competences)
        if settings.goal_rows:
            add(skeleton.goals)
        body.append(skeleton.closing)
        plan = skeleton.competences is not None or settings.goal_rows > 0
        body.insert(who_at, self.who_sees(builder, kind, Numbered(numbers, plan, tuple(talk))))
        return self.package(employee, kind, body, fields, tuple(g.goal for g in previous),
                            tuple(unwritten))

    def who_sees(self, b: Builder, kind: FormKind, numbered: Numbered) -> str:
        """Who sees which answers, and where the form goes: the same for everyone who gets the
        same questions, so made once for each such group."""
        key = (kind, b.lang, tuple(tuple(n) for n in numbered.numbers.values()), numbered.plan,
               numbered.talk)
        if key not in self._who:
            settings = self.question_set.settings
            texts = who_sees(kind, b.lang, numbered, settings.reply_to, settings.deadline)
            self._who[key] = tostring(b.para(heading(b.lang, kind), "Heading2"),
                                      *(b.para(t, "MUSIntro") for t in texts))
        return self._who[key]

    def opening(self, b: Builder, employee: Employee, kind: FormKind) -> str:
        """Title, identity table and the personal introduction (templates/intro*.j2)."""
        context = employee_context(employee, self.question_set.settings, self.season, b.lang)
        name = {FormKind.EMPLOYEE: "intro", FormKind.LEADER: "intro-leader",
                FormKind.AGREEMENT: "intro-agreement",
                FormKind.FOLLOWUP: "intro-followup"}[kind] + f".{b.lang}.j2"
        intro = tostring(*to_paragraphs(render(self.env, name, context), b.style("MUSIntro"),
                                        name))
        values = self._heading_values(b, employee, kind)
        heading = self._stencil(b, kind).render(values)
        # The blank text of this employee's heading, from the stencil's (worked out once per
        # kind and language), so that the personal part need not be parsed again.
        texts = [clean_paragraph(_filled(text, values)) for text in self._heading_text(b, kind)]
        self.blank_text.remember(heading + intro,
                                 (*(t for t in texts if t), *blank_paragraphs(intro)))
        return heading + intro

    def package(self, employee: Employee, kind: FormKind, body: Sequence[str],
                fields: Sequence[Field], previous_goals: Sequence[str] = (),
                unwritten: Sequence[str] = ()) -> Form:
        """The .docx: the template around ``body``, identity and field list in its properties
        (``unwritten``: the questions it asks with no field)."""
        lang = self.language(employee, kind)
        template = self.template(lang)
        settings = self.question_set.settings
        spec = FormSpec(employee.number, self.season, kind, self.question_set.version,
                        self.generated, lang, (settings.scale.low, settings.scale.high),
                        tuple(fields), tuple(previous_goals), self.blank_text.form(body),
                        leader_key(employee), unwritten=tuple(unwritten))
        if self.key is not None:
            spec = replace(spec, signature=sign(self.key, spec.signed_parts()))
        title = f"{form_text(lang, 'title_' + kind.value, season=self.season)} – {employee.name}"
        core = core_props_xml(title, settings.organisation or "mus",
                              _parse_time(self.generated), WORD_LANG[lang])
        custom = custom_props_xml(spec.to_props())
        document = "".join([template.document_open, *body, template.document_close])
        return Form(zip_bytes(template.parts(document.encode("utf-8"), core, custom)), spec)

    def _stencil(self, b: Builder, kind: FormKind) -> Stencil:
        """Title and identity table: built once per kind and language, then only the texts of
        the personal fields change."""
        key = (kind, b.lang)
        if key not in self._headings:
            self._headings[key] = heading_stencil(b, kind, self.season,
                                                  self.question_set.settings)
        return self._headings[key]

    def _heading_text(self, b: Builder, kind: FormKind) -> tuple[str, ...]:
        """The heading's blank text with a mark where each personal text goes."""
        key = (kind, b.lang)
        if key not in self._heading_texts:
            stencil = self._stencil(b, kind)
            marked = stencil.render({name: _SLOT.format(name) for name in stencil.slots})
            self._heading_texts[key] = blank_paragraphs(marked)
        return self._heading_texts[key]

    def _heading_values(self, b: Builder, employee: Employee, kind: FormKind) -> dict[str, str]:
        settings = self.question_set.settings
        subtitle = b.text(f"subtitle_{kind.value}", name=employee.name)
        if settings.organisation_for(b.lang):
            subtitle = f"{subtitle} · {settings.organisation_for(b.lang)}"
        return {
            "subtitle": subtitle, "name": employee.name, "number": employee.number,
            "department": employee.department, "job_title": employee.job_title,
            "leader": employee.leader, "meeting": long_date(employee.meeting_date, b.lang)
            or employee.meeting_text,
        }


_SLOT = "\ue100{}\ue101"  # a personal text's place in the heading's blank text


def _filled(text: str, values: Mapping[str, str]) -> str:
    for name, value in values.items():
        text = text.replace(_SLOT.format(name), value)
    return text


def heading_stencil(b: Builder, kind: FormKind, season: str, settings: Settings) -> Stencil:
    stencil = Stencil()
    label_w, value_w = 1500, PAGE_WIDTH // 2 - 1500

    def pair(label: str, slot: str | None, value: str = "") -> list[Cell]:
        shown = stencil.slot(slot, b.para("", "MUSAnswer")) if slot else b.para(value,
                                                                                 "MUSAnswer")
        return [Cell([b.para(label, "MUSLabel")], fill=HEAD_FILL), Cell([shown])]

    rows = [
        Row(pair(b.text("name"), "name") + pair(b.text("number"), "number")),
        Row(pair(b.text("department"), "department") + pair(b.text("job_title"), "job_title")),
        Row(pair(b.text("leader"), "leader") + pair(b.text("meeting"), "meeting")),
    ]
    if kind not in (FormKind.AGREEMENT, FormKind.FOLLOWUP):  # written after the deadline
        # the deadline's value across the row: no empty grey label beside it
        label, value = pair(b.text("deadline"), None, long_date(settings.deadline, b.lang))
        rows.append(Row([label, Cell(value.content, span=3)]))
    stencil.add(b.para(b.text(f"title_{kind.value}", season=season), "Title"))
    stencil.add(stencil.slot("subtitle", b.para("", "Subtitle")))
    stencil.add(b.table([label_w, value_w, label_w, value_w], rows))
    stencil.add_xml(b.spacer())
    return stencil


def previous_goals(b: Builder, goals: Sequence[PreviousGoal]) -> Fragment:
    """Last season's goals, each with a status and a comment. Only agreed goals are spoken of
    as agreed; a proposal that no agreement made a goal is said to be one."""
    agreed = sum(1 for g in goals if g.agreed)
    intro = ("previous_intro" if agreed == len(goals) else
             "previous_intro_proposed" if not agreed else "previous_intro_mixed")
    xml = [tostring(b.para(b.text("previous"), "Heading2")),
           tostring(b.para(b.text(intro), "MUSIntro", keep_next=True))]
    fields: list[Field] = []
    statuses = b.text("statuses").split(";")
    label_w = 2600
    for n, goal in enumerate(goals, start=1):
        head: list[etree._Element] = [paragraph(
            run(f"{b.text('previous_n', n=n)}: ", rpr(bold=True)), run(goal.goal),
            style=b.style("MUSQuestion"))]
        details = " · ".join(p for p in (
            "" if goal.agreed else b.text("previous_proposed"), goal.activities,
            long_date(goal.deadline, b.lang)) if p)
        if details:
            head.append(b.para(details, "MUSHelp"))
        if goal.status:  # the latest follow-up during the year (or HR's own status)
            head.append(b.para(b.text("followup_last", status=_status_text(goal.status, b.lang),
                                      date=long_date(goal.status_date, b.lang) or "–"),
                               "MUSHelp"))
        status = Field(f"prev:{n}:status", FieldKind.CHOICE)
        comment = Field(f"prev:{n}:comment", FieldKind.TEXT)
        rows = [Row([Cell(head, span=2, fill=HEAD_FILL)]),
                Row([Cell([b.para(b.text("status"), "MUSLabel", keep_next=True),
                           b.options_key(statuses)]),
                     Cell(b.answer(status, statuses, keep_next=True))]),
                Row([Cell([b.para(b.text("comment"), "MUSLabel")]), Cell(b.answer(comment))])]
        xml.append(tostring(b.table([label_w, PAGE_WIDTH - label_w], rows)))
        xml.append(b.spacer())
        fields += [status, comment]
    return Fragment("".join(xml), tuple(fields))


def _status_text(status: str, lang: str) -> str:
    """A status kept in Danish, in the form's language."""
    for key in ("followup_statuses", "statuses"):
        danish = form_text("da", key).split(";")
        if status in danish:
            return form_text(lang, key).split(";")[danish.index(status)]
    return status


def _parse_time(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)
