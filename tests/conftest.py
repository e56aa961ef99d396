"""Shared fixtures: the sample cases, and a small valid case to break in many ways."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.yaml"))

MINIMAL_CASE: dict[str, Any] = {
    "schema_version": 1,
    "marketplace": "amazon",
    "seller": {"legal_name": "Example Test Goods LLC", "seller_id": "A3EXAMPLE0099"},
    "notice": {"received_on": "2026-11-02", "asins": ["B0TESTASN1"]},
    "issues": [
        {
            "reason": "amazon.late_shipment_rate",
            "title": "Late Shipment Rate above 4 %",
            "asins": ["B0TESTASN1"],
            "order_ids": ["112-4839201-5562814"],
            "root_causes": [{"description": "Handling time was 1 day with one packer."}],
            "corrective_actions": [
                {"action": "Shipped all 12 open orders.", "completed_on": "2026-11-03"}
            ],
            "preventive_measures": [
                {
                    "measure": "Labels bought through Buy Shipping confirm shipment at once.",
                    "owner": "Shipping lead",
                    "cadence": "per_order",
                    "started_on": "2026-11-04",
                    "verification": "Daily 15:00 check of unshipped orders.",
                }
            ],
        }
    ],
}


@pytest.fixture(autouse=True, scope="session")
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """poa's cache (banks already checked) in a folder of this test run, never the user's;
    commands the tests start in a terminal inherit it."""
    folder = tmp_path_factory.mktemp("cache")
    saved = {name: os.environ.get(name) for name in ("POA_CACHE_DIR", "XDG_CACHE_HOME")}
    os.environ["POA_CACHE_DIR"] = str(folder / "poa")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def minimal_case() -> dict[str, Any]:
    """A fresh deep copy of a small, valid case to modify in a test."""
    return copy.deepcopy(MINIMAL_CASE)


WriteCase = Callable[..., Path]


@pytest.fixture
def write_case(tmp_path: Path) -> WriteCase:
    """Write a case (dict → YAML, or raw text/bytes) into tmp_path and return its path."""

    def write(content: dict[str, Any] | str | bytes, name: str = "case.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            yaml = YAML()
            with path.open("w", encoding="utf-8") as handle:
                yaml.dump(content, handle)
        return path

    return write


# Property and fuzz tests: the same examples on every run and every machine (derandomize, no
# example database), and no per-example deadline (a PDF takes a while). `make fuzz` loads the
# "fuzz" profile: random examples, many more of them, still without a database.
settings.register_profile("default", deadline=None, derandomize=True, database=None)
settings.register_profile(
    "fuzz", deadline=None, derandomize=False, database=None, max_examples=20_000
)
settings.load_profile(os.environ.get("POA_HYPOTHESIS_PROFILE", "default"))


def examples(count: int) -> int:
    """``count`` examples in make test; proportionally more under the fuzz profile."""
    current = settings.default
    return max(1, count * (current.max_examples if current else 100) // 100)
