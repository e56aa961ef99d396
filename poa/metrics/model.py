"""What ``poa metrics`` found: each metric's figure, its target and status, and the orders
behind it.

Plain frozen dataclasses, no I/O: the command line prints them, and later stages (a case's
``metrics:``, an order exhibit, ``poa check`` comparing quoted figures) read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "at_risk", "failing", "no_data", "no_target"]
"""How a figure stands against its target:

* ``ok`` — meets the target with room to spare;
* ``at_risk`` — meets the target, but has used 80 % or more of what the target allows (a
  4 % ceiling: 3.2 % or more; a 95 % floor: 96 % or less), or the marketplace's own status
  for it is a warning;
* ``failing`` — misses the target (whatever the marketplace's own status says: both are
  shown);
* ``no_data`` — nothing to measure in the window (no orders), so no rate;
* ``no_target`` — a figure with no target known (a status-only metric).
"""

STATUSES: tuple[Status, ...] = ("ok", "at_risk", "failing", "no_data", "no_target")

Unit = Literal["percent", "count", "points"]
Comparison = Literal["<", "<=", ">", ">=", "=="]
TargetSource = Literal["report", "thresholds"]


def window_length(start: dt.date | None, end: dt.date | None) -> int | None:
    """The days a window from ``start`` to ``end`` spans, both counted; None when either end
    is unknown."""
    return (end - start).days + 1 if start and end else None


@dataclass(frozen=True)
class Metric:
    """One figure of one metric, as a report gives it or as poa computed it from orders.

    ``value`` and ``target`` are in ``unit`` (rates in percent, whatever the source used:
    Amazon's fractions, eBay's percent strings and Walmart's percent numbers all become
    percent); ``published`` keeps the source's own value as written.
    """

    id: str
    """The project's metric id (question_banks/thresholds.yaml), e.g. ``late_shipment_rate``."""
    name: str
    value: float | None
    unit: Unit
    target: float | None
    comparison: Comparison | None
    target_source: TargetSource | None
    """``report``: the marketplace's own target, quoted; ``thresholds``: poa's default."""
    status: Status
    window_days: int | None
    window_from: dt.date | None
    window_to: dt.date | None
    numerator: int | None
    denominator: int | None
    source: str
    """The file the figure comes from."""
    format: str
    """The format id (``amazon.performance_report``, ``amazon.all_orders``, …)."""
    marketplace: str
    computed: bool = False
    """True when poa computed the figure from orders; False when the report published it."""
    scope: str | None = None
    """What the figure covers when a metric has several: ``mfn``, ``afn``, ``units``."""
    marketplace_id: str | None = None
    marketplace_status: str | None = None
    """The marketplace's own word for the metric (``GOOD``, ``BAD``, ``TOP_RATED``, …)."""
    published: str | None = None
    """The value exactly as the source wrote it, with its unit (``0.009 (fraction)``)."""
    notes: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("window_from", "window_to"):
            data[key] = data[key].isoformat() if data[key] else None
        data["notes"] = list(self.notes)
        return data


@dataclass(frozen=True)
class CountedOrder:
    """An order that counts in a metric's numerator, and why."""

    order_id: str
    why: str
    date: dt.date | None = None
    """The day the order counts on in the window (ship-by day, purchase day, feedback day)."""
    source: str = ""
    ordered: dt.date | None = None
    """The day it was placed, where the file says (the order exhibit's columns, with the next
    three)."""
    due: dt.date | None = None
    """The day it was due to ship (ship-by, promise or estimated ship date)."""
    shipped: dt.date | None = None
    delivered: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        days = {
            key: day.isoformat() if day else None
            for key, day in (
                ("date", self.date),
                ("ordered", self.ordered),
                ("due", self.due),
                ("shipped", self.shipped),
                ("delivered", self.delivered),
            )
        }
        return {"order_id": self.order_id, "why": self.why, **days, "source": self.source}


@dataclass(frozen=True)
class Gap:
    """A metric a file cannot give, and which report would."""

    metric: str
    source: str
    why: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SourceFile:
    """One file read: its recognised format and how it was read."""

    path: str
    format: str
    report: str
    """The marketplace report's own name, e.g. ``GET_V2_SELLER_PERFORMANCE_REPORT``."""
    marketplace: str
    encoding: str | None = None
    delimiter: str | None = None
    rows: int | None = None
    skipped_rows: int = 0
    """Rows that were not data (a repeated header, a description row, a trailer line)."""
    as_of: dt.date | None = None
    notes: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["notes"] = list(self.notes)
        return data


@dataclass
class FileResult:
    """What one reader found in one file (readers build it; :class:`MetricsReport` joins)."""

    file: SourceFile
    metrics: list[Metric] = field(default_factory=list)
    orders: dict[str, list[CountedOrder]] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)


@dataclass(frozen=True)
class MetricsReport:
    """Everything ``poa metrics`` read from its files."""

    metrics: tuple[Metric, ...]
    orders: dict[str, list[CountedOrder]]
    """Per metric id, the orders in its numerator (from order files only)."""
    files: tuple[SourceFile, ...]
    gaps: tuple[Gap, ...] = ()
    as_of: dt.date | None = None
    """The --as-of date asked for (None: each file's own)."""

    @classmethod
    def join(cls, results: list[FileResult], as_of: dt.date | None = None) -> MetricsReport:
        orders: dict[str, list[CountedOrder]] = {}
        for result in results:
            for metric, found in result.orders.items():
                orders.setdefault(metric, []).extend(found)
        return cls(
            metrics=tuple(m for r in results for m in r.metrics),
            orders=orders,
            files=tuple(r.file for r in results),
            gaps=tuple(g for r in results for g in r.gaps),
            as_of=as_of,
        )

    def as_json(self) -> dict[str, Any]:
        """The public JSON shape: ``metrics`` (a list) and ``orders`` (per metric id)."""
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "metrics": [m.as_json() for m in self.metrics],
            "orders": {k: [o.as_json() for o in v] for k, v in self.orders.items()},
            "not_computed": [g.as_json() for g in self.gaps],
            "files": [f.as_json() for f in self.files],
        }
