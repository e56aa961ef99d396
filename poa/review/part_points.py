"""What each point of a written plan's part tells: when an action was done, and whether a
measure already runs or is only meant to.

A part read as a whole may have one dated action among five undated ones, or one running
control among promises; a reviewer reads point by point and marks the plan down for the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from poa import linear
from poa.review.checks import C2, P6
from poa.review.findings import Finding
from poa.review.language import has_specifics, sentences
from poa.review.plan_model import Paragraph, PlanIssue

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"[0-3]?[0-9](?:st|nd|rd|th)?"
_CALENDAR_DATE = (
    rf"\b(?:{_DAY}(?:\s?[-–]\s?{_DAY})?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}\b"
    rf"|{_MONTH},?\s+[12][0-9]{{3}}\b"
    r"|[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]|[0-3]?[0-9][/.][01]?[0-9][/.][0-9]{2,4}\b)"
)
_START = linear.compile(_CALENDAR_DATE, linear.I)
"""A day on the calendar: "12 March", "March 12", "March 2026", "2026-03-12", "12/03/2026".
What a measure starts on; "every Monday" or "the same day it is found" is its cadence."""
_DONE_ON = linear.compile(
    _CALENDAR_DATE + r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:the same|that|the next|the following) (?:day|morning|afternoon|evening))\b",
    linear.I,
)
"""A day an action was done on: a date, "on Monday", or "the same day" as the action told
before it. "The same week" or "recently" names no day a reviewer could check."""
_INTENDED = linear.compile(
    r"\b(?:will|shall|going to|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|aim(?:s|ing)? to|"
    r"expect(?:s|ing)? to|looking into)\b|\w'll\b",
    linear.I,
)
"""The future tense or a plan: what the seller means to do, not what runs."""


def points(paragraphs: Sequence[Paragraph], *, sentence_each: bool = False) -> list[str]:
    """The points of a part: its list items when it has two or more (a line that leads into
    the list is none), else its paragraphs, or with ``sentence_each`` their sentences."""
    items = [p.text for p in paragraphs if p.is_item]
    if len(items) >= 2:
        return items
    if sentence_each:
        return [s for p in paragraphs for s in sentences(p.text)]
    return [p.text for p in paragraphs]


def unverifiable_actions(paragraphs: Sequence[Paragraph]) -> tuple[int, int]:
    """How many of a corrective part's points give neither the day they were done nor a
    count, date or id of what they covered ("we contacted the buyers", "we retrained the
    team"), of how many: nothing in them a reviewer could check."""
    found = points(paragraphs)
    return sum(not has_specifics(p) and not _DONE_ON.search(p) for p in found), len(found)


def intended_measures(paragraphs: Sequence[Paragraph]) -> tuple[int, int]:
    """How many of a preventive part's points are only intended (the future tense or a plan,
    with no date they start), of how many: "we will check the report every week" has not
    started; "since 3 May the lead checks it" or "from 1 June we will" has or has a date.
    Measures told in prose are one a sentence; an action's later sentences say more of it."""
    found = points(paragraphs, sentence_each=True)
    return sum(bool(_INTENDED.search(p)) and not _START.search(p) for p in found), len(found)


def most(count: int, total: int) -> bool:
    """More than half of the points, or the only one."""
    return count * 2 > total


def point_by_point(issue: PlanIssue, where: str, *, actions: bool = True) -> list[Finding]:
    """C2 when most corrective actions give nothing to check (``actions``: not already found
    of the part as a whole), P6 when most preventive measures are only intended."""
    found: list[Finding] = []
    fixes = issue.sections.get("corrective") or []
    undone, total = unverifiable_actions(fixes)
    if actions and fixes and most(undone, total):
        found.append(
            C2.finding(
                location=where,
                message=f"{undone} of the {total} corrective actions give no date, count or "
                "id: nothing in them a reviewer could check.",
                fix="Give each action the day it was done and what it covered, e.g. 'on 12 "
                "November we refunded the 14 buyers'.",
                line=fixes[0].line,
            )
        )
    measures = issue.sections.get("preventive") or []
    meant, total = intended_measures(measures)
    if measures and most(meant, total):
        found.append(
            P6.finding(
                location=where,
                message=f"{meant} of the {total} preventive measures are only intended: in "
                "the future tense, with no date they start.",
                fix="Start each measure before you send the plan and say since when it runs "
                "('since 3 May the shipping lead checks …'), or give the day it starts.",
                line=measures[0].line,
            )
        )
    return found
