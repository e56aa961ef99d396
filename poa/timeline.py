"""A case's dates: the notice, the day the answer is due, each appeal sent and its follow-up,
each answer, and the improvement plan's checkpoints until its measuring window has rolled over.

Every date says where it comes from: the notice's own words, the case, or a usual rule (the
reason's bank or the marketplace's appeal windows), marked as an estimate.

>>> events = timeline(load_case("case.yaml"), workspace.banks)           # doctest: +SKIP
>>> [(e.day, e.title) for e in events][:2]                              # doctest: +SKIP
[(datetime.date(2026, 11, 9), 'Notice received'), (datetime.date(2026, 11, 26), ...)]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from poa.model import MARKETPLACE_LABELS, OUTCOME_LABELS, Attempt, Case

if TYPE_CHECKING:
    from poa.banks.library import BankLibrary

__all__ = ["FOLLOW_UP_DAYS", "Deadline", "Event", "deadline", "timeline"]

FOLLOW_UP_DAYS = 7
"""Days after sending an appeal to check for an answer. No marketplace publishes this; it is
poa's reminder, and said to be one."""


@dataclass(frozen=True)
class Event:
    """One dated thing in a case's life."""

    key: str
    """Stable within the case ("deadline", "sent-1", "pip-late_shipment_rate-3"): the same
    event keeps its key when its date moves (the deadline of the attempt being written is
    always "deadline"), so a calendar updates it."""
    day: dt.date
    kind: str
    """notice, deadline, sent, follow_up, answer or checkpoint."""
    title: str
    note: str = ""
    estimated: bool = False
    """True when the date comes from a usual rule, not from the notice or the case."""


@dataclass(frozen=True)
class Deadline:
    """The last day for the attempt being written, and where that day comes from."""

    day: dt.date
    basis: str
    estimated: bool
    attempt: int


def deadline(case: Case, banks: BankLibrary) -> Deadline | None:
    """The day the current attempt is due: a date the last answer set; the marketplace's
    window after a rejection; the notice's deadline; or the reason's usual period from the
    notice (estimated). None when nothing gives one."""
    number = case.notice.attempt
    answered = _answered_before(case)
    if answered is not None and answered.reply_by is not None:
        basis = answered.reply_by_basis or "the date the last answer gives"
        return Deadline(answered.reply_by, basis, basis.startswith("the usual"), number)
    if answered is not None and answered.answered_on is not None:
        window = _window_after_rejection(case, banks)
        if window is not None:
            days, what = window
            day = answered.answered_on + dt.timedelta(days=days)
            return Deadline(day, f"usual rule: {what}", True, number)
    if case.notice.deadline is not None:
        basis = case.notice.deadline_basis or "the deadline the case gives"
        return Deadline(case.notice.deadline, basis, basis.startswith("the usual"), number)
    rules = []
    for issue in case.issues:
        bank = banks.find(issue.reason)
        if bank is not None and bank.channel.deadline_days:
            rules.append((bank.channel.deadline_days, bank.title))
    if not rules:
        return None
    days, title = min(rules)
    day = case.notice.received_on + dt.timedelta(days=days)
    return Deadline(
        day, f"usual rule: {days} days for {title}; the notice states none", True, number
    )


def _answered_before(case: Case) -> Attempt | None:
    """The answer the current attempt replies to: the last attempt before it, once answered."""
    before = [
        a for a in case.history if (a.number or 0) < case.notice.attempt and a.outcome != "pending"
    ]
    return max(before, key=lambda a: a.number or 0) if before else None


def _window_after_rejection(case: Case, banks: BankLibrary) -> tuple[int, str] | None:
    """The marketplace's window for the next appeal after a rejection (TikTok Shop's 15
    days), as its appeal rules in the banks state it."""
    info = banks.marketplaces
    market = getattr(info, case.marketplace, None) if info is not None else None
    for window in market.windows if market is not None else []:
        if "rejected" in window.what.lower():
            return window.days, window.what.rstrip(".")
    return None


def timeline(case: Case, banks: BankLibrary) -> list[Event]:
    """Every event of the case, in date order."""
    events = [Event("notice", case.notice.received_on, "notice", "Notice received", _notice(case))]
    events += _deadlines(case, banks)
    for attempt in sorted(case.history, key=lambda a: a.number or 0):
        events += _attempt_events(case, banks, attempt)
    events += _checkpoints(case, banks)
    return sorted(events, key=lambda e: (e.day, e.key))


def _notice(case: Case) -> str:
    parts = [MARKETPLACE_LABELS.get(case.marketplace, case.marketplace)]
    if case.notice.reference:
        parts.append(f"reference {case.notice.reference}")
    if case.notice.subject:
        parts.append(case.notice.subject)
    return "; ".join(parts)


def _deadlines(case: Case, banks: BankLibrary) -> list[Event]:
    events = []
    first = case.notice.deadline
    if first is not None and case.notice.attempt > 1:
        basis = case.notice.deadline_basis or "the deadline the case gives"
        events.append(
            Event(
                "deadline-notice",
                first,
                "deadline",
                "Notice's deadline to respond",
                basis,
                basis.startswith("the usual"),
            )
        )
    due = deadline(case, banks)
    if due is not None and not (case.notice.attempt > 1 and due.day == first):
        title = f"Attempt {due.attempt} due" + (" (estimated)" if due.estimated else "")
        events.append(Event("deadline", due.day, "deadline", title, due.basis, due.estimated))
    return events


def _attempt_events(case: Case, banks: BankLibrary, attempt: Attempt) -> list[Event]:
    number = attempt.number or 0
    events = []
    if attempt.submitted_on is not None:
        how = f" through {attempt.channel}" if attempt.channel else ""
        events.append(
            Event(f"sent-{number}", attempt.submitted_on, "sent", f"Attempt {number} sent{how}")
        )
        if attempt.outcome == "pending":
            events.append(_follow_up(case, banks, attempt.submitted_on, number))
    if attempt.outcome != "pending" and attempt.answered_on is not None:
        title = f"Answer to attempt {number}: {OUTCOME_LABELS[attempt.outcome]}"
        note = f"{len(attempt.todos)} point(s) to change" if attempt.todos else ""
        events.append(Event(f"answer-{number}", attempt.answered_on, "answer", title, note))
    return events


def _follow_up(case: Case, banks: BankLibrary, sent: dt.date, number: int) -> Event:
    notes = [
        f"No answer yet? Check the appeal's status where it was sent. Day {FOLLOW_UP_DAYS} "
        "is poa's reminder; the marketplaces publish no time to answer."
    ]
    limits = [
        bank.channel.attempts
        for issue in case.issues
        if (bank := banks.find(issue.reason)) is not None and bank.channel.attempts
    ]
    if limits:
        left = min(limits) - number
        notes.append(
            f"Appeals allowed for this reason: {min(limits)}; after this one, {max(left, 0)} left."
        )
    window = _window_after_rejection(case, banks)
    if window is not None:
        notes.append(f"If it is rejected: {window[1]}.")
    day = sent + dt.timedelta(days=FOLLOW_UP_DAYS)
    return Event(
        f"follow-up-{number}",
        day,
        "follow_up",
        f"Follow up on attempt {number}",
        " ".join(notes),
        estimated=True,
    )


def _checkpoints(case: Case, banks: BankLibrary) -> list[Event]:
    from poa.render.pip import pip_metrics

    events = []
    for metric in pip_metrics(case, banks):
        if metric.window_end is None:
            continue
        for n, day in enumerate(metric.checkpoints, start=1):
            last = day == metric.window_end
            title = (
                f"{metric.name}: first full window after the fixes ends"
                if last
                else f"{metric.name}: improvement plan checkpoint"
            )
            note = f"Goal: {metric.goal_text}." if metric.goal_text else ""
            events.append(
                Event(f"pip-{metric.snapshot.metric}-{n}", day, "checkpoint", title, note)
            )
    return events
