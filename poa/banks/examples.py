"""A bank's example answers, played through its conditions, and the case they make.

The bank tests replay every bank this way; ``poa banks example ID`` prints the case as a
starting point (its suggestions still need the seller's own facts).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from poa.banks.conditions import holds
from poa.banks.schema import Answer, Bank, Suggestion
from poa.model import SCHEMA_VERSION


def example_answers(bank: Bank) -> dict[str, Answer]:
    """Each question's example, in order, skipping questions whose condition is false."""
    answers: dict[str, Answer] = {}
    for question in bank.questions:
        if holds(question.when, answers):
            answers[question.id] = question.example
    return answers


def example_case(bank: Bank, today: dt.date) -> dict[str, Any]:
    """A complete case (as YAML-ready data) built from the bank's examples and its worked
    example (an expert's answers), or its suggestions where it has none."""
    answers = example_answers(bank)
    received = today - dt.timedelta(days=10)
    if bank.worked_example is not None:
        return _case(bank, answers, received, _worked(bank, received))
    return _case(bank, answers, received, _suggested(bank, answers, received))


def _suggested(bank: Bank, answers: dict[str, Answer], received: dt.date) -> dict[str, Any]:
    """A bank of one's own without a worked example: its suggestions, as a starting point."""

    def chosen(suggestions: list[Any]) -> list[Any]:
        return [s for s in suggestions if isinstance(s, Suggestion) and holds(s.when, answers)]

    suggestions = bank.suggestions
    return {
        "root_causes": [{"description": s.text} for s in chosen(suggestions.root_causes)],
        "corrective_actions": [
            {"action": s.text, "completed_on": (received + dt.timedelta(days=2)).isoformat()}
            for s in chosen(suggestions.corrective_actions)
        ],
        "preventive_measures": [
            {
                "measure": s.text,
                "owner": s.owner,
                "cadence": s.cadence,
                "started_on": (received + dt.timedelta(days=3)).isoformat(),
                "verification": s.verification,
            }
            for s in chosen(suggestions.preventive_measures)
        ],
    }


def _worked(bank: Bank, received: dt.date) -> dict[str, Any]:
    worked = bank.worked_example
    assert worked is not None
    return {
        "summary": worked.summary,
        "root_causes": [{"description": text} for text in worked.root_causes],
        "corrective_actions": [
            {
                "action": a.action,
                "completed_on": (received + dt.timedelta(days=a.days_after_notice)).isoformat(),
            }
            for a in worked.corrective_actions
        ],
        "preventive_measures": [
            {
                "measure": m.measure,
                "owner": m.owner,
                "cadence": m.cadence,
                "started_on": (received + dt.timedelta(days=3)).isoformat(),
                "verification": m.verification,
            }
            for m in worked.preventive_measures
        ],
    }


def _case(
    bank: Bank, answers: dict[str, Answer], received: dt.date, parts: dict[str, Any]
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "marketplace": bank.marketplace,
        "seller": {"legal_name": "Example Seller Ltd", "contact_email": "seller@example.com"},
        "notice": {"received_on": received.isoformat()},
        "issues": [{"reason": bank.id, "title": bank.title, "facts": answers, **parts}],
    }
