"""Rows whose values stand a column off their headers: from some row on, a colleague's edit
moved everything one cell to the right (the department empty, the department under `Leder`,
the leader under `E-mail`, the address under `Bemærkning`). Read as they stand, those rows give
a department as the leader and a name as the address, with only a warning about the address;
so rows whose address or leader stands in the next column over, where the list's own column
holds something else, refuse the list, naming the rows and where their values are.

Only values that cannot be mistaken are the evidence: an address (no name is one) and the full
name of a person on the list (no department is one)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from openpyxl.utils.cell import get_column_letter

from pipeline.sheets.columns import field_role
from pipeline.sheets.draft import Draft
from pipeline.sheets.findings import Findings, rows_text
from pipeline.sheets.mapping import ListLayout
from pipeline.sheets.names import normal_name
from pipeline.sheets.statuswords import remark_state
from pipeline.sheets.values import valid_email

_SIDES = (1, -1)


def _at(texts: Sequence[str], index: int) -> str:
    return texts[index] if 0 <= index < len(texts) else ""


def _leads(headers: Sequence[str], index: int) -> bool:
    """A column headed as a leader of its own ("Dotted Line Manager" beside "Reports To"): a
    name in it stands where it belongs."""
    header = headers[index] if 0 <= index < len(headers) else ""
    return bool(header) and (role := field_role(header)) is not None and role[0] == "leader"


def _off(draft: Draft, email: int | None, leader: int | None, people: set[str],
         name_of: Callable[[str], str], headers: Sequence[str] = ()) -> tuple[int, int]:
    """The columns this row's values stand off their headers (0: where they belong), and by
    how many signs (an address, a leader) that shows. Only a row whose address is no address,
    or whose leader is nobody on the list, is looked at twice."""
    texts = draft.texts
    mail = _at(texts, email) if email is not None else ""
    # (a remark where the address was, "lukket – fratrådt 30.09.2026", stands where it belongs)
    mail_off = bool(mail) and "@" not in mail and remark_state(mail) is None
    boss = _at(texts, leader) if leader is not None else ""
    boss_off = bool(boss) and name_of(boss) not in people
    if not (mail_off or boss_off):
        return 0, 0
    for side in _SIDES:
        signs = 0
        if mail_off and email is not None:
            signs += valid_email(_at(texts, email + side))
        if boss_off and leader is not None and not _leads(headers, leader + side):
            there = _at(texts, leader + side)
            signs += bool(there and "@" not in there and name_of(there) in people
                          and name_of(there) != name_of(draft.name))
        if signs:
            return side, signs
    return 0, 0


def refuse_shifted(drafts: Sequence[Draft], layout: ListLayout, findings: Findings,
                   elsewhere: Collection[str] = ()) -> None:
    """Refuse the list where rows stand a column off their headers (``elsewhere``: the people
    on the list's other sheets, normalised)."""
    email, leader = layout.index("email"), layout.index("leader")
    if not drafts or (email is None and leader is None):
        return
    people = {normal_name(d.name) for d in drafts} | set(elsewhere)
    seen: dict[str, str] = {}

    def name(text: str) -> str:  # each text made a name once, not once a row
        found = seen.get(text)
        if found is None:
            found = seen[text] = normal_name(text)
        return found

    off = [(d.row, *_off(d, email, leader, people, name, layout.headers)) for d in drafts]
    off = [o for o in off if o[1]]
    # one sign in one row may be a slip of one cell; two (two rows, or an address and a
    # leader in one) are a shift
    if sum(signs for _, _, signs in off) < 2:
        return
    if len(off) > 0.8 * len(drafts) or len(drafts) - len(off) < 2:
        return  # the columns themselves, not some rows ("Leder" initials, "Leders navn")
    rows = [r for r, _, _ in off]
    side = off[0][1]
    way = "right" if side > 0 else "left"
    where = []
    for key, label in (("leader", "leader"), ("email", "e-mail")):
        use = layout.fields.get(key)
        if use is not None:
            where.append(f"the {label} in column {get_column_letter(use.index + side + 1)}")
    findings.error("shifted-rows", f"In {rows_text(rows)} the values stand one column to the "
                   f"{way} of their headers ({' and '.join(where)}), so their department, "
                   "leader and e-mail cannot be read.", "Move those rows' values back under "
                   "their headers (one cell to the "
                   f"{'left' if side > 0 else 'right'}), and run the command again.", rows[0])
