"""The interview's logic: what to ask next, where each answer goes, what an edit invalidates.

Pure: no terminal, no files. It reads and changes the case data (a mapping, as loaded from
the case file) and nothing else; the session around it asks, saves and renders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, MutableMapping
from pathlib import Path
from typing import Any

from poa.banks.library import BankLibrary
from poa.interview import paths
from poa.interview.flow import Flow
from poa.interview.paths import FieldPath
from poa.interview.steps import SECTIONS, Step

Data = MutableMapping[str, Any]


class Engine:
    """Decides the next question from the banks and the answers so far.

    It keeps the plan between calls and rebuilds only what its own writes touched: between
    calls, change the data only through ``answer``, ``back`` and ``change`` (as the session and
    the replay do), or hand the engine another mapping (a case read again), which it plans
    afresh.
    """

    def __init__(self, library: BankLibrary, base_dir: Path, today: dt.date) -> None:
        self.flow = Flow(library, base_dir, today)

    def plan(self, data: Data) -> list[Step]:
        """Every question the current answers call for, in order, answered or not."""
        return self.flow.steps(data)

    def next_step(self, data: Data, skip: Container[str] = ()) -> Step | None:
        """The first question still unanswered (and whose key is not in ``skip``); None when
        the interview is complete."""
        return self.flow.next_open(data, skip)

    def answer(self, data: Data, step: Step, value: Any) -> None:
        """Store ``value`` (already checked) where the step says."""
        if step.kind == "more":
            self._more(data, step, bool(value))
        elif value is None and (step.kind == "multiselect" or step.extra.get("list")):
            paths.put(data, step.path, [])  # an optional list left empty reads back as one
        elif step.store is not None:
            step.store(data, step.path, value)
        else:
            paths.put(data, step.path, value)
        self.flow.touched(step.path)
        if step.store is not None:
            self.flow.touched(("evidence",))  # a file given for an action is listed as evidence
        progress = data.setdefault("interview", {})
        progress["finished"] = self.next_step(data) is None

    def back(self, data: Data, step: Step) -> Step | None:
        """The question before ``step``, to ask again; None at the very first question.

        Going back from the first field of an entry just added with "yes" removes the empty
        entry, so that the "Add another?" question can be answered again.
        """
        plan = self.plan(data)
        keys = [s.key for s in plan]
        if step.list_path is not None and step.key in keys:
            entry = step.path[: len(step.list_path) + 1]
            if paths.get(data, entry) == {}:
                paths.drop(data, entry)
                self.flow.touched(entry)
                return next(
                    (s for s in self.plan(data) if s.key == "more:" + paths.text(step.list_path)),
                    None,
                )
        if step.key not in keys:
            return plan[-1] if plan else None
        position = keys.index(step.key)
        return plan[position - 1] if position > 0 else None

    def change(self, data: Data, step: Step, value: Any) -> list[FieldPath]:
        """Replace an answer and clear every answer that depended on it (to be asked again)."""
        before = paths.get(data, step.path)
        self.answer(data, step, value)
        if before == paths.get(data, step.path):
            return []
        cleared: list[FieldPath] = []
        changed = [step.path]
        while changed:
            source = changed.pop()
            for other in self.plan(data):
                if source in other.depends_on and other.is_answered(data):
                    self._clear(data, other)
                    cleared.append(other.path)
                    changed.append(other.path)
        self._prune_facts(data)
        return cleared

    def progress(self, data: Data, step: Step) -> str:
        """'Issue 1 of 2 · Corrective actions · section 3 of 6', or 'Evidence · section 4 of 6'."""
        number = SECTIONS.index(step.section) + 1
        where = f"section {number} of {len(SECTIONS)}"
        if step.issue is None:
            return f"{step.section} · {where}"
        issues = len(paths.get(data, ("issues",)) or [])
        return f"Issue {step.issue + 1} of {issues} · {step.subsection} · {where}"

    def answered(self, data: Data) -> list[tuple[Step, Any]]:
        """Every answered question with its answer, in order (for the summary and review)."""
        return [
            (step, paths.get(data, step.path))
            for step in self.plan(data)
            if step.kind != "more" and step.is_answered(data)
        ]

    def _more(self, data: Data, step: Step, again: bool) -> None:
        key = paths.text(step.path)
        progress = data.setdefault("interview", {})
        closed = progress.setdefault("closed", [])
        if again:
            if key in closed:
                closed.remove(key)
            entries = paths.get(data, step.path)
            if not isinstance(entries, list):
                paths.put(data, step.path, [])
                entries = paths.get(data, step.path)
            entries.append({})
        elif key not in closed:
            closed.append(key)

    def _clear(self, data: Data, step: Step) -> None:
        self.flow.touched(step.path)
        if step.kind == "more":
            closed = paths.get(data, ("interview", "closed")) or []
            if paths.text(step.path) in closed:
                closed.remove(paths.text(step.path))
            return
        if step.path == ("issues",):
            data["issues"] = []
            return
        paths.drop(data, step.path)

    def _prune_facts(self, data: Data) -> None:
        """Drop answers to reason questions whose condition no longer holds."""
        asked = {s.path for s in self.plan(data)}
        for i, issue in enumerate(paths.get(data, ("issues",)) or []):
            facts = issue.get("facts") if isinstance(issue, MutableMapping) else None
            if not isinstance(facts, MutableMapping):
                continue
            for key in [k for k in facts if ("issues", i, "facts", k) not in asked]:
                del facts[key]
                self.flow.touched(("issues", i, "facts", key))
