"""What a form holds, written into the form itself so it can be read back without guessing.

A form's custom document properties carry its identity (employee, season, kind, question-set
version, generation time, language) and its field list: every answer field in document order with
its kind. Word and LibreOffice both keep custom properties when they save, even when LibreOffice
drops the controls' tags; the field list then tells which control is which by order.

Field keys are the control tags without the ``mus:`` prefix: ``q:N2``, ``q:N2:3`` (a scale drawn as
checkboxes, step 3), ``c:K4:now``, ``c:K4:wanted``, ``goal:1:deadline``, ``prev:1:status``,
``agr:conclusions``, ``goal:1:agreed`` (an agreement's goal), ``prev:1:next`` (a follow-up
form's goal), ``fu:held`` (a follow-up form's own fields).
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum

from pipeline.forms.blank import BlankForm
from pipeline.model import FormKind, Response
from pipeline.signing import digest

TAG_PREFIX = "mus:"
PROP_PREFIX = "MUS."
CHUNK = 240  # Word's dialog shows at most 255 characters of a text property
FORMAT_VERSION = "1"
GOAL_PARTS = ("goal", "activities", "criterion", "deadline", "responsible", "followup")
# An agreement's goal says besides whether both agree on it, and each one's comment if not.
AGREEMENT_GOAL_PARTS = ("agreed", "employee_comment", "leader_comment")
PREVIOUS_PARTS = ("status", "comment")
FOLLOWUP_PARTS = (*PREVIOUS_PARTS, "next")  # a follow-up form's goal: status, what happened, next


class FieldKind(StrEnum):
    TEXT = "t"  # rich text, several paragraphs
    LINE = "l"  # plain text, one line
    SCALE = "s"  # drop-down of the scale
    RATING = "r"  # drop-down of the competence scale
    YESNO = "y"
    CHOICE = "c"
    DATE = "d"
    CHECK = "k"  # one step of a scale drawn as checkboxes

    @property
    def control(self) -> str:
        """The control kind (as read_controls names them) that holds this field."""
        return _CONTROLS.get(self.value, "dropdown")


_CONTROLS = {"t": "rich", "l": "plain", "d": "date", "k": "checkbox"}


@dataclass(frozen=True)
class Field:
    key: str
    kind: FieldKind
    private: bool = False  # never read back (the question set's Synlighed = privat)
    # Read only into the leader's own workbook (Synlighed = leder), as the form promised.
    leader_only: bool = False
    parts: tuple[str, ...] = dc_field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Split once: field lists are shared by all forms of a kind, so are these strings.
        object.__setattr__(self, "parts", tuple(sys.intern(p) for p in self.key.split(":")))

    @property
    def code(self) -> str:
        return self.kind.value + ("p" if self.private else "l" if self.leader_only else "")

    @property
    def tag(self) -> str:
        return TAG_PREFIX + self.key



@dataclass(frozen=True)
class FormSpec:
    employee_id: str
    season: str
    kind: FormKind
    question_set_version: str
    generated: str  # ISO time
    language: str
    scale: tuple[int, int]
    fields: tuple[Field, ...]
    previous_goals: tuple[str, ...] = ()
    # The blank form's text outside its fields, paragraph by paragraph (forms/blank.py); None
    # for a form made before mus kept it, or one whose copy of it was damaged.
    blank: BlankForm | None = None
    leader: str = ""  # who was the employee's leader when the form was made (teams.leader_key)
    signature: str = ""  # signing.py: empty for a form made without a key
    # Sensitive questions the form asks with no field to write in (Følsom: brought up in the
    # talk): whatever is written at them is never read, as at a private question.
    unwritten: tuple[str, ...] = ()

    def signed_parts(self) -> list[str]:
        """What the signature covers, in order."""
        fields = ";".join(f"{f.key}={f.code}" for f in self.fields)
        blank = digest(self.blank.data) if self.blank is not None else ""
        parts = ["mus-form-1", self.employee_id, self.season, self.kind.value,
                 self.question_set_version, self.generated, self.language,
                 f"{self.scale[0]}..{self.scale[1]}", fields,
                 json.dumps(list(self.previous_goals)), self.leader, blank]
        return [*parts, ";".join(self.unwritten)] if self.unwritten else parts

    @property
    def promises(self) -> tuple[Field, ...]:
        """The fields, and for each question asked without one a private field that no control
        holds: what the reading of text outside the fields must keep its promises to (a card of
        this form's own, nothing at it ever read)."""
        if not self.unwritten:
            return self.fields
        return (*self.fields, *(Field(f"q:{qid}", FieldKind.TEXT, private=True)
                                for qid in self.unwritten))

    def to_props(self) -> dict[str, str]:
        props = {
            "MUS.Form": FORMAT_VERSION,
            "MUS.EmployeeId": self.employee_id,
            "MUS.Season": self.season,
            "MUS.Kind": self.kind.value,
            "MUS.QuestionSetVersion": self.question_set_version,
            "MUS.Generated": self.generated,
            "MUS.Language": self.language,
            "MUS.Scale": f"{self.scale[0]}..{self.scale[1]}",
        }
        fields = ";".join(f"{f.key}={f.code}" for f in self.fields)
        props.update(_chunks("MUS.Fields", fields))
        if self.previous_goals:
            # Spaces escaped: no chunk may start or end with one an editor could trim.
            text = json.dumps(list(self.previous_goals), ensure_ascii=False, separators=(",", ":"))
            props.update(_chunks("MUS.Previous", text.replace(" ", "\\u0020")))
        if self.blank is not None:
            props.update(_chunks("MUS.Blank", self.blank.pack()))
        if self.leader:
            props.update(_chunks("MUS.Leader", self.leader.replace(" ", "\\u0020")))
        if self.signature:
            props["MUS.Signature"] = self.signature
        if self.unwritten:
            props["MUS.Unwritten"] = ";".join(self.unwritten)
        return props

    @classmethod
    def from_props(cls, props: Mapping[str, str]) -> FormSpec | None:
        """The spec a form carries, or None if it carries none or a damaged one."""
        try:
            return cls.read(props)
        except SpecError:
            return None

    @classmethod
    def read(cls, props: Mapping[str, str]) -> FormSpec | None:
        """The spec a form carries; None if it carries none (not one of our forms, or one
        copied into a new document); SpecError saying what is wrong if it carries part of one:
        a form is read only with its whole identity and field list."""
        if not any(name.startswith(PROP_PREFIX) for name in props):
            return None
        missing = [name for name in REQUIRED if not props.get(name, "").strip()]
        if missing:
            raise SpecError(f"{', '.join(missing)} missing")
        try:
            kind = FormKind(props["MUS.Kind"])
        except ValueError:
            raise SpecError(f"MUS.Kind is {props['MUS.Kind']!r}") from None
        low, _, high = props["MUS.Scale"].partition("..")
        if not (_INTEGER.fullmatch(low.strip()) and _INTEGER.fullmatch(high.strip())
                and int(low) < int(high)):
            raise SpecError(f"MUS.Scale is {props['MUS.Scale']!r}")
        fields = parse_fields(_unchunk(props, "MUS.Fields"))
        previous_text = _unchunk(props, "MUS.Previous")
        try:
            previous = json.loads(previous_text) if previous_text else []
        except ValueError:
            raise SpecError("MUS.Previous is damaged") from None
        if not isinstance(previous, list) or not all(isinstance(p, str) for p in previous):
            raise SpecError("MUS.Previous is damaged")
        numbers = [int(f.parts[1]) for f in fields if f.parts[0] == "prev"]
        if numbers and max(numbers) > len(previous):
            raise SpecError("MUS.Previous names fewer goals than the field list")
        try:
            blank = (BlankForm.unpack(_unchunk(props, "MUS.Blank"))
                     if "MUS.Blank.1" in props else None)
        except SpecError:
            blank = None  # only the comparison with the blank form is lost
        leader = (_unchunk(props, "MUS.Leader").replace("\\u0020", " ")
                  if "MUS.Leader.1" in props else "")
        unwritten = tuple(q for q in props.get("MUS.Unwritten", "").strip().split(";") if q)
        if not all(_QUESTION_ID.fullmatch(q) for q in unwritten):
            raise SpecError("MUS.Unwritten is damaged")
        return cls(props["MUS.EmployeeId"].strip(), props["MUS.Season"].strip(), kind,
                   props.get("MUS.QuestionSetVersion", ""), props.get("MUS.Generated", ""),
                   props.get("MUS.Language", "da"), (int(low), int(high)), fields,
                   tuple(previous), blank, leader, props.get("MUS.Signature", "").strip(),
                   unwritten)


class SpecError(ValueError):
    """A form carries part of its identity or field list, or a damaged one: what is wrong (in
    property names and field keys, never an answer)."""


REQUIRED = ("MUS.Form", "MUS.EmployeeId", "MUS.Season", "MUS.Kind", "MUS.Scale",
            "MUS.Fields.1")
_INTEGER = re.compile(r"-?\d{1,4}")
_NUMBER = re.compile(r"[1-9]\d{0,2}")
_QUESTION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")


@functools.lru_cache(maxsize=64)
def parse_fields(text: str) -> tuple[Field, ...]:
    """The field list, checked item by item: SpecError for anything a form of ours never
    carries (a property cut short, edited or made up)."""
    fields = _fields(text)
    if not fields:
        raise SpecError("the field list is empty")
    seen: set[str] = set()
    for f in fields:
        if f.key in seen:
            raise SpecError(f"the field list names {f.key} twice")
        seen.add(f.key)
        if not _valid(f):
            raise SpecError(f"the field list holds {f.key}={f.code}")
    return fields


def _valid(f: Field) -> bool:
    """Whether a field key is one a form of ours carries, with a kind that fits it."""
    parts, kind = f.parts, f.kind
    if any(not p or p != p.strip() for p in parts):
        return False
    head = parts[0]
    if f.leader_only and head != "q":
        return False
    if head == "q" and len(parts) == 2:
        return kind not in (FieldKind.CHECK, FieldKind.RATING)
    if head == "q" and len(parts) == 3:
        return kind is FieldKind.CHECK and bool(_INTEGER.fullmatch(parts[2]))
    if head == "c" and len(parts) == 3:
        return kind is FieldKind.RATING and parts[2] in ("now", "wanted")
    if head in ("goal", "prev") and len(parts) == 3:
        if not _NUMBER.fullmatch(parts[1]):
            return False
        if head == "goal":
            return parts[2] in (*GOAL_PARTS, *AGREEMENT_GOAL_PARTS) and kind is (
                FieldKind.DATE if parts[2] in ("deadline", "followup") else
                FieldKind.YESNO if parts[2] == "agreed" else FieldKind.TEXT)
        return parts[2] in FOLLOWUP_PARTS and kind is (
            FieldKind.CHOICE if parts[2] == "status" else FieldKind.TEXT)
    return head in ("agr", "fu") and len(parts) == 2


@functools.lru_cache(maxsize=64)
def _fields(text: str) -> tuple[Field, ...]:
    """The field list; the same for every form of a kind, so parsed once per run."""
    out = []
    for item in text.split(";"):
        if not item:
            continue
        key, sep, code = item.rpartition("=")
        if not sep or not code or code[1:] not in ("", "p", "l"):
            raise SpecError(f"the field list holds {item!r}")
        try:
            out.append(Field(key, FieldKind(code[:1]), code[1:] == "p", code[1:] == "l"))
        except ValueError:
            raise SpecError(f"the field list holds {item!r}") from None
    return tuple(out)


def _chunks(name: str, value: str) -> dict[str, str]:
    pieces = [value[i:i + CHUNK] for i in range(0, len(value), CHUNK)] or [""]
    return {f"{name}.{n}": piece for n, piece in enumerate(pieces, start=1)}


def _unchunk(props: Mapping[str, str], name: str) -> str:
    """A long property from its pieces ``name.1``, ``name.2`` …: SpecError when one is missing
    (a piece after a gap) or a piece is numbered as no form numbers them."""
    numbers = []
    head = name + "."
    # (the usual case, pieces 1…n and nothing else by that name, told by counting them)
    count = sum(1 for prop in props if prop.startswith(head))
    if all(f"{head}{n}" in props for n in range(1, count + 1)):
        return "".join(props[f"{head}{n}"] for n in range(1, count + 1))
    for prop in props:
        if prop.startswith(head):
            number = prop[len(head):]
            if not _NUMBER.fullmatch(number):
                raise SpecError(f"{prop} is not a property a form carries")
            numbers.append(int(number))
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        gap = next(n for n in range(1, max(numbers) + 1) if n not in numbers)
        raise SpecError(f"{name}.{gap} missing")
    return "".join(props[f"{name}.{n}"] for n in range(1, len(numbers) + 1))


# What only people who held the meeting write in an agreement document.
AGREEMENT_MARKS = ("agr:conclusions", "agr:other", "agr:employee_name", "agr:employee_date",
                   "agr:leader_name", "agr:leader_date", "agr:held")
# What only people who held a follow-up write in a follow-up form (besides each goal's status).
FOLLOWUP_MARKS = ("fu:held", "fu:employee_name", "fu:employee_date", "fu:leader_name",
                  "fu:leader_date")


def agreement_filled(response: Response) -> bool:
    """Whether an agreement document was filled in: conclusions or other agreements written, an
    agreed competence level chosen, a goal marked agreed or not, the talk's date, or a name or
    date in the confirmation. One sent back as it was made holds only the proposals it was made
    with, which nobody has agreed to."""
    if any(response.extra.get(key) not in (None, "") for key in AGREEMENT_MARKS):
        return True
    if any(g.agreed is not None for g in response.goals):
        return True
    return any(r.now is not None or r.wanted is not None for r in response.competences.values())


def followup_filled(response: Response) -> bool:
    """Whether a follow-up form was filled in: a goal's status, what happened or the next step,
    the follow-up's date, or a name or date under it."""
    if any(response.extra.get(key) not in (None, "") for key in FOLLOWUP_MARKS):
        return True
    return any(p.status or p.comment or p.next_step for p in response.previous_goals)


GOAL_LABELS = {"goal": "goal", "activities": "activities", "criterion": "criterion",
               "deadline": "goal_deadline", "responsible": "responsible",
               "followup": "follow_up", "agreed": "goal_agreed",
               "employee_comment": "comment_employee", "leader_comment": "comment_leader"}
PREVIOUS_LABELS = {"status": "status", "comment": "comment"}
FOLLOWUP_LABELS = {"status": "status", "comment": "happened", "next": "next_step"}


def alias(field: Field, lang: str, kind: FormKind | None = None) -> str:
    """The title Word shows on a field's control. LibreOffice keeps it on plain-text controls,
    so it must name the field unambiguously. A follow-up form names its goals' fields as a
    follow-up's (``kind``); reading knows every form's titles (``aliases``)."""
    from pipeline.texts import form_text

    parts = field.parts
    if kind is FormKind.FOLLOWUP and parts[0] == "prev":
        return form_text(lang, "alias_followup", n=parts[1],
                         part=form_text(lang, FOLLOWUP_LABELS[parts[2]]))
    if parts[0] == "q" and len(parts) == 3:
        return form_text(lang, "alias_step", id=parts[1], step=parts[2])
    if parts[0] == "q":
        return form_text(lang, "alias_answer", id=parts[1])
    if parts[0] == "c":
        return form_text(lang, "alias_now" if parts[2] == "now" else "alias_wanted", id=parts[1])
    if parts[0] == "goal":
        return form_text(lang, "alias_goal", n=parts[1],
                         part=form_text(lang, GOAL_LABELS[parts[2]]))
    if parts[0] in ("agr", "fu"):
        return form_text(lang, f"alias_{parts[0]}_{parts[1]}")
    if parts[0] == "prev":
        return form_text(lang, "alias_prev", n=parts[1],
                         part=form_text(lang, FOLLOWUP_LABELS[parts[2]] if parts[2] == "next"
                                        else PREVIOUS_LABELS[parts[2]]))
    return field.key


def aliases(field: Field, lang: str) -> tuple[str, ...]:
    """Every title a field's control may carry in ``lang``, whichever form it is on."""
    from pipeline.texts import form_text, label_texts

    titles = [alias(field, lang)]
    parts = field.parts
    if parts[0] == "prev":
        titles.append(alias(field, lang, FormKind.FOLLOWUP))
    if parts[0] == "goal":  # and as forms made with a goal card's earlier labels titled it
        titles += [form_text(lang, "alias_goal", n=parts[1], part=label)
                   for label in label_texts(lang, GOAL_LABELS[parts[2]])[1:]]
    return tuple(titles)


def scale_items(low: int, high: int, labels: tuple[str, ...]) -> list[str]:
    """'3 – I nogen grad' (or just '3' where the scale has no texts)."""
    if labels and len(labels) == high - low + 1:
        return [f"{n} – {label}" for n, label in zip(range(low, high + 1), labels, strict=True)]
    return [str(n) for n in range(low, high + 1)]
