"""Targets and statuses: the marketplace's own target when a report gives one, else the
project's (question_banks/thresholds.yaml), and how a figure stands against it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from poa.metrics.model import Comparison, Status, TargetSource, Unit

if TYPE_CHECKING:
    from poa.banks.schema import Thresholds

AT_RISK_SHARE = 0.8
"""A figure that has used this share of what its target allows is ``at_risk``."""

_WARNING_WORDS = {"BAD", "WARNED", "AT_RISK", "BELOW_STANDARD", "RED", "HIGH", "CRITICAL"}
"""Marketplace statuses that mean "not good" (Amazon, eBay levels, Walmart risk levels)."""

CONDITIONS: Mapping[str, Comparison] = {
    "LESS_THAN": "<",
    "LESS_THAN_OR_EQUAL": "<=",
    "LESS_THAN_OR_EQUAL_TO": "<=",
    "GREATER_THAN": ">",
    "GREATER_THAN_OR_EQUAL": ">=",
    "GREATER_THAN_OR_EQUAL_TO": ">=",
    "EQUALS": "==",
    "EQUAL": "==",
}
"""Amazon's ``targetCondition`` words as comparisons."""


@dataclass(frozen=True)
class Target:
    value: float
    comparison: Comparison
    source: TargetSource
    name: str | None = None
    window_days: tuple[int, ...] = ()


class Targets:
    """The project's thresholds per marketplace and metric id (the default version of each)."""

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self._by: dict[tuple[str, str], Target] = {}
        if thresholds is None:
            return
        for marketplace in ("amazon", "walmart", "ebay", "tiktok", "etsy"):
            for item in getattr(thresholds, marketplace):
                if item.default and (marketplace, item.metric) not in self._by:
                    self._by[marketplace, item.metric] = Target(
                        item.target,
                        item.comparison,
                        "thresholds",
                        item.name,
                        tuple(item.window_days),
                    )

    def get(self, marketplace: str, metric: str) -> Target | None:
        """The project's target for ``metric`` on ``marketplace``, or None."""
        return self._by.get((marketplace, metric))

    def name(self, marketplace: str, metric: str) -> str:
        target = self.get(marketplace, metric)
        if target is not None and target.name:
            return target.name
        return metric.replace("_", " ").capitalize()

    def window(self, marketplace: str, metric: str, fallback: int) -> int:
        """The measurement window the thresholds give (the longest listed), else ``fallback``."""
        target = self.get(marketplace, metric)
        return max(target.window_days) if target is not None and target.window_days else fallback


def meets(value: float, comparison: Comparison, target: float) -> bool:
    """Whether ``value`` meets ``target`` under ``comparison``."""
    return {
        "<": value < target,
        "<=": value <= target,
        ">": value > target,
        ">=": value >= target,
        "==": value == target,
    }[comparison]


def judge(
    value: float | None,
    unit: Unit,
    comparison: Comparison | None,
    target: float | None,
    marketplace_status: str | None = None,
) -> Status:
    """The :data:`~poa.metrics.model.Status` of a figure (see there for the rules)."""
    if value is None:
        return "no_data"
    if comparison is None or target is None:
        return "no_target"
    if not meets(value, comparison, target):
        return "failing"
    warned = (marketplace_status or "").upper() in _WARNING_WORDS
    return "at_risk" if warned or _near(value, unit, comparison, target) else "ok"


def _near(value: float, unit: Unit, comparison: Comparison, target: float) -> bool:
    if comparison in ("<", "<=") and target > 0:
        return value >= AT_RISK_SHARE * target
    if comparison in (">", ">=") and unit == "percent" and target < 100:
        return 100 - value >= AT_RISK_SHARE * (100 - target)
    return False


def percent(fraction: float) -> float:
    """A fraction as percent, without the float noise of ``* 100`` (0.009 → 0.9)."""
    return round(fraction * 100, 9)


def rate(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator`` in percent; None when nothing was counted."""
    return percent(numerator / denominator) if denominator else None


def dicts(value: object) -> list[dict[str, Any]]:
    """The mappings in a JSON list; nothing for anything that is not a list (a report file
    can hold any shape)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def first(data: Mapping[str, object], keys: Sequence[str]) -> object:
    """The value of the first of ``keys`` present in ``data`` (a key's several spellings)."""
    for key in keys:
        if key in data:
            return data[key]
    return None
