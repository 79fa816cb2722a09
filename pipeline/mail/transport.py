"""One sending loop for every way out (SMTP, Graph sendMail, Graph drafts): the same pause, the
same send log, the same plain words when something goes wrong.

A transport tells the loop what happened to each message in one of three ways: it returns (the
server took it), it raises :class:`Refused` (the server said no, or the message never left: it
was not delivered and may be sent again), or it raises :class:`Unknown` (handed over, and then
the answer was lost: it may have arrived).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import partial
from typing import Protocol

from pipeline.errors import MailError
from pipeline.mail.budget import Budget, when
from pipeline.mail.codes import LIMIT
from pipeline.mail.compose import Planned
from pipeline.mail.sendlog import SendLog


class Refused(Exception):
    """Not delivered, for certain. ``what`` says what happened, ``todo`` what to do; with
    ``only_this`` the run goes on with the next message (a wrong address), else it stops.
    ``kind`` is what the refusal is about (codes.py); with ``wait`` (seconds) the server asked
    to try again after a while, and the loop does so by itself."""

    def __init__(self, what: str, todo: str = "", *, only_this: bool = False,
                 kind: str = "", wait: float = 0.0) -> None:
        super().__init__(what)
        self.what = what
        self.todo = todo
        self.only_this = only_this
        self.kind = kind
        self.wait = wait


class Unknown(Exception):
    """Handed over and never confirmed: it may or may not have arrived."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class Transport(Protocol):
    route: str  # for the send log, e.g. "smtp smtp.office365.com:587"
    name: str  # for people, e.g. "the mail server smtp.office365.com:587"

    def open(self) -> None:
        """Connect and sign in; raise Refused if that is not possible."""

    def deliver(self, item: Planned, message: EmailMessage,
                handing_over: Callable[[], None]) -> str:
        """Send one message; call ``handing_over`` right before the point after which the
        message may have arrived. Returns the server's confirmation."""

    def close(self) -> None:
        """Say goodbye; never raises."""


@dataclass
class Delivery:
    sent: int = 0
    refused: list[tuple[Planned, str]] = field(default_factory=list)
    held: int = 0  # not sent: the daily limit is reached
    resume: dt.datetime | None = None  # when the rest can go


ROW = 3  # this many addresses refused in a row is about the sender, not the addresses
WAITS = (60.0, 120.0, 300.0, 600.0)  # "too many connections": wait this long, then again


def describe(item: Planned) -> str:
    form = "leader's form about" if item.entry.kind == "leader" else "form for"
    return (f"the e-mail to {item.to_address} with the {form} employee {item.employee.number}"
            f" ({item.entry.file})")


@dataclass
class Loop:
    """What the sending loop needs besides the messages: the log, the pace, the budget."""

    log: SendLog
    pause: float = 1.0
    budget: Budget | None = None
    known_bad: frozenset[str] = frozenset()  # keys refused as bad addresses before: not "a row"
    total: int = 0  # how many messages there are (for how many are held back by the budget)
    progress: Callable[[int], None] | None = None
    notify: Callable[[str], None] = lambda text: None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone()


def deliver_all(messages: Iterable[tuple[Planned, EmailMessage]], transport: Transport,
                log: SendLog, pause: float = 1.0,
                progress: Callable[[int], None] | None = None,
                sleep: Callable[[float], None] = time.sleep, *,
                loop: Loop | None = None) -> Delivery:
    """Send each message through ``transport``, recording it in the log. Stops at the first
    failure that would fail again for the next message, and before the daily budget is spent;
    a refused address only skips that one (unless several in a row are refused)."""
    loop = loop or Loop(log, pause, progress=progress, sleep=sleep)
    done = Delivery()
    row: list[tuple[Planned, str]] = []

    def so_far(before: bool = False) -> str:
        if not done.sent:
            return f"No message{' before it' if before else ''} was sent in this run."
        return (f"{done.sent} message(s) were sent before it in this run and are in the send "
                f"log {log.path}.")

    try:
        transport.open()
    except Refused as err:
        raise MailError(_words(err.what, "Nothing was sent.", err.todo)) from err
    try:
        tried = 0
        for number, (item, message) in enumerate(messages):
            recipients = 1 + len(item.cc)
            if loop.budget is not None and not loop.budget.fits(recipients, loop.clock()):
                done.held = max(1, loop.total - number)
                done.resume = loop.budget.free_at(recipients, loop.clock())
                break
            if tried and loop.pause:
                loop.sleep(loop.pause)
            tried += 1
            try:
                reply = _deliver(item, message, transport, loop)
            except Refused as err:
                log.refused(item, transport.route, err.what, err.kind)
                if err.only_this:
                    done.refused.append((item, err.what))
                    if item.key not in loop.known_bad:
                        row.append((item, err.what))
                    if len(row) >= ROW:
                        raise MailError(_in_a_row(row, transport, so_far())) from err
                    continue
                todo = err.todo
                if err.kind == LIMIT and loop.budget is not None:
                    todo = (f"{done.sent} sent; the rest can go after "
                            f"{when(loop.budget.free_at(recipients, loop.clock()), loop.clock())}"
                            ": run the same command again then (the send log keeps track of "
                            "what went).")
                raise MailError(_words(err.what, f"So {describe(item)} was not sent.", so_far(),
                                       todo, "" if err.kind == LIMIT else "Then run the same "
                                       "command again: only what is left is sent.")) from err
            except Unknown as err:
                log.uncertain(item, transport.route, err.what)
                raise MailError(
                    f"{err.what} mus cannot know whether {describe(item)} arrived, so it is "
                    f"marked as uncertain in the send log and will not be sent again unless you "
                    f"add --resend-uncertain (ask {item.to_address} first: they may get it "
                    f"twice). {so_far(before=True)} Run the same command again to send the "
                    "rest.") from err
            except MailError as err:  # sign-in lost halfway: this one was not handed over
                with contextlib.suppress(MailError):
                    log.refused(item, transport.route, "not sent: " + type(err).__name__)
                raise MailError(f"{err} {so_far()}") from err
            log.accepted(item, str(message["Message-ID"]), transport.route, reply)
            if loop.budget is not None:
                loop.budget.take(recipients, loop.clock())
            row.clear()
            done.sent += 1
            if loop.progress:
                loop.progress(done.sent)
    finally:
        transport.close()
    return done


def _deliver(item: Planned, message: EmailMessage, transport: Transport, loop: Loop) -> str:
    """One message; "too many connections, wait" is waited out and tried again."""
    message_id = str(message["Message-ID"])
    for wait in (*WAITS, None):
        try:
            return transport.deliver(item, message,
                                     partial(loop.log.attempt, item, message_id, transport.route))
        except Refused as err:
            if not err.wait or wait is None:
                raise
            loop.log.refused(item, transport.route, err.what, err.kind)
            minutes = max(1, round(wait / 60))
            loop.notify(f"{err.what} mus waits {minutes} minute(s) and tries again.")
            loop.sleep(wait)
    raise AssertionError("unreachable")


def _in_a_row(row: list[tuple[Planned, str]], transport: Transport, so_far: str) -> str:
    addresses = ", ".join(item.to_address for item, _ in row)
    return _words(
        f"{transport.name.capitalize()} refused {len(row)} addresses in a row ({addresses}); "
        f"the last answer: {row[-1][1]}",
        "Several in a row is more likely about the sender than about the addresses, so mus "
        "stopped and tried nothing more.", so_far,
        "Check with IT that the sender may send to these recipients; if the addresses really "
        "are wrong, correct them in the employee list. Then run the same command again: "
        "addresses refused before are tried last.")


def _words(*sentences: str) -> str:
    return " ".join(s.strip() for s in sentences if s.strip())
