"""Samtaleark (conversation sheets), in a leader's own workbook: one printed page per employee,
soonest meeting first, to prepare a conversation and take into it. Each page: who and when,
then every question of the season the leader may see, with the employee's answer and the
leader's own side by side, the competences (now → wanted, each side's), and both sides'
proposed goals.

A page break before each employee, and a fixed print scale (Excel ignores page breaks on a
sheet printed "fit to pages") that fits the three columns to a portrait A4's width and the
tallest employee's page to its height, down to ``SMALLEST`` per cent: below that a very long
page runs onto a second rather than print too small to read.
"""

from __future__ import annotations

import datetime as dt
import functools
import math

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from pipeline.forms.filters import applies
from pipeline.forms.prose import long_date
from pipeline.model import Employee, FormKind, Goal, Question, QuestionType, Response, Value
from pipeline.overview.book import MAX_HEIGHT, Book, clean, text_lines
from pipeline.overview.frames import View
from pipeline.overview.labels import column, sheet, text, value
from pipeline.overview.printing import points

WIDTHS = (30.0, 40.0, 40.0)  # question | the employee's answer | the leader's own
PORTRAIT = ((8.27 - 0.8) * 72, (11.69 - 1.2) * 72)  # a portrait A4 inside the margins, points
SMALLEST = 65  # per cent
SIZE, STEP = 10, 13.0  # the font's size and the height of a line of it, in points
ARROW = " → "


def has_talks(view: View) -> bool:
    """Whether the sheet has anything to show: a form of the team has come back."""
    return bool(view.employee_forms or view.leader_forms)


def _shown(q: Question, v: Value, view: View) -> str | None:
    """An answer as the conversation reads it: a scale step with its text, yes/no and a
    chosen option in the workbook's language, a date in words."""
    lang = view.lang
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return value(lang, "yes" if v else "no")
    if isinstance(v, int) and q.type is QuestionType.SCALE:
        scale = view.collected.question_set.settings.scale
        labels = q.labels_for(lang, scale)
        step = v - scale.low
        return f"{v} – {labels[step]}" if 0 <= step < len(labels) else str(v)
    if isinstance(v, dt.date):
        return long_date(v, lang)
    if isinstance(v, str) and q.type is QuestionType.CHOICE:
        return q.option_for(v, lang)
    return str(v)


class Talks:
    def __init__(self, book: Book, view: View) -> None:
        self.book, self.view, self.lang = book, view, view.lang
        # no fitting to pages: the page breaks below must hold
        self.ws: Worksheet = book.sheet(sheet(self.lang, "talks"), landscape=False, fit=False)
        for col, width in enumerate(WIDTHS):
            self.ws.set_column(col, col, width)
        add = book.wb.add_format
        grid = {"border": 1, "border_color": "#BFBFBF", "font_size": SIZE, "valign": "top"}
        self.name = add({"bold": True, "font_size": 14, "font_color": "#1F4E79"})
        self.note = add({"italic": True, "font_color": "#595959", "font_size": SIZE})
        self.header = add({**grid, "bold": True, "font_color": "#FFFFFF",
                           "bg_color": "#1F4E79"})
        self.phase = add({**grid, "bold": True, "bg_color": "#DEEAF6"})
        self.cell = add({**grid, "text_wrap": True})
        self.question = add({**grid, "text_wrap": True, "bold": True})
        self.not_asked = add({**grid, "bg_color": "#F2F2F2"})
        self.row = 0
        self.breaks: list[int] = []
        self.height = 0.0  # of the current employee's page, in points
        self.tallest = 0.0
        # the questions this workbook may show, of either form (never a private one)
        self.visible = frozenset(q.id for kind in (FormKind.EMPLOYEE, FormKind.LEADER)
                                 for q in view.asked(kind))

    def t(self, key: str, **params: object) -> str:
        return text(self.lang, key, **params)

    def write(self) -> None:
        view = self.view
        people = sorted(view.staff, key=lambda e: (e.meeting_date or dt.date.max,
                                                   e.name.casefold(), e.number))
        for n, e in enumerate(people):
            if n:
                self.breaks.append(self.row)
            self.height = 0.0
            self.employee(e)
            self.tallest = max(self.tallest, self.height)
        self.ws.set_h_pagebreaks(self.breaks)
        width, height = PORTRAIT
        # LibreOffice lays columns out a little wider than Excel's own measure
        scale = min(1.0, width / (sum(points(w) for w in WIDTHS) * 1.1),
                    height / self.tallest if self.tallest else 1.0)
        self.ws.set_print_scale(max(SMALLEST, min(100, math.floor(100 * scale))))

    # --- one employee's page -------------------------------------------------------------

    def employee(self, e: Employee) -> None:
        view, lang, book = self.view, self.lang, self.book
        own, lead = view.employee_forms.get(e.number), view.leader_forms.get(e.number)
        when = long_date(e.meeting_date, lang)
        title = f"{e.name} ({e.number})" + (f" · {self.t('talk_meeting', date=when)}"
                                             if when else "")
        self.set_height(24)
        book.put(self.ws, self.row, 0, title, self.name)
        self.row += 1
        about = ", ".join(p for p in (e.job_title, e.department) if p)
        notes = [about] if about else []
        if own is None:
            notes.append(self.t("talk_no_form"))
        if lead is None and view.leader_form_state(e) is not None:
            notes.append(self.t("talk_no_own_form"))
        if notes:
            self.set_height(STEP + 3)
            book.put(self.ws, self.row, 0, " · ".join(notes), self.note)
            self.row += 1
        self.set_height(8)
        self.row += 1
        self.answer_row(column(lang, "question"), column(lang, "employee_answer"),
                        column(lang, "own_answer"), fmt=self.header)
        phase = None
        for q in view.questions:
            asked_own = q.audience.includes(FormKind.EMPLOYEE)
            asked_lead = q.audience.includes(FormKind.LEADER)
            if not (q.id in self.visible and applies(q, e)):
                continue
            if q.phase != phase:
                phase = q.phase
                self.heading(view.collected.question_set.phase_for(phase, lang))
            wording = q.text_for(lang, FormKind.EMPLOYEE if asked_own else FormKind.LEADER)
            self.answer_row(wording, self._answer(q, own, asked_own),
                            self._answer(q, lead, asked_lead), asked_own, asked_lead)
        self.competences(own, lead)
        self.goals(own, lead)

    def _answer(self, q: Question, r: Response | None, asked: bool) -> str | None:
        if r is None or not asked:
            return None
        return _shown(q, r.answers.get(q.id), self.view)

    def competences(self, own: Response | None, lead: Response | None) -> None:
        competences = self.view.collected.question_set.competences
        if not competences:
            return
        self.heading(self.t("talk_competences"))
        for comp in competences:
            sides: list[str | None] = []
            for r in (own, lead):
                rating = r.competences.get(comp.id) if r else None
                if rating is None or (rating.now is None and rating.wanted is None):
                    sides.append(None)
                else:
                    sides.append(ARROW.join("–" if v is None else str(v)
                                            for v in (rating.now, rating.wanted)))
            self.answer_row(f"{comp.id} {comp.name_for(self.lang)}", sides[0], sides[1])

    def goals(self, own: Response | None, lead: Response | None) -> None:
        mine = [g for g in (own.goals if own else ()) if g.goal]
        theirs = [g for g in (lead.goals if lead else ()) if g.goal]
        if not (mine or theirs):
            return
        self.heading(self.t("talk_goals"))
        for n in range(max(len(mine), len(theirs))):
            self.answer_row(self.t("talk_goal_n", n=n + 1),
                            _goal(mine[n]) if n < len(mine) else None,
                            _goal(theirs[n]) if n < len(theirs) else None)

    # --- rows ----------------------------------------------------------------------------

    def set_height(self, points: float) -> None:
        self.ws.set_row(self.row, points)
        self.height += points

    def heading(self, title: str) -> None:
        self.set_height(STEP + 4)
        self.ws.merge_range(self.row, 0, self.row, len(WIDTHS) - 1, title, self.phase)
        self.row += 1

    def answer_row(self, question: str, own: str | None, lead: str | None,
                   asked_own: bool = True, asked_lead: bool = True,
                   fmt: Format | None = None) -> None:
        """A question (bold) and the two answers beside it; where a question is not put to
        one side, that side's cell is shaded."""
        # a 10 pt line holds a tenth more than an 11 pt one; a bold one a tenth less
        lines = max([_lines(question, (WIDTHS[0] - 1) * 0.95),
                     *(text_lines(v, WIDTHS[col] - 1) for col, v in ((1, own), (2, lead)) if v)])
        self.set_height(min(MAX_HEIGHT, lines * STEP + 4))
        ws, row = self.ws, self.row
        ws.write_string(row, 0, clean(question), fmt or self.question)
        for col, (v, asked) in enumerate(((own, asked_own), (lead, asked_lead)), start=1):
            if not asked:
                ws.write_blank(row, col, None, self.not_asked)
            elif v is None:
                ws.write_blank(row, col, None, fmt or self.cell)
            else:
                ws.write_string(row, col, clean(v), fmt or self.cell)
        self.row += 1


@functools.lru_cache(maxsize=512)
def _lines(text: str, width: float) -> int:
    """Lines of a question, the same on every employee's page: counted once."""
    return text_lines(text, width)


def _goal(goal: Goal) -> str:
    """A proposed goal: what, and how (its activities) on the next line."""
    return "\n".join(p for p in (goal.goal, goal.activities) if p)


def talk_sheet(book: Book, view: View) -> None:
    Talks(book, view).write()
