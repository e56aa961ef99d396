"""eBay's orders (Sell Fulfillment API ``getOrders``, JSON; formats.md §E4): the orders behind
the late shipment rate, the transaction defect rate and tracking.

``getOrders`` gives each order's ship-by date (``lineItemFulfillmentInstructions.shipByDate``)
and its cancellation (``cancelStatus.cancelRequests``); when it was shipped and with which
tracking number are in its shipping fulfilments (``getShippingFulfillments``), which a saved
file carries inside each order as ``shippingFulfillments`` (or ``fulfillments``). So:

* ``late_shipment_rate`` — orders first shipped after their ship-by date, over the orders
  due in the window that have shipped (eBay counts late by tracking and delivery scans too, so
  this is an approximation);
* ``transaction_defect_rate`` — orders the seller cancelled, over the orders placed in the
  window: a lower bound, since cases closed without seller resolution are not in the file;
* ``valid_tracking_rate`` — shipped orders with a tracking number.

Without fulfilments in the file, the late shipments and tracking are listed as not
computable, with what would give them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from poa.metrics.dates import instant
from poa.metrics.model import CountedOrder, FileResult, Gap, SourceFile
from poa.metrics.tally import Settings, Tally
from poa.metrics.targets import dicts

FORMAT = "ebay.orders_api"
REPORT = "Sell Fulfillment API getOrders (JSON)"


def orders_of(data: object) -> list[dict[str, Any]] | None:
    """eBay's orders in ``data`` (a getOrders page or a list of orders), or None."""
    if isinstance(data, dict):
        data = data.get("orders")
    if not isinstance(data, list) or not data:
        return None
    orders = [o for o in data if isinstance(o, dict)]
    ebay = ("orderFulfillmentStatus", "creationDate", "lineItems")
    if orders and all("orderId" in o and any(k in o for k in ebay) for o in orders[:20]):
        return orders
    return None


def read(orders: list[dict[str, Any]], source: str, settings: Settings) -> FileResult:
    late, defects, tracked = (
        Tally("late_shipment_rate"),
        Tally("transaction_defect_rate"),
        Tally("valid_tracking_rate", share_good=True),
    )
    newest: dt.date | None = None
    skipped = fulfilled = 0
    for order in orders:
        oid, placed = str(order.get("orderId", "")), instant(order.get("creationDate"))
        if not oid or placed is None:
            skipped += 1
            continue
        newest = max(newest or placed.date(), placed.date())
        defects.add(placed.date(), _cancelled(order, oid, placed.date(), source))
        shipments = _shipments(order)
        fulfilled += bool(shipments)
        due = _ship_by(order)
        if shipments and due is not None:
            sent = shipments[0][0]
            late.add(
                due.date(),
                CountedOrder(
                    oid,
                    f"shipped {sent:%Y-%m-%d %H:%M} UTC, after its ship-by date "
                    f"{due:%Y-%m-%d %H:%M}",
                    due.date(),
                    source,
                    placed.date(),
                    due.date(),
                    sent.date(),
                )
                if sent > due
                else None,
            )
        if shipments:
            numbered = any(number for _, number in shipments)
            tracked.add(
                placed.date(),
                None
                if numbered
                else CountedOrder(
                    oid,
                    "shipped without a tracking number",
                    placed.date(),
                    source,
                    placed.date(),
                    shipped=shipments[0][0].date(),
                ),
            )
    return _result(
        source, settings, (late, defects, tracked), newest, (len(orders), skipped, fulfilled)
    )


def _cancelled(
    order: dict[str, Any], oid: str, placed: dt.date, source: str
) -> CountedOrder | None:
    status = order.get("cancelStatus") if isinstance(order.get("cancelStatus"), dict) else {}
    assert isinstance(status, dict)
    if str(status.get("cancelState", "")).upper() != "CANCELED":
        return None
    for request in dicts(status.get("cancelRequests")):
        if str(request.get("cancelInitiator", "")).upper() == "SELLER":
            reason = request.get("cancelReason") or "no reason given"
            return CountedOrder(
                oid,
                f"cancelled by the seller ({reason}): a transaction defect",
                placed,
                source,
                placed,
            )
    return None


def _ship_by(order: dict[str, Any]) -> dt.datetime | None:
    """The earliest ship-by date of the order's items."""
    found = []
    for item in dicts(order.get("lineItems")):
        rules = item.get("lineItemFulfillmentInstructions")
        if isinstance(rules, dict) and (due := instant(rules.get("shipByDate"))) is not None:
            found.append(due)
    return min(found) if found else None


def _shipments(order: dict[str, Any]) -> list[tuple[dt.datetime, str]]:
    """(shipped, tracking number) of each shipping fulfilment, first shipped first."""
    listed = order.get("shippingFulfillments") or order.get("fulfillments")
    found = []
    for item in dicts(listed):
        sent = instant(item.get("shippedDate"))
        if sent is not None:
            found.append((sent, str(item.get("shipmentTrackingNumber") or "").strip()))
    return sorted(found)


def _result(
    source: str,
    settings: Settings,
    tallies: tuple[Tally, Tally, Tally],
    newest: dt.date | None,
    counts: tuple[int, int, int],
) -> FileResult:
    rows, skipped, fulfilled = counts
    notes = [f"{fulfilled} of {rows} orders carry shipping fulfilments"]
    file = SourceFile(
        source,
        FORMAT,
        REPORT,
        "ebay",
        rows=rows,
        skipped_rows=skipped,
        as_of=settings.as_of or newest,
        notes=tuple(notes),
    )
    result = FileResult(file)
    bounds = {
        "late_shipment_rate": "eBay also counts late by tracking and delivery scans",
        "transaction_defect_rate": "a lower bound: cases closed without seller resolution are "
        "not in the file",
    }
    for tally in tallies:
        if tally.id != "transaction_defect_rate" and not fulfilled:
            result.gaps.append(
                Gap(
                    tally.id,
                    source,
                    "the orders carry no shipping fulfilments (shippedDate, "
                    "shipmentTrackingNumber): save getShippingFulfillments into each order "
                    "as shippingFulfillments; eBay's figure is in the seller standards profile",
                )
            )
            continue
        metric, found = tally.metric(
            settings,
            marketplace="ebay",
            source=source,
            format=FORMAT,
            default_window=90,
            last_day=newest,
            notes=(bounds[tally.id],) if tally.id in bounds else (),
        )
        result.metrics.append(metric)
        result.orders[metric.id] = found
    return result
