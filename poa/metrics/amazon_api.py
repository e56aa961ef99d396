"""Amazon's Orders API as JSON (getOrders/searchOrders, v0 and 2026-01-01): the only Amazon
source with ship-by dates, so the one that names the late orders (formats.md §A10).

* 2026-01-01 (``orders[]`` with ``orderId``): an order is late when its first package's
  ``shipTime`` is after ``fulfillment.shipByWindow.latestDateTime``, or when it has no shipped
  package and the ship-by time has passed; pre-fulfilment cancels are orders an item of which
  was cancelled by the MERCHANT without a BUYER request; tracking is valid when a shipped
  package has a tracking number and a carrier.
* v0 (``payload.Orders[]`` with ``AmazonOrderId``): no ship time and no tracking, so only the
  orders still unshipped past ``LatestShipDate`` count as late (a lower bound), and every
  cancelled order counts as a pre-fulfilment cancel (an upper bound: v0 does not say who).

Seller-fulfilled orders only; times are UTC; windows by ship-by day (late shipments) or by
purchase day (cancels, tracking).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from poa.metrics.dates import instant
from poa.metrics.model import CountedOrder, FileResult, Gap, SourceFile
from poa.metrics.tally import Settings, Tally

FORMAT = "amazon.orders_api"
REPORT = "Orders API getOrders / searchOrders (JSON)"
_SHIPPED = {"SHIPPED", "IN_TRANSIT", "DELIVERED", "OUT_FOR_DELIVERY", "PICKED_UP", "DROPPED_OFF"}


def orders_of(data: object) -> list[dict[str, Any]] | None:
    """The orders in a response (or a saved list of them), or None if this is not one."""
    if isinstance(data, dict):
        for path in (("payload", "Orders"), ("Orders",), ("orders",), ("payload", "orders")):
            found: object = data
            for key in path:
                found = found.get(key) if isinstance(found, dict) else None
            if isinstance(found, list):
                data = found
                break
        else:
            order = data.get("order") or data.get("payload")
            data = [order] if isinstance(order, dict) else data
    if not isinstance(data, list) or not data:
        return None
    orders = [item for item in data if isinstance(item, dict)]
    if orders and all("AmazonOrderId" in o or "orderId" in o for o in orders[:20]):
        return orders
    return None


def read(orders: list[dict[str, Any]], source: str, settings: Settings) -> FileResult:
    late, cancels, tracked = (
        Tally("late_shipment_rate"),
        Tally("pre_fulfillment_cancel_rate"),
        Tally("valid_tracking_rate", share_good=True),
    )
    version = "2026-01-01" if any("orderId" in o for o in orders) else "v0"
    newest: dt.date | None = None
    skipped = 0
    for order in orders:
        if version == "v0":
            day = _v0(order, late, cancels, source)
        else:
            day = _v2026(order, late, cancels, tracked, source)
        if day is None:
            skipped += 1
        elif newest is None or day > newest:
            newest = day
    as_of = settings.as_of or newest
    notes = [f"Orders API {version}; seller-fulfilled orders only"]
    file = SourceFile(
        source,
        FORMAT,
        REPORT,
        "amazon",
        rows=len(orders),
        skipped_rows=skipped,
        as_of=as_of,
        notes=tuple(notes),
    )
    result = FileResult(file)
    bounds = {
        "late_shipment_rate": "a lower bound: v0 has no ship time, so only orders still "
        "unshipped past their ship-by date count as late"
        if version == "v0"
        else "shipTime is the carrier hand-over; Amazon measures ship confirmation",
        "pre_fulfillment_cancel_rate": "an upper bound: v0 does not say who cancelled"
        if version == "v0"
        else "cancelled by the seller without a buyer's request",
    }
    for tally, window in ((late, 30), (cancels, 7), (tracked, 30)):
        if tally is tracked and version == "v0":
            result.gaps.append(
                Gap(
                    tally.id,
                    source,
                    "Orders API v0 has no tracking numbers: "
                    "use the 2026-01-01 API (packages[].trackingNumber)",
                )
            )
            continue
        metric, found = tally.metric(
            settings,
            marketplace="amazon",
            source=source,
            format=FORMAT,
            default_window=window,
            scope="mfn",
            last_day=newest,
            notes=(bounds[tally.id],) if tally.id in bounds else (),
        )
        result.metrics.append(metric)
        result.orders[metric.id] = found
    return result


def _v0(order: dict[str, Any], late: Tally, cancels: Tally, source: str) -> dt.date | None:
    oid = str(order.get("AmazonOrderId", ""))
    bought = instant(order.get("PurchaseDate"))
    if not oid or bought is None:
        return None
    if str(order.get("FulfillmentChannel", "MFN")).upper() != "MFN":
        return bought.date()
    status = str(order.get("OrderStatus", ""))
    if status == "Pending":
        return bought.date()
    cancelled = status in ("Canceled", "Cancelled")
    cancels.add(
        bought.date(),
        CountedOrder(
            oid,
            f"OrderStatus {status} (purchased {bought:%Y-%m-%d}); v0 does not say who cancelled",
            bought.date(),
            source,
            ordered=bought.date(),
        )
        if cancelled
        else None,
    )
    due = instant(order.get("LatestShipDate"))
    if due is not None and not cancelled:
        unshipped = status in ("Unshipped", "PartiallyShipped")
        late.add(
            due.date(),
            CountedOrder(
                oid,
                f"{status}, and its ship-by time {due:%Y-%m-%d %H:%M} UTC had passed "
                "by its last update",
                due.date(),
                source,
                ordered=bought.date(),
                due=due.date(),
            )
            if unshipped and _passed(due, order)
            else None,
        )
    return bought.date()


def _passed(due: dt.datetime, order: dict[str, Any]) -> bool:
    updated = instant(order.get("LastUpdateDate"))
    return updated is not None and updated > due


def _v2026(
    order: dict[str, Any], late: Tally, cancels: Tally, tracked: Tally, source: str
) -> dt.date | None:
    oid = str(order.get("orderId", ""))
    bought = instant(order.get("createdTime"))
    if not oid or bought is None:
        return None
    fulfillment = order.get("fulfillment") if isinstance(order.get("fulfillment"), dict) else {}
    assert isinstance(fulfillment, dict)
    if str(fulfillment.get("fulfilledBy", "MERCHANT")).upper() != "MERCHANT":
        return bought.date()
    state = str(fulfillment.get("fulfillmentStatus", "")).upper()
    if state in ("PENDING", "PENDING_AVAILABILITY"):
        return bought.date()
    packages = [p for p in order.get("packages") or [] if isinstance(p, dict)]
    ship_times = sorted(t for t in (instant(p.get("shipTime")) for p in packages) if t)
    cancelled_by_seller = _seller_cancelled(order)
    cancels.add(
        bought.date(),
        CountedOrder(
            oid,
            "an item cancelled by the seller "
            f"({cancelled_by_seller}) before shipping, no buyer request",
            bought.date(),
            source,
            ordered=bought.date(),
        )
        if cancelled_by_seller and not ship_times
        else None,
    )
    window = fulfillment.get("shipByWindow")
    due = instant(window.get("latestDateTime")) if isinstance(window, dict) else None
    if due is not None and state != "CANCELLED":
        flagged = None
        if ship_times and ship_times[0] > due:
            hours = (ship_times[0] - due).total_seconds() / 3600
            flagged = CountedOrder(
                oid,
                f"shipped {ship_times[0]:%Y-%m-%d %H:%M} UTC, {hours:.0f} "
                f"h after the ship-by time {due:%Y-%m-%d %H:%M}",
                due.date(),
                source,
                ordered=bought.date(),
                due=due.date(),
                shipped=ship_times[0].date(),
            )
        elif not ship_times and _updated_after(order, due):
            flagged = CountedOrder(
                oid,
                f"not shipped; ship-by {due:%Y-%m-%d %H:%M} UTC has passed",
                due.date(),
                source,
                ordered=bought.date(),
                due=due.date(),
            )
        late.add(due.date(), flagged)
    for package in packages:
        sent = instant(package.get("shipTime"))
        if sent is None:
            continue
        number, carrier = package.get("trackingNumber"), package.get("carrier")
        missing = [n for n, v in (("tracking number", number), ("carrier", carrier)) if not v]
        tracked.add(
            bought.date(),
            CountedOrder(
                oid,
                f"package {package.get('packageReferenceId', '?')}"
                f" shipped without a {' or '.join(missing)}",
                bought.date(),
                source,
                ordered=bought.date(),
                shipped=sent.date(),
            )
            if missing
            else None,
        )
    return bought.date()


def _seller_cancelled(order: dict[str, Any]) -> str | None:
    for item in order.get("orderItems") or []:
        cancel = item.get("cancellation") if isinstance(item, dict) else None
        if not isinstance(cancel, dict):
            continue
        execution = cancel.get("cancellationExecution") or {}
        request = cancel.get("cancellationRequest") or {}
        by = str(execution.get("cancelledBy", "")).upper() if isinstance(execution, dict) else ""
        asked = str(request.get("requester", "")).upper() if isinstance(request, dict) else ""
        if by == "MERCHANT" and asked != "BUYER":
            reason = execution.get("cancelReason") if isinstance(execution, dict) else None
            return str(reason or "no reason given")
    return None


def _updated_after(order: dict[str, Any], due: dt.datetime) -> bool:
    updated = instant(order.get("lastUpdatedTime"))
    return updated is not None and updated > due
