"""Amazon's All Orders report (``GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL``, TSV,
one row per order item): the orders behind the pre-fulfilment cancel rate.

What the file can and cannot show (formats.md §A3): it has order and item statuses, the
purchase time and the fulfilment channel, but no ship-by date, no ship-confirmation time, no
tracking and not who cancelled. So:

* ``pre_fulfillment_cancel_rate`` — seller-fulfilled orders whose order status is Cancelled
  over seller-fulfilled orders purchased in the window (Pending ones left out): an **upper
  bound**, since a buyer's cancellation counts here too;
* ``late_shipment_rate`` and ``valid_tracking_rate`` — only when the file carries extra
  columns (a ship-by date and a ship date; a tracking number), as some exports do; otherwise
  they are listed as not computable, with the report that has them.
"""

from __future__ import annotations

import datetime as dt

from poa.metrics.dates import instant
from poa.metrics.model import CountedOrder, FileResult, Gap, SourceFile
from poa.metrics.tables import Rows
from poa.metrics.tally import Settings, Tally

FORMAT = "amazon.all_orders"
REPORT = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL"
SIGNATURE = frozenset({"amazon order id", "purchase date"})
NEEDS = (("order status",), ("fulfillment channel",))
SHIP_BY = ("latest ship date", "ship by date", "promise date")
SHIPPED = ("ship date", "shipment date", "shipped date", "ship confirm date")
TRACKING = ("tracking number", "tracking id")
_SELLER = {"mfn", "merchant", "seller", "default"}
_AMAZON = {"afn", "amazon"}
_CANCELLED = {"cancelled", "canceled"}
_STATUS = {"Shipped": "shipped", "Cancelled": "cancelled", "Pending": "pending"}
_CHANNEL = {"Merchant": "merchant", "Amazon": "amazon", "MFN": "mfn", "AFN": "afn"}


class _Days:
    """The UTC day of a purchase-date, remembered per date, hour and whole-hour offset: a
    million rows need only a few thousand parses."""

    def __init__(self) -> None:
        self._cache: dict[str, dt.date | None] = {}

    def __call__(self, text: str) -> dt.date | None:
        whole_hour = text.endswith(("Z", ":00")) and len(text) >= 19
        key = text[:13] + text[19:] if whole_hour else text
        try:
            return self._cache[key]
        except KeyError:
            found = instant(text)
            day = found.date() if found else None
            if len(self._cache) < 100_000:
                self._cache[key] = day
            return day


def read(rows: Rows, source: str, settings: Settings) -> FileResult:
    header = rows.header
    at = {name: header.index(name) for name in ("amazon order id", "purchase date")}
    i_id, i_date = at["amazon order id"], at["purchase date"]
    i_status = header.index("order status")
    i_channel = header.index("fulfillment channel")
    i_item = header.index("item status")
    i_sales = header.index("sales channel")
    i_ship_by, i_shipped = header.index(*SHIP_BY), header.index(*SHIPPED)
    i_tracking = header.index(*TRACKING)
    assert i_id is not None and i_date is not None and i_status is not None
    assert i_channel is not None
    used = [
        i
        for i in (
            i_id,
            i_date,
            i_status,
            i_channel,
            i_item,
            i_sales,
            i_ship_by,
            i_shipped,
            i_tracking,
        )
        if i is not None
    ]
    width = 1 + max(used)
    needed = 1 + max(i_id, i_date, i_status, i_channel)
    cancels = Tally("pre_fulfillment_cancel_rate")
    late = Tally("late_shipment_rate")
    tracked = Tally("valid_tracking_rate", share_good=True)
    days = _Days()
    seen: set[str] = set()
    last, last_cancelled = "", False
    pending = afn = partial = skipped = count = 0
    sites: set[str] = set()
    totals, flagged = cancels.total, cancels.flagged
    # The loop below runs once per row of files of millions of rows: plain operations only.
    for row in rows.leading(width):
        count += 1
        if len(row) <= width:  # no field after the last one used: it holds the line break
            row[-1] = row[-1].rstrip("\r\n")
            if len(row) < needed:
                skipped += 1
                continue
        order = row[i_id]
        if order == last or order in seen:
            if not last_cancelled and i_item is not None and i_item < len(row):
                partial += row[i_item].strip().lower() in _CANCELLED
            continue
        seen.add(order)
        status = _STATUS.get(row[i_status]) or row[i_status].strip().lower()
        last, last_cancelled = order, status in _CANCELLED
        if status == "pending":
            pending += 1
            continue
        channel = _CHANNEL.get(row[i_channel]) or row[i_channel].strip().lower()
        if channel not in _SELLER:
            if channel in _AMAZON:
                afn += 1
            else:  # not an order row: a total line, a piece of a broken line
                skipped += 1
            continue
        day = days(row[i_date])
        if day is None:  # a repeated header, a total line: not an order
            skipped += 1
            continue
        if i_sales is not None and len(sites) < 20:
            sites.add(row[i_sales].strip())
        totals[day] += 1
        if last_cancelled:
            flagged.setdefault(day, []).append(
                CountedOrder(
                    order,
                    f"order-status {row[i_status].strip()} (purchased {day.isoformat()}); "
                    "the report does not say who cancelled",
                    day,
                    source,
                    ordered=day,
                )
            )
        elif i_ship_by is not None and i_shipped is not None:
            _late(late, order, row, (i_ship_by, i_shipped), (day, source))
        if i_tracking is not None and status == "shipped":
            number = row[i_tracking].strip() if len(row) > i_tracking else ""
            tracked.add(
                day,
                None
                if number
                else CountedOrder(
                    order, "shipped without a tracking number in the file", day, source, day
                ),
            )
    return _result(
        rows,
        source,
        settings,
        cancels,
        late,
        tracked,
        count,
        skipped,
        (pending, afn, partial, sites),
    )


def _late(
    tally: Tally, order: str, row: list[str], at: tuple[int, int], bought: tuple[dt.date, str]
) -> None:
    (i_by, i_ship), (ordered, source) = at, bought
    due = instant(row[i_by]) if len(row) > i_by else None
    shipped = instant(row[i_ship]) if len(row) > i_ship else None
    if due is None:
        return
    day = due.date()
    if shipped is None:
        tally.add(day, None)
    elif shipped > due:
        hours = (shipped - due).total_seconds() / 3600
        tally.add(
            day,
            CountedOrder(
                order,
                f"shipped {shipped:%Y-%m-%d %H:%M} UTC, {hours:.0f} h "
                f"after the ship-by time {due:%Y-%m-%d %H:%M}",
                day,
                source,
                ordered,
                day,
                shipped.date(),
            ),
        )
    else:
        tally.add(day, None)


def _result(
    rows: Rows,
    source: str,
    settings: Settings,
    cancels: Tally,
    late: Tally,
    tracked: Tally,
    count: int,
    skipped: int,
    extra: tuple[int, int, int, set[str]],
) -> FileResult:
    pending, afn, partial, sites = extra
    newest = cancels.last_day()
    notes = [
        f"{afn} orders fulfilled by Amazon and {pending} Pending orders left out of the "
        "rates (seller-fulfilled metrics; Pending orders are not yet counted by Amazon)"
    ]
    if partial:
        notes.append(
            f"{partial} cancelled lines in orders that were not cancelled whole "
            "(partial cancellations) are not counted"
        )
    if sites - {""}:
        notes.append("sales channels: " + ", ".join(sorted(sites - {""})))
    file = SourceFile(
        source,
        FORMAT,
        REPORT,
        "amazon",
        rows.encoding,
        rows.header.delimiter,
        count,
        skipped,
        settings.as_of or newest,
        tuple(notes),
    )
    result = FileResult(file)
    metric, orders = cancels.metric(
        settings,
        marketplace="amazon",
        source=source,
        format=FORMAT,
        default_window=7,
        scope="mfn",
        last_day=newest,
        notes=(
            "an upper bound: the All Orders report does not say who cancelled, so orders "
            "the buyer cancelled count too (Amazon leaves those out)",
        ),
    )
    result.metrics.append(metric)
    result.orders[metric.id] = orders
    header = rows.header
    for tally, columns, why in (
        (late, (SHIP_BY, SHIPPED), "has no ship-by date and no ship-confirmation time"),
        (tracked, (TRACKING,), "has no tracking numbers"),
    ):
        if all(header.index(*names) is not None for names in columns):
            metric, orders = tally.metric(
                settings,
                marketplace="amazon",
                source=source,
                format=FORMAT,
                default_window=30,
                scope="mfn",
                last_day=newest,
            )
            result.metrics.append(metric)
            result.orders[metric.id] = orders
        else:
            result.gaps.append(
                Gap(
                    tally.id,
                    source,
                    f"the All Orders report {why}: "
                    "Amazon's figure is in GET_V2_SELLER_PERFORMANCE_REPORT; the "
                    "orders behind it come from the Orders API (getOrders: "
                    "ship-by window, package ship time and tracking)",
                )
            )
    result.gaps.append(
        Gap(
            "on_time_delivery_rate",
            source,
            "no order report has delivery "
            "dates: Amazon's figure is in GET_V2_SELLER_PERFORMANCE_REPORT",
        )
    )
    return result
