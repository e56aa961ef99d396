"""The sample built from the seller's own reports (samples/amazon-late-shipment-imported.yaml):
rebuilt from its reports byte for byte, its reports as scripts/make_sample_reports.py makes
them, and its documents: the PIP with its readings, and the order exhibit."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from ruamel.yaml import YAML

from poa.casefile import load_case
from poa.cli import main
from poa.errors import EXIT_OK
from poa.model import ORDER_EXHIBIT
from poa.render import render
from poa.workspace import Workspace
from tests.conftest import ROOT
from tests.extract import pdf_text, squash

SAMPLE = ROOT / "samples" / "amazon-late-shipment-imported.yaml"
REPORTS = SAMPLE.with_suffix("") / "reports"


def _strip_imports(path: Path) -> None:
    """Take out of the case everything ``poa metrics --into`` put in: what the seller wrote
    is left."""
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    data = yaml.load(path.read_text(encoding="utf-8"))
    for issue in data["issues"]:
        issue.pop("report_orders", None)
    data["evidence"] = [e for e in data["evidence"] if e["id"] != ORDER_EXHIBIT]
    del data["metrics"]  # every reading of this sample is imported
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def test_the_sample_is_rebuilt_from_its_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(SAMPLE.with_suffix(""), tmp_path / SAMPLE.stem)
    case = tmp_path / SAMPLE.name
    shutil.copy(SAMPLE, case)
    _strip_imports(case)
    assert "report_orders" not in case.read_text(encoding="utf-8")
    reports = sorted((tmp_path / SAMPLE.stem / "reports").glob("*.json"))
    assert [p.name for p in reports] == [
        "orders-2026-11-09.json",
        "performance-2026-11-09.json",
        "performance-2026-11-16.json",
        "performance-2026-11-23.json",
    ]
    relative = [str(p.relative_to(tmp_path)) for p in reports]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)  # as the sample's header says the command was run
        assert main(["metrics", *relative, "--into", SAMPLE.name]) == EXIT_OK
    out = capsys.readouterr().out
    assert "issues[0].report_orders: 12 orders (late_shipment_rate)" in out
    assert case.read_bytes() == SAMPLE.read_bytes()


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_sample_reports", ROOT / "scripts" / "make_sample_reports.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_reports_are_the_ones_the_script_makes() -> None:
    script = _script()
    for name, make in script.FILES.items():
        if name.endswith(".json"):
            assert make() == (ROOT / "samples" / name).read_bytes(), name


def test_the_figures_as_worked_out_by_hand() -> None:
    # Ship-by days 11 October to 9 November: orders placed 10 October to 8 November, 143 of
    # them (4 weeks of 6+5+5+5+6+4+3, then a Saturday's 4 and a Sunday's 3). Late: the two
    # Saturday orders placed after 10:00 on 10, 17, 24, 31 October and 7 November (10), and
    # the Monday orders due on 20 and 27 October confirmed the next morning (2).
    report = json.loads((REPORTS / "performance-2026-11-09.json").read_text("utf-8"))
    late = report["performanceMetrics"][0]["lateShipmentRate"]
    assert (late["lateShipmentCount"], late["orderCount"]) == (12, 143)
    # A week on, ship-by days 11 to 17 October leave the window, with the two late orders due
    # on the 11th: 10 of 143. Two weeks on, 18 to 24 October leave too, with the two due on
    # the 18th and the one due on the 20th: 7 of 143. No order due after the fix of 10
    # November is late, and any 30 days hold 143 orders.
    for day, count in (("2026-11-16", 10), ("2026-11-23", 7)):
        later = json.loads((REPORTS / f"performance-{day}.json").read_text("utf-8"))
        block = later["performanceMetrics"][0]["lateShipmentRate"]
        assert (block["lateShipmentCount"], block["orderCount"]) == (count, 143)
    orders = json.loads((REPORTS / "orders-2026-11-09.json").read_text("utf-8"))["orders"]
    assert len(orders) == 143


def test_its_pip_shows_the_readings_and_its_documents_include_the_order_exhibit(
    tmp_path: Path,
) -> None:
    case = load_case(SAMPLE)
    assert [(m.as_of, m.value) for m in case.metrics] == [
        (dt.date(2026, 11, 9), 8.39),
        (dt.date(2026, 11, 16), 6.99),
        (dt.date(2026, 11, 23), 4.9),
    ]
    files = render(SAMPLE, tmp_path, workspace=Workspace.load(today=dt.date(2026, 11, 24)))
    names = {path.name for path in files}
    assert {"orders.md", "orders.docx", "orders.pdf", "pip.pdf"} <= names
    folder = tmp_path / SAMPLE.stem
    pip = (folder / "pip.md").read_text(encoding="utf-8")
    assert "| 16 November 2026 | 6.99 % | down 1.4 points | Outside the target |" in pip
    assert (
        "- Trend: down from 8.39 % on 9 November 2026 to 4.9 % on 23 November 2026, 3.49 "
        "points lower: better, but still outside the target" in pip
    )
    assert "- Orders behind it: 12, each listed in exhibit E3" in pip
    exhibit = squash(pdf_text(folder / "orders.pdf"))
    assert squash("Exhibit E3 - list of orders") in exhibit
    assert squash("114-6239313-7744164 19 Oct 2026 20 Oct 2026 21 Oct 2026") in exhibit
    plan = (folder / "poa.md").read_text(encoding="utf-8")
    assert "name 12 orders behind the Late Shipment Rate; exhibit E3 lists each" in plan
