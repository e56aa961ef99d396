"""eBay's seller standards profile (Analytics API ``getSellerStandardsProfile`` and
``findSellerStandardsProfiles``, JSON; formats.md §E1): eBay's own figures and bounds.

A RATE metric's value is an object whose ``value`` is a **percent string** (``"0.14"`` is
0.14 %) with ``numerator`` and ``denominator``; its bounds are objects (``{"value": "0.50"}``)
or numbers. Every profile in the file is read (US and GLOBAL, CURRENT and PROJECTED), each
named in the figure's scope, rather than the first one alone.
"""

from __future__ import annotations

from typing import Any

from poa.metrics.dates import utc_day
from poa.metrics.model import (
    Comparison,
    FileResult,
    Metric,
    SourceFile,
    Unit,
    window_length,
)
from poa.metrics.tally import Settings
from poa.metrics.targets import judge

FORMAT = "ebay.seller_standards"
REPORT = "Analytics API getSellerStandardsProfile (JSON)"
IDS = {
    "DEFECTIVE_TRANSACTION_RATE": "transaction_defect_rate",
    "CLAIMS_SAF_RATE": "cases_closed_without_resolution",
    "CASES_NOT_RESOLVED_RATE": "cases_closed_without_resolution",
    "SHIPPING_MISS_RATE": "late_shipment_rate",
    "VALID_TRACKING_UPLOADED_WITHIN_HANDLING_RATE": "valid_tracking_rate",
}


def profiles_of(data: object) -> list[dict[str, Any]] | None:
    """The standards profiles in ``data``, or None if it is not a standards profile."""
    if isinstance(data, dict) and isinstance(data.get("standardsProfiles"), list):
        data = data["standardsProfiles"]
    items = data if isinstance(data, list) else [data]
    profiles = [p for p in items if isinstance(p, dict) and "standardsLevel" in p]
    return profiles or None


def read(profiles: list[dict[str, Any]], source: str, settings: Settings) -> FileResult:
    metrics: list[Metric] = []
    notes: list[str] = []
    for profile in profiles:
        cycle = profile.get("cycle") if isinstance(profile.get("cycle"), dict) else {}
        assert isinstance(cycle, dict)
        scope = f"{profile.get('program', '?')} {cycle.get('cycleType', '?')}".strip()
        notes.append(
            f"{scope}: level {profile.get('standardsLevel')}"
            f" (evaluated {cycle.get('evaluationDate', '?')})"
        )
        for item in profile.get("metrics") or []:
            if isinstance(item, dict) and item.get("metricKey"):
                metrics.append(_metric(item, scope, source, settings))
    ends = [m.window_to for m in metrics if m.window_to]
    file = SourceFile(
        source, FORMAT, REPORT, "ebay", as_of=max(ends) if ends else None, notes=tuple(notes)
    )
    return FileResult(file, metrics)


def _metric(item: dict[str, Any], scope: str, source: str, settings: Settings) -> Metric:
    key = str(item["metricKey"])
    metric = IDS.get(key, key.lower())
    raw = item.get("value")
    unit: Unit = "percent" if str(item.get("type", "")).upper() == "RATE" else "count"
    numerator = denominator = None
    if isinstance(raw, dict):
        numerator, denominator = _int(raw.get("numerator")), _int(raw.get("denominator"))
        raw = raw.get("value")
        unit = "percent"
    value = _number(raw)
    comparison, target = _bound(item)
    level = item.get("level") if isinstance(item.get("level"), str) else None
    start, end = utc_day(item.get("lookbackStartDate")), utc_day(item.get("lookbackEndDate"))
    return Metric(
        id=metric,
        name=str(item.get("name") or settings.targets.name("ebay", metric)),
        value=value,
        unit=unit,
        target=target,
        comparison=comparison,
        target_source="report" if target is not None else None,
        status=judge(value, unit, comparison, target, level),
        window_days=window_length(start, end),
        window_from=start,
        window_to=end,
        numerator=numerator,
        denominator=denominator,
        source=source,
        format=FORMAT,
        marketplace="ebay",
        scope=scope,
        marketplace_status=level,
        published=f"{raw!r} ({'percent string' if isinstance(raw, str) else unit})",
        notes=("eBay's bound for the seller's current level",) if target is not None else (),
    )


def _bound(item: dict[str, Any]) -> tuple[Comparison | None, float | None]:
    """eBay's bound as a comparison: the upper bound if there is one, else the lower; the
    interval notation (``(LOWER,UPPER]``) says whether the bound itself is allowed."""
    shape = str(item.get("thresholdMetaData", ""))
    upper = _number(_unwrap(item.get("thresholdUpperBound")))
    if upper is not None:
        return ("<" if "UPPER)" in shape else "<="), upper
    lower = _number(_unwrap(item.get("thresholdLowerBound")))
    if lower is not None:
        return (">" if "(LOWER" in shape else ">="), lower
    return None, None


def _unwrap(value: object) -> object:
    return value.get("value") if isinstance(value, dict) else value


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().rstrip("%").replace(",", "."))
        except ValueError:
            return None
    return None


def _int(value: object) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None
