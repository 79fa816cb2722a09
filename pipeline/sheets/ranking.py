"""Which of two columns that could be one field is it, by what they hold.

Two columns headed alike (``ID`` and ``Identifier``, ``Legal name`` and ``Preferred name``,
``Firmamail`` and ``E-mail``) are told apart the way a careful person does: the employee number
is the column that is unique, filled in, headed as the employee's number, holds numbers rather
than initials and runs in order down the list; the name is the column of full names, not of
user names, and the legal name before a preferred one; the e-mail is the work address (the
domain most addresses in the list share), not a private one at gmail or hotmail; the department
is the column of unit names, not of codes, and the current one, not the old. Each test that
decides is said in words; where none decides, the columns are even, and the caller refuses or
warns as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from pipeline.sheets.headerwords import ALIAS, OLD, SELF, header_words, says
from pipeline.sheets.values import mail_domain

# Mail services people use privately: an address there is nobody's work address.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "hotmail.co.uk", "outlook.com",
    "outlook.dk", "live.com", "live.dk", "msn.com", "yahoo.com", "yahoo.dk", "ymail.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "mail.com",
    "email.com", "protonmail.com", "proton.me", "pm.me", "mail.dk", "jubii.dk", "ofir.dk",
    "email.dk", "get2net.dk", "stofanet.dk", "webspeed.dk", "youmail.dk", "post.tele.dk",
    "mail.tele.dk", "tdcadsl.dk", "worldonline.dk", "post.cybercity.dk", "fibermail.dk",
    "yahoo.co.uk", "web.de",
})
_LOGIN = re.compile(r"^[^\s@]*[._\\\d][^\s@]*$")
_DIGITS = re.compile(r"\d+")


def is_login(text: str) -> bool:
    """``lars.loekke``, ``jdoe2``, ``DOMAIN\\jdoe``: a user name, not a person's name."""
    return " " not in text and "," not in text and "@" not in text and bool(
        _LOGIN.match(text)) and any(c.isalpha() for c in text)


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(map(test, values)) / len(values) if values else 0.0


def _sort_key(text: str) -> tuple[str, int]:
    digits = _DIGITS.findall(text)
    return (_DIGITS.sub("#", text.casefold()), int(digits[-1]) if digits else -1)


def _in_order(values: Sequence[str]) -> float:
    if len(values) < 3:
        return 0.0
    keys = [_sort_key(v) for v in values]
    return sum(a < b for a, b in pairwise(keys)) / (len(keys) - 1)


@dataclass(frozen=True)
class Candidate:
    """A column that could be the field: its header, its filled cells (of ``rows`` looked at),
    how well its header names the field (headers.STRONG … WEAK), and every candidate's cells."""

    header: str
    values: list[str]
    tier: int
    rows: int
    every: list[str]


@dataclass(frozen=True)
class Test:
    """One way a column may be better than another: a measure (0 to 1), how far apart two
    columns must be (more than ``margin``) for it to decide, and what it says in words."""

    measure: Callable[[Candidate], float]
    margin: float
    why: str


def _unique(c: Candidate) -> float:
    return len(set(c.values)) / len(c.values) if c.values else 0.0


def _filled(c: Candidate) -> float:
    return len(c.values) / c.rows if c.rows else 0.0


def _current(c: Candidate) -> float:
    return float(not says(c.header, OLD))


def _main_domain(values: Sequence[str]) -> str:
    """The domain most addresses share (not a private mail service), if one does."""
    domains = Counter(d for d in map(mail_domain, values) if d)
    if not domains:
        return ""
    domain, count = domains.most_common(1)[0]
    enough = count >= 3 and count >= 0.5 * sum(domains.values())
    return domain if enough and domain not in FREE_MAIL else ""


def _at_main_domain(c: Candidate) -> float:
    main = _main_domain(c.every)
    return _share(c.values, lambda t: mail_domain(t) == main) if main else 0.0


# Decided by the headers alone, as before any cell was looked at: nothing to say.
BY_HEADER = "its header names the field more plainly"
_OLD_TEST = Test(_current, 0.5, "it is not headed as the old one")
# The words of a key a system gives its own users or cards, not the employer its people
_SYSTEM_KEY = frozenset({"user", "bruger", "login", "card", "kort", "account",
                         "konto", "brugernavn", "username"})
_TESTS: dict[str, tuple[Test, ...]] = {
    "number": (
        Test(_unique, 0.05, "its values are all different"),
        # (before being filled on every row: a legend under the list, "A | aktiv", fills the
        # initials' column where the numbers' is empty)
        Test(lambda c: _share(c.values, lambda t: any(ch.isdigit() for ch in t)), 0.5,
             "it holds numbers, not initials"),
        Test(_filled, 0.1, "it is filled in on every row"),
        Test(lambda c: float(says(c.header, SELF)), 0.5, "its header names the employee"),
        # (an access system's own "User ID" beside the "External ID" HR gave it)
        Test(lambda c: float(not _SYSTEM_KEY & set(header_words(c.header))), 0.5,
             "it is the person's number, not a system's user, login or card number"),
        Test(lambda c: _in_order(c.values), 0.3, "its numbers run in order down the list"),
    ),
    "name": (
        Test(lambda c: _share(c.values, lambda t: not is_login(t) and "@" not in t), 0.3,
             "it holds names, not user names"),
        Test(lambda c: _share(c.values, lambda t: " " in t or "," in t), 0.5,
             "it holds full names"),
        # (ClickUp's "List Name" beside its "Task Name": the units people are listed under)
        Test(_unique, 0.4, "it holds a name for each person, not a few shared by many"),
        Test(lambda c: float(not says(c.header, ALIAS)), 0.5,
             "it is the full name, not a preferred name"),
        _OLD_TEST,
        Test(lambda c: 1.0 - c.tier / 3, 0.0, BY_HEADER),
    ),
    "email": (
        Test(lambda c: _share(c.values, lambda t: mail_domain(t) not in FREE_MAIL), 0.5,
             "it holds work addresses, not private ones (gmail, hotmail …)"),
        Test(_at_main_domain, 0.5,
             "its addresses are at the domain most addresses in the list share"),
        Test(lambda c: 1.0 - c.tier / 3, 0.0, BY_HEADER),
        _OLD_TEST,
    ),
    "department": (
        Test(lambda c: _share(c.values, lambda t: any(ch.isalpha() for ch in t)), 0.5,
             "it holds the units' names, not codes"),
        _OLD_TEST,
    ),
}
_TESTS["name_reversed"] = _TESTS["name"]
_TESTS["leader_email"] = _TESTS["email"]
# Fields whose columns are told apart by their cells before their headers: a private address
# under "E-mail" loses to the work address under "Firmamail".
CONTENT_FIRST = frozenset({"email", "leader_email", "name"})


def rank(key: str, columns: Sequence[tuple[str, list[str], int]], rows: int
         ) -> tuple[list[int], dict[int, str]]:
    """Of columns (header, filled values, tier) that could be field ``key``: the positions of
    those still even after the tests (in the order given), and for each one left behind, what
    the better one has that it lacks."""
    every = [v for _, values, _ in columns for v in values]
    candidates = [Candidate(h, v, t, rows, every) for h, v, t in columns]
    left = list(range(len(columns)))
    dropped: dict[int, str] = {}
    for test in _TESTS.get(key, ()):
        scores = {i: test.measure(candidates[i]) for i in left}
        best = max(scores.values())
        kept = [i for i in left if best - scores[i] <= test.margin]
        dropped.update((i, test.why) for i in left if i not in kept)
        left = kept
        if len(left) == 1:
            break
    return left, dropped
