"""poa metrics: each format recognised by content and read to the figures worked out by hand
for its fixture (tests/fixtures/metrics/, README there), and every unreadable, unknown or
incomplete file refused with exit 2 and a message naming the file and the fix."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK, ReportError
from poa.metrics import Metric, MetricsReport, read_reports
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "metrics"


def _read(*names: str, **options: object) -> MetricsReport:
    return read_reports([FIXTURES / name for name in names], **options)  # type: ignore[arg-type]


def _one(report: MetricsReport, metric: str, scope: str | None = "any") -> Metric:
    found = [m for m in report.metrics if m.id == metric and (scope == "any" or m.scope == scope)]
    assert len(found) == 1, [(m.id, m.scope, m.window_days) for m in report.metrics]
    return found[0]


def _ids(report: MetricsReport, metric: str) -> list[str]:
    return [order.order_id for order in report.orders[metric]]


# Amazon's Seller Performance report --------------------------------------------------------


def test_the_schema_examples_key_spellings_are_read() -> None:
    report = _read("amazon-v2-schema-example.json")
    cancels = _one(report, "pre_fulfillment_cancel_rate")  # spelt prefulfillmentCancelRate
    assert (cancels.value, cancels.target, cancels.comparison) == (0.5, 1.0, "<")
    assert (cancels.numerator, cancels.denominator, cancels.window_days) == (551, 17197, 7)
    assert (cancels.status, cancels.target_source, cancels.computed) == ("ok", "report", False)
    late = _one(report, "late_shipment_rate")
    assert late.value == pytest.approx(3.203973037)
    assert late.status == "at_risk"  # 3.2 % of a 4 % ceiling: 80 % of the allowance used
    assert late.window_from == dt.date(2020, 10, 21) and late.window_to == dt.date(2020, 11, 19)
    units = _one(report, "on_time_delivery_rate", "units")
    assert (units.value, units.target, units.status) == (88.48, 90.0, "failing")
    documents = _one(report, "document_requests")  # spelt documentRequest, dates backwards
    assert (documents.value, documents.status, documents.window_days) == (8.0, "failing", None)
    assert any("backwards" in note for note in documents.notes)
    rating = _one(report, "account_health_rating")  # ahrStatus only, no score
    assert (rating.value, rating.marketplace_status, rating.status) == (None, "WARNED", "at_risk")
    assert report.orders == {}  # the report has counts, never order ids


def test_a_real_shaped_german_report_quotes_amazons_targets_and_status() -> None:
    report = _read("amazon-v2-de.json")
    delivery = _one(report, "on_time_delivery_rate")
    # 3 of 7 on time against the DE target of 97 %, which Amazon still calls GOOD.
    assert (delivery.value, delivery.target, delivery.comparison) == (42.857142857, 97.0, ">")
    assert (delivery.status, delivery.marketplace_status) == ("failing", "GOOD")
    assert any("GOOD" in note for note in delivery.notes)
    late = sorted(
        (m for m in report.metrics if m.id == "late_shipment_rate"),
        key=lambda m: m.window_days or 0,
    )
    assert [(m.window_days, m.value, m.status) for m in late] == [
        (10, 7.5, "failing"),
        (30, 3.2, "at_risk"),
    ]
    odr = _one(report, "order_defect_rate", "mfn")
    assert (odr.value, odr.numerator, odr.denominator, odr.status) == (1.6, 4, 250, "failing")
    afn = _one(report, "order_defect_rate", "afn")
    assert (afn.value, afn.status) == (None, "no_data")  # no orders: no rate, not "0 %"
    rating = _one(report, "account_health_rating")
    assert (rating.value, rating.status, rating.target_source) == (812.0, "ok", "thresholds")
    assert {m.marketplace_id for m in report.metrics} == {"A1PA6795UKMFR9"}


# Amazon's order files ---------------------------------------------------------------------

CANCELLED = ["111-0000002-0000002", "111-0000006-0000006", "111-0000011-0000011"]


@pytest.mark.parametrize("name", ["amazon-all-orders.txt", "amazon-all-orders-excel.csv"])
def test_all_orders_gives_the_cancelled_orders_worked_out_by_hand(name: str) -> None:
    # Window 2026-11-03..09 (the newest purchase day). Seller-fulfilled, not Pending, bought
    # in it (UTC): 0002 (23:30 -07:00 on the 2nd is the 3rd), 0003, 0006, 0007, 0008, 0009,
    # 0011 = 7; cancelled whole: 0002, 0006, 0011 = 3. 0004 is FBA, 0005 Pending, 0001 and
    # 0010 fall before the window, 0003's cancelled second line is a partial cancellation.
    report = _read(name)
    cancels = _one(report, "pre_fulfillment_cancel_rate")
    assert (cancels.numerator, cancels.denominator) == (3, 7)
    assert cancels.value == pytest.approx(300 / 7)
    assert (cancels.window_from, cancels.window_to) == (dt.date(2026, 11, 3), dt.date(2026, 11, 9))
    assert (cancels.computed, cancels.target, cancels.target_source) == (True, 2.5, "thresholds")
    assert cancels.status == "failing"
    assert any("upper bound" in note for note in cancels.notes)
    assert _ids(report, "pre_fulfillment_cancel_rate") == CANCELLED
    assert all("does not say who cancelled" in o.why for o in report.orders[cancels.id])
    assert {g.metric for g in report.gaps} == {
        "late_shipment_rate",
        "valid_tracking_rate",
        "on_time_delivery_rate",
    }
    assert any("partial" in note for note in report.files[0].notes)


def test_window_and_as_of_move_the_computed_window_only() -> None:
    report = _read(
        "amazon-all-orders.txt", "amazon-v2-de.json", window=30, as_of=dt.date(2026, 11, 9)
    )
    cancels = _one(report, "pre_fulfillment_cancel_rate")
    # 2026-10-11..11-09 adds 0001 and 0010 (cancelled): 4 of 9.
    assert (cancels.numerator, cancels.denominator, cancels.window_days) == (4, 9, 30)
    assert "111-0000010-0000010" in _ids(report, "pre_fulfillment_cancel_rate")
    published = _one(report, "valid_tracking_rate")  # Amazon's own window is kept
    assert published.window_to == dt.date(2026, 9, 24)


def test_orders_api_2026_names_the_late_cancelled_and_untracked_orders() -> None:
    # Ship-by in 2026-10-08..11-06, seller-fulfilled, not cancelled: 0001 (on time), 0002
    # (shipped 25 h late), 0003 (unshipped, due time passed before its last update), 0004
    # (on time) = 2 of 4. Created in 10-31..11-06: 0001-0006 = 6; cancelled by the seller
    # without a buyer's request: 0005 only = 1. Shipped packages 0001, 0002, 0004; 0004 has
    # no tracking number = 2 of 3 valid. 0007 is FBA.
    report = _read("amazon-orders-api-2026.json")
    late = _one(report, "late_shipment_rate")
    assert (late.numerator, late.denominator, late.value) == (2, 4, 50.0)
    assert _ids(report, "late_shipment_rate") == ["113-1000002-0000002", "113-1000003-0000003"]
    assert "25 h after" in report.orders["late_shipment_rate"][0].why
    cancels = _one(report, "pre_fulfillment_cancel_rate")
    assert (cancels.numerator, cancels.denominator) == (1, 6)
    assert _ids(report, "pre_fulfillment_cancel_rate") == ["113-1000005-0000005"]
    tracking = _one(report, "valid_tracking_rate")
    assert (tracking.numerator, tracking.denominator) == (2, 3)
    assert tracking.value == pytest.approx(200 / 3)
    assert _ids(report, "valid_tracking_rate") == ["113-1000004-0000004"]


def test_orders_api_v0_gives_bounds_and_says_so() -> None:
    report = _read("amazon-orders-api-v0.json")
    late = _one(report, "late_shipment_rate")
    assert (late.numerator, late.denominator) == (1, 2)  # 0001 unshipped past due; 0002 shipped
    assert any("lower bound" in note for note in late.notes)
    assert _one(report, "pre_fulfillment_cancel_rate").numerator == 1
    assert [g.metric for g in report.gaps] == ["valid_tracking_rate"]


def test_day_first_feedback_dates_and_negative_ratings() -> None:
    # amazon.de writes 13.11.26; 60 days to 2026-11-13: 1 star on the 3rd, 3 stars (neutral)
    # on the 5th, 2 stars on the 13th; the 1 star of 1 August is outside.
    report = _read("amazon-feedback-de.txt")
    negative = _one(report, "negative_feedback_rate")
    assert (negative.numerator, negative.value, negative.status) == (2, None, "no_data")
    assert _ids(report, "negative_feedback_rate") == ["302-1111111-1111111", "302-3333333-3333333"]
    assert report.orders["negative_feedback_rate"][1].date == dt.date(2026, 11, 13)


@pytest.mark.parametrize(
    "name, format_id",
    [
        ("GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL.csv", "amazon.fba_shipments"),
        ("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv", "amazon.fba_returns"),
        ("GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv", "amazon.unshipped_orders"),
        ("GET_FLAT_FILE_ARCHIVED_ORDERS_DATA_BY_ORDER_DATE.csv", "amazon.all_orders"),
        ("GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE.csv", "amazon.returns"),
        ("GET_SELLER_FEEDBACK_DATA.csv", "amazon.feedback"),
        ("GET_V2_SELLER_PERFORMANCE_REPORT.json", "amazon.performance_report"),
        ("GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE.csv", "amazon.settlement"),
    ],
)
def test_airbyte_mocks_are_recognised_whatever_their_names(
    name: str, format_id: str, tmp_path: Path
) -> None:
    renamed = tmp_path / "download (3).dat"  # the name says nothing: the content decides
    shutil.copyfile(FIXTURES / "airbyte" / name, renamed)
    report = read_reports([renamed])
    assert report.files[0].format == format_id


# eBay, Walmart, TikTok ---------------------------------------------------------------------


def test_ebay_percent_strings_and_bounds() -> None:
    report = _read("ebay-standards-profile.json")
    defects = _one(report, "transaction_defect_rate")
    assert (defects.value, defects.numerator, defects.denominator) == (0.14, 1, 720)
    assert (defects.target, defects.comparison, defects.status) == (0.5, "<=", "ok")
    assert defects.published == "'0.14' (percent string)"
    late = _one(report, "late_shipment_rate")
    assert (late.value, late.target, late.status) == (3.61, 3.0, "failing")
    cases = _one(report, "cases_closed_without_resolution")  # from the PROJECTED profile
    assert (cases.scope, cases.status) == ("PROGRAM_US PROJECTED", "at_risk")


def test_walmart_percent_numbers_and_the_stated_standard() -> None:
    report = _read("walmart-otd-summary.json", "walmart-summary-named.json")
    delivery = _one(report, "on_time_delivery")  # named by the file: otd
    assert (delivery.value, delivery.target, delivery.comparison) == (89.0, 90.0, ">")
    assert (delivery.status, delivery.target_source, delivery.numerator) == (
        "failing",
        "report",
        42,
    )
    tracking = _one(report, "valid_tracking_rate")  # named in the payload: vtr
    assert (tracking.value, tracking.target, tracking.status) == (99.4, 99.0, "ok")


def test_walmart_orders_api_epoch_milliseconds() -> None:
    report = _read("walmart-orders.json")
    cancels = _one(report, "cancellation_rate")  # the buyer's cancellation does not count
    assert (cancels.numerator, cancels.denominator, cancels.value) == (1, 4, 25.0)
    assert _ids(report, "cancellation_rate") == ["1800000003"]
    assert _ids(report, "late_shipment_rate") == ["1800000002"]


def test_tiktok_export_description_row_skus_and_day_first_dates() -> None:
    # 30 days to 2026-11-13: orders 0001-0004 and 0006 (0002 has two SKU rows; 0005 is
    # fulfilled by TikTok). Cancelled by the seller: 0002 = 1 of 5. Shipped: 0001, 0004 (no
    # tracking id), 0006 = 2 of 3 valid.
    report = _read("tiktok-all-orders.csv", window=30)
    cancels = _one(report, "seller_fault_cancellation_rate")
    assert (cancels.numerator, cancels.denominator) == (1, 5)
    assert _ids(report, "seller_fault_cancellation_rate") == ["576461234567890002"]
    tracking = _one(report, "valid_tracking_rate")
    assert (tracking.numerator, tracking.denominator) == (2, 3)
    assert report.files[0].skipped_rows == 1  # the row of column descriptions
    assert [g.metric for g in report.gaps] == ["late_dispatch_rate"]


# The command line --------------------------------------------------------------------------


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(FIXTURES / n) for n in ("amazon-v2-de.json", "amazon-all-orders.txt")]
    assert main(["metrics", *files, "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    for metric in data["metrics"]:
        assert {
            "id",
            "value",
            "target",
            "status",
            "window_days",
            "numerator",
            "denominator",
            "source",
        } <= set(metric)
    assert [o["order_id"] for o in data["orders"]["pre_fulfillment_cancel_rate"]] == CANCELLED
    assert all(o["why"] for o in data["orders"]["pre_fulfillment_cancel_rate"])


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", str(FIXTURES / "amazon-all-orders.txt")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "pre_fulfillment_cancel_rate [mfn]  42.86 %  target < 2.50 % (poa's)  FAILING" in out
    assert "111-0000006-0000006  order-status Cancelled" in out
    assert "Not computable from these files:" in out


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["metrics", *argv]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == ""
    return captured.err


def test_an_unknown_file_says_what_was_looked_for(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, str(FIXTURES / "not-a-report.csv"))
    assert "not-a-report.csv: not a report poa recognises" in err
    assert "amazon-order-id" in err and "GET_V2_SELLER_PERFORMANCE_REPORT" in err
    assert "'sku,price,stock'" in err


def test_a_missing_column_names_it_and_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, str(FIXTURES / "amazon-all-orders-no-channel.txt"))
    assert "amazon-all-orders-no-channel.txt" in err
    assert "no column fulfillment-channel" in err
    assert "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL" in err


def test_a_walmart_summary_that_names_no_metric(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "summary.json"
    shutil.copyfile(FIXTURES / "walmart-otd-summary.json", path)
    assert "otd.json" in _refused(capsys, str(path))


HOSTILE: dict[str, bytes | None] = {
    "empty": b"",
    "spaces": b"   \n\n",
    "binary": bytes(range(256)) * 64,
    "NUL bytes": b"\0" * 5000,
    "one huge line": b"a\tb\tc" + b"x" * 3_000_000,
    "broken JSON": b'{"performanceMetrics": [',
    "deep JSON": b"[" * 100_000,
    "JSON of another kind": b'{"hello": "world"}',
    "a folder": None,
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_input_is_refused_with_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.txt"
    data = HOSTILE[kind]
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    err = _refused(capsys, str(path))
    assert str(path) in err and err.count("\n") < 5


def test_a_huge_line_is_read_in_pieces_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "orders.txt"
    header = b"amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\n"
    path.write_bytes(header + b"1\t" * 3 + b"y" * 3_000_000 + b"\n")
    report = read_reports([path])
    assert report.files[0].skipped_rows >= 1
    assert report.metrics[0].denominator == 0


def test_a_device_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert "not a regular file" in _refused(capsys, str(link))


def test_the_library_raises_report_error() -> None:
    with pytest.raises(ReportError, match="no such report"):
        read_reports([FIXTURES / "missing.json"])
