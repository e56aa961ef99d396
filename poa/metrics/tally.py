"""Counting orders per day, then a metric over a window: how order files become figures.

A reader adds each order once to a :class:`Tally` (the day it counts on, and why it is in
the numerator if it is); :meth:`Tally.metric` then sums the window that ends on the
``--as-of`` day (by default the newest day in the file) and judges the figure against the
project's threshold, saying so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from poa.metrics.model import CountedOrder, Metric, Unit
from poa.metrics.targets import Targets, judge, rate


@dataclass(frozen=True)
class Settings:
    """What every reader is given: the window and end day asked for, and the thresholds."""

    targets: Targets
    window: int | None = None
    """--window DAYS for computed figures; None: each metric's own (thresholds.yaml)."""
    as_of: dt.date | None = None
    """--as-of: the last day of every computed window; None: the newest day in the file."""


@dataclass
class Tally:
    """One metric's orders per UTC day: how many count (denominator) and which are in the
    numerator, with the reason."""

    id: str
    """The metric id."""
    share_good: bool = False
    """True for a rate of good orders (valid tracking): the flagged orders are the ones that
    pull it down, and the numerator counts the others."""
    total: Counter[dt.date] = field(default_factory=Counter)
    flagged: dict[dt.date, list[CountedOrder]] = field(default_factory=dict)

    def add(self, day: dt.date, flagged: CountedOrder | None = None) -> None:
        self.total[day] += 1
        if flagged is not None:
            self.flagged.setdefault(day, []).append(flagged)

    def last_day(self) -> dt.date | None:
        return max(self.total) if self.total else None

    def metric(
        self,
        settings: Settings,
        *,
        marketplace: str,
        source: str,
        format: str,
        default_window: int,
        scope: str | None = None,
        notes: tuple[str, ...] = (),
        last_day: dt.date | None = None,
    ) -> tuple[Metric, list[CountedOrder]]:
        """The figure over the window, and the orders in its numerator (oldest first)."""
        days = settings.window or settings.targets.window(marketplace, self.id, default_window)
        end = settings.as_of or last_day or self.last_day()
        numerator = denominator = 0
        orders: list[CountedOrder] = []
        start = end - dt.timedelta(days=days - 1) if end else None
        if end is not None and start is not None:
            for day, count in self.total.items():
                if start <= day <= end:
                    denominator += count
            for day in sorted(self.flagged):
                if start <= day <= end:
                    orders.extend(self.flagged[day])
            numerator = denominator - len(orders) if self.share_good else len(orders)
        value = rate(numerator, denominator)
        target = settings.targets.get(marketplace, self.id)
        unit: Unit = "percent"
        why = [f"computed by poa from {denominator} orders in the file"]
        if target is not None:
            why.append(
                f"the target is poa's ({target.comparison} {target.value:g} %, "
                "question_banks/thresholds.yaml): the file gives none"
            )
        if not denominator:
            why.append("no orders in the window")
        metric = Metric(
            id=self.id,
            name=settings.targets.name(marketplace, self.id),
            value=value,
            unit=unit,
            target=target.value if target else None,
            comparison=target.comparison if target else None,
            target_source="thresholds" if target else None,
            status=judge(
                value, unit, target.comparison if target else None, target.value if target else None
            ),
            window_days=days,
            window_from=start,
            window_to=end,
            numerator=numerator,
            denominator=denominator,
            source=source,
            format=format,
            marketplace=marketplace,
            computed=True,
            scope=scope,
            notes=(*why, *notes),
        )
        return metric, orders
