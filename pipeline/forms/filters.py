"""Which questions apply to which employee: the question set's "Gælder for" column."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import SheetIssue
from pipeline.model import Condition, Employee, FormKind, Question
from pipeline.sheets.employees import COLUMNS as EMPLOYEE_COLUMNS
from pipeline.sheets.headers import normalise_header


def column_value(employee: Employee, column: str) -> str | None:
    """The employee's value in a column named by its header (or a known alias of it)."""
    wanted = normalise_header(column)
    for header, value in employee.columns.items():
        if normalise_header(header) == wanted:
            return value
    for known in EMPLOYEE_COLUMNS:
        if known.matches(column) and hasattr(employee, known.key):
            return str(getattr(employee, known.key) or "")
    return None


def applies(question: Question, employee: Employee) -> bool:
    return all(_holds(c, employee) for c in question.applies_to)


def _holds(condition: Condition, employee: Employee) -> bool:
    value = (column_value(employee, condition.column) or "").casefold()
    hit = any(value == v.casefold() for v in condition.values)
    return hit != condition.negate


def filter_issues(questions: Sequence[Question], employees: Sequence[Employee],
                  questions_file: Path, sheet: str = "Spørgsmål") -> list[SheetIssue]:
    """Filters that name a column the employee list does not have."""
    if not employees:
        return []
    sample = employees[0]
    issues = []
    for q in questions:
        for condition in q.applies_to:
            if column_value(sample, condition.column) is None:
                headers = ", ".join(f'"{h}"' for h in sample.columns)
                issues.append(SheetIssue(
                    questions_file,
                    f'Question {q.id} is filtered on the column "{condition.column}", which the '
                    "employee list does not have.",
                    f"Use one of the employee list's columns: {headers}.",
                    sheet, q.row, "Gælder for"))
    return issues


def form_numbers(questions: Sequence[Question], phases: Sequence[str], kind: FormKind,
                 employee: Employee) -> dict[str, int]:
    """The number each question carries on ``employee``'s form of ``kind`` (1, 2, 3 … over the
    questions the form asks, phase by phase), by question ID: what the employee saw, for HR to
    name a question the way the form did."""
    numbers: dict[str, int] = {}
    for phase in phases:
        for q in questions:
            if q.phase == phase and q.audience.includes(kind) and applies(q, employee):
                numbers[q.id] = len(numbers) + 1
    return numbers
