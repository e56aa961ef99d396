"""eBay's customer service metrics (Analytics API ``getCustomerServiceMetric``, JSON;
formats.md §E2): the seller's item-not-as-described rate per listing category, or
item-not-received rate per shipping region, against the peer benchmark.

eBay's own words define the RATE the wrong way round (transactions over cases), so the rate
is worked out here as cases over transactions, in percent; the peer ``average`` is read as a
percent string like eBay's other rates. The ``rating`` (LOW to VERY_HIGH, how far the seller
is from the peers) is eBay's judgement: HIGH is at risk, VERY_HIGH failing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from poa.metrics.dates import utc_day
from poa.metrics.model import FileResult, Metric, SourceFile, Status, window_length
from poa.metrics.tally import Settings
from poa.metrics.targets import dicts, rate

FORMAT = "ebay.customer_service_metric"
REPORT = "Analytics API getCustomerServiceMetric (JSON)"
IDS = {
    "LISTING_CATEGORY": ("item_not_as_described_rate", "Item not as described rate"),
    "SHIPPING_REGION": ("item_not_received_rate", "Item not received rate"),
}
_STATUS: dict[str, Status] = {"VERY_HIGH": "failing", "HIGH": "at_risk"}


def service_metric_of(data: object) -> dict[str, Any] | None:
    """A ``getCustomerServiceMetric`` response, or None if ``data`` is not one."""
    if isinstance(data, dict) and isinstance(data.get("dimensionMetrics"), list):
        return data
    return None


def read(data: dict[str, Any], source: str, settings: Settings) -> FileResult:
    cycle = data.get("evaluationCycle") if isinstance(data.get("evaluationCycle"), dict) else {}
    assert isinstance(cycle, dict)
    start, end = utc_day(cycle.get("startDate")), utc_day(cycle.get("endDate"))
    metrics = [_metric(item, source, (start, end)) for item in dicts(data["dimensionMetrics"])]
    kind = cycle.get("evaluationType", "?")
    file = SourceFile(
        source,
        FORMAT,
        REPORT,
        "ebay",
        rows=len(metrics),
        as_of=end or utc_day(cycle.get("evaluationDate")),
        notes=(
            f"{kind} evaluation of {data.get('marketplaceId', 'an unnamed marketplace')}; "
            "rates worked out as cases over transactions",
        ),
    )
    return FileResult(file, metrics)


def _metric(
    item: dict[str, Any], source: str, window: tuple[dt.date | None, dt.date | None]
) -> Metric:
    dimension = item.get("dimension") if isinstance(item.get("dimension"), dict) else {}
    assert isinstance(dimension, dict)
    metric_id, name = IDS.get(
        str(dimension.get("dimensionKey")), ("customer_service_rate", "Customer service rate")
    )
    values: dict[str, Any] = {}
    benchmark: dict[str, Any] = {}
    for entry in dicts(item.get("metrics")):
        if entry.get("metricKey"):
            values[str(entry["metricKey"])] = entry.get("value")
            if isinstance(entry.get("benchmark"), dict) and not benchmark:
                benchmark = entry["benchmark"]
    cases, transactions = _int(values.get("COUNT")), _int(values.get("TRANSACTION_COUNT"))
    value = rate(cases or 0, transactions or 0) if cases is not None else None
    metadata = benchmark.get("metadata") if isinstance(benchmark.get("metadata"), dict) else {}
    assert isinstance(metadata, dict)
    average = _number(metadata.get("average"))
    rating = str(benchmark.get("rating") or "") or None
    status: Status = (
        "no_data" if value is None else _STATUS.get(rating or "", "ok" if rating else "no_target")
    )
    start, end = window
    notes = [f"eBay's rating against its peers: {rating}"] if rating else []
    if benchmark.get("adjustment"):
        notes.append(f"eBay adjusted the rating: {benchmark['adjustment']}")
    return Metric(
        id=metric_id,
        name=name,
        value=value,
        unit="percent",
        target=average,
        comparison="<=" if average is not None else None,
        target_source="report" if average is not None else None,
        status=status,
        window_days=window_length(start, end),
        window_from=start,
        window_to=end,
        numerator=cases,
        denominator=transactions,
        source=source,
        format=FORMAT,
        marketplace="ebay",
        scope=str(dimension.get("name") or dimension.get("value") or "") or None,
        marketplace_status=rating,
        published=f"{values.get('RATE')!r} (eBay's RATE, not used)" if "RATE" in values else None,
        notes=tuple(notes),
    )


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().rstrip("%")) if value is not None else None
    except ValueError:
        return None


def _int(value: object) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None
