"""One question of the interview, as the engine hands it to whoever asks it.

A Step knows where its answer goes in the case data, how to check it (the same rules as the
model), what to offer (choices, suggestions, a default) and which earlier answers it depends on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal

from poa import linear
from poa.interview import paths
from poa.interview.paths import FieldPath

Kind = Literal[
    "text", "multiline", "select", "multiselect", "confirm", "number", "date", "path", "more"
]
SECTIONS = ("Marketplace and reasons", "Seller and notice", "Issues", "Evidence", "Document",
            "Review")  # fmt: skip
Check = Callable[[Any], str | None]
Store = Callable[[MutableMapping[str, Any], FieldPath, Any], None]
"""Writes an answer (data, where, value) when a plain put at the path is not enough."""


class Back(Exception):  # noqa: N818 - a signal, not an error
    """The seller asked to go back one question."""


@dataclass(frozen=True)
class Step:
    """A question: ``path`` is where the answer lives in the case data."""

    path: FieldPath
    kind: Kind
    prompt: str
    help: str
    example: str
    section: str
    subsection: str | None = None
    issue: int | None = None
    choices: tuple[tuple[str, str], ...] = ()
    default: Any = None
    required: bool = True
    suggestions: tuple[str, ...] = ()
    check: Check | None = None
    store: Store | None = None
    answered: Callable[[Any], bool] | None = None
    depends_on: tuple[FieldPath, ...] = ()
    list_path: FieldPath | None = None  # for a field of a repeated entry: the list it belongs to
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        return ("more:" if self.kind == "more" else "") + paths.text(self.path)

    def is_answered(self, data: Any) -> bool:
        if self.answered is not None:
            return self.answered(data)
        return paths.has(data, self.path)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` cannot be accepted, in words that say what is expected."""
        if value is None or value == "" or value == []:
            return f"An answer is needed. For example: {self.example}" if self.required else None
        return self.check(value) if self.check else None


def not_future(today: dt.date, what: str) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, dt.date) and value > today:
            return f"{value.isoformat()} is in the future: {what}"
        return None

    return check


def pattern(regex: str, message: str) -> Check:
    compiled = linear.compile(regex)

    def check(value: Any) -> str | None:
        return None if isinstance(value, str) and compiled.fullmatch(value.strip()) else message

    return check


def each(check_one: Callable[[str], str | None]) -> Check:
    """A check for a list answer: the first bad item's problem."""

    def check(value: Any) -> str | None:
        for item in value if isinstance(value, list) else [value]:
            if problem := check_one(str(item)):
                return problem
        return None

    return check


def more(
    data: Any,
    where: FieldPath,
    prompt: str,
    minimum: int,
    maximum: int | None,
    common: dict[str, Any],
    depends: tuple[FieldPath, ...],
) -> Step:
    """The "Add another ...?" question closing a list of ``minimum``..``maximum`` entries."""
    key = paths.text(where)

    def answered(d: Any) -> bool:
        count = len(paths.get(d, where) or [])
        closed = paths.get(d, ("interview", "closed")) or []
        if maximum is not None and count >= maximum:
            return True
        return count >= minimum and key in closed

    count = len(paths.get(data, where) or [])
    return Step(
        where,
        "more",
        prompt,
        "Answer no when the list is complete.",
        "no",
        default=count < minimum,  # Enter adds nothing once the list has what it needs
        answered=answered,
        depends_on=depends,
        extra={"min": minimum},
        **common,
    )
