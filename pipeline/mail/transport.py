"""One sending loop for every way out (SMTP, Graph sendMail, Graph drafts): the same pause, the
same send log, the same plain words when something goes wrong.

A transport tells the loop what happened to each message in one of three ways: it returns (the
server took it), it raises :class:`Refused` (the server said no, or the message never left: it
was not delivered and may be sent again), or it raises :class:`Unknown` (handed over, and then
the answer was lost: it may have arrived).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import partial
from typing import Protocol

from pipeline.errors import MailError
from pipeline.mail.compose import Planned
from pipeline.mail.sendlog import SendLog


class Refused(Exception):
    """Not delivered, for certain. ``what`` says what happened, ``todo`` what to do; with
    ``only_this`` the run goes on with the next message (a wrong address), else it stops."""

    def __init__(self, what: str, todo: str = "", *, only_this: bool = False) -> None:
        super().__init__(what)
        self.what = what
        self.todo = todo
        self.only_this = only_this


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


def describe(item: Planned) -> str:
    form = "leader's form about" if item.entry.kind == "leader" else "form for"
    return (f"the e-mail to {item.to_address} with the {form} employee {item.employee.number}"
            f" ({item.entry.file})")


def deliver_all(messages: Iterable[tuple[Planned, EmailMessage]], transport: Transport,
                log: SendLog, pause: float = 1.0,
                progress: Callable[[int], None] | None = None,
                sleep: Callable[[float], None] = time.sleep) -> Delivery:
    """Send each message through ``transport``, recording it in ``log``. Stops at the first
    failure that would fail again for the next message; a refused address only skips that one."""
    done = Delivery()

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
        for item, message in messages:
            if tried and pause:
                sleep(pause)
            tried += 1
            message_id = str(message["Message-ID"])
            try:
                reply = transport.deliver(
                    item, message, partial(log.attempt, item, message_id, transport.route))
            except Refused as err:
                log.refused(item, transport.route, err.what)
                if err.only_this:
                    done.refused.append((item, err.what))
                    continue
                raise MailError(_words(err.what, f"So {describe(item)} was not sent.", so_far(),
                                       err.todo, "Then run the same command again: only what "
                                       "is left is sent.")) from err
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
            log.accepted(item, message_id, transport.route, reply)
            done.sent += 1
            if progress:
                progress(done.sent)
    finally:
        transport.close()
    return done


def _words(*sentences: str) -> str:
    return " ".join(s.strip() for s in sentences if s.strip())
