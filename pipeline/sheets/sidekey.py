"""A small table beside the list, past an empty column, with its own headers: a key HR keeps
next to the list, such as the leaders and their addresses (``Ledere | Mail`` in H:I beside a
list in A:E). Its columns are no columns of the list (a second ``Mail`` there is not the
employees' e-mail), and where it pairs names with addresses, a leader the list names without
an address is given the one the key gives, said in `mus check`.

Only a table filled on at most half as many rows as the list, whose headers name nothing the
list does not have (a second "Mail", "Ledere"): a block filled on the list's rows, or that gives
what the list lacks ("Leders nr.", "Leder" after an empty column), is part of the list.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.headers import value_at
from pipeline.sheets.listshape import header_blocks, holds_people
from pipeline.sheets.names import normal_name
from pipeline.sheets.values import cell_text, valid_email

if TYPE_CHECKING:
    from pipeline.sheets.draft import Draft

_SAMPLE = 2000


def side_columns(headers: Sequence[str], rows: Sequence[tuple[int, Sequence[Any]]]
                 ) -> tuple[int, ...]:
    """The columns of small tables beside the list, past an empty column: () where the sheet
    is one block, or where which block is the list cannot be told."""
    found = header_blocks(headers, rows)
    if len(found) < 2:
        return ()
    lists = [(block, fields) for block, fields in found if holds_people(fields)]
    if len(lists) != 1:
        return ()
    the_list, own = lists[0]
    sample = rows[:_SAMPLE]
    listed = sum(1 for _, v in sample if any(value_at(v, i) not in (None, "") for i in the_list))
    side: list[int] = []
    for block, theirs in found:
        if block == the_list or block.start < the_list.stop:
            continue
        filled = sum(1 for _, v in sample if any(value_at(v, i) not in (None, "")
                                                  for i in block))
        units = _units_table(block, theirs, own, sample, headers)
        if (filled > 0.5 * listed and not (units and filled < listed)) or (
                set(theirs) - set(own) and not units):
            return ()  # filled on the list's rows, or giving what the list does not: its own
            # (a table of the list's units, each once, on fewer rows than the list is a table
            # beside it however short the list)
        side += list(block)
    return tuple(side)


def _units_table(block: range, theirs: dict[str, int], own: dict[str, int],
                 rows: Sequence[tuple[int, Sequence[Any]]], headers: Sequence[str] = ()
                 ) -> bool:
    """A table of the list's units beside it ("Afdeling | Leder | Leders mail | Refererer
    til"): its unit column names each of the list's units once. Its leaders are the units'
    (read as another sheet of units is, listleaders.py), never the rows' beside them. The
    list's unit column is its department, or the column headed as the table's first is
    ("Værksted" beside "Værksted", where the list's is found by its cells)."""
    first = theirs.get("department", block.start)  # (under a group title over the block, its
    # first column's header reads with the title: "Afdelinger og ledere" over "Afdeling")
    unit = own.get("department")
    for key in dict.fromkeys((block.start, first)):  # (its key headed as a column of the
        # list's, "Afd" beside "Afd", before a column of names, "Afdelingsnavn")
        same = next((i for i, h in enumerate(headers[:block.start]) if key < len(headers)
                     and h and h.casefold() == headers[key].casefold()), None)
        if same is not None:
            first, unit = key, same
            break
    if unit is None:
        return False
    units = [cell_text(value_at(v, first)) for _, v in rows]
    # (a note under the table, "Afdelingslederne refererer til adm. direktør.", is no unit)
    units = [u for u in units if u and not (u.endswith(".") and len(u.split()) >= 3)]
    listed = {cell_text(value_at(v, unit)) for _, v in rows} - {""}
    return len(units) >= 2 and len(set(units)) == len(units) and set(units) <= listed


def leader_addresses(drafts: Sequence[Draft], rows: Sequence[tuple[int, Sequence[Any]]],
                     side: Sequence[int], findings: Findings) -> None:
    """Leaders the list names without an address get the one the side table pairs with the
    same name (a name the table gives two addresses is left alone)."""
    if not side:
        return
    key: dict[str, str] = {}
    twice: set[str] = set()
    for _, values in rows:
        texts = [cell_text(value_at(values, i)) for i in side]
        names = [t for t in texts if len(t.split()) >= 2 and "@" not in t and not any(
            c.isdigit() for c in t)]
        addresses = [t for t in texts if valid_email(t)]
        if len(names) != 1 or len(addresses) != 1:
            continue
        name = normal_name(names[0])
        if key.get(name, addresses[0]) != addresses[0]:
            twice.add(name)
        key.setdefault(name, addresses[0])
    for name in twice:
        del key[name]
    used = _give_addresses(drafts, key)
    if used:
        findings.note("side-key", "The leaders' addresses are read from the table beside the "
                      f"list, which pairs each leader with an address ({rows_text(used)}).",
                      used[0], None, used)


# an address written right after a name in a line over the list: "Tove Kristensen,
# tovekri@sogn.dk", "Tove Kristensen (tovekri@sogn.dk)", "Tove Kristensen <tovekri@…>"
# (in brackets, the person's role may come first: "Mads Ibsen (centerchef, mib@…)")
# (also after a post in brackets: "Hans-Jørgen Bro (ejer), hbr@…")
_AFTER_NAME = re.compile(r"^\s*(?:\([^()@]{1,40}\)\s*)?"
                         r"(?:\(\s*[^\s()@,;][^()@,;]{0,40},\s*|[,;:(<\[–-]?\s*)"
                         r"([^\s,;()<>\[\]]+@[^\s,;()<>\[\]]+)")


def title_addresses(drafts: Sequence[Draft], lines: Sequence[tuple[int, Sequence[Any]]],
                    findings: Findings) -> None:
    """Leaders the list names without an address, whose whole name a line over the header
    gives with an address right after it ("Kontaktperson: Tove Kristensen, tovekri@sogn.dk"):
    that address, said in `mus check`."""
    wanted = {normal_name(d.given.text) for d in drafts if d.given.text and not d.given.email}
    # (and people on the list with no address of their own: "Direktør: Camilla Brandt
    # (cb@…)" over a list without an e-mail column gives the director hers)
    wanted |= {normal_name(d.name) for d in drafts if d.name and not d.fields.get("email")}
    if not wanted or not lines:
        return
    sizes = sorted({len(name.split()) for name in wanted})
    found: dict[str, tuple[str, int]] = {}
    texts = [(row, " ".join(t for t in map(cell_text, values) if t)) for row, values in lines]
    for at, (row, text) in enumerate(texts):
        if "@" not in text and at + 1 < len(texts) and texts[at + 1][0] == row + 1:
            # "Leder: | Ulla Hansen" over "Leder-mail: | uha@…": the address on a line of its
            # own, right under the name, labelled as a mail
            label, _, rest = texts[at + 1][1].partition(":")
            if "mail" in label.casefold() and valid_email(rest.strip()):
                words = text.split()
                named = {name for size in sizes for i in range(len(words) - size + 1)
                         if (name := normal_name(" ".join(words[i:i + size]).strip(",;:")))
                         in wanted}
                if len(named) == 1:  # "Medarbejdere med Poul Kristensen som nærmeste leder"
                    # over "Mail: pkr@…": the one person the line names has that address
                    found.setdefault(named.pop(), (rest.strip(), row))
                    continue
                text = f"{text}, {rest.strip()}"
        if "@" not in text:
            continue
        words = text.split()
        # (each run of the line's words as long as a wanted name, looked up: not each name of
        # a long list without addresses tried at each word)
        for size in sizes:
            for i in range(len(words) - size + 1):
                last = words[i + size - 1]
                name = normal_name(" ".join([*words[i:i + size - 1], last.rstrip(",;:")]))
                if name not in wanted or len(name.split()) != size:
                    continue
                # (what follows the name, with the comma it may carry)
                tail = last[len(last.rstrip(",;:")):] + " " + " ".join(words[i + size:])
                after = _AFTER_NAME.match(tail)
                if after and valid_email(after.group(1).rstrip(".")):
                    found.setdefault(name, (after.group(1).rstrip("."), row))
    key = {name: address for name, (address, _) in found.items()}
    used = _give_addresses(drafts, key)
    for d in drafts:
        if d.name and not d.fields.get("email") and (address := key.get(normal_name(d.name))):
            d.fields["email"] = address  # their own address, as the line gives it
            used.append(d.row)
    used = sorted(set(used))
    if used:
        rows = sorted({row for _, row in found.values()})
        findings.note("title-address", f"The leaders' addresses are read from the line over the "
                      f"list that gives them ({rows_text(rows)}), for {rows_text(used)}.",
                      rows[0], None, used)


def _give_addresses(drafts: Sequence[Draft], key: dict[str, str]) -> list[int]:
    """Each leader the list names without an address gets the one ``key`` gives their name
    (normalised); the rows so given."""
    used: list[int] = []
    for d in drafts:
        if d.given.text and not d.given.email and (
                address := key.get(normal_name(d.given.text))):
            d.given = dataclasses.replace(d.given, email=address)
            used.append(d.row)
    return used
