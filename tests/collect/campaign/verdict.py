"""What mus made of a case (README of the campaign: "The oracle")."""

from __future__ import annotations

from enum import Enum


class Verdict(Enum):
    # every field as the truth says, every required report there, nothing read that must not be
    READ_RIGHT = "read right"
    # something differs (or the file is refused), but a problem names each field that differs
    # (or the refusal's reason is true of the file)
    REPORTED = "reported"
    # refused with a reason that is false for the file (damaged, not a form … for a file a person
    # can read), mus failing on it, or values differing with only general problems naming none
    MISREPORTED = "misreported"
    # a value under the wrong question, employee or form kind, text the person added lost, a
    # required report missing, or a private or other person's answer in the output, unreported
    SILENTLY_WRONG = "silently wrong"


READ_RIGHT, REPORTED = Verdict.READ_RIGHT, Verdict.REPORTED
