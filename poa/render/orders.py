"""The order exhibit as the other documents cite it: which exhibit it is, a sentence per issue
saying how many orders stand behind which figure, the orders behind one metric of the PIP, and
the reports they were read from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from poa.model import ORDER_EXHIBIT, Case, Issue, ReportOrder
from poa.render.pip import PipMetric


class OrderNotes:
    """What templates say about the orders a case lists from the seller's reports."""

    def __init__(self, case: Case, exhibit: Mapping[str, str], names: Mapping[str, str]) -> None:
        self.case = case
        self.names = names
        listed = any(issue.report_orders for issue in case.issues)
        self.exhibit: str | None = exhibit.get(ORDER_EXHIBIT) if listed else None
        """The exhibit number of the order exhibit (``E5``), when the case lists orders from
        reports and its evidence holds the exhibit's entry."""

    def name(self, metric: str) -> str:
        return self.names.get(metric) or metric.replace("_", " ")

    def note(self, issue: Issue) -> str:
        """``The marketplace's own reports name 2 orders behind the Late Shipment Rate;
        exhibit E5 lists each …``; empty for an issue with no orders from reports."""
        counts = Counter(order.metric for order in issue.report_orders)
        if not counts:
            return ""
        parts = [
            f"{count} order{'' if count == 1 else 's'} behind the {self.name(metric)}"
            if n == 0
            else f"{count} behind the {self.name(metric)}"
            for n, (metric, count) in enumerate(counts.items())
        ]
        named = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        where = f"exhibit {self.exhibit}" if self.exhibit else "the order exhibit"
        each = "lists it" if sum(counts.values()) == 1 else "lists each"
        return (
            f"The marketplace's own reports name {named}; {where} {each} with the day it was "
            "placed, when it was due, when it shipped or arrived, and why it counts."
        )

    def behind(self, metric: PipMetric) -> list[ReportOrder]:
        """The orders from reports behind one metric of the improvement plan."""
        wanted = metric.snapshot.metric
        return [o for issue in metric.issues for o in issue.report_orders if o.metric == wanted]

    def reports(self) -> list[tuple[str, int]]:
        """Each report the orders were read from, with how many it gave, in order."""
        counts = Counter(
            order.report or "" for issue in self.case.issues for order in issue.report_orders
        )
        return [(report, count) for report, count in counts.items() if report]
