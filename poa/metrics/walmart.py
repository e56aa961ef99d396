"""Walmart Marketplace (formats.md §W1, §W3): the Seller Performance summary, whose rates are
percent numbers (``overallRate: 89`` is 89 %) with the standard as text (``"above 90%"``), and
the Orders API, from which the orders behind a figure are found.

A summary does not name its metric (the endpoint did): poa takes it from a ``metric`` key
when the payload has one, else from the file's name as saved (``otd``, ``vtr``,
``cancellations``, ``srr``, ``returns``, ``inr``, ``negativeFeedback``, ``refunds``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from poa import linear
from poa.errors import ReportError
from poa.metrics.dates import instant
from poa.metrics.model import Comparison, CountedOrder, FileResult, Metric, SourceFile
from poa.metrics.tally import Settings, Tally
from poa.metrics.targets import judge

SUMMARY_FORMAT = "walmart.performance_summary"
ORDERS_FORMAT = "walmart.orders_api"
CODES = {
    "otd": "on_time_delivery",
    "vtr": "valid_tracking_rate",
    "cancellations": "cancellation_rate",
    "srr": "seller_response_rate",
    "returns": "return_rate",
    "inr": "item_not_received_rate",
    "negativefeedback": "negative_feedback_rate",
    "refunds": "refund_rate",
}
_STANDARD = linear.compile(
    r"(above|over|higher than|greater than|more than|at least|minimum( of)?|below|under|"
    r"less than|lower than|at most|maximum( of)?|no more than|>=|<=|>|<|≥|≤)\s*"
    r"(\d+(?:[.,]\d+)?)\s*%",
    linear.I,
)
_WORDS: dict[str, Comparison] = {
    "above": ">",
    "over": ">",
    "higher than": ">",
    "greater than": ">",
    "more than": ">",
    ">": ">",
    "at least": ">=",
    "minimum": ">=",
    "minimum of": ">=",
    ">=": ">=",
    "≥": ">=",
    "below": "<",
    "under": "<",
    "less than": "<",
    "lower than": "<",
    "<": "<",
    "at most": "<=",
    "maximum": "<=",
    "maximum of": "<=",
    "no more than": "<=",
    "<=": "<=",
    "≤": "<=",
}


def summary_of(data: object) -> dict[str, Any] | None:
    """The payload of a Seller Performance summary, or None."""
    if isinstance(data, dict) and isinstance(data.get("payload"), dict):
        data = data["payload"]
    if isinstance(data, dict) and ({"overallRate", "cumulativeRate"} & set(data)):
        return data
    return None


def read_summary(payload: dict[str, Any], path: Path, settings: Settings) -> FileResult:
    metric = _which(payload, path)
    raw = payload.get("overallRate", payload.get("cumulativeRate"))
    value = float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None
    standard = str(payload.get("standard") or payload.get("performanceStandard") or "")
    comparison, target, source_of_target = _standard(standard)
    notes: list[str] = [f"Walmart's standard: {standard!r}"] if standard else []
    if target is None and (fallback := settings.targets.get("walmart", metric)):
        comparison, target, source_of_target = fallback.comparison, fallback.value, "thresholds"
        notes.append("the summary states no standard: poa's (question_banks/thresholds.yaml)")
    risk = payload.get("riskLevel") or payload.get("performanceRiskLevel")
    risk = str(risk) if risk else None
    days = payload.get("reportDuration")
    window = int(days) if isinstance(days, int | float) and not isinstance(days, bool) else None
    updated = instant(payload.get("updatedTimestamp"))
    end = updated.date() if updated else None
    impacted = payload.get("ordersImpacted", payload.get("impactedCustomerCount"))
    if "sellerAccountableRate" in payload:
        notes.append(f"seller-accountable rate {payload['sellerAccountableRate']} %")
    found = Metric(
        id=metric,
        name=settings.targets.name("walmart", metric),
        value=value,
        unit="percent",
        target=target,
        comparison=comparison,
        target_source=source_of_target,  # type: ignore[arg-type]
        status=judge(value, "percent", comparison, target, risk),
        window_days=window,
        window_from=end - dt.timedelta(days=window - 1) if end and window else None,
        window_to=end,
        numerator=int(impacted) if isinstance(impacted, int | float) else None,
        denominator=None,
        source=str(path),
        format=SUMMARY_FORMAT,
        marketplace="walmart",
        marketplace_status=risk,
        published=f"{raw!r} (percent)",
        notes=tuple(notes),
    )
    file = SourceFile(
        str(path),
        SUMMARY_FORMAT,
        "Insights Seller Performance summary (JSON)",
        "walmart",
        as_of=end,
    )
    return FileResult(file, [found])


def _which(payload: dict[str, Any], path: Path) -> str:
    named = payload.get("metric") or payload.get("metricType") or payload.get("metricName")
    words = [str(named)] if named else []
    words += linear.split(r"[^A-Za-z]+", path.stem)
    for word in words:
        if word.lower() in CODES:
            return CODES[word.lower()]
    raise ReportError(
        f"{path} is a Walmart Seller Performance summary, but neither the file nor its name "
        f"says which metric it is. Save it under the metric's code as in the API path "
        f"(e.g. otd.json, vtr-summary.json; codes: {', '.join(CODES)})."
    )


def _standard(text: str) -> tuple[Comparison | None, float | None, str | None]:
    match = _STANDARD.search(text)
    if match is None:
        return None, None, None
    word = " ".join(match.group(1).lower().split())
    return _WORDS.get(word), float(match.group(4).replace(",", ".")), "report"


def orders_of(data: object) -> list[dict[str, Any]] | None:
    """The orders of a Walmart Orders API response (``list.elements.order``), or None."""
    if isinstance(data, dict):
        elements = (
            data.get("list", {}).get("elements")
            if isinstance(data.get("list"), dict)
            else data.get("elements")
        )
        found = elements.get("order") if isinstance(elements, dict) else data.get("order")
        data = [found] if isinstance(found, dict) else found
    if isinstance(data, list):
        orders = [o for o in data if isinstance(o, dict) and "purchaseOrderId" in o]
        return orders or None
    return None


def read_orders(orders: list[dict[str, Any]], source: str, settings: Settings) -> FileResult:
    cancels, late, tracked = (
        Tally("cancellation_rate"),
        Tally("late_shipment_rate"),
        Tally("valid_tracking_rate", share_good=True),
    )
    newest: dt.date | None = None
    skipped = 0
    for order in orders:
        oid, bought = str(order.get("purchaseOrderId")), instant(order.get("orderDate"))
        if bought is None:
            skipped += 1
            continue
        newest = max(newest or bought.date(), bought.date())
        statuses = list(_statuses(order))
        seller_cancel = next(
            (
                s.get("cancellationReason")
                for s in statuses
                if str(s.get("cancellationReason", "")).startswith("SELLER_CANCEL")
            ),
            None,
        )
        cancels.add(
            bought.date(),
            CountedOrder(
                oid,
                f"cancelled by the seller: {seller_cancel}",
                bought.date(),
                source,
                bought.date(),
            )
            if seller_cancel
            else None,
        )
        shipping = order.get("shippingInfo") if isinstance(order.get("shippingInfo"), dict) else {}
        due = instant(shipping.get("estimatedShipDate")) if isinstance(shipping, dict) else None
        shipped: list[dict[str, Any]] = [
            s["trackingInfo"] for s in statuses if isinstance(s.get("trackingInfo"), dict)
        ]
        times = sorted(t for t in (instant(i.get("shipDateTime")) for i in shipped) if t)
        if due is not None and times:
            late.add(
                due.date(),
                CountedOrder(
                    oid,
                    f"shipped {times[0]:%Y-%m-%d %H:%M} UTC, after "
                    f"the estimated ship date {due:%Y-%m-%d %H:%M}",
                    due.date(),
                    source,
                    bought.date(),
                    due.date(),
                    times[0].date(),
                )
                if times[0] > due
                else None,
            )
        for info in shipped:
            carrier = info.get("carrierName")
            ok = info.get("trackingNumber") and carrier
            tracked.add(
                bought.date(),
                None
                if ok
                else CountedOrder(
                    oid,
                    "shipped without a tracking number or carrier",
                    bought.date(),
                    source,
                    bought.date(),
                ),
            )
    file = SourceFile(
        source,
        ORDERS_FORMAT,
        "Orders API GET /v3/orders (JSON)",
        "walmart",
        rows=len(orders),
        skipped_rows=skipped,
        as_of=settings.as_of or newest,
    )
    result = FileResult(file)
    for tally, window in ((cancels, 30), (late, 30), (tracked, 30)):
        metric, found = tally.metric(
            settings,
            marketplace="walmart",
            source=source,
            format=ORDERS_FORMAT,
            default_window=window,
            last_day=newest,
        )
        result.metrics.append(metric)
        result.orders[metric.id] = found
    return result


def _statuses(order: dict[str, Any]) -> list[dict[str, Any]]:
    lines = order.get("orderLines", {})
    lines = lines.get("orderLine", []) if isinstance(lines, dict) else lines
    found: list[dict[str, Any]] = []
    for line in lines if isinstance(lines, list) else []:
        block = line.get("orderLineStatuses", {}) if isinstance(line, dict) else {}
        items = block.get("orderLineStatus", []) if isinstance(block, dict) else block
        if isinstance(items, list):
            found.extend(s for s in items if isinstance(s, dict))
    return found
