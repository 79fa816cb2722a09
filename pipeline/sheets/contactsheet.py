"""Addresses another sheet gives for people on the list ("Ledelse": initials, name, title and
mail of the school's leaders), where the list itself has no e-mail for them.

The list is read from its own sheet; a small sheet beside it often holds what the list lacks,
most often the leaders' addresses, without which the leader's mail goes to nobody. A row of
such a sheet gives its address to a person on the list only when its name is that person's
full name (one person's only) and any other cell that names someone (an employee number,
initials, a user name) names the same person, or, on a contact sheet without names that gives
nearly everyone's address ("Kontaktoplysninger": number, mail, mobile), by the number alone;
and only a work address (never one at gmail or
hotmail: MUS forms do not go to private mail); a sheet where any row names two people, or a
person the list gives another address, is not used at all. What was taken is said in
`mus check`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.names import normal_name
from pipeline.sheets.ranking import FREE_MAIL
from pipeline.sheets.table import Sheet
from pipeline.sheets.values import cell_text, has_digit, valid_email

_LARGEST = 500  # a sheet of more rows than this is a list of its own, not a lookup


def _sheet_addresses(sheet: Sheet, by_name: dict[str, int], by_id: dict[str, int],
                     people: int) -> dict[int, str] | None:
    """Position in the list → address, from one sheet; None where a row contradicts."""
    found: dict[int, str] = {}
    by_key = 0  # rows that name no one, found by their ID alone
    for _, values in sheet.rows:
        texts = [t for t in map(cell_text, values) if t]
        addresses = [t for t in texts if valid_email(t)
                     and t.casefold().rpartition("@")[2] not in FREE_MAIL]  # work addresses
        named = {by_name[n] for n in map(normal_name, texts) if n in by_name}
        ids = {by_id[t.casefold()] for t in texts if t.casefold() in by_id}
        if len(addresses) == 1 and not named and len(ids) == 1 and not any(
                " " in t and not has_digit(t) for t in texts):
            named, by_key = set(ids), by_key + 1  # "1009 | lth@… | 47519846": by number
        if len(addresses) != 1 or not named:
            continue
        if len(named) > 1 or (ids and ids != named):
            return None  # two people on one row: what the sheet pairs cannot be told
        who = named.pop()
        if found.get(who, addresses[0]).casefold() != addresses[0].casefold():
            return None
        found[who] = addresses[0]
    if by_key and len(found) < 0.8 * people:
        return None  # an ID alone says who on a contact sheet of (nearly) everyone only
    return found


def emails_from_sheets(drafts: Sequence[Draft], ids_of: Callable[[Draft], Sequence[str]],
                       others: Sequence[Sheet], findings: Findings) -> set[str]:
    """Give people on the list without an address the one another sheet gives them.

    ``ids_of`` gives the texts that name a person besides their name (their number, initials,
    user name). Returns the names of the sheets used."""
    used: set[str] = set()
    if not drafts or not others or all(d.fields["email"] for d in drafts):
        return used
    names: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        names.setdefault(normal_name(d.name), []).append(i)
    by_name = {n: p[0] for n, p in names.items() if len(p) == 1 and " " in n}
    by_id: dict[str, int] = {}
    shared: set[str] = set()
    for i, d in enumerate(drafts):
        for t in ids_of(d):
            key = t.casefold()
            if not key:
                continue
            if key in by_id and by_id[key] != i:
                shared.add(key)
            by_id[key] = i
    for key in shared:
        del by_id[key]
    for sheet in others:
        if len(sheet.rows) > _LARGEST:
            continue
        found = _sheet_addresses(sheet, by_name, by_id, len(drafts))
        if not found:
            continue
        if any(drafts[i].fields["email"] and drafts[i].fields["email"].casefold()
               != a.casefold() for i, a in found.items()):
            continue  # it gives someone another address than the list: not a lookup of it
        given = sorted(i for i in found if not drafts[i].fields["email"])
        for i in given:
            drafts[i].fields["email"] = found[i]
        if given:
            used.add(sheet.name)
            rows = [drafts[i].row for i in given]
            findings.note("sheet-emails", f"The list has no e-mail address for {len(given)} "
                          f'of its people ({rows_text(rows)}); the sheet "{sheet.name}" gives '
                          "theirs by name or number (and initials, where it has them), so "
                          "those are used.", rows[0], None, rows)
    return used
