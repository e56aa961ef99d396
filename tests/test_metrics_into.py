"""Reports into a case (``poa metrics FILE… --into CASE``, ``poa interview CASE --report``):
the readings, the orders under the issue they belong to and the order exhibit, worked out by
hand from the fixtures in tests/fixtures/metrics/; nothing the seller wrote is changed, and
the case is saved the way every poa command saves one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from poa.casefile import load_case, open_case
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK, CaseConflictError
from poa.metrics import read_reports
from poa.metrics.into import add_to_case
from poa.model import ORDER_EXHIBIT
from poa.workspace import Workspace
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "metrics"
PERFORMANCE = FIXTURES / "amazon-v2-de.json"
ORDERS = FIXTURES / "amazon-orders-api-2026.json"
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the late-shipment sample (one issue, amazon.late_shipment_rate, and the
    seller's own reading of 9.8 % on 9 November 2026) with its evidence files."""
    shutil.copytree(ROOT / "samples" / "amazon-late-shipment", tmp_path / "amazon-late-shipment")
    target = tmp_path / "case.yaml"
    shutil.copy(ROOT / "samples" / "amazon-late-shipment.yaml", target)
    return target


def _plain(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _without_imports(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` less everything an import may add."""
    for issue in data["issues"]:
        issue.pop("report_orders", None)
    data["evidence"] = [e for e in data["evidence"] if e["id"] != ORDER_EXHIBIT]
    data["metrics"] = [m for m in data["metrics"] if "report" not in m]
    return data


def test_metrics_into_a_case_adds_the_reading_the_orders_and_the_exhibit(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _plain(case)
    assert main(["metrics", str(PERFORMANCE), str(ORDERS), "--into", str(case)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Added to {case}:" in out
    after = _plain(case)
    # Amazon's own late shipment rate, 30-day window (the case's reading is over 30 days):
    # 4 late of 125, rate 0.032, window 2026-08-26..09-24; the 10-day figure is left out.
    imported = [dict(m) for m in after["metrics"] if "report" in m]
    report = imported[0].pop("report")  # relative to the case's folder, wherever that is
    assert not Path(report).is_absolute()
    assert (case.parent / report).resolve() == PERFORMANCE.resolve()
    assert imported == [
        {
            "metric": "late_shipment_rate",
            "value": 3.2,
            "unit": "percent",
            "target": 4.0,
            "direction": "at_most",
            "window_days": 30,
            "as_of": dt.date(2026, 9, 24),
            "source": "Amazon's Seller Performance report, amazon-v2-de.json",
            "numerator": 4,
            "denominator": 125,
        }
    ]
    # The Orders API file's late orders: 0002 shipped 2026-11-05 09:00, 25 h after its
    # ship-by 11-04 07:59; 0003 never shipped, due 11-05, last updated 11-07.
    orders = after["issues"][0]["report_orders"]
    days = [
        (o["order_id"], o.get("ordered_on"), o.get("due_on"), o.get("shipped_on")) for o in orders
    ]
    nov = {day: dt.date(2026, 11, day) for day in (2, 3, 4, 5)}
    assert days == [
        ("113-1000002-0000002", nov[2], nov[4], nov[5]),
        ("113-1000003-0000003", nov[3], nov[5], None),
    ]
    assert {o["metric"] for o in orders} == {"late_shipment_rate"}
    assert "25 h after the ship-by time" in orders[0]["why"]
    exhibit = after["evidence"][-1]
    assert (exhibit["id"], exhibit["kind"]) == (ORDER_EXHIBIT, "order_list")
    # Everything the seller wrote is as it was, their own reading of 9.8 % included.
    assert _without_imports(after) == before
    # Orders of metrics no issue is about are said, not added; the computed late shipment
    # rate (2 of 4 orders) is no reading beside Amazon's own.
    assert "1 order behind pre_fulfillment_cancel_rate: no issue of the case" in out
    assert "late_shipment_rate computed from amazon-orders-api-2026.json (50.00 %)" in out
    text = case.read_text(encoding="utf-8")
    assert text.startswith("# Sample case: an Amazon seller")  # comments kept
    load_case(case)  # the case is still valid


def test_importing_the_same_reports_again_changes_nothing(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["metrics", str(PERFORMANCE), str(ORDERS), "--into", str(case)]) == EXIT_OK
    once = case.read_bytes()
    capsys.readouterr()
    assert main(["metrics", str(PERFORMANCE), str(ORDERS), "--into", str(case)]) == EXIT_OK
    assert case.read_bytes() == once
    out = capsys.readouterr().out
    assert f"Nothing new for {case}." in out
    assert "late_shipment_rate on 2026-09-24: the case already has this reading" in out


def test_a_case_without_a_reading_gets_the_window_that_misses_the_target(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _plain(case)
    del data["metrics"]
    YAML().dump(data, case)
    assert main(["metrics", str(PERFORMANCE), "--into", str(case), "--format", "json"]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith("{") and f"Added to {case}:" in captured.err
    # 10 days: 3 late of 40 = 7.5 %, Amazon's BAD; 30 days: 4 of 125 = 3.2 %, at risk.
    (reading,) = _plain(case)["metrics"]
    assert (reading["value"], reading["window_days"], reading["numerator"]) == (7.5, 10, 3)
    assert reading["as_of"] == dt.date(2026, 9, 24)
    assert "evidence" in _plain(case)  # no orders: no exhibit added
    assert ORDER_EXHIBIT not in {e["id"] for e in _plain(case)["evidence"]}


def test_interview_report_puts_the_reports_in_first(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["interview", str(case), "--report", str(PERFORMANCE), "--report", str(ORDERS)]
    assert main([*argv, "--set", "seller.store_name=Example Outdoor Goods"]) == EXIT_OK
    assert "Added to" in capsys.readouterr().out
    data = _plain(case)
    assert [o["order_id"] for o in data["issues"][0]["report_orders"]] == [
        "113-1000002-0000002",
        "113-1000003-0000003",
    ]
    assert [m["value"] for m in data["metrics"]] == [9.8, 3.2]


def test_a_report_of_another_marketplace_is_refused(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = case.read_bytes()
    ebay = FIXTURES / "ebay-standards-profile.json"
    assert main(["metrics", str(ebay), "--into", str(case)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "is a report of eBay, but" in err and "a case for Amazon" in err
    assert case.read_bytes() == before


def test_into_a_case_that_does_not_exist_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert main(["metrics", str(PERFORMANCE), "--into", str(missing)]) == EXIT_BAD_INPUT
    assert "no such case file" in capsys.readouterr().err
    assert not missing.exists()


def test_a_case_changed_since_it_was_read_is_not_overwritten(case: Path) -> None:
    work = Workspace.load(today=TODAY)
    case_file = open_case(case)
    case.write_text(case.read_text(encoding="utf-8") + "\n# edited meanwhile\n", "utf-8")
    report = read_reports([PERFORMANCE, ORDERS], workspace=work)
    with pytest.raises(CaseConflictError):
        add_to_case(case_file, report, banks=work.banks)
    assert case.read_text(encoding="utf-8").endswith("# edited meanwhile\n")
    mine = _plain(case.with_name("case.mine.yaml"))
    assert mine["issues"][0]["report_orders"]  # and the import is kept beside it


def test_a_new_case_gets_the_marketplace_and_the_failing_figures(tmp_path: Path) -> None:
    work = Workspace.load(today=TODAY)
    from poa.interview.session import open_or_create

    new = tmp_path / "new.yaml"
    report = read_reports([PERFORMANCE], workspace=work)
    added = add_to_case(open_or_create(new), report, banks=work.banks)
    data = _plain(new)
    assert data["marketplace"] == "amazon"
    # No issue yet: the figures that miss their target or are at risk, one per metric:
    # ODR 1.6 % (MFN; AFN has no orders), OTDR 42.86 %, LSR 7.5 % (10 days). VTR (98.33 %
    # against > 95 %), listing violations (0) and the rating (812) are fine.
    # Oldest first: the ODR window ends on 2026-09-09, the others on 09-24.
    assert [(m["metric"], m["value"], m["as_of"]) for m in data["metrics"]] == [
        ("order_defect_rate", 1.6, dt.date(2026, 9, 9)),
        ("late_shipment_rate", 7.5, dt.date(2026, 9, 24)),
        ("on_time_delivery_rate", 42.86, dt.date(2026, 9, 24)),
    ]
    assert [r.scope for r in added.readings if r.metric == "order_defect_rate"] == ["mfn"]


def test_an_ebay_profile_keeps_the_program_and_cycle_as_the_scope(tmp_path: Path) -> None:
    sample = ROOT / "samples" / "ebay-transaction-defects.yaml"
    shutil.copytree(sample.with_suffix(""), tmp_path / sample.stem)
    case = tmp_path / sample.name
    shutil.copy(sample, case)
    profile = FIXTURES / "ebay-standards-profile.json"
    assert main(["metrics", str(profile), "--into", str(case)]) == EXIT_OK
    # Its issues are about the transaction defect rate and cases closed without resolution:
    # 1 of 720 (0.14 %) in PROGRAM_US CURRENT, 2 of 720 (0.28 %) in PROGRAM_US PROJECTED,
    # both over 1 August to 31 October 2026. The failing late shipment rate has no issue.
    imported = [m for m in _plain(case)["metrics"] if "report" in m]
    assert [
        (m["metric"], m["value"], m["numerator"], m["scope"], m["as_of"]) for m in imported
    ] == [
        ("cases_closed_without_resolution", 0.28, 2, "PROGRAM_US PROJECTED", dt.date(2026, 10, 31)),
        ("transaction_defect_rate", 0.14, 1, "PROGRAM_US CURRENT", dt.date(2026, 10, 31)),
    ]
    load_case(case)
