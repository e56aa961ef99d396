"""The numbers of a Performance Improvement Plan: per metric, where it is, where it must be,
what was done, what now runs, and the dates to check it until the measuring window rolls over.

Values come from the case's ``metrics`` or, for a metric the case does not list, from the
interview's answer to the bank question tagged with that metric.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from poa.banks import BankLibrary
from poa.banks.schema import Threshold
from poa.common import long_date
from poa.model import Case, CorrectiveAction, Issue, MetricSnapshot, PreventiveMeasure

_DIRECTION = {"<": "at_most", "<=": "at_most", ">": "at_least", ">=": "at_least"}
_UNIT = {"percent": "percent", "count": "count", "points": "points", "hours": "hours"}


@dataclass(frozen=True)
class PipMetric:
    """One metric of the plan, with every reading the case gives of it."""

    snapshot: MetricSnapshot
    """The latest reading: the metric's current value."""
    name: str
    failing: bool | None
    """The latest reading is outside the target (True), inside it (False), or there is no
    target (None)."""
    strict: bool
    """The target itself is outside (``<`` or ``>``), as the marketplace states it."""
    readings: list[MetricSnapshot] = field(default_factory=list)
    """Every reading, oldest first (the one the notice quoted, then the ones since); the last
    is :attr:`snapshot`."""
    issues: list[Issue] = field(default_factory=list)
    window_end: dt.date | None = None
    """The first day on which a whole window is measured after the last corrective action."""
    checkpoints: list[dt.date] = field(default_factory=list)

    @property
    def first(self) -> MetricSnapshot:
        """The oldest reading: as a rule the figure the notice quoted."""
        return self.readings[0] if self.readings else self.snapshot

    def failing_at(self, reading: MetricSnapshot) -> bool | None:
        """Whether ``reading`` is outside the target (None: there is no target)."""
        return _failing(reading, self.strict)

    @property
    def actions(self) -> list[CorrectiveAction]:
        return [a for issue in self.issues for a in issue.corrective_actions]

    @property
    def controls(self) -> list[PreventiveMeasure]:
        return [m for issue in self.issues for m in issue.preventive_measures]

    @property
    def target_text(self) -> str:
        """``< 4 %``, ``≥ 90 %``: the target with the comparison the marketplace states."""
        snap = self.snapshot
        if snap.target is None:
            return ""
        signs = {"at_most": "<" if self.strict else "≤", "at_least": ">" if self.strict else "≥"}
        sign = signs.get(snap.direction or "", "")
        return f"{sign} {metric_value(snap.target, snap.unit)}".strip()

    @property
    def goal_text(self) -> str:
        """``below 4 %``, ``at least 90 %``: the target in words."""
        snap = self.snapshot
        if snap.target is None:
            return ""
        words = {
            "at_most": "below" if self.strict else "at or below",
            "at_least": "above" if self.strict else "at least",
        }
        return f"{words.get(snap.direction or '', 'at')} {metric_value(snap.target, snap.unit)}"

    @property
    def trend(self) -> str | None:
        """``better``, ``worse`` or ``unchanged`` from the first reading to the latest, as the
        target reads it (a ceiling: lower is better); None with one reading, or without a
        target to tell better from worse."""
        if len(self.readings) < 2 or self.snapshot.direction is None:
            return None
        step = self.snapshot.value - self.first.value
        if step == 0:
            return "unchanged"
        lower = self.snapshot.direction == "at_most"
        return "better" if (step < 0) == lower else "worse"

    @property
    def trend_text(self) -> str:
        """``down from 9.8 % on 9 November 2026 to 5.1 % on 23 November 2026, 4.7 points
        lower: better, but still outside the target``; empty with one reading."""
        if len(self.readings) < 2:
            return ""
        first, last = self.first, self.snapshot
        step = last.value - first.value
        moved = "up" if step > 0 else "down" if step < 0 else "unchanged"
        text = (
            f"{moved} from {metric_value(first.value, first.unit)} on {long_date(first.as_of)} "
            f"to {metric_value(last.value, last.unit)} on {long_date(last.as_of)}"
        )
        if step:
            text += f", {change(abs(step), last.unit)} {'higher' if step > 0 else 'lower'}"
        if self.trend is None or self.failing is None:
            return text
        where = "outside" if self.failing else "within"
        joint = "but still" if (self.trend == "better") == bool(self.failing) else "and"
        if self.trend == "unchanged":
            return f"{text}, {where} the target"
        return f"{text}: {self.trend}, {joint} {where} the target"

    def change_text(self, reading: MetricSnapshot) -> str:
        """How ``reading`` moved from the one before it (``down 4.7 points``); empty for the
        first."""
        index = next((n for n, r in enumerate(self.readings) if r is reading), 0)
        if index == 0:
            return ""
        step = reading.value - self.readings[index - 1].value
        if step == 0:
            return "unchanged"
        return f"{'up' if step > 0 else 'down'} {change(abs(step), reading.unit)}"

    @property
    def fixed_on(self) -> dt.date:
        """When the last corrective action was completed (the reading's date without any)."""
        return max((a.completed_on for a in self.actions), default=self.snapshot.as_of)


def pip_metrics(case: Case, banks: BankLibrary) -> list[PipMetric]:
    """Every metric of the case, once, with its readings, issues, window and checkpoints.

    A metric the case reads more than once (at the notice, then after the fixes) is one
    entry whose current value is its latest reading. ``banks`` (the run's) give the targets
    and tie interview answers to metrics.
    """
    thresholds = {t.metric: t for t in _thresholds(banks, case.marketplace)}
    readings: dict[str, list[MetricSnapshot]] = {}
    for snapshot in case.metrics:
        readings.setdefault(snapshot.metric, []).append(snapshot)
    for snapshot in _from_answers(case, banks, thresholds):
        if snapshot.metric not in readings:
            readings[snapshot.metric] = [snapshot]
    return [
        _metric(case, banks, sorted(found, key=lambda r: r.as_of), thresholds.get(metric))
        for metric, found in readings.items()
    ]


def _thresholds(banks: BankLibrary, marketplace: str) -> list[Threshold]:
    listed: list[Threshold] = getattr(banks.thresholds, marketplace)
    return [t for t in listed if t.default]


def _from_answers(
    case: Case, banks: BankLibrary, thresholds: dict[str, Threshold]
) -> list[MetricSnapshot]:
    found: list[MetricSnapshot] = []
    for issue in case.issues:
        bank = banks.find(issue.reason)
        if bank is None:
            continue
        for question in bank.all_questions():
            value = issue.facts.get(question.id)
            if question.metric is None or not isinstance(value, int | float):
                continue
            threshold = thresholds.get(question.metric)
            found.append(
                MetricSnapshot(
                    metric=question.metric,
                    value=float(value),
                    unit=_UNIT.get(threshold.unit, "points") if threshold else "percent",
                    target=threshold.target if threshold else None,
                    direction=_DIRECTION[threshold.comparison] if threshold else None,
                    window_days=threshold.window_days[-1]
                    if threshold and threshold.window_days
                    else None,
                    as_of=case.notice.received_on,
                    source="the notice, as entered in the interview",
                )
            )
    return found


def _with_threshold(snapshot: MetricSnapshot, threshold: Threshold | None) -> MetricSnapshot:
    """``snapshot`` with the target, direction and window the thresholds give, where the
    case leaves them out."""
    if threshold is None or (snapshot.target is not None and snapshot.direction is not None):
        return snapshot
    return snapshot.model_copy(
        update={
            "target": snapshot.target if snapshot.target is not None else threshold.target,
            "direction": snapshot.direction or _DIRECTION[threshold.comparison],
            "window_days": snapshot.window_days
            or (threshold.window_days[-1] if threshold.window_days else None),
        }
    )


def _metric(
    case: Case, banks: BankLibrary, found: list[MetricSnapshot], threshold: Threshold | None
) -> PipMetric:
    readings = [_with_threshold(reading, threshold) for reading in found]
    snapshot = readings[-1]
    strict = threshold is not None and threshold.comparison in {"<", ">"}
    issues = _issues_of(case, banks, snapshot.metric)
    metric = PipMetric(
        snapshot=snapshot,
        name=threshold.name if threshold else snapshot.metric.replace("_", " ").capitalize(),
        failing=_failing(snapshot, strict),
        strict=strict,
        readings=readings,
        issues=issues,
    )
    if snapshot.window_days:
        end = metric.fixed_on + dt.timedelta(days=snapshot.window_days)
        return PipMetric(
            **{**metric.__dict__, "window_end": end, "checkpoints": checkpoints(metric, end)}
        )
    return metric


def _failing(snapshot: MetricSnapshot, strict: bool) -> bool | None:
    target, value = snapshot.target, snapshot.value
    if target is None or snapshot.direction is None:
        return None
    if snapshot.direction == "at_most":
        return value >= target if strict else value > target
    return value <= target if strict else value < target


def _issues_of(case: Case, banks: BankLibrary, metric: str) -> list[Issue]:
    linked = []
    for issue in case.issues:
        bank = banks.find(issue.reason)
        if bank is not None and metric in bank.metrics:
            linked.append(issue)
    if not linked and len(case.issues) == 1:
        return list(case.issues)
    return linked


def checkpoints(metric: PipMetric, window_end: dt.date) -> list[dt.date]:
    """Review dates from the plan's date to the end of the first clean window.

    Weekly for windows of four weeks or more; more often for short windows, so that a
    7-day window still gets a check every day or two.
    """
    window = metric.snapshot.window_days or 30
    step = 7 if window >= 28 else max(1, window // 4)
    start = max(metric.fixed_on, metric.snapshot.as_of)
    dates = []
    day = start + dt.timedelta(days=step)
    while day < window_end:
        dates.append(day)
        day += dt.timedelta(days=step)
    dates.append(window_end)
    return dates


def change(step: float, unit: str) -> str:
    """A difference between two readings: ``4.7 points`` for rates in percent (percentage
    points), ``3`` for counts."""
    number = f"{round(step, 4):g}"
    units = {"percent": " points", "points": " points", "hours": " h"}
    return number + units.get(unit, "")


def metric_value(value: float, unit: str) -> str:
    """``9.8, "percent"`` → ``9.8 %``."""
    number = f"{value:g}"
    return {"percent": f"{number} %", "hours": f"{number} h"}.get(unit, number)
