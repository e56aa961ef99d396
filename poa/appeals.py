"""What happened to each appeal: sent, answered, and the next attempt started from the answer.

Each function opens the case file, changes its ``history`` (and for a revision
``notice.attempt``) and saves it with comments and key order kept, under the same lock and
check as the interview's saves.

>>> record_submission("case.yaml", on=dt.date(2026, 11, 12), channel="Account Health",
...                   workspace=ws)                                         # doctest: +SKIP
>>> revise("case.yaml", "rejection.txt", workspace=ws).todos               # doctest: +SKIP
[ToDo(issue=0, section='root_causes', ask='...'), ...]
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from poa.casefile import CaseFile, open_case
from poa.errors import UsageError
from poa.model import Attempt, Case, ToDo
from poa.model.history import Section

if TYPE_CHECKING:
    from poa.notice import NoticeFacts
    from poa.workspace import Workspace

__all__ = [
    "OUTCOMES",
    "Revision",
    "document_checksums",
    "record_outcome",
    "record_submission",
    "revise",
    "todos_from",
]

OUTCOMES: dict[str, str] = {
    "accepted": "accepted",
    "rejected": "rejected",
    "more-info": "more_information_requested",
}
"""The outcomes as typed on the command line → as kept in the case file."""

_IMPROVE_SECTIONS: dict[str, tuple[Section, str]] = {
    "root_cause": (
        "root_causes",
        "The answer asks for greater detail on the root cause: name the step that failed, "
        "with dates, counts and ids.",
    ),
    "corrective": (
        "corrective_actions",
        "The answer asks for more detail on what was done to resolve it: each action, its "
        "date and the evidence that shows it.",
    ),
    "preventive": (
        "preventive_measures",
        "The answer asks for more detail on what keeps it from happening again: each "
        "control, its owner, how often it runs and how it is checked.",
    ),
}
_UNSAID = (
    "The answer names no part to improve; a reviewer who turned the plan down once will read "
    "every part again, so make this one more specific."
)


def _request_words() -> dict[str, str]:
    """Documents the answer asks for, as an evidence to-do names them (a notice's words; the
    invoices are the supplier's). The plan itself is the attempt, not a document to attach."""
    from poa.notice.report import REQUEST_LABELS

    words = {key: text for key, text in REQUEST_LABELS.items() if key != "plan_of_action"}
    return {**words, "invoices": "supplier invoices"}


@dataclass
class Revision:
    """What :func:`revise` did: the attempt it closed, the one it started, the to-dos."""

    closed: Attempt
    attempt: int
    todos: list[ToDo] = field(default_factory=list)
    was_recorded: bool = True
    """False when the closed attempt had not been recorded as sent: it was frozen now."""


def record_submission(
    case_path: str | Path,
    *,
    on: dt.date | None = None,
    channel: str | None = None,
    out_dir: str | Path = "out",
    workspace: Workspace,
) -> Attempt:
    """Freeze the attempt being written as sent on ``on`` (default: the workspace's today):
    its issues word for word, the checksums of its documents (see
    :func:`document_checksums`) and how it was sent."""
    case_file = open_case(case_path)
    case = case_file.validate(workspace.today)
    number = case.notice.attempt
    on = on or workspace.today
    if on > workspace.today:
        raise UsageError(f"--on {on}: that day has not come yet. Record a sending once it is done.")
    if on < case.notice.received_on:
        raise UsageError(
            f"--on {on} is before the notice arrived ({case.notice.received_on}). "
            "Give the day the appeal was sent."
        )
    for earlier in case.history:
        if earlier.number == number and earlier.submitted_on is not None:
            raise UsageError(
                f"Attempt {number} was recorded as sent on {earlier.submitted_on}. When the "
                f"marketplace answers: poa outcome {case_path} rejected --notice ANSWER "
                f"(or accepted, more-info), then poa revise {case_path} for attempt {number + 1}."
            )
    entry = _frozen(case, case_file, number, workspace, out_dir)
    entry["submitted_on"] = on
    if channel:
        entry["channel"] = channel.strip()
    _put_attempt(case_file, _ordered(entry))
    case_file.save()
    return Attempt.model_validate(entry)


def record_outcome(
    case_path: str | Path,
    outcome: str,
    *,
    notice: str | Path | None = None,
    on: dt.date | None = None,
    workspace: Workspace,
) -> Attempt:
    """Record the marketplace's answer (``accepted``, ``rejected`` or ``more-info``) on the
    latest attempt sent; with ``notice`` (the answer as received) its date, text, any date
    it sets for the next attempt and, for a refusal, what it asks to improve."""
    if outcome not in OUTCOMES:
        raise UsageError(f"Unknown outcome {outcome!r}: choose accepted, rejected or more-info.")
    case_file = open_case(case_path)
    case = case_file.validate(workspace.today)
    index = _latest_sent(case, case_path)
    if case.history[index].number not in {None, case.notice.attempt}:
        raise UsageError(
            f"Attempt {case.notice.attempt} of {case_path} is not recorded as sent yet; its "
            f"answer can be recorded once it is: poa submitted {case_path} --on YYYY-MM-DD"
        )
    entry = case_file.data["history"][index]
    entry["outcome"] = OUTCOMES[outcome]
    if notice is not None:
        text, facts = _read_answer(notice, workspace)
        _answer(entry, text, facts, case)
        if outcome == "accepted":
            entry.pop("todos", None)
    if on is not None:
        entry["answered_on"] = on
    elif "answered_on" not in entry:
        entry["answered_on"] = workspace.today
    _reorder(entry)
    case_file.save()
    return Attempt.model_validate(entry)


def revise(
    case_path: str | Path,
    notice: str | Path | None = None,
    *,
    answer: tuple[str, NoticeFacts] | None = None,
    out_dir: str | Path = "out",
    workspace: Workspace,
) -> Revision:
    """Close the attempt that was turned down and start the next one.

    The attempt being written is frozen in the history if ``poa submitted`` did not already
    do it; the answer (``notice``, or the one already recorded with ``poa outcome``) is kept
    on it with a to-do for each point it asks to improve, on the issue and part it concerns;
    ``notice.attempt`` goes up by one. The case's text is left as it is, to be changed where
    the to-dos say. ``out_dir`` is where ``poa render`` wrote the documents sent; ``answer``
    is the notice's text and facts, when the caller has read it already.
    """
    case_file = open_case(case_path)
    case = case_file.validate(workspace.today)
    number = case.notice.attempt
    facts, text = None, ""
    if answer is not None:
        text, facts = answer
    elif notice is not None:
        text, facts = _read_answer(notice, workspace)
    if facts is not None and not facts.is_rejection:
        raise UsageError(
            f"{notice} does not read as an answer turning an appeal down (none of the "
            "words of a rejection were found). If it is one, record it with: poa outcome "
            f"{case_path} rejected --notice {notice}, then run poa revise {case_path}."
        )
    index = _index_of(case, number)
    was_recorded = index is not None
    if index is None:
        _put_attempt(case_file, _ordered(_frozen(case, case_file, number, workspace, out_dir)))
        index = len(case_file.data["history"]) - 1
    entry = case_file.data["history"][index]
    if entry.get("outcome") == "accepted":
        raise UsageError(f"Attempt {number} was accepted: there is nothing to revise.")
    if facts is not None:
        _answer(entry, text, facts, case)
        if entry.get("outcome") != "more_information_requested":
            entry["outcome"] = "rejected"
        entry.setdefault("answered_on", facts.received or workspace.today)
    elif not entry.get("response"):
        raise UsageError(
            f"No answer is recorded for attempt {number}. Give it: poa revise {case_path} "
            "--notice ANSWER (the marketplace's message, as a text file)."
        )
    elif entry.get("outcome", "pending") == "pending":
        entry["outcome"] = "rejected"
    _reorder(entry)
    case_file.data["notice"]["attempt"] = number + 1
    case_file.save()
    closed = Attempt.model_validate(entry)
    return Revision(closed, number + 1, list(closed.todos), was_recorded)


def todos_from(facts: NoticeFacts, case: Case) -> list[ToDo]:
    """A to-do for each point an answer asks to improve, on each issue it concerns.

    The issues are those whose reason the answer names, or every issue when it names none
    of the case's. Each part it asks more detail on (root cause, actions, prevention) is a
    to-do per issue; an answer that names no part makes every part one. Each document it
    asks for is a to-do on the case's evidence.
    """
    named = [i for i, issue in enumerate(case.issues) if issue.reason in facts.reasons]
    issues = named or list(range(len(case.issues)))
    todos = []
    for issue in issues:
        if facts.improve:
            wanted = [_IMPROVE_SECTIONS[key] for key in facts.improve if key in _IMPROVE_SECTIONS]
        else:
            wanted = [(section, _UNSAID) for section, _ in _IMPROVE_SECTIONS.values()]
        todos += [ToDo(issue=issue, section=section, ask=ask) for section, ask in wanted]
    requested = _request_words()
    for request in facts.requests:
        if request in requested:
            todos.append(
                ToDo(
                    section="evidence",
                    ask=f"The answer asks for {requested[request]}: add them as evidence "
                    "and cite them where they prove a point.",
                )
            )
    return todos


def document_checksums(
    case: Case, case_path: Path, out_dir: str | Path, workspace: Workspace
) -> dict[str, str]:
    """The SHA-256 of each document sent with the attempt.

    The files ``poa render`` wrote for this case in ``out_dir`` (as its record lists them,
    and only those still as it wrote them); where there are none, the Markdown of each
    document that fits the case, rendered now (the same case and templates give the same
    bytes every time)."""
    from poa.render.guard import MAX_OUTPUT_BYTES, OutputGuard

    folder = Path(out_dir) / case_path.stem
    found: dict[str, str] = {}
    if folder.is_dir():
        from poa.errors import OutputError
        from poa.fsutil import digest_limited

        try:
            written = OutputGuard(folder).written
        except OutputError:
            written = {}
        for name, recorded in sorted(written.items()):
            path = folder / name
            if path.is_file() and not path.is_symlink():
                try:
                    digest = digest_limited(path, MAX_OUTPUT_BYTES, OutputError, "document")
                except OutputError:
                    continue
                if digest == recorded:
                    found[name] = digest
    if found:
        return found
    from poa.render.document import Draft, default_documents, render_markdown

    draft = Draft.of(case, workspace, base_dir=case_path.resolve().parent)
    for document in default_documents(case, draft.banks):
        text = render_markdown(case, document, draft)
        found[f"{document}.md"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return found


def _frozen(
    case: Case, case_file: CaseFile, number: int, workspace: Workspace, out_dir: str | Path
) -> dict[str, Any]:
    return {
        "number": number,
        "outcome": "pending",
        "frozen_on": workspace.today,
        "documents": document_checksums(case, case_file.path, out_dir, workspace),
        "issues": [issue.model_dump(mode="python", exclude_defaults=True) for issue in case.issues],
    }


_KEY_ORDER = tuple(Attempt.model_fields)


def _ordered(entry: dict[str, Any]) -> CommentedMap:
    """The entry with its keys in the model's order, as a reader expects them."""
    return CommentedMap((key, entry[key]) for key in _KEY_ORDER if key in entry)


def _reorder(entry: Any) -> None:
    """The keys of a history entry in the model's order, after some were added."""
    for key in _KEY_ORDER:
        if key in entry:
            entry[key] = entry.pop(key)


def _put_attempt(case_file: CaseFile, entry: CommentedMap) -> None:
    data = case_file.data
    history = data.get("history")
    if not isinstance(history, list):
        history = CommentedSeq()
        if "history" in data:
            data["history"] = history
        elif "interview" in data:
            data.insert(list(data).index("interview"), "history", history)
        else:
            data["history"] = history
    history.append(entry)


def _index_of(case: Case, number: int) -> int | None:
    for index, attempt in enumerate(case.history):
        if attempt.number == number:
            return index
    return None


def _latest_sent(case: Case, case_path: str | Path) -> int:
    sent = [i for i, a in enumerate(case.history) if a.submitted_on is not None or a.issues]
    if not sent:
        raise UsageError(
            f"No attempt of {case_path} is recorded as sent. Record it first: poa submitted "
            f"{case_path} --on YYYY-MM-DD"
        )
    return sent[-1]


def _read_answer(notice: str | Path, workspace: Workspace) -> tuple[str, NoticeFacts]:
    from poa.notice import read_notice_file

    return read_notice_file(notice, workspace=workspace)


def _answer(entry: Any, text: str, facts: NoticeFacts, case: Case) -> None:
    """The answer's text, date, reply-by date and to-dos on the history entry."""
    from ruamel.yaml.scalarstring import LiteralScalarString

    # A literal block: the answer reads in the case file as it was received, line by line.
    entry["response"] = LiteralScalarString(
        "\n".join(line.rstrip() for line in text.strip().splitlines())
    )
    if facts.received:
        entry["answered_on"] = facts.received
    if facts.deadline:
        # A date the answer itself sets; the reason's usual period (``usual_deadline``) counts
        # from the first notice, not from an answer, so it is left to the timeline.
        entry["reply_by"] = facts.deadline
        entry["reply_by_basis"] = facts.deadline_basis or ""
    todos = todos_from(facts, case)
    if todos:
        entry["todos"] = [todo.model_dump(exclude_defaults=True) for todo in todos]
