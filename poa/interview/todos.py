"""The to-dos a rejection left (``poa revise``): which are still open, and which answers of
the interview each one is about, so that the interview asks those again first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from poa.interview import paths
from poa.interview.steps import Step

_TEXT_FIELDS = {"summary", "description", "action", "measure", "verification"}
"""The answers a to-do walks: the words of a part, not its dates, owners or cadence."""


def open_todos(data: Any) -> list[tuple[Any, str]]:
    """The open to-dos on a part of an issue, as (the to-do's entry, its location such as
    ``issues[0].root_causes``), from the answer to the attempt before the current one."""
    notice = data.get("notice") if isinstance(data, dict) else None
    attempt = notice.get("attempt", 1) if isinstance(notice, dict) else 1
    history = data.get("history") if isinstance(data, dict) else None
    found = []
    for entry in history if isinstance(history, list) else []:
        if not isinstance(entry, dict) or entry.get("number") != attempt - 1:
            continue
        for todo in entry.get("todos") or []:
            if not isinstance(todo, dict) or todo.get("done") or todo.get("issue") is None:
                continue
            found.append((todo, f"issues[{todo['issue']}].{todo.get('section')}"))
    return found


def steps_about(answered: Sequence[tuple[Step, Any]], location: str) -> list[Step]:
    """The answered questions holding the words of the part at ``location``, in order."""
    found = []
    for step, _ in answered:
        where = paths.text(step.path)
        last = step.path[-1] if step.path else ""
        inside = where == location or where.startswith((location + ".", location + "["))
        if inside and last in _TEXT_FIELDS:
            found.append(step)
    return found
