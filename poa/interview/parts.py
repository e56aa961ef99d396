"""The plan in parts: the questions of each issue, and of the evidence, kept between answers
and rebuilt only when an answer they depend on changed.

The plan is asked for after every answer. Rebuilt whole each time, a replay of 50 issues took
minutes (issue 18): each answer rebuilt every issue and checked every question again. Here the
engine says which answer it wrote (``touched``): an answer inside issue 3 sends issue 3 back to
be checked, nothing else; an answer outside the issues and the evidence (marketplace, reasons,
the cited ASINs) sends every part. A part sent back is rebuilt only if what it reads changed
(``issue_reads``, ``evidence_reads``: by value, and by identity for the objects its steps hold);
its unanswered questions are looked up again either way. Tests compare the kept plan with one
built afresh at every step of scripted interviews, going back and changing answers included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from poa.interview import paths
from poa.interview.paths import FieldPath
from poa.interview.steps import Step

ENTRY_LISTS = ("root_causes", "corrective_actions", "preventive_measures")


@dataclass
class _Part:
    reads: Any
    steps: list[Step]
    held: Any  # the objects whose ids are in reads, alive so that no other object takes one
    open: list[Step] | None = None  # its unanswered steps; None: to be looked up


class Parts:
    """The steps of each part of the plan, what they were built from, which are unanswered."""

    def __init__(self) -> None:
        self._kept: dict[Any, _Part] = {}
        self._checked: set[Any] = set()
        self._data: Any = None
        self.built = 0
        """How many times a part was built (the rest of the time it was kept)."""
        self.checked = 0
        """How many times a part was checked against what it reads."""

    def bind(self, data: Any) -> None:
        """Plan for ``data``: another mapping than last time has every part checked."""
        if data is not self._data:
            self._data = data
            self._checked.clear()

    def touched(self, path: FieldPath) -> None:
        """An answer was written at ``path``: the parts that read it are checked again."""
        if path[:1] == ("issues",) and len(path) > 1:
            self._checked.discard(("issue", path[1]))
        elif path[:1] == ("evidence",):
            self._checked.discard("evidence")
        else:
            self._checked.clear()

    def steps(
        self, name: Any, reads: Callable[[], tuple[Any, Any]], build: Callable[[], Iterable[Step]]
    ) -> list[Step]:
        """The part's steps: kept ones while nothing it reads was touched or changed."""
        part = self._kept.get(name)
        if part is not None and name in self._checked:
            return part.steps
        now, held = reads()
        self.checked += 1
        if part is None or part.reads != now:
            part = self._kept[name] = _Part(now, list(build()), held)
            self.built += 1
        part.open = None
        self._checked.add(name)
        return part.steps

    def unanswered(self, name: Any, data: Any) -> list[Step]:
        """The part's unanswered steps, in order (after ``steps``)."""
        part = self._kept[name]
        if part.open is None:
            part.open = [step for step in part.steps if not step.is_answered(data)]
        return part.open


def frozen(value: Any) -> Any:
    """``value`` as nested tuples that compare equal only when the value is the same, kind
    included (1 and True, a date and its text, are different answers)."""
    if isinstance(value, Mapping):
        return (dict, tuple((key, frozen(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return (list, tuple(frozen(item) for item in value))
    return (type(value), value)


def issue_reads(data: Any, issues: list[Any], i: int) -> tuple[Any, tuple[Any, ...]]:
    """What the questions of issue ``i`` are built from, and the objects they hold: its
    reason and facts (the facts mapping itself too: reason questions check an answer against
    the facts given so far), how many entries each list has, the text of each measure (its
    closest suggestion gives the defaults), the ASINs the notice cites, and whether it is the
    only issue."""
    issue = issues[i]
    base = ("issues", i)
    facts = paths.get(data, (*base, "facts"))
    counts = tuple(len(paths.get(data, (*base, name)) or []) for name in ENTRY_LISTS)
    measures = tuple(
        frozen(paths.get(data, (*base, "preventive_measures", n, "measure")))
        for n in range(max(counts[2], 1))
    )
    reads = (
        id(issue), frozen(issue.get("reason", "")), id(facts), frozen(facts), counts, measures,
        frozen(paths.get(data, ("notice", "asins"))), len(issues) == 1,
    )  # fmt: skip
    return reads, (issue, facts)


def evidence_reads(data: Any) -> tuple[Any, Any]:
    """What the evidence questions are built from: the files listed (their ids and paths
    name them in the questions) and the ASINs the notice cites. They hold no object."""
    return (
        frozen(paths.get(data, ("evidence",))),
        frozen(paths.get(data, ("notice", "asins"))),
    ), None
