"""A report's figures into a case: readings under ``metrics:``, the orders behind them under
the issue they belong to, and the order exhibit under ``evidence:``. Nothing already in the
case is changed or removed; what is there wins, and each thing left out is said, with why.

>>> report = read_reports(["perf-2026-11-09.json", "orders.json"])   # doctest: +SKIP
>>> added = add_to_case("case.yaml", report, banks=workspace.banks)   # doctest: +SKIP
>>> [(r.metric, r.value, r.as_of) for r in added.readings]            # doctest: +SKIP
[('late_shipment_rate', 9.8, datetime.date(2026, 11, 9))]

Which figure becomes a reading, where a report gives several:

* the marketplace's own figure, never one poa computed from orders, when the import or the
  case has one (a figure computed from an order file is a reading only where no report
  publishes the metric, as for TikTok Shop);
* one figure per metric and day: the window the case already reads the metric over, else
  the one that misses its target, else the longest window;
* only metrics an issue of the case is about (its bank's ``metrics``); in a case with no
  such issue yet, the ones that miss their target or are at risk.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from poa.casefile import CaseFile, open_case
from poa.errors import ReportError
from poa.metrics.model import CountedOrder, Metric, MetricsReport, SourceFile
from poa.model import MARKETPLACE_LABELS, ORDER_EXHIBIT, MetricSnapshot, ReportOrder

if TYPE_CHECKING:
    import datetime as dt

    from poa.banks import BankLibrary

MAX_ORDERS = 2000
"""Orders kept per metric and issue: a reviewer reads a table, not a database, and a case
file stays small enough to read and diff."""
COMPUTED = "computed by poa"
"""How the source of a reading poa computed from orders begins."""

_DIRECTION: dict[str, Literal["at_most", "at_least"]] = {
    "<": "at_most",
    "<=": "at_most",
    "==": "at_most",
    ">": "at_least",
    ">=": "at_least",
}
_RANK = {"failing": 0, "at_risk": 1, "ok": 2}
_TITLES = {
    "amazon.performance_report": "Amazon's Seller Performance report",
    "amazon.all_orders": "Amazon's All Orders report",
    "amazon.orders_api": "Amazon's Orders API",
    "amazon.unshipped_orders": "Amazon's Unshipped Orders report",
    "amazon.feedback": "Amazon's Feedback report",
    "amazon.returns": "Amazon's returns report",
    "amazon.fba_returns": "Amazon's FBA customer returns report",
    "amazon.fba_shipments": "Amazon's Amazon-Fulfilled Shipments report",
    "ebay.seller_standards": "eBay's seller standards profile",
    "walmart.performance_summary": "Walmart's performance summary",
    "walmart.orders_api": "Walmart's Orders API",
    "tiktok.all_orders": "TikTok Shop's order export",
}


@dataclass
class Added:
    """What an import put into a case, and what it left out and why."""

    case: Path
    readings: list[MetricSnapshot] = field(default_factory=list)
    orders: dict[int, list[ReportOrder]] = field(default_factory=dict)
    """Issue index → the orders added under it."""
    exhibit: bool = False
    """True when the order exhibit's evidence entry was added."""
    left_out: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """What happened, for people: one line per reading, per issue and per thing left out."""
        lines = [f"Added to {self.case}:"] if self.readings or self.orders else []
        for reading in self.readings:
            value = f"{reading.value:g}{' %' if reading.unit == 'percent' else ''}"
            lines.append(f"  metrics: {reading.metric} {value} on {reading.as_of}")
        for index, orders in self.orders.items():
            metrics = ", ".join(sorted({o.metric for o in orders}))
            lines.append(f"  issues[{index}].report_orders: {_orders(len(orders))} ({metrics})")
        if self.exhibit:
            lines.append(f"  evidence: {ORDER_EXHIBIT}, the order exhibit (its document: orders)")
        if not lines:
            lines.append(f"Nothing new for {self.case}.")
        lines += [f"  not added: {why}" for why in self.left_out]
        return lines


def add_to_case(case: str | Path | CaseFile, report: MetricsReport, *, banks: BankLibrary) -> Added:
    """Put ``report``'s figures and orders into the case file and save it (under the case
    lock, atomically, never over a change made since it was read). ``banks`` (the run's) say
    which metrics each issue is about. A case file that does not exist is a CaseFileError;
    a report of another marketplace than the case's is a ReportError."""
    case_file = case if isinstance(case, CaseFile) else open_case(case)
    added = Added(case_file.path)
    data = case_file.data
    _marketplace(data, report, case_file.path)
    issue_metrics = _issue_metrics(data, banks)
    folder = case_file.base_dir
    _add_readings(data, report, issue_metrics, folder, added)
    _add_orders(data, report, issue_metrics, folder, added)
    _add_exhibit(data, added)
    if added.readings or added.orders or added.exhibit:
        case_file.save()
    return added


def _marketplace(data: CommentedMap, report: MetricsReport, path: Path) -> None:
    ours = data.get("marketplace")
    for file in report.files:
        if ours is not None and file.marketplace != ours:
            theirs = MARKETPLACE_LABELS.get(file.marketplace, file.marketplace)
            raise ReportError(
                f"{file.path} is a report of {theirs}, but {path} is a case for "
                f"{MARKETPLACE_LABELS.get(str(ours), str(ours))}. Import the reports of the "
                "marketplace that sent the notice."
            )
    markets = {file.marketplace for file in report.files}
    if ours is None and len(markets) == 1:
        data.insert(1 if "schema_version" in data else 0, "marketplace", markets.pop())


def _issue_metrics(data: CommentedMap, banks: BankLibrary) -> list[list[str]]:
    """Per issue of the case (in order), the metric ids its reason's bank is about."""
    found: list[list[str]] = []
    for issue in _list(data.get("issues")):
        reason = issue.get("reason") if isinstance(issue, dict) else None
        bank = banks.find(reason) if isinstance(reason, str) else None
        found.append(list(bank.metrics) if bank is not None else [])
    return found


# Readings -----------------------------------------------------------------------------------


def _add_readings(
    data: CommentedMap,
    report: MetricsReport,
    issue_metrics: list[list[str]],
    folder: Path,
    added: Added,
) -> None:
    existing = [m for m in _list(data.get("metrics")) if isinstance(m, dict)]
    about = {metric for metrics in issue_metrics for metric in metrics}
    files = {file.path: file for file in report.files}
    published = {m.id for m in report.metrics if not m.computed and m.value is not None}
    groups: dict[tuple[str, dt.date | None], list[Metric]] = {}
    for metric in report.metrics:
        groups.setdefault((metric.id, _day(metric, files, report)), []).append(metric)
    new: list[MetricSnapshot] = []
    for (metric_id, day), candidates in groups.items():
        # A count poa made from an order file (feedback, returns, unshipped orders) is no
        # reading of a rate: its orders are what it gives.
        usable = [
            m for m in candidates if m.value is not None and not (m.computed and m.unit == "count")
        ]
        if not usable:
            continue
        if about and metric_id not in about:
            if any(m.status == "failing" for m in usable):
                added.left_out.append(
                    f"{metric_id} misses its target in {_name(usable[0].source)}, but no issue "
                    "of the case is about it; if the notice cites it, add an issue for it and "
                    "import again"
                )
            continue
        if not about and not any(m.status in ("failing", "at_risk") for m in usable):
            continue
        theirs = [m for m in usable if not m.computed]
        if not theirs and _has_published(metric_id, published, existing):
            added.left_out.append(
                f"{metric_id} computed from {_name(usable[0].source)} ({_percent(usable[0])}): "
                "the marketplace's own figure is the reading; the orders behind it are listed"
            )
            continue
        if day is None:
            added.left_out.append(
                f"{metric_id} in {_name(usable[0].source)}: the report gives no date; give --as-of"
            )
            continue
        chosen = _choose(theirs or usable, existing)
        snapshot = _snapshot(chosen, day, files[chosen.source], folder)
        if any(_same_reading(snapshot, old) for old in [*existing, *_dumped(new)]):
            added.left_out.append(
                f"{metric_id} on {day}: the case already has this reading ({_percent(chosen)})"
            )
            continue
        new.append(snapshot)
    if not new:
        return
    metrics = data.get("metrics")
    if not isinstance(metrics, list):
        metrics = data["metrics"] = CommentedSeq()
    for snapshot in sorted(new, key=lambda s: (s.as_of, s.metric)):
        metrics.append(_mapping(snapshot))
    added.readings += new


def _day(metric: Metric, files: dict[str, SourceFile], report: MetricsReport) -> dt.date | None:
    """The date of the reading: the end of the metric's window, else the file's date."""
    file = files.get(metric.source)
    return metric.window_to or (file.as_of if file else None) or report.as_of


def _has_published(metric_id: str, published: set[str], existing: list[dict[str, Any]]) -> bool:
    """The import or the case has a figure of ``metric_id`` that poa did not compute."""
    if metric_id in published:
        return True
    return any(
        old.get("metric") == metric_id and not str(old.get("source") or "").startswith(COMPUTED)
        for old in existing
    )


def _choose(candidates: list[Metric], existing: list[dict[str, Any]]) -> Metric:
    windows = {old.get("window_days") for old in existing if old.get("metric") == candidates[0].id}

    def preference(metric: Metric) -> tuple[int, int, int]:
        return (
            0 if metric.window_days in windows else 1,
            _RANK.get(metric.status, 3),
            -(metric.window_days or 0),
        )

    return min(candidates, key=preference)


def _snapshot(metric: Metric, day: dt.date, file: SourceFile, folder: Path) -> MetricSnapshot:
    title = _TITLES.get(file.format, file.report)
    name = Path(file.path).name
    if metric.computed:
        source = f"{COMPUTED} from {metric.denominator} orders in {title}, {name}"
    else:
        source = f"{title}, {name}"
    value = metric.value if metric.value is not None else 0.0
    return MetricSnapshot(
        metric=metric.id,
        value=round(value, 2) if metric.unit == "percent" else value,
        unit=metric.unit,
        target=metric.target,
        direction=_DIRECTION.get(metric.comparison or ""),
        window_days=metric.window_days,
        as_of=day,
        source=source,
        report=relative(file.path, folder),
        numerator=metric.numerator,
        denominator=metric.denominator,
        scope=metric.scope,
    )


def _same_reading(new: MetricSnapshot, old: dict[str, Any]) -> bool:
    """``old`` (a reading in the case) is ``new``: same metric, day and window, and the same
    value to the precision ``old`` is written in (9.8 typed from the dashboard is 9.81)."""
    if old.get("metric") != new.metric or old.get("as_of") != new.as_of:
        return False
    if old.get("window_days") not in (None, new.window_days):
        return False
    value = old.get("value")
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    written = f"{float(value):g}"
    decimals = len(written.split(".", 1)[1]) if "." in written else 0
    return abs(float(value) - new.value) < max(10.0**-decimals, 0.005)


def _dumped(snapshots: Iterable[MetricSnapshot]) -> list[dict[str, Any]]:
    return [s.model_dump() for s in snapshots]


def _percent(metric: Metric) -> str:
    if metric.value is None:
        return "no value"
    return f"{metric.value:.2f} %" if metric.unit == "percent" else f"{metric.value:g}"


# Orders -------------------------------------------------------------------------------------


def _add_orders(
    data: CommentedMap,
    report: MetricsReport,
    issue_metrics: list[list[str]],
    folder: Path,
    added: Added,
) -> None:
    issues = _list(data.get("issues"))
    for metric_id, orders in report.orders.items():
        if not orders:
            continue
        index = next((i for i, m in enumerate(issue_metrics) if metric_id in m), None)
        if index is None or not isinstance(issues[index], dict):
            added.left_out.append(
                f"{_orders(len(orders))} behind {metric_id}: no issue of the case is about it; "
                "add the issue (poa interview) and import again"
            )
            continue
        issue = issues[index]
        listed = [o for o in _list(issue.get("report_orders")) if isinstance(o, dict)]
        seen = {(o.get("order_id"), o.get("metric")) for o in listed}
        room = MAX_ORDERS - sum(1 for o in listed if o.get("metric") == metric_id)
        new = [
            _order(order, metric_id, folder)
            for order in _unique(orders)
            if (order.order_id, metric_id) not in seen
        ]
        if len(new) > room:
            added.left_out.append(
                f"{len(new) - max(room, 0)} of the orders behind {metric_id}: an issue keeps "
                f"at most {MAX_ORDERS:,} (the oldest are listed)"
            )
            new = new[: max(room, 0)]
        if not new:
            continue
        target = issue.get("report_orders")
        if not isinstance(target, list):
            target = issue["report_orders"] = CommentedSeq()
        target.extend(_mapping(order) for order in new)
        added.orders.setdefault(index, []).extend(new)


def _unique(orders: Sequence[CountedOrder]) -> list[CountedOrder]:
    """Each order once (two files can list the same one): the first that lists it."""
    found: dict[str, CountedOrder] = {}
    for order in orders:
        found.setdefault(order.order_id, order)
    return list(found.values())


def _order(order: CountedOrder, metric_id: str, folder: Path) -> ReportOrder:
    return ReportOrder(
        order_id=order.order_id,
        metric=metric_id,
        why=order.why,
        ordered_on=order.ordered,
        due_on=order.due,
        shipped_on=order.shipped,
        delivered_on=order.delivered,
        report=relative(order.source, folder) if order.source else None,
    )


def _add_exhibit(data: CommentedMap, added: Added) -> None:
    """The order exhibit's evidence entry, once the case lists orders from reports."""
    issues = [i for i in _list(data.get("issues")) if isinstance(i, dict)]
    if not any(_list(issue.get("report_orders")) for issue in issues):
        return
    evidence = data.get("evidence")
    if isinstance(evidence, list) and any(
        isinstance(item, dict) and item.get("id") == ORDER_EXHIBIT for item in evidence
    ):
        return
    if not isinstance(evidence, list):
        evidence = data["evidence"] = CommentedSeq()
    entry = CommentedMap()
    entry["id"] = ORDER_EXHIBIT
    entry["kind"] = "order_list"
    entry["title"] = "The orders behind the figures, as the marketplace's own reports list them"
    entry["description"] = (
        "Each order with the day it was placed, when it was due, when it shipped or arrived, "
        "and why it counts; made by poa from the reports named in it."
    )
    evidence.append(entry)
    added.exhibit = True


# Shared -------------------------------------------------------------------------------------


def relative(path: str, folder: Path) -> str:
    """``path`` as seen from the case's folder, with ``/`` (the case may move between
    machines with its reports)."""
    try:
        return Path(os.path.relpath(Path(path).resolve(), folder)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return Path(path).resolve().as_posix()


def _mapping(model: MetricSnapshot | ReportOrder) -> CommentedMap:
    """The model as a YAML mapping in field order, without the fields it leaves empty."""
    out = CommentedMap()
    for key, value in model.model_dump(exclude_none=True).items():
        out[key] = value
    return out


def _name(path: str) -> str:
    return Path(path).name


def _orders(count: int) -> str:
    return f"{count:,} order{'' if count == 1 else 's'}"


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
