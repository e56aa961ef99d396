"""Rule E7: a figure the case quotes against the readings imported from the seller's reports
(poa metrics --into). Known answers: the late-shipment sample quotes 9.8 % in its title, in
its interview answer (facts.late_rate) and in its typed reading of 9 November 2026."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from poa.casefile import load_case
from poa.cli import main
from poa.errors import EXIT_FINDINGS, EXIT_OK
from poa.review import review
from poa.review.figures import quoted_rates
from poa.workspace import Workspace
from tests.conftest import ROOT

WORKSPACE = Workspace.load(today=dt.date(2026, 11, 20))
LATE = ROOT / "samples" / "amazon-late-shipment.yaml"


def performance_report(path: Path, day: dt.date, late: int, orders: int) -> Path:
    """A Seller Performance report (GET_V2_SELLER_PERFORMANCE_REPORT) whose 30-day late
    shipment rate, ending on ``day``, is ``late`` of ``orders``."""
    start = day - dt.timedelta(days=29)
    block = {
        "marketplaceId": "ATVPDKIKX0DER",
        "lateShipmentRate": {
            "reportingDateRange": {
                "reportingDateFrom": f"{start}T00:00:00Z",
                "reportingDateTo": f"{day}T23:59:59Z",
            },
            "orderCount": orders,
            "lateShipmentCount": late,
            "status": "BAD" if late / orders >= 0.04 else "GOOD",
            "rate": late / orders,
            "targetValue": 0.04,
            "targetCondition": "LESS_THAN",
        },
    }
    path.write_text(json.dumps({"performanceMetrics": [block]}), encoding="utf-8")
    return path


@pytest.fixture
def case(tmp_path: Path) -> Path:
    shutil.copytree(LATE.with_suffix(""), tmp_path / LATE.stem)
    target = tmp_path / LATE.name
    shutil.copy(LATE, target)
    return target


def _import(case: Path, day: dt.date, late: int, orders: int) -> None:
    report = performance_report(case.parent / f"perf-{day}.json", day, late, orders)
    assert main(["metrics", str(report), "--into", str(case)]) == EXIT_OK


def _edit(case: Path, summary: str = "", typed: bool = True) -> None:
    """Add ``summary`` to the issue's summary; without ``typed``, drop the typed reading (an
    import that agrees with it would be that reading, not a second one)."""
    yaml = YAML()
    data = yaml.load(case.read_text(encoding="utf-8"))
    data["issues"][0]["summary"] += summary
    if not typed:
        del data["metrics"]
    with case.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def _e7(case: Path) -> list[tuple[str, str]]:
    found = review(case, workspace=WORKSPACE).findings
    return [(f.location, f.message) for f in found if f.rule == "E7"]


def test_figures_that_agree_with_the_report_pass(case: Path) -> None:
    # 61 of 622 = 9.807 %: read as 9.81 %, which the title and the answer give as 9.8.
    _edit(case, typed=False)
    _import(case, dt.date(2026, 11, 9), 61, 622)
    assert [m.value for m in load_case(case).metrics] == [9.81]
    assert _e7(case) == []


def test_the_plan_says_3_2_where_the_report_says_9_8(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    yaml = YAML()
    data = yaml.load(case.read_text(encoding="utf-8"))
    data["issues"][0]["title"] = "Late Shipment Rate of 3.2 % against a target of under 4 %"
    data["issues"][0]["facts"]["late_rate"] = 3.2
    data["metrics"][0]["value"] = 3.2
    with case.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    _import(case, dt.date(2026, 11, 9), 61, 622)  # 9.81 %
    found = _e7(case)
    assert [location for location, _ in found] == [
        "issues[0].title",
        "issues[0].facts.late_rate",
        "metrics[0].value",
    ]
    assert "gives the late shipment rate as 3.2 %" in found[0][1]
    assert "gives 9.81 % on 9 November 2026" in found[0][1]
    assert found[2][1] == (
        "The case reads the late shipment rate as 3.2 % on 9 November 2026; Amazon's Seller "
        "Performance report, perf-2026-11-09.json, gives 9.81 % for that day."
    )
    capsys.readouterr()
    assert main(["check", str(case)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "error E7 issues[0].title" in out and "Quote the report's figure, 9.81 %" in out


def test_a_report_far_from_the_notice_judges_only_the_typed_reading_of_its_day(
    case: Path,
) -> None:
    # 16 November, a week after the notice: the plan's 9.8 % may be the notice's figure.
    _import(case, dt.date(2026, 11, 17), 20, 600)
    assert _e7(case) == []


def test_a_later_reading_that_the_words_quote_agrees(case: Path) -> None:
    _edit(case, " By 12 November the late shipment rate was 3.3 %.", typed=False)
    _import(case, dt.date(2026, 11, 9), 61, 622)  # 9.81 %
    assert [loc for loc, _ in _e7(case)] == ["issues[0].summary"]  # 3.3 % is no reading
    _import(case, dt.date(2026, 11, 12), 20, 606)  # 3.30 %
    assert _e7(case) == []


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("Late Shipment Rate of 9.8 % against a target of under 4 %", [9.8]),
        ("Our LSR was 3.2%.", [3.2]),
        ("a 9.8 % late shipment rate", [9.8]),
        ("Over the last 30 days the late shipment rate was 9.8 %.", [9.8]),
        ("Late Shipment Rate over the last 30 days: 9.8 %", [9.8]),
        ("late-shipment rate 12,5 %", [12.5]),
        ("keep the late shipment rate below 4 %", []),
        ("the late shipment rate must stay under 2 %", []),
        ("Late shipment rate rose from 2.1 % to 9.8 %", []),  # which is which: left alone
        ("Weekly review of the Late Shipment Rate (10-day and 30-day) in Account Health", []),
        ("61 of our 622 orders (9.8 %) shipped late", []),  # no metric named
    ],
)
def test_what_counts_as_a_quoted_rate(text: str, rates: list[float]) -> None:
    assert quoted_rates(text, "late_shipment_rate", "Late Shipment Rate") == rates


def test_a_window_no_report_gives_is_left_alone(case: Path) -> None:
    _edit(case, " Our 10-day Late Shipment Rate was 12.5 %.", typed=False)
    _import(case, dt.date(2026, 11, 9), 61, 622)  # a 30-day report only
    assert _e7(case) == []


def test_the_rule_is_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == EXIT_OK
    assert "E7  error" in capsys.readouterr().out
    assert main(["rules", "E7"]) == EXIT_OK
    out = " ".join(capsys.readouterr().out.split())  # wrapped to the terminal
    assert "the plan says 3.2 % where the report says 9.8 %" in out
