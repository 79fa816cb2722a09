"""A seeded, bounded mutation fuzzer over returned forms.

A few filled forms (Word-saved with tags, and as LibreOffice saves them without; drop-downs and
a checkbox scale; Danish and English with last year's goals) are damaged a few hundred ways at
random (tests/collect/mutations.py, and bytes, parts and properties of the zip) and read again.
The oracle: nothing ever stops the reading (no exception, no exit 2 from the commands), and every
answer that changed is one the mutation touched, or one a problem names, or the file is
refused with a problem. The seed is fixed, so a failure names its mutant and repeats.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from pipeline.cli import main
from pipeline.collect.extract import extract_file
from pipeline.collect.response import field_label
from pipeline.forms.generate import GenerateOptions, GenerateResult, generate
from pipeline.forms.personalise import FormMaker
from pipeline.model import FormKind, PreviousGoal, Response
from pipeline.ooxml.fill import fill_by_tag
from pipeline.ooxml.ns import qn
from pipeline.sheets import read_employees, read_question_set
from pipeline.workspace import DEFAULTS
from tests.collect import mutations as m
from tests.collect.test_damaged import ANSWERS
from tests.helpers import libreoffice_like, questions_xlsx

SEED = 20_271
MUTANTS = 320
EVERYTHING = frozenset({"*"})  # the mutation may change any answer (it damaged the whole file)


@dataclass(frozen=True)
class Base:
    name: str
    data: bytes
    keys: tuple[str, ...]  # the field key of each control, in order (read from the tagged form)
    response: Response


@dataclass(frozen=True)
class Mutant:
    base: Base
    what: str
    data: bytes
    touched: frozenset[str]


def keys_of(tagged: bytes) -> tuple[str, ...]:
    root = etree.fromstring(m.parts(tagged)[m.DOCUMENT])
    return tuple(c.tag.removeprefix("mus:") for c in m.controls(root))


@pytest.fixture(scope="module")
def bases(sample_forms: GenerateResult, tmp_path_factory: pytest.TempPathFactory) -> list[Base]:
    work = tmp_path_factory.mktemp("fuzz-bases")
    forms: dict[str, bytes] = {}
    forms["da"] = fill_by_tag((sample_forms.out / "1007_Jens_Hansen.docx").read_bytes(),
                              ANSWERS)  # type: ignore[arg-type]
    staff = {e.number: e for e in read_employees(DEFAULTS / "input" / "employees.xlsx")}
    maker = FormMaker(read_question_set(DEFAULTS / "input" / "questions.xlsx"), None, "2027",
                      "2026-12-01T00:00:00+00:00")
    english = maker.make(staff["00042"], FormKind.EMPLOYEE,
                         [PreviousGoal("Learn Excel"), PreviousGoal("Mentor a colleague")])
    forms["en"] = fill_by_tag(english.data, {
        "mus:q:N1": "2 – I lav grad", "mus:q:T1": "One\nTwo", "mus:prev:1:status": "Reached",
        "mus:prev:2:comment": "Not yet", "mus:goal:1:goal": "Lead a project",
        "mus:goal:1:deadline": dt.date(2027, 10, 1), "mus:c:K2:now": "3 – Øvet"})
    questions = questions_xlsx(work / "q.xlsx", settings=[("Sæson", "2027"),
                                                          ("Skala som", "afkrydsning")])
    boxes = generate(GenerateOptions(DEFAULTS / "input" / "employees.xlsx", questions,
                                     work / "boxes", jobs=1, only=("1007",)))
    forms["boxes"] = fill_by_tag((boxes.out / "1007_Jens_Hansen.docx").read_bytes(), {
        "mus:q:N1:4": True, "mus:q:N2:1": True, "mus:q:N5:5": True,
        "mus:q:T2:3": True, "mus:c:K1:now": "2 – Let øvet", "mus:q:N3": "Energi"})
    out = []
    for name, tagged in forms.items():
        saved_by_lo = libreoffice_like(tagged)
        for saved, data in (("word", tagged), ("libreoffice", saved_by_lo),
                            ("libreoffice-no-ids", m.edit_document(saved_by_lo, m.hide_ids))):
            path = work / f"{name}-{saved}.docx"
            path.write_bytes(data)
            response = extract_file(path).response
            assert response is not None and response.problems == (), (name, saved)
            out.append(Base(f"{name}-{saved}", data, keys_of(tagged), response))
    return out


# --- mutations -----------------------------------------------------------------------------

Mutation = Callable[[random.Random, Base], tuple[str, bytes, frozenset[str]]]


def _pick_control(rng: random.Random, base: Base) -> int:
    return rng.randrange(len(base.keys))


def delete_control(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    n = _pick_control(rng, base)
    data = m.edit_document(base.data, lambda root: m.delete_control(root, n))
    return f"delete control {base.keys[n]}", data, frozenset({base.keys[n]})


def duplicate_control(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    n = _pick_control(rng, base)
    text = rng.choice([None, "3", "Andet svar", "14-03-2027"])
    data = m.edit_document(base.data, lambda root: m.duplicate_control(root, n, text))
    return f"copy control {base.keys[n]} ({text!r})", data, frozenset({base.keys[n]})


def move_control(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    """One control cut and pasted beside another (in that one's cell)."""
    a, b = _pick_control(rng, base), _pick_control(rng, base)

    def change(root: etree._Element) -> None:
        found = m.controls(root)
        moved, target = found[a].element, found[b].element
        if moved is target:
            return
        moved.getparent().remove(moved)  # type: ignore[union-attr]
        target.addnext(moved)
    data = m.edit_document(base.data, change)
    return (f"move control {base.keys[a]} beside {base.keys[b]}", data,
            frozenset({base.keys[a], base.keys[b]}))


def swap_texts(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    a, b = _pick_control(rng, base), _pick_control(rng, base)

    def change(root: etree._Element) -> None:
        found = m.controls(root)
        first, second = found[a].content, found[b].content
        if first is second:
            return
        one, two = list(first), list(second)
        for child in one:
            first.remove(child)
        for child in two:
            second.remove(child)
        first.extend(copy.deepcopy(c) for c in two)
        second.extend(copy.deepcopy(c) for c in one)
    data = m.edit_document(base.data, change)
    return (f"swap contents {base.keys[a]} / {base.keys[b]}", data,
            frozenset({base.keys[a], base.keys[b]}))


def _row_keys(base: Base, root: etree._Element, row: etree._Element) -> frozenset[str]:
    inside = set(row.iter(qn("w:sdt")))
    return frozenset(k for k, c in zip(base.keys, m.controls(root), strict=True)
                     if c.element in inside)


def delete_or_copy_row(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    files = m.parts(base.data)
    root = etree.fromstring(files[m.DOCUMENT])
    rows = m.rows_with_controls(root)
    row = rows[rng.randrange(len(rows))]
    touched = _row_keys(base, root, row)
    copying = rng.random() < 0.5
    (m.duplicate_row if copying else m.delete_row)(root, row)
    files[m.DOCUMENT] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return (f"{'copy' if copying else 'delete'} row of {sorted(touched)}", m.build(files),
            touched)


def drop_tag(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    n = _pick_control(rng, base)

    def change(root: etree._Element) -> None:
        for tag in m.controls(root)[n].props.findall(qn("w:tag")):
            tag.getparent().remove(tag)  # type: ignore[union-attr]
    return f"drop the tag of {base.keys[n]}", m.edit_document(base.data, change), frozenset()


def hide_ids(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    return "hide every ID", m.edit_document(base.data, m.hide_ids), frozenset()


def stray_control(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    """A copy of a control, with something in it, pasted into a question's text."""
    n = _pick_control(rng, base)

    def change(root: etree._Element) -> None:
        element = copy.deepcopy(m.controls(root)[n].element)
        for tag in element.iter(qn("w:tag")):
            tag.getparent().remove(tag)  # type: ignore[union-attr]
        for t in element.iter(qn("w:t")):
            t.text = "Skrevet et andet sted"
        heading = next(p for p in root.iter(qn("w:p"))
                       if "".join(p.itertext()).startswith(("Hvordan", "How")))
        heading.append(element)
    return (f"paste a copy of {base.keys[n]} into a question's text",
            m.edit_document(base.data, change), frozenset())


def damage_property(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    props = m.custom_props(base.data)
    name = rng.choice(sorted(props))
    how = rng.choice(["drop", "cut", "garble", "empty"])

    def change(p: dict[str, str]) -> None:
        if how == "drop":
            del p[name]
        elif how == "cut":
            p[name] = p[name][:len(p[name]) // 2]
        elif how == "garble":
            p[name] = p[name][::-1]
        else:
            p[name] = ""
    return f"{how} property {name}", m.edit_props(base.data, change), EVERYTHING


def damage_bytes(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    data = bytearray(base.data)
    how = rng.choice(["flip", "truncate", "zero"])
    if how == "truncate":
        data = data[:rng.randrange(len(data))]
    else:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = 0 if how == "zero" else rng.randrange(256)
    return f"{how} bytes", bytes(data), EVERYTHING


def damage_parts(rng: random.Random, base: Base) -> tuple[str, bytes, frozenset[str]]:
    files = list(m.parts(base.data).items())
    how = rng.choice(["double", "drop", "doctype", "utf16", "rename"])
    n = rng.randrange(len(files))
    name, data = files[n]
    if how == "double":
        files.append((name, data))
    elif how == "drop":
        del files[n]
    elif how == "rename":
        files[n] = (name + "x", data)
    else:
        document = dict(files)[m.DOCUMENT]
        head, _, rest = document.partition(b"?>")
        if how == "doctype":
            document = head + b'?><!DOCTYPE d [<!ENTITY e "x">]>' + rest
        else:
            document = document.decode("utf-8").replace('encoding="UTF-8"',
                                                        'encoding="UTF-16"').encode("utf-16")
        files = [(k, document if k == m.DOCUMENT else v) for k, v in files]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a doubled name: that's the point
        return f"{how} part {name}", m.build(files), EVERYTHING


MUTATIONS: list[tuple[Mutation, int]] = [
    (delete_control, 6), (duplicate_control, 6), (move_control, 3), (swap_texts, 2),
    (delete_or_copy_row, 5), (drop_tag, 2), (hide_ids, 1), (stray_control, 2),
    (damage_property, 3), (damage_bytes, 2), (damage_parts, 2),
]


def mutants(bases: list[Base]) -> list[Mutant]:
    rng = random.Random(SEED)
    kinds = [mutation for mutation, weight in MUTATIONS for _ in range(weight)]
    out = []
    for _ in range(MUTANTS):
        base = rng.choice(bases)
        what, data, touched = rng.choice(kinds)(rng, base)
        out.append(Mutant(base, what, data, touched))
    return out


# --- the oracle ----------------------------------------------------------------------------

def flat(r: Response) -> dict[str, object]:
    """Every value a response holds, by a key that says which field it came from."""
    got: dict[str, object] = {f"q:{k}": v for k, v in r.answers.items()}
    for cid, rating in r.competences.items():
        got[f"c:{cid}:now"], got[f"c:{cid}:wanted"] = rating.now, rating.wanted
    got["goal"] = r.goals  # goals are listed without their empty ones: compared whole
    for n, previous in enumerate(r.previous_goals, start=1):
        got[f"prev:{n}:status"], got[f"prev:{n}:comment"] = previous.status, previous.comment
        got[f"prev:{n}:goal"] = previous.goal
    return got


def explained(key: str, touched: frozenset[str], named: set[str]) -> bool:
    if touched is EVERYTHING:
        return True
    if key == "goal":
        return any(k.startswith("goal:") for k in touched) or any(
            n.startswith("goal:") for n in named)
    if key.startswith("q:"):  # a checkbox scale's steps are one answer
        related = {k for k in touched if k == key or k.startswith(key + ":")}
    elif key.startswith("prev:") and key.endswith(":goal"):
        related = set()
    else:
        related = {key} & touched
    return bool(related) or field_label(key) in named


def check(mutant: Mutant, path: Path) -> str | None:
    """What is wrong with how the mutant was read, if anything."""
    try:
        result = extract_file(path)
    except Exception as err:  # the one thing that must never happen
        return f"raised {type(err).__name__}: {err}"
    response = result.response
    if response is None:
        return None if result.problems else "no response and no problem"
    base = mutant.base.response
    named = {label for p in response.problems
             for label in ([p.params["field"]] if "field" in p.params else [])
             + (p.params["all"].split(", ") if "all" in p.params else [])}
    if (response.employee_id, response.kind, response.season) != (
            base.employee_id, base.kind, base.season):
        return f"read as {response.employee_id}/{response.kind.value} without a problem"
    if any(p.code == "layout" for p in response.problems):
        return None  # read from the layout, and the workbook says so
    before, after = flat(base), flat(response)
    wrong = [key for key in sorted(set(before) | set(after))
             if before.get(key) != after.get(key)
             and not explained(key, mutant.touched, named)]
    if wrong:
        return "changed without a problem: " + ", ".join(
            f"{k} {before.get(k)!r} → {after.get(k)!r}" for k in wrong)
    return None


@pytest.fixture(scope="module")
def damaged(bases: list[Base]) -> list[Mutant]:
    return mutants(bases)


def test_mutants_are_read_right_or_reported(damaged: list[Mutant], tmp_path: Path) -> None:
    failures = []
    for n, mutant in enumerate(damaged):
        path = tmp_path / f"{n:03d}.docx"
        path.write_bytes(mutant.data)
        wrong = check(mutant, path)
        if wrong:
            failures.append(f"mutant {n} ({mutant.base.name}: {mutant.what}): {wrong}")
    assert not failures, "\n".join(failures)


def test_the_commands_never_stop_on_a_mutant(damaged: list[Mutant], tmp_path: Path) -> None:
    """`mus extract` and `mus ingest` over a folder of mutants: every file is read or named,
    and the workbook is written."""
    folder = tmp_path / "returned"
    folder.mkdir()
    chosen = damaged[::4]
    for n, mutant in enumerate(chosen):
        (folder / f"{n:03d}.docx").write_bytes(mutant.data)
    runner = CliRunner()
    files = sorted(str(p) for p in folder.iterdir())
    extracted = runner.invoke(main, ["extract", "--json", *files])
    assert extracted.exit_code == 0, extracted.output
    assert len(extracted.output.splitlines()) == len(files)
    work = tmp_path / "work"
    assert runner.invoke(main, ["init", str(work)]).exit_code == 0
    ingested = runner.invoke(main, ["--dir", str(work), "ingest", str(folder)])
    assert ingested.exit_code == 0, ingested.output
    assert "Workbook:" in ingested.output
