"""``poa history``: a case's attempts, when each was sent, what came back, and what changed
from one attempt to the next, issue by issue and part by part.

>>> case = load_case("samples/amazon-inauthentic-attempts.yaml")       # doctest: +SKIP
>>> report = attempts_report(case)                                     # doctest: +SKIP
>>> [a["number"] for a in report["attempts"]]                          # doctest: +SKIP
[1, 2]
"""

from __future__ import annotations

import difflib
from typing import Any

from poa.model import OUTCOME_LABELS, SECTION_LABELS, Attempt, Case, Issue
from poa.model.history import SECTIONS, same_text, section_lines

__all__ = ["as_text", "attempts_report", "section_changes"]


def section_changes(before: Issue | None, after: Issue | None) -> list[dict[str, Any]]:
    """For each part of an issue: ``unchanged``, ``changed`` (with the lines removed and
    added), or the whole issue ``added`` or ``removed``."""
    changes = []
    for section in SECTIONS:
        old = section_lines(before, section) if before is not None else []
        new = section_lines(after, section) if after is not None else []
        if before is None or after is None:
            kind = "added" if before is None else "removed"
        else:
            kind = "unchanged" if same_text(old, new) else "changed"
        diff = [] if kind == "unchanged" else _diff(old, new)
        changes.append({"section": section, "change": kind, "diff": diff})
    return changes


def _diff(old: list[str], new: list[str]) -> list[str]:
    """``- `` for each line taken out, ``+ `` for each line put in; lines kept are left out."""
    out = []
    for line in difflib.ndiff(old, new):
        if line.startswith(("- ", "+ ")):
            out.append(line)
    return out


def attempts_report(case: Case) -> dict[str, Any]:
    """The history as data (what ``poa history --format json`` prints): every attempt sent,
    then the one being written, each with what changed since the one before."""
    attempts: list[dict[str, Any]] = []
    previous: list[Issue] | None = None
    asked: list[dict[str, Any]] = []
    for attempt in sorted(case.history, key=lambda a: a.number or 0):
        issues = attempt.issues or None
        entry = _attempt_entry(attempt, case)
        if issues is not None and previous is not None:
            entry["changes"] = _changes(previous, issues, asked)
        attempts.append(entry)
        previous = issues if issues is not None else previous
        asked = entry["todos"]
    if not any(a["number"] == case.notice.attempt for a in attempts):
        current: dict[str, Any] = {
            "number": case.notice.attempt,
            "state": "being written",
            "submitted_on": None,
            "outcome": None,
        }
        if previous is not None:
            current["changes"] = _changes(previous, case.issues, asked)
        attempts.append(current)
    return {"attempt": case.notice.attempt, "attempts": attempts}


def _attempt_entry(attempt: Attempt, case: Case) -> dict[str, Any]:
    todos = [
        {
            "issue": todo.issue,
            "title": _title(case, todo.issue),
            "section": todo.section,
            "ask": todo.ask,
            "done": todo.done,
        }
        for todo in attempt.todos
    ]
    return {
        "number": attempt.number,
        "state": "sent" if attempt.submitted_on or attempt.issues else "recorded",
        "submitted_on": _iso(attempt.submitted_on),
        "channel": attempt.channel,
        "outcome": attempt.outcome,
        "answered_on": _iso(attempt.answered_on),
        "reply_by": _iso(attempt.reply_by),
        "reply_by_basis": attempt.reply_by_basis,
        "documents": dict(attempt.documents),
        "todos": todos,
    }


def _changes(
    before: list[Issue], after: list[Issue], asked: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    wanted = {(t["issue"], t["section"]) for t in asked}
    found = []
    for index in range(max(len(before), len(after))):
        old = before[index] if index < len(before) else None
        new = after[index] if index < len(after) else None
        shown = new if new is not None else old
        title = shown.title if shown is not None else ""
        for change in section_changes(old, new):
            change["asked"] = (index, change["section"]) in wanted
            found.append({"issue": index, "title": title, **change})
    return found


def _title(case: Case, index: int | None) -> str | None:
    if index is None or index >= len(case.issues):
        return None
    return case.issues[index].title


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def as_text(report: dict[str, Any]) -> str:
    """The history for a person: one block per attempt, then its changes as a diff."""
    lines: list[str] = []
    for entry in report["attempts"]:
        lines.append(_headline(entry))
        if entry.get("documents"):
            listed = ", ".join(
                f"{name} {digest[:12]}" for name, digest in entry["documents"].items()
            )
            lines.append(f"  Documents sent (SHA-256): {listed}")
        for todo in entry.get("todos", []):
            where = _where(todo["issue"], todo["title"], todo["section"])
            lines.append(f"  To do for the next attempt, {where}: {todo['ask']}")
        changes = entry.get("changes")
        if changes is not None:
            lines += _change_lines(changes)
        lines.append("")
    return "\n".join(lines)


def _headline(entry: dict[str, Any]) -> str:
    head = f"Attempt {entry['number']}: "
    if entry["state"] == "being written":
        return head + "being written, not sent yet."
    sent = f"sent {entry['submitted_on']}" if entry["submitted_on"] else "sent (date not recorded)"
    if entry.get("channel"):
        sent += f" through {entry['channel']}"
    outcome = OUTCOME_LABELS[entry["outcome"]]
    if entry.get("answered_on") and entry["outcome"] != "pending":
        outcome += f" on {entry['answered_on']}"
    if entry.get("reply_by"):
        outcome += f"; next attempt due by {entry['reply_by']} ({entry['reply_by_basis']})"
    return f"{head}{sent}; {outcome}."


def _where(issue: int | None, title: str | None, section: str) -> str:
    if issue is None:
        return SECTION_LABELS[section]
    return f"issue {issue + 1} ({title}), {SECTION_LABELS[section]}"


def _change_lines(changes: list[dict[str, Any]]) -> list[str]:
    lines = ["  Changes since the attempt before:"]
    for change in changes:
        where = _where(change["issue"], change["title"], change["section"])
        kind = change["change"]
        if kind == "unchanged":
            note = " (the answer asked for a change here)" if change["asked"] else ""
            if change["asked"]:
                lines.append(f"    {where}: unchanged, word for word{note}")
            continue
        if kind in {"added", "removed"} and change["section"] != "summary":
            lines.append(f"    {where}: issue {kind}")
        elif kind == "changed":
            lines.append(f"    {where}: changed")
        lines += [f"      {line}" for line in change["diff"]]
    if len(lines) == 1:
        lines.append("    none: every part is word for word the same")
    return lines
