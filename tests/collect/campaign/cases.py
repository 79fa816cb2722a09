"""A case of the campaign: the form, what was filled, the edit, the truth, and what mus makes of
it today. The cases themselves are in xml_cases.py and writer_cases.py."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from tests.collect.campaign.answers import (
    ENGLISH,
    SEED,
    fill_in,
    filled_by,
    log_text,
    long_text,
    repeated_text,
)
from tests.collect.campaign.truth import AnyOf, Expected, Marked, Need, Truth
from tests.collect.campaign.verdict import Verdict
from tests.collect.campaign.wordml import Answer, Docx

Op = Mapping[str, object]  # one thing a person does in Writer (writer_edits.py)
# Refusal reasons that are false for a form a person can open and read.
DAMAGE = ("damaged", "beskadiget", "zip bomb", "not what it claims", "unsafe", "not a MUS form",
          "ikke et MUS-skema", "not a Word document")


@dataclass(frozen=True)
class Long:
    """A long answer made for the case: ``sentences`` from the bank, a ``log`` pasted from a
    system, or one paragraph ``repeated``, of ``size`` characters."""

    kind: str
    size: int


@dataclass(frozen=True)
class Other:
    """Another form the case pastes from: whose, which kind, and what differs from its drawn
    answers."""

    employee: str
    kind: str = "employee"
    changes: Mapping[str, Answer] = field(default_factory=dict)


@dataclass(frozen=True)
class Case:
    name: str
    family: str  # "issue19": a new variation of a kind issue 19 lists; "new": a kind it does not
    edit: str  # what the person did, in words
    how: str  # "xml" (as Word writes it), "writer", "abiword" or "pandoc"
    now: Verdict  # what mus makes of it today: asserted exactly
    employee: str = "1001"
    kind: str = "employee"
    suffix: str = ".docx"
    fill: Mapping[str, Answer | Long | None] = field(default_factory=dict)  # None: left empty
    ops: tuple[Op, ...] = ()  # the Writer edit
    xml: Callable[[Docx], None] | None = None  # the Word-style edit of the document
    save_as: Callable[[bytes], bytes] | None = None  # a Word save of the whole file
    expect: Mapping[str, Expected | None] = field(default_factory=dict)  # None: empty
    must_report: tuple[Need, ...] = ()
    must_not_read: tuple[str, ...] = ()
    wrong_reasons: tuple[str, ...] = ()
    note: str = ""
    filter: str = "MS Word 2007 XML"  # Writer's save filter
    others: Mapping[str, Other] = field(default_factory=dict)


@dataclass(frozen=True)
class Filled:
    """A case's answers as filled before the edit, and the other forms it pastes from."""

    values: dict[str, Answer]
    spare: list[str]
    others: dict[str, dict[str, Answer]]

    def fill_in(self, text: str, paths: Mapping[str, str] | None = None) -> str:
        """The text with its placeholders filled in (answers.fill_in); ``paths``: where the
        other forms are saved."""
        others = {name: ((paths or {}).get(name, ""), values)
                  for name, values in self.others.items()}
        return fill_in(text, self.values, self.spare, others)


def filled(case: Case) -> Filled:
    """What the person filled in, drawn from the banks with the case's own seed."""
    rng = random.Random(f"{SEED}:{case.name}")
    values, spare = filled_by(rng, case.kind)
    drawn: dict[str, Answer | None] = dict(values)
    for key, change in case.fill.items():
        if isinstance(change, Long):
            drawn[key] = (long_text(change.size, rng) if change.kind == "sentences" else
                          log_text(change.size) if change.kind == "log" else
                          repeated_text(change.size, rng))
        else:
            drawn[key] = (fill_in(change, values, spare, {}) if isinstance(change, str)
                          else change)
    others: dict[str, dict[str, Answer]] = {}
    for name, other in case.others.items():
        other_values, _ = filled_by(random.Random(f"{SEED}:{case.name}:{name}"), other.kind)
        others[name] = {**other_values, **other.changes}
    return Filled({k: v for k, v in drawn.items() if v is not None}, spare, others)


def prefilled(case: Case, answers: Filled) -> dict[str, Answer | tuple[str, int]]:
    """What is in the form before the edit: the answers, but not those the Writer edit fills
    itself; an English form's choices by their place in the list."""
    out: dict[str, Answer | tuple[str, int]] = dict(answers.values)
    for op in case.ops:
        if op["op"] == "fill" and op.get("nth", 1) == 1:
            out.pop(f"goal:{op['goal']}:deadline" if "goal" in op else f"q:{op['qid']}", None)
    if case.employee == "00042":
        for key, (danish, _) in ENGLISH.items():
            if isinstance(out.get(key), str):
                out[key] = ("choice", danish.index(str(out[key])))
    return out


def truth(case: Case, answers: Filled) -> Truth:
    """The truth of the case, from its definition alone (nothing has been edited or read)."""
    expect: dict[str, Expected] = dict(answers.values)
    private = [str(expect.pop("q:N6"))] if "q:N6" in expect else []
    for key, value in case.expect.items():
        if value is None:
            expect.pop(key, None)
        elif isinstance(value, Marked):
            expect[key] = Marked(answers.fill_in(value.read), value.what)
        else:
            expect[key] = answers.fill_in(value) if isinstance(value, str) else value
    if case.employee == "00042":
        for key, (danish, english) in ENGLISH.items():
            shown = expect.get(key)
            if isinstance(shown, str):
                expect[key] = AnyOf((shown, english[danish.index(shown)]))
    return Truth(case.name, case.employee, case.kind, expect, case.must_report,
                 (*private, *(answers.fill_in(s) for s in case.must_not_read)),
                 case.wrong_reasons)
