"""``poa metrics`` output: text for people, JSON (:meth:`MetricsReport.as_json`) for tools."""

from __future__ import annotations

import json

from poa.metrics.model import Metric, MetricsReport

ORDERS_SHOWN = 20
"""Orders listed per metric in the text output (JSON lists every one)."""


def as_json(report: MetricsReport) -> str:
    return json.dumps(report.as_json(), indent=2, ensure_ascii=False)


def as_text(report: MetricsReport) -> str:
    lines: list[str] = []
    for file in report.files:
        lines.append(
            f"{file.path}: {file.report} ({file.format})"
            + (f", as of {file.as_of}" if file.as_of else "")
        )
        for metric in (m for m in report.metrics if m.source == file.path):
            lines.append(f"  {metric_line(metric)}")
            lines.extend(f"      - {note}" for note in metric.notes)
        if file.skipped_rows:
            lines.append(f"  ({file.skipped_rows} rows were not data and were skipped)")
        lines.extend(f"  note: {note}" for note in file.notes)
        lines.append("")
    for metric_id, orders in report.orders.items():
        if not orders:
            continue
        lines.append(f"Orders behind {metric_id} ({len(orders)}):")
        lines.extend(f"  {o.order_id}  {o.why}" for o in orders[:ORDERS_SHOWN])
        if len(orders) > ORDERS_SHOWN:
            lines.append(f"  … and {len(orders) - ORDERS_SHOWN} more (--format json lists all)")
        lines.append("")
    if report.gaps:
        lines.append("Not computable from these files:")
        lines.extend(f"  {g.metric} ({g.source}): {g.why}" for g in report.gaps)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def metric_line(metric: Metric) -> str:
    """One figure on one line: id, value, target and whose, status, window, counts."""
    parts = [f"{metric.id}{f' [{metric.scope}]' if metric.scope else ''}", _value(metric)]
    if metric.target is not None and metric.comparison:
        whose = "marketplace's" if metric.target_source == "report" else "poa's"
        parts.append(f"target {metric.comparison} {_number(metric.target, metric)} ({whose})")
    parts.append(metric.status.upper() if metric.status == "failing" else metric.status)
    if metric.marketplace_status:
        parts.append(f"marketplace says {metric.marketplace_status}")
    if metric.window_days:
        span = f" {metric.window_from}..{metric.window_to}" if metric.window_from else ""
        parts.append(f"{metric.window_days} days{span}")
    if metric.numerator is not None:
        parts.append(
            f"{metric.numerator}"
            + (f" of {metric.denominator}" if metric.denominator is not None else "")
        )
    if metric.computed:
        parts.append("computed by poa")
    return "  ".join(parts)


def _value(metric: Metric) -> str:
    if metric.value is None:
        return "no score" if metric.unit == "points" else "no rate"
    return _number(metric.value, metric)


def _number(value: float, metric: Metric) -> str:
    if metric.unit == "percent":
        return f"{value:.2f} %"
    return f"{value:g}" + (" points" if metric.unit == "points" else "")
