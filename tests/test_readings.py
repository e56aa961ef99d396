"""Readings over time: reports downloaded on different days become one metric's readings in
the improvement plan, with the trend. Known answers from 30-day late shipment rates of
61/622, 40/610 and 22/604 orders (9.81 %, 6.56 %, 3.64 %) against Amazon's ceiling of 4 %."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from poa.casefile import load_case
from poa.cli import main
from poa.errors import EXIT_OK
from poa.model import MetricSnapshot
from poa.render.document import Draft, render_markdown
from poa.render.pip import PipMetric, pip_metrics
from poa.workspace import Workspace
from tests.conftest import ROOT
from tests.test_figures import performance_report

WORKSPACE = Workspace.load(today=dt.date(2026, 11, 24))
LATE = ROOT / "samples" / "amazon-late-shipment.yaml"
NOV = {day: dt.date(2026, 11, day) for day in (9, 16, 23)}


@pytest.fixture
def case(tmp_path: Path) -> Path:
    shutil.copytree(LATE.with_suffix(""), tmp_path / LATE.stem)
    target = tmp_path / LATE.name
    shutil.copy(LATE, target)
    return target


def test_reports_of_three_days_are_three_readings_with_the_trend(case: Path) -> None:
    reports = [
        performance_report(case.parent / f"perf-{NOV[day]}.json", NOV[day], late, orders)
        for day, late, orders in ((9, 61, 622), (16, 40, 610), (23, 22, 604))
    ]
    # One file at a time, as a seller downloads them; the order does not matter.
    for report in (reports[1], reports[0], reports[2]):
        assert main(["metrics", str(report), "--into", str(case)]) == EXIT_OK
    loaded = load_case(case)
    # The seller's own 9.8 % of 9 November is that day's reading (9.81 % to one decimal):
    # it is kept, and the report's is not added beside it.
    assert [(m.as_of, m.value, m.report is None) for m in loaded.metrics] == [
        (NOV[9], 9.8, True),
        (NOV[16], 6.56, False),
        (NOV[23], 3.64, False),
    ]
    (metric,) = pip_metrics(loaded, WORKSPACE.banks)
    assert [r.value for r in metric.readings] == [9.8, 6.56, 3.64]
    assert (metric.trend, metric.failing) == ("better", False)
    assert metric.trend_text == (
        "down from 9.8 % on 9 November 2026 to 3.64 % on 23 November 2026, 6.16 points lower: "
        "better, and within the target"
    )
    assert [metric.change_text(r) for r in metric.readings] == [
        "",
        "down 3.24 points",
        "down 2.92 points",
    ]
    pip = render_markdown(loaded, "pip", Draft.of(loaded, WORKSPACE, case.parent))
    assert "- Current value: 3.64 % on 23 November 2026 (Amazon's Seller Performance" in pip
    assert "- Trend: down from 9.8 % on 9 November 2026 to 3.64 % on 23 November 2026" in pip
    assert (
        "| 16 November 2026 | 6.56 % | down 3.24 points | Outside the target | Amazon's Seller "
        "Performance report, perf-2026-11-16.json |" in pip
    )
    assert "| 23 November 2026 | 3.64 % | down 2.92 points | Within the target |" in pip


def _metric(values: list[float], direction: str, target: float) -> PipMetric:
    readings = [
        MetricSnapshot.model_validate(
            {
                "metric": "valid_tracking_rate",
                "value": value,
                "target": target,
                "direction": direction,
                "as_of": dt.date(2026, 11, 1 + 7 * n),
            }
        )
        for n, value in enumerate(values)
    ]
    strict = False
    last = readings[-1]
    failing = last.value < target if direction == "at_least" else last.value > target
    return PipMetric(last, "Valid Tracking Rate", failing, strict, readings)


def test_a_floor_that_falls_is_worse() -> None:
    metric = _metric([96.0, 93.5], "at_least", 95)
    assert metric.trend == "worse"
    assert metric.trend_text.endswith("2.5 points lower: worse, and outside the target")


def test_better_but_still_outside_and_unchanged() -> None:
    assert _metric([88.0, 92.0], "at_least", 95).trend_text.endswith(
        "4 points higher: better, but still outside the target"
    )
    flat = _metric([96.0, 96.0], "at_least", 95)
    assert flat.trend == "unchanged"
    assert flat.trend_text.endswith("to 96 % on 8 November 2026, within the target")
    assert _metric([96.0], "at_least", 95).trend_text == ""
