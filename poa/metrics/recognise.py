"""Which report a file is, by its content (a header row or a JSON shape, never its name), and
the reader that takes it.

A table's format is the first known one whose identifying columns its header row holds
(formats listed most specific first); a format whose other needed columns are missing is a
:class:`~poa.errors.ReportError` naming them and the report that has them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from poa.errors import ReportError
from poa.fsutil import decode_text, read_limited
from poa.metrics import (
    amazon_api,
    amazon_files,
    amazon_money,
    amazon_orders,
    amazon_report,
    ebay,
    ebay_orders,
    ebay_service,
    tiktok,
    walmart,
)
from poa.metrics.model import FileResult
from poa.metrics.tables import Rows, Sample, header_candidates, open_rows, read_sample
from poa.metrics.tally import Settings

MAX_JSON_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class TableFormat:
    """A flat-file report: how to know it, what it must have, and who reads it."""

    id: str
    title: str
    report: str
    where: str
    """How to get the report, ending a message about it."""
    signature: frozenset[str]
    needs: tuple[tuple[str, ...], ...]
    """Columns the reader needs (each as its accepted spellings), beyond the signature."""
    purpose: str
    read: Callable[[Rows, str, Settings], FileResult]


_AMAZON_REPORTS = "Seller Central > Reports > Fulfillment, or the Reports API"
TABLES: tuple[TableFormat, ...] = (
    TableFormat(
        amazon_files.SHIPMENTS_FORMAT,
        "Amazon's Amazon-Fulfilled Shipments report",
        "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL",
        _AMAZON_REPORTS,
        frozenset({"amazon order id", "shipment id"}),
        (("shipment date",),),
        "the FBA order count",
        amazon_files.read_shipments,
    ),
    TableFormat(
        amazon_orders.FORMAT,
        "Amazon's All Orders report",
        amazon_orders.REPORT,
        _AMAZON_REPORTS + " (All Orders)",
        amazon_orders.SIGNATURE,
        amazon_orders.NEEDS,
        "the pre-fulfilment cancel rate (order-status) of seller-fulfilled orders "
        "(fulfillment-channel)",
        amazon_orders.read,
    ),
    TableFormat(
        amazon_files.UNSHIPPED_FORMAT,
        "Amazon's Unshipped Orders report",
        "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING",
        "Seller Central > Orders > Order Reports (Unshipped Orders), or the Reports API",
        frozenset({"order id", "order item id", "promise date"}),
        (("purchase date",),),
        "late and soon-late unshipped orders",
        amazon_files.read_unshipped,
    ),
    TableFormat(
        amazon_files.FEEDBACK_FORMAT,
        "Amazon's Feedback report",
        "GET_SELLER_FEEDBACK_DATA",
        "Seller Central > Performance > Feedback Manager (Download), or the Reports API",
        frozenset({"rating", "order id"}),
        (("date",),),
        "negative feedback (rating and date)",
        amazon_files.read_feedback,
    ),
    TableFormat(
        amazon_files.RETURNS_FORMAT,
        "Amazon's returns report (seller-fulfilled)",
        "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE",
        "Seller Central > Reports > Returns",
        frozenset({"order id", "return request date"}),
        (("return reason",),),
        "returns and their reasons",
        amazon_files.read_returns,
    ),
    TableFormat(
        amazon_files.FBA_RETURNS_FORMAT,
        "Amazon's FBA customer returns report",
        "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA",
        _AMAZON_REPORTS,
        frozenset({"return date", "order id", "detailed disposition"}),
        (("reason",),),
        "returns and their reasons",
        amazon_files.read_fba_returns,
    ),
    TableFormat(
        amazon_money.SETTLEMENT_FORMAT,
        "Amazon's settlement report",
        amazon_money.SETTLEMENT_REPORT,
        "Seller Central > Reports > Payments > All Statements (flat file V2), or the Reports API",
        frozenset({"settlement id", "transaction type", "order id"}),
        (("posted date", "posted date time"),),
        "the A-to-z claims and chargebacks that cost money (transaction-type, posted-date)",
        amazon_money.read_settlement,
    ),
    TableFormat(
        tiktok.FORMAT,
        "TikTok Shop's All orders export",
        "Seller Center > Orders > Export (All orders)",
        "TikTok Shop Seller Center > Orders > Manage orders > Export",
        frozenset({"order id", "order status", "created time"}),
        (("cancel by",), ("cancelation/return type", "cancellation/return type")),
        "the seller-fault cancellation rate",
        tiktok.read,
    ),
)
_JSON_KINDS = (
    "Amazon's GET_V2_SELLER_PERFORMANCE_REPORT (performanceMetrics)",
    "the Amazon Orders API (Orders or orders[])",
    "the Amazon Finances API (FinancialEvents)",
    "the Amazon Sales API getOrderMetrics (payload of intervals with orderCount)",
    "eBay's seller standards profile (standardsProfiles)",
    "eBay's customer service metric (dimensionMetrics)",
    "eBay's Sell Fulfillment API getOrders (orders with orderFulfillmentStatus)",
    "a Walmart performance summary (payload with overallRate or cumulativeRate)",
    "the Walmart Orders API (purchaseOrderId)",
)


def read_file(path: Path, settings: Settings) -> FileResult:
    """What one file says; ReportError when it is unreadable, unknown or incomplete."""
    sample = read_sample(path)
    if sample.looks_like_json:
        return _read_json(path, settings)
    for header in header_candidates(sample):
        names = set(header.names)
        for table in TABLES:
            if table.signature <= names:
                _check_columns(path, table, header.index)
                with open_rows(sample, header) as rows:
                    return table.read(rows, str(path), settings)
    raise ReportError(_unknown(path, sample))


def _check_columns(path: Path, table: TableFormat, index: Callable[..., int | None]) -> None:
    missing = [names[0] for names in table.needs if index(*names) is None]
    if missing:
        columns = ", ".join(name.replace(" ", "-") for name in missing)
        raise ReportError(
            f"{path} looks like {table.title} ({table.report}) but has no column {columns}, "
            f"which poa needs for {table.purpose}. That report has it: download it again in "
            f"full from {table.where}."
        )


def _unknown(path: Path, sample: Sample) -> str:
    first = next((line for line in sample.text.splitlines() if line.strip()), "")[:80]
    tables = "; ".join(
        f"{t.title} ({', '.join(sorted(n.replace(' ', '-') for n in t.signature))})" for t in TABLES
    )
    return (
        f"{path}: not a report poa recognises. It looked for a header row with the columns "
        f"of one of: {tables}; or a JSON report: {'; '.join(_JSON_KINDS)}. The file starts "
        f"with {first!r}. Download the report from the marketplace as it comes (poa reads "
        "what is inside, not the file's name)."
    )


def _read_json(path: Path, settings: Settings) -> FileResult:
    raw = read_limited(path, MAX_JSON_BYTES, ReportError, "report", " Save a shorter date range.")
    text = decode_text(raw, path, ReportError, "report")
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise ReportError(
            f"{path}:{err.lineno}: not valid JSON ({err.msg}). Is the file "
            "complete? Save the report again."
        ) from err
    except (ValueError, RecursionError) as err:
        raise ReportError(
            f"{path}: not JSON poa can read (nested too deep or too large numbers)."
        ) from err
    source = str(path)
    if amazon_report.recognise(data):
        return amazon_report.read(data, source, settings)
    if (profiles := ebay.profiles_of(data)) is not None:
        return ebay.read(profiles, source, settings)
    if (summary := walmart.summary_of(data)) is not None:
        return walmart.read_summary(summary, path, settings)
    return _read_more_json(data, path, settings)


def _read_more_json(data: Any, path: Path, settings: Settings) -> FileResult:
    source = str(path)
    if (service := ebay_service.service_metric_of(data)) is not None:
        return ebay_service.read(service, source, settings)
    if (events := amazon_money.financial_events_of(data)) is not None:
        return amazon_money.read_financial_events(events, source, settings)
    if (intervals := amazon_money.order_metrics_of(data)) is not None:
        return amazon_money.read_order_metrics(intervals, source, settings)
    if (orders := ebay_orders.orders_of(data)) is not None:  # before Amazon's: both "orderId"
        return ebay_orders.read(orders, source, settings)
    if (orders := amazon_api.orders_of(data)) is not None:
        return amazon_api.read(orders, source, settings)
    if (orders := walmart.orders_of(data)) is not None:
        return walmart.read_orders(orders, source, settings)
    keys = ", ".join(sorted(data)[:8]) if isinstance(data, dict) else type(data).__name__
    raise ReportError(
        f"{path}: JSON, but not a report poa recognises (it holds {keys}). It looked for "
        f"{'; '.join(_JSON_KINDS)}."
    )
