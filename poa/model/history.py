"""A case's history: each appeal sent on the notice, frozen as it was sent, and what came back.

The attempt being written is the case itself (``notice.attempt`` is its number). When it is
sent, ``poa submitted`` freezes it here: its issues as they stood, the checksums of the
documents sent and the date. The marketplace's answer is recorded on the same entry
(``poa outcome``), and a rejection's points become to-dos for the next attempt
(``poa revise``). Every field is optional, so a case written before any of this loads as it is.
"""

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from poa.model.base import Part, Text
from poa.model.parts import Issue
from poa.model.values import CADENCE_LABELS

Outcome = Literal["pending", "more_information_requested", "rejected", "accepted"]
Section = Literal["summary", "root_causes", "corrective_actions", "preventive_measures", "evidence"]
SECTION_LABELS: dict[str, str] = {
    "summary": "summary",
    "root_causes": "root causes",
    "corrective_actions": "corrective actions",
    "preventive_measures": "preventive measures",
    "evidence": "evidence",
}
OUTCOME_LABELS: dict[str, str] = {
    "pending": "no answer yet",
    "more_information_requested": "more information requested",
    "rejected": "rejected",
    "accepted": "accepted",
}
Checksum = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class ToDo(Part):
    """A point the marketplace's answer asks to improve, on one issue and one section."""

    issue: int | None = Field(
        None,
        ge=0,
        description="The issue it is about, as its index in issues (0 is the first); none "
        "for the case as a whole (its evidence).",
    )
    section: Section = Field(description="The part of the issue to change.")
    ask: Text = Field(description="What the answer asks for, in a sentence.")
    done: bool = Field(False, description="True once the seller has answered it.")


class Attempt(Part):
    """One appeal sent on the notice, and the marketplace's answer to it."""

    number: int | None = Field(
        None, ge=1, description="1 for the first appeal, 2 for the second, ..."
    )
    submitted_on: dt.date | None = Field(None, description="The day it was sent.")
    channel: Text | None = Field(
        None, description="How it was sent, e.g. 'Account Health appeal form' or 'e-mail'."
    )
    outcome: Outcome = Field("pending", description="What the marketplace decided.")
    answered_on: dt.date | None = Field(None, description="The day the answer arrived.")
    response: Text | None = Field(None, description="What the marketplace answered.")
    reply_by: dt.date | None = Field(
        None, description="The last day for the next attempt, when the answer gives one."
    )
    reply_by_basis: Text | None = Field(
        None, description="Where reply_by comes from: the answer's words or a usual rule."
    )
    frozen_on: dt.date | None = Field(None, description="The day poa froze this attempt.")
    documents: dict[str, Checksum] = Field(
        default={},
        description="The documents sent, by file name, with their SHA-256 checksums.",
    )
    issues: list[Issue] = Field(
        default=[], description="The issues as they were sent, word for word."
    )
    todos: list[ToDo] = Field(
        default=[],
        description="What the answer asks to improve, for the next attempt to answer.",
    )


SECTIONS: tuple[str, ...] = ("summary", "root_causes", "corrective_actions", "preventive_measures")
"""The parts of an issue compared from one attempt to the next, in the plan's order."""


def section_lines(issue: Issue, section: str) -> list[str]:
    """The text of one part of an issue, one line per entry, as a reader compares it."""
    if section == "summary":
        return [issue.summary] if issue.summary else []
    if section == "root_causes":
        return [cause.description for cause in issue.root_causes]
    if section == "corrective_actions":
        return [f"{a.action} (completed {a.completed_on})" for a in issue.corrective_actions]
    if section == "preventive_measures":
        return [
            f"{m.measure} (owner {m.owner}, {CADENCE_LABELS[m.cadence]}, from {m.started_on}"
            + (f"; checked by: {m.verification})" if m.verification else ")")
            for m in issue.preventive_measures
        ]
    raise ValueError(f"no section {section!r}")


def same_text(old: list[str], new: list[str]) -> bool:
    """Whether two texts are word for word the same, spacing and line breaks aside."""
    return [" ".join(line.split()) for line in old] == [" ".join(line.split()) for line in new]
