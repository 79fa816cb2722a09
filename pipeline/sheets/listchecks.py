"""Checks over the whole list, said as warnings: the same person twice, addresses no mail server
takes, employee numbers that lost their leading zeros, meeting dates already past, and leaders
that could not be found in the list."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from pipeline.sheets.findings import Findings, and_list, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.leaders import Leader
from pipeline.sheets.leadertext import (
    BRACKETED,
    BY_TITLE,
    BY_UNIT,
    LINE,
    POSITION,
    POST_IN_UNIT,
    SEVERAL,
    TITLE,
    TITLE_FIRST,
    WITH_ID,
    heads_all,
    leads,
    name_beside_number,
    top_unit,
)
from pipeline.sheets.names import is_object_id, normal_name
from pipeline.sheets.persons import PARTICLES
from pipeline.sheets.rows import names_a_unit
from pipeline.sheets.values import has_digit, mail_domain, valid_email

if TYPE_CHECKING:
    from pipeline.sheets.mapping import ListLayout

_KIND_WORDS = {"initials": "those initials or that user name", "number": "that employee number",
               "link": "that link (a profile's address)",
               "e-mail": "that e-mail address or user principal name",
               "dn": "that distinguished name", "guid": "that directory object ID",
               "name": "that name"}


_READ_AS = {LINE: "as the last step of a management line", WITH_ID: "from a name and an ID "
            "that agree", TITLE: "from the name before a title", TITLE_FIRST: "from the name after "
            "a job title the list gives", POSITION: "as the one person whose job title it is",
            POST_IN_UNIT: "as the one person with that job title in that department",
            BY_UNIT: "as the one of that name who leads the employee's unit (by their "
            "department or job title)", BY_TITLE: "as the only one of that name whose job title "
            "says they lead", BRACKETED: "from the name in brackets after a title"}


def _header(layout: ListLayout, key: str) -> str | None:
    use = layout.fields.get(key)
    return use.header if use else None


def check_list(drafts: Sequence[Any], layout: ListLayout, findings: Findings,
               today: dt.date) -> None:
    by_email: dict[str, list[Any]] = defaultdict(list)
    for d in drafts:
        email = d.fields["email"]
        if not email:
            continue
        by_email[email.casefold()].append(d)
        if not valid_email(email):
            findings.warn("email", f'The e-mail address "{email}" of employee {d.number} is not '
                          "a valid address, so their form cannot be mailed.",
                          "Correct the address.", d.row, _header(layout, "email"))
    theirs = _leaders_addresses(drafts, by_email, layout, findings)
    for same in () if theirs else by_email.values():
        numbers = {d.number for d in same}
        if len(numbers) > 1:
            findings.warn("same-person", f'The e-mail address "{same[0].fields["email"]}" is '
                          f"given for {len(numbers)} employee numbers "
                          f"({', '.join(sorted(numbers))}; {rows_text([d.row for d in same])}).",
                          "If it is one person listed twice, delete the extra row; if a "
                          "mailbox is shared, nothing to do.", same[0].row,
                          _header(layout, "email"), [d.row for d in same])
    leader_addresses: dict[str, list[int]] = defaultdict(list)
    for d in drafts:
        address = d.given.email
        if address and not valid_email(address):
            leader_addresses[address].append(d.row)
    for address, rows in leader_addresses.items():
        findings.warn("leader-email", f'The leader\'s e-mail address "{address}" '
                      f"({rows_text(rows)}) is not a valid address, so leaders' forms cannot be "
                      "mailed to it.", "Correct the address.", rows[0],
                      _header(layout, "leader_email"), rows)
    _lost_zeros(drafts, layout, findings)
    for d in drafts:
        if d.meeting is not None and d.meeting < today:
            findings.warn("past", f"The meeting date {d.meeting:%d-%m-%Y} of employee {d.number} "
                          "is in the past.", "Correct the date, or leave it empty.", d.row,
                          _header(layout, "meeting_date"))


_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue",
                       "é": "e"})


def _fits_address(name: str, address: str) -> bool:
    """Whether an address is written for a name: its local part holds the last name
    ("niels.aagaard@" for Niels Aagaard, "soeren.hjorth@" for Søren Hjorth), or is the name's
    initials ("ljj@" for Line Jensen Johansen, "ca@" for Christian Ærenlund)."""
    words = name.casefold().replace("-", " ").split()
    parts = [w.translate(_FOLD) for w in words]
    local = address.casefold().split("@", 1)[0]
    if len(parts) < 2:
        return False
    if len(parts[-1]) >= 3 and parts[-1] in local:
        return True
    letters = "".join(c for c in local if c.isalpha())
    if len(letters) == 3 and letters in (words[0][0] + words[-1][:2], parts[0][0] + parts[-1][:2]):
        return True  # "cho@" for Claus Holm, "skj@" for Søren Kjær: a school's short form
    return 2 <= len(letters) <= len(words) and letters in (
        "".join(w[0] for w in words), "".join(p[0] for p in parts),
        words[0][0] + words[-1][0], parts[0][0] + parts[-1][0])


def _leaders_addresses(drafts: Sequence[Any], by_email: dict[str, list[Any]],
                       layout: ListLayout, findings: Findings) -> bool:
    """An e-mail column that holds each row's leader's address, not the employee's own
    (shared within each team, and written for the leader's name): as employees' addresses
    every form would go to the leader. Refused with the column."""
    shared = [d for same in by_email.values() if len({x.number for x in same}) > 1 for d in same]
    if len(shared) < max(3, 0.5 * len(drafts)):
        return False
    theirs = [d for d in shared if d.given.text and _fits_address(d.given.text, d.fields["email"])]
    if len(theirs) < 0.8 * len(shared):
        return False
    column = _header(layout, "email")
    rows = [d.row for d in theirs]
    findings.error("email-is-leaders", f'The column "{column}" holds the address of each '
                   f"row's leader, not the employee's own ({rows_text(rows)}: the same address "
                   "across a team, written for the leader's name), so every employee's form "
                   "and mail would go to their leader.", 'Head the column "Leders e-mail" if '
                   "it is the leader's address, and give the employees' own addresses in a "
                   '"Mail" column (or none, where they have none), and run the command again.',
                   rows[0], column)
    return True


def _uncapitalised(text: str) -> bool:
    """Words, not a name, where a name goes: without a capital ("afventer ny struktur",
    "følger senere"), starting with a word in lower case ("spørg Bente"), holding a question
    mark ("?? ny TL") or all in brackets ("(Kurt stoppet)"); two words or more, no address,
    no digit."""
    text = text.strip()
    if " " not in text or "@" in text or has_digit(text) or not any(c.isalpha() for c in text):
        return False
    if text == text.casefold() or "?" in text or (text[0] == "(" and text[-1] == ")"):
        return True
    first = text.split()[0]
    return first[:1].isalpha() and first[:1].islower() and first.casefold() not in PARTICLES


def _lost_zeros(drafts: Sequence[Any], layout: ListLayout, findings: Findings) -> None:
    """``418`` stored as a number where other numbers are written ``00419``: Excel drops the
    zeros of a number typed into a General cell."""
    index = layout.fields["number"].index
    widths: set[int] = set()
    padded = 0
    numeric: list[Any] = []
    for d in drafts:
        raw = value_at(d.values, index)
        if isinstance(raw, str) and raw.startswith("0") and raw.isdigit():
            widths.add(len(raw))
            padded += 1
        elif isinstance(raw, int | float) and not isinstance(raw, bool):
            numeric.append(d)
    if padded < 2 or len(widths) != 1:
        return  # one odd number proves nothing
    width = widths.pop()
    short = [d for d in numeric if len(d.number) < width]
    if short:
        findings.warn("zeros", f"Employee numbers in {rows_text([d.row for d in short])} are "
                      f"stored as numbers ({short[0].number}) while others have leading zeros "
                      f"({width} digits): Excel may have dropped their zeros.",
                      'Format the column as text (or with the number format "'
                      + "0" * width + '") and check those numbers.', short[0].row,
                      _header(layout, "number"), [d.row for d in short])


def _crossed_addresses(drafts: Sequence[Any], leaders: Sequence[Leader | None],
                       layout: ListLayout, findings: Findings) -> None:
    """A leader given with an address that the list gives, on most of its rows, for another
    leader ("Nanna Fog" beside "joergen.froelund@…"): which of the two is meant cannot be
    told, so the list is refused with the rows."""
    by_leader: dict[str, Counter[str]] = defaultdict(Counter)
    rows: dict[tuple[str, str], list[int]] = defaultdict(list)
    named: dict[str, str] = {}
    for d, leader in zip(drafts, leaders, strict=True):
        if leader is None or not d.given.email or not (d.given.text or d.given.number):
            continue
        who = leader.number if leader.found else normal_name(d.given.text or d.given.number)
        address = d.given.email.casefold()
        by_leader[who][address] += 1
        rows[(who, address)].append(d.row)
        named.setdefault(who, leader.name if leader.found else d.given.text or d.given.number)
    usual = {who: counts.most_common(1)[0] for who, counts in by_leader.items()}
    owner = {address: who for who, (address, n) in usual.items()
             if n > sum(by_leader[who].values()) / 2}
    column = _header(layout, "leader_email")
    for who, counts in by_leader.items():
        for address in counts:
            other = owner.get(address)
            if other is None or other == who or usual.get(who, ("", 0))[0] == address:
                continue
            where = rows[(who, address)]
            findings.error("leader-crossed", f'The leader "{named[who]}" ({rows_text(where)}) is '
                           f'given with the e-mail "{address}", which the list gives for '
                           f'"{named[other]}" on their other rows, so mus cannot tell who leads '
                           "these employees.", "Correct the leader's name or e-mail in these "
                           "rows so they name the same person, and run the command again.",
                           where[0], column)


def _others_address(drafts: Sequence[Any], leaders: Sequence[Leader | None],
                    layout: ListLayout, findings: Findings) -> list[Leader | None]:
    """A leader's e-mail column that gives one address for several leaders on the list, each
    of whom has another address on their own row ("Områdechef mail" beside "Butikschef": the
    area chief's address on every shop's rows): the address is none of theirs, so each leader's
    own address is used, warned."""
    shared: dict[str, set[str]] = defaultdict(set)  # given address → leaders (numbers)
    for d, leader in zip(drafts, leaders, strict=True):
        if leader is not None and leader.found and leader.own_email and d.given.email:
            shared[d.given.email.casefold()].add(leader.number)
    others = {a for a, numbers in shared.items() if len(numbers) >= 2}
    if not others:
        return list(leaders)
    out: list[Leader | None] = []
    rows: list[int] = []
    names: dict[str, str] = {}
    for d, leader in zip(drafts, leaders, strict=True):
        if leader is not None and leader.own_email and d.given.email.casefold() in others:
            names.setdefault(leader.number, leader.name)
            leader = replace(leader, email=leader.own_email, own_email="")
            rows.append(d.row)
        out.append(leader)
    said = ", ".join(list(names.values())[:3]) + (" …" if len(names) > 3 else "")
    findings.warn("leader-email-others", f"The leader's e-mail column gives one address for "
                  f"several leaders, each of whom has another address on their own row ({said}; "
                  f"{rows_text(rows)}), so it is someone else's (a leader above them?): each "
                  "leader's address from their own row is used.", "If the column is the "
                  "leader's e-mail, correct it; if it is another person's, head it so "
                  '("Områdechef mail").', rows[0], _header(layout, "leader_email"), rows)
    return out


def _address_from_other_rows(drafts: Sequence[Any], leaders: Sequence[Leader | None],
                             layout: ListLayout, findings: Findings) -> list[Leader | None]:
    """A leader's e-mail filled in on some of the rows that name the leader and left empty on
    the others: the address belongs to the leader, not to the row, so the rows without it take
    the one address their other rows give (said); a leader given two addresses is left as
    written (_crossed_addresses and the leader checks say so)."""
    def who(d: Any, leader: Leader) -> str:
        return leader.number if leader.found else normal_name(d.given.text or d.given.number)

    if not any(leader is not None and not leader.email and not leader.is_self
               and not d.given.email for d, leader in zip(drafts, leaders, strict=True)):
        return list(leaders)  # (most lists: every leader has an address, or none does)
    given: dict[str, set[str]] = defaultdict(set)  # leader → the addresses the rows give
    for d, leader in zip(drafts, leaders, strict=True):
        if leader is not None and d.given.email and leader.email and not leader.is_self:
            given[who(d, leader)].add(leader.email)
    out: list[Leader | None] = []
    rows: list[int] = []
    for d, leader in zip(drafts, leaders, strict=True):
        if leader is not None and not leader.email and not leader.is_self and not d.given.email:
            addresses = given.get(who(d, leader), set())
            if len({a.casefold() for a in addresses}) == 1:
                leader = replace(leader, email=min(addresses))
                rows.append(d.row)
        out.append(leader)
    if rows:
        findings.note("leader-email-other-rows", "The leader's e-mail is empty in "
                      f"{rows_text(rows)}; each of these rows names a leader whose address "
                      "the list gives on other rows, so that address is used.", rows[0],
                      _header(layout, "leader_email"), rows)
    return out


def _in_any_cell(text: str, drafts: Sequence[Any], layout: ListLayout) -> bool:
    """Whether a cell of the list outside its leader columns says ``text`` (a job code some
    row has, not a unique one)."""
    folded = text.casefold()
    leaders = {u.index for k, u in layout.fields.items() if k.startswith("leader")}
    return any(t.casefold() == folded for d in drafts for i, t in enumerate(d.texts)
               if i not in leaders)


# A leader cell that leaves the choice open: "Tove eller Christian", "Anna or Bo", "(aftales)"
# (a post not filled, "TBD", "Vakant", is a vacancy: persons.py)
_UNDECIDED = re.compile(r"\s(?:eller|or|alternativt)\s|\b(?:aftales|afklares|uafklaret|"
                        r"ikke\s+afgjort|undecided)\b", re.IGNORECASE)


def _initials_of_names(given: str, drafts: Sequence[Any]) -> list[str]:
    """The employee numbers of those whose name's first letters are ``given`` ("MH" for Mette
    Holm and for Morten Hvid; "ABR" or "AR" for Anne Bøgh Ravn)."""
    wanted = given.casefold()
    if not wanted.isalpha() or not 2 <= len(wanted) <= 4:
        return []
    fits = []
    for d in drafts:
        parts = [p for p in d.name.replace("-", " ").split() if p[:1].isalpha()]
        if len(parts) >= 2 and wanted in ("".join(p[0] for p in parts).casefold(),
                                          (parts[0][0] + parts[-1][0]).casefold()):
            fits.append(d.number)
    return fits


def _domains(drafts: Sequence[Any]) -> set[str]:
    """The domains of the list's own addresses (the organisation's), when most rows have one."""
    own = [mail_domain(d.fields["email"]) for d in drafts if "@" in d.fields["email"]]
    return set(own) if len(own) * 2 > len(drafts) else set()


def _own_leaders(drafts: Sequence[Any], leaders: Sequence[Leader | None], selves: Sequence[int],
                 out: list[Leader | None], findings: Findings, column: str | None) -> None:
    """Those given as their own leader (the heads of their units, "Uffe Rasmussen" beside
    his own name) have no leader, said; where the list has one top, the one person given no
    leader at all whose title says they lead ("Direktør"), the heads report to them, said
    as read so."""
    if not selves:
        return
    tops = [i for i, (d, leader) in enumerate(zip(drafts, leaders, strict=True))
            if leader is None and not d.given.said and leads(d.fields.get("job_title", ""))]
    heads = selves
    if len(tops) != 1:
        # the heads of the units, each given as their own leader, one of them the head of the
        # whole ("Indehaver" over the office, "Afdelingsleder" over each branch): the others
        # report to them
        tops = [i for i in selves if heads_all(drafts[i].fields.get("job_title", ""))] or [
            i for i in selves if top_unit(drafts[i].fields["department"])] or _chief_of(
            [drafts[i].fields.get("job_title", "") for i in selves], selves)
        heads = [i for i in selves if i not in tops]
    if len(tops) == 1 and heads and len(selves) >= 2:
        top = drafts[tops[0]]
        why = "the one on the list with no leader whose title says they lead"
        if tops[0] in selves:
            _no_leader_of_own(top, findings, column)
            why = (f'given as their own leader too, whose title ("{top.fields["job_title"]}") '
                   "says they head the whole") if heads_all(top.fields.get("job_title", "")) \
                else (f'given as their own leader too, who leads "{top.fields["department"]}", '
                      "the top management") if top_unit(top.fields["department"]) else (
                f'given as their own leader too, whose title ("{top.fields["job_title"]}") is '
                "a chief's where the others' are a leader's")
        email = top.fields.get("email", "") or next((  # the address a heading gives with them
            d.given.email for d in drafts if d.given.email and d.given.text
            and normal_name(d.given.text) == normal_name(top.name)), "") or next((
                # or a table of units with them as a unit's leader ("SMA | sma@…")
                leader.email for leader in leaders if leader is not None and leader.email
                and leader.number == top.number), "")
        selves = heads
        for i in selves:
            out[i] = Leader(top.name, email, top.number, "name", found=True)
        rows = [drafts[i].row for i in selves]
        findings.note("own-leader-top", f"{rows_text(rows).capitalize()} give their own person "
                      "as the leader (each heads their unit); their leader is taken to be "
                      f"{top.name} (employee {top.number}, row {top.row}), {why}.", rows[0],
                      column, rows)
        return
    for i in selves:
        _no_leader_of_own(drafts[i], findings, column)


def _unit_head(drafts: Sequence[Any], unit: str) -> Any:
    """The one person of a unit (by the list's department) whose title says they head the
    whole ("Adm. direktør"), else the one whose title says they lead ("Afdelingsleder"); None
    where no one or several do."""
    wanted = " ".join(unit.casefold().split())
    people = [d for d in drafts
              if " ".join(d.fields["department"].casefold().split()) == wanted]
    for says_so in (heads_all, leads):
        found = [d for d in people if says_so(d.fields.get("job_title", ""))]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _no_leader_of_own(d: Any, findings: Findings, column: str | None) -> None:
    findings.note("own-leader", f"Employee {d.number} ({d.name}, row {d.row}) is given as "
                  "their own leader, so they have no leader (and no leader's form about "
                  "themselves).", d.row, column)


def report_leaders(drafts: Sequence[Any], leaders: Sequence[Leader | None], layout: ListLayout,
                   findings: Findings, gone: Set[str] = frozenset(),
                   vacant: Mapping[str, int] = MappingProxyType({})) -> list[Leader | None]:
    """Each employee's leader as the forms will show them, with what HR should know said: a
    leader not found, found twice, who has left (``gone``: their numbers), or the employee
    themselves (no leader then: nobody fills in a leader's form about themselves)."""
    _crossed_addresses(drafts, leaders, layout, findings)
    leaders = _others_address(drafts, leaders, layout, findings)
    leaders = _address_from_other_rows(drafts, leaders, layout, findings)
    found_any = any(leader is not None and leader.found and not leader.is_self
                    for leader in leaders)
    column = _header(layout, "leader") or _header(layout, "leader_number") or _header(
        layout, "leader_email")
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    shown: dict[tuple[str, str, str], Leader] = {}
    selves: list[int] = []  # rows given as their own leader
    read_as: dict[str, tuple[str, str, list[int]]] = {}  # how → (example, its leader, rows)
    out: list[Leader | None] = []
    outside: dict[str, list[int]] = {}  # leaders not on the list, with no address: → rows
    as_unit: dict[str, list[int]] = {}  # a unit or a body given as the leader: → rows
    units = {" ".join(d.fields["department"].casefold().split()) for d in drafts} - {""}
    external: dict[str, list[int]] = {}  # leaders' addresses outside the organisation → rows
    domains = functools.cache(lambda: _domains(drafts))  # (worked out where it is needed)
    unit_like = functools.lru_cache(maxsize=None)(lambda text: names_a_unit(text, units))
    as_words: dict[str, list[int]] = {}  # words given as the leader, no one's name → rows
    as_vacant: dict[str, list[int]] = {}  # a post not filled given as the leader → rows
    capitalised = functools.cache(lambda: sum(
        d.name[:1].isupper() for d in drafts) >= 0.9 * len(drafts))
    for d, leader in zip(drafts, leaders, strict=True):
        out.append(leader)
        if leader is None:
            continue
        given = d.given.text or d.given.number or d.given.email
        if leader.is_self:
            selves.append(len(out) - 1)
            out[-1] = None
            continue
        if leader.found and leader.via:
            read_as.setdefault(leader.via, (given, leader.name, []))[2].append(d.row)
        if leader.found:
            if leader.number in gone:
                key = ("left", given, leader.number)
                out[-1] = replace(leader, email="")
            elif leader.own_email:
                key = ("mismatch", d.given.email, leader.own_email)
            elif leader.old_address:
                key = ("old-domain", leader.old_address, leader.email)
            elif leader.loose:
                key = ("loose", given, leader.number)
            else:
                continue
            groups[key].append(d.row)
            shown[key] = leader
            continue
        if not leader.ambiguous and d.given.text and unit_like(d.given.text):
            as_unit.setdefault(d.given.text, []).append(d.row)  # "Afsnit Rosen": no one
            out[-1] = None
            continue
        if not leader.ambiguous and _uncapitalised(d.given.text) and capitalised():
            # "afventer ny struktur": words, where the list writes every name with capitals
            as_words.setdefault(d.given.text, []).append(d.row)
            out[-1] = None
            continue
        if vacant and not leader.ambiguous and normal_name(given) in vacant:
            # "Projektleder Renovering", the post of a row "VAKANT": nobody leads them now
            as_vacant.setdefault(given, []).append(d.row)
            out[-1] = None
            continue
        if leader.ambiguous:
            key = ("ambiguous", given, "")
        elif leader.kind == "name" and not found_any and not name_beside_number(given):
            # leaders are simply not in this list: their names are used as written, and where
            # no address is given either, that their mail goes nowhere is worth a word
            if not d.given.email:
                outside.setdefault(given, []).append(d.row)
            continue
        elif leader.kind == "e-mail" and found_any and valid_email(given) and \
                mail_domain(given) not in domains() and len(domains()) <= 3:
            # an accountant outside the firm who approves the director's expenses (Expensify's
            # "Submits To"): no leader's form or mail goes outside the organisation
            external.setdefault(given, []).append(d.row)
            out[-1] = None
            continue
        else:  # a system's key that finds nobody names no one: refused below
            key = ("missing", given, "guid" if is_object_id(given) else leader.kind)
        groups[key].append(d.row)
        shown[key] = leader
    _own_leaders(drafts, leaders, selves, out, findings, column)
    leading = {leader.number for leader in leaders if leader is not None and leader.found}
    by_row = {d.row: d for d in drafts}
    at = {d.row: i for i, d in enumerate(drafts)}
    for text, rows in as_unit.items():
        head = _unit_head(drafts, text)
        if head is not None and head.row not in rows:
            # "Direktionen" as the leader, and one of its people the head of the whole by
            # title ("Adm. direktør" beside "Investeringsdirektør"): that person
            for r in rows:
                out[at[r]] = Leader(head.name, head.fields.get("email", ""), head.number,
                                    "name", found=True)
            findings.note("leader-unit-head", f'The leader "{text}" ({rows_text(rows)}) names '
                          f"a unit; its head is taken to be the leader: {head.name} (employee "
                          f'{head.number}, row {head.row}, "{head.fields["job_title"]}"), the '
                          "one of its people whose title says they lead it.", rows[0], column,
                          rows)
            continue
        if all(by_row[r].number in leading or leads(by_row[r].fields["job_title"])
               for r in rows):
            # the top of the organisation: leaders (by who they lead, or by their title,
            # "Direktør") whose own leader is "Bestyrelsen" or "Direktionen" have no leader in
            # the list, said
            findings.warn("leader-unit", f'The leader "{text}" ({rows_text(rows)}) names a '
                          "unit or a body, not a person, so these leaders have no leader (and "
                          "no leader gets a form about them).", "Write each one's leader by "
                          "name, employee number or e-mail in the leader column if they have "
                          "one on the list.", rows[0], column, rows)
            continue
        findings.error("leader-unit", f'The leader "{text}" ({rows_text(rows)}) names a unit, '
                       "a body or a shared mailbox, not a person, so it cannot be told who "
                       "holds these employees' talks, and a leader's form sent there would go "
                       "to several people.", "Write each one's leader by name, employee number "
                       "or e-mail in the leader column (or leave it empty if nobody leads "
                       "them), and run the command again.", rows[0], column)
    for text, rows in as_vacant.items():
        findings.warn("leader-vacant", f'The leader "{text}" ({rows_text(rows)}) is a post '
                      f"the list gives as not filled (row {vacant[normal_name(text)]}), so "
                      "these employees have no leader now, and no leader gets a form about "
                      "them.", "If someone leads them for now, write that person in their "
                      "rows.", rows[0], column, rows)
    for text, rows in as_words.items():
        findings.error("leader-words", f'The leader "{text}" ({rows_text(rows)}) is written '
                       "as words (without capitals, with a question mark or in brackets), where "
                       "the list writes every name with capitals: not a person's name, so who "
                       "leads these employees is not said.",
                       "Write each one's leader by name, employee number or e-mail in the "
                       "leader column (or leave it empty if nobody leads them), and run the "
                       "command again.", rows[0], column)
    if outside:
        rows = sorted(r for found in outside.values() for r in found)
        names = list(outside)
        shown_names = ", ".join(f'"{n}"' for n in names[:3]) + (
            f" and {len(names) - 3} more" if len(names) > 3 else "")
        findings.warn("leaders-outside", f"None of the {len(names)} leader(s) named in the "
                      f"list ({shown_names}; {rows_text(rows)}) is on the list itself, and no "
                      "leader's e-mail is given, so the forms show the names as written and "
                      "the leaders' forms and mail go to nobody.", "Add the leaders' own rows "
                      'to the list, or their e-mail in a "Leders e-mail" column; if a leader '
                      "is on the list, write the name as on their own row.", rows[0], column,
                      rows)
    for address, rows in external.items():
        findings.warn("leader-external", f'The leader "{address}" ({rows_text(rows)}) is not '
                      "on the list, at a domain where nobody on it has an address (someone "
                      "outside the organisation), so these employees have no leader here and "
                      "no leader's form or mail goes there.", "If that is their leader, add "
                      "the leader's own row to the list; else write their leader in the row.",
                      rows[0], column, rows)
    for how, (example, name, rows) in read_as.items():
        said = _READ_AS.get(how, "from what else the cell says")
        findings.note("leader-read", f'The leader is read {said} ({rows_text(rows)}; '
                      f'"{example}": {name}).', rows[0], column, rows)
    for key, rows in groups.items():
        what, given, extra = key
        leader = shown[key]
        where = rows_text(rows)
        if what == "left":  # the forms would name someone gone as the one holding the MUS
            findings.error("leader-left", f'The leader "{given}" ({where}) has left (the list '
                           "says so on their own row), so these forms would name someone who is "
                           "gone as the leader, and the leader's forms would go to nobody.",
                           "Write these employees' new leader in the rows (or leave the leader "
                           "empty if nobody leads them yet) and run the command again; to read "
                           "the leader as still here, add --include-leavers.", rows[0], column)
        elif what == "loose":
            findings.warn("leader-loose", f'The leader "{given}" ({where}) is taken to be '
                          f"{leader.name} (employee {leader.number}), the only one on the list "
                          "whose name it fits.", "If that is someone else, write the "
                          "leader's name as on their own row.", rows[0], column, rows)
        elif what == "old-domain":
            findings.note("leader-old-domain", f'The leader\'s e-mail "{given}" ({where}) is '
                          "at a domain where nobody on the list has an address; the address on "
                          f'{leader.name}\'s own row ("{extra}") is used.', rows[0],
                          _header(layout, "leader_email"), rows)
        elif what == "mismatch":
            findings.warn("leader-mismatch", f'The leader\'s e-mail "{given}" ({where}) differs '
                          f'from the address on {leader.name}\'s own row ("{extra}").',
                          "The leader's e-mail column is used; correct whichever is wrong.",
                          rows[0], _header(layout, "leader_email"), rows)
        elif what == "ambiguous" and leader.via == SEVERAL:  # two people in one cell
            findings.error("leader-ambiguous", f'The leader "{given}" ({where}) names several '
                           f"people on the list (employees {and_list(leader.fits)}), so mus "
                           "cannot tell who holds these employees' talks.", "Write the one "
                           "leader who holds each employee's talk in the leader column (another "
                           "role may go in a column of its own), and run the command again.",
                           rows[0], column)
        elif what == "ambiguous" and leader.via == WITH_ID:  # name and ID: two people
            findings.error("leader-ambiguous", f'The leader "{given}" ({where}) is given by a '
                           "name and a number (or ID) that find two different people in the "
                           f"list (employees {and_list(leader.fits)}), so mus cannot tell who "
                           "leads these employees.", "Correct the name or the number so that "
                           "both are the leader's own, and run the command again.", rows[0],
                           column)
        elif what == "ambiguous" and "@" in given:  # "lene@…", nobody's, fits two Lenes
            findings.error("leader-ambiguous", f'The leader "{given}" ({where}) is no address '
                           "on the list, and the name it spells fits several people in it "
                           f"(employees {and_list(leader.fits)}), so mus cannot tell whose "
                           "employees these are.", "Give the leader's own address as their row "
                           "has it (or their employee number), and run the command again.",
                           rows[0], column)
        elif what == "ambiguous":  # whose employee each is cannot be told: never guessed
            fits = and_list(leader.fits)
            findings.error("leader-ambiguous", f'The leader "{given}" ({where}) fits several '
                           f"people in the list (employees {fits}), so mus cannot tell whose "
                           "employees these are, and leader's forms and workbooks would go to a "
                           "guessed person.", "Give the leader by employee number or e-mail "
                           'instead (for example in a "Leders medarbejdernr." or "Leders '
                           'e-mail" column), or write the name as only one person\'s row has it.',
                           rows[0], column)
        elif extra == "name" and name_beside_number(given):  # "9001 - Ib Lund": a number, no name
            findings.warn("leader-missing", f'The leader "{given}" ({where}) is not in the '
                          f'list (nobody has that number or name); the forms show "{leader.name}",'
                          " the name without the number, and the leader's mail goes to nobody.",
                          "Add the leader's own row to the list, or give the leader's e-mail in "
                          'a "Leders e-mail" column.', rows[0], column, rows)
        elif extra in ("name", "initials") and _UNDECIDED.search(given):  # "Tove eller Chri…"
            findings.error("leader-undecided", f'The leader "{given}" ({where}) leaves open who '
                           "leads these employees (two people as a choice, or a leader still to "
                           "be agreed), so whose employees they are cannot be told.", "Write the "
                           "one leader who holds these employees' talks in the leader column "
                           "once it is decided, and run the command again.", rows[0], column)
        elif extra == "name":
            findings.warn("leader-missing", f'The leader "{given}" ({where}) is not in the '
                          "list, although other leaders are; the name is used as written"
                          + ("." if leader.name == given else f' ("{leader.name}").'),
                          "Check the spelling against the leader's own row.", rows[0], column, rows)
        elif extra == "guid":  # the forms would show a code where the leader's name goes
            findings.error("leader-id-missing", f'The leader "{given}" ({where}) is a system\'s '
                           "ID for a person, and no row on the list has that ID, so it cannot be "
                           "told who the leader is: the forms would show the ID as the leader's "
                           "name and the leader's forms would go to nobody.", "Export the "
                           "leader's name or e-mail instead of the ID (or add the leaders' own "
                           "rows, with the ID in a column of its own), and run the command "
                           "again.", rows[0], column)
        elif extra == "initials" and len(fit := _initials_of_names(given, drafts)) > 1:
            numbers = and_list(fit)
            findings.error("leader-ambiguous", f'The leader "{given}" ({where}) is no one\'s '
                           "initials or user name on the list, and it fits the names of several "
                           f"people (employees {numbers}), so mus cannot tell whose employees "
                           "these are.", "Give the leader by name, employee number or e-mail, "
                           'or add a column of initials (headed "Initialer"), and run the '
                           "command again.", rows[0], column)
        elif extra == "initials" and not leader.email and any(c.isdigit() for c in given) and (
                not _in_any_cell(given, drafts, layout)):
            # "STL-0432", a post's code: the forms would show it as the leader's name
            findings.error("leader-code-missing", f'The leader "{given}" ({where}) is a code '
                           "that no row on the list has (an ID, a post's number), so it cannot "
                           "be told who the leader is: the forms would show the code as the "
                           "leader's name and the leader's forms would go to nobody.", "Give "
                           "each employee's leader by name, employee number or e-mail (or add "
                           "the code to the leader's own row, in a column of its own), and run "
                           "the command again.", rows[0], column)
        elif not found_any and not leader.name and not leader.email:
            # no key in the column finds anyone ("L-216" where no table says whose): the
            # list gives no one's leader, though a column is headed so
            findings.error("leader-keys-unknown", f'The leader "{given}" ({where}) is not in '
                           f"the list: no row has {_KIND_WORDS[extra]}, and no other leader "
                           "in the column is found either, so the forms would name no leader "
                           "and no leader would get a form.", "Give each employee's leader by "
                           "name, employee number or e-mail (or add the leaders' own rows with "
                           "their key in a column of its own), and run the command again.",
                           rows[0], column)
        else:
            findings.warn("leader-missing", f'The leader "{given}" ({where}) is not in the '
                          f"list: no row has {_KIND_WORDS[extra]}. The forms show "
                          f'"{leader.name}".', "Add the leader's own row to the list, or give "
                          "the leader's name (and e-mail, in a \"Leders e-mail\" column).",
                          rows[0], column, rows)
    return out


# a chief's title over a leader's: "Kirkegårdschef" over "Driftsleder", "Kapelleder"
_CHIEF = re.compile(r"(?:chef|direktør|director|chief)$", re.IGNORECASE)


def _chief_of(titles: Sequence[str], selves: Sequence[int]) -> list[int]:
    """Of the heads of units, each given as their own leader, the one whose title is a
    chief's where every other one's is a leader's ("Kirkegårdschef" among "Driftsleder",
    "Kapelleder", "Ovnmester (leder)"): the head of them; [] where it is not so."""
    titles = [" ".join(t.replace("(", " ").replace(")", " ").split()) for t in titles]
    last = [(t.split() or [""])[-1] for t in titles]
    chiefs = [i for i, word in zip(selves, last, strict=True) if _CHIEF.search(word)]
    if len(chiefs) != 1 or not all(leads(t) for t in titles):
        return []
    return chiefs

