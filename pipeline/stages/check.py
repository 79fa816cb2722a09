"""``mus check``: both spreadsheets read, and everything HR should know about them: what each
column became, the rows skipped and why, the warnings of the list, its mail addresses and the
question set. Mistakes come as a SpreadsheetError with every one of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import SheetIssue
from pipeline.forms.coverage import question_set_warnings
from pipeline.inputs import Inputs, read_all_inputs
from pipeline.mail.addresses import mail_address_warnings


@dataclass(frozen=True)
class CheckResult:
    inputs: Inputs
    questions: Path  # the question set read
    warnings: list[SheetIssue]  # the employee list's, both together, the mail addresses'
    form_warnings: list[str]  # what the forms would show that HR should know


def check(employees: Path, questions: Path, include_hidden: bool = False, *,
          include_leavers: bool = False, skip_on_leave: bool = False) -> CheckResult:
    inputs = read_all_inputs(employees, questions, include_hidden,
                             include_leavers=include_leavers, skip_on_leave=skip_on_leave)
    return CheckResult(inputs, questions,
                       [*inputs.warnings, *mail_address_warnings(inputs.listing)],
                       question_set_warnings(inputs.question_set, inputs.staff))
