"""The order exhibit: the orders a case lists from the seller's reports, as a document of its
own in every format, cited from the plan and the improvement plan, listed with the evidence;
a case without such orders renders as before."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from poa.casefile import load_case
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK
from poa.model import ORDER_EXHIBIT, Case
from poa.render import default_documents, render
from poa.render.document import Draft, render_markdown
from poa.review import review
from poa.workspace import Workspace
from tests.conftest import ROOT, SAMPLES
from tests.extract import docx_text, pdf_text, squash

WORKSPACE = Workspace.load(today=dt.date(2026, 11, 20))
FIXTURES = ROOT / "tests" / "fixtures" / "metrics"

ORDERS: list[dict[str, Any]] = [
    {
        "order_id": "113-1000002-0000002",
        "metric": "late_shipment_rate",
        "why": "shipped 2026-11-05 09:00 UTC, 25 h after the ship-by time 2026-11-04 07:59",
        "ordered_on": dt.date(2026, 11, 2),
        "due_on": dt.date(2026, 11, 4),
        "shipped_on": dt.date(2026, 11, 5),
        "report": "reports/orders.json",
    },
    {
        "order_id": "113-1000003-0000003",
        "metric": "late_shipment_rate",
        "why": "not shipped | *past* its ship-by",  # a seller may edit it: shown as typed
        "ordered_on": dt.date(2026, 11, 3),
        "due_on": dt.date(2026, 11, 5),
        "delivered_on": dt.date(2026, 11, 9),
        "report": "reports/orders.json",
    },
]
EXHIBIT = {"id": ORDER_EXHIBIT, "kind": "order_list", "title": "The orders behind the figures"}


def _with_orders(sample: Path, folder: Path) -> Path:
    """A copy of ``sample`` whose first issue lists :data:`ORDERS` and whose evidence ends
    with the order exhibit."""
    shutil.copytree(sample.with_suffix(""), folder / sample.stem)
    yaml = YAML()
    data = yaml.load(sample.read_text(encoding="utf-8"))
    data["issues"][0]["report_orders"] = [dict(order) for order in ORDERS]
    kept = [e for e in data.get("evidence") or [] if e["id"] != ORDER_EXHIBIT]
    data["evidence"] = [*kept, dict(EXHIBIT)]
    target = folder / sample.name
    with target.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    return target


LATE = next(s for s in SAMPLES if s.stem == "amazon-late-shipment")


def test_the_exhibit_in_every_format(tmp_path: Path) -> None:
    case_path = _with_orders(LATE, tmp_path)
    case = load_case(case_path)
    assert "orders" in default_documents(case, WORKSPACE.banks)
    files = render(case_path, tmp_path / "out", workspace=WORKSPACE, documents=["orders"])
    by_suffix = {path.suffix: path for path in files}
    markdown = by_suffix[".md"].read_text(encoding="utf-8")
    assert "# Exhibit E5 - list of orders" in markdown  # after E1-E4
    assert "This exhibit lists the 2 orders" in markdown
    assert "### Late Shipment Rate: 2 orders" in markdown
    assert (
        "| 113-1000002-0000002 | 2 Nov 2026 | 4 Nov 2026 | 5 Nov 2026 | shipped 2026-11-05 09:00 "
        "UTC, 25 h after the ship-by time 2026-11-04 07:59 |" in markdown
    )
    assert "| 3 Nov 2026 | 5 Nov 2026 | delivered 9 Nov 2026 |" in markdown
    assert "not shipped \\| \\*past\\* its ship-by" in markdown  # escaped: one cell, no emphasis
    assert "| orders.json | 2 |" in markdown
    for text in (squash(docx_text(by_suffix[".docx"])), squash(pdf_text(by_suffix[".pdf"]))):
        for shown in (
            "Exhibit E5 - list of orders",
            "113-1000002-0000002",
            "113-1000003-0000003",
            "not shipped | *past* its ship-by",
            "delivered 9 Nov 2026",
        ):
            assert squash(shown) in text
    for path in files:  # poa check reads it back as an exhibit that goes with a plan
        report = review(path)
        assert (report.document, report.errors) == ("evidence index", []), path


def test_the_plan_the_pip_and_the_evidence_index_cite_it(tmp_path: Path) -> None:
    case = load_case(_with_orders(LATE, tmp_path))
    draft = Draft.of(case, WORKSPACE, tmp_path)
    plan = render_markdown(case, "poa", draft)
    assert (
        "The marketplace's own reports name 2 orders behind the Late Shipment Rate; exhibit E5 "
        "lists each with the day it was placed, when it was due, when it shipped or arrived, "
        "and why it counts." in plan
    )
    pip = render_markdown(case, "pip", draft)
    assert "- Orders behind it: 2, each listed in exhibit E5 with the day it was placed" in pip
    index = render_markdown(case, "evidence", draft)
    row = "| E5 | List of affected orders: The orders behind the figures |  | orders.pdf |"
    assert row in index
    assert "- File: orders.pdf, made by poa from the reports" in index
    letter = render_markdown(case, "letter", draft)
    assert "E5: The orders behind the figures (orders.pdf)" in letter


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_plan_template_cites_the_orders(sample: Path, tmp_path: Path) -> None:
    case = load_case(_with_orders(sample, tmp_path))
    exhibit = f"E{len(case.evidence)}"
    plan = render_markdown(case, "poa", Draft.of(case, WORKSPACE, tmp_path))
    # The metric's name is the marketplace's in thresholds.yaml, where it has one.
    wanted = f"name 2 orders behind the late shipment rate; exhibit {exhibit} lists each"
    assert wanted.lower() in plan.lower()


def test_the_note_counts_each_metric_and_works_without_the_exhibit_entry(tmp_path: Path) -> None:
    data = YAML(typ="safe").load(LATE.read_text(encoding="utf-8"))
    data["issues"][0]["report_orders"] = [
        *ORDERS,
        {"order_id": "113-1000004-0000004", "metric": "valid_tracking_rate", "why": "no tracking"},
    ]
    case = Case.model_validate(data, context={"base_dir": LATE.parent})
    plan = render_markdown(case, "poa", Draft.of(case, WORKSPACE, LATE.parent))
    assert (
        "name 2 orders behind the Late Shipment Rate and 1 behind the Valid Tracking Rate; "
        "the order exhibit lists each" in plan
    )


def test_a_case_without_orders_has_no_exhibit(capsys: pytest.CaptureFixture[str]) -> None:
    case = load_case(LATE)
    assert "orders" not in default_documents(case, WORKSPACE.banks)
    code = main(["render", str(LATE), "--doc", "orders", "-o", "unused", "--format", "md"])
    assert code == EXIT_BAD_INPUT
    assert "no orders from reports for an order exhibit" in capsys.readouterr().err


def test_templates_check_renders_the_exhibit_for_a_case_with_orders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_path = _with_orders(LATE, tmp_path)
    assert main(["templates", "check", "--case", str(case_path)]) == EXIT_OK
    assert "ok   orders: 1 case(s)" in capsys.readouterr().out
