"""Amazon's Seller Performance report (``GET_V2_SELLER_PERFORMANCE_REPORT``, JSON): the
Account Health figures as Amazon publishes them, each with its own target and window.

Read leniently (formats.md §A1.4): every metric and field is optional, both spellings of
renamed keys are accepted (``preFulfillmentCancellationRate``/``prefulfillmentCancelRate``,
``warningStates``/``warningState``, ``ahrStatus``/``accountHealthRatingStatus``), ``rate`` is
a fraction (0.009 = 0.9 %), and Amazon's ``status`` is quoted beside poa's judgement, since a
metric can be ``GOOD`` while its rate misses the target.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from poa.metrics.dates import instant
from poa.metrics.model import (
    FileResult,
    Metric,
    SourceFile,
    TargetSource,
    Unit,
    window_length,
)
from poa.metrics.tally import Settings
from poa.metrics.targets import CONDITIONS, dicts, first, judge, percent

FORMAT = "amazon.performance_report"
REPORT = "GET_V2_SELLER_PERFORMANCE_REPORT"

# (spellings, metric id, numerator keys, denominator keys, scope)
_RATES: tuple[tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    (
        ("lateShipmentRate",),
        "late_shipment_rate",
        ("lateShipmentCount", "defectsCount"),
        ("orderCount",),
        None,
    ),
    (
        ("preFulfillmentCancellationRate", "prefulfillmentCancelRate", "preFulfillmentCancelRate"),
        "pre_fulfillment_cancel_rate",
        ("cancellationCount",),
        ("orderCount",),
        None,
    ),
    (
        ("validTrackingRate",),
        "valid_tracking_rate",
        ("validTrackingCount",),
        ("shipmentCount",),
        None,
    ),
    (
        ("onTimeDeliveryRate",),
        "on_time_delivery_rate",
        ("onTimeDeliveryCount",),
        ("shipmentCountWithValidTracking",),
        None,
    ),
    (
        ("unitOnTimeDeliveryRate",),
        "on_time_delivery_rate",
        ("unitOnTimeDeliveryCount",),
        ("totalUnitCount",),
        "units",
    ),
    (("invoiceDefectRate",), "invoice_defect_rate", ("invoiceDefect",), ("orderCount",), None),
)
_POLICIES = (
    "listingPolicyViolations",
    "productAuthenticityCustomerComplaints",
    "productConditionCustomerComplaints",
    "productSafetyCustomerComplaints",
    "receivedIntellectualPropertyComplaints",
    "restrictedProductPolicyViolations",
    "suspectedIntellectualPropertyViolations",
    "foodAndProductSafetyIssues",
    "otherPolicyViolations",
    "customerProductReviewsPolicyViolations",
    "documentRequests",
    "documentRequest",
)
_AHR_STATUS = {
    "GREAT": "ok",
    "GOOD": "ok",
    "GREEN": "ok",
    "HEALTHY": "ok",
    "NORMAL": "ok",
    "WARNED": "at_risk",
    "AT_RISK": "at_risk",
    "YELLOW": "at_risk",
    "BAD": "failing",
    "CRITICAL": "failing",
    "RED": "failing",
}


def recognise(data: object) -> bool:
    """Whether ``data`` (parsed JSON) is a Seller Performance report."""
    return isinstance(data, dict) and ("performanceMetrics" in data or "accountStatuses" in data)


def read(data: dict[str, Any], source: str, settings: Settings) -> FileResult:
    blocks = data.get("performanceMetrics")
    if isinstance(blocks, dict):
        blocks = [blocks]
    statuses = {
        item.get("marketplaceId"): item.get("status") for item in dicts(data.get("accountStatuses"))
    }
    metrics: list[Metric] = []
    for block in dicts(blocks):
        metrics.extend(_block(block, source, settings))
    notes = [f"account status in {m or 'an unnamed marketplace'}: {s}" for m, s in statuses.items()]
    notes.append(
        "the report gives counts only, no order ids: give an order file (All Orders "
        "report, Orders API) beside it for the orders behind each figure"
    )
    ends = [m.window_to for m in metrics if m.window_to]
    file = SourceFile(
        source, FORMAT, REPORT, "amazon", as_of=max(ends) if ends else None, notes=tuple(notes)
    )
    return FileResult(file, metrics)


def _block(block: dict[str, Any], source: str, settings: Settings) -> list[Metric]:
    market = block.get("marketplaceId") if isinstance(block.get("marketplaceId"), str) else None
    found: list[Metric] = []

    def add(
        item: object,
        metric: str,
        num: tuple[str, ...],
        den: tuple[str, ...],
        scope: str | None,
        unit: Unit = "percent",
    ) -> None:
        if isinstance(item, dict):
            found.append(_metric(item, metric, num, den, scope, unit, market, source, settings))

    odr = block.get("orderDefectRate")
    if isinstance(odr, dict):
        for channel in ("mfn", "afn"):
            add(
                odr.get(channel),
                "order_defect_rate",
                ("orderWithDefects",),
                ("orderCount",),
                channel,
            )
        if "rate" in odr:
            add(odr, "order_defect_rate", ("orderWithDefects",), ("orderCount",), None)
    for spellings, metric_id, num, den, scope in _RATES:
        add(first(block, spellings), metric_id, num, den, scope)
    listed = block.get("lateShipmentRateList")
    for item in dicts(listed):
        add(
            item, "late_shipment_rate", ("lateShipmentCount", "defectsCount"), ("orderCount",), None
        )
    warnings = first(block, ("warningStates", "warningState"))
    policies = {key: block[key] for key in _POLICIES if key in block}
    if isinstance(warnings, dict):  # the Airbyte mock nests policy metrics here
        policies.update({k: v for k, v in warnings.items() if k in _POLICIES})
    for key, item in policies.items():
        add(item, _snake(key.removesuffix("s") + "s"), ("defectsCount",), (), None, "count")
    ahr = block.get("accountHealthRating")
    if isinstance(ahr, dict):
        found.append(_ahr(ahr, market, source, settings))
    return found


def _metric(
    item: dict[str, Any],
    metric: str,
    num: tuple[str, ...],
    den: tuple[str, ...],
    scope: str | None,
    unit: Unit,
    market: str | None,
    source: str,
    settings: Settings,
) -> Metric:
    numerator = _count(first(item, num))
    denominator = _count(first(item, den)) if den else None
    published = item.get("rate") if unit == "percent" else numerator
    notes: list[str] = []
    value: float | None
    if isinstance(published, int | float) and not isinstance(published, bool):
        value = percent(published) if unit == "percent" else float(published)
    elif numerator is not None and denominator:
        value = percent(numerator / denominator)
        notes.append("the report gives no rate: computed from its own counts")
    else:
        value = None
    if denominator == 0:
        value = None
        notes.append("no orders in the window")
    if numerator is not None and denominator and numerator > denominator:
        notes.append(f"the report's counts do not add up ({numerator} of {denominator})")
    target, comparison = _target(item, unit)
    target_source: TargetSource | None = "report" if target is not None else None
    if target is None and (ours := settings.targets.get("amazon", metric)) is not None:
        target, comparison, target_source = ours.value, ours.comparison, "thresholds"
        notes.append("the report gives no target: poa's (question_banks/thresholds.yaml)")
    mp_status = item.get("status") if isinstance(item.get("status"), str) else None
    status = judge(value, unit, comparison, target, mp_status)
    if mp_status and status == "failing" and mp_status.upper() == "GOOD":
        notes.append(
            "Amazon marks it GOOD although the rate misses the target; Amazon's "
            "status decides what happens to the account"
        )
    start, end = _range(item)
    if start and end and end < start:
        notes.append(f"the report's date range runs backwards ({start} to {end})")
        start = end = None
    return Metric(
        id=metric,
        name=settings.targets.name("amazon", metric),
        value=value,
        unit=unit,
        target=target,
        comparison=comparison,
        target_source=target_source,
        status=status,
        window_days=window_length(start, end),
        window_from=start,
        window_to=end,
        numerator=numerator,
        denominator=denominator,
        source=source,
        format=FORMAT,
        marketplace="amazon",
        scope=scope,
        marketplace_id=market,
        marketplace_status=mp_status,
        published=f"{published} ({'fraction' if unit == 'percent' else 'count'})"
        if published is not None
        else None,
        notes=tuple(notes),
    )


def _ahr(item: dict[str, Any], market: str | None, source: str, settings: Settings) -> Metric:
    score = item.get("ahrScore")
    value = float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None
    said = first(item, ("ahrStatus", "accountHealthRatingStatus", "status"))
    word = said if isinstance(said, str) else None
    target = settings.targets.get("amazon", "account_health_rating")
    notes = ["the report gives no target: poa's (question_banks/thresholds.yaml)"] if target else []
    if value is not None:
        status = judge(
            value,
            "points",
            target.comparison if target else None,
            target.value if target else None,
            word,
        )
    else:
        status = _AHR_STATUS.get((word or "").upper(), "no_data")  # type: ignore[assignment]
        notes.append("the report gives a status, no score")
    start, end = _range(item)
    return Metric(
        id="account_health_rating",
        name=settings.targets.name("amazon", "account_health_rating"),
        value=value,
        unit="points",
        target=target.value if target else None,
        comparison=target.comparison if target else None,
        target_source="thresholds" if target else None,
        status=status,
        window_days=window_length(start, end),
        window_from=start,
        window_to=end,
        numerator=None,
        denominator=None,
        source=source,
        format=FORMAT,
        marketplace="amazon",
        marketplace_id=market,
        marketplace_status=word,
        published=f"{score} (points)" if value is not None else None,
        notes=tuple(notes),
    )


def _target(item: Mapping[str, Any], unit: Unit) -> tuple[float | None, Any]:
    value = item.get("targetValue")
    condition = CONDITIONS.get(str(item.get("targetCondition", "")).upper())
    if not isinstance(value, int | float) or isinstance(value, bool) or condition is None:
        return None, None
    return (percent(value) if unit == "percent" else float(value)), condition


def _range(item: Mapping[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    span = item.get("reportingDateRange")
    if not isinstance(span, dict):
        return None, None
    start, end = instant(span.get("reportingDateFrom")), instant(span.get("reportingDateTo"))
    return (start.date() if start else None), (end.date() if end else None)


def _count(value: object) -> int | None:
    if isinstance(value, dict):
        value = value.get("count")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _snake(key: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in key).lstrip("_")
