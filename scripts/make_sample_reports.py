"""Make the marketplace reports and the evidence of the sample case built from reports,
samples/amazon-late-shipment-imported.yaml.

Run it from anywhere:  .venv/bin/python scripts/make_sample_reports.py   (the output is committed)

The seller's orders are laid out by rule, so every figure can be checked by hand: each week
6, 5, 5, 5, 6, 4 and 3 orders are placed Monday to Sunday (143 in any 30 days that start on a
Saturday); handling time is one day and, by a template mistake, Sunday counted as a business
day, so Saturday orders were due on Sunday. The packer works Saturday mornings: the two
Saturday orders placed after 10:00 shipped on Monday, late. Two Monday orders, due on Tuesday
20 and 27 October, were collected on time but confirmed the next morning. The template was
corrected on 10 November, and no order is late after it.

So the 30-day Late Shipment Rate, on ship-by days, is 12 of 143 (8.39 %) on 9 November, 10 of
143 (6.99 %) on 16 November and 7 of 143 (4.90 %) on 23 November. The three Seller Performance
reports say so; the Orders API file, downloaded on 9 November, lists the orders behind the
first. Nothing is random: order ids come from hashes of their dates.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_evidence import (  # the helpers of the other samples' evidence
    SAMPLES,
    amazon_order_id,
    badge,
    esc,
    grid,
    items,
    paras,
    pdf,
    screen,
    table,
    unique,
)

NAME = "amazon-late-shipment-imported"
SELLER = "Example Trail Supply LLC"
SELLER_ID = "A3EXAMPLE0007"
PER_DAY = (6, 5, 5, 5, 6, 4, 3)
"""Orders placed Monday to Sunday."""
SATURDAY = ((7, 40), (9, 15), (12, 30), (16, 45))
"""When the Saturday orders come in: two before the packer leaves at 10:00, two after."""
FIXED = dt.date(2026, 11, 10)
"""The day Sunday became a non-business day again: no order due after it is late."""
LATE_CONFIRMED = (dt.date(2026, 10, 20), dt.date(2026, 10, 27))
"""Ship-by days of the two orders collected on time and confirmed the next morning."""
FIRST, LAST = dt.date(2026, 10, 10), dt.date(2026, 11, 22)
"""The days orders were placed on, in the reports' windows."""
REPORT_DAYS = (dt.date(2026, 11, 9), dt.date(2026, 11, 16), dt.date(2026, 11, 23))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def orders() -> list[dict[str, object]]:
    """Every order placed from 10 October to 22 November 2026: when it was placed, when it was
    due, when it shipped (as Amazon records the confirmation) and whether it was late."""
    found: list[dict[str, object]] = []
    day = FIRST
    while day <= LAST:
        count = PER_DAY[day.weekday()]
        for n in range(count):
            hour, minute = SATURDAY[n] if day.weekday() == 5 else (8 + n * 14 // count, 5 + 7 * n)
            placed = _at(day, hour, minute)
            due = day + dt.timedelta(days=1)
            shipped = _at(due, 9, 30) if day.weekday() == 4 else _at(due, 15, 10)
            if day.weekday() == 5:  # Saturday: the packer works until 10:00
                shipped = _at(day, 11, 30)
                if placed.hour >= 10 and due < FIXED:
                    shipped = _at(day + dt.timedelta(days=2), 10, 20)  # Monday
                elif placed.hour >= 10:
                    due = day + dt.timedelta(days=2)  # Sunday no longer counts
                    shipped = _at(due, 15, 10)
            if due in LATE_CONFIRMED and n == 0:
                shipped = _at(due + dt.timedelta(days=1), 9, 5)
            found.append(
                {
                    "id": amazon_order_id("114", f"{NAME}/{day}/{n}"),
                    "placed": placed,
                    "due": _at(due, 23, 59) + dt.timedelta(seconds=59),
                    "shipped": shipped,
                }
            )
        day += dt.timedelta(days=1)
    unique(order["id"] for order in found)
    return found


def _late(order: dict[str, object]) -> bool:
    shipped, due = order["shipped"], order["due"]
    assert isinstance(shipped, dt.datetime) and isinstance(due, dt.datetime)
    return shipped > due


def _in_window(order: dict[str, object], end: dt.date) -> bool:
    due = order["due"]
    assert isinstance(due, dt.datetime)
    return end - dt.timedelta(days=29) <= due.date() <= end


def performance_report(end: dt.date) -> bytes:
    """Amazon's Seller Performance report (GET_V2_SELLER_PERFORMANCE_REPORT) of ``end``."""
    counted = [o for o in orders() if _in_window(o, end)]
    late = sum(_late(o) for o in counted)

    def window(days: int) -> dict[str, str]:
        start = end - dt.timedelta(days=days - 1)
        return {
            "reportingDateFrom": f"{start}T00:00:00Z",
            "reportingDateTo": f"{end}T23:59:59Z",
        }

    rate = late / len(counted)
    block = {
        "marketplaceId": "ATVPDKIKX0DER",
        "accountHealthRating": {
            "ahrStatus": "GREAT",
            "ahrScore": 240,
            "reportingDateRange": window(180),
        },
        "orderDefectRate": {
            "mfn": {
                "reportingDateRange": window(60),
                "orderCount": 286,
                "orderWithDefects": {"count": 1, "status": "GOOD"},
                "claims": {"count": 0, "status": "NONE"},
                "chargebacks": {"count": 0, "status": "NONE"},
                "negativeFeedback": {"count": 1, "status": "GOOD"},
                "fulfillmentType": "mfn",
                "status": "GOOD",
                "rate": round(1 / 286, 6),
                "targetValue": 0.01,
                "targetCondition": "LESS_THAN",
            }
        },
        "preFulfillmentCancellationRate": {
            "reportingDateRange": window(7),
            "orderCount": 34,
            "cancellationCount": 0,
            "status": "GOOD",
            "rate": 0,
            "targetValue": 0.025,
            "targetCondition": "LESS_THAN",
        },
        "lateShipmentRate": {
            "reportingDateRange": window(30),
            "orderCount": len(counted),
            "lateShipmentCount": late,
            "status": "BAD" if rate >= 0.04 else "GOOD",
            "rate": round(rate, 6),
            "targetValue": 0.04,
            "targetCondition": "LESS_THAN",
        },
        "validTrackingRate": {
            "reportingDateRange": window(30),
            "shipmentCount": len(counted),
            "validTrackingCount": len(counted),
            "status": "GOOD",
            "rate": 1,
            "targetValue": 0.95,
            "targetCondition": "GREATER_THAN",
        },
    }
    data = {
        "accountStatuses": [{"marketplaceId": "ATVPDKIKX0DER", "status": "NORMAL"}],
        "performanceMetrics": [block],
    }
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")


def orders_file(downloaded: dt.date) -> bytes:
    """The Orders API (2026-01-01, searchOrders) response for the orders placed from 10 October
    to the day before ``downloaded``: ship-by window, package ship time and tracking."""
    listed = []
    for order in orders():
        placed, due, shipped = order["placed"], order["due"], order["shipped"]
        assert isinstance(placed, dt.datetime) and isinstance(due, dt.datetime)
        assert isinstance(shipped, dt.datetime)
        if placed.date() >= downloaded:
            continue
        listed.append(
            {
                "orderId": order["id"],
                "createdTime": _stamp(placed),
                "lastUpdatedTime": _stamp(shipped),
                "fulfillment": {
                    "fulfillmentStatus": "SHIPPED",
                    "fulfilledBy": "MERCHANT",
                    "shipByWindow": {
                        "earliestDateTime": _stamp(placed),
                        "latestDateTime": _stamp(due),
                    },
                },
                "orderItems": [{"orderItemId": "1"}],
                "packages": [
                    {
                        "packageReferenceId": "1",
                        "shipTime": _stamp(shipped),
                        "carrier": "USPS",
                        "trackingNumber": "9400" + str(order["id"]).replace("-", "")[:18],
                    }
                ],
            }
        )
    return (json.dumps({"orders": listed}, indent=1) + "\n").encode("utf-8")


def shipping_settings() -> bytes:
    c = screen(
        1000,
        520,
        "Settings > Shipping settings > Shipping templates (illustration)",
        "Business days: before and after 10 November 2026",
    )
    badge(c, 16, 126, "Before: 2 Oct to 9 Nov 2026", False)
    badge(c, 360, 126, "After: from 10 Nov 2026", True)
    y = grid(
        c,
        16,
        166,
        968,
        [
            ("Setting", "Before", "After"),
            ("Handling time (86 SKUs)", "1 business day", "1 business day"),
            ("Saturday", "business day", "business day"),
            ("Sunday", "business day", "non-business day"),
            ("Shipment confirmation", "manual, end of day", "Buy Shipping (at once)"),
        ],
    )
    c.text(16, y + 24, "Sunday was made a business day by mistake on 2 October 2026.", "ink", 2)
    c.text(16, y + 50, "A Saturday order is now due on Monday, the next day we pack.", "ink", 2)
    c.text(16, y + 88, f"{SELLER}  ·  Seller ID {SELLER_ID}", "grey", 2)
    return c.png()


def packing_sop() -> bytes:
    body = (
        "<h1>Packing and shipping procedure</h1>"
        f'<div class="sub">{esc(SELLER)} · Version 3 · In force from 11 November 2026 · '
        "Owner: Owner · Packer: Monday to Friday, Saturday 07:00-10:00</div>"
        "<h2>1. Business days in the shipping template</h2>"
        + items(
            [
                "Monday to Saturday are business days; Sunday is not.",
                "A change to the template is saved only after a second person has checked the "
                "business days against the packing rota.",
                "Every Monday the template is compared with the rota for the next two weeks.",
            ]
        )
        + "<h2>2. Labels and confirmation</h2>"
        + paras(
            "Every label is bought through Buy Shipping in Seller Central, which confirms the "
            "shipment and uploads tracking at once. There is no end-of-day confirmation step."
        )
        + "<h2>3. Monitoring</h2>"
        + items(
            [
                "Every Monday the Owner downloads the Seller Performance report and records "
                "the 30-day Late Shipment Rate, with the order id and cause of each late order.",
                "Internal target: below 2 %. Two readings in a row above 2 % start a review of "
                "the template and the rota.",
            ]
        )
        + "<h2>Change history</h2>"
        + table(
            ("Version", "Date", "Change"),
            [
                ("2", "2026-10-02", "Shipping template changed; Sunday set as a business day."),
                ("3", "2026-11-11", "Sunday not a business day; Buy Shipping; Monday checks."),
            ],
        )
    )
    return pdf("Packing and shipping procedure, version 3", body, paper="letter", author=SELLER)


FILES = {
    **{
        f"{NAME}/reports/performance-{end}.json": (lambda end=end: performance_report(end))
        for end in REPORT_DAYS
    },
    f"{NAME}/reports/orders-{REPORT_DAYS[0]}.json": lambda: orders_file(REPORT_DAYS[0]),
    f"{NAME}/shipping-settings.png": shipping_settings,
    f"{NAME}/packing-sop.pdf": packing_sop,
}


def main() -> int:
    for name, make in FILES.items():
        data = make()
        path = SAMPLES / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{len(data):>7,} B  samples/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
