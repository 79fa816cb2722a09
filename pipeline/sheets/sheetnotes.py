"""Notes on the list's sheet that say someone named on the list has left: a line above the
header ("NB: Mette Lund er stoppet 31/10-2026. Søren Juul har overtaget Team Syd …"), a note
under the list, or one written beside it, right of its columns ("Hanne Mølgaard (nr. 26)
stoppet 31/10 – slet"). What the columns say is what mus reads; where a note says otherwise about a
person the list names (a leader the leader column still gives, an employee with nothing else
on their row that says they left), the list is refused with the note's row and the person,
never read as if the note were not there. The note's own text is not repeated."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Container, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any, TypeVar

from pipeline.sheets.dates import read_date
from pipeline.sheets.draft import Draft
from pipeline.sheets.employment import Absent
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.leaders import Given
from pipeline.sheets.leaderwords import ACTING, REPORTS
from pipeline.sheets.names import normal_name
from pipeline.sheets.remarks import day_of, left_day
from pipeline.sheets.rows import Skipped
from pipeline.sheets.statuswords import (
    LEAVE,
    LEFT,
    NOTICE,
    STARTS,
    TRANSFER_WORDS,
    notice_date,
    remark_state,
    start_date,
    status_state,
    transferred_away,
)
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, valid_email

# A note's clauses, each judged on its own: "X er stoppet. Y har overtaget" says one left.
_CLAUSES = re.compile(r"[.!?]\s+(?=[A-ZÆØÅÄÖÜ])|[;\n]\s*|\s+[–—-]\s+")
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def _names_in(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """The whole name, in order or as "Efternavn, Fornavn", among the clause's words."""
    if len(name) < 2:
        return False  # a first name alone names nobody for sure
    orders = {name, (name[-1], *name[:-1])}
    return any(words[i:i + len(o)] == o for o in orders for i in range(len(words)))


def note_texts(rows: Iterable[tuple[int, Sequence[Any]]], header_row: int, width: int,
               skips: Sequence[Skipped]) -> list[tuple[int, str]]:
    """Each note's row and text: a row above the header, a note row under it (``skips``), and
    cells beside the list, right of its last header (``width``: the list's columns), on any
    row; read once for check_notes and leaders_from_notes."""
    notes = {s.row for s in skips if s.reason == "note"}
    found = []
    for row, values in rows:
        cells = values if row < header_row or row in notes else values[width:]
        text = " ".join(t for t in map(cell_text, cells) if t)
        if text:
            found.append((row, text))
    return found


# "F = Fratrådt", "Gul: stoppet": a key to codes or colours, which is no note on its row
_KEY = re.compile(r"^\s*\S{1,12}\s*[=:]")
# "Hanne Mølgaard stoppet 31/10": a note that names someone (check_notes reads it)
_NAME = re.compile(r"\b[A-ZÆØÅÄÖÜ][a-zæøåäöüé]+\s+[A-ZÆØÅÄÖÜ][a-zæøåäöüé]+")


_ARROW_UP = re.compile(r"^\s*[↑⬆^]\s*")


def notes_under_rows(rows: Sequence[tuple[int, Sequence[Any]]], number: int | None
                     ) -> dict[int, str]:
    """Note rows that point up at the row over them ("↑ stoppet 30/11-2026", one cell of
    words under a person's row): the person's row → the note, read as a remark on it."""
    found: dict[int, str] = {}
    previous: int | None = None
    for row, values in rows:
        if number is not None and number < len(values) and values[number] not in (None, ""):
            previous = row  # a numbered row (no note)
            continue
        texts = [t for t in map(cell_text, values) if t]
        if len(texts) == 1 and _ARROW_UP.match(texts[0]) and previous is not None:
            found[previous] = _ARROW_UP.sub("", texts[0])
            continue
        previous = None
    return found


_DAYISH = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$")


def changes_with_days(rows: Sequence[tuple[int, Sequence[Any]]], kept: Sequence[Any]
                      ) -> tuple[dict[int, str], set[int], dict[int, str]]:
    """A column of changes ("Ændring": "Fratræder", "Skifter afdeling", "Ny") beside a column of
    the days they take effect ("Pr. dato"): where the change is a leaving or a start, the row →
    "Fratræder 31.10.2026", "Nyansat – starter 04.01.2027", read as a remark on it (a day gone
    by has left, one to come is leaving or not begun); where it is a move ("Flytter til
    Kundeservice (ny leder Karoline Olsen)"), the row → the move with its day, read as a note
    of a move is (``apply_moves``)."""
    found: dict[int, str] = {}
    moves: dict[int, str] = {}
    used: set[int] = set()  # the columns of days so read
    columns = sorted(u.index for u in kept)
    for at in columns:
        if at + 1 not in columns or not any(
                isinstance(value_at(v, at + 1), dt.date) or _DAYISH.match(
                    cell_text(value_at(v, at + 1))) for _, v in rows[:200]):
            continue  # (no column of days beside it)
        kinds: set[str] = set()
        for _, v in rows:
            kinds.add(cell_text(value_at(v, at)))
            if len(kinds) > 13:
                break  # (no column of a few kinds of change: a phone number, a name)
        kinds.discard("")
        if len(kinds) > 12:
            continue
        leaving = {k for k in kinds if len(_words(k)) <= 3 and (
            status_state(k) == LEFT or set(_words(k)) & (NOTICE | STARTS))}
        moving = {k for k in kinds if k not in leaving and set(_words(k)) & _SHIFTS}
        if not leaving and not moving:
            continue
        for row, values in rows:
            kind = cell_text(value_at(values, at))
            if kind not in leaving and kind not in moving:
                continue
            try:
                day = read_date(value_at(values, at + 1))
            except ValueError:
                continue
            if day is not None:
                (found if kind in leaving else moves)[row] = f"{kind} {day:%d.%m.%Y}"
                used.add(at + 1)
    return found, used, moves


def apply_moves(moves: Mapping[int, str], drafts: Sequence[Draft], findings: Findings,
                today: dt.date | None) -> None:
    """The moves a column of changes gives on employees' rows, each with its day
    (``changes_with_days``), read as a note of a move about the row's own person is."""
    by_row = {d.row: d for d in drafts}
    for row, text in sorted(moves.items()):
        if (mover := by_row.get(row)) is not None:
            _move(row, mover, text, _words(text), drafts, findings, today, "The change")


def beside_notes(rows: Iterable[tuple[int, Sequence[Any]]], width: int,
                 marks: Mapping[tuple[int, int], str]) -> dict[int, str]:
    """What is written right of the list's last header on each row ("stoppet 30/11 – skal
    ikke have MUS"), row → text: a note about that row's person, read as a remark is. Cells
    that name someone, or give a key to codes or colours (a coloured cell beside a word, "F =
    Fratrådt", "gennemstregede er stoppet"), are no such note."""
    from pipeline.sheets.rowmarks import names_a_look

    marked: dict[int, list[int]] = {}  # rows with a coloured cell beside the list → columns
    for r, c in marks:
        if c > width:
            marked.setdefault(r, []).append(c)
    found = {}
    for row, values in rows:
        if len(values) <= width:
            continue
        text = " ".join(t for t in map(cell_text, values[width:]) if t)
        if row in marked and (
                any(not cell_text(values[c - 1]) for c in marked[row] if c <= len(values))
                or (len(text.split()) <= 2 and status_state(text) is not None)):
            continue  # a legend's swatch beside its word, or "Fratrådt" on red
        if (any(c.isalpha() for c in text) and not _KEY.match(text) and not _NAME.search(text)
                and not names_a_look(text)):
            found[row] = text
    return found


def check_notes(texts: Sequence[tuple[int, str]], drafts: list[Draft],
                findings: Findings, today: dt.date | None = None,
                leavers: list[Any] | None = None) -> None:
    """Refuse the list where a note (``texts``: note_texts) says that a leader it gives, or an
    employee it lists as employed, has left or is leaving. A note that names an employee
    nobody gives as their leader and the day gone by on which they left ("NB: Lene Mortensen
    (lønnr 3155) stoppede 15/10 – skal ikke have MUS") makes them a leaver (``leavers``),
    said."""
    if not texts or not drafts:
        return
    by_number = {d.number: d.name for d in drafts}
    by_email = {d.fields["email"].casefold(): d.name for d in drafts if d.fields["email"]}
    led: dict[tuple[str, ...], tuple[str, list[int]]] = {}  # words → (as written, rows)
    for d in drafts:
        name = d.given.text or by_number.get(d.given.number, "") or by_email.get(
            d.given.email.casefold(), "")
        if name:
            led.setdefault(_words(name), (name, []))[1].append(d.row)
    people = {_words(d.name): d for d in drafts}
    said: set[tuple[str, ...]] = set()
    for row, text in texts:
        _new_not_listed(row, text, by_number, findings)
        previous = ""
        for clause in _CLAUSES.split(text):
            state = remark_state(clause)
            words = _words(clause)
            if state == LEFT and previous and remark_state(previous) is None and not any(
                    _names_in(words, key) for key in people) and any(
                    _names_in(_words(previous), key) for key in people):
                # "2025 Ana Møller – fratrådt 30.09.2026": the person, then what they did
                clause = f"{previous} {clause}"
                words = _words(clause)
            previous = clause
            if _SOME.match(clause) and (state == LEFT or set(words) & _SHIFTS) and not leavers:
                # (where the list itself says who has left, the note speaks of them)
                findings.error(
                    "note-some", f"The note in row {row} says that some of the people on the "
                    "list have left or moved, without saying who, so it cannot be told who "
                    "should get a form, nor who their leader is.", "Bring the list up to "
                    "date (take out those who have left, write each one's department and "
                    "leader as they are now), correct the note, and run the command again.",
                    row)
                break
            if state not in (LEFT, LEAVE):
                _note_move(row, clause, words, drafts, findings, today)
            if state == LEAVE or _ACTS & set(words):
                _leader_away(row, words, state == LEAVE, led, people, said, findings)
            if state is None and today is not None and leavers is not None and (
                    starts := start_date(clause))[0] and starts[1] is not None and (
                    starts[1] > today):
                # "3316 Camilla Frøkjær starter først 4/1-2027": on the list, not begun
                for draft in [*_named(words, people, said, led),
                              *_by_number(clause, words, drafts, said, led)]:
                    drafts.remove(draft)
                    leavers.append(Absent(draft.row, draft.number, draft.name,
                                          f"the note in row {row}: starts "
                                          f"{starts[1]:%d-%m-%Y}, has not begun", None))
            if state != LEFT:
                continue
            for written, rows_led in _named(words, led, said):
                findings.error(
                    "note-leader-left", f'The note in row {row} says that the leader '
                    f'"{written}" has left or is leaving, '
                    f"but the leader column still gives them ({rows_text(rows_led)}), so "
                    "those employees' leader cannot be told.", "Write each employee's "
                    "leader as it is now in the leader column (or correct the note), and "
                    "run the command again.", row)
            for draft in [*_named(words, people, said, led),
                          *_by_number(clause, words, drafts, said, led)]:
                day = left_day(clause, today) if today is not None and leavers is not None \
                    else None
                if day is not None and leavers is not None:
                    drafts.remove(draft)
                    leavers.append(Absent(draft.row, draft.number, draft.name,
                                          f"the note in row {row}: left {day:%d-%m-%Y}", day))
                    continue
                findings.error(
                    "note-left", f"The note in row {row} says that employee {draft.number} "
                    f"(row {draft.row}) has left or is leaving, but nothing else on the "
                    "list does (mus reads that from a status or end-date column, never "
                    "from a note), so it cannot be told whether they should get a form.",
                    'If they have left, write it in a status column ("Fratrådt") or take '
                    "their row out; if not, correct the note; then run the command again.",
                    row)


def _note_move(row: int, clause: str, words: tuple[str, ...], drafts: Sequence[Draft],
               findings: Findings, today: dt.date | None) -> None:
    """A note that says someone on the list moves or has a new leader ("Jens Andersen skifter
    til Indkøb pr. 1/12 og har nu Erik Thomsen som leder", under a list "ikke rettet"): from
    its day (none, or one gone by), the unit of the list it names is their department and the
    other person on the list it names their leader, said; a move it says only in part (no
    unit of the list, or no leader where it speaks of one) refuses the list."""
    said_at = next((i for i, (w, after) in enumerate(pairwise((*words, ""))) if w in _SHIFTS or (
        w in _NEW_WORDS and after in _LEADER_WORDS)), None)
    if said_at is None:
        return  # no word of a move or of a new leader
    found = sorted(((at, d) for d in drafts if len(key := _words(d.name)) >= 2
                    for at in range(len(words)) if words[at:at + len(key)] in (
                        key, (key[-1], *key[:-1]))), key=lambda hit: hit[0])
    if not found or found[0][0] > said_at:
        return  # "Ny leder for Salg er Ellen Poulsen": a leader named, no one moved
    _move(row, found[0][1], clause, words, drafts, findings, today, "The note")


def _move(row: int, mover: Draft, clause: str, words: tuple[str, ...], drafts: Sequence[Draft],
          findings: Findings, today: dt.date | None, what: str) -> None:
    """``mover``'s move or new leader as ``clause`` says it (``_note_move``)."""
    others: list[Draft] = []
    for d in drafts:
        if d is not mover and len(key := _words(d.name)) >= 2 and any(
                words[i:i + len(key)] in (key, (key[-1], *key[:-1]))
                for i in range(len(words))):
            others.append(d)
    day = day_of(clause, today.year)[0] if today is not None else None
    if day is not None and today is not None and day > today:
        return  # a move to come: the columns hold until then
    own = _words(mover.fields["department"])
    units = {_words(d.fields["department"]): d.fields["department"] for d in drafts
             if d.fields["department"] and _words(d.fields["department"]) != own}
    unit = next((written for key, written in units.items() if key and any(
        words[i:i + len(key)] == key for i in range(len(words)))), "")
    new_leader = others[0] if len(others) == 1 else None
    speaks_of_leader = bool(_LEADER_WORDS & set(words))
    if (not unit and new_leader is None) or (speaks_of_leader and new_leader is None) or (
            len(others) > 1):
        findings.error("note-move", f"{what} in row {row} says that employee "
                       f"{mover.number} (row {mover.row}) moves or has a new leader, and mus "
                       "cannot read from it which department and leader they have now.",
                       "Write the employee's department and leader as they are now in their "
                       "row (or correct the note), and run the command again.", row)
        return
    changed = []
    if unit:
        mover.fields["department"] = unit
        changed.append(f'the department "{unit}"')
    if new_leader is not None:
        mover.given = Given(text=new_leader.name, email=new_leader.fields.get("email", ""))
        changed.append(f"the leader {new_leader.name} (employee {new_leader.number})")
    findings.note("note-move", f"{what} in row {row} says that employee {mover.number} "
                  f"(row {mover.row}) has moved or has a new leader: read with "
                  f"{' and '.join(changed)}, as it says.", row)


# "NB: 2057 Ahmad Haddad er ny pr. 01.12.2026 – mangler i listen": a number, then a name
_NUMBER_NAME = re.compile(r"(?<![\d.,/-])(\d{3,10})\s+([A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+)+)")
_NEW = frozenset({"ny", "nye", "nyansat", "nyansatte", "mangler", "new", "missing",
                  "tilføjes", "tilføj", "add"})


def _new_not_listed(row: int, text: str, listed: Mapping[str, str],
                    findings: Findings) -> None:
    """A note that names someone new by number and name who is not on the list: they get no
    form unless HR adds their row, so it is said (mus never makes up a row from a note)."""
    if not _NEW & set(_words(text)):
        return
    for found in _NUMBER_NAME.finditer(text):
        if found.group(1) not in listed:
            findings.warn("note-new-not-listed", f"The note in row {row} names employee "
                          f"{found.group(1)} as new or missing, and nobody on the list has that "
                          "number, so they get no form.", "If they should have one, add their "
                          "row to the list (number, name, department and leader), and run the "
                          "command again.", row)


# "1171 Pernille": a number right before a capitalised word (the person's first name, which
# _by_number checks), not a day ("30.09.2026") nor a count
_NUMBER_FIRST = re.compile(r"(?<![\d.,/-])(\d{2,10})\s+(?=[A-ZÆØÅ][a-zæøåäöüé])")
# "(nr. 1039)", "lønnr 3155", "medarb.nr. 22": an employee's number in a note
_NUMBER_IN = re.compile(r"\b(?:nr|lønnr|medarbejdernr|medarb\.?\s*nr|tjenestenr|no)\.?\s*:?\s*"
                        r"([A-Z]{0,3}-?\d{1,10})\b", re.IGNORECASE)


def _by_number(clause: str, words: tuple[str, ...], drafts: Sequence[Draft],
               said: set[tuple[str, ...]], led: Container[tuple[str, ...]]) -> list[Draft]:
    """The employees a clause names by their number and first name ("Camilla S. (nr.
    1039)"), not named before (nor leaders others have); each marked as said."""
    numbers = {m.group(1) for m in _NUMBER_IN.finditer(clause)} | {
        m.group(1) for m in _NUMBER_FIRST.finditer(clause)}  # "NB: 1171 Pernille er stoppet"
    found = [d for d in drafts if d.number in numbers and (key := _words(d.name))
             and key[0] in words and key not in said and key not in led]
    said.update(_words(d.name) for d in found)
    return found


T = TypeVar("T")


def _named(words: tuple[str, ...], found: Mapping[tuple[str, ...], T],
           said: set[tuple[str, ...]], other: Container[tuple[str, ...]] = ()) -> list[T]:
    """What ``found`` holds for each person a clause names in full, not named before (nor in
    ``other``); each is marked as said."""
    hits = [key for key in found if key not in said and key not in other
            and _names_in(words, key)]
    said.update(hits)
    return [found[key] for key in hits]


# Words of someone who leads for a while in another's place: "Trine Overgaard er konstitueret
# leder", "fungerende leder", "acting manager"
_ACTS = ACTING


def _leader_away(row: int, words: tuple[str, ...], on_leave: bool,
                 led: dict[tuple[str, ...], tuple[str, list[int]]],
                 people: dict[tuple[str, ...], Draft], said: set[tuple[str, ...]],
                 findings: Findings) -> None:
    """Refuse where a note says that a leader the leader column gives is on leave ("Malene
    Skov er på orlov til 1. april"), or that someone on the list whom the column gives as
    nobody's leader leads for a while ("Trine Overgaard er konstitueret leder for Team Øst"):
    who holds those talks is not what the column says, and mus reads leaders only from it."""
    if any(n.kind == "note-leader-away" and n.row == row for n in findings.errors):
        return  # one refusal for a note that names both the leader away and who acts
    away = _named(words, led, said)[:1] if on_leave else []
    for written, rows_led in away:
        findings.error(
            "note-leader-away", f'The note in row {row} says that the leader "{written}" is '
            f"away, but the leader column still gives them ({rows_text(rows_led)}), so it "
            "cannot be told who holds those employees' talks.", "Write in the leader column "
            "the leader who holds each employee's talk this season (or correct the note), and "
            "run the command again.", row)
    if away or not _ACTS & set(words):
        return
    for draft in _named(words, people, said, led)[:1]:
        findings.error(
            "note-leader-away", f"The note in row {row} says that employee {draft.number} "
            f"(row {draft.row}) leads in another's place, but the leader column gives them as "
            "nobody's leader, so it cannot be told who holds which talks.", "Write in the "
            "leader column the leader who holds each employee's talk this season (or correct "
            "the note), and run the command again.", row)


# A clause whose subject is some people it does not name: "Nogle er stoppet og nogle har
# skiftet team", "Enkelte har sagt op", "2 er fratrådt siden", "Some have left"
_SOME = re.compile(r"^\W*(?:(?:nb|obs|bemærk|note|ps)\b\W*)?(?:nogle|enkelte|flere|visse|"
                   r"nogen|et\s+par|some|several|a\s+few|\d{1,2})(?:\s+(?:af\s+\w+|people|"
                   r"medarbejdere|ansatte|personer|of\s+them))?\s+(?:er|har|blev|have|has|are|"
                   r"were)\b", re.IGNORECASE)


# Words of a move or a new leader: "Flyttet til Sygeplejen pr. 1/11", "ny leder Louise Nyholm"
_MOVES = frozenset({"flyttet", "flytter", "flyttes", "overflyttet", "overflyttes", "overgår",
                    "overgået", "moved", "moving", "transferred", "forflyttet"})
_CHANGE = _MOVES | frozenset({"skifter", "skiftet", "ny", "nye", "overtager", "overtaget",
                              "new", "byttet", "changed", "ændret"})
_TO = frozenset({"til", "to", "över", "nach"})
# a note's words of a move ("skifter til Indkøb"), and of a new leader ("ny leder: …")
_SHIFTS = _MOVES | frozenset({"skifter", "skiftet", "byttet", "changed", "changes"})
_NEW_WORDS = frozenset({"ny", "nye", "new"})
_LEADER_WORDS = frozenset({"leder", "leader", "chef", "manager", "nærmeste"})


def _moved_elsewhere(words: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """"Overflyttet til Børnehuset Solsikken pr. 1/11": a move to a place that is not the row's
    own department (a department of the list is said by check_remarks as such)."""
    for at, word in enumerate(words):
        if word not in _MOVES:
            continue
        rest = words[at + 1:at + 4]
        if _TO & set(rest):
            place = words[at + 2 + rest.index(next(w for w in rest if w in _TO)):][:len(own) or 2]
            return bool(place) and place != own
    return False


def check_remarks(drafts: Sequence[Draft], remarks: Sequence[tuple[int, str]],
                  findings: Findings, today: dt.date | None = None) -> None:
    """Refuse the list where a remark on a row speaks of a move or a new leader that its
    columns do not show: it names someone on the list other than the row's own person and its
    leader, or a department of the list other than its own (``remarks``: each remark column's
    index and header). A move to another employer on a day to come ("Overgår til Region Syd
    01.03.2027") is a leaving to come: until then the columns hold."""
    if not remarks or not drafts:
        return
    people = {_words(d.name): d for d in drafts if len(_words(d.name)) >= 2}
    units = {_words(d.fields["department"]) for d in drafts if d.fields["department"]}
    for d in drafts:
        for index, header in remarks:
            text = d.texts[index] if index < len(d.texts) else ""
            if not text:
                continue
            words = _words(text)
            if not _CHANGE & set(words):
                continue
            if today is not None and transferred_away(text) and (
                    moves := notice_date(text, TRANSFER_WORDS)[1]) is not None and moves > today:
                continue
            own = {_words(d.name), _words(d.given.text)}
            other = next((p for key, p in people.items() if key not in own
                          and _names_in(words, key)), None)
            unit = next((u for u in units if u and u != _words(d.fields["department"])
                         and any(words[i:i + len(u)] == u for i in range(len(words)))), None)
            elsewhere = other is None and unit is None and _moved_elsewhere(
                words, _words(d.fields["department"]))
            if other is None and unit is None and not elsewhere:
                continue
            what = (f"employee {other.number}" if other is not None else "another department"
                    if unit is not None else "another place")
            findings.error(
                "remark-change", f"The {header} in row {d.row} (employee {d.number}) speaks of a "
                f"move or a new leader ({what}) that the row's columns do not show, and mus "
                "reads the leader and the department only from their columns.", "Write the "
                "employee's leader and department as they are now in their columns (then the "
                "remark may stay), or delete the row if they work elsewhere now, and run the "
                "command again.", d.row, header)


# "Distriktslederne refererer til hjemmeplejechef Asger Johansen": whom a role reports to
_ENDINGS = ("", "e", "en", "et", "er", "ne", "ene", "erne", "s")  # "distriktsleder|ne", "kontor|et"


def sheet_notes(sheets: Iterable[Sheet]) -> list[tuple[int, str, str]]:
    """The notes on the workbook's other sheets that say whom someone reports to: a row of one
    cell of words under a table ("Alle butiksledere refererer til driftschef Line Pedersen",
    under a sheet of shops and their leaders): (row, text, sheet)."""
    return [(row, text, sheet.name) for sheet in sheets
            for row, text in reports_notes(sheet.rows, 0)]


def reports_notes(rows: Iterable[tuple[int, Sequence[Any]]],
                  start: int) -> list[tuple[int, str]]:
    """The rows whose one cell of words, right of column ``start`` (0-based), says whom someone
    reports to: a note under a table of units beside the list ("Enhedsansvarlige refererer til
    havnechefen", under its last unit), or on a sheet of its own."""
    found = []
    for row, values in rows:
        texts = [t for t in map(cell_text, values[start:]) if t]
        if len(texts) == 1 and len(texts[0].split()) >= 4 and REPORTS.search(texts[0]):
            found.append((row, texts[0]))
    return found


def leaders_from_notes(texts: Sequence[tuple[int, str]], drafts: Sequence[Draft],
                       findings: Findings, sheet: str = "") -> None:
    """A note (``texts``: note_texts) that says whom the holders of a job title report to
    ("Distriktslederne refererer til hjemmeplejechef Asger Johansen", under the list), naming
    one person on the list in full: the employees of that title who have no leader in the
    list's columns get that person as their leader, said. Whoever the columns give a leader
    keeps them."""
    leaderless = [d for d in drafts if (not d.given.said or _self_led(d))
                  and (d.fields["job_title"] or d.fields["department"])]
    if not leaderless or not texts:
        return
    people = {_words(d.name): d for d in drafts}
    titled = any(d.fields["job_title"] for d in drafts)
    for row, text in texts:
        for clause in _CLAUSES.split(text):
            found = REPORTS.search(clause)
            if found is None:
                leaderless = _covered(row, clause, drafts, leaderless, findings)
                continue
            subject = _words(clause[:found.start()])
            after = _words(clause[found.end():])
            named = [d for key, d in people.items() if _names_in(after, key)] or [
                # "… refererer til dagtilbudschefen": the one person who holds that title
                d for d in drafts if d.fields["job_title"] and _holds(after[:1], d.fields[
                    "job_title"])]
            if not named and (outside := _named_outside(clause[found.end():])) is not None:
                # "Skolelederen refererer til skolechef Bente Lauritsen, Børn og Unge
                # (bla@…)": a leader not on the list, by name and address
                who = [d for d in leaderless if _holds(subject, d.fields["job_title"])]
                for d in who:
                    d.given = Given(text=outside[0], email=outside[1])
                if who:
                    findings.note("note-leader", f"The note in row {row} says whom the "
                                  f"{who[0].fields['job_title']} employees report to: "
                                  f"{outside[0]}, who is not on the list (their address as the "
                                  f"note gives it), is read as the leader of "
                                  f"{rows_text([d.row for d in who])}.", row,
                                  rows=[d.row for d in who])
                    leaderless = [d for d in leaderless if d not in who]
                continue
            if len(named) != 1:
                leaderless = _own_unit_heads(row, clause[:found.start()], after, drafts,
                                             leaderless, findings)
                continue
            boss = named[0]
            who = [d for d in leaderless if d is not boss and _holds(subject, d.fields[
                "job_title"])] or [d for d in leaderless if d is not boss and _holds(
                    subject, d.fields["job_title"], compound=True)]
            # "… og kontoret refererer til …": the unit named too, its people with no leader
            # (or, where the list gives no job titles, a word of it: "Teknikerne" for the
            # leaderless of "Manege & teknik"; where it does, the titles say who is meant)
            who += [d for d in leaderless if d is not boss and d not in who
                    and d.fields["department"] and any(_holds(subject, part) for part in (
                        d.fields["department"], *(() if titled else _words(
                            d.fields["department"]))))]
            whom = f"{who[0].fields['job_title']} employees" if who else ""
            if not who and _HEADS.search(" ".join(subject)):
                # "Enhedsansvarlige refererer til havnechefen": the heads of the units, those
                # the list gives as someone's leader, who have none themselves
                who = [d for d in leaderless if d is not boss and _heads_someone(d, drafts)]
                whom = "heads of the units"
            # "(asger.johansen@…)": the address the note gives them, where it gives one
            addresses = [t for t in (w.strip("()<>[],;:.") for w in clause[found.end():]
                                     .split()) if valid_email(t)]
            for d in who:
                d.given = Given(number=boss.number,
                                email=addresses[0] if len(addresses) == 1 else "")
            if who:
                where = f'row {row} of the sheet "{sheet}"' if sheet else f"row {row}"
                findings.note("note-leader", f"The note in {where} says whom the "
                              f"{whom} report to: {boss.name} "
                              f"(employee {boss.number}) is read as the leader of "
                              f"{rows_text([d.row for d in who])}, who have none in the "
                              "leader columns.", row, rows=[d.row for d in who])
                leaderless = [d for d in leaderless if d not in who]


# a clause's subject that is the heads of the units, whatever their titles: "Afdelingslederne",
# "Enhedsansvarlige", "Teamledere", "Cheferne" (a plural or definite word of leading)
_HEADS = re.compile(r"(?:^|\s)\w*(?:leder(?:e|ne)|ansvarlige|chef(?:er|erne)|"
                    r"managers|heads)(?:\s|$)")


def _heads_someone(draft: Draft, drafts: Sequence[Draft]) -> bool:
    """Whether the list gives ``draft`` as another person's leader (by number or name)."""
    name = _words(draft.name)
    return any(d is not draft and ((d.given.number and d.given.number == draft.number) or (
        d.given.text and _words(d.given.text) == name)) for d in drafts)


_OUTSIDE_NAME = re.compile(r"\b([A-ZÆØÅ][a-zæøåäöüé]+(?:[ -][A-ZÆØÅ][a-zæøåäöüé]+){1,2})\b")


def _named_outside(text: str) -> tuple[str, str] | None:
    """The name and address of one person a note names after "refererer til" ("skolechef
    Bente Lauritsen, Børn og Unge (bla@…)"): the first name-like words, and the one address;
    None without both."""
    addresses = [t for t in (w.strip("()<>[],;:.") for w in text.split()) if valid_email(t)]
    found = _OUTSIDE_NAME.search(text)
    if len(addresses) != 1 or found is None:
        return None
    return found.group(1), addresses[0]


# "… refererer til filialchefen i egen filial": the holder of the title in one's own unit
_OWN = frozenset({"egen", "eget", "egne", "sin", "sit", "sine", "own"})
# a clause's subject that is everyone (not the holders of one title)
_EVERYONE = frozenset({"medarbejdere", "medarbejderne", "ansatte", "alle", "personalet",
                       "employees", "staff", "everyone", "øvrige", "resten"})


def _own_unit_heads(row: int, subject_text: str, after: tuple[str, ...],
                    drafts: Sequence[Draft], leaderless: list[Draft],
                    findings: Findings) -> list[Draft]:
    """"Medarbejdere refererer til filialchefen i egen filial": each leaderless employee (of
    the clause's subject: everyone, or a title) is led by the one holder of that title in
    their own department, said; a department with none or several is left to what else says
    it. Returns who is still leaderless."""
    if not set(after) & _OWN:
        return leaderless
    holders = [d for d in drafts if d.fields["job_title"] and d.fields["department"]
               and _holds(after[:1], d.fields["job_title"])]
    units: dict[str, list[Draft]] = {}
    for d in holders:
        units.setdefault(d.fields["department"], []).append(d)
    subject = _words(subject_text)
    everyone = bool(set(subject) & _EVERYONE)
    who = [(d, units[d.fields["department"]][0]) for d in leaderless
           if d not in holders and len(units.get(d.fields["department"], ())) == 1
           and (everyone or _holds(subject, d.fields["job_title"]))]
    if len(units) < 2 or not who:
        return leaderless
    for d, head in who:
        d.given = Given(number=head.number)
    rows = [d.row for d, _ in who]
    findings.note("note-leader", f"The note in row {row} says the employees report to the "
                  f"{holders[0].fields['job_title']} of their own unit: each is read so "
                  f"({rows_text(rows)}).", row, rows=rows)
    return [d for d in leaderless if all(d is not w for w, _ in who)]


# "Thomas Lykke (Billund) dækker Esbjerg": one who covers another unit's leading
_COVERS = frozenset({"dækker", "varetager", "covers", "dækkes"})


def _covered(row: int, clause: str, drafts: Sequence[Draft], leaderless: list[Draft],
             findings: Findings) -> list[Draft]:
    """A clause that says one person on the list covers a unit ("Thomas Lykke (Billund)
    dækker Esbjerg"): that unit's leaderless employees are led by them, said. Returns who is
    still leaderless."""
    words = _words(clause)
    if not set(words) & _COVERS:
        return leaderless
    named = [d for d in drafts if _names_in(words, _words(d.name))]
    units = {d.fields["department"] for d in leaderless if d.fields["department"] and (
        key := _words(d.fields["department"])) and any(
        words[i:i + len(key)] == key for i in range(len(words)))}
    if len(named) != 1 or len(units) != 1:
        return leaderless
    boss, unit = named[0], units.pop()
    who = [d for d in leaderless if d.fields["department"] == unit and d is not boss]
    if not who:
        return leaderless
    for d in who:
        d.given = Given(number=boss.number)
    rows = [d.row for d in who]
    findings.note("note-leader", f"The note in row {row} says {boss.name} (employee "
                  f"{boss.number}) covers the unit \"{unit}\": read as the leader of "
                  f"{rows_text(rows)}.", row, rows=rows)
    return [d for d in leaderless if d not in who]


def _holds(subject: tuple[str, ...], title: str, compound: bool = False) -> bool:
    """Whether a clause's subject names a job title, as one word with a plural or definite
    ending ("Distriktslederne" for "Distriktsleder"; a title of a few words as those words,
    "teknisk leder"), or (``compound``) as the last part of
    a longer word ("institutionsledere" for "Leder", where no title is named whole)."""
    words = _words(title)
    if 1 < len(words) <= 3 and not compound:
        # "Teknisk leder" in "Vagtlederne og teknisk leder refererer til …": the words in a row,
        # the last with its ending
        size = len(words)
        return any(subject[i:i + size - 1] == words[:-1] and _holds(
            subject[i + size - 1:i + size], words[-1]) for i in range(len(subject) - size + 1))
    if len(words) != 1 or len(words[0]) < 4:
        return False
    title = words[0]
    # (a title in -er, -el or -en drops its e before an ending: "Mester" → "Mestrene"; one
    # in -mand has its plural in -mænd: "Formand" → "Formænd")
    stems = (title, title[:-2] + title[-1]) if title[-2:] in ("er", "el", "en") else (
        (title, title[:-4] + "mænd") if title.endswith("mand") else (title,))
    return any(w == stem + end or (compound and w.endswith(stem + end) and len(w) >= len(
        stem + end) + 4) for w in subject for stem in stems for end in _ENDINGS)


def _self_led(draft: Draft) -> bool:
    """The row gives its own person as its leader (a block's heading naming the leader who
    stands first in the block): no leader, as far as the columns go."""
    given = draft.given
    return bool((given.number and given.number == draft.number) or (
        given.text and _words(given.text) == _words(draft.name)))


def leavers_beside(rows: Sequence[tuple[int, Sequence[Any]]], header: tuple[int, Sequence[str]],
                   first: int, drafts: list[Draft], leavers: list[Any], today: dt.date,
                   findings: Findings) -> None:
    """A small table of leavers beside the list, past its columns (from ``first``; ``header``:
    the list's header row and its texts, where the table's title may stand): a title
    that says its people left ("Stoppet i år", "Fratrådte 2026") over a column of names, a
    last day maybe beside them. Each person of the list it names whose day has gone by (or
    who has no day) is a leaver, said; one whose last day is still to come stays, said."""
    from pipeline.sheets.dates import read_date

    width = max((len(v) for _, v in rows), default=0)
    for col in range(first, width):
        # the title first (in the list's header row, or the column's first text): most
        # columns past the list say nothing of leaving, and are not read further
        heading = header[1][col] if col < len(header[1]) and header[1][col] else next(
            (t for _, v in rows if (t := cell_text(value_at(v, col)))), "")
        if not heading or status_state(heading) != LEFT:
            continue
        cells = [(n, cell_text(value_at(v, col)), value_at(v, col + 1)) for n, v in rows]
        filled = [(n, t, after) for n, t, after in cells if t]
        if col < len(header[1]) and header[1][col]:  # the title in the list's header row
            filled.insert(0, (header[0], header[1][col], None))
        if len(filled) < 2:
            continue
        title_row, title = filled[0][0], filled[0][1].partition("(")[0].strip()[:40]
        by_name = {normal_name(d.name): d for d in drafts}
        gone: list[tuple[Draft, dt.date | None]] = []
        staying: list[Draft] = []
        for _, text, after in filled[1:]:
            draft = by_name.get(normal_name(text))
            if draft is None:
                continue
            try:
                day = read_date(after) if after not in (None, "") else None
            except ValueError:
                day = None
            if day is not None and day >= today:
                staying.append(draft)
            else:
                gone.append((draft, day))
        if not gone:
            continue
        for draft, day in gone:
            drafts.remove(draft)
            leavers.append(Absent(draft.row, draft.number, draft.name,
                                  f"named under \"{title}\" (row {title_row})"
                                  + (f": left {day:%d-%m-%Y}" if day else ""), day))
        rows_gone = sorted(d.row for d, _ in gone)
        findings.note("leavers-beside", f"The table beside the list under row {title_row} "
                      f"names people who left: {rows_text(rows_gone)} "
                      f"{'is read as a leaver' if len(rows_gone) == 1 else 'are read as leavers'}"
                      + (f"; {rows_text([d.row for d in staying])} "
                         f"{'leaves' if len(staying) == 1 else 'leave'} on a day still to "
                         "come and get a form" if staying else "") + ".", title_row,
                      rows=rows_gone)
        return

