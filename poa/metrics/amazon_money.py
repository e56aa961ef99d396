"""Amazon's money files, for the orders behind the Order Defect Rate, and its Sales API, for
order counts (formats.md §A9, §A11, §A12).

* The settlement flat file (``GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE``, TSV, both layouts)
  and the Finances API (``listFinancialEvents``, JSON) name the A-to-z Guarantee claims and
  the chargebacks that **cost the seller money**: two of the three kinds of order defect.
  Claims decided in the seller's favour or still open are in neither, so these are at most
  Amazon's counts; they give orders, never the rate (Amazon's figure is in the Seller
  Performance report).
* The Sales API (``getOrderMetrics``) gives order counts per interval, which check the
  denominators of other figures; it carries no defect.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from poa.metrics.amazon_files import count_metric, dated_rows, table_file
from poa.metrics.dates import instant, short_date
from poa.metrics.model import CountedOrder, FileResult, Metric, SourceFile
from poa.metrics.tables import Rows, cell
from poa.metrics.tally import Settings
from poa.metrics.targets import dicts

SETTLEMENT_FORMAT = "amazon.settlement"
SETTLEMENT_REPORT = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE"
FINANCES_FORMAT = "amazon.financial_events"
FINANCES_REPORT = "Finances API listFinancialEvents (JSON)"
SALES_FORMAT = "amazon.order_metrics"
SALES_REPORT = "Sales API getOrderMetrics (JSON)"
DEFECTS = "order_defect_rate"
_WHY = (
    "a count, not a rate: claims and chargebacks that cost money, at most Amazon's "
    "(claims decided for the seller or still open are not in it); Amazon's rate is in "
    "GET_V2_SELLER_PERFORMANCE_REPORT"
)


def _defect(kind: str) -> str | None:
    """``A-to-z Guarantee Refund`` → ``A-to-z claim``; None for a transaction that is no
    defect (an order, a refund, a fee)."""
    words = kind.lower()
    if "a-to-z" in words or "atoz" in words.replace(" ", "").replace("-", ""):
        return "A-to-z Guarantee claim"
    if "chargeback" in words:
        return "chargeback"
    return None


def read_settlement(rows: Rows, source: str, settings: Settings) -> FileResult:
    header = rows.header
    i_type, i_id = header.index("transaction type"), header.index("order id")
    i_posted = header.index("posted date", "posted date time")
    i_amount = header.index("amount", "other amount", "price amount")
    kept, day_first = dated_rows(rows, i_posted)
    found: dict[str, CountedOrder] = {}
    skipped = 0
    newest: dt.date | None = None
    for row in kept:
        order = cell(row, i_id)
        posted = short_date(cell(row, i_posted), day_first)
        if not order or posted is None:  # the first row: the settlement's totals
            skipped += 1
            continue
        newest = max(newest or posted.date(), posted.date())
        kind = _defect(cell(row, i_type))
        if kind is None or order in found:
            continue
        amount = cell(row, i_amount)
        cost = f", {amount}" if amount else ""
        found[order] = CountedOrder(
            order,
            f"{kind} charged to the seller ({cell(row, i_type)}{cost}, posted {posted:%Y-%m-%d})",
            posted.date(),
            source,
        )
    orders = sorted(found.values(), key=lambda o: (o.date or dt.date.min, o.order_id))
    notes = (
        "dates read day first" if day_first else "dates read year or month first",
        "order defects are counted by the order's date; this file dates them when posted",
    )
    file = table_file(
        rows, source, SETTLEMENT_FORMAT, SETTLEMENT_REPORT, len(kept), skipped, newest, notes
    )
    metric = count_metric(
        DEFECTS, "Order Defect Rate", orders, source, SETTLEMENT_FORMAT, newest, None, _WHY
    )
    return FileResult(file, [metric], {DEFECTS: orders})


def financial_events_of(data: object) -> dict[str, Any] | None:
    """The ``FinancialEvents`` of a Finances API response, or None if it is not one."""
    if isinstance(data, dict) and isinstance(data.get("payload"), dict):
        data = data["payload"]
    if isinstance(data, dict) and isinstance(data.get("FinancialEvents"), dict):
        events: dict[str, Any] = data["FinancialEvents"]
        return events
    return None


def read_financial_events(events: dict[str, Any], source: str, settings: Settings) -> FileResult:
    found: dict[str, CountedOrder] = {}
    newest: dt.date | None = None
    seen = 0
    for key, kind in (
        ("GuaranteeClaimEventList", "A-to-z Guarantee claim"),
        ("ChargebackEventList", "chargeback"),
    ):
        for event in dicts(events.get(key)):
            seen += 1
            order = str(event.get("AmazonOrderId") or "")
            posted = instant(event.get("PostedDate"))
            if not order or posted is None:
                continue
            newest = max(newest or posted.date(), posted.date())
            found.setdefault(
                order,
                CountedOrder(
                    order,
                    f"{kind} charged to the seller (posted {posted:%Y-%m-%d})",
                    posted.date(),
                    source,
                ),
            )
    orders = sorted(found.values(), key=lambda o: (o.date or dt.date.min, o.order_id))
    file = SourceFile(
        source,
        FINANCES_FORMAT,
        FINANCES_REPORT,
        "amazon",
        rows=seen,
        as_of=settings.as_of or newest,
        notes=(f"{seen} claim and chargeback events; other financial events are not defects",),
    )
    metric = count_metric(
        DEFECTS, "Order Defect Rate", orders, source, FINANCES_FORMAT, newest, None, _WHY
    )
    return FileResult(file, [metric], {DEFECTS: orders})


def order_metrics_of(data: object) -> list[dict[str, Any]] | None:
    """The intervals of a ``getOrderMetrics`` response, or None if it is not one."""
    if isinstance(data, dict):
        data = data.get("payload")
    if not isinstance(data, list) or not data:
        return None
    found = [i for i in data if isinstance(i, dict) and "interval" in i and "orderCount" in i]
    return found if len(found) == len(data) else None


def read_order_metrics(
    intervals: list[dict[str, Any]], source: str, settings: Settings
) -> FileResult:
    total = 0
    starts: list[dt.date] = []
    ends: list[dt.date] = []
    for interval in intervals:
        count = interval.get("orderCount")
        if isinstance(count, int) and not isinstance(count, bool):
            total += count
        first, _, last = str(interval.get("interval", "")).partition("--")
        opened, closed = _local(first), _local(last)
        if opened and closed:
            starts.append(opened.date())
            # An interval ends where the next begins: its last day is the one before
            ends.append((closed - dt.timedelta(microseconds=1)).date())
    start, end = (min(starts), max(ends)) if starts else (None, None)
    metric = Metric(
        id="order_count",
        name="Orders",
        value=float(total),
        unit="count",
        target=None,
        comparison=None,
        target_source=None,
        status="no_target",
        window_days=(end - start).days + 1 if start and end else None,
        window_from=start,
        window_to=end,
        numerator=None,
        denominator=None,
        source=source,
        format=SALES_FORMAT,
        marketplace="amazon",
        notes=("Amazon's order count, to check the denominator of a rate; no defect data",),
    )
    file = SourceFile(
        source,
        SALES_FORMAT,
        SALES_REPORT,
        "amazon",
        rows=len(intervals),
        as_of=end,
        notes=(f"{len(intervals)} intervals",),
    )
    return FileResult(file, [metric])


def _local(text: str) -> dt.datetime | None:
    """A time as the interval writes it, in the seller's own zone (its days are the seller's
    days, not UTC's)."""
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
