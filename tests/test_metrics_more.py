"""The parser-ready formats of formats.md that the first readers left out: Amazon's settlement
report (§A9), Finances API (§A11) and Sales API (§A12); eBay's customer service metric (§E2)
and Sell Fulfillment getOrders (§E4). Each fixture was written for these tests in the
documented layout (tests/fixtures/metrics/README.md); the answers are worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from poa.metrics import Metric, MetricsReport, read_reports
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "metrics"


def _read(name: str) -> MetricsReport:
    return read_reports([FIXTURES / name])


def _one(report: MetricsReport, metric: str, scope: str | None = None) -> Metric:
    found = [m for m in report.metrics if m.id == metric and (scope is None or m.scope == scope)]
    assert len(found) == 1, [(m.id, m.scope) for m in report.metrics]
    return found[0]


def test_settlement_names_the_claims_and_chargebacks_that_cost_money() -> None:
    # Rows after the totals row: two Order rows, an A-to-z Guarantee Refund in two rows (one
    # order), a plain Refund, a Chargeback Refund, another Order. Defects: 0021 and 0022.
    report = _read("amazon-settlement-v2.txt")
    assert report.files[0].format == "amazon.settlement"
    assert report.files[0].skipped_rows == 1  # the settlement's totals row
    orders = report.orders["order_defect_rate"]
    assert [(o.order_id, o.date) for o in orders] == [
        ("111-0000021-0000021", dt.date(2026, 10, 5)),
        ("111-0000022-0000022", dt.date(2026, 10, 12)),
    ]
    assert orders[0].why.startswith("A-to-z Guarantee claim charged to the seller")
    assert "-24.99" in orders[0].why  # the first amount row of the order
    assert orders[1].why.startswith("chargeback charged to the seller")
    count = _one(report, "order_defect_rate")
    assert (count.numerator, count.value, count.computed) == (2, None, True)


def test_finances_api_gives_the_same_kind_of_orders_once_each() -> None:
    # Claims: 0031 twice (two events, one order); chargebacks: 0032. The shipment and the
    # refund events are no defects.
    report = _read("amazon-financial-events.json")
    assert report.files[0].format == "amazon.financial_events"
    assert [(o.order_id, o.date) for o in report.orders["order_defect_rate"]] == [
        ("111-0000032-0000032", dt.date(2026, 10, 18)),
        ("111-0000031-0000031", dt.date(2026, 10, 22)),
    ]
    assert report.files[0].rows == 3  # the three claim and chargeback events


def test_sales_api_counts_orders_in_the_sellers_own_days() -> None:
    # 11 + 9 + 0 orders over 1 to 3 November in the seller's zone (-07:00): not 4 UTC days.
    report = _read("amazon-order-metrics.json")
    orders = _one(report, "order_count")
    assert (orders.value, orders.unit, orders.status) == (20.0, "count", "no_target")
    assert (orders.window_from, orders.window_to, orders.window_days) == (
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 3),
        3,
    )


def test_ebay_customer_service_rate_is_cases_over_transactions() -> None:
    # Domestic: 6 cases in 400 transactions = 1.5 % (eBay's own RATE field says 66.67, its
    # definition upside down), peers 0.90 %, rated HIGH: at risk. Mature region: 0 of 50, LOW.
    report = _read("ebay-customer-service-inr.json")
    domestic = _one(report, "item_not_received_rate", "Domestic")
    assert (domestic.value, domestic.numerator, domestic.denominator) == (1.5, 6, 400)
    assert (domestic.target, domestic.comparison, domestic.status) == (0.9, "<=", "at_risk")
    assert domestic.marketplace_status == "HIGH"
    assert (domestic.window_from, domestic.window_to) == (
        dt.date(2025, 10, 1),
        dt.date(2026, 9, 30),
    )
    mature = _one(report, "item_not_received_rate", "International: Mature region")
    assert (mature.value, mature.status) == (0.0, "ok")


def test_ebay_orders_late_cancelled_by_the_seller_and_untracked() -> None:
    # Due 3, 4 and 5 November (shipped): 00002 shipped 5 Nov 15:00 after its ship-by of 4 Nov
    # 06:59 = 1 of 3. Placed 1-5 November: 5; cancelled by the seller: 00003 (the buyer
    # cancelled 00004) = 1 of 5. Shipped: 00001, 00002, 00005; no tracking number: 00005.
    report = _read("ebay-orders.json")
    assert report.files[0].format == "ebay.orders_api"
    late = _one(report, "late_shipment_rate")
    assert (late.numerator, late.denominator) == (1, 3)
    late_order = report.orders["late_shipment_rate"][0]
    assert late_order.order_id == "12-13600-00002"
    assert (late_order.ordered, late_order.due, late_order.shipped) == (
        dt.date(2026, 11, 2),
        dt.date(2026, 11, 4),
        dt.date(2026, 11, 5),
    )
    defects = _one(report, "transaction_defect_rate")
    assert (defects.numerator, defects.denominator, defects.value) == (1, 5, 20.0)
    assert any("lower bound" in note for note in defects.notes)
    assert [o.order_id for o in report.orders["transaction_defect_rate"]] == ["12-13600-00003"]
    tracking = _one(report, "valid_tracking_rate")
    assert (tracking.numerator, tracking.denominator) == (2, 3)
    assert [o.order_id for o in report.orders["valid_tracking_rate"]] == ["12-13600-00005"]


def test_ebay_orders_without_fulfilments_say_what_is_missing(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "ebay-orders.json").read_text(encoding="utf-8"))
    for order in data["orders"]:
        order.pop("shippingFulfillments", None)
    bare = tmp_path / "orders.json"
    bare.write_text(json.dumps(data), encoding="utf-8")
    report = read_reports([bare])
    assert [m.id for m in report.metrics] == ["transaction_defect_rate"]
    assert {g.metric for g in report.gaps} == {"late_shipment_rate", "valid_tracking_rate"}
    assert all("getShippingFulfillments" in g.why for g in report.gaps)


@pytest.mark.parametrize(
    ("name", "format_id"),
    [
        ("amazon-settlement-v2.txt", "amazon.settlement"),
        ("amazon-financial-events.json", "amazon.financial_events"),
        ("amazon-order-metrics.json", "amazon.order_metrics"),
        ("ebay-customer-service-inr.json", "ebay.customer_service_metric"),
        ("ebay-orders.json", "ebay.orders_api"),
        ("amazon-orders-api-2026.json", "amazon.orders_api"),  # still Amazon's: no eBay keys
    ],
)
def test_recognised_by_content_not_name(name: str, format_id: str, tmp_path: Path) -> None:
    renamed = tmp_path / "download.dat"
    shutil.copyfile(FIXTURES / name, renamed)
    assert read_reports([renamed]).files[0].format == format_id
