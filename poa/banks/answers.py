"""Checking one answer against its question: type, choices and the bank's own rules.

The interview checks every answer with this at the prompt; the bank tests check every
example with it. A problem comes back as the message to show, which says what is expected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from poa import linear

if TYPE_CHECKING:
    from poa.banks.schema import Question, Validation

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y")


def parse_date(text: str) -> dt.date | None:
    """``2026-11-03``, ``3 Nov 2026``, ``November 3, 2026`` → a date; anything else → None."""
    cleaned = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def answer_problem(question: Question, value: object, today: dt.date) -> str | None:
    """Why ``value`` is not an acceptable answer to ``question``, or None when it is."""
    kind = question.type
    if kind == "group":
        return _group_problem(question, value, today)
    if kind == "confirm":
        return None if isinstance(value, bool) else "Answer yes or no."
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "Enter a number, e.g. " + str(question.example)
        return _rule_problem(question.validate_, number=float(value))
    if kind == "select":
        values = [c.value for c in question.choices]
        return None if value in values else f"Choose one of: {', '.join(values)}."
    if kind == "multiselect":
        values = [c.value for c in question.choices]
        if not isinstance(value, list) or not all(v in values for v in value):
            return f"Choose any of: {', '.join(values)}."
        return _rule_problem(question.validate_, size=len(value))
    if kind == "date" and isinstance(value, dt.date):  # a YAML date, in a case file
        value = value.isoformat()
    if not isinstance(value, str) or (question.required and not value.strip()):
        return "An answer is needed." if question.required else None
    if kind == "date":
        day = parse_date(value) if isinstance(value, str) else None
        if day is None:
            return "Enter a date such as 2026-11-03 or 3 Nov 2026."
        rules = question.validate_
        if rules and rules.not_future and day > today:
            return rules.message
        return None
    return _rule_problem(question.validate_, text=value)


def _rule_problem(
    rules: Validation | None,
    *,
    number: float | None = None,
    text: str | None = None,
    size: int | None = None,
) -> str | None:
    if rules is None:
        return None
    broken = (
        (number is not None and rules.min is not None and number < rules.min)
        or (number is not None and rules.max is not None and number > rules.max)
        or (
            text is not None
            and rules.pattern is not None
            and linear.fullmatch(rules.pattern, text.strip()) is None
        )
    )
    length = len(text) if text is not None else size
    if length is not None:
        broken = broken or (rules.min_length is not None and length < rules.min_length)
        broken = broken or (rules.max_length is not None and length > rules.max_length)
    return rules.message if broken else None


def _group_problem(question: Question, value: object, today: dt.date) -> str | None:
    if not isinstance(value, list) or not all(isinstance(entry, Mapping) for entry in value):
        return "Give a list of entries."
    if len(value) < question.min:
        return f"Give at least {question.min} entr{'y' if question.min == 1 else 'ies'}."
    if question.max is not None and len(value) > question.max:
        return f"Give at most {question.max} entries."
    for number, entry in enumerate(value, start=1):
        for inner in question.questions:
            if inner.id not in entry:
                if inner.required:
                    return f"Entry {number}: '{inner.prompt}' is not answered."
                continue
            if problem := answer_problem(inner, entry[inner.id], today):
                return f"Entry {number}, {inner.prompt}: {problem}"
    return None
