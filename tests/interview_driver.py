"""A scripted seller: a valid answer for any interview step, used by the engine, session and
real-terminal tests alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

from poa.banks.library import BankLibrary
from poa.interview.steps import Step


def auto_answer(step: Step, library: BankLibrary, reasons: list[str], today: dt.date) -> Any:
    """An answer the step accepts: the bank's example for reason questions, else a default."""
    if step.path == ("marketplace",):
        return reasons[0].split(".")[0]
    if step.path == ("issues",):
        return list(reasons)
    if step.kind == "more":
        return False
    if step.path[2:3] == ("facts",):
        question = next(
            q for q in library.get(str(step.extra["bank"])).all_questions() if q.id == step.path[-1]
        )
        return question.example
    if step.default not in (None, "", []):
        return step.default
    return _plain(step, today)


def _plain(step: Step, today: dt.date) -> Any:
    kind = step.kind
    if kind == "select":
        return step.choices[0][0]
    if kind == "multiselect":
        return [step.choices[0][0]]
    if kind == "confirm":
        return True
    if kind == "number":
        return float(step.example)
    if kind == "date":
        return today - dt.timedelta(days=3)
    if kind == "path":
        return None
    if step.suggestions:
        return step.suggestions[0]
    if step.extra.get("list"):
        return step.example.replace(",", " ").split()
    if step.path == ("seller", "signatory", "name"):
        return "Account owner"
    return step.example
