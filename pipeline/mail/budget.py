"""A sender's daily budget: how much it may still send in a rolling 24 hours, counted from mus's
own send log, so that a season larger than one mailbox's day stops *before* the limit instead of
having the rest bounce later.

The limits are the providers' published ones for one mailbox: Exchange Online 10,000 recipients
a day (a copy to the leader counts), Gmail (Google Workspace) 2,000 messages a day, Google's SMTP
relay service 10,000 recipients a day. ``--daily-limit`` sets another (a trial tenant, a stricter
policy, a relay with its own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

DAY = dt.timedelta(hours=24)

MICROSOFT, GMAIL, GOOGLE_RELAY, OTHER = "microsoft", "gmail", "google-relay", "other"
PROVIDERS = {  # name in words, the limit per 24 hours, what it counts
    MICROSOFT: ("Microsoft 365", 10_000, "recipients"),
    GMAIL: ("Gmail", 2_000, "messages"),
    GOOGLE_RELAY: ("Google's SMTP relay", 10_000, "recipients"),
    OTHER: ("the mail server", None, "recipients"),
}


def provider_of(host: str | None, microsoft: bool = False) -> str:
    """Whose limits apply: Microsoft 365 for Graph and --m365, else by the server's name."""
    name = (host or "").lower().rstrip(".")
    if microsoft or any(h in name for h in ("office365.com", "outlook.com", "microsoft")):
        return MICROSOFT
    if name.startswith("smtp-relay.gmail.com") or name == "smtp-relay.google.com":
        return GOOGLE_RELAY
    if name.endswith(("gmail.com", "google.com", "googlemail.com")):
        return GMAIL
    return OTHER


@dataclass(frozen=True)
class Allowance:
    provider: str
    limit: int | None  # per rolling 24 hours; None: no limit known
    unit: str  # "recipients" or "messages"

    @classmethod
    def of(cls, provider: str, daily_limit: int | None = None) -> Allowance:
        _, limit, unit = PROVIDERS[provider]
        return cls(provider, daily_limit if daily_limit is not None else limit, unit)

    @property
    def words(self) -> str:
        return PROVIDERS[self.provider][0]

    def cost(self, recipients: int) -> int:
        return 1 if self.unit == "messages" else recipients


@dataclass
class Budget:
    """What one sender sent in the last 24 hours (time, recipients), and what it may still."""

    allowance: Allowance
    sends: list[tuple[dt.datetime, int]] = field(default_factory=list)

    def _window(self, now: dt.datetime) -> list[tuple[dt.datetime, int]]:
        return [(t, n) for t, n in self.sends if now - t < DAY]

    def used(self, now: dt.datetime) -> int:
        return sum(self.allowance.cost(n) for _, n in self._window(now))

    def fits(self, recipients: int, now: dt.datetime) -> bool:
        limit = self.allowance.limit
        return limit is None or self.used(now) + self.allowance.cost(recipients) <= limit

    def take(self, recipients: int, now: dt.datetime) -> None:
        self.sends.append((now, recipients))

    def free_at(self, recipients: int, now: dt.datetime) -> dt.datetime:
        """The first moment a message to ``recipients`` fits again (when enough of the last
        24 hours' sends have rolled out); 24 hours from now if the log knows of none."""
        limit = self.allowance.limit
        window = sorted(self._window(now))
        if limit is None or not window:
            return now + DAY
        used = self.used(now)
        need = self.allowance.cost(recipients)
        for when, n in window:
            used -= self.allowance.cost(n)
            if used + need <= limit:
                return when + DAY
        return window[-1][0] + DAY

    def days(self, recipients: Sequence[int], now: dt.datetime) -> int:
        """How many days (of 24 hours) the messages to ``recipients`` take, from now."""
        limit = self.allowance.limit
        if limit is None or not recipients:
            return 1 if recipients else 0
        room, days = limit - self.used(now), 1
        for n in recipients:
            cost = min(self.allowance.cost(n), limit)
            if cost > room:
                days, room = days + 1, limit
            room -= cost
        return days


def when(moment: dt.datetime, now: dt.datetime) -> str:
    """"14:32", "14:32 tomorrow" or "14:32 on 03-10-2027", in the computer's own time."""
    local, today = moment.astimezone(), now.astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return clock
    if local.date() == today + dt.timedelta(days=1):
        return f"{clock} tomorrow"
    return f"{clock} on {local:%d-%m-%Y}"
